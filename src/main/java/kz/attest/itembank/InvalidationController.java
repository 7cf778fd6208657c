package kz.attest.itembank;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.UUID;

/** Invalidating a question or a case on an act of technical failure (¶26) from its page. */
@Controller
@PreAuthorize("hasRole('QUESTION_AUTHOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvalidationController {

    private final ItemInvalidations invalidations;

    @PostMapping("/itembank/items/{id}/invalidate")
    String invalidateFromPage(@PathVariable UUID id, @RequestParam(required = false) String reason,
                              @RequestParam(required = false) String actReference, Principal principal,
                              RedirectAttributes redirect) {
        try {
            invalidations.invalidate(id, reason, actReference, principal.getName());
            redirect.addFlashAttribute("notice", "itembank.notice.invalidate");
        } catch (ItemBankRefusal refusal) {
            redirect.addFlashAttribute("refusalKey", refusal.messageKey());
            redirect.addFlashAttribute("refusalArgs", refusal.arguments());
        }
        return "redirect:/itembank/items/" + id;
    }

    @PostMapping("/itembank/cases/{id}/invalidate")
    String invalidateCaseFromPage(@PathVariable UUID id, @RequestParam(required = false) String reason,
                                  @RequestParam(required = false) String actReference, Principal principal,
                                  RedirectAttributes redirect) {
        try {
            invalidations.invalidateCase(id, reason, actReference, principal.getName());
            redirect.addFlashAttribute("notice", "itembank.notice.invalidate-case");
        } catch (ItemBankRefusal refusal) {
            redirect.addFlashAttribute("refusalKey", refusal.messageKey());
            redirect.addFlashAttribute("refusalArgs", refusal.arguments());
        }
        return "redirect:/itembank/cases/" + id;
    }
}
