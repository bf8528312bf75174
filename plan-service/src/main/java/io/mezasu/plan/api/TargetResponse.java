package io.mezasu.plan.api;

import io.mezasu.plan.domain.Target;
import io.mezasu.plan.domain.TargetEntry;
import io.mezasu.plan.domain.TargetRule;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetView", description = "業績目標: a performance target with its place in the plan and its typed rule")
public record TargetResponse(
        @Schema(example = "2-4-1-2") String code,
        @Schema(description = "経営課題 number", example = "2") int issue,
        @Schema(description = "戦略 code", example = "2-4") String strategy,
        @Schema(description = "具体的取組 code", example = "2-4-1") String initiative,
        @Schema(example = "特定空家対策") String initiativeTitle,
        @Schema(example = "特定空家等の解体や補修等による是正件数") String indicator,
        @Schema(example = "５件以上") String targetText,
        Target.Pairing pairing,
        String pairingNote,
        TargetRule rule,
        @Schema(description = "Reprint (再掲) initiatives that show this target too") List<String> reprintedBy) {

    static TargetResponse of(TargetEntry entry) {
        Target target = entry.target();
        return new TargetResponse(target.code(), entry.issue(), entry.strategy(), entry.initiative(),
                entry.initiativeTitle(), target.indicator(), target.targetText(), target.pairing(),
                target.pairingNote(), target.rule(), entry.reprintedBy());
    }
}
