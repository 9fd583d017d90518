package news.editorials.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the site's files ({@link OutputRecord}s by site path). Link targets repeat across
 * thousands of pages, so strings go through a table: each is written once, then referred to by number.
 */
final class OutputManifest {
    private OutputManifest() {
    }

    static void write(DataOutput out, Map<String, OutputRecord> records) throws IOException {
        Map<String, Integer> table = new HashMap<>();
        out.writeInt(records.size());
        for (Map.Entry<String, OutputRecord> entry : records.entrySet()) {
            OutputRecord record = entry.getValue();
            ValueCodec.writeString(out, entry.getKey());
            writeDigest(out, record.inputs());
            writeDigest(out, record.output());
            out.writeLong(record.size());
            out.writeLong(record.modifiedNanos());
            writeStrings(out, record.links(), table);
            writeStrings(out, record.ids() == null ? null : new ArrayList<>(record.ids()), table);
        }
    }

    static Map<String, OutputRecord> read(DataInput in) throws IOException {
        List<String> table = new ArrayList<>();
        int count = in.readInt();
        Map<String, OutputRecord> records = new HashMap<>(Math.max(16, count * 2));
        for (int i = 0; i < count; i++) {
            String path = ValueCodec.readString(in);
            Digest inputs = readDigest(in);
            Digest output = readDigest(in);
            long size = in.readLong();
            long modified = in.readLong();
            List<String> links = readStrings(in, table);
            List<String> ids = readStrings(in, table);
            records.put(path, new OutputRecord(inputs, output, size, modified, links,
                    ids == null ? null : Set.copyOf(new LinkedHashSet<>(ids))));
        }
        return records;
    }

    private static void writeDigest(DataOutput out, Digest digest) throws IOException {
        out.writeBoolean(digest != null);
        if (digest != null) {
            out.writeLong(digest.high());
            out.writeLong(digest.low());
        }
    }

    private static Digest readDigest(DataInput in) throws IOException {
        return in.readBoolean() ? new Digest(in.readLong(), in.readLong()) : null;
    }

    private static void writeStrings(DataOutput out, List<String> strings, Map<String, Integer> table) throws IOException {
        if (strings == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(strings.size());
        for (String text : strings) {
            Integer known = table.get(text);
            if (known != null) {
                out.writeInt(known);
            } else {
                out.writeInt(-1 - table.size());
                table.put(text, table.size());
                ValueCodec.writeString(out, text);
            }
        }
    }

    private static List<String> readStrings(DataInput in, List<String> table) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            return null;
        }
        List<String> strings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int ref = in.readInt();
            if (ref >= 0) {
                if (ref >= table.size()) {
                    throw new IOException("corrupt cache: string reference " + ref);
                }
                strings.add(table.get(ref));
            } else {
                String text = ValueCodec.readString(in);
                if (-1 - ref != table.size()) {
                    throw new IOException("corrupt cache: string table out of order");
                }
                table.add(text);
                strings.add(text);
            }
        }
        return List.copyOf(strings);
    }
}
