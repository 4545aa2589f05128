package org.bwc.articlex.screening;

import java.util.concurrent.CompletableFuture;
import org.bwc.articlex.reference.ReferenceDirectory;

/**
 * The screening policies built from the control list and the Security Council measures. Building the shipped lists'
 * indexes (names in six languages, near-miss automata) takes seconds of CPU, so it runs in a thread of its own while
 * the rest of the application starts; the first screening waits for it if it comes sooner. A directory of the
 * operator's ({@code articlex.reference.directory}) is read here, before the start completes, so that a bad list
 * still stops the start with its file, line and reason (docs/operations.md).
 */
public final class ScreeningLists {

    private final CompletableFuture<ArticleIIIScreeningPolicy> screening;
    private final CompletableFuture<ArticleXBalancePolicy> balance;

    private ScreeningLists(ReferenceDirectory directory) {
        if (directory.isShipped()) {
            this.screening = CompletableFuture.supplyAsync(ArticleIIIScreeningPolicy::fromClasspath, ScreeningLists::ownThread);
        } else {
            this.screening = CompletableFuture.completedFuture(
                    new ArticleIIIScreeningPolicy(ControlList.load(directory), SecurityCouncilMeasures.load(directory)));
        }
        this.balance = screening.thenApply(policy ->
                new ArticleXBalancePolicy(policy.controlList(), policy.securityCouncilMeasures()));
    }

    static ScreeningLists of(ReferenceDirectory directory) {
        return new ScreeningLists(directory);
    }

    public ArticleIIIScreeningPolicy screening() {
        return screening.join();
    }

    public ArticleXBalancePolicy balance() {
        return balance.join();
    }

    private static void ownThread(Runnable build) {
        Thread thread = new Thread(build, "screening-lists");
        thread.setDaemon(true);
        thread.start();
    }
}
