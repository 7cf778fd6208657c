package kz.attest.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import kz.attest.catalogue.ServiceCode;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.identity.Organisations;
import kz.attest.identity.TestIins;
import kz.attest.signature.CertificateSubject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import kz.attest.testing.InBrowser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guided application in a real browser, in Kazakh and in Russian (issue 14): the service, what the law asks in
 * words, the documents (each slot named, limits stated), the summary, signing with the development signer, and the
 * receipt — registration number, date, provider, next step and its legal date — downloaded as a PDF whose text carries
 * both languages, the person's first, and no code. Every screen: screenshot, axe-core, code scan.
 */
class ApplicationWizardBrowserTests extends InBrowser {

    private static final String PASSWORD = "qazaqstan2026";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Organisations organisations;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void theApplicantIsGuidedFromTheServiceToADownloadedReceipt(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Locale other = Locale.forLanguageTag(language.equals("kk") ? "ru" : "kk");
        String iin = TestIins.fresh();
        accounts.register(new ApplicantRegistration(iin, "Шеберова", "Әлия", null, iin + "@example.kz",
                "+7701" + iin.substring(5), PASSWORD, PASSWORD, language));
        var key = signingKey(CertificateSubject.individual(iin, "Шеберова", "Әлия", null));
        Journey journey = new Journey("wizard", language, catalogue);
        try (BrowserContext context = context(language); Page page = context.newPage()) {
            signIn(page, language, iin, PASSWORD, "**/cabinet");

            page.navigate(url("/services/ADVOCATE_ATTESTATION"));
            page.click("#apply-ADVOCATE_ATTESTATION");
            page.waitForURL("**/applications/new?service=ADVOCATE_ATTESTATION");
            page.selectOption("#service-ADVOCATE_ATTESTATION select[name=provider]", "dj-almaty");
            journey.check(page, "wizard-service");
            page.click("#service-ADVOCATE_ATTESTATION button[type=submit]");
            page.waitForURL("**/applications/drafts/**");

            // what the law asks, in words: the act's name, not "000 ¶5"
            journey.check(page, "wizard-requirements");
            String requirements = page.locator("#requirements").textContent();
            assertThat(page.locator("#requirement-list li").count()).isPositive();
            assertThat(requirements).doesNotContainPattern("\\b00\\d ¶");
            assertThat(page.locator("#step-requirements").getAttribute("aria-current")).isEqualTo("step");

            page.click("#wizard-next");
            page.waitForSelector("#documents");
            assertThat(page.locator("#document-limits").textContent()).contains("10");
            for (String type : List.of("IDENTITY_DOCUMENT", "LAW_DIPLOMA", "WORK_EXPERIENCE_PROOF",
                    "INTERNSHIP_CERTIFICATE")) {
                assertThat(page.locator("#document-" + type + " strong").textContent())
                        .isEqualTo(catalogue.documentType(type).name().in(locale));
                page.setInputFiles("#document-" + type + " input[type=file]",
                        new FilePayload(type.toLowerCase(Locale.ROOT) + ".pdf", "application/pdf", PDF));
                page.click("#document-" + type + " button[type=submit]");
                page.waitForSelector("#document-" + type + " .file-name");
            }
            journey.check(page, "wizard-documents");

            page.click("#wizard-next");
            page.waitForSelector("#answers");
            assertThat(page.locator("#missing-documents").count()).isZero();
            assertThat(page.locator("#summary-provider").textContent())
                    .isEqualTo(organisations.find("dj-almaty").orElseThrow().name(locale));
            for (var box : page.locator("#answers input[type=checkbox]").all()) {
                box.check();
            }
            journey.check(page, "wizard-summary");
            page.click("#answers button[type=submit]");
            page.waitForURL("**step=sign**");
            journey.check(page, "wizard-sign");

            try (BrowserSigner signer = new BrowserSigner(key)) {
                signer.pointTo(page);
                page.click("#sign-submit");
                page.waitForURL(u -> u.matches(".*/applications/\\d+/receipt$"),
                        new Page.WaitForURLOptions().setTimeout(30_000));
            }
            journey.check(page, "wizard-receipt");
            String receipt = page.locator("#receipt").textContent();
            String service = catalogue.get(ServiceCode.of("ADVOCATE_ATTESTATION")).name().in(locale);
            String provider = organisations.find("dj-almaty").orElseThrow().name(locale);
            assertThat(receipt).contains(service, provider, iin).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}");

            Download download = page.waitForDownload(() -> page.click("#receipt-pdf"));
            byte[] pdf = Files.readAllBytes(download.path());
            String text;
            try (var document = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");   // long names wrap
            }
            String mine = organisations.find("dj-almaty").orElseThrow().name(locale);
            String theirs = organisations.find("dj-almaty").orElseThrow().name(other);
            assertThat(text).contains(mine, theirs, iin, "Шеберова",
                    catalogue.get(ServiceCode.of("ADVOCATE_ATTESTATION")).name().in(other).replaceAll("\\s+", " "));
            assertThat(text.indexOf(mine)).as("the person's language first").isLessThan(text.indexOf(theirs));
            assertThat(text).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            journey.scan("receipt.pdf", text);
        }
        assertThat(journey.findings()).as("accessibility violations and codes on the wizard's screens and the receipt").isEmpty();
    }

}
