package dev.inkstone.readme;

import static dev.inkstone.common.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;

/**
 * README's walk-through, run with bash and curl against the test server exactly as README shows it, so README cannot
 * drift from what the API does. The commands live in {@code src/test/resources/readme/walkthrough.sh}; README holds
 * them verbatim.
 */
@QuarkusTest
class ReadmeWalkthroughTest {

    private static final ReadmeScript SCRIPT = new ReadmeScript("walkthrough.sh", "README walk-through");

    @Test
    void readmeShowsTheWalkthroughVerbatim() throws IOException {
        SCRIPT.assertReadmeShowsItVerbatim();
    }

    @Test
    void walkthroughRunsAgainstTheServer(@TempDir Path dir) throws Exception {
        removeWhatAnEarlierRunMade();
        // The walk-through runs from the project folder (it calls src/main/scripts and src/bench); its files go here.
        Files.createSymbolicLink(dir.resolve("src"), Path.of("src").toAbsolutePath());
        String output = SCRIPT.run(dir, Duration.ofMinutes(5));

        // the status codes the walk-through prints (curl -w), each at the end of a line, after any JSON before it
        List<String> codes = Pattern.compile("(?m)(?:^|(?<=\\}))(\\d{3})$").matcher(output).results()
                .map(m -> m.group(1)).toList();
        assertEquals(List.of("304", "412", "412"), codes, output);
        assertTrue(output.contains("\"path\":[\"中国故事\",\"墙国的奇葩商业故事\"]"), output);
        assertTrue(output.contains("<h2 id=\\\"背景agi-next-闭门峰会\\\">"), output);   // as JSON writes it
        Matcher dryRun = Pattern.compile("import job \\d+: hello.md( \\(dry run: nothing is written\\))?").matcher(output);
        assertTrue(dryRun.find() && dryRun.group(1) != null, "the first import says it is a dry run:\n" + output);
        assertTrue(dryRun.find() && dryRun.group(1) == null, "the second does not:\n" + output);
        assertTrue(Files.size(dir.resolve("inkstone-export.json")) > 0);

        String slug = "china-ai-innovation";
        asAdmin().get("/api/v1/posts/slug/" + slug).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("新标题"))
                .body("featuredImage.width", org.hamcrest.Matchers.equalTo(1600))
                .body("categories[0].path", org.hamcrest.Matchers.contains("中国故事", "墙国的奇葩商业故事"))
                .body("tags.slug", org.hamcrest.Matchers.contains("deepseek", "ai-agent"));
    }

    /**
     * The walk-through makes fixed slugs; on a database kept from an earlier run they would be 409s. Other tests'
     * imports of the same blog (the seed post, saved pages) file posts and child categories under its categories,
     * which a category delete refuses: those go first.
     */
    private static void removeWhatAnEarlierRunMade() {
        ReadmeScript.deleteIfPresent("/api/v1/posts/slug/china-ai-innovation", "/api/v1/posts/");
        // The categories under 中国故事, deepest first, each emptied of posts before it goes.
        List<Map<String, Object>> subtree = new ArrayList<>();
        for (int page = 1; page <= 100; page++) {
            List<Map<String, Object>> items = asAdmin().queryParam("perPage", 100).queryParam("page", page)
                    .get("/api/v1/categories").then().statusCode(200).extract().path("items");
            items.stream().filter(c -> ((List<?>) c.get("path")).get(0).equals("中国故事")).forEach(subtree::add);
            if (items.size() < 100) {
                break;
            }
        }
        subtree.sort(Comparator.comparingInt(c -> -((List<?>) c.get("path")).size()));
        for (Map<String, Object> category : subtree) {
            List<Integer> filed = asAdmin().queryParam("category", category.get("slug")).queryParam("status", "any")
                    .queryParam("perPage", 100).get("/api/v1/posts").then().statusCode(200).extract().path("items.id");
            filed.forEach(id -> asAdmin().delete("/api/v1/posts/" + id).then().statusCode(204));
            asAdmin().delete("/api/v1/categories/" + category.get("id")).then().statusCode(204);
        }
        ReadmeScript.deleteIfPresent("/api/v1/tags/slug/deepseek", "/api/v1/tags/");
    }
}
