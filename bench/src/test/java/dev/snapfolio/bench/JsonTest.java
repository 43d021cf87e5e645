package dev.snapfolio.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedValuesEscapedAndInOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("ms", 12.3456);
        inner.put("ok", true);
        inner.put("none", null);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", "say \"hi\"\n");
        root.put("date", LocalDate.of(2026, 1, 2));
        root.put("list", List.of(1, 2L));
        root.put("inner", inner);
        root.put("empty", List.of());
        root.put("nan", Double.NaN);
        String json = Json.write(root);
        assertThat(json.replaceAll("\\s+", "")).isEqualTo(
                "{\"name\":\"say\\\"hi\\\"\\n\",\"date\":\"2026-01-02\",\"list\":[1,2],"
                        + "\"inner\":{\"ms\":12.346,\"ok\":true,\"none\":null},\"empty\":[],\"nan\":null}");
    }
}
