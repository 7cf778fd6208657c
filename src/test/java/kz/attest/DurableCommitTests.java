package kz.attest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The out-of-the-box database is durable: a commit the application acknowledges (an answer saved, a decision
 * signed) has reached the disk, so it survives the machine stopping. zonky's embedded server turns this off.
 */
@SpringBootTest
@AutoConfigureMockMvc   // not used here: it makes the class share the suite's one cached context (docs/testing.md)
class DurableCommitTests {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationsDatabaseWaitsForTheWalFlushOfEveryCommit() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
    }
}
