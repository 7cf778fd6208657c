package kz.attest.itembank;

/**
 * An import refused with its full report (bad input, a clash with the bank, or a file over the size limit (too large), which
 * the web layer answers with 413); nothing was stored.
 */
final class ImportRefusal extends ItemBankRefusal {

    private final transient ImportReport report;

    private ImportRefusal(Kind kind, ImportReport report) {
        super(kind, "itembank.import.refused", report.problems().size());
        this.report = report;
    }

    static ImportRefusal invalid(ImportReport report) {
        return new ImportRefusal(Kind.BAD_INPUT, report);
    }

    static ImportRefusal clash(ImportReport report) {
        return new ImportRefusal(Kind.WRONG_STATE, report);
    }

    static ImportRefusal tooLarge(ImportReport report) {
        return new ImportRefusal(Kind.TOO_LARGE, report);
    }

    ImportReport report() {
        return report;
    }

}
