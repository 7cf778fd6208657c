package kz.attest.identity;

import kz.attest.web.Roles;

/** What an account may do; each maps to the Spring Security authority {@code ROLE_<name>} of {@link Roles}. */
public enum Role {
    APPLICANT(Roles.APPLICANT),
    PROVIDER_OFFICER(Roles.PROVIDER_OFFICER),
    PROVIDER_HEAD(Roles.PROVIDER_HEAD),
    OPERATOR_ADMIN(Roles.OPERATOR_ADMIN),
    PROCTOR(Roles.PROCTOR),
    COMMISSION_MEMBER(Roles.COMMISSION_MEMBER),
    QUESTION_AUTHOR(Roles.QUESTION_AUTHOR),
    AUDITOR(Roles.AUDITOR),
    SYSTEM_ADMIN(Roles.SYSTEM_ADMIN);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String authority() {
        return "ROLE_" + roleName;
    }

    /** Staff work for an organisation; applicants act for themselves. */
    public boolean isStaff() {
        return this != APPLICANT;
    }

    /** Message key of the role's localized name. */
    public String messageKey() {
        return "identity.role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
