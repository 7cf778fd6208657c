package kz.attest.itembank;

/**
 * Not enough approved content for one form: of a topic (stage 1) or for the cases of a service or specialty.
 *
 * @param kind      {@code TOPIC}, {@code SERVICE} or {@code SPECIALTY}
 * @param code      the topic, service or specialty code
 * @param needed    how many one form needs
 * @param available how many approved ones the bank holds
 */
public record Shortfall(String kind, String code, int needed, int available) {

    /** The message key that explains it; arguments: name, needed, available. */
    public String messageKey() {
        return "itembank.readiness.shortfall." + kind.toLowerCase(java.util.Locale.ROOT);
    }
}
