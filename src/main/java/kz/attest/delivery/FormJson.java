package kz.attest.delivery;

import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate's form as JSON ({@link ExamApiController.CandidateFormView}, written by Jackson), safe to sit in the
 * question page's {@code <script type="application/json">} block as well as to be sent alone (issue 12, start burst):
 * {@code <}, {@code >} and {@code &} become {@code \\u00XX} escapes, so no text can close the block. In JSON these
 * characters can only stand inside strings, where the escape means the same character. Nothing is kept between
 * calls: the decrypted texts stay in {@link FormViews}' cache alone.
 */
final class FormJson {

    private FormJson() {
    }

    static String write(ExamApiController.CandidateFormView view) {
        String json = JsonMapper.shared().writeValueAsString(view);
        StringBuilder safe = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String escape = c == '<' ? "\\u003c" : c == '>' ? "\\u003e" : c == '&' ? "\\u0026" : null;
            if (escape != null && safe == null) {
                safe = new StringBuilder(json.length() + 64).append(json, 0, i);
            }
            if (safe != null) {
                if (escape != null) {
                    safe.append(escape);
                } else {
                    safe.append(c);
                }
            }
        }
        return safe == null ? json : safe.toString();
    }
}
