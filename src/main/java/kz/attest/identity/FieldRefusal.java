package kz.attest.identity;

/** One field of a submitted form refused, with the message key (and arguments) that says why. */
record FieldRefusal(String field, String messageKey, Object... arguments) {

    public FieldRefusal {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
