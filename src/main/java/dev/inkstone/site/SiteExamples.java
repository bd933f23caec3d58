package dev.inkstone.site;

/** Request and response examples for the OpenAPI document. */
final class SiteExamples {

    static final String SITE = """
            {"title": "老范的博客", "description": "写代码，也写生活", "url": "https://blog.example.cn",
             "locale": "zh-CN", "timezone": "Asia/Shanghai", "logo": null, "icon": null,
             "navigation": [
               {"label": "首页", "type": "url", "url": "/", "postId": null, "tagId": null, "categoryId": null,
                "slug": null},
               {"label": "关于", "type": "post", "url": null, "postId": 42, "tagId": null, "categoryId": null,
                "slug": "关于我"},
               {"label": "机器学习", "type": "tag", "url": null, "postId": null, "tagId": 7, "categoryId": null,
                "slug": "机器学习"}],
             "secondaryNavigation": [
               {"label": "GitHub", "type": "url", "url": "https://github.com/example", "postId": null, "tagId": null,
                "categoryId": null, "slug": null}],
             "updatedAt": "2026-01-14T03:39:17Z", "version": 3}""";

    static final String SITE_EN = """
            {"title": "Notes from the workshop", "description": null, "url": "https://notes.example.com",
             "locale": "en-GB", "timezone": "Europe/London", "logo": null, "icon": null,
             "navigation": [
               {"label": "Home", "type": "url", "url": "/", "postId": null, "tagId": null, "categoryId": null,
                "slug": null},
               {"label": "About", "type": "post", "url": null, "postId": 5, "tagId": null, "categoryId": null,
                "slug": "about"}],
             "secondaryNavigation": [],
             "updatedAt": "2026-01-15T09:12:00Z", "version": 2}""";

    static final String PATCH = """
            {"title": "老范的博客", "locale": "zh-CN", "timezone": "Asia/Shanghai", "url": "https://blog.example.cn",
             "navigation": [{"label": "首页", "url": "/"}, {"label": "关于", "postId": 42}]}""";

    static final String PATCH_EN = """
            {"title": "Notes from the workshop", "locale": "en-GB", "timezone": "Europe/London",
             "navigation": [{"label": "Home", "url": "/"}, {"label": "About", "postId": 5},
                            {"label": "Woodwork", "categoryId": 3}]}""";

    private SiteExamples() {
    }
}
