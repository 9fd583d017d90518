package news.editorials.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Raw texts for {@link ImporterFuzzIT}: real files broken at the byte and line level, and texts assembled from
 * the lines the importer reads (header fields, page chrome, titles, dates, paragraphs, markers, notes) with
 * values chosen to hurt: huge numbers, impossible dates, control characters, markers without notes,
 * separators in odd places, repeated fields, very long lines.
 */
final class FuzzInputs {
    private static final String[] KEYS = {"title", "date", "number", "series", "author", "publication", "source",
        "footnotes", "note", "words", "dateline", "salutation", "signature", "status", "type", "topics", "x_y",
        "a"};
    private static final String[] VALUES = {"", " ", "General Introduction", "1787-10-27", "October 27, 1787",
        "27 Oct 1787", "2025-02-30", "0000-01-01", "+10000-01-01", "1787-13-01", "10", "-3", "0", "99999999999",
        "1e3", "Hamilton", "disputed (Hamilton or Madison)", "MADISON, with HAMILTON (joint)", "The Federalist",
        "An Old Whig No. III", "\"quoted\" & <b>bold</b>", "yes", "null", "~", "#", "key: value", "---",
        "\u2028line separator", "\u202Eright-to-left", "emoji \uD83D\uDCF0", "e\u0301\u0301\u0301",
        "tab\there", "nul\u0000byte", "\u007F\u0085", "\uFEFFbom", "(1)", "(E1)", "[^1]", "`code`", "*emphasis*",
        "\\", "a".repeat(5000)};
    private static final String[] LINES = {"", " ", "---", " --- ", "Increase font size Decrease font size",
        "Share", "Print this article", "2025-07-27", "July 27, 2025", "27 July 2025", "Title line",
        "THE text begins here (1) and goes on (E1).", "1. A note.", "E1. An edition note.", "2 Another note",
        "1.", "    indented verse line", "\ttabbed line", "# heading?", "> quote?", "- list?", "1) item",
        "(1)(1)(1)", "((((((((((1))))))))))", "text ---", "<script>alert(1)</script>", "&amp; &#0;",
        "x".repeat(20_000), "(".repeat(3000), "a ".repeat(5000) + "(1)", "key:value", "Key: Value", "k:"};

    private FuzzInputs() {
    }

    /** A text assembled from importer-shaped lines: a header shape or a page shape, sometimes neither. */
    static String generate(Random random) {
        StringBuilder text = new StringBuilder();
        int shape = random.nextInt(3);
        if (shape == 0) {
            int fields = random.nextInt(12);
            for (int i = 0; i < fields; i++) {
                String key = pick(random, KEYS);
                text.append(key).append(random.nextInt(8) == 0 ? ":" : ": ").append(pick(random, VALUES)).append('\n');
            }
            text.append(random.nextInt(6) == 0 ? "" : "\n");
        } else if (shape == 1) {
            if (random.nextBoolean()) {
                text.append(pick(random, LINES)).append('\n');
            }
            text.append(random.nextBoolean() ? pick(random, VALUES) : pick(random, LINES)).append('\n');
            text.append(random.nextBoolean() ? "\n" : "").append(pick(random, VALUES)).append('\n');
        }
        int lines = random.nextInt(30);
        for (int i = 0; i < lines; i++) {
            text.append(random.nextInt(5) == 0 ? randomText(random, 1 + random.nextInt(80)) : pick(random, LINES));
            text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return text.toString();
    }

    /** {@code original} with one to four byte-level or line-level breaks. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            bytes = random.nextBoolean() ? mutateBytes(bytes, random) : mutateLines(bytes, random);
        }
        return bytes;
    }

    private static byte[] mutateBytes(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(5)) {
            case 0: { // flip a byte (often bad UTF-8)
                byte[] copy = bytes.clone();
                copy[at] = (byte) random.nextInt(256);
                return copy;
            }
            case 1: // truncate, perhaps inside a multi-byte character
                return Arrays.copyOf(bytes, at);
            case 2: { // delete a range
                int end = Math.min(bytes.length, at + 1 + random.nextInt(200));
                byte[] copy = new byte[bytes.length - (end - at)];
                System.arraycopy(bytes, 0, copy, 0, at);
                System.arraycopy(bytes, end, copy, at, bytes.length - end);
                return copy;
            }
            case 3: { // duplicate a range
                int end = Math.min(bytes.length, at + 1 + random.nextInt(200));
                byte[] copy = new byte[bytes.length + (end - at)];
                System.arraycopy(bytes, 0, copy, 0, end);
                System.arraycopy(bytes, at, copy, end, bytes.length - at);
                return copy;
            }
            default: { // insert a hostile string
                byte[] insert = pick(random, VALUES).getBytes(StandardCharsets.UTF_8);
                byte[] copy = new byte[bytes.length + insert.length];
                System.arraycopy(bytes, 0, copy, 0, at);
                System.arraycopy(insert, 0, copy, at, insert.length);
                System.arraycopy(bytes, at, copy, at + insert.length, bytes.length - at);
                return copy;
            }
        }
    }

    private static byte[] mutateLines(byte[] bytes, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at)); // a repeated line: a repeated header field, note or paragraph
            case 2 -> Collections.swap(lines, at, random.nextInt(lines.size()));
            case 3 -> lines.add(at, pick(random, LINES));
            case 4 -> lines.add(at, pick(random, KEYS) + ": " + pick(random, VALUES));
            default -> lines.set(at, pick(random, VALUES));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // Mostly printable text; a control character now and then (they are refused outright, so a few
            // are enough to check that, and the rest of the inputs get past them to the parser).
            int kind = random.nextInt(400);
            int codePoint = kind < 240 ? 0x20 + random.nextInt(0x5F)
                    : kind < 340 ? 0xA0 + random.nextInt(0x2F60)
                    : kind < 399 ? 0x1F300 + random.nextInt(0x300)
                    : random.nextInt(0x20);
            if (Character.isSurrogate((char) codePoint)) {
                codePoint = '?';
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
