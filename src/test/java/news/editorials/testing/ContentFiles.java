package news.editorials.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.editorials.content.DocumentHeader;
import news.editorials.content.FrontMatter;
import news.editorials.content.SitePaths;
import news.editorials.content.Utf8Text;

/**
 * The Markdown files of a content folder with their validated headers, so tests derive what a site must
 * contain from the content itself instead of counting today's editorials.
 */
public final class ContentFiles {
    /** One content file. */
    public record ContentFile(String relativePath, DocumentHeader header) {
        /** The page the bake writes for this file, e.g. {@code editorials/2025/x/index.html}. */
        public String pageFile() {
            return SitePaths.file(relativePath.substring(0, relativePath.length() - ".md".length()) + "/");
        }

        public boolean isEditorial() {
            return DocumentHeader.EDITORIAL.equals(header.type());
        }

        public boolean isPublished() {
            return !header.isDraft();
        }
    }

    private ContentFiles() {
    }

    /** Every {@code .md} file under {@code contentDir} (hidden files aside, as the bake skips them), sorted. */
    public static List<ContentFile> of(Path contentDir) {
        try (Stream<Path> paths = Files.walk(contentDir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".md"))
                    .filter(path -> !hidden(contentDir.relativize(path)))
                    .sorted()
                    .map(path -> read(contentDir, path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published files of the project's own {@code content/}. */
    public static List<ContentFile> publishedInProject() {
        return of(TestSites.PROJECT.resolve("content")).stream().filter(ContentFile::isPublished).toList();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".") || part.toString().endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static ContentFile read(Path contentDir, Path file) {
        Path relative = contentDir.relativize(file);
        FrontMatter frontMatter = FrontMatter.parse(file, Utf8Text.read(file));
        DocumentHeader header = DocumentHeader.from(file, frontMatter, DocumentHeader.defaultTypeFor(relative));
        return new ContentFile(relative.toString().replace('\\', '/'), header);
    }
}
