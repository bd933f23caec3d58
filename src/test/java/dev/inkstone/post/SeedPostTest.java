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

import dev.inkstone.common.Fixtures;

/** A clipped Chinese page of our own (fixtures/clipped), stored and read back as a client would, without any importer. */
@QuarkusTest
class SeedPostTest {

    private static final Path SEED = Fixtures.CLIPPED;
    private static final String SLUG = "longjing-tea-picking-hangzhou";

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

        int notes = category("生活笔记", "生活笔记", null);
        int zhejiang = category("浙江", "浙江", null);
        category("龙井村", "龙井村", zhejiang);
        assertTrue(notes > 0);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", seed.frontMatter().get("title"));
        body.put("status", "published");
        body.put("publishedAt", seed.frontMatter().get("date") + "T00:00:00Z");
        body.put("markdown", seed.body());
        body.put("tags", List.of("Longjing", "Spring Picking", "龍井茶", "杭州西湖", "茶文化AI"));
        body.put("categories", List.of("生活笔记", "龙井村"));
        body.put("sourceUrl", url);
        // 201 on a fresh database; 200 when a kept database already holds the seed (the upsert is idempotent).
        asAdmin().body(body).put("/api/v1/posts/slug/{slug}", SLUG).then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)));

        var read = anonymous().get("/api/v1/posts/slug/{slug}", SLUG).then().statusCode(200)
                .body("title", equalTo(seed.frontMatter().get("title")))
                .body("publishedAt", equalTo("2025-04-18T00:00:00Z"))
                .body("sourceUrl", equalTo(url))
                .body("tags.slug", contains("longjing", "spring-picking", "龍井茶", "杭州西湖", "茶文化ai"))
                .body("categories.path", hasItems(List.of("生活笔记"), List.of("浙江", "龙井村")))
                .body("html", containsString(">背景：清明前后的龙井村</h2>"))
                .body("html", containsString(">采茶人说的话</h3>"))
                .body("html", containsString("<strong>林老师：</strong>"))
                .body("html", containsString("src=\"https://images.inkstone.example/"))
                .body("html", not(containsString("<script")))
                .extract();

        String html = read.path("html");
        for (String heading : List.of("背景：清明前后的龙井村", "采茶人说的话", "炒茶：十个小时的功夫")) {
            Matcher m = Pattern.compile("<h[1-6] id=\"([^\"]+)\">" + Pattern.quote(heading) + "</h").matcher(html);
            assertTrue(m.find(), "heading with an id: " + heading);
        }
        int expected = expectedWords(Jsoup.parse(html).text());
        int wordCount = read.path("wordCount");
        assertEquals(expected, wordCount);
        // The body is a Chinese article of several hundred characters, so a few minutes of reading.
        assertTrue(wordCount > 500, "word count " + wordCount);
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
