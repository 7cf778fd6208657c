package kz.attest.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API (springdoc), served at {@code /v3/api-docs} and browsable at
 * {@code /swagger-ui.html}. Endpoints are authorised as usual: the document is public, calling an endpoint is not.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI attestOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Attest KZ API")
                .version("v1")
                .description("Attestation services of the Ministry of Justice of the Republic of Kazakhstan: "
                        + "applications, the provider's back office, appeals. Sign in with a session cookie; "
                        + "POST requests need the CSRF token of GET /api/v1/csrf.")
                .license(new License().name("Proprietary")));
    }
}
