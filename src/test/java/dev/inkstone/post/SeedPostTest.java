package dev.inkstone.post;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The post the project grew from, stored and read back as a client would, without any importer. */
@QuarkusTest
class SeedPostTest {

    private static final Path SEED = Path.of("../shared/seeds/000_b3b5638aa48647d5.txt");
    private static final String SLUG = "china-ai-innovation-challenges-us-competition-future";

    /** Front matter keys and the markdown body of a clipped page. */
    record Clipped(Map<String, String> frontMatter, String body) {

        static Clipped read(Path file) throws IOException {
            String text = Files.readString(file);
            assertTrue(text.startsWith("---\n"), "front matter expected");
            int end = text.indexOf("\n---\n", 4);
            Map<String, String> keys = new LinkedHashMap<>();
            for (String line : text.substring(4, end).split("\n")) {
                int colon = line.indexOf(':');
                keys.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            return new Clipped(keys, text.substring(end + 5));
        }
    }

    /** The documented rule, counted independently: each CJK character is a word, so is every other letter run. */
    static int expectedWords(String plainText) {
        Matcher m = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]"
                + "|(?:(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])[\\p{L}\\p{M}\\p{N}])+"
                + "(?:['’](?:(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])[\\p{L}\\p{M}\\p{N}])+)*")
                .matcher(plainText);
        int words = 0;
        while (m.find()) {
            words++;
        }
        return words;
    }

    @Test
    void storesTheSeedPostAndReadsItBackWithWordCountAndHeadings() throws IOException {
        Clipped seed = Clipped.read(SEED);
        String url = seed.frontMatter().get("url");
        assertTrue(url.contains(SLUG));

        int aigc = category("AIGC", "aigc", null);
        int china = category("中国故事", "中国故事", null);
        category("墙国的奇葩商业故事", "墙国的奇葩商业故事", china);
        assertTrue(aigc > 0);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", seed.frontMatter().get("title"));
        body.put("status", "published");
        body.put("publishedAt", seed.frontMatter().get("date") + "T00:00:00Z");
        body.put("markdown", seed.body());
        body.put("tags", List.of("DeepSeek", "AI Agent", "自主學習", "0到1創新", "中美AI競爭"));
        body.put("categories", List.of("aigc", "墙国的奇葩商业故事"));
        body.put("sourceUrl", url);
        // 201 on a fresh database; 200 when a kept database already holds the seed (the upsert is idempotent).
        asAdmin().body(body).put("/api/v1/posts/slug/{slug}", SLUG).then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)));

        var read = anonymous().get("/api/v1/posts/slug/{slug}", SLUG).then().statusCode(200)
                .body("title", equalTo(seed.frontMatter().get("title")))
                .body("publishedAt", equalTo("2026-01-13T00:00:00Z"))
                .body("sourceUrl", equalTo(url))
                .body("tags.slug", contains("deepseek", "ai-agent", "自主學習", "0到1創新", "中美ai競爭"))
                .body("categories.path", hasItems(List.of("AIGC"), List.of("中国故事", "墙国的奇葩商业故事")))
                .body("html", containsString(">背景：AGI Next 闭门峰会</h2>"))
                .body("html", containsString(">圆桌会议的四位嘉宾</h3>"))
                .body("html", containsString("<strong>唐杰：</strong>"))
                .body("html", containsString("src=\"https://pictures.lukefan.com/"))
                .body("html", not(containsString("<script")))
                .extract();

        String html = read.path("html");
        for (String heading : List.of("背景：AGI Next 闭门峰会", "圆桌会议的四位嘉宾", "主题四：自主学习、Memory与下一个范式")) {
            Matcher m = Pattern.compile("<h[1-6] id=\"([^\"]+)\">" + Pattern.quote(heading) + "</h").matcher(html);
            assertTrue(m.find(), "heading with an id: " + heading);
        }
        int expected = expectedWords(Jsoup.parse(html).text());
        int wordCount = read.path("wordCount");
        assertEquals(expected, wordCount);
        // The body is a long Chinese article: thousands of characters, so many minutes of reading.
        assertTrue(wordCount > 4000, "word count " + wordCount);
        int minutes = read.path("readingMinutes");
        assertTrue(minutes >= wordCount / 400 && minutes <= wordCount / 250 + 1, "reading minutes " + minutes);
    }

    private static int category(String name, String slug, Integer parentId) {
        var existing = asAdmin().get("/api/v1/categories/slug/{slug}", slug);
        if (existing.statusCode() == 200) {
            return existing.path("id");
        }
        return asAdmin().body("{\"name\": \"" + name + "\", \"slug\": \"" + slug + "\", \"parentId\": " + parentId + "}")
                .post("/api/v1/categories").then().statusCode(201).extract().path("id");
    }
}
