package kz.attest.itembank;

import tools.jackson.databind.json.JsonMapper;

/** Content as JSON bytes, the plain text that the cipher seals. */
final class ContentCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContentCodec() {
    }

    static byte[] write(Object content) {
        return JSON.writeValueAsBytes(content);
    }

    static <T> T read(byte[] json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
