package io.mezasu.plan.sheet;

import io.mezasu.plan.domain.Follows;
import io.mezasu.platform.problem.Text;
import java.util.Map;

/**
 * The document's {@code follows} (前年度の運営方針) as the sheet states it: the 前年度の計画キー item of the 計画 table,
 * and the 前年度の目標番号 column of the 目標 table for the targets whose code moved. Where each part came from is
 * recorded, so the draft's checks of {@code follows} (unknown target, kind mismatch…) are placed in their cells.
 */
final class SheetFollows {

    private SheetFollows() {
    }

    /** The follows the sheet states, or null when it names no followed plan (then the column must be blank). */
    static Follows read(PlanItems items, TargetRows tree, TableReader<TargetColumn> targets,
            Map<String, SheetImport.Origin> origins) {
        String plan = items.text(PlanItem.FOLLOWS);
        if (plan == null) {
            tree.previousCodes().keySet().forEach(code -> targets.problems().add(targets.at(
                    tree.targetRows().get(code), TargetColumn.PREVIOUS_CODE, "follows-without-plan",
                    Text.of("sheet.follows-without-plan"))));
            return null;
        }
        SheetImport.Cell cell = targets.cell(TargetColumn.PREVIOUS_CODE);
        Map<String, SheetImport.Cell> fields = cell == null ? Map.of() : Map.of("", cell);
        tree.targetRows().forEach((code, row) -> origins.put("/follows/targets/" + code,
                new SheetImport.Origin(targets.sheet(), row, fields)));
        return new Follows(plan.strip(), tree.previousCodes());
    }
}
