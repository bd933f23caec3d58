package dev.inkstone.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import com.ibm.icu.text.Transliterator;

/**
 * How text becomes terms. Every text is indexed twice: as words (smartcn's dictionary segmentation, "算力差距" →
 * 算力, 差距) and as CJK bigrams plus single characters ("算力差距" → 算, 算力, 力, 力差, …). Bigrams find any run of
 * two or more characters, wherever smartcn cut the words; words rank a whole-word hit above a chance overlap; single
 * characters make a one-character query work. Both fold width and case (NFKC_CF), Traditional to Simplified (ICU,
 * token by token, so 學習 finds 学习), and stem English (Porter).
 */
final class SearchAnalysis {

    /** Traditional to Simplified: the one transliterator every token stream and SearchText use (SimplifiedFilter). */
    static final Transliterator SIMPLIFIED = SimplifiedFilter.TRANSLITERATOR;
    private static final CharArraySet PUNCTUATION = SmartChineseAnalyzer.getDefaultStopSet();

    /** Indexes and queries the word fields. */
    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new HMMChineseTokenizer();
            TokenStream stream = new StopFilter(tokenizer, PUNCTUATION);
            stream = fold(stream);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
        }

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new ICUNormalizer2CharFilter(reader);
        }
    };

    /** Indexes the bigram fields: bigrams and single characters. */
    static final Analyzer BIGRAMS_INDEX = bigrams(true);

    /**
     * Queries the bigram fields: bigrams only, so that "学习" does not also match every 学 and 习; a character with
     * no neighbour stays a single character and meets the indexed ones.
     */
    static final Analyzer BIGRAMS_QUERY = bigrams(false);

    /** The pinyin fields hold syllables or initials separated by spaces, written by ForgivingFields. */
    static final Analyzer PINYIN = new WhitespaceAnalyzer();

    /** What the index writer and the highlighter use: the index analyzer of each field. */
    static final Analyzer INDEX = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            if (ForgivingFields.isPinyin(field)) {
                return PINYIN;
            }
            return SearchFields.isBigram(field) ? BIGRAMS_INDEX : WORDS;
        }
    };

    private SearchAnalysis() {
    }

    private static Analyzer bigrams(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = fold(tokenizer);
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                stream = new EnglishPossessiveFilter(stream);
                return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new ICUNormalizer2CharFilter(reader);
            }
        };
    }

    /** Traditional to Simplified per token; tokens keep their offsets, so highlights land on the original text. */
    private static TokenStream fold(TokenStream stream) {
        return new SimplifiedFilter(stream);
    }
}
