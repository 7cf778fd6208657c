package kz.attest.identity;

import kz.attest.AttestProperties;
import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCards;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

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
    public List<WorkplaceCard> cards(Authentication person) {
        if (!properties.loadDemoData()) {
            return List.of();
        }
        boolean applicant = WorkplaceCards.has(person, Roles.APPLICANT);
        // only staff who sign (heads, the commission's chair) have such keys
        boolean signingStaff = !applicant && currentUser.current().filter(SignedInUser::isStaff)
                .flatMap(user -> staff.signingIin(user.accountId())).isPresent();
        return WorkplaceCards.deck(person)
                .cardIf(applicant || signingStaff, "demo-keys", 90, "workplace.demo-keys")
                .link("workplace.link.demo-keys", applicant ? "/cabinet/demo-keys.p12" : "/staff/demo-keys.p12")
                .cards();
    }
}
