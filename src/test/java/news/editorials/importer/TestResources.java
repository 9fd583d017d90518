package news.editorials.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the raw texts kept under src/test/resources (copied from the shared corpus and seed). */
final class TestResources {
    private TestResources() {
    }

    static Path path(String resource) {
        try {
            return Path.of(TestResources.class.getResource(resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + resource, e);
        }
    }

    static Path corpusPaper(int number) {
        return path(String.format("/corpus/federalist/%02d.txt", number));
    }

    static Path seed() {
        return path("/seed/000_0fc80d03cd7aa042.txt");
    }
}
