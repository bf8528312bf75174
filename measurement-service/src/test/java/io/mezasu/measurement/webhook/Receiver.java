package io.mezasu.measurement.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A city system's webhook endpoint on loopback, a real HTTP server. On {@code /flaky} the first attempt of every
 * third new message is answered 500 and that of every third but one is answered only after the sender's timeout;
 * {@code /down} answers 500 until {@link #recover()}. Everything answered 2xx is recorded, in arrival order.
 */
final class Receiver implements AutoCloseable {

    /** A request answered 204: its Standard Webhooks headers and body. */
    record Received(String id, String timestamp, String signature, String body) {
    }

    /** Well beyond the service's request timeout in the test profile (2 s). */
    static final long SLOW_MILLIS = 5_000;

    final List<Received> accepted = new CopyOnWriteArrayList<>();
    final AtomicInteger failedWith500 = new AtomicInteger();
    final AtomicInteger answeredTooLate = new AtomicInteger();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger messages = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpServer server;
    private volatile boolean down = true;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/flaky", this::flaky);
        server.createContext("/down", this::down);
        server.setExecutor(threads);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void recover() {
        down = false;
    }

    private void flaky(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        int message = attempt == 1 ? messages.incrementAndGet() : 0;
        if (message % 3 == 1) {
            failedWith500.incrementAndGet();
            answer(exchange, 500);
        } else if (message % 3 == 2) {
            answeredTooLate.incrementAndGet();
            try {
                TimeUnit.MILLISECONDS.sleep(SLOW_MILLIS); // a slow subscriber: the sender gives up first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 503);
        } else {
            accept(exchange);
        }
    }

    private void down(HttpExchange exchange) throws IOException {
        if (down) {
            failedWith500.incrementAndGet();
            answer(exchange, 500);
        } else {
            accept(exchange);
        }
    }

    private void accept(HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        accepted.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                headers.getFirst("webhook-signature"), body));
        answer(exchange, 204);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
