package news.editorials.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few facts the importer knows about the corpus that its files do not spell out, kept as small explicit
 * tables so that what is inferred is easy to read and to argue with.
 */
final class CorpusConventions {
    /** Corpus folder name to series name: the corpus header has a number but no series field. */
    private static final Map<String, String> SERIES_BY_FOLDER = Map.of("federalist", "The Federalist");

    /** Surnames in the corpus's {@code author} field to full names for the byline. */
    private static final Map<String, String> FULL_NAMES = Map.of(
            "Hamilton", "Alexander Hamilton",
            "Madison", "James Madison",
            "Jay", "John Jay");

    /** Header fields the parser turns into front matter (or checks, like the footnote count). */
    private static final Set<String> MAPPED_FIELDS = Set.of("title", "date", "number", "series", "author",
            "publication", "source", "footnotes");

    /**
     * Corpus bookkeeping that the page already carries in another form: the dateline and author as printed
     * (the date and author fields), the salutation and signature (first and last paragraphs), the word count,
     * and where the author attribution comes from (the same study for every paper).
     */
    private static final Set<String> REDUNDANT_FIELDS = Set.of("dateline", "author_in_source", "salutation",
            "signature", "words", "attribution_source");

    private static final Pattern DISPUTED = Pattern.compile("disputed \\((.+)\\)");
    private static final Pattern JOINT = Pattern.compile("(.+) \\(joint\\)");

    /**
     * Title keywords to broad topics, first match first; at most two topics per editorial. Matching is on
     * whole words, case-insensitive. Titles matching nothing get no topics rather than a guess.
     */
    private static final List<Map.Entry<String, String>> TOPIC_KEYWORDS = List.of(
            Map.entry("judiciary|judicial|jury", "Judiciary"),
            Map.entry("executive|president|veto|pardoning", "Executive"),
            Map.entry("taxation|revenue", "Taxation"),
            Map.entry("defense|militia|military|navy", "Defence"),
            Map.entry("senate|house of representatives|representation|legislative|election of members",
                    "Legislature"),
            Map.entry("foreign", "Foreign affairs"),
            Map.entry("commercial", "Commerce"),
            Map.entry("checks and balances|distribution of power|separated|encroachments", "Separation of powers"),
            Map.entry("state governments|several states|state and federal", "Federalism"),
            Map.entry("confederation", "Confederation"),
            Map.entry("faction", "Faction"),
            Map.entry("union", "Union"));

    private CorpusConventions() {
    }

    /** The series for a corpus folder name (e.g. "federalist"), or null. */
    static String seriesForFolder(String folderName) {
        return folderName == null ? null : SERIES_BY_FOLDER.get(folderName.toLowerCase(Locale.ROOT));
    }

    /**
     * The byline for the corpus's author label: surnames become full names, "disputed (Hamilton or Madison)"
     * becomes "Alexander Hamilton or James Madison (disputed)", "(joint)" after a "with" is dropped as
     * redundant. Other names pass through unchanged.
     */
    static String authorName(String label) {
        if (label == null) {
            return null;
        }
        Matcher disputed = DISPUTED.matcher(label);
        if (disputed.matches()) {
            return expandNames(disputed.group(1)) + " (disputed)";
        }
        Matcher joint = JOINT.matcher(label);
        if (joint.matches() && joint.group(1).contains(" with ")) {
            return expandNames(joint.group(1));
        }
        return expandNames(label);
    }

    private static String expandNames(String text) {
        String result = text;
        for (Map.Entry<String, String> name : FULL_NAMES.entrySet()) {
            String first = name.getValue().substring(0, name.getValue().indexOf(' '));
            // "Alexander Hamilton" already given in full stays as it is.
            result = result.replaceAll("(?<!" + first + " )\\b" + name.getKey() + "\\b", name.getValue());
        }
        return result;
    }

    /**
     * What goes into the front matter's {@code notes}, in header order: each {@code note:} line's text, and
     * every other field the importer neither maps nor knows to be redundant as {@code "key: value"}, so that
     * nothing an export says is lost, yet no unknown key lands in the front matter (where it could mean
     * something else to the bake, like {@code status} or {@code type}).
     */
    static List<String> headerNotes(HeaderFields header) {
        List<HeaderFields.Field> kept = new ArrayList<>();
        Map<HeaderFields.Field, String> keys = new java.util.IdentityHashMap<>();
        for (String key : header.names()) {
            if (MAPPED_FIELDS.contains(key) || REDUNDANT_FIELDS.contains(key)) {
                continue;
            }
            for (HeaderFields.Field field : header.all(key)) {
                if (!field.value().isEmpty()) {
                    kept.add(field);
                    keys.put(field, key);
                }
            }
        }
        kept.sort(java.util.Comparator.comparingInt(HeaderFields.Field::line));
        return kept.stream().map(f -> keys.get(f).equals("note") ? f.value() : keys.get(f) + ": " + f.value())
                .toList();
    }

    /** Up to two broad topics from the title keywords, see {@link #TOPIC_KEYWORDS}. */
    static List<String> topicsFor(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        List<String> topics = new ArrayList<>();
        for (Map.Entry<String, String> entry : TOPIC_KEYWORDS) {
            if (topics.size() < 2 && !topics.contains(entry.getValue())
                    && Pattern.compile("\\b(?:" + entry.getKey() + ")\\b").matcher(lower).find()) {
                topics.add(entry.getValue());
            }
        }
        return List.copyOf(topics);
    }
}
