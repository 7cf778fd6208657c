package kz.attest.audit;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace card of the auditor and the administrator: the audit log and its chain check. */
@Component
class AuditWorkplaceCards implements WorkplaceCards {

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        if (!WorkplaceCards.hasAny(person, Roles.AUDITOR, Roles.SYSTEM_ADMIN)) {
            return List.of();
        }
        return List.of(WorkplaceCard.of("audit", 80, "workplace.audit",
                List.of(Link.of("workplace.link.audit", "/audit"), Link.of("workplace.link.audit-verify", "/audit/verify"))));
    }
}
