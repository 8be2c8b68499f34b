package com.setia.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
    static final Locale MS = Locale.forLanguageTag("ms");
    static final Locale ID = Locale.forLanguageTag("id");
    static final Locale EN = Locale.forLanguageTag("en");

    private static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ms|MYR|RM 25|25",
            "ms|MYR|RM25|25",
            "ms|MYR|RM1,250.50|1250.50",
            "ms|MYR|1250.5|1250.5",
            "ms|MYR|rm 0.05|0.05",
            "en|MYR|MYR 1,250|1250",
            "id|IDR|Rp 25.000|25000",
            "id|IDR|Rp25.000,50|25000.50",
            "id|IDR|25000|25000",
            "id|IDR|1.250|1250",
            "id|IDR|Rp 1.250.000|1250000",
            "en|IDR|Rp25,000|25000",
    })
    void readsAmountsTheWayEachLanguageWritesThem(String tag, Currency currency, String typed, String expected) {
        Money m = Money.parse(typed, currency, locale(tag));
        assertThat(m.amount()).isEqualByComparingTo(expected);
        assertThat(m.currency()).isEqualTo(currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|MYR|1.250|common.money.tooManyDecimals",
            "ms|MYR|0.005|common.money.tooManyDecimals",
            "id|IDR|0,005|common.money.tooManyDecimals",
            "id|IDR|1,250|common.money.tooManyDecimals",
            "ms|MYR|12,50|common.money.unreadable",
            "id|IDR|25.00|common.money.unreadable",
            "ms|MYR|1,2345|common.money.unreadable",
            "ms|MYR|lima ringgit|common.money.unreadable",
            "ms|MYR|25 RM|common.money.unreadable",
            "ms|MYR|1..2|common.money.unreadable",
            "ms|MYR|Rp 25.000|common.money.otherCurrency",
            "id|IDR|RM25|common.money.otherCurrency",
    })
    void refusesWhatItWouldHaveToGuess(String tag, Currency currency, String typed, String key) {
        assertThatThrownBy(() -> Money.parse(typed, currency, locale(tag)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKeys()).containsExactly(key));
    }

    @Test
    void theRefusalSaysHowManyDecimals() {
        assertThatThrownBy(() -> Money.parse("0.005", Currency.MYR, MS)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.messages()).containsExactly(Message.of("common.money.tooManyDecimals", 2)));
        assertThat(Money.check(new BigDecimal("0.005"), Currency.MYR)).extracting(Problem::key)
                .containsExactly("common.money.tooManyDecimals");
        assertThat(Money.check(new BigDecimal("0.050"), Currency.MYR)).isEmpty();
    }

    @Test
    void blankIsNoAmount() {
        assertThat(Money.parse(" \u200B ", Currency.MYR, MS)).isNull();
    }

    @Test
    void showsAmountsWithTheCurrencyInTheLanguagesWay() {
        assertThat(Money.format(new BigDecimal("1250.5"), Currency.MYR, MS)).isEqualTo("RM1,250.50");
        assertThat(Money.format(new BigDecimal("25"), Currency.MYR, EN)).isEqualTo("RM25.00");
        assertThat(Money.format(new BigDecimal("25000"), Currency.IDR, ID)).isEqualTo("Rp25.000");
        assertThat(Money.format(new BigDecimal("25000.50"), Currency.IDR, ID)).isEqualTo("Rp25.000,50");
        assertThat(Money.format(new BigDecimal("1250000"), Currency.IDR, EN)).isEqualTo("Rp1,250,000");
    }

    @Test
    void whatIsShownReadsBackTheSame() {
        for (String amount : new String[] {"0.05", "25", "1250.50", "999999999.99"}) {
            for (Currency c : Currency.values()) {
                for (Locale l : new Locale[] {MS, ID, EN}) {
                    String shown = Money.format(new BigDecimal(amount), c, l);
                    assertThat(Money.parse(shown, c, l).amount()).as(shown).isEqualByComparingTo(amount);
                }
            }
        }
    }
}
