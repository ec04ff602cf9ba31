package dev.corstck.reference.server;

import dev.corstck.fetch.http.RawRequest;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Every request the target received, newest last, so a test can prove what was sent: "the server received the
 * blocked GET", "the PUT was never sent". Keeps the last {@link #CAPACITY} entries. Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RequestJournal {

    /** Entries kept; older ones are dropped first. */
    public static final int CAPACITY = 10_000;

    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    private final Clock clock;
    private long sequence;

    public RequestJournal() {
        this(Clock.systemUTC());
    }

    RequestJournal(Clock clock) {
        this.clock = clock;
    }

    /** Record {@code request}; return its entry. */
    public synchronized JournalEntry record(RawRequest request) {
        JournalEntry entry = new JournalEntry(++sequence, clock.instant(), request.method(), request.target(),
                request.headers(), request.body().length());
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
        return entry;
    }

    /** Every entry kept, oldest first. */
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** The entries recorded after the one numbered {@code sequence}. */
    public synchronized List<JournalEntry> since(long sequence) {
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (e.sequence() > sequence) {
                out.add(e);
            }
        }
        return out;
    }

    /** The entries that {@code test} accepts, oldest first. */
    public synchronized List<JournalEntry> matching(Predicate<JournalEntry> test) {
        return entries.stream().filter(test).toList();
    }

    /** The sequence number of the newest entry, 0 when none was ever recorded. */
    public synchronized long lastSequence() {
        return sequence;
    }

    /** Drop every entry; sequence numbers keep increasing. */
    public synchronized void clear() {
        entries.clear();
    }
}
