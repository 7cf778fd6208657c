package kz.attest.catalogue;

import org.springframework.context.MessageSource;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue's codes put into words in one language, for pages and documents: a service's, a specialty's and a
 * topic's name, and a legal reference ({@code "000 ¶3–29"}) as the act's title and its paragraphs. A code the
 * catalogue does not know is returned as given, so nothing disappears from a page. Every page has one as {@code names}.
 */
public record CatalogueNames(Catalogue catalogue, MessageSource messages, Locale locale) {

    private static final Pattern REFERENCE = Pattern.compile("^(\\d{3})(?:\\s+(.*))?$");
    private static final Pattern PARAGRAPHS = Pattern.compile("^¶\\s*([\\d–\\-,() ]+)$");
    private static final Pattern APPENDIX = Pattern.compile("^app\\.\\s*(\\d+)");

    /** The service's name, e.g. "Attestation of advocates" for {@code ADVOCATE_ATTESTATION}. */
    public String service(String code) {
        if (code == null) {
            return "";
        }
        return ServiceCode.parse(code).flatMap(catalogue::find).map(s -> s.name().in(locale)).orElse(code);
    }

    /** The expert specialty's name, e.g. "Ballistic examination" for {@code BALLISTICS}. */
    public String specialty(String code) {
        if (code == null) {
            return "";
        }
        return catalogue.specialties().stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> s.name().in(locale)).orElse(code);
    }

    /** A case's scope: an expert specialty's name, or else a service's. */
    public String scope(String code) {
        String specialty = specialty(code);
        return code != null && specialty.equals(code) ? service(code) : specialty;
    }

    /** A topic's name. */
    public String topic(String code) {
        if (code == null) {
            return "";
        }
        return catalogue.topics().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.name().in(locale)).orElse(code);
    }

    /** A legal reference of the catalogue in words. */
    public String legalBasis(LegalRef reference) {
        return reference == null ? "" : legalBasis(reference.toString());
    }

    /**
     * A legal reference in words: {@code "000 ¶3–29"} becomes the act's title and "paragraphs 3–29",
     * {@code "004 app.2 ¶7"} the act's title, "appendix 2", "paragraph 7". The acts' titles are messages
     * {@code catalogue.act.NNN}.
     */
    public String legalBasis(String reference) {
        if (reference == null) {
            return "";
        }
        Matcher matcher = REFERENCE.matcher(reference.strip());
        if (!matcher.matches()) {
            return reference;
        }
        StringBuilder words = new StringBuilder(
                messages.getMessage("catalogue.act." + matcher.group(1), null, reference, locale));
        String rest = matcher.group(2) == null ? "" : matcher.group(2).strip();
        Matcher appendix = APPENDIX.matcher(rest);
        if (appendix.lookingAt()) {
            words.append(", ").append(messages.getMessage("catalogue.act.appendix", new Object[] {appendix.group(1)},
                    locale));
            rest = rest.substring(appendix.end()).strip();
        }
        Matcher paragraphs = PARAGRAPHS.matcher(rest);
        if (paragraphs.matches()) {
            String numbers = paragraphs.group(1).strip();
            boolean several = numbers.matches(".*[–\\-,].*");
            words.append(", ").append(messages.getMessage(several ? "catalogue.act.paragraphs" : "catalogue.act.paragraph",
                    new Object[] {numbers}, locale));
        } else if (!rest.isEmpty()) {
            words.append(", ").append(rest);
        }
        return words.toString();
    }

    /**
     * A short reference for the small print beside a rule: the act's short name and the provision as written,
     * {@code "000 ¶11(1), ¶13"} becomes "Pilot project rules ¶11(1), ¶13", {@code "000 app.7"} "…, appendix 7".
     */
    public String shortRef(Object reference) {
        if (reference == null) {
            return "";
        }
        String text = reference.toString().strip();
        Matcher matcher = REFERENCE.matcher(text);
        if (!matcher.matches()) {
            return text;
        }
        String act = messages.getMessage("catalogue.act-short." + matcher.group(1), null, text, locale);
        String rest = matcher.group(2) == null ? "" : matcher.group(2).strip();
        Matcher appendix = APPENDIX.matcher(rest);
        if (appendix.lookingAt()) {
            rest = messages.getMessage("catalogue.act.appendix", new Object[] {appendix.group(1)}, locale)
                    + rest.substring(appendix.end());
        }
        return rest.isEmpty() ? act : act + ", " + rest;
    }
}
