package dev.corstck.tck.grading;

import dev.corstck.harness.Engine;
import dev.corstck.harness.FetchCall;
import dev.corstck.harness.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Run the pages of one browser stage in several sessions of one engine at once (a Selenium Grid's sessions, or the
 * lanes of the local Playwright Chromium): each worker takes a free session ({@link Engine#session(int)}), runs one
 * page in it, and gives it back, so a page never shares its session with another page in flight. Each page is
 * recorded as it ends. Pages are independent: each has its own fresh context (cookies, caches) and its own CDP
 * session, and scenario URLs are unique, so the order pages end in changes no observation.
 */
final class PageLanes {

    /** Run one page's calls in one session. */
    interface PageRun {
        List<Observation> run(Engine session, String page, List<FetchCall> calls);
    }

    private PageLanes() {
    }

    /** Run every page of {@code byPage} in {@code sessions} sessions of {@code engine}; record each as it ends. */
    static void run(Engine engine, int sessions, Map<String, List<FetchCall>> byPage, PageRun pageRun,
            BiConsumer<String, List<Observation>> record) {
        BlockingQueue<Engine> free = new ArrayBlockingQueue<>(sessions);
        for (int i = 0; i < sessions; i++) {
            free.add(engine.session(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sessions, r -> {
            Thread t = new Thread(r, "cors-tck-browser-session");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            byPage.forEach((page, calls) -> pending.add(pool.submit(() -> {
                Engine session = free.take();
                try {
                    record.accept(page, pageRun.run(session, page, calls));
                } finally {
                    free.add(session);
                }
                return null;
            })));
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a browser session's page failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
