package kz.attest.notification;

import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.identity.TestIins;
import kz.attest.testing.Applicants;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification module booted with what it depends on and an in-process SMS centre: an admission notice stored in
 * the outbox with its change is sent by the scheduled dispatcher, by SMS in the person's language and to the
 * cabinet, and each delivery is recorded as sent (seed 000 ¶8). The scenario waits for the deliveries' state instead
 * of sleeping.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class NotificationModuleTests {

    private static InProcessSmsc smsCentre;

    @Autowired
    private Notifications notifications;
    @Autowired
    private NoticeTemplates templates;
    @Autowired
    private Accounts accounts;

    @DynamicPropertySource
    static void smsCentre(DynamicPropertyRegistry properties) throws IOException {
        smsCentre = new InProcessSmsc();
        properties.add("attest.notification.dispatch-interval", () -> "1s");
        properties.add("attest.notification.sms.host", () -> "127.0.0.1");
        properties.add("attest.notification.sms.port", () -> smsCentre.port());
        properties.add("attest.notification.sms.password", () -> "secret");
    }

    @AfterAll
    static void close() throws IOException {
        smsCentre.close();
    }

    @Test
    void anAdmissionNoticeIsSentBySmsAndToTheCabinetAndRecordedAsSent_000_8(Scenario scenario) {
        String iin = TestIins.fresh();
        String phone = "+7701" + iin.substring(5);
        long person = accounts.register(new ApplicantRegistration(iin, "Серікова", "Дана", null, iin + "@example.kz",
                phone, Applicants.PASSWORD, Applicants.PASSWORD, "kk"));
        String application = "A-" + UUID.randomUUID();
        Map<String, String> admitted = Map.of("number", "А-8", "service", "Адвокаттар", "place",
                "Астана, Мәңгілік Ел 8", "date", "20.03.2026", "time", "10:00");

        scenario.stimulate(transactions -> transactions.execute(status -> notifications.notify(new Notice(person,
                        "application.admitted", admitted, Set.of(Channel.SMS, Channel.CABINET), "Application",
                        application))))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> notifications.deliveriesOf("Application", application),
                        deliveries -> deliveries.size() == 2
                                && deliveries.stream().allMatch(d -> d.status() == NoticeDeliveryStatus.SENT))
                .andVerify(deliveries -> {
                    assertThat(deliveries).extracting(NoticeDeliveryView::channel)
                            .containsExactlyInAnyOrder(Channel.SMS, Channel.CABINET);
                    String sms = templates.render("application.admitted", admitted,
                            java.util.Locale.forLanguageTag("kk")).sms();
                    assertThat(smsCentre.received.stream().filter(m -> m.getDestAddress().equals(phone.substring(1)))
                            .map(NotificationModuleTests::text).reduce("", String::concat)).isEqualTo(sms);
                    assertThat(notifications.noticesOf(person, java.util.Locale.forLanguageTag("kk")))
                            .singleElement().satisfies(notice -> assertThat(notice.body()).contains("Мәңгілік Ел 8"));
                });
    }

    /** The UCS-2 text of one SMS or one part of a long one (after its user data header). */
    private static String text(SubmitSm message) {
        byte[] bytes = message.getShortMessage();
        int header = message.isUdhi() ? bytes[0] + 1 : 0;
        return new String(bytes, header, bytes.length - header, StandardCharsets.UTF_16BE);
    }
}
