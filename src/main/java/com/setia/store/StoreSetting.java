package com.setia.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The store chosen in Settings, kept in {@code setia-store.properties} in the data folder (never a password: see
 * {@link PgPass}). A {@code --store=} argument or {@code SETIA_STORE} overrides it for one run.
 */
public final class StoreSetting {
    public static final String FILE_NAME = "setia-store.properties";
    private static final String KEY = "store";

    private final Path file;

    public StoreSetting(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The saved store, or the embedded one when nothing (readable) is saved. */
    public StoreAddress load() {
        if (!Files.isRegularFile(file)) return StoreAddress.embedded();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return StoreAddress.parse(p.getProperty(KEY));
        } catch (IOException e) {
            throw new StoreException("Cannot read the store setting in " + file, e);
        } catch (IllegalArgumentException e) {
            throw new StoreAddressException(String.valueOf(p.getProperty(KEY)), e.getMessage());
        }
    }

    public void save(StoreAddress address) throws IOException {
        Properties p = new Properties();
        p.setProperty(KEY, address.text());
        PropertiesFiles.writeAtomically(file, p,
                "Setia: where the shop's data is (embedded, or a PostgreSQL server; the password is in the pgpass file)");
    }

    public Path file() {
        return file;
    }
}
