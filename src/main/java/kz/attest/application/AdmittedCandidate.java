package kz.attest.application;

import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.util.List;

/**
 * A candidate admitted to testing (¶8–¶9): what the testing side needs to plan a sitting, read through
 * {@link Applications#admitted}.
 *
 * @param specialties the expert specialties applied for (empty unless the service is per specialty)
 * @param admittedAt  when the provider admitted the applicant
 */
public record AdmittedCandidate(long applicationId, String registrationNumber, long accountId, String applicantIin,
                                ServiceCode service, String providerId, List<String> specialties, Instant admittedAt) {

    public AdmittedCandidate {
        specialties = List.copyOf(specialties);
    }
}
