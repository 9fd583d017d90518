package news.editorials.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueCodecTest {

    private static Object roundTrip(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValueCodec.write(new DataOutputStream(bytes), value);
        return ValueCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void keepsEveryValueWithItsTypeAndTheMapsOrder() throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", "Caf\u00e9 \u201cquotes\u201d");
        document.put("body", "x".repeat(70_000));
        document.put("number", 10);
        document.put("big", 10L);
        document.put("ratio", 0.5);
        document.put("draft", false);
        document.put("date", new Date(1_700_000_000_000L));
        document.put("local_date", LocalDate.of(2025, 7, 27));
        document.put("tags", new String[] {"Trade", "Energy"});
        document.put("topics", new ArrayList<>(List.of(Map.of("name", "Trade", "slug", "trade"))));
        document.put("none", null);

        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) roundTrip(document);

        assertEquals(List.copyOf(document.keySet()), List.copyOf(back.keySet()));
        for (String key : List.of("title", "body", "number", "big", "ratio", "draft", "date", "local_date", "topics")) {
            assertEquals(document.get(key), back.get(key), key);
            assertEquals(document.get(key).getClass(), back.get(key).getClass(), key);
        }
        assertArrayEquals((String[]) document.get("tags"), (String[]) back.get("tags"));
        Map<?, ?> topic = (Map<?, ?>) ((List<?>) back.get("topics")).get(0);
        assertThrows(UnsupportedOperationException.class, () -> topic.clear(), "a Map.of stays immutable");
    }

    @Test
    void refusesObjectsATemplateCouldCallMethodsOn() {
        assertTrue(ValueCodec.canWrite(Map.of("a", List.of(1, "b"))));
        assertFalse(ValueCodec.canWrite(Map.of("a", new Object())));
        assertFalse(ValueCodec.canWrite(Map.of("a", List.of(new StringBuilder("x")))));
    }

    @Test
    void corruptBytesAreAnErrorNotAWrongValue() {
        assertThrows(IOException.class, () -> ValueCodec.read(new DataInputStream(new ByteArrayInputStream(new byte[] {99}))));
    }
}
