package io.mezasu.measurement.projection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. A batch of thousands
 * of rows goes in as one COPY, which the server parses far faster than as many bound INSERT parameters.
 */
final class CopyRows {

    private final StringBuilder text = new StringBuilder(64 * 1024);
    private boolean lineStarted;

    /** One whole row, its values in column order. */
    CopyRows row(Object... values) {
        for (Object value : values) {
            add(value);
        }
        return endRow();
    }

    CopyRows add(Object value) {
        if (lineStarted) {
            text.append('\t');
        }
        lineStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        if (needsEscaping(s)) {
            appendEscaped(s);
        } else {
            text.append(s); // most values (ids, numbers, plain JSON) need no escape: one copy, not one per character
        }
        return this;
    }

    private static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }

    private void appendEscaped(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }

    CopyRows endRow() {
        text.append('\n');
        lineStarted = false;
        return this;
    }

    /** The rows so far, as COPY reads them. */
    boolean isEmpty() {
        return text.length() == 0;
    }

    String text() {
        return text.toString();
    }

    /** {@code COPY table (columns) FROM STDIN} on the caller's connection (and so in its transaction). */
    long copyInto(Connection c, String tableAndColumns) throws SQLException {
        try {
            return c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(text()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + tableAndColumns + " failed", e);
        }
    }
}
