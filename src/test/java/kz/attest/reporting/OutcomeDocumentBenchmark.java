package kz.attest.reporting;

import kz.attest.testing.Benchmarks;
import kz.attest.signature.PdfSignatureInfo;
import kz.attest.signature.PdfSignatures;
import kz.attest.signature.PdfSignaturesForTests;
import kz.attest.signature.PdfVerification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 10 performance: generates (PDF/A-2b, both languages, QR code) and signs with an organisation's server key
 * (PAdES-B-B through DSS) N decisions one after another, after a warm-up, and prints the median, p95 and p99 per
 * document, with the rendering and the signing apart. A main in the test sources, not a test:
 * {@code java -cp ... kz.attest.reporting.OutcomeDocumentBenchmark [documents=1000] [warm-up=100]}.
 */
public final class OutcomeDocumentBenchmark {

    private OutcomeDocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Benchmarks.intArg(args, 0, 1000);
        int warmUp = Benchmarks.intArg(args, 1, 100);
        Path directory = Files.createTempDirectory("attest-outcome-benchmark");
        PdfSignatures signatures = PdfSignaturesForTests.demo(directory);
        OutcomeDocuments documents = OutcomeDocumentsTests.documents();
        List<OutcomeDocument> kinds = new ArrayList<>();
        OutcomeDocumentsTests.FORMS.forEach((form, variants) -> variants.forEach(variant -> {
            kinds.add(OutcomeDocumentsTests.document(form, variant, OutcomeDocumentsTests.KK));
            kinds.add(OutcomeDocumentsTests.document(form, variant, OutcomeDocumentsTests.RU));
        }));
        for (int i = 0; i < warmUp; i++) {
            one(documents, signatures, kinds.get(i % kinds.size()), i, null, null, null);
        }
        long[] total = new long[count];
        long[] render = new long[count];
        long[] sign = new long[count];
        long bytes = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            bytes += one(documents, signatures, kinds.get(i % kinds.size()), i, total, render, sign);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        byte[] last = signatures.signWithOrganisationKey(documents.pdf(kinds.getFirst()), "justice-astana",
                new PdfSignatureInfo("Benchmark", "check", "Astana"));
        PdfVerification check = signatures.verify(last);
        System.out.printf(Locale.ROOT, "%d documents (%d kinds), %d warm-up, %.1f s, %.1f documents/s, mean size %d KB, verification of one: %s%n",
                count, kinds.size(), warmUp, seconds, count / seconds, bytes / count / 1024, check.indication());
        System.out.printf(Locale.ROOT, "per document (render + sign): median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(total, 50), percentile(total, 95), percentile(total, 99), percentile(total, 100));
        System.out.printf(Locale.ROOT, "  render PDF/A: median %.1f ms, p99 %.1f ms; sign PAdES-B-B: median %.1f ms, p99 %.1f ms%n",
                percentile(render, 50), percentile(render, 99), percentile(sign, 50), percentile(sign, 99));
    }

    private static long one(OutcomeDocuments documents, PdfSignatures signatures, OutcomeDocument kind, int i,
                            long[] total, long[] render, long[] sign) {
        OutcomeDocument d = new OutcomeDocument(kind.form(), kind.variant(), "BEN-2026-" + String.format("%06d", i),
                kind.city(), kind.date(), kind.fullName(), kind.serviceTitle(), kind.specialties(), kind.validUntil(),
                kind.signerName(), kind.signerPosition(), kind.organisation(), kind.verificationUrl() + i,
                kind.firstLanguage(), null, null);
        long t0 = System.nanoTime();
        byte[] pdf = documents.pdf(d);
        long t1 = System.nanoTime();
        byte[] signed = signatures.signWithOrganisationKey(pdf, "justice-astana",
                new PdfSignatureInfo(d.signerName(), d.number(), d.city().ru()));
        long t2 = System.nanoTime();
        if (total != null) {
            total[i] = t2 - t0;
            render[i] = t1 - t0;
            sign[i] = t2 - t1;
        }
        return signed.length;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return Benchmarks.millis(sorted, p / 100.0);
    }

}
