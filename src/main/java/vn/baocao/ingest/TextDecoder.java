package vn.baocao.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, and, only
 * when the bytes are not valid UTF-8, windows-1258.
 *
 * <p>Why windows-1258 and not ISO-8859-1: it is the legacy Windows code page for Vietnamese, so a
 * file saved by old Vietnamese software decodes to real words (its combining tone marks are
 * composed later by normalisation), while ISO-8859-1 would turn every accented syllable into
 * mojibake. Valid UTF-8 is never second-guessed. Bytes that are neither — NUL bytes (binary data),
 * or bytes undefined in windows-1258 — are refused rather than guessed at.
 */
final class TextDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(TextDecoder.class);
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TextDecoder() {
    }

    /** Returns the text of {@code bytes}; throws {@link IngestException} naming {@code name} when it is not text. */
    static String decode(String name, byte[] bytes) {
        boolean utf16 = startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
        TextLimits.checkSource(name, utf16 ? bytes.length / 2 : bytes.length); // never more characters than that
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(name, bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return strict(name, bytes, 0, StandardCharsets.UTF_16);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new IngestException(name, "not a text file (it contains NUL bytes, i.e. binary data)");
            }
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            LOG.warn("{} is not valid UTF-8; reading it as windows-1258 (legacy Vietnamese)", name);
            try {
                return decoder(WINDOWS_1258).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IngestException(name, "not valid text: neither UTF-8 nor windows-1258", e);
            }
        }
    }

    private static String strict(String name, byte[] bytes, int offset, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(name, "not valid " + charset.name() + " text despite its byte-order mark", e);
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
