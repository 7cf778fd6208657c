package kz.attest.application;

import kz.attest.catalogue.Catalogue;
import kz.attest.identity.CabinetSection;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cabinet's "My applications" section: the applicant's applications and the services' names. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CabinetApplications implements CabinetSection {

    private final Applications applications;
    private final Catalogue catalogue;

    @Override
    public Map<String, ?> attributes(SignedInUser user, Locale locale) {
        List<ApplicationSummary> mine = user.iin() == null ? List.of() : applications.applicationsOf(user.accountId());
        return Map.of("applicationServiceNames", ApplicationNames.services(catalogue, locale), "myApplications", mine);
    }
}
