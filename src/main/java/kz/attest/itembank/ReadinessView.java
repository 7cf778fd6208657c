package kz.attest.itembank;

import kz.attest.catalogue.Catalogue;
import org.springframework.context.MessageSource;

import java.util.Locale;

/** Words for a shortfall: the topic, service or specialty by its name in the reader's language. */
final class ReadinessView {

    private ReadinessView() {
    }

    static String explain(Shortfall shortfall, Catalogue catalogue, MessageSource messages, Locale locale) {
        String name = switch (shortfall.kind()) {
            case "TOPIC" -> catalogue.topic(shortfall.code()).name().in(locale);
            case "SPECIALTY" -> catalogue.specialty(shortfall.code()).name().in(locale);
            default -> catalogue.get(shortfall.code()).name().in(locale);
        };
        return messages.getMessage(shortfall.messageKey(),
                new Object[]{name, shortfall.needed(), shortfall.available()}, locale);
    }
}
