package kz.attest.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input on a page ({@code @Controller}): an id that is no id ({@code /applications/abc}), a missing or malformed
 * parameter. Each is the localized error page with the right 4xx and a way back, never
 * a JSON problem or the container's page (issue 14). The REST API keeps {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PageInputErrorHandler {

    private final MessageSource messages;

    /** An id in the path that cannot exist is a page that does not exist; a bad query parameter is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        PageErrors.debug(e);
        boolean inPath = e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        return inPath ? PageErrors.page(request, messages, HttpStatus.NOT_FOUND, "portal.error.no-such-page")
                : PageErrors.page(request, messages, HttpStatus.BAD_REQUEST, "error.bad-parameter");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, HandlerMethodValidationException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.bind.MissingPathVariableException.class})
    ModelAndView badParameter(Exception e, HttpServletRequest request) {
        PageErrors.debug(e);
        return PageErrors.page(request, messages, HttpStatus.BAD_REQUEST, "error.bad-parameter");
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ModelAndView denied(Exception e, HttpServletRequest request) {
        PageErrors.debug(e);
        return PageErrors.page(request, messages, HttpStatus.FORBIDDEN, "error.forbidden");
    }
}
