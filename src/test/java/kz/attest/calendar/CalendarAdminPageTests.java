package kz.attest.calendar;

import kz.attest.testing.Responses;
import kz.attest.audit.AuditEntry;
import kz.attest.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's calendar page: the year's days, adding and deleting with audit, refusals shown in place. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarAdminPageTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    AuditLog auditLog;
    MockMvc mvc;

    /* See CalendarApiTests: Boot 4 needs spring-boot-security-test for this; applied here until the build has it. */
    @BeforeEach
    void securedMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void pageListsTheYearsDaysInTheChosenLanguage() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("2026 жылға арналған өндірістік күнтізбе", "Наурыз мейрамы",
                        "Ауыстыру бойынша жұмыс күні", "21.03.2026 күнінен ауыстырылған", "name=\"_csrf\""));
        mvc.perform(get("/admin/calendar").param("year", "2026").param("lang", "ru"))
                .andExpect(Responses.showing("Производственный календарь на 2026 год", "Первый день Курбан айта"))
                .andExpect(content().string(not(containsString("not-maintained"))));
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void aYearNotHeldIsFlagged() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2099").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The calendar holds no data for 2099")));
    }

    @Test
    @WithMockUser(username = "admin-calendar-page", roles = "SYSTEM_ADMIN")
    void administratorAddsATransferredWorkingSaturdayAndDeletesIt() throws Exception {
        LocalDate saturday = LocalDate.of(2094, 1, 9);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();

        mvc.perform(post("/admin/calendar/days").with(csrf())
                        .param("date", "2094-01-09").param("kind", "TRANSFERRED_WORKING_DAY")
                        .param("nameKk", "Жұмыс күні").param("nameRu", "Рабочий день").param("legalSource", "test decree"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?year=2094"));
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(auditLog.history(CalendarAdministration.ENTITY_DAY, "2094-01-09"))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("calendar.day.added", "admin-calendar-page"));

        mvc.perform(post("/admin/calendar/days/2094-01-09/delete").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(auditLog.history(CalendarAdministration.ENTITY_DAY, "2094-01-09")).hasSize(2);
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void invalidFormIsShownAgainWithTheReasonAndStoresNothing() throws Exception {
        mvc.perform(post("/admin/calendar/days").with(csrf()).param("lang", "ru")
                        .param("date", "2095-01-11").param("kind", "TRANSFERRED_WORKING_DAY")
                        .param("nameKk", "Жұмыс күні").param("nameRu", "Рабочий день"))
                .andExpect(status().isBadRequest())
                .andExpect(Responses.showing("не суббота и не воскресенье", "value=\"Рабочий день\""));
        assertThat(calendar.isMaintained(2095)).isFalse();
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void badYearOnThePageIsABadRequest() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "12345").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The year must be a number from 2000 to 2100.")));
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void otherRolesCannotSeeOrEdit() throws Exception {
        mvc.perform(get("/admin/calendar")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/days").with(csrf()).param("date", "2094-01-16"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/calendar").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }
}
