package kz.attest.identity;

import kz.attest.web.SupportedLocales;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Repeated failed sign-ins lock an account for a while; a success clears the count. */
class AccountLockoutTests {

    static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));
    static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");

    Account account = new Account(1L, null, "officer", "Бекова", "Айгүл", null, null, null, "{noop}x", "dj-almaty",
            Set.of(Role.PROVIDER_OFFICER), NOW, SupportedLocales.RUSSIAN, 0, null);

    @Test
    void theFifthConsecutiveFailureLocksForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(account.recordFailedSignIn(NOW, POLICY)).isEqualTo(Account.SignInChange.FAILED);
        }
        assertThat(account.recordFailedSignIn(NOW, POLICY)).isEqualTo(Account.SignInChange.LOCKED);
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(NOW, POLICY);
        }
        account.recordSuccessfulSignIn(NOW);
        assertThat(account.failedSignIns()).isZero();
        assertThat(account.recordFailedSignIn(NOW, POLICY)).isEqualTo(Account.SignInChange.FAILED);
    }

    @Test
    void attemptsWhileLockedDoNotCount() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOW, POLICY);
        }
        assertThat(account.recordFailedSignIn(NOW.plusSeconds(60), POLICY)).isEqualTo(Account.SignInChange.NONE);
        assertThat(account.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theFirstSignInAfterTheLockEndsRecordsTheUnlock() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOW, POLICY);
        }
        assertThat(account.recordSuccessfulSignIn(NOW.plus(Duration.ofMinutes(16))))
                .isEqualTo(Account.SignInChange.UNLOCKED);
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void aLanguageSwitchIsRememberedOnlyWhenItChanges() {
        assertThat(account.switchLanguage(SupportedLocales.RUSSIAN)).isFalse();
        assertThat(account.switchLanguage(SupportedLocales.KAZAKH)).isTrue();
        assertThat(account.language()).isEqualTo(SupportedLocales.KAZAKH);
    }
}
