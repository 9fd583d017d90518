package news.editorials.bake;

import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import news.editorials.cache.Digest;
import news.editorials.content.ContentFiles;
import org.jbake.app.Asset;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.Engines;

/**
 * JBake's asset copier, choosing the same files ({@code assets/}, and files in {@code content/} that are not
 * content), but putting each through {@link SiteOutput} like every other file of the site: an asset whose
 * path, size and modification time are as the last bake saw them is kept without being read or copied, and
 * the site's record of every file stays complete (which a reused staging folder relies on, see
 * {@link SiteOutput#reuse}).
 */
final class SiteAssets extends Asset {
    private final JBakeConfiguration config;
    private final ContentFiles contentFiles;
    private final SiteOutput output;
    private final List<Throwable> errors = new ArrayList<>();

    /** @param contentFiles the content folder's files, as listed for this bake */
    SiteAssets(JBakeConfiguration config, ContentFiles contentFiles, SiteOutput output) {
        super(config);
        this.config = config;
        this.contentFiles = contentFiles;
        this.output = output;
    }

    @Override
    public void copy() {
        copy(config.getAssetFolder());
    }

    /** The rule of JBake's own copier: hidden files only if {@code asset.ignore} is off, no folder with a {@code .jbakeignore}. */
    @Override
    public void copy(File folder) {
        copyTree(folder, folder, file -> (!config.getAssetIgnoreHidden() || !file.isHidden())
                && (file.isFile() || FileUtil.directoryOnlyIfNotIgnored(file, config)));
    }

    /**
     * JBake's rule for the content folder ({@code FileUtil.getNotContentFileFilter}): every file that is not
     * hidden and not of a content extension, in every folder (hidden ones too, links followed) that holds no
     * {@code .jbakeignore}. Taken from the bake's listing of the folder ({@link ContentFiles}): JBake's filter
     * asks the file system twice about each of the archive's ten thousand Markdown files, on every bake.
     */
    @Override
    public void copyAssetsFromContent(File contentFolder) {
        Path root = contentFolder.toPath().toAbsolutePath().normalize();
        ContentFiles listed = root.equals(contentFiles.root()) ? contentFiles
                : ContentFiles.list(root, config.getIgnoreFileName());
        for (ContentFiles.Problem problem : listed.problems()) {
            if (!problem.ignored()) {
                errors.add(new IOException("Cannot list the content folder " + root + ": " + problem.message()));
            }
        }
        Set<String> contentExtensions = Engines.getRecognizedExtensions();
        for (ContentFiles.Entry file : listed.files()) {
            if (!file.ignored() && !isHidden(file.path()) && !contentExtensions.contains(FileUtil.fileExt(file.path().toFile()))) {
                copyFile(root, file.path());
            }
        }
    }

    /** As JBake asks (on Unix a name starting with a dot, elsewhere what the file system says). */
    private boolean isHidden(Path file) {
        try {
            return Files.isHidden(file);
        } catch (IOException e) {
            errors.add(new IOException("Cannot copy the asset " + file + ": " + e.getMessage(), e));
            return true;
        }
    }

    @Override
    public List<Throwable> getErrors() {
        return new ArrayList<>(errors);
    }

    private void copyTree(File root, File folder, FileFilter filter) {
        File[] files = folder.listFiles(filter);
        if (files == null) {
            return;
        }
        Arrays.sort(files);
        for (File file : files) {
            if (file.isDirectory()) {
                copyTree(root, file, filter);
            } else if (file.isFile()) {
                copyFile(root.toPath(), file.toPath());
            }
        }
    }

    private void copyFile(Path root, Path file) {
        String sitePath = root.relativize(file).toString().replace(File.separatorChar, '/');
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            // What the copy depends on: which file, and its size and time (as a build tool would judge it).
            Digest source = Digest.of(file.toAbsolutePath() + "\n" + attributes.size() + "\n"
                    + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            output.file(sitePath, source, () -> {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            errors.add(new IOException("Cannot copy the asset " + file + ": " + e.getMessage(), e));
        }
    }
}
