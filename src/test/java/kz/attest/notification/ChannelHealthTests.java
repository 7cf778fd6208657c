package kz.attest.notification;

import kz.attest.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * E-mail and SMS are off until configured (the tests' default): notices for them wait, and the start-up log and the
 * administrator's page say so per channel. Staff see the delivery of every notice of their organisation, whichever
 * module sent it; the administrator sees all.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ChannelHealthTests {

    @Autowired
    ChannelHealth health;
    @Autowired
    Notifications notifications;
    @Autowired
    Accounts accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aChannelThatIsOffWhileNoticesWaitIsWarnedAboutAtStartUp(CapturedOutput log) {
        notice("cfe", Set.of(Channel.EMAIL, Channel.SMS));
        int before = log.getAll().length();

        health.reportAtStartUp();

        ChannelHealth.State email = state(Channel.EMAIL);
        assertThat(email.configured()).isFalse();
        assertThat(email.pending()).isPositive();
        assertThat(email.oldestPending()).isNotNull();
        assertThat(email.warning()).isTrue();
        assertThat(state(Channel.SMS).warning()).isTrue();
        assertThat(state(Channel.CABINET).configured()).isTrue();
        assertThat(state(Channel.CABINET).warning()).isFalse();
        String logged = log.getAll().substring(before);
        assertThat(logged).containsPattern("WARN.*Notification channel EMAIL is OFF.*deliveries wait")
                .containsPattern("WARN.*Notification channel SMS is OFF");
    }

    @Test
    void theAdministratorSeesEachChannelAndTheWarning() throws Exception {
        notice("cfe", Set.of(Channel.EMAIL));
        mvc.perform(get("/admin/notifications").with(as("admin")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"warning-EMAIL\"")))
                .andExpect(content().string(containsString("id=\"channel-SMS\" data-configured=\"false\"")))
                .andExpect(content().string(containsString("id=\"channel-CABINET\" data-configured=\"true\"")));
        mvc.perform(get("/admin/notifications").with(as("officer"))).andExpect(status().isForbidden());
    }

    @Test
    void staffSeeTheDeliveriesOfTheirOrganisationsNoticesAndTheAdministratorAll() throws Exception {
        long ours = notice("dj-almaty", Set.of(Channel.EMAIL));
        long theirs = notice("cfe", Set.of(Channel.EMAIL));

        mvc.perform(get("/staff/deliveries").with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-notice=\"" + ours + "\"")))
                .andExpect(content().string(not(containsString("data-notice=\"" + theirs + "\""))));
        mvc.perform(get("/staff/deliveries").with(as("cfe-officer")).param("status", "PENDING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-notice=\"" + theirs + "\"")))
                .andExpect(content().string(not(containsString("data-notice=\"" + ours + "\""))));
        mvc.perform(get("/staff/deliveries").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-notice=\"" + ours + "\"")))
                .andExpect(content().string(containsString("data-notice=\"" + theirs + "\"")));
    }

    @Test
    void applicantsMayNotAndAnUnknownStatusIsABadRequest() throws Exception {
        mvc.perform(get("/staff/deliveries").with(as("900315300123"))).andExpect(status().isForbidden());
        mvc.perform(get("/staff/deliveries").with(as("officer")).param("status", "LOST"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNoticeNamingAProviderCarriesItsOrganisation() {
        assertThat(new Notice(1, "t", Map.of("provider", "cfe"), Set.of(), "A", "1").organisationId()).isEqualTo("cfe");
        assertThat(new Notice(1, "t", Map.of(), Set.of(), "A", "1").organisationId()).isNull();
    }

    private ChannelHealth.State state(Channel channel) {
        return health.states().stream().filter(s -> s.channel() == channel).findFirst().orElseThrow();
    }

    private long notice(String organisation, Set<Channel> channels) {
        long applicant = accounts.findByLoginName("900315300123").orElseThrow().accountId();
        return new TransactionTemplate(transactions).execute(status -> notifications.notify(new Notice(applicant,
                "generic.status-changed", Map.of("subject", "health check " + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 10000), "status", "x"), channels,
                "HealthTest", UUID.randomUUID().toString(), organisation)));
    }

    private RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }
}
