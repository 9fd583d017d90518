package news.editorials.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import news.editorials.store.SiteFiles;

/**
 * Writes a {@link SearchIndex} as the JSON fragments the browser loads, so that a query fetches only what it
 * needs: the manifest, the vocabulary shard of each query word, the postings shard of each stem found, and
 * one small fragment per result shown.
 *
 * <pre>
 * manifest.json   version, document count, word pattern and extra folds, the first word of every
 *                 vocabulary shard, the first stem number of every postings shard
 * v/N.json        [word, stem number, word, stem number, ...] for a range of the sorted vocabulary
 * p/N.json        [[words, documents, title, meta], ...] for a range of stem numbers
 * d/N.json        {title, url, date, dateDisplay, byline, summary, text} of document N
 * </pre>
 *
 * A list of documents is written either as gaps ({@code [3,1,4]} for 3, 4, 8) or, when shorter, as a bitset
 * of all the site's documents in base64 (bit {@code n % 8} of byte {@code n / 8} set for document n): a word in
 * most documents costs 1.7 KB at 10,000 editorials instead of 20 KB of gaps.
 */
public final class SearchFragments {
    /** About this many bytes of JSON per vocabulary and postings shard (a single stem may exceed it). */
    static final int SHARD_BYTES = 8 * 1024;
    /** Body text kept per document for the snippet: the whole of a typical editorial, capped for long ones. */
    static final int TEXT_LIMIT = 6000;

    private static final JsonFactory JSON = new JsonFactory();

    /** What was written: the version (a digest of every fragment) that the page puts on fragment URLs. */
    public record Written(String version, int files) {
    }

    private SearchFragments() {
    }

    /**
     * Writes every fragment, each named {@code folder} plus its name in the index ({@code search/data/d/7.json}).
     * Through a bake's {@link SiteFiles}, a fragment whose bytes did not change is not written again, and a
     * document's fragment whose fields did not change is not even made again.
     */
    public static Written write(SearchIndex index, String folder, SiteFiles files) {
        try {
            List<byte[]> shards = new ArrayList<>();
            List<String> vocabularyKeys = new ArrayList<>();
            for (List<Map.Entry<String, Integer>> shard : vocabularyShards(index)) {
                vocabularyKeys.add(shard.get(0).getKey());
                shards.add(vocabularyShard(shard));
            }
            int vocabularyShards = shards.size();
            List<Integer> postingsKeys = new ArrayList<>();
            int firstStem = 0;
            for (List<SearchIndex.Stem> shard : postingsShards(index)) {
                postingsKeys.add(firstStem);
                firstStem += shard.size();
                shards.add(postingsShard(shard, index.documents().size()));
            }
            // The version is a digest of every fragment's digest: it changes whenever any fragment does.
            MessageDigest digest = sha256();
            for (int i = 0; i < shards.size(); i++) {
                String name = i < vocabularyShards ? "v/" + i : "p/" + (i - vocabularyShards);
                digest.update(files.write(folder + name + ".json", shards.get(i)).getBytes(StandardCharsets.US_ASCII));
            }
            List<SearchDocument> documents = index.documents();
            // Thousands of small files, made on every core, and only for documents whose fields changed.
            String[] documentDigests = new String[documents.size()];
            IntStream.range(0, documents.size()).parallel().forEach(i -> {
                SearchDocument document = documents.get(i);
                documentDigests[i] = files.write(folder + "d/" + i + ".json", fragmentInputs(document),
                        () -> documentFragment(document));
            });
            for (String documentDigest : documentDigests) {
                digest.update(documentDigest.getBytes(StandardCharsets.US_ASCII));
            }
            String version = HexFormat.of().formatHex(digest.digest(), 0, 6);
            byte[] manifest = manifest(version, documents.size(), vocabularyKeys, postingsKeys);
            files.write(folder + "manifest.json", manifest);
            return new Written(version, shards.size() + documents.size() + 1);
        } catch (IOException e) {
            // The fragments are made in memory: only the JSON generator's signature throws.
            throw new UncheckedIOException("Cannot make the search index", e);
        }
    }

