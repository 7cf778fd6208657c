package kz.attest.signature.dss;

import eu.europa.esig.dss.cms.CMS;
import eu.europa.esig.dss.cms.object.CMSObjectUtils;
import eu.europa.esig.dss.model.DSSDocument;

import org.bouncycastle.asn1.ASN1InputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * DSS's CMS parsing (dss-cms-object) for PDF signatures, tolerant of the zero padding that fills a signature's
 * reserved {@code /Contents}: BouncyCastle 1.83+ refuses trailing bytes after the CMS, which DSS 6.3 (built on 1.81)
 * does not strip, so every PDF signature would read as "not a CMS". The padding is cut at the end of the DER
 * structure before DSS parses it; everything else is DSS's own. Registered through
 * {@code META-INF/services/eu.europa.esig.dss.cms.ICMSUtils}, found before dss-cms-object's own registration.
 */
public class PaddedCmsUtils extends CMSObjectUtils {

    @Override
    public CMS parseToCMS(byte[] bytes) {
        return super.parseToCMS(withoutPadding(bytes));
    }

    @Override
    public CMS parseToCMS(DSSDocument document) {
        try (InputStream in = document.openStream()) {
            return parseToCMS(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes up to the end of the first ASN.1 element (definite or indefinite length); unchanged if unreadable. */
    public static byte[] withoutPadding(byte[] bytes) {
        if (bytes == null || bytes.length < 2 || bytes[0] != 0x30) {
            return bytes;
        }
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        try (ASN1InputStream asn1 = new ASN1InputStream(in, bytes.length)) {
            if (asn1.readObject() == null) {
                return bytes;
            }
        } catch (IOException | RuntimeException e) {
            return bytes;
        }
        int end = bytes.length - in.available();
        return end > 0 && end < bytes.length ? Arrays.copyOf(bytes, end) : bytes;
    }
}
