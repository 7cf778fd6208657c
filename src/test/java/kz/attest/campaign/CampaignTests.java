package kz.attest.campaign;

import com.jayway.jsonpath.JsonPath;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Forensic attestation campaigns: seed 000 ¶30 (the Centre notifies the testing operator and the experts at least 30
 * calendar days before the attestation), ¶31 (who decides an extraordinary attestation) and seed 001 (experts are
 * attested every five years except those with more than twenty years of activity; a submission day for each exam day).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignTests {

    /** Seed 001's schedule: submission day → exam day, 6–15 December 2021. */
    static final String[][] SEED_001 = {
            {"2021-11-30", "2021-12-06"}, {"2021-12-02", "2021-12-07"}, {"2021-12-03", "2021-12-08"},
            {"2021-12-06", "2021-12-09"}, {"2021-12-07", "2021-12-10"}, {"2021-12-08", "2021-12-13"},
            {"2021-12-09", "2021-12-14"}, {"2021-12-10", "2021-12-15"}};

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    MockHttpSession cfe;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        cfe = signIn("cfe-officer", "demo-cfe-officer-2026");
        today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    }

    @Test
    void expertsAreDueFiveYearsAfterTheirLastAttestationExceptAfterTwentyYears_001_1() throws Exception {
        LocalDate first = workingDayFrom(today.plusDays(40));
        long due = expert("LICENSED", first.minusYears(12), first.minusYears(5));
        long notDue = expert("LICENSED", first.minusYears(12), first.minusYears(3));
        long exempt = expert("LICENSED", first.minusYears(21), first.minusYears(6));
        long neverAttested = expert("CENTRE_EMPLOYEE", first.minusYears(6), null);

        String register = mvc.perform(get("/api/v1/campaigns/experts").param("on", first.toString()).session(cfe))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(flag(register, due, "due")).isTrue();
        assertThat(flag(register, notDue, "due")).isFalse();
        assertThat(flag(register, exempt, "due")).isFalse();
        assertThat(flag(register, exempt, "exempt")).isTrue();
        assertThat(flag(register, neverAttested, "due")).isTrue();

        create("REGULAR", null, null, one(day(first)), List.of(due, notDue)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("campaign.expert.not-due"));
        create("REGULAR", null, null, one(day(first)), List.of(due, exempt)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("campaign.expert.exempt"))
                .andExpect(jsonPath("$.title").value(containsString("more than 20 years")));

        String all = create("REGULAR", null, null, one(day(first)), List.of()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        List<Integer> called = JsonPath.read(all, "$.participants[*].expertId");
        assertThat(called.stream().map(Integer::longValue).toList()).contains(due, neverAttested)
                .doesNotContain(notDue, exempt);
    }

    @Test
    void theScheduleFixesASubmissionDayForEachExamDay_001_5() throws Exception {
        List<String[]> schedule = seed001Shifted();
        List<Long> experts = new ArrayList<>();
        LocalDate first = LocalDate.parse(schedule.getFirst()[1]);
        for (int i = 0; i < 16; i++) {
            experts.add(expert("LICENSED", first.minusYears(10), first.minusYears(5).minusDays(i)));
        }

        String body = create("REGULAR", null, null, schedule, experts).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.days.length()").value(8))
                .andExpect(jsonPath("$.days[0].examDate").value(schedule.getFirst()[1]))
                .andExpect(jsonPath("$.days[0].submissionDate").value(schedule.getFirst()[0]))
                .andExpect(jsonPath("$.participants.length()").value(16))
                .andReturn().getResponse().getContentAsString();
        for (String[] day : schedule) {
            List<String> submissions = JsonPath.read(body, "$.participants[?(@.examDate == '" + day[1] + "')].submissionDate");
            assertThat(submissions).as("exam day " + day[1]).hasSize(2).containsOnly(day[0]);
        }
    }

    @Test
    void aScheduleCloserThanThirtyCalendarDaysIsRefused_000_30() throws Exception {
        LocalDate tooClose = today.plusDays(29);
        while (!calendar.isWorkingDay(tooClose) || !calendar.isWorkingDay(calendar.previousWorkingDay(tooClose))) {
            tooClose = tooClose.minusDays(1);
        }
        long expert = expert("LICENSED", today.minusYears(10), today.minusYears(6));

        create("REGULAR", null, null, one(day(tooClose)), List.of(expert)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("campaign.too-close"))
                .andExpect(jsonPath("$.title").value(containsString("30 calendar days")));
        LocalDate saturday = today.plusDays(45).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        create("REGULAR", null, null, one(new String[]{saturday.minusDays(1).toString(), saturday.toString()}),
                List.of(expert)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("campaign.exam-day-not-working"));
        LocalDate exam = workingDayFrom(today.plusDays(45));
        create("REGULAR", null, null, one(new String[]{exam.toString(), exam.toString()}), List.of(expert))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("campaign.submission-day-invalid"));
        create("REGULAR", null, null, List.<String[]>of(), List.of(expert)).andExpect(status().isBadRequest());

        LocalDate earliest = workingDayFrom(today.plusDays(30));
        create("REGULAR", null, null, one(day(earliest)), List.of(expert)).andExpect(status().isCreated());
    }

    @Test
    void announcingNotifiesEachExpertAndTheOperator_000_30() throws Exception {
        LocalDate first = workingDayFrom(today.plusDays(35));
        String iin = freshIin();
        long withAccount = expert(iin, "LICENSED", first.minusYears(10), first.minusYears(5));
        long accountId = accounts.register(new ApplicantRegistration(iin, "Сарапшы", "Айдос", null, iin + "@example.kz",
                "+7702" + iin.substring(5), "qazaqstan2026", "qazaqstan2026", "kk"));
        long withoutAccount = expert("CENTRE_EMPLOYEE", first.minusYears(10), first.minusYears(5));
        String created = create("REGULAR", null, null, one(day(first)), List.of(withAccount, withoutAccount))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(post("/api/v1/campaigns/" + id + "/announce").session(cfe).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ANNOUNCED"))
                .andExpect(jsonPath("$.announcedBy").value("cfe-officer"))
                .andExpect(jsonPath("$.participants[?(@.expertId == " + withAccount + ")].notified").value(true))
                .andExpect(jsonPath("$.participants[?(@.expertId == " + withoutAccount + ")].notified").value(false));

        List<String> expertNotices = jdbc.sql("""
                        SELECT template FROM notification_notice WHERE subject_type = 'Campaign' AND subject_id = ?
                        AND recipient_account_id = ?""").params(Long.toString(id), accountId).query(String.class).list();
        assertThat(expertNotices).containsExactly("campaign.expert-called");
        List<String> channels = jdbc.sql("""
                        SELECT d.channel FROM notification_delivery d JOIN notification_notice n ON n.id = d.notice_id
                        WHERE n.subject_type = 'Campaign' AND n.subject_id = ? AND n.recipient_account_id = ?""")
                .params(Long.toString(id), accountId).query(String.class).list();
        assertThat(channels).containsExactlyInAnyOrder("CABINET", "SMS", "EMAIL");
        String parameters = jdbc.sql("""
                        SELECT parameters::text FROM notification_notice WHERE subject_type = 'Campaign' AND subject_id = ?
                        AND recipient_account_id = ?""").params(Long.toString(id), accountId).query(String.class).single();
        assertThat(parameters).contains(first.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .contains(calendar.previousWorkingDay(first).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        List<String> operatorNotices = jdbc.sql("""
                        SELECT n.template FROM notification_notice n JOIN identity_account a ON a.id = n.recipient_account_id
                        WHERE n.subject_type = 'Campaign' AND n.subject_id = ? AND a.organisation_id = 'operator'""")
                .param(Long.toString(id)).query(String.class).list();
        assertThat(operatorNotices).isNotEmpty().containsOnly("campaign.operator-informed");
        List<String> audit = jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'Campaign' AND entity_id = ? ORDER BY seq")
                .param(Long.toString(id)).query(String.class).list();
        assertThat(audit).containsExactly("campaign.created", "campaign.announced");

        mvc.perform(post("/api/v1/campaigns/" + id + "/announce").session(cfe).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("campaign.already-announced"));
    }

    @Test
    void anExtraordinaryAttestationNamesWhoDecidedItAndTheBasis_000_31() throws Exception {
        LocalDate first = workingDayFrom(today.plusDays(50));
        long licensed = expert("LICENSED", first.minusYears(8), first.minusYears(2));
        long employee = expert("CENTRE_EMPLOYEE", first.minusYears(8), first.minusYears(2));

        create("EXTRAORDINARY", null, null, one(day(first)), List.of(employee)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("campaign.extraordinary-decision-required"));
        create("EXTRAORDINARY", "CENTRE_HEAD", "complaint about conclusions", one(day(first)), List.of(licensed))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("campaign.wrong-decider"))
                .andExpect(jsonPath("$.title").value(containsString("commission on licensing")));
        create("EXTRAORDINARY", "LICENSING_COMMISSION", "commission decision No. 7", one(day(first)), List.of(licensed))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.decidedBy").value("LICENSING_COMMISSION"))
                .andExpect(jsonPath("$.basis").value("commission decision No. 7"));
        create("EXTRAORDINARY", "CENTRE_HEAD", "order of the head No. 12", one(day(first)), List.of(employee))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.decidedBy").value("CENTRE_HEAD"))
                .andExpect(jsonPath("$.participants[0].expertId").value(employee));
        create("REPEAT", null, null, one(day(first)), List.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("campaign.experts-required"));
        create("REPEAT", null, null, one(day(first)), List.of(employee)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("REPEAT"));
    }

    @Test
    void onlyTheStaffOfTheCentreRunCampaigns_000_30() throws Exception {
        MockHttpSession justice = signIn("officer", "demo-officer-2026");
        mvc.perform(get("/api/v1/campaigns").session(justice).param("lang", "en")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("campaign.centre-only"));
        MockHttpSession applicant = signIn("900315300123", "demo-applicant-2026");
        mvc.perform(get("/api/v1/campaigns").session(applicant)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns/experts").session(cfe).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"iin\": \"123\", \"surname\": \"A\", \"givenName\": \"B\", \"kind\": \"LICENSED\", \"activityStart\": \"2010-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("campaign.expert.iin-invalid"));
    }

    @Test
    void theCentresStaffRunACampaignFromThePages_001_2() throws Exception {
        LocalDate first = workingDayFrom(today.plusDays(60));
        long expert = expert("LICENSED", first.minusYears(9), first.minusYears(5));

        mvc.perform(get("/staff").session(cfe).param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/office/campaigns\"")));
        mvc.perform(get("/office/campaigns").session(cfe).param("on", first.toString()).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Реестр судебных экспертов")))
                .andExpect(content().string(containsString("expert-" + expert)));
        String location = mvc.perform(post("/office/campaigns").session(cfe).with(csrf())
                        .param("kind", "REGULAR").param("title", "Приказ № 962")
                        .param("examDate", first.toString(), "").param("submissionDate",
                                calendar.previousWorkingDay(first).toString(), "")
                        .param("experts", Long.toString(expert)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/office/campaigns/");
        mvc.perform(post(location + "/announce").session(cfe).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).session(cfe).param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Приказ № 962")))
                .andExpect(content().string(containsString("Жарияланды")));
    }

    private ResultActions create(String kind, String decidedBy, String basis, List<String[]> days, List<Long> experts)
            throws Exception {
        String json = "{\"kind\": \"" + kind + "\", \"title\": \"Campaign " + kind + "\""
                + (decidedBy == null ? "" : ", \"decidedBy\": \"" + decidedBy + "\"")
                + (basis == null ? "" : ", \"basis\": \"" + basis + "\"")
                + ", \"days\": [" + days.stream().map(d -> "{\"submissionDate\": \"" + d[0] + "\", \"examDate\": \"" + d[1] + "\"}")
                .collect(Collectors.joining(", ")) + "]"
                + ", \"experts\": [" + experts.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]}";
        return mvc.perform(post("/api/v1/campaigns").session(cfe).with(csrf()).param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static List<String[]> one(String[] day) {
        List<String[]> days = new ArrayList<>();
        days.add(day);
        return days;
    }

    /** An exam day with the working day before it as the submission day. */
    private String[] day(LocalDate exam) {
        return new String[]{calendar.previousWorkingDay(exam).toString(), exam.toString()};
    }

    /** Seed 001's schedule moved by whole weeks into the future, onto weeks where every day is a working day. */
    private List<String[]> seed001Shifted() {
        LocalDate original = LocalDate.parse(SEED_001[0][1]);
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(original, today.plusDays(31)) + 1;
        while (true) {
            long shift = weeks * 7;
            List<String[]> shifted = new ArrayList<>();
            boolean working = true;
            for (String[] day : SEED_001) {
                LocalDate submission = LocalDate.parse(day[0]).plusDays(shift);
                LocalDate exam = LocalDate.parse(day[1]).plusDays(shift);
                working &= calendar.isWorkingDay(submission) && calendar.isWorkingDay(exam);
                shifted.add(new String[]{submission.toString(), exam.toString()});
            }
            if (working) {
                return shifted;
            }
            weeks++;
        }
    }

    private LocalDate workingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!calendar.isWorkingDay(day) || !calendar.isWorkingDay(calendar.previousWorkingDay(day).plusDays(0))) {
            day = day.plusDays(1);
        }
        return day;
    }

    private long expert(String kind, LocalDate activityStart, LocalDate lastAttestation) throws Exception {
        return expert(freshIin(), kind, activityStart, lastAttestation);
    }

    private long expert(String iin, String kind, LocalDate activityStart, LocalDate lastAttestation) throws Exception {
        String body = mvc.perform(post("/api/v1/campaigns/experts").session(cfe).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"iin\": \"" + iin + "\", \"surname\": \"Эксперт\","
                                + " \"givenName\": \"" + iin.substring(6) + "\", \"kind\": \"" + kind + "\","
                                + " \"activityStart\": \"" + activityStart + "\""
                                + (lastAttestation == null ? "" : ", \"lastAttestation\": \"" + lastAttestation + "\"") + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private static boolean flag(String register, long expertId, String field) {
        List<Boolean> values = JsonPath.read(register, "$[?(@.expert.id == " + expertId + ")]." + field);
        assertThat(values).hasSize(1);
        return values.getFirst();
    }

    private MockHttpSession signIn(String login, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(login).password(password))
                .andReturn().getRequest().getSession(false);
    }

    static String freshIin() {
        return kz.attest.identity.TestIins.fresh();
    }
}
