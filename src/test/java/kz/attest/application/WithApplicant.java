package kz.attest.application;

import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.BeforeEach;

/**
 * The application's page and submission tests start from a fresh applicant with a demonstration signing key, signed
 * in. It adds no Spring test annotation to {@link WithMockMvc}'s (the suite's shared mock context).
 */
abstract class WithApplicant extends WithMockMvc {

    ApplicationFixtures applicant;

    @BeforeEach
    void freshApplicant() throws Exception {
        applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
    }
}
