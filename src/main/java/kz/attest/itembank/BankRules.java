package kz.attest.itembank;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.CaseStructure;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.catalogue.TopicQuota;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Optional;

/**
 * What the catalogue demands of bank content: the least number of options of a topic's questions (the largest
 * {@code minAnswerOptions} of the stages whose blueprint names the topic: 3 by ¶13, 4 for patent topics by ¶88),
 * and the make-up of the cases of a service or an expert specialty (¶11(2), ¶43, ¶68).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class BankRules {

    private final Catalogue catalogue;

    Catalogue catalogue() {
        return catalogue;
    }

    /** The topic's least number of options; refuses a topic the catalogue does not know. */
    int minimumOptions(String topic) {
        if (topic == null || catalogue.topics().stream().noneMatch(t -> t.code().equals(topic))) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.unknown-topic", String.valueOf(topic));
        }
        int minimum = 0;
        for (ServiceDefinition service : catalogue.all()) {
            for (Stage stage : service.stages()) {
                boolean named = stage.blueprint().stream()
                        .flatMap(b -> b.quotas().stream()).map(TopicQuota::topic).anyMatch(topic::equals);
                if (named) {
                    minimum = Math.max(minimum, stage.minAnswerOptions());
                }
            }
        }
        return minimum == 0 ? leastOfAllStages() : minimum;
    }

    /** The case structure and option minimum for cases of this scope; refuses a scope no stage draws cases from. */
    CaseRule caseRule(CaseScope scope) {
        if (scope == null || scope.kind() == null || scope.code() == null) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.unknown-scope", "");
        }
        return switch (scope.kind()) {
            case SERVICE -> catalogue.all().stream()
                    .filter(s -> s.code().value().equals(scope.code()))
                    .flatMap(s -> s.stages().stream())
                    .filter(st -> st.cases().map(c -> !c.perSpecialty()).orElse(false))
                    .findFirst()
                    .map(st -> new CaseRule(st.cases().orElseThrow(), st.minAnswerOptions()))
                    .orElseThrow(() -> new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.unknown-scope", scope.code()));
            case SPECIALTY -> {
                ExpertSpecialty specialty = catalogue.specialties().stream()
                        .filter(s -> s.code().equals(scope.code())).findFirst()
                        .orElseThrow(() -> new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.unknown-scope", scope.code()));
                yield catalogue.all().stream()
                        .filter(s -> s.specialtyGroup().equals(Optional.of(specialty.group())))
                        .flatMap(s -> s.stages().stream())
                        .filter(st -> st.cases().map(CaseStructure::perSpecialty).orElse(false))
                        .map(st -> new CaseRule(st.cases().orElseThrow(), st.minAnswerOptions()))
                        .reduce(CaseRule::stricter)
                        .orElseThrow(() -> new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.unknown-scope", scope.code()));
            }
        };
    }

    private int leastOfAllStages() {
        return catalogue.all().stream().flatMap(s -> s.stages().stream())
                .mapToInt(Stage::minAnswerOptions).min().orElse(3);
    }

    /** Questions per case and least options per question for one scope. */
    record CaseRule(CaseStructure structure, int minimumOptions) {

        int questionsPerCase() {
            return structure.questionsPerCase();
        }

        CaseRule stricter(CaseRule other) {
            return new CaseRule(other.questionsPerCase() > questionsPerCase() ? other.structure : structure,
                    Math.max(minimumOptions, other.minimumOptions));
        }
    }
}
