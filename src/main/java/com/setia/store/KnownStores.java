package com.setia.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The data folders this user has had a Setia store in, remembered in the user's own settings folder, OUTSIDE every
 * data folder. The store's marker file ({@link Database#MARKER_FILE}) only helps while the folder is there; a data
 * folder on a USB drive that is not plugged in is gone altogether, marker and all, and would look like a first start
 * (an empty book). With this list, a folder that held a store before and has none now is reported as missing.
 * <p>
 * The file is {@code known-stores.properties} in {@code %LOCALAPPDATA%\Setia} (Windows),
 * {@code ~/Library/Preferences/Setia} (macOS) or {@code $XDG_CONFIG_HOME/setia} (usually {@code ~/.config/setia});
 * the {@code setia.configDir} system property or {@code SETIA_CONFIG_DIR} moves it (tests use that). Losing the file
 * only loses this protection, never data.
 */
public final class KnownStores {
    public static final String FILE_NAME = "known-stores.properties";
    /** At most this many folders are remembered (the most recently opened). */
    static final int MAX = 50;
    private static final Logger LOG = Logger.getLogger(KnownStores.class.getName());

    /** Remembers nothing and knows nothing: for tools and tests that open throw-away stores. */
    public static final KnownStores NONE = new KnownStores(null);

    private final Path file;

    public KnownStores(Path file) {
        this.file = file;
    }

    /** The list in this user's settings folder (see the class comment). */
    public static KnownStores forUser(Map<String, String> env, Properties system) {
        return new KnownStores(configDir(system.getProperty("os.name", ""), env, system).resolve(FILE_NAME));
    }

    static Path configDir(String osName, Map<String, String> env, Properties system) {
        String prop = system.getProperty("setia.configDir");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String fromEnv = env.get("SETIA_CONFIG_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        String home = system.getProperty("user.home", ".");
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, "Setia") : Path.of(home, "AppData", "Local", "Setia");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Preferences", "Setia");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "setia") : Path.of(home, ".config", "setia");
    }

    /** True when a store was opened in {@code dataDir} before (as far as this user's list knows). */
    public boolean knows(Path dataDir) {
        return file != null && load().containsKey(key(dataDir));
    }

    /** Not a folder (every folder key is an absolute path): the window's language when Setia last opened a store. */
    private static final String LANGUAGE = "language";

    /**
     * The language of the window when a store was last opened, if known: what the start-up dialog speaks when the
     * data folder (and the preferences kept in it) is not there.
     */
    public java.util.Optional<String> language() {
        return file == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(load().getProperty(LANGUAGE));
    }

    /** Notes that {@code dataDir} holds a store now, opened with the window in {@code languageTag} (may be null). */
    public void remember(Path dataDir, String languageTag) {
        remember(dataDir, p -> {
            if (languageTag != null) p.setProperty(LANGUAGE, languageTag);
        });
    }

    /** Notes that {@code dataDir} holds a store now. Failing to write the list is logged, never in the owner's way. */
    public void remember(Path dataDir) {
        remember(dataDir, p -> { });
    }

    private void remember(Path dataDir, java.util.function.Consumer<Properties> more) {
        if (file == null) return;
        Properties p = load();
        p.setProperty(key(dataDir), Instant.now().toString());
        more.accept(p);
        while (p.stringPropertyNames().stream().filter(k -> !k.equals(LANGUAGE)).count() > MAX) {
            String oldest = p.stringPropertyNames().stream().filter(k -> !k.equals(LANGUAGE))
                    .min(Comparator.comparing(p::getProperty)).orElseThrow();
            p.remove(oldest);
        }
        try {
            PropertiesFiles.writeAtomically(file, p,
                    "Folders that held a Setia store (so a missing one is noticed, not replaced by an empty book)");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write " + file, e);
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Cannot read " + file, e);
                p.clear();
            }
        }
        return p;
    }

    private static String key(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().toString();
    }

    /** Where the list is kept (null for {@link #NONE}). */
    public Path file() {
        return file;
    }
}
