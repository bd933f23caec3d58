package dev.inkstone.sitemap;

import static dev.inkstone.common.Api.anonymous;
import static dev.inkstone.common.Api.asAdmin;
import static dev.inkstone.common.Api.mergePatch;
import static dev.inkstone.common.Api.unique;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import dev.inkstone.common.time.TestClock;

/**
 * Sitemaps over HTTP, each answer parsed with the JDK's XML parser and validated against our statement of the
 * sitemaps.org rules (src/test/resources/sitemaps/sitemap-0.9.xsd). The test profile's page size is 2.
 */
@QuarkusTest
class SitemapResourceTest {

    private static final String SITE = "https://blog.example.com";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int PAGE_SIZE = 2;
    private static Schema schema;

    @Inject
    TestClock clock;

    private record Entry(String loc, String lastmod) {
    }

    private record Created(long id, String slug, String updatedAt) {
    }

    @BeforeAll
    static void readSchema() throws Exception {
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/sitemaps/sitemap-0.9.xsd").toFile());
    }

    /** Parses and validates a sitemap or index, returning its entries. */
    private static List<Entry> read(String path) throws Exception {
        Response response = anonymous().get(path).then().statusCode(200).extract().response();
        assertEquals("application/xml", response.contentType().split(";")[0]);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
        schema.newValidator().validate(new DOMSource(document));
        String entry = document.getDocumentElement().getLocalName().equals("urlset") ? "url" : "sitemap";
        NodeList nodes = document.getElementsByTagNameNS(NS, entry);
        assertTrue(nodes.getLength() <= 50_000);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            NodeList lastmod = element.getElementsByTagNameNS(NS, "lastmod");
            entries.add(new Entry(element.getElementsByTagNameNS(NS, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent()));
        }
        return entries;
    }

    private static List<String> locs(List<Entry> entries) {
        return entries.stream().map(Entry::loc).toList();
    }

