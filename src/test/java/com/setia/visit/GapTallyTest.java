package com.setia.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The kept-in-step tally gives the same shop median as counting every customer's gap afresh. */
class GapTallyTest {
    @Test
    void followsEachChangeAndAgreesWithAFreshCount() {
        GapTally tally = new GapTally();
        Map<Long, Integer> gaps = new HashMap<>();
        Random random = new Random(7);
        assertThat(tally.median(30)).isEqualTo(30);
        for (int step = 0; step < 2_000; step++) {
            long customer = random.nextInt(150);
            Integer gap = random.nextInt(6) == 0 ? null : 1 + random.nextInt(90);
            tally.set(customer, gap);
            if (gap == null) gaps.remove(customer);
            else gaps.put(customer, gap);
            int expected = gaps.isEmpty() ? 30
                    : VisitService.median(gaps.values().stream().mapToInt(Integer::intValue).toArray());
            assertThat(tally.median(30)).as("after step %d", step).isEqualTo(expected);
        }
    }
}
