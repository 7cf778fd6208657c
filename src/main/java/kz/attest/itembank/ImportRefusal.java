package kz.attest.itembank;

import org.springframework.http.HttpStatus;

/** An import refused with its full report (400, or 413 for a file over the size limit); nothing was stored. */
class ImportRefusal extends ItemBankRefusal {

    private final transient ImportReport report;

    ImportRefusal(HttpStatus status, String messageKey, ImportReport report) {
        super(status, messageKey, report.problems().size());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
