package kz.attest.audit;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Workplace card of the auditor and the administrator: the audit log and its chain check, with today's records. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditWorkplaceCards implements WorkplaceCards {

    static final int COUNT_LIMIT = 1000;
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final AuditRows rows;
    private final Clock clock;

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("audit", 80, "workplace.audit", Roles.AUDITOR, Roles.SYSTEM_ADMIN)
                .link("workplace.link.audit", "/audit")
                .link("workplace.link.audit-verify", "/audit/verify")
                .waiting("workplace.figure.audit-today", this::recordsToday, "/audit");
    }

    /** Today's records among the latest {@value #COUNT_LIMIT} (the chain's sequence is indexed; the time is not). */
    private long recordsToday() {
        return rows.countSince(COUNT_LIMIT, LocalDate.now(clock.withZone(ALMATY)).atStartOfDay(ALMATY).toInstant());
    }
}
