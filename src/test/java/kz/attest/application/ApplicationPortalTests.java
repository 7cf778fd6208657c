package kz.attest.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 on the application's pages: the provider sees who applied (name and IIN) on the queue and the application,
 * the requirements checklist names the act in words, deadlines are dates of one format with the working days left,
 * the cabinet counts unread notices as they are, and the receipt shows and prints no code.
 */
class ApplicationPortalTests extends ApplicantAndOfficer {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Autowired
    kz.attest.notification.Notifications notifications;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void setUp() throws Exception {
        transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    @Test
    void theQueueAndTheApplicationNameTheApplicantWithTheIinAndTheWorkingDaysLeft_000_4() throws Exception {
        long id = applicant.submitted();

        String queue = page("/office/applications", officer, "ru");
        String row = queue.substring(queue.indexOf("/office/applications/" + id + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Сериков Асан Болатұлы", "ИИН " + applicant.iin)
                .containsPattern("Осталось рабочих дней: \\d+").containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}");

        String office = page("/office/applications/" + id, officer, "kk");
        assertThat(office).contains("id=\"applicant\"", "Сериков Асан Болатұлы", "ЖСН " + applicant.iin);
        assertThat(text(office)).doesNotContainPattern(UUID).doesNotContainPattern(ISO_DATE);
    }

    @Test
    void theRequirementsChecklistNamesTheActAndTheParagraphInWords_000_5() throws Exception {
        long id = applicant.submitted();

        String checklist = page("/office/applications/" + id + "/requirements", officer, "ru");
        assertThat(text(checklist)).doesNotContainPattern("\\b00\\d ¶")
                .contains("о пилотном проекте аттестации в автоматизированном режиме").containsPattern("пункты? \\d");
    }

    @Test
    void theCabinetCountsTheUnreadNoticesAsTheyAre() throws Exception {
        long account = accounts.findByLoginName(applicant.iin).orElseThrow().accountId();
        assertThat(countLine(page("/cabinet", applicant.session, "ru"))).isEqualTo("Непрочитанных извещений нет.");
        // two notices arrive (the case: the cabinet said "no notices" while two were unread)
        for (String number : new String[] {"А-1", "А-2"}) {
            transactions.executeWithoutResult(status -> notifications.notify(new kz.attest.notification.Notice(account,
                    "application.withdrawn", java.util.Map.of("number", number),
                    java.util.Set.of(kz.attest.notification.Channel.CABINET), "Application", number)));
        }

        assertThat(countLine(page("/cabinet", applicant.session, "ru"))).isEqualTo("Непрочитанных извещений: 2.");

        for (Long notice : jdbc.sql("SELECT id FROM notification_notice WHERE recipient_account_id = ?").param(account)
                .query(Long.class).list()) {
            mvc.perform(post("/cabinet/notices/" + notice + "/read").session(applicant.session).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(countLine(page("/cabinet", applicant.session, "ru"))).isEqualTo("Непрочитанных извещений нет.");
    }

    @Test
    void theReceiptNamesNumberDateProviderAndTheNextStepWithItsLegalDate_000_4() throws Exception {
        long id = applicant.submitted();

        String receipt = page("/applications/" + id + "/receipt", applicant.session, "ru");
        assertThat(text(receipt)).contains("Расписка о приёме заявления", "будет присвоен при регистрации",
                        "Департамент юстиции", "Регистрация", "Срок по закону")
                .containsPattern("Осталось рабочих дней: \\d+|Срок истекает сегодня")
                .containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}")
                .doesNotContainPattern(UUID).doesNotContainPattern(ISO_DATE).doesNotContain("ADVOCATE_ATTESTATION",
                        "dj-almaty");

        byte[] pdf = mvc.perform(get("/applications/" + id + "/receipt.pdf").session(applicant.session)
                        .param("lang", "kk"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String printed;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            printed = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(printed).contains("Өтінішті қабылдау туралы қолхат", "Расписка о приёме заявления", applicant.iin)
                .doesNotContainPattern(UUID).doesNotContainPattern(ISO_DATE)
                .doesNotContain("ADVOCATE_ATTESTATION", "dj-almaty", "REGISTRATION");
        assertThat(printed.indexOf("Өтінішті қабылдау")).as("the reader's language first")
                .isLessThan(printed.indexOf("Расписка о приёме"));

        // another applicant's receipt is not theirs to see
        ApplicationFixtures stranger = ApplicationFixtures.applicant(mvc, accounts, ca);
        mvc.perform(get("/applications/" + id + "/receipt").session(stranger.session)).andExpect(status().isNotFound());
        mvc.perform(get("/applications/" + id + "/receipt.pdf").session(stranger.session))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWizardGoesFromWhatTheLawAsksToSigning() throws Exception {
        String draft = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");

        String first = page("/applications/drafts/" + draft, applicant.session, "ru");
        assertThat(first).contains("id=\"requirements\"", "aria-current=\"step\"").doesNotContain("id=\"signing\"");
        assertThat(text(first)).doesNotContainPattern("\\b00\\d ¶");
        assertThat(page("/applications/drafts/" + draft + "?step=documents", applicant.session, "ru"))
                .contains("id=\"documents\"", "id=\"document-limits\"", "не более 10 МБ");
        assertThat(page("/applications/drafts/" + draft + "?step=summary", applicant.session, "ru"))
                .contains("id=\"answers\"", "id=\"missing-documents\"");
        assertThat(page("/applications/drafts/" + draft + "?step=sign", applicant.session, "ru"))
                .contains("id=\"sign-submit\"", "id=\"sign-missing\"");
        assertThat(page("/applications/drafts/" + draft + "?step=<script>", applicant.session, "ru"))
                .contains("id=\"requirements\"");
    }

    private String page(String path, MockHttpSession session, String language) throws Exception {
        return mvc.perform(get(path).session(session).param("lang", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String countLine(String html) {
        int at = html.indexOf("id=\"notices-count\"");
        assertThat(at).as("the cabinet's notices count").isPositive();
        String rest = html.substring(html.indexOf('>', at) + 1);
        return rest.substring(0, rest.indexOf("</p>")).strip();
    }

    private static String text(String html) {
        return html.replaceAll("(?is)<script\\b.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
    }
}
