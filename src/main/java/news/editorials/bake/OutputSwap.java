package news.editorials.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Bakes go into a fresh staging folder beside the output folder, and replace the output only when they
 * succeeded: a failed bake leaves the last good site exactly as it was. Staging sits in the same parent so
 * the swap is a rename on one file system, not a copy.
 */
final class OutputSwap {
    private final Path output;
    private final Path staging;

    private OutputSwap(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
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
            Path staging = Files.createTempDirectory(parent, "." + output.getFileName() + ".staging-");
            return new OutputSwap(output, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a staging folder beside " + output, e);
        }
    }

    Path staging() {
        return staging;
    }

    /**
     * Puts the staged site in place of the output, then removes the old site. If the staged site cannot be
     * moved in, the old one is moved back before the error is thrown.
     */
    void commit() {
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
        if (old != null) {
            try {
                deleteTree(old);
            } catch (IOException e) {
                // The new site is in place; what is left of the old one goes with the next bake's leftovers.
            }
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
