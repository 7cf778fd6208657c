/**
 * The service catalogue: the ten services of services.md as versioned, validated data (stages, blueprints,
 * thresholds, retake rules, bans, validity, deadline tables, forms), with shared topics, expert specialties and
 * document types. Other modules ask {@link kz.attest.catalogue.Catalogue} for rules instead of hard-coding numbers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service catalogue")
package kz.attest.catalogue;
