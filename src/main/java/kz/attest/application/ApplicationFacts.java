package kz.attest.application;

import kz.attest.catalogue.ServiceCode;

import java.util.List;

/**
 * What the modules after testing need to know about an application to issue its decision: who, which service and
 * provider, where it stands and the expert specialties applied for (empty unless the service is per specialty).
 */
public record ApplicationFacts(long applicationId, String registrationNumber, long accountId, String applicantIin,
                               ServiceCode service, String providerId, ApplicationStatus status,
                               List<String> specialties) {

    public ApplicationFacts {
        specialties = List.copyOf(specialties);
    }
}
