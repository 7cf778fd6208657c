package kz.attest.appeal;

import kz.attest.testing.DecisionPortsMocked;
import kz.attest.web.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appeal module booted with what it depends on: a complaint is the applicant's (seed 000 ¶100), and the module
 * refuses staff in its own words, a kind and a message of {@code i18n/appeal}.
 */
@DecisionPortsMocked
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class AppealModuleTests {

    @Autowired
    private Appeals appeals;

    @Test
    @WithUserDetails("officer")
    void onlyTheApplicantFilesAComplaint_000_100() {
        assertThatThrownBy(() -> appeals.file(1L, AppealAddressee.values()[0], AppealSubject.values()[0], "Жалоба",
                List.of()))
                .isInstanceOfSatisfying(AppealRefusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_ALLOWED);
                    assertThat(refusal.messageKey()).isEqualTo("appeal.error.applicants-only");
                });
    }
}
