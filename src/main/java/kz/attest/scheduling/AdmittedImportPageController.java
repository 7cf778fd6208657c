package kz.attest.scheduling;

import kz.attest.web.FileImportPage;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The operator administrator's page to import a provider's signed admitted-list file on an air-gapped node (¶9, ¶84).
 * A refused file shows the reason on the page with status 400.
 */
@Controller
@RequestMapping("/operator/admitted/import")
@PreAuthorize("hasRole('OPERATOR_ADMIN')")
class AdmittedImportPageController extends FileImportPage {

    AdmittedImportPageController(AdmittedImports imports, MessageSource messages) {
        super("scheduling/admitted-import", imports::past, imports::importFile, messages);
    }
}
