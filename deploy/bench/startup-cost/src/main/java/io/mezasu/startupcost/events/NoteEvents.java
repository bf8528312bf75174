package io.mezasu.startupcost.events;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * One outgoing channel (an Emitter) and one incoming channel on the same topic: a Kafka producer and a consumer,
 * as each service has, with their readiness checks.
 */
@Path("/events")
@ApplicationScoped
public class NoteEvents {

    private final AtomicLong received = new AtomicLong();

    @Inject
    @Channel("notes-out")
    Emitter<String> out;

    @POST
    public void send(String text) {
        out.send(text).toCompletableFuture().join();
    }

    @GET
    public long received() {
        return received.get();
    }

    @Incoming("notes-in")
    public void receive(String text) {
        received.incrementAndGet();
    }
}
