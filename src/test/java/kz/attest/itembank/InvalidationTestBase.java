package kz.attest.itembank;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the invalidation tests of questions ({@code items}) and of cases ({@code cases}) share (seed 000 ¶26): a fresh
 * author and reviewer, the recorded events, and the API and page requests of an invalidation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
abstract class InvalidationTestBase {

    @Autowired
    ItemBank bank;
    @Autowired
    ItemInvalidations invalidations;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    final String author = "author-" + UUID.randomUUID();
    final String reviewer = "reviewer-" + UUID.randomUUID();
    /** {@code items} or {@code cases}: the path segment of the API and the pages. */
    private final String kind;

    InvalidationTestBase(String kind) {
        this.kind = kind;
    }

    /** The reviewer (or {@code proctor} as a proctor) invalidates through the API, answered in English. */
    ResultActions invalidateByApi(UUID id, String by, String reason, String actReference) throws Exception {
        String role = by.equals("proctor") ? "PROCTOR" : "QUESTION_AUTHOR";
        return mvc.perform(post("/api/v1/itembank/" + kind + "/{id}/invalidate", id).with(user(by).roles(role))
                .with(csrf()).param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"" + reason + "\",\"actReference\":\"" + actReference + "\"}"));
    }

    ResultActions invalidationByApi(UUID id) throws Exception {
        return mvc.perform(get("/api/v1/itembank/" + kind + "/{id}/invalidation", id)
                .with(user(reviewer).roles("QUESTION_AUTHOR")));
    }

    ResultActions page(UUID id, String language) throws Exception {
        return mvc.perform(get("/itembank/" + kind + "/{id}", id).param("lang", language)
                .with(user(reviewer).roles("QUESTION_AUTHOR")));
    }

    ResultActions invalidateOnPage(UUID id, String reason, String actReference) throws Exception {
        return mvc.perform(post("/itembank/" + kind + "/{id}/invalidate", id).with(user(reviewer).roles("QUESTION_AUTHOR"))
                .with(csrf()).param("reason", reason).param("actReference", actReference));
    }
}
