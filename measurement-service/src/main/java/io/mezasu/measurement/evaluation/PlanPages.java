package io.mezasu.measurement.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered plan pages (GET …/evaluations), which city systems poll. A page is reused until an evaluation of
 * its plan is saved here (dropped when that transaction completes) or, for changes made by another replica,
 * until a fingerprint check finds it stale; that check runs at most every {@link #RECHECK_NANOS}.
 */
@ApplicationScoped
public class PlanPages {

    static final long RECHECK_NANOS = 250_000_000L;

    /**
     * A page with its ETag, and when it was last checked against the database. {@code body} is the page's JSON,
     * encoded once as UTF-8; every request sends these bytes as they are.
     */
    public record Page(String etag, byte[] body, long checkedAtNanos) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;

    public PlanPages(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** A page that needs no check yet, or null. */
    Page fresh(String plan) {
        Page page = pages.get(plan);
        return page != null && System.nanoTime() - page.checkedAtNanos() < RECHECK_NANOS ? page : null;
    }

    Page get(String plan) {
        return pages.get(plan);
    }

    void put(String plan, Page page) {
        pages.put(plan, page);
    }

    /** Called inside the transaction that saves an evaluation of {@code plan}; once per plan is enough. */
    void changedIn(String plan) {
        String key = PlanPages.class.getName() + "/" + plan;
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                pages.remove(plan);
            }
        });
    }
}
