package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.editorials.cache.BakeCache;
import news.editorials.testing.TestSites;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bake cache's proof: after every change in a random sequence (fixed seeds), an incremental bake's
 * output is byte for byte the output of a clean bake of the same sources: the same files, the same
 * folders, the same bytes. A failing sequence is shrunk to the fewest changes that still fail, and printed.
 *
 * <p>The site is the fixture content plus generated editorials, baked with a copy of the project's own
 * templates, assets and {@code jbake.properties}, so features added to those are covered as they land.
 */
class IncrementalBakeIT {
    private static final int STEPS = 14;
    private static final List<String> TOPICS = List.of("Trade", "Energy", "Courts", "Housing", "Foreign policy");

    @TempDir
    Path temp;
    private boolean inPlace;
    private boolean inMemory;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 23, 47})
    void incrementalBakesMatchCleanBakes(long seed) {
        check(seed, false);
    }

    /** The live preview's way: an incremental bake updates its output in place. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5})
    void inPlaceIncrementalBakesMatchCleanBakes(long seed) {
        check(seed, true);
    }

    /**
     * The live preview's way: drafts included, and its cache in memory, in one process, with what it keeps
     * between bakes (parses made read-only once, file digests by stamp, the search index's word numbers and
     * postings).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 37})
    void previewBakesMatchCleanBakes(long seed) {
        this.inMemory = true;
        check(seed, true);
    }

    private void check(long seed, boolean inPlace) {
        this.inPlace = inPlace;
        Random random = new Random(seed);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            changes.add(new Change(Kind.values()[random.nextInt(Kind.values().length)], random.nextLong()));
        }
        Outcome outcome = run(changes, temp.resolve("run"));
        if (outcome.failure() != null) {
            List<Change> shortest = shrink(changes.subList(0, outcome.failedAt() + 1));
            fail("incremental bake differs from a clean one after " + shortest.size() + " change(s):\n  "
                    + String.join("\n  ", shortest.stream().map(Change::toString).toList())
                    + "\n" + run(shortest, temp.resolve("shrunk-final")).failure());
        }
        assertTrue(outcome.incrementalBakes() >= STEPS / 3,
                "most bakes should have used the cache, but only " + outcome.incrementalBakes() + " did");
        if (!inPlace) {
            assertTrue(outcome.spareBakes() >= STEPS / 3,
                    "most bakes should have staged into the spare site, but only " + outcome.spareBakes() + " did");
        }
    }

    /**
     * What a run of changes gave: the first step whose outputs differ (and how), how many bakes were
     * incremental, and how many of those staged into the spare site.
     */
    private record Outcome(int failedAt, String failure, int incrementalBakes, int spareBakes) {
    }

    private Outcome run(List<Change> changes, Path dir) {
        Site site = new Site(dir, inPlace, inMemory ? BakeCache.inMemory() : null);
        site.bakeBoth();
        int incremental = 0;
        int spare = 0;
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).applyTo(site);
            BakeReport report = site.bakeBoth();
            if (report.cache().startsWith("incremental")) {
                incremental++;
            }
            if (report.cache().endsWith("staged in the spare site")) {
                spare++;
            }
            String difference = difference(site.incrementalOutput(), site.cleanOutput());
            if (difference != null) {
                return new Outcome(i, "after " + changes.get(i) + " (" + report.cache() + "): " + difference,
                        incremental, spare);
            }
        }
        return new Outcome(-1, null, incremental, spare);
    }

    /** Drops changes one at a time while the sequence still fails (a simple delta debugging). */
    private List<Change> shrink(List<Change> failing) {
        List<Change> current = new ArrayList<>(failing);
        int attempt = 0;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (int i = current.size() - 1; i >= 0 && current.size() > 1; i--) {
                List<Change> candidate = new ArrayList<>(current);
                candidate.remove(i);
                if (run(candidate, temp.resolve("shrink-" + attempt++)).failure() != null) {
                    current = candidate;
                    smaller = true;
                }
            }
        }
        return current;
    }

    private static String difference(Path incremental, Path clean) {
        Map<String, byte[]> a = tree(incremental);
        Map<String, byte[]> b = tree(clean);
        if (!a.keySet().equals(b.keySet())) {
            List<String> extra = a.keySet().stream().filter(path -> !b.containsKey(path)).toList();
            List<String> missing = b.keySet().stream().filter(path -> !a.containsKey(path)).toList();
            return "incremental output has extra " + extra + " and lacks " + missing;
        }
        for (Map.Entry<String, byte[]> entry : a.entrySet()) {
            if (!Arrays.equals(entry.getValue(), b.get(entry.getKey()))) {
                return entry.getKey() + " differs";
            }
        }
        return null;
    }

    /** Every file (with its bytes) and folder (as "path/") of a tree. */
    private static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    tree.put(name + "/", new byte[0]);
                } else {
                    tree.put(name, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    enum Kind {
        EDIT_BODY, EDIT_TITLE, CHANGE_TOPICS, CHANGE_YEAR, ADD, DELETE, RENAME, TOGGLE_DRAFT, TOUCH_TEMPLATE,
        CHANGE_CONFIG, TOUCH_UNCHANGED, ADD_OR_REMOVE_IMAGE
    }

    /** One change to the sources; its seed picks the file and the new values, so a run can be replayed. */
    record Change(Kind kind, long seed) {
        void applyTo(Site site) {
            Random random = new Random(seed);
            switch (kind) {
                case EDIT_BODY -> site.edit(random, text -> text + "\nA new paragraph, number " + random.nextInt(1000) + ".\n");
                case EDIT_TITLE -> site.edit(random, text -> text.replaceFirst("(?m)^title: .*$",
                        "title: \"Retitled " + random.nextInt(1000) + "\""));
                case CHANGE_TOPICS -> site.edit(random, text -> text.replaceFirst("(?m)^topics: .*$",
                        "topics: [" + topics(random) + "]"));
                case CHANGE_YEAR -> site.edit(random, text -> text.replaceFirst("(?m)^date: \\d{4}",
                        "date: " + (2019 + random.nextInt(7))));
                case ADD -> site.add(random);
                case DELETE -> site.delete(random);
                case RENAME -> site.rename(random);
                case TOGGLE_DRAFT -> site.edit(random, text -> text.contains("\nstatus: draft\n")
                        ? text.replace("\nstatus: draft\n", "\n") : text.replaceFirst("\n---\n", "\nstatus: draft\n---\n"));
                case TOUCH_TEMPLATE -> site.appendTo("templates/_layout.ftl", "<#-- touched " + random.nextInt(1000) + " -->\n");
                case CHANGE_CONFIG -> site.replaceIn("jbake.properties", "(?m)^site\\.description=.*$",
                        "site.description=Described " + random.nextInt(1000));
                case TOUCH_UNCHANGED -> site.edit(random, text -> text);
                case ADD_OR_REMOVE_IMAGE -> site.toggleImage(random);
                default -> throw new IllegalStateException();
            }
        }

        private static String topics(Random random) {
            List<String> picked = new ArrayList<>(TOPICS);
            java.util.Collections.shuffle(picked, random);
            return String.join(", ", picked.subList(0, 1 + random.nextInt(3)));
        }
    }

    /** A project (templates, assets, settings) and content folder of its own, baked both ways. */
    static final class Site {
        private final Path project;
        private final Path content;
        private final Path dir;
        private final boolean inPlace;
        /** The preview's cache, kept by the site as the preview keeps it; null for the cache on disk. */
        private final BakeCache memory;
        private int cleanBakes;
        private Path cleanOutput;

        Site(Path dir, boolean inPlace, BakeCache memory) {
            this.dir = dir;
            this.inPlace = inPlace;
            this.memory = memory;
            this.project = dir.resolve("project");
            this.content = project.resolve("content");
            TestSites.copyTree(TestSites.PROJECT.resolve("templates"), project.resolve("templates"));
            TestSites.copyTree(TestSites.PROJECT.resolve("assets"), project.resolve("assets"));
            TestSites.copyTree(TestSites.FIXTURE_CONTENT, content);
            try {
                Files.copy(TestSites.PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
                Random random = new Random(1);
                for (int i = 0; i < 12; i++) {
                    add(random);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path incrementalOutput() {
            return dir.resolve("incremental/site");
        }

        Path cleanOutput() {
            return cleanOutput;
        }

        /** Bakes incrementally (with the cache) and cleanly (a fresh folder, no cache); returns the incremental report. */
        BakeReport bakeBoth() {
            // The preview's bakes include drafts (toggling one then adds or removes a search document); the
            // clean bakes they are compared with too.
            boolean drafts = memory != null;
            BakeRequest request = BakeRequest.of(project, incrementalOutput())
                    .withImagesDir(TestSites.FIXTURE_IMAGES).withInPlaceUpdates(inPlace).withDrafts(drafts);
            BakeReport report = memory != null ? SiteBaker.bake(request, null, memory) : SiteBaker.bake(request);
            cleanOutput = dir.resolve("clean-" + cleanBakes++ + "/site");
            SiteBaker.bake(BakeRequest.of(project, cleanOutput).withImagesDir(TestSites.FIXTURE_IMAGES)
                    .withDrafts(drafts).withClean(true));
            return report;
        }

        List<Path> editorials() {
            try (Stream<Path> files = Files.walk(content.resolve("editorials"))) {
                return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void edit(Random random, java.util.function.UnaryOperator<String> change) {
            List<Path> files = editorials();
            Path file = files.get(random.nextInt(files.size()));
            try {
                Files.writeString(file, change.apply(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(Random random) {
            int year = 2019 + random.nextInt(7);
            String slug = "generated-" + random.nextInt(100_000);
            Path file = content.resolve("editorials/" + year + "/" + slug + ".md");
            String text = "---\ntitle: \"Generated " + slug + "\"\ndate: " + year + "-0" + (1 + random.nextInt(9)) + "-1"
                    + random.nextInt(10) + "\ntopics: [" + Change.topics(random) + "]\n---\nThe first paragraph of "
                    + slug + ", with *emphasis* and \"quotes\" -- and a dash.\n\nA second paragraph.[^1]\n\n[^1]: A note.\n";
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void delete(Random random) {
            List<Path> files = editorials();
            if (files.size() > 3) {
                try {
                    Files.delete(files.get(random.nextInt(files.size())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        void rename(Random random) {
            List<Path> files = editorials();
            Path file = files.get(random.nextInt(files.size()));
            Path target = content.resolve("editorials/" + (2019 + random.nextInt(7)) + "/renamed-" + random.nextInt(100_000) + ".md");
            try {
                Files.createDirectories(target.getParent());
                Files.move(file, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void appendTo(String projectFile, String text) {
            try {
                Files.writeString(project.resolve(projectFile), text, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void replaceIn(String projectFile, String regex, String replacement) {
            try {
                Path file = project.resolve(projectFile);
                Files.writeString(file, Files.readString(file).replaceFirst(regex, replacement));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A file beside the Markdown, which JBake copies into the site as it is. */
        void toggleImage(Random random) {
            Path image = content.resolve("editorials/2024/chart.svg");
            try {
                if (Files.exists(image)) {
                    Files.delete(image);
                } else {
                    Files.writeString(image, "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>" + random.nextInt(100) + "</title></svg>\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * JBake would take a JVM system property as a setting where {@code jbake.properties} has none, so that
     * {@code mvn package -Dsite.board=...} baked differently in Maven's JVM and in the bake daemon (which has
     * none of Maven's properties), and outside the bake cache's key (the board is stored with every unsigned
     * editorial's parse). System properties are no settings: a bake depends on the project's files only.
     */
    @org.junit.jupiter.api.Test
    void aSystemPropertyIsNoSetting(@TempDir Path dir) throws IOException {
        Site site = new Site(dir, false, null);
        site.replaceIn("jbake.properties", "(?m)^site\\.board=.*$", "");
        site.bakeBoth();
        System.setProperty("site.board", "The Night Desk");
        try {
            BakeReport report = site.bakeBoth();
            assertEquals(null, difference(site.incrementalOutput(), site.cleanOutput()), report.cache());
            assertTrue(Files.isDirectory(site.cleanOutput().resolve("authors/editorial-board")),
                    "unsigned editorials are the default board's");
            assertFalse(Files.exists(site.cleanOutput().resolve("authors/the-night-desk")));
        } finally {
            System.clearProperty("site.board");
        }
    }

    @org.junit.jupiter.api.Test
    void differenceNamesTheFirstDifferingFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a/x"));
        Files.createDirectories(dir.resolve("b/x"));
        Files.writeString(dir.resolve("a/x/index.html"), "one");
        Files.writeString(dir.resolve("b/x/index.html"), "two");
        assertEquals("x/index.html differs", difference(dir.resolve("a"), dir.resolve("b")));
    }
}
