package io.mezasu.plan.sheet;

/** A column of a plan sheet table: its Japanese header, the English alias also accepted on import. */
public interface SheetColumn {

    String header();

    String alias();

    /** A sheet without this column is refused. */
    boolean required();

    /** Line breaks (Alt+Enter in Excel) separate values in this column; elsewhere they are refused. */
    boolean multiline();

    default boolean names(String heading) {
        String wanted = heading.strip();
        return header().equals(wanted) || alias().equalsIgnoreCase(wanted);
    }
}
