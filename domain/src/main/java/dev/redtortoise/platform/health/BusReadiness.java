package dev.redtortoise.platform.health;

import dev.redtortoise.platform.errors.Reasons;
import dev.redtortoise.platform.messaging.Bus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
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
 * Sends a message to a temporary queue on the broker and reads it back. The round trip runs on a plain daemon
 * thread of this check's own, and the check waits for it at most {@link #DEADLINE_MILLIS}: a broker that has
 * gone away can hold a client call until its call timeout, and every part's check answers in the same health
 * request. While a round trip is still waiting, the next check waits for that one instead of starting
 * another; one that has waited longer than {@link #ABANDON_MILLIS} is given up with its thread, and a new
 * thread starts a new round trip.
 *
 * <p>Not a managed thread: Payara's thread factory gives a thread the context of the component that is
 * running when the thread is made. Here that is the health request's, which runs in the server's default web
 * module: on an instance without the front end that module is disabled, and a thread made in it never runs its
 * task (the API-only instance stayed DOWN for good); a thread made while the part was still deploying, as a
 * load balancer's early probe does, does not either. The round trip needs no context: the connection factory is
 * looked up by {@link Bus} on the caller's thread, and the thread loads classes through this
 * application's class loader.
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

    private ExecutorService executor;
    private Future<Optional<String>> inFlight;
    private long inFlightSince;

    @PostConstruct
    void start() {
        executor = newExecutor();
    }

    private ExecutorService newExecutor() {
        ClassLoader application = BusReadiness.class.getClassLoader();
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "bus-readiness-" + part.name());
            thread.setDaemon(true);
            thread.setContextClassLoader(application);
            return thread;
        });
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
        } catch (RuntimeException e) {
            return response.down().withData("reason", Reasons.of(e)).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }

    private synchronized Future<Optional<String>> roundTrip() {
        if (inFlight != null && !inFlight.isDone() && System.currentTimeMillis() - inFlightSince > ABANDON_MILLIS) {
            inFlight.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
        }
        if (inFlight == null || inFlight.isDone()) {
            ConnectionFactory factory = bus.connectionFactory();
            inFlight = executor.submit(() -> sendAndReceive(factory));
            inFlightSince = System.currentTimeMillis();
        }
        return inFlight;
    }

    private static Optional<String> sendAndReceive(ConnectionFactory factory) {
        String probe = UUID.randomUUID().toString();
        try (JMSContext context = factory.createContext()) {
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
