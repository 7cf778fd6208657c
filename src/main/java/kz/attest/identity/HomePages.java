package kz.attest.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Where each role starts: applicants in the personal cabinet (seed 001), staff at their workplace. */
final class HomePages {

    static final String CABINET = "/cabinet";
    static final String STAFF = "/staff";

    private HomePages() {
    }

    static String of(Authentication authentication) {
        boolean staff = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> !authority.equals(Role.APPLICANT.authority()) && authority.startsWith("ROLE_"));
        return staff ? STAFF : CABINET;
    }
}
