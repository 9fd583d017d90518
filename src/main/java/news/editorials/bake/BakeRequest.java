package news.editorials.bake;

import java.nio.file.Path;

/**
 * What to bake and where: the project folder (with {@code jbake.properties}, {@code templates/},
 * {@code assets/}), the content folder (normally the project's {@code content/}), the images folder (normally
 * {@code assets/images/}), where resized images are cached between bakes (normally the project's
 * {@code target/image-cache/}), the output folder, whether drafts are included (preview), and whether to
 * ignore the bake cache ({@code clean}: every page rendered and written afresh).
 */
public record BakeRequest(Path projectDir, Path contentDir, Path imagesDir, Path imageCacheDir, Path outputDir,
                          boolean includeDrafts, boolean clean) {

    public BakeRequest {
        projectDir = projectDir.toAbsolutePath().normalize();
        contentDir = contentDir.toAbsolutePath().normalize();
        imagesDir = imagesDir.toAbsolutePath().normalize();
        imageCacheDir = imageCacheDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
    }

    /** The project's own content, published editorials only. */
    public static BakeRequest of(Path projectDir, Path outputDir) {
        return new BakeRequest(projectDir, projectDir.resolve("content"), projectDir.resolve("assets/images"),
                projectDir.resolve("target/image-cache"), outputDir, false, false);
    }

    public BakeRequest withContentDir(Path dir) {
        return new BakeRequest(projectDir, dir, imagesDir, imageCacheDir, outputDir, includeDrafts, clean);
    }

    /** Images from another folder (a test site's), published under {@code images/} all the same. */
    public BakeRequest withImagesDir(Path dir) {
        return new BakeRequest(projectDir, contentDir, dir, imageCacheDir, outputDir, includeDrafts, clean);
    }

    public BakeRequest withImageCacheDir(Path dir) {
        return new BakeRequest(projectDir, contentDir, imagesDir, dir, outputDir, includeDrafts, clean);
    }

    public BakeRequest withDrafts(boolean drafts) {
        return new BakeRequest(projectDir, contentDir, imagesDir, imageCacheDir, outputDir, drafts, clean);
    }

    /** A bake that ignores what earlier bakes left in the cache (it still fills the cache for the next one). */
    public BakeRequest withClean(boolean clean) {
        return new BakeRequest(projectDir, contentDir, imagesDir, imageCacheDir, outputDir, includeDrafts, clean);
    }
}
