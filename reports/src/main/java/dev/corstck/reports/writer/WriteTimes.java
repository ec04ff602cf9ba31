package dev.corstck.reports.writer;

/**
 * How long the report's writes took, to throttle checkpoints and to estimate the final write (a run timeout keeps
 * that much time for it). Writing costs a fixed part (the first, empty write) plus a part linear in the findings, at
 * the best rate a write of 500 findings or more showed (the first ones run cold). Thread-safe.
 */
final class WriteTimes {

    private long lastWriteMillis;
    private long lastWriteFindings;
    private long firstWriteMillis = -1;
    private double bestRate = Double.NaN;

    /** How long the last write took, in milliseconds (0 before the first). */
    synchronized long lastWriteMillis() {
        return lastWriteMillis;
    }

    /** The least time between two checkpoints: {@code interval}, and never sooner than ten times the last write. */
    synchronized long checkpointWaitMillis(long intervalMillis) {
        return Math.max(intervalMillis, 10 * lastWriteMillis);
    }

    /**
     * Answer whether a checkpoint at {@code findings} should measure the write rate: two early ones do, at 500 and
     * 2,000 findings, once the run is old enough ({@code measuring}); each is asked for once, whether it is then
     * written at once or in the background.
     */
    synchronized boolean measuresAt(long findings, boolean measuring) {
        boolean measure = (lastWriteFindings < 500 && findings >= 500 || lastWriteFindings < 2000 && findings >= 2000)
                && measuring;
        if (measure) {
            lastWriteFindings = findings;
        }
        return measure;
    }

    /**
     * How long writing {@code findings} should take, in milliseconds: the first write plus the best rate seen (kept
     * between 0.2 ms, a warm quiet 2-core machine, and 5 ms per finding), else 1 ms per finding; at least 50 ms.
     */
    synchronized long estimateMillis(long findings) {
        double rate = Double.isNaN(bestRate) ? 1.0 : Math.min(5.0, Math.max(0.2, bestRate));
        return Math.max(50, Math.max(0, firstWriteMillis) + (long) (rate * findings));
    }

    /** Record that a write of {@code findings} findings began at {@code startNanos} ({@link System#nanoTime()}) and ended now. */
    synchronized void record(long startNanos, long findings) {
        lastWriteMillis = (System.nanoTime() - startNanos) / 1_000_000;
        lastWriteFindings = Math.max(lastWriteFindings, findings);
        if (firstWriteMillis < 0) {
            firstWriteMillis = lastWriteMillis;
        } else if (findings >= 500) {
            double rate = Math.max(0, lastWriteMillis - firstWriteMillis) / (double) findings;
            bestRate = Double.isNaN(bestRate) ? rate : Math.min(bestRate, rate);
        }
    }
}
