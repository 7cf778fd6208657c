package kz.attest.scheduling;

import kz.attest.web.Refusal.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * The digital documents service over HTTP: {@code GET <url>/documents/identity/{number}?iin=<iin>} answers 200 with
 * {@code {"valid": true|false}} for a document of that person, 404 for none. Our assumed contract until the real
 * service's is known (decisions-scheduling.md); a service that cannot be reached is a 503, not a refusal.
 */
class HttpDigitalDocuments implements DigitalDocuments {

    private static final Logger log = LoggerFactory.getLogger(HttpDigitalDocuments.class);

    private final RestClient client;

    HttpDigitalDocuments(String baseUrl, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    @Override
    public boolean confirms(String iin, String number) {
        try {
            Boolean valid = client.get().uri("/documents/identity/{number}?iin={iin}", number, iin)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 404) {
                            return false;
                        }
                        if (status != 200) {
                            throw new RestClientException("digital documents service answered " + status);
                        }
                        Map<?, ?> answer = response.bodyTo(Map.class);
                        return answer != null && Boolean.TRUE.equals(answer.get("valid"));
                    });
            return Boolean.TRUE.equals(valid);
        } catch (RestClientException e) {
            log.warn("Digital documents service unavailable: {}", e.getMessage());
            throw new SchedulingRefusal(Kind.UNAVAILABLE, "scheduling.check-in.digital-documents-unavailable");
        }
    }
}
