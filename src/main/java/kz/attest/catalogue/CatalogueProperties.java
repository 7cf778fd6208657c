package kz.attest.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service catalogue is read from ({@code ATTEST_CATALOGUE_LOCATION}); a Spring resource location, so an
 * administrator can point to an edited copy, e.g. {@code file:/etc/attest/catalogue.json}.
 */
@ConfigurationProperties("attest.catalogue")
record CatalogueProperties(@DefaultValue("classpath:" + Catalogue.BUNDLED) String location) {
}
