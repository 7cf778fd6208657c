package kz.attest.catalogue;

/** How many questions of one topic every candidate gets. */
public record TopicQuota(String topic, Integer count) {
}
