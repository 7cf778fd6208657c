package kz.attest.calendar;

import kz.attest.testing.Responses;
import kz.attest.audit.AuditEntry;
import kz.attest.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar API over the seeded database: reading is public, edits are the system administrator's and audited. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarApiTests {

    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    AuditLog auditLog;

    /*
     * Boot 4 moved MockMvc's Spring Security setup to spring-boot-security-test, which the build does not have yet:
     * apply it here so @WithMockUser reaches the filter chain.
     */
    @BeforeEach
    void securedMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void seededYearsMatchTheCheckedData() {
        WorkingCalendar expected = KazakhstanCalendarData.calendar();
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() <= 2027; day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(expected.isWorkingDay(day));
        }
        assertThat(calendar.isMaintained(2026)).isTrue();
    }

    @Test
    void yearListsNonWorkingDaysAndTransferredWorkingDaysInTheRequestLanguage() throws Exception {
        mvc.perform(get("/api/v1/calendar/2025").param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(Responses.json("$.year", 2025, "$.maintained", true))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2025-03-24')].kind").value(hasItem("MOVED_DAY_OFF")))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2025-03-21')].name").value(hasItem("Наурыз мейрамы")))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2025-01-03')].kind").value(hasItem("TRANSFERRED_DAY_OFF")))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2025-06-06')].religious").value(hasItem(true)))
                .andExpect(Responses.json("$.workingDays[0].date", "2025-01-05",
                        "$.workingDays[0].kind", "TRANSFERRED_WORKING_DAY"));
    }

    @Test
    void dueDateCountsFromTheReceiptDay_000_4() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-03-20T13:00:00Z").param("days", "1"))
                .andExpect(status().isOk())
                .andExpect(Responses.json("$.receiptDay", "2026-03-20", "$.days", 1, "$.dueDate", "2026-03-26",
                        "$.from", "2026-03-20T18:00:00+05:00", "$.dueBy", "2026-03-26T18:30:00+05:00"));
    }

    @Test
    void localReceiptTimeAfterHoursIsAlmatyTimeAndCountsFromNextWorkingDay_000_4() throws Exception {
        mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-03-20T19:00").param("days", "2"))
                .andExpect(status().isOk())
                .andExpect(Responses.json("$.receiptDay", "2026-03-26", "$.dueDate", "2026-03-30"));
    }

    @ParameterizedTest(name = "{0} → 400 {1}")
    @CsvSource({
            "/api/v1/calendar/add-working-days?from=yesterday&days=1,             calendar.error.from-invalid",
            "/api/v1/calendar/add-working-days?days=1,                            calendar.error.from-missing",
            "/api/v1/calendar/add-working-days?from=2026-03-20T10:00,             calendar.error.days-invalid",
            "/api/v1/calendar/add-working-days?from=2026-03-20T10:00&days=-1,     calendar.error.days-invalid",
            "/api/v1/calendar/add-working-days?from=2026-03-20T10:00&days=366,    calendar.error.days-invalid",
            "/api/v1/calendar/add-working-days?from=2026-03-20T10:00&days=two,    calendar.error.days-invalid",
            "/api/v1/calendar/add-working-days?from=2101-01-01T10:00&days=1,      calendar.error.year-invalid",
            "/api/v1/calendar/1999,                                               calendar.error.year-invalid",
            "/api/v1/calendar/2101,                                               calendar.error.year-invalid",
            "/api/v1/calendar/twenty,                                             calendar.error.year-invalid",
    })
    void badParametersAreRefusedWithALocalizedMessage(String url, String code) throws Exception {
        mvc.perform(get(url + (url.contains("?") ? "&" : "?") + "lang=ru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("calendar."))));
    }

    @Test
    void anonymousEditIsUnauthorized() throws Exception {
        mvc.perform(post("/api/v1/calendar/days").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(holiday("2091-11-25")))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/calendar/days/2091-11-25").with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(roles = "PROVIDER_OFFICER")
    void otherRolesMayNotEdit() throws Exception {
        mvc.perform(post("/api/v1/calendar/days").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(holiday("2091-11-25")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/calendar/days/2091-11-25").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "admin-calendar-api", roles = "SYSTEM_ADMIN")
    void administratorAddsAHolidayAndItsMovedDayFollows_thenRemovesIt_allAudited() throws Exception {
        // 2092-11-22 is a Saturday: the holiday moves its day off to Monday 2092-11-24
        LocalDate saturday = LocalDate.of(2092, 11, 22);
        LocalDate monday = LocalDate.of(2092, 11, 24);
        assertThat(calendar.isWorkingDay(monday)).isTrue();

        mvc.perform(post("/api/v1/calendar/days").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(holiday("2092-11-22")))
                .andExpect(status().isCreated())
                .andExpect(Responses.json("$.date", "2092-11-22", "$.kind", "HOLIDAY"));

        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(calendar.isMaintained(2092)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2092, 3, 21))).as("year opened with statutory holidays").isFalse();
        List<AuditEntry> history = auditLog.history(CalendarAdministration.ENTITY_DAY, saturday.toString());
        assertThat(history).extracting(AuditEntry::action).containsExactly("calendar.day.added");
        assertThat(history.getFirst().actor()).isEqualTo("admin-calendar-api");
        assertThat(auditLog.history(CalendarAdministration.ENTITY_YEAR, "2092")).hasSize(1);

        mvc.perform(post("/api/v1/calendar/days").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(holiday("2092-11-22")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("calendar.error.duplicate"));

        mvc.perform(delete("/api/v1/calendar/days/2092-11-22").with(csrf())).andExpect(status().isNoContent());
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(auditLog.history(CalendarAdministration.ENTITY_DAY, saturday.toString()))
                .extracting(AuditEntry::action).containsExactly("calendar.day.added", "calendar.day.removed");

        mvc.perform(delete("/api/v1/calendar/days/2092-11-22").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("calendar.error.not-found"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"date\":\"2093-02-11\",\"kind\":\"TRANSFERRED_WORKING_DAY\",\"nameKk\":\"а\",\"nameRu\":\"б\"} | calendar.error.working-day-not-weekend",
            "{\"date\":\"2093-02-14\",\"kind\":\"TRANSFERRED_DAY_OFF\",\"nameKk\":\"а\",\"nameRu\":\"б\"}     | calendar.error.day-off-on-weekend",
            "{\"date\":\"2093-02-11\",\"kind\":\"MOVED_DAY_OFF\",\"nameKk\":\"а\",\"nameRu\":\"б\"}           | calendar.error.kind-derived",
            "{\"date\":\"2093-02-11\",\"kind\":\"HOLIDAY\",\"nameKk\":\" \",\"nameRu\":\"б\"}                 | calendar.error.name-required",
            "{\"date\":\"2093-02-11\",\"kind\":\"FEAST\",\"nameKk\":\"а\",\"nameRu\":\"б\"}                   | calendar.error.kind-invalid",
            "{\"date\":\"11.02.2093\",\"kind\":\"HOLIDAY\",\"nameKk\":\"а\",\"nameRu\":\"б\"}                 | calendar.error.date-invalid",
            "{\"date\":\"1999-02-11\",\"kind\":\"HOLIDAY\",\"nameKk\":\"а\",\"nameRu\":\"б\"}                 | calendar.error.year-invalid",
            "{\"date\":\"2093-02-11\",\"kind\":\"TRANSFERRED_DAY_OFF\",\"religious\":true,\"nameKk\":\"а\",\"nameRu\":\"б\"} | calendar.error.religious-not-holiday",
    })
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void invalidEditsAreRefusedAndStoreNothing(String body, String code) throws Exception {
        mvc.perform(post("/api/v1/calendar/days").with(csrf()).param("lang", "kk")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code));
        assertThat(calendar.isMaintained(2093)).isFalse();
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void deletingWithAnUnreadableDateIsABadRequest() throws Exception {
        mvc.perform(delete("/api/v1/calendar/days/soon").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("calendar.error.date-invalid"));
    }

    private static String holiday(String date) {
        return """
                {"date":"%s","kind":"HOLIDAY","nameKk":"Сынақ мерекесі","nameRu":"Тестовый праздник","nameEn":"Test holiday",
                 "legalSource":"test"}""".formatted(date);
    }
}
