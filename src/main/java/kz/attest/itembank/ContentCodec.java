package kz.attest.itembank;

import static kz.attest.Json.JSON;

/** Content as JSON bytes, the plain text that the cipher seals. */
final class ContentCodec {

    private ContentCodec() {
    }

    static byte[] write(Object content) {
        return JSON.writeValueAsBytes(content);
    }

    static <T> T read(byte[] json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
