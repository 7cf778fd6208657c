package kz.attest.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/iin/{iin}} answers publicly: valid with birth date and sex, or 400 with the exact reason. */
@SpringBootTest
@AutoConfigureMockMvc
class IinApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void validIinReturnsBirthDateAndSex() throws Exception {
        mvc.perform(get("/api/v1/iin/900101300017"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.birthDate").value("1990-01-01"))
                .andExpect(jsonPath("$.sex").value("MALE"));
    }

    @Test
    void invalidIinReturnsTheReasonInTheRequestedLanguage() throws Exception {
        mvc.perform(get("/api/v1/iin/900101300018").header("Accept-Language", "ru").param("lang", "kk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reason").value("iin.invalid.check-digit"))
                .andExpect(jsonPath("$.message").value("ЖСН-нің бақылау цифры сәйкес келмейді: нөмірді тексеріңіз."));
    }

    @Test
    void shortIinIsRefusedInRussian() throws Exception {
        mvc.perform(get("/api/v1/iin/123").param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("iin.invalid.length"))
                .andExpect(jsonPath("$.message").value("ИИН должен состоять ровно из 12 цифр."));
    }
}
