package com.setia.dashboard;

import java.util.ArrayList;
import java.util.List;

import com.setia.customer.CustomerStatus;
import com.setia.winback.MonthActFast;

/** The key figures as sentences in the owner's language: the tiles on screen say these, and the PDF prints them. */
public final class DashboardFigures {
    private DashboardFigures() {
    }

    /** One tile: a label and its value. */
    public record Tile(String id, String label, String value) {
    }

    public static List<Tile> tiles(DashboardData d, DashboardTexts t) {
        List<Tile> out = new ArrayList<>();
        out.add(new Tile("customers", t.t("dashboard.tile.customers"), t.number(d.customersInBook())));
        out.add(new Tile("atRisk", t.t("customer.status.AT_RISK"), t.number(d.statusNow().get(CustomerStatus.AT_RISK))));
        out.add(new Tile("lost", t.t("customer.status.LOST"), t.number(d.statusNow().get(CustomerStatus.LOST))));
        out.add(new Tile("letGo", t.t("dashboard.tile.letGo"), t.number(d.statusNow().get(CustomerStatus.LET_GO))));
        Double rate = d.winbackRate();
        out.add(new Tile("rate", t.t("dashboard.tile.rate"), rate == null ? t.t("dashboard.none") : t.percent(rate)));
        MonthActFast all = d.actFastOverall();
        out.add(new Tile("median", t.t("dashboard.tile.median"),
                all.medianSeconds() == null ? t.t("dashboard.none") : t.hours(all.medianSeconds())));
        out.add(new Tile("pastRed", t.t("dashboard.tile.pastRed", d.redHours()), t.number(all.pastRed())));
        out.add(new Tile("told", t.t("dashboard.tile.told"), t.t("dashboard.tile.toldValue", d.ruleTold(), d.ruleAffected())));
        if (d.quiet() != null) {
            out.add(new Tile("quiet", t.t("dashboard.tile.quiet"), t.number(d.quiet().quietNow())));
        }
        return out;
    }

    public static List<String> lines(DashboardData d, DashboardTexts t) {
        return tiles(d, t).stream().map(x -> t.t("dashboard.pdf.line", x.label(), x.value())).toList();
    }
}
