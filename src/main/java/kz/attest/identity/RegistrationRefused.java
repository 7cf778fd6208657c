package kz.attest.identity;

import kz.attest.web.Refusal;

import java.util.List;

/** A registration refused for one or more fields; nothing was stored. */
class RegistrationRefused extends Refusal {

    private final transient List<FieldRefusal> refusals;

    RegistrationRefused(List<FieldRefusal> refusals) {
        super(Kind.BAD_INPUT, "error.validation");
        this.refusals = List.copyOf(refusals);
    }

    public List<FieldRefusal> refusals() {
        return refusals;
    }
}
