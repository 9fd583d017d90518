package news.editorials.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's side of the conversation, served in this JVM: who it refuses, and when it stops. */
class BakeDaemonTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private CompletableFuture<Void> serve(BakeDaemon daemon, Duration idleLimit) {
        return serve(daemon, idleLimit, BakeDaemon.REQUEST_LIMIT);
    }

    private CompletableFuture<Void> serve(BakeDaemon daemon, Duration idleLimit, Duration requestLimit) {
        return CompletableFuture.runAsync(() -> {
            try {
                daemon.serve(idleLimit, requestLimit);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Sends a request as the client does and returns the first byte of the reply (failing if none comes). */
    private static byte send(Path socket, String request, String code) {
        return assertTimeoutPreemptively(LIMIT, () -> sendNow(socket, request, code));
    }

    private static byte sendNow(Path socket, String request, String code) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            new BakeDaemon.Request(request, code, "/nowhere/project", "/nowhere/site", Map.of())
                    .writeTo(new DataOutputStream(Channels.newOutputStream(channel)));
            return new DataInputStream(Channels.newInputStream(channel)).readByte();
        }
    }

    @Test
    void aClientRunningOtherCodeIsRefusedAndTheDaemonStopsForANewOne() throws IOException {
        Path socket = temp.resolve("d.sock");
        BakeDaemon daemon = BakeDaemon.listen(socket, "the daemon's code");
        CompletableFuture<Void> serving = serve(daemon, LIMIT);

        assertEquals(BakeDaemon.STALE, send(socket, BakeDaemon.BAKE, "the client's code"));

        assertTimeoutPreemptively(LIMIT, serving::join);
        assertFalse(Files.exists(socket), "the socket is freed for a daemon that runs the client's code");
    }

    @Test
    void theSocketIsInAFolderOfItsUsersAloneAndItsOwnToo() throws IOException {
        Path socket = BakeDaemonClient.socketFor(temp.resolve("project")).getFileName();
        Path folder = temp.resolve("daemons");
        Path inFolder = folder.resolve(socket);

        assertNull(BakeDaemonClient.privateFolder(inFolder), "a folder made for it is usable");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        CompletableFuture<Void> serving = serve(BakeDaemon.listen(inFolder, "code"), LIMIT);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(inFolder)));
        send(inFolder, BakeDaemon.STOP, "");
        assertTimeoutPreemptively(LIMIT, serving::join);
    }

    @Test
    void aFolderOthersCanEnterIsNotUsed() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        String reason = BakeDaemonClient.privateFolder(folder.resolve("d.sock"));

        assertNotNull(reason);
        assertTrue(reason.contains("open to other users"), reason);
    }

    @Test
    void stopAnswersAndStops() throws IOException {
        Path socket = temp.resolve("d.sock");
        CompletableFuture<Void> serving = serve(BakeDaemon.listen(socket, "code"), LIMIT);

        assertEquals(BakeDaemon.EXIT, send(socket, BakeDaemon.STOP, ""));

        assertTimeoutPreemptively(LIMIT, serving::join);
        assertFalse(Files.exists(socket));
    }

    @Test
    void aClientThatSendsNothingDoesNotHoldTheDaemon() throws IOException {
        Path socket = temp.resolve("d.sock");
        CompletableFuture<Void> serving = serve(BakeDaemon.listen(socket, "code"), LIMIT, Duration.ofMillis(300));
        try (SocketChannel silent = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            // Connected, and then nothing: the daemon drops it after a while and serves the next one.
            assertEquals(BakeDaemon.EXIT, send(socket, BakeDaemon.STOP, ""));
        }
        assertTimeoutPreemptively(LIMIT, serving::join);
    }

    @Test
    void anIdleDaemonStopsByItself() throws IOException {
        Path socket = temp.resolve("d.sock");
        CompletableFuture<Void> serving = serve(BakeDaemon.listen(socket, "code"), Duration.ofMillis(300));

        assertTimeoutPreemptively(LIMIT, serving::join);
        assertFalse(Files.exists(socket));
    }

    @Test
    void aSecondDaemonLeavesTheFirstOneItsSocket() throws IOException {
        Path socket = temp.resolve("d.sock");
        BakeDaemon first = BakeDaemon.listen(socket, "code");
        CompletableFuture<Void> serving = serve(first, LIMIT);
        try {
            assertNull(BakeDaemon.listen(socket, "code"));
            assertTrue(BakeDaemonClient.answers(socket), "the first one still answers");
        } finally {
            send(socket, BakeDaemon.STOP, "");
            assertTimeoutPreemptively(LIMIT, serving::join);
        }
    }

    @Test
    void theSocketOfADaemonThatDiedIsTakenOver() throws IOException {
        Path socket = temp.resolve("d.sock");
        // A daemon killed outright leaves its socket file behind, with nobody listening.
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }
        assertTrue(Files.exists(socket));
        assertFalse(BakeDaemonClient.answers(socket));

        BakeDaemon daemon = BakeDaemon.listen(socket, "code");

        assertNotNull(daemon);
        CompletableFuture<Void> serving = serve(daemon, LIMIT);
        assertEquals(BakeDaemon.EXIT, send(socket, BakeDaemon.STOP, ""));
        assertTimeoutPreemptively(LIMIT, serving::join);
    }
}
