package news.editorials.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import news.editorials.content.FrontMatter;
import news.editorials.content.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code editorials new "Title"}: starts a draft at {@code <content-dir>/editorials/<year>/<slug>.md} dated
 * today, so the maintainer only writes the text (and sets {@code status: published} when it is ready).
 */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Creates a draft editorial <content-dir>/editorials/<year>/<slug>.md dated today "
                    + "(front matter: title, date, status: draft; a placeholder paragraph) and prints its path.",
            "Never replaces an existing file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file was created", "1:the file exists already, or the title has no letters "
                + "or digits to make a file name from", "2:usage error"})
final class NewCommand implements Callable<Integer> {
    /** The body line of a new draft: the bake rejects an editorial with an empty body. */
    static final String PLACEHOLDER = "Write the editorial here.";

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Option(names = "--content-dir", paramLabel = "DIR", defaultValue = "content",
            description = "The site's content folder (default: ${DEFAULT-VALUE}).")
    Path contentDir;

    @Parameters(paramLabel = "TITLE", arity = "1..*",
            description = "The editorial's title (several words are joined with spaces, so quotes are optional).")
    String[] titleWords;

    /** Picocli's constructor: "today" is the system clock's date in the local time zone. */
    NewCommand() {
        this(Clock.systemDefaultZone());
    }

    /** For tests, which fix "today". */
    NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Whitespace of any kind (a pasted line break included) becomes one space: a title is one line.
        // So do control characters, which no page or feed can carry (the bake would refuse the file).
        String title = String.join(" ", titleWords).replaceAll("[\\s\\p{Cc}]+", " ").strip();
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) {
            err.println("new: the title '" + title + "' has no letters or digits to make a file name from; "
                    + "give a title with words in it");
            return EditorialsCommand.EXIT_FAILURE;
        }
        LocalDate today = LocalDate.now(clock);
        Path file = contentDir.resolve("editorials").resolve(String.valueOf(today.getYear())).resolve(slug + ".md");
        try {
            Files.createDirectories(file.getParent());
            // CREATE_NEW: the existence check and the creation are one step, so nothing is ever overwritten.
            Files.writeString(file, text(title, today), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println("new: " + file + " already exists; edit it, or choose another title");
            return EditorialsCommand.EXIT_FAILURE;
        } catch (IOException e) {
            err.println("new: cannot write " + file + ": " + e.getMessage());
            return EditorialsCommand.EXIT_FAILURE;
        }
        out.println(file);
        return 0;
    }

    static String text(String title, LocalDate date) {
        return "---\n"
                + "title: " + FrontMatter.quote(title) + "\n"
                + "date: " + date + "\n"
                + "status: draft\n"
                + "---\n"
                + PLACEHOLDER + "\n";
    }
}
