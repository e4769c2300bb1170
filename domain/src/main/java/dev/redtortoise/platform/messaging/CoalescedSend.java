package dev.redtortoise.platform.messaging;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A best-effort send that callers ask for and never wait on: it runs on the executor, one at a time, and
 * the requests that arrive while one runs are answered by one more send after it. A caller is therefore
 * never held up by the broker (a send to a broker that is away may block for seconds), and a burst of
 * requests costs two sends, not one each. Only for sends whose content does not differ per request, such as
 * "something changed" hints.
 */
public final class CoalescedSend {

    private static final Logger LOG = Logger.getLogger(CoalescedSend.class.getName());

    private final String what;
    private final Runnable send;
    private final Executor executor;
    /** Requests not yet covered by a send; a send is running or submitted while this is above zero. */
    private final AtomicInteger owed = new AtomicInteger();

    public CoalescedSend(String what, Runnable send, Executor executor) {
        this.what = what;
        this.send = send;
        this.executor = executor;
    }

    public void request() {
        if (owed.getAndIncrement() == 0) {
            try {
                executor.execute(this::sendWhileOwed);
            } catch (RejectedExecutionException e) { // shutting down: nobody is left to tell
                owed.set(0);
                LOG.warning(() -> what + " not sent: " + e.getMessage());
            }
        }
    }

    private void sendWhileOwed() {
        int covered;
        do {
            covered = owed.get();
            try {
                send.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " not sent: " + e.getMessage());
            }
        } while (owed.addAndGet(-covered) > 0);
    }
}
