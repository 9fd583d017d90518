package news.editorials.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import news.editorials.cache.BakeCache;
import news.editorials.cache.Digest;
import news.editorials.cache.OutputRecord;

/**
 * The one way files get into the site. Every page rendered from a template, and every file a rendering tool
 * makes itself, goes through {@link #page} or {@link #file}: written into the staging folder when its bytes
 * are new, or kept from the live site when the cache shows they are unchanged (then linked into staging by
 * {@link #finish}). Whatever the last bake wrote and this one produced neither way is not in the new site.
 *
 * <p>A rendering tool that writes into the staging folder directly still works (its files are picked up by
 * {@link #finish}, rewritten every bake); going through here makes it incremental.
 */
final class SiteOutput {
    private static final boolean DEBUG = Boolean.getBoolean("site.cache.debug");

    private final Path staging;
    private final Path live;
    private final BakeCache cache;
    /** Files produced by this bake, by site path: the live copy kept, or a new one staged. */
    private final Map<String, Produced> produced = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();

    private record Produced(OutputRecord record, boolean kept) {
    }

    /**
     * When staging is a reused spare site: its files as recorded, and the file system's time when this bake
     * began (a file in it older than that, which this bake did not produce, is left over from the spare).
     */
    private Map<String, OutputRecord> spare;
    private long bakeBeganNanos;

    SiteOutput(Path staging, Path live, BakeCache cache) {
        this.staging = staging;
        this.live = live;
        this.cache = cache;
    }

