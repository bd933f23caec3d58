package dev.inkstone.search;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Search-as-you-type completions over HTTP. */
@Path("/api/v1/search/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SuggestResource {

    private final Suggestions suggestions;

    SuggestResource(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(summary = "Suggest completions", description = "Up to 10 post titles, tag and category names that "
            + "begin with q as typed: in Chinese (Traditional or Simplified), in pinyin (shujuku, shu ju, sjk) or "
            + "English (a title also from its later words). Published posts only, for every caller. Labels used by "
            + "more posts come first, then shorter texts. 503 with Retry-After while the index is being built.")
    @APIResponse(responseCode = "200", description = "Completions, best first; empty when none",
            content = @Content(schema = @Schema(implementation = SuggestionList.class), examples = {
                    @ExampleObject(name = "chinese", value = SearchExamples.SUGGEST_CHINESE),
                    @ExampleObject(name = "pinyin", value = SearchExamples.SUGGEST_PINYIN),
                    @ExampleObject(name = "english", value = SearchExamples.SUGGEST_ENGLISH) }))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "503", description = "The search index is being built; retry after the "
            + "Retry-After seconds", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    public SuggestionList suggest(
            @QueryParam("q") @Parameter(required = true, description = "What has been typed so far, up to 100 "
                    + "characters", example = "数据") String q,
            @QueryParam("limit") @Parameter(description = "How many, 1 to 10 (default 10)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10")) Integer limit) {
        return new SuggestionList(suggestions.suggest(q, limit).stream()
                .map(s -> new SuggestionView(s.text(), s.kind())).toList());
    }

    /** The completions. */
    @Schema(name = "SuggestionList")
    public record SuggestionList(List<SuggestionView> items) {
    }

    /** One completion. */
    @Schema(name = "Suggestion")
    public record SuggestionView(
            @Schema(description = "The title or name as written", examples = "数据库连接池调优") String text,
            @Schema(description = "What it is", enumeration = { "title", "tag", "category" }, examples = "title")
            String kind) {
    }
}
