package kz.attest.itembank;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.catalogue.TopicQuota;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Not a test (surefire does not pick it up): times the assembly of 1,000 advocate stage-1 forms from a bank of 10,000
 * approved questions. How to run it: docs/decisions-itembank.md.
 */
public final class FormAssemblyBenchmark {

    static final int BANK = 10_000;
    static final int FORMS = 1_000;

    private FormAssemblyBenchmark() {
    }

    public static void main(String[] args) {
        ServiceDefinition advocates = Catalogue.bundled().get("ADVOCATE_ATTESTATION");
        Stage stage = advocates.stage(1).orElseThrow();
        Random ids = new Random(1);
        List<BankPool.PoolItem> items = new ArrayList<>();
        List<TopicQuota> quotas = stage.blueprint().orElseThrow().quotas();
        int total = stage.blueprint().orElseThrow().total();
        for (TopicQuota quota : quotas) {
            // the bank mirrors the blueprint: a topic's share of the 10,000 is its share of the 100
            for (int i = 0; i < BANK * quota.count() / total; i++) {
                items.add(new BankPool.PoolItem(new UUID(ids.nextLong(), ids.nextLong()), 1, quota.topic(), 4));
            }
        }
        BankPool pool = new BankPool(items, List.of());
        run(pool, advocates, stage, 200); // warm-up
        long started = System.nanoTime();
        FormAssembler assembler = new FormAssembler(pool);
        long questions = 0;
        for (int candidate = 0; candidate < FORMS; candidate++) {
            questions += assembler.assemble(advocates.code(), stage, Optional.empty(), candidate, Set.of()).items().size();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Assembled %d advocate stage-1 forms (%d questions) from a bank of %d approved questions"
                + " in %d ms (%.2f ms per form)%n", FORMS, questions, items.size(), millis, (double) millis / FORMS);
    }

    private static void run(BankPool pool, ServiceDefinition service, Stage stage, int forms) {
        FormAssembler assembler = new FormAssembler(pool);
        for (int i = 0; i < forms; i++) {
            assembler.assemble(service.code(), stage, Optional.empty(), -i, Set.of());
        }
    }
}
