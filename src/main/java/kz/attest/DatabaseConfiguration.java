package kz.attest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The single DataSource: an external PostgreSQL when configured, otherwise the embedded one in the data directory. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(AttestProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("attest");
        config.setMaximumPoolSize(20);
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
