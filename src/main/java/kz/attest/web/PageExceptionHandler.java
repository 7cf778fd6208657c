package kz.attest.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on a page shows the error page with the message in the user's language and the right status. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    /** A module's named refusal: the status comes from its kind, as on the API ({@link RefusalStatuses}). */
    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal e, HttpServletResponse response) {
        return errorPage(RefusalStatuses.of(e), e.messageKey(), e.arguments(), response);
    }

    private static ModelAndView errorPage(HttpStatus status, String key, Object[] args, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("messageKey", key);
        view.addObject("messageArgs", args);
        return view;
    }

    /**
     * Text PostgreSQL cannot store (U+0000 in a form field or a JSON body of a page controller, SQLSTATE class 22): a
     * 400, and the transaction has rolled back, so nothing is stored (issue 13, hostile corpus).
     */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    ModelAndView databaseRefusedInput(org.springframework.dao.DataAccessException e, HttpServletResponse response) {
        if (ApiExceptionHandler.isDataException(e)) {
            return errorPage(HttpStatus.BAD_REQUEST, "error.bad-parameter", new Object[0], response);
        }
        throw e;
    }

    /** A form that should carry a file but is not a multipart request (issue 13, hostile corpus): a 400, not a 500. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ModelAndView notMultipart(org.springframework.web.multipart.MultipartException e, HttpServletResponse response) {
        return errorPage(HttpStatus.BAD_REQUEST, "error.bad-parameter", new Object[0], response);
    }
}
