package dev.inkstone.redirect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class RedirectPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/2019/03/some-old-permalink/                       | /2019/03/some-old-permalink",
        "/2019/03/some-old-permalink                        | /2019/03/some-old-permalink",
        "/2019/03/some-old-permalink//                      | /2019/03/some-old-permalink",
        "/2019/03/%E4%B8%AD%E6%96%87/                        | /2019/03/中文",
        "/2019/03/%e4%b8%ad%e6%96%87/                        | /2019/03/中文",
        "/2019/03/中文/                                      | /2019/03/中文",
        "/2019/03/some%2Dold/#comments                      | /2019/03/some-old",
        "https://old.example.com/2019/03/x/                 | /2019/03/x",
        "HTTP://old.example.com                             | /",
        "https://old.example.com/?p=123                     | /?p=123",
        "/2021/06/10/java-records/?utm_source=feed&utm_medium=rss | /2021/06/10/java-records",
        "/?p=12&utm_source=x                                | /?p=12",
        "/Case/Kept/                                        | /Case/Kept",
        "/                                                  | /",
    })
    void normalisesSpellingsOfOnePath(String raw, String key) throws Exception {
        assertEquals(key, RedirectPaths.key(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = { "no-slash", "//evil.example/x", "/bad%zz", "/cut%E4%B8", "/overlong%C0%AF", "/nul%00",
        "/%", "http://[bad" })
    void refusesWhatIsNoPath(String raw) {
        assertThrows(RedirectPaths.BadPath.class, () -> RedirectPaths.key(raw));
    }

    @org.junit.jupiter.api.Test
    void refusesAPathLongerThanTheKeyBound() {
        assertThrows(RedirectPaths.BadPath.class, () -> RedirectPaths.key("/" + "长".repeat(RedirectPaths.MAX_KEY)));
    }
}
