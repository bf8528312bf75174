package io.mezasu.plan.sheet;

import io.mezasu.plan.domain.FiscalYear;
import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.platform.problem.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The 計画 table read: each item's values and rows, and the plan-level parts of the document built from them. */
final class PlanItems {

    private final Map<PlanItem, List<String>> values = new EnumMap<>(PlanItem.class);
    private final Map<PlanItem, List<Integer>> rows = new EnumMap<>(PlanItem.class);
    private final TableReader<PlanItemColumn> table;

    private PlanItems(TableReader<PlanItemColumn> table) {
        this.table = table;
    }

    /** An empty table: a sheet of targets alone, its key from the query. */
    static PlanItems none() {
        return new PlanItems(null);
    }

    static PlanItems read(TableReader<PlanItemColumn> table) {
        PlanItems items = new PlanItems(table);
        for (SheetTable.Row row : table.rows()) {
            String name = table.get(row, PlanItemColumn.ITEM);
            PlanItem item = PlanItem.named(name);
            if (item == null) {
                table.problem(row, PlanItemColumn.ITEM, "unknown-item", Text.of("sheet.unknown-item", "item",
                        name.strip()));
            } else if (!item.repeatable() && items.values.containsKey(item)) {
                table.problem(row, PlanItemColumn.ITEM, "duplicate-item", Text.of("sheet.duplicate-item", "item",
                        item.label(), "row", items.rows.get(item).get(0)));
            } else {
                items.values.computeIfAbsent(item, i -> new ArrayList<>()).add(table.get(row, PlanItemColumn.VALUE));
                items.rows.computeIfAbsent(item, i -> new ArrayList<>()).add(row.number());
            }
        }
        return items;
    }

    String text(PlanItem item) {
        List<String> given = values.get(item);
        return given == null || given.get(0).isBlank() ? null : given.get(0);
    }

    List<String> all(PlanItem item) {
        return values.getOrDefault(item, List.of());
    }

    boolean any(PlanItem... items) {
        return List.of(items).stream().anyMatch(values::containsKey);
    }

    YearMonth month(PlanItem item) {
        return parsed(item, value -> YearMonth.parse(value.length() > 7 ? value.substring(0, 7) : value),
                Text.of("sheet.expect-month"));
    }

    LocalDate date(PlanItem item) {
        return parsed(item, LocalDate::parse, Text.of("sheet.expect-date"));
    }

    FiscalYear fiscalYear() {
        if (!any(PlanItem.FISCAL_YEAR, PlanItem.FISCAL_YEAR_START, PlanItem.FISCAL_YEAR_END)) {
            return null;
        }
        return new FiscalYear(text(PlanItem.FISCAL_YEAR), date(PlanItem.FISCAL_YEAR_START),
                date(PlanItem.FISCAL_YEAR_END));
    }

    PlanDocument.Source source() {
        if (!any(PlanItem.SOURCE_DOCUMENT, PlanItem.SOURCE_TITLE, PlanItem.SOURCE_NOTE)) {
            return null;
        }
        return new PlanDocument.Source(text(PlanItem.SOURCE_DOCUMENT), text(PlanItem.SOURCE_TITLE),
                all(PlanItem.SOURCE_NOTE));
    }

    PlanDocument.Areas areas() {
        if (!any(PlanItem.AREAS_SOURCE, PlanItem.AREA)) {
            return null;
        }
        return new PlanDocument.Areas(text(PlanItem.AREAS_SOURCE), all(PlanItem.AREA));
    }

    /** Where each item came from, by the JSON pointer of the field it fills. */
    void origins(Map<String, SheetImport.Origin> origins, boolean keyFromQuery) {
        rows.forEach((item, numbers) -> {
            if (item == PlanItem.KEY && keyFromQuery) {
                return;
            }
            for (int i = 0; i < numbers.size(); i++) {
                String pointer = pointer(item) + (item.repeatable() ? "/" + i : "");
                origins.put(pointer, new SheetImport.Origin(table.sheet(), numbers.get(i),
                        Map.of("", table.cell(PlanItemColumn.VALUE))));
            }
        });
    }

    /** A problem with the value of an item the table gives. */
    void problem(PlanItem item, String code, Text message) {
        table.problems().add(table.at(rows.get(item).get(0), PlanItemColumn.VALUE, code, message));
    }

    private <T> T parsed(PlanItem item, Function<String, T> parse, Text expected) {
        String value = text(item);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (DateTimeParseException e) {
            problem(item, "invalid-value", Text.of("sheet.invalid-value", "item", item.label(), "expected", expected,
                    "value", value));
            return null;
        }
    }

    private static String pointer(PlanItem item) {
        return switch (item) {
            case KEY -> "/key";
            case WARD -> "/ward";
            case TITLE -> "/title";
            case DATE_OF_ISSUE -> "/dateOfIssue";
            case DATE_OF_ISSUE_LABEL -> "/dateOfIssueLabel";
            case FISCAL_YEAR -> "/fiscalYear/label";
            case FISCAL_YEAR_START -> "/fiscalYear/start";
            case FISCAL_YEAR_END -> "/fiscalYear/end";
            case FOLLOWS -> "/follows/plan";
            case WARD_GOAL -> "/wardGoal";
            case MISSION -> "/mission";
            case BASIC_APPROACH -> "/basicApproach";
            case SOURCE_DOCUMENT -> "/source/document";
            case SOURCE_TITLE -> "/source/title";
            case SOURCE_NOTE -> "/source/notes";
            case AREAS_SOURCE -> "/areas/source";
            case AREA -> "/areas/names";
        };
    }
}
