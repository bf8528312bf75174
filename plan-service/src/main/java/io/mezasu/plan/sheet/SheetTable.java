package io.mezasu.plan.sheet;

import java.util.List;

/**
 * One table of a plan spreadsheet as the user sees it: a header row and data rows of text cells, each row with the
 * number Excel shows beside it (a CSV row: the line it starts on). Empty rows are left out when a table is read.
 */
public record SheetTable(Kind kind, Row header, List<Row> rows) {

    public SheetTable {
        rows = List.copyOf(rows);
    }

    /** The three tables (表) of a plan sheet, named as the XLSX sheets and the CSV section markers name them. */
    public enum Kind {
        /** 計画: plan-level items as 項目 / 値 pairs. */
        PLAN("計画", "plan"),
        /** 目標: one row per target (業績目標). */
        TARGETS("目標", "targets"),
        /** 予算: one row per priority project (主な事業) with its budget. */
        BUDGETS("予算", "budgets");

        private final String title;
        private final String alias;

        Kind(String title, String alias) {
            this.title = title;
            this.alias = alias;
        }

        public String title() {
            return title;
        }

        /** The table a sheet or section name means, Japanese or English, or null. */
        public static Kind named(String name) {
            String wanted = name == null ? "" : name.strip();
            for (Kind kind : values()) {
                if (kind.title.equals(wanted) || kind.alias.equalsIgnoreCase(wanted)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** A row: its number as shown to the user (1-based) and its cells, left to right; missing cells are blank. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
