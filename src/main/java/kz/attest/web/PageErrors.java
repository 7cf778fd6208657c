package kz.attest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static kz.attest.Json.JSON;

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
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                writeProblem(response, status.value(), code, title);
            }
        };
    }

    /**
     * Writes a problem detail (RFC 9457) where the handlers' {@code ProblemDetail} cannot be used (a filter, an error
     * view), shaped as theirs: {@code type} and {@code code} name the message key, {@code title} is its text.
     */
    static void writeProblem(HttpServletResponse response, int status, String code, String title) throws IOException {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "urn:attest:problem:" + code);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("code", code);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    static void debug(Exception e) {
        log.debug("Refused on a page: {}", e.getMessage());
    }
}
