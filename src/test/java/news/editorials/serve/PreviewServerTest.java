package news.editorials.serve;

import static news.editorials.serve.PreviewTesting.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server on its own, over a hand-made site folder (no bake, no watcher: fast). */
class PreviewServerTest {
    @TempDir
    Path temp;

    private Path root;
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        root = temp.resolve("site");
        write("index.html", "<!DOCTYPE html><html><head><title>Home</title></head><body><h1>Home</h1></body></html>");
        write("topics/index.html", "<!DOCTYPE html><html><body><h1>Topics</h1></body></html>");
        write("404.html", "<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>");
        write("css/site.css", "body{}");
        write("js/font-size.js", "export {};");
        write("favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("feed.xml", "<feed/>");
        write("robots.txt", "User-agent: *");
        Files.writeString(temp.resolve("secret.txt"), "outside the site");
        server = PreviewServer.start(root, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private URI uri(String path) {
        return server.uri().resolve(path);
    }

    @Test
    void bindsToTheLoopbackAddressOnly() throws IOException {
        assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
        assertEquals(InetAddress.getLoopbackAddress(), server.address().getAddress());
        assertNotEquals(0, server.address().getPort(), "port 0 means any free port; the real one is reported");
        assertEquals("http://127.0.0.1:" + server.address().getPort() + "/", server.uri().toString());

        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .filter(n -> !isLoopback(n))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        if (external.isEmpty()) {
            System.err.println("note: no non-loopback address on this machine to try a connection from; checked the bound address only");
            return;
        }
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(external.get(), server.address().getPort()), 2000));
        }
    }

    private static boolean isLoopback(NetworkInterface networkInterface) {
        try {
            return networkInterface.isLoopback();
        } catch (IOException e) {
            return true;
        }
    }

    @ParameterizedTest
    @CsvSource({
        "'',                 text/html; charset=utf-8",
        "index.html,         text/html; charset=utf-8",
        "topics/,            text/html; charset=utf-8",
        "css/site.css,       text/css; charset=utf-8",
        "js/font-size.js,    text/javascript; charset=utf-8",
        "favicon.svg,        image/svg+xml",
        "feed.xml,           application/xml; charset=utf-8",
        "robots.txt,         text/plain; charset=utf-8"})
    void servesFilesWithTheirContentType(String path, String type) {
        HttpResponse<String> response = get(uri(path));

        assertEquals(200, response.statusCode());
        assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void addsTheReloadScriptToHtmlAndNothingElse() throws IOException {
        Document home = Jsoup.parse(get(uri("")).body());
        assertEquals(1, home.body().select("script").size());
        assertEquals(ReloadScript.SCRIPT_PATH, home.body().selectFirst("script").attr("src"));
        HttpResponse<String> script = get(uri(ReloadScript.SCRIPT_PATH.substring(1)));
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("new EventSource(\"/__preview/events?build=\""), script.body());

        assertEquals("body{}", get(uri("css/site.css")).body());
        assertFalse(Files.readString(root.resolve("index.html")).contains("script"), "the file itself is untouched");
    }

    @Test
    void redirectsAFolderWithoutItsSlash() {
        HttpResponse<String> response = get(uri("topics?x=1"));

        assertEquals(301, response.statusCode());
        assertEquals("/topics/?x=1", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void answersAMissingPageWithTheSites404Page() {
        HttpResponse<String> response = get(uri("no/such/page/"));

        assertEquals(404, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("Page not found", page.selectFirst("h1").text());
        assertEquals(1, page.body().select("script").size(), "the 404 page reloads too");
    }

    @Test
    void answersHeadWithoutABody() {
        HttpResponse<String> response = PreviewTesting.send(
                HttpRequest.newBuilder(uri("css/site.css")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals("6", response.headers().firstValue("Content-Length").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"POST, index.html", "PUT, index.html", "DELETE, index.html", "PATCH, css/site.css",
        "OPTIONS, ''", "TRACE, ''", "POST, __preview/events"})
    void refusesMethodsOtherThanGetAndHead(String method, String path) throws IOException {
        String response = rawRequest(method, "/" + path, List.of("Host: 127.0.0.1:" + port(), "Content-Length: 0"));

        assertTrue(response.startsWith("HTTP/1.1 405"), response);
        assertTrue(response.lines().anyMatch(line -> line.equalsIgnoreCase("Allow: GET, HEAD")), response);
        assertEquals(0, server.clientCount(), "no event stream opened");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:PORT", "localhost:PORT", "LocalHost:PORT", "[::1]:PORT"})
    void answersRequestsForTheLoopbackAddressOrLocalhostAtItsPort(String host) throws IOException {
        String response = rawRequest("GET", "/topics/", List.of("Host: " + host.replace("PORT", port())));

        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertEquals("Topics", Jsoup.parse(response).selectFirst("h1").text());
    }

    /** DNS rebinding: a page on another name that now resolves to 127.0.0.1 must not read the preview. */
    @ParameterizedTest
    @ValueSource(strings = {"evil.example:PORT", "evil.example", "localhost.evil.example:PORT",
        "127.0.0.1.nip.io:PORT", "localhost", "127.0.0.1", "localhost:1", "127.0.0.1:PORT0", "0.0.0.0:PORT",
        "[::1]", "127.0.0.2:PORT", "localhost:PORT:PORT", "localhost:", ""})
    void refusesRequestsForAnyOtherHost(String host) throws IOException {
        String response = rawRequest("GET", "/", List.of("Host: " + host.replace("PORT", port())));

        assertTrue(response.startsWith("HTTP/1.1 403"), host + ": " + response);
        assertFalse(response.contains("<h1>Home</h1>"), response);
    }

    @Test
    void refusesARequestWithoutAHostOrWithTwo() throws IOException {
        assertTrue(rawRequest("GET", "/", List.of()).startsWith("HTTP/1.1 403"));
        assertTrue(rawRequest("GET", "/", List.of("Host: localhost:" + port(), "Host: evil.example"))
                .startsWith("HTTP/1.1 403"));
    }

    @Test
    void refusesTheEventStreamToOtherHosts() throws IOException {
        String response = rawRequest("GET", "/__preview/events?build=x", List.of("Host: evil.example:" + port()));

        assertTrue(response.startsWith("HTTP/1.1 403"), response);
        assertEquals(0, server.clientCount());
    }

    @Test
    void refusesOtherHostsBeforeLookingAtTheMethod() throws IOException {
        assertTrue(rawRequest("POST", "/", List.of("Host: evil.example:" + port(), "Content-Length: 0"))
                .startsWith("HTTP/1.1 403"));
    }

    private String port() {
        return String.valueOf(server.address().getPort());
    }

    @Test
    void neverServesAFileOutsideThePreviewFolder() throws IOException {
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/css/../../secret.txt",
                "/..%2fsecret.txt", "//../secret.txt")) {
            String response = rawGet(path);
            assertFalse(response.contains("outside the site"), path + " gave:\n" + response);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ": " + response);
        }
    }

    private String rawGet(String path) throws IOException {
        return rawRequest("GET", path, List.of("Host: localhost:" + port()));
    }

    /**
     * A request sent as written: HTTP clients would tidy "/../" away before it reaches the server, and Java's
     * will not send a Host header of the caller's choosing.
     */
    private String rawRequest(String method, String path, List<String> headers) throws IOException {
        try (Socket socket = new Socket(server.address().getAddress(), server.address().getPort())) {
            // Shorter than the event stream's 15 s heartbeat, so a stream opened by mistake fails the test.
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            headers.forEach(header -> request.append(header).append("\r\n"));
            out.write(request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void showsTheProblemsOfAFailedBakeForPagesButKeepsServingOtherFiles() {
        server.showProblems(List.of("/p/templates/page.ftl:2: <oops>"));

        HttpResponse<String> page = get(uri("topics/"));
        assertEquals(500, page.statusCode());
        assertEquals("/p/templates/page.ftl:2: <oops>", Jsoup.parse(page.body()).selectFirst("li").text());
        assertEquals(200, get(uri("css/site.css")).statusCode());

        server.showSite();
        assertEquals("Topics", Jsoup.parse(get(uri("topics/")).body()).selectFirst("h1").text());
    }

    @Test
    void tellsConnectedPagesToReloadAfterEachBake() throws Exception {
        try (EventStream events = EventStream.forPage(uri(""))) {
            assertEquals(0, events.pendingReloads(), "a page of the current build is not reloaded");
            assertEquals(1, server.clientCount());

            server.showSite();
            events.awaitReload();
            server.showProblems(List.of("broken"));
            events.awaitReload();
        }
    }

    @Test
    void reloadsAtOnceAPageOfAnEarlierBuild() throws Exception {
        String stalePage = get(uri("")).body();
        server.showSite();
        URI events = uri("/__preview/events?build=" + stalePage.replaceAll("(?s).*data-build=\"([^\"]+)\".*", "$1"));

        HttpResponse<java.io.InputStream> response = PreviewTesting.HTTP.send(HttpRequest.newBuilder(events).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals("retry: 1000", lines.readLine());
            assertEquals("", lines.readLine());
            assertEquals("event: reload", lines.readLine());
        }
    }

    @Test
    void aRequestWaitsWhileABakeChangesTheFolderAndGetsTheNewFile() throws Exception {
        java.util.concurrent.locks.Lock changes = server.siteChanges();
        changes.lock();
        java.util.concurrent.CompletableFuture<HttpResponse<String>> response;
        try {
            response = PreviewTesting.HTTP.sendAsync(HttpRequest.newBuilder(server.uri().resolve("topics/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertFalse(response.isDone(), "the request waits for the bake");
            write("topics/index.html", "<!DOCTYPE html><html><body><h1>Topics, rebaked</h1></body></html>");
        } finally {
            changes.unlock();
        }
        HttpResponse<String> page = response.get(PreviewTesting.TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Topics, rebaked"), page.body());
    }
}
