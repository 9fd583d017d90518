package news.editorials.bake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a successful bake did.
 *
 * @param documents documents published (drafts and scheduled editorials count only in a preview)
 * @param scheduled editorials dated after the day of the bake, left out (0 in a preview, which shows them)
 * @param pages     files rendered from templates
 * @param warnings  problems worth a look that did not stop the bake, each naming its file
 * @param phases    milliseconds per phase (set-up, parse, render, link check, swap), in bake order
 * @param cache     how the bake used the bake cache: "incremental: 3 pages rendered, 2 written, 0 deleted",
 *                  or "clean (why)"
 * @param imagesEncoded images resized in this bake; the others' variants came from the image cache
 */
public record BakeReport(Path outputDir, int documents, int scheduled, int pages, long millis, List<String> warnings,
                         Map<String, Long> phases, String cache, int imagesEncoded) {

    /** "set-up 0.4 s, parse 2.1 s, ..." */
    public String describePhases() {
        StringBuilder text = new StringBuilder();
        phases.forEach((name, ms) -> text.append(text.length() == 0 ? "" : ", ").append(name)
                .append(String.format(" %.1f s", ms / 1000.0)));
        return text.toString();
    }
}
