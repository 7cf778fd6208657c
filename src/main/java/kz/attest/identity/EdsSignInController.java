package kz.attest.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kz.attest.audit.AuditLog;
import kz.attest.signature.SignatureCheck;
import kz.attest.signature.SignatureRequest;
import kz.attest.signature.SignatureVerifier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Sign-in with the EDS authentication key (lifecycle.md "Submission" 1: "IIN + password, or with their EDS
 * certificate"): the server issues a one-time challenge, NCALayer signs it with the person's authentication key,
 * and the IIN in the verified certificate names the account.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EdsSignInController {

    private static final String CHALLENGE = EdsSignInController.class.getName() + ".challenge";
    private static final String ISSUED = EdsSignInController.class.getName() + ".issued";
    private static final Duration VALIDITY = Duration.ofMinutes(5);

    private final SecureRandom random = new SecureRandom();
    private final SignatureVerifier verifier;
    private final AccountUserDetailsService users;
    private final SignInSuccessHandler successHandler;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    /** A fresh one-time challenge for this browser session, base64 for NCALayer's {@code data}. */
    @GetMapping(value = "/login/eds/challenge", produces = "application/json")
    @ResponseBody
    Map<String, String> challenge(HttpSession session) {
        byte[] challenge = new byte[32];
        random.nextBytes(challenge);
        String encoded = "attest-kz-sign-in:" + Base64.getUrlEncoder().withoutPadding().encodeToString(challenge);
        session.setAttribute(CHALLENGE, encoded);
        session.setAttribute(ISSUED, Instant.now(clock));
        return Map.of("challenge", Base64.getEncoder().encodeToString(encoded.getBytes(StandardCharsets.US_ASCII)));
    }

    @PostMapping("/login/eds")
    void signIn(@RequestParam(defaultValue = "") String cms, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpSession session = request.getSession();
        String expected = (String) session.getAttribute(CHALLENGE);
        Instant issued = (Instant) session.getAttribute(ISSUED);
        session.removeAttribute(CHALLENGE);
        session.removeAttribute(ISSUED);
        if (expected == null || issued == null || Instant.now(clock).isAfter(issued.plus(VALIDITY))) {
            response.sendRedirect(request.getContextPath() + "/login?eds=expired");
            return;
        }
        SignatureCheck check = verifier.verify(SignatureRequest.authentication(cms.getBytes(StandardCharsets.US_ASCII)));
        if (!check.valid()) {
            response.sendRedirect(request.getContextPath() + "/login?eds=" + check.refusal().messageKey());
            return;
        }
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), check.signedContent())) {
            response.sendRedirect(request.getContextPath() + "/login?eds=expired");
            return;
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(check.signer().iin());
        } catch (UsernameNotFoundException e) {
            response.sendRedirect(request.getContextPath() + "/login?eds=identity.login.eds.no-account");
            return;
        }
        if (!user.isAccountNonLocked()) {
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        request.changeSessionId(); // no session fixation
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        auditLog.record(user.getUsername(), "account.signed-in-eds", "Account", user.getUsername(),
                "certificate " + check.signer().serialNumber());
        successHandler.onAuthenticationSuccess(request, response, authentication);
    }
}
