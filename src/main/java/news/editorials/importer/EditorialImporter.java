package news.editorials.importer;

import news.editorials.content.ContentException;
import news.editorials.content.ForbiddenCharacters;
import news.editorials.content.Utf8Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports raw editorial texts into a content folder as {@code editorials/<year>/<slug>.md}.
 *
 * <pre>{@code
 * ImportReport report = new EditorialImporter(Path.of("content"), false, false)
 *         .importFiles(List.of(Path.of("federalist/10.txt")));
 * report.written();   // [content/editorials/1787/federalist-10-the-union-as-a-safeguard-...md]
 * report.problems();  // file:line messages; report.hasErrors() decides the exit code
 * }</pre>
 *
 * <p>Each input is handled on its own: one that cannot be read, decoded or parsed is reported and the rest
 * are still imported. Two inputs that would get the same slug are both refused (which one is "right" is for
 * a person to say). An existing file is never replaced unless {@code force}; nothing is written outside the
 * content folder; with {@code dryRun} nothing is written at all.
 */
public final class EditorialImporter {
    private final Path contentDir;
    private final boolean force;
    private final boolean dryRun;

    /**
     * @param contentDir the site's content folder (created when missing)
     * @param force replace existing files
     * @param dryRun only report what would be written
     */
    public EditorialImporter(Path contentDir, boolean force, boolean dryRun) {
        this.contentDir = contentDir;
        this.force = force;
        this.dryRun = dryRun;
    }

    /** The Markdown for one raw text, with the slug and year that place it. */
    public record Conversion(String file, RawEditorial editorial, String slug, String markdown,
                             List<ImportProblem> warnings) {
        /** The path relative to the content folder: {@code editorials/<year>/<slug>.md}. */
        public Path relativePath() {
            return Path.of("editorials", String.format("%04d", editorial.date().getYear()), slug + ".md");
        }
    }

    /**
     * Converts one raw text without touching the disk.
     *
     * @param file the input's name for messages
     * @param bytes the raw bytes (must be UTF-8)
     * @param defaultSeries the series to assume when the text names none, or null
     */
    public static Conversion convert(String file, byte[] bytes, String defaultSeries) throws ImportException {
        String text;
        try {
            text = Utf8Text.decode(java.nio.file.Path.of(file), bytes);
        } catch (ContentException e) {
            throw new ImportException(file, e.line(), e.getMessage() + " and import it again");
        }
        rejectForbiddenCharacters(file, text);
        List<ImportProblem> warnings = new ArrayList<>();
        RawEditorial editorial = RawEditorialParser.parse(file, text, defaultSeries, warnings);
        String slug = EditorialSlugs.slug(editorial);
        if (slug.isEmpty()) {
            throw new ImportException(file, editorial.titleLine(), "the title has no letters or digits to make a "
                    + "file name from");
        }
        return new Conversion(file, editorial, slug, EditorialMarkdown.render(editorial), List.copyOf(warnings));
    }

    /** The bake refuses a file with a character pages and feeds cannot carry: refuse it here, at its line. */
    private static void rejectForbiddenCharacters(String file, String text) throws ImportException {
        int index = ForbiddenCharacters.indexOfFirst(text);
        if (index >= 0) {
            int lineStart = text.lastIndexOf('\n', index - 1) + 1;
            int line = (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
            throw new ImportException(file, line, "column " + (text.codePointCount(lineStart, index) + 1)
                    + " has " + ForbiddenCharacters.describe(text.codePointAt(index))
                    + ", which a web page or feed cannot carry: remove it and import again");
        }
    }

    /** Reads and converts one input file, with the series its folder implies (see {@link CorpusConventions}). */
    public static Conversion convert(Path file) throws ImportException {
        return convert(file.toString(), read(file), defaultSeries(file));
    }

    /** Converts and writes every input, see the class comment. */
    public ImportReport importFiles(List<Path> files) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Conversion> conversions = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path file : files) {
            String name = file.toString();
            if (!seen.add(file.toAbsolutePath().normalize())) {
                problems.add(ImportProblem.warning(name, 0, "given more than once; imported once"));
                continue;
            }
            try {
                Conversion conversion = convert(file);
                problems.addAll(conversion.warnings());
                conversions.add(conversion);
            } catch (ImportException e) {
                problems.add(e.toProblem());
            }
        }

