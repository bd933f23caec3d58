package dev.inkstone.common.http;

import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Writers racing with the same If-Match: one wins, every other gets 412, whether its precondition check ran after
 * the winner's commit (the check fails) or before it (the version check at the winner's commit fails). Without an
 * If-Match the same race is a 409.
 */
@QuarkusTest
class ConcurrentIfMatchTest {

    private static final int WRITERS = 6;
    private static final int ROUNDS = 4;

    @Test
    void losersOfConcurrentIfMatchPatchesGet412() throws Exception {
        String slug = unique("race");
        int id = asAdmin().body(Content.post(slug, "draft", List.of(), List.of())).post("/api/v1/posts")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/posts/" + id;
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String etag = asAdmin().get(path).then().statusCode(200).extract().header("ETag");
                CyclicBarrier start = new CyclicBarrier(WRITERS);
                List<Future<Response>> answers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    String title = "第" + round + "轮 writer " + w;
                    answers.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return mergePatch().header("If-Match", etag).body(Map.of("title", title)).patch(path);
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    Response response = answer.get(60, TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    if (response.statusCode() != 200) {
                        assertEquals("application/problem+json", response.contentType(), response.asString());
                    }
                }
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one winner: " + statuses);
                assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 412).count(),
                        "every loser gets 412: " + statuses);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
