package dev.inkstone.post;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.inkstone.common.error.ApiException;
import dev.inkstone.common.error.FieldError;
import dev.inkstone.common.error.Problem;
import dev.inkstone.common.http.Precondition;

/**
 * Writes a batch of posts by slug in one transaction: one commit (and, on the durable H2 default, one disk sync) and
 * one change-log entry for the lot, where single PUTs pay one each and queue on the change counter. When any post
 * fails, the transaction is rolled back and every post is written again in a transaction of its own, so the failing
 * ones get their problem and the others are kept. Not class-level @Transactional: it owns two kinds of unit of work.
 */
@ApplicationScoped
public class PostBatches {

    static final int MAX = 100;

    private final PostService posts;

    PostBatches(PostService posts) {
        this.posts = posts;
    }

    public PostBatchView upsert(List<PostInput> inputs) {
        try {
            return PostBatchView.of(QuarkusTransaction.requiringNew().call(() -> {
                List<PostBatchResult> results = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) {
                    results.add(PostBatchResult.of(i, write(inputs.get(i))));
                }
                return results;
            }));
        } catch (RuntimeException e) {
            Log.debugf("a batch of %d posts failed as a whole (%s); writing them one by one", inputs.size(),
                    e.getClass().getSimpleName());
        }
        List<PostBatchResult> results = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            PostInput input = inputs.get(i);
            try {
                results.add(PostBatchResult.of(i, QuarkusTransaction.requiringNew().call(() -> write(input))));
            } catch (ApiException e) {
                results.add(PostBatchResult.failed(i, input.slug(), problem(i, e)));
            } catch (RuntimeException e) {
                Log.warnf(e, "post %d of a batch failed", i);
                results.add(PostBatchResult.failed(i, input.slug(), new Problem("/problems/internal-error",
                        "Internal Server Error", 500, "writing this post failed unexpectedly; see the server log",
                        null, null)));
            }
        }
        return PostBatchView.of(results);
    }

    private PostService.Upserted write(PostInput input) {
        if (input.slug() == null) {
            throw ApiException.invalid("slug", "each post of a batch needs its slug");
        }
        return posts.upsertBySlug(input.slug(), input, Precondition.NONE);
    }

    /** The problem the same PUT would have answered, its fields named inside the request ({@code posts[3].slug}). */
    private static Problem problem(int index, ApiException e) {
        List<FieldError> errors = e.errors().stream()
                .map(error -> new FieldError("posts[" + index + "]." + error.field(), error.message())).toList();
        return new Problem("/problems/" + e.type(), e.title(), e.status(), e.getMessage(), null,
                errors.isEmpty() ? null : errors);
    }
}