    /** Consecutive runs of the sorted vocabulary, each about {@link #SHARD_BYTES} of JSON. */
    static List<List<Map.Entry<String, Integer>>> vocabularyShards(SearchIndex index) {
        List<List<Map.Entry<String, Integer>>> shards = new ArrayList<>();
        List<Map.Entry<String, Integer>> current = new ArrayList<>();
        int size = 0;
        for (Map.Entry<String, Integer> entry : index.vocabulary().entrySet()) {
            int entrySize = entry.getKey().length() + String.valueOf(entry.getValue()).length() + 5;
            if (!current.isEmpty() && size + entrySize > SHARD_BYTES) {
                shards.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(entry);
            size += entrySize;
        }
        if (!current.isEmpty()) {
            shards.add(current);
        }
        return shards;
    }

    /** Consecutive runs of stem numbers, each about {@link #SHARD_BYTES} of JSON. */
    static List<List<SearchIndex.Stem>> postingsShards(SearchIndex index) {
        int documents = index.documents().size();
        List<List<SearchIndex.Stem>> shards = new ArrayList<>();
        List<SearchIndex.Stem> current = new ArrayList<>();
        int size = 0;
        for (SearchIndex.Stem stem : index.stems()) {
            int stemSize = estimate(stem, documents);
            if (!current.isEmpty() && size + stemSize > SHARD_BYTES) {
                shards.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(stem);
            size += stemSize;
        }
        if (!current.isEmpty()) {
            shards.add(current);
        }
        return shards;
    }

    private static int estimate(SearchIndex.Stem stem, int documents) {
        int words = stem.words().stream().mapToInt(word -> word.length() + 3).sum();
        return words + listSize(stem.documents(), documents) + listSize(stem.title(), documents)
                + listSize(stem.meta(), documents) + 8;
    }

    /** JSON length of the shorter encoding of a document list. */
    static int listSize(int[] list, int documents) {
        return Math.min(gapsSize(list), bitsetSize(documents));
    }

    private static int gapsSize(int[] list) {
        int size = 2 + Math.max(0, list.length - 1);
        int previous = 0;
        for (int value : list) {
            size += digits(value - previous);
            previous = value;
        }
        return size;
    }

    /** Decimal digits of a non-negative number (without making its string: this runs for every posting). */
    private static int digits(int number) {
        int digits = 1;
        while (number >= 10) {
            number /= 10;
            digits++;
        }
        return digits;
    }

    private static int bitsetSize(int documents) {
        return 2 + 4 * (((documents + 7) / 8 + 2) / 3);
    }

    private static byte[] vocabularyShard(List<Map.Entry<String, Integer>> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (Map.Entry<String, Integer> entry : entries) {
                json.writeString(entry.getKey());
                json.writeNumber(entry.getValue());
            }
            json.writeEndArray();
        }
        return out.toByteArray();
    }

    private static byte[] postingsShard(List<SearchIndex.Stem> stems, int documents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (SearchIndex.Stem stem : stems) {
                json.writeStartArray();
                json.writeStartArray();
                for (String word : stem.words()) {
                    json.writeString(word);
                }
                json.writeEndArray();
                writeList(json, stem.documents(), documents);
                writeList(json, stem.title(), documents);
                writeList(json, stem.meta(), documents);
                json.writeEndArray();
            }
            json.writeEndArray();
        }
        return out.toByteArray();
    }

    private static void writeList(JsonGenerator json, int[] list, int documents) throws IOException {
        if (bitsetSize(documents) < gapsSize(list)) {
            json.writeString(bitset(list, documents));
            return;
        }
        json.writeStartArray();
        int previous = 0;
        for (int value : list) {
            json.writeNumber(value - previous);
            previous = value;
        }
        json.writeEndArray();
    }

    static String bitset(int[] list, int documents) {
        byte[] bits = new byte[(documents + 7) / 8];
        for (int value : list) {
            bits[value / 8] |= (byte) (1 << (value % 8));
        }
        return Base64.getEncoder().encodeToString(bits);
    }

    /** Everything {@link #documentFragment} reads. */
    private static List<Object> fragmentInputs(SearchDocument document) {
        return java.util.Arrays.asList("d", document.title(), document.url(), document.dateIso(), document.dateDisplay(),
                document.byline(), document.summary(), document.bodyText());
    }

    private static byte[] documentFragment(SearchDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("title", document.title());
            json.writeStringField("url", document.url());
            json.writeStringField("date", document.dateIso());
            json.writeStringField("dateDisplay", document.dateDisplay());
            json.writeStringField("byline", document.byline());
            json.writeStringField("summary", document.summary());
            json.writeStringField("text", shorten(document.bodyText().text()));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** At most {@link #TEXT_LIMIT} characters, cut between words. */
    static String shorten(String text) {
        if (text.length() <= TEXT_LIMIT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TEXT_LIMIT);
        return text.substring(0, cut > 0 ? cut : TEXT_LIMIT) + " \u2026";
    }

    private static byte[] manifest(String version, int documents, List<String> vocabularyKeys,
                                   List<Integer> postingsKeys) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("version", version);
            json.writeNumberField("documents", documents);
            json.writeStringField("word", SearchWords.WORD_PATTERN);
            json.writeNumberField("maxLength", SearchWords.MAX_LENGTH);
            json.writeObjectFieldStart("folds");
            for (Map.Entry<String, String> fold : new java.util.TreeMap<>(SearchWords.EXTRA_FOLDS).entrySet()) {
                json.writeStringField(fold.getKey(), fold.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("vocabulary");
            for (String key : vocabularyKeys) {
                json.writeString(key);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("postings");
            for (int key : postingsKeys) {
                json.writeNumber(key);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
