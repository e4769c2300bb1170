package dev.redtortoise.platform.documents;

import dev.redtortoise.platform.messaging.Bus;
import dev.redtortoise.platform.messaging.CoalescedSend;
import dev.redtortoise.platform.messaging.Destination;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The version of the content that read caches hold (article pages, authors, tags). A write here raises
 * it at once, so the writer's next read is fresh, and tells the other instances over the bus, whose
 * listener raises theirs. The telling is a hint sent off the request's thread (coalesced: many changes
 * while one message is on its way give one more message), so no request waits on a broker that is away;
 * caches also expire on their own, in case a message is lost. Each message names the instance that sent
 * it, and that instance skips its own message when it comes back on the topic: its version rose with the
 * write, and a second rise a moment later would throw away the pages read in between.
 */
@ApplicationScoped
public class ContentChanges {

    static final String TYPE = "content-changed";
    static final String ORIGIN = "origin";

    private final AtomicLong version = new AtomicLong();
    private final String origin = UUID.randomUUID().toString();

    @Inject
    Bus bus;

    private CoalescedSend tellOthers;

    /**
     * The executor is looked up, not injected with {@code @Resource}: the API's message-driven bean injects
     * this bean, and with a resource reference here Payara Micro found no EJB in the API's WAR (it did not deploy).
     */
    @PostConstruct
    void start() {
        ManagedExecutorService executor;
        try {
            executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("the default managed executor service is not available", e);
        }
        tellOthers = new CoalescedSend("content change for the other instances (their caches expire on their own)",
                () -> bus.publish(Destination.CONTENT_CHANGES, TYPE, message()), executor);
    }

    public long version() {
        return version.get();
    }

    public void changed() {
        version.incrementAndGet();
        tellOthers.request();
    }

    /** What this instance tells the others. */
    JsonObject message() {
        return Json.createObjectBuilder().add(ORIGIN, origin).build();
    }

    /** A content-changed message from the bus: raises the version unless this instance sent it. */
    public void told(JsonObject message) {
        if (!origin.equals(message.getString(ORIGIN, null))) {
            version.incrementAndGet();
        }
    }
}
