package kz.attest.delivery;

import com.microsoft.playwright.Page;
import kz.attest.itembank.Forms;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import kz.attest.testing.InBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * What the exam's browser tests share: the application on a random port and Chromium, a candidate checked in at a
 * seat of an open hall (advocate attestation, both stages), the workstation's start with the seat's code, URLs and
 * screenshots.
 */
abstract class ExamInBrowser extends InBrowser {

    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Forms forms;

    private final Path screenshots;

    ExamInBrowser(Path screenshots) {
        this.screenshots = screenshots;
    }

    DeliveryFixtures fixtures() {
        return new DeliveryFixtures(events, transactionManager, null, jdbc, forms);
    }

    /** A candidate of the advocate attestation checked in at a seat of an open hall (¶15). */
    static CandidateCheckedIn checkedIn(DeliveryFixtures fixtures) {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
        fixtures.publish(checkIn);
        return checkIn;
    }

    /** The workstation opens the seat's page in the language and starts with the code shown at check-in. */
    void startAtSeat(Page page, UUID seatId, String code, String language) {
        page.navigate(url("/exam/seat/" + seatId + "?lang=" + language));
        page.fill("#code", code);
        page.click("#start button[type=submit]");
    }

    /** The candidate chooses the language of the test and sees the briefing with the stages (¶17, ¶16). */
    static void chooseLanguage(Page page, String language) {
        page.waitForSelector("#language");
        page.click("#language button[value=" + language + "]");
        page.waitForSelector("#stages");
    }

    void shot(Page page, String name) {
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve(name + ".png")));
        } catch (RuntimeException ignored) {
            // a closed page has nothing to show
        }
    }
}
