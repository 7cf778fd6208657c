package kz.attest.catalogue;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page {@code names}: the catalogue's codes in the reader's language (issue 14: no codes on screen). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CatalogueNamesAdvice {

    private final Catalogue catalogue;
    private final MessageSource messages;

    @ModelAttribute("names")
    CatalogueNames names() {
        return new CatalogueNames(catalogue, messages, LocaleContextHolder.getLocale());
    }
}
