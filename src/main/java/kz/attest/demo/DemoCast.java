package kz.attest.demo;

import kz.attest.catalogue.ServiceCode;
import kz.attest.identity.Iin;

/** The people of the demonstration story (docs/demo-accounts.md), one in each state an application can be in. */
final class DemoCast {

    private DemoCast() {
    }

    static final String APPLICANT = "900315300123";
    static final String PROVIDER = "dj-almaty";
    static final String CENTRE = "tc-almaty";
    static final ServiceCode ADVOCATE = new ServiceCode("ADVOCATE_ATTESTATION");
    static final ServiceCode NOTARY = new ServiceCode("NOTARY_ATTESTATION");
    static final ServiceCode BAILIFF = new ServiceCode("BAILIFF_ATTESTATION");
    static final String PASSWORD = "demo-candidate-2026";
    static final ServiceCode PATENT_ATTORNEY = new ServiceCode("PATENT_ATTORNEY_ATTESTATION");
    static final ServiceCode FORENSIC_EXPERT = new ServiceCode("FORENSIC_EXPERT_ATTESTATION");
    static final ServiceCode FORENSIC_MEDICAL = new ServiceCode("FORENSIC_MEDICAL_ATTESTATION");

    /** The other applicants of the story: IIN's first eleven digits (the check digit is computed), names. */
    record Person(String firstEleven, String surname, String givenName, String patronymic) {

        String iin() {
            for (String candidate = firstEleven; ; candidate = bump(candidate)) {
                int check = Iin.checkDigitFor(candidate);
                if (check >= 0) {
                    return candidate + check;
                }
            }
        }

        private static String bump(String digits) {
            return digits.substring(0, 7) + "%04d".formatted((Integer.parseInt(digits.substring(7)) + 1) % 10_000);
        }
    }

    static final Person SUBMITTED = new Person("85010240012", "Жұмабекова", "Аружан", "Серікқызы");
    static final Person REGISTERED = new Person("87060530021", "Сергеев", "Павел", "Игоревич");
    static final Person UNDER_REVIEW = new Person("88112140033", "Оспанов", "Дәурен", "Маратұлы");
    static final Person RETURNED = new Person("91030940044", "Ким", "Елена", "Викторовна");
    static final Person WITHDRAWN = new Person("79072230055", "Тұрсынов", "Ғалым", "Болатұлы");
    static final Person ADMITTED = new Person("86121540066", "Әлиева", "Мадина", "Асқарқызы");
    static final Person FAILED = new Person("84041830077", "Попов", "Дмитрий", "Олегович");
    static final Person PREPARED = new Person("89090140088", "Нұрғалиева", "Жанна", "Ерланқызы");
    static final Person TESTED = new Person("83022640101", "Ермеков", "Нұрлан", "Қайратұлы");
    static final Person PATENT = new Person("82071040112", "Абдрахманова", "Сәуле", "Маратқызы");
    static final Person EXPERT = new Person("80111940123", "Ли", "Владимир", "Сергеевич");
    static final Person MEDICAL = new Person("81052540134", "Қалиева", "Динара", "Бақытқызы");
    static final Person AT_WORK = new Person("92050630099", "Бекмұхамбетов", "Арман", "Нұрланұлы");
}
