package kz.attest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Platform-wide settings. Environment variables map by Spring's relaxed binding:
 * {@code ATTEST_DATA_DIR}, {@code ATTEST_DB_URL}, {@code ATTEST_DB_USER}, {@code ATTEST_DB_PASSWORD}, {@code ATTEST_DEMO_DATA}.
 *
 * @param dataDir  where the embedded database, keys and the demonstration CA live
 * @param db       an external PostgreSQL server; when its URL is blank the embedded server starts
 * @param demoData load demonstration data on the first start; by default only on the embedded database
 */
@ConfigurationProperties("attest")
public record AttestProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Db db, Boolean demoData) {

    /** Connection to an external PostgreSQL server. */
    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public boolean loadDemoData() {
        return demoData != null ? demoData : !db.external();
    }
}
