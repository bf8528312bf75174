package io.mezasu.measurement.ingest;

import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import io.mezasu.platform.text.CsvCharsets;
import java.nio.charset.Charset;
import java.util.List;

/**
 * The charsets a CSV batch may declare in its Content-Type, as platform {@link CsvCharsets} accepts and decodes them
 * (UTF-8, the default, and Excel's Shift_JIS read as CP932); this class words measurement's problems about them.
 */
final class CsvCharset {

    static final Charset CP932 = CsvCharsets.CP932;

    private CsvCharset() {
    }

    /** The charset parameter of a Content-Type, UTF-8 without one; anything else is a 415 in our words. */
    static Charset of(String contentType) {
        String declared = parameter(contentType == null ? "" : contentType, "charset");
        return CsvCharsets.named(declared).orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                Text.of("csv.charset-unsupported", "charset", declared)));
    }

    /**
     * The text, without a leading BOM. Decoding stops at the first byte sequence the charset does not allow:
     * a replacement character stored silently would be a wrong 測定値 nobody notices.
     */
    static String decode(byte[] body, Charset charset) {
        CsvCharsets.Decoded decoded = CsvCharsets.decode(body, charset);
        if (decoded.refused()) {
            throw invalid(decoded.badLine(), decoded.badOffset(), charset);
        }
        return decoded.text();
    }

    /** Names the line (as the CSV errors count them, header = 1) and the byte offset of the bad sequence. */
    private static ProblemException invalid(int line, int offset, Charset charset) {
        String name = CsvCharsets.label(charset);
        return new ProblemException(ProblemType.MALFORMED_BODY, Text.of("csv.invalid-encoding", "charset", name,
                "line", line, "offset", offset),
                List.of(FieldIssue.of("/" + line, "invalid-encoding", "charset", name, "offset", offset)));
    }

    private static String parameter(String contentType, String name) {
        for (String part : contentType.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equalsIgnoreCase(name)) {
                String value = part.substring(eq + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }
}
