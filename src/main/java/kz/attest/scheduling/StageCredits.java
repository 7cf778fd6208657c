package kz.attest.scheduling;

import kz.attest.catalogue.ServiceCode;

import java.time.LocalDate;
import java.util.Set;

/**
 * Port to the module that knows the candidate's results (implemented by {@code decision}, which depends on this
 * module): the stages credited to a candidate on a repeat, e.g. the passed knowledge stage of a forensic expert's
 * repeat attestation (seed 000 ¶51), so that the candidate sits the remaining stages only.
 */
public interface StageCredits {

    /** The stage numbers credited to the account for the service on that day; empty when none. */
    Set<Integer> credited(long accountId, ServiceCode service, LocalDate day);
}
