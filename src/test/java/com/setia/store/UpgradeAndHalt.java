package com.setia.store;

import java.nio.file.Path;

/** Run in a second JVM by {@link StoreSafetyTest}: opens (creates or upgrades) a store and dies after one migration. */
public final class UpgradeAndHalt {
    private UpgradeAndHalt() {
    }

    public static void main(String[] args) {
        Database.openFolder(Path.of(args[0]), new Database.Options(true, null, new MigrationStop(args[1], true)));
        System.out.println("NOT HALTED");
    }
}
