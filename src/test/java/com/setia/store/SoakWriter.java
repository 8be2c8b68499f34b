package com.setia.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import com.setia.app.Services;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.incident.Channel;
import com.setia.incident.IncidentDraft;
import com.setia.incident.Severity;

/**
 * Run in a child JVM by {@link DurabilitySoak}: writes through the services as the app does, as fast as it can, and
 * prints "OK name" after each write the service has returned from (confirmed), until it is killed.
 */
public final class SoakWriter {
    private SoakWriter() {
    }

    public static void main(String[] args) {
        // -Dsetia.soak.nosync=true: without CHECKPOINT SYNC after each commit, to see what it protects against
        boolean sync = !Boolean.getBoolean("setia.soak.nosync");
        Database db = Database.openFolder(Path.of(args[0]), new Database.Options(sync, null));
        Services services = new Services(db, Clock.systemUTC());
        String run = args[1];
        System.out.println("OPEN");
        System.out.flush();
        for (int i = 0; ; i++) {
            String name = run + "-" + i;
            Customer c = services.customers().create(CustomerDraft.named(name));
            if (i % 3 == 0) {
                services.incidents().log(new IncidentDraft(c.id(), Instant.now(), Channel.PHONE, name, Severity.LOW, null, null));
            }
            System.out.println("OK " + name);
            System.out.flush();
        }
    }
}
