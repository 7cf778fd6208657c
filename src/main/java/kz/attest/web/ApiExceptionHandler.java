package kz.attest.web;

import jakarta.validation.ConstraintViolationException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps refusals of the REST API ({@code @RestController}s) to RFC 9457 problem details with a stable {@code type}
 * and a title in the caller's language. Bad input is a 4xx, never a 5xx, and no stack trace leaves the server.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String TYPE_BASE = "urn:attest:problem:";

    private final MessageSource messages;

    /** A module's named refusal: its kind chooses the status, its key the title. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal e) {
        return problem(RefusalStatuses.of(e), e.messageKey(), e.arguments(), Map.of());
    }

    /** The status of a kind of refusal ({@link RefusalStatuses} is the one place that says it). */
    static HttpStatus statusOf(Refusal.Kind kind) {
        return RefusalStatuses.of(kind);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, locale()));
        }
        return problem(HttpStatus.BAD_REQUEST, "error.validation", new Object[0], Map.of("errors", fields));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HandlerMethodValidationException.class, ConstraintViolationException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.multipart.MultipartException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        log.debug("Bad request parameter: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "error.bad-parameter", new Object[0], Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", new Object[0], Map.of());
    }

    /**
     * Text PostgreSQL cannot store (a U+0000 inside a JSON string, SQLSTATE 22021) or another data exception of class
     * 22 is the caller's bad input: a 400, and the transaction has rolled back, so nothing is stored. Anything else
     * from the database stays a server error.
     */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    ResponseEntity<ProblemDetail> databaseRefusedInput(org.springframework.dao.DataAccessException e) {
        if (isDataException(e)) {
            log.debug("Input the database cannot store: {}", e.getMostSpecificCause().getMessage());
            return problem(HttpStatus.BAD_REQUEST, "error.bad-parameter", new Object[0], Map.of());
        }
        throw e;
    }

    static boolean isDataException(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(Exception e) {
        return problem(HttpStatus.CONFLICT, "error.concurrent-change", new Object[0], Map.of());
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object[] args, Map<String, Object> extra) {
        Locale locale = locale();
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create(TYPE_BASE + key));
        detail.setTitle(messages.getMessage(key, args, key, locale));
        detail.setProperty("code", key);
        extra.forEach(detail::setProperty);
        return ResponseEntity.status(status).body(detail);
    }

    private static Locale locale() {
        return SupportedLocales.orDefault(LocaleContextHolder.getLocale());
    }
}
