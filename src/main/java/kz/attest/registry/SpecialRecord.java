package kz.attest.registry;

import java.time.LocalDate;

/** One entry of the special records: its kind (e.g. {@code CONVICTION}, {@code COURT_BAN}), a description and its date. */
public record SpecialRecord(String kind, String description, LocalDate date) {
}
