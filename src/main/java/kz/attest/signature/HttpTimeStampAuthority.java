package kz.attest.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;

import java.time.Duration;

/** A real time-stamp authority over HTTP (RFC 3161), through DSS's online TSP client. */
final class HttpTimeStampAuthority implements TimeStampAuthority {

    private final OnlineTSPSource source;

    HttpTimeStampAuthority(String url, Duration timeout) {
        TimestampDataLoader loader = new TimestampDataLoader();
        loader.setTimeoutConnection((int) timeout.toMillis());
        loader.setTimeoutResponse((int) timeout.toMillis());
        this.source = new OnlineTSPSource(url, loader);
    }

    @Override
    public byte[] timeStamp(String digestAlgorithm, byte[] digest) {
        return source.getTimeStampResponse(DigestAlgorithm.forJavaName(digestAlgorithm), digest).getBytes();
    }
}
