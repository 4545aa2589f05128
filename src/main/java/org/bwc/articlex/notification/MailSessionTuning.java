package org.bwc.articlex.notification;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Makes an e-mail cost its SMTP conversation and little else. A flight recording of a node delivering notifications
 * (BENCHMARKS.md, "Where the time goes") found a fifth of its CPU outside the conversation: Jakarta Mail looks up its
 * stream provider with a {@link java.util.ServiceLoader} for every body part, which in the packaged jar means scanning
 * every nested jar; and the write time-out ({@code mail.smtp.writetimeout}) started one thread per connection.
 * Naming the provider (Jakarta Mail's documented system property) and lending one scheduler to all connections
 * (Angus Mail's {@code mail.smtp.executor.writetimeout}) keep both time-outs and remove that work.
 */
@Component
class MailSessionTuning implements BeanPostProcessor, DisposableBean {

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";
    static final String WRITE_TIMEOUT_EXECUTOR = "mail.smtp.executor.writetimeout";

    private final ScheduledThreadPoolExecutor writeTimeouts = writeTimeoutScheduler();

    MailSessionTuning() {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl smtp) {
            smtp.getJavaMailProperties().put(WRITE_TIMEOUT_EXECUTOR, writeTimeouts);
        }
        return bean;
    }

    @Override
    public void destroy() {
        writeTimeouts.shutdownNow();
    }

    private static ScheduledThreadPoolExecutor writeTimeoutScheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "smtp-write-timeout");
            thread.setDaemon(true);
            return thread;
        });
        // a write that finished cancels its time-out: drop it at once instead of keeping it queued for ten seconds
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }
}
