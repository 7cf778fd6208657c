package kz.attest.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Guards found by the hostile corpus (issue 13), before security and the handlers: a JSON body larger than
 * {@code attest.web.max-json-body} (default 2 MB; the bank's largest case is about 250 KB) is refused with 413 and a
 * localized problem detail, also when no length is declared (the body stops being read at the limit, which the JSON
 * reader reports as a 400); a query or form parameter with a null character (PostgreSQL cannot store U+0000) is a
 * 400; and {@code /error} asked for directly is a 404, not the error page's default 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestGuards extends OncePerRequestFilter {

    private final long maxJsonBody;
    private final MessageSource messages;

    RequestGuards(@Value("${attest.web.max-json-body:2MB}") DataSize maxJsonBody, MessageSource messages) {
        this.maxJsonBody = maxJsonBody.toBytes();
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && "/error".equals(request.getRequestURI().substring(request.getContextPath().length()))
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_NOT_FOUND);
        }
        if (nullByte(request)) {
            // PostgreSQL cannot store U+0000 in text: refused here rather than failing in a query
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!json(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxJsonBody) {
            tooLarge(request, response);
            return;
        }
        chain.doFilter(new Limited(request, maxJsonBody), response);
    }

    /** A query or form parameter holding a null character (multipart bodies are left to their handlers). */
    private static boolean nullByte(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return request.getQueryString() != null && request.getQueryString().toLowerCase(Locale.ROOT).contains("%00");
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean json(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_JSON) || media.getSubtype().endsWith("+json");
        } catch (org.springframework.util.InvalidMimeTypeException malformed) {
            return false;
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = SupportedLocales.of(String.valueOf(request.getParameter("lang")))
                .orElse(SupportedLocales.orDefault(request.getLocale()));
        String title = messages.getMessage("error.body-too-large", new Object[]{maxJsonBody / 1024},
                "error.body-too-large", locale);
        PageErrors.writeProblem(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.body-too-large",
                title);
    }

    /** A request whose body ends with an error past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new IOException("request body over " + limit + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new IOException("request body over " + limit + " bytes");
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
