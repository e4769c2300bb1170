package dev.redtortoise.deadletters.boundary;

import dev.redtortoise.audit.boundary.AuditLog;
import dev.redtortoise.audit.entity.Actor;
import dev.redtortoise.deadletters.control.DeadLetterStore;
import dev.redtortoise.deadletters.entity.DeadLetter;
import dev.redtortoise.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The dead letters, for the console and the operations endpoint: list them, put one or all back on their
 * original address, or discard them. Each replay or discard takes the message off its dead-letter queue,
 * sends the copy (for a replay) and records the audit entry in one transaction, so a message is never
 * replayed twice nor lost, and never moved without its entry. A replayed copy keeps the bus id, so a
 * consumer that did the work before all skips it.
 */
@ApplicationScoped
public class DeadLetterQueues {

    /** At most this many are listed, and moved by one "all": a dead-letter queue is meant to stay short. */
    public static final int LISTED = 500;

    static final String REPLAY = "dead-letter.replay";
    static final String DISCARD = "dead-letter.discard";

    private static final Logger LOG = Logger.getLogger(DeadLetterQueues.class.getName());

    @Inject
    DeadLetterStore store;

    @Inject
    AuditLog audit;

    /** Up to {@value #LISTED} dead letters of every queue, oldest first. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<DeadLetter> list() {
        return store.browse(LISTED);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeadLetter get(String id) {
        return store.find(DeadLetter.checkedId(id)).orElseThrow(() -> gone(id));
    }

    @Transactional
    public DeadLetter replay(Actor actor, String id) {
        return move(actor, id, true);
    }

    @Transactional
    public DeadLetter discard(Actor actor, String id) {
        return move(actor, id, false);
    }

    /** Replays up to {@value #LISTED} dead letters, all or none; returns how many. */
    @Transactional
    public int replayAll(Actor actor) {
        return moveAll(actor, true);
    }

    /** Discards up to {@value #LISTED} dead letters, all or none; returns how many. */
    @Transactional
    public int discardAll(Actor actor) {
        return moveAll(actor, false);
    }

    private DeadLetter move(Actor actor, String id, boolean replay) {
        DeadLetter found = store.find(DeadLetter.checkedId(id)).orElseThrow(() -> gone(id));
        DeadLetter taken = store.take(found.queue(), id, replay).orElseThrow(() -> gone(id));
        record(actor, taken, replay);
        return taken;
    }

    private int moveAll(Actor actor, boolean replay) {
        List<DeadLetter> taken = new ArrayList<>();
        for (String queue : store.queues()) {
            taken.addAll(store.takeAll(queue, LISTED - taken.size(), replay));
            if (taken.size() >= LISTED) {
                break;
            }
        }
        taken.forEach(letter -> record(actor, letter, replay));
        LOG.info(() -> actor + (replay ? " replayed " : " discarded ") + taken.size() + " dead letters");
        return taken.size();
    }

    private void record(Actor actor, DeadLetter letter, boolean replay) {
        String after = replay ? Json.createObjectBuilder().add("replayedTo", letter.originalAddress()).build().toString()
                : null;
        audit.record(actor, replay ? REPLAY : DISCARD, "dead-letter:" + letter.id(), letter.summary(), after, null);
    }

    private static Refusal gone(String id) {
        return Refusal.notFound("dead letter " + id + " not found (replayed or discarded already?)");
    }
}
