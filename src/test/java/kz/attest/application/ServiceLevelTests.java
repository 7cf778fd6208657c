package kz.attest.application;

import kz.attest.testing.SignedIn;
import com.jayway.jsonpath.JsonPath;
import kz.attest.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The heads' SLA view and the overdue-step job (issue 3, "Heads see an SLA view"; deadlines of seed 000 ¶4–¶5). The
 * job is called directly with a fixed day, never waited for.
 */
class ServiceLevelTests extends ApplicantAndOfficer {

    @Autowired
    ServiceLevels serviceLevels;
    @Autowired
    OverdueStepsJob job;
    @Autowired
    UserDetailsService users;

    @Test
    void anOverdueStepIsFlaggedAuditedAndToldToTheHeadOnce_000_4() throws Exception {
        long id = applicant.submitted();
        LocalDate due = pendingDue(id);
        String key = id + "/REGISTER/" + due;

        job.runFor(due);   // the last day itself is not overdue
        assertThat(flags(id)).isZero();

        assertThat(job.runFor(due.plusDays(1))).isPresent();
        assertThat(flags(id)).isEqualTo(1);
        job.runFor(due.plusDays(2));
        serviceLevels.flagOverdue(due.plusDays(3));
        assertThat(flags(id)).isEqualTo(1);
        assertThat(audits(key)).isEqualTo(1);
        int heads = accounts.staffWithRole("dj-almaty", Role.PROVIDER_HEAD).size();
        assertThat(heads).isPositive();
        assertThat(notices(key)).isEqualTo(heads);

        // once registered, the next step (completeness, ¶5) has its own deadline and is flagged on its own
        mvc.perform(post("/api/v1/applications/" + id + "/register").session(officer).with(csrf()))
                .andExpect(status().isOk());
        LocalDate completenessDue = pendingDue(id);
        serviceLevels.flagOverdue(completenessDue.plusDays(1));
        assertThat(flags(id)).isEqualTo(2);
        assertThat(notices(id + "/COMPLETENESS_CHECK/" + completenessDue)).isEqualTo(heads);
    }

