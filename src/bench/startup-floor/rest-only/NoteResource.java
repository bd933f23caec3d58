package bench.floor;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The REST-only variant's request: the same path, a constant answer (no database in that variant). */
@Path("/notes")
public class NoteResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> list() {
        return List.of(Map.of("id", 1, "title", "first"));
    }
}
