package kz.attest.signature;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Publishes the demonstration CA's certificates and CRLs, so that anyone can check what it issued. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PkiController {

    private static final MediaType CERTIFICATE = MediaType.parseMediaType("application/x-pem-file");
    private static final MediaType CRL = MediaType.parseMediaType("application/pkix-crl");
    private static final MediaType OCSP_RESPONSE = MediaType.parseMediaType("application/ocsp-response");

    private final ObjectProvider<DemoCertificateAuthority> demoCa;

    @GetMapping("/pki/demo-root.crt")
    ResponseEntity<String> root() {
        return ResponseEntity.ok().contentType(CERTIFICATE).body(pem(ca().rootCertificate()));
    }

    @GetMapping("/pki/demo-issuing.crt")
    ResponseEntity<String> issuing() {
        return ResponseEntity.ok().contentType(CERTIFICATE).body(pem(ca().issuingCertificate()));
    }

    @GetMapping("/pki/demo-issuing.crl")
    ResponseEntity<byte[]> issuingCrl() {
        return crl(ca().crl());
    }

    @GetMapping("/pki/demo-root.crl")
    ResponseEntity<byte[]> rootCrl() {
        DemoCertificateAuthority ca = ca();
        return crl(ca.crlIssuedBy(ca.rootCertificate()).orElseThrow());
    }

    /** The demonstration CA's OCSP responder (RFC 6960, HTTP POST of {@code application/ocsp-request}). */
    @org.springframework.web.bind.annotation.PostMapping(path = "/pki/ocsp", consumes = "application/ocsp-request")
    ResponseEntity<byte[]> ocsp(@org.springframework.web.bind.annotation.RequestBody byte[] request) {
        return ResponseEntity.ok().contentType(OCSP_RESPONSE).header("Cache-Control", "no-store")
                .body(ca().ocspResponse(request));
    }

    private DemoCertificateAuthority ca() {
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        if (ca == null) {
            throw new SigningRefusal(SigningRefusal.Kind.NOT_FOUND, "error.not-found");
        }
        return ca;
    }

    private static ResponseEntity<byte[]> crl(X509CRL crl) {
        try {
            return ResponseEntity.ok().contentType(CRL).body(crl.getEncoded());
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
