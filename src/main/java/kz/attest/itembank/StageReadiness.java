package kz.attest.itembank;

import kz.attest.catalogue.ServiceCode;

import java.util.List;

/**
 * Can the approved bank fill the stage's blueprint, and how many forms without a shared question or case it could
 * fill; each shortfall names what is missing.
 */
public record StageReadiness(ServiceCode service, int stage, int disjointForms, List<Shortfall> shortfalls) {

    public StageReadiness {
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean ready() {
        return shortfalls.isEmpty() && disjointForms > 0;
    }
}
