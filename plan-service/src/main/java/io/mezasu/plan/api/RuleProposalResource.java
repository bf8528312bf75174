package io.mezasu.plan.api;

import io.mezasu.plan.domain.TargetRule;
import io.mezasu.plan.domain.wording.AmbiguousWording;
import io.mezasu.plan.domain.wording.Proposal;
import io.mezasu.plan.domain.wording.TargetGrammar;
import io.mezasu.platform.problem.Problem;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rule proposals (判定ルールの提案): the typed rule a target's wording states, for an editor drafting a
 * plan. For plan editors only: it reads no data, but it is a drafting tool, and the service denies by
 * default what is not meant for the public.
 */
@Path("/api/v1/rule-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule proposals", description = "判定ルールの提案: read a target wording (業績目標) into a typed rule")
public class RuleProposalResource {

    @Schema(name = "RuleProposalRequest", description = "A target's indicator (指標) and target (目標) as the plan words them")
    public record Request(
            @Schema(description = "指標, e.g. 相談延べ件数; gives 延べ, 点満点 and what a relative target measures")
            @Size(max = 1000) String indicator,
            @Schema(description = "目標, e.g. 4,400 件以上 or 令和２年度末までに計画を策定", required = true)
            @NotBlank @Size(max = 500) String targetText) {
    }

    @Schema(name = "RuleProposal", description = "The proposed rule, in a plan document's rule format, and what was read in rather than stated")
    public record Response(TargetRule rule, List<String> notes) {
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeRule", summary = "Propose the typed rule a target wording states",
            description = "Reads the wording with the target grammar (percentages, 割, counts with any counter word, "
                    + "scores with their scale, 前年度比, stated baselines, 全地域-style coverage, milestones with "
                    + "deadlines). Wording that cannot be read without guessing is refused with 422 ambiguous-rule, "
                    + "saying what could not be read.")
    @APIResponse(responseCode = "200", description = "The proposed rule and notes",
            content = @Content(schema = @Schema(implementation = Response.class)))
    @APIResponse(responseCode = "400", description = "No target text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "ambiguous-rule: the wording cannot be read as a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(@NotNull @Valid Request request) {
        try {
            Proposal proposal = TargetGrammar.propose(request.indicator(), request.targetText());
            return new Response(proposal.rule(), proposal.notes());
        } catch (AmbiguousWording e) {
            Text reason = new Text(e.key(), e.args());
            throw new ProblemException(ProblemType.AMBIGUOUS_RULE, reason,
                    List.of(new FieldIssue("/targetText", "ambiguous-rule", reason)));
        }
    }
}
