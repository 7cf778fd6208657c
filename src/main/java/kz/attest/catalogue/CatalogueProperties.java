package kz.attest.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Where the service catalogue is read from ({@code ATTEST_CATALOGUE_LOCATION}); a Spring resource location, so an
 * administrator can point to an edited copy, e.g. {@code file:/etc/attest/catalogue.json}.
 *
 * @param interviewServices the services whose commission interview (seeds 001, 002) is switched on when the catalogue
 *                          is loaded ({@code ATTEST_CATALOGUE_INTERVIEW_SERVICES}, comma-separated codes). Seed 000 is
 *                          the law and replaced the interview, so the bundled data has it off everywhere; seed 001 is
 *                          2021 practice. Not set: empty, or {@link #DEMO_INTERVIEW_SERVICES} when demonstration data
 *                          is loaded; set to an empty value to keep it off in a demonstration too.
 */
@ConfigurationProperties("attest.catalogue")
record CatalogueProperties(@DefaultValue("classpath:" + Catalogue.BUNDLED) String location,
                           List<String> interviewServices) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    CatalogueProperties {
    }

    CatalogueProperties(String location) {
        this(location, null);
    }

    /** The service whose interview the out-of-the-box demonstration shows (the forensic service tests use least). */
    static final List<String> DEMO_INTERVIEW_SERVICES = List.of("FORENSIC_MEDICAL_ATTESTATION");

    /** The codes to switch on: as configured, else the demonstration's when demonstration data is loaded. */
    List<String> interviewServices(boolean demoData) {
        if (interviewServices != null) {
            return interviewServices.stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
        }
        return demoData ? DEMO_INTERVIEW_SERVICES : List.of();
    }
}
