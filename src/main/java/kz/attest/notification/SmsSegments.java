package kz.attest.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SMS text into UCS-2 (UTF-16BE) short messages. Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) are not in the
 * GSM 7-bit alphabet, so every notice goes as UCS-2: 70 characters fit one message; a longer text is sent as parts of
 * 67 characters, each led by a concatenation header (UDH, IE 0x00 with an 8-bit reference) the phone joins again.
 */
final class SmsSegments {

    static final int SINGLE = 70;
    static final int PART = 67;
    static final int MAX_PARTS = 255;

    private SmsSegments() {
    }

    /** The short messages of a text; one without header when it fits, else up to 255 with headers. */
    static List<byte[]> split(String text, int reference) {
        if (text.length() <= SINGLE) {
            return List.of(text.getBytes(StandardCharsets.UTF_16BE));
        }
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + PART, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never split a surrogate pair between two parts
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        if (chunks.size() > MAX_PARTS) {
            throw new IllegalArgumentException("SMS text too long: " + text.length() + " characters");
        }
        List<byte[]> parts = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            byte[] payload = chunks.get(i).getBytes(StandardCharsets.UTF_16BE);
            byte[] part = new byte[6 + payload.length];
            part[0] = 0x05;                   // header length
            part[1] = 0x00;                   // concatenated short message, 8-bit reference
            part[2] = 0x03;                   // element length
            part[3] = (byte) reference;
            part[4] = (byte) chunks.size();
            part[5] = (byte) (i + 1);
            System.arraycopy(payload, 0, part, 6, payload.length);
            parts.add(part);
        }
        return parts;
    }

    static boolean hasHeader(List<byte[]> parts) {
        return parts.size() > 1;
    }
}
