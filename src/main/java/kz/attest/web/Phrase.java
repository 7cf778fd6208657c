package kz.attest.web;

import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import static kz.attest.Json.JSON;

/**
 * A text for a person stored as a message key and its arguments, so that it is read in the reader's language however
 * long after it was written (issue 14: no English phrase on a kk or ru page). An argument written {@code #{key}} is
 * itself a message (a role, an outcome); any other argument is a value (a number, an ISO date, a catalogue code) that
 * the reader's side puts into words. Without a key the phrase is a list of values shown as given (a person's own
 * words, names of missing documents), joined by commas.
 *
 * @param key  the message key, or {@code null} for values shown as given
 * @param args the arguments, in the message's order
 */
public record Phrase(String key, List<String> args) {

    private static final String ENCODED = "phrase:";

    public Phrase {
        args = args == null ? List.of() : List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    /** A message with its arguments. */
    public static Phrase of(String key, Object... args) {
        List<String> values = new ArrayList<>();
        for (Object arg : args) {
            values.add(arg == null ? "" : arg.toString());
        }
        return new Phrase(Objects.requireNonNull(key), values);
    }

    /** A person's own words, shown as written. */
    public static Phrase verbatim(String text) {
        return text == null ? null : new Phrase(null, List.of(text));
    }

    /** A list of values shown as given (each put into words by the reader's side), joined by commas. */
    public static Phrase values(List<String> values) {
        return new Phrase(null, values);
    }

    /** An argument that is itself a message. */
    public static String message(String key) {
        return "#{" + key + "}";
    }

    /** The phrase as one string (a notice's parameter); {@link #render} reads it back. */
    public String encode() {
        return ENCODED + JSON.writeValueAsString(Map.of("key", key == null ? "" : key, "args", args));
    }

    /** The phrase in an encoded string, if it is one. */
    @SuppressWarnings("unchecked")
    public static java.util.Optional<Phrase> decode(String value) {
        if (value == null || !value.startsWith(ENCODED)) {
            return java.util.Optional.empty();
        }
        try {
            Map<String, Object> json = JSON.readValue(value.substring(ENCODED.length()), Map.class);
            String key = (String) json.get("key");
            return java.util.Optional.of(new Phrase(key == null || key.isEmpty() ? null : key,
                    (List<String>) json.get("args")));
        } catch (RuntimeException notAPhrase) {
            return java.util.Optional.empty();
        }
    }

    /** The phrase in {@code locale}; {@code value} puts a plain argument into words (dates, codes). */
    public String render(MessageSource messages, Locale locale, UnaryOperator<String> value) {
        List<String> words = args.stream().map(arg -> argument(arg, messages, locale, value)).toList();
        if (key == null) {
            return String.join(", ", words);
        }
        return messages.getMessage(key, words.toArray(), key, locale);
    }

    private static String argument(String arg, MessageSource messages, Locale locale, UnaryOperator<String> value) {
        if (arg.startsWith("#{") && arg.endsWith("}") && arg.length() > 3) {
            String key = arg.substring(2, arg.length() - 1);
            return messages.getMessage(key, null, key, locale);
        }
        String words = value.apply(arg);
        return words == null ? arg : words;
    }

    /** For logs and the audit trail: the key and its arguments. */
    @Override
    public String toString() {
        return key == null ? String.join(", ", args) : key + args;
    }
}
