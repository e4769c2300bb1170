package dev.redtortoise.platform.errors;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Reports MongoDB commands that took longer than {@code RT_SLOW_QUERY_MS}, by their shape. The driver lends
 * the command document only while the started event is handled, so the shape is taken then and kept until
 * the command ends; it is registered only while error tracking is on.
 */
public class SlowCommands implements CommandListener {

    /** Commands that wait by design (a long poll, a change stream): never slow. */
    private static final Set<String> WAITING = Set.of("getMore", "hello", "isMaster", "ismaster");

    private final long thresholdMillis;
    private final BiConsumer<String, Long> report;
    /** By request id, which the driver numbers uniquely across its connections. */
    private final Map<Integer, String> running = new ConcurrentHashMap<>();

    /** @param report receives the shape and the milliseconds of each slow command */
    public SlowCommands(long thresholdMillis, BiConsumer<String, Long> report) {
        this.thresholdMillis = thresholdMillis;
        this.report = report;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!WAITING.contains(event.getCommandName())) {
            running.put(event.getRequestId(), StatementShapes.command(event.getCommandName(), event.getCommand()));
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        ended(event.getRequestId(), event.getElapsedTime(TimeUnit.MILLISECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        ended(event.getRequestId(), event.getElapsedTime(TimeUnit.MILLISECONDS));
    }

    private void ended(int requestId, long millis) {
        String shape = running.remove(requestId);
        if (shape != null && millis >= thresholdMillis) {
            report.accept(shape, millis);
        }
    }
}
