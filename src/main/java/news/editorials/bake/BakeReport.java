package news.editorials.bake;

import java.nio.file.Path;
import java.util.List;

/**
 * What a successful bake did.
 *
 * @param documents content files parsed
 * @param pages     files rendered from templates
 * @param warnings  problems worth a look that did not stop the bake, each naming its file
 */
public record BakeReport(Path outputDir, int documents, int pages, long millis, List<String> warnings) {
}
