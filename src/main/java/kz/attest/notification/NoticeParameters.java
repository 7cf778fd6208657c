package kz.attest.notification;

import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.TreeMap;

/** Template parameters are kept as a JSON object. */
final class NoticeParameters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NoticeParameters() {
    }

    static String toJson(Map<String, String> parameters) {
        return JSON.writeValueAsString(new TreeMap<>(parameters));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fromJson(String json) {
        return json == null ? Map.of() : JSON.readValue(json, Map.class);
    }
}
