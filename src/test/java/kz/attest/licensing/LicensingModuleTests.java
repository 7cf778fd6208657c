package kz.attest.licensing;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.Accounts;
import kz.attest.notification.NoticeDeliveryView;
import kz.attest.notification.Notifications;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.testing.Applicants;
import kz.attest.testing.SignedIn;
import kz.attest.web.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The licensing module booted with the modules it uses (no outcomes register: its own recorded prerequisites answer):
 * a bailiff licence request is refused before anything is paid while the person holds no attestation decision, and
 * once one is recorded, the documented, paid and signed request waits for its registration within 30 working
 * minutes and the applicant is told it was received (seed 004 appendix 2 ¶7(1), ¶8 process 4).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class LicensingModuleTests {

    @Autowired
    private LicenceRequests requests;
    @Autowired
    private RecordedPrerequisites prerequisites;
    @Autowired
    private Accounts accounts;
    @Autowired
    private DemoCertificateAuthority ca;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private Notifications notifications;

    @Test
    void aBailiffWithoutTheAttestationDecisionIsRefusedBeforePaying_004_8_4() {
        String iin = LicensingFixtures.freshIin("");
        Applicants.register(accounts, ca, iin);

        SignedIn.as(users, iin, () -> {
            assertThatThrownBy(() -> requests.start("BAILIFF_LICENSE", "ISSUE", List.of(), null, null))
                    .isInstanceOfSatisfying(LicensingRefusal.class, refusal -> {
                        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.WRONG_STATE);
                        assertThat(refusal.messageKey()).isEqualTo("licensing.error.prerequisite-missing");
                    });
            assertThat(requests.mine()).isEmpty();
            return null;
        });
    }

    @Test
    void aSignedRequestIsDueForRegistrationWithinThirtyWorkingMinutesAndTheApplicantIsTold_004_7_1_004_8_4() {
        String iin = LicensingFixtures.freshIin("");
        DemoCertificateAuthority.IssuedCredential key = Applicants.register(accounts, ca, iin);
        prerequisites.record("ministry-officer", iin, "APP_3", "APP3-" + iin, List.of(), LocalDate.of(2026, 1, 15),
                LocalDate.now().plusYears(2));

        RequestView submitted = SignedIn.as(users, iin, () -> {
            long id = requests.start("BAILIFF_LICENSE", "ISSUE", List.of(), null, null);
            requests.attach(id, "IDENTITY_DOCUMENT", "identity.pdf", LicensingFixtures.PDF);
            requests.attach(id, "ATTESTATION_DECISION", "decision.pdf", LicensingFixtures.PDF);
            requests.pay(id, 0);
            try {
                byte[] cms = Base64.getDecoder().decode(Applicants.sign(key, requests.contentToSign(id)));
                return requests.submit(id, cms);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(submitted.status()).isEqualTo("IN_PROGRESS");
        assertThat(submitted.paymentStatus()).isEqualTo("PAID");
        assertThat(submitted.pendingStep()).isEqualTo("REGISTER");
        assertThat(submitted.pendingDue()).isEqualTo(calendar.addWorkingMinutes(submitted.receivedAt(), 30));
        assertThat(notifications.deliveriesOf("LicenceRequest", Long.toString(submitted.id())))
                .extracting(NoticeDeliveryView::template).contains("licensing.received");
    }
}
