package kz.attest.application;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;

/** The objection form on the applicant's application page (¶7). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ObjectionPageController {

    private final Objections objections;

    @PostMapping("/applications/{id}/objection")
    @PreAuthorize("hasRole('APPLICANT')")
    String objectFromPage(@PathVariable long id, @RequestParam(required = false) String text,
                          @RequestParam(required = false) List<MultipartFile> files) {
        objections.object(id, text, ObjectionController.uploads(files));
        return "redirect:/applications/" + id + "?objected";
    }

}
