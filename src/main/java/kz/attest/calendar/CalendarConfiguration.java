package kz.attest.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes the {@link WorkingCalendar} facade over the cached database years. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar(CachedYears years, CalendarProperties properties) {
        return new CalendarRules(years, properties.hours());
    }
}
