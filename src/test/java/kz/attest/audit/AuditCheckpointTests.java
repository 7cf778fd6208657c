package kz.attest.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signed checkpoints anchor the chain: someone with database rights who deletes the tail, recomputes the chain after
 * changing a row, or changes a checkpoint is found, each at its place. Every tampering runs in a transaction that is
 * rolled back (it holds the chain's lock meanwhile), so the shared database stays intact for the other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditCheckpointTests {

    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;

    @Test
    void aCheckpointSignsTheHeadAndTheChainStaysIntact() {
        auditLog.record("tester", "test.before-checkpoint", "Thing", "10", "one");
        long id = auditLog.checkpoint("tester", false).orElseThrow();

        ChainVerification verification = auditLog.verify();

        assertThat(verification.intact()).isTrue();
        CheckpointView latest = auditLog.latestCheckpoints(1).getFirst();
        assertThat(latest.id()).isEqualTo(id);
        assertThat(verification.anchoredSeq()).isGreaterThanOrEqualTo(latest.seq());
        assertThat(auditLog.history(AuditLog.CHECKPOINT_ENTITY, Long.toString(id))).hasSize(1);
    }

    @Test
    void theScheduledJobSkipsAnUnchangedHead() {
        tamperAndRollBack(status -> {   // the transaction holds the chain's lock: nobody appends in between
            auditLog.record("tester", "test.something-new", "Thing", "13", "new");
            assertThat(auditLog.checkpoint("system", true)).isPresent();
            assertThat(auditLog.checkpoint("system", true)).as("nothing new since the last checkpoint").isEmpty();
        });
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteACheckpoint() {
        long id = auditLog.checkpoint("tester", false).orElseThrow();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_checkpoint SET seq = 1 WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_checkpoint WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void aDeletedTailIsFoundAtItsFirstMissingEntry() {
        tamperAndRollBack(status -> {
            auditLog.record("tester", "test.tail-1", "Thing", "11", "will be deleted");
            long id = auditLog.checkpoint("tester", false).orElseThrow();
            long head = auditLog.latestCheckpoints(1).getFirst().seq();
            disableTriggers();
            jdbc.sql("DELETE FROM audit_entry WHERE seq >= ?").param(head - 1).update();

            ChainVerification verification = auditLog.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.reason()).isEqualTo("audit.verify.tail-missing");
            assertThat(verification.firstBrokenSeq()).isEqualTo(head - 1);
            assertThat(verification.checkpointId()).isEqualTo(id);
            try {
                mvc.perform(get("/api/v1/audit/verify"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.reason").value("audit.verify.tail-missing"))
                        .andExpect(jsonPath("$.firstBrokenSeq").value(head - 1))
                        .andExpect(jsonPath("$.checkpointId").value(id));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aChainRecomputedAfterAChangedRowIsFoundAtTheCheckpointedEntry() {
        tamperAndRollBack(status -> {
            AuditEntry victim = auditLog.record("tester", "test.payment", "Thing", "12", "amount=100");
            auditLog.record("tester", "test.after-payment", "Thing", "12", "later");
            long id = auditLog.checkpoint("tester", false).orElseThrow();
            long checkpointed = auditLog.latestCheckpoints(1).getFirst().seq();
            auditLog.record("tester", "test.after-checkpoint", "Thing", "12", "even later");
            disableTriggers();
            rewriteFrom(victim.seq(), "amount=1");
            assertThat(chainAloneIsConsistent()).as("the plain hash chain no longer sees the change").isTrue();

            ChainVerification verification = auditLog.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.reason()).isEqualTo("audit.verify.rewritten");
            assertThat(verification.firstBrokenSeq()).isEqualTo(checkpointed);
            assertThat(verification.checkpointId()).isEqualTo(id);
        });
    }

    @Test
    void aChangedCheckpointIsFoundByItsId() {
        tamperAndRollBack(status -> {
            long id = auditLog.checkpoint("tester", false).orElseThrow();
            disableTriggers();
            jdbc.sql("UPDATE audit_checkpoint SET hash = ? WHERE id = ?").params("f".repeat(64), id).update();

            ChainVerification verification = auditLog.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.reason()).isEqualTo("audit.verify.checkpoint-altered");
            assertThat(verification.checkpointId()).isEqualTo(id);
        });
        tamperAndRollBack(status -> {
            long id = auditLog.checkpoint("tester", false).orElseThrow();
            disableTriggers();
            // flip every bit of one byte inside the signature value: overwriting it with a constant left it
            // unchanged when it already held that constant (one run in 256 failed so)
            jdbc.sql("""
                    UPDATE audit_checkpoint
                    SET signed = set_byte(signed, length(signed) - 10, get_byte(signed, length(signed) - 10) # 255)
                    WHERE id = ?""").param(id).update();

            ChainVerification verification = auditLog.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.reason()).isEqualTo("audit.verify.checkpoint-signature");
            assertThat(verification.checkpointId()).isEqualTo(id);
        });
    }

    @Test
    void aDeletedCheckpointIsFoundAtTheNextOne() {
        tamperAndRollBack(status -> {
            long first = auditLog.checkpoint("tester", false).orElseThrow();
            long second = auditLog.checkpoint("tester", false).orElseThrow();
            disableTriggers();
            jdbc.sql("DELETE FROM audit_checkpoint WHERE id = ?").param(first).update();

            ChainVerification verification = auditLog.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.reason()).isEqualTo("audit.verify.checkpoint-missing");
            assertThat(verification.checkpointId()).isEqualTo(second);
        });
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void theAuditorTakesACheckpointAndSeesIt() throws Exception {
        mvc.perform(post("/audit/checkpoints").with(csrf())).andExpect(status().is3xxRedirection());
        CheckpointView latest = auditLog.latestCheckpoints(1).getFirst();
        assertThat(latest.takenBy()).isEqualTo("auditor");
        mvc.perform(get("/audit")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(latest.hash())));
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void theAuditorDownloadsTheTrailWithItsCheckpoints() throws Exception {
        long id = auditLog.checkpoint("auditor", false).orElseThrow();
        var started = mvc.perform(get("/api/v1/audit/export"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
                .andReturn();
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(body).startsWith("{\"format\":\"" + AuditTrailFile.FORMAT + "\"")
                .contains("{\"type\":\"checkpoint\",\"id\":" + id + ",")
                .contains("{\"type\":\"entry\",\"seq\":1,");
    }

    @Test
    @WithMockUser(username = "officer", roles = "PROVIDER_OFFICER")
    void othersMayNotTakeACheckpoint() throws Exception {
        mvc.perform(post("/audit/checkpoints").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/export")).andExpect(status().isForbidden());
    }

    private void tamperAndRollBack(Consumer<Object> tampering) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                tampering.accept(status);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private void disableTriggers() {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        jdbc.sql("ALTER TABLE audit_checkpoint DISABLE TRIGGER audit_checkpoint_no_update").update();
    }

    /** What an attacker with database rights does: change a row, then recompute every later hash and link. */
    private void rewriteFrom(long seq, String summary) {
        jdbc.sql("UPDATE audit_entry SET summary = ? WHERE seq = ?").params(summary, seq).update();
        String prev = jdbc.sql("SELECT hash FROM audit_entry WHERE seq = ?").param(seq - 1).query(String.class).single();
        List<AuditEntry> rest = jdbc.sql("""
                        SELECT seq, recorded_at, actor, action, entity_type, entity_id, summary, prev_hash, hash
                        FROM audit_entry WHERE seq >= ? ORDER BY seq""").param(seq)
                .query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getString("summary"), rs.getString("prev_hash"),
                        rs.getString("hash"))).list();
        for (AuditEntry entry : rest) {
            AuditEntry relinked = new AuditEntry(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(),
                    entry.entityType(), entry.entityId(), entry.summary(), prev, null);
            String hash = relinked.computeHash();
            jdbc.sql("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?").params(prev, hash, entry.seq())
                    .update();
            prev = hash;
        }
    }

    private boolean chainAloneIsConsistent() {
        ChainWalk walk = new ChainWalk(List.of(), null);
        jdbc.sql("""
                        SELECT seq, recorded_at, actor, action, entity_type, entity_id, summary, prev_hash, hash
                        FROM audit_entry ORDER BY seq""")
                .query((rs, n) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getString("entity_id"), rs.getString("summary"), rs.getString("prev_hash"),
                        rs.getString("hash"))).list().forEach(walk::accept);
        return walk.result().intact();
    }
}
