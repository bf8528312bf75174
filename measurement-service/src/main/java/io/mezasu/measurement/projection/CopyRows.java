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
        return this;
    }

    CopyRows endRow() {
        text.append('\n');
        lineStarted = false;
        return this;
    }

    /** {@code COPY table (columns) FROM STDIN} on the caller's connection (and so in its transaction). */
    long copyInto(Connection c, String tableAndColumns) throws SQLException {
        try {
            return c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + tableAndColumns + " failed", e);
        }
    }
}
