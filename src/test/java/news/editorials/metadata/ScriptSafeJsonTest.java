package news.editorials.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptSafeJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ends </script> here", "</SCRIPT >", "<!-- comment", "<script>alert(1)</script>",
            "line\u2028separator", "para\u2029separator", "quotes \" and \\ backslash", "a & b > c", "]]>", "\u0000 nul"})
    void noValueCanLeaveAScriptBlockAndTheJsonReadsBackTheSame(String hostile) throws Exception {
        Map<String, Object> value = Map.of("headline", hostile, "list", List.of(hostile));
        String json = ScriptSafeJson.write(value);
        for (String unsafe : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(json.contains(unsafe), unsafe + " written raw in " + json);
        }
        assertEquals(value, new ObjectMapper().readValue(json, Map.class));
    }

    @org.junit.jupiter.api.Test
    void keepsOtherTextReadable() {
        assertEquals("{\"t\":\"Caf\u00e9 \u2013 \u201cquoted\u201d\"}", ScriptSafeJson.write(Map.of("t", "Caf\u00e9 \u2013 \u201cquoted\u201d")));
    }
}
