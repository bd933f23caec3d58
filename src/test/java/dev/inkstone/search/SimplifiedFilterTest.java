package dev.inkstone.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import dev.inkstone.common.DatabaseIndependent;

/** The fast path must give exactly the terms ICU's own token filter gives with the same transliterator. */
@DatabaseIndependent
class SimplifiedFilterTest {

    private static final String MIXED = "學習資料庫與軟體開發：網路伺服器的記憶體、演算法。 学习数据库 "
            + "Ｆｕｌｌ-width ＡＩ, node.js 與 GPT算力 乾隆 髮型 頭髮 後來 後 𠮷野家 𩸽 〇 한국어 にほんご";

    @Test
    void termsAndOffsetsMatchIcusFilterOnMixedText() {
        assertSameTokens(MIXED);
    }

    @Test
    void everyCjkCharacterIsFoldedAsIcuFoldsIt() {
        // Every BMP ideograph and the start of extension B, one token per character (the unified ones also in runs
        // of twenty): a character the table missed would keep its Traditional form here and differ from ICU's.
        StringBuilder singles = new StringBuilder();
        StringBuilder runs = new StringBuilder();
        int inRun = 0;
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            singles.append(Character.toChars(c)).append(' ');
            runs.append(Character.toChars(c));
            if (++inRun % 20 == 0) {
                runs.append(' ');
            }
        }
        for (int c = 0xF900; c <= 0xFAFF; c++) { // compatibility ideographs
            singles.append(Character.toChars(c)).append(' ');
        }
        for (int c = 0x20000; c <= 0x20FFF; c++) {
            singles.append(Character.toChars(c)).append(' ');
        }
        assertSameTokens(singles.toString());
        assertSameTokens(runs.toString());
    }

    @Test
    void theFixturesTextsAnalyseAlike() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            List<Path> texts = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(md|markdown|html|xml|json|txt)$")).toList();
            assertTrue(texts.size() >= 5, "fixture texts found: " + texts.size());
            for (Path text : texts) {
                assertSameTokens(Files.readString(text));
            }
        }
    }

    @Test
    void everyRuleOfTheTransliteratorAppliesAsInIcusFilter() {
        // Each rule's own text, alone and between common characters: phrases whose other characters are Simplified
        // (中崙, 一髮, 剃发) must still reach the transliterator.
        StringBuilder text = new StringBuilder();
        String[] rules = SimplifiedFilter.TRANSLITERATOR.toRules(false).split(";");
        assertTrue(rules.length > 3_000, "rules read: " + rules.length);
        for (String rule : rules) {
            int arrow = rule.indexOf(" > ");
            if (arrow > 0) {
                String from = rule.substring(0, arrow).strip();
                text.append(from).append(' ').append('的').append(from).append("是 ");
            }
        }
        assertSameTokens(text.toString());
    }

    @Test
    void commonSimplifiedTextTakesTheFastPath() {
        assertTrue(changes("學"));
        assertTrue(changes("ab學"));
        assertTrue(changes("剃发"), "a phrase rule of Simplified characters (剃发 > 剃髮)");
        // Characters of phrase rules that are common in Simplified text are not what marks those rules.
        for (String simplified : List.of("学习 data", "中心", "一个", "深度", "在的是了", "算力模型训练", "𠮷")) {
            assertFalse(changes(simplified), simplified);
        }
        // The length bounds the check: a changed character past it (a reused term buffer's leftovers) is not read.
        assertFalse(SimplifiedFilter.changes("学學".toCharArray(), 1));
    }

    @Test
    void aRuleInAnUnexpectedFormMarksAllItsCharacters() {
        assertTrue(SimplifiedFilter.triggers("甲 > 乙; 丙甲 > 丙乙; 丁戊 > 丁己;").containsAll("甲戊"));
        assertFalse(SimplifiedFilter.triggers("甲 > 乙; 丙甲 > 丙乙; 丁戊 > 丁己;").containsSome("丙丁"),
                "a phrase is marked by its changed character, not by the one it keeps");
        assertFalse(SimplifiedFilter.triggers("甲乙 > 甲乙;").containsSome("甲乙"), "a rule that changes nothing");
        assertTrue(SimplifiedFilter.triggers("甲 { 乙 > 丙;").containsAll("甲乙丙"), "a context rule");
        assertTrue(SimplifiedFilter.triggers("::Null; [甲乙] > 丙;").containsAll("甲乙丙"), "a set");
    }

    private static boolean changes(String text) {
        return SimplifiedFilter.changes(text.toCharArray(), text.length());
    }

    private static void assertSameTokens(String text) {
        for (Supplier<Tokenizer> tokenizer : List.<Supplier<Tokenizer>>of(
                WhitespaceTokenizer::new, StandardTokenizer::new, HMMChineseTokenizer::new)) {
            List<String> expected = tokens(text, tokenizer, stream -> new ICUTransformFilter(stream,
                    SearchAnalysis.SIMPLIFIED));
            List<String> actual = tokens(text, tokenizer, SimplifiedFilter::new);
            assertEquals(expected.size(), actual.size(), tokenizer.get().getClass().getSimpleName());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), "token " + i);
            }
        }
    }

    private static List<String> tokens(String text, Supplier<Tokenizer> tokenizer,
            Function<TokenStream, TokenStream> filter) {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filter.apply(source));
            }
        };
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
