package kz.attest.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the current language and the signed-in person's menu. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    private final String ncalayerUrl;
    private final Workplace workplace;

    LayoutAdvice(@org.springframework.beans.factory.annotation.Value("${attest.signature.ncalayer-url:wss://127.0.0.1:13579}") String ncalayerUrl,
                 Workplace workplace) {
        this.ncalayerUrl = ncalayerUrl;
        this.workplace = workplace;
    }

    /** The menu: the first page of each of the signed-in person's workplace cards. */
    @ModelAttribute("menu")
    java.util.List<WorkplaceCard.Link> menu() {
        return workplace.menu(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
    }

    /** Where the browser finds NCALayer (or the development signer) for EDS signing. */
    @ModelAttribute("ncalayerUrl")
    String ncalayerUrl() {
        return ncalayerUrl;
    }

    @ModelAttribute("currentLanguage")
    String currentLanguage() {
        return SupportedLocales.orDefault(LocaleContextHolder.getLocale()).getLanguage();
    }
}
