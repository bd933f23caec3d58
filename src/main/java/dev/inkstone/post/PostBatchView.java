package dev.inkstone.post;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch: one result per post, in request order, and how many of each. */
@Schema(name = "PostBatchView")
public record PostBatchView(int created, int updated, int failed, List<PostBatchResult> results) {

    static PostBatchView of(List<PostBatchResult> results) {
        int created = (int) results.stream().filter(r -> r.status() == 201).count();
        int updated = (int) results.stream().filter(r -> r.status() == 200).count();
        return new PostBatchView(created, updated, results.size() - created - updated, results);
    }
}
