package news.editorials.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The bake-wide half of the key recipe: everything a bake reads besides the Markdown files themselves.
 *
 * <ul>
 *   <li>{@link #parseKey()}: what parsing a Markdown file may depend on: the code (this project's classes,
 *       byte for byte, and the name, size and date of every jar on the classpath), the JVM, and every file of
 *       the project and the content folder except the Markdown files, {@code templates/} and {@code assets/}.
 *       That deliberately includes files a parser has no business reading today ({@code jbake.properties},
 *       images beside the content, data files): when in doubt, a change means a full rebuild.
 *   <li>{@link #renderKey()}: the parse key plus the templates, the assets, the bake's settings (drafts or
 *       not) and the configuration the templates see. A page's own inputs are fingerprinted separately
 *       ({@link Fingerprint}).
 * </ul>
 *
 * <p>Files are hashed by content, not by date, so touching a file without changing it costs nothing, and no
 * clock can fool the key. Left out: the project's {@code target/} folder, names starting with a dot at the
 * project's top level ({@code .git}, {@code .mvn}), hidden files in the content folder (JBake neither reads
 * nor copies them: editors' swap files), the output folder and the cache itself.
 */
public final class BuildInputs {
    /** Bumped whenever the cache's file format or the key recipe changes. */
    static final int FORMAT = 4;

    private static final boolean DEBUG = Boolean.getBoolean("site.cache.debug");
    private static volatile Set<String> lookupOrder;

    private final Digest parseKey;
    private final Digest renderKey;

    private BuildInputs(Digest parseKey, Digest renderKey) {
        this.parseKey = parseKey;
        this.renderKey = renderKey;
    }

