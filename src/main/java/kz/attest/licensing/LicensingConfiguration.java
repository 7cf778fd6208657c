package kz.attest.licensing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/** Wires the payment gateway chosen by {@code attest.licensing.payments.mode}: {@code demo} (default) or {@code http}. */
@Configuration(proxyBeanMethods = false)
class LicensingConfiguration {

    @Bean
    PaymentGateway paymentGateway(LicensingProperties properties, JdbcClient jdbc, Clock clock) {
        return properties.payments().http()
                ? new HttpPaymentGateway(properties.payments().url(), properties.payments().timeout())
                : new DemoPaymentGateway(new DemoPaymentRows(jdbc), clock);
    }
}
