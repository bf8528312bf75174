package io.mezasu.plan.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The charsets a CSV sheet may declare: UTF-8, the default, and Excel's Japanese CSV, which it labels Shift_JIS but
 * writes as Windows code page 932 (Java's own Shift_JIS lacks ① and the NEC and IBM extensions and reads 0x8160 as
 * 〜 where Excel meant ～), so every alias is decoded as MS932. As measurement-service reads CSV batches.
 */
final class SheetCharset {

    static final Charset CP932 = Charset.forName("MS932");
    /* ISO-8859-1 and US-ASCII: labels clients add without meaning them; read strictly as UTF-8, no mojibake gets in. */
    private static final Map<String, Charset> ACCEPTED = Map.of(
            "utf-8", StandardCharsets.UTF_8,
            "iso-8859-1", StandardCharsets.UTF_8,
            "us-ascii", StandardCharsets.UTF_8,
            "shift_jis", CP932,
            "windows-31j", CP932,
            "cp932", CP932);

    private SheetCharset() {
    }

    /** The charset a Content-Type's charset parameter names: UTF-8 without one, empty when not accepted. */
    static Optional<Charset> of(String declared) {
        return declared == null ? Optional.of(StandardCharsets.UTF_8)
                : Optional.ofNullable(ACCEPTED.get(declared.toLowerCase(Locale.ROOT)));
    }

    /** The text without a leading BOM, or the line (1-based) of the first byte sequence the charset does not allow. */
    static Decoded decode(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1 + (int) out.flip().chars().filter(c -> c == '\n').count();
            return new Decoded(null, line);
        }
        String text = out.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, 0);
    }

    /** Either the text or the line of the bad bytes. */
    record Decoded(String text, int badLine) {
    }
}
