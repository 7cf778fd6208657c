package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's header the signed-in person (name, home page), or {@code null} when anonymous. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentityLayoutAdvice {

    private final CurrentUser currentUser;

    @ModelAttribute("signedInUser")
    SignedInUser signedInUser() {
        return currentUser.current().orElse(null);
    }
}
