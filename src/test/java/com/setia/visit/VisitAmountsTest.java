package com.setia.visit;

import com.setia.common.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.setia.i18n.Language;

class VisitAmountsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "25|MS|25", "RM 25|MS|25", "RM1,250.50|MS|1250.50", "1250.50|EN|1250.50", "25,5|MS|25.5",
            "Rp 25.000|ID|25000", "Rp25.000,50|ID|25000.50", "25000|ID|25000", "12.5|ID|12.5", "1,250|EN|1250"})
    void readsMoneyAsEachLanguageWritesIt(String text, Language language, String expected) {
        assertThat(VisitAmounts.parse(text, language)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.250|EN|visit.error.amountDecimals", "0.005|MS|visit.error.amountDecimals", "abc|MS|visit.error.amountNotMoney",
            "-5|MS|visit.error.amountNegative", "12,34,5|MS|visit.error.amountNotMoney", "Rp 25.000|MS|visit.error.amountDecimals"})
    void refusesWhatIsNotMoneyWithoutGuessing(String text, Language language, String key) {
        assertThatThrownBy(() -> VisitAmounts.parse(text, language)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKeys()).asList().containsExactly(key);
    }
}
