package kz.attest.scheduling;

import kz.attest.DemoData;
import kz.attest.audit.AuditLog;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Demonstration halls, made once on the first start when demonstration data is on: a hall of {@value #ALMATY_SEATS}
 * seats at the Almaty test centre (where the demo proctor works) and a smaller one at Astana, both with an open policy
 * (no Safe Exam Browser, any client address). Ids are deterministic.
 */
@Order(0)   // before the demonstration story (kz.attest.demo), which uses them
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoHalls implements DemoData {

    static final int ALMATY_SEATS = 20;
    static final int ASTANA_SEATS = 10;

    private final HallRows rows;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    @Transactional
    @Override
    public void load() {
        if (rows.any()) {
            return;
        }
        make("tc-almaty", "Зал 1 / Hall 1", "г. Алматы, пр. Абая, 10, 2 этаж", ALMATY_SEATS);
        make("tc-astana", "Зал 1 / Hall 1", "г. Астана, ул. Бейбітшілік, 4, 1 этаж", ASTANA_SEATS);
    }

    private void make(String centreId, String name, String address, int seats) {
        if (organisations.find(centreId).filter(o -> o.kind() == OrganisationKind.TEST_CENTRE).isEmpty()) {
            return;
        }
        UUID id = id("hall:" + centreId);
        List<Hall.Seat> list = new ArrayList<>();
        for (Hall.Seat seat : Halls.numberedSeats(seats)) {
            list.add(new Hall.Seat(id("seat:" + centreId + ":" + seat.label()), seat.label(), true));
        }
        rows.insert(new Hall(id, centreId, name, address, seats, Optional.empty(), null, List.of(), list), clock.instant());
        audit.record("system", "scheduling.hall.demo-created", Halls.ENTITY, id.toString(),
                centreId + ": " + seats + " seats, open policy");
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("attest-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
