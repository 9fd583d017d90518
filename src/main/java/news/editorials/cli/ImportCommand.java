package news.editorials.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import news.editorials.importer.EditorialImporter;
import news.editorials.importer.ImportProblem;
import news.editorials.importer.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code editorials import}: raw texts to {@code <content-dir>/editorials/<year>/<slug>.md}. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Converts raw editorial texts into Markdown files <content-dir>/editorials/<year>/<slug>.md "
                    + "and prints the path of each file written.",
            "Accepts a scraped page (optional page-chrome lines, title, date, paragraphs) or a corpus file "
                    + "('key: value' header, blank line, paragraphs, optional '---' and footnotes).",
            "An input with a problem is reported as file:line and skipped; the others are still imported."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was imported", "1:at least one input had an error", "2:usage error"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--content-dir", paramLabel = "DIR", defaultValue = "content",
            description = "The site's content folder (default: ${DEFAULT-VALUE}).")
    Path contentDir;

    @Option(names = "--force", description = "Replace files that already exist.")
    boolean force;

    @Option(names = "--dry-run", description = "Write nothing; print what would be written.")
    boolean dryRun;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Raw editorial text files (UTF-8).")
    List<Path> files;

    @Override
    public Integer call() {
        ImportReport report = new EditorialImporter(contentDir, force, dryRun).importFiles(files);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path path : report.written()) {
            out.println(dryRun ? "would write " + path : path.toString());
        }
        for (ImportProblem problem : report.problems()) {
            err.println(problem);
        }
        if (report.hasErrors()) {
            err.println("import: " + report.errors().size() + " input(s) not imported"
                    + (dryRun ? " (dry run)" : ""));
            return EditorialsCommand.EXIT_FAILURE;
        }
        return 0;
    }
}
