package kz.attest.delivery;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The exam day's hottest request served without the dispatcher (issue 12 point 2, docs/benchmarks.md): the script's
 * save, {@code PUT /api/v1/exam/attempts/{attempt}/answers/{position}} with its exam token, exactly as exam.js sends
 * it. At saturation the dispatcher's generic work — matching the URL against every mapping of the application,
 * annotation lookups, the advice chains, argument resolution and validation — cost more CPU than the save itself.
 * <p>
 * This last filter of the exam token's chain (so the firewall, the security headers and every filter before it still
 * apply) does what {@link ExamApiController#save} does on the happy path: it opens and verifies the token, checks the
 * hall's policy, and runs the same UPSERT (which holds the attempt's row {@code FOR SHARE}). It answers only a stored
 * save, with the same JSON. Anything else — another shape of URL, a query, another media type, a body it does not
 * read as {@code {"option":…,"seq":…}}, a token or a hall refusing, a save the statement refused — goes on, body
 * replayed, to the controller, which answers it as before (its localized refusals, its explanation of why a save
 * wrote nothing). A refused save wrote nothing, so doing it again there changes nothing.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DirectSaves extends OncePerRequestFilter {

    private static final String PREFIX = "/api/v1/exam/attempts/";
    private static final String ANSWERS = "/answers/";
    private static final int MAX_BODY = 256;

    private final ExamTokens tokens;
    private final AnswerSaves saves;
    private final JsonMapper json;
    private final Clock clock;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Target target = target(request);
        if (target == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        Optional<AnswerSaves.SavedAnswer> saved = body.length <= MAX_BODY ? save(request, target, body) : Optional.empty();
        if (saved.isEmpty()) {
            chain.doFilter(new Replayed(request, body), response);
            return;
        }
        byte[] answer = json.writeValueAsBytes(saved.get());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /** The save, or empty for everything the controller answers instead. */
    private Optional<AnswerSaves.SavedAnswer> save(HttpServletRequest request, Target target, byte[] body) {
        try {
            ExamApiController.AnswerInput input = read(body);
            if (input == null) {
                return Optional.empty();
            }
            SeatSession seat = tokens.open(request.getHeader(ExamTokens.HEADER), clock.instant());
            if (!HallGuard.admits(ExamApiController.client(request), seat)) {
                return Optional.empty();
            }
            return saves.saveIfStored(seat, target.attempt(), target.position(), input.option(), input.seq());
        } catch (RuntimeException refusedOrMalformed) {
            // the controller answers it as before: a localized 4xx, or what it made of this failure
            return Optional.empty();
        }
    }

    /**
     * exam.js's body, {@code {"option":<int>,"seq":<long>}} in either order, read token by token with the same
     * mapper the controller's converter uses; null for anything else (another property, a repeated one, a number in
     * another form, a string, trailing content), which the controller then reads and judges as before.
     */
    private ExamApiController.AnswerInput read(byte[] body) {
        try (tools.jackson.core.JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                return null;
            }
            Integer option = null;
            Long seq = null;
            tools.jackson.core.JsonToken token;
            while ((token = parser.nextToken()) == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() != tools.jackson.core.JsonToken.VALUE_NUMBER_INT) {
                    return null;
                }
                tools.jackson.core.JsonParser.NumberType type = parser.getNumberType();
                if ("option".equals(name) && option == null && type == tools.jackson.core.JsonParser.NumberType.INT) {
                    option = parser.getIntValue();
                } else if ("seq".equals(name) && seq == null && (type == tools.jackson.core.JsonParser.NumberType.INT
                        || type == tools.jackson.core.JsonParser.NumberType.LONG)) {
                    seq = parser.getLongValue();
                } else {
                    return null;
                }
            }
            if (token != tools.jackson.core.JsonToken.END_OBJECT || parser.nextToken() != null || option == null
                    || seq == null) {
                return null;
            }
            return new ExamApiController.AnswerInput(option, seq);
        }
    }

    private record Target(UUID attempt, int position) {
    }

    /** The save's attempt and position when the request is exam.js's save exactly; otherwise null. */
    private static Target target(HttpServletRequest request) {
        if (!"PUT".equals(request.getMethod()) || request.getQueryString() != null
                || request.getHeader(ExamTokens.HEADER) == null || !json(request.getContentType())
                || !acceptsJson(request.getHeader("Accept"))) {
            return null;
        }
        long length = request.getContentLengthLong();
        if (length <= 0 || length > MAX_BODY) {
            return null;
        }
        String uri = request.getRequestURI();
        int from = request.getContextPath().length() + PREFIX.length();
        if (!uri.startsWith(PREFIX, from - PREFIX.length()) || uri.length() < from + 36 + ANSWERS.length() + 1
                || !uri.startsWith(ANSWERS, from + 36)) {
            return null;
        }
        String id = uri.substring(from, from + 36);
        String position = uri.substring(from + 36 + ANSWERS.length());
        if (!canonicalUuid(id) || position.isEmpty() || position.length() > 6 || position.charAt(0) == '0') {
            return null;
        }
        for (int i = 0; i < position.length(); i++) {
            if (position.charAt(i) < '0' || position.charAt(i) > '9') {
                return null;
            }
        }
        return new Target(UUID.fromString(id), Integer.parseInt(position));
    }

    /** Lower-case hex in the 8-4-4-4-12 form, as the pages write an attempt's id. */
    private static boolean canonicalUuid(String id) {
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals("application/json;charset=utf-8")
                || type.equals("application/json; charset=utf-8");
    }

    private static boolean acceptsJson(String accept) {
        return accept == null || accept.equals("application/json") || accept.equals("*/*");
    }

    /** The request with the body this filter read, for the controller. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;
        private ServletInputStream stream;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                stream = stream(body);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        private static ServletInputStream stream(byte[] bytes) {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The replayed body is read synchronously");
                }
            };
        }
    }
}
