package kz.attest.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log is append-only and hash-chained; tampering with a stored row is found by verification. */
@SpringBootTest
@AutoConfigureMockMvc   // not used here: it makes the class share the suite's one cached context (docs/testing.md)
class AuditChainTests {

    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEntryLinksToThePreviousOne() {
        // other modules' background jobs may append between the two; each entry links to whichever came before it
        AuditEntry first = auditLog.record("tester", "test.first", "Thing", "1", "created");
        AuditEntry second = auditLog.record("tester", "test.second", "Thing", "1", "changed");
        assertThat(second.seq()).isGreaterThan(first.seq());
        assertThat(second.prevHash()).isEqualTo(hashOf(second.seq() - 1));
        assertThat(hashOf(first.seq())).isEqualTo(first.hash());
        assertThat(auditLog.verify().intact()).isTrue();
    }

    private String hashOf(long seq) {
        return jdbc.sql("SELECT hash FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
    }

    @Test
    void theDatabaseRefusesToUpdateAnEntry() {
        AuditEntry entry = auditLog.record("tester", "test.locked", "Thing", "2", "original");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET summary = 'x' WHERE seq = ?").param(entry.seq()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void verificationFindsARowAlteredWithSql() {
        AuditEntry victim = auditLog.record("tester", "test.victim", "Thing", "3", "amount=100");
        auditLog.record("tester", "test.after", "Thing", "3", "later");
        try {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
            jdbc.sql("UPDATE audit_entry SET summary = 'amount=1' WHERE seq = ?").param(victim.seq()).update();

            ChainVerification verification = auditLog.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(victim.seq());
            assertThat(verification.reason()).isEqualTo("audit.verify.altered-entry");
        } finally {
            jdbc.sql("UPDATE audit_entry SET summary = 'amount=100' WHERE seq = ?").param(victim.seq()).update();
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        }
        assertThat(auditLog.verify().intact()).isTrue();
    }
}
