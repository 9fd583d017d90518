package news.editorials.bake;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import jdk.net.ExtendedSocketOptions;
import news.editorials.cache.BuildInputs;

/**
 * A JVM kept warm between bakes, for {@code mvn package -Dsite.daemon=true}. A fresh JVM spends most of an
 * incremental bake loading classes, interpreting and compiling; a warm one only bakes. The daemon runs
 * {@link BakeMain}'s bake for each request from {@link BakeDaemonClient}, one at a time, with the request's
 * settings, sending back what it prints and whether it succeeded.
 *
 * <p>It listens on a Unix domain socket in a folder only its user can enter ({@link BakeDaemonClient#socketFor}),
 * and serves only that user (the peer's credentials, from the kernel) running the code it runs: a request made
 * with other code (the project recompiled, a dependency updated, another JDK) is refused, and the daemon exits
 * so that the client starts a new one. It also exits after {@link #IDLE_LIMIT} without a request, or when
 * asked to ({@code -Dsite.daemon=stop}).
 */
public final class BakeDaemon {
    /** How long the daemon waits for a request before it exits (overridden by {@code site.daemon.idle_minutes}). */
    static final Duration IDLE_LIMIT = Duration.ofHours(3);

    /** A request: bake, or stop. */
    static final String BAKE = "bake";
    static final String STOP = "stop";
    /** Frames of a reply: a chunk of standard output or error, the bake's exit status, or "not my code". */
    static final byte OUT = 'o';
    static final byte ERR = 'e';
    static final byte EXIT = 'x';
    static final byte STALE = 's';
    /**
     * What a client sends, the one place its wire format is written down: what to do, the client's
     * {@link BuildInputs#codeDigest()}, the project and output folders and the bake's {@code site.*} settings.
     */
    record Request(String kind, String code, String project, String output, Map<String, String> settings) {
        static Request stop() {
            return new Request(STOP, "", "", "", Map.of());
        }

        void writeTo(DataOutputStream out) throws IOException {
            out.writeUTF(kind);
            out.writeUTF(code);
            out.writeUTF(project);
            out.writeUTF(output);
            out.writeInt(settings.size());
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                out.writeUTF(setting.getKey());
                out.writeUTF(setting.getValue());
            }
            out.flush();
        }

