package kz.attest.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Settings of the working-day calendar ({@code attest.calendar.*}).
 *
 * @param workdayStart start of the provider's working hours, Almaty time
 * @param workdayEnd   end of working hours: a receipt at or after it counts from the next working day
 * @param cacheTtl     how long a node trusts its cached years before checking whether another node edited them
 */
@ConfigurationProperties("attest.calendar")
record CalendarProperties(@DefaultValue("09:00") LocalTime workdayStart,
                          @DefaultValue("18:30") LocalTime workdayEnd,
                          @DefaultValue("30s") Duration cacheTtl) {

    WorkingHours hours() {
        return new WorkingHours(workdayStart, workdayEnd);
    }
}
