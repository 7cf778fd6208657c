package kz.attest;

/**
 * A module's demonstration data (accounts, halls, questions, experts, the commission, the story that ties them). The
 * {@link DemoDataLoader} loads each once at start-up when {@link AttestProperties#loadDemoData()} holds, in the
 * beans' {@link org.springframework.core.annotation.Order} (accounts first, the story last), so a module only says
 * what it seeds and what it needs before it; each loads what is missing and leaves what is there.
 */
public interface DemoData {

    /** Stores this module's demonstration data unless it is there already. */
    void load();
}
