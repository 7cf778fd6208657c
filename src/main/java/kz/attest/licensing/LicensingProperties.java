package kz.attest.licensing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * Licensing ({@code attest.licensing.*}).
 *
 * @param payments        the payment gateway: {@code mode} {@code demo} (amount's last digit decides) or {@code http},
 *                        its {@code url} and {@code timeout}
 * @param fees            the licence fee per service code, in tiyn (1/100 tenge)
 * @param defaultFee      the fee of a licence service with no entry in {@code fees}, in tiyn
 * @param verificationUrl the public verification page printed (and as a QR code) on the e-licence; the licence number
 *                        is appended
 */
@ConfigurationProperties("attest.licensing")
record LicensingProperties(@DefaultValue Payments payments,
                                  Map<String, Long> fees,
                                  @DefaultValue("4325000") long defaultFee,
                                  @DefaultValue("http://localhost:8080/verify?number=") String verificationUrl) {

    public LicensingProperties {
        fees = fees == null ? Map.of() : Map.copyOf(fees);
    }

    /** The fee of a service in tiyn. */
    long feeOf(String service) {
        return fees.getOrDefault(service, defaultFee);
    }

    /** The payment gateway adapter and its connection. */
    public record Payments(@DefaultValue("demo") String mode,
                           @DefaultValue("http://127.0.0.1:14700") String url,
                           @DefaultValue("5s") Duration timeout) {

        boolean http() {
            return "http".equalsIgnoreCase(mode);
        }
    }
}
