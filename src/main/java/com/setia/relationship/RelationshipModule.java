package com.setia.relationship;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import javafx.stage.Window;

import com.setia.common.TaskRunner;
import com.setia.contact.ContactService;
import com.setia.contact.WhatsAppChannel;
import com.setia.contact.WhatsAppSender;
import com.setia.customer.CustomerService;
import com.setia.i18n.I18n;
import com.setia.ui.TodayPart;
import com.setia.visit.QuickVisitDialog;
import com.setia.visit.QuickVisitViewModel;
import com.setia.visit.VisitImportViewModel;
import com.setia.visit.VisitService;

/**
 * The views of the customer relationship, made over the services the composition root hands in: the going-quiet
 * and keep-in-touch tabs of Today, "send on WhatsApp", and the "came today" window (Ctrl+K).
 */
public final class RelationshipModule {
    private final WhatsAppSender whatsApp;
    private final GoingQuietPart quiet;
    private final KeepInTouchPart keep;
    private final QuickVisitDialog quickVisit;
    private final List<com.setia.customer.CustomerPanel> customerPanels;
    private final QuietSettingsPage settingsPage;
    private final VisitImportPage visitImportPage;

    public RelationshipModule(RelationshipService relationship, CustomerService customers, VisitService visits,
            ContactService contacts, com.setia.loyalty.LoyaltyService loyalty, WhatsAppChannel channel,
            Supplier<String> shopName, TaskRunner runner, Clock clock, I18n i18n) {
        this.whatsApp = new WhatsAppSender(contacts, channel, runner, clock, shopName);
        this.quiet = new GoingQuietPart(new GoingQuietViewModel(relationship, whatsApp, runner), i18n);
        this.keep = new KeepInTouchPart(new KeepInTouchViewModel(relationship, contacts, whatsApp, runner), i18n);
        QuickVisitViewModel quickVm = new QuickVisitViewModel(customers, visits, runner);
        quickVm.setOnRecorded(() -> todayParts().forEach(TodayPart::reload));
        this.quickVisit = new QuickVisitDialog(quickVm, i18n);
        this.settingsPage = new QuietSettingsPage(new QuietSettingsViewModel(visits, contacts, runner), i18n);
        VisitImportViewModel importVm = new VisitImportViewModel(visits, runner, javafx.application.Platform::runLater,
                i18n::getLanguage, i18n::t);
        importVm.setOnImported(() -> todayParts().forEach(TodayPart::reload));
        this.visitImportPage = new VisitImportPage(importVm, i18n);
        this.customerPanels = List.of(
                new RelationshipPanel(relationship, visits, contacts, whatsApp, runner, clock, i18n),
                new com.setia.loyalty.LoyaltyPanel(loyalty, runner, clock, i18n));
    }

    /** "Going quiet & keep in touch" in Settings. */
    public com.setia.shop.SettingsPage settingsPage() {
        return settingsPage;
    }

    /** "Import visits" in Settings: a till's or a spreadsheet's CSV, checked row by row, then stored in one go. */
    public com.setia.shop.SettingsPage visitImportPage() {
        return visitImportPage;
    }

    /** "Visits & contacts", the first tab after a customer's details. */
    public com.setia.customer.CustomerPanel relationshipPanel() {
        return customerPanels.get(0);
    }

    /** The relationship at a glance at the top of a customer's page (last visit and usual gap, last contact...). */
    public com.setia.customer.CustomerHeader relationshipHeader() {
        return ((RelationshipPanel) customerPanels.get(0)).header();
    }

    /** "Loyalty signs", beside the loss reasons. */
    public com.setia.customer.CustomerPanel loyaltyPanel() {
        return customerPanels.get(1);
    }

    /** "Going quiet" and "Keep in touch", for Today. */
    public List<TodayPart> todayParts() {
        return List.of(quiet, keep);
    }

    /** Opens the "came today" window over the main window. */
    public void recordVisit(Window owner) {
        quickVisit.open(owner);
    }

    public QuickVisitDialog quickVisit() {
        return quickVisit;
    }

    public WhatsAppSender whatsApp() {
        return whatsApp;
    }

    public GoingQuietPart goingQuiet() {
        return quiet;
    }

    public KeepInTouchPart keepInTouch() {
        return keep;
    }
}
