package dev.inkstone.content;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Where the content services note, inside their own transaction, what they changed, for GET /api/v1/sync.
 *
 * <p>Calls only collect. The log rows are written once per transaction, right before it commits, by an interposed
 * synchronization, which JTA runs after Hibernate has flushed: the transaction then takes the next number from
 * change_counter and holds that row's lock until it commits. Taking the lock last matters twice: writers queue on
 * it for the moment of a commit only, and a writer holding it never waits for another lock, so writers cannot
 * deadlock on it (one that took it mid-way and then needed a post row another writer held while queueing could).
 *
 * <p>Services record only writes that changed something (a PUT of identical content keeps the version and records
 * nothing), and what a write changed beyond its own row, such as the paths of a moved category's subtree.
 */
@ApplicationScoped
public class ChangeLog {

    /** Key of a transaction's pending changes in the synchronization registry. */
    private static final Object PENDING = new Object();
    /** Key of a transaction's request for a new content version even if it logs no row (see recordUnlogged). */
    private static final Object UNLOGGED = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final ChangeLogRepository log;
    private final Event<ContentCommitted> committed;

    ChangeLog(TransactionSynchronizationRegistry transactions, ChangeLogRepository log,
            Event<ContentCommitted> committed) {
        this.transactions = transactions;
        this.log = log;
        this.committed = committed;
    }

    /**
     * Notes that a resource was created or changed. A null id is a resource its service has not persisted yet; the
     * service records it once persisting gave it an id.
     */
    public void record(ChangeType type, Long id) {
        if (id != null) {
            pending().merge(new ChangeLogRepository.Entry(type, id), ChangeLogRepository.Flags.CHANGED,
                    ChangeLogRepository.Flags::and);
        }
    }

    /**
     * The number of the last committed content change, on any instance. Caches of derived values key on it; read it
     * before computing such a value, so that a value can only be newer than its key, never older.
     */
    public long contentVersion() {
        return log.counter().seq();
    }

    /** A committed change as the log keeps it: the latest change of one resource, and whether it deleted it. */
    public record Logged(ChangeType type, long id, long seq, boolean deleted) {
    }

    /** The log's position: the last change number handed out, and which database's log it counts. */
    public record Position(long seq, long epoch) {
    }

    /** The current position, for followers of the log that store how far they have applied it (search). */
    public Position position() {
        ChangeLogRepository.Counter counter = log.counter();
        return new Position(counter.seq(), counter.epoch());
    }

    /**
     * Up to {@code max} log rows after the position (seq, type, id) in that order, tombstones included; a null type
     * starts after every row of {@code seq}. One range of ix_change_log_seq.
     */
    public List<Logged> changesAfter(long seq, ChangeType type, long id, int max) {
        // (seq + 1, '', -1) sorts before every row numbered seq + 1 and after every row numbered seq.
        List<ChangeLogRepository.Row> rows = type == null ? log.after(seq + 1, "", -1, false, max)
                : log.after(seq, type.wireName(), id, false, max);
        return rows.stream().map(r -> new Logged(r.type(), r.id(), r.seq(), r.deleted())).toList();
    }

    /** Notes that several resources of one type changed. */
    public void record(ChangeType type, Collection<Long> ids) {
        for (Long id : ids) {
            record(type, id);
        }
    }

    /** Notes that a resource was deleted: sync clients get a tombstone for it. */
    public void recordDeletion(ChangeType type, long id) {
        pending().merge(new ChangeLogRepository.Entry(type, id), ChangeLogRepository.Flags.DELETED,
                ChangeLogRepository.Flags::and);
    }

    /**
     * Notes, with its change, that the resource is or was visible to anonymous readers at the time of this write. A
     * post that never was gets no tombstone in an anonymous sync: its id would tell of a draft. Kept once set.
     */
    public void recordPublic(ChangeType type, long id) {
        pending().merge(new ChangeLogRepository.Entry(type, id), ChangeLogRepository.Flags.PUBLIC,
                ChangeLogRepository.Flags::and);
    }

    /**
     * Notes a change sync does not follow but cached answers depend on (the site settings): the transaction takes the
     * next content version, so caches drop what they hold, and writes no log row.
     */
    public void recordUnlogged() {
        pending();
        transactions.putResource(UNLOGGED, Boolean.TRUE);
    }

    private Map<ChangeLogRepository.Entry, ChangeLogRepository.Flags> pending() {
        // Outside a transaction getResource throws: a change must commit or roll back with the write it describes.
        @SuppressWarnings("unchecked")
        Map<ChangeLogRepository.Entry, ChangeLogRepository.Flags> pending =
                (Map<ChangeLogRepository.Entry, ChangeLogRepository.Flags>) transactions.getResource(PENDING);
        if (pending != null) {
            return pending;
        }
        Map<ChangeLogRepository.Entry, ChangeLogRepository.Flags> created = new LinkedHashMap<>();
        transactions.putResource(PENDING, created);
        transactions.registerInterposedSynchronization(new Synchronization() {
            private long seq = -1;

            @Override
            public void beforeCompletion() {
                // A transaction already bound to roll back has nothing to announce.
                if (transactions.getTransactionStatus() != Status.STATUS_MARKED_ROLLBACK) {
                    seq = log.append(created, transactions.getResource(UNLOGGED) != null);
                }
            }

            @Override
            public void afterCompletion(int status) {
                // Nothing to undo on rollback: the rows were written in the transaction and went with it. On commit,
                // this instance's caches learn the new version at once rather than at their next poll.
                if (status == Status.STATUS_COMMITTED && seq >= 0) {
                    committed.fire(new ContentCommitted(seq));
                }
            }
        });
        return created;
    }
}
