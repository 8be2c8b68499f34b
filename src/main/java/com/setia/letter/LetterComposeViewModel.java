package com.setia.letter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.setia.common.TaskRunner;
import com.setia.i18n.Language;
import com.setia.shop.ShopService;
import com.setia.shop.ShopSettings;

/**
 * The compose window: the letter's editable words, language and paper, a preview rendered from the very PDF that
 * prints, and the actions Save, Print and Save PDF. Print and Save PDF store the words first, so whatever fails
 * afterwards, the letter is kept.
 */
public final class LetterComposeViewModel {
    /** Preview resolution: sharp enough to read on screen, quick to render. */
    static final float PREVIEW_DPI = 110f;

    private final LetterTemplateService templates;
    private final LetterService letters;
    private final ShopService shopService;
    private final LetterDrafter drafter;
    private final LetterOutput output;
    private final TaskRunner runner;

    private final ReadOnlyObjectWrapper<LetterFacts> facts = new ReadOnlyObjectWrapper<>(this, "facts");
    private final ReadOnlyObjectWrapper<StoredLetter> stored = new ReadOnlyObjectWrapper<>(this, "stored");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.MS);
    private final ReadOnlyObjectWrapper<LetterKind> kind = new ReadOnlyObjectWrapper<>(this, "kind", LetterKind.APOLOGY);
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(this, "paper", PaperSize.A4);
    private final StringProperty recipient = new SimpleStringProperty(this, "recipient", "");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    /** The case facts the letter takes: asked for here when the case has not recorded them yet. */
    private final StringProperty whatWentWrong = new SimpleStringProperty(this, "whatWentWrong", "");
    private final StringProperty offer = new SimpleStringProperty(this, "offer", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper previewBusy = new ReadOnlyBooleanWrapper(this, "previewBusy");
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ObservableList<LetterMessage> warnings = FXCollections.observableArrayList();
    // Kept, not made per call: an unmodifiable view listens weakly to its source and would be collected with its listeners.
    private final ObservableList<BufferedImage> pagesView = FXCollections.unmodifiableObservableList(pages);
    private final ObservableList<LetterMessage> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyObjectWrapper<LetterMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyObjectWrapper<ShopSettings> shop = new ReadOnlyObjectWrapper<>(this, "shop", ShopSettings.EMPTY);
    /** The letter went out: its words are fixed and its PDF is the one kept, not a new rendering. */
    private final javafx.beans.binding.BooleanBinding sent = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> stored.get() != null && stored.get().sent(), stored);

    private int previewGeneration;
    private boolean loading;
    private Consumer<StoredLetter> onStored = l -> { };

    public LetterComposeViewModel(LetterTemplateService templates, LetterService letters, ShopService shopService,
            LetterDrafter drafter, LetterOutput output, TaskRunner runner) {
        this.templates = Objects.requireNonNull(templates);
        this.letters = Objects.requireNonNull(letters);
        this.shopService = Objects.requireNonNull(shopService);
        this.drafter = Objects.requireNonNull(drafter);
        this.output = Objects.requireNonNull(output);
        this.runner = Objects.requireNonNull(runner);
        recipient.addListener((o, a, b) -> markDirty());
        subject.addListener((o, a, b) -> markDirty());
        body.addListener((o, a, b) -> markDirty());
        paper.addListener((o, a, b) -> markDirty());
        whatWentWrong.addListener((o, a, b) -> factsChanged());
        offer.addListener((o, a, b) -> factsChanged());
    }

    /**
     * The owner wrote what went wrong or the offer: the draft takes it at once, in place of the hint (or of what
     * was there before), leaving the rest of the owner's edits as they are.
     */
    private void factsChanged() {
        LetterFacts f = facts.get();
        if (loading || f == null || sent.get()) {
            return;
        }
        LetterFacts updated = f.withCaseFacts(whatWentWrong.get(), offer.get()).withLanguage(language.get());
        java.util.Map<Placeholder, String> before = LetterDrafter.values(f.withLanguage(language.get()), shop.get());
        java.util.Map<Placeholder, String> after = LetterDrafter.values(updated, shop.get());
        facts.set(updated);
        String text = body.get();
        for (Placeholder p : List.of(Placeholder.WHAT_WENT_WRONG, Placeholder.OFFER)) {
            String old = before.get(p);
            if (!old.equals(after.get(p)) && text.contains(old)) {
                text = text.replace(old, after.get(p));
            }
        }
        body.set(text);
    }

    /** Called whenever a letter is stored or updated, e.g. to refresh the customer's list of letters. */
    public void setOnStored(Consumer<StoredLetter> onStored) {
        this.onStored = onStored == null ? l -> { } : onStored;
    }

    /** Starts a new letter: the template of the facts' language, filled in. */
    public void startNew(LetterFacts newFacts) {
        // A case's letter is its apology; a letter from the customer's page starts as a thank-you.
        kind.set(newFacts.caseId() != null ? LetterKind.APOLOGY : LetterKind.THANK_YOU);
        loading = true;
        whatWentWrong.set(newFacts.whatWentWrong() == null ? "" : newFacts.whatWentWrong());
        offer.set(newFacts.offer() == null ? "" : newFacts.offer());
        loading = false;
        facts.set(Objects.requireNonNull(newFacts));
        stored.set(null);
        message.set(null);
        draftIn(newFacts.language());
    }

    /** Opens a stored letter to read, change, print or save again; {@code letterFacts} allows a new draft. */
    public void openStored(StoredLetter letter, LetterFacts letterFacts) {
        facts.set(letterFacts);
        stored.set(letter);
        message.set(null);
        loading = true;
        language.set(letter.language());
        paper.set(letter.paperSize());
        recipient.set(letter.recipient());
        subject.set(letter.subject());
        body.set(letter.body());
        loading = false;
        dirty.set(false);
        runner.run(shopService::load, s -> {
            shop.set(s);
            refreshPreview();
        }, this::fail);
    }

    /**
     * Writes the letter again from the template of {@code newLanguage}. The owner's edits are replaced, so the view
     * asks first when {@link #dirtyProperty()} is set.
     */
    public void changeLanguage(Language newLanguage) {
        LetterFacts f = facts.get();
        if (f == null || newLanguage == null) {
            return;
        }
        facts.set(f.withLanguage(newLanguage));
        draftIn(newLanguage);
    }

    /** Writes the letter again from the template of another kind (the view asks first when there are edits). */
    public void changeKind(LetterKind newKind) {
        if (facts.get() == null || newKind == null || sent.get()) {
            return;
        }
        kind.set(newKind);
        draftIn(language.get());
    }

    private void draftIn(Language lang) {
        LetterFacts f = facts.get().withLanguage(lang);
        busy.set(true);
        LetterKind k = kind.get();
        runner.run(() -> new Drafted(shopService.load(), templates.get(k, lang)), d -> {
            busy.set(false);
            shop.set(d.shop());
            LetterContent c = drafter.draft(f, d.template(), d.shop());
            loading = true;
            language.set(lang);
            recipient.set(c.recipient());
            subject.set(c.subject());
            body.set(c.body());
            loading = false;
            dirty.set(stored.get() != null);
            if (!d.shop().readyForLetters()) {
                message.set(LetterMessage.warning("letter.warning.shopNotSet"));
            }
            refreshPreview();
        }, this::fail);
    }

    private record Drafted(ShopSettings shop, LetterTemplate template) {
    }

    /** The words as they stand now. */
    public LetterContent content() {
        LetterFacts f = facts.get();
        StoredLetter s = stored.get();
        java.time.LocalDate date = s != null ? s.letterDate() : f.date();
        return new LetterContent(language.get(), date, recipient.get(), subject.get(), body.get());
    }

    /** Renders the preview from the same PDF that prints. Older renders that finish late are ignored. */
    public void refreshPreview() {
        if (facts.get() == null && stored.get() == null) {
            return;
        }
        int generation = ++previewGeneration;
        LetterContent c = content();
        PaperSize p = paper.get();
        StoredLetter asSent = sent.get() ? stored.get() : null;
        previewBusy.set(true);
        runner.run(() -> preview(asSent != null ? output.asSent(asSent) : output.render(c, p)), result -> {
            if (generation != previewGeneration) {
                return;
            }
            previewBusy.set(false);
            pages.setAll(result.images());
            List<LetterMessage> w = new ArrayList<>();
            for (RenderWarning rw : result.warnings()) {
                w.add(LetterMessage.warning(rw.messageKey(), rw.path()));
            }
            warnings.setAll(w);
        }, t -> {
            if (generation == previewGeneration) {
                previewBusy.set(false);
                fail(t);
            }
        });
    }

    private record Preview(List<BufferedImage> images, List<RenderWarning> warnings) {
    }

    private static Preview preview(RenderedLetter letter) {
        try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                images.add(renderer.renderImageWithDPI(i, PREVIEW_DPI));
            }
            return new Preview(images, letter.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a bracketed "[...]" hint of a template is still in the letter: the owner has not written it yet. */
    public boolean hasUnfilledHints() {
        String text = subject.get() + "\n" + body.get();
        return HINT.matcher(text).find() || LetterWords.allHints().stream().anyMatch(text::contains);
    }

    /** The templates' hints: words in square brackets, e.g. "[tarikh]", "[Nyatakan tarikh akhir baucar ...]". */
    private static final java.util.regex.Pattern HINT = java.util.regex.Pattern.compile("\\[[^\\[\\]\\n]{2,300}\\]");

    /** Stores the words (a new letter the first time, the same letter afterwards). */
    public void save() {
        save(l -> message.set(LetterMessage.success("letter.saved")));
    }

    private void save(Consumer<StoredLetter> then) {
        LetterContent c = content();
        PaperSize p = paper.get();
        StoredLetter existing = stored.get();
        if (existing != null && existing.sent()) {
            then.accept(existing); // its words went out as they are; print and save use the kept PDF
            return;
        }
        LetterFacts f = facts.get();
        busy.set(true);
        runner.run(() -> existing == null
                ? letters.create(f.customerId(), f.caseId(), c, p)
                : letters.update(existing.id(), c, p), saved -> {
                    busy.set(false);
                    stored.set(saved);
                    dirty.set(false);
                    onStored.accept(saved);
                    then.accept(saved);
                }, this::fail);
    }

    /** Stores the letter, then prints it on the printer the owner chose in the system's dialog. */
    public void print(String printerName, int copies) {
        save(saved -> {
            busy.set(true);
            runner.run(() -> output.print(saved, printerName, copies), done -> {
                busy.set(false);
                stored.set(done.letter());
                onStored.accept(done.letter());
                message.set(LetterMessage.success("letter.printed", printerName == null ? "" : printerName));
            }, this::fail);
        });
    }

    /** The printer dialog could not be shown because the system has no printer: the letter is stored anyway. */
    public void noPrinter() {
        save(saved -> message.set(LetterMessage.error("letter.error.noPrinter")));
    }

    /**
     * Makes the words of a sent letter a new letter to change and send: the sent one stays as it went out.
     */
    public void copyAsNew() {
        if (!sent.get() || facts.get() == null) {
            return;
        }
        stored.set(null);
        dirty.set(true);
        message.set(LetterMessage.info("letter.copied"));
        refreshPreview();
    }

    /** The system's printers, default first. */
    public List<String> printerNames() {
        return output.printerNames();
    }

    /** The file name the owner chose cannot be used on this system (its characters, its length). */
    public void refusePath(String name) {
        message.set(LetterMessage.error("letter.error.pathNotUsable", name));
    }

    /** Stores the letter, then writes the envelope to post it in (DL, addressed) to {@code file}. */
    public void saveEnvelope(Path file) {
        save(saved -> {
            busy.set(true);
            runner.run(() -> output.saveEnvelope(saved, file), done -> {
                busy.set(false);
                message.set(done.warnings().isEmpty() ? LetterMessage.success("letter.envelopeSaved", done.file().toString())
                        : LetterMessage.warning(done.warnings().get(0).messageKey(), done.warnings().get(0).path()));
            }, this::fail);
        });
    }

    /** A file name for the envelope's PDF. */
    public String suggestedEnvelopeName() {
        return suggestedFileName().replaceFirst("\\.pdf$", " envelope.pdf");
    }

    /** Stores the letter, then writes its PDF to {@code file}. */
    public void savePdf(Path file) {
        save(saved -> {
            busy.set(true);
            runner.run(() -> output.savePdf(saved, file), done -> {
                busy.set(false);
                stored.set(done.letter());
                onStored.accept(done.letter());
                message.set(LetterMessage.success("letter.pdfSaved", done.file().toString()));
            }, this::fail);
        });
    }

    /** A file name to offer in the save dialog. */
    public String suggestedFileName() {
        LetterFacts f = facts.get();
        return LetterOutput.fileName(f == null ? "letter" : f.customerName(), content().date());
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(LetterMessage.of(t));
    }

    private void markDirty() {
        if (!loading) {
            dirty.set(true);
        }
    }

    public ReadOnlyObjectProperty<LetterFacts> factsProperty() { return facts.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StoredLetter> storedProperty() { return stored.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Language> languageProperty() { return language; }
    public ReadOnlyObjectProperty<LetterKind> kindProperty() { return kind.getReadOnlyProperty(); }
    public ObjectProperty<PaperSize> paperProperty() { return paper; }
    public StringProperty recipientProperty() { return recipient; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty bodyProperty() { return body; }
    public StringProperty whatWentWrongProperty() { return whatWentWrong; }
    public StringProperty offerProperty() { return offer; }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty previewBusyProperty() { return previewBusy.getReadOnlyProperty(); }
    public ObservableList<BufferedImage> pages() { return pagesView; }
    public ObservableList<LetterMessage> warnings() { return warningsView; }
    public ReadOnlyObjectProperty<LetterMessage> messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ShopSettings> shopProperty() { return shop.getReadOnlyProperty(); }
    public javafx.beans.binding.BooleanExpression sentProperty() { return sent; }
}
