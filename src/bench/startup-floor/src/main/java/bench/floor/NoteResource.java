package bench.floor;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

/** The request the floor's startup is timed to: a page of rows from the database, as JSON. */
@Path("/notes")
public class NoteResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Note> list() {
        return Note.findAll(Sort.by("id")).page(0, 10).list();
    }
}
