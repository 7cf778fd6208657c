package kz.attest.catalogue;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/v1/services} and {@code /api/v1/services/{code}}: the public rules of the services as JSON. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CatalogueApiController {

    private final Catalogue catalogue;

    @GetMapping("/api/v1/services")
    List<ServiceResponse> all() {
        return catalogue.all().stream().map(this::response).toList();
    }

    @GetMapping("/api/v1/services/{code}")
    ServiceResponse one(@PathVariable String code) {
        return response(catalogue.get(code));
    }

    private ServiceResponse response(ServiceDefinition service) {
        return ServiceResponse.of(service, catalogue, LocaleContextHolder.getLocale());
    }
}
