package dev.inkstone.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            中国故事                    | 中国故事
            AI Agent                    | ai-agent
            'Hello,  World!'            | hello-world
            0到1創新                    | 0到1創新
            中美AI競爭                  | 中美ai競爭
            '  --Leading and trailing--  ' | leading-and-trailing
            Ｆｕｌｌｗｉｄｔｈ　ＡＢＣ  | fullwidth-abc
            ①②                        | 12
            Crème brûlée                | crème-brûlée
            日本語のテスト               | 日本語のテスト
            한국어 제목                  | 한국어-제목
            C++ & Node.js               | c-node-js
            背景：AGI Next 闭门峰会      | 背景-agi-next-闭门峰会
            '!!!'                       | ''
            '   '                       | ''
            😀🎉                        | ''
            """)
    void slugifiesTitlesOfEveryScript(String source, String expected) {
        assertEquals(expected, Slugs.slugify(source));
    }

    @Test
    void slugifiesNullToEmpty() {
        assertEquals("", Slugs.slugify(null));
    }

    @Test
    void cutsLongSlugsAtAWordBoundaryWithoutATrailingDash() {
        // 17 words of 7 characters end at 119, so the 120th is the first letter of the 18th word.
        String slug = Slugs.slugify("abcdef ".repeat(40));
        assertEquals("abcdef-".repeat(16) + "abcdef", slug);
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void cutsLongCjkSlugsToExactlyTheLimitInCodePoints() {
        String slug = Slugs.slugify("汉".repeat(200));
        assertEquals("汉".repeat(Slugs.MAX_LENGTH), slug);
    }

    @Test
    void neverSplitsASupplementaryCharacterWhenCutting() {
        String ancientHan = "\uD840\uDC0B"; // U+2000B, outside the Basic Multilingual Plane
        String slug = Slugs.slugify("a" + ancientHan.repeat(150));
        assertEquals(Slugs.MAX_LENGTH, slug.codePointCount(0, slug.length()));
        assertTrue(Character.isLowSurrogate(slug.charAt(slug.length() - 1)));
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void fallsBackToAStableHashWhenNothingIsLeft() {
        String first = Slugs.slugifyOrFallback("!!!", "post");
        assertTrue(first.matches("post-[0-9a-f]{10}"), first);
        assertEquals(first, Slugs.slugifyOrFallback("!!!", "post"));
        assertNotEquals(first, Slugs.slugifyOrFallback("???", "post"));
        // printf '!!!' | sha256sum
        assertEquals("post-e84c538e7f", first);
        assertTrue(Slugs.isValid(Slugs.slugifyOrFallback("😀", "tag")));
    }

    @Test
    void keepsTheSlugWhenThereIsOne() {
        assertEquals("ai-agent", Slugs.slugifyOrFallback("AI Agent", "post"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent", "中国故事", "0到1創新", "a", "crème-brûlée", "한국어-제목"})
    void acceptsLowerCaseWordsJoinedBySingleDashes(String slug) {
        assertTrue(Slugs.isValid(slug));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AI-agent", "-a", "a-", "a--b", "a b", "a_b", "a.b", "中国/故事", "Ü"})
    void rejectsAnythingSlugifyWouldNotProduce(String slug) {
        assertFalse(Slugs.isValid(slug));
    }

    @Test
    void rejectsSlugsLongerThanTheLimit() {
        assertTrue(Slugs.isValid("汉".repeat(Slugs.MAX_LENGTH)));
        assertFalse(Slugs.isValid("汉".repeat(Slugs.MAX_LENGTH + 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://lukefan.com/2026/01/13/china-ai-innovation-future/ | china-ai-innovation-future
            https://x.org/%E5%85%B3%E4%BA%8E/                        | 关于
            https://x.org/tag/0%E5%88%B01%E5%89%B5%E6%96%B0          | 0到1創新
            https://x.org/blog/My-Post.html?utm=1#top                | my-post
            https://x.org/2019/hello-world/index.html                | hello-world
            /relative/path/Second%20Post/                            | second-post
            https://x.org/a+b                                        | a-b
            https://x.org/100%25-sure                                | 100-sure
            https://x.org/bad%ZZescape                               | bad-zzescape
            https://x.org/not-utf8-%FF%FE                            | not-utf8-ff-fe
            https://x.org/                                           | ''
            https://x.org                                            | ''
            https://x.org/?p=123                                     | ''
            """)
    void takesTheSlugFromTheLastPathSegment(String url, String expected) {
        assertEquals(expected, Slugs.fromUrl(url));
    }

    @Test
    void takesTheSeedPostsSlugFromItsOriginalUrl() {
        String url = "https://lukefan.com/2026/01/13/china-ai-innovation-challenges-us-competition-future/";
        assertEquals("china-ai-innovation-challenges-us-competition-future", Slugs.fromUrl(url));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "/", "///"})
    void givesNoSlugForUrlsWithoutAPath(String url) {
        assertEquals("", Slugs.fromUrl(url));
    }
}
