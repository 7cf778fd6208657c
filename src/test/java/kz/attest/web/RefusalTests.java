package kz.attest.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A module's named refusal carries no status; the web layer maps each kind to one 4xx, without Spring. */
class RefusalTests {

    private static final class Closed extends Refusal {
        Closed(Object... arguments) {
            super(Kind.WRONG_STATE, "test.closed", arguments);
        }
    }

    @Test
    void eachKindIsOneStatus() {
        assertThat(ApiExceptionHandler.statusOf(Refusal.Kind.BAD_INPUT)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ApiExceptionHandler.statusOf(Refusal.Kind.NOT_SIGNED_IN)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(ApiExceptionHandler.statusOf(Refusal.Kind.NOT_ALLOWED)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiExceptionHandler.statusOf(Refusal.Kind.NOT_FOUND)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ApiExceptionHandler.statusOf(Refusal.Kind.WRONG_STATE)).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ApiExceptionHandler.statusOf(Refusal.Kind.TOO_MANY)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(ApiExceptionHandler.statusOf(Refusal.Kind.TOO_LARGE)).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(ApiExceptionHandler.statusOf(Refusal.Kind.UNSUPPORTED_TYPE))
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        // a service the answer depends on (the digital documents service, a verifier) is down: neither the caller's
        // fault nor a fault of ours, and the client may retry
        assertThat(ApiExceptionHandler.statusOf(Refusal.Kind.UNAVAILABLE)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ParameterizedTest
    @EnumSource(value = Refusal.Kind.class, names = "UNAVAILABLE", mode = EnumSource.Mode.EXCLUDE)
    void noKindIsAServerError(Refusal.Kind kind) {
        assertThat(ApiExceptionHandler.statusOf(kind).is4xxClientError()).isTrue();
    }

    @Test
    void aRefusalKeepsItsKeyAndACopyOfItsArguments() {
        Object[] arguments = {3};
        Closed closed = new Closed(arguments);
        arguments[0] = 4;
        assertThat(closed.kind()).isEqualTo(Refusal.Kind.WRONG_STATE);
        assertThat(closed.messageKey()).isEqualTo("test.closed");
        assertThat(closed.arguments()).containsExactly(3);
        assertThat(closed.getStackTrace()).as("an expected answer, not a fault").isEmpty();
    }
}
