package org.flextime.scheduler.saga;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Resumes sagas after a restart and fails steps that overrun their deadline. */
@Component
class SagaClock {

    private static final Logger log = LoggerFactory.getLogger(SagaClock.class);
    private final ScheduleCreationSaga saga;

    SagaClock(ScheduleCreationSaga saga) {
        this.saga = saga;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        int running = saga.resume();
        if (running > 0) {
            log.info("resuming {} running saga(s)", running);
        }
    }

    @Scheduled(fixedDelayString = "${flextime.saga.sweep:1s}")
    void sweep() {
        for (String id : saga.overdue()) {
            saga.timeOut(id);
        }
    }
}
