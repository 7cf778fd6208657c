package kz.attest.application;

import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A draft as its applicant sees it; {@code applicationId} is set once it has been submitted. */
public record DraftView(UUID id, ServiceCode service, String providerId, Set<String> specialties,
                        Set<Declaration> declarations, boolean consent, List<DocumentView> documents,
                        Instant updatedAt, Long applicationId) {

    static DraftView of(Draft draft) {
        return new DraftView(draft.id(), draft.service(), draft.providerId(), draft.specialties(), draft.declarations(),
                draft.consent(), draft.documents().stream().map(DocumentView::of).toList(), draft.updatedAt(),
                draft.applicationId());
    }

    /** Whether a document of the type is attached. */
    public boolean has(String documentType) {
        return documents.stream().anyMatch(d -> d.type().equals(documentType));
    }
}
