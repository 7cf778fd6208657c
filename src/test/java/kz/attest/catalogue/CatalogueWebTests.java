package kz.attest.catalogue;

import kz.attest.testing.Responses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public catalogue pages and API, without signing in, in the chosen language. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueWebTests {

    @Autowired
    MockMvc mvc;

    @Test
    void apiListsTheTenServices() throws Exception {
        mvc.perform(get("/api/v1/services").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(10)))
                .andExpect(jsonPath("$[*].code", hasItems("ADVOCATE_ATTESTATION", "NOTARY_ATTESTATION",
                        "BAILIFF_ATTESTATION", "FORENSIC_EXPERT_ATTESTATION", "FORENSIC_MEDICAL_ATTESTATION",
                        "PATENT_ATTORNEY_ATTESTATION", "FORENSIC_MEDICAL_QUALIFICATION",
                        "FORENSIC_EXPERT_QUALIFICATION", "FORENSIC_ACTIVITY_LICENSE", "BAILIFF_LICENSE")));
    }

    @Test
    void apiShowsOneServiceWithItsRulesInTheChosenLanguage_000_11() throws Exception {
        mvc.perform(get("/api/v1/services/ADVOCATE_ATTESTATION").param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(Responses.json("$.code", "ADVOCATE_ATTESTATION",
                        "$.name", "Адвокаттық қызметпен айналысуға үміткер адамдарды аттестаттаудан өткізу",
                        "$.rules.stages[0].questions", 100, "$.rules.stages[0].blueprint.CIVIL_CODE", 15,
                        "$.rules.stages[0].duration.unit", "MINUTES", "$.rules.stages[1].cases.questionsPerCase", 12,
                        "$.rules.retake.earliest.ref", "000 ¶23",
                        "$.topics.CIVIL_CODE", "Қазақстан Республикасының Азаматтық кодексі"));
    }

    @Test
    void apiAnswersAnUnknownCodeWith404AndALocalizedTitle() throws Exception {
        mvc.perform(get("/api/v1/services/NO_SUCH_SERVICE").param("lang", "ru"))
                .andExpect(status().isNotFound())
                .andExpect(Responses.json("$.code", "catalogue.unknown-service",
                        "$.title", "Услуги с кодом NO_SUCH_SERVICE не существует."));
    }

    @Test
    void apiAnswersAMalformedCodeWith404() throws Exception {
        mvc.perform(get("/api/v1/services/not a code!").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("catalogue.unknown-service"));
    }

    @Test
    void pageListsEveryServiceInKazakh() throws Exception {
        mvc.perform(get("/services").param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("Мемлекеттік қызметтер",
                        "Нотариаттық қызметпен айналысу құқығына үміткер адамдарды аттестаттаудан өткізу",
                        "Патенттік сенім білдірілген өкіл", "Қазақстан Республикасының Жер кодексі",
                        "30 күнтізбелік күн"));
    }

    @Test
    void pageListsEveryServiceInRussian() throws Exception {
        mvc.perform(get("/services").param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("Проведение аттестации лиц, претендующих на занятие адвокатской деятельностью",
                        "Присвоение квалификации судебного эксперта", "Закон Республики Казахстан «О нотариате»",
                        "90 минут", "30 календарных дней", "65 % и более"));
    }

    @Test
    void detailPageShowsOneServiceInEnglish() throws Exception {
        mvc.perform(get("/services/BAILIFF_LICENSE").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("Issue (re-issue) of a licence for private bailiff activity",
                        "30 minutes", "15 working days"));
    }

    @Test
    void detailPageOfAnUnknownServiceIs404() throws Exception {
        mvc.perform(get("/services/NO_SUCH_SERVICE").param("lang", "en"))
                .andExpect(status().isNotFound());
    }
}
