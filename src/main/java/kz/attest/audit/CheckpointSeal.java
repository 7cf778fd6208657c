package kz.attest.audit;

import java.util.Optional;

/**
 * The platform's signature over an audit checkpoint (a port: the {@code signature} module implements it with CMS and
 * the platform's key, so that the audit module depends on no signature code).
 */
public interface CheckpointSeal {

    /** CMS SignedData over the content, content attached. */
    byte[] seal(byte[] content);

    /** The signed content when the signature is intact and its signer chains to a trusted root; otherwise empty. */
    Optional<Opened> open(byte[] sealed);

    /** A verified seal: the signed content and who signed it (the certificate's subject). */
    record Opened(byte[] content, String signer) {
    }
}
