package io.mezasu.platform.events;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Waits, on a transactional thread, until Kafka has acknowledged some sends. The sends are assembled
 * and subscribed on a context-free thread: if the JTA context is propagated into the producer's
 * callback thread, the commit that follows can fail with "Enlisted connection used without active
 * transaction" (quarkusio/quarkus#39100).
 */
public final class KafkaAcks {

    private static final ExecutorService SENDER = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "kafka-acks");
        thread.setDaemon(true);
        return thread;
    });

    private KafkaAcks() {
    }

    /** Returns once every send is acknowledged; throws if one fails or the timeout passes first. */
    public static void awaitAll(Supplier<List<Uni<Void>>> sends, Duration timeout) {
        CompletableFuture<Void> acked = CompletableFuture
                .supplyAsync(() -> Uni.join().all(sends.get()).andFailFast().replaceWithVoid()
                        .subscribeAsCompletionStage(), SENDER)
                .thenCompose(stage -> stage);
        try {
            acked.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the send: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            acked.cancel(true);
            throw new IllegalStateException("Kafka did not acknowledge within " + timeout, e);
        }
    }
}
