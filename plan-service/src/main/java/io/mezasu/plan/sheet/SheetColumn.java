package io.mezasu.plan.sheet;

/** A column of a plan sheet table: its Japanese header, the English alias also accepted on import. */
public interface SheetColumn {

    /**
     * What a column is, whichever table it belongs to.
     *
     * @param required  a sheet without this column is refused
     * @param multiline line breaks (Alt+Enter in Excel) separate values in this column; elsewhere they are refused
     */
    record Heading(String header, String alias, boolean required, boolean multiline) {
    }

    Heading heading();

    default String header() {
        return heading().header();
    }

    default String alias() {
        return heading().alias();
    }

    default boolean required() {
        return heading().required();
    }

    default boolean multiline() {
        return heading().multiline();
    }

    default boolean names(String heading) {
        String wanted = heading.strip();
        return header().equals(wanted) || alias().equalsIgnoreCase(wanted);
    }
}
