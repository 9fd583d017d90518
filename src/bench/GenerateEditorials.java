import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes N deterministic synthetic editorials for the benchmark (src/bench/run.sh).
 *
 * <pre>java src/bench/GenerateEditorials.java N CONTENT_DIR [SEED]</pre>
 *
 * Files go to CONTENT_DIR/editorials/&lt;year&gt;/&lt;slug&gt;.md in the front matter format of the
 * project contract. JDK only, run with the Java 17 source launcher: no build step, and it is
 * not part of the Maven build. Same N and seed give the same bytes (java.util.Random's
 * algorithm is fixed by its specification; no hash-ordered collections feed the output).
 *
 * Shape of each editorial: ~800 words (700-900) in paragraphs, 1-3 of 40 topics, 2-3 editorials
 * a day going back from 2025-07-27, some signed, some *emphasis*, [links](https://example.org/...),
 * a &gt; blockquote in about half, footnotes in about a fifth, straight quotes and "--" for the
 * typographic extension to convert. Every 40th editorial (and the oldest) is in the series
 * "The Federalist", numbered from the oldest, because the site's navigation links to that series.
 */
public final class GenerateEditorials {

    static final long DEFAULT_SEED = 20250727L;
    /** The newest editorial's date; older ones go back from here. Fixed, so output is stable. */
    static final LocalDate NEWEST = LocalDate.of(2025, 7, 27);

    /** The site's navigation links to this series' page, so the benchmark has one. */
    static final String SERIES = "The Federalist";

    static final String[] TOPICS = {
        "Foreign policy", "Trade", "Economy", "Education", "Health", "Climate", "Energy",
        "Housing", "Transport", "Justice", "Policing", "Elections", "Parliament", "Local government",
        "Taxation", "Budget", "Defence", "Immigration", "Labour", "Agriculture", "Water",
        "Technology", "Media", "Culture", "Sport", "Science", "Religion", "Human rights",
        "Diplomacy", "Security", "Infrastructure", "Banking", "Inflation", "Employment",
        "Pensions", "Environment", "Urban planning", "Public services", "Constitution", "Europe",
    };

    static final String[] AUTHORS = {
        "Alexander Hamilton", "James Madison", "John Jay", "Margaret Fuller", "Horace Greeley",
        "Ida B. Wells", "Walter Lippmann", "Dorothy Thompson", "C. P. Scott", "Harriet Martineau",
        "William Allen White", "Nellie Bly",
    };

    static final String[] PUBLICATIONS = {
        "The Independent Journal (New York)", "The Daily Advertiser", "The Evening Post",
        "The Morning Chronicle",
    };

    static final String[] NOUNS = words("""
        government nation people law state council minister budget tax reform market trade
        policy city country court election vote parliament debate question promise crisis
        economy industry worker family school hospital road railway harbour river border army
        treaty neighbour ally agreement report inquiry committee majority minority opposition
        party leader citizen voter taxpayer price wage rent house village farm harvest season
        winter summer year decade century future past history constitution right duty
        liberty power authority office press newspaper reader argument evidence figure sum
        deficit surplus debt loan bank currency inflation growth plan scheme programme
        project bridge station airport port energy fuel water climate weather flood drought
        fire police prison judge jury verdict sentence appeal union strike employer contract
        pension health doctor nurse teacher pupil university student scientist research
        """);
    static final String[] ADJECTIVES = words("""
        public private national local foreign domestic economic political social modest
        serious urgent careful prudent reckless costly cheap fair unfair honest open closed
        new old recent ancient familiar strange difficult simple complex plain clear vague
        strong weak large small narrow broad long short steady uncertain hopeful grim
        sensible sound dubious rash bold timid quiet loud generous mean sober wise
        """);
    static final String[] VERBS = words("""
        should must will may can cannot would might to
        """);
    static final String[] ACTIONS = words("""
        consider reject accept defend question examine reform protect restore reduce raise
        publish explain support oppose delay hasten review weigh measure fund build repair
        replace remember ignore confront admit deny trust doubt welcome resist answer
        """);
    static final String[] LINKERS = words("""
        and but yet so because although while since unless until where when if though
        """);
    static final String[] SMALL = words("""
        the a this that every each no some any its their our
        """);
    static final String[] ADVERBS = words("""
        now again still already rarely often seldom plainly clearly surely perhaps indeed
        finally slowly quickly openly quietly
        """);
    static final String[] PHRASES = {
        "it is not too late", "the record is plain", "nobody doubts it", "the cost is real",
        "that is the point", "we have said so before", "the country deserves better",
        "the argument cuts both ways", "time is short", "the public is entitled to know",
        "it won't do", "there's no easy answer", "the numbers don't lie",
    };

    private final Random random;

    GenerateEditorials(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java src/bench/GenerateEditorials.java N CONTENT_DIR [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path contentDir = Path.of(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        if (n < 1) {
            System.err.println("N must be >= 1");
            System.exit(2);
        }
        new GenerateEditorials(seed).generate(n, contentDir);
    }

    void generate(int n, Path contentDir) throws IOException {
        Map<Integer, Set<String>> slugsByYear = new HashMap<>(); // lookups only, never iterated
        LocalDate day = NEWEST;
        int leftToday = 2 + random.nextInt(2); // 2-3 editorials a day
        long words = 0;
        long bytes = 0;
        LocalDate oldest = NEWEST;
        // Every 40th editorial, and the oldest, belongs to a series numbered oldest-first:
        // series pages get exercised, and the site's navigation links to this series.
        int seriesTotal = 0;
        for (int i = 0; i < n; i++) {
            seriesTotal += inSeries(i, n) ? 1 : 0;
        }
        int seriesSeen = 0;
        for (int i = 0; i < n; i++) {
            if (leftToday == 0) {
                day = day.minusDays(1);
                leftToday = 2 + random.nextInt(2);
            }
            leftToday--;
            oldest = day;
            Integer number = null;
            if (inSeries(i, n)) {
                number = seriesTotal - seriesSeen++;
            }
            Editorial e = editorial(day, number);
            Set<String> taken = slugsByYear.computeIfAbsent(day.getYear(), y -> new HashSet<>());
            String slug = slugify(e.title);
            String unique = slug;
            for (int k = 2; !taken.add(unique); k++) {
                unique = slug + "-" + k;
            }
            Path file = contentDir.resolve("editorials")
                    .resolve(Integer.toString(day.getYear()))
                    .resolve(unique + ".md");
            Files.createDirectories(file.getParent());
            byte[] data = e.text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, data);
            words += e.words;
            bytes += data.length;
        }
        System.out.printf(Locale.ROOT,
                "wrote %d editorials (%s .. %s), %d body words (%.0f avg), %.1f MB to %s%n",
                n, oldest, NEWEST, words, (double) words / n, bytes / 1e6, contentDir);
    }

    record Editorial(String title, String text, int words) {}

    static boolean inSeries(int index, int n) {
        return index % 40 == 39 || index == n - 1;
    }

    /** One editorial; {@code number} is its place in {@link #SERIES}, or null. */
    Editorial editorial(LocalDate date, Integer number) {
        String title = title();
        StringBuilder fm = new StringBuilder(256);
        fm.append("---\n");
        fm.append("title: \"").append(title).append("\"\n");
        fm.append("date: ").append(date).append('\n');
        if (random.nextInt(10) < 7) { // ~30% unsigned, shown as "Editorial"
            fm.append("author: ").append(pick(AUTHORS)).append('\n');
        }
        if (random.nextInt(10) < 8) {
            fm.append("publication: ").append(pick(PUBLICATIONS)).append('\n');
        }
        fm.append("topics: [").append(String.join(", ", topics())).append("]\n");
        if (random.nextInt(10) < 7) { // else the first paragraph serves as summary
            fm.append("summary: \"").append(sentence(10, 20)).append("\"\n");
        }
        fm.append("status: published\n");
        if (number != null) {
            fm.append("series: ").append(SERIES).append('\n');
            fm.append("number: ").append(number).append('\n');
        }
        fm.append("---\n");

        StringBuilder body = new StringBuilder(6000);
        int target = 700 + random.nextInt(201);
        int written = 0;
        boolean footnotes = random.nextInt(5) == 0;
        int footnoteCount = 0;
        boolean quoteDone = random.nextBoolean(); // about half the editorials get a blockquote
        int paragraphs = 0;
        while (written < target) {
            paragraphs++;
            StringBuilder p = new StringBuilder(600);
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences && written < target; s++) {
                String sentence = sentence(8, 24);
                written += countWords(sentence);
                if (p.length() > 0) {
                    p.append(' ');
                }
                p.append(decorate(sentence));
            }
            if (footnotes && footnoteCount < 2 && paragraphs > 1 && random.nextInt(3) == 0) {
                footnoteCount++;
                p.append("[^").append(footnoteCount).append(']');
            }
            if (!quoteDone && paragraphs > 2 && random.nextInt(3) == 0) {
                quoteDone = true;
                String quoted = sentence(12, 30);
                written += countWords(quoted);
                body.append("> ").append(quoted).append("\n\n");
            }
            body.append(p).append("\n\n");
        }
        for (int f = 1; f <= footnoteCount; f++) {
            String note = sentence(6, 16);
            written += countWords(note);
            body.append("[^").append(f).append("]: ").append(note).append("\n\n");
        }
        body.setLength(body.length() - 1); // end with exactly one newline
        return new Editorial(title, fm.append(body).toString(), written);
    }

    String title() {
        String t = switch (random.nextInt(4)) {
            case 0 -> cap(pick(ADJECTIVES)) + " " + pick(NOUNS) + " and the " + pick(NOUNS);
            case 1 -> "The " + pick(NOUNS) + " " + pick(NOUNS) + " " + pick(VERBS) + " wait";
            case 2 -> cap(pick(ACTIONS)) + " the " + pick(ADJECTIVES) + " " + pick(NOUNS);
            default -> "The " + pick(ADJECTIVES) + " " + pick(NOUNS) + " for the " + pick(NOUNS);
        };
        return t;
    }

    List<String> topics() {
        int count = 1 + random.nextInt(3);
        List<String> chosen = new ArrayList<>(3);
        while (chosen.size() < count) {
            String t = pick(TOPICS);
            if (!chosen.contains(t)) {
                chosen.add(t);
            }
        }
        return chosen;
    }

    /** A plain sentence of min..max words, capitalised, ending in a full stop; no Markdown. */
    String sentence(int min, int max) {
        int len = min + random.nextInt(max - min + 1);
        List<String> w = new ArrayList<>(len + 4);
        while (w.size() < len) {
            switch (random.nextInt(7)) {
                case 0 -> { w.add(pick(SMALL)); w.add(pick(NOUNS)); }
                case 1 -> { w.add(pick(SMALL)); w.add(pick(ADJECTIVES)); w.add(pick(NOUNS)); }
                case 2 -> { w.add(pick(VERBS)); w.add(pick(ACTIONS)); }
                case 3 -> w.add(pick(LINKERS));
                case 4 -> w.add(pick(ADVERBS));
                case 5 -> { w.add("of"); w.add(pick(NOUNS)); }
                default -> { w.add(pick(NOUNS)); w.add(thirdPerson(pick(ACTIONS))); }
            }
        }
        String s = String.join(" ", w.subList(0, len));
        return cap(s) + ".";
    }

    /** Sprinkles inline Markdown and typographic bait over a sentence, keeping its word count. */
    String decorate(String sentence) {
        String[] w = sentence.split(" ");
        int roll = random.nextInt(20);
        if (roll < 3 && w.length > 4) { // *emphasis* on one or two words
            int at = 1 + random.nextInt(w.length - 3);
            w[at] = "*" + w[at];
            w[at + 1] = w[at + 1] + "*";
        } else if (roll < 5 && w.length > 5) { // a link over two words
            int at = 1 + random.nextInt(w.length - 3);
            String target = "https://example.org/" + clean(w[at]) + "/" + (1000 + random.nextInt(9000));
            w[at] = "[" + w[at];
            w[at + 1] = w[at + 1] + "](" + target + ")";
        } else if (roll < 7 && w.length > 6) { // a quoted phrase in straight quotes
            w[2] = "\"" + w[2];
            w[4] = w[4] + "\"";
        } else if (roll < 8 && w.length > 6) { // a dash aside
            w[3] = w[3] + " --";
        } else if (roll < 9) { // a stock phrase with an apostrophe or two
            return sentence.substring(0, sentence.length() - 1) + "; " + pick(PHRASES) + ".";
        }
        return String.join(" ", w);
    }

    /** "deny" -> "denies", "publish" -> "publishes", "raise" -> "raises". */
    static String thirdPerson(String verb) {
        if (verb.endsWith("y") && !verb.endsWith("ay")) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        if (verb.endsWith("sh") || verb.endsWith("ss") || verb.endsWith("ch")) {
            return verb + "es";
        }
        return verb + "s";
    }

    static String clean(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static String slugify(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static int countWords(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    static String[] words(String block) {
        String[] w = block.trim().split("\\s+");
        return w;
    }
}
