package kz.attest.application;

import kz.attest.testing.InBrowser;
import kz.attest.notification.SentNotices;
import kz.attest.web.BrowserSigner;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.signature.CertificateSubject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import kz.attest.notification.InProcessSmsc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Done when" journeys in Chromium: an applicant fills the advocate form, attaches documents, signs through
 * the development signer (NCALayer protocol) and submits; the officer of the Almaty justice department registers,
 * finds it complete and admits; the applicant sees each status and the notice. The second journey goes through the
 * preliminary refusal, the applicant's objection, the hearing and the refusal the head signs with EDS.
 *
 * <p>The signer listens on a free port; the test points the page's NCALayer URL there (the meta tag ncalayer.js reads
 * at signing time) and lets the browser bypass the CSP, which names the configured URL only. The outbox delivers the
 * e-mail to an in-process GreenMail server and the SMS to an in-process SMPP centre (jSMPP), both on free ports; this
 * class therefore runs in a context of its own, configured with those transports.
 */
class ApplicationJourneyBrowserTests extends InBrowser {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");

    private static GreenMail mailServer;
    private static InProcessSmsc smsCentre;

    @DynamicPropertySource
    static void transports(DynamicPropertyRegistry registry) throws java.io.IOException {
        mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        smsCentre = new InProcessSmsc();
        registry.add("attest.notification.dispatch-interval", () -> "1s");
        registry.add("attest.notification.mail.host", () -> "127.0.0.1");
        registry.add("attest.notification.mail.port", () -> mailServer.getSmtp().getPort());
        registry.add("attest.notification.sms.host", () -> "127.0.0.1");
        registry.add("attest.notification.sms.port", () -> smsCentre.port());
        registry.add("attest.notification.sms.password", () -> "secret");
    }


    @AfterAll
    static void close() throws java.io.IOException {
        if (mailServer != null) {
            mailServer.stop();
        }
        if (smsCentre != null) {
            smsCentre.close();
        }
    }

