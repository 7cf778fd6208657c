package kz.attest;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Loads every module's {@link DemoData}, in their order, once the application is ready and demonstration data is on. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoDataLoader {

    private final AttestProperties properties;
    private final List<DemoData> data;

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (properties.loadDemoData()) {
            data.forEach(DemoData::load);
        }
    }
}
