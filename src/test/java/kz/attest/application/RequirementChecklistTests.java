package kz.attest.application;

import com.jayway.jsonpath.JsonPath;
import kz.attest.audit.AuditEntry;
import kz.attest.audit.AuditLog;
import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The qualification-requirements checklist (seed 000 ¶5: the provider checks the documents against the qualification
 * requirements; ¶80 likewise for patent attorneys) and the checks against the external registries.
 */
class RequirementChecklistTests extends WithMockMvc {

    static final List<String> ADVOCATE_ITEMS = List.of("IDENTITY_CONFIRMED", "HIGHER_LEGAL_EDUCATION", "WORK_EXPERIENCE",
            "INTERNSHIP_COMPLETED", "NO_CRIMINAL_RECORD", "NOT_BARRED_BY_COURT");

    @Autowired
    AuditLog auditLog;

    MockHttpSession officer;

    @BeforeEach
    void setUp() throws Exception {
        officer = ApplicationFixtures.signIn(mvc, "officer", "demo-officer-2026");
    }

    @Test
    void theChecklistIsTheServicesCatalogueItems_000_5() throws Exception {
        long id = underReview(ApplicationFixtures.applicant(mvc, accounts, ca));

        String body = mvc.perform(get("/api/v1/applications/" + id + "/requirements").session(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(true))
                .andExpect(jsonPath("$.items[0].label.kk").isNotEmpty())
                .andExpect(jsonPath("$.items[0].label.ru").isNotEmpty())
                .andExpect(jsonPath("$.items[0].ref").value("000 ¶5"))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(body, "$.items[*].code")).containsExactlyElementsOf(ADVOCATE_ITEMS);
        assertThat((List<Object>) JsonPath.read(body, "$.items[?(@.met != null)]")).isEmpty();
    }

