package kz.attest.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the identity module ({@code attest.identity.*}).
 *
 * @param maxFailedSignIns consecutive failed sign-ins that lock an account
 * @param lockDuration     how long a locked account stays locked
 */
@ConfigurationProperties("attest.identity")
record IdentityProperties(@DefaultValue("5") int maxFailedSignIns, @DefaultValue("15m") Duration lockDuration) {

    LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxFailedSignIns, lockDuration);
    }
}