    @Test
    void anApplicantSignsWithTheDevelopmentSignerAndIsAdmitted_000_3_000_4_000_5_000_6_000_7_000_8() throws Exception {
        String iin = freshApplicant();
        try (BrowserContext applicantContext = context(); Page applicant = applicantContext.newPage();
             BrowserContext officerContext = context(); Page officer = officerContext.newPage()) {
            long id = submitThroughTheBrowser(applicant, iin, "journey-a");
            assertThat(applicant.locator("#status").textContent()).isEqualTo("Submitted");

            signIn(officer, "officer", "demo-officer-2026");
            act(officer, id, "register");
            assertThat(officer.locator("#status").textContent()).isEqualTo("Registered");
            applicant.navigate(url("/applications/" + id + "?lang=en"));
            assertThat(applicant.locator("#status").textContent()).isEqualTo("Registered");
            assertThat(applicant.locator("#registration-number").textContent()).startsWith("DJ-ALMATY-");

            act(officer, id, "complete");
            applicant.navigate(url("/applications/" + id + "?lang=en"));
            assertThat(applicant.locator("#status").textContent()).isEqualTo("Under review");
            meetRequirements(officer, id);
            officer.navigate(url("/office/applications/" + id + "?lang=en"));

            String testAt = LocalDateTime.now().plusDays(14).withHour(10).withMinute(0).withSecond(0).withNano(0)
                    .toString().substring(0, 16);
            officer.fill("#admit-form input[name=place]", "Astana, Mangilik El 8, hall 2");
            officer.fill("#admit-form input[name=testAt]", testAt);
            officer.fill("#admit-form textarea[name=procedure]", "Computer test, 100 questions, 2 hours");
            officer.click("#admit-form button[type=submit]");
            officer.waitForSelector("#deliveries");
            shot(officer, "journey-a-officer-admitted");
            assertThat(officer.locator("#status").textContent()).isEqualTo("Admitted");
            assertThat(officer.locator("#deliveries tr[data-channel=SMS]").count()).isPositive();

            applicant.navigate(url("/applications/" + id + "?lang=en"));
            shot(applicant, "journey-a-applicant-admitted");
            assertThat(applicant.locator("#status").textContent()).isEqualTo("Admitted");
            assertThat(applicant.locator("#admission").textContent()).contains("Mangilik El 8", "Computer test");
            applicant.navigate(url("/cabinet/notices?lang=en"));
            assertThat(applicant.content()).contains("Admitted to testing", "Mangilik El 8");

            assertThat(channels(id, "application.admitted-with-test")).containsExactlyInAnyOrder("CABINET", "SMS", "EMAIL");
            assertThat(channels(id, "application.accepted")).containsExactly("CABINET");

            // ¶8: the admission notice really leaves by e-mail (SMTP) and SMS (SMPP, UCS-2)
            String email = iin + "@example.kz";
            String phone = "7701" + iin.substring(5);
            await(() -> java.util.Arrays.stream(mailServer.getReceivedMessages()).anyMatch(m -> sentTo(m, email)));
            await(() -> smsCentre.received.stream().anyMatch(sms -> sms.getDestAddress().endsWith(phone)));
            jakarta.mail.internet.MimeMessage mail = java.util.Arrays.stream(mailServer.getReceivedMessages())
                    .filter(m -> sentTo(m, email)).reduce((first, second) -> second).orElseThrow();
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).isNotBlank();
        }
    }

    @Test
    void aPreliminaryRefusalObjectionHearingAndSignedRefusal_000_7() throws Exception {
        String iin = freshApplicant();
        try (BrowserContext applicantContext = context(); Page applicant = applicantContext.newPage();
             BrowserContext officerContext = context(); Page officer = officerContext.newPage();
             BrowserContext headContext = context(); Page head = headContext.newPage()) {
            long id = submitThroughTheBrowser(applicant, iin, "journey-b");
            signIn(officer, "officer", "demo-officer-2026");
            act(officer, id, "register");
            act(officer, id, "complete");
            officer.fill("#actions form[action$='/propose-refusal'] textarea[name=reason]", "The internship is not proven");
            officer.fill("#actions form[action$='/propose-refusal'] input[name=hearingAt]",
                    LocalDateTime.now().plusDays(3).withHour(11).withMinute(0).withSecond(0).withNano(0).toString().substring(0, 16));
            officer.fill("#actions form[action$='/propose-refusal'] input[name=place]", "Almaty, Abai 1, room 5");
            officer.click("#actions form[action$='/propose-refusal'] button[type=submit]");
            officer.waitForLoadState();
            assertThat(officer.locator("#status").textContent()).isEqualTo("Preliminary refusal, hearing scheduled");

            applicant.navigate(url("/applications/" + id + "?lang=en"));
            assertThat(applicant.locator("#hearing").textContent()).contains("Almaty, Abai 1, room 5");
            applicant.fill("#objection-form textarea[name=text]", "I completed the internship; the certificate is attached.");
            applicant.setInputFiles("#objection-form input[name=files]",
                    new FilePayload("internship.pdf", "application/pdf", ApplicationFixtures.PDF));
            applicant.click("#objection-form button[type=submit]");
            applicant.waitForURL("**/applications/" + id + "?objected");
            shot(applicant, "journey-b-objected");
            assertThat(applicant.locator("#objections").textContent()).contains("the certificate is attached");

            officer.navigate(url("/office/applications/" + id + "?lang=en"));
            assertThat(officer.locator("#objections").textContent()).contains("internship.pdf");
            act(officer, id, "hearing");
            officer.fill("#actions form[action$='/decision']:has(input[value=false]) textarea[name=reason]",
                    "The certificate is not from an accredited body");
            officer.click("#actions form[action$='/decision']:has(input[value=false]) button[type=submit]");
            officer.waitForSelector("#decision");
            assertThat(officer.locator("#status").textContent()).isEqualTo("Hearing held");

            signIn(head, "head", "demo-head-2026");
            head.navigate(url("/office/applications/" + id + "?lang=en"));
            var headKey = ApplicationFixtures.staffKey(jdbc, ca, "head");
            try (BrowserSigner signer = new BrowserSigner(headKey)) {
                signer.pointTo(head);
                head.click("#decision-sign");
                head.waitForCondition(() -> head.locator("#status").textContent().equals("Refused"),
                        new Page.WaitForConditionOptions().setTimeout(30_000));
            }
            shot(head, "journey-b-head-signed");
            assertThat(head.locator("#decision").textContent()).contains("head");

            applicant.navigate(url("/applications/" + id + "?lang=en"));
            assertThat(applicant.locator("#status").textContent()).isEqualTo("Refused");
            applicant.navigate(url("/cabinet/notices?lang=en"));
            assertThat(applicant.content()).contains("refused");
            assertThat(channels(id, "application.refused")).containsExactlyInAnyOrder("CABINET", "SMS", "EMAIL");
            assertThat(channels(id, "application.preliminary-refusal")).containsExactlyInAnyOrder("CABINET", "SMS", "EMAIL");
        }
    }

    /** Fills the advocate form, attaches the documents, signs with the development signer and submits. */
    private long submitThroughTheBrowser(Page page, String iin, String name) throws Exception {
        signIn(page, iin, ApplicationFixtures.PASSWORD);
        page.navigate(url("/applications/new?lang=en"));
        page.selectOption("form:has(input[name=service][value=ADVOCATE_ATTESTATION]) select[name=provider]", "dj-almaty");
        page.click("form:has(input[name=service][value=ADVOCATE_ATTESTATION]) button[type=submit]");
        page.waitForURL("**/applications/drafts/**");
        page.click("#wizard-next");   // the guided application: what the law asks, then the documents
        page.waitForSelector("#documents");
        for (String type : List.of("IDENTITY_DOCUMENT", "LAW_DIPLOMA", "WORK_EXPERIENCE_PROOF", "INTERNSHIP_CERTIFICATE")) {
            String form = "#documents form:has(input[name=type][value=" + type + "])";
            page.setInputFiles(form + " input[type=file]",
                    new FilePayload(type.toLowerCase() + ".pdf", "application/pdf", ApplicationFixtures.PDF));
            page.click(form + " button[type=submit]");
            page.waitForLoadState();
        }
        page.click("#step-summary");
        page.waitForSelector("#answers");
        for (var box : page.locator("#answers input[type=checkbox]").all()) {
            box.check();
        }
        page.click("#answers button[type=submit]");
        page.waitForURL("**saved");
        shot(page, name + "-draft");
        var key = signingKey(CertificateSubject.individual(iin, "Сериков", "Асан", "Болатұлы"));
        try (BrowserSigner signer = new BrowserSigner(key)) {
            signer.pointTo(page);
            page.click("#sign-submit");
            page.waitForURL(u -> u.matches(".*/applications/\\d+/receipt$"), new Page.WaitForURLOptions().setTimeout(30_000));
        }
        shot(page, name + "-submitted");
        String path = page.url().replaceFirst("/receipt$", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        page.navigate(url("/applications/" + id + "?lang=en"));
        return id;
    }

    /** ¶5, ¶80: the officer marks every item of the qualification-requirements checklist as met, one form at a time. */
    private void meetRequirements(Page officer, long id) {
        officer.navigate(url("/office/applications/" + id + "/requirements?lang=en"));
        int items = officer.locator("form[action*='/requirements/']").count();
        assertThat(items).isPositive();
        for (int i = 0; i < items; i++) {
            officer.navigate(url("/office/applications/" + id + "/requirements?lang=en"));
            var form = officer.locator("form[action*='/requirements/']").nth(i);
            form.locator("input[name=met][value=true]").check();
            form.locator("input[name=note]").fill("checked against the originals");
            form.locator("button[type=submit]").click();
            officer.waitForLoadState();
        }
    }

    private static boolean sentTo(jakarta.mail.internet.MimeMessage message, String address) {
        try {
            return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    /** Waits up to a minute for the outbox dispatcher, which runs every second in this context. */
    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("delivered within a minute").isTrue();
    }

    private void act(Page officer, long id, String action) {
        officer.navigate(url("/office/applications/" + id + "?lang=en"));
        officer.click("#actions form[action$='/" + action + "'] button[type=submit]");
        officer.waitForLoadState();
    }

    private void signIn(Page page, String login, String password) {
        page.navigate(url("/login?lang=en"));
        signIn(page, "en", login, password, login.matches("\\d+") ? "**/cabinet" : "**/staff");
    }

    private String freshApplicant() {
        String iin = ApplicationFixtures.freshIin();
        accounts.register(new ApplicantRegistration(iin, "Сериков", "Асан", "Болатұлы", iin + "@example.kz",
                "+7701" + iin.substring(5), ApplicationFixtures.PASSWORD, ApplicationFixtures.PASSWORD, "en"));
        return iin;
    }

    private List<String> channels(long id, String template) {
        return SentNotices.channels(jdbc, "Application", id, template);
    }

    private BrowserContext context() {
        return context("en-GB");
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("application-" + name + ".png")));
    }
}
