package kz.attest.itembank;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demonstration bank, forms from the database, key rotation and the authoring pages. */
@SpringBootTest
@AutoConfigureMockMvc
class ItemBankFormsTests {

    static final Locale KAZAKH = Locale.forLanguageTag("kk");
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    MockMvc mvc;
    @Autowired
    Forms forms;
    @Autowired
    ItemBank bank;
    @Autowired
    Catalogue catalogue;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemonstrationBankFillsThreeDisjointFormsOfEveryTestedStage() {
        List<StageReadiness> all = forms.readiness();
        assertThat(all).isNotEmpty();
        for (StageReadiness readiness : all) {
            assertThat(readiness.ready()).as(readiness.toString()).isTrue();
            assertThat(readiness.disjointForms()).as(readiness.toString()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aCandidatesFormsAvoidEachOtherAndCarryBothLanguagesButNoKeys() {
        String candidate = "application-" + UUID.randomUUID();
        FormRequest request = new FormRequest(candidate, ServiceCode.of("ADVOCATE_ATTESTATION"), 1, Optional.empty(), false);
        AssembledForm first = forms.assemble(request);
        AssembledForm second = forms.assemble(request);
        assertThat(first.items()).hasSize(100);
        Set<UUID> shown = new HashSet<>();
        first.items().forEach(i -> shown.add(i.itemId()));
        assertThat(second.items()).noneMatch(i -> shown.contains(i.itemId()));

        CandidateForm kk = forms.candidateView(first, KAZAKH);
        CandidateForm ru = forms.candidateView(first, RUSSIAN);
        // other tests of the shared database approve imported questions too: the demonstration ones are checked by
        // their wording, every one by carrying its own text in each language
        assertThat(kk.questions()).hasSize(100).allMatch(q -> !q.stem().isBlank());
        assertThat(kk.questions()).filteredOn(q -> q.stem().startsWith("[DEMO]")).isNotEmpty()
                .allMatch(q -> q.stem().contains("сұрақ"));
        assertThat(ru.questions()).filteredOn(q -> q.stem().startsWith("[DEMO]")).allMatch(q -> q.stem().contains("вопрос"));
        for (int i = 0; i < 100; i++) {
            assertThat(kk.questions().get(i).stem()).isNotEqualTo(ru.questions().get(i).stem());
        }
        ScoringKey key = forms.scoringKey(first);
        for (int i = 0; i < 100; i++) {
            assertThat(key.items().get(i)).isBetween(0, kk.questions().get(i).options().size() - 1);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_form WHERE candidate = ?").param(candidate)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void forensicCasesComeFromTheSpecialtyAndTrialTestsFromThePracticePool_000_43_000_28() {
        FormRequest request = new FormRequest("application-" + UUID.randomUUID(),
                ServiceCode.of("FORENSIC_EXPERT_ATTESTATION"), 2, Optional.of("HANDWRITING"), true);
        AssembledForm form = forms.assemble(request);
        assertThat(form.items()).isEmpty();
        assertThat(form.cases()).hasSize(2).allMatch(c -> c.optionOrders().size() == 5);
        CandidateForm shown = forms.candidateView(form, RUSSIAN);
        assertThat(shown.cases()).allMatch(c -> c.situation().startsWith("[DEMO] Пробный тест."));
    }

    @Test
    void aKeyRotationReencryptsEverythingAndContentReadsBack() throws Exception {
        UUID id = bank.createItem(new ItemDraft("CIVIL_CODE", BankFixtures.question("ротация", 3), false), "rotator");
        KeyRotation rotation = bank.rotateKey("admin");
        assertThat(rotation.reencrypted()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_item WHERE key_id <> ?").param(rotation.activeKeyId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_case_version WHERE key_id <> ?").param(rotation.activeKeyId())
                .query(Long.class).single()).isZero();
        assertThat(bank.readItem(id, "rotator").content().stem().ru()).isEqualTo("ротация вопрос");
        AssembledForm form = forms.assemble(new FormRequest("application-" + UUID.randomUUID(),
                ServiceCode.of("PATENT_ATTORNEY_ATTESTATION"), 1, Optional.empty(), false));
        assertThat(forms.candidateView(form, KAZAKH).questions()).hasSize(100);
        mvc.perform(post("/api/v1/itembank/keys/rotate").with(user("author").roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void readinessNamesServicesInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/itembank/readiness").param("service", "NOTARY_ATTESTATION").param("stage", "2")
                        .with(user("a").roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ready").value(true));
        mvc.perform(get("/itembank/readiness").param("lang", "kk").with(user("a").roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Банктің дайындығы")));
    }

    @Test
    void anAuthorWritesAQuestionOnThePageAndPreviewsIt() throws Exception {
        String author = "page-author-" + UUID.randomUUID();
        mvc.perform(get("/itembank/items/new").with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("optionKk")));
        String location = mvc.perform(post("/itembank/items").with(user(author).roles("QUESTION_AUTHOR")).with(csrf())
                        .param("topic", "HOUSING_LAW").param("stemKk", "Тұрғын үй сұрағы").param("stemRu", "Жилищный вопрос")
                        .param("optionKk", "бір", "екі", "үш", "", "", "")
                        .param("optionRu", "один", "два", "три", "", "", "")
                        .param("correct", "1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(author).roles("QUESTION_AUTHOR")).param("lang", "ru"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Жилищный вопрос")))
                .andExpect(content().string(containsString("Черновик")));
        mvc.perform(get(location + "/preview").param("language", "kk").with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Тұрғын үй сұрағы")));
        mvc.perform(post(location + "/submit").with(user(author).roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/approve").with(user(author).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "en"))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("Four eyes")));
    }

    @Test
    void aRefusedPageFormIsShownAgainWithTheReason() throws Exception {
        mvc.perform(post("/itembank/items").with(user("a").roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "ru")
                        .param("topic", "HOUSING_LAW").param("stemKk", "сұрақ").param("stemRu", "вопрос")
                        .param("optionKk", "бір", "екі", "", "", "", "").param("optionRu", "один", "два", "", "", "", "")
                        .param("correct", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("не менее 3 вариантов")))
                .andExpect(content().string(containsString("вопрос")));
    }
}
