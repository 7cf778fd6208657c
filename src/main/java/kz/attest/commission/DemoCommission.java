package kz.attest.commission;

import kz.attest.DemoData;
import kz.attest.identity.Accounts;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The demonstration commission of the Centre of Forensic Expertise ({@code cfe}): {@code commission-chair} chairs,
 * {@code commission} is a member, {@code cfe-officer} is the secretary (see docs/demo-accounts.md). Created once, after
 * the demonstration accounts, only when demonstration data is loaded.
 */
@Order   // last: after the identity module's demonstration accounts (which load first)
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoCommission implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoCommission.class);
    static final String ORGANISATION = "cfe";

    private final CommissionRows rows;
    private final Accounts accounts;
    private final Clock clock;

    @Transactional
    @Override
    public void load() {
        if (rows.name(ORGANISATION).isPresent()) {
            return;
        }
        rows.upsert(ORGANISATION, "Аттестаттау комиссиясы / Аттестационная комиссия ЦСЭ", "system", clock.instant());
        record Seat(String login, MemberRole role) {
        }
        for (Seat seat : List.of(new Seat("commission-chair", MemberRole.CHAIR), new Seat("commission", MemberRole.MEMBER),
                new Seat("cfe-officer", MemberRole.SECRETARY))) {
            accounts.findByLoginName(seat.login()).ifPresent(account ->
                    rows.put(ORGANISATION, account.accountId(), seat.role(), "system", clock.instant()));
        }
        log.info("Created the demonstration attestation commission of {}", ORGANISATION);
    }
}
