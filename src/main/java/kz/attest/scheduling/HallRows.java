package kz.attest.scheduling;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Halls and their seats in {@code scheduling_hall} and {@code scheduling_seat}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HallRows {

    private static final String SELECT = """
            SELECT id, centre_id, name, address, capacity, seb_key_hex, seb_key_kind, allowed_ip_ranges FROM scheduling_hall""";

    private final JdbcClient jdbc;

    List<Hall> all() {
        return jdbc.sql(SELECT + " ORDER BY centre_id, name").query(this::map).list();
    }

    Optional<Hall> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
    }

    boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM scheduling_hall)").query(Boolean.class).single();
    }

    boolean nameTaken(String centreId, String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM scheduling_hall WHERE centre_id = ? AND lower(name) = lower(?))")
                .params(centreId, name).query(Boolean.class).single();
    }

    void insert(Hall hall, Instant now) {
        jdbc.sql("""
                        INSERT INTO scheduling_hall (id, centre_id, name, address, capacity, seb_key_hex, seb_key_kind, allowed_ip_ranges, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hall.id(), hall.centreId(), hall.name(), hall.address(), hall.capacity(),
                        hall.sebKeyHex().orElse(null), hall.sebKeyKind().name(), String.join(" ", hall.allowedIpRanges()), Timestamp.from(now))
                .update();
        hall.seats().forEach(seat -> insertSeat(hall.id(), seat));
    }

    /** Locks the hall row: seat changes and capacity checks of one hall happen one at a time. */
    void lock(UUID hallId) {
        jdbc.sql("SELECT id FROM scheduling_hall WHERE id = ? FOR UPDATE").param(hallId).query(UUID.class).optional();
    }

    void updatePolicy(UUID hallId, HallPolicy policy) {
        jdbc.sql("UPDATE scheduling_hall SET seb_key_hex = ?, seb_key_kind = ?, allowed_ip_ranges = ? WHERE id = ?")
                .params(policy.safeExamBrowserKeyHex().orElse(null), policy.safeExamBrowserKeyKind().name(), String.join(" ", policy.allowedIpRanges()), hallId)
                .update();
    }

    void insertSeat(UUID hallId, Hall.Seat seat) {
        jdbc.sql("INSERT INTO scheduling_seat (id, hall_id, label, active) VALUES (?, ?, ?, ?)")
                .params(seat.id(), hallId, seat.label(), seat.active()).update();
    }

    void setSeatActive(UUID seatId, boolean active) {
        jdbc.sql("UPDATE scheduling_seat SET active = ? WHERE id = ?").params(active, seatId).update();
    }

    private List<Hall.Seat> seats(UUID hallId) {
        return jdbc.sql("SELECT id, label, active FROM scheduling_seat WHERE hall_id = ? ORDER BY label")
                .param(hallId)
                .query((rs, n) -> new Hall.Seat(rs.getObject("id", UUID.class), rs.getString("label"), rs.getBoolean("active")))
                .list();
    }

    private Hall map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String ranges = rs.getString("allowed_ip_ranges");
        return new Hall(id, rs.getString("centre_id"), rs.getString("name"), rs.getString("address"),
                rs.getInt("capacity"), Optional.ofNullable(rs.getString("seb_key_hex")),
                SafeExamBrowserKeyKind.ofStored(rs.getString("seb_key_kind")),
                ranges.isBlank() ? List.of() : Arrays.asList(ranges.split(" ")), seats(id));
    }
}
