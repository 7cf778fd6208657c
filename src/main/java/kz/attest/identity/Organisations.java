package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** The organisations of the platform: justice departments, the forensic centre, the Ministry, the testing operator. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Organisations {

    private final OrganisationRows rows;

    public List<Organisation> all() {
        return rows.all();
    }

    public Optional<Organisation> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return rows.find(id);
    }

    public List<Organisation> byKind(OrganisationKind kind) {
        return rows.byKind(kind);
    }

    /** The organisations that belong to the given one (a testing operator's test centres). */
    public List<Organisation> childrenOf(String parentId) {
        return rows.childrenOf(parentId);
    }
}
