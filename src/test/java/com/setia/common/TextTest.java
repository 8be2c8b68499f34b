package com.setia.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B", "\u200B\u200B\u200C\u200D", "\u00A0", "\u00A0 \u2007\u202F", "\u0000",
            "\u0000\u0001\u001B", "\uFEFF", "\t\n\r", "\u3164", "\u2800", "\u2060\u180E", "\u034F"})
    void invisibleTextIsEmpty(String s) {
        assertThat(Text.blankToNull(s)).isNull();
        assertThat(Text.isBlank(s)).isTrue();
    }

    @Test
    void visibleTextIsTrimmedOfInvisibleEnds() {
        assertThat(Text.blankToNull("\u200B Siti\u00A0")).isEqualTo("Siti");
        assertThat(Text.blankToNull("  Siti Aminah  ")).isEqualTo("Siti Aminah");
        assertThat(Text.blankToNull(null)).isNull();
    }

    @Test
    void controlCharactersAreRemovedLineBreaksKept() {
        assertThat(Text.blankToNull("Si\u0000ti")).isEqualTo("Siti");
        assertThat(Text.blankToNull("a\r\nb\rc\td")).isEqualTo("a\nb\nc\td");
        assertThat(Text.blankToNull("x\u001B[31my")).isEqualTo("x[31my");
    }

    @Test
    void joinersInsideWordsStay() {
        // a zero-width joiner inside a word shapes Indic script and emoji: kept, only trimmed at the ends
        String tamil = "\u0B9A\u0BC1\u0BAA\u0BCD\u200D\u0BAA";
        assertThat(Text.blankToNull(tamil)).isEqualTo(tamil);
        assertThat(Text.blankToNull("陈美玲 Tan Mei Ling")).isEqualTo("陈美玲 Tan Mei Ling");
    }
}
