package kz.attest.web;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 ¶2: a message with arguments is formatted on the caller's own copy of the parsed format (Spring locks the
 * format it hands out while formatting), and the texts are those of the bundles.
 */
class UnsharedMessageFormatsTests {

    private static MessagesConfiguration.UnsharedFormats source() {
        MessagesConfiguration.UnsharedFormats source = new MessagesConfiguration.UnsharedFormats();
        source.setBasenames("i18n/messages", "i18n/delivery");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void everyCallerGetsItsOwnFormat() {
        MessagesConfiguration.UnsharedFormats source = source();
        Locale ru = Locale.of("ru");
        assertThat(source.resolveCode("delivery.question.title", ru))
                .isNotSameAs(source.resolveCode("delivery.question.title", ru))
                .isEqualTo(source.resolveCode("delivery.question.title", ru));
        assertThat(source.resolveCode("no.such.code", ru)).isNull();
    }

    @Test
    void concurrentCallersFormatTheirOwnArguments() throws Exception {
        MessagesConfiguration.UnsharedFormats source = source();
        Locale en = Locale.ENGLISH;
        String one = source.getMessage("delivery.question.number", new Object[]{1, 100}, en);
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int n = t + 2;
                results.add(pool.submit(() -> {
                    go.await();
                    boolean right = true;
                    for (int i = 0; i < 2000; i++) {
                        right &= source.getMessage("delivery.question.number", new Object[]{n, 100}, en)
                                .equals(one.replaceFirst("1", Integer.toString(n)));
                    }
                    return right;
                }));
            }
            go.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