    @Test
    void admittedListSentWithinOneWorkingDay_000_9() throws Exception {
        long id = applicant.submitted();
        ApplicationFixtures.readyForAdmission(mvc, officer, id);
        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf()))
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.pendingStep").value("ADMITTED_LIST_TO_OPERATOR"));
        LocalDate due = pendingDue(id);

        // a catalogue step like the others: in the officers' queue and the head's SLA view
        mvc.perform(get("/api/v1/office/applications").session(officer))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].pendingStep").value("ADMITTED_LIST_TO_OPERATOR"));
        mvc.perform(get("/api/v1/office/sla").session(ApplicationFixtures.signIn(mvc, "head", "demo-head-2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ADMITTED_LIST_TO_OPERATOR")));
        // the overdue job flags it the working day after its last day, once
        job.runFor(due);
        assertThat(flags(id)).isZero();
        job.runFor(due.plusDays(1));
        assertThat(flags(id)).isEqualTo(1);
        assertThat(audits(id + "/ADMITTED_LIST_TO_OPERATOR/" + due)).isEqualTo(1);

        // sending the list closes the step: it leaves the queue and is flagged no more
        mvc.perform(get("/api/v1/admitted/export").param("service", "ADVOCATE_ATTESTATION").session(officer))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/office/applications").session(officer))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/applications/" + id).session(officer))
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.history[-1].deadlineHad").value(due.toString()));
        job.runFor(due.plusDays(5));
        assertThat(flags(id)).isEqualTo(1);
    }

    @Test
    void twoConcurrentRunsFlagAStepOnce() throws Exception {
        long id = applicant.submitted();
        LocalDate overdueOn = pendingDue(id).plusDays(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Object>> runs = List.of(
                    () -> { start.await(); return job.runFor(overdueOn); },
                    () -> { start.await(); return job.runFor(overdueOn); },
                    () -> { start.await(); return serviceLevels.flagOverdue(overdueOn); },   // past the lock
                    () -> { start.await(); return serviceLevels.flagOverdue(overdueOn); });
            List<Future<Object>> results = runs.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Object> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        String key = id + "/REGISTER/" + pendingDue(id);
        // the job ran under ShedLock's lock in the shared database
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = ?").param(OverdueStepsJob.LOCK + "-manual")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(flags(id)).isEqualTo(1);
        assertThat(audits(key)).isEqualTo(1);
        assertThat(notices(key)).isEqualTo(accounts.staffWithRole("dj-almaty", Role.PROVIDER_HEAD).size());
    }

    @Test
    void theHeadSeesOpenStepsPerOfficerDueTodayAndOverdue() throws Exception {
        long taken = applicant.submitted();
        mvc.perform(post("/api/v1/applications/" + taken + "/register").session(officer).with(csrf()))
                .andExpect(status().isOk());
        long untaken = ApplicationFixtures.applicant(mvc, accounts, ca).submitted();
        LocalDate takenDue = pendingDue(taken);
        LocalDate untakenDue = pendingDue(untaken);

        SlaView onUntakenDue = SignedIn.as(users, "head", () -> serviceLevels.view(untakenDue));
        assertThat(onUntakenDue.organisation()).isEqualTo("dj-almaty");
        SlaStep untakenStep = step(onUntakenDue, untaken);
        assertThat(untakenStep.officer()).isNull();
        assertThat(untakenStep.dueToday()).isTrue();
        assertThat(untakenStep.overdue()).isFalse();

        LocalDate later = (takenDue.isAfter(untakenDue) ? takenDue : untakenDue).plusDays(1);
        SlaView afterBoth = SignedIn.as(users, "head", () -> serviceLevels.view(later));
        SlaStep takenStep = step(afterBoth, taken);
        assertThat(takenStep.officer()).isEqualTo("officer");
        assertThat(takenStep.step()).hasToString("COMPLETENESS_CHECK");
        assertThat(takenStep.overdue()).isTrue();
        assertThat(step(afterBoth, untaken).overdue()).isTrue();
        SlaView.OfficerLoad officerLoad = afterBoth.officers().stream().filter(o -> "officer".equals(o.officer()))
                .findFirst().orElseThrow();
        assertThat(officerLoad.overdue()).isPositive();
        assertThat(officerLoad.open()).isGreaterThanOrEqualTo(officerLoad.overdue());

        MockHttpSession head = ApplicationFixtures.signIn(mvc, "head", "demo-head-2026");
        mvc.perform(get("/office/sla").param("lang", "en").session(head))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Service levels")))
                .andExpect(content().string(containsString("/office/applications/" + taken)));
        mvc.perform(get("/api/v1/office/sla").session(head))
                .andExpect(status().isOk()).andExpect(jsonPath("$.organisation").value("dj-almaty"));
        mvc.perform(get("/office/sla").session(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/office/sla").session(officer)).andExpect(status().isForbidden());
    }

    private LocalDate pendingDue(long id) throws Exception {
        String body = mvc.perform(get("/api/v1/applications/" + id).session(applicant.session))
                .andReturn().getResponse().getContentAsString();
        if (!body.contains("\"pendingDue\"")) {
            body = mvc.perform(get("/api/v1/applications/" + id).session(officer)).andReturn().getResponse()
                    .getContentAsString();
        }
        return LocalDate.parse(JsonPath.read(body, "$.pendingDue"));
    }

    private static SlaStep step(SlaView view, long applicationId) {
        return view.steps().stream().filter(s -> s.applicationId() == applicationId).findFirst().orElseThrow();
    }

    private int flags(long applicationId) {
        return jdbc.sql("SELECT count(*) FROM application_overdue_flag WHERE application_id = ?")
                .param(applicationId).query(Integer.class).single();
    }

    private int audits(String key) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'ApplicationStep' AND entity_id = ?")
                .param(key).query(Integer.class).single();
    }

    private int notices(String key) {
        return jdbc.sql("""
                        SELECT count(*) FROM notification_notice
                        WHERE subject_type = 'ApplicationStep' AND subject_id = ? AND template = 'application.step-overdue'""")
                .param(key).query(Integer.class).single();
    }
}
