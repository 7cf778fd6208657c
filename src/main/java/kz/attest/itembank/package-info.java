/**
 * The confidential question bank (seed 000 ¶12–¶14, ¶40–¶41, ¶65–¶66, ¶87–¶89): bilingual single-choice questions and
 * cases under four-eyes review, encrypted at rest, and the assembly of each candidate's form from the catalogue's
 * blueprints. {@link kz.attest.itembank.ItemBank} is the authoring facade, {@link kz.attest.itembank.Forms} assembles
 * forms and answers readiness questions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Question bank")
package kz.attest.itembank;
