package io.mezasu.plan.api;

import io.mezasu.plan.config.PlanConfig;
import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.PlanValidator;
import io.mezasu.plan.domain.PublishedPlan;
import io.mezasu.plan.domain.TargetFilter;
import io.mezasu.plan.domain.TargetRule.MeasureKind;
import io.mezasu.plan.service.PlanPage;
import io.mezasu.plan.service.PlanService;
import io.mezasu.plan.service.TargetSelection;
import io.mezasu.platform.problem.Problem;
import io.mezasu.platform.security.Caller;
import io.mezasu.platform.security.Roles;
import io.mezasu.platform.text.SingleLine;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Plans (区運営方針): drafts, publishing, and reads of published versions. Thin: the service decides.
 * Every endpoint states who may call it (anything unannotated is denied): published plans are public,
 * drafts are for plan editors (and readers, read-only), and writes record the caller's subject.
 */
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "区運営方針: drafts, publishing and immutable published versions")
public class PlanResource {

    private static final String KEY = PlanValidator.KEY_REGEX;
    /** Published versions never change: clients and caches may keep them for a year. */
    private static final CacheControl FOREVER = CacheControl.valueOf("public, max-age=31536000, immutable");
    /** "Latest" moves when a new version is published: revalidate with the ETag after a minute. */
    private static final CacheControl LATEST = CacheControl.valueOf("public, max-age=60");

    private final PlanService plans;
    private final PlanConfig config;
    private final Caller caller;

