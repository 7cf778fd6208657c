package kz.attest.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address no page answers (no handler at all, or not for GET): the localized 404 page, not a JSON problem (issue
 * 14). Global, since no controller handled the request.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotFoundPageHandler {

    private final MessageSource messages;

    /**
     * A file over the servlet's upload limit is refused before any controller runs: back to the form it came from,
     * with the message shown there (issue 14), else the error page with 413.
     */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Exception e, HttpServletRequest request) {
        return backToTheForm(request, "portal.error.upload-too-large", HttpStatus.CONTENT_TOO_LARGE);
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ModelAndView brokenUpload(Exception e, HttpServletRequest request) {
        return backToTheForm(request, "portal.error.upload-broken", HttpStatus.BAD_REQUEST);
    }

    private ModelAndView backToTheForm(HttpServletRequest request, String messageKey, HttpStatus status) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName();
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!api && referer != null && referer.startsWith(origin)) {
            org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request)
                    .put("uploadError", messageKey);
            return new ModelAndView(new org.springframework.web.servlet.view.RedirectView(referer));
        }
        return PageErrors.page(request, messages, status, messageKey);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noSuchPage(NoResourceFoundException e, HttpServletRequest request) {
        return PageErrors.page(request, messages, HttpStatus.NOT_FOUND, "portal.error.no-such-page");
    }

    /** A GET of an address that only takes a form's POST ({@code /admin/calendar/abcd}) is no page either. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView noSuchMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            return PageErrors.page(request, messages, HttpStatus.NOT_FOUND, "portal.error.no-such-page");
        }
        return PageErrors.page(request, messages, HttpStatus.METHOD_NOT_ALLOWED, "error.bad-parameter");
    }
}
