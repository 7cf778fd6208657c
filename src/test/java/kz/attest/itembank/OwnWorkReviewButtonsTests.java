package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 14: the author of a question in review sees no Approve or Send back; another author does (four eyes). */
@SpringBootTest
@AutoConfigureMockMvc
class OwnWorkReviewButtonsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theAuthorSeesNoReviewButtonsOnTheirOwnQuestion() throws Exception {
        String author = "own-author-" + UUID.randomUUID();
        String location = mvc.perform(post("/itembank/items").with(user(author).roles("QUESTION_AUTHOR")).with(csrf())
                        .param("topic", "HOUSING_LAW").param("stemKk", "Тұрғын үй сұрағы").param("stemRu", "Жилищный вопрос")
                        .param("optionKk", "бір", "екі", "үш", "", "", "")
                        .param("optionRu", "один", "два", "три", "", "", "")
                        .param("correct", "1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/submit").with(user(author).roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).param("lang", "en").with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/approve\""))))
                .andExpect(content().string(not(containsString("/send-back\""))))
                .andExpect(content().string(containsString("id=\"own-work\"")));
        mvc.perform(get(location).param("lang", "en").with(user("reviewer-" + UUID.randomUUID()).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/approve\"")));
    }
}
