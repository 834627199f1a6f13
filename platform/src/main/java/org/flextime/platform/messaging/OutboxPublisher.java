package org.flextime.platform.messaging;

import org.flextime.contracts.events.EventEnvelope;
import org.flextime.contracts.events.EventSchemas;
import org.flextime.platform.security.Actor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Publishes by writing the outbox in the current transaction, and wakes the dispatcher on commit. */
public class OutboxPublisher implements EventPublisher {

    private final Outbox outbox;
    private final EventSchemas schemas;
    private final Runnable wake;

    /** A publisher that checks every event against its schema before it is stored. */
    public OutboxPublisher(Outbox outbox, EventSchemas schemas, Runnable wake) {
        this.outbox = outbox;
        this.schemas = schemas;
        this.wake = wake;
    }

    @Override
    public void publish(EventEnvelope event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Without the producer's transaction the outbox row could outlive (or die with) the state it announces.
            throw new IllegalStateException("publish " + event.type() + " outside a transaction");
        }
        schemas.check(event);
        // the user whose request (or whose event) this work serves: the audit trail names them
        outbox.append(event.actor() == null ? Actor.current().map(event::withActor).orElse(event) : event);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake.run();
            }
        });
    }
}
