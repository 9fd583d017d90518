package news.editorials.bake;

import java.nio.file.Path;

/**
 * What to bake and where: the project folder (with {@code jbake.properties}, {@code templates/},
 * {@code assets/}), the content folder (normally the project's {@code content/}), the images folder (normally
 * {@code assets/images/}), the output folder, and whether drafts are included (preview). Resized images are
 * cached in the project's {@code target/image-cache/}.
 */
public record BakeRequest(Path projectDir, Path contentDir, Path imagesDir, Path outputDir, boolean includeDrafts) {

    public BakeRequest {
        projectDir = projectDir.toAbsolutePath().normalize();
        contentDir = contentDir.toAbsolutePath().normalize();
        imagesDir = imagesDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
    }

    /** The project's own content, published editorials only. */
    public static BakeRequest of(Path projectDir, Path outputDir) {
        return new BakeRequest(projectDir, projectDir.resolve("content"), projectDir.resolve("assets/images"), outputDir, false);
    }

    public BakeRequest withContentDir(Path dir) {
        return new BakeRequest(projectDir, dir, imagesDir, outputDir, includeDrafts);
    }

    /** Images from another folder (a test site's), published under {@code images/} all the same. */
    public BakeRequest withImagesDir(Path dir) {
        return new BakeRequest(projectDir, contentDir, dir, outputDir, includeDrafts);
    }

    public BakeRequest withDrafts(boolean drafts) {
        return new BakeRequest(projectDir, contentDir, imagesDir, outputDir, drafts);
    }

    /** Where resized images are kept between bakes: build output, removed by {@code mvn clean}. */
    public Path imageCacheDir() {
        return projectDir.resolve("target/image-cache");
    }
}
