package com.setia.store;

import java.nio.file.Path;
import java.time.Clock;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;

/**
 * Run in a second JVM by {@link DurabilityTest}: opens a store, saves one customer through the service as the app
 * does, says SAVED, and then ends as the test asks.
 *
 * <p>Arguments: the data folder, the customer's name, and how it ends: {@code hold} waits to be ended by the test
 * (SIGTERM, SIGKILL); {@code crash} halts the JVM the instant the save returns (no shutdown hook, no close: what a
 * power cut or a kill right after "Saved" leaves); {@code crash-delayed} does the same on the same store opened with
 * H2's default commit delay instead of {@link Database}'s settings, to show the test sees a delayed commit.
 */
public final class WriteAndHold {
    private WriteAndHold() {
    }

    private static java.sql.Connection keeper;

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String mode = args.length > 2 ? args[2] : "hold";
        CustomerService service;
        if (mode.equals("crash-delayed")) {
            Database.openFolder(folder).close(); // the schema, as the app makes it
            String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.FILE_NAME);
            keeper = java.sql.DriverManager.getConnection(url, "setia", ""); // keeps the store open, as Database does
            Jdbi jdbi = Jdbi.create(url, "setia", "").installPlugin(new SqlObjectPlugin());
            service = new CustomerService(jdbi, Clock.systemUTC());
        } else {
            service = new CustomerService(Database.openFolder(folder).jdbi(), Clock.systemUTC());
        }
        service.create(CustomerDraft.named(args[1]));
        System.out.println("SAVED");
        System.out.flush();
        if (mode.startsWith("crash")) {
            Runtime.getRuntime().halt(0);
        }
        Thread.sleep(120_000);
    }
}