    @Test
    void admissionIsRefusedWhileAnItemIsUnmarked_000_5() throws Exception {
        long id = underReview(ApplicationFixtures.applicant(mvc, accounts, ca));
        mark(id, "IDENTITY_CONFIRMED", true, "ID card checked").andExpect(status().isOk());

        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf()).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.requirements.unmarked"))
                .andExpect(jsonPath("$.title").value(containsString("Higher legal education (diploma)")))
                .andExpect(jsonPath("$.title").value(containsString("HIGHER_LEGAL_EDUCATION")));
        mvc.perform(get("/api/v1/applications/" + id).session(officer)).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
    }

    @Test
    void anItemNotMetBlocksAdmissionUntilItIsMet_000_5() throws Exception {
        long id = underReview(ApplicationFixtures.applicant(mvc, accounts, ca));
        ApplicationFixtures.meetAllRequirements(mvc, officer, id);
        mark(id, "INTERNSHIP_COMPLETED", false, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.requirements.note-required"));
        mark(id, "INTERNSHIP_COMPLETED", false, "the internship certificate covers 4 months only")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[3].met").value(false))
                .andExpect(jsonPath("$.items[3].checkedBy").value("officer"))
                .andExpect(jsonPath("$.items[3].checkedAt").isNotEmpty());

        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf()).param("lang", "ru"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.requirements.not-met"))
                .andExpect(jsonPath("$.title").value(containsString("Пройдена стажировка")));

        mark(id, "INTERNSHIP_COMPLETED", true, "the full certificate was provided").andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ADMITTED"));
        assertThat(auditLog.history(StatusNotices.ENTITY, Long.toString(id)))
                .extracting(AuditEntry::action).contains("application.requirement-marked")
                .filteredOn("application.requirement-marked"::equals).hasSize(ADVOCATE_ITEMS.size() + 2);
    }

    @Test
    void theChecklistIsMarkedOnlyUnderReviewByTheProvidersOfficers_000_5() throws Exception {
        ApplicationFixtures applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        long id = applicant.submitted();
        mark(id, "IDENTITY_CONFIRMED", true, "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.requirements.not-open"));

        officerDoes(id, "register");
        officerDoes(id, "complete");
        mark(id, "NO_SUCH_ITEM", true, "").andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/applications/" + id + "/requirements/IDENTITY_CONFIRMED").session(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"?\"}")).andExpect(status().isBadRequest());

        MockHttpSession cfeOfficer = ApplicationFixtures.signIn(mvc, "cfe-officer", "demo-cfe-officer-2026");
        mvc.perform(get("/api/v1/applications/" + id + "/requirements").session(cfeOfficer)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/applications/" + id + "/requirements/IDENTITY_CONFIRMED").session(cfeOfficer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"met\": true}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applications/" + id + "/requirements").session(applicant.session))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRegistriesAreAskedAndTheirAnswersKept_000_5() throws Exception {
        long clean = underReview(ApplicationFixtures.applicant(mvc, accounts, ca, ApplicationFixtures.freshIinMarked("10")));
        registry(clean, "PERSON_REGISTRY").andExpect(status().isCreated())
                .andExpect(jsonPath("$.check.outcome").value("PERSON_FOUND"))
                .andExpect(jsonPath("$.check.checkedBy").value("officer"));
        registry(clean, "SPECIAL_RECORDS").andExpect(jsonPath("$.check.outcome").value("NO_RECORDS"));

        long convicted = underReview(ApplicationFixtures.applicant(mvc, accounts, ca, ApplicationFixtures.freshIinMarked("97")));
        registry(convicted, "SPECIAL_RECORDS").andExpect(jsonPath("$.check.outcome").value("RECORDS_FOUND"))
                .andExpect(jsonPath("$.check.details").value(containsString("CONVICTION")));

        mvc.perform(get("/api/v1/applications/" + clean + "/requirements").session(officer))
                .andExpect(jsonPath("$.registryChecks.length()").value(2))
                .andExpect(jsonPath("$.registryChecks[0].registry").value("SPECIAL_RECORDS"));
        assertThat(auditLog.history(StatusNotices.ENTITY, Long.toString(convicted))).extracting(AuditEntry::summary)
                .anySatisfy(s -> assertThat(s).startsWith("SPECIAL_RECORDS: RECORDS_FOUND"));
        registry(clean, "NO_SUCH_REGISTRY").andExpect(status().isBadRequest());
    }

    @Test
    void aRegistryThatIsDownGivesAClearMessageAndCanBeRetried_000_5() throws Exception {
        long id = underReview(ApplicationFixtures.applicant(mvc, accounts, ca, ApplicationFixtures.freshIinMarked("96")));

        registry(id, "PERSON_REGISTRY").andExpect(status().isCreated())
                .andExpect(jsonPath("$.check.outcome").value("UNAVAILABLE"))
                .andExpect(jsonPath("$.message").value(containsString("did not answer")));
        registry(id, "PERSON_REGISTRY").andExpect(status().isCreated());

        mvc.perform(get("/api/v1/applications/" + id + "/requirements").session(officer))
                .andExpect(jsonPath("$.registryChecks.length()").value(2))
                .andExpect(jsonPath("$.registryChecks[0].outcome").value("UNAVAILABLE"));
    }

    @Test
    void theOfficerMarksItemsOnTheRequirementsPage_000_5() throws Exception {
        long id = underReview(ApplicationFixtures.applicant(mvc, accounts, ca, ApplicationFixtures.freshIinMarked("20")));

        mvc.perform(get("/office/applications/" + id).session(officer).param("lang", "en"))
                .andExpect(content().string(containsString("/office/applications/" + id + "/requirements")));
        mvc.perform(post("/office/applications/" + id + "/requirements/WORK_EXPERIENCE").session(officer).with(csrf())
                        .param("met", "false").param("note", "only 11 months of experience"))
                .andExpect(redirectedUrl("/office/applications/" + id + "/requirements#item-WORK_EXPERIENCE"));
        mvc.perform(post("/office/applications/" + id + "/registry-checks").session(officer).with(csrf())
                .param("registry", "PERSON_REGISTRY")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/office/applications/" + id + "/requirements").session(officer).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Талап етілетін жұмыс өтілі расталды")))
                .andExpect(content().string(containsString("only 11 months of experience")))
                .andExpect(content().string(containsString("Сақталмаған")))
                .andExpect(content().string(containsString("Тұлға табылды")));
    }

    private long underReview(ApplicationFixtures applicant) throws Exception {
        long id = applicant.submitted();
        officerDoes(id, "register");
        officerDoes(id, "complete");
        return id;
    }

    private void officerDoes(long id, String action) throws Exception {
        mvc.perform(post("/api/v1/applications/" + id + "/" + action).session(officer).with(csrf()))
                .andExpect(status().isOk());
    }

    private ResultActions mark(long id, String code, boolean met, String note) throws Exception {
        String body = note == null ? "{\"met\": " + met + "}" : "{\"met\": " + met + ", \"note\": \"" + note + "\"}";
        return mvc.perform(put("/api/v1/applications/" + id + "/requirements/" + code).session(officer).with(csrf())
                .param("lang", "en").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions registry(long id, String registry) throws Exception {
        return mvc.perform(post("/api/v1/applications/" + id + "/registry-checks").session(officer).with(csrf())
                .param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"registry\": \"" + registry + "\"}"));
    }
}
