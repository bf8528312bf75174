package io.mezasu.startupcost.notes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Reads through the entity, so the AOT training run loads what a first request to the database loads. */
@Path("/notes/count")
public class NoteResource {

    @GET
    public long count() {
        return Note.count();
    }
}
