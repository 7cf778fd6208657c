package kz.attest.catalogue;

import java.util.List;

/** The catalogue file cannot be used; the message names each service (or list entry) and field at fault. */
class InvalidCatalogueException extends RuntimeException {

    private final transient List<String> problems;

    InvalidCatalogueException(List<String> problems) {
        super("Service catalogue invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
