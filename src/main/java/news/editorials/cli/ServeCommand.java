package news.editorials.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import news.editorials.bake.BakeRequest;
import news.editorials.serve.LivePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code editorials serve}: the live preview, drafts included, until Ctrl-C. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Bakes the site with drafts into a preview folder and serves it on this computer only "
                    + "(127.0.0.1), then bakes again whenever content/, templates/, assets/ or jbake.properties "
                    + "change; open pages reload by themselves. A failed bake shows its problems in the "
                    + "terminal and in the browser until the next good save.",
            "Stop with Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the server could not start (e.g. the port is taken)", "2:usage error"})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8820;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    int port;

    @Option(names = "--project-dir", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder, with jbake.properties, templates/ and assets/ (default: the current folder).")
    Path projectDir;

    @Option(names = "--content-dir", paramLabel = "DIR",
            description = "The content folder (default: content/ in the project folder).")
    Path contentDir;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/preview",
            description = "The preview folder, replaced on every bake; relative to the project folder "
                    + "(default: ${DEFAULT-VALUE}). Must lie outside the watched folders.")
    Path output;

    /**
     * For Maven's {@code exec:exec@serve}, which starts the preview in a JVM of its own and does not stop it
     * when Maven itself is stopped (Ctrl-C reaches both; a stop button or {@code kill} reaches Maven only).
     */
    @Option(names = "--stop-with-parent", hidden = true,
            description = "Stop when the process that started this one ends.")
    boolean stopWithParent;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("serve: --port must be between 0 and 65535, not " + port);
            return EditorialsCommand.EXIT_USAGE;
        }
        if (stopWithParent) {
            // Watched from the start: the first bake takes a while on a large archive, and a parent that ended
            // meanwhile would leave this process to init, whose end never comes.
            ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
            if (parent == null || parent.pid() == 1 || !parent.isAlive()) {
                err.println("serve: the process that started this one has ended; not starting");
                return EditorialsCommand.EXIT_FAILURE;
            }
            parent.onExit().thenRun(() -> System.exit(0));
        }
        BakeRequest request = BakeRequest.of(projectDir, projectDir.resolve(output)).withDrafts(true);
        if (contentDir != null) {
            request = request.withContentDir(contentDir);
        }
        LivePreview preview;
        try {
            preview = LivePreview.start(request, port, out, err);
        } catch (BindException e) {
            err.println("serve: port " + port + " is in use; stop the other server or pick another --port (0: any free one)");
            return EditorialsCommand.EXIT_FAILURE;
        } catch (IOException | IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            return EditorialsCommand.EXIT_FAILURE;
        }
        out.println("Serving the preview (drafts included) at " + preview.uri() + "; press Ctrl-C to stop");
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C ends the JVM; the hook closes the watcher and the server on the way out.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "preview-shutdown"));
        stopped.await();
        return 0;
    }
}
