package kz.attest;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.lang.reflect.Method;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bounded contexts stay apart: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AttestApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * docs/architecture.md, "Reactions": a module reacts to another module's event after the publisher commits
     * ({@code @ApplicationModuleListener}), or inside the publisher's transaction only with
     * {@link InPublishersTransaction} saying why, and the architecture's table names each such reaction. The one other
     * kind is listed here with its reason.
     */
    @Test
    void everyReactionToAnotherModulesEventIsAfterCommitOrSaysWhyItIsNot() throws IOException {
        Map<String, String> ownTransaction = Map.of("audit.RefusedRequestAudit",
                "a refused request stored nothing, so no commit comes; the entry is written in its own transaction");
        String architecture = Files.readString(Path.of("docs/architecture.md"));
        List<String> wrong = new ArrayList<>();
        List<String> synchronous = new ArrayList<>();
        for (ApplicationModule module : modules) {
            module.getBasePackage().stream().map(type -> type.reflect()).forEach(type -> {
                for (Method method : type.getDeclaredMethods()) {
                    MergedAnnotations annotations = MergedAnnotations.from(method);
                    if (!annotations.isPresent(EventListener.class) || method.getParameterCount() != 1) {
                        continue;
                    }
                    Class<?> event = method.getParameterTypes()[0];
                    boolean fromAnotherModule = modules.getModuleByType(event)
                            .filter(publisher -> !publisher.equals(module)).isPresent();
                    if (!fromAnotherModule) {
                        continue;
                    }
                    String reaction = module.getIdentifier() + "." + type.getSimpleName();
                    InPublishersTransaction inTransaction = method.getAnnotation(InPublishersTransaction.class);
                    if (inTransaction != null) {
                        synchronous.add(reaction);
                        if (inTransaction.why().isBlank() || !architecture.contains("`" + reaction + "`")) {
                            wrong.add(reaction + " on " + event.getSimpleName() + ": no reason, or not in the table");
                        }
                    } else if (!annotations.isPresent(ApplicationModuleListener.class)
                            && !ownTransaction.containsKey(reaction)) {
                        wrong.add(reaction + " on " + event.getSimpleName() + ": neither after commit nor a stated why");
                    }
                }
            });
        }
        assertThat(synchronous).as("the same-transaction reactions found").contains("decision.Results",
                "delivery.SittingPreparation", "commission.PendingInterviews");
        assertThat(wrong).isEmpty();
    }

    /** Diagrams and module canvases (each module's published API, events, listeners) under docs/modules, for readers. */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path folder = Path.of("docs/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        // the Documenter lists relations and a canvas cell's items in no fixed order: sorted, an unchanged design
        // leaves the files alone
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file);
                if (file.toString().endsWith(".puml")) {
                    Iterator<String> sorted = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().iterator();
                    Files.write(file, lines.stream().map(l -> l.startsWith("Rel(") ? sorted.next() : l).toList());
                } else if (file.toString().endsWith(".adoc")) {
                    Files.write(file, sortedCells(lines));
                }
            }
        }
    }

    /** A canvas cell's list ({@code |* a}, {@code * b}, …) in alphabetical order, the cell's mark on the first item. */
    private static List<String> sortedCells(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("|* ")) {
                out.add(lines.get(i));
                continue;
            }
            List<String> items = new ArrayList<>(List.of(lines.get(i).substring(1)));
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("* ")) {
                items.add(lines.get(++i));
            }
            items.sort(null);
            out.add("|" + items.getFirst());
            out.addAll(items.subList(1, items.size()));
        }
        return out;
    }
}
