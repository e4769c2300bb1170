package dev.redtortoise.heartbeat.boundary;

import dev.redtortoise.heartbeat.entity.Heartbeat;
import dev.redtortoise.platform.messaging.Bus;
import dev.redtortoise.platform.messaging.Destination;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/** The orchestration heartbeat: beats from the timer or on request over the bus. */
@ApplicationScoped
@Transactional
public class Heartbeats {

    public static final String ORCHESTRATION = "orchestration";
    static final String REQUEST_TYPE = "heartbeat.requested";

    private static final Logger LOG = Logger.getLogger(Heartbeats.class.getName());

    @PersistenceContext(unitName = "redtortoise")
    EntityManager em;

    @Inject
    Bus bus;

    public Heartbeat beat(Heartbeat.Trigger trigger) {
        em.createNativeQuery("INSERT INTO heartbeat (name, last_run, last_trigger, beats) "
                        + "VALUES (?1, ?2, ?3, 0) ON CONFLICT (name) DO NOTHING")
                .setParameter(1, ORCHESTRATION)
                .setParameter(2, Instant.EPOCH)
                .setParameter(3, trigger.name())
                .executeUpdate();
        Heartbeat heartbeat = em.find(Heartbeat.class, ORCHESTRATION, LockModeType.PESSIMISTIC_WRITE);
        heartbeat.beat(trigger, Instant.now());
        LOG.info(() -> "heartbeat " + ORCHESTRATION + " #" + heartbeat.beats() + " by " + trigger);
        return heartbeat;
    }

    /** Asks the orchestration part, wherever it runs, to beat now; returns at once. */
    public void request() {
        bus.publish(Destination.HEARTBEAT_REQUESTS, REQUEST_TYPE);
    }

    public Optional<Heartbeat> last() {
        return Optional.ofNullable(em.find(Heartbeat.class, ORCHESTRATION));
    }
}
