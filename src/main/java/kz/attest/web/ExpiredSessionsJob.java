package kz.attest.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions from the shared session table once a minute, on one node at a time (ShedLock), instead of
 * Spring Session's own clean-up, which every node would run ({@code spring.session.jdbc.cleanup-cron=-}). Does
 * nothing where sessions are held by the servlet container (the in-JVM tests).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExpiredSessionsJob {

    static final String LOCK = "web-expired-sessions";

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

    @Scheduled(cron = "${attest.web.expired-sessions-cron:0 * * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    public void deleteExpired() {
        sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
    }
}