    private static Created post(String status, Instant publishedAt, List<String> tags, List<String> categories) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "站点地图", "slug", unique("map-post"), "status",
                status, "markdown", "正文", "tags", tags, "categories", categories));
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt.toString());
        }
        var json = asAdmin().body(body).post("/api/v1/posts").then().statusCode(201).extract().jsonPath();
        return new Created(json.getLong("id"), json.getString("slug"), json.getString("updatedAt"));
    }

    private static String postsFile(long id) {
        return "/sitemaps/posts-" + ((id - 1) / PAGE_SIZE + 1) + ".xml";
    }

    /** The entries of a posts file, or none when the file does not exist (its block holds no published post). */
    private static List<String> postsIn(long id) throws Exception {
        int status = anonymous().get(postsFile(id)).statusCode();
        return status == 404 ? List.of() : locs(read(postsFile(id)));
    }

    /** Other tests leave a url in the site settings; these read the configured INKSTONE_SITE_URL. */
    @BeforeEach
    void configuredSite() {
        mergePatch().body("{\"url\": null}").patch("/api/v1/site").then().statusCode(200);
    }

    @Test
    void theIndexListsValidFilesOfPublishedPostsAtMostPageSizeEach() throws Exception {
        String category = unique("map-cat");
        asAdmin().body(Map.of("name", "地图分类", "slug", category)).post("/api/v1/categories").then().statusCode(201);
        Created published = post("published", null, List.of(unique("map-tag")), List.of(category));
        Created draft = post("draft", null, List.of(), List.of());
        Created scheduled = post("published", clock.instant().plus(Duration.ofHours(1)), List.of(), List.of());

        List<Entry> index = read("/sitemap.xml");
        Entry file = index.stream().filter(e -> e.loc().equals(SITE + postsFile(published.id()))).findFirst()
                .orElseThrow(() -> new AssertionError(postsFile(published.id()) + " not in the index"));
        assertTrue(file.lastmod() != null);
        assertTrue(locs(index).stream().anyMatch(loc -> loc.startsWith(SITE + "/sitemaps/tags-")));
        assertTrue(locs(index).stream().anyMatch(loc -> loc.startsWith(SITE + "/sitemaps/categories-")));

        List<Entry> posts = read(postsFile(published.id()));
        assertTrue(posts.size() <= PAGE_SIZE);
        assertTrue(posts.contains(new Entry(SITE + "/posts/" + published.slug(), published.updatedAt())),
                posts.toString());
        assertFalse(postsIn(draft.id()).contains(SITE + "/posts/" + draft.slug()));
        assertFalse(postsIn(scheduled.id()).contains(SITE + "/posts/" + scheduled.slug()));

        clock.advance(Duration.ofHours(2));
        assertTrue(postsIn(scheduled.id()).contains(SITE + "/posts/" + scheduled.slug()));
        assertFalse(postsIn(draft.id()).contains(SITE + "/posts/" + draft.slug()));
    }

    @Test
    void contentMarkedNoindexIsNotListed() throws Exception {
        // Three noindex tags, categories and authors in a row, on a published post: with the test profile's two URLs
        // a file, one whole file's worth of each is noindex, and the index must not announce a file the filter
        // leaves empty.
        Map<String, List<String>> hiddenSlugs = Map.of("tags", new ArrayList<>(), "categories", new ArrayList<>(),
                "authors", new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            for (String kind : hiddenSlugs.keySet()) {
                String slug = unique("noindex-" + kind);
                hiddenSlugs.get(kind).add(slug);
                asAdmin().body(Map.of("name", "不收录" + kind + i, "slug", slug, "seo", Map.of("noindex", true)))
                        .post("/api/v1/" + kind).then().statusCode(201);
            }
        }
        Created listed = post("published", null, hiddenSlugs.get("tags"), hiddenSlugs.get("categories"));
        Created hidden = post("published", null, List.of(), List.of());
        mergePatch().body("{\"seo\": {\"noindex\": true}}").patch("/api/v1/posts/" + hidden.id()).then()
                .statusCode(200).body("seo.noindex", org.hamcrest.Matchers.equalTo(true));
        // The authors have a published post, so only noindex keeps them out.
        mergePatch().body(Map.of("authors", hiddenSlugs.get("authors"))).patch("/api/v1/posts/" + listed.id()).then()
                .statusCode(200);

        assertTrue(postsIn(listed.id()).contains(SITE + "/posts/" + listed.slug()));
        assertFalse(postsIn(hidden.id()).contains(SITE + "/posts/" + hidden.slug()));
        for (String kind : hiddenSlugs.keySet()) {
            for (String file : locs(read("/sitemap.xml"))) {
                if (file.startsWith(SITE + "/sitemaps/" + kind + "-")) {
                    String path = file.substring(SITE.length());
                    List<String> urls = locs(read(path)); // read() requires 200: every announced file has URLs
                    for (String slug : hiddenSlugs.get(kind)) {
                        String url = SITE + "/" + kind + "/" + URLEncoder.encode(slug, UTF_8);
                        assertFalse(urls.contains(url), path + " lists " + url);
                    }
                }
            }
        }
    }

    @Test
    void tagsAndCategoriesWithoutAPublishedPostAreNotListed() throws Exception {
        String shown = unique("地图标签");
        String hidden = unique("地图草稿");
        String category = unique("map-cat");
        String hiddenCategory = unique("map-cat-hidden");
        asAdmin().body(Map.of("name", "地图分类", "slug", category)).post("/api/v1/categories").then().statusCode(201);
        asAdmin().body(Map.of("name", "草稿分类", "slug", hiddenCategory)).post("/api/v1/categories").then()
                .statusCode(201);
        post("published", null, List.of(shown), List.of(category));
        post("draft", null, List.of(hidden), List.of(hiddenCategory));

        // Listed by id, so what this test made comes last; a hidden one would follow the shown one.
        for (String kind : List.of("tags", "categories")) {
            List<String> files = locs(read("/sitemap.xml")).stream()
                    .filter(loc -> loc.startsWith(SITE + "/sitemaps/" + kind + "-")).toList();
            List<String> last = locs(read(files.get(files.size() - 1).substring(SITE.length())));
            String prefix = SITE + (kind.equals("tags") ? "/tags/" : "/categories/");
            String shownUrl = prefix + URLEncoder.encode(kind.equals("tags") ? shown : category, UTF_8);
            String hiddenUrl = prefix + URLEncoder.encode(kind.equals("tags") ? hidden : hiddenCategory, UTF_8);
            assertTrue(last.contains(shownUrl), last + " lacks " + shownUrl);
            assertFalse(last.contains(hiddenUrl), last + " lists " + hiddenUrl);
        }
    }

    @Test
    void filesTheIndexCannotListAre404Problems() {
        for (String path : List.of("/sitemaps/posts-9999999999.xml", "/sitemaps/tags-99999999.xml",
                "/sitemaps/categories-0.xml", "/sitemaps/pages-99999999.xml", "/sitemaps/authors-99999999.xml",
                "/sitemaps/unknown-1.xml",
                "/sitemaps/posts-1.json")) {
            anonymous().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        anonymous().get("/sitemap.xml?page=2").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void sitemapsCarryAnETagAnd304() {
        post("published", null, List.of(), List.of());
        Response first = anonymous().get("/sitemap.xml").then().statusCode(200).extract().response();
        String etag = first.header("ETag");
        assertTrue(first.header("Cache-Control").startsWith("public"));
        anonymous().header("If-None-Match", etag).get("/sitemap.xml").then().statusCode(304);
    }
}
