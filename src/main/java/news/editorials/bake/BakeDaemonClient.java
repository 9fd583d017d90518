package news.editorials.bake;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.stream.Collectors;
import jdk.net.ExtendedSocketOptions;
import news.editorials.cache.BuildInputs;
import news.editorials.cache.Digest;

/**
 * The side of {@link BakeDaemon} that {@code mvn package -Dsite.daemon=true} runs: finds the project's daemon,
 * starts one if none answers or the one that answers runs other code, and bakes there, printing what the bake
 * prints. When no daemon can be had it says so and the bake runs in Maven's JVM as usual.
 */
final class BakeDaemonClient {
    /**
     * The daemon's JVM: C2 (Maven's own JVM stops at C1, see {@code .mvn/jvm.config}: right for one short run,
     * not for many), and G1 giving memory back after 20 s without a collection. At 10,000 editorials G1 baked
     * within about 0.4 s of the parallel collector, which held 2.5 GB between bakes; G1 held about 1 GB.
     * {@code site.daemon.jvm_options} adds to them (a heap limit, say: at 100,000 editorials the daemon grew to
     * 5 GB), when a daemon starts.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=20000");
    /** How long a new daemon may take to listen. */
    private static final long START_MILLIS = 30_000;
    private static volatile UserPrincipal currentUser;

    private BakeDaemonClient() {
    }