    public PlanResource(PlanService plans, PlanConfig config, Caller caller) {
        this.plans = plans;
        this.config = config;
        this.caller = caller;
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPlan", summary = "Create the draft of a plan from a whole plan document",
            description = "The document uses the fixture's format (see the PlanDocument schema and the minato-fy2019 "
                    + "example). The draft may still have problems; its validation report lists them all. "
                    + "If the plan was published before, the draft will supersede the latest version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanDocument.class), examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "minato-fy2019", ref = "#/components/examples/minato-fy2019")))
    @APIResponse(responseCode = "201", description = "Draft created; Location points at it",
            content = @Content(schema = @Schema(implementation = DraftResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan already has a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull PlanDocument plan, @Context UriInfo uri) {
        DraftResponse draft = DraftResponse.of(plans.createDraft(plan, caller.subject()));
        URI location = uri.getBaseUriBuilder().path("api/v1/plans/{key}/draft").build(draft.key());
        return Response.created(location).entity(draft).build();
    }

    @PermitAll
    @GET
    @Operation(operationId = "listPlans", summary = "List plans", description = "One row per plan key with its latest published version. "
            + "Plans that only have a draft, and the hasDraft flag, are shown to plan editors and readers only.")
    public PlanPage list(@QueryParam("page") @Min(0) Integer page,
            @QueryParam("size") @Min(1) @Max(100) Integer size) {
        return plans.list(page == null ? 0 : page, size == null ? config.defaultPageSize() : size,
                caller.hasAnyRole(Roles.PLAN_EDITOR, Roles.READER));
    }

    @RolesAllowed({Roles.PLAN_EDITOR, Roles.READER})
    @GET
    @Path("/{key}/draft")
    @Operation(operationId = "getDraft", summary = "Read the draft with its validation report",
            description = "The plan document being edited, with every problem its validation finds.")
    public DraftResponse draft(@PathParam("key") @Pattern(regexp = KEY) String key) {
        return DraftResponse.of(plans.draft(key));
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @PUT
    @Path("/{key}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceDraft", summary = "Replace the draft with a whole plan document",
            description = "Replaces the whole draft; the answer carries its new validation report.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanDocument.class)))
    public DraftResponse replaceDraft(@PathParam("key") @Pattern(regexp = KEY) String key, @NotNull PlanDocument plan) {
        return DraftResponse.of(plans.replaceDraft(key, plan, caller.subject()));
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @DELETE
    @Path("/{key}/draft")
    @Operation(operationId = "discardDraft", summary = "Discard the draft",
            description = "Deletes the draft; published versions are untouched.")
    @APIResponse(responseCode = "204", description = "Discarded")
    public void discardDraft(@PathParam("key") @Pattern(regexp = KEY) String key) {
        plans.discardDraft(key, caller.subject());
    }

    @RolesAllowed({Roles.PLAN_EDITOR, Roles.READER})
    @GET
    @Path("/{key}/draft/validation")
    @Operation(operationId = "validateDraft", summary = "Validate the draft",
            description = "Every problem at once, each with a stable code, the JSON pointer of the culprit and a message: "
                    + "an ambiguous target rule (業績目標), a duplicate code, a reprint (再掲) pointing nowhere, a negative budget (予算額) …")
    public DraftResponse.ValidationReport validate(@PathParam("key") @Pattern(regexp = KEY) String key) {
        return DraftResponse.ValidationReport.of(plans.draft(key).violations());
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @POST
    @Path("/{key}/draft/rules/confirm")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "confirmRules", summary = "Confirm proposed rules (提案ルールの確認)",
            description = "A target submitted without a rule gets one proposed from its wording (ruleOrigin PROPOSED); "
                    + "publishing needs every rule confirmed. Confirms all proposed rules, or those of the targets "
                    + "named in {\"targets\": [...]}. Rules written by hand or already confirmed are left as they are.")
    @APIResponse(responseCode = "200", description = "The draft with its validation report",
            content = @Content(schema = @Schema(implementation = DraftResponse.class)))
    @APIResponse(responseCode = "422", description = "A named target does not exist or has no rule; nothing was confirmed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RuleConfirmation.class)))
    public DraftResponse confirmRules(@PathParam("key") @Pattern(regexp = KEY) String key, String body) {
        return DraftResponse.of(plans.confirmRules(key, RuleConfirmation.codes(body), caller.subject()));
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @POST
    @Path("/{key}/publish")
    @Operation(operationId = "publishPlan", summary = "Publish the draft as the next version",
            description = "Freezes the draft as version N (previous + 1) and emits PlanPublished "
                    + "(io.mezasu.plan.published.v1) through the transactional outbox. A draft with problems is refused "
                    + "with 422 listing them all.")
    @APIResponse(responseCode = "201", description = "Published; Location points at the new version",
            content = @Content(schema = @Schema(implementation = PlanVersionResponse.class)))
    @APIResponse(responseCode = "404", description = "No draft to publish",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The draft is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("key") @Pattern(regexp = KEY) String key, @Context UriInfo uri) {
        PublishedPlan published = plans.publish(key, caller.subject());
        URI location = uri.getBaseUriBuilder().path("api/v1/plans/{key}/versions/{version}")
                .build(key, published.version());
        return Response.created(location).entity(PlanVersionResponse.of(published))
                .tag(new EntityTag(published.etag())).build();
    }

    @PermitAll
    @GET
    @Path("/{key}")
    @Operation(operationId = "getPlan", summary = "The latest published version as a whole tree",
            description = "経営課題 → 戦略 → 具体的取組 → 業績目標, with budgets and めざす状態. Conditional GET with If-None-Match.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = PlanVersionResponse.class)))
    public Response latest(@PathParam("key") @Pattern(regexp = KEY) String key, @Context Request request) {
        PublishedPlan published = plans.latest(key);
        return conditional(request, published, LATEST, () -> PlanVersionResponse.of(published));
    }

    @PermitAll
    @GET
    @Path("/{key}/versions/{version}")
    @Operation(operationId = "getPlanVersion", summary = "A given published version", description = "Immutable: cached for a year, strong ETag.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = PlanVersionResponse.class)))
    public Response version(@PathParam("key") @Pattern(regexp = KEY) String key,
            @PathParam("version") @Min(1) int version, @Context Request request) {
        PublishedPlan published = plans.version(key, version);
        return conditional(request, published, FOREVER, () -> PlanVersionResponse.of(published));
    }

    @PermitAll
    @GET
    @Path("/{key}/targets")
    @Operation(operationId = "listTargets", summary = "The targets (業績目標) of the latest version as a flat list",
            description = "Filter by 経営課題 number, 戦略 code, measure kind, or text in the indicator or initiative title.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = TargetResponse.class, type = SchemaType.ARRAY)))
    public Response targets(@PathParam("key") @Pattern(regexp = KEY) String key,
            @QueryParam("issue") @Min(1) Integer issue,
            @QueryParam("strategy") @Pattern(regexp = "\\d+-\\d+") String strategy,
            @QueryParam("kind") MeasureKind kind,
            @Parameter(description = "Text to look for, e.g. 区民モニター") @QueryParam("q") @Size(max = 200) @SingleLine String text,
            @Context Request request) {
        TargetSelection selection = plans.targets(key, new TargetFilter(issue, strategy, kind, text));
        return conditional(request, selection.published(), LATEST,
                () -> selection.targets().stream().map(TargetResponse::of).toList());
    }

    @PermitAll
    @GET
    @Path("/{key}/targets/{code}")
    @Operation(operationId = "getTarget", summary = "One target (業績目標) of the latest version",
            description = "The target with its wording, rule and baseline, from the latest published version; strong ETag.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    public Response target(@PathParam("key") @Pattern(regexp = KEY) String key,
            @PathParam("code") @Pattern(regexp = "\\d+-\\d+-\\d+-\\d+") String code, @Context Request request) {
        TargetSelection selection = plans.target(key, code);
        return conditional(request, selection.published(), LATEST, () -> TargetResponse.of(selection.targets().get(0)));
    }

    @PermitAll
    @GET
    @Path("/{key}/budget")
    @Operation(operationId = "getBudget", summary = "Budget (予算額) per management issue and in total, in thousand yen",
            description = "Sums the 予算額 of the priority projects (主な事業) of the latest published version; strong ETag.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = BudgetResponse.class)))
    public Response budget(@PathParam("key") @Pattern(regexp = KEY) String key, @Context Request request) {
        PublishedPlan published = plans.latest(key);
        return conditional(request, published, LATEST, () -> BudgetResponse.of(published));
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @PUT
    @Path("/{key}/versions/{version}")
    @Operation(hidden = true, summary = "Refused: published versions are immutable (409)")
    @APIResponse(responseCode = "409", description = "Immutable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void putVersion(@PathParam("key") @SingleLine String key, @PathParam("version") int version) {
        throw plans.refuseWrite(key, version);
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @PATCH
    @Path("/{key}/versions/{version}")
    @Operation(hidden = true, summary = "Refused: published versions are immutable (409)")
    public void patchVersion(@PathParam("key") @SingleLine String key, @PathParam("version") int version) {
        throw plans.refuseWrite(key, version);
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @DELETE
    @Path("/{key}/versions/{version}")
    @Operation(hidden = true, summary = "Refused: published versions are immutable (409)")
    public void deleteVersion(@PathParam("key") @SingleLine String key, @PathParam("version") int version) {
        throw plans.refuseWrite(key, version);
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @PUT
    @Path("/{key}")
    @Operation(hidden = true, summary = "Refused: published versions are immutable (409); edit the draft instead")
    public void putPlan(@PathParam("key") @SingleLine String key) {
        throw plans.refuseWrite(key, null);
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @PATCH
    @Path("/{key}")
    @Operation(hidden = true, summary = "Refused: published versions are immutable (409); edit the draft instead")
    public void patchPlan(@PathParam("key") @SingleLine String key) {
        throw plans.refuseWrite(key, null);
    }

    @RolesAllowed(Roles.PLAN_EDITOR)
    @DELETE
    @Path("/{key}")
    @Operation(hidden = true, summary = "Refused: published versions are immutable (409)")
    public void deletePlan(@PathParam("key") @SingleLine String key) {
        throw plans.refuseWrite(key, null);
    }

    private static Response conditional(Request request, PublishedPlan published, CacheControl cache,
            java.util.function.Supplier<Object> body) {
        EntityTag etag = new EntityTag(published.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(body.get());
        return builder.tag(etag).cacheControl(cache).build();
    }

}
