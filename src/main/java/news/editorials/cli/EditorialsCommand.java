package news.editorials.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command {@code editorials}. Subcommands are the maintainer tasks; add a new one to
 * {@code subcommands} below and give it a {@code *Main} for {@code mvn exec:java@<task>}.
 *
 * <p>Exit codes: 0 success, 1 the task failed (e.g. an input could not be imported), 2 usage error.
 */
@Command(name = "editorials",
        mixinStandardHelpOptions = true,
        versionProvider = EditorialsCommand.Version.class,
        description = "Maintainer tasks for the editorials site.",
        subcommands = {ImportCommand.class, NewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the task failed (details on standard error)", "2:usage error"})
public final class EditorialsCommand implements Runnable {
    /** A task ran but failed. */
    public static final int EXIT_FAILURE = 1;
    /** The command line was wrong. */
    public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: expected one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The configured picocli command line, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new EditorialsCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("editorials: " + e);
            return EXIT_FAILURE;
        });
        return commandLine;
    }

    /** Runs the program and returns its exit code; flushes both streams. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs the program on standard output and error; exits with the code only when it is not zero. */
    public static void main(String[] args) {
        exitOnFailure(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one subcommand with the given arguments, as {@link #main} would; for the {@code *Main} entry points. */
    static void runSubcommand(String subcommand, String[] args) {
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = subcommand;
        System.arraycopy(args, 0, withCommand, 1, args.length);
        main(withCommand);
    }

    /**
     * Exits the JVM with {@code code} when it is not zero. On success it returns instead, so under Maven's
     * {@code exec:java} (same JVM) the build finishes normally and its output is flushed.
     */
    static void exitOnFailure(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Version from the jar manifest when packaged, else "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EditorialsCommand.class.getPackage().getImplementationVersion();
            return new String[] {"editorials " + (version == null ? "(development)" : version)};
        }
    }
}
