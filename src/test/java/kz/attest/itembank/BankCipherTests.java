package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM at rest: fresh IVs, the owner's id bound in, keys kept across rotations and restarts. */
class BankCipherTests {

    @TempDir
    Path dir;

    @Test
    void aValueDecryptsOnlyForItsOwner() {
        BankCipher cipher = new BankCipher(BankKeys.keystore(dir.resolve("bank.keystore"), "pw"));
        UUID owner = UUID.randomUUID();
        byte[] plain = "Азаматтық кодекс".getBytes(StandardCharsets.UTF_8);
        BankCipher.Sealed once = cipher.seal(owner, plain);
        BankCipher.Sealed twice = cipher.seal(owner, plain);
        assertThat(once.bytes()).isNotEqualTo(twice.bytes());
        assertThat(cipher.open(owner, once)).isEqualTo(plain);
        assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), once)).isInstanceOf(IllegalStateException.class);
        byte[] tampered = once.bytes().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(owner, new BankCipher.Sealed(once.keyId(), tampered)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeystoreKeepsEveryKeyAndTheNewestIsActive() {
        Path file = dir.resolve("bank.keystore");
        BankKeys keys = BankKeys.keystore(file, "pw");
        BankCipher cipher = new BankCipher(keys);
        UUID owner = UUID.randomUUID();
        BankCipher.Sealed old = cipher.seal(owner, new byte[]{1, 2, 3});
        String added = keys.addKey();
        assertThat(added).isEqualTo("bank-2").isNotEqualTo(old.keyId());
        BankKeys reopened = BankKeys.keystore(file, "pw");
        assertThat(reopened.activeId()).isEqualTo("bank-2");
        assertThat(new BankCipher(reopened).open(owner, old)).containsExactly(1, 2, 3);
    }

    @Test
    void aConfiguredKeyIsUsedAndCannotBeRotatedHere() {
        BankKeys keys = BankKeys.configured(Base64.getEncoder().encodeToString(new byte[32]));
        assertThat(keys.activeId()).startsWith("cfg-");
        assertThatThrownBy(keys::addKey).hasMessage("itembank.key.rotation-configured");
        assertThatThrownBy(() -> BankKeys.configured("c2hvcnQ=")).isInstanceOf(IllegalStateException.class);
    }
}
