package news.editorials.bake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to bake and where: the project folder (with {@code jbake.properties}, {@code templates/},
 * {@code assets/}), the content folder (normally the project's {@code content/}), the output folder, whether
 * drafts are included (preview) and configuration values that override {@code jbake.properties}.
 */
public record BakeRequest(Path projectDir, Path contentDir, Path outputDir, boolean includeDrafts,
                          Map<String, String> properties) {

    public BakeRequest {
        projectDir = projectDir.toAbsolutePath().normalize();
        contentDir = contentDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        properties = Map.copyOf(properties);
    }

    /** The project's own content, published editorials only. */
    public static BakeRequest of(Path projectDir, Path outputDir) {
        return new BakeRequest(projectDir, projectDir.resolve("content"), outputDir, false, Map.of());
    }

    public BakeRequest withContentDir(Path dir) {
        return new BakeRequest(projectDir, dir, outputDir, includeDrafts, properties);
    }

    public BakeRequest withOutputDir(Path dir) {
        return new BakeRequest(projectDir, contentDir, dir, includeDrafts, properties);
    }

    public BakeRequest withDrafts(boolean drafts) {
        return new BakeRequest(projectDir, contentDir, outputDir, drafts, properties);
    }

    public BakeRequest withProperty(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(key, value);
        return new BakeRequest(projectDir, contentDir, outputDir, includeDrafts, more);
    }
}
