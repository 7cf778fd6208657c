package kz.attest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link JsonMapper} the modules write and read their own JSON with (stored forms, notice parameters, history
 * arguments, package manifests, the audit trail file, results files): Jackson's defaults, immutable and thread-safe.
 * It is deliberately not Spring Boot's configured mapper: signed and hashed documents are written with it, and a
 * change of {@code spring.jackson.*} must never change their bytes. The catalogue's strict reader keeps its own, and
 * {@code itembank.Forms} and {@code scheduling.AdmittedImports} take Boot's mapper bean.
 */
public final class Json {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private Json() {
    }
}
