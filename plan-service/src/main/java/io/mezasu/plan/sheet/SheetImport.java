package io.mezasu.plan.sheet;

import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.Violation;
import io.mezasu.platform.problem.Text;
import java.util.List;
import java.util.Map;

/**
 * What a sheet was read as: the plan document (null when the sheet has problems), every problem with its cell,
 * and where each part of the document came from, so the draft's validation report can name rows and columns too.
 */
public record SheetImport(PlanDocument plan, List<SheetProblem> problems, Map<String, Origin> origins) {

    public SheetImport {
        problems = List.copyOf(problems);
        origins = Map.copyOf(origins);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The row a part of the document (by JSON pointer) came from, and the cell of each of its fields. */
    public record Origin(String sheet, int row, Map<String, Cell> fields) {
        public Origin {
            fields = Map.copyOf(fields);
        }
    }

    /** A column of the sheet: its letter and header. */
    public record Cell(String column, String header) {
    }

    /**
     * Where in the sheet a validation problem of the draft lies: the deepest part of the document its pointer
     * names, and the column of the field when the sheet has one. Null when the sheet did not write that part.
     */
    public SheetProblem locate(Violation violation) {
        String pointer = violation.pointer();
        String best = null;
        for (String prefix : origins.keySet()) {
            boolean under = pointer.equals(prefix) || pointer.startsWith(prefix + "/");
            if (under && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        if (best == null) {
            return null;
        }
        Origin origin = origins.get(best);
        String rest = pointer.substring(best.length());
        String field = rest.isEmpty() ? "" : rest.substring(1).split("/")[0];
        Cell cell = origin.fields().get(field);
        return new SheetProblem(origin.sheet(), origin.row(), cell == null ? null : cell.column(),
                cell == null ? null : cell.header(), violation.code(),
                new Text(violation.textKey(), violation.args()));
    }
}
