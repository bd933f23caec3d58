package dev.inkstone.author;

/** Request and response examples for the OpenAPI document. */
final class AuthorExamples {

    static final String INPUT = """
            {"name": "老范", "slug": "老范", "bio": "写科技与商业的**老范**。", "avatar": 12,
             "website": "https://lukefan.com/",
             "seo": {"title": "老范 | 科技与商业", "description": "老范写的所有文章", "ogImage": 12}}""";

    static final String INPUT_EN = """
            {"name": "Jane Doe", "slug": "jane-doe", "bio": "Writes about *search* and typography.",
             "seo": {"canonicalUrl": "https://jane.example/about", "noindex": true}}""";

    static final String AUTHOR = """
            {"id": 3, "slug": "老范", "name": "老范", "bio": "写科技与商业的**老范**。",
             "bioHtml": "<p>写科技与商业的<strong>老范</strong>。</p>\\n", "avatar": null,
             "website": "https://lukefan.com/", "postCount": 12, "createdAt": "2026-01-13T08:00:00Z",
             "updatedAt": "2026-01-14T03:39:17Z",
             "seo": {"title": "老范 | 科技与商业", "description": "老范写的所有文章", "canonicalUrl": null,
                     "ogImage": null, "noindex": false},
             "version": 2}""";

    static final String AUTHOR_EN = """
            {"id": 4, "slug": "jane-doe", "name": "Jane Doe", "bio": "Writes about *search* and typography.",
             "bioHtml": "<p>Writes about <em>search</em> and typography.</p>\\n", "avatar": null, "website": null,
             "postCount": 0, "createdAt": "2026-01-15T09:12:00Z", "updatedAt": "2026-01-15T09:12:00Z",
             "seo": {"title": null, "description": null, "canonicalUrl": "https://jane.example/about",
                     "ogImage": null, "noindex": true},
             "version": 1}""";

    static final String IN_USE = """
            {"type": "/problems/author-in-use", "title": "Conflict", "status": 409,
             "detail": "老范 is the author of 2 post(s); pass reassignTo to move them to another author",
             "instance": "/api/v1/authors/3",
             "errors": [{"field": "posts", "message": "42 china-ai-innovation"}, {"field": "posts", "message": "43 西湖"}]}""";

    private AuthorExamples() {
    }
}
