package kz.attest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts, once per data directory and JVM, the embedded PostgreSQL server of the out-of-the-box run and the tests.
 * Every Spring context of a test run shares one server through a lease; the server stops when the last lease is
 * returned, i.e. after the last context has closed (so no context loses its database while shutting down).
 * PostgreSQL refuses to run as root; zonky then starts it in a user namespace with {@code unshare -U}.
 * Durable by default: {@code synchronous_commit=on} and {@code fsync=on} (zonky's own defaults are {@code off}), so a
 * commit is acknowledged only once its WAL is flushed to disk, as on a production server.
 */
final class EmbeddedPostgresServers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private EmbeddedPostgresServers() {
    }

    /** A share of the server whose cluster lives in {@code dataDirectory}, starting it if needed. */
    static synchronized Lease lease(Path dataDirectory) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        Running running = RUNNING.computeIfAbsent(key, dir -> new Running(start(dir)));
        running.leases++;
        return new Lease(key, running.server);
    }

    private static synchronized void release(Path key) {
        Running running = RUNNING.get(key);
        if (running == null || --running.leases > 0) {
            return;
        }
        RUNNING.remove(key);
        try {
            running.server.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}", key, e);
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
            log.info("Starting embedded PostgreSQL in {} ({})", dataDirectory, fresh ? "new cluster" : "existing cluster");
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    // zonky turns both off (a throw-away test database's defaults: it passes -F, i.e. fsync=off);
                    // an acknowledged answer must survive a crash, so both are on; -c options come after -F and win
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static final class Running {
        final EmbeddedPostgres server;
        int leases;

        Running(EmbeddedPostgres server) {
            this.server = server;
        }
    }

    /** One holder's share of a running server; closing it returns the share. */
    record Lease(Path key, EmbeddedPostgres server) implements AutoCloseable {
        @Override
        public void close() {
            release(key);
        }
    }
}
