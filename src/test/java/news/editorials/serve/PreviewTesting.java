package news.editorials.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import news.editorials.testing.TestSites;

/** Shared by the preview tests: temporary projects, HTTP requests, bounded waits. */
final class PreviewTesting {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PreviewTesting() {
    }

    /** A project in {@code dir}: the real templates, assets and settings, with a copy of {@code content}. */
    static Path project(Path dir, Path content) {
        TestSites.copyProject(dir, content);
        // The fixture editorials' figures, where a project keeps its images.
        TestSites.copyTree(TestSites.FIXTURE_IMAGES, dir.resolve("assets/images"));
        return dir;
    }

    static HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code condition} until it holds, failing after {@link #TIMEOUT}. */
    static void await(BooleanSupplier condition, Supplier<String> message) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + TIMEOUT.toSeconds() + " s: " + message.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }
}
