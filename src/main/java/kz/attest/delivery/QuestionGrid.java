package kz.attest.delivery;

import java.util.Collection;
import java.util.Map;

/**
 * The question page's grid of links, one per question, written once as HTML (issue 12 ¶2): rendered by the template
 * it cost five expressions and a link build per cell, 500 a page, the largest part of the page's rendering in a
 * start burst. It holds only numbers, the stage's fixed path and three class names, nothing a person typed.
 */
final class QuestionGrid {

    private QuestionGrid() {
    }

    /**
     * {@code <a href="…/exam/stages/s/questions/p" data-position="p" class="current answered flagged">p</a>} for
     * every position; a class only when it applies, as the template wrote them.
     */
    static String html(String contextPath, int stage, int count, int current, Map<Integer, ?> answers,
                       Collection<Integer> flagged) {
        String base = org.springframework.web.util.HtmlUtils.htmlEscape(contextPath == null ? "" : contextPath)
                + "/exam/stages/" + stage + "/questions/";
        StringBuilder html = new StringBuilder(count * 80);
        for (int p = 1; p <= count; p++) {
            html.append("<a href=\"").append(base).append(p).append("\" data-position=\"").append(p).append('"');
            boolean isCurrent = p == current;
            boolean answered = answers.containsKey(p);
            boolean flag = flagged.contains(p);
            if (isCurrent || answered || flag) {
                html.append(" class=\"");
                String separator = "";
                if (isCurrent) {
                    html.append("current");
                    separator = " ";
                }
                if (answered) {
                    html.append(separator).append("answered");
                    separator = " ";
                }
                if (flag) {
                    html.append(separator).append("flagged");
                }
                html.append('"');
            }
            html.append('>').append(p).append("</a>\n");
        }
        return html.toString();
    }
}
