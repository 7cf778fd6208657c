package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Two processes on one data directory: a key rotated by one is found by the other when its rows need it (¶14). */
class BankKeysReloadTests {

    @TempDir
    Path directory;

    @Test
    void aKeyRotatedByAnotherProcessIsReadFromTheKeystore_000_14() {
        Path file = directory.resolve("bank.keystore");
        BankKeys first = BankKeys.keystore(file, "secret");
        BankKeys second = BankKeys.keystore(file, "secret");
        String rotated = first.addKey();

        assertThat(rotated).isEqualTo("bank-2");
        assertThat(second.activeId()).isEqualTo("bank-1");
        assertThat(second.find(rotated)).isPresent();
        assertThat(second.find(rotated).get().getEncoded()).isEqualTo(first.active().getEncoded());
        assertThat(second.activeId()).isEqualTo("bank-2");
        assertThat(second.find("bank-9")).isEmpty();
    }
}
