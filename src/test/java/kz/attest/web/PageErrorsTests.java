package kz.attest.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

import static kz.attest.Json.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/** A problem detail written outside the handlers (a filter, an error view) is well-formed JSON; without Spring. */
class PageErrorsTests {

    @Test
    void aProblemWrittenOutsideTheHandlersIsJsonWhateverItsTitleHolds() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String title = "Тело «слишком» \"большое\" \\ 2048 KB\n\t\u0001";

        PageErrors.writeProblem(response, 413, "error.body-too-large", title);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getCharacterEncoding()).isEqualToIgnoringCase("UTF-8");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.path("type").asString()).isEqualTo("urn:attest:problem:error.body-too-large");
        assertThat(problem.path("title").asString()).isEqualTo(title);
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("code").asString()).isEqualTo("error.body-too-large");
    }
}
