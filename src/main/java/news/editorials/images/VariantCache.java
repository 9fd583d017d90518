package news.editorials.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Resized variants of images, kept on disk between bakes and keyed by the SHA-256 of the image's bytes
 * and of the recipe (widths, quality): an image is decoded and encoded only the first time its content is
 * seen, whatever its name. An entry is written to a temporary folder and moved into place, so a bake
 * killed while encoding never leaves half an entry behind.
 *
 * <p>Layout: {@code <cache>/<key>/size.properties} (the image's width and height after EXIF rotation, the
 * variant widths) and one file per variant, {@code <cache>/<key>/<width>.<format>}.
 */
final class VariantCache {
    /** Widths of the variants, in CSS pixels at 1x to 3x on phones and 1x to 2x on desktops. */
    static final List<Integer> WIDTHS = List.of(480, 960, 1440);
    private static final float JPEG_QUALITY = 0.82f;
    /** Changing any of the recipe's values makes every key new, so stale variants are never reused. */
    private static final String RECIPE = "v1 " + WIDTHS + " q" + JPEG_QUALITY;

    private final Path dir;
    private final AtomicInteger encoded = new AtomicInteger();

    VariantCache(Path dir) {
        this.dir = dir;
    }

    /** An image's size and variants, from the cache or encoded now. */
    record Entry(int width, int height, List<Integer> variantWidths, Path folder, String format) {
        Path variant(int variantWidth) {
            return folder.resolve(variantWidth + "." + format);
        }
    }

    /**
     * @param format {@code "jpg"} or {@code "png"}: the variants keep the original's format
     * @throws ImageException if the bytes are not an image this JVM can read
     */
    Entry get(byte[] bytes, String format, String name) {
        String key = key(bytes, format);
        Path folder = dir.resolve(key);
        Entry cached = read(folder, format);
        if (cached != null) {
            return cached;
        }
        return encode(bytes, format, name, folder);
    }

    /** How many images this cache has encoded (not found) since it was made: zero on a bake with nothing new. */
    int encodedImages() {
        return encoded.get();
    }

    private Entry encode(byte[] bytes, String format, String name, Path folder) {
        BufferedImage image;
        try {
            // Thumbnailator applies the EXIF orientation, so a phone photo taken upright stays upright.
            image = Thumbnails.of(new ByteArrayInputStream(bytes)).scale(1.0).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new ImageException(name + " cannot be read as a " + format.toUpperCase(java.util.Locale.ROOT)
                    + " image (" + e.getMessage() + "); export it again from the image editor", e);
        }
        List<Integer> widths = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width < image.getWidth()) {
                widths.add(width);
            }
        }
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempDirectory(dir, ".new-");
            try {
                for (int width : widths) {
                    try (OutputStream out = Files.newOutputStream(temporary.resolve(width + "." + format))) {
                        var builder = Thumbnails.of(image).width(width).outputFormat(format);
                        if (format.equals("jpg")) {
                            builder.outputQuality(JPEG_QUALITY);
                        }
                        builder.toOutputStream(out);
                    }
                }
                Properties size = new Properties();
                size.setProperty("width", String.valueOf(image.getWidth()));
                size.setProperty("height", String.valueOf(image.getHeight()));
                size.setProperty("variants", String.join(",", widths.stream().map(String::valueOf).toList()));
                try (Writer out = Files.newBufferedWriter(temporary.resolve("size.properties"))) {
                    size.store(out, null);
                }
                publish(temporary, folder);
            } finally {
                deleteTree(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write image variants under " + dir, e);
        }
        encoded.incrementAndGet();
        return new Entry(image.getWidth(), image.getHeight(), List.copyOf(widths), folder, format);
    }

    /** Another thread or bake may have published the same key first; its entry is as good as ours. */
    private static void publish(Path temporary, Path folder) throws IOException {
        try {
            Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Already there.
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, folder);
        }
    }

    private static Entry read(Path folder, String format) {
        Path sizeFile = folder.resolve("size.properties");
        if (!Files.isRegularFile(sizeFile)) {
            return null;
        }
        Properties size = new Properties();
        try (Reader in = Files.newBufferedReader(sizeFile)) {
            size.load(in);
            String variants = size.getProperty("variants", "");
            List<Integer> widths = variants.isEmpty() ? List.of()
                    : Arrays.stream(variants.split(",")).map(Integer::valueOf).toList();
            for (int width : widths) {
                if (!Files.isRegularFile(folder.resolve(width + "." + format))) {
                    return null;
                }
            }
            return new Entry(Integer.parseInt(size.getProperty("width")), Integer.parseInt(size.getProperty("height")),
                    widths, folder, format);
        } catch (IOException | RuntimeException e) {
            // A damaged entry is encoded again rather than trusted.
            return null;
        }
    }

    private static String key(byte[] bytes, String format) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((RECIPE + " " + format + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
