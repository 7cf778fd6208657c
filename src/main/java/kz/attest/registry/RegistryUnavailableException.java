package kz.attest.registry;

/** The registry did not answer (down, timed out, or an unreadable answer); the check may be retried later. */
public class RegistryUnavailableException extends RuntimeException {

    private final String registry;

    public RegistryUnavailableException(String registry, String message, Throwable cause) {
        super(registry + ": " + message, cause);
        this.registry = registry;
    }

    /** Which registry failed: {@code PERSON_REGISTRY} or {@code SPECIAL_RECORDS}. */
    public String registry() {
        return registry;
    }
}
