package news.editorials.bake;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress report for long bakes (documents parsed, pages rendered), printed at most every
 * two seconds so short bakes and quiet builds print nothing; and the time each phase of the bake took.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();
    private final long start = System.nanoTime();
    private volatile long lastPrint = System.nanoTime();
    private final Map<String, Long> phaseNanos = new LinkedHashMap<>();
    private long phaseStart = start;

    /** @param out where to print, or {@code null} for silence */
    Progress(PrintStream out) {
        this.out = out;
    }

    void parsed() {
        parsed.incrementAndGet();
        maybePrint();
    }

    void rendered() {
        rendered.incrementAndGet();
        maybePrint();
    }

    int renderedCount() {
        return rendered.get();
    }

    /** Ends the current phase, naming it: the time since the previous phase ended is booked to it. */
    synchronized void endPhase(String name) {
        long now = System.nanoTime();
        phaseNanos.merge(name, now - phaseStart, Long::sum);
        phaseStart = now;
    }

    /** Milliseconds per phase, in the order they ended. */
    synchronized Map<String, Long> phaseMillis() {
        Map<String, Long> millis = new LinkedHashMap<>();
        phaseNanos.forEach((name, nanos) -> millis.put(name, nanos / 1_000_000));
        return millis;
    }

    private void maybePrint() {
        long now = System.nanoTime();
        if (out != null && now - lastPrint > INTERVAL_NANOS) {
            synchronized (this) {
                if (now - lastPrint > INTERVAL_NANOS) {
                    lastPrint = now;
                    out.printf("Baking: %d documents parsed, %d pages rendered (%.0f s)%n",
                            parsed.get(), rendered.get(), (now - start) / 1e9);
                }
            }
        }
    }
}
