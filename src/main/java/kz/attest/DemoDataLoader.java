package kz.attest;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Loads every module's {@link DemoData}, in their order, once the application is ready and demonstration data is on. */
@Component
class DemoDataLoader {

    private final AttestProperties properties;
    private final List<DemoData> data;

    DemoDataLoader(AttestProperties properties, List<DemoData> data) {
        this.properties = properties;
        this.data = data;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (properties.loadDemoData()) {
            data.forEach(DemoData::load);
        }
    }
}
