package kz.attest.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The error page (issue 14): an HTML route never answers with JSON or a servlet container's page, but with the
 * localized error page and a way back. Requests under {@code /api/} keep a problem detail (RFC 9457).
 */
final class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private PageErrors() {
    }

    static ModelAndView page(HttpServletRequest request, MessageSource messages, HttpStatus status, String messageKey,
                             Object... arguments) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String title = messages.getMessage(messageKey, arguments, messageKey, LocaleContextHolder.getLocale());
            return new ModelAndView(problem(status, messageKey, title));
        }
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("messageKey", messageKey);
        view.addObject("messageArgs", arguments);
        view.addObject("back", back(request));
        return view;
    }

    /** Where "back" leads: the page the person came from on this site, else the home page. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName();
        if (referer != null && referer.startsWith(origin) && !referer.equals(request.getRequestURL().toString())) {
            return referer;
        }
        return null;
    }

    private static View problem(HttpStatus status, String code, String title) {
        return new View() {
            @Override
            public String getContentType() {
                return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request,
                               jakarta.servlet.http.HttpServletResponse response) throws Exception {
                response.setStatus(status.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"type\":\"urn:attest:problem:" + json(code) + "\",\"title\":\""
                        + json(title) + "\",\"status\":" + status.value() + ",\"code\":\"" + json(code) + "\"}");
            }
        };
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static void debug(Exception e) {
        log.debug("Refused on a page: {}", e.getMessage());
    }
}
