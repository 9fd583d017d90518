package news.editorials.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import news.editorials.bake.BakeRequest;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures save-to-reload time on a copy of the real site: from writing an editorial to the {@code reload}
 * event reaching a client of the event stream (quiet period + full bake + event). A measurement, not a
 * check, so it runs only when asked: {@code mvn -o verify -Dit.test=SaveToReloadIT -Dpreview.measure=true}.
 */
@EnabledIfSystemProperty(named = "preview.measure", matches = "true")
class SaveToReloadIT {
    private static final int WARM_UP = 3;
    private static final int SAVES = 10;

    @Test
    void measuresSaveToReload(@TempDir Path temp) throws Exception {
        Path project = PreviewTesting.project(temp.resolve("project"), TestSites.PROJECT.resolve("content"));
        long editorials;
        try (Stream<Path> files = Files.walk(project.resolve("content/editorials"))) {
            editorials = files.filter(f -> f.toString().endsWith(".md")).count();
        }
        Path editorial;
        try (Stream<Path> files = Files.walk(project.resolve("content/editorials/2025"))) {
            editorial = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(editorial);
        StringWriter out = new StringWriter();
        List<Long> millis = new ArrayList<>();
        try (LivePreview live = LivePreview.start(BakeRequest.of(project, temp.resolve("preview")).withDrafts(true), 0,
                new PrintWriter(out, true), new PrintWriter(System.err, true));
             EventStream events = EventStream.forPage(live.uri())) {
            for (int i = 0; i < WARM_UP + SAVES; i++) {
                long saved = System.nanoTime();
                Files.writeString(editorial, original + "\nSave number " + i + ".\n");
                long reloaded = events.awaitReload();
                if (i >= WARM_UP) {
                    millis.add((reloaded - saved) / 1_000_000);
                }
            }
            assertEquals(0, events.pendingReloads(), "one reload per save");
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long median = (sorted.get(SAVES / 2 - 1) + sorted.get(SAVES / 2)) / 2;
        System.out.printf("Save to reload on %d editorials, %d saves after %d warm-up: median %d ms, min %d ms, "
                        + "max %d ms; in save order %s%nBake lines:%n%s", editorials, SAVES, WARM_UP, median,
                sorted.get(0), sorted.get(SAVES - 1), millis, out);
    }
}
