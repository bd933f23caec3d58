package dev.inkstone.importer.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class MediaMatchTest {

    private static final MediaBundle FILES = new MediaBundle() {
        @Override
        void list() {
            for (String name : List.of("site/wp-content/uploads/2019/03/foo.jpg",
                    "site/wp-content/uploads/2019/03/foo-300x200.jpg", "backup/site/wp-content/uploads/2019/03/foo.jpg",
                    "uploads/2020/01/bar.png", "wp-content/uploads/2013/03/banner-1200x400.jpg",
                    "content/post/a/images/a.png", "content/post/b/images/a.png", "static/img/cover.jpg",
                    "img/root.jpg", "wp-content/uploads/2021/05/für alle.jpg", "photo-1601276861758")) {
                add(name, 1);
            }
        }

        @Override
        InputStream open(String name) {
            throw new UnsupportedOperationException();
        }
    };

    private static String find(String reference, String relativeTo, boolean inBody) {
        return MediaMatch.find(FILES, reference, relativeTo, inBody);
    }

    @Test
    void urlsMatchByTheirPathWhateverTheHostNearestTheRootFirst() {
        assertEquals("site/wp-content/uploads/2019/03/foo.jpg",
                find("https://example.com/wp-content/uploads/2019/03/foo.jpg", null, false));
        assertEquals("site/wp-content/uploads/2019/03/foo.jpg",
                find("//cdn.example.net/wp-content/uploads/2019/03/foo.jpg?w=604#x", null, true));
        // wordpress.com serves uploads without wp-content/uploads; the path's end still matches
        assertEquals("uploads/2020/01/bar.png", find("https://blog.files.wordpress.com/2020/01/bar.png", null, false));
        // the part after /uploads/ when the rest of the path differs
        assertEquals("uploads/2020/01/bar.png",
                find("http://old.example/blog/wp-content/uploads/2020/01/bar.png", null, false));
        assertEquals("wp-content/uploads/2021/05/für alle.jpg",
                find("https://e.com/wp-content/uploads/2021/05/f%C3%BCr%20alle.jpg", null, false));
        assertEquals("photo-1601276861758",
                find("https://images.unsplash.com/photo-1601276861758?ixlib=rb-1.2.1&w=1268", null, false));
        assertEquals(null, find("https://example.com/wp-content/uploads/2019/04/foo.jpg", null, false));
    }

    @Test
    void sizeVariantsInBodiesMapToTheOriginalAttachmentsAsTheyAre() {
        assertEquals("site/wp-content/uploads/2019/03/foo.jpg",
                find("https://example.com/wp-content/uploads/2019/03/foo-300x200.jpg", null, true));
        assertEquals("site/wp-content/uploads/2019/03/foo-300x200.jpg",
                find("https://example.com/wp-content/uploads/2019/03/foo-300x200.jpg", null, false));
        // no original: the variant itself, in a body too
        assertEquals("wp-content/uploads/2013/03/banner-1200x400.jpg",
                find("https://example.com/wp-content/uploads/2013/03/banner-1200x400.jpg", null, true));
        assertEquals("a/b/foo.jpg", MediaMatch.original("a/b/foo-1024x768.jpg"));
        assertEquals(null, MediaMatch.original("a/b/foo-1024.jpg"));
    }

    @Test
    void relativePathsResolveNextToTheirPostOrAtTheRootNeverInAnotherPost() {
        assertEquals("content/post/b/images/a.png", find("images/a.png", "content/post/b/index.md", true));
        assertEquals("content/post/b/images/a.png", find("./images/a.png?raw=1", "content/post/b/index.md", true));
        assertEquals("content/post/a/images/a.png", find("../a/images/a.png", "content/post/b/index.md", true));
        assertEquals(null, find("images/a.png", "content/post/c/index.md", true));
        assertEquals("img/root.jpg", find("img/root.jpg", "content/post/c/index.md", true));
        assertEquals("img/root.jpg", find("/img/root.jpg", "content/post/c/index.md", false));
        assertEquals("static/img/cover.jpg", find("/img/cover.jpg", "content/post/c/index.md", false));
        assertEquals(null, find("../../../../etc/passwd", "a.md", true));
    }

    @Test
    void otherSchemesAndDataNameNoFile() {
        assertEquals(List.of(), MediaMatch.candidates("data:image/png;base64,iVBOR", null, true));
        assertEquals(List.of(), MediaMatch.candidates("mailto:a@b.c", null, true));
        assertEquals(List.of(), MediaMatch.candidates("  ", null, true));
        assertEquals(List.of(), MediaMatch.candidates("ftp://example.com/a.jpg", null, true));
    }

    @Test
    void findsImageReferencesInMarkdownAndHtml() {
        String body = """
                ![一张图](images/a.png "title") and ![](<with space.png>)
                <p><a href="https://e.com/wp-content/uploads/foo.jpg"><img class="x" src='https://e.com/wp-content/uploads/foo-300x200.jpg'
                 srcset="https://e.com/wp-content/uploads/foo-300x200.jpg 300w, https://e.com/wp-content/uploads/foo-1024x768.jpg 1024w"></a>
                <a href="https://e.com/about">about</a> <img src="data:image/gif;base64,R0lGOD">
                """;
        Map<String, Boolean> references = BodyImages.references(body);
        assertEquals(List.of("images/a.png", "with space.png", "https://e.com/wp-content/uploads/foo.jpg",
                "https://e.com/wp-content/uploads/foo-300x200.jpg", "https://e.com/wp-content/uploads/foo-1024x768.jpg",
                "https://e.com/about"), List.copyOf(references.keySet()));
        assertEquals(false, references.get("https://e.com/wp-content/uploads/foo.jpg"), "a link, not an image");

        String media = "/media/" + "a".repeat(64) + "/original.jpg";
        String rewritten = BodyImages.replace(body, Map.of("images/a.png", media,
                "https://e.com/wp-content/uploads/foo-300x200.jpg", media,
                "https://e.com/wp-content/uploads/foo.jpg", media));
        assertEquals("""
                ![一张图](%1$s "title") and ![](<with space.png>)
                <p><a href="%1$s"><img class="x" src='%1$s'
                 srcset="%1$s 300w, https://e.com/wp-content/uploads/foo-1024x768.jpg 1024w"></a>
                <a href="https://e.com/about">about</a> <img src="data:image/gif;base64,R0lGOD">
                """.formatted(media), rewritten);
    }

    @Test
    void imageSyntaxInCodeIsAnExampleNotAnImage() {
        String body = """
                How to embed: `![alt](inline.png)` or

                ```html
                <img src="fenced.png">
                ![fenced](fenced.png)
                ```

                    ![indented](indented.png)

                ![real](real.png) <img src="real.jpg">
                """;
        assertEquals(List.of("real.png", "real.jpg"), List.copyOf(BodyImages.references(body).keySet()));
        String media = "/media/" + "b".repeat(64) + "/original.png";
        String rewritten = BodyImages.replace(body, Map.of("inline.png", media, "fenced.png", media,
                "indented.png", media, "real.png", media, "real.jpg", media));
        assertEquals(body.replace("](real.png)", "](" + media + ")").replace("\"real.jpg\"", "\"" + media + "\""),
                rewritten, "code is left as written; the image and the tag after it are rewritten");
    }
}
