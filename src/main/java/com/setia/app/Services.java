package com.setia.app;

import java.time.Clock;

import com.setia.contact.ContactService;
import com.setia.customer.CustomerService;
import com.setia.health.HealthService;
import com.setia.letgo.LetGoService;
import com.setia.staff.StaffService;
import com.setia.dashboard.DashboardService;
import com.setia.incident.IncidentService;
import com.setia.letter.LetterService;
import com.setia.letter.LetterTemplateService;
import com.setia.loyalty.LoyaltyService;
import com.setia.reasons.ReasonService;
import com.setia.relationship.RelationshipService;
import com.setia.rulechange.RuleChangeService;
import com.setia.shop.ShopService;
import com.setia.store.Database;
import com.setia.visit.VisitService;
import com.setia.winback.WinbackService;

/**
 * Every service of Setia, made once over one store and connected by constructors: the part of the composition root
 * that needs no window, so the command-line verbs and the tests use the very wiring the app does. A feature that
 * needs another feature is handed that feature's service here, never its DAO or its tables.
 */
public final class Services {
    private final com.setia.storage.StorageService storage;
    private final CustomerService customers;
    private final IncidentService incidents;
    private final ReasonService reasons;
    private final WinbackService winback;
    private final ShopService shop;
    private final LetterService letters;
    private final LetterTemplateService letterTemplates;
    private final java.util.function.Supplier<String> country;
    private final VisitService visits;
    private final ContactService contacts;
    private final LoyaltyService loyalty;
    private final RelationshipService relationship;
    private final RuleChangeService ruleChanges;
    private final DashboardService dashboard;
    private final HealthService health;
    private final LetGoService letGo;
    private final StaffService staff;

    public Services(Database database, Clock clock) {
        this(database, clock, com.setia.customer.PhoneNumbers.MALAYSIA);
    }

    /**
     * {@code defaultCountry}: the shop's country until the owner chooses one ("MY" or "ID", from the language):
     * how phone numbers typed without +60/+62 are read.
     */
    public Services(Database database, Clock clock, String defaultCountry) {
        var jdbi = database.jdbi();
        this.shop = new ShopService(jdbi, clock, database.folder());
        java.util.function.Supplier<String> country = () -> shop.country().orElse(defaultCountry);
        this.country = country;
        this.storage = new com.setia.storage.StorageService(database, database.folder(),
                com.setia.store.PgPass.forUser(System.getenv(), System.getProperties()),
                server -> Database.openServer(server, database.folder()));
        this.customers = new CustomerService(jdbi, clock, country);
        this.incidents = new IncidentService(jdbi, clock, customers);
        this.reasons = new ReasonService(jdbi, clock, customers);
        this.contacts = new ContactService(jdbi, clock, customers);
        this.winback = new WinbackService(jdbi, clock, customers, incidents, contacts);
        this.letters = new LetterService(jdbi, clock, contacts);
        this.letterTemplates = new LetterTemplateService(jdbi, clock);
        this.visits = new VisitService(jdbi, clock, customers);
        this.loyalty = new LoyaltyService(jdbi, clock, customers);
        this.relationship = new RelationshipService(clock, customers, visits, contacts, loyalty, reasons, winback);
        this.ruleChanges = new RuleChangeService(jdbi, clock, customers);
        this.health = new HealthService(jdbi, clock, customers);
        this.letGo = new LetGoService(jdbi, clock, customers, winback);
        this.staff = new StaffService(jdbi, clock, customers);
        this.dashboard = new DashboardService(customers, incidents, winback, reasons, health, ruleChanges,
                new DashboardQuiet(relationship, clock.getZone()), clock);
        // On a shared server, customers another PC adds or changes are in this PC's search at once.
        database.changes().subscribe(batch -> batch.stream().filter(c -> c.of("customer"))
                .forEach(c -> customers.changedElsewhere(c.ids(), c.all())));
    }

    public com.setia.storage.StorageService storage() {
        return storage;
    }

    /** The shop's country as phone numbers are read: the owner's choice, else the default given. */
    public java.util.function.Supplier<String> country() {
        return country;
    }

    public CustomerService customers() {
        return customers;
    }

    public IncidentService incidents() {
        return incidents;
    }

    public ReasonService reasons() {
        return reasons;
    }

    public WinbackService winback() {
        return winback;
    }

    public ShopService shop() {
        return shop;
    }

    public LetterService letters() {
        return letters;
    }

    public LetterTemplateService letterTemplates() {
        return letterTemplates;
    }

    public VisitService visits() {
        return visits;
    }

    public ContactService contacts() {
        return contacts;
    }

    public LoyaltyService loyalty() {
        return loyalty;
    }

    public RelationshipService relationship() {
        return relationship;
    }

    public RuleChangeService ruleChanges() {
        return ruleChanges;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public HealthService health() {
        return health;
    }

    public LetGoService letGo() {
        return letGo;
    }

    public StaffService staff() {
        return staff;
    }
}
