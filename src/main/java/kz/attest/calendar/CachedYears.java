package kz.attest.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Each year of the calendar, loaded once and kept in memory. An edit on this node clears the cache after its commit;
 * edits on other nodes are seen within {@code attest.calendar.cache-ttl}, when this node finds the revision changed.
 */
@Component
class CachedYears implements IntFunction<CalendarYear> {

    private static final Logger log = LoggerFactory.getLogger(CachedYears.class);

    private final CalendarRows store;
    private final long ttlNanos;
    private final Map<Integer, CalendarYear> years = new ConcurrentHashMap<>();
    private volatile long revision = Long.MIN_VALUE;
    private volatile long checkedAt;

    CachedYears(CalendarRows store, CalendarProperties properties) {
        this.store = store;
        this.ttlNanos = properties.cacheTtl().toNanos();
        this.checkedAt = System.nanoTime() - ttlNanos - 1;
    }

    @Override
    public CalendarYear apply(int year) {
        refreshIfStale();
        CalendarYear cached = years.get(year);
        if (cached != null) {
            return cached;
        }
        CalendarYear loaded = load(year);
        years.putIfAbsent(year, loaded);
        return loaded;
    }

    /** Forgets every year; the next question reloads from the database. */
    void invalidate() {
        years.clear();
        checkedAt = System.nanoTime() - ttlNanos - 1;
    }

    private void refreshIfStale() {
        long now = System.nanoTime();
        if (now - checkedAt <= ttlNanos) {
            return;
        }
        synchronized (this) {
            if (now - checkedAt <= ttlNanos) {
                return;
            }
            long current = store.revision();
            if (current != revision) {
                years.clear();
                revision = current;
            }
            checkedAt = now;
        }
    }

    private CalendarYear load(int year) {
        return store.load(year).map(days -> CalendarYear.of(year, days)).orElseGet(() -> {
            log.warn("The working-day calendar holds no data for {}: counting weekends and fixed statutory holidays only"
                    + " (no Kurban Ait, no transfers) until an administrator adds the year", year);
            return CalendarYear.byStatute(year);
        });
    }
}
