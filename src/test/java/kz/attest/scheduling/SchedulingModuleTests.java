package kz.attest.scheduling;

import kz.attest.testing.DecisionPortsMocked;
import kz.attest.web.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scheduling module booted with what it depends on: a test centre's member registers a hall with its seats
 * (seed 000 ¶15: the candidate sits at a numbered place), and a second hall of the same name is refused in the
 * module's words, a kind and a message of {@code i18n/scheduling}.
 */
@DecisionPortsMocked
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class SchedulingModuleTests {

    @Autowired
    private Halls halls;

    @Test
    @WithUserDetails("proctor")
    void aHallIsRegisteredWithItsSeatsAndItsNameOnce_000_15() {
        String name = "Module hall " + UUID.randomUUID();
        Halls.NewHall request = new Halls.NewHall("tc-almaty", name, "Алматы, ул. Абая 1", 3, Optional.empty(),
                false, null, List.of(), null);
        Hall hall = halls.create(request);
        assertThat(halls.get(hall.id()).seats()).hasSize(3);
        assertThatThrownBy(() -> halls.create(request))
                .isInstanceOfSatisfying(SchedulingRefusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.WRONG_STATE);
                    assertThat(refusal.messageKey()).isEqualTo("scheduling.hall.duplicate-name");
                });
    }
}
