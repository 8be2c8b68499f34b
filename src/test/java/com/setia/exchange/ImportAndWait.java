package com.setia.exchange;

import java.nio.file.Path;
import java.time.Clock;

import com.setia.app.Services;
import com.setia.common.Progress;
import com.setia.store.Database;
import com.setia.transfer.ImportMappingService;

/** Run in a child JVM by {@link ImportKillTest}: imports a file, printing progress, so it can be killed half-way. */
public final class ImportAndWait {
    private ImportAndWait() {
    }

    public static void main(String[] args) {
        Database db = Database.openFolder(Path.of(args[0]));
        Services s = new Services(db, Clock.systemUTC());
        var imports = new CustomerImportService(db.jdbi(), s.customers(), new ImportMappingService(db.jdbi(), Clock.systemUTC()),
                Clock.systemUTC(), () -> "MY", () -> { });
        imports.importFile(Path.of(args[1]), null, m -> m.key(), new Progress() {
            @Override
            public void update(long done, long total) {
                System.out.println("PROGRESS " + done);
                System.out.flush();
                try {
                    Thread.sleep(150); // slow enough to be killed in the middle
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        System.out.println("DONE");
        System.out.flush();
    }
}
