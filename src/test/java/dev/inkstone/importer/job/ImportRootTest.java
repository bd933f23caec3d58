package dev.inkstone.importer.job;

import static dev.inkstone.common.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.inkstone.common.Api;
import dev.inkstone.importer.Imports;

/**
 * Server-side imports read nothing outside the import root (the test profile's is "..", the worktrees' parent): the
 * folders these tests import are made under target/, the secrets they must not publish under a temporary folder
 * outside the root.
 */
@QuarkusTest
class ImportRootTest {

    private static final String SECRET = "root:x:0:0:SECRET-LINE-";

    @TempDir
    Path outside;

    /** A fresh folder inside the import root, and its path as a request names it. */
    private static Path folderInsideRoot(String name) throws IOException {
        Path folder = Path.of("target/import-root-tests", Api.unique(name));
        Files.createDirectories(folder);
        return folder.toRealPath();
    }

    private static String requestPath(Path inside) throws IOException {
        return Path.of("..").toRealPath().relativize(inside.toRealPath()).toString();
    }

    private static String post(String slug, String body) {
        return "---\ntitle: " + slug + "\nslug: " + slug + "\n---\n\n" + body + "\n";
    }

    @Test
    void aFolderImportRefusesLinksThatLeaveTheRootAndReadsLinksThatStayInside() throws IOException {
        String site = Api.unique("linked");
        String secret = SECRET + site;
        Path passwd = Files.writeString(outside.resolve("passwd"), post(site + "-secret", secret));
        Path outsideDir = Files.createDirectories(outside.resolve("dir"));
        Files.writeString(outsideDir.resolve("inner.md"), post(site + "-inner", secret));
        Path outsideImage = Files.write(outside.resolve("photo.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });

        Path folder = folderInsideRoot("folder");
        Files.writeString(folder.resolve(site + "-real.md"), post(site + "-real", "A real post."));
        Files.createSymbolicLink(folder.resolve("passwd.md"), passwd);
        Files.createSymbolicLink(folder.resolve("linked"), outsideDir);
        Files.createSymbolicLink(folder.resolve("photo.png"), outsideImage);
        Files.createSymbolicLink(folder.resolve("dangling.md"), outside.resolve("missing.md"));
        // A link that stays inside the root is a file like any other.
        Path elsewhere = folderInsideRoot("elsewhere");
        Files.writeString(elsewhere.resolve(site + "-aliased.md"), post(site + "-aliased", "Linked from inside."));
        Files.createSymbolicLink(folder.resolve(site + "-alias.md"), elsewhere.resolve(site + "-aliased.md"));

        JsonPath job = Imports.serverPath(requestPath(folder), false);
        assertEquals("completed", job.getString("status"), job.getString("error"));
        // Unique names: a Markdown item's source key is its path inside the folder, kept across runs.
        assertEquals(2, job.getInt("created"), "real.md and alias.md");
        List<Map<String, Object>> items = Imports.items(job.getInt("id"));
        assertEquals("a symbolic link that leaves the import folder; not read", reason(items, "passwd.md"));
        assertEquals("a symbolic link that leaves the import folder; not read", reason(items, "linked"));
        assertEquals("a symbolic link that leaves the import folder; not read", reason(items, "photo.png"));
        assertEquals("a broken symbolic link", reason(items, "dangling.md"));
        assertTrue(items.stream().noneMatch(i -> String.valueOf(i).contains(outside.toString())),
                "no report line names a server path: " + items);

        asAdmin().get("/api/v1/posts/slug/" + site + "-real").then().statusCode(200);
        asAdmin().get("/api/v1/posts/slug/" + site + "-aliased").then().statusCode(200);
        asAdmin().get("/api/v1/posts/slug/" + site + "-secret").then().statusCode(404);
        asAdmin().get("/api/v1/posts/slug/" + site + "-inner").then().statusCode(404);
    }

    private static String reason(List<Map<String, Object>> items, String key) {
        Map<String, Object> line = items.stream().filter(i -> key.equals(i.get("sourceKey"))).findFirst()
                .orElseThrow(() -> new AssertionError("no report line for " + key + " in " + items));
        assertEquals("skipped", line.get("outcome"), key);
        return String.valueOf(line.get("reason"));
    }

    @Test
    void aWxrFolderDoesNotReadAnExportLinkedFromOutside() throws IOException {
        String site = Api.unique("wxrlink");
        Path wxr = Files.writeString(outside.resolve("blog.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>t</title><link>https://%1$s.example</link>
                <item><title>%2$s</title><guid>https://%1$s.example/?p=1</guid><wp:post_name>%1$s</wp:post_name>
                <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
                <content:encoded><![CDATA[%2$s]]></content:encoded></item></channel></rss>
                """.formatted(site, SECRET + site));
        Path folder = folderInsideRoot("wxr");
        Files.createSymbolicLink(folder.resolve("blog.xml"), wxr);

        JsonPath job = Imports.serverPath(requestPath(folder), false);
        assertEquals("completed", job.getString("status"));
        assertEquals("a symbolic link that leaves the import folder; not read",
                reason(Imports.items(job.getInt("id")), "blog.xml"));
        asAdmin().get("/api/v1/posts/slug/" + site).then().statusCode(404);
    }

    @Test
    void aRequestedPathThatIsALinkOutOfTheRootIsRefused() throws IOException {
        Path zip = outside.resolve("secret.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("secret.md"));
            z.write(post(Api.unique("zipped-secret"), SECRET).getBytes(StandardCharsets.UTF_8));
        }
        Path folder = folderInsideRoot("zip");
        Files.createSymbolicLink(folder.resolve("evil.zip"), zip);
        Files.createSymbolicLink(folder.resolve("evil-folder"), outside);

        for (String name : List.of("evil.zip", "evil-folder")) {
            asAdmin().body(Map.of("path", requestPath(folder) + "/" + name)).post("/api/v1/imports/path").then()
                    .statusCode(422).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("path"))
                    .body(not(containsString(outside.toString())));
        }
    }

    @Test
    void aNulInThePathIsA422NamingPath() {
        for (String path : List.of("\u0000", "wxr/\u0000blog.xml")) {
            asAdmin().body(Map.of("path", path)).post("/api/v1/imports/path").then().statusCode(422)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("path"));
        }
    }
}
