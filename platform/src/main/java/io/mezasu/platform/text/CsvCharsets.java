package io.mezasu.platform.text;

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
 * The charsets a CSV upload may declare (measurement batches, plan sheets): UTF-8, the default, and Excel's Japanese
 * CSV, which it labels Shift_JIS but writes as Windows code page 932. Java's own Shift_JIS lacks ①, the NEC and IBM
 * extensions and reads 0x8160 as 〜 (U+301C) where Excel meant ～ (U+FF5E), so every alias is decoded as MS932.
 * Each service words its own problem from what this finds; nothing here throws for bad input.
 */
public final class CsvCharsets {

    public static final Charset CP932 = Charset.forName("MS932");
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

    private CsvCharsets() {
    }

    /** The charset a Content-Type's charset parameter names: UTF-8 without one (null), empty when not accepted. */
    public static Optional<Charset> named(String declared) {
        return declared == null ? Optional.of(StandardCharsets.UTF_8)
                : Optional.ofNullable(ACCEPTED.get(declared.toLowerCase(Locale.ROOT)));
    }

    /** How a problem names the charset: {@code Shift_JIS (CP932)} or {@code UTF-8}. */
    public static String label(Charset charset) {
        return charset.equals(CP932) ? "Shift_JIS (CP932)" : "UTF-8";
    }

    /**
     * The text without a leading BOM, or where the first byte sequence the charset does not allow is. Decoding
     * stops there: a replacement character stored silently would be a wrong value nobody notices.
     */
    public static Decoded decode(byte[] body, Charset charset) {
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
            return new Decoded(null, line, in.position());
        }
        String text = out.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, 0, -1);
    }

    /**
     * Either the text, or the line (1-based, as a CSV's rows are counted with the header as 1) and the byte offset
     * of the bad sequence; {@code text} is null exactly when the bytes were refused.
     */
    public record Decoded(String text, int badLine, int badOffset) {

        public boolean refused() {
            return text == null;
        }
    }
}
