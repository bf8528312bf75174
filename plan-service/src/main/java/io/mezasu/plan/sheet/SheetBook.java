package io.mezasu.plan.sheet;

import java.util.Map;
import java.util.Optional;

/** A plan spreadsheet: its tables by kind, whether read from CSV sections or from XLSX sheets. */
public record SheetBook(Map<SheetTable.Kind, SheetTable> tables) {

    public SheetBook {
        tables = Map.copyOf(tables);
    }

    public Optional<SheetTable> table(SheetTable.Kind kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    public int dataRows() {
        return tables.values().stream().mapToInt(t -> t.rows().size()).sum();
    }
}
