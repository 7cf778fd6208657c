package kz.attest.commission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalTime;

/**
 * The interview window of a day (seed 001: interviews 15:00–17:00, after the test 09:00–12:00): a slot starts at
 * {@code dayStart} unless another time is given and must lie within the window (Almaty time).
 */
@ConfigurationProperties("attest.commission")
record CommissionProperties(@DefaultValue("15:00") LocalTime dayStart, @DefaultValue("17:00") LocalTime dayEnd) {
}
