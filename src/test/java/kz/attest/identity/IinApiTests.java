package kz.attest.identity;

import kz.attest.testing.Responses;
import kz.attest.catalogue.Catalogue;
import kz.attest.notification.Notifications;
import kz.attest.web.Workplace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/iin/{iin}} answers publicly: valid with birth date and sex, or 400 with the exact reason.
 * A web slice (issue 15 point 7): the controller, the application's real security rules, locale resolution, request
 * guards, advices and message bundles, without the database; the advices' collaborators outside the web layer are
 * mocks (the endpoint reads none of them). The same endpoint is also walked by RoleMatrixTests and HostileInputTests
 * in the full context.
 */
@WebMvcTest(IinController.class)
class IinApiTests {

    /** The application's security rules (package-private in {@code kz.attest.web}) and the pure beans the layer uses. */
    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(basePackages = "kz.attest.web", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "kz\\.attest\\.web\\.SecurityConfiguration"))
    static class WebLayer {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        Catalogue catalogue() {
            return Catalogue.bundled();
        }
    }

    @MockitoBean
    Accounts accounts;
    @MockitoBean
    Organisations organisations;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    Notifications notifications;
    @MockitoBean
    Workplace workplace;

    @Autowired
    MockMvc mvc;

    @Test
    void validIinReturnsBirthDateAndSex() throws Exception {
        mvc.perform(get("/api/v1/iin/900101300017"))
                .andExpect(status().isOk())
                .andExpect(Responses.json("$.valid", true, "$.birthDate", "1990-01-01", "$.sex", "MALE"));
    }

    @Test
    void invalidIinReturnsTheReasonInTheRequestedLanguage() throws Exception {
        mvc.perform(get("/api/v1/iin/900101300018").header("Accept-Language", "ru").param("lang", "kk"))
                .andExpect(status().isBadRequest())
                .andExpect(Responses.json("$.valid", false, "$.reason", "iin.invalid.check-digit",
                        "$.message", "ЖСН-нің бақылау цифры сәйкес келмейді: нөмірді тексеріңіз."));
    }

    @Test
    void shortIinIsRefusedInRussian() throws Exception {
        mvc.perform(get("/api/v1/iin/123").param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(Responses.json("$.reason", "iin.invalid.length",
                        "$.message", "ИИН должен состоять ровно из 12 цифр."));
    }
}
