package news.editorials.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A test client of the preview's event stream, connected the way a page's reload script connects: with
 * the build id of the page it was served with (its {@code data-build}). Records the time each {@code reload} event arrives.
 */
final class EventStream implements AutoCloseable {

    private final InputStream body;
    private final BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
    private final CountDownLatch connected = new CountDownLatch(1);

    private EventStream(InputStream body) {
        this.body = body;
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Loads {@code pageUri} and connects to the event stream its reload script names. */
    static EventStream forPage(URI pageUri) throws Exception {
        String html = PreviewTesting.get(pageUri).body();
        Element script = Jsoup.parse(html).select("script[src]").stream()
                .filter(s -> s.attr("src").equals(ReloadScript.SCRIPT_PATH)).findFirst()
                .orElseThrow(() -> new AssertionError("no reload script in " + pageUri));
        String events = ReloadScript.EVENTS_PATH + "?build=" + script.attr("data-build");
        HttpResponse<InputStream> response = PreviewTesting.HTTP.send(
                HttpRequest.newBuilder(pageUri.resolve(events)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new AssertionError("not an event stream: " + response);
        }
        EventStream stream = new EventStream(response.body());
        if (!stream.connected.await(PreviewTesting.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the event stream sent nothing");
        }
        return stream;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                long now = System.nanoTime();
                connected.countDown();
                if (line.equals("event: reload")) {
                    reloads.add(now);
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** Waits for the next reload event; returns its arrival time ({@link System#nanoTime()}). */
    long awaitReload() throws InterruptedException {
        return awaitReload(PreviewTesting.TIMEOUT);
    }

    long awaitReload(Duration timeout) throws InterruptedException {
        Long at = reloads.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (at == null) {
            throw new AssertionError("no reload event within " + timeout.toSeconds() + " s");
        }
        return at;
    }

    /** Reload events received and not yet awaited. */
    int pendingReloads() {
        return reloads.size();
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
