package kz.attest.application;

import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.ServiceKind;
import kz.attest.web.Refusal.Kind;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static kz.attest.Json.JSON;

/**
 * An application being prepared: the form's answers and the typed documents. Once the applicant has signed its
 * canonical content and the signature verified, it is submitted and never changes again.
 */
class Draft {

    private final UUID id;
    private final long accountId;
    private final String applicantIin;
    private final ServiceCode service;
    private final String providerId;
    private final Instant createdAt;
    private final List<AttachedDocument> documents;
    private TreeSet<String> specialties;
    private Set<Declaration> declarations;
    private boolean consent;
    private Instant updatedAt;
    private Long applicationId;

    Draft(UUID id, long accountId, String applicantIin, ServiceCode service, String providerId, Set<String> specialties,
          Set<Declaration> declarations, boolean consent, Instant createdAt, Instant updatedAt, Long applicationId,
          List<AttachedDocument> documents) {
        this.id = Objects.requireNonNull(id);
        this.accountId = accountId;
        this.applicantIin = Objects.requireNonNull(applicantIin);
        this.service = Objects.requireNonNull(service);
        this.providerId = Objects.requireNonNull(providerId);
        this.specialties = new TreeSet<>(specialties);
        this.declarations = declarations.isEmpty() ? EnumSet.noneOf(Declaration.class) : EnumSet.copyOf(declarations);
        this.consent = consent;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.applicationId = applicationId;
        this.documents = new ArrayList<>(documents);
    }

    static Draft start(long accountId, String applicantIin, ServiceCode service, String providerId, Instant now) {
        return new Draft(UUID.randomUUID(), accountId, applicantIin, service, providerId, Set.of(), Set.of(), false,
                now, now, null, List.of());
    }

    /** Saves the form's answers; specialties must be ones the service offers (forensic services, appendix 6). */
    void fill(Set<String> chosenSpecialties, Set<Declaration> confirmed, boolean consentGiven,
              List<ExpertSpecialty> offered, Instant now) {
        requireEditable();
        Set<String> offeredCodes = new TreeSet<>();
        offered.forEach(s -> offeredCodes.add(s.code()));
        for (String code : chosenSpecialties) {
            if (!offeredCodes.contains(code)) {
                throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.unknown-specialty", code);
            }
        }
        specialties = new TreeSet<>(chosenSpecialties);
        declarations = confirmed.isEmpty() ? EnumSet.noneOf(Declaration.class) : EnumSet.copyOf(confirmed);
        consent = consentGiven;
        updatedAt = now;
    }

    /** Attaches a document of a type the service asks for (or a retake may need, ¶74); it replaces an earlier one of the same type. */
    AttachedDocument attach(String typeCode, String fileName, String contentType, long size, String sha256,
                            ServiceDefinition definition, Instant now) {
        requireEditable();
        if (!definition.acceptedDocuments().contains(typeCode)) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.document.type-not-asked", typeCode);
        }
        documents.removeIf(d -> d.typeCode().equals(typeCode));
        AttachedDocument document = new AttachedDocument(UUID.randomUUID(), typeCode, fileName, contentType, size,
                sha256, now);
        documents.add(document);
        updatedAt = now;
        return document;
    }

    /** Whether a document of this type is attached. */
    boolean hasDocument(String typeCode) {
        return documents.stream().anyMatch(d -> d.typeCode().equals(typeCode));
    }

    void remove(UUID documentId) {
        requireEditable();
        if (!documents.removeIf(d -> d.id().equals(documentId))) {
            throw new ApplicationRefusal(Kind.NOT_FOUND, "application.document.not-found");
        }
    }

    /**
     * Refuses (400) unless the draft may be signed: the four declarations and the consent confirmed (appendix 7),
     * the specialties chosen where the service is per specialty (one per attestation, ¶32), and every document the
     * service requires attached.
     */
    void checkReadyToSign(ServiceDefinition definition, List<ExpertSpecialty> offered) {
        requireEditable();
        if (!declarations.containsAll(EnumSet.allOf(Declaration.class))) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.declarations-required");
        }
        if (!consent) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.consent-required");
        }
        if (!offered.isEmpty() && specialties.isEmpty()) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.specialty-required");
        }
        if (definition.kind() == ServiceKind.ATTESTATION && specialties.size() > 1) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.one-specialty");
        }
        List<String> missing = definition.requiredDocuments().stream()
                .filter(type -> documents.stream().noneMatch(d -> d.typeCode().equals(type)))
                .toList();
        if (!missing.isEmpty()) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.documents-missing", String.join(", ", missing));
        }
    }

    /**
     * The bytes the applicant signs: a deterministic JSON (keys in a fixed order, lists sorted) of the form's answers
     * and the SHA-256 of every document, so the signature covers the documents without embedding them.
     */
    byte[] canonicalContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("applicantIin", applicantIin);
        content.put("consent", consent);
        content.put("declarations", declarations.stream().map(Enum::name).sorted().toList());
        content.put("documents", documents.stream()
                .sorted(Comparator.comparing(AttachedDocument::typeCode).thenComparing(AttachedDocument::sha256))
                .map(d -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("fileName", d.fileName());
                    entry.put("sha256", d.sha256());
                    entry.put("type", d.typeCode());
                    return entry;
                }).toList());
        content.put("draft", id.toString());
        content.put("provider", providerId);
        content.put("service", service.value());
        content.put("specialties", List.copyOf(specialties));
        return JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
    }

    /** Marks the draft as submitted as the given application. */
    void submittedAs(long application, Instant now) {
        requireEditable();
        applicationId = application;
        updatedAt = now;
    }

    private void requireEditable() {
        if (applicationId != null) {
            throw new ApplicationRefusal(Kind.WRONG_STATE, "application.error.draft-submitted");
        }
    }

    boolean submitted() {
        return applicationId != null;
    }

    UUID id() { return id; }
    long accountId() { return accountId; }
    String applicantIin() { return applicantIin; }
    ServiceCode service() { return service; }
    String providerId() { return providerId; }
    Set<String> specialties() { return Set.copyOf(specialties); }
    Set<Declaration> declarations() { return Set.copyOf(declarations); }
    boolean consent() { return consent; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Long applicationId() { return applicationId; }
    List<AttachedDocument> documents() { return List.copyOf(documents); }
}
