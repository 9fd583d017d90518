package news.editorials.bake;

import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

/** Renders pages through JBake's {@link Renderer} on all cores, collecting every failure rather than the first. */
final class ParallelPages {
    private ParallelPages() {
    }

    /**
     * @param name     how a failing page is named in the error (its source file, or its output path)
     * @param whenDone called for every page once it is rendered or has failed
     * @throws RenderingException listing every page that failed, one per line, sorted
     */
    static void render(Renderer renderer, List<DocumentModel> pages, Function<DocumentModel, String> name,
                       Progress progress, Consumer<DocumentModel> whenDone) throws RenderingException {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        // Copied to an array-backed list: JBake's DocumentList is a LinkedList, which splits badly across threads.
        new ArrayList<>(pages).parallelStream().forEach(page -> {
            try {
                renderer.render(page);
                progress.rendered();
            } catch (Exception e) {
                problems.add(name.apply(page) + ": " + rootMessage(e));
            } finally {
                whenDone.accept(page);
            }
        });
        if (!problems.isEmpty()) {
            throw new RenderingException(problems.stream().sorted().collect(Collectors.joining("\n")));
        }
    }

    /**
     * The useful part of a rendering failure: JBake wraps FreeMarker's exception twice, and FreeMarker's
     * message carries a long stack of template frames. A template error reads
     * {@code templates/editorial.ftl:12:5: <what went wrong>}.
     */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof TemplateException)) {
            cause = cause.getCause();
        }
        if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
            String message = template.getMessageWithoutStackTop().strip().lines()
                    .takeWhile(line -> !line.isBlank() && !line.startsWith("----"))
                    .map(line -> line.replaceFirst("\\s*\\[in template .*\\]$", "").strip())
                    .collect(Collectors.joining(" "));
            return "templates/" + template.getTemplateSourceName() + ":" + template.getLineNumber() + ":"
                    + template.getColumnNumber() + ": " + message;
        }
        return String.valueOf(cause.getMessage());
    }
}
