package news.editorials.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads a written search index the way {@code assets/js/search.js} does (manifest, then a vocabulary shard, then
 * a postings shard), so tests check the files rather than the builder's memory.
 */
public final class WrittenIndex {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;
    private final JsonNode manifest;

    public WrittenIndex(Path folder) {
        this.folder = folder;
        this.manifest = read("manifest.json");
    }

    public JsonNode manifest() {
        return manifest;
    }

    public JsonNode read(String path) {
        try {
            return JSON.readTree(folder.resolve(path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stem number of a folded word, or -1. */
    public int stemOf(String word) {
        int shard = lastAtMost(manifest.get("vocabulary"), word);
        if (shard < 0) {
            return -1;
        }
        JsonNode entries = read("v/" + shard + ".json");
        for (int i = 0; i < entries.size(); i += 2) {
            if (entries.get(i).asText().equals(word)) {
                return entries.get(i + 1).asInt();
            }
        }
        return -1;
    }

    /** [words, documents, title, meta] of a stem number. */
    public JsonNode postings(int stem) {
        JsonNode keys = manifest.get("postings");
        int shard = 0;
        while (shard + 1 < keys.size() && keys.get(shard + 1).asInt() <= stem) {
            shard++;
        }
        return read("p/" + shard + ".json").get(stem - keys.get(shard).asInt());
    }

    /** Documents containing a folded word in any field (0 = oldest), decoded from gaps or a bitset. */
    public List<Integer> documents(String word) {
        int stem = stemOf(word);
        return stem < 0 ? List.of() : decode(postings(stem).get(1));
    }

    public List<Integer> titleDocuments(String word) {
        int stem = stemOf(word);
        return stem < 0 ? List.of() : decode(postings(stem).get(2));
    }

    public List<Integer> decode(JsonNode list) {
        List<Integer> ids = new ArrayList<>();
        if (list.isTextual()) {
            byte[] bits = Base64.getDecoder().decode(list.asText());
            for (int i = 0; i < bits.length * 8; i++) {
                if ((bits[i / 8] & (1 << (i % 8))) != 0) {
                    ids.add(i);
                }
            }
            return ids;
        }
        int previous = 0;
        for (JsonNode gap : list) {
            previous += gap.asInt();
            ids.add(previous);
        }
        return ids;
    }

    private static int lastAtMost(JsonNode keys, String value) {
        int found = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).asText().compareTo(value) <= 0) {
                found = i;
            }
        }
        return found;
    }
}
