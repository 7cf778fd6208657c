package kz.attest;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The bounded contexts stay apart: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AttestApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Diagrams and module canvases (each module's published API, events, listeners) under docs/modules, for readers. */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path folder = Path.of("docs/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        // the Documenter lists a diagram's relations in no fixed order: sorted, an unchanged design leaves the files alone
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                Iterator<String> sorted = relations.iterator();
                Files.write(file, lines.stream().map(l -> l.startsWith("Rel(") ? sorted.next() : l).toList());
            }
        }
    }
}
