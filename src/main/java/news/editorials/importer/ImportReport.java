package news.editorials.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did.
 *
 * @param written files written, in input order (with {@code dryRun}, the files that would be written)
 * @param problems errors and warnings, in input order; an input with an error wrote nothing
 * @param dryRun true when nothing was written
 */
public record ImportReport(List<Path> written, List<ImportProblem> problems, boolean dryRun) {

    /** True when at least one input failed. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> !p.warning());
    }

    /** The errors only. */
    public List<ImportProblem> errors() {
        return problems.stream().filter(p -> !p.warning()).toList();
    }
}
