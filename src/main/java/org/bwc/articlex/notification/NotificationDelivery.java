package org.bwc.articlex.notification;

import static org.bwc.articlex.notification.NotificationDeliveryProcess.ERROR_NOTIFICATION_UNDELIVERABLE;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.PROCESS_ID;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.VAR_CASE_ID;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.VAR_RECIPIENT_PARTY;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.bwc.articlex.security.ApplicationCalls;
import org.bwc.articlex.web.DatabaseUnavailable;
import org.bwc.articlex.web.ConflictException;
import org.bwc.articlex.web.NotFoundException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery of a notification's e-mail, one {@code notification-delivery} process instance per notification.
 *
 * <p>Guarantees: the instance starts in the transaction that creates the notification (nothing is lost, a
 * rollback sends nothing); the send task is an async job whose failures are retried with back-off
 * ({@code articlex.notification.email.retry-cycle}) and end in a Camunda incident plus {@code FAILED} in the feed;
 * a missing, malformed or permanently refused address ends as undeliverable ({@code FAILED} with the reason, no
 * retries). Never two e-mails: once the SMTP server has accepted the message, {@code SENT} is committed at once in
 * a transaction of its own, and every later attempt (a retried job, a re-send) sees it and skips; while the database
 * is away at that moment, no other delivery on this node sends it again ({@link AcceptedNotRecorded}); the e-mail's
 * {@code Message-ID} is derived from the notification id for the one window no database can close (accepted by
 * the server, then the engine dies before recording it).
 *
 * <p>Starting a delivery and re-sending one are the application's engine calls ({@link ApplicationCalls}), not those
 * of the user whose action caused them: no party holds, or should hold, the right to start a process.
 */
