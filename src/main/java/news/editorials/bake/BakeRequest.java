package news.editorials.bake;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to bake and where: the project folder (with {@code jbake.properties}, {@code templates/},
 * {@code assets/}), the content folder (normally the project's {@code content/}), the images folder (normally
 * {@code assets/images/}), where resized images are cached between bakes (normally the project's
 * {@code target/image-cache/}), the output folder, whether drafts and scheduled editorials are included
 * (preview), whether to ignore the bake cache ({@code clean}: every page rendered and written afresh), the
 * day the bake is "as of", and whether an incremental bake may update the output in place
 * ({@link #withInPlaceUpdates}).
 *
 * @param asOf the day of the bake: editorials dated after it are scheduled, not published; {@code null}
 *             for today's date in the site's time zone ({@code site.timezone}, default UTC)
 */
public record BakeRequest(Path projectDir, Path contentDir, Path imagesDir, Path imageCacheDir, Path outputDir,
                          boolean includeDrafts, boolean clean, LocalDate asOf, boolean inPlace) {

    public BakeRequest {
        projectDir = projectDir.toAbsolutePath().normalize();
        contentDir = contentDir.toAbsolutePath().normalize();
        imagesDir = imagesDir.toAbsolutePath().normalize();
        imageCacheDir = imageCacheDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
    }

    /** The project's own content, published editorials only, as of today. */
    public static BakeRequest of(Path projectDir, Path outputDir) {
        return new BakeRequest(projectDir, projectDir.resolve("content"), projectDir.resolve("assets/images"),
                projectDir.resolve("target/image-cache"), outputDir, false, false, null, false);
    }

    public BakeRequest withContentDir(Path dir) {
        return new BakeRequest(projectDir, dir, imagesDir, imageCacheDir, outputDir, includeDrafts, clean, asOf, inPlace);
    }

    /** Images from another folder (a test site's), published under {@code images/} all the same. */
    public BakeRequest withImagesDir(Path dir) {
        return new BakeRequest(projectDir, contentDir, dir, imageCacheDir, outputDir, includeDrafts, clean, asOf, inPlace);
    }

    public BakeRequest withImageCacheDir(Path dir) {
        return new BakeRequest(projectDir, contentDir, imagesDir, dir, outputDir, includeDrafts, clean, asOf, inPlace);
    }

    /** Includes drafts and scheduled editorials, each marked as such (the preview). */
    public BakeRequest withDrafts(boolean drafts) {
        return new BakeRequest(projectDir, contentDir, imagesDir, imageCacheDir, outputDir, drafts, clean, asOf, inPlace);
    }

    /** A bake that ignores what earlier bakes left in the cache (it still fills the cache for the next one). */
    public BakeRequest withClean(boolean clean) {
        return new BakeRequest(projectDir, contentDir, imagesDir, imageCacheDir, outputDir, includeDrafts, clean, asOf, inPlace);
    }

    /** Bakes as of {@code day} instead of today (to check tomorrow's page, or in tests). */
    public BakeRequest asOf(LocalDate day) {
        return new BakeRequest(projectDir, contentDir, imagesDir, imageCacheDir, outputDir, includeDrafts, clean, day, inPlace);
    }

    /**
     * For a scratch output such as the live preview's: an incremental bake renames its new and changed files
     * into the output and deletes what is gone, instead of staging a whole site (hard links for every
     * unchanged file) and swapping it in. Still all or nothing when the bake fails; not against a kill.
     */
    public BakeRequest withInPlaceUpdates(boolean inPlaceUpdates) {
        return new BakeRequest(projectDir, contentDir, imagesDir, imageCacheDir, outputDir, includeDrafts, clean, asOf, inPlaceUpdates);
    }
}
