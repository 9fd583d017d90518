package news.editorials.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (with every subfolder, including ones created later) and single files, and runs an action
 * once per burst of changes: after the first change it waits until no change has come for a quiet period,
 * so an editor's save (often several events: write, rename, attributes) gives one run.
 *
 * <p>Editors' own files (names starting with {@code .}, ending with {@code ~} or {@code .swp}) are ignored,
 * so swap and lock files written while typing do not trigger anything.
 */
public final class SiteWatcher implements Closeable {
    /** After this long of continuous changes the action runs anyway (then again for the rest). */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    private final WatchService service;
    private final Duration quietPeriod;
    private final Runnable action;
    private final PrintWriter errors;
    /** Folders by watch key; the set of names is null for a watched tree, else the files wanted there. */
    private final Map<WatchKey, Watched> keys = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private record Watched(Path dir, Set<String> onlyNames) {
    }

    private SiteWatcher(WatchService service, Duration quietPeriod, Runnable action, PrintWriter errors) {
        this.service = service;
        this.quietPeriod = quietPeriod;
        this.action = action;
        this.errors = errors;
        this.thread = new Thread(this::loop, "site-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching. Folders that do not exist are skipped.
     *
     * @param folders     folders watched with all their subfolders
     * @param files       single files (their folders are watched for these names only)
     * @param quietPeriod how long to wait after the last change of a burst, e.g. 50 ms
     * @param action      run on the watcher's thread after each burst; changes made meanwhile give another run
     * @param errors      where an exception thrown by the action is reported (the watcher keeps going)
     */
    public static SiteWatcher start(List<Path> folders, List<Path> files, Duration quietPeriod, Runnable action,
                                    PrintWriter errors) throws IOException {
        SiteWatcher watcher = new SiteWatcher(FileSystems.getDefault().newWatchService(), quietPeriod, action, errors);
        try {
            for (Path folder : folders) {
                watcher.registerTree(folder.toAbsolutePath().normalize());
            }
            for (Path file : files) {
                Path absolute = file.toAbsolutePath().normalize();
                watcher.registerFile(absolute.getParent(), absolute.getFileName().toString());
            }
        } catch (IOException | UncheckedIOException e) {
            watcher.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        // From where a link leads (a content folder may be one): a walk that follows no link would see only it.
        Path start = root.toRealPath();
        try (Stream<Path> dirs = Files.walk(start)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                if (!ignored(dir.getFileName().toString()) || dir.equals(start)) {
                    keys.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), new Watched(dir, null));
                }
            }
        }
    }

    private void registerFile(Path dir, String name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        keys.compute(key, (k, watched) -> {
            if (watched != null && watched.onlyNames() == null) {
                return watched; // already watched as part of a tree: every name counts
            }
            Set<String> names = new HashSet<>(watched == null ? Set.of() : watched.onlyNames());
            names.add(name);
            return new Watched(dir, names);
        });
    }

    private void loop() {
        try {
            while (running) {
                boolean changed = handle(service.take());
                long latest = System.nanoTime() + LONGEST_WAIT.toNanos();
                WatchKey next;
                while (System.nanoTime() < latest
                        && (next = service.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= handle(next);
                }
                if (changed && running) {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        errors.println("Watcher: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Takes the key's events; true when one of them concerns a watched file. */
    private boolean handle(WatchKey key) {
        Watched watched = keys.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed = true; // events were lost: a run is needed to be safe
                continue;
            }
            if (watched == null) {
                continue;
            }
            String name = event.context().toString();
            if (watched.onlyNames() != null ? !watched.onlyNames().contains(name) : ignored(name)) {
                continue;
            }
            changed = true;
            Path child = watched.dir().resolve(name);
            if (watched.onlyNames() == null && event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    // A new folder (perhaps moved in whole, with files): watch it and everything below it.
                    registerTree(child);
                } catch (IOException | UncheckedIOException e) {
                    errors.println("Watcher: cannot watch " + child + ": " + e.getMessage());
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key); // the folder was deleted
        }
        return changed;
    }

    private static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx");
    }

    /** Stops watching; waits briefly for a running action to finish. */
    @Override
    public void close() {
        running = false;
        try {
            service.close();
        } catch (IOException e) {
            // nothing more to release
        }
        if (thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
