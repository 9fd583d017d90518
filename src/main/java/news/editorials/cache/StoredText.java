package news.editorials.cache;

import freemarker.template.TemplateScalarModel;
import java.nio.charset.StandardCharsets;

/**
 * A long text of a parsed document (an editorial's HTML body, its search text) that the bake cache keeps in
 * its file rather than on the heap: a bake holds every document at once, and at 100,000 editorials their
 * bodies alone are gigabytes. The text is read back when a page that shows it is rendered; everything else
 * (a page's fingerprint, the parse cache) goes by its {@linkplain #digest() digest}.
 *
 * <p>Immutable as far as anyone outside the cache can tell: the cache may move a text from the heap into its
 * file ({@link #storedAt}), which changes where it is read from, never what it reads. Templates see a string
 * ({@code ${content.body?no_esc}}); Java code calls {@link #text()}.
 */
public final class StoredText implements TemplateScalarModel {
    private final Digest digest;
    private final int utf8Length;
    /** The text while it is on the heap; {@code null} once it is in a {@link ParseLog}. */
    private volatile String text;
    private volatile ParseLog log;
    private volatile long offset;

    private StoredText(String text, Digest digest, int utf8Length, ParseLog log, long offset) {
        this.text = text;
        this.digest = digest;
        this.utf8Length = utf8Length;
        this.log = log;
        this.offset = offset;
    }

    /** A text on the heap, until a bake cache on disk stores the document that holds it. */
    public static StoredText of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new StoredText(text, Digest.of(utf8), utf8.length, null, -1);
    }

    /** A text written to {@code log} at {@code offset} by an earlier bake. */
    static StoredText inLog(ParseLog log, long offset, int utf8Length, Digest digest) {
        return new StoredText(null, digest, utf8Length, log, offset);
    }

    /** The text: from the heap, or read from the cache's file (checked against its digest). */
    public String text() {
        String onHeap = text;
        if (onHeap != null) {
            return onHeap;
        }
        ParseLog from = log;
        byte[] utf8;
        try {
            utf8 = from.read(offset, utf8Length);
        } catch (java.io.IOException e) {
            throw from.damaged(e.getMessage());
        }
        if (!Digest.of(utf8).equals(digest)) {
            throw from.damaged("a stored text at " + offset + " does not match its digest");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The digest of the text's UTF-8 bytes: equal digests, equal texts. */
    public Digest digest() {
        return digest;
    }

    int utf8Length() {
        return utf8Length;
    }

    /** The text's UTF-8 bytes, for the cache to write (only while it is on the heap). */
    byte[] utf8() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The cache has written the text to {@code log} at {@code offset}: read it from there from now on. */
    void storedAt(ParseLog log, long offset) {
        this.offset = offset;
        this.log = log;
        this.text = null;
    }

    @Override
    public String getAsString() {
        return text();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredText stored && stored.digest.equals(digest) && stored.utf8Length == utf8Length;
    }

    @Override
    public int hashCode() {
        return digest.hashCode();
    }

    /** The text itself, so that string concatenation and logging show what a template would. */
    @Override
    public String toString() {
        return text();
    }
}
