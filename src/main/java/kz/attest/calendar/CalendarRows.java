package kz.attest.calendar;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The calendar tables: years held, their special days, and the revision every edit bumps. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CalendarRows {

    private static final String COLUMNS = "day, kind, religious, name_kk, name_ru, name_en, legal_source";

    private final JdbcClient jdbc;

    /** The year's stored days, or empty when the calendar does not hold the year. */
    Optional<List<SpecialDay>> load(int year) {
        if (!holds(year)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day WHERE day BETWEEN ? AND ? ORDER BY day")
                .param(LocalDate.of(year, 1, 1)).param(LocalDate.of(year, 12, 31))
                .query(CalendarRows::map).list());
    }

    boolean holds(int year) {
        return jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = ?").param(year).query(Long.class).single() > 0;
    }

    Optional<SpecialDay> find(LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_day WHERE day = ?").param(date)
                .query(CalendarRows::map).optional();
    }

    /** Adds the year with the given days; false when another request opened it first. */
    boolean openYear(int year, List<SpecialDay> days, String note) {
        int added = jdbc.sql("INSERT INTO calendar_year (year, note) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .param(year).param(note).update();
        if (added == 0) {
            return false;
        }
        days.forEach(this::insert);
        return true;
    }

    /** Stores a day; false when the date already has one. */
    boolean insert(SpecialDay day) {
        return jdbc.sql("INSERT INTO calendar_day (" + COLUMNS + ") VALUES (:day, :kind, :religious, :kk, :ru, :en, :source)"
                        + " ON CONFLICT (day) DO NOTHING")
                .param("day", day.date())
                .param("kind", day.kind().name())
                .param("religious", day.religious())
                .param("kk", day.name().kk())
                .param("ru", day.name().ru())
                .param("en", day.name().en())
                .param("source", day.legalSource())
                .update() == 1;
    }

    boolean delete(LocalDate date) {
        return jdbc.sql("DELETE FROM calendar_day WHERE day = ?").param(date).update() == 1;
    }

    long revision() {
        return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1").query(Long.class).single();
    }

    void bumpRevision() {
        jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    private static SpecialDay map(ResultSet rs, int row) throws SQLException {
        return new SpecialDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getBoolean("religious"),
                new DayName(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
                rs.getString("legal_source"));
    }
}
