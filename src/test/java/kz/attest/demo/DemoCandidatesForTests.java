package kz.attest.demo;

import kz.attest.scheduling.CheckInResult;
import org.springframework.context.ApplicationContext;

/** Fresh checked-in candidates of the demonstration story for the browser journeys of other packages. */
public final class DemoCandidatesForTests {

    private DemoCandidatesForTests() {
    }

    /** The password of the story's applicants. */
    public static final String PASSWORD = DemoCast.PASSWORD;

    /** A new applicant with the IIN, admitted and checked in today; {@code started}: at work on the first stage. */
    public static CheckInResult checkedIn(ApplicationContext context, String iin, String surname, String givenName,
                                          boolean started) {
        return context.getBean(DemoStory.class).checkedInCandidate(
                new DemoCast.Person(iin.substring(0, 11), surname, givenName, null), started);
    }
}
