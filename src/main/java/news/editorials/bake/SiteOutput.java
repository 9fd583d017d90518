package news.editorials.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    SiteOutput(Path staging, Path live, BakeCache cache) {
        this.staging = staging;
        this.live = live;
        this.cache = cache;
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
        OutputRecord previous = cache.incremental() ? cache.previous(sitePath) : null;
        if (previous != null && digest.equals(previous.output()) && liveIntact(sitePath, previous)) {
            produced.put(sitePath, new Produced(new OutputRecord(fingerprint, digest, previous.size(),
                    previous.modifiedNanos(), links == null ? null : links.links(), links == null ? null : links.ids()), true));
            return digest;
        }
        Path target = staging.resolve(sitePath);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
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
     * here, any file found in staging that did not (assets JBake copied, files a tool wrote directly), read
     * back for its record, and the unchanged files kept from the live site, which are hard-linked into
     * staging now (no bytes copied, and nothing writes to them any more), so the staged site is whole and
     * the swap stays one atomic rename.
     */
    Map<String, OutputRecord> finish(boolean linkKeptFiles) {
        Map<String, OutputRecord> site = new HashMap<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    continue;
                }
                String path = staging.relativize(file).toString().replace('\\', '/');
                Produced mine = produced.get(path);
                OutputRecord record;
                if (mine != null && !mine.kept()) {
                    OutputRecord r = mine.record();
                    record = new OutputRecord(r.inputs(), r.output(), attributes.size(),
                            attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), r.links(), r.ids());
                } else {
                    byte[] bytes = Files.readAllBytes(file);
                    LinkChecker.PageLinks links = path.endsWith(".html")
                            ? LinkChecker.scan(new String(bytes, StandardCharsets.UTF_8)) : null;
                    record = new OutputRecord(null, Digest.of(bytes), attributes.size(),
                            attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                            links == null ? null : links.links(), links == null ? null : links.ids());
                }
                site.put(path, record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + staging, e);
        }
        List<String> keep = new ArrayList<>();
        produced.forEach((path, file) -> {
            if (file.kept() && !site.containsKey(path)) {
                keep.add(path);
                site.put(path, file.record());
            }
        });
        if (linkKeptFiles) {
            linkIntoStaging(keep);
        }
        return site;
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
                    Files.copy(from, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException copy) {
                    throw new UncheckedIOException("Cannot carry " + path + " over from " + live, copy);
                }
            }
        });
    }
}
