package kz.attest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Remembers the exception a handler threw, for {@link RefusedRequests} to name the refusal's reason once the answer
 * is written; resolves nothing itself, so the module's and the web layer's exception handlers answer as before.
 */
@Component
class RefusalCause implements HandlerExceptionResolver, Ordered {

    static final String ATTRIBUTE = RefusalCause.class.getName() + ".CAUSE";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        request.setAttribute(ATTRIBUTE, ex);
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
