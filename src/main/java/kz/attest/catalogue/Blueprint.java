package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The make-up of a knowledge test: topic → number of questions, in the order of the seed (¶11, ¶39, ¶64, ¶88).
 * Written in the catalogue as a JSON object {@code {"CIVIL_CODE": 15, ...}}.
 */
public record Blueprint(List<TopicQuota> quotas) {

    public Blueprint {
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
    }

    @JsonCreator
    static Blueprint fromMap(LinkedHashMap<String, Integer> counts) {
        List<TopicQuota> quotas = new ArrayList<>();
        counts.forEach((topic, count) -> quotas.add(new TopicQuota(topic, count)));
        return new Blueprint(quotas);
    }

    @JsonValue
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        quotas.forEach(q -> map.put(q.topic(), q.count()));
        return map;
    }

    /** The number of questions of a topic, or empty when the blueprint does not name it. */
    public Optional<Integer> countOf(String topic) {
        return quotas.stream().filter(q -> q.topic().equals(topic)).map(TopicQuota::count).findFirst();
    }

    public int total() {
        return quotas.stream().mapToInt(q -> q.count() == null ? 0 : q.count()).sum();
    }
}
