/**
 * Licences that follow attestation (seeds 003 and 004, spec licensing.md): issue and re-issue requests for the
 * forensic expert activity and private bailiff activity licences with the fee paid through the state payment gateway
 * (checked before the applicant signs), prerequisites from the outcomes register, registry checks, the steps of the
 * provider counted in working time, the e-licence and the licence registry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Licensing")
package kz.attest.licensing;