        Map<String, List<Conversion>> bySlug = new LinkedHashMap<>();
        conversions.forEach(c -> bySlug.computeIfAbsent(c.slug(), k -> new ArrayList<>()).add(c));
        List<Path> written = new ArrayList<>();
        for (Conversion conversion : conversions) {
            List<Conversion> sameSlug = bySlug.get(conversion.slug());
            if (sameSlug.size() > 1) {
                List<String> others = sameSlug.stream().filter(c -> c != conversion).map(Conversion::file).toList();
                problems.add(ImportProblem.error(conversion.file(), conversion.editorial().titleLine(),
                        "slug '" + conversion.slug() + "' would also be made from " + String.join(", ", others)
                                + "; give the inputs distinct titles, or a series and number"));
                continue;
            }
            try {
                written.add(write(conversion));
            } catch (ImportException e) {
                problems.add(e.toProblem());
            }
        }
        return new ImportReport(List.copyOf(written), List.copyOf(problems), dryRun);
    }

    private Path write(Conversion conversion) throws ImportException {
        String file = conversion.file();
        Path relative = conversion.relativePath();
        Path target = contentDir.resolve(relative);
        Path root = contentDir.toAbsolutePath().normalize();
        if (!target.toAbsolutePath().normalize().startsWith(root)) {
            throw new ImportException(file, 0, "refusing to write " + target + ": outside " + contentDir);
        }
        Path clash = sameSlugInOtherYear(file, relative);
        if (clash != null) {
            throw new ImportException(file, conversion.editorial().titleLine(), "slug '" + conversion.slug()
                    + "' is already used by " + clash + "; slugs must be unique across years");
        }
        boolean exists = Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (exists && !force) {
            throw new ImportException(file, 0, target + " already exists; use --force to replace it");
        }
        if (dryRun) {
            return target;
        }
        byte[] bytes = conversion.markdown().getBytes(StandardCharsets.UTF_8);
        try {
            Path dir = Files.createDirectories(target.getParent());
            if (!dir.toRealPath().startsWith(contentDir.toRealPath())) {
                throw new ImportException(file, 0, "refusing to write " + target + ": " + dir
                        + " leads outside " + contentDir);
            }
            if (force) {
                // Write beside the target, then rename over it: a reader never sees half a file.
                Path temp = Files.createTempFile(dir, "." + conversion.slug(), ".tmp");
                try {
                    Files.write(temp, bytes);
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
            } else {
                Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ImportException(file, 0, target + " already exists; use --force to replace it");
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot write " + target + ": " + describe(e));
        }
        return target;
    }

    /** An existing {@code editorials/<other year>/<slug>.md}, or null. */
    private Path sameSlugInOtherYear(String file, Path relative) throws ImportException {
        Path editorials = contentDir.resolve("editorials");
        if (!Files.isDirectory(editorials)) {
            return null;
        }
        String year = relative.getParent().getFileName().toString();
        String fileName = relative.getFileName().toString();
        try (DirectoryStream<Path> years = Files.newDirectoryStream(editorials, Files::isDirectory)) {
            List<Path> clashes = new ArrayList<>();
            for (Path yearDir : years) {
                if (!yearDir.getFileName().toString().equals(year) && Files.exists(yearDir.resolve(fileName))) {
                    clashes.add(yearDir.resolve(fileName));
                }
            }
            return clashes.stream().sorted().findFirst().orElse(null);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot list " + editorials + ": " + describe(e));
        }
    }

    private static byte[] read(Path file) throws ImportException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, "cannot read the file: " + describe(e));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Corpus files carry no series field; their folder ("federalist") names it. */
    private static String defaultSeries(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? null
                : CorpusConventions.seriesForFolder(parent.getFileName().toString());
    }
}
