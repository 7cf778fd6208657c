package kz.attest.web;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a file field accepts, judged by the bytes, refused in the module's own words; without Spring. */
class AcceptedFilesTests {

    private static final class FieldRefusal extends Refusal {
        FieldRefusal(Kind kind, String messageKey, Object... arguments) {
            super(kind, messageKey, arguments);
        }
    }

    private static final AcceptedFiles FIELD = new AcceptedFiles(FieldRefusal::new,
            "test.file.empty", "test.file.too-large", "test.file.type");

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void aPngIsAcceptedForItsBytesWhateverItsName() {
        assertThat(FIELD.typeOf(PNG, DataSize.ofMegabytes(1))).isEqualTo("image/png");
    }

    @Test
    void emptyTooLargeAndOtherTypesAreTheModulesRefusals() {
        assertThatThrownBy(() -> FIELD.typeOf(new byte[0], DataSize.ofMegabytes(1)))
                .isInstanceOfSatisfying(FieldRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
                    assertThat(r.messageKey()).isEqualTo("test.file.empty");
                });
        assertThatThrownBy(() -> FIELD.typeOf(null, DataSize.ofMegabytes(1)))
                .isInstanceOfSatisfying(FieldRefusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.BAD_INPUT));
        assertThatThrownBy(() -> FIELD.typeOf(PNG, DataSize.ofBytes(PNG.length - 1)))
                .isInstanceOfSatisfying(FieldRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.TOO_LARGE);
                    assertThat(r.messageKey()).isEqualTo("test.file.too-large");
                    assertThat(r.arguments()).containsExactly(0L);
                });
        assertThatThrownBy(() -> FIELD.typeOf("<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8), DataSize.ofMegabytes(1)))
                .isInstanceOfSatisfying(FieldRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.UNSUPPORTED_TYPE);
                    assertThat(r.messageKey()).isEqualTo("test.file.type");
                });
    }

    @Test
    void aCleanNameHasNoPathNoControlCharactersAndAtMost200Characters() {
        assertThat(AcceptedFiles.cleanName("C:\\Users\\a\\diploma.pdf", "file")).isEqualTo("diploma.pdf");
        assertThat(AcceptedFiles.cleanName("../../etc/pass\u0000wd", "file")).isEqualTo("passwd");
        assertThat(AcceptedFiles.cleanName(" / ", "document")).isEqualTo("document");
        assertThat(AcceptedFiles.cleanName(null, "file")).isEqualTo("file");
        assertThat(AcceptedFiles.cleanName("x".repeat(250) + ".pdf", "file")).hasSize(200).endsWith(".pdf");
    }
}
