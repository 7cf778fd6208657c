package kz.attest.notification;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Kazakh SMS texts go as UCS-2; long ones as concatenated parts that join back to the text. */
class SmsSegmentsTests {

    @Test
    void aShortKazakhTextIsOneUcs2MessageWithoutHeader() {
        String text = "Сіз тестілеуге жіберілдіңіз: 20.03.2026, сағат 10:00, Астана.";
        List<byte[]> parts = SmsSegments.split(text, 7);
        assertThat(parts).hasSize(1);
        assertThat(new String(parts.getFirst(), StandardCharsets.UTF_16BE)).isEqualTo(text);
        assertThat(parts.getFirst()).hasSize(text.length() * 2);
    }

    @Test
    void aLongTextIsSplitIntoPartsOf67CharactersWithAConcatenationHeader() {
        String text = "Өтініш қабылданды. ".repeat(8); // 152 characters: three parts
        List<byte[]> parts = SmsSegments.split(text, 0x2A);
        assertThat(parts).hasSize(3);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            byte[] part = parts.get(i);
            assertThat(Arrays.copyOf(part, 6)).containsExactly(0x05, 0x00, 0x03, 0x2A, 3, i + 1);
            assertThat(part.length).isLessThanOrEqualTo(140);
            joined.append(new String(part, 6, part.length - 6, StandardCharsets.UTF_16BE));
        }
        assertThat(joined.toString()).isEqualTo(text);
    }
}
