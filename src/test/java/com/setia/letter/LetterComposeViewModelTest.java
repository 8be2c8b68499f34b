package com.setia.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.customer.Salutation;
import com.setia.i18n.Language;
import com.setia.shop.ShopService;
import com.setia.shop.ShopSettings;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class LetterComposeViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    @TempDir
    Path dir;

    /** A printer that remembers what it was sent, or fails like a PC without printers. */
    static final class FakePrinter implements LetterPrinter {
        final List<RenderedLetter> printed = new ArrayList<>();
        final List<String> on = new ArrayList<>();
        boolean none;

        @Override
        public List<String> printerNames() {
            return none ? List.of() : List.of("Office");
        }

        @Override
        public void print(RenderedLetter letter, String printerName, int copies, String jobName) {
            if (none) throw new LetterProblem("letter.error.noPrinter");
            printed.add(letter);
            on.add(printerName);
        }
    }

    final FakePrinter printer = new FakePrinter();
    LetterService letters;
    ShopService shop;
    LetterComposeViewModel vm;
    LettersPanelViewModel panel;
    Customer siti;
    final List<StoredLetter> storedEvents = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        letters = new LetterService(store.jdbi(), clock);
        shop = new ShopService(store.jdbi(), clock);
        shop.save(LetterTestData.shop());
        LetterOutput output = new LetterOutput(letters, shop, new LetterRenderer(), printer, new LetterFiles());
        vm = new LetterComposeViewModel(new LetterTemplateService(store.jdbi(), clock), letters, shop, new LetterDrafter(),
                output, TaskRunner.DIRECT);
        vm.setOnStored(storedEvents::add);
        siti = new CustomerService(store.jdbi(), clock).create(new CustomerDraft("Siti Aminah", Salutation.MRS, null, null,
                "Jalan Tun Razak", Language.MS, null, null, CustomerStatus.ACTIVE));
        panel = new LettersPanelViewModel(letters, output, TaskRunner.DIRECT, opened::add, siti.id());
    }

    private LetterFacts caseFacts() {
        return LetterFacts.forCase(siti, 9L, LetterTestData.DATE, "Barang yang dihantar rosak", "penggantian percuma");
    }

    @Test
    void aNewLetterIsDraftedInTheCustomersLanguageAndPreviewed() {
        vm.startNew(caseFacts());
        assertThat(vm.languageProperty().get()).isEqualTo(Language.MS);
        assertThat(vm.bodyProperty().get()).startsWith("Yang dihormati Puan Siti Aminah,")
                .contains("Barang yang dihantar rosak.", "penggantian percuma.");
        assertThat(vm.recipientProperty().get()).isEqualTo("Puan Siti Aminah\nJalan Tun Razak");
        assertThat(vm.pages()).hasSize(1);
        assertThat(vm.pages().get(0).getWidth()).isGreaterThan(800);
        assertThat(vm.warnings()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.hasUnfilledHints()).isFalse();
        assertThat(letters.forCustomer(siti.id())).isEmpty();
    }

    @Test
    void theOwnersEditsAreWhatIsStoredAndPrinted() throws Exception {
        vm.startNew(caseFacts());
        vm.bodyProperty().set("Yang dihormati Puan Siti Aminah,\n\nSaya mohon maaf sekali lagi, ditulis sendiri.");
        assertThat(vm.dirtyProperty().get()).isTrue();

        vm.print("Office", 2);

        StoredLetter kept = letters.forCustomer(siti.id()).get(0);
        assertThat(kept.body()).endsWith("ditulis sendiri.");
        assertThat(kept.caseId()).isEqualTo(9L);
        assertThat(kept.printedAt()).isEqualTo(clock.instant());
        assertThat(printer.on).containsExactly("Office");
        assertThat(LetterRendererTest.text(printer.printed.get(0).pdf())).contains("ditulis sendiri.");
        assertThat(vm.messageProperty().get().key()).isEqualTo("letter.printed");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(storedEvents).isNotEmpty();
    }

    @Test
    void withNoPrinterTheOwnerIsToldAndTheLetterIsKept() {
        printer.none = true;
        vm.startNew(caseFacts());
        vm.bodyProperty().set("Yang dihormati Puan Siti Aminah,\n\nMaaf.");
        vm.print(null, 1);
        assertThat(vm.messageProperty().get().kind()).isEqualTo(LetterMessage.Kind.ERROR);
        assertThat(vm.messageProperty().get().key()).isEqualTo("letter.error.noPrinter");
        StoredLetter kept = letters.forCustomer(siti.id()).get(0);
        assertThat(kept.body()).endsWith("Maaf.");
        assertThat(kept.printedAt()).isNull();

        vm.noPrinter(); // the dialog found no printer: stored again (same letter), same message
        assertThat(letters.forCustomer(siti.id())).hasSize(1);
        assertThat(vm.messageProperty().get().key()).isEqualTo("letter.error.noPrinter");
    }

    @Test
    void savingThePdfWritesTheFileAndRemembersIt() throws Exception {
        vm.startNew(caseFacts());
        Path file = dir.resolve(vm.suggestedFileName());
        assertThat(file.getFileName().toString()).isEqualTo("Siti Aminah 2026-03-02.pdf");
        vm.savePdf(file);
        assertThat(LetterRendererTest.text(Files.readAllBytes(file))).contains("Puan Siti Aminah");
        assertThat(letters.forCustomer(siti.id()).get(0).pdfPath()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(vm.messageProperty().get().key()).isEqualTo("letter.pdfSaved");
    }

    @Test
    void anUnwritablePdfPathIsAClearMessageAndTheLetterIsKept() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        vm.startNew(caseFacts());
        vm.savePdf(blocker.resolve("letter.pdf"));
        assertThat(vm.messageProperty().get().key()).isEqualTo("letter.error.pdfNotWritable");
        assertThat(letters.forCustomer(siti.id())).singleElement().satisfies(l -> assertThat(l.pdfPath()).isNull());
    }

    @Test
    void aMissingLogoIsWarnedInThePreviewAndPrintingStillWorks() {
        ShopSettings s = LetterTestData.shop();
        shop.save(new ShopSettings(s.shopName(), s.address(), s.phone(), s.email(), dir.resolve("logo.png").toString(),
                s.ownerName(), s.ownerTitleMs(), null));
        vm.startNew(caseFacts());
        assertThat(vm.warnings()).extracting(LetterMessage::key).containsExactly(RenderWarning.LOGO_MISSING);
        vm.print("Office", 1);
        assertThat(printer.printed).hasSize(1);
    }

    @Test
    void changingLanguageDraftsAgainFromThatTemplate() {
        vm.startNew(caseFacts());
        vm.changeLanguage(Language.EN);
        assertThat(vm.bodyProperty().get()).startsWith("Dear Mrs Siti Aminah,");
        vm.changeLanguage(Language.ID);
        assertThat(vm.bodyProperty().get()).startsWith("Dengan hormat,");
        vm.save();
        assertThat(letters.forCustomer(siti.id()).get(0).language()).isEqualTo(Language.ID);
    }

    @Test
    void aLetterWithoutCaseFactsShowsHintsToFillIn() {
        vm.startNew(LetterFacts.forCustomer(siti, LetterTestData.DATE));
        assertThat(vm.hasUnfilledHints()).isTrue();
        vm.bodyProperty().set("Yang dihormati Puan Siti Aminah,\n\nMaaf.");
        assertThat(vm.hasUnfilledHints()).isFalse();
    }

    @Test
    void savingTwiceKeepsOneLetterAndReopeningShowsItsWords() {
        vm.startNew(caseFacts());
        vm.save();
        vm.bodyProperty().set("Versi kedua.");
        vm.paperProperty().set(PaperSize.LETTER);
        vm.save();
        assertThat(letters.forCustomer(siti.id())).singleElement().satisfies(l -> {
            assertThat(l.body()).isEqualTo("Versi kedua.");
            assertThat(l.paperSize()).isEqualTo(PaperSize.LETTER);
        });

        LetterComposeViewModel again = new LetterComposeViewModel(new LetterTemplateService(store.jdbi(), clock), letters,
                shop, new LetterDrafter(), new LetterOutput(letters, shop, new LetterRenderer(), printer, new LetterFiles()),
                TaskRunner.DIRECT);
        again.openStored(letters.forCustomer(siti.id()).get(0), LetterFacts.forCustomer(siti, LetterTestData.DATE));
        assertThat(again.bodyProperty().get()).isEqualTo("Versi kedua.");
        assertThat(again.paperProperty().get()).isEqualTo(PaperSize.LETTER);
        assertThat(again.dirtyProperty().get()).isFalse();
        assertThat(again.pages()).hasSize(1);
    }

    @Test
    void thePanelListsLettersAndPrintsOrSavesThemAgain() throws Exception {
        vm.startNew(caseFacts());
        vm.save();
        panel.refresh();
        assertThat(panel.items()).hasSize(1);
        StoredLetter l = panel.items().get(0);

        panel.printAgain(l, "Office", 1);
        assertThat(printer.printed).hasSize(1);
        assertThat(panel.items().get(0).printedAt()).isNotNull();

        Path file = dir.resolve("again.pdf");
        panel.savePdf(l, file);
        assertThat(Files.exists(file)).isTrue();
        assertThat(panel.items().get(0).pdfPath()).isEqualTo(file.toAbsolutePath().toString());

        printer.none = true;
        panel.printAgain(l, null, 1);
        assertThat(panel.messageProperty().get().key()).isEqualTo("letter.error.noPrinter");
        assertThat(panel.items()).hasSize(1);
    }

    @Test
    void printAgainSendsThePdfExactlyAsItFirstWentOutNotTodaysLetterhead() throws Exception {
        vm.startNew(caseFacts());
        vm.print("Office", 1);
        byte[] first = printer.printed.get(0).pdf();
        StoredLetter sent = letters.forCustomer(siti.id()).get(0);
        assertThat(sent.sent()).isTrue();

        // The shop moves and the owner changes her title: a letter already sent does not change with it.
        shop.save(new com.setia.shop.ShopSettings("Kedai Baru", "Jalan Lain 1", null, null, null, "Aminah", "Pengurus",
                null));
        clock.advance(java.time.Duration.ofDays(30));
        panel.refresh();
        panel.printAgain(panel.items().get(0), "Office", 1);
        assertThat(printer.printed.get(1).pdf()).isEqualTo(first);
        Path file = dir.resolve("again.pdf");
        panel.savePdf(panel.items().get(0), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);

        // Its words are fixed; a copy is a new letter that can change.
        assertThatThrownBy(() -> letters.update(sent.id(), sent.content(), PaperSize.A4))
                .isInstanceOf(LetterProblem.class).hasMessageContaining("letter.error.alreadySent");
        LetterComposeViewModel reopened = new LetterComposeViewModel(new LetterTemplateService(store.jdbi(), clock), letters,
                shop, new LetterDrafter(), new LetterOutput(letters, shop, new LetterRenderer(), printer, new LetterFiles()),
                TaskRunner.DIRECT);
        reopened.openStored(panel.items().get(0), LetterFacts.forCustomer(siti, LetterTestData.DATE));
        assertThat(reopened.sentProperty().get()).isTrue();
        reopened.copyAsNew();
        reopened.bodyProperty().set("Surat baharu.");
        reopened.save();
        assertThat(letters.forCustomer(siti.id())).hasSize(2);
        assertThat(letters.find(sent.id()).orElseThrow().body()).isEqualTo(sent.body());
    }

    @Test
    void theHistoryOpensTheSavedPdfOrItsFolderOrTheKeptCopy() throws Exception {
        vm.startNew(caseFacts());
        Path file = dir.resolve("siti.pdf");
        vm.savePdf(file);
        panel.refresh();
        StoredLetter l = panel.items().get(0);
        panel.openPdf(l);
        panel.openFolder(l);
        assertThat(opened).containsExactly(file.toAbsolutePath(), file.toAbsolutePath().getParent());

        Files.delete(file); // moved away: the kept copy opens instead
        panel.openPdf(l);
        assertThat(opened).hasSize(3);
        assertThat(Files.readAllBytes(opened.get(2))).isEqualTo(letters.sentPdf(l).orElseThrow().pdf());
    }

    @Test
    void theLetterTakesTheCaseFactsWhenTheOwnerWritesThemHere() {
        vm.startNew(LetterFacts.forCase(siti, 9L, LetterTestData.DATE, null, null));
        assertThat(vm.hasUnfilledHints()).isTrue();
        vm.bodyProperty().set(vm.bodyProperty().get().replace("Yang dihormati", "Yang amat dihormati"));

        vm.whatWentWrongProperty().set("Barang yang dihantar rosak");
        vm.offerProperty().set("penggantian percuma");
        assertThat(vm.bodyProperty().get()).contains("Barang yang dihantar rosak.", "penggantian percuma.",
                "Yang amat dihormati").doesNotContain(LetterWords.whatWentWrongHint(Language.MS));
        assertThat(vm.hasUnfilledHints()).isFalse();

        // Written again: the draft follows.
        vm.offerProperty().set("bayaran balik penuh");
        assertThat(vm.bodyProperty().get()).contains("bayaran balik penuh.").doesNotContain("penggantian percuma");
        vm.save();
        assertThat(letters.forCustomer(siti.id()).get(0).body()).contains("bayaran balik penuh.");
    }
}
