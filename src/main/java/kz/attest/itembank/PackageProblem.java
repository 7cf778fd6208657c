package kz.attest.itembank;

import kz.attest.web.Refusal.Kind;

/** Why a sealed package is refused; each has its own message in {@code i18n/itembank}. */
enum PackageProblem {
    MALFORMED("itembank.package.malformed"),
    TOO_LARGE("itembank.package.too-large"),
    SIGNATURE_INVALID("itembank.package.signature-invalid"),
    UNTRUSTED_SIGNER("itembank.package.untrusted-signer"),
    WRONG_SIGNER("itembank.package.wrong-signer"),
    NOT_YET_VALID("itembank.package.not-yet-valid"),
    EXPIRED("itembank.package.expired"),
    WRONG_RECIPIENT("itembank.package.wrong-recipient"),
    UNDECRYPTABLE("itembank.package.undecryptable"),
    HASH_MISMATCH("itembank.package.hash-mismatch"),
    CONTENT_INVALID("itembank.package.content-invalid"),
    OUTDATED("itembank.package.outdated", Kind.WRONG_STATE),
    ALREADY_IMPORTED("itembank.package.already-imported", Kind.WRONG_STATE);

    private final String messageKey;
    private final Kind kind;

    PackageProblem(String messageKey) {
        this(messageKey, Kind.BAD_INPUT);
    }

    PackageProblem(String messageKey, Kind kind) {
        this.messageKey = messageKey;
        this.kind = kind;
    }

    String messageKey() {
        return messageKey;
    }

    PackageRefusal refuse(Object... arguments) {
        return new PackageRefusal(this, kind, arguments);
    }

    /** A refused package: nothing of it is stored. */
    static final class PackageRefusal extends ItemBankRefusal {

        private final PackageProblem problem;

        PackageRefusal(PackageProblem problem, Kind kind, Object... arguments) {
            super(kind, problem.messageKey, arguments);
            this.problem = problem;
        }

        PackageProblem problem() {
            return problem;
        }
    }
}
