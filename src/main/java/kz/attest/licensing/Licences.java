package kz.attest.licensing;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.identity.Organisation;
import kz.attest.identity.Organisations;
import kz.attest.identity.SignedInUser;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.reporting.Bilingual;
import kz.attest.reporting.OutcomeDocument;
import kz.attest.reporting.OutcomeDocuments;
import kz.attest.signature.PdfSignatureInfo;
import kz.attest.signature.PdfSignatures;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_FOUND;
import static kz.attest.web.Refusal.Kind.WRONG_STATE;
import static kz.attest.web.SupportedLocales.KAZAKH;
import static kz.attest.web.SupportedLocales.RUSSIAN;

/**
 * The licence registry and the e-licence: the head (deputy head) of the provider signs the licence a request ends
 * in — a kk+ru PDF with a QR code of the verification page (reporting's {@code E_LICENCE} form), PAdES-signed with the
 * provider's key — a re-issue supersedes the licence it replaces (kept, shown as re-issued); officers suspend and
 * terminate with a reason; anyone verifies a licence by its number.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Licences {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final LicenceRows rows;
    private final ProviderSteps requests;
    private final RequestSupport support;
    private final Catalogue catalogue;
    private final Organisations organisations;
    private final OutcomeDocuments documents;
    private final PdfSignatures pdfSignatures;
    private final AuditLog auditLog;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final LicensingProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    /**
     * The last step (seed 003 ¶6(4), seed 004 app.2 ¶7(5)): the head signs the prepared licence. The PDF is rendered
     * and signed outside the transaction; the transaction then checks the step is still pending (and, for a re-issue,
     * that the replaced licence is still active), records the licence and supersedes the old one.
     */
    public LicenceView sign(long requestId) {
        SignedInUser head = support.staff();
        RequestSupport.requireHead(head);
        LicenceRequest r = requests.requireSigningStep(requestId, head);
        ServiceDefinition service = catalogue.get(r.service);
        Organisation provider = organisations.find(support.providerOf(service)).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        String number = rows.nextNumber(today.getYear());
        String verificationCode = newCode();
        String replacedNumber = r.replacesLicenceId == null ? null : rows.held(r.replacesLicenceId).orElseThrow().number();
        OutcomeDocument document = new OutcomeDocument(service.decisionForm().code(), OutcomeDocument.Variant.POSITIVE,
                number, new Bilingual(message("licensing.licence.city", KAZAKH), message("licensing.licence.city", RUSSIAN)),
                today, r.applicantName, new Bilingual(
                messages.getMessage("licensing.activity." + r.service, null, service.name().kk(), KAZAKH),
                messages.getMessage("licensing.activity." + r.service, null, service.name().ru(), RUSSIAN)),
                r.specialties.stream().map(code -> catalogue.specialty(code).name())
                        .map(name -> new Bilingual(name.kk(), name.ru())).toList(),
                null, head.fullName(),
                new Bilingual(message("licensing.licence.signer-position", KAZAKH), message("licensing.licence.signer-position", RUSSIAN)),
                new Bilingual(provider.name(KAZAKH), provider.name(RUSSIAN)), properties.verificationUrl() + number + "&code=" + verificationCode,
                Locale.forLanguageTag(r.language), replacedNumber, r.reissueReason);
        byte[] pdf = pdfSignatures.signWithOrganisationKey(documents.pdf(document), provider.id(),
                new PdfSignatureInfo(head.fullName(), service.decisionForm().title().ru() + " № " + number,
                        message("licensing.licence.city", RUSSIAN)));
        LicenceView issued = transaction.execute(status -> {
            LicenceRequest locked = requests.lockForSigning(requestId);
            Instant now = clock.instant();
            Long replacesId = locked.replacesLicenceId;
            if (replacesId != null) {
                LicenceRows.Held old = rows.heldForUpdate(replacesId).orElseThrow();
                if (!"ACTIVE".equals(old.status())) {
                    throw new LicensingRefusal(WRONG_STATE, "licensing.error.licence-not-active", old.number());
                }
            }
            requests.signingDone(locked, head.login());
            long id = rows.insert(number, locked.service, locked.accountId, locked.applicantIin, locked.applicantName,
                    locked.specialties, today, locked.id, replacesId, locked.reissueReason, pdf,
                    DigestUtils.sha256Hex(verificationCode.getBytes(StandardCharsets.US_ASCII)), now);
            if (replacesId != null) {
                rows.reissued(replacesId, id, now);
                auditLog.record(head.login(), "licensing.licence-reissued", "Licence", replacedNumber,
                        "re-issued as " + number + ": " + locked.reissueReason);
            }
            locked.issued(id);
            requests.save(locked);
            auditLog.record(head.login(), "licensing.licence-issued", "Licence", number,
                    locked.service + " to " + locked.applicantIin + " on request " + locked.number);
            support.notify(locked, "licensing.issued", Map.of("number", locked.number, "licence", number));
            return rows.view(number).orElseThrow();
        });
        return issued;
    }

    /** Suspends an active licence with a reason (a head's act, audited, the holder told). */
    public LicenceView suspend(String number, String reason) {
        return changeStatus(number, reason, "SUSPENDED", Set.of("ACTIVE"), "licensing.licence-suspended");
    }

    /** Terminates an active or suspended licence with a reason (a head's act, audited, the holder told). */
    public LicenceView terminate(String number, String reason) {
        return changeStatus(number, reason, "TERMINATED", Set.of("ACTIVE", "SUSPENDED"), "licensing.licence-terminated");
    }

    /** The public verification of a licence by its number (IIN masked). */
    public LicenceView verify(String number) {
        return rows.view(number == null ? "" : number.strip()).map(LicenceView::masked)
                .orElseThrow(() -> new LicensingRefusal(NOT_FOUND, "licensing.error.licence-unknown", number));
    }

    /**
     * The shared public verification page (by number and the code of the QR on the e-licence): the licence, IIN
     * masked, or empty for an unknown number or a wrong code alike.
     */
    public Optional<LicenceView> verify(String number, String code) {
        if (number == null || code == null || number.length() > 64 || !code.strip().matches("[0-9a-fA-F]{32}")) {
            return Optional.empty();
        }
        String hash = DigestUtils.sha256Hex(code.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        return rows.view(number.strip(), hash).map(LicenceView::masked);
    }

    /** 128 random bits, hex: unguessable; only its SHA-256 is stored. */
    static String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** The registry (the provider's staff). */
    public List<LicenceView> registry() {
        support.staff();
        return rows.all();
    }

    /** The signed PDF, for its holder or the provider's staff. */
    byte[] pdf(String number, SignedInUser user) {
        LicenceRows.Held held = rows.held(number)
                .orElseThrow(() -> new LicensingRefusal(NOT_FOUND, "licensing.error.licence-unknown", number));
        if (held.holderAccountId() != user.accountId() && !providerStaff(user, held.service())) {
            // another organisation's staff see no licence of a service they do not provide (issue 13, role matrix)
            throw new LicensingRefusal(NOT_FOUND, "licensing.error.licence-unknown", number);
        }
        return rows.pdf(number).orElseThrow();
    }

    private boolean providerStaff(SignedInUser user, String service) {
        return support.providerStaff(user, catalogue.get(service));
    }


    List<LicenceView> ofAccount(long accountId) {
        return rows.ofAccount(accountId);
    }

    private LicenceView changeStatus(String number, String reason, String to, Set<String> from, String action) {
        SignedInUser head = support.staff();
        RequestSupport.requireHead(head);
        if (reason == null || reason.isBlank()) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.reason-required");
        }
        return transaction.execute(status -> {
            LicenceRows.Held held = rows.held(number).flatMap(h -> rows.heldForUpdate(h.id()))
                    .orElseThrow(() -> new LicensingRefusal(NOT_FOUND, "licensing.error.licence-unknown", number));
            if (!from.contains(held.status())) {
                throw new LicensingRefusal(WRONG_STATE, "licensing.error.licence-status", number, held.status());
            }
            rows.status(held.id(), to, reason.strip(), clock.instant());
            auditLog.record(head.login(), action, "Licence", number, reason.strip());
            notifications.notify(new Notice(held.holderAccountId(), action, Map.of("licence", number,
                    "reason", reason.strip()), Set.of(Channel.CABINET, Channel.EMAIL), "Licence", number,
                    head.organisationId()));
            return rows.view(number).orElseThrow();
        });
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
