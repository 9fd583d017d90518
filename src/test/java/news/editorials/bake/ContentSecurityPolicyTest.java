package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy text and the hashes it allows inline scripts by. */
class ContentSecurityPolicyTest {
    @Test
    void hashesTheUtf8BytesOfTheScriptAsCspSourceExpressions() {
        // Known SHA-256 values: of nothing, and of "alert('Hello, world.');" (the example in the CSP spec).
        assertEquals("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", ContentSecurityPolicy.hash(""));
        assertEquals("sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=",
                ContentSecurityPolicy.hash("alert('Hello, world.');"));
    }

    @Test
    void allowsScriptsFromTheSiteAndTheGivenInlineScriptsOnly() {
        assertEquals("default-src 'self'; script-src 'self' '" + ContentSecurityPolicy.hash("a()") + "' '"
                        + ContentSecurityPolicy.hash("b()") + "'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                        + "object-src 'none'; base-uri 'self'; form-action 'self'",
                ContentSecurityPolicy.forPage(List.of("a()", "b()")));
    }

    @Test
    void headersFileSetsWhatAMetaPolicyCannotForEveryPath() {
        assertEquals("""
                /*
                  Content-Security-Policy: frame-ancestors 'none'
                  X-Content-Type-Options: nosniff
                  Referrer-Policy: strict-origin-when-cross-origin
                """, ContentSecurityPolicy.headers());
    }
}
