package kz.attest.scheduling;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The operator administrator manages the test centres' halls and seats (seed 000 ¶10; issue 5 "Planning"). */
@SpringBootTest
@AutoConfigureMockMvc
class HallManagementTests extends WithSchedulingFixtures {

    @Test
    void operatorCreatesHallWithSeatsAndPolicy_000_10() throws Exception {
        String name = "Hall " + UUID.randomUUID();
        String body = mvc.perform(post("/api/v1/operator/halls").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"centreId": "tc-shymkent", "name": "%s", "address": "Shymkent, Tauke Khan 5",
                                 "capacity": 30, "seats": 24, "sebRequired": true, "sebKeyHex": "%s",
                                 "allowedIpRanges": ["10.30.0.0/24", "fd00::/8"]}""".formatted(name, "AB".repeat(32))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.centreId").value("tc-shymkent"))
                .andExpect(jsonPath("$.capacity").value(30))
                .andExpect(jsonPath("$.seats.length()").value(24))
                .andExpect(jsonPath("$.seats[0].label").value("01"))
                .andExpect(jsonPath("$.sebKeyHex").value("ab".repeat(32)))
                .andExpect(jsonPath("$.allowedIpRanges[1]").value("fd00::/8"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action = 'scheduling.hall.created'")
                .param(id).query(Long.class).single()).isEqualTo(1);

        mvc.perform(put("/api/v1/operator/halls/" + id + "/policy").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sebRequired\": false, \"allowedIpRanges\": []}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sebKeyHex").doesNotExist())
                .andExpect(jsonPath("$.allowedIpRanges.length()").value(0));
    }

    @Test
    void theOperatorChoosesPerHallWhetherWorkstationsProveTheConfigKeyOrTheBrowserExamKey_issue13_p8() throws Exception {
        String name = "Hall " + UUID.randomUUID();
        String body = mvc.perform(post("/api/v1/operator/halls").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"centreId": "tc-shymkent", "name": "%s", "address": "Shymkent", "capacity": 4,
                                 "sebRequired": true, "sebKeyHex": "%s", "sebKeyKind": "BROWSER_EXAM_KEY"}"""
                                .formatted(name, "cd".repeat(32))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sebKeyKind").value("BROWSER_EXAM_KEY"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        assertThat(jdbc.sql("SELECT seb_key_kind FROM scheduling_hall WHERE id = CAST(? AS uuid)").param(id)
                .query(String.class).single()).isEqualTo("BROWSER_EXAM_KEY");

        mvc.perform(put("/api/v1/operator/halls/" + id + "/policy").with(fixtures.as("operator-admin")).with(csrf())
                        .param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sebRequired\": true, \"sebKeyHex\": \"%s\", \"sebKeyKind\": \"BOTH\"}"
                                .formatted("cd".repeat(32))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("scheduling.hall.invalid-seb-key-kind"));
        mvc.perform(put("/api/v1/operator/halls/" + id + "/policy").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sebRequired\": true, \"sebKeyHex\": \"%s\", \"sebKeyKind\": \"CONFIG_KEY\"}"
                                .formatted("cd".repeat(32))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sebKeyKind").value("CONFIG_KEY"));
    }

    @Test
    void demoHallsAreOpenAndTheAlmatyOneHasTwentySeats() {
        assertThat(jdbc.sql("SELECT count(*) FROM scheduling_seat WHERE hall_id = ? AND active")
                .param(DemoHalls.id("hall:tc-almaty")).query(Long.class).single()).isEqualTo(DemoHalls.ALMATY_SEATS);
        assertThat(jdbc.sql("SELECT seb_key_hex IS NULL AND allowed_ip_ranges = '' FROM scheduling_hall WHERE id = ?")
                .param(DemoHalls.id("hall:tc-astana")).query(Boolean.class).single()).isTrue();
    }

    @Test
    void duplicateSeatLabelIsRefused() throws Exception {
        String hall = fixtures.hall("tc-almaty", 3);
        String id = JsonPath.read(hall, "$.id");
        mvc.perform(put("/api/v1/operator/halls/" + id + "/seats/" + SchedulingFixtures.seatId(hall, "02"))
                        .with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"active\": false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        // capacity 3 is full; the label check comes first
        mvc.perform(post("/api/v1/operator/halls/" + id + "/seats").with(fixtures.as("operator-admin")).with(csrf())
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\": \"02\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value(containsString("\u201C02\u201D")));
    }

    @Test
    void capacityOverflowIsRefused() throws Exception {
        mvc.perform(post("/api/v1/operator/halls").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"centreId": "tc-almaty", "name": "Hall %s", "address": "Almaty", "capacity": 5,
                                 "seats": 6}""".formatted(UUID.randomUUID())))
                .andExpect(status().isConflict());
        String hall = fixtures.hall("tc-almaty", 2);
        String id = JsonPath.read(hall, "$.id");
        mvc.perform(post("/api/v1/operator/halls/" + id + "/seats").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\": \"A-3\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/operator/halls/" + id).with(fixtures.as("operator-admin")))
                .andExpect(jsonPath("$.seats.length()").value(2));
    }

    @Test
    void invalidCidrOrKeyIsRefusedAndNothingStored() throws Exception {
        String name = "Hall " + UUID.randomUUID();
        mvc.perform(post("/api/v1/operator/halls").with(fixtures.as("operator-admin")).with(csrf())
                        .param("lang", "kk").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"centreId": "tc-almaty", "name": "%s", "address": "Almaty", "capacity": 5,
                                 "allowedIpRanges": ["10.0.0.0/8", "10.1.2.300/32"]}""".formatted(name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value(containsString("10.1.2.300/32")));
        mvc.perform(post("/api/v1/operator/halls").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"centreId": "tc-almaty", "name": "%s", "address": "Almaty", "capacity": 5,
                                 "sebRequired": true, "sebKeyHex": "not-hex"}""".formatted(name)))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM scheduling_hall WHERE name = ?").param(name)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aHallIsOnlyAtATestCentreAndOnlyTheOperatorManagesHalls() throws Exception {
        mvc.perform(post("/api/v1/operator/halls").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"centreId\": \"dj-almaty\", \"name\": \"X\", \"address\": \"Y\", \"capacity\": 5}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/operator/halls").with(fixtures.as("proctor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/operator/halls").with(fixtures.as("officer"))).andExpect(status().isForbidden());
    }
}