@Service
public class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final NotificationRepository notifications;
    private final NotificationMail mail;
    private final NotificationSettings settings;
    private final PartyDirectory parties;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final AcceptedNotRecorded acceptedNotRecorded = new AcceptedNotRecorded();

    NotificationDelivery(NotificationRepository notifications, NotificationMail mail, NotificationSettings settings,
            PartyDirectory parties, RuntimeService runtime, ManagementService management,
            ProcessEngine engine, Clock clock, PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.mail = mail;
        this.settings = settings;
        this.parties = parties;
        this.runtime = runtime;
        this.management = management;
        this.engineConfiguration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Starts the delivery of a new notification, in the transaction that creates it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void start(Notification notification) {
        if (!settings.getEmail().isEnabled()) {
            log.debug("E-mail delivery is off (articlex.notification.email.enabled=false): notification {} is in the feed only",
                    notification.id());
            return;
        }
        ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(PROCESS_ID, notification.id(), Variables.createVariables()
                .putValue(VAR_CASE_ID, notification.caseId())
                .putValue(VAR_RECIPIENT_PARTY, notification.recipientParty())));
    }

    /**
     * One delivery attempt (the send task's job). Returns when the e-mail is sent or was sent before; throws a
     * {@link BpmnError} when the address is undeliverable; throws anything else to have the job retried.
     *
     * <p>A State receives a case's e-mails in the order of its changes, although each notification has a job of its
     * own and the jobs race: the attempt first sends, oldest first, the notifications of the same case and recipient
     * created before this one that are still waiting for their own delivery, then this one (docs/notifications.md,
     * "Order"). Each of those steps holds the row locks of the waiting notifications, so a job of an earlier
     * notification waits and then finds its notification SENT. An earlier notification that fails for a passing
     * reason fails this attempt too (retried, as its own job is); an undeliverable one is recorded FAILED and skipped.
     */
    public void deliver(String notificationId) {
        Notification notification = notifications.find(notificationId)
                .orElseThrow(() -> new IllegalStateException("No notification " + notificationId));
        if (notification.emailState() == EmailState.SENT) {
            log.info("Notification {} was already sent at {}; not sending it again", notificationId, notification.sentAt());
            return;
        }
        while (sendOldestWaiting(notification)) {
            // an earlier notification of the case went out first; on to the next
        }
    }

    /**
     * Sends the oldest notification of {@code own}'s case and recipient that is waiting, in a transaction of its own
     * that holds the locks of all the waiting ones. Returns whether {@code own} is still waiting.
     */
    private boolean sendOldestWaiting(Notification own) {
        AtomicReference<Notification> accepted = new AtomicReference<>();
        Step step;
        try {
            step = ownTransaction.execute(tx -> {
                List<Notification> waiting = lockWaiting(own);
                if (waiting.isEmpty()) {
                    return new Step(Outcome.NOTHING_WAITING, null, null, null);
                }
                Notification next = waiting.get(0);
                try {
                    NotificationMail.recipient(next.recipientAddress());
                    mail.send(next);
                } catch (Exception failure) {
                    Optional<String> undeliverable = DeliveryFailure.undeliverable(failure); // a bad address, a 5xx
                    String reason = undeliverable.orElseGet(() -> DeliveryFailure.describe(failure));
                    boolean isOwn = next.id().equals(own.id());
                    if (undeliverable.isEmpty()) {
                        // counted as an attempt of this job only: the earlier one's own job counts its own attempts
                        notifications.recordFailedAttempt(own.id(), isOwn ? reason
                                : "Waits for the earlier notification " + next.id() + " of its case, which failed: " + reason);
                        return new Step(Outcome.FAILED, next, reason, failure);
                    }
                    notifications.recordFailedAttempt(next.id(), reason);
                    if (!isOwn) {
                        notifications.markFailed(next.id(), reason); // its own job ends undeliverable on seeing it
                    }
                    return new Step(Outcome.UNDELIVERABLE, next, reason, null);
                }
                accepted.set(next);
                acceptedNotRecorded.accepted(next.id());
                notifications.markSent(next.id(), clock.instant());
                return new Step(Outcome.SENT, next, null, null);
            });
        } catch (RuntimeException failure) {
            Notification sent = accepted.get();
            if (sent == null) {
                throw failure;
            }
            // accepted by the server, but SENT did not commit with the step: record it on its own, patiently
            recordSent(sent.id());
            step = new Step(Outcome.SENT, sent, null, null);
        } finally {
            Notification sent = accepted.get();
            if (sent != null) {
                acceptedNotRecorded.settled(sent.id());
            }
        }
        boolean isOwn = step.notification() != null && step.notification().id().equals(own.id());
        switch (step.outcome()) {
            case NOTHING_WAITING -> {
                // another delivery on this node had it accepted and is still recording SENT: its answer, not a resend
                acceptedNotRecorded.awaitSettled(own.id(), sentRecordPatience());
                Notification now = notifications.find(own.id()).orElseThrow();
                if (now.emailState() == EmailState.FAILED) {
                    // the delivery of a later notification of the case found this one undeliverable
                    log.warn("Notification {} is undeliverable: {}", own.id(), now.lastError());
                    throw new BpmnError(ERROR_NOTIFICATION_UNDELIVERABLE, now.lastError() == null ? "Undeliverable" : now.lastError());
                }
                if (now.emailState() != EmailState.SENT) {
                    throw new IllegalStateException("Notification " + own.id() + " is " + now.emailState() + " but not waiting");
                }
                log.info("Notification {} was sent at {} (with an earlier delivery of its case); not sending it again",
                        own.id(), now.sentAt());
                return false;
            }
            case SENT -> {
                Notification sent = step.notification();
                log.info("Notification {} ({}) e-mailed to {}{}", sent.id(), sent.subject(), sent.recipientAddress(),
                        isOwn ? "" : " before notification " + own.id() + " of the same case");
                return !isOwn;
            }
            case UNDELIVERABLE -> {
                log.warn("Notification {} is undeliverable: {}", step.notification().id(), step.reason());
                if (isOwn) {
                    throw new BpmnError(ERROR_NOTIFICATION_UNDELIVERABLE, step.reason());
                }
                return true;
            }
            default -> throw new DeliveryFailedException("E-mail of notification " + step.notification().id() + " to "
                    + step.notification().recipientAddress() + " failed: " + step.reason()
                    + (isOwn ? "" : " (sent before notification " + own.id() + ", which follows it in its case)"), step.failure());
        }
    }

    /**
     * Locks the waiting notifications of {@code own}'s case and recipient up to {@code own}, oldest first, and reads them
     * as they are now. Waiting: PENDING with a delivery of their own under way; one created while e-mail was off has
     * none, stays in the feed only, and is not sent by a later one either. One this node had accepted by the server
     * while its SENT is not committed yet is not waiting: it went out, before the ones after it.
     */
    private List<Notification> lockWaiting(Notification own) {
        List<Notification> waiting = new ArrayList<>();
        for (String id : notifications.lockPendingUpTo(own)) {
            notifications.find(id)
                    .filter(n -> n.emailState() == EmailState.PENDING)
                    .filter(n -> !acceptedNotRecorded.contains(n.id()))
                    .filter(n -> n.id().equals(own.id()) || deliveryUnderWay(n.id()))
                    .ifPresent(waiting::add);
        }
        return waiting;
    }

    private boolean deliveryUnderWay(String notificationId) {
        return ApplicationCalls.run(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(notificationId).count() > 0);
    }

    private enum Outcome { NOTHING_WAITING, SENT, UNDELIVERABLE, FAILED }

    /** What one step of {@link #sendOldestWaiting} did, and to which notification. */
    private record Step(Outcome outcome, Notification notification, String reason, Exception failure) {
    }

    /**
     * The SMTP server has accepted the e-mail: SENT must be recorded, or a retry of the job sends it again. When the
     * database is away at that moment (a restart, a fail-over), the attempt is repeated every half second for as long
     * as the job's lock keeps any other thread or node off this job (three quarters of it), so that an outage shorter
     * than that costs no second e-mail; meanwhile the deliveries of this node leave it alone ({@link AcceptedNotRecorded}),
     * and another node's, of a later e-mail of the case, could take it only in the half second after the database is
     * back. Longer, or a crash right here, leaves the one window no database can close: the job is retried and the
     * e-mail goes out again under the same {@code Message-ID} (RELIABILITY.md, scenario 2).
     */
    private void recordSent(String notificationId) {
        long deadline = System.nanoTime() + sentRecordPatience().toNanos();
        while (true) {
            try {
                ownTransaction.executeWithoutResult(tx -> notifications.markSent(notificationId, clock.instant()));
                return;
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.causedBy(failure) || System.nanoTime() > deadline) {
                    throw failure;
                }
                log.warn("Notification {} was e-mailed but the database is away; recording SENT again in 0.5 s", notificationId);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure;
                }
            }
        }
    }

    private java.time.Duration sentRecordPatience() {
        JobExecutor jobExecutor = engineConfiguration.getJobExecutor();
        long lockMillis = jobExecutor == null ? 0 : jobExecutor.getLockTimeInMillis();
        return java.time.Duration.ofMillis(lockMillis * 3 / 4);
    }

    /** The undeliverable path's record: FAILED with the reason, in the job's transaction. */
    public void recordUndeliverable(String notificationId, String reason) {
        notifications.markFailed(notificationId, reason == null ? "Undeliverable" : reason);
    }

    /** The send job's last retry failed and Camunda opened an incident: the feed shows FAILED. */
    void retriesExhausted(String notificationId, String incidentMessage) {
        notifications.markFailed(notificationId, "Delivery failed after all retries (Camunda incident): "
                + (incidentMessage == null ? "unknown error" : incidentMessage));
        log.error("Notification {} could not be e-mailed after all retries; a Camunda incident is open: {}",
                notificationId, incidentMessage);
    }

    /** The incident was resolved (retries set again, e.g. by a re-send or in Cockpit): the e-mail is pending again. */
    void incidentResolved(String notificationId) {
        notifications.markPendingIfFailed(notificationId);
    }

    /**
     * Sends a notification that has not gone out: after an incident, sets its job's retries again (the same job,
     * the same notification, delivered once); after an undeliverable address, starts a new delivery with the
     * party's current address (fixed in the configuration meanwhile); while still retrying, tries now. A notification
     * that was sent is never sent again.
     */
    @Transactional
    public Notification resend(String notificationId) {
        Notification notification = notifications.findForUpdate(notificationId)
                .orElseThrow(() -> new NotFoundException("No notification " + notificationId));
        if (notification.emailState() == EmailState.SENT) {
            throw new ConflictException("Notification " + notificationId + " was e-mailed at " + notification.sentAt()
                    + "; it is never sent twice");
        }
        if (!settings.getEmail().isEnabled()) {
            throw new ConflictException("E-mail delivery is switched off (articlex.notification.email.enabled=false)");
        }
        String address = parties.find(notification.recipientParty()).map(PartyDirectory.Party::email)
                .orElse(notification.recipientAddress());
        notifications.requeue(notificationId, address);
        ApplicationCalls.run(() -> {
            ProcessInstance running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                    .processInstanceBusinessKey(notificationId).active().singleResult();
            Job job = running == null ? null
                    : management.createJobQuery().processInstanceId(running.getId()).singleResult();
            if (job == null) {
                start(notification);
            } else {
                if (job.getRetries() == 0) {
                    management.setJobRetries(job.getId(), 1); // resolves the incident: the same job, once
                }
                management.setJobDuedate(job.getId(), ClockUtil.getCurrentTime());
                wakeJobExecutorAfterCommit();
            }
        });
        log.info("Notification {} queued for re-sending to {}", notificationId, address);
        return notifications.find(notificationId).orElseThrow();
    }

    /** An idle job executor polls rarely; a job made due again by hand is picked up at once after the commit. */
    private void wakeJobExecutorAfterCommit() {
        JobExecutor jobExecutor = engineConfiguration.getJobExecutor();
        if (jobExecutor != null && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    jobExecutor.jobWasAdded();
                }
            });
        }
    }

    /** A failed attempt the job executor retries; its message is the incident's once retries are exhausted. */
    static final class DeliveryFailedException extends RuntimeException {

        DeliveryFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
