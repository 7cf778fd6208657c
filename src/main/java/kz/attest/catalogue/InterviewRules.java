package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The commission's oral step after a passed test (seeds 001, 002): interview time, at most so many questions per
 * expert specialty, time for the conclusion. Seed 000 replaced it with the practical test, so it is switched off
 * unless {@code enabled}.
 */
public record InterviewRules(@JsonProperty(required = true) boolean enabled,
                             Term duration,
                             @JsonProperty(required = true) int maxQuestionsPerSpecialty,
                             Term conclusionDuration,
                             LegalRef ref) {
}
