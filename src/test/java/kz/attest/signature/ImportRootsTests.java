package kz.attest.signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roots a hand-carried import chains to; none configured: the importing module's refusal. Without Spring's context. */
class ImportRootsTests {

    private static final class NotSetUp extends RuntimeException {
    }

    @Test
    void noAnchorAndNoDemonstrationCaIsTheCallersRefusal() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        assertThatThrownBy(() -> SignedFiles.importRoots(List.of(), none.getBeanProvider(DemoCertificateAuthority.class),
                NotSetUp::new)).isInstanceOf(NotSetUp.class);
    }

    @Test
    void theDemonstrationCasRootIsTrustedWhenTheCaIsOn(@TempDir Path temp) {
        DemoCertificateAuthority ca = DemoCertificateAuthority.openOrCreate(temp, Clock.systemUTC(),
                "pw".toCharArray(), null);
        StaticListableBeanFactory on = new StaticListableBeanFactory(Map.of("demoCa", ca));
        assertThat(SignedFiles.importRoots(List.of(), on.getBeanProvider(DemoCertificateAuthority.class),
                NotSetUp::new)).containsExactly(ca.rootCertificate());
    }
}
