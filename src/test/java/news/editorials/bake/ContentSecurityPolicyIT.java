package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import news.editorials.testing.TestSites;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of the fixture site and the real site carries the Content-Security-Policy, and nothing in it
 * needs more than the policy allows: inline scripts only with their hash (recomputed here from the page as
 * written), no style attributes or elements, no event-handler attributes, no {@code javascript:} URLs.
 * What a browser makes of it is checked by {@code browser.ContentSecurityPolicyIT}.
 */
class ContentSecurityPolicyIT {
    private static final String META = "meta[http-equiv=Content-Security-Policy]";
    /** Script types a browser runs; JSON-LD and other data blocks are not scripts to CSP. */
    private static final Set<String> SCRIPT_TYPES = Set.of("", "text/javascript", "module");

    static Stream<Arguments> pages() {
        return TestSites.everyPageOfBothSites();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("pages")
    void pageCarriesThePolicyAndNeedsNothingItForbids(String siteName, Path site, String path) throws Exception {
        Document page = TestSites.page(site, path);
        List<Element> metas = page.select(META);
        assertEquals(1, metas.size(), path + ": one policy");
        Element meta = metas.get(0);
        assertEquals(page.head(), meta.parent(), "in the head");
        assertEquals(List.of("charset"), page.head().child(0).attributes().asList().stream().map(Attribute::getKey).toList(),
                "the charset declaration comes first");
        assertEquals(meta, page.head().child(1), "the policy right after it: it covers only what follows it");

        Map<String, List<String>> policy = directives(meta.attr("content"));
        List<String> inlineHashes = new ArrayList<>();
        for (Element script : page.select("script")) {
            if (!SCRIPT_TYPES.contains(script.attr("type"))) {
                continue;
            }
            if (script.hasAttr("src")) {
                assertTrue(isSameSite(script.attr("src")), path + ": script from another site " + script.attr("src"));
            } else {
                inlineHashes.add("'" + sha256(script.data()) + "'");
            }
        }
        List<String> expectedScriptSources = new ArrayList<>(List.of("'self'"));
        expectedScriptSources.addAll(inlineHashes);

        assertAll(path,
                () -> assertEquals(List.of("'self'"), policy.get("default-src"), "default-src"),
                () -> assertEquals(expectedScriptSources, policy.get("script-src"),
                        "script-src: the site, and exactly the hashes of this page's inline scripts"),
                () -> assertEquals(List.of("'self'"), policy.get("style-src"), "style-src"),
                () -> assertEquals(List.of("'self'"), policy.get("img-src"), "img-src"),
                () -> assertEquals(List.of("'self'"), policy.get("connect-src"), "connect-src"),
                () -> assertEquals(List.of("'none'"), policy.get("object-src"), "object-src"),
                () -> assertEquals(List.of("'self'"), policy.get("base-uri"), "base-uri"),
                () -> assertEquals(List.of("'self'"), policy.get("form-action"), "form-action"),
                () -> assertEquals(Set.of("default-src", "script-src", "style-src", "img-src", "connect-src",
                        "object-src", "base-uri", "form-action"), policy.keySet(), "no other directives"),
                () -> assertEquals(List.of(), page.select("style").stream().map(Element::outerHtml).toList(), "no style elements"),
                () -> assertEquals(List.of(), page.select("[style]").stream().map(Element::cssSelector).toList(),
                        "no style attributes (style-src without 'unsafe-inline' blocks them)"),
                () -> assertEquals(List.of(), eventHandlerAttributes(page), "no inline event handlers"),
                () -> assertEquals(List.of(), javascriptUrls(page), "no javascript: URLs"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixture", "real"})
    void siteRootHasAHeadersFileForStaticHosts(String siteName) throws IOException {
        Path site = siteName.equals("fixture") ? TestSites.fixtureSite() : TestSites.realSite();
        List<String> lines = Files.readAllLines(site.resolve("_headers"), StandardCharsets.UTF_8);

        assertEquals("/*", lines.get(0), "one rule, for every path");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches(" {2}[A-Za-z-]+: \\S.*"), "an indented 'Name: value' line: '" + line + "'");
            String[] parts = line.strip().split(": ", 2);
            headers.put(parts[0], parts[1]);
        }
        assertEquals(Map.of("Content-Security-Policy", "frame-ancestors 'none'",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "strict-origin-when-cross-origin"), headers);
    }

    /** Directive name to its source list, in order; a repeated directive would be ignored by browsers, so fails. */
    static Map<String, List<String>> directives(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            List<String> tokens = Arrays.stream(directive.strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
            if (tokens.isEmpty()) {
                continue;
            }
            String name = tokens.get(0).toLowerCase();
            assertTrue(directives.put(name, tokens.subList(1, tokens.size())) == null, "repeated directive " + name);
        }
        return directives;
    }

    static String sha256(String script) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }

    private static boolean isSameSite(String url) {
        return !url.contains(":") && !url.startsWith("//");
    }

    private static List<String> eventHandlerAttributes(Document page) {
        Set<String> found = new TreeSet<>();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().toLowerCase().startsWith("on")) {
                    found.add(element.tagName() + "[" + attribute.getKey() + "]");
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<String> javascriptUrls(Document page) {
        List<String> found = new ArrayList<>();
        for (Element element : page.select("[href], [src], [action], [formaction]")) {
            for (String name : List.of("href", "src", "action", "formaction")) {
                String value = element.attr(name).strip().replaceAll("[\\t\\n\\r]", "").toLowerCase();
                if (value.startsWith("javascript:")) {
                    found.add(element.tagName() + "[" + name + "=" + element.attr(name) + "]");
                }
            }
        }
        return found;
    }
}