    /**
     * Reads the inputs now.
     *
     * @param contentFiles the content folder's regular files, not through links to folders (its Markdown
     *                     is the parse cache's business; the rest is read here)
     * @param settings the bake's own settings that shape output and are not in the project's files (drafts
     *                 included or not), as text; part of both keys
     * @param config   the configuration the templates see
     * @param exclude  folders never to read (the output and the cache)
     * @param digests  digests of files read in earlier bakes, where they are kept ({@link FileDigests})
     */
    public static BuildInputs read(Path projectDir, Path contentDir, List<Path> contentFiles, String settings,
                                   Map<String, Object> config, List<Path> exclude, FileDigests digests) {
        Path project = projectDir.toAbsolutePath().normalize();
        Path content = contentDir.toAbsolutePath().normalize();
        Set<Path> skipped = new java.util.HashSet<>();
        exclude.forEach(path -> skipped.add(path.toAbsolutePath().normalize()));
        skipped.add(content);
        skipped.add(project.resolve("target"));
        Path templates = project.resolve("templates");
        Path assets = project.resolve("assets");
        skipped.add(templates);
        skipped.add(assets);

        Key parse = new Key();
        parse.add("format " + FORMAT);
        parse.add("settings " + settings);
        parse.add("java " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version"));
        code(parse, skipped, digests);
        files(parse, project, project, skipped, true, digests);
        contentFiles(parse, content, contentFiles, skipped, digests);

        Key render = new Key();
        render.add("parse " + parse.digest());
        render.add("settings " + settings);
        files(render, templates, templates, Set.of(), false, digests);
        files(render, assets, assets, Set.of(), false, digests);
        Digest configDigest = new Fingerprint().of(new TreeMap<>(config));
        if (DEBUG) {
            config.forEach((name, value) -> {
                if (new Fingerprint().of(value) == null) {
                    System.err.println("key: config value cannot be fingerprinted: " + name + " " + value.getClass());
                }
            });
        }
        // A configuration that cannot be fingerprinted must never match an earlier one.
        render.add("config " + (configDigest != null ? configDigest : java.util.UUID.randomUUID()));
        digests.endRound();
        return new BuildInputs(parse.digest(), render.digest());
    }

    public Digest parseKey() {
        return parseKey;
    }

    public Digest renderKey() {
        return renderKey;
    }

    /**
     * The code this JVM runs, as the key sees it ({@link #parseKey()}): this project's classes by content, every
     * other classpath entry by name, size and date, and the JVM. Two JVMs with the same digest run the same code
     * on the same classpath (the bake daemon, {@code news.editorials.bake.BakeDaemon}, is told apart by it).
     */
    public static Digest codeDigest() {
        Key key = new Key();
        key.add("java " + System.getProperty("java.home") + " " + System.getProperty("java.vm.vendor") + " "
                + System.getProperty("java.vm.version"));
        code(key, Set.of(), FileDigests.none());
        return key.digest();
    }

    /**
     * Every classpath entry the key reads, in the order classes and resources are looked up: the JVM's class
     * path, then the URLs of each class loader from the outermost in, each jar followed by the class path in its
     * manifest. A JVM started with these as its class path runs this code and finds the same resources first
     * (JBake's tools are found through {@code META-INF/services}, ours listed before JBake's own), and reads
     * the same entries for its key ({@code BakeDaemon}), so its bakes share the bake cache.
     */
    public static List<Path> classpath() {
        List<Path> paths = new ArrayList<>();
        for (String entry : entriesInLookupOrder()) {
            try {
                paths.add(Path.of(new java.net.URI(entry)));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // An entry that cannot be read (its jar's manifest was unreadable): not one to run on.
            }
        }
        return paths;
    }

    /** The entries by name: the key does not depend on the order they come in. */
    private static Set<String> classpathEntries() {
        return new TreeSet<>(entriesInLookupOrder());
    }

    /**
     * Found once per JVM: its class path and class loaders do not change while it runs, and following the
     * manifests opens every jar (about 10 ms for Maven's 131 entries, on every preview save). Each entry's size
     * and date are still read by every key ({@link #code}).
     */
    private static Set<String> entriesInLookupOrder() {
        Set<String> entries = lookupOrder;
        if (entries == null) {
            entries = Collections.unmodifiableSet(findEntriesInLookupOrder());
            lookupOrder = entries;
        }
        return entries;
    }

    private static Set<String> findEntriesInLookupOrder() {
        List<String> found = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                found.add(canonical(Path.of(entry).toAbsolutePath().toUri().toString()));
            }
        }
        List<URLClassLoader> loaders = new ArrayList<>();
        for (ClassLoader loader = BuildInputs.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                loaders.add(0, urls);
            }
        }
        for (URLClassLoader loader : loaders) {
            for (URL url : loader.getURLs()) {
                found.add(canonical(url.toString()));
            }
        }
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : found) {
            entries.add(entry);
            addManifestClassPath(entry, entries);
        }
        return entries;
    }

    /**
     * One spelling for each file ({@code file:/a} from a class loader, {@code file:///a} from a path): the key
     * reads the entries sorted by spelling, so Maven's JVM (the project's jars from a class loader) and a JVM
     * started on {@link #classpath()} (the same jars on its class path) must spell them alike to agree.
     */
    private static String canonical(String entry) {
        try {
            return Path.of(new java.net.URI(entry)).toAbsolutePath().normalize().toUri().toString();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return entry;
        }
    }

    /** This project's classes by content; every other classpath entry by name, size and date. */
    private static void code(Key key, Set<Path> skipped, FileDigests digests) {
        Set<String> entries = classpathEntries();
        Path own = ownCode();
        key.add("own " + own);
        if (Files.isDirectory(own)) {
            files(key, own, own, Set.of(), false, digests);
        } else {
            file(key, own, own.getFileName().toString(), digests);
        }
        for (String entry : entries) {
            try {
                Path path = Path.of(new java.net.URI(entry));
                if (path.equals(own)) {
                    continue;
                }
                if (Files.isRegularFile(path)) {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    key.add("jar " + path + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
                } else if (Files.isDirectory(path)) {
                    // A classes folder other than ours (another module): by content, like ours.
                    key.add("dir " + path);
                    files(key, path, path, skipped, false, digests);
                }
            } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                key.add("unreadable " + entry + " " + java.util.UUID.randomUUID());
            }
        }
    }

    /** Surefire and some launchers put the classpath in a jar's manifest; follow it (and theirs). */
    private static void addManifestClassPath(String entry, Set<String> entries) {
        if (!entry.endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(new File(new java.net.URI(entry)))) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                java.net.URI base = new java.net.URI(entry);
                for (String item : classPath.trim().split("\\s+")) {
                    String listed = canonical(base.resolve(item).toString());
                    // Followed all the way: a JVM started on the expanded path finds the same entries.
                    if (entries.add(listed)) {
                        addManifestClassPath(listed, entries);
                    }
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            entries.add(entry + "#unreadable-" + java.util.UUID.randomUUID());
        }
    }

    private static Path ownCode() {
        CodeSource source = BuildInputs.class.getProtectionDomain().getCodeSource();
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Cannot tell where this project's classes are", e);
        }
    }

    /** Every file under {@code dir}, by path and content, in a fixed order; skipped folders are not entered. */
    private static void files(Key key, Path root, Path dir, Set<Path> skipped, boolean skipTopLevelDotNames,
                              FileDigests digests) {
        if (!Files.isDirectory(dir)) {
            key.add("absent " + dir);
            return;
        }
        List<Path> paths = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    boolean topLevelDot = skipTopLevelDotNames && folder.getParent() != null && folder.getParent().equals(root)
                            && folder.getFileName().toString().startsWith(".");
                    return skipped.contains(folder) || topLevelDot
                            ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    boolean topLevelDot = skipTopLevelDotNames && file.getParent().equals(root)
                            && file.getFileName().toString().startsWith(".");
                    if (attributes.isRegularFile() && !topLevelDot) {
                        paths.add(file);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
        paths.sort(null);
        for (Path path : paths) {
            file(key, path, root.relativize(path).toString(), digests);
        }
    }

    /** The content folder's files other than Markdown: JBake copies them into the site as they are. */
    private static void contentFiles(Key key, Path content, List<Path> files, Set<Path> skipped, FileDigests digests) {
        List<Path> skippedInside = skipped.stream().filter(folder -> !folder.equals(content)).toList();
        List<Path> paths = files.stream()
                .filter(path -> !path.getFileName().toString().endsWith(".md") || hidden(content.relativize(path)))
                .filter(path -> !hidden(content.relativize(path)) || path.getFileName().toString().equals(".jbakeignore"))
                .filter(path -> !isUnder(path, skippedInside))
                .sorted()
                .toList();
        for (Path path : paths) {
            file(key, path, "content/" + content.relativize(path), digests);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnder(Path path, java.util.Collection<Path> roots) {
        for (Path root : roots) {
            if (path.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    private static void file(Key key, Path path, String name, FileDigests digests) {
        try {
            key.add("file " + name + " " + digests.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** Lines fed into one digest. */
    private static final class Key {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        void add(String line) {
            if (DEBUG) {
                System.err.println("key: " + line);
            }
            try {
                ValueCodec.writeString(out, line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Digest digest() {
            return Digest.of(bytes.toByteArray());
        }
    }
}
