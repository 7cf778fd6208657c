package kz.attest.delivery;

import tools.jackson.core.io.JsonStringEncoder;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The candidate's form as JSON, the fields of {@link ExamApiController.CandidateFormView} in its order (issue 12, start
 * burst): written by concatenation, each text quoted once and kept (texts are a bank's worth, shared by every
 * candidate who sees them), instead of a tree of records serialized field by field per candidate. Each quoted text
 * has {@code <}, {@code >} and {@code &} as {@code \\u00XX} escapes, so the same JSON can sit in the question page's
 * {@code <script type="application/json">} block and no text can close it.
 */
final class FormJson {

    /** Quoted texts kept; far above a bank's texts in three languages, only a bound against a runaway. */
    private static final int QUOTED_CACHE = 200_000;
    private static final ConcurrentHashMap<String, String> QUOTED = new ConcurrentHashMap<>();

    private FormJson() {
    }

    static String write(ExamApiController.CandidateFormView view) {
        StringBuilder json = new StringBuilder(8192 + view.questions().size() * 600);
        json.append("{\"attempt\":\"").append(view.attempt()).append("\",\"stage\":").append(view.stage())
                .append(",\"state\":").append(quoted(view.state()))
                .append(",\"remainingSeconds\":").append(view.remainingSeconds())
                .append(",\"count\":").append(view.count()).append(",\"questions\":[");
        String comma = "";
        for (ExamApiController.FormQuestion q : view.questions()) {
            json.append(comma).append("{\"position\":").append(q.position())
                    .append(",\"situation\":").append(quoted(q.situation()))
                    .append(",\"caseNumber\":").append(q.caseNumber())
                    .append(",\"stem\":").append(quoted(q.stem())).append(",\"options\":[");
            String optionComma = "";
            for (String option : q.options()) {
                json.append(optionComma).append(quoted(option));
                optionComma = ",";
            }
            json.append("]}");
            comma = ",";
        }
        json.append("],\"answers\":");
        map(json, view.answers());
        json.append(",\"sequences\":");
        map(json, view.sequences());
        json.append(",\"flagged\":");
        list(json, view.flagged());
        return json.append('}').toString();
    }

    /** A text as a JSON string (null as null), with the HTML-significant characters escaped; kept once quoted. */
    static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        String quoted = QUOTED.get(text);
        if (quoted == null) {
            if (QUOTED.size() > QUOTED_CACHE) {
                QUOTED.clear();
            }
            quoted = quote(text);
            QUOTED.put(text, quoted);
        }
        return quoted;
    }

    private static String quote(String text) {
        char[] escaped = JsonStringEncoder.getInstance().quoteAsCharArray(text);
        StringBuilder json = new StringBuilder(escaped.length + 8).append('"');
        for (char c : escaped) {
            switch (c) {
                case '<' -> json.append("\\u003c");
                case '>' -> json.append("\\u003e");
                case '&' -> json.append("\\u0026");
                default -> json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static void map(StringBuilder json, Map<Integer, ? extends Number> values) {
        if (values == null) {
            json.append("null");
            return;
        }
        json.append('{');
        String comma = "";
        for (Map.Entry<Integer, ? extends Number> e : values.entrySet()) {
            json.append(comma).append('"').append(e.getKey()).append("\":").append(e.getValue());
            comma = ",";
        }
        json.append('}');
    }

    private static void list(StringBuilder json, Collection<Integer> values) {
        if (values == null) {
            json.append("null");
            return;
        }
        json.append('[');
        String comma = "";
        for (Integer v : values) {
            json.append(comma).append(v);
            comma = ",";
        }
        json.append(']');
    }
}
