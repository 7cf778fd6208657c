/**
 * Printable documents (spec documents.md): results sheets as PDF and Word (seed 001; ¶48, ¶96 for the two signed
 * copies), and a PDF renderer other modules use for their documents. Every document is in Kazakh and Russian, the
 * person's chosen language first; the fonts travel inside the application so that Kazakh letters always render.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package kz.attest.reporting;
