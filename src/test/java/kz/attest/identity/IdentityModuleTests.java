package kz.attest.identity;

import kz.attest.audit.AuditEntry;
import kz.attest.audit.AuditLog;
import kz.attest.testing.Applicants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The identity module booted with the audit log and the signature module it uses: an applicant registers once per IIN
 * and signs in with the IIN and password, and the fifth wrong password in a row locks the account so that even the
 * right one is refused; every step is in the audit chain.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class IdentityModuleTests {

    @Autowired
    private Accounts accounts;
    @Autowired
    private AuditLog audit;

    @Test
    void anApplicantRegistersOncePerIinAndSignsInWithIt() {
        String iin = Applicants.registerFresh(accounts);

        assertThat(accounts.authenticate(iin, Applicants.PASSWORD.toCharArray())).hasValueSatisfying(user -> {
            assertThat(user.iin()).isEqualTo(iin);
            assertThat(user.fullName()).isEqualTo("Сериков Асан Болатұлы");
            assertThat(user.hasRole(Role.APPLICANT)).isTrue();
        });
        assertThatThrownBy(() -> accounts.register(new ApplicantRegistration(iin, "Другой", "Человек", null,
                "other-" + iin + "@example.kz", "+77019998877", Applicants.PASSWORD, Applicants.PASSWORD, "kk")))
                .isInstanceOfSatisfying(RegistrationRefused.class, refused -> assertThat(refused.refusals())
                        .extracting(FieldRefusal::field, FieldRefusal::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("iin", "identity.iin.taken")));
        long id = accounts.findByLoginName(iin).orElseThrow().accountId();
        assertThat(audit.history(Accounts.ENTITY, Long.toString(id))).extracting(AuditEntry::action)
                .containsExactly("account.registered", "account.signed-in");
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountAgainstTheRightOneToo() {
        String iin = Applicants.registerFresh(accounts);
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.authenticate(iin, "wrong-password".toCharArray())).isEmpty();
        }

        assertThat(accounts.authenticate(iin, Applicants.PASSWORD.toCharArray())).isEmpty();
        long id = accounts.findByLoginName(iin).orElseThrow().accountId();
        assertThat(audit.history(Accounts.ENTITY, Long.toString(id))).extracting(AuditEntry::action)
                .endsWith("account.sign-in-failed", "account.locked");
    }
}
