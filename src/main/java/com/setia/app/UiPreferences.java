package com.setia.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import com.setia.i18n.Language;

/**
 * What the window remembers between runs (the UI language, the window's place), in {@code setia.properties}
 * beside the store.
 * Read before the store opens, so even "the store is in use" is said in the owner's language.
 */
public final class UiPreferences {
    public static final String FILE_NAME = "setia.properties";
    private static final String LANGUAGE = "ui.language";
    private static final String WINDOW = "ui.window.";

    private final Path file;
    private final Properties props = new Properties();

    public UiPreferences(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable preferences file only costs the remembered language; the store is untouched.
                props.clear();
            }
        }
    }

    /** The remembered language, or the system's when none is remembered. */
    public Language language(Locale systemLocale) {
        Language saved = Language.fromTag(props.getProperty(LANGUAGE));
        return saved != null ? saved : Language.fromLocale(systemLocale);
    }

    /** The language remembered in this data folder, if any. */
    public java.util.Optional<Language> rememberedLanguage() {
        return java.util.Optional.ofNullable(Language.fromTag(props.getProperty(LANGUAGE)));
    }

    public void setLanguage(Language language) {
        props.setProperty(LANGUAGE, language.tag());
        save();
    }

    private static final String BACKUP_FOLDER = "backup.folder";

    /**
     * The folder the owner chose for backups (a USB drive), if any. Kept here, beside the store and not in it, so it
     * is known when the store cannot be opened and its backups are wanted most.
     */
    public java.util.Optional<Path> backupFolder() {
        String f = props.getProperty(BACKUP_FOLDER);
        return f == null || f.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(f));
    }

    public void setBackupFolder(Path folder) {
        if (folder == null) props.remove(BACKUP_FOLDER); else props.setProperty(BACKUP_FOLDER, folder.toAbsolutePath().toString());
        save();
    }

    /** Where the main window was when Setia last closed. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

    /** The remembered window place, if any was saved and it is readable. */
    public java.util.Optional<WindowPlace> window() {
        try {
            return java.util.Optional.of(new WindowPlace(
                    Double.parseDouble(props.getProperty(WINDOW + "x")), Double.parseDouble(props.getProperty(WINDOW + "y")),
                    Double.parseDouble(props.getProperty(WINDOW + "width")),
                    Double.parseDouble(props.getProperty(WINDOW + "height")),
                    Boolean.parseBoolean(props.getProperty(WINDOW + "maximized"))));
        } catch (NullPointerException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    public void setWindow(WindowPlace place) {
        props.setProperty(WINDOW + "x", Double.toString(place.x()));
        props.setProperty(WINDOW + "y", Double.toString(place.y()));
        props.setProperty(WINDOW + "width", Double.toString(place.width()));
        props.setProperty(WINDOW + "height", Double.toString(place.height()));
        props.setProperty(WINDOW + "maximized", Boolean.toString(place.maximized()));
        save();
    }

    private void save() {
        try {
            com.setia.store.PropertiesFiles.writeAtomically(file, props, "Setia window preferences");
        } catch (IOException e) {
            // Not remembering the language is not worth interrupting the owner for.
            System.getLogger("setia").log(System.Logger.Level.WARNING, "Cannot save " + file, e);
        }
    }
}
