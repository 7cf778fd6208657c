package kz.attest.web;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Matches a GET of an address no controller answers, so that security lets it through to the 404 page instead of
 * sending an anonymous visitor to sign in (issue 14). Static files are left to their own rules.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class UnmappedRequests implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        Object previous = request.getAttribute(org.springframework.web.util.ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            if (previous == null) {
                org.springframework.web.util.ServletRequestPathUtils.parseAndCache(request);
            }
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null;
        } catch (Exception partlyMatched) {
            return false;   // the address exists (another method or media type): its own rules apply
        } finally {
            if (previous == null) {
                org.springframework.web.util.ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
