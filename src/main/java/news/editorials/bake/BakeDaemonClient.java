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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=20000");
    /** How long a new daemon may take to listen. */
    private static final long START_MILLIS = 30_000;

    private BakeDaemonClient() {
    }

    /**
     * Where the daemon for {@code project} listens: in the temporary folder, named by the user and the project
     * (a socket's path must be short, and a project's {@code target/} may be deep), unless
     * {@code site.daemon.socket} says otherwise.
     */
    static Path socketFor(Path project) {
        String chosen = System.getProperty("site.daemon.socket", "");
        if (!chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        String owner = System.getProperty("user.name") + "\n" + project.toAbsolutePath().normalize();
        return Path.of(System.getProperty("java.io.tmpdir"), "editorials-bake-" + Digest.of(owner).toString().substring(0, 16) + ".sock");
    }

    /**
     * Bakes in the daemon.
     *
     * @return whether the daemon baked (else nothing was baked: the caller bakes in its own JVM)
     * @throws BakeException when the daemon's bake failed (its problems are printed already)
     */
    static boolean bake(Path project, Path output, Map<String, String> settings, PrintStream out, PrintStream err) {
        Path socket = socketFor(project);
        String code = BuildInputs.codeDigest().toString();
        Map<String, String> absolute = new TreeMap<>(settings);
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
                DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
                request.writeUTF(BakeDaemon.BAKE);
                request.writeUTF(code);
                request.writeUTF(project.toAbsolutePath().normalize().toString());
                request.writeUTF(output.toAbsolutePath().normalize().toString());
                request.writeInt(absolute.size());
                for (Map.Entry<String, String> setting : absolute.entrySet()) {
                    request.writeUTF(setting.getKey());
                    request.writeUTF(setting.getValue());
                }
                request.flush();
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
                err.println("WARNING the bake daemon stopped during the bake; baking in this JVM instead");
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
        try (SocketChannel channel = connect(socket)) {
            if (channel == null) {
                out.println("No bake daemon runs for " + project.toAbsolutePath().normalize());
                return;
            }
            DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
            request.writeUTF(BakeDaemon.STOP);
            request.writeUTF("");
            request.writeUTF("");
            request.writeUTF("");
            request.writeInt(0);
            request.flush();
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

    private static SocketChannel connect(Path socket) {
        if (!Files.exists(socket)) {
            return null;
        }
        try {
            return SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
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
                if (!setsidStarted(command) && !process.isAlive()) {
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

    /** Under {@code setsid} the process started may be setsid itself, gone once the daemon runs. */
    private static boolean setsidStarted(List<String> command) {
        return command.get(0).endsWith("setsid");
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
