package news.editorials.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

/**
 * The site's images folder ({@code assets/images/}) as one bake uses it: each image a page refers to is
 * measured, resized into variants (through a {@link VariantCache} that outlives the bake) and written into
 * the site's {@code images/} folder next to its original.
 *
 * <pre>{@code
 * ImageLibrary images = new ImageLibrary(project.resolve("assets/images"), project.resolve("target/image-cache"), staging, false);
 * ResponsiveImage chart = images.prepare("inflation-chart.png");   // from ![...](/images/inflation-chart.png)
 * }</pre>
 *
 * <p>Safe to call from every crawler thread: each image is prepared once per bake, whoever asks first.
 */
public final class ImageLibrary {
    /** The site folder images are published in, and the URL path editors write them under. */
    public static final String FOLDER = news.editorials.content.SitePaths.IMAGES;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    private final Path imagesDir;
    private final Path siteDir;
    private final boolean copyOriginals;
    private final VariantCache cache;
    private final Path workingDir = Path.of("").toAbsolutePath();
    private final Map<String, FutureTask<ResponsiveImage>> prepared = new ConcurrentHashMap<>();

    /**
     * @param imagesDir     where editors put images
     * @param cacheDir      where variants are kept between bakes
     * @param siteDir       the site being baked
     * @param copyOriginals whether to write each original into the site too: not needed when the images folder
     *                      is inside the assets folder, which the bake copies whole
     */
    public ImageLibrary(Path imagesDir, Path cacheDir, Path siteDir, boolean copyOriginals) {
        this.imagesDir = imagesDir.toAbsolutePath().normalize();
        this.siteDir = siteDir;
        this.copyOriginals = copyOriginals;
        this.cache = new VariantCache(cacheDir);
    }

    /**
     * Measures and resizes one image, writing its files into the site.
     *
     * @param name the path under the images folder, {@code inflation-chart.png} or {@code 2025/chart.jpg}
     * @throws ImageException if the file is missing, badly named, not JPEG or PNG, or unreadable
     */
    public ResponsiveImage prepare(String name) {
        FutureTask<ResponsiveImage> task = new FutureTask<>(() -> load(name));
        FutureTask<ResponsiveImage> existing = prepared.putIfAbsent(name, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return existing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing " + name, e);
        }
    }

    /** Images encoded (rather than found in the cache) during this bake. */
    public int encodedImages() {
        return cache.encodedImages();
    }

    private ResponsiveImage load(String name) {
        if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new ImageException("the image name \"" + name + "\" may contain only letters, digits, '.', '-', '_'"
                    + " and '/' between folders; rename the file under " + display(imagesDir));
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String format = switch (extension) {
            case "jpg", "jpeg" -> "jpg";
            case "png" -> "png";
            default -> throw new ImageException("only JPEG and PNG images are supported, not \"" + name
                    + "\"; export it as .jpg (photographs) or .png (charts)");
        };
        Path file = imagesDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ImageException("no image file " + display(file) + "; add it there or correct the name");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImageException("cannot read " + display(file) + ": " + e.getMessage(), e);
        }
        VariantCache.Entry entry = cache.get(bytes, format, display(file).toString());

        String stem = FOLDER + name.substring(0, dot);
        List<ResponsiveImage.Candidate> candidates = new ArrayList<>();
        for (int width : entry.variantWidths()) {
            String path = stem + "." + width + "w." + format;
            copy(entry.variant(width), path);
            candidates.add(new ResponsiveImage.Candidate(path, width));
        }
        if (copyOriginals) {
            copy(file, FOLDER + name);
        }
        int widest = VariantCache.WIDTHS.get(VariantCache.WIDTHS.size() - 1);
        if (entry.width() <= widest) {
            // Small enough to serve as it is: the original is the widest candidate, never re-encoded.
            candidates.add(new ResponsiveImage.Candidate(FOLDER + name, entry.width()));
            return new ResponsiveImage(entry.width(), entry.height(), candidates);
        }
        int height = Math.round((float) entry.height() * widest / entry.width());
        return new ResponsiveImage(widest, height, candidates);
    }

    private void copy(Path from, String sitePath) {
        Path target = siteDir.resolve(sitePath);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(from, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private Path display(Path file) {
        return file.startsWith(workingDir) ? workingDir.relativize(file) : file;
    }
}
