package news.editorials.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lets through only requests a browser on this machine makes to this server by name: a {@code Host} of
 * {@code 127.0.0.1}, {@code [::1]} or {@code localhost} at the server's port, and the methods GET and HEAD.
 *
 * <p>Binding to the loopback interface is not enough on its own: through DNS rebinding, a page the maintainer
 * visits on {@code evil.example} can make {@code evil.example} resolve to 127.0.0.1 and read the preview as
 * same-origin. Such requests still carry {@code Host: evil.example:PORT}, so they are refused with 403 (the
 * check Vite and webpack-dev-server added for the same attack). A missing or repeated {@code Host} is refused too.
 */
final class LocalRequestsOnly extends Filter {
    private static final Set<String> LOCAL_NAMES = Set.of("127.0.0.1", "[::1]", "localhost");
    static final String ALLOWED_METHODS = "GET, HEAD";

    private final int port;

    LocalRequestsOnly(int port) {
        this.port = port;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1 || !isLocalHost(hosts.get(0), port)) {
            refuse(exchange, 403, "Forbidden: the preview answers only to 127.0.0.1, [::1] or localhost at port "
                    + port + "\n");
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", ALLOWED_METHODS);
            refuse(exchange, 405, "Method not allowed\n");
            return;
        }
        chain.doFilter(exchange);
    }

    /** True when {@code host} (a Host header value) names this machine's loopback at {@code port}. */
    static boolean isLocalHost(String host, int port) {
        String value = host.strip().toLowerCase(Locale.ROOT);
        // Without a port, the Host means the scheme's default port (80 for http).
        String name = value;
        int givenPort = 80;
        int colon = value.lastIndexOf(':');
        if (colon > value.lastIndexOf(']')) {
            name = value.substring(0, colon);
            try {
                givenPort = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return givenPort == port && LOCAL_NAMES.contains(name);
    }

    private static void refuse(HttpExchange exchange, int status, String text) throws IOException {
        try (exchange) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public String description() {
        return "loopback Host and GET/HEAD only";
    }
}
