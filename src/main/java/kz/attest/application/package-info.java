/**
 * Applications (spec lifecycle.md): the applicant's draft with typed documents, the EDS-signed submission, the
 * provider's processing with legal deadlines from the catalogue's deadline table and the working-day calendar, the
 * personal cabinet's "My applications" and the provider's back office.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package kz.attest.application;
