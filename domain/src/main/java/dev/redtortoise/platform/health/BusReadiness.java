package dev.redtortoise.platform.health;

import dev.redtortoise.platform.errors.Reasons;
import dev.redtortoise.platform.messaging.Bus;
import jakarta.annotation.Resource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.TemporaryQueue;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a message to a temporary queue on the broker and reads it back. The round trip runs on a thread of
 * this part's own (from its managed thread factory, so with this application's context, whoever calls the
 * check: the health endpoint runs in the server's default web module, which may not even be deployed), and
 * the check waits for it at most {@link #DEADLINE_MILLIS}: a broker that has gone away can hold a client
 * call until its call timeout, and every part's check answers in the same health request. While a round trip
 * is still waiting, the next check waits for that one instead of starting another; one that has waited longer
 * than {@link #ABANDON_MILLIS} is given up with its thread, and a new thread starts a new round trip (a thread
 * made while the part was still deploying may never run its task: a load balancer probes that early).
 */
@Readiness
@ApplicationScoped
public class BusReadiness implements HealthCheck {

    static final long DEADLINE_MILLIS = 2_000;
    static final long RECEIVE_TIMEOUT_MILLIS = 1_500;
    static final long ABANDON_MILLIS = 10_000;

    @Inject
    Part part;

    @Inject
    Bus bus;

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService executor;
    private Future<Optional<String>> inFlight;
    private long inFlightSince;

    @PostConstruct
    void start() {
        executor = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.builder().withData("part", part.name()).name("artemis");
        try {
            Optional<String> failure = roundTrip().get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
            return failure.map(reason -> response.down().withData("reason", reason)).orElse(response.up()).build();
        } catch (TimeoutException e) {
            return response.down().withData("reason", "the broker did not answer within " + DEADLINE_MILLIS + " ms")
                    .build();
        } catch (ExecutionException e) {
            return response.down().withData("reason", Reasons.of(e.getCause())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }

    private synchronized Future<Optional<String>> roundTrip() {
        if (inFlight != null && !inFlight.isDone() && System.currentTimeMillis() - inFlightSince > ABANDON_MILLIS) {
            inFlight.cancel(true);
            executor.shutdownNow();
            executor = Executors.newSingleThreadExecutor(threads);
        }
        if (inFlight == null || inFlight.isDone()) {
            inFlight = executor.submit(this::sendAndReceive);
            inFlightSince = System.currentTimeMillis();
        }
        return inFlight;
    }

    private Optional<String> sendAndReceive() {
        String probe = UUID.randomUUID().toString();
        try (JMSContext context = bus.connectionFactory().createContext()) {
            TemporaryQueue queue = context.createTemporaryQueue();
            try (JMSConsumer consumer = context.createConsumer(queue)) {
                context.createProducer().send(queue, probe);
                String echoed = consumer.receiveBody(String.class, RECEIVE_TIMEOUT_MILLIS);
                return probe.equals(echoed) ? Optional.empty()
                        : Optional.of("no round trip within " + RECEIVE_TIMEOUT_MILLIS + " ms");
            }
        }
    }
}
