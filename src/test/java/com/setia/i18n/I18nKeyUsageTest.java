package com.setia.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.setia.letter.Placeholder;
import com.setia.winback.ActFastLevel;
import com.setia.winback.Outcome;

/**
 * Every key the code uses is in every bundle, and every bundle key is used by the code. Keys written whole in the
 * sources are found by scanning them for string literals; keys built from an enum ({@code "customer.status." +
 * name()}) are listed here from the enums themselves, so a new enum value without words fails too.
 */
class I18nKeyUsageTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    /**
     * Keys made from an enum's values: every enum of Setia with public no-argument methods named {@code ...Key()}
     * (messageKey, labelKey, hintKey...) is walked, value by value, so a new value without words fails; plus the few
     * keys that views build by joining a prefix and a value's name, listed below.
     */
    static Set<String> enumKeys() {
        Set<String> keys = new TreeSet<>(keysOfEveryEnum());
        // checklist.ChecklistView builds a checklist's words from its prefix (the health check's: "health")
        for (String part : java.util.List.of("intro", "note.prompt", "numbered", "save", "tickedOn", "error.dateUnreadable",
                "error.loadFailed", "error.saveFailed")) {
            keys.add("health." + part);
        }
        for (Outcome o : Outcome.values()) {
            keys.add(o.messageKey());
            keys.add("winback.close.done." + o.name()); // CaseViewModel
        }
        for (ActFastLevel l : ActFastLevel.values()) keys.add("winback.clock.waiting." + l.name()); // CaseView
        for (Placeholder p : Placeholder.values()) {
            keys.add("letter.placeholder." + p.name().toLowerCase(Locale.ROOT)); // LetterTemplatesView
        }
        for (String kind : com.setia.backup.BackupService.KINDS) keys.add("backup.kind." + kind); // BackupView
        for (String verb : java.util.List.of("import", "export", "backup", "restore")) keys.add("cli.usage." + verb); // CommandLine
        for (String country : java.util.List.of("MY", "ID")) keys.add("exchange.country." + country); // DataModule
        return keys;
    }

    private static Set<String> keysOfEveryEnum() {
        Set<String> keys = new TreeSet<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("com/setia"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        I18nKeyUsageTest.class.getClassLoader());
                if (!type.isEnum()) continue;
                for (java.lang.reflect.Method m : type.getMethods()) {
                    if (m.getParameterCount() == 0 && m.getReturnType() == String.class && m.getName().endsWith("Key")
                            && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                        for (Object value : type.getEnumConstants()) {
                            keys.add((String) m.invoke(value));
                        }
                    }
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new AssertionError("Cannot walk Setia's enums", e);
        }
        return keys;
    }

    /** Every dotted string literal in the main sources whose first part is one of the bundles' prefixes. */
    static Set<String> literalKeys(Set<String> prefixes) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.')))) keys.add(key);
                }
            }
        }
        return keys;
    }

    private static Set<String> bundleKeys(Language language) {
        return new TreeSet<>(Collections.list(I18n.bundleFor(language).getKeys()));
    }

    private static Set<String> prefixes() {
        Set<String> out = new TreeSet<>();
        for (String key : bundleKeys(Language.EN)) out.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')));
        return out;
    }

    @Test
    void everyKeyTheCodeUsesIsInEveryBundle() throws IOException {
        Set<String> used = new TreeSet<>(literalKeys(prefixes()));
        used.addAll(enumKeys());
        for (Language language : Language.values()) {
            ResourceBundle bundle = I18n.bundleFor(language);
            Set<String> missing = new TreeSet<>(used);
            missing.removeIf(bundle::containsKey);
            assertThat(missing).as("keys used in the code but missing from messages_%s", language.tag()).isEmpty();
        }
    }

    @Test
    void everyBundleKeyIsUsedByTheCode() throws IOException {
        Set<String> unused = bundleKeys(Language.EN);
        unused.removeAll(literalKeys(prefixes()));
        unused.removeAll(enumKeys());
        assertThat(unused).as("bundle keys nothing uses: remove them, or use them").isEmpty();
    }

    /**
     * A key built in the code ({@code "some.prefix." + name()}) must be one of the families listed in
     * {@link #enumKeys()}: a new family fails here until it is listed, so its keys are checked too.
     */
    @Test
    void everyKeyBuiltInTheCodeIsListedHere() throws IOException {
        Pattern built = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.)\"\\s*\\+");
        Set<String> prefixes = prefixes();
        Set<String> unlisted = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = built.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String prefix = m.group(1);
                    if (!prefixes.contains(prefix.substring(0, prefix.indexOf('.')))) continue;
                    if (enumKeys().stream().noneMatch(k -> k.startsWith(prefix))) unlisted.add(file.getFileName() + ": " + prefix);
                }
            }
        }
        assertThat(unlisted).as("keys built from a prefix that enumKeys() does not list").isEmpty();
    }

    @Test
    void theScanFindsKeysWrittenInTheCode() throws IOException {
        // guards the scanner itself: a key known to be written literally, and a dotted literal that is not a key
        Set<String> found = literalKeys(prefixes());
        assertThat(found).contains("customer.save", "winback.step.saved", "common.money.unreadable");
        assertThat(found).doesNotContain("setia.dataDir");
    }
}
