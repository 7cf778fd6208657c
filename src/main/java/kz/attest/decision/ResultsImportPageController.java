package kz.attest.decision;

import kz.attest.web.FileImportPage;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The provider officer's page to import the signed results file of an air-gapped operator node (¶24). A refused file
 * shows the reason on the page with status 400; another provider's file is a 403.
 */
@Controller
@RequestMapping("/office/results/import")
@PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
class ResultsImportPageController extends FileImportPage {

    ResultsImportPageController(ResultsImports imports, MessageSource messages) {
        super("decision/results-import", imports::past, imports::importFile, messages);
    }
}
