package kz.attest.scheduling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A test hall of a test centre (¶10): its address, how many workstations it holds, what it demands of their requests,
 * and its seats.
 *
 * @param capacity how many workstations the room holds; the seats never exceed it
 */
record Hall(UUID id, String centreId, String name, String address, int capacity, Optional<String> sebKeyHex,
            SafeExamBrowserKeyKind sebKeyKind, List<String> allowedIpRanges, List<Seat> seats) {

    public Hall {
        sebKeyKind = sebKeyKind == null ? SafeExamBrowserKeyKind.CONFIG_KEY : sebKeyKind;
        allowedIpRanges = List.copyOf(allowedIpRanges);
        seats = List.copyOf(seats);
    }

    public HallPolicy policy() {
        return new HallPolicy(sebKeyHex, allowedIpRanges, sebKeyKind);
    }

    public boolean sebRequired() {
        return sebKeyHex.isPresent();
    }

    public long activeSeats() {
        return seats.stream().filter(Seat::active).count();
    }

    public Optional<Seat> seat(UUID seatId) {
        return seats.stream().filter(s -> s.id().equals(seatId)).findFirst();
    }

    /** A workstation of a hall; out of order while not active. */
    public record Seat(UUID id, String label, boolean active) {
    }
}
