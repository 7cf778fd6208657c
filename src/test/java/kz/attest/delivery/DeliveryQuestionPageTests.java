package kz.attest.delivery;

import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The question page stays cheap (issue 12 ¶1): its links (the 100-cell grid, previous, next, finish) are written as
 * they are, never checked against the class path by the resource chain, which the webjars locator would switch on;
 * the static assets are still served; and the page works without a script (plain links and a form).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeliveryQuestionPageTests extends WithDeliveryFixtures {

    @Autowired
    ApplicationContext context;

    @Test
    void noLinkOfAPageGoesThroughTheResourceChain() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
    }

    @Test
    void theStaticAssetsOfTheExamAreStillServed() throws Exception {
        for (String asset : List.of("/css/attest.css", "/css/delivery/exam.css", "/js/delivery/exam.js",
                "/webjars/htmx.org/2.0.10/dist/htmx.min.js")) {
            mvc.perform(get(asset)).andExpect(status().isOk());
        }
    }

    @Test
    void theQuestionPageLinksEveryQuestionPlainlyAndWorksWithoutAScript() throws Exception {
        MockHttpSession session = fixtures.started(DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2),
                HallPolicy.open()));
        UUID attempt = fixtures.startStage(session, "ru", 1);
        String page = mvc.perform(get("/exam/stages/1/questions/5").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int questions = fixtures.key(attempt).size();
        for (int p = 1; p <= questions; p++) {
            assertThat(page).contains("href=\"/exam/stages/1/questions/" + p + "\"");
        }
        assertThat(page).contains("action=\"/exam/stages/1/questions/5\"").contains("<noscript>");
    }
}
