package kz.attest.itembank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the question bank ({@code attest.itembank.*}).
 *
 * @param key              a Base64 AES key (16, 24 or 32 bytes) given from outside (e.g. a secret store); when set, the
 *                         keystore is not used and the key is rotated by whoever supplies it, not by {@code rotateKey()}
 * @param keystorePassword password of {@code <data-dir>/itembank/bank.keystore}; change it in production
 */
@ConfigurationProperties("attest.itembank")
record ItemBankProperties(String key, @DefaultValue("attest-itembank-development") String keystorePassword) {

    boolean keyConfigured() {
        return key != null && !key.isBlank();
    }
}
