package kz.attest.testing;

/** What the benchmark mains in the test sources share: their numeric arguments and the quantiles they print. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** The whole number at {@code index} of the main's arguments, {@code otherwise} where there is none. */
    public static int intArg(String[] args, int index, int otherwise) {
        return args.length > index ? Integer.parseInt(args[index]) : otherwise;
    }

    /** The nearest-rank {@code quantile} (0–1) of nanosecond timings sorted ascending, in milliseconds; 0 for none. */
    public static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
