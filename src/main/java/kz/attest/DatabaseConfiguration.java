package kz.attest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The single DataSource: an external PostgreSQL when configured, otherwise the embedded one in the data directory. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(AttestProperties properties,
                                @Value("${attest.db.pool-size:20}") int poolSize,
                                @Value("${attest.db.pool-min-idle:-1}") int minimumIdle) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("attest");
        config.setMaximumPoolSize(poolSize);
        if (minimumIdle >= 0 && minimumIdle < poolSize) {
            // connections above the minimum are closed after 30 s unused (the test suite's cached contexts)
            config.setMinimumIdle(minimumIdle);
            config.setIdleTimeout(Duration.ofSeconds(30).toMillis());
        }
        if (properties.db().external()) {
            log.info("Using the external PostgreSQL at {}", properties.db().url());
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
        } else {
            EmbeddedPostgresServers.Lease lease = EmbeddedPostgresServers.lease(properties.dataDir().resolve("pgdata"));
            config.setJdbcUrl(lease.server().getJdbcUrl("postgres", "postgres"));
            return new HikariDataSource(config) {
                @Override
                public void close() {
                    super.close();
                    lease.close();
                }
            };
        }
        return new HikariDataSource(config);
    }
}
