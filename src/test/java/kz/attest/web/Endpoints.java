package kz.attest.web;

import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every endpoint of the application, read from the request mappings (so a new endpoint is covered without editing a
 * test): method, path pattern and the handler with its parameters. A mapping without a method is taken as GET.
 */
final class Endpoints {

    static final UUID PLACEHOLDER = UUID.fromString("00000000-0000-4000-8000-000000000000");
    /** The organisation of the demonstration officer and head (docs/demo-accounts.md). */
    static final String ORGANISATION = "dj-almaty";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^}]*)?}");

    private Endpoints() {
    }

    /** One endpoint: {@code key} is "METHOD /pattern". */
    record Endpoint(String method, String pattern, HandlerMethod handler) {

        String key() {
            return method + " " + pattern;
        }

        boolean unsafe() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }

        HttpMethod httpMethod() {
            return HttpMethod.valueOf(method);
        }

        /** The path variables in pattern order. */
        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher m = VARIABLE.matcher(pattern);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** The pattern with every variable replaced by {@code value.apply(name, type)}. */
        String uri(java.util.function.BiFunction<String, Class<?>, String> value) {
            Matcher m = VARIABLE.matcher(pattern);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                m.appendReplacement(out, Matcher.quoteReplacement(value.apply(name, pathType(name))));
            }
            m.appendTail(out);
            return out.toString();
        }

        /**
         * A path with harmless placeholders: a fixed UUID, 1 for numbers, a date, "x" for text; a path naming an
         * organisation names {@link #ORGANISATION}, so that another organisation's member is seen to be refused.
         */
        String placeholderUri() {
            return uri((name, type) -> name.equals("organisation") ? ORGANISATION : placeholder(type));
        }

        Class<?> pathType(String name) {
            for (MethodParameter p : handler.getMethodParameters()) {
                PathVariable v = p.getParameterAnnotation(PathVariable.class);
                if (v != null && (name.equals(v.value()) || name.equals(v.name())
                        || (v.value().isEmpty() && v.name().isEmpty() && name.equals(parameterName(p))))) {
                    return p.getParameterType();
                }
            }
            return String.class;
        }

        /** Request parameters the handler declares (name → type), multipart files excluded. */
        Map<String, Class<?>> requestParameters() {
            Map<String, Class<?>> params = new LinkedHashMap<>();
            for (MethodParameter p : handler.getMethodParameters()) {
                RequestParam r = p.getParameterAnnotation(RequestParam.class);
                if (r != null && !MultipartFile.class.isAssignableFrom(p.getParameterType())
                        && !Map.class.isAssignableFrom(p.getParameterType())) {
                    String name = !r.name().isEmpty() ? r.name() : !r.value().isEmpty() ? r.value() : parameterName(p);
                    if (name != null) {
                        params.put(name, p.getParameterType());
                    }
                }
            }
            return params;
        }

        /** Multipart file parameters (name). */
        List<String> fileParameters() {
            List<String> files = new ArrayList<>();
            for (MethodParameter p : handler.getMethodParameters()) {
                boolean file = MultipartFile.class.isAssignableFrom(p.getParameterType())
                        || (p.getParameterType().isArray() && MultipartFile.class.isAssignableFrom(p.getParameterType().getComponentType()))
                        || (List.class.isAssignableFrom(p.getParameterType()) && p.getGenericParameterType().getTypeName().contains("MultipartFile"));
                if (file) {
                    RequestParam r = p.getParameterAnnotation(RequestParam.class);
                    RequestPart part = p.getParameterAnnotation(RequestPart.class);
                    String name = r != null && !r.value().isEmpty() ? r.value() : r != null && !r.name().isEmpty() ? r.name()
                            : part != null && !part.value().isEmpty() ? part.value() : part != null && !part.name().isEmpty()
                            ? part.name() : parameterName(p);
                    files.add(name);
                }
            }
            return files;
        }

        /** Whether the handler reads a JSON body. */
        boolean jsonBody() {
            for (MethodParameter p : handler.getMethodParameters()) {
                if (p.hasParameterAnnotation(RequestBody.class)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the handler binds a form object (a non-simple parameter without annotation). */
        boolean form() {
            return unsafe() && !jsonBody();
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        MediaType consumes() {
            return jsonBody() ? MediaType.APPLICATION_JSON : fileParameters().isEmpty()
                    ? MediaType.APPLICATION_FORM_URLENCODED : MediaType.MULTIPART_FORM_DATA;
        }
    }

    static String placeholder(Class<?> type) {
        if (type == UUID.class) {
            return PLACEHOLDER.toString();
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            // a number no sequence reaches: 1 names a real row once other tests of the run have created one, and the
            // answer would then depend on the order of the tests (403 for another organisation's row, not 404)
            return "2147480001";
        }
        if (type == java.time.LocalDate.class) {
            return "2026-01-05";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return "x";
    }

    private static String parameterName(MethodParameter p) {
        p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
        return p.getParameterName();
    }

    /**
     * A MockMvc like the auto-configured one (the same filters and customizers of the shared context) that prints
     * nothing: thousands of calls would otherwise be buffered for printing when a test fails.
     */
    static org.springframework.test.web.servlet.MockMvc quietMockMvc(
            org.springframework.web.context.WebApplicationContext context) {
        var builder = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context);
        for (var customizer : context.getBeansOfType(
                org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer.class).values()) {
            if (customizer instanceof org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer) {
                var quiet = new org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer(context);
                quiet.setPrint(org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE);
                quiet.customize(builder);
            } else {
                customizer.customize(builder);
            }
        }
        return builder.build();
    }

    /** Every endpoint, sorted by path then method; one per method and pattern. */
    static List<Endpoint> all(ApplicationContext context) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<String> patterns = info.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET")
                    : methods.stream().map(Enum::name).filter(m -> !m.equals("HEAD") && !m.equals("OPTIONS")).toList();
            for (String pattern : patterns) {
                for (String method : names) {
                    Endpoint endpoint = new Endpoint(method, pattern, entry.getValue());
                    endpoints.putIfAbsent(endpoint.key(), endpoint);
                }
            }
        }
        List<Endpoint> sorted = new ArrayList<>(endpoints.values());
        sorted.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return sorted;
    }
}
