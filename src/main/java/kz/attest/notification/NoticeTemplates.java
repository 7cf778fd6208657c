package kz.attest.notification;

import kz.attest.web.SupportedLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a notice in the recipient's language from {@code i18n/notification_*}. A template names its parameters in
 * {@code notice.<template>.parameters}; the texts refer to them by position, so translators may reorder them.
 */
@Component
class NoticeTemplates {

    static final String FALLBACK = "generic.status-changed";
    private static final Logger log = LoggerFactory.getLogger(NoticeTemplates.class);

    private final MessageSource messages;
    private final kz.attest.catalogue.Catalogue catalogue;

    /** Without the catalogue: parameters are shown as given. */
    NoticeTemplates(MessageSource messages) {
        this(messages, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    NoticeTemplates(MessageSource messages, kz.attest.catalogue.Catalogue catalogue) {
        this.messages = messages;
        this.catalogue = catalogue;
    }

    /** A parameter as the reader reads it: a service's code becomes its name in the reader's language (issue 14). */
    private String inWords(String name, String value, Locale locale) {
        if ("service".equals(name) && value != null && catalogue != null) {
            return new kz.attest.catalogue.CatalogueNames(catalogue, messages, locale).service(value);
        }
        // a history note (a refusal's grounds, the missing documents) comes as its key and arguments (issue 14)
        java.util.Optional<kz.attest.web.Phrase> phrase = kz.attest.web.Phrase.decode(value);
        if (phrase.isPresent()) {
            return phrase.get().render(messages, locale, arg -> documentOrDate(arg, locale));
        }
        return kz.attest.calendar.DateTexts.inText(value, messages, locale);   // dates as the reader writes them
    }

    /** A phrase's value: a document type's code becomes its name, a date is written as the reader writes it. */
    private String documentOrDate(String value, Locale locale) {
        if (catalogue != null) {
            java.util.Optional<String> document = catalogue.documentTypes().stream()
                    .filter(d -> d.code().equals(value)).map(d -> d.name().in(locale)).findFirst();
            if (document.isPresent()) {
                return document.get();
            }
        }
        return kz.attest.calendar.DateTexts.inText(value, messages, locale);
    }

    /** Subject, body and SMS text of one notice; an unknown template falls back to the generic status change. */
    RenderedNotice render(String template, Map<String, String> parameters, Locale language) {
        Locale locale = SupportedLocales.orDefault(language);
        if (!exists(template)) {
            log.warn("No notice template {}; sending the generic status change", template);
            // the template's key is no text for a person (issue 14): the notice is named in words
            return render(FALLBACK, Map.of("subject", messages.getMessage("notification.unknown-subject", null,
                    locale), "status", parameters.getOrDefault("status", "")), locale);
        }
        String missing = messages.getMessage("notification.value.missing", null, locale);
        Object[] arguments = parameterNames(template).stream()
                .map(name -> inWords(name, parameters.getOrDefault(name, missing), locale))
                .toArray();
        return new RenderedNotice(text(template, "subject", arguments, locale), text(template, "body", arguments, locale),
                text(template, "sms", arguments, locale));
    }

    boolean exists(String template) {
        return messages.getMessage(key(template, "parameters"), null, null, SupportedLocales.DEFAULT) != null;
    }

    List<String> parameterNames(String template) {
        return Arrays.stream(messages.getMessage(key(template, "parameters"), null, SupportedLocales.DEFAULT).split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private String text(String template, String part, Object[] arguments, Locale locale) {
        try {
            return messages.getMessage(key(template, part), withoutDoubleFullStops(template, part, arguments, locale),
                    locale);
        } catch (NoSuchMessageException e) {
            throw new IllegalStateException("Notice template " + template + " has no " + part, e);
        }
    }

    /**
     * An officer's free text often ends with a full stop already; where the text puts one right after the value
     * ("Grounds: {2}."), the value's own is dropped so the notice never reads "..".
     */
    private Object[] withoutDoubleFullStops(String template, String part, Object[] arguments, Locale locale) {
        String pattern = messages.getMessage(key(template, part), null, "", locale);
        Object[] tidy = arguments.clone();
        for (int i = 0; i < tidy.length; i++) {
            if (tidy[i] instanceof String value && pattern.contains("{" + i + "}.")) {
                String trimmed = value.stripTrailing();
                tidy[i] = trimmed.endsWith(".") && !trimmed.endsWith("...")
                        ? trimmed.substring(0, trimmed.length() - 1) : value;
            }
        }
        return tidy;
    }

    private static String key(String template, String part) {
        return "notice." + template + "." + part;
    }
}
