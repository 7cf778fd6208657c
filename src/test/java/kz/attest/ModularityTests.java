package kz.attest;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
