package kz.attest.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handler mapping searched by path segment (issue 12, start burst) answers every request as a search of all the
 * application's mappings would: the same handler method, or the same refusal (405, 406, 415, 400) or none (404).
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class SegmentIndexedHandlerMappingTests {

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theApplicationsMappingIsSearchedBySegment() {
        assertThat(mapping).isInstanceOf(SegmentIndexedHandlerMapping.class);
    }

    @Test
    void leadingLiteralsStopAtTheFirstVariableOrWildcard() {
        assertThat(SegmentIndexedHandlerMapping.leadingLiterals("/exam/stages/{stage}/start"))
                .containsExactly("exam", "stages");
        assertThat(SegmentIndexedHandlerMapping.leadingLiterals("/api/v1/exam/attempts/{id}"))
                .containsExactly("api", "v1", "exam", "attempts");
        assertThat(SegmentIndexedHandlerMapping.leadingLiterals("/exam")).containsExactly("exam");
        assertThat(SegmentIndexedHandlerMapping.leadingLiterals("/exam/")).containsExactly("exam");
        assertThat(SegmentIndexedHandlerMapping.leadingLiterals("/")).isEmpty();
        assertThat(SegmentIndexedHandlerMapping.leadingLiterals("")).isEmpty();
        assertThat(SegmentIndexedHandlerMapping.leadingLiterals("/**")).isEmpty();
        assertThat(SegmentIndexedHandlerMapping.leadingLiterals("/files/*.pdf")).containsExactly("files");
        assertThat(SegmentIndexedHandlerMapping.leadingLiterals("/a/b{x}/c")).containsExactly("a");
    }

    @Test
    void everyRequestFindsWhatASearchOfAllMappingsFinds() throws Exception {
        Map<RequestMappingInfo, HandlerMethod> methods = mapping.getHandlerMethods();
        AllMappings all = new AllMappings();
        all.setPatternParser(mapping.getPatternParser());
        methods.forEach((info, method) -> all.registerMapping(info, method, method.getMethod()));

        Set<String> paths = new LinkedHashSet<>(List.of("/", "/exam", "/exam/", "/exam/nothing", "/exam/stages/x/start",
                "/exam/stages/1/questions/abc", "/api/v1/exam/nothing", "/api/v1/nothing/1", "/api", "/nothing/at/all",
                "/ex%61m/stages/1/questions/2", "/exam;x=1/stages/1/questions/2", "//exam/stages/1/start"));
        for (RequestMappingInfo info : methods.keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String p = pattern.getPatternString();
                paths.add(p.replaceAll("\\{\\*[^}]*}", "/a/b").replaceAll("\\{[^}]*}", "1")
                        .replace("**", "a/b").replace("*", "x"));
                paths.add(p.replaceAll("\\{\\*[^}]*}", "").replaceAll("\\{[^}]*}", "00000000-0000-0000-0000-000000000001")
                        .replace("**", "").replace("*", "y") + "/extra");
            }
        }
        List<String> compared = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "OPTIONS")) {
                for (String accept : List.of("*/*", "application/json", "text/html")) {
                    assertThat(outcome(mapping, path, method, accept)).as("%s %s %s", method, path, accept)
                            .isEqualTo(outcome(all, path, method, accept));
                    compared.add(method + " " + path);
                }
            }
        }
        assertThat(compared).hasSizeGreaterThan(1000);
    }

    private static String outcome(RequestMappingHandlerMapping mapping, String path, String method, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", accept);
        request.setContentType("application/json");
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null ? "none" : chain.getHandler() instanceof HandlerMethod m
                    ? m.getMethod().toString() + " " + request.getAttribute(
                    org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                    : chain.getHandler().toString();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** Every mapping in one registry, searched as Spring MVC searches them. */
    private static final class AllMappings extends RequestMappingHandlerMapping {
        @Override
        protected HandlerMethod createHandlerMethod(Object handler, Method method) {
            return handler instanceof HandlerMethod handlerMethod ? handlerMethod : super.createHandlerMethod(handler, method);
        }
    }
}
