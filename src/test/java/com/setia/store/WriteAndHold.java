package com.setia.store;

import java.nio.file.Path;
import java.time.Clock;

import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;

/**
 * Run in a second JVM by {@link DurabilityTest}: opens a store, saves one customer through the service as the app
 * does, says SAVED, and then waits to be killed.
 */
public final class WriteAndHold {
    private WriteAndHold() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.openFolder(Path.of(args[0]));
        new CustomerService(db.jdbi(), Clock.systemUTC()).create(CustomerDraft.named(args[1]));
        System.out.println("SAVED");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
