package news.editorials.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * Bakes go into a fresh staging folder beside the output folder, and replace the output only when they
 * succeeded: a failed bake leaves the last good site exactly as it was. Staging sits in the same parent so
 * the swap is a rename on one file system, not a copy.
 */
final class OutputSwap {
    private final Path output;
    private final Path staging;
    /** The deletions of earlier bakes' replaced sites (and of a spare this bake does not use), running while it works. */
    private final List<Future<?>> trashEmptied = new ArrayList<>();

    private OutputSwap(Path output, Path staging, Future<?> trashEmptied) {
        this.output = output;
        this.staging = staging;
        this.trashEmptied.add(trashEmptied);
    }

    /**
     * Creates an empty staging folder for {@code output}, clearing any left by an interrupted bake. If a bake
     * was interrupted between its two renames, the output is missing and the last good site is the
     * {@code .old-} folder: that is put back first.
     */
    static OutputSwap prepare(Path output) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            restoreInterruptedSwap(parent, output);
            removeLeftovers(parent, output.getFileName().toString());
            Future<?> trashEmptied = emptyTrashMeanwhile(parent, output.getFileName().toString());
            Path staging = Files.createTempDirectory(parent, "." + output.getFileName() + ".staging-");
            return new OutputSwap(output, staging, trashEmptied);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a staging folder beside " + output, e);
        }
    }

    Path staging() {
        return staging;
    }

    /**
     * Where the site before the live one is kept after a swap ({@code .site.spare} beside {@code site}), for
     * the next bake to stage into: it already has the site's folders and nearly all its files, so an
     * incremental bake rewrites what changed since that site instead of building a whole tree afresh.
     */
    static Path spareFor(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".spare");
    }

    /**
     * Makes the spare site the staging folder (still empty, as {@link #prepare} made it); says whether it did.
     * The caller must then bring every file of it up to date ({@link SiteOutput#reuse}).
     */
    boolean stageIntoSpare() {
        Path spare = spareFor(output);
        if (!Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.delete(staging);
            Files.move(spare, staging, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            try {
                Files.createDirectories(staging);
            } catch (IOException again) {
                throw new UncheckedIOException("Cannot make the staging folder " + staging, again);
            }
            return false;
        }
    }

    /**
     * For a bake that does not stage into the spare site: moves it aside now and deletes it while the bake
     * works. Deleting a site of 10,000 editorials takes seconds (about 9 s here, for 336 MB); left to the swap,
     * it became trash that the next bake, often a quick incremental one, had to wait for.
     */
    void discardSpare() {
        Path spare = spareFor(output);
        if (!Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            Path trash = Files.createTempDirectory(parent, "." + output.getFileName() + ".trash-");
            Files.move(spare, trash, StandardCopyOption.REPLACE_EXISTING);
            trashEmptied.add(deleteMeanwhile(List.of(trash)));
        } catch (IOException e) {
            // The swap moves it aside then, as before.
        }
    }

    /**
     * Puts the staged site in place of the output, and keeps the old site as the spare for the next bake
     * ({@link #spareFor}); a spare not used by this bake is thrown away. If the staged site cannot be moved
     * in, the old one is moved back before the error is thrown.
     *
     * @return whether the old site is now the spare (it is not when there was no old site)
     */
    boolean commit() {
        Path old = null;
        try {
            if (Files.exists(output)) {
                old = Files.createTempDirectory(output.toAbsolutePath().getParent(), "." + output.getFileName() + ".old-");
                Files.delete(old);
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("Cannot move the new site into " + output, e);
            if (old != null && !Files.exists(output)) {
                try {
                    Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException restore) {
                    failure.addSuppressed(restore);
                }
            }
            throw failure;
        }
        boolean spared = false;
        if (old != null) {
            try {
                // Renamed, not deleted: deleting tens of thousands of files took seconds of an incremental
                // bake. An unused spare goes to the trash, which the next bake deletes while it parses and
                // renders (see prepare()).
                Path spare = spareFor(output);
                if (Files.exists(spare, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(spare, Files.createTempDirectory(output.toAbsolutePath().getParent(),
                            "." + output.getFileName() + ".trash-"), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(old, spare, StandardCopyOption.ATOMIC_MOVE);
                spared = true;
            } catch (IOException e) {
                // The new site is in place; what is left of the old one goes with the next bake's leftovers.
            }
        }
        awaitTrash();
        return spared;
    }

    /**
     * Waits for the deletion started by {@link #prepare} (usually long done): a finished bake leaves at most
     * one replaced site beside the output, its own, whatever ends the JVM next.
     */
    private void awaitTrash() {
        for (Future<?> deletion : trashEmptied) {
            try {
                deletion.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // Left for the next bake to try again.
            }
        }
    }

    /**
     * Deletes the sites earlier bakes replaced, on a background thread, so that it overlaps this bake's work.
     * Trash is never read again: a deletion cut short by the end of the JVM is finished by a later bake.
     */
    private static Future<?> emptyTrashMeanwhile(Path parent, String name) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> trash = Files.newDirectoryStream(parent, "." + name + ".trash-*")) {
            trash.forEach(folders::add);
        }
        return deleteMeanwhile(folders);
    }

    private static Future<?> deleteMeanwhile(List<Path> folders) {
        // A thread of its own that ends with the deletion: Maven's exec:java waits for live threads at the end.
        FutureTask<Void> deletion = new FutureTask<>(() -> {
            for (Path folder : folders) {
                try {
                    deleteTree(folder);
                } catch (IOException | UncheckedIOException e) {
                    // Left for the next bake to try again.
                }
            }
        }, null);
        if (!folders.isEmpty()) {
            Thread thread = new Thread(deletion, "site-trash");
            thread.setDaemon(true);
            thread.start();
        } else {
            deletion.run();
        }
        return deletion;
    }

    /**
     * For the live preview's incremental bakes, whose staging folder holds only new and changed files: brings
     * the output up to date in place, without staging a whole site. Files the bake did not produce are
     * deleted (and folders left empty), then each staged file is renamed over its live copy, so a reader sees
     * a page either old or new, never half written. If anything fails on the way, every step taken is undone
     * from copies kept aside (hard links, so keeping them costs no copying) and the output is as it was.
     * Not atomic against a kill of the JVM half-way (a preview's restart bakes afresh); {@link #commit} is.
     *
     * @param produced   every file the bake produced: staged ones and live ones it kept as they are
     * @param previous   every file the live site holds, as the last bake left it
     */
    void commitInPlace(Set<String> produced, Set<String> previous) {
        Path undo = null;
        Deque<Runnable> undoSteps = new ArrayDeque<>();
        try {
            undo = Files.createTempDirectory(staging.getParent(), "." + output.getFileName() + ".staging-undo-");
            List<String> gone = new ArrayList<>();
            for (String path : previous) {
                if (!produced.contains(path)) {
                    gone.add(path);
                }
            }
            for (String path : gone) {
                Path file = output.resolve(path);
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = undo.resolve(path);
                    Files.createDirectories(aside.getParent());
                    Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                    undoSteps.push(() -> moveBack(aside, file));
                }
            }
            for (String path : gone) {
                removeEmptyParents(output.resolve(path).getParent());
            }
            List<Path> staged;
            try (Stream<Path> walk = Files.walk(staging)) {
                staged = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : staged) {
                Path target = output.resolve(staging.relativize(file).toString());
                Files.createDirectories(target.getParent());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = undo.resolve(staging.relativize(file).toString());
                    Files.createDirectories(aside.getParent());
                    Files.createLink(aside, target);
                    undoSteps.push(() -> moveBack(aside, target));
                } else {
                    undoSteps.push(() -> deleteQuietly(target));
                }
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            while (!undoSteps.isEmpty()) {
                undoSteps.pop().run();
            }
            throw new UncheckedIOException("Cannot update " + output + " in place; it is left as it was", e);
        } finally {
            try {
                deleteTree(staging);
                if (undo != null) {
                    deleteTree(undo);
                }
            } catch (IOException e) {
                // Leftovers beside the output are cleared by the next bake's prepare().
            }
        }
    }

    private void removeEmptyParents(Path dir) throws IOException {
        while (dir != null && dir.startsWith(output) && !dir.equals(output) && Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    private static void moveBack(Path aside, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("WARNING could not restore " + file + " from " + aside + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("WARNING could not remove " + file + ": " + e.getMessage());
        }
    }

    /** Throws the staged bake away; the output is untouched. */
    void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + staging, e);
        }
    }

    private static void restoreInterruptedSwap(Path parent, Path output) throws IOException {
        if (Files.exists(output)) {
            return;
        }
        try (DirectoryStream<Path> olds = Files.newDirectoryStream(parent, "." + output.getFileName() + ".old-*")) {
            for (Path old : olds) {
                Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
        }
    }

    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".{staging,old}-*")) {
            for (Path sibling : siblings) {
                deleteTree(sibling);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
