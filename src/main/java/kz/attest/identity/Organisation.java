package kz.attest.identity;

import kz.attest.web.SupportedLocales;

import java.util.Locale;
import java.util.Optional;

/**
 * An organisation whose staff work on the platform.
 *
 * @param id         stable identifier other modules store, e.g. {@code dj-almaty}, {@code cfe}, {@code tc-astana}
 * @param parentId   the organisation it belongs to (a test centre's operator), or {@code null}
 * @param regionCode ISO 3166-2:KZ code of its region or city, or {@code null} for national bodies
 */
public record Organisation(String id, OrganisationKind kind, String parentId, String regionCode,
                           String nameKk, String nameRu, String nameEn) {

    /** The name in the given language; Russian for any other. */
    public String name(Locale locale) {
        return switch (SupportedLocales.orDefault(locale).getLanguage()) {
            case "kk" -> nameKk;
            case "en" -> nameEn;
            default -> nameRu;
        };
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parentId);
    }
}
