package kz.attest.notification;

import java.util.Map;
import java.util.TreeMap;

import static kz.attest.Json.JSON;

/** Template parameters are kept as a JSON object. */
final class NoticeParameters {

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
