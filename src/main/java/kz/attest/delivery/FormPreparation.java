package kz.attest.delivery;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.CaseInvalidated;
import kz.attest.itembank.FormCase;
import kz.attest.itembank.FormItem;
import kz.attest.itembank.FormRequest;
import kz.attest.itembank.Forms;
import kz.attest.itembank.ItemInvalidated;
import kz.attest.scheduling.CandidateCheckedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static kz.attest.Json.JSON;

/**
 * Assembles each waiting stage's form ahead of the Start (issue 12: 1,000 Starts within a second), so that the Start
 * is one short UPDATE: after the check-in commits, and again when the workstation is started with the code (a sitting
 * checked in before this existed, or whose preparation failed). The prepared form sits in its own columns of the
 * attempt; nothing that serves a candidate reads them, so its questions reach the candidate only after the Start
 * (confidentiality, ¶16). The shared question texts of the form are then warmed in both languages ({@link FormViews}),
 * so the first page after the Start decrypts nothing. A preparation that fails leaves the attempt as it was: the
 * Start assembles the form itself and refuses with the bank's reason, as before.
 */
@Component
class FormPreparation {

    private static final Logger log = LoggerFactory.getLogger(FormPreparation.class);
    private static final List<String> LANGUAGES = List.of("kk", "ru");

    private final ExamRows rows;
    private final Forms forms;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final FormViews views;
    private final TransactionTemplate transactions;

    FormPreparation(ExamRows rows, Forms forms, Catalogue catalogue, AuditLog audit, FormViews views,
                    PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.forms = forms;
        this.catalogue = catalogue;
        this.audit = audit;
        this.views = views;
        // each stage in a transaction of its own, also when called from the check-in listener's transaction: one
        // stage's failure must not roll back the stages prepared before it (or the listener's event publication)
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * After commit: the check-in stands whether or not the forms can be assembled now, and assembling (the bank's
     * pool, the candidate's earlier forms) never holds the proctor's check-in transaction or the audit chain.
     */
    @ApplicationModuleListener
    void on(CandidateCheckedIn event) {
        prepareQuietly(event.sittingId());
    }

    /**
     * After commit: a question invalidated (¶26) must not reach a candidate through a form prepared before; the form is
     * dropped, and the Start (or the workstation's code) assembles a new one without it.
     */
    @ApplicationModuleListener
    void on(ItemInvalidated invalidated) {
        discard("{\"items\":[{\"itemId\":\"" + invalidated.itemId() + "\"}]}", "Item", invalidated.itemId());
    }

    /** After commit: a case invalidated on an act of technical failure (¶26), as for a question. */
    @ApplicationModuleListener
    void on(CaseInvalidated invalidated) {
        discard("{\"cases\":[{\"caseId\":\"" + invalidated.caseId() + "\"}]}", "Case", invalidated.caseId());
    }

    /** Drops the prepared forms that show the invalidated question or case, and audits how many (in this transaction). */
    private void discard(String fragment, String entityType, UUID entityId) {
        int dropped = rows.discardPreparedShowing(fragment);
        if (dropped > 0) {
            audit.record("system", "delivery.prepared-forms-dropped", entityType, entityId.toString(),
                    dropped + " prepared form(s) dropped before their Start (¶26)");
        }
    }

    /** Prepares the sitting's waiting stages; a failure is logged and left to the Start, which assembles itself. */
    void prepareQuietly(UUID sittingId) {
        try {
            for (UUID attemptId : rows.attemptsToPrepare(sittingId)) {
                prepare(attemptId);
            }
        } catch (RuntimeException e) {
            log.warn("Could not prepare the forms of sitting {} ahead of its Start ({}); the Start assembles them",
                    sittingId, e.getMessage());
        }
    }

    /**
     * Assembles and stores the form of one waiting attempt in its own transaction (the attempt's row locked, so a
     * concurrent preparation or Start waits and then finds it prepared), then warms its texts outside it.
     */
    void prepare(UUID attemptId) {
        Optional<AssembledForm> prepared = transactions.execute(status -> assemble(attemptId));
        prepared.ifPresent(form -> LANGUAGES.forEach(language -> views.warm(form, language)));
    }

    private Optional<AssembledForm> assemble(UUID attemptId) {
        if (!rows.lockToPrepare(attemptId)) {
            return Optional.empty(); // prepared or started meanwhile
        }
        AttemptRow attempt = rows.attempt(attemptId).orElseThrow();
        SittingRow sitting = rows.sitting(attempt.sittingId()).orElseThrow();
        ServiceDefinition service = catalogue.get(sitting.service());
        AssembledForm form = forms.assemble(new FormRequest(
                sitting.trial() ? "trial-" + sitting.id() : sitting.candidateReference(), service.code(),
                attempt.stage(), Optional.ofNullable(sitting.specialty()), sitting.trial()));
        List<Integer> optionCounts = optionCounts(form);
        rows.prepare(attemptId, JSON.writeValueAsString(form), form.seed(), optionCounts.size(),
                optionCounts.toArray(Integer[]::new));
        audit.record("workstation", "delivery.form-prepared", "Attempt", attemptId.toString(),
                "sitting " + sitting.id() + ", stage " + attempt.stage() + ", " + optionCounts.size()
                        + " questions, seed " + form.seed());
        return Optional.of(form);
    }

    /** The number of shown options of every position of the form: questions, then case questions. */
    static List<Integer> optionCounts(AssembledForm form) {
        List<Integer> counts = new ArrayList<>();
        for (FormItem item : form.items()) {
            counts.add(item.optionOrder().size());
        }
        for (FormCase c : form.cases()) {
            for (List<Integer> order : c.optionOrders()) {
                counts.add(order.size());
            }
        }
        return counts;
    }
}
