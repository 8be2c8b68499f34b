package com.setia.letter;

import static com.setia.letter.LetterTestData.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.setia.i18n.Language;

/**
 * Any text the owner can type renders well within a second (the bound here is generous, to catch hangs rather
 * than to time the machine): texts that once took a minute or never finished.
 */
class LetterHostileTextTest {
    static final LetterRenderer RENDERER = new LetterRenderer();
    static final int MAX = LetterTemplateService.BODY_MAX;

    @BeforeAll
    static void warmUp() {
        // Fonts are read and the layout engine loaded once, outside the timed renders.
        RENDERER.render(content("\u9648 \u0B95\u0BCA warm-up"), shop(), PaperSize.A4);
    }

    static LetterContent content(String body) {
        return new LetterContent(Language.MS, LocalDate.of(2026, 3, 2), "Puan Siti", "Hal", body);
    }

    static Stream<Arguments> hostile() {
        List<Arguments> texts = new ArrayList<>();
        texts.add(Arguments.of("5,000 words joined by zero-width spaces", String.join("\u200B", repeat("kata", 5000))));
        texts.add(Arguments.of("one 20,000-letter word", "a".repeat(MAX)));
        texts.add(Arguments.of("20,000 zero-width spaces", "\u200B".repeat(MAX)));
        texts.add(Arguments.of("20,000 spaces", " ".repeat(MAX)));
        texts.add(Arguments.of("20,000 newlines", "\n".repeat(MAX)));
        texts.add(Arguments.of("a letter with 5,000 combining marks", "a" + "\u0301".repeat(5000)));
        texts.add(Arguments.of("zalgo text", ("Z\u0336\u0337\u0338\u0301\u0302\u0303\u0304\u0305".repeat(2000))));
        texts.add(Arguments.of("10,000 emoji", "\uD83D\uDE00".repeat(10000)));
        texts.add(Arguments.of("lone surrogates", "\uD800\uDC00\uD800x\uDC00".repeat(3000)));
        texts.add(Arguments.of("right-to-left overrides", "\u202Eabc\u202Ddef\u202C".repeat(2000)));
        texts.add(Arguments.of("Arabic and Hebrew", "\u0627\u0644\u0633\u0644\u0627\u0645 \u05E9\u05DC\u05D5\u05DD ".repeat(1500)));
        texts.add(Arguments.of("20,000 Chinese characters", "\u9648\u7F8E\u73B2".repeat(MAX / 3)));
        texts.add(Arguments.of("Tamil without spaces", "\u0B9A\u0BC1\u0BAA\u0BCD\u0BAA\u0BBF\u0BB0\u0BAE".repeat(2400)));
        texts.add(Arguments.of("Tamil vowel signs alone", "\u0BCA\u0BCD\u0BC6".repeat(6000)));
        texts.add(Arguments.of("zero-width joiners", "\u0B95\u200D".repeat(9000)));
        texts.add(Arguments.of("soft hyphens", "ab\u00AD".repeat(6000)));
        texts.add(Arguments.of("non-breaking spaces", "kata\u00A0".repeat(4000)));
        texts.add(Arguments.of("tabs", "\t".repeat(MAX)));
        texts.add(Arguments.of("control characters", "\u0000\u0001\u0007\u001B[31m".repeat(3000)));
        texts.add(Arguments.of("private-use characters", "\uE000\uF8FF".repeat(9000)));
        texts.add(Arguments.of("very wide letters", "W".repeat(MAX)));
        texts.add(Arguments.of("a URL with no break", "https://kedai.my/" + "x/".repeat(9000)));
        texts.add(Arguments.of("many tiny paragraphs", "a\n\n".repeat(6000)));
        texts.add(Arguments.of("mixed scripts per letter",
                "a\u9648\u0B95b\u73B2\u0BCAc\uD83D\uDE00".repeat(2500)));
        return texts.stream();
    }

    private static List<String> repeat(String s, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(s);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void rendersWithinTheBound(String what, String body) {
        RenderedLetter r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RENDERER.render(content(body), shop(), PaperSize.A4), what);
        assertThat(r.pageCount()).isPositive();
        assertThat(r.pdf()).isNotEmpty();
    }
}
