package kz.attest.catalogue;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/** The public pages: every service with its rules ({@code /services}) and one service ({@code /services/{code}}). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CataloguePageController {

    private final Catalogue catalogue;

    @GetMapping("/services")
    String all(Model model) {
        return show(model, catalogue.all(), true);
    }

    @GetMapping("/services/{code}")
    String one(@PathVariable String code, Model model) {
        return show(model, List.of(catalogue.get(code)), false);
    }

    private String show(Model model, List<ServiceDefinition> services, boolean listing) {
        model.addAttribute("services", services);
        model.addAttribute("listing", listing);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("topicNames", catalogue.topicNames(LocaleContextHolder.getLocale()));
        return "catalogue/services";
    }
}
