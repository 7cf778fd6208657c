package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** {@code GET /api/v1/iin/{iin}}: whether a number is a valid IIN, and if not, exactly why. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IinController {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final MessageSource messages;
    private final Clock clock;

    @GetMapping("/api/v1/iin/{iin}")
    ResponseEntity<IinAnswer> check(@PathVariable String iin) {
        Iin.IinCheck check = Iin.check(iin, LocalDate.now(clock.withZone(ALMATY)));
        if (check.valid()) {
            return ResponseEntity.ok(new IinAnswer(iin.strip(), true, null, null, check.birthDate(), check.sex()));
        }
        String message = messages.getMessage(check.reason().messageKey(), null, LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest().body(new IinAnswer(iin, false, check.reason().messageKey(), message, null, null));
    }

    record IinAnswer(String iin, boolean valid, String reason, String message, LocalDate birthDate, Iin.Sex sex) {
    }
}
