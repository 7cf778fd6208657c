package kz.attest.web;

/**
 * A request refused on an address that touches a person's data (issue 13, "Audit"): published by the web layer
 * whatever refused it — the URL rules, method security or a module's per-organisation scoping — so that the audit
 * module records it in the chain. Refusals on public pages, static files and unknown addresses are not published.
 *
 * @param actor    the signed-in login, or {@code anonymous}
 * @param method   the HTTP method
 * @param template the path template of the handler ({@code /api/v1/applications/{id}})
 * @param target   the values of the template's variables ({@code id=42}), cleaned and shortened; empty without any
 * @param status   the status of the answer: 401 (or the sign-in redirect), 403 or 404
 * @param reason   the refusal's message key, or {@code sign-in-required}, {@code access-denied}, {@code not-found}
 */
public record RequestRefused(String actor, String method, String template, String target, int status, String reason) {

    /** One line for the audit entry's summary. */
    public String summary() {
        return method + " " + template + " → " + status + " " + reason;
    }
}
