package kz.attest.web;

import kz.attest.testing.WithMockMvc;
import kz.attest.audit.AuditEntry;
import kz.attest.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.RequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 13, "Audit": every refused request that touches a person's data is in the audit chain — who (or anonymous),
 * the method and path template, the target and the reason — whichever layer refused it (URL rules, method security,
 * per-organisation scoping), in its own transaction; refusals on public pages, static files and unknown addresses
 * are not, and the chain still verifies.
 */
class RefusedRequestAuditTests extends WithMockMvc {

    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog auditLog;

    @Test
    void anotherOrganisationsOfficerRefusedOnAnApplicationIsInTheChain() throws Exception {
        long application = OrganisationRows.application(jdbc, Endpoints.ORGANISATION);
        long seq = head();
        int status = call(get("/api/v1/applications/{id}", application).with(user(users.loadUserByUsername("cfe-officer"))));
        assertThat(status).isEqualTo(403);
        List<AuditEntry> refused = refusedSince(seq);
        assertThat(refused).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("cfe-officer");
            assertThat(e.entityId()).isEqualTo("id=" + application);
            assertThat(e.summary()).isEqualTo("GET /api/v1/applications/{id} → 403 identity.not-your-organisation");
        });

        seq = head();
        assertThat(call(get("/office/applications/{id}", application)
                .with(user(users.loadUserByUsername("cfe-officer"))))).isEqualTo(403);
        assertThat(refusedSince(seq)).singleElement().satisfies(e ->
                assertThat(e.summary()).isEqualTo("GET /office/applications/{id} → 403 identity.not-your-organisation"));
    }

    @Test
    void aRoleTheUrlRulesOrMethodSecurityRefuseIsInTheChain() throws Exception {
        long seq = head();
        assertThat(call(get("/api/v1/office/applications").with(user(users.loadUserByUsername(OrganisationRows.APPLICANT)))))
                .isEqualTo(403);
        assertThat(refusedSince(seq)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(OrganisationRows.APPLICANT);
            assertThat(e.entityId()).isNull();
            assertThat(e.summary()).isEqualTo("GET /api/v1/office/applications → 403 access-denied");
        });
    }

    @Test
    void anAnonymousRequestForAPersonsDataIsInTheChainAsAnonymous() throws Exception {
        long application = OrganisationRows.application(jdbc, Endpoints.ORGANISATION);
        long seq = head();
        assertThat(call(get("/api/v1/applications/{id}", application).with(anonymous()))).isEqualTo(401);
        assertThat(call(get("/applications/{id}", application).accept(org.springframework.http.MediaType.TEXT_HTML)
                .with(anonymous()))).isEqualTo(302);
        assertThat(call(post("/api/v1/applications/{id}/admit", application).with(anonymous()).with(csrf()))).isEqualTo(401);
        assertThat(refusedSince(seq)).extracting(AuditEntry::actor, AuditEntry::entityId, AuditEntry::summary).containsExactly(
                org.assertj.core.groups.Tuple.tuple("anonymous", "id=" + application, "GET /api/v1/applications/{id} → 401 sign-in-required"),
                org.assertj.core.groups.Tuple.tuple("anonymous", "id=" + application, "GET /applications/{id} → 401 sign-in-required"),
                org.assertj.core.groups.Tuple.tuple("anonymous", "id=" + application, "POST /api/v1/applications/{id}/admit → 401 sign-in-required"));
    }

    @Test
    void hostileIdentifiersAreStoredCleanedAndShortened() throws Exception {
        long seq = head();
        assertThat(call(get("/applications/{id}", "x\u202Ey" + "Ж".repeat(300)).with(user(users.loadUserByUsername("cfe-officer")))))
                .isEqualTo(404);
        assertThat(refusedSince(seq)).singleElement().satisfies(e -> {
            assertThat(e.entityId()).startsWith("id=xyЖЖ").hasSizeLessThan(80).doesNotContain("\u202E");
            assertThat(e.summary()).isEqualTo("GET /applications/{id} → 404 malformed-identifier");
        });
    }

    @Test
    void publicPagesStaticFilesAndUnknownAddressesAreNotInTheChain() throws Exception {
        long seq = head();
        call(get("/licences/verify/{number}", "NO-SUCH-LICENCE").with(anonymous()));
        call(get("/api/v1/public/licences/{number}", "NO-SUCH-LICENCE").with(anonymous()));
        call(get("/services/{code}", "NO_SUCH_SERVICE").with(anonymous()));
        call(get("/css/no-such-file.css").with(anonymous()));
        call(get("/js/no-such-file.js").with(anonymous()));
        call(get("/no/such/applications/page").with(anonymous()));
        call(get("/services").with(anonymous()));
        call(post("/api/v1/applications/1/admit").with(user(users.loadUserByUsername("officer"))));   // CSRF refusal
        assertThat(refusedSince(seq)).isEmpty();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aRefusalIsRecordedInItsOwnTransactionEvenWhenTheCallersRollsBack() throws Exception {
        long seq = head();
        Integer status = transactions.execute(tx -> {
            tx.setRollbackOnly();
            long application = OrganisationRows.application(jdbc, Endpoints.ORGANISATION);
            try {
                return call(get("/api/v1/applications/{id}/requirements", application)
                        .with(user(users.loadUserByUsername("cfe-officer"))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(status).isEqualTo(403);
        assertThat(refusedSince(seq)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("cfe-officer");
            assertThat(e.summary()).startsWith("GET /api/v1/applications/{id}/requirements → 403");
        });
    }

    @Test
    void theChainStillVerifiesAfterRefusals() throws Exception {
        call(get("/api/v1/applications/{id}", 2147480001L).with(anonymous()));
        assertThat(auditLog.verify().intact()).isTrue();
    }

    private int call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long head() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").query(Long.class).single();
    }

    private List<AuditEntry> refusedSince(long seq) {
        return auditLog.latest(500).stream().filter(e -> e.seq() > seq && e.action().equals("access.refused"))
                .sorted(java.util.Comparator.comparingLong(AuditEntry::seq)).toList();
    }
}
