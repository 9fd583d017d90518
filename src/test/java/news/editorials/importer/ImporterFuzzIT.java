package news.editorials.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import news.editorials.content.ContentException;
import news.editorials.content.DocumentHeader;
import news.editorials.content.FrontMatter;
import news.editorials.testing.RawSources;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated and mutated raw texts through the importer, from a fixed seed: each one either
 * imports, into front matter the bake accepts, or fails with an {@link ImportException} naming the input and a
 * line of it; nothing throws anything else, and nothing takes a second. Half the inputs are the real raw
 * sources (the corpus and the seed) with bytes and lines broken, the rest built from header, chrome, date,
 * paragraph and note lines with hostile values.
 *
 * <p>{@code -Dfuzz.seed=N} and {@code -Dfuzz.inputs=N} run another series; a failing input is written to
 * {@code target/fuzz/} so it can be replayed by hand.
 */
class ImporterFuzzIT {
    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 4000);
    /** No input may take this long; see {@link #timed}. */
    private static final long LIMIT_MILLIS = 1000;
    /** The whole run stops starting new inputs after this, whatever the count, so a slow machine still ends. */
    private static final long BUDGET_MILLIS = 90_000;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "importer-fuzz");
        thread.setDaemon(true); // an input stuck in a loop must not keep the test JVM alive
        return thread;
    });

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void everyInputImportsOrFailsWithFileAndLine() throws Exception {
        Random random = new Random(SEED);
        List<byte[]> sources = new ArrayList<>();
        for (Path source : RawSources.all()) {
            sources.add(Files.readAllBytes(source));
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        long start = System.nanoTime();
        int ran = 0;
        for (; ran < INPUTS && millisSince(start) < BUDGET_MILLIS; ran++) {
            byte[] input = ran % 2 == 0
                    ? FuzzInputs.mutate(sources.get(random.nextInt(sources.size())), random)
                    : FuzzInputs.generate(random).getBytes(StandardCharsets.UTF_8);
            String series = random.nextInt(4) == 0 ? "The Federalist" : null;
            String name = "fuzz-" + ran + ".txt";
            String outcome = timed(name, input, series);
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.printf("Importer fuzz: seed %d, %d inputs in %d ms: %s%n", SEED, ran, millisSince(start), outcomes);
        assertTrue(ran >= Math.min(INPUTS, 1000), "only " + ran + " inputs within the budget");
        assertTrue(outcomes.getOrDefault("imported", 0) > ran / 10, "the inputs must not all be refused: " + outcomes);
        assertTrue(outcomes.size() > 5, "the inputs must reach many different errors: " + outcomes);
    }

    /**
     * Converts one input on the worker thread within {@link #LIMIT_MILLIS}. An input that overruns is run
     * once more before it fails the test, so that a machine busy with other builds is not mistaken for a
     * pathological input (a backtracking regular expression overruns both times).
     */
    private String timed(String name, byte[] input, String series) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Future<String> result = worker.submit(() -> check(name, input, series));
            try {
                return result.get(LIMIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                if (attempt == 2) {
                    fail(name + " took over " + LIMIT_MILLIS + " ms twice; saved as " + save(name, input));
                }
            } catch (ExecutionException e) {
                throw new AssertionError(name + " (saved as " + save(name, input) + "): " + e.getCause(), e.getCause());
            }
        }
    }

    /** The outcome's kind ("imported", or the error's wording without its specifics), or an assertion error. */
    private static String check(String name, byte[] input, String series) throws IOException {
        int lines = new String(input, StandardCharsets.UTF_8).split("\n", -1).length;
        EditorialImporter.Conversion conversion;
        try {
            conversion = EditorialImporter.convert(name, input, series);
        } catch (ImportException e) {
            String message = e.getMessage();
            if (!e.file().equals(name) || e.line() < 1 || e.line() > lines
                    || !message.startsWith(name + ":" + e.line() + ": ")) {
                throw new AssertionError("not a file:line message (saved as " + save(name, input) + "): " + message);
            }
            if (message.codePoints().anyMatch(ImporterFuzzIT::actsOnATerminal)) {
                throw new AssertionError("the message quotes a control or format character as is (saved as "
                        + save(name, input) + "): " + message.codePoints()
                        .mapToObj(c -> actsOnATerminal(c) ? String.format("<U+%04X>", c) : Character.toString(c))
                        .collect(java.util.stream.Collectors.joining()));
            }
            return e.problem().replaceAll("['(\\d:].*", "").strip();
        }
        // What the importer writes, the bake must read: front matter it parses and a header it accepts.
        Path file = Path.of(name.replace(".txt", ".md"));
        try {
            FrontMatter frontMatter = FrontMatter.parse(file, conversion.markdown());
            DocumentHeader header = DocumentHeader.from(file, frontMatter, DocumentHeader.EDITORIAL);
            if (!header.warnings().isEmpty()) {
                throw new AssertionError("imported front matter the bake warns about: " + header.warnings());
            }
        } catch (ContentException e) {
            throw new AssertionError("imported a file the bake refuses (input saved as " + save(name, input) + "): "
                    + e.getMessage() + "\n" + conversion.markdown());
        }
        return "imported";
    }

    /** Characters that move the cursor, change direction or vanish: a message must show them escaped. */
    private static boolean actsOnATerminal(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static Path save(String name, byte[] input) throws IOException {
        Path dir = Files.createDirectories(TestSites.PROJECT.resolve("target/fuzz"));
        return Files.write(dir.resolve(SEED + "-" + name), input);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
