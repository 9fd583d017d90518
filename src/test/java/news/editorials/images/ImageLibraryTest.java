package news.editorials.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLibraryTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixture/images");

    @TempDir
    Path dir;

    private ImageLibrary library(Path images) {
        return new ImageLibrary(images, dir.resolve("cache"), dir.resolve("site"), true);
    }

    @Test
    void writesVariantsNoWiderThanTheOriginalWithItsShape() throws IOException {
        ResponsiveImage chart = library(FIXTURE).prepare("inflation-chart.png");
        assertEquals(List.of(480, 960, 1440), chart.candidates().stream().map(ResponsiveImage.Candidate::width).toList());
        assertEquals(new ResponsiveImage.Candidate("images/inflation-chart.1440w.png", 1440), chart.widest());
        assertEquals(810, chart.height());
        for (ResponsiveImage.Candidate candidate : chart.candidates()) {
            BufferedImage file = ImageIO.read(dir.resolve("site").resolve(candidate.path()).toFile());
            assertEquals(candidate.width(), file.getWidth());
            assertEquals(1600.0 / 900, (double) file.getWidth() / file.getHeight(), 0.01);
        }
    }

    @Test
    void anImageNarrowerThanTheWidestVariantIsItsOwnWidestCandidate() {
        ResponsiveImage photo = library(FIXTURE).prepare("harbour.jpg");
        assertEquals(List.of(new ResponsiveImage.Candidate("images/harbour.480w.jpg", 480),
                new ResponsiveImage.Candidate("images/harbour.jpg", 800)), photo.candidates());
        assertEquals(600, photo.height());
        assertTrue(Files.isRegularFile(dir.resolve("site/images/harbour.jpg")), "the original is published");
    }

    @Test
    void aSecondLibraryFindsTheVariantsInTheCacheAndEncodesNothing() throws IOException {
        ImageLibrary first = library(FIXTURE);
        first.prepare("inflation-chart.png");
        assertEquals(1, first.encodedImages());
        byte[] variant = Files.readAllBytes(dir.resolve("site/images/inflation-chart.480w.png"));
        Files.delete(dir.resolve("site/images/inflation-chart.480w.png"));

        ImageLibrary second = library(FIXTURE);
        second.prepare("inflation-chart.png");
        assertEquals(0, second.encodedImages());
        assertArrayEquals(variant, Files.readAllBytes(dir.resolve("site/images/inflation-chart.480w.png")));
    }

    @Test
    void theCacheIsKeyedByContentNotName() throws IOException {
        Path images = dir.resolve("images");
        Files.createDirectories(images);
        Files.copy(FIXTURE.resolve("harbour.jpg"), images.resolve("one.jpg"));
        Files.copy(FIXTURE.resolve("harbour.jpg"), images.resolve("two.jpg"));
        ImageLibrary library = library(images);
        library.prepare("one.jpg");
        library.prepare("two.jpg");
        assertEquals(1, library.encodedImages());
    }

    @Test
    void preparesEachImageOncePerBake() {
        ImageLibrary library = library(FIXTURE);
        assertTrue(library.prepare("harbour.jpg") == library.prepare("harbour.jpg"));
    }

    @Test
    void refusesMissingUnsupportedBadlyNamedAndUnreadableFiles() throws IOException {
        Path images = dir.resolve("images");
        Files.createDirectories(images);
        Files.writeString(images.resolve("broken.png"), "not a PNG");
        ImageLibrary library = library(images);
        assertTrue(assertThrows(ImageException.class, () -> library.prepare("gone.png")).getMessage().startsWith("no image file "));
        assertTrue(assertThrows(ImageException.class, () -> library.prepare("a.gif")).getMessage().startsWith("only JPEG and PNG"));
        assertTrue(assertThrows(ImageException.class, () -> library.prepare("../secret.png")).getMessage().contains("may contain only"));
        assertTrue(assertThrows(ImageException.class, () -> library.prepare("my chart.png")).getMessage().contains("may contain only"));
        assertTrue(assertThrows(ImageException.class, () -> library.prepare("broken.png")).getMessage().contains("cannot be read as a PNG image"));
    }
}
