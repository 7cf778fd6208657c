package kz.attest.web;

/** Role names used in security rules ({@code hasRole}); the identity module assigns them to accounts. */
public final class Roles {

    public static final String APPLICANT = "APPLICANT";
    public static final String PROVIDER_OFFICER = "PROVIDER_OFFICER";
    public static final String PROVIDER_HEAD = "PROVIDER_HEAD";
    public static final String OPERATOR_ADMIN = "OPERATOR_ADMIN";
    public static final String PROCTOR = "PROCTOR";
    public static final String COMMISSION_MEMBER = "COMMISSION_MEMBER";
    public static final String QUESTION_AUTHOR = "QUESTION_AUTHOR";
    public static final String AUDITOR = "AUDITOR";
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

    private Roles() {
    }
}
