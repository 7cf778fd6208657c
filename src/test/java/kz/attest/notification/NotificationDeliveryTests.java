package kz.attest.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import kz.attest.audit.AuditLog;
import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.testing.MovableClock;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outbox end to end: stored with the change, sent by SMTP and SMPP, retried, failed, shown in the cabinet. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationDeliveryTests {

    static final String PASSWORD = "qazaqstan2026";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Notifications notifications;
    @Autowired
    NoticeDeliveryRows rows;
    @Autowired
    NoticeTemplates templates;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void emailIsDeliveredOverSmtpInTheRecipientsLanguage() throws Exception {
        long kazakh = applicant("kk", "aigerim-" + UUID.randomUUID() + "@example.kz");
        long russian = applicant("ru", "ivan-" + UUID.randomUUID() + "@example.kz");
        Map<String, String> admitted = Map.of("number", "А-17", "service", "Адвокаттар", "place",
                "Астана, Мәңгілік Ел 8", "date", "20.03.2026", "time", "10:00");
        long first = notifyInTransaction(new Notice(kazakh, "application.admitted", admitted, Set.of(Channel.EMAIL),
                "Application", "A-" + UUID.randomUUID()));
        long second = notifyInTransaction(new Notice(russian, "application.accepted", Map.of("number", "А-18",
                "service", "Нотариусы", "date", "02.03.2026"), Set.of(Channel.EMAIL), "Application", "A-x"));
        OutboxDispatcher dispatcher = dispatcher(smtp(greenMail.getSmtp().getPort()), Optional.empty(),
                Clock.systemUTC(), 3);

        assertThat(dispatcher.dispatchDueOf(first) + dispatcher.dispatchDueOf(second)).isEqualTo(2);

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage toKazakh = received[0].getAllRecipients()[0].toString().startsWith("aigerim") ? received[0] : received[1];
        MimeMessage toRussian = toKazakh == received[0] ? received[1] : received[0];
        assertThat(toKazakh.getSubject()).isEqualTo("№ А-17 өтініш бойынша тестілеуге жіберілу");
        assertThat((String) toKazakh.getContent()).contains("Астана, Мәңгілік Ел 8", "20.03.2026", "10:00");
        assertThat(toKazakh.getContentType()).containsIgnoringCase("UTF-8");
        assertThat(toRussian.getSubject()).isEqualTo("Заявление № А-18 принято");
        assertThat(delivery(first).status()).isEqualTo(NoticeDeliveryStatus.SENT);
        assertThat(delivery(first).sentAt()).isNotNull();
    }

    @Test
    void smsGoesOverSmppAsUcs2ThatDecodesBackToKazakh() throws Exception {
        long kazakh = applicant("kk", "dana-" + UUID.randomUUID() + "@example.kz");
        long notice = notifyInTransaction(new Notice(kazakh, "application.hearing-scheduled", Map.of("number", "А-19",
                "hearingDate", "20.03.2026", "hearingTime", "15:00", "hearingPlace", "Астана"),
                Set.of(Channel.SMS), "Application", "A-" + UUID.randomUUID()));
        try (InProcessSmsc smsc = new InProcessSmsc()) {
            SmppSmsGateway gateway = new SmppSmsGateway(new NotificationProperties.Sms("127.0.0.1", smsc.port(),
                    "attest", "secret", "", "ATTEST", Duration.ofSeconds(5)));

            dispatcher(Optional.empty(), Optional.of(gateway), Clock.systemUTC(), 3).dispatchDueOf(notice);

            assertThat(smsc.received).hasSize(1);
            SubmitSm submitted = smsc.received.getFirst();
            assertThat(submitted.getDataCoding()).isEqualTo((byte) 0x08);
            assertThat(submitted.getDestAddress()).isEqualTo("77012345678");
            assertThat(new String(submitted.getShortMessage(), StandardCharsets.UTF_16BE))
                    .isEqualTo("А-19 өтініш бойынша тыңдау: 20.03.2026, сағат 15:00.");
        }
        assertThat(delivery(notice).status()).isEqualTo(NoticeDeliveryStatus.SENT);
    }

    @Test
    void aLongSmsArrivesAsConcatenatedUcs2Parts() throws Exception {
        try (InProcessSmsc smsc = new InProcessSmsc()) {
            SmppSmsGateway gateway = new SmppSmsGateway(new NotificationProperties.Sms("127.0.0.1", smsc.port(),
                    "attest", "secret", "", "ATTEST", Duration.ofSeconds(5)));
            String text = "Құрметті өтініш беруші, тестілеу нәтижелері жеке кабинетте жарияланды. ".repeat(2);
            gateway.send("+77012345678", text);
            assertThat(smsc.received).hasSize(3);
            StringBuilder joined = new StringBuilder();
            for (SubmitSm part : smsc.received) {
                assertThat(part.isUdhi()).isTrue();
                byte[] message = part.getShortMessage();
                joined.append(new String(message, 6, message.length - 6, StandardCharsets.UTF_16BE));
            }
            assertThat(joined.toString()).isEqualTo(text);
        }
    }

    @Test
    void smtpDownIsRetriedWithBackOffThenFailsAfterTheLastAttempt() throws Exception {
        long person = applicant("ru", "down-" + UUID.randomUUID() + "@example.kz");
        long notice = notifyInTransaction(new Notice(person, "application.refused", Map.of("number", "А-20"),
                Set.of(Channel.EMAIL), "Application", "A-" + UUID.randomUUID()));
        MovableClock clock = new MovableClock(Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        OutboxDispatcher dispatcher = dispatcher(smtp(closedPort()), Optional.empty(), clock, 3);

        assertThat(dispatcher.dispatchDueOf(notice)).isEqualTo(1);
        NoticeDeliveryView afterFirst = delivery(notice);
        assertThat(afterFirst.status()).isEqualTo(NoticeDeliveryStatus.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).startsWith("SMTP");
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));

        assertThat(dispatcher.dispatchDueOf(notice)).as("not due before the back-off").isZero();
        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchDueOf(notice);
        assertThat(delivery(notice).attempts()).isEqualTo(2);
        assertThat(delivery(notice).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(60));
        dispatcher.dispatchDueOf(notice);
        NoticeDeliveryView last = delivery(notice);
        assertThat(last.status()).isEqualTo(NoticeDeliveryStatus.FAILED);
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.nextAttemptAt()).isNull();
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher.dispatchDueOf(notice)).isZero();
    }

    @Test
    void aRecipientWithoutAnAccountOrAddressIsSkipped() {
        long notice = notifyInTransaction(new Notice(-ThreadLocalRandom.current().nextLong(1, 1_000_000),
                "application.accepted", Map.of(), Set.of(Channel.EMAIL, Channel.SMS, Channel.CABINET), "Application",
                "A-" + UUID.randomUUID()));
        dispatcher(smtp(closedPort()), Optional.of((phone, text) -> {
            throw new AssertionError("nothing to send to");
        }), Clock.systemUTC(), 3).dispatchDueOf(notice);
        List<NoticeDeliveryView> deliveries = notifications.deliveriesOf("Application", subjectOf(notice));
        assertThat(deliveries).extracting(NoticeDeliveryView::channel, NoticeDeliveryView::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Channel.CABINET, NoticeDeliveryStatus.SENT),
                org.assertj.core.groups.Tuple.tuple(Channel.EMAIL, NoticeDeliveryStatus.SKIPPED),
                org.assertj.core.groups.Tuple.tuple(Channel.SMS, NoticeDeliveryStatus.SKIPPED));
    }

    @Test
    void aRolledBackChangeLeavesNoNotice() {
        String subject = "A-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.notify(new Notice(1, "application.withdrawn", Map.of(), Set.of(Channel.CABINET),
                    "Application", subject));
            status.setRollbackOnly();
        });
        assertThat(notifications.deliveriesOf("Application", subject)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM notification_notice WHERE subject_id = ?").param(subject)
                .query(Long.class).single()).isZero();
    }

    @Test
    void notifyingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> notifications.notify(new Notice(1, "application.withdrawn", Map.of(),
                Set.of(Channel.CABINET), "Application", "A-" + UUID.randomUUID())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theCabinetShowsOnlyTheApplicantsOwnNoticesAndMarksThemRead() throws Exception {
        String iin = freshIin();
        long me = accounts.register(new ApplicantRegistration(iin, "Тест", "Әлия", null,
                "aliya-" + UUID.randomUUID() + "@example.kz", "87012345678", PASSWORD, PASSWORD, "kk"));
        long other = applicant("ru", "other-" + UUID.randomUUID() + "@example.kz");
        long mine = notifyInTransaction(new Notice(me, "application.accepted", Map.of("number", "А-21",
                "service", "Адвокаттар", "date", "02.03.2026"), Set.of(Channel.CABINET), "Application", "A-21"));
        long theirs = notifyInTransaction(new Notice(other, "application.accepted", Map.of("number", "Б-99",
                "service", "Нотариусы", "date", "02.03.2026"), Set.of(Channel.CABINET), "Application", "B-99"));
        MockHttpSession session = signIn(iin);

        mvc.perform(get("/cabinet/notices").param("lang", "kk").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("№ А-21 өтініш қабылданды")))
                .andExpect(content().string(not(containsString("Б-99"))));
        mvc.perform(post("/cabinet/notices/{id}/read", theirs).with(csrf()).session(session).param("lang", "en"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cabinet/notices/{id}/read", "not-a-number").with(csrf()).session(session))
                .andExpect(status().is4xxClientError()); // a malformed id in a page route: the 404 page (issue 14)
        mvc.perform(post("/cabinet/notices/{id}/read", mine).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());

        assertThat(notifications.noticesOf(me, java.util.Locale.forLanguageTag("kk")))
                .singleElement().satisfies(view -> assertThat(view.read()).isTrue());
        assertThat(notifications.noticesOf(other, java.util.Locale.forLanguageTag("ru")))
                .singleElement().satisfies(view -> assertThat(view.read()).isFalse());
    }

    @Test
    void signedOutVisitorsCannotSeeNotices() throws Exception {
        mvc.perform(get("/cabinet/notices")).andExpect(status().isUnauthorized());
    }

    private long notifyInTransaction(Notice notice) {
        return new TransactionTemplate(transactionManager).execute(status -> notifications.notify(notice));
    }

    private OutboxDispatcher dispatcher(Optional<EmailGateway> email, Optional<SmsGateway> sms, Clock clock,
                                        int maxAttempts) {
        NotificationProperties properties = new NotificationProperties(Duration.ofSeconds(5), 50,
                Duration.ofMinutes(2), new NotificationProperties.Retry(maxAttempts, Duration.ofSeconds(30),
                Duration.ofHours(1)), null, null);
        return new OutboxDispatcher(rows, templates, accounts, new Transports(email, sms), auditLog,
                transactionManager, clock, properties);
    }

    private static Optional<EmailGateway> smtp(int port) {
        NotificationProperties.Mail mail = new NotificationProperties.Mail("127.0.0.1", port, "", "", false,
                "noreply@attest.kz", Duration.ofSeconds(5));
        return Optional.of(new SmtpEmailGateway(NotificationConfiguration.mailSender(mail), mail.from()));
    }

    private NoticeDeliveryView delivery(long noticeId) {
        return notifications.deliveriesOf("Application", subjectOf(noticeId)).stream()
                .filter(view -> view.noticeId() == noticeId).findFirst().orElseThrow();
    }

    private String subjectOf(long noticeId) {
        return jdbc.sql("SELECT subject_id FROM notification_notice WHERE id = ?").param(noticeId)
                .query(String.class).single();
    }

    private long applicant(String language, String email) {
        return accounts.register(new ApplicantRegistration(freshIin(), "Тест", "Серік", null, email, "87012345678",
                PASSWORD, PASSWORD, language));
    }

    private MockHttpSession signIn(String login) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(login).password(PASSWORD)).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    private static int closedPort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String freshIin() {
        return kz.attest.identity.TestIins.fresh();
    }
}
