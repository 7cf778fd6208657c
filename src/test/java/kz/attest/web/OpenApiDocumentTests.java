package kz.attest.web;

import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The REST API is described by an OpenAPI document at /v3/api-docs (issue 3, "Done when"), open without sign-in. */
class OpenApiDocumentTests extends WithMockMvc {

    @Test
    void theDocumentListsTheApplicantAndOfficerEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.info.title").value("Attest KZ API"))
                .andExpect(jsonPath("$.paths['/api/v1/applications/drafts'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/drafts/{id}/submit'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}/withdraw'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/office/applications'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}/register'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}/decision'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{id}/appeals'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/appeals/{id}/answer'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/office/appeals'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/office/sla'].get").exists());
    }

    @Test
    void theSwaggerUiIsServedFromTheApplication() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
