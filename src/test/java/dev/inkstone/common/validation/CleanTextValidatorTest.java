package dev.inkstone.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.inkstone.common.DatabaseIndependent;

@DatabaseIndependent
class CleanTextValidatorTest {

    @ParameterizedTest(name = "[{0}] single-line {1}, multiline {2}")
    @CsvSource({
        "plain text,            true,  true",
        "中文标题 with 𠀀 (U+20000), true,  true",
        "emoji 🎉,              true,  true",
        "'line\nbreak',         false, true",
        "'tab\there',           false, true",
        "'nul\u0000',           false, false",
        "'bell\u0007',          false, false",
        "'escape\u001b[31m',    false, false",
        "'c1 \u0085',           false, false",
        "'lone \ud800 high',    false, false",
        "'lone \udc00 low',     false, false",
        "'nonchar \uffff',      false, false",
        "'high at end \ud83c',  false, false",
    })
    void acceptsPrintableUnicodeOnly(String text, boolean singleLine, boolean multiline) {
        assertEquals(singleLine, CleanTextValidator.isClean(text, false));
        assertEquals(multiline, CleanTextValidator.isClean(text, true));
    }
}
