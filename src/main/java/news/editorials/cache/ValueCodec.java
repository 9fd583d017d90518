package news.editorials.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes and reads the values a parsed document holds: strings, numbers, booleans, dates, lists, maps and
 * arrays, nested. Each value keeps its Java type (an {@code Integer} comes back an {@code Integer}, a
 * {@code String[]} a {@code String[]}), since templates can tell types apart; maps keep their order.
 *
 * <p>A {@link StoredText} is written apart from the other values, where {@link TextsOut} puts it, and
 * comes back as a {@link StoredText} that {@link TextsIn} says where to read.
 *
 * <p>Anything else (an object with methods a template might call) cannot be written: {@link #canWrite}
 * says so up front, and such a document is simply parsed again on every bake.
 */
final class ValueCodec {
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int TRUE = 2;
    private static final int FALSE = 3;
    private static final int INTEGER = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int DATE = 7;
    private static final int TEMPORAL = 8;
    private static final int MAP = 9;
    private static final int LIST = 10;
    private static final int STRING_ARRAY = 11;
    private static final int OBJECT_ARRAY = 12;
    /** {@code Map.of} and {@code List.of} come back as such: their order and immutability are part of them. */
    private static final int IMMUTABLE_MAP = 13;
    private static final int IMMUTABLE_LIST = 14;
    /** A {@link StoredText}: where its bytes are in the same record (see {@link ParsedDocuments}), and their digest. */
    private static final int STORED_TEXT = 15;
    private static final int MAX_DEPTH = 32;

    /** java.time types that print and parse themselves losslessly in ISO form. */
    private static final Map<String, Function<String, Object>> TEMPORALS = Map.of(
            LocalDate.class.getName(), LocalDate::parse,
            LocalDateTime.class.getName(), LocalDateTime::parse,
            Instant.class.getName(), Instant::parse,
            OffsetDateTime.class.getName(), OffsetDateTime::parse,
            ZonedDateTime.class.getName(), ZonedDateTime::parse);

    private ValueCodec() {
    }

    /** Where the texts of a record being written go. */
    interface TextsOut {
        /** Puts the text's bytes apart and returns their place, to write in the text's stead. */
        int place(StoredText text) throws IOException;
    }

    /** Where the texts of a record being read are. */
    interface TextsIn {
        StoredText at(int place, int utf8Length, Digest digest) throws IOException;
    }

    private static final TextsOut NO_TEXTS_OUT = text -> {
        throw new IllegalArgumentException("this file keeps no stored texts");
    };
    private static final TextsIn NO_TEXTS_IN = (place, length, digest) -> {
        throw new IOException("corrupt cache: a stored text where none can be");
    };

    static boolean canWrite(Object value) {
        return canWrite(value, 0);
    }

    private static boolean canWrite(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (value == null || value instanceof String || value instanceof StoredText || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof String[]
                || (value != null && value.getClass() == Date.class) || (value != null && TEMPORALS.containsKey(value.getClass().getName()))) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !canWrite(entry.getValue(), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(item -> canWrite(item, depth + 1));
        }
        if (value instanceof Object[] array && array.getClass() == Object[].class) {
            for (Object item : array) {
                if (!canWrite(item, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static void write(DataOutput out, Object value) throws IOException {
        write(out, value, NO_TEXTS_OUT);
    }

    static void write(DataOutput out, Object value, TextsOut texts) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            writeString(out, text);
        } else if (value instanceof StoredText text) {
            out.writeByte(STORED_TEXT);
            out.writeInt(texts.place(text));
            out.writeInt(text.utf8Length());
            out.writeLong(text.digest().high());
            out.writeLong(text.digest().low());
        } else if (value instanceof Boolean flag) {
            out.writeByte(flag ? TRUE : FALSE);
        } else if (value instanceof Integer number) {
            out.writeByte(INTEGER);
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (value.getClass() == Date.class) {
            out.writeByte(DATE);
            out.writeLong(((Date) value).getTime());
        } else if (TEMPORALS.containsKey(value.getClass().getName())) {
            out.writeByte(TEMPORAL);
            writeString(out, value.getClass().getName());
            writeString(out, value.toString());
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(isImmutable(map) ? IMMUTABLE_MAP : MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                writeString(out, (String) entry.getKey());
                write(out, entry.getValue(), texts);
            }
        } else if (value instanceof Collection<?> list) {
            out.writeByte(isImmutable(list) ? IMMUTABLE_LIST : LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item, texts);
            }
        } else if (value instanceof String[] array) {
            out.writeByte(STRING_ARRAY);
            out.writeInt(array.length);
            for (String item : array) {
                write(out, item);
            }
        } else if (value instanceof Object[] array) {
            out.writeByte(OBJECT_ARRAY);
            out.writeInt(array.length);
            for (Object item : array) {
                write(out, item, texts);
            }
        } else {
            throw new IllegalArgumentException("cannot cache a " + value.getClass().getName());
        }
    }

    static Object read(DataInput in) throws IOException {
        return read(in, NO_TEXTS_IN);
    }

    static Object read(DataInput in, TextsIn texts) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return readString(in);
            case STORED_TEXT: {
                int place = in.readInt();
                int length = in.readInt();
                return texts.at(place, length, new Digest(in.readLong(), in.readLong()));
            }
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case INTEGER:
                return in.readInt();
            case LONG:
                return in.readLong();
            case DOUBLE:
                return in.readDouble();
            case DATE:
                return new Date(in.readLong());
            case TEMPORAL: {
                Function<String, Object> parser = TEMPORALS.get(readString(in));
                if (parser == null) {
                    throw new IOException("unknown date type in the cache");
                }
                return parser.apply(readString(in));
            }
            case MAP:
            case IMMUTABLE_MAP: {
                int size = in.readInt();
                Map<String, Object> map = new LinkedHashMap<>();
                readEntries(in, size, map, texts);
                return tag == MAP ? map : Map.copyOf(map);
            }
            case LIST:
            case IMMUTABLE_LIST: {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in, texts));
                }
                return tag == LIST ? list : List.copyOf(list);
            }
            case STRING_ARRAY: {
                String[] array = new String[in.readInt()];
                for (int i = 0; i < array.length; i++) {
                    array[i] = (String) read(in, texts);
                }
                return array;
            }
            case OBJECT_ARRAY: {
                Object[] array = new Object[in.readInt()];
                for (int i = 0; i < array.length; i++) {
                    array[i] = read(in, texts);
                }
                return array;
            }
            default:
                throw new IOException("corrupt cache: unknown value tag " + tag);
        }
    }

    private static boolean isImmutable(Object value) {
        return value.getClass().getName().startsWith("java.util.ImmutableCollections$");
    }

    /** Reads a map written by {@link #write} into {@code into} (a document model, say), keeping its order. */
    static void readMap(DataInput in, Map<String, Object> into, TextsIn texts) throws IOException {
        int tag = in.readByte();
        if (tag != MAP && tag != IMMUTABLE_MAP) {
            throw new IOException("corrupt cache: expected a map");
        }
        readEntries(in, in.readInt(), into, texts);
    }

    private static void readEntries(DataInput in, int size, Map<String, Object> into, TextsIn texts) throws IOException {
        for (int i = 0; i < size; i++) {
            String key = readString(in);
            into.put(key, read(in, texts));
        }
    }

    /** UTF-8 with an int length: {@code writeUTF} stops at 64 KB, and a long editorial's HTML is more. */
    static void writeString(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 256 << 20) {
            throw new IOException("corrupt cache: string length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