    /**
     * Where the daemon for {@code project} listens: in a folder of the temporary folder that only this user can
     * enter ({@link #privateFolder}), named by the project (a socket's path must be short, and a project's
     * {@code target/} may be deep), unless {@code site.daemon.socket} says otherwise.
     */
    static Path socketFor(Path project) {
        String chosen = System.getProperty("site.daemon.socket", "");
        if (!chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        String user = System.getProperty("user.name");
        return Path.of(System.getProperty("java.io.tmpdir"), "editorials-bake-" + user)
                .resolve(Digest.of(project.toAbsolutePath().normalize().toString()).toString().substring(0, 16) + ".sock");
    }

    /**
     * Makes sure the socket's folder is this user's alone (made so if it is missing): otherwise someone else
     * could put a socket there first and answer for the daemon, or read its log.
     *
     * @return a reason not to use it, or {@code null}
     */
    static String privateFolder(Path socket) {
        Path folder = socket.getParent();
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder.getParent());
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return folder + " is not a folder";
            }
            if (!Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).equals(currentUser())) {
                return folder + " belongs to another user";
            }
            if (!Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(PosixFilePermissions.fromString("rwx------"))) {
                return folder + " is open to other users";
            }
            // A socket's path is at most about a hundred bytes.
            if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 100) {
                return socket + " is too long a path for a socket (-Dsite.daemon.socket chooses another)";
            }
            return null;
        } catch (IOException | UnsupportedOperationException e) {
            return "cannot make " + folder + " private (" + e + ")";
        }
    }

    /**
     * This JVM's user, as the kernel's peer credentials name it: the owner of {@code /proc/self} on Linux
     * (a file made in the temporary folder may be owned by someone else on a network file system), else the
     * owner of a file it makes.
     */
    static UserPrincipal currentUser() throws IOException {
        UserPrincipal user = currentUser;
        if (user == null) {
            Path self = Path.of("/proc/self");
            if (Files.exists(self)) {
                user = Files.getOwner(self);
            } else {
                Path probe = Files.createTempFile("editorials-bake-", ".owner");
                try {
                    user = Files.getOwner(probe);
                } finally {
                    Files.deleteIfExists(probe);
                }
            }
            currentUser = user;
        }
        return user;
    }

    /**
     * Bakes in the daemon.
     *
     * @return whether the daemon baked (else nothing was baked: the caller bakes in its own JVM)
     * @throws BakeException when the daemon's bake failed (its problems are printed already)
     */
    static boolean bake(Path project, Path output, Map<String, String> settings, PrintStream out, PrintStream err) {
        Path socket = socketFor(project);
        String unusable = privateFolder(socket);
        if (unusable != null) {
            err.println("WARNING no bake daemon: " + unusable + "; baking in this JVM instead");
            return false;
        }
        String code = BuildInputs.codeDigest().toString();
        Map<String, String> absolute = new HashMap<>(settings);
        for (String path : List.of("site.content", "site.images", "site.image_cache")) {
            absolute.computeIfPresent(path, (name, value) -> value.isBlank() ? value : Path.of(value).toAbsolutePath().toString());
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            SocketChannel found = connect(socket);
            SocketChannel channel = found != null ? found : start(project, socket, err);
            if (channel == null) {
                return false;
            }
            try (channel) {
                new BakeDaemon.Request(BakeDaemon.BAKE, code, project.toAbsolutePath().normalize().toString(),
                        output.toAbsolutePath().normalize().toString(), absolute)
                        .writeTo(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))));
                DataInputStream reply = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
                Integer status = relay(reply, out, err);
                if (status == null) {
                    // It runs other code and is on its way out: start one that runs ours.
                    waitUntilGone(socket);
                    continue;
                }
                if (status != 0) {
                    throw new BakeException(List.of("the bake in the bake daemon failed; its problems are listed above"));
                }
                return true;
            } catch (EOFException e) {
                // Killed, or it stopped (idle, outdated) while this build waited its turn.
                err.println("WARNING the bake daemon went away before it answered; baking in this JVM instead");
                return false;
            } catch (IOException e) {
                err.println("WARNING cannot talk to the bake daemon at " + socket + " (" + e.getMessage() + "); baking in this JVM instead");
                return false;
            }
        }
        err.println("WARNING the bake daemon at " + socket + " runs other code; baking in this JVM instead");
        return false;
    }

    /** Stops the project's daemon, if one runs. */
    static void stop(Path project, PrintStream out) {
        Path socket = socketFor(project);
        if (privateFolder(socket) != null) {
            out.println("No bake daemon runs for " + project.toAbsolutePath().normalize());
            return;
        }
        try (SocketChannel channel = connect(socket)) {
            if (channel == null) {
                out.println("No bake daemon runs for " + project.toAbsolutePath().normalize());
                return;
            }
            BakeDaemon.Request.stop().writeTo(new DataOutputStream(Channels.newOutputStream(channel)));
            new DataInputStream(Channels.newInputStream(channel)).readByte();
            out.println("Stopped the bake daemon at " + socket);
        } catch (IOException e) {
            out.println("The bake daemon at " + socket + " did not answer (" + e.getMessage() + ")");
        }
        waitUntilGone(socket);
    }

    /** Whether a daemon listens at {@code socket}. */
    static boolean answers(Path socket) {
        try (SocketChannel channel = connect(socket)) {
            return channel != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Prints the daemon's frames until its exit status; {@code null} if it refused (other code). */
    private static Integer relay(DataInputStream reply, PrintStream out, PrintStream err) throws IOException {
        while (true) {
            byte kind = reply.readByte();
            if (kind == BakeDaemon.STALE) {
                return null;
            }
            if (kind == BakeDaemon.EXIT) {
                return reply.readInt();
            }
            byte[] bytes = new byte[reply.readInt()];
            reply.readFully(bytes);
            (kind == BakeDaemon.ERR ? err : out).write(bytes);
            (kind == BakeDaemon.ERR ? err : out).flush();
        }
    }

    /** A connection to the daemon at {@code socket}, if one of this user's listens there; else {@code null}. */
    private static SocketChannel connect(Path socket) {
        if (!Files.exists(socket)) {
            return null;
        }
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            if (channel.getOption(ExtendedSocketOptions.SO_PEERCRED).user().equals(currentUser())) {
                return channel;
            }
            channel.close();
            return null;
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Closing a connection that failed.
                }
            }
            return null;
        }
    }

    /**
     * Starts a daemon on this JVM's class path ({@link BuildInputs#classpath()}: the same code, and the same
     * bake cache keys) and connects to it. Its output goes to a log file beside the socket, never to this
     * process's pipes (a daemon holding them open would keep {@code mvn package | tee} waiting). In a session
     * of its own where {@code setsid} exists, so a Ctrl-C meant for this build does not stop it.
     */
    private static SocketChannel start(Path project, Path socket, PrintStream err) {
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        for (String option : System.getProperty("site.daemon.jvm_options", "").strip().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        String idle = System.getProperty("site.daemon.idle_minutes");
        if (idle != null) {
            command.add("-Dsite.daemon.idle_minutes=" + idle);
        }
        command.add("-cp");
        command.add(BuildInputs.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(BakeDaemon.class.getName());
        command.add(socket.toString());
        Path log = Path.of(socket.toString().replaceFirst("\\.sock$", "") + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(project.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long deadline = System.currentTimeMillis() + START_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                SocketChannel channel = connect(socket);
                if (channel != null) {
                    err.println("Started a bake daemon (log: " + log + "); -Dsite.daemon=stop stops it");
                    return channel;
                }
                // setsid, started from here (not a process group leader), becomes the daemon: no fork.
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            err.println("WARNING cannot start a bake daemon (" + e.getMessage() + "); baking in this JVM instead");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        err.println("WARNING the bake daemon did not start (see " + log + "); baking in this JVM instead");
        return null;
    }

    /** Waits (a few seconds at most) for a daemon that is exiting to let go of its socket. */
    private static void waitUntilGone(Path socket) {
        for (int i = 0; i < 100 && Files.exists(socket); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
