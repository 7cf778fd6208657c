package kz.attest.decision;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_FOUND;

/**
 * Public verification of decisions (no sign-in): by number and verification code (from the QR code), or by an uploaded
 * PDF, reported authentic, tampered, unknown or not a PDF. An unknown number and a wrong code get the same answer, so
 * the page never tells whether a number exists.
 */
@Service
class Verifications {

    static final long MAX_PDF_BYTES = 20L * 1024 * 1024;
    private static final Pattern NUMBER = Pattern.compile("[A-Z][A-Z0-9-]*-\\d{4}-\\d{5}");
    private static final Pattern CODE = Pattern.compile("[0-9a-f]{32}");

    private static final int REMEMBERED_CHECKS = 10_000;

    private final OutcomeRows rows;
    private final OutcomePaper paper;
    private final Catalogue catalogue;
    private final Clock clock;
    private final Duration checkKeptFor;
    /**
     * The signature check of each signed decision, kept for {@code attest.decision.verify-check-kept-for} (default 5
     * minutes): a signed document is never changed (a correction is a new document), so the full DSS validation — the
     * slow part of a verification — need not run again for every scan of the same QR code; a revocation of the
     * signer's certificate shows once the kept check is older than that. The document's own standing (revoked,
     * superseded, expired) is read from the database on every request. Least recently used forgotten first.
     */
    private final Map<UUID, KeptCheck> checks = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, KeptCheck> eldest) {
            return size() > REMEMBERED_CHECKS;
        }
    };

    Verifications(OutcomeRows rows, OutcomePaper paper, Catalogue catalogue, Clock clock,
                  @Value("${attest.decision.verify-check-kept-for:PT5M}") Duration checkKeptFor) {
        this.rows = rows;
        this.paper = paper;
        this.catalogue = catalogue;
        this.clock = clock;
        this.checkKeptFor = checkKeptFor;
    }

    private record KeptCheck(OutcomePaper.Check check, Instant until) {
    }

    /**
     * The decision with this number whose verification code is {@code code}; 404 for anything else. No transaction:
     * each read takes a pooled connection for itself only, so that the signature's validation (DSS, the slow part)
     * holds none — 50 clients at once otherwise exhausted the pool and got 500s (VerificationBenchmark).
     */
    public Verification byNumber(String number, String code) {
        if (number == null || number.isBlank() || code == null || code.isBlank()) {
            throw new DecisionRefusal(BAD_INPUT, "decision.verify.number-and-code-required");
        }
        String cleanCode = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (number.length() > 64 || !CODE.matcher(cleanCode).matches()) {
            throw new DecisionRefusal(NOT_FOUND, "decision.verify.not-found");
        }
        return rows.byNumber(number.strip())
                .filter(r -> r.signedPdf() != null)
                .filter(r -> rows.byCodeHash(DigestUtils.sha256Hex(cleanCode.getBytes(StandardCharsets.US_ASCII)))
                        .map(found -> found.id().equals(r.id())).orElse(false))
                .map(r -> view(r, checkOf(r)))
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.verify.not-found"));
    }

    /** The signed decision's signature check, validated again once the kept one is older than the configured time. */
    private OutcomePaper.Check checkOf(OutcomeRows.Row row) {
        Instant now = clock.instant();
        KeptCheck kept;
        synchronized (checks) {
            kept = checks.get(row.id());
        }
        if (kept != null && now.isBefore(kept.until())) {
            return kept.check();
        }
        OutcomePaper.Check check = paper.verify(row.signedPdf(), row.signature());
        if (!checkKeptFor.isNegative() && !checkKeptFor.isZero()) {
            synchronized (checks) {
                checks.put(row.id(), new KeptCheck(check, now.plus(checkKeptFor)));
            }
        }
        return check;
    }

    /** An uploaded PDF: authentic (a signed decision, unchanged), tampered, unknown, or not a PDF at all (no transaction, as above). */
    public Verification.PdfCheck pdf(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new DecisionRefusal(BAD_INPUT, "decision.verify.file-required");
        }
        if (upload.length > MAX_PDF_BYTES) {
            throw new DecisionRefusal(BAD_INPUT, "decision.verify.file-too-large", MAX_PDF_BYTES / 1024 / 1024);
        }
        if (!startsAsPdf(upload)) {
            return new Verification.PdfCheck("NOT_A_PDF", null);
        }
        Optional<OutcomeRows.Row> exact = rows.bySignedSha(DigestUtils.sha256Hex(upload));
        if (exact.isPresent()) {
            OutcomePaper.Check check = paper.verify(upload, exact.get().signature());
            // byte for byte a document we signed: authentic unless its signature no longer matches it; the
            // signature's own standing (valid, untrusted) is shown beside it
            return new Verification.PdfCheck(check.status() == OutcomePaper.Status.TAMPERED ? "TAMPERED" : "AUTHENTIC",
                    view(exact.get(), check));
        }
        // a file that starts as a PDF but does not parse is no document of ours unless it names or nearly copies one
        OutcomePaper.Check check = paper.verify(upload, null);
        if (check.status() == OutcomePaper.Status.VALID) {
            return new Verification.PdfCheck("AUTHENTIC", null);
        }
        // a document of ours that was changed: it names one of our numbers, or differs from one in a few bytes
        Optional<OutcomeRows.Row> named = numberIn(upload).flatMap(rows::byNumber).filter(r -> r.signedPdf() != null)
                .or(() -> nearCopy(upload));
        return named.map(r -> new Verification.PdfCheck("TAMPERED", null))
                .orElse(new Verification.PdfCheck(check.status() == OutcomePaper.Status.TAMPERED ? "TAMPERED"
                        : "UNKNOWN", null));
    }

    private Optional<String> numberIn(byte[] upload) {
        try (PDDocument document = Loader.loadPDF(upload)) {
            Matcher matcher = NUMBER.matcher(new PDFTextStripper().getText(document));
            return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // unreadable: judged by its bytes below
        }
    }

    /** A signed decision of the same length that differs in at most a few bytes. */
    private Optional<OutcomeRows.Row> nearCopy(byte[] upload) {
        return rows.signedOfLength(upload.length).stream().filter(r -> {
            byte[] original = r.signedPdf();
            int differing = 0;
            for (int i = 0; i < original.length && differing <= 16; i++) {
                if (original[i] != upload[i]) {
                    differing++;
                }
            }
            return differing <= 16;
        }).findFirst();
    }

    private static boolean startsAsPdf(byte[] upload) {
        return upload.length >= 5 && new String(Arrays.copyOf(upload, 5), StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    private Verification view(OutcomeRows.Row row, OutcomePaper.Check check) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
        return new Verification(catalogue.get(new ServiceCode(row.service())).decisionForm().title(), row.number(),
                row.fullName(), row.variant(), row.passed(), row.decidedOn(), row.validUntil(), row.standing(today),
                check.status().name(), row.signerName(), row.signedAt());
    }
}
