package kz.attest.scheduling;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14: an identity document's number is checked by the document's type, and a placeholder is no number (¶15). */
class IdentityDocumentNumberTests {

    @Test
    void eachTypeHasItsOwnFormat_000_15() {
        assertThat(IdentityDocumentType.ID_CARD.number("0412 34567")).isEqualTo("041234567");
        assertThat(IdentityDocumentType.PASSPORT.number("n12345678")).isEqualTo("N12345678");
        assertThatThrownBy(() -> IdentityDocumentType.PASSPORT.number("041234567")).isInstanceOf(SchedulingRefusal.class);
        assertThatThrownBy(() -> IdentityDocumentType.ID_CARD.number("N12345678")).isInstanceOf(SchedulingRefusal.class);
    }

    @Test
    void aNumberOfOneRepeatedDigitIsRefused_000_15() {
        for (String placeholder : new String[]{"000000000", "111111111", "999 999 999"}) {
            assertThatThrownBy(() -> IdentityDocumentType.ID_CARD.number(placeholder))
                    .isInstanceOf(SchedulingRefusal.class)
                    .extracting(e -> ((SchedulingRefusal) e).messageKey())
                    .isEqualTo("scheduling.check-in.invalid-document-number");
        }
        assertThatThrownBy(() -> IdentityDocumentType.PASSPORT.number("N00000000")).isInstanceOf(SchedulingRefusal.class);
        assertThatThrownBy(() -> IdentityDocumentType.DIGITAL_ID.number("000000000")).isInstanceOf(SchedulingRefusal.class);
    }
}
