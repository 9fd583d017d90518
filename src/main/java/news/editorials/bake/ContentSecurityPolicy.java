package news.editorials.bake;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import news.editorials.content.SitePaths;

/**
 * The site's Content-Security-Policy, and the HTTP headers a static host should add to it.
 *
 * <p>Every page carries the policy in a {@code <meta http-equiv="Content-Security-Policy">}: scripts, styles,
 * images and fetches from the site itself only, no plugins, no {@code <base>} or form posts elsewhere. The one
 * inline script (the layout's head script, which must run before first paint) is allowed by the SHA-256 of
 * the exact text the page carries: templates call {@code contentSecurityPolicy(script)} with the same value
 * they print inside {@code <script>}, so the hash cannot drift from the script.
 *
 * <p>A meta policy cannot set {@code frame-ancestors}, and some protections exist only as headers: those are
 * written to {@value #HEADERS_FILE} (the format Netlify and Cloudflare Pages read) by {@link #writeHeaders}.
 */
final class ContentSecurityPolicy {
    /** The file, at the site root, that Netlify and Cloudflare Pages read response headers from. */
    static final String HEADERS_FILE = SitePaths.HEADERS_FILE;

    /** Name of the template function that prints the policy. */
    static final String TEMPLATE_FUNCTION = "contentSecurityPolicy";

    private ContentSecurityPolicy() {
    }

    /** The policy for a page whose inline scripts are exactly {@code inlineScripts}. */
    static String forPage(List<String> inlineScripts) {
        StringBuilder scripts = new StringBuilder("'self'");
        for (String script : inlineScripts) {
            scripts.append(" '").append(hash(script)).append('\'');
        }
        // connect-src: the preview's event stream and same-site fetches; default-src covers fonts, frames, media.
        return "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    /** {@code sha256-<base64>} of the script's UTF-8 bytes, the form CSP source expressions use. */
    static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The headers file: for every path, what a meta policy cannot say. Why each one is in the README
     * ("Publishing").
     */
    static String headers() {
        return "/*\n"
                + "  Content-Security-Policy: frame-ancestors 'none'\n"
                + "  X-Content-Type-Options: nosniff\n"
                + "  Referrer-Policy: strict-origin-when-cross-origin\n";
    }

    /** Through the bake's one writer, so an incremental bake leaves an unchanged file alone. */
    static void writeHeaders(SiteOutput site) {
        site.file(HEADERS_FILE, headers().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code contentSecurityPolicy(script, ...)} for templates. A script captured with
     * {@code <#assign s>...</#assign>} in an HTML template is markup, printed as it is; its markup text is
     * what gets hashed, so the hash is of the very characters written between the script tags.
     */
    static final class TemplateFunction implements TemplateMethodModelEx {
        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            List<String> scripts = new ArrayList<>();
            for (Object argument : arguments) {
                scripts.add(text((TemplateModel) argument));
            }
            return forPage(scripts);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static String text(TemplateModel model) throws TemplateModelException {
            if (model instanceof TemplateMarkupOutputModel markup) {
                return markup.getOutputFormat().getMarkupString(markup);
            }
            if (model instanceof TemplateScalarModel scalar) {
                return scalar.getAsString();
            }
            throw new TemplateModelException(TEMPLATE_FUNCTION + " takes the text of inline scripts, not " + model);
        }
    }
}
