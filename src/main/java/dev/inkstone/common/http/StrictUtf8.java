package dev.inkstone.common.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 checks. Jackson's byte parser decodes an overlong {@code C0 AF} as {@code /} and the HTTP layer turns
 * broken escapes into U+FFFD; a strict decoder reports overlong forms, lone continuation bytes, truncated sequences
 * and encoded surrogates instead, so such input is refused rather than silently read as something else.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The offset of the first byte that is not valid UTF-8, or -1 when all are. */
    public static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length, 8192) + 1);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                CoderResult flushed = decoder.flush(out);
                return flushed.isError() ? in.position() : -1;
            }
            out.clear(); // overflow: the characters themselves are not needed
        }
    }

    /**
     * Whether a part of a request target as received (each character one byte of the request line, as the HTTP layer
     * reads it) is valid UTF-8 once its percent escapes are decoded. A {@code %} without two hex digits stays itself.
     */
    public static boolean isValidUriPart(String raw) {
        if (raw == null) {
            return true;
        }
        byte[] bytes = new byte[raw.length() * 3];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes[n++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c <= 0xFF) {
                bytes[n++] = (byte) c;
            } else {
                // Already decoded text (not how the request line arrives): its own UTF-8 is valid by construction.
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, n, encoded.length);
                n += encoded.length;
            }
        }
        byte[] decoded = new byte[n];
        System.arraycopy(bytes, 0, decoded, 0, n);
        return firstInvalidByte(decoded) < 0;
    }
}
