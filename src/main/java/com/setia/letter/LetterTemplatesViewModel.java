package com.setia.letter;

import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.setia.common.TaskRunner;
import com.setia.i18n.Language;

/** Editing the template of each kind of letter and language; "Reset" brings back the shipped text. */
public final class LetterTemplatesViewModel {
    private final LetterTemplateService templates;
    private final TaskRunner runner;

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<LetterKind> kind = new SimpleObjectProperty<>(this, "kind", LetterKind.APOLOGY);
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final ReadOnlyBooleanWrapper custom = new ReadOnlyBooleanWrapper(this, "custom");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<LetterMessage> message = new ReadOnlyObjectWrapper<>(this, "message");

    public LetterTemplatesViewModel(LetterTemplateService templates, TaskRunner runner) {
        this.templates = Objects.requireNonNull(templates);
        this.runner = Objects.requireNonNull(runner);
        language.addListener((o, old, now) -> {
            if (now != null) load(now);
        });
        kind.addListener((o, old, now) -> {
            if (now != null && language.get() != null) load(language.get());
        });
    }

    /** Shows the template of {@code lang} (the owner's version, or the shipped one). */
    public void select(Language lang) {
        if (lang == language.get()) {
            load(lang);
        } else {
            language.set(lang);
        }
    }

    private void load(Language lang) {
        message.set(null);
        busy.set(true);
        LetterKind k = kind.get();
        runner.run(() -> templates.get(k, lang), this::show, this::fail);
    }

    public void save() {
        Language lang = language.get();
        LetterKind k = kind.get();
        String s = subject.get();
        String b = body.get();
        busy.set(true);
        runner.run(() -> templates.save(k, lang, s, b), t -> {
            show(t);
            message.set(LetterMessage.success("letter.template.saved"));
        }, this::fail);
    }

    public void resetToDefault() {
        Language lang = language.get();
        LetterKind k = kind.get();
        busy.set(true);
        runner.run(() -> templates.reset(k, lang), t -> {
            show(t);
            message.set(LetterMessage.success("letter.template.resetDone"));
        }, this::fail);
    }

    private void show(LetterTemplate t) {
        busy.set(false);
        subject.set(t.subject());
        body.set(t.body());
        custom.set(t.custom());
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(LetterMessage.of(t));
    }

    public ObjectProperty<Language> languageProperty() { return language; }
    public ObjectProperty<LetterKind> kindProperty() { return kind; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty bodyProperty() { return body; }
    public ReadOnlyBooleanProperty customProperty() { return custom.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LetterMessage> messageProperty() { return message.getReadOnlyProperty(); }
}
