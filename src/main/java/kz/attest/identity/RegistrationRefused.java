package kz.attest.identity;

import kz.attest.web.LocalizedException;
import org.springframework.http.HttpStatus;

import java.util.List;

/** A registration refused for one or more fields; nothing was stored. */
public class RegistrationRefused extends LocalizedException {

    private final transient List<FieldRefusal> refusals;

    RegistrationRefused(List<FieldRefusal> refusals) {
        super(HttpStatus.BAD_REQUEST, "error.validation");
        this.refusals = List.copyOf(refusals);
    }

    public List<FieldRefusal> refusals() {
        return refusals;
    }
}
