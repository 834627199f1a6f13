package org.flextime.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.flextime.contracts.events.EventEnvelope;

/**
 * The embedded topology's transport: one per JVM, shared by every service context.
 *
 * <p>Delivery is synchronous from the producer's dispatcher into each consumer's transaction; the
 * producer's outbox row is marked sent only after every group committed or parked the event, which
 * gives at-least-once delivery across restarts. The broker stays closed until the whole topology
 * has registered, so an event drained early after a restart is not delivered to nobody.
 */
public class InProcessBroker implements EventBroker {

    private record Endpoint(Subscription subscription, IdempotentConsumer consumer) {
    }

    private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();
    private final CountDownLatch open = new CountDownLatch(1);

    @Override
    public void register(Subscription subscription, IdempotentConsumer consumer) {
        endpoints.add(new Endpoint(subscription, consumer));
    }

    /** Opens delivery; called once every service has registered. */
    public void open() {
        open.countDown();
    }

    @Override
    public void awaitOpen() throws InterruptedException {
        open.await();
    }

    @Override
    public void deliver(EventEnvelope event) {
        List<String> failures = new ArrayList<>();
        RuntimeException first = null;
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.subscription().wants(event.type())) {
                continue;
            }
            try {
                endpoint.consumer().deliver(endpoint.subscription(), event);
            } catch (RuntimeException e) {
                // A group whose own database failed must not keep the event from the others; the whole
                // delivery is retried, and groups that already committed recognise the repeat.
                failures.add(e instanceof DeliveryFailedException ? e.getMessage()
                        : endpoint.subscription().group() + " failed " + event.type() + ": " + Messages.describe(e));
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new DeliveryFailedException(String.join("; ", failures), first);
        }
    }

    /** Groups registered so far (for health and diagnostics). */
    public List<String> groups() {
        return endpoints.stream().map(e -> e.subscription().group()).distinct().toList();
    }
}
