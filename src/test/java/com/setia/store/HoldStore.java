package com.setia.store;

import java.nio.file.Path;

/** Run in a second JVM by {@link DatabaseTest}: opens a store, says OPEN, holds it until its input closes. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.openFolder(Path.of(args[0]))) {
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the parent to close our input
            }
        }
    }
}
