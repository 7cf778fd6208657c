package kz.attest;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reaction to another module's event that runs synchronously, inside the publisher's transaction: both facts commit
 * together or not at all, and the publisher holds its locks while the reaction runs. The architecture's default is
 * Modulith's {@code @ApplicationModuleListener} (after commit, recorded and retried); this is the exception, so it
 * must say {@link #why} the two facts may never exist apart. {@code ModularityTests} checks that every reaction to
 * another module's event is one of the two, and that {@code docs/architecture.md} ("Reactions") lists each of these.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EventListener
@Transactional(propagation = Propagation.REQUIRED)
public @interface InPublishersTransaction {

    /** The event types listened to; empty: the method's parameter type (as {@link EventListener#classes}). */
    @AliasFor(annotation = EventListener.class, attribute = "classes")
    Class<?>[] value() default {};

    /** Why the two facts must never exist apart, in one sentence (the table in docs/architecture.md repeats it). */
    String why();
}
