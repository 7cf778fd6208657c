package kz.attest.testing;

import kz.attest.application.RetakeEligibility;
import kz.attest.scheduling.StageCredits;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For a module test that boots a module with its dependencies but without the decision module: the required ports the
 * decision module implements in the application (the application module's ¶19/¶23 {@link RetakeEligibility}, the
 * scheduling module's ¶51 {@link StageCredits}) are Mockito mocks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@MockitoBean(types = {RetakeEligibility.class, StageCredits.class})
public @interface DecisionPortsMocked {
}
