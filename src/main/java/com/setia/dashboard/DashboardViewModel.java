package com.setia.dashboard;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.setia.common.TaskRunner;
import com.setia.letter.LetterPrinter;
import com.setia.letter.PaperSize;
import com.setia.letter.RenderedLetter;
import com.setia.shop.ShopService;

/**
 * The dashboard's state: the period, the figures (read off the FX thread, all charts in one task), the customers
 * behind a clicked part of a chart, and the one-page PDF to save or print.
 */
public final class DashboardViewModel {
    private final DashboardService service;
    private final ShopService shop;
    private final TaskRunner runner;
    private final LetterPrinter printer;
    private final ObjectProperty<DashboardPeriod> period = new SimpleObjectProperty<>(DashboardPeriod.SIX_MONTHS);
    private final ObjectProperty<DashboardData> data = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<DashboardService.DrillResult> drill = new SimpleObjectProperty<>();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final StringProperty messageArg = new SimpleStringProperty("");
    private final StringProperty errorKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private long generation;

    /** {@code printer}: the system's printers (the letters feature's), or null where nothing can be printed. */
    public DashboardViewModel(DashboardService service, ShopService shop, TaskRunner runner, LetterPrinter printer) {
        this.service = service;
        this.shop = shop;
        this.runner = runner;
        this.printer = printer;
        period.addListener((o, a, b) -> {
            drill.set(null);
            load();
        });
    }

    /** Reads every figure for the period again. A slower earlier read never overwrites a later one. */
    public void load() {
        long mine = ++generation;
        DashboardPeriod p = period.get();
        loading.set(true);
        runner.run(() -> service.load(p), d -> {
            if (mine != generation) return;
            loading.set(false);
            errorKey.set(null);
            data.set(d);
        }, e -> {
            if (mine != generation) return;
            loading.set(false);
            errorKey.set("dashboard.error.loadFailed");
        });
    }

    /** Lists the customers behind a part of a chart. */
    public void open(Drill what) {
        DashboardPeriod p = period.get();
        runner.run(() -> service.customersBehind(what, p), drill::set, e -> errorKey.set("dashboard.error.loadFailed"));
    }

    public void closeDrill() {
        drill.set(null);
    }

    public boolean hasQuiet() {
        return service.hasQuiet();
    }

    /** Writes the one-page PDF (the figures as shown, with the charts' pictures) to {@code file}. */
    public void savePdf(Path file, DashboardTexts texts, List<BufferedImage> charts) {
        DashboardData d = data.get();
        if (d == null || file == null || busy.get()) return;
        busy.set(true);
        messageKey.set(null);
        runner.run(() -> {
            byte[] pdf = new DashboardPdf().render(d, texts, shop.load().shopName(), charts);
            Files.write(file, pdf);
            return file;
        }, saved -> {
            busy.set(false);
            messageArg.set(saved.toString());
            messageKey.set("dashboard.pdf.saved");
        }, e -> {
            busy.set(false);
            errorKey.set("dashboard.error.pdfFailed");
        });
    }

    /** Prints the same one-page PDF on the printer the owner chose in the system's dialog. */
    public void print(String printerName, int copies, DashboardTexts texts, List<BufferedImage> charts) {
        DashboardData d = data.get();
        if (d == null || printer == null || busy.get()) return;
        busy.set(true);
        messageKey.set(null);
        runner.run(() -> {
            byte[] pdf = new DashboardPdf().render(d, texts, shop.load().shopName(), charts);
            printer.print(new RenderedLetter(pdf, 1, PaperSize.A4, List.of()), printerName, copies, texts.title());
            return printerName;
        }, name -> {
            busy.set(false);
            messageArg.set(name == null ? "" : name);
            messageKey.set("dashboard.printed");
        }, e -> {
            busy.set(false);
            errorKey.set("dashboard.error.printFailed");
        });
    }

    /** The system's printers, default first; empty when there is none (or nothing can print here). */
    public List<String> printerNames() {
        return printer == null ? List.of() : printer.printerNames();
    }

    /** The system has no printer. */
    public void noPrinter() {
        errorKey.set("dashboard.error.noPrinter");
    }

    public ObjectProperty<DashboardPeriod> periodProperty() { return period; }
    public ObjectProperty<DashboardData> dataProperty() { return data; }
    public BooleanProperty loadingProperty() { return loading; }
    public ObjectProperty<DashboardService.DrillResult> drillProperty() { return drill; }
    public StringProperty messageKeyProperty() { return messageKey; }
    public StringProperty messageArgProperty() { return messageArg; }
    public StringProperty errorKeyProperty() { return errorKey; }
    public BooleanProperty busyProperty() { return busy; }
}
