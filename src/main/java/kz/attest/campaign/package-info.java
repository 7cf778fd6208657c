/**
 * Forensic attestation campaigns (seed 000 ¶30–¶31, seed 001): the Centre of Forensic Expertise keeps a register of
 * forensic experts (last attestation, start of activity), picks those due — five years after their last attestation,
 * except those with more than twenty years of activity — for a regular, repeat or extraordinary campaign, fixes the
 * exam days with the submission day of each, and notifies the experts and the testing operator at least thirty
 * calendar days ahead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forensic attestation campaigns")
package kz.attest.campaign;
