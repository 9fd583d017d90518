package news.editorials.bake;

import java.nio.file.Path;

/**
 * What to bake and where: the project folder (with {@code jbake.properties}, {@code templates/},
 * {@code assets/}), the content folder (normally the project's {@code content/}), the output folder, and
 * whether drafts are included (preview).
 */
public record BakeRequest(Path projectDir, Path contentDir, Path outputDir, boolean includeDrafts) {

    public BakeRequest {
        projectDir = projectDir.toAbsolutePath().normalize();
        contentDir = contentDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
    }

    /** The project's own content, published editorials only. */
    public static BakeRequest of(Path projectDir, Path outputDir) {
        return new BakeRequest(projectDir, projectDir.resolve("content"), outputDir, false);
    }

    public BakeRequest withContentDir(Path dir) {
        return new BakeRequest(projectDir, dir, outputDir, includeDrafts);
    }

    public BakeRequest withDrafts(boolean drafts) {
        return new BakeRequest(projectDir, contentDir, outputDir, drafts);
    }
}
