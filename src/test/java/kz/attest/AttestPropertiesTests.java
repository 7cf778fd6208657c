package kz.attest;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Demonstration data loads on the embedded database by default, never on an external one unless asked. */
class AttestPropertiesTests {

    @Test
    void demoDataLoadsOnTheEmbeddedDatabaseByDefault() {
        assertThat(new AttestProperties(Path.of("data"), new AttestProperties.Db(null, null, null), null).loadDemoData()).isTrue();
    }

    @Test
    void demoDataIsNeverLoadedOnAnExternalDatabaseUnlessAsked() {
        AttestProperties.Db external = new AttestProperties.Db("jdbc:postgresql://db/attest", "attest", "secret");
        assertThat(new AttestProperties(Path.of("data"), external, null).loadDemoData()).isFalse();
        assertThat(new AttestProperties(Path.of("data"), external, true).loadDemoData()).isTrue();
    }

    @Test
    void demoDataCanBeSwitchedOffOnTheEmbeddedDatabase() {
        assertThat(new AttestProperties(Path.of("data"), new AttestProperties.Db("", null, null), false).loadDemoData()).isFalse();
    }
}
