package com.setia.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Setia keeps its data. The default is the user's data folder for the OS; it can be changed, in order of
 * precedence, by the {@code --data-dir=PATH} argument, the {@code setia.dataDir} system property or the
 * {@code SETIA_DATA_DIR} environment variable.
 */
public record AppOptions(Path dataDir) {
    public static final String ARG = "--data-dir=";

    public static AppOptions from(List<String> args, Map<String, String> env, java.util.Properties system) {
        for (String arg : args) {
            if (arg.startsWith(ARG) && arg.length() > ARG.length()) {
                return new AppOptions(Path.of(arg.substring(ARG.length())));
            }
        }
        String prop = system.getProperty("setia.dataDir");
        if (prop != null && !prop.isBlank()) {
            return new AppOptions(Path.of(prop));
        }
        String fromEnv = env.get("SETIA_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new AppOptions(Path.of(fromEnv));
        }
        return new AppOptions(defaultDataDir(system.getProperty("os.name", ""), env, system.getProperty("user.home", ".")));
    }

    public static final String STORE_ARG = "--store=";

    /**
     * The store asked for this run, if any: {@code --store=ADDRESS}, the {@code setia.store} system property or the
     * {@code SETIA_STORE} environment variable ({@code embedded}, or {@code postgresql://USER@HOST[:PORT]/DATABASE}).
     * Without one, the store chosen in Settings ({@code setia-store.properties} in the data folder) is used.
     */
    public static java.util.Optional<String> store(List<String> args, Map<String, String> env, java.util.Properties system) {
        for (String arg : args) {
            if (arg.startsWith(STORE_ARG) && arg.length() > STORE_ARG.length()) {
                return java.util.Optional.of(arg.substring(STORE_ARG.length()));
            }
        }
        String prop = system.getProperty("setia.store");
        if (prop != null && !prop.isBlank()) return java.util.Optional.of(prop);
        String fromEnv = env.get("SETIA_STORE");
        if (fromEnv != null && !fromEnv.isBlank()) return java.util.Optional.of(fromEnv);
        return java.util.Optional.empty();
    }

    /** %APPDATA%\Setia on Windows, ~/Library/Application Support/Setia on macOS, $XDG_DATA_HOME/setia elsewhere. */
    static Path defaultDataDir(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Setia") : Path.of(home, "AppData", "Roaming", "Setia");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Setia");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "setia") : Path.of(home, ".local", "share", "setia");
    }
}
