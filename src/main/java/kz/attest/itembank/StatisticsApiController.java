package kz.attest.itembank;

import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

/** The API of item statistics and of invalidation on an act of technical failure (¶26). */
@RestController
@RequestMapping("/api/v1/itembank")
@PreAuthorize("hasRole('QUESTION_AUTHOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatisticsApiController {

    private final ItemStatistics statistics;
    private final ItemInvalidations invalidations;

    @GetMapping("/statistics")
    List<QuestionStatistics> statistics(@RequestParam(required = false) String service,
                                        @RequestParam(required = false) String topic) {
        return statistics.report(StatisticsPageController.given(service), StatisticsPageController.given(topic));
    }

    @PostMapping("/items/{id}/invalidate")
    ItemInvalidated invalidate(@PathVariable UUID id, @RequestBody InvalidationRequest request, Principal principal) {
        return invalidations.invalidate(id, request.reason(), request.actReference(), principal.getName());
    }

    @GetMapping("/items/{id}/invalidation")
    ItemInvalidated invalidation(@PathVariable UUID id) {
        return invalidations.find(id).orElseThrow(() -> new ItemBankRefusal(Kind.NOT_FOUND, "itembank.invalidation.none", id));
    }

    /** The reason and the reference of the act of technical failure. */
    @PostMapping("/cases/{id}/invalidate")
    CaseInvalidated invalidateCase(@PathVariable UUID id, @RequestBody InvalidationRequest request,
                                   Principal principal) {
        return invalidations.invalidateCase(id, request.reason(), request.actReference(), principal.getName());
    }

    @GetMapping("/cases/{id}/invalidation")
    CaseInvalidated caseInvalidation(@PathVariable UUID id) {
        return invalidations.findCase(id)
                .orElseThrow(() -> new ItemBankRefusal(Kind.NOT_FOUND, "itembank.case-invalidation.none", id));
    }

    record InvalidationRequest(String reason, String actReference) {
    }
}
