package news.editorials.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text as UTF-8 and refuses anything else, saying where the first bad byte is. A lenient decoder
 * would put U+FFFD into the published text and nobody would notice until a reader did. Used for content
 * files by the bake and for raw texts by the importer.
 */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** Reads and {@linkplain #decode decodes} a file; an unreadable file is a {@link ContentException} too. */
    public static String read(Path file) {
        try {
            return decode(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ContentException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param file the file the bytes came from, for the message
     * @return the text, without a leading byte-order mark and with CRLF and CR line ends made LF
     * @throws ContentException naming the line and byte offset of the first malformed sequence
     */
    public static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            StringBuilder bad = new StringBuilder();
            for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, result.length())); i++) {
                bad.append(String.format(" 0x%02X", bytes[i] & 0xFF));
            }
            throw new ContentException(file, line, "not valid UTF-8: byte offset " + offset + " has" + bad
                    + "; save the file as UTF-8");
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
