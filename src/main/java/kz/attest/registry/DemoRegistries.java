package kz.attest.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Deterministic demonstration answers of both registries, decided by the 8th and 9th digits of the IIN (the start of
 * its serial number): {@code 99} — no such person; {@code 98} — the person is deceased; {@code 97} — the special
 * records hold a conviction; {@code 96} — both registries are "down" (to rehearse a retry). Any other IIN: a living
 * person born on the date the IIN encodes, with no special records.
 */
final class DemoRegistries implements PersonRegistry, SpecialRecords {

    static final String NOT_FOUND = "99";
    static final String DECEASED = "98";
    static final String CONVICTED = "97";
    static final String DOWN = "96";

    @Override
    public Optional<PersonRecord> find(String iin) {
        String marker = marker(iin);
        if (DOWN.equals(marker)) {
            throw new RegistryUnavailableException("PERSON_REGISTRY", "demonstration registry down for " + iin, null);
        }
        if (NOT_FOUND.equals(marker)) {
            return Optional.empty();
        }
        return Optional.of(new PersonRecord(iin, "ДЕМО", "ТҰЛҒА", "ИИН " + iin.substring(8), birthDate(iin),
                !DECEASED.equals(marker)));
    }

    @Override
    public List<SpecialRecord> recordsOf(String iin) {
        String marker = marker(iin);
        if (DOWN.equals(marker)) {
            throw new RegistryUnavailableException("SPECIAL_RECORDS", "demonstration registry down for " + iin, null);
        }
        if (CONVICTED.equals(marker)) {
            return List.of(new SpecialRecord("CONVICTION", "Demonstration record: a conviction not yet expunged",
                    LocalDate.of(2022, 4, 12)));
        }
        return List.of();
    }

    private static String marker(String iin) {
        if (iin == null || !iin.matches("\\d{12}")) {
            return "";
        }
        return iin.substring(7, 9);
    }

    /** The birth date an IIN encodes (YYMMDD, the century from the 7th digit), or {@code null} if it encodes none. */
    static LocalDate birthDate(String iin) {
        try {
            int century = switch (iin.charAt(6)) {
                case '1', '2' -> 1800;
                case '3', '4' -> 1900;
                case '5', '6' -> 2000;
                default -> -1;
            };
            if (century < 0) {
                return null;
            }
            return LocalDate.of(century + Integer.parseInt(iin.substring(0, 2)), Integer.parseInt(iin.substring(2, 4)),
                    Integer.parseInt(iin.substring(4, 6)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
