package kz.attest.signature;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies through an external NCANode server ({@code POST /cms/verify}), which handles the Kazakh GOST 34.310
 * algorithms BouncyCastle cannot, with OCSP and CRL revocation checks done by NCANode.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class NcaNodeSignatureVerifier implements SignatureVerifier {

    private final RestClient client;

    @Override
    public SignatureCheck verify(SignatureRequest request) {
        byte[] der;
        try {
            der = CmsEncoding.decode(request.cms());
        } catch (IllegalArgumentException e) {
            return SignatureCheck.refused(SignatureRefusal.MALFORMED, null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cms", Base64.getEncoder().encodeToString(der));
        if (request.detachedData() != null) {
            body.put("data", Base64.getEncoder().encodeToString(request.detachedData()));
        }
        body.put("revocationCheck", List.of("OCSP", "CRL"));
        VerifyResponse response;
        try {
            response = client.post().uri("/cms/verify").contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().body(VerifyResponse.class);
        } catch (RestClientException e) {
            return SignatureCheck.refused(SignatureRefusal.VERIFIER_UNAVAILABLE, null);
        }
        if (response == null || response.signers() == null || response.signers().isEmpty()) {
            return SignatureCheck.refused(response != null && !response.valid() ? SignatureRefusal.INTEGRITY : SignatureRefusal.NO_SIGNER, null);
        }
        Signer signer = response.signers().getFirst();
        if (signer.certificates() == null || signer.certificates().isEmpty()) {
            return SignatureCheck.refused(SignatureRefusal.NO_SIGNER, null);
        }
        Certificate certificate = signer.certificates().getFirst();
        SignerCertificate described = certificate.describe(signer.signingTime());
        if (certificate.revocations() != null && certificate.revocations().stream().anyMatch(Revocation::revoked)) {
            return SignatureCheck.refused(SignatureRefusal.REVOKED, described);
        }
        String expectedUsage = request.purpose() == KeyPurpose.AUTHENTICATION ? "AUTH" : "SIGN";
        if (certificate.keyUsage() != null && !expectedUsage.equalsIgnoreCase(certificate.keyUsage())) {
            return SignatureCheck.refused(SignatureRefusal.KEY_USAGE, described);
        }
        if (!certificate.valid()) {
            return SignatureCheck.refused(certificate.expiredAt(Instant.now()) ? SignatureRefusal.EXPIRED : SignatureRefusal.UNTRUSTED_CHAIN, described);
        }
        if (!response.valid()) {
            return SignatureCheck.refused(SignatureRefusal.INTEGRITY, described);
        }
        if (described.iin() != null && !IinCheckDigit.valid(described.iin())) {
            return SignatureCheck.refused(SignatureRefusal.INVALID_IIN, described);
        }
        if (request.expectedIin() != null && !request.expectedIin().equals(described.iin())) {
            return SignatureCheck.refused(SignatureRefusal.IIN_MISMATCH, described);
        }
        byte[] content = request.detachedData() != null ? request.detachedData()
                : signer.data() == null ? null : Base64.getDecoder().decode(signer.data());
        return SignatureCheck.valid(described, content);
    }

    record VerifyResponse(boolean valid, List<Signer> signers, Integer code, String message) {
    }

    record Signer(List<Certificate> certificates, Instant signingTime, String data) {
    }

    record Certificate(boolean valid, List<Revocation> revocations, Instant notBefore, Instant notAfter, String keyUsage,
                       String serialNumber, Subject subject, Subject issuer) {

        boolean expiredAt(Instant now) {
            return notAfter != null && notAfter.isBefore(now);
        }

        SignerCertificate describe(Instant signingTime) {
            Subject s = subject == null ? new Subject(null, null, null, null, null, null, null) : subject;
            return new SignerCertificate(s.dn(), s.commonName(), s.iin(), s.lastName(), s.middleName(),
                    s.organization(), s.bin(), serialNumber, issuer == null ? null : issuer.dn(), notBefore, notAfter, signingTime);
        }
    }

    record Revocation(boolean revoked, String by) {
    }

    record Subject(String commonName, String lastName, String middleName, String iin, String bin, String organization, String dn) {
    }
}
