package com.setia.winback;

import java.time.Duration;

/** The owner's act-fast thresholds, in whole hours: past amber the clock turns amber, past red it turns red. */
public record ActFastThresholds(int amberHours, int redHours) {
    public static final ActFastThresholds DEFAULT = new ActFastThresholds(24, 72);
    public static final int MAX_HOURS = 24 * 60;

    public ActFastLevel level(Duration elapsed) {
        if (elapsed.compareTo(Duration.ofHours(redHours)) >= 0) return ActFastLevel.RED;
        if (elapsed.compareTo(Duration.ofHours(amberHours)) >= 0) return ActFastLevel.AMBER;
        return ActFastLevel.CALM;
    }
}
