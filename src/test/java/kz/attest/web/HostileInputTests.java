package kz.attest.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.util.UriUtils;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The hostile corpus (issue 13, "Hostile input and access"): script and SQL injection strings, over-long and empty
 * values, null bytes, Unicode confusables and direction overrides, malformed UTF-8, wrong JSON types, a 50 MB JSON
 * body, path traversal and double extensions in uploads, a missing and a forged CSRF token — sent to every endpoint
 * read from the request mappings (path variables, declared request parameters, form fields, JSON fields), as an
 * account the role matrix lets through. No answer may be a 5xx; a refused request (4xx) may store nothing but its
 * audit entry; an unsafe request without a valid CSRF token is refused with 403. Every call runs in a transaction
 * that is rolled back; what a refused call wrote is read from the rows its transaction created before the rollback.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputTests extends EndpointSweep {

    static final Map<String, String> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("script", "<script>alert('x')</script><img src=x onerror=alert(1)>\"'><svg/onload=alert(1)>");
        VALUES.put("sql", "' OR '1'='1'; DROP TABLE audit_entry; --");
        VALUES.put("over-long", "Ж".repeat(100_000));
        VALUES.put("empty", "");
        VALUES.put("null-byte", "abc\u0000def");
        VALUES.put("confusable", "аdmin\u202Efdp.exe\u200B\uFEFF");
        VALUES.put("traversal", "../../../../etc/passwd");
    }

    static final byte[] LARGE_JSON = largeJson(50 * 1024 * 1024);

    /** Any request builder (plain or multipart). */
    private interface Builder {
        AbstractMockHttpServletRequestBuilder<?> b();
    }

    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> storedOnRefusal = new ArrayList<>();
    private final List<String> csrfNotRefused = new ArrayList<>();

    /**
     * Unsafe endpoints deliberately outside CSRF protection, each with its reason: the public verification of an
     * uploaded PDF needs no sign-in, changes nothing and answers only about the uploaded bytes (issue 10, /verify).
     */
    private static final java.util.Set<String> CSRF_EXEMPT = java.util.Set.of("POST /api/v1/verify/pdf");
    private List<String> tables;
    private int tried;

    @Test
    void noHostileInputGetsA5xxOrStoresAnything() throws Exception {
        tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'audit%'"
                        + " AND table_name NOT LIKE 'flyway%' AND table_name <> 'shedlock'")
                .query(String.class).list();
        Map<String, Map<String, String>> matrix = RoleMatrixTests.read();
        Map<String, UserDetails> principals = new LinkedHashMap<>();
        List<Endpoints.Endpoint> endpoints = Endpoints.all(context);
        for (Endpoints.Endpoint endpoint : endpoints) {
            String account = accountFor(matrix.get(endpoint.key()));
            UserDetails principal = account.isEmpty() ? null
                    : principals.computeIfAbsent(account, users::loadUserByUsername);
            attack(endpoint, principal);
        }
        System.out.printf("Hostile corpus: %d endpoints, %d requests tried (%d value inputs per field, malformed"
                        + " UTF-8, wrong JSON types, a %d MB JSON body, hostile upload names, missing/forged CSRF);"
                        + " 5xx: %d, stored on refusal: %d, CSRF not refused: %d%n", endpoints.size(), tried,
                VALUES.size(), LARGE_JSON.length / (1024 * 1024), serverErrors.size(), storedOnRefusal.size(),
                csrfNotRefused.size());
        serverErrors.forEach(e -> System.out.println("  5xx: " + e));
        storedOnRefusal.stream().limit(60).forEach(e -> System.out.println("  stored on refusal: " + e));
        csrfNotRefused.forEach(e -> System.out.println("  CSRF not refused: " + e));
        kz.attest.audit.ChainVerification chain = auditChainAfterTheRun("Hostile corpus");
        assertThat(chain.intact()).as("the audit chain after the whole run").isTrue();
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(storedOnRefusal).as("refused requests that stored something").isEmpty();
        assertThat(csrfNotRefused).as("unsafe requests without a valid CSRF token that were not refused").isEmpty();
    }

    private void attack(Endpoints.Endpoint endpoint, UserDetails principal) {
        for (Map.Entry<String, String> value : VALUES.entrySet()) {
            send(endpoint, principal, value.getKey(), withValue(endpoint, value.getValue()));
        }
        if (endpoint.jsonBody()) {
            List<String> fields = jsonFields(endpoint);
            send(endpoint, principal, "json-object-types", b -> json(b, object(fields, "{\"a\":[{}]}")));
            send(endpoint, principal, "json-number-types", b -> json(b, object(fields, "123456789012345678901234567890")));
            send(endpoint, principal, "json-boolean-types", b -> json(b, object(fields, "true")));
            send(endpoint, principal, "json-array", b -> json(b, "[1,2,3]".getBytes(StandardCharsets.UTF_8)));
            send(endpoint, principal, "json-truncated", b -> json(b, "{\"a\":".getBytes(StandardCharsets.UTF_8)));
            send(endpoint, principal, "json-malformed-utf8", b -> json(b, malformedJson(fields)));
            send(endpoint, principal, "json-50MB", b -> json(b, LARGE_JSON));
        } else if (endpoint.unsafe()) {
            send(endpoint, principal, "form-malformed-utf8", b -> {
                b.b().contentType(MediaType.APPLICATION_FORM_URLENCODED);
                b.b().content(malformedForm(endpoint));
                return b;
            });
        }
        if (!endpoint.fileParameters().isEmpty()) {
            for (String name : List.of("../../../../etc/cron.d/evil.pdf", "scan.pdf.exe", "photo.jpg.php",
                    "..\\..\\windows\\win.ini", "report\u0000.pdf", "")) {
                send(endpoint, principal, "upload " + name.replace("\u0000", "\\0"), uploadNamed(endpoint, name));
            }
        }
        if (endpoint.unsafe() && !CSRF_EXEMPT.contains(endpoint.key())) {
            forgery(endpoint, principal, "csrf-missing", false);
            forgery(endpoint, principal, "csrf-forged", true);
        }
    }

    // ---- requests

    private Function<Builder, Builder> withValue(Endpoints.Endpoint endpoint,
                                                                                          String value) {
        return builder -> {
            var b = builder.b();
            endpoint.requestParameters().keySet().forEach(name -> b.param(name, value));
            if (endpoint.jsonBody()) {
                json(b, object(jsonFields(endpoint), quote(value)));
            } else if (endpoint.unsafe()) {
                formFields(endpoint).forEach(name -> b.param(name, value));
            }
            return builder;
        };
    }

    private void send(Endpoints.Endpoint endpoint, UserDetails principal, String input,
                      Function<Builder, Builder> shape) {
        String uri = input.startsWith("upload") || input.startsWith("json") || input.startsWith("form")
                ? endpoint.placeholderUri() : hostileUri(endpoint, VALUES.get(input));
        AbstractMockHttpServletRequestBuilder<?> builder = endpoint.fileParameters().isEmpty() || !input.startsWith("upload")
                ? request(endpoint.httpMethod(), URI.create(uri))
                : multipart(endpoint.httpMethod(), URI.create(uri));
        builder.with(principal == null ? anonymous() : user(principal));
        builder.with(csrf());
        builder.header("Accept-Language", "ru");
        perform(endpoint, input, shape.apply(() -> builder).b());
    }

    private Function<Builder, Builder> uploadNamed(Endpoints.Endpoint endpoint,
                                                                                            String name) {
        return builder -> {
            MockMultipartHttpServletRequestBuilder multipart = (MockMultipartHttpServletRequestBuilder) builder.b();
            for (String part : endpoint.fileParameters()) {
                multipart.file(new MockMultipartFile(part, name, "application/pdf",
                        "%PDF-1.4\n<script>alert(1)</script>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)));
            }
            return builder;
        };
    }

    private void forgery(Endpoints.Endpoint endpoint, UserDetails principal, String input, boolean forged) {
        MockHttpServletRequestBuilder builder = request(endpoint.httpMethod(), URI.create(endpoint.placeholderUri()))
                .with(principal == null ? anonymous() : user(principal));
        if (forged) {
            builder.with(csrf().useInvalidToken());
        }
        MvcResult result = perform(endpoint, input, builder);
        if (result != null && result.getResponse().getStatus() != 403 && !endpoint.pattern().equals("/pki/ocsp")) {
            csrfNotRefused.add(endpoint.key() + " " + input + ": " + result.getResponse().getStatus());
        }
    }

    private MvcResult perform(Endpoints.Endpoint endpoint, String input, AbstractMockHttpServletRequestBuilder<?> builder) {
        tried++;
        String where = endpoint.key() + " [" + input + "]";
        return transactions.execute(tx -> {
            tx.setRollbackOnly();
            MvcResult result;
            try {
                result = mvc.perform(builder).andReturn();
            } catch (Throwable escaped) {
                serverErrors.add(where + ": " + rootCause(escaped));
                return null;
            }
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                serverErrors.add(where + ": " + status + " " + (result.getResolvedException() == null ? ""
                        : rootCause(result.getResolvedException())));
            } else if (status >= 400) {
                String written = written();
                if (written != null) {
                    storedOnRefusal.add(where + ": " + status + " wrote " + written);
                }
            }
            return result;
        });
    }

    /** The tables (audit excluded) holding rows this transaction created, or null when it wrote nothing. */
    private String written() {
        String xid;
        try {
            xid = jdbc.sql("SELECT pg_current_xact_id_if_assigned()::text").query(String.class).optional().orElse(null);
        } catch (org.springframework.dao.DataAccessException aborted) {
            // the request's statement failed inside this transaction (e.g. text PostgreSQL cannot store, refused as a
            // 400): PostgreSQL aborted the transaction, so nothing it wrote can ever commit
            return null;
        }
        if (xid == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE xmin::text = ?)").param(xid)
                    .query(Boolean.class).single()) {
                found.add(table);
            }
        }
        return found.isEmpty() ? null : String.join(", ", found);
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    }

    // ---- shapes

    private static String hostileUri(Endpoints.Endpoint endpoint, String value) {
        String text = value == null ? "x" : value.length() > 2000 ? value.substring(0, 2000) : value;
        return endpoint.uri((name, type) -> UriUtils.encodePathSegment(text.isEmpty() ? " " : text, StandardCharsets.UTF_8));
    }

    private static Builder json(Builder builder, byte[] body) {
        json(builder.b(), body);
        return builder;
    }

    private static void json(AbstractMockHttpServletRequestBuilder<?> builder, byte[] body) {
        builder.contentType(MediaType.APPLICATION_JSON);
        builder.content(body);
    }

    private static byte[] object(List<String> fields, String rawValue) {
        StringBuilder json = new StringBuilder("{");
        for (String field : fields.isEmpty() ? List.of("value") : fields) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(field)).append(':').append(rawValue);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] malformedJson(List<String> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{".getBytes(StandardCharsets.UTF_8));
        String field = fields.isEmpty() ? "value" : fields.getFirst();
        out.writeBytes(quote(field).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(":\"".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] malformedForm(Endpoints.Endpoint endpoint) {
        List<String> names = new ArrayList<>(endpoint.requestParameters().keySet());
        names.addAll(formFields(endpoint));
        if (names.isEmpty()) {
            names.add("value");
        }
        StringBuilder form = new StringBuilder();
        for (String name : names) {
            form.append(form.isEmpty() ? "" : "&").append(name).append("=%C3%28%FF%ED%A0%80");
        }
        return form.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] largeJson(int size) {
        byte[] body = new byte[size];
        byte[] head = "{\"padding\":[".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        int i = head.length;
        while (i < size - 3) {
            body[i++] = '0';
            body[i++] = ',';
        }
        body[i - 1] = '0';
        body[i++] = ']';
        body[i++] = '}';
        while (i < size) {
            body[i++] = ' ';
        }
        return body;
    }

    /** The component names of the JSON body's record (or bean properties), for a body with every field hostile. */
    private static List<String> jsonFields(Endpoints.Endpoint endpoint) {
        for (MethodParameter p : endpoint.handler().getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return properties(p.getParameterType());
            }
        }
        return List.of();
    }

    /** The fields of form objects bound without annotation (records or beans of the application). */
    private static List<String> formFields(Endpoints.Endpoint endpoint) {
        List<String> fields = new ArrayList<>();
        for (MethodParameter p : endpoint.handler().getMethodParameters()) {
            Class<?> type = p.getParameterType();
            if (p.getParameterAnnotations().length == 0 && type.getName().startsWith("kz.attest.")) {
                fields.addAll(properties(type));
            }
        }
        return fields;
    }

    private static List<String> properties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
        }
        if (!type.getName().startsWith("kz.attest.")) {
            return List.of();
        }
        return Arrays.stream(org.springframework.beans.BeanUtils.getPropertyDescriptors(type))
                .filter(d -> d.getWriteMethod() != null).map(java.beans.PropertyDescriptor::getName).toList();
    }

    // ---- accounts

    /** A column of the role matrix that lets the request through: a role first, then anonymous, else the admin. */
    private static String accountFor(Map<String, String> row) {
        if (row != null) {
            for (Map.Entry<String, String> column : row.entrySet()) {
                if (!column.getKey().equals("anonymous") && !column.getKey().equals("other-organisation")
                        && "allow".equals(column.getValue())) {
                    return RoleMatrixTests.ACCOUNTS.get(column.getKey());
                }
            }
            if ("allow".equals(row.get("anonymous"))) {
                return "";
            }
        }
        return "admin";
    }
}
