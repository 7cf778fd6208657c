package kz.attest.catalogue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The qualification-requirements checklists of the catalogue (seed 000 ¶5, ¶80; seeds 001, 003, 004). */
class RequirementCatalogueTests {

    @Test
    void everyServiceHasAChecklistWithTheRegistryItems_000_5_000_80() {
        Catalogue catalogue = Catalogue.bundled();
        assertThat(catalogue.all()).allSatisfy(service -> {
            assertThat(service.requirements()).as(service.code().value()).isNotEmpty();
            assertThat(service.requirement("IDENTITY_CONFIRMED")).hasValueSatisfying(r ->
                    assertThat(r.registry()).contains(QualificationRequirement.RegistryKind.PERSON_REGISTRY));
            assertThat(service.requirement("NO_CRIMINAL_RECORD")).hasValueSatisfying(r ->
                    assertThat(r.registry()).contains(QualificationRequirement.RegistryKind.SPECIAL_RECORDS));
        });
        assertThat(catalogue.get("ADVOCATE_ATTESTATION").requirements()).extracting(QualificationRequirement::code)
                .contains("HIGHER_LEGAL_EDUCATION", "WORK_EXPERIENCE", "INTERNSHIP_COMPLETED", "NOT_BARRED_BY_COURT");
        assertThat(catalogue.get("PATENT_ATTORNEY_ATTESTATION").requirement("WORK_EXPERIENCE"))
                .hasValueSatisfying(r -> assertThat(r.ref().toString()).isEqualTo("000 ¶80"));
        assertThat(catalogue.get("FORENSIC_EXPERT_ATTESTATION").requirement("CONCLUSIONS_REVIEW_LAST_YEAR"))
                .hasValueSatisfying(r -> assertThat(r.ref().seed()).isEqualTo("001"));
        assertThat(catalogue.version()).isEqualTo("2025.01-3");
    }

    @Test
    void aChecklistItemNeedsAUniqueCodeThreeLanguagesAndAKnownSource_000_5() throws IOException {
        String requirements = """
                "requirements": [
                  {"code": "IDENTITY_CONFIRMED", "label": {"kk": "a", "ru": "b", "en": "c"}, "ref": "000 ¶5"},
                  {"code": "IDENTITY_CONFIRMED", "label": {"kk": "a", "ru": "b", "en": "c"}, "ref": "000 ¶5"},
                  {"code": "EXPERIENCE", "label": {"kk": "a", "ru": "b"}, "ref": "009 ¶1"},
                  {"code": "lower", "label": {"kk": "a", "ru": "b", "en": "c"}, "ref": "000 ¶5"}
                ],
                "paymentRequired\"""";
        assertThatThrownBy(() -> load(minimal().replaceFirst("\"paymentRequired\"", requirements)))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.requirements[IDENTITY_CONFIRMED].code is a duplicate")
                .hasMessageContaining("ADVOCATE_ATTESTATION.requirements[EXPERIENCE].label.en is missing")
                .hasMessageContaining("ADVOCATE_ATTESTATION.requirements[EXPERIENCE].ref names an unknown seed '009'")
                .hasMessageContaining("ADVOCATE_ATTESTATION.requirements[lower].code must be upper-case");
    }

    @Test
    void anUnknownRegistryIsRefused() throws IOException {
        String requirements = """
                "requirements": [
                  {"code": "X", "label": {"kk": "a", "ru": "b", "en": "c"}, "ref": "000 ¶5", "registry": "TAX_OFFICE"}
                ],
                "paymentRequired\"""";
        assertThatThrownBy(() -> load(minimal().replaceFirst("\"paymentRequired\"", requirements)))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.requirements[0].registry");
    }

    private static String minimal() throws IOException {
        try (InputStream in = RequirementCatalogueTests.class.getClassLoader()
                .getResourceAsStream("catalogue/valid-minimal.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Catalogue load(String json) {
        return new CatalogueLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
