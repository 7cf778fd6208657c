package kz.attest.identity;

import kz.attest.AttestProperties;
import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * In the demonstration only: the card with the download of demonstration EDS keys for the development signer — the
 * applicant's own, or a staff member's carrying their organisation.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoKeysWorkplaceCards implements WorkplaceCards {

    private final AttestProperties properties;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;

    @Override
    public void declare(WorkplaceDeck deck) {
        if (!properties.loadDemoData()) {
            return;
        }
        boolean applicant = deck.holds(Roles.APPLICANT);
        // only staff who sign (heads, the commission's chair) have such keys
        boolean signingStaff = !applicant && currentUser.current().filter(SignedInUser::isStaff)
                .flatMap(user -> staff.signingIin(user.accountId())).isPresent();
        deck.cardIf(applicant || signingStaff, "demo-keys", 90, "workplace.demo-keys")
                .link("workplace.link.demo-keys", applicant ? "/cabinet/demo-keys.p12" : "/staff/demo-keys.p12");
    }
}
