package io.mezasu.startupcost.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The one REST resource every row has: what a service's HTTP layer costs with nothing behind it. */
@Path("/ping")
public class PingResource {

    public record Pong(String status) {
    }

    @GET
    public Pong ping() {
        return new Pong("ok");
    }
}
