package kz.attest.itembank;

import kz.attest.AttestApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test (surefire does not pick it up): generates a 5,000-question XLSX workbook in the template's layout and
 * imports it into a fresh embedded database (its own data directory under the system temp dir), printing the time
 * and questions per second. How to run it: README.md, "Benchmarks".
 */
public final class ImportBenchmark {

    static final int ITEMS = 5_000;
    static final List<String> TOPICS = List.of("CIVIL_CODE", "CIVIL_PROCEDURE_CODE", "CRIMINAL_CODE",
            "CRIMINAL_PROCEDURE_CODE", "ADMINISTRATIVE_OFFENCES_CODE", "LAND_CODE", "NOTARIAT_LAW", "ADVOCACY_LAW");

    private ImportBenchmark() {
    }

    static byte[] workbook(String prefix, int count) {
        String stemKk = "Қазақстан Республикасының заңнамасына сәйкес келесі жағдайда қандай мерзім қолданылады? ".repeat(2);
        String stemRu = "В соответствии с законодательством Республики Казахстан какой срок применяется в этом случае? ".repeat(2);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> row = new ArrayList<>(List.of(prefix + i, TOPICS.get(i % TOPICS.size()),
                    stemKk + i, stemRu + i));
            for (int o = 1; o <= 8; o++) {
                row.add(o <= 4 ? "Жауап нұсқасы " + o + ", мерзімі " + (o * 3) + " жұмыс күні" : "");
                row.add(o <= 4 ? "Вариант ответа " + o + ", срок " + (o * 3) + " рабочих дней" : "");
            }
            row.add(Integer.toString(1 + i % 4));
            row.add(i % 10 == 0 ? "yes" : "no");
            rows.add(row);
        }
        return ImportFiles.workbook(rows, List.of());
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("attest-import-benchmark");
        long t0 = System.nanoTime();
        byte[] warmUp = workbook("WARM-", 500);
        byte[] file = workbook("BENCH-", ITEMS);
        System.out.printf("generated %,d-question workbook: %,d bytes in %d ms%n", ITEMS, file.length,
                (System.nanoTime() - t0) / 1_000_000);
        try (ConfigurableApplicationContext context = SpringApplication.run(AttestApplication.class,
                "--server.port=0", "--attest.data-dir=" + data, "--attest.demo-data=false",
                "--logging.level.root=WARN")) {
            BankImport imports = context.getBean(BankImport.class);
            imports.importFile("warm-up.xlsx", warmUp, "benchmark", Locale.ENGLISH);

            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long parseCpu = threads.getCurrentThreadCpuTime();
            long parse = System.nanoTime();
            ImportBatch batch = XlsxWorkbook.read(file, SafeZip.unpack(file, ImportProperties.defaults()));
            long parsed = System.nanoTime() - parse;
            parseCpu = threads.getCurrentThreadCpuTime() - parseCpu;

            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ImportReport report = imports.importFile("benchmark.xlsx", file, "benchmark", Locale.ENGLISH);
            long took = System.nanoTime() - start;
            long cpuTook = threads.getCurrentThreadCpuTime() - cpu;
            System.out.printf("read and parse only: %d questions in %d ms (%d ms of CPU)%n", batch.items().size(),
                    parsed / 1_000_000, parseCpu / 1_000_000);
            System.out.printf("import (read, check, encrypt, store, audit; one transaction): %d questions in %d ms"
                    + " = %,.0f questions/s (the importing thread used %d ms of CPU; load average %.1f on %d cores)%n",
                    report.items(), took / 1_000_000, report.items() * 1e9 / took, cpuTook / 1_000_000,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }
}
