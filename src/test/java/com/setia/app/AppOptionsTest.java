package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.StoreException;
import com.setia.store.StoreLockedException;

class AppOptionsTest {
    @TempDir
    Path dir;

    private static Properties props(String... kv) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/siti");
        p.setProperty("os.name", "Linux");
        for (int i = 0; i < kv.length; i += 2) p.setProperty(kv[i], kv[i + 1]);
        return p;
    }

    @Test
    void dataFolderComesFromFlagThenPropertyThenEnvironmentThenOs() {
        Map<String, String> env = Map.of("SETIA_DATA_DIR", "/env");
        assertThat(AppOptions.from(List.of("--data-dir=/flag"), env, props("setia.dataDir", "/prop")).dataDir())
                .isEqualTo(Path.of("/flag"));
        assertThat(AppOptions.from(List.of(), env, props("setia.dataDir", "/prop")).dataDir()).isEqualTo(Path.of("/prop"));
        assertThat(AppOptions.from(List.of(), env, props()).dataDir()).isEqualTo(Path.of("/env"));
        assertThat(AppOptions.from(List.of(), Map.of(), props()).dataDir())
                .isEqualTo(Path.of("/home/siti/.local/share/setia"));
        assertThat(AppOptions.defaultDataDir("Windows 11", Map.of("APPDATA", "C:\\Users\\siti\\AppData\\Roaming"), "C:\\Users\\siti"))
                .isEqualTo(Path.of("C:\\Users\\siti\\AppData\\Roaming", "Setia"));
        assertThat(AppOptions.defaultDataDir("Mac OS X", Map.of(), "/Users/siti"))
                .isEqualTo(Path.of("/Users/siti/Library/Application Support/Setia"));
    }

    @Test
    void languageIsRememberedBetweenRunsAndDefaultsToTheSystem() {
        assertThat(new UiPreferences(dir).language(Locale.forLanguageTag("id-ID"))).isEqualTo(Language.ID);
        new UiPreferences(dir).setLanguage(Language.MS);
        assertThat(new UiPreferences(dir).language(Locale.forLanguageTag("id-ID"))).isEqualTo(Language.MS);
    }

    @Test
    void theWindowPlaceIsRememberedBetweenRuns() {
        assertThat(new UiPreferences(dir).window()).isEmpty();
        new UiPreferences(dir).setLanguage(Language.ID);
        new UiPreferences(dir).setWindow(new UiPreferences.WindowPlace(10, 20, 1100, 700, true));
        UiPreferences again = new UiPreferences(dir);
        assertThat(again.window()).contains(new UiPreferences.WindowPlace(10, 20, 1100, 700, true));
        assertThat(again.language(Locale.ENGLISH)).isEqualTo(Language.ID);
    }

    @Test
    void aBrokenPreferencesFileOnlyCostsTheRememberedLanguage() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(UiPreferences.FILE_NAME), "ui.language=\\u12");
        assertThat(new UiPreferences(dir).language(Locale.forLanguageTag("ms-MY"))).isEqualTo(Language.MS);
    }

    @Test
    void startupProblemsAreSentencesInTheOwnersLanguage() {
        I18n i18n = new I18n(Language.MS);
        StartupProblem locked = StartupProblem.of(new StoreLockedException(Path.of("/data/setia.mv.db"), null), i18n);
        assertThat(locked.title()).isEqualTo("Setia sudah dibuka");
        assertThat(locked.message()).contains("/data/setia.mv.db").contains("Tetingkap Setia yang lain");

        StartupProblem other = StartupProblem.of(new StoreException("Cannot create the data folder /x", "/x",
                new java.io.IOException("Permission denied")), new I18n(Language.EN));
        assertThat(other.message()).contains("/x").contains("not allowed to write").contains("Your data has not been changed")
                .doesNotContain("Permission denied").doesNotContain("Cannot create");
    }

    @Test
    void aStoreThatCannotBeWrittenSaysWhyInTheOwnersWordsNotJavas() {
        I18n ms = new I18n(Language.MS);
        StartupProblem full = StartupProblem.of(new StoreException("Cannot write in the data folder /d", "/d",
                new java.io.IOException("No space left on device")), ms);
        assertThat(full.message()).contains("/d").contains("Cakera sudah penuh").doesNotContain("No space left")
                .doesNotContain("Cannot write");
        StartupProblem denied = StartupProblem.of(new StoreException("x", "/d",
                new java.nio.file.AccessDeniedException("/d/setia.mv.db")), ms);
        assertThat(denied.message()).contains("tidak dibenarkan menulis");
        StartupProblem odd = StartupProblem.of(new StoreException("Cannot open the store at /d", "/d",
                new IllegalStateException("org.h2.mvstore.MVStoreException: chunk 7 not found")), ms);
        assertThat(odd.message()).contains("setia.log").doesNotContain("MVStore").doesNotContain("Cannot open");
    }
}
