package kz.attest.itembank;

import kz.attest.AttestProperties;
import kz.attest.catalogue.Catalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bank's keys (configured, or the keystore under the data directory), its cipher and its catalogue rules. */
@Configuration(proxyBeanMethods = false)
class ItemBankConfiguration {

    @Bean
    BankCipher bankCipher(AttestProperties attest, ItemBankProperties properties) {
        BankKeys keys = properties.keyConfigured()
                ? BankKeys.configured(properties.key())
                : BankKeys.keystore(attest.dataDir().resolve("itembank").resolve("bank.keystore"),
                properties.keystorePassword());
        return new BankCipher(keys);
    }

    @Bean
    BankRules bankRules(Catalogue catalogue) {
        return new BankRules(catalogue);
    }
}
