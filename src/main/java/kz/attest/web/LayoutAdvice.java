package kz.attest.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the current language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    @ModelAttribute("currentLanguage")
    String currentLanguage() {
        return SupportedLocales.orDefault(LocaleContextHolder.getLocale()).getLanguage();
    }
}
