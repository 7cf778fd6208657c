package kz.attest.signature;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** CMS arrives as DER, as base64, or PEM-armoured ({@code -----BEGIN CMS-----}, as NCALayer returns it). */
final class CmsEncoding {

    private CmsEncoding() {
    }

    static byte[] decode(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new IllegalArgumentException("empty");
        }
        if ((raw[0] & 0xff) == 0x30) {
            return raw;
        }
        String text = new String(raw, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z0-9 ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
