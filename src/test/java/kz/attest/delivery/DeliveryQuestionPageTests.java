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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

    /**
     * Issue 12 ¶2: the page links each asset with its content version; that link is fresh for a year (the browser
     * does not ask again on the next page), a link without the current version is revalidated (304 by its ETag).
     */
    @Test
    void assetsAreLinkedWithTheirContentVersionAndCachedForAYearWhenVersioned() throws Exception {
        MockHttpSession session = fixtures.started(DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2),
                HallPolicy.open()));
        fixtures.startStage(session, "ru", 1);
        String page = mvc.perform(get("/exam/stages/1/questions/1").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("src=\"(/js/delivery/exam\\.js\\?v=([0-9a-f]{32}))\"")
                .matcher(page);
        assertThat(link.find()).as("versioned exam.js in %s", page).isTrue();
        assertThat(page).contains("href=\"/css/attest.css?v=").contains("href=\"/exam/stages/1/questions/2\"");
        mvc.perform(get(link.group(1))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/javascript")));
        String etag = mvc.perform(get("/js/delivery/exam.js")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + link.group(2) + "\"");
        mvc.perform(get("/js/delivery/exam.js").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/js/delivery/exam.js?v=0123")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"));
        mvc.perform(get("/js/../application.properties")).andExpect(status().is4xxClientError());
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
