package kz.attest.testing;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The JDK's HTTP server standing in for an external system (payment gateway, state registries) in adapter tests. */
public final class StubHttp {

    private StubHttp() {
    }

    /** Answers the exchange with {@code status} and {@code body} as JSON (UTF-8). */
    public static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
