package kz.attest.testing;

import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.identity.TestIins;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Base64;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** People the API tests register and sign in (the application's and the licensing's fixtures). */
public final class Applicants {

    public static final String PASSWORD = "qazaqstan2026";

    private Applicants() {
    }

    /** Registers Сериков Асан Болатұлы under {@code iin} (Russian, password {@link #PASSWORD}) with a signing key. */
    public static DemoCertificateAuthority.IssuedCredential register(Accounts accounts, DemoCertificateAuthority ca,
                                                                     String iin) {
        accounts.register(new ApplicantRegistration(iin, "Сериков", "Асан", "Болатұлы", iin + "@example.kz",
                "+7701" + iin.substring(5), PASSWORD, PASSWORD, "ru"));
        return ca.issue(CertificateSubject.individual(iin, "Сериков", "Асан", "Болатұлы"), KeyPurpose.SIGNING);
    }

    /** Registers Сериков Асан Болатұлы (Russian, password {@link #PASSWORD}) under a valid IIN no account has yet. */
    public static String registerFresh(Accounts accounts) {
        while (true) {
            String iin = TestIins.fresh();
            if (accounts.findByLoginName(iin).isEmpty()) {
                accounts.register(new ApplicantRegistration(iin, "Сериков", "Асан", "Болатұлы", iin + "@example.kz",
                        "+7701" + iin.substring(5), PASSWORD, PASSWORD, "ru"));
                return iin;
            }
        }
    }

    /** A detached CMS signature over {@code data}, base64, as NCALayer returns it. */
    public static String sign(DemoCertificateAuthority.IssuedCredential key, byte[] data) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
        generator.addCertificates(new JcaCertStore(key.chain()));
        return Base64.getEncoder().encodeToString(generator.generate(new CMSProcessableByteArray(data), false).getEncoded());
    }

    /** The session of {@code login} after the sign-in form. */
    public static MockHttpSession signIn(MockMvc mvc, String login, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(login).password(password))
                .andReturn().getRequest().getSession(false);
    }
}
