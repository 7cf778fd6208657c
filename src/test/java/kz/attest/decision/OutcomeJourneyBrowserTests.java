package kz.attest.decision;

import kz.attest.testing.InBrowser;
import kz.attest.web.BrowserSigner;
import kz.attest.web.Journey;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import kz.attest.catalogue.ServiceCode;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's journeys in Chromium, in Kazakh and in Russian, every screen saved to {@code target/journeys/} and checked
 * with axe-core (no serious or critical violation): (1) the officer draws an advocate's decision up, the head signs it
 * through the development signer (NCALayer protocol, PAdES external CMS), the applicant downloads it from the cabinet,
 * the QR code read from the rendered PDF page opens the verification page showing it valid, and after an upheld appeal
 * the same page shows it revoked (¶25, ¶100–¶101); (2) a forensic qualification gives a certificate and a later one a
 * supplement (appendix 5), both in the cabinet and valid on the verification page.
 */
class OutcomeJourneyBrowserTests extends InBrowser {

    private static final String PASSWORD = "qazaqstan2026";

    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void theHeadSignsTheApplicantDownloadsTheQrCodeVerifiesAndAnUpheldAppealRevokes_000_25_000_100(String language)
            throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        String iin = applicant(language);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        long application = tested(account, "ADVOCATE_ATTESTATION", "dj-almaty", null);
        Journey journey = new Journey("outcome-decision", language, catalogue);
        try (BrowserContext officerContext = context(language); Page officer = officerContext.newPage();
             BrowserContext headContext = context(language); Page head = headContext.newPage();
             BrowserContext applicantContext = context(language); Page person = applicantContext.newPage();
             BrowserContext publicContext = context(language); Page anyone = publicContext.newPage()) {
            // the officer draws the decision up
            signIn(officer, "officer", "demo-officer-2026", language, journey);
            officer.navigate(url("/office/outcomes?lang=" + language));
            journey.check(officer, "office-outcomes-due");
            officer.click("form[action$='/office/outcomes/applications/" + application + "/prepare'] button");
            officer.waitForURL("**/office/outcomes?prepared");
            journey.check(officer, "office-outcomes-prepared");
            String number = number(application, "PREPARED");

            // the head signs it with their own key through the development signer
            signIn(head, "head", "demo-head-2026", language, journey);
            head.navigate(url("/office/outcomes?lang=" + language));
            journey.check(head, "head-outcomes");
            try (BrowserSigner signer = new BrowserSigner(key("head"))) {
                signer.pointTo(head);
                head.click("section.card:has(h3:has-text('" + number + "')) button[data-eds-sign]");
                head.waitForURL("**/office/outcomes?signed=1", new Page.WaitForURLOptions().setTimeout(60_000));
            }
            journey.check(head, "head-signed");
            assertThat(status(number)).isEqualTo("SIGNED");

            // the applicant downloads it from the cabinet; the QR code on the rendered page names the verification URL
            signIn(person, iin, PASSWORD, language, journey);
            person.navigate(url("/cabinet/outcomes?lang=" + language));
            journey.check(person, "cabinet-outcomes");
            assertThat(person.locator("section.card:has(h2:has-text('" + number + "'))").textContent())
                    .contains(message("decision.outcome.standing.valid", locale));
            byte[] pdf = download(person, number);
            String qr = qrCodeOf(pdf);
            assertThat(qr).contains("/verify?number=").contains("&code=");
            assertThat(URI.create(qr).getQuery()).contains("number=" + number);

            // the QR code's URL opens the verification page (no sign-in): valid, signed by the head
            anyone.navigate(here(qr) + "&lang=" + language);
            journey.check(anyone, "verify-valid");
            assertThat(anyone.locator("dd.standing").textContent()).isEqualTo(message("decision.outcome.standing.valid", locale));
            assertThat(anyone.locator("dd.signature").textContent()).isEqualTo(message("decision.verify.signature.valid", locale));

            // an appeal to the head, upheld: the decision is revoked, and the same URL says so
            person.navigate(url("/applications/" + application + "/appeals?lang=" + language));
            journey.check(person, "appeal-form");
            person.selectOption("#file-appeal select[name=addressee]", "PROVIDER_HEAD");
            person.selectOption("#file-appeal select[name=subject]", "DECISION");
            person.fill("#file-appeal textarea[name=text]", "Менің жауаптарым дұрыс бағаланбады / Мои ответы оценены неверно");
            person.click("#file-appeal button[type=submit]");
            person.waitForURL("**/appeals/*");
            journey.check(person, "appeal-filed");
            String appeal = person.url().replaceAll(".*/appeals/(\\d+).*", "$1");
            head.navigate(url("/appeals/" + appeal + "?lang=" + language));
            journey.check(head, "appeal-to-answer");
            head.check("#answer-form input[name=upheld][value=true]");
            head.fill("#answer-form textarea[name=reasons]", "Жауаптар қайта қаралды / Ответы пересмотрены");
            head.click("#answer-form button[type=submit]");
            head.waitForSelector("#answer");
            journey.check(head, "appeal-upheld");
            String revoked = message("decision.outcome.standing.revoked", locale);
            // the decision module hears of the upheld appeal after its commit (an application-module listener)
            for (int attempt = 0; attempt < 60 && !revoked.equals(standingShown(anyone, here(qr) + "&lang=" + language)); attempt++) {
                anyone.waitForTimeout(500);
            }
            journey.check(anyone, "verify-revoked");
            assertThat(anyone.locator("dd.standing").textContent()).isEqualTo(revoked);
            person.navigate(url("/cabinet/outcomes?lang=" + language));
            journey.check(person, "cabinet-revoked");
            assertThat(person.locator("section.card:has(h2:has-text('" + number + "'))").textContent()).contains(revoked);
        }
        assertThat(journey.findings()).as("accessibility violations on the decision journey's screens").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void aForensicQualificationGivesACertificateAndALaterOneASupplement_000_73(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        String iin = applicant(language);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        List<String> specialties = catalogue.specialtiesFor(ServiceCode.of("FORENSIC_EXPERT_QUALIFICATION")).stream()
                .limit(2).map(s -> s.code()).toList();
        Journey journey = new Journey("outcome-qualification", language, catalogue);
        try (BrowserContext officerContext = context(language); Page officer = officerContext.newPage();
             BrowserContext headContext = context(language); Page head = headContext.newPage();
             BrowserContext applicantContext = context(language); Page person = applicantContext.newPage();
             BrowserContext publicContext = context(language); Page anyone = publicContext.newPage()) {
            signIn(officer, "cfe-officer", "demo-cfe-officer-2026", language, journey);
            signIn(head, "cfe-head", "demo-cfe-head-2026", language, journey);
            signIn(person, iin, PASSWORD, language, journey);
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                long application = tested(account, "FORENSIC_EXPERT_QUALIFICATION", "cfe", specialties.get(i));
                officer.navigate(url("/office/outcomes?lang=" + language));
                journey.check(officer, "office-due-" + (i + 1));
                officer.click("form[action$='/office/outcomes/applications/" + application + "/prepare'] button");
                officer.waitForURL("**/office/outcomes?prepared");
                String number = number(application, "PREPARED");
                numbers.add(number);
                // the head signs with the Centre's key held by the server
                head.navigate(url("/office/outcomes?lang=" + language));
                journey.check(head, "head-to-sign-" + (i + 1));
                head.click("section.card:has(h3:has-text('" + number + "')) form[action$='/sign'] button");
                head.waitForURL("**/office/outcomes?signed");
                journey.check(head, "head-signed-" + (i + 1));
                assertThat(status(number)).isEqualTo("SIGNED");
            }
            assertThat(variant(numbers.get(0))).isEqualTo("POSITIVE");
            assertThat(variant(numbers.get(1))).isEqualTo("SUPPLEMENT");

            person.navigate(url("/cabinet/outcomes?lang=" + language));
            journey.check(person, "cabinet-certificate-and-supplement");
            assertThat(person.locator("section.card:has(h2:has-text('" + numbers.get(1) + "'))").textContent())
                    .contains(message("decision.outcome.variant.supplement", locale));
            assertThat(person.locator("section.card:has(h2:has-text('" + numbers.get(0) + "'))").textContent())
                    .contains(message("decision.outcome.variant.positive", locale));
            for (int i = 0; i < 2; i++) {
                String qr = qrCodeOf(download(person, numbers.get(i)));
                anyone.navigate(here(qr) + "&lang=" + language);
                journey.check(anyone, "verify-" + (i == 0 ? "certificate" : "supplement"));
                assertThat(anyone.locator("main").textContent()).contains(numbers.get(i))
                        .contains(message(i == 0 ? "decision.outcome.variant.positive"
                                : "decision.outcome.variant.supplement", locale));
                assertThat(anyone.locator("dd.standing").textContent())
                        .isEqualTo(message("decision.outcome.standing.valid", locale));
                assertThat(anyone.locator("dd.signature").textContent())
                        .isEqualTo(message("decision.verify.signature.valid", locale));
            }
        }
        assertThat(journey.findings()).as("accessibility violations on the qualification journey's screens").isEmpty();
    }

    // --- the data the journeys start from --------------------------------------------------------------------------

    /** A fresh applicant speaking {@code language} (the document's first language follows it). */
    private String applicant(String language) {
        while (true) {
            String iin = kz.attest.identity.TestIins.fresh();
            if (accounts.findByLoginName(iin).isEmpty()) {
                accounts.register(new ApplicantRegistration(iin, "Әбдіғаппарова", "Құралай", null, iin + "@example.kz",
                        "+7701" + iin.substring(5), PASSWORD, PASSWORD, language));
                return iin;
            }
        }
    }

    /** An admitted application whose only stage was passed: tested, its decision due (¶24–¶25). */
    private long tested(long account, String service, String provider, String specialty) {
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, provider, Instant.now());
        if (specialty != null) {
            jdbc.sql("UPDATE application_draft SET specialties = ? WHERE application_id = ?")
                    .params(specialty, application).update();
        }
        UUID sitting = UUID.randomUUID();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, service, 1, 85, true, Instant.now()),
                DecisionFixtures.completed(sitting, application, account, service, true, Instant.now()));
        return application;
    }

    private String number(long application, String status) {
        return jdbc.sql("SELECT number FROM decision_outcome WHERE application_id = ? AND status = ?")
                .params(application, status).query(String.class).single();
    }

    private String status(String number) {
        return jdbc.sql("SELECT status FROM decision_outcome WHERE number = ?").param(number).query(String.class).single();
    }

    private String variant(String number) {
        return jdbc.sql("SELECT variant FROM decision_outcome WHERE number = ?").param(number).query(String.class).single();
    }

    private DemoCertificateAuthority.IssuedCredential key(String login) {
        String iin = jdbc.sql("""
                        SELECT s.iin FROM identity_staff_signing_iin s JOIN identity_account a ON a.id = s.account_id
                        WHERE a.username = ?""").param(login).query(String.class).single();
        return signingKey(new CertificateSubject(iin, "Нұрланов", "Ерлан", null, "Департамент юстиции", null));
    }

    // --- the browser -----------------------------------------------------------------------------------------------

    private void signIn(Page page, String login, String password, String language, Journey journey) {
        boolean applicant = login.matches("\\d+");
        page.navigate(url("/login?lang=" + language));
        signIn(page, language, login, password, applicant ? "**/cabinet" : "**/staff");
        journey.check(page, "signed-in-" + (applicant ? "applicant" : login));
    }

    /** The PDF as the browser downloads it from the cabinet's link. */
    private static byte[] download(Page page, String number) throws IOException {
        Download download = page.waitForDownload(() ->
                page.click("section.card:has(h2:has-text('" + number + "')) a[href$='/pdf']"));
        return Files.readAllBytes(download.path());
    }

    /** The first page rendered as an image and its QR code read with ZXing. */
    static String qrCodeOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("No QR code on the document's first page", e);
        }
    }

    /** The QR code names the configured public address; the test server listens on a port of its own. */
    private String here(String qr) {
        URI uri = URI.create(qr);
        return url(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    private static String standingShown(Page page, String address) {
        page.navigate(address);
        return page.locator("dd.standing").count() == 0 ? "" : page.locator("dd.standing").textContent();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
