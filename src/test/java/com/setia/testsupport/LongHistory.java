package com.setia.testsupport;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.setia.app.Services;
import com.setia.incident.Channel;
import com.setia.incident.Incident;
import com.setia.incident.IncidentDraft;
import com.setia.incident.Severity;
import com.setia.winback.CloseRequest;
import com.setia.winback.Step;
import com.setia.winback.StepDraft;
import com.setia.winback.WinbackService;

/**
 * A customer with a long history, written through the real services: {@code incidents} incidents, and a case with
 * all four steps, closed as won back, for each of the first {@code cases} of them; the last case is closed as keep
 * in touch and has two follow-ups. Each case action is one step, so {@code cases} cases make 4 x cases actions.
 * The clock moves forward as it goes, so every event has its own time.
 */
public final class LongHistory {
    private LongHistory() {
    }

    public static void write(Services services, MutableClock clock, long customerId, int incidents, int cases) {
        WinbackService winback = services.winback();
        for (int n = 0; n < incidents; n++) {
            clock.advance(Duration.ofHours(1));
            Incident incident = services.incidents().log(new IncidentDraft(customerId, clock.instant(),
                    Channel.values()[n % Channel.values().length], "Barang rosak, kali ke-" + (n + 1),
                    Severity.values()[n % Severity.values().length], n % 2 == 0 ? "Ganti baru" : null,
                    n % 3 == 0 ? "Sudah enam tahun jadi pelanggan, tapi..." : null));
            if (n >= cases) {
                continue;
            }
            long id = winback.open(customerId, incident.id()).winbackCase().id();
            clock.advance(Duration.ofMinutes(10));
            winback.recordStep(id, StepDraft.of(Step.ACT_FAST, "Telefon dalam sejam"));
            clock.advance(Duration.ofMinutes(10));
            winback.recordStep(id, StepDraft.apology("Tuan kedai telefon", true, false));
            clock.advance(Duration.ofMinutes(10));
            winback.recordStep(id, StepDraft.explanation(null, "Kami bungkus dengan cuai"));
            clock.advance(Duration.ofMinutes(10));
            winback.recordStep(id, StepDraft.oliveBranch(null, "Kain baru dan diskaun 10%", new BigDecimal("25.50")));
            clock.advance(Duration.ofMinutes(10));
            if (n < cases - 1) {
                winback.close(id, CloseRequest.wonBack("Dia datang semula"));
            } else {
                LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
                winback.close(id, CloseRequest.keepInTouch(tomorrow, null));
                clock.advance(Duration.ofDays(2));
                winback.recordFollowUp(id, "Sudah telefon", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7), false);
                clock.advance(Duration.ofDays(8));
                winback.recordFollowUp(id, "Dia ok", null, false);
            }
        }
    }
}
