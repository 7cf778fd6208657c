package kz.attest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
            stopOrphan(dataDirectory);
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

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running without an owner, and that server would refuse the next
     * start on the same directory (issue 12, {@code bench/crash-test.sh}). A live owner holds zonky's lock file; when
     * nobody does and {@code postmaster.pid} names a live {@code postgres}, that server is an orphan: it gets a smart
     * shutdown (its clients died with their JVM) and the start goes on as after a clean stop.
     */
    private static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // a live owner: zonky refuses the start as before
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.getFirst().strip()));
            if (postmaster.isEmpty() || !postmaster.get().isAlive()
                    || !postmaster.get().info().command().map(c -> c.endsWith("/postgres")).orElse(false)) {
                return; // a stale file: PostgreSQL itself ignores it
            }
            log.warn("Stopping the embedded PostgreSQL (pid {}) left running in {} by a process that ended without "
                    + "stopping it", postmaster.get().pid(), dataDirectory);
            postmaster.get().destroy();
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (NumberFormatException | OverlappingFileLockException e) {
            log.debug("No orphaned PostgreSQL check in {}: {}", dataDirectory, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("The orphaned PostgreSQL in {} did not stop within 60 s", dataDirectory);
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
