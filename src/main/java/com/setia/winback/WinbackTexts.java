package com.setia.winback;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.setia.common.Message;
import com.setia.common.MoneyStyle;
import com.setia.i18n.I18n;

/** Words for win-back things, from the bundles: durations, step names, lists of message keys. */
final class WinbackTexts {
    private final I18n i18n;
    private final Supplier<MoneyStyle> money;

    WinbackTexts(I18n i18n) {
        this(i18n, () -> new MoneyStyle(WinbackModule.DEFAULT_MONEY.currency(), i18n.locale()));
    }

    WinbackTexts(I18n i18n, Supplier<MoneyStyle> money) {
        this.i18n = i18n;
        this.money = money;
    }

    String t(String key, Object... args) {
        return i18n.t(key, args);
    }

    /** "2 d 5 h", "5 h 10 min", "45 min". */
    String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (60 * 24);
        long hours = (minutes / 60) % 24;
        long mins = minutes % 60;
        if (days > 0) return i18n.t("winback.duration.days", days, hours);
        if (hours > 0) return i18n.t("winback.duration.hours", hours, mins);
        return i18n.t("winback.duration.minutes", mins);
    }

    String step(Step s) {
        return i18n.t("winback.step.numbered", s.number(), i18n.t(s.messageKey()));
    }

    String steps(List<Step> steps) {
        return steps.stream().map(this::step).collect(Collectors.joining(", "));
    }

    String messages(List<Message> messages) {
        return messages.stream().map(i18n::t).collect(Collectors.joining("\n"));
    }

    /** "RM1,250.50", "Rp25.000": in the shop's currency, the way the owner's language writes numbers. */
    String money(BigDecimal value) {
        return money.get().format(value);
    }
}
