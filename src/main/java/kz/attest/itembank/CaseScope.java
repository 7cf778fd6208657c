package kz.attest.itembank;

/**
 * Whom a case serves: the candidates of one service (legal professions, ¶11(2)) or of one expert specialty
 * (forensic services, ¶43, ¶68).
 */
public record CaseScope(Kind kind, String code) {

    /** Service-wide or per expert specialty. */
    public enum Kind { SERVICE, SPECIALTY }

    public static CaseScope service(String serviceCode) {
        return new CaseScope(Kind.SERVICE, serviceCode);
    }

    public static CaseScope specialty(String specialtyCode) {
        return new CaseScope(Kind.SPECIALTY, specialtyCode);
    }
}
