package news.editorials.cache;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What earlier bakes parsed and wrote, so that the next bake parses only changed Markdown files, renders
 * only pages whose inputs changed and writes only files whose bytes changed.
 *
 * <p>Use one per output folder: {@link #onDisk} for {@code mvn package} (kept beside the output, e.g.
 * {@code target/site.bake-cache/}), {@link #inMemory} for the live preview's long-lived JVM. Each bake calls
 * {@link #begin}, asks {@link #source} for every Markdown file and {@link #previous} for every page, and
 * ends with {@link #finish} (the new output is in place) or {@link #abandon} (the bake failed).
 *
 * <p>Whatever goes wrong with the cache (missing, unreadable, written by another version, another
 * project's code or templates) makes a clean bake, never a failure: {@link #incremental()} is then false
 * and {@link #why()} says why.
 */
public final class BakeCache {
    private static final String DOCUMENTS = "documents.bin";
    private static final String DOCUMENTS_LOG = "documents.log";
    private static final String OUTPUTS = "outputs.bin";

    private final Path dir;
    private final ParsedDocuments documents;
    private Digest documentsKey;
    private Digest outputsKey;
    private String outputIdentity;
    private Map<String, OutputRecord> outputs = Map.of();
    /** The site the current bake replaces, as the last bake recorded it (it becomes the spare). */
    private Map<String, OutputRecord> replaced = Map.of();
    /** The site kept beside the live one for the next bake to stage into, and its folder's identity. */
    private Map<String, OutputRecord> spare = Map.of();
    private String spareIdentity;
    private Fingerprint fingerprint = new Fingerprint();
    private boolean incremental;
    private String why;
    /** What was found wrong with the cache's files during the last bake, or {@code null}. */
    private String damage;
    private String loadProblem;
    private final Map<Class<?>, Object> keptObjects = new ConcurrentHashMap<>();
    private boolean cleanAskedFor;

    private BakeCache(Path dir) {
        this.dir = dir;
        this.documents = new ParsedDocuments(dir == null ? null : dir.resolve(DOCUMENTS_LOG));
    }

    /** The cache kept in {@code dir}; a missing or unreadable one is an empty cache. */
    public static BakeCache onDisk(Path dir) {
        BakeCache cache = new BakeCache(dir);
        cache.load();
        return cache;
    }

    /** A cache that lives only as long as this object (the preview's). */
    public static BakeCache inMemory() {
        return new BakeCache(null);
    }

    /** Where {@code mvn package}'s cache for an output folder lives: beside it, never inside it. */
    public static Path folderFor(Path outputDir) {
        Path output = outputDir.toAbsolutePath().normalize();
        return output.resolveSibling(output.getFileName() + ".bake-cache");
    }

    /**
     * Starts a bake.
     *
     * @param clean  ignore what earlier bakes left ({@code -Dsite.clean=true}): every file is parsed and every
     *               page rendered and written; the cache is filled again for the next bake
     * @param output the output folder as it is now
     * @param spareDir where the swap keeps the site it replaces ({@link #spare()}), or {@code null} for none
     */
    public void begin(BuildInputs inputs, boolean clean, Path output, Path spareDir) {
        damage = null;
        cleanAskedFor = clean;
        fingerprint = new Fingerprint();
        documents.startBake();
        if (clean || !inputs.parseKey().equals(documentsKey)) {
            documents.clear();
            documentsKey = inputs.parseKey();
        }
        if (clean) {
            why = "clean bake asked for";
        } else if (loadProblem != null) {
            why = loadProblem;
        } else if (outputsKey == null || outputs.isEmpty()) {
            why = "no record of the last output";
        } else if (!inputs.renderKey().equals(outputsKey)) {
            why = "code, templates, assets or settings changed";
        } else if (!identity(output).equals(outputIdentity)) {
            why = "the output folder is not the one last baked";
        } else {
            why = null;
        }
        incremental = why == null;
        // What the output folder holds is known (whatever the templates), unless the cache could not be read
        // or the folder is not the one recorded. A clean bake trusts none of it for itself, but the site it
        // replaces becomes the spare the next bake stages into, so its record is kept for that.
        boolean outputKnown = loadProblem == null && identity(output).equals(outputIdentity);
        // Only an incremental bake checks links against the last bake's: a clean one keeps no record's
        // links and ids (a tenth of a clean bake's heap at 10,000 editorials).
        replaced = !outputKnown ? Map.of() : incremental ? outputs : bytesOnly(outputs);
        if (clean || !outputKnown || spareDir == null || spareIdentity == null || !identity(spareDir).equals(spareIdentity)) {
            spare = Map.of();
        }
        loadProblem = null;
        if (!incremental) {
            outputs = Map.of();
        }
        outputsKey = inputs.renderKey();
    }

    /**
     * The files of the spare site (the one before the live one, kept beside it), as recorded when it was
     * live; empty when there is none, it is not the folder recorded, or the bake is clean.
     */
    public Map<String, OutputRecord> spare() {
        return spare;
    }

    /** Whether earlier output can be kept: false means a clean bake, for the reason {@link #why()} gives. */
    public boolean incremental() {
        return incremental;
    }

    /** Why this bake is a clean one, or {@code null} when it is incremental. */
    public String why() {
        return why;
    }

    /**
     * What a bake found wrong with the cache's files ({@link DamagedCacheException}), or {@code null}: a bake
     * that read a damaged text cannot trust its output, and is made again with {@code clean}.
     */
    public String damage() {
        return damage != null ? damage : documents.damage();
    }

    /** The page-fingerprint recipe for this bake. */
    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** A Markdown file: its cached parse, or its bytes to parse (then {@link Source#store} the result). */
    public Source source(String sourcePath, Path file) {
        return documents.lookup(sourcePath, file);
    }

    /**
     * The object of this kind kept from one bake to the next, made by {@code fresh} the first time, for a
     * cache in memory (the preview's, whose bakes share a JVM); {@code null} for one on disk. Such an object
     * must give every bake what a fresh one would (the search index's word numbers are kept by the texts
     * they came from).
     */
    public <T> T keptBetweenBakes(Class<T> kind, Supplier<T> fresh) {
        return dir != null ? null : kind.cast(keptObjects.computeIfAbsent(kind, k -> fresh.get()));
    }

    /** What the last bake wrote at {@code sitePath}, or {@code null} (always, in a clean bake). */
    public OutputRecord previous(String sitePath) {
        return outputs.get(sitePath);
    }

    /**
     * What the output folder holds at {@code sitePath} as the last bake wrote it, to compare new bytes with,
     * or {@code null}. Unlike {@link #previous}, also known in a bake made clean by a change of code,
     * templates or settings: every page is rendered again, but a file whose bytes come out the same is kept
     * (so a template change rewrites only the pages it changes). Never in a clean bake asked for. Outside an
     * incremental bake the record holds only the bytes' digest, size and date (no fingerprint, links or ids).
     */
    public OutputRecord lastWritten(String sitePath) {
        return cleanAskedFor ? null : replaced.get(sitePath);
    }

    /** Everything the last bake wrote, by site path (empty in a clean bake). */
    public Map<String, OutputRecord> previousOutputs() {
        return outputs;
    }

    /**
     * Call before changing the live output in place: until {@link #finish}, the cache claims nothing about
     * it, so a bake interrupted half-way is followed by a clean one.
     */
    public void forgetOutputs() {
        outputs = Map.of();
        outputIdentity = null;
        if (dir != null) {
            try {
                Files.deleteIfExists(dir.resolve(OUTPUTS));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot update the bake cache in " + dir, e);
            }
        }
    }

    /**
     * The bake succeeded, {@code produced} is now exactly what {@code output} holds, and the site it replaced
     * is now in {@code spareDir} (or {@code null}: there is no spare).
     */
    public void finish(Map<String, OutputRecord> produced, Path output, Path spareDir) {
        documents.dropUnseen();
        spare = Map.of();
        spareIdentity = null;
        if (spareDir != null && !replaced.isEmpty()) {
            // The spare is only compared by bytes and stamps.
            spare = incremental ? bytesOnly(replaced) : replaced;
            spareIdentity = identity(spareDir);
        }
        replaced = Map.of();
        outputs = new HashMap<>(produced);
        outputIdentity = identity(output);
        save(true);
    }

    /** The records as far as comparing bytes and stamps needs them: without fingerprints, links and ids. */
    private static Map<String, OutputRecord> bytesOnly(Map<String, OutputRecord> records) {
        Map<String, OutputRecord> files = new HashMap<>(Math.max(16, records.size() * 4 / 3 + 1));
        records.forEach((path, record) -> files.put(path,
                new OutputRecord(null, record.output(), record.size(), record.modifiedNanos(), null, null)));
        return files;
    }

    /** The bake failed; the output is as the last good bake left it (parses learned are kept). */
    public void abandon() {
        save(false);
    }

    /** A cached parse, or a file to parse. */
    public static final class Source {
        private final ParsedDocuments owner;
        private final String sourcePath;
        private final byte[] bytes;
        private final Map<String, Object> model;
        private final Digest parseDigest;
        private final List<String> warnings;
        private final Digest content;
        private final FileStamp stamp;
        private final long readAt;

        Source(ParsedDocuments owner, String sourcePath, byte[] bytes, Map<String, Object> model, Digest parseDigest,
               List<String> warnings, Digest content, FileStamp stamp, long readAt) {
            this.owner = owner;
            this.sourcePath = sourcePath;
            this.bytes = bytes;
            this.model = model;
            this.parseDigest = parseDigest;
            this.warnings = warnings;
            this.content = content;
            this.stamp = stamp;
            this.readAt = readAt;
        }

        /** Whether the cache had it: then {@link #model()} and {@link #warnings()}, else {@link #bytes()}. */
        public boolean cached() {
            return model != null;
        }

        /**
         * The parsed document's values, in the order the parser left them; in the preview's cache, the cache's
         * own, read-only: read them, or make a document of them with {@link TrackedDocument#of}.
         */
        public Map<String, Object> model() {
            return model;
        }

        /** The cached parse's fingerprint ({@link Fingerprint#digestOf}), as it was when the parse was stored. */
        public Digest parseDigest() {
            return parseDigest;
        }

        public List<String> warnings() {
            return warnings;
        }

        /** The file's bytes, or {@code null} if it could not be read (parse it the usual way for the error). */
        public byte[] bytes() {
            return bytes;
        }

        /**
         * Remembers the parser's result for these bytes; call before anything changes the model.
         *
         * @return the parse's fingerprint ({@link Fingerprint#digestOf}), or {@code null} if it has none
         */
        public Digest store(Map<String, Object> parsedModel, List<String> parsedWarnings) {
            Digest digest = Fingerprint.digestOf(parsedModel);
            if (content != null) {
                owner.store(sourcePath, stamp, readAt, content, parsedModel, digest, parsedWarnings);
            }
            return digest;
        }
    }

    /**
     * The output folder as the last bake left it: its inode and change time. A folder deleted and made
     * again (even if it gets the same inode back), or one whose top level someone changed, is not the same.
     */
    private static String identity(Path output) {
        FileStamp stamp = FileStamp.of(output);
        if (stamp != null) {
            return stamp.inode() + "@" + stamp.changedNanos();
        }
        try {
            Object key = Files.readAttributes(output, BasicFileAttributes.class).fileKey();
            return key == null ? "unknown-" + java.util.UUID.randomUUID() : key.toString();
        } catch (IOException e) {
            return "absent";
        }
    }

    private void load() {
        if (dir == null) {
            return;
        }
        Path documentsFile = dir.resolve(DOCUMENTS);
        if (Files.isRegularFile(documentsFile)) {
            try (DataInputStream in = CacheFiles.open(documentsFile)) {
                documentsKey = CacheFiles.readHeader(in);
                documents.useLog(CacheFiles.readDocuments(in, documents.entries()));
            } catch (IOException | RuntimeException e) {
                documents.entries().clear();
                documentsKey = null;
                loadProblem = "cache unreadable (" + e + ")";
            }
        }
        Path outputsFile = dir.resolve(OUTPUTS);
        if (Files.isRegularFile(outputsFile)) {
            try (DataInputStream in = CacheFiles.open(outputsFile)) {
                outputsKey = CacheFiles.readHeader(in);
                outputIdentity = ValueCodec.readString(in);
                outputs = OutputManifest.read(in);
                spareIdentity = ValueCodec.readString(in);
                spare = OutputManifest.read(in);
            } catch (IOException | RuntimeException e) {
                outputs = Map.of();
                spare = Map.of();
                spareIdentity = null;
                outputsKey = null;
                loadProblem = "cache unreadable (" + e + ")";
            }
        }
    }

    private void save(boolean withOutputs) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            if (documents.damage() != null) {
                // Nothing read from a damaged log can be trusted; the next bake starts from nothing.
                damage = documents.damage();
                documents.clear();
            }
            try {
                documents.compactLog();
            } finally {
                documents.closeLog();
            }
            if (documents.changed() || !Files.exists(dir.resolve(DOCUMENTS))) {
                CacheFiles.write(dir, DOCUMENTS, out -> {
                    CacheFiles.writeHeader(out, documentsKey);
                    CacheFiles.writeDocuments(out, documents.logIdentity(), documents.entries());
                });
            }
            if (withOutputs) {
                CacheFiles.write(dir, OUTPUTS, out -> {
                    CacheFiles.writeHeader(out, outputsKey);
                    ValueCodec.writeString(out, String.valueOf(outputIdentity));
                    OutputManifest.write(out, outputs);
                    ValueCodec.writeString(out, String.valueOf(spareIdentity));
                    OutputManifest.write(out, spare);
                });
            }
        } catch (IOException e) {
            // A cache that cannot be written costs the next bake its speed, not its correctness.
            try {
                Files.deleteIfExists(dir.resolve(OUTPUTS));
            } catch (IOException ignored) {
                // forgetOutputs() ran before the output changed, so no stale record can be left.
            }
            System.err.println("WARNING cannot write the bake cache in " + dir + ": " + e.getMessage());
        }
    }
}
