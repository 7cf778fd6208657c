package kz.attest.itembank;

import kz.attest.catalogue.CaseStructure;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.catalogue.TopicQuota;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Content and pools for plain tests. */
final class BankFixtures {

    static final Catalogue CATALOGUE = Catalogue.bundled();
    static final BankRules RULES = new BankRules(CATALOGUE);

    private BankFixtures() {
    }

    /**
     * A JSON request of the invalidation API ({@code what}: {@code items} or {@code cases}) by a user of a role, with
     * the reason and the act's reference as given.
     */
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder invalidation(String what,
            java.util.UUID id, String login, String role, String reason, String actReference) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/itembank/{what}/{id}/invalidate", what, id)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(login)
                        .roles(role))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"%s\",\"actReference\":\"%s\"}".formatted(reason, actReference));
    }

    static ItemContent question(String label, int options) {
        List<BankText> texts = IntStream.rangeClosed(1, options)
                .mapToObj(i -> new BankText(label + " жауап " + i, label + " ответ " + i)).toList();
        return new ItemContent(new BankText(label + " сұрақ", label + " вопрос"), texts, options - 1);
    }

    static CaseContent situation(String label, int questions, int options) {
        return new CaseContent(new BankText(label + " жағдай", label + " ситуация"),
                IntStream.rangeClosed(1, questions).mapToObj(q -> question(label + q, options)).toList());
    }

    /** A live pool holding {@code formsWorth} forms of every stage of every tested service. */
    static BankPool poolFor(int formsWorth) {
        List<BankPool.PoolItem> items = new ArrayList<>();
        List<BankPool.PoolCase> cases = new ArrayList<>();
        java.util.Map<String, Integer> perTopic = new java.util.HashMap<>();
        java.util.Map<String, Integer> optionsPerTopic = new java.util.HashMap<>();
        java.util.Map<CaseScope, CaseStructure> casesPerScope = new java.util.HashMap<>();
        java.util.Map<CaseScope, Integer> caseOptions = new java.util.HashMap<>();
        for (ServiceDefinition service : CATALOGUE.all()) {
            for (Stage stage : service.stages()) {
                for (TopicQuota quota : stage.blueprint().map(b -> b.quotas()).orElse(List.of())) {
                    perTopic.merge(quota.topic(), quota.count() * formsWorth, Math::max);
                    optionsPerTopic.merge(quota.topic(), stage.minAnswerOptions(), Math::max);
                }
                if (stage.cases().isPresent()) {
                    CaseStructure structure = stage.cases().get();
                    List<CaseScope> scopes = structure.perSpecialty()
                            ? CATALOGUE.specialtiesFor(service.code()).stream().map(s -> CaseScope.specialty(s.code())).toList()
                            : List.of(CaseScope.service(service.code().value()));
                    for (CaseScope scope : scopes) {
                        casesPerScope.merge(scope, structure, (a, b) -> a.cases() >= b.cases() ? a : b);
                        caseOptions.merge(scope, stage.minAnswerOptions(), Math::max);
                    }
                }
            }
        }
        casesPerScope.forEach((scope, structure) -> {
            for (int c = 0; c < structure.cases() * formsWorth; c++) {
                cases.add(new BankPool.PoolCase(UUID.randomUUID(), 1, scope,
                        java.util.Collections.nCopies(structure.questionsPerCase(), caseOptions.get(scope))));
            }
        });
        perTopic.forEach((topic, count) -> {
            for (int i = 0; i < count; i++) {
                items.add(new BankPool.PoolItem(UUID.randomUUID(), 1, topic, optionsPerTopic.get(topic)));
            }
        });
        return new BankPool(items, cases);
    }
}
