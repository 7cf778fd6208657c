package kz.attest;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ReflectionUtils;

import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the test classes grouped by the Spring context they use, keeping the discovery order inside each group
 * (registered in {@code src/test/resources/junit-platform.properties}): plain unit tests first, then every class of the
 * suite's one cached mock-web context, then the browser tests' one cached server context, then the classes with a
 * context of their own (a {@code @DynamicPropertySource}, a module test). Since Spring Framework 7 a cached context is
 * paused (its scheduler, outbox dispatcher and Tomcat stopped) whenever a test class needs another one and restarted
 * when it is used again; grouping makes that happen a handful of times per run instead of at every switch
 * (docs/testing.md, "Suite time"). The order carries no meaning for a test: each one sets up its own data.
 */
public final class ContextGroupOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(ContextGroupOrder::group));   // stable sort
    }

    static int group(ClassDescriptor descriptor) {
        Class<?> type = descriptor.getTestClass();
        MergedAnnotations annotations = MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY);
        MergedAnnotation<SpringBootTest> boot = annotations.get(SpringBootTest.class);
        if (!boot.isPresent()) {
            return 0;
        }
        // a module test (meta-annotated with @SpringBootTest) bootstraps a context of its own
        if (annotations.isPresent("org.springframework.modulith.test.ApplicationModuleTest")
                || hasDynamicProperties(type) || boot.getStringArray("properties").length > 0) {
            return 3;
        }
        return boot.getEnum("webEnvironment", SpringBootTest.WebEnvironment.class) == SpringBootTest.WebEnvironment.MOCK
                ? 2 : 1;
    }

    private static boolean hasDynamicProperties(Class<?> type) {
        AtomicBoolean found = new AtomicBoolean();
        ReflectionUtils.doWithMethods(type, method -> found.set(true),
                method -> method.isAnnotationPresent(DynamicPropertySource.class));
        return found.get();
    }
}