    /**
     * Stages into a spare site ({@link OutputSwap#stageIntoSpare}) holding the files {@code spareFiles} records:
     * a new or changed file replaces its copy there, a file kept from the live site is copied in only where
     * the spare's copy differs, and {@link #finish} deletes what the new site does not have. The folders,
     * and most files, are there already, so nothing is linked or made for the tens of thousands of files
     * that did not change.
     */
    void reuse(Map<String, OutputRecord> spareFiles) {
        try {
            // The file system's own clock, as it stamps files: a marker written now is the bake's start.
            Path marker = Files.createTempFile(staging, ".bake-began-", ".tmp");
            bakeBeganNanos = Files.getLastModifiedTime(marker).to(TimeUnit.NANOSECONDS);
            Files.delete(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write in " + staging, e);
        }
        this.spare = spareFiles;
    }

    BakeCache cache() {
        return cache;
    }

    /**
     * A page rendered from a template.
     *
     * @param fingerprint its inputs' {@link news.editorials.cache.Fingerprint}, or {@code null} to always render
     * @param render      renders it (called only when the page cannot be kept as it is)
     */
    void page(String sitePath, Digest fingerprint, Callable<String> render) throws Exception {
        OutputRecord previous = cache.incremental() ? cache.previous(sitePath) : null;
        if (keptAsMadeFrom(sitePath, fingerprint, previous)) {
            return;
        }
        String text = render.call();
        rendered.incrementAndGet();
        if (DEBUG && previous != null) {
            System.err.println("rendered " + sitePath + (fingerprint == null ? " (no fingerprint)"
                    : fingerprint.equals(previous.inputs()) ? " (live file changed)" : " (inputs changed)"));
        }
        put(sitePath, fingerprint, text.getBytes(StandardCharsets.UTF_8), sitePath.endsWith(".html") ? text : null);
    }

    /** A file a rendering tool makes without a template (a JSON index, say); returns its bytes' digest. */
    Digest file(String sitePath, byte[] bytes) {
        return put(sitePath, null, bytes, sitePath.endsWith(".html") ? new String(bytes, StandardCharsets.UTF_8) : null);
    }

    /**
     * A file a rendering tool makes from inputs it can name: kept from the live site, without calling
     * {@code bytes}, when the last bake made it from inputs with the same fingerprint. Returns its bytes' digest.
     */
    Digest file(String sitePath, Digest fingerprint, Supplier<byte[]> bytes) {
        OutputRecord previous = cache.incremental() ? cache.previous(sitePath) : null;
        if (keptAsMadeFrom(sitePath, fingerprint, previous)) {
            return previous.output();
        }
        byte[] made = bytes.get();
        return put(sitePath, fingerprint, made, sitePath.endsWith(".html") ? new String(made, StandardCharsets.UTF_8) : null);
    }

    private Digest put(String sitePath, Digest fingerprint, byte[] bytes, String html) {
        Digest digest = Digest.of(bytes);
        LinkChecker.PageLinks links = html == null ? null : LinkChecker.scan(html);
        OutputRecord previous = cache.lastWritten(sitePath);
        if (previous != null && digest.equals(previous.output()) && liveIntact(sitePath, previous)) {
            produced.put(sitePath, new Produced(new OutputRecord(fingerprint, digest, previous.size(),
                    previous.modifiedNanos(), links == null ? null : links.links(), links == null ? null : links.ids()), true));
            return digest;
        }
        Path target = staging.resolve(sitePath);
        try {
            if (spare != null) {
                makeRoomFor(target);
            } else {
                Files.createDirectories(target.getParent());
            }
            if (spare == null) {
                Files.write(target, bytes);
            } else {
                // Over the spare's copy: a new file renamed over it, never written into a file in place.
                Path temp = Files.createTempFile(target.getParent(), ".new-", ".tmp");
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        written.incrementAndGet();
        produced.put(sitePath, new Produced(new OutputRecord(fingerprint, digest, bytes.length, 0,
                links == null ? null : links.links(), links == null ? null : links.ids()), false));
        return digest;
    }

    /**
     * Keeps the live file when the last bake made it from inputs with this fingerprint and it is still as
     * written; says whether it did.
     */
    private boolean keptAsMadeFrom(String sitePath, Digest fingerprint, OutputRecord previous) {
        if (fingerprint != null && previous != null && fingerprint.equals(previous.inputs()) && liveIntact(sitePath, previous)) {
            produced.put(sitePath, new Produced(previous, true));
            return true;
        }
        return false;
    }

    /** Whether the live site still holds exactly what the last bake wrote there. */
    private boolean liveIntact(String sitePath, OutputRecord previous) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(live.resolve(sitePath), BasicFileAttributes.class);
            return attributes.isRegularFile() && attributes.size() == previous.size()
                    && attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) == previous.modifiedNanos();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this bake stages into a reused spare site ({@link #reuse}). */
    boolean reusesSpare() {
        return spare != null;
    }

    int renderedCount() {
        return rendered.get();
    }

    int writtenCount() {
        return written.get();
    }

    /** Site paths of the files kept from the live site. */
    Set<String> kept() {
        Set<String> kept = new java.util.HashSet<>();
        produced.forEach((path, file) -> {
            if (file.kept()) {
                kept.add(path);
            }
        });
        return kept;
    }

    /**
     * Completes the staged site once every tool has run, and says what it holds: the files that went through
     * here, any file found in staging that did not (a file a tool wrote directly), read back for its record,
     * and the unchanged files kept from the live site. Those are hard-linked into a fresh staging folder (no
     * bytes copied, and nothing writes to them any more); in a reused spare they are already there unless
     * they changed since, and then are copied. Files of the spare the new site does not have are deleted. The
     * staged site is then whole, and the swap stays one atomic rename.
     *
     * @param carryKeptFiles whether to bring kept files into staging (not for an in-place update, which
     *                       keeps them where they are)
     */
    Map<String, OutputRecord> finish(boolean carryKeptFiles) {
        Map<String, OutputRecord> site = new HashMap<>();
        List<Path> leftovers = new ArrayList<>();
        try {
            // One walk, each file's attributes as the walk read them: a reused spare holds the whole site, and
            // asking again about each of its tens of thousands of files doubled the time this took.
            Files.walkFileTree(staging, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes walked) throws IOException {
                    // A link is taken for what it points to (the walk does not follow links).
                    BasicFileAttributes attributes = walked.isSymbolicLink()
                            ? Files.readAttributes(file, BasicFileAttributes.class) : walked;
                    if (attributes.isRegularFile()) {
                        record(file, attributes, site, leftovers);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + staging, e);
        }
        deleteLeftovers(leftovers);
        List<String> carry = new ArrayList<>();
        produced.forEach((path, file) -> {
            if (file.kept() && !site.containsKey(path)) {
                carry.add(path);
                site.put(path, file.record());
            }
        });
        if (carryKeptFiles && spare == null) {
            linkIntoStaging(carry);
        } else if (carryKeptFiles) {
            copyIntoStaging(carry, site);
        }
        return site;
    }

    /** Files found in staging by {@link #finish}: recorded for the new site, or noted as the spare's leftovers. */
    private void record(Path file, BasicFileAttributes attributes, Map<String, OutputRecord> site, List<Path> leftovers)
            throws IOException {
        String path = staging.relativize(file).toString().replace('\\', '/');
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Produced mine = produced.get(path);
        if (mine != null && mine.kept() && spare != null) {
            OutputRecord was = spare.get(path);
            if (isAsRecorded(was, attributes) && was.output().equals(mine.record().output())) {
                // The spare's copy is the kept file's bytes: it stays, with its own stamp.
                OutputRecord r = mine.record();
                site.put(path, new OutputRecord(r.inputs(), r.output(), attributes.size(), modified, r.links(), r.ids()));
            }
            // Otherwise it is carried over from the live site (finish).
        } else if (mine != null && !mine.kept()) {
            OutputRecord r = mine.record();
            site.put(path, new OutputRecord(r.inputs(), r.output(), attributes.size(), modified, r.links(), r.ids()));
        } else if (spare != null && (isAsRecorded(spare.get(path), attributes) || modified < bakeBeganNanos)) {
            // The spare's own file (as recorded, or older than this bake), not one a tool just wrote.
            leftovers.add(file);
        } else {
            byte[] bytes = Files.readAllBytes(file);
            LinkChecker.PageLinks links = path.endsWith(".html")
                    ? LinkChecker.scan(new String(bytes, StandardCharsets.UTF_8)) : null;
            site.put(path, new OutputRecord(null, Digest.of(bytes), attributes.size(), modified,
                    links == null ? null : links.links(), links == null ? null : links.ids()));
        }
    }

    /**
     * In a reused spare, a path the new site writes may be taken the other way round: a file where the new
     * site has a folder, or a folder where it has a file (assets reorganised, say). That is cleared first.
     */
    private synchronized void makeRoomFor(Path target) throws IOException {
        // Under the lock with the folders' creation: pages render in parallel, and two of them may clear the
        // same file (or one clear what another's folder needs).
        for (Path folder = target.getParent(); folder != null && !folder.equals(staging); folder = folder.getParent()) {
            if (Files.isRegularFile(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(folder);
            }
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            OutputSwap.deleteTree(target);
        }
        Files.createDirectories(target.getParent());
    }

    private static boolean isAsRecorded(OutputRecord record, BasicFileAttributes attributes) {
        return record != null && record.size() == attributes.size()
                && record.modifiedNanos() == attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /** Files of the spare site that the new site does not have, and the folders they leave empty. */
    private void deleteLeftovers(List<Path> leftovers) {
        try {
            Set<Path> folders = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            for (Path file : leftovers) {
                Files.delete(file);
                for (Path folder = file.getParent(); !folder.equals(staging); folder = folder.getParent()) {
                    folders.add(folder);
                }
            }
            // Deepest first (reverse order puts a folder after everything inside it).
            for (Path folder : folders) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear what the spare site had in " + staging, e);
        }
    }

    /**
     * Kept files whose copy in the reused spare differs (they changed in the last bake): copied from the live
     * site, checked against the kept digest, then recorded with the copy's stamp.
     */
    private void copyIntoStaging(List<String> paths, Map<String, OutputRecord> site) {
        for (String path : paths) {
            Path from = live.resolve(path);
            Path to = staging.resolve(path);
            try {
                OutputRecord r = site.get(path);
                byte[] bytes = Files.readAllBytes(from);
                // The new record vouches for these bytes with the copy's stamp: they must be the kept ones.
                if (!Digest.of(bytes).equals(r.output())) {
                    throw new IOException(from + " changed during the bake; bake again");
                }
                makeRoomFor(to);
                Path temp = Files.createTempFile(to.getParent(), ".carried-", ".tmp");
                Files.write(temp, bytes);
                Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                BasicFileAttributes attributes = Files.readAttributes(to, BasicFileAttributes.class);
                site.put(path, new OutputRecord(r.inputs(), r.output(), attributes.size(),
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), r.links(), r.ids()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot carry " + path + " over from " + live, e);
            }
        }
    }

    private void linkIntoStaging(List<String> paths) {
        try {
            Set<Path> folders = new java.util.TreeSet<>();
            for (String path : paths) {
                folders.add(staging.resolve(path).getParent());
            }
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create folders in " + staging, e);
        }
        paths.parallelStream().forEach(path -> {
            Path from = live.resolve(path);
            Path to = staging.resolve(path);
            try {
                Files.createLink(to, from);
            } catch (UnsupportedOperationException | IOException e) {
                try {
                    // A file system without hard links: copy, keeping the date the cache recorded.
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException copy) {
                    throw new UncheckedIOException("Cannot carry " + path + " over from " + live, copy);
                }
            }
        });
    }
}