        static Request readFrom(DataInputStream in) throws IOException {
            String kind = in.readUTF();
            String code = in.readUTF();
            String project = in.readUTF();
            String output = in.readUTF();
            Map<String, String> settings = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                settings.put(in.readUTF(), in.readUTF());
            }
            return new Request(kind, code, project, output, settings);
        }
    }

    /** How long a client has to send its request once connected. */
    static final Duration REQUEST_LIMIT = Duration.ofSeconds(10);

    private final ServerSocketChannel server;
    private final Path socket;
    private final String code;
    private final UserPrincipal user;
    /** The socket file this daemon bound (its inode): the only one it may delete. */
    private final Object socketFile;
    private volatile long lastRequestNanos = System.nanoTime();
    private volatile boolean busy;

    private BakeDaemon(ServerSocketChannel server, Path socket, String code, UserPrincipal user) throws IOException {
        this.server = server;
        this.socket = socket;
        this.code = code;
        this.user = user;
        this.socketFile = Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    /** {@code BakeDaemon SOCKET}: serves until idle, stopped or outdated, then exits. */
    public static void main(String[] args) {
        // System.exit either way: JBake's and the common pool's threads would keep the JVM alive.
        try {
            Path socket = Path.of(args[0]);
            BakeDaemon daemon = listen(socket, BuildInputs.codeDigest().toString());
            if (daemon == null) {
                System.err.println("A bake daemon already listens at " + socket);
            } else {
                System.err.println("Bake daemon (pid " + ProcessHandle.current().pid() + ") listening at " + socket);
                daemon.serve(Duration.ofMinutes(Long.getLong("site.daemon.idle_minutes", IDLE_LIMIT.toMinutes())));
            }
        } catch (Throwable e) {
            // Into the log the client names.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /**
     * Binds the socket; {@code null} when another daemon listens there. A socket file left by a daemon that
     * died is replaced. Under a lock beside the socket, so two daemons starting at once cannot both take it.
     *
     * @param code the {@link BuildInputs#codeDigest()} of the code this JVM runs
     */
    static BakeDaemon listen(Path socket, String code) throws IOException {
        UserPrincipal user = BakeDaemonClient.currentUser();
        try (FileChannel lock = lockBeside(socket)) {
            if (Files.exists(socket)) {
                if (BakeDaemonClient.answers(socket)) {
                    return null;
                }
                Files.delete(socket);
            }
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(socket));
                // The folder is private already (BakeDaemonClient.socketFor); the socket is too, in case it is not.
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                return new BakeDaemon(server, socket, code, user);
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
        }
    }

    /**
     * The lock file beside the socket, locked (for as long as it is open): whoever checks, deletes or binds the
     * socket file holds it. The file stays; deleting it would let two daemons lock two different files.
     */
    private static FileChannel lockBeside(Path socket) throws IOException {
        FileChannel lock = FileChannel.open(socket.resolveSibling(socket.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock.lock();
            return lock;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Serves requests one at a time until stopped, outdated, or idle for {@code idleLimit}. */
    void serve(Duration idleLimit) throws IOException {
        serve(idleLimit, REQUEST_LIMIT);
    }

    /** @param requestLimit how long a client has to send its request once connected */
    void serve(Duration idleLimit, Duration requestLimit) throws IOException {
        Thread watchdog = new Thread(() -> closeWhenIdle(idleLimit), "bake-daemon-idle");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            while (true) {
                try (SocketChannel client = server.accept()) {
                    boolean goOn;
                    try {
                        goOn = serveOne(client, requestLimit);
                    } finally {
                        lastRequestNanos = System.nanoTime();
                        busy = false;
                    }
                    if (!goOn) {
                        return;
                    }
                } catch (ClosedChannelException idle) {
                    return;
                }
            }
        } finally {
            watchdog.interrupt();
            try {
                deleteOwnSocket();
            } finally {
                server.close();
            }
        }
    }

    /**
     * Deletes the socket file if it is still the one this daemon bound, under the lock {@link #listen} takes
     * (and this object's, for the idle watchdog's thread): once a daemon is on its way out, a new one may have
     * bound a socket of its own at the same path.
     */
    private synchronized void deleteOwnSocket() throws IOException {
        try (FileChannel lock = lockBeside(socket)) {
            Object current = Files.exists(socket, LinkOption.NOFOLLOW_LINKS)
                    ? Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey() : null;
            if (socketFile != null && socketFile.equals(current)) {
                Files.delete(socket);
            }
        }
    }

    private void closeWhenIdle(Duration idleLimit) {
        try {
            while (true) {
                long idle = System.nanoTime() - lastRequestNanos;
                if (!busy && idle >= idleLimit.toNanos()) {
                    System.err.println("Bake daemon idle for " + idleLimit.toSeconds() + " s; stopping");
                    // The file before the socket, so a build from now on starts a new daemon, not one that waits.
                    deleteOwnSocket();
                    server.close();
                    return;
                }
                Thread.sleep(Math.max(10, (idleLimit.toNanos() - idle) / 1_000_000));
            }
        } catch (InterruptedException | IOException e) {
            // Stopped with the daemon.
        }
    }

    /** One request; says whether to go on serving. */
    private boolean serveOne(SocketChannel client, Duration requestLimit) throws IOException {
        UserPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED).user();
        if (!peer.equals(user)) {
            System.err.println("Bake daemon: refused a connection from " + peer.getName());
            return true;
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
        DataOutputStream reply = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
        Request request;
        // A client that connects and sends nothing must not hold the daemon (and every build after it).
        Timer deadline = new Timer("bake-daemon-request", true);
        deadline.schedule(new TimerTask() {
            @Override
            public void run() {
                try {
                    client.close();
                } catch (IOException e) {
                    // Closed already.
                }
            }
        }, requestLimit.toMillis());
        try {
            request = Request.readFrom(in);
        } catch (EOFException e) {
            // A client that only looked whether a daemon answers (BakeDaemonClient.answers), or went away.
            return true;
        } catch (IOException | RuntimeException e) {
            System.err.println("Bake daemon: unreadable request (" + e + ")");
            return true;
        } finally {
            deadline.cancel();
        }
        busy = true;
        if (request.kind().equals(STOP)) {
            reply.writeByte(EXIT);
            reply.writeInt(0);
            reply.flush();
            return false;
        }
        if (!request.kind().equals(BAKE) || !request.code().equals(code)) {
            // Another version of the code: a bake here could differ from one in the client's JVM.
            reply.writeByte(STALE);
            reply.flush();
            return false;
        }
        PrintStream out = new PrintStream(new Frames(reply, OUT), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new Frames(reply, ERR), true, StandardCharsets.UTF_8);
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        // What anything else prints during the bake (a library's warning, say) goes to the client too.
        System.setOut(out);
        System.setErr(err);
        int status = 1;
        boolean goOn = true;
        try {
            BakeMain.bake(Path.of(request.project()), Path.of(request.output()), request.settings(), out, err);
            status = 0;
        } catch (BakeException | BakeMain.InvalidSetting e) {
            // Printed already, as in a bake in Maven's JVM.
        } catch (RuntimeException e) {
            // What Maven would show of an exception from a bake in its own JVM.
            err.println("ERROR " + e);
            e.printStackTrace(err);
        } catch (Error e) {
            // Out of memory, say: this JVM may not be fit for another bake.
            err.println("ERROR the bake daemon failed: " + e);
            e.printStackTrace(err);
            goOn = false;
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
            out.flush();
            err.flush();
        }
        synchronized (reply) {
            try {
                reply.writeByte(EXIT);
                reply.writeInt(status);
                reply.flush();
            } catch (IOException e) {
                // The client went away (its Maven was stopped): the bake is done all the same.
            }
        }
        return goOn;
    }

    /** Bytes printed during a bake, sent as frames of one kind; nothing is lost to the bake if the client went away. */
    private static final class Frames extends OutputStream {
        private final DataOutputStream reply;
        private final byte kind;
        private volatile boolean gone;

        Frames(DataOutputStream reply, byte kind) {
            this.reply = reply;
            this.kind = kind;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (gone || length == 0) {
                return;
            }
            synchronized (reply) {
                try {
                    reply.writeByte(kind);
                    reply.writeInt(length);
                    reply.write(bytes, offset, length);
                } catch (IOException e) {
                    gone = true;
                }
            }
        }

        @Override
        public void flush() {
            synchronized (reply) {
                try {
                    reply.flush();
                } catch (IOException e) {
                    gone = true;
                }
            }
        }
    }
}
