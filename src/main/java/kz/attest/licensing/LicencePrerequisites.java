package kz.attest.licensing;

import java.time.LocalDate;
import java.util.Set;

/**
 * Port: does the person hold a valid outcome a licence needs — the appendix-3 decision of {@code BAILIFF_ATTESTATION}
 * for the bailiff licence, the appendix-5 qualification certificate covering the specialties asked for the forensic
 * activity licence (seed 004 appendix 2; seed 003)? Licensing asks it at submission and again before signing.
 * Implemented in licensing by the outcomes the Ministry records ({@code RecordedPrerequisites}); the outcomes register
 * replaces it with a {@code @Primary} implementation.
 */
public interface LicencePrerequisites {

    /**
     * @param iin         the person
     * @param form        the catalogue's decision form of the prerequisite service ({@code APP_3}, {@code APP_5})
     * @param specialties the expert specialties the outcome must cover (empty: none asked)
     * @param today       the day validity is judged on
     */
    PrerequisiteCheck check(String iin, String form, Set<String> specialties, LocalDate today);
}
