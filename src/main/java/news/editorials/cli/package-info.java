/**
 * The maintainers' command-line program {@code editorials}: one picocli command with a subcommand per task
 * ({@code import}, {@code new}, {@code serve}), plus a small {@code *Main} per subcommand for
 * Maven's {@code exec:java@<task>}.
 */
package news.editorials.cli;
