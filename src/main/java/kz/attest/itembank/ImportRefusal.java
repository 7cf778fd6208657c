package kz.attest.itembank;

/**
 * An import refused with its full report (bad input, a clash with the bank, or a file over the size limit, which
 * the web layer answers with 413); nothing was stored.
 */
final class ImportRefusal extends ItemBankRefusal {

    private final transient ImportReport report;
    private final boolean tooLarge;

    private ImportRefusal(Kind kind, boolean tooLarge, ImportReport report) {
        super(kind, "itembank.import.refused", report.problems().size());
        this.report = report;
        this.tooLarge = tooLarge;
    }

    static ImportRefusal invalid(ImportReport report) {
        return new ImportRefusal(Kind.BAD_INPUT, false, report);
    }

    static ImportRefusal clash(ImportReport report) {
        return new ImportRefusal(Kind.WRONG_STATE, false, report);
    }

    static ImportRefusal tooLarge(ImportReport report) {
        return new ImportRefusal(Kind.BAD_INPUT, true, report);
    }

    ImportReport report() {
        return report;
    }

    boolean tooLarge() {
        return tooLarge;
    }
}
