package com.setia.letter;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.stage.Stage;
import javafx.stage.Window;

import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;
import com.setia.shop.ShopService;

/**
 * The entry point to write a letter, for any feature: {@code composer.open(window, facts)} shows the compose window
 * with the template of the facts' language filled in (e.g. the win-back case's "apologise" step passes the case's
 * facts). The owner edits, previews, prints or saves a PDF; every letter is stored on the customer (and case).
 */
public final class LetterComposer {
    private final LetterTemplateService templates;
    private final LetterService letters;
    private final ShopService shop;
    private final LetterOutput output;
    private final I18n i18n;
    private final TaskRunner runner;

    public LetterComposer(LetterTemplateService templates, LetterService letters, ShopService shop, LetterOutput output,
            I18n i18n, TaskRunner runner) {
        this.templates = Objects.requireNonNull(templates);
        this.letters = Objects.requireNonNull(letters);
        this.shop = Objects.requireNonNull(shop);
        this.output = Objects.requireNonNull(output);
        this.i18n = Objects.requireNonNull(i18n);
        this.runner = Objects.requireNonNull(runner);
    }

    /** Opens a new letter built from {@code facts}. Call on the FX thread. */
    public Stage open(Window owner, LetterFacts facts) {
        return open(owner, facts, l -> { });
    }

    /** Opens a new letter; {@code onStored} hears of every save, print or PDF (e.g. to refresh a list). */
    public Stage open(Window owner, LetterFacts facts, Consumer<StoredLetter> onStored) {
        LetterComposeViewModel vm = newViewModel(onStored);
        Stage stage = new LetterComposeView(vm, i18n, facts.customerName()).show(owner);
        vm.startNew(facts);
        return stage;
    }

    /** Opens a stored letter to read, change, print or save again. */
    public Stage openStored(Window owner, StoredLetter letter, LetterFacts facts, Consumer<StoredLetter> onStored) {
        LetterComposeViewModel vm = newViewModel(onStored);
        Stage stage = new LetterComposeView(vm, i18n, facts.customerName()).show(owner);
        vm.openStored(letter, facts);
        return stage;
    }

    private LetterComposeViewModel newViewModel(Consumer<StoredLetter> onStored) {
        LetterComposeViewModel vm = new LetterComposeViewModel(templates, letters, shop, new LetterDrafter(), output, runner);
        vm.setOnStored(onStored);
        return vm;
    }
}
