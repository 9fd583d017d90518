package news.editorials.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content folder's files, listed once per bake for everything that reads the folder: the crawler takes
 * the Markdown, the bake cache's key the other files, the asset copier what JBake copies as it is. Each of
 * them used to walk the folder itself, about 60 ms each at 10,000 editorials, three times per preview save.
 *
 * <pre>{@code
 * ContentFiles content = ContentFiles.list(contentDir, ".jbakeignore");
 * for (ContentFiles.Entry file : content.files()) { ... file.path(), file.throughLink(), file.ignored() ... }
 * }</pre>
 *
 * <p>The walk follows links to folders, as JBake's asset copier does; each file says whether it was reached
 * through one, since the crawler and the cache key do not look there. A link to a file counts as the file.
 */
public final class ContentFiles {
    /**
     * A regular file of the folder.
     *
     * @param path        the content folder's path resolved with the file's path inside it, as the walk met it
     * @param throughLink reached through a link to a folder
     * @param ignored     in a folder (below the content folder itself) holding the ignore file, or below one
     */
    public record Entry(Path path, boolean throughLink, boolean ignored) {
    }

    /** A folder reached through a link that could not be listed (a loop, say), and why. */
    public record Problem(Path folder, boolean ignored, String message) {
    }

    private final Path root;
    private final List<Entry> files;
    private final List<Problem> problems;

    private ContentFiles(Path root, List<Entry> files, List<Problem> problems) {
        this.root = root;
        this.files = files;
        this.problems = problems;
    }

    /**
     * Lists {@code root} now.
     *
     * @param ignoreFileName the name (any case) of the file that keeps its folder out of the copied assets
     * @throws UncheckedIOException when {@code root} is not a folder, or a folder not reached through a link
     *                              cannot be listed
     */
    public static ContentFiles list(Path root, String ignoreFileName) {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException("Cannot list the content folder " + root + ": there is no such folder",
                    new NoSuchFileException(root.toString()));
        }
        record Found(Path path, boolean throughLink) {
        }
        record Failed(Path folder, String message) {
        }
        List<Found> found = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        Set<Path> ignoredFolders = new HashSet<>();
        Deque<Boolean> linked = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    boolean inLink = !linked.isEmpty() && (linked.peek() || Files.isSymbolicLink(folder));
                    linked.push(inLink);
                    noteIgnoreFile(folder);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                    boolean inLink = linked.pop();
                    if (e != null) {
                        failed(folder, e, inLink);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        found.add(new Found(file, linked.peek()));
                    }
                    noteIgnoreFile(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    failed(file, e, Boolean.TRUE.equals(linked.peek()) || Files.isSymbolicLink(file));
                    return FileVisitResult.CONTINUE;
                }

                /**
                 * A file gone since its folder was read (an editor's swap file) is not listed. Otherwise only
                 * what is reached through a link may fail without failing the listing: the crawler never looks
                 * there, and the asset copier reports it.
                 */
                private void failed(Path path, IOException e, boolean throughLink) throws IOException {
                    if (path.equals(root)) {
                        throw e;
                    }
                    if (e instanceof NoSuchFileException) {
                        return;
                    }
                    if (!(e instanceof FileSystemLoopException) && !throughLink) {
                        throw e;
                    }
                    failed.add(new Failed(path, String.valueOf(e.getMessage())));
                }

                private void noteIgnoreFile(Path path) {
                    Path folder = path.getParent();
                    if (folder != null && !path.equals(root) && !folder.equals(root)
                            && path.getFileName().toString().equalsIgnoreCase(ignoreFileName)) {
                        ignoredFolders.add(folder);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the content folder " + root + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Found::path));
        List<Entry> files = new ArrayList<>(found.size());
        for (Found file : found) {
            files.add(new Entry(file.path(), file.throughLink(), isIgnored(file.path().getParent(), root, ignoredFolders)));
        }
        List<Problem> problems = new ArrayList<>();
        for (Failed failure : failed) {
            problems.add(new Problem(failure.folder(), isIgnored(failure.folder().getParent(), root, ignoredFolders),
                    failure.message()));
        }
        return new ContentFiles(root, List.copyOf(files), List.copyOf(problems));
    }

    /** True when {@code folder} or one of its parents below {@code root} holds the ignore file. */
    private static boolean isIgnored(Path folder, Path root, Set<Path> ignoredFolders) {
        if (ignoredFolders.isEmpty()) {
            return false;
        }
        for (Path at = folder; at != null && !at.equals(root); at = at.getParent()) {
            if (ignoredFolders.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /** The folder listed. */
    public Path root() {
        return root;
    }

    /** Every regular file (links followed), sorted by path. */
    public List<Entry> files() {
        return files;
    }

    /** The files not reached through a link to a folder: what JBake's crawler would walk. */
    public List<Path> outsideLinks() {
        return files.stream().filter(file -> !file.throughLink()).map(Entry::path).toList();
    }

    /** Folders reached through links that could not be listed. */
    public List<Problem> problems() {
        return problems;
    }
}
