package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QTI import over the real database (issue 13, points 5 and 7): a one-language item is refused naming the missing
 * language, or stored as a draft that review refuses until translated; an imported option layout is stored beside
 * the content, read by form assembly and honoured in the candidate's view.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QtiDraftImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ItemBank bank;
    @Autowired
    BankRows store;
    @Autowired
    Forms forms;

    static String russianOnly(String identifier) {
        return QtiFidelityTests.item(identifier, """
                <p>Прочитайте отрывок.</p><div>%s</div>
                <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
                <prompt>Что делает нотариус?</prompt>
                <simpleChoice identifier="A">Удостоверяет сделки</simpleChoice>
                <simpleChoice identifier="B">Выносит решения суда</simpleChoice>
                <simpleChoice identifier="C">Принимает законы</simpleChoice></choiceInteraction>"""
                .formatted(QtiFidelityTests.PASSAGE_RU), "A").replace("<assessmentItem ", "<assessmentItem xml:lang=\"ru\" ");
    }

    @Test
    void aOneLanguageItemIsRefusedNamingTheMissingLanguageUnlessImportedAsADraft() throws Exception {
        String identifier = "RU-" + UUID.randomUUID();
        byte[] zip = QtiFidelityTests.pack(Map.of("items/ru.xml", russianOnly(identifier)), "CIVIL_CODE");
        String author = "author-" + UUID.randomUUID();
        mvc.perform(multipart("/api/v1/itembank/import").file(new MockMultipartFile("file", "ru.zip", "application/zip", zip))
                        .with(user(author).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].code").value("itembank.import.one-language"))
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("the kk text is missing")));

        UUID id = ImportBatch.idOf("item", identifier);
        mvc.perform(multipart("/api/v1/itembank/import").file(new MockMultipartFile("file", "ru.zip", "application/zip", zip))
                        .with(user(author).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "ru")
                        .param("oneLanguageAsDraft", "true"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items").value(1))
                .andExpect(jsonPath("$.needsTranslation[0].location").value("item-" + id))
                .andExpect(jsonPath("$.needsTranslation[0].message").value(org.hamcrest.Matchers.containsString("(kk)")));
        assertThat(bank.itemSummary(id).orElseThrow().status()).isEqualTo(ItemStatus.DRAFT);

        // review refuses it until translated, naming the language
        mvc.perform(post("/api/v1/itembank/items/" + id + "/submit").with(user(author).roles("QUESTION_AUTHOR"))
                        .with(csrf()).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("itembank.item.translation-missing"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("(kk)")));
        assertThat(bank.itemSummary(id).orElseThrow().status()).isEqualTo(ItemStatus.DRAFT);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/itembank/items/" + id)
                        .with(user(author).roles("QUESTION_AUTHOR")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("id=\"needs-translation\""),
                                org.hamcrest.Matchers.containsString("its translation (kk) is missing"),
                                org.hamcrest.Matchers.containsString("Candidates see the options in this order"))));

        ItemContent russian = bank.readItem(id, author).content();
        ItemContent translated = new ItemContent(new BankText("Үзіндіні оқыңыз. Нотариус не істейді?", russian.stem().ru()),
                List.of(new BankText("Мәмілені куәландырады", russian.options().get(0).ru()),
                        new BankText("Сот шешімін шығарады", russian.options().get(1).ru()),
                        new BankText("Заң қабылдайды", russian.options().get(2).ru())), 0);
        bank.editItem(id, translated, author);
        bank.submitItem(id, author);
        assertThat(bank.itemSummary(id).orElseThrow().status()).isEqualTo(ItemStatus.IN_REVIEW);
        // the edit on the page kept the imported shuffle="false"
        assertThat(bank.readItem(id, author).content().layout()).isEqualTo(OptionLayout.ORDERED);
    }

    @Test
    void anImportedLayoutIsStoredForAssemblyAndHonouredInTheCandidatesView() {
        String identifier = "NOTARY-" + UUID.randomUUID();
        byte[] zip = QtiFidelityTests.pack(Map.of("items/a.xml", QtiFidelityTests.cyrillicItem(identifier, "true")),
                "CIVIL_CODE");
        String author = "author-" + UUID.randomUUID();
        ImportReport report = importer.importFile("a.zip", zip, author, Locale.ENGLISH);
        assertThat(report.imported()).isTrue();
        UUID id = ImportBatch.idOf("item", identifier);
        bank.approveItem(id, "reviewer-" + UUID.randomUUID());

        BankPool.PoolItem pooled = store.pool(false).items().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
        assertThat(pooled.layout()).isEqualTo(OptionLayout.fixedAt(List.of(3)));
        for (long seed = 0; seed < 10; seed++) {
            FormItem item = new FormItem(id, 1, pooled.layout().order(pooled.optionCount(), new Random(seed)));
            CandidateForm shown = forms.candidateView(new AssembledForm(seed, List.of(item), List.of()),
                    Locale.forLanguageTag("ru"));
            assertThat(shown.questions().getFirst().options().getLast()).isEqualTo("Ничего из перечисленного");
            assertThat(shown.questions().getFirst().stem()).contains(QtiFidelityTests.PASSAGE_RU.strip());
        }
    }

    @Autowired
    BankImport importer;
}
