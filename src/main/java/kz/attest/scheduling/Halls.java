package kz.attest.scheduling;

import kz.attest.audit.AuditLog;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Organisation;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The operator administrator's halls and seats at the test centres (¶10). Every change is audited; a staff member
 * sees and changes only the halls of their own test centre, or of every centre when they work for the operator.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Halls {

    static final int MAX_CAPACITY = 500;
    static final String ENTITY = "Hall";
    private static final Pattern SEAT_LABEL = Pattern.compile("[\\p{L}\\d][\\p{L}\\d-]{0,31}");

    private final HallRows rows;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    /** The halls of the centres the signed-in staff member works for. */
    @Transactional(readOnly = true)
    List<Hall> visible() {
        return rows.all().stream().filter(h -> currentUser.isMemberOf(h.centreId())).toList();
    }

    /** The test centres the signed-in staff member may plan for. */
    List<Organisation> centres() {
        return organisations.byKind(OrganisationKind.TEST_CENTRE).stream()
                .filter(c -> currentUser.isMemberOf(c.id())).toList();
    }

    @Transactional(readOnly = true)
    Hall get(UUID id) {
        Hall hall = rows.find(id).orElseThrow(() -> new SchedulingRefusal(Kind.NOT_FOUND, "scheduling.hall.not-found"));
        currentUser.requireMemberOf(hall.centreId());
        return hall;
    }

    @Transactional
    Hall create(NewHall request) {
        Organisation centre = organisations.find(request.centreId())
                .filter(o -> o.kind() == OrganisationKind.TEST_CENTRE)
                .orElseThrow(() -> new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.hall.not-a-test-centre", request.centreId()));
        currentUser.requireMemberOf(centre.id());
        String name = text(request.name(), 200, "scheduling.hall.name-required");
        String address = text(request.address(), 500, "scheduling.hall.address-required");
        if (request.capacity() < 1 || request.capacity() > MAX_CAPACITY) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.hall.invalid-capacity", MAX_CAPACITY);
        }
        int seats = request.seats().orElse(request.capacity());
        if (seats < 0) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.hall.invalid-capacity", MAX_CAPACITY);
        }
        if (seats > request.capacity()) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.hall.capacity-exceeded", request.capacity());
        }
        Optional<String> key = HallPolicyRules.key(request.sebRequired(), request.sebKeyHex());
        List<String> ranges = HallPolicyRules.ranges(request.allowedIpRanges());
        if (rows.nameTaken(centre.id(), name)) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.hall.duplicate-name", name);
        }
        UUID id = UUID.randomUUID();
        SafeExamBrowserKeyKind kind = SafeExamBrowserKeyKind.parse(request.sebKeyKind());
        Hall hall = new Hall(id, centre.id(), name, address, request.capacity(), key, kind, ranges, numberedSeats(seats));
        rows.insert(hall, clock.instant());
        audit.record("scheduling.hall.created", ENTITY, id.toString(),
                "%s, %s: %d seats of %d, SEB %s, IP ranges [%s]".formatted(centre.id(), name, seats,
                        request.capacity(), key.isPresent() ? "required (" + kind + ")" : "not required", String.join(" ", ranges)));
        return get(id);
    }

    /** Seats labelled 01, 02, … in the order of the room. */
    static List<Hall.Seat> numberedSeats(int count) {
        int width = Math.max(2, Integer.toString(count).length());
        List<Hall.Seat> seats = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            seats.add(new Hall.Seat(UUID.randomUUID(), ("%0" + width + "d").formatted(n), true));
        }
        return seats;
    }

    @Transactional
    Hall changePolicy(UUID hallId, boolean sebRequired, String sebKeyHex, List<String> allowedIpRanges) {
        return changePolicy(hallId, sebRequired, sebKeyHex, null, allowedIpRanges);
    }

    @Transactional
    Hall changePolicy(UUID hallId, boolean sebRequired, String sebKeyHex, String sebKeyKind, List<String> allowedIpRanges) {
        Hall hall = get(hallId);
        HallPolicy policy = new HallPolicy(HallPolicyRules.key(sebRequired, sebKeyHex),
                HallPolicyRules.ranges(allowedIpRanges), SafeExamBrowserKeyKind.parse(sebKeyKind));
        rows.updatePolicy(hall.id(), policy);
        audit.record("scheduling.hall.policy-changed", ENTITY, hall.id().toString(),
                "SEB %s, IP ranges [%s]".formatted(policy.safeExamBrowserKeyHex().isPresent()
                                ? "required (" + policy.safeExamBrowserKeyKind() + ")" : "not required",
                        String.join(" ", policy.allowedIpRanges())));
        return get(hallId);
    }

    @Transactional
    Hall.Seat addSeat(UUID hallId, String label) {
        Hall hall = get(hallId);
        rows.lock(hall.id());
        hall = get(hallId);
        String value = label == null ? "" : label.strip();
        if (!SEAT_LABEL.matcher(value).matches()) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.seat.invalid-label");
        }
        if (hall.seats().stream().anyMatch(s -> s.label().equalsIgnoreCase(value))) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.seat.duplicate-label", value);
        }
        if (hall.seats().size() >= hall.capacity()) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.hall.capacity-exceeded", hall.capacity());
        }
        Hall.Seat seat = new Hall.Seat(UUID.randomUUID(), value, true);
        rows.insertSeat(hall.id(), seat);
        audit.record("scheduling.seat.added", ENTITY, hall.id().toString(), "seat " + value);
        return seat;
    }

    /** Marks a seat out of order, or back in service; a seat taken in a session keeps its candidate. */
    @Transactional
    Hall.Seat setSeatActive(UUID hallId, UUID seatId, boolean active) {
        Hall hall = get(hallId);
        Hall.Seat seat = hall.seat(seatId).orElseThrow(() -> new SchedulingRefusal(Kind.NOT_FOUND, "scheduling.seat.not-found"));
        if (seat.active() != active) {
            rows.setSeatActive(seat.id(), active);
            audit.record(active ? "scheduling.seat.in-service" : "scheduling.seat.out-of-order", ENTITY,
                    hall.id().toString(), "seat " + seat.label());
        }
        return new Hall.Seat(seat.id(), seat.label(), active);
    }

    private static String text(String value, int max, String requiredKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, requiredKey, max);
        }
        return text;
    }

    /** What the operator administrator asks for a new hall; {@code seats} defaults to the capacity. */
    record NewHall(String centreId, String name, String address, int capacity, Optional<Integer> seats,
                   boolean sebRequired, String sebKeyHex, List<String> allowedIpRanges, String sebKeyKind) {

        NewHall(String centreId, String name, String address, int capacity, Optional<Integer> seats,
                boolean sebRequired, String sebKeyHex, List<String> allowedIpRanges) {
            this(centreId, name, address, capacity, seats, sebRequired, sebKeyHex, allowedIpRanges, null);
        }

        NewHall {
            seats = seats == null ? Optional.empty() : seats;
            allowedIpRanges = allowedIpRanges == null ? List.of() : allowedIpRanges;
        }
    }
}
