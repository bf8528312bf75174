package io.mezasu.measurement.ingest;

import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The charsets a CSV batch may declare in its Content-Type: UTF-8, the default, and Excel's Japanese CSV, which it
 * labels Shift_JIS but writes as Windows code page 932. Java's own Shift_JIS lacks ①, the NEC and IBM extensions
 * and reads 0x8160 as 〜 (U+301C) where Excel meant ～ (U+FF5E), so every alias is decoded as MS932.
 */
final class CsvCharset {

    static final Charset CP932 = Charset.forName("MS932");
    /*
     * ISO-8859-1 is what HTTP/1.1 once defaulted text/* to, and clients such as REST Assured still append it without
     * meaning it; integrators sending UTF-8 under that label worked before and keep working. Read as strict UTF-8 it
     * cannot store mojibake: Latin-1 bytes beyond ASCII are almost never valid UTF-8 and are refused with their line.
     * US-ASCII is a subset of UTF-8.
     */
    private static final Map<String, Charset> ACCEPTED = Map.of(
            "utf-8", StandardCharsets.UTF_8,
            "iso-8859-1", StandardCharsets.UTF_8,
            "us-ascii", StandardCharsets.UTF_8,
            "shift_jis", CP932,
            "windows-31j", CP932,
            "cp932", CP932);

    private CsvCharset() {
    }

    /** The charset parameter of a Content-Type, UTF-8 without one; anything else is a 415 in our words. */
    static Charset of(String contentType) {
        String declared = parameter(contentType == null ? "" : contentType, "charset");
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        Charset charset = ACCEPTED.get(declared.toLowerCase(Locale.ROOT));
        if (charset == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of("csv.charset-unsupported", "charset", declared));
        }
        return charset;
    }

    /**
     * The text, without a leading BOM. Decoding stops at the first byte sequence the charset does not allow:
     * a replacement character stored silently would be a wrong 測定値 nobody notices.
     */
    static String decode(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalid(out.flip(), in.position(), charset);
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Names the line (as the CSV errors count them, header = 1) and the byte offset of the bad sequence. */
    private static ProblemException invalid(CharBuffer before, int offset, Charset charset) {
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        String name = charset.equals(CP932) ? "Shift_JIS (CP932)" : "UTF-8";
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
