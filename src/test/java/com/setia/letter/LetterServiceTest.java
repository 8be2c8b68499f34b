package com.setia.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.Message;
import com.setia.common.Refusal;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.customer.Salutation;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class LetterServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    LetterService letters;
    LetterTemplateService templates;
    Customer siti;

    @BeforeEach
    void setUp() {
        letters = new LetterService(store.jdbi(), clock);
        templates = new LetterTemplateService(store.jdbi(), clock);
        siti = new CustomerService(store.jdbi(), clock).create(new CustomerDraft("Siti Aminah", Salutation.MRS, null, null,
                null, Language.MS, null, null, CustomerStatus.ACTIVE));
    }

    private static LetterContent content(String body) {
        return new LetterContent(Language.MS, LocalDate.of(2026, 3, 1), "Puan Siti Aminah\nKajang", "Permohonan maaf", body);
    }

    @Test
    void storesAndReadsBackALetterOnACustomerAndCase() {
        StoredLetter l = letters.create(siti.id(), 42L, content("Yang dihormati Puan Siti Aminah,\n\nMaaf."), PaperSize.LETTER);
        StoredLetter read = letters.find(l.id()).orElseThrow();
        assertThat(read.customerId()).isEqualTo(siti.id());
        assertThat(read.caseId()).isEqualTo(42L);
        assertThat(read.language()).isEqualTo(Language.MS);
        assertThat(read.paperSize()).isEqualTo(PaperSize.LETTER);
        assertThat(read.content()).isEqualTo(content("Yang dihormati Puan Siti Aminah,\n\nMaaf."));
        assertThat(read.createdAt()).isEqualTo(clock.instant());
        assertThat(read.printedAt()).isNull();
        assertThat(read.pdfPath()).isNull();
        assertThat(letters.forCase(42L)).extracting(StoredLetter::id).containsExactly(l.id());
    }

    @Test
    void aLetterWithoutCaseIsAllowed() {
        StoredLetter l = letters.create(siti.id(), null, content("Maaf."), PaperSize.A4);
        assertThat(letters.find(l.id()).orElseThrow().caseId()).isNull();
    }

    @Test
    void listsTheCustomersLettersNewestFirst() {
        StoredLetter first = letters.create(siti.id(), null, content("one"), PaperSize.A4);
        clock.advance(Duration.ofHours(1));
        StoredLetter second = letters.create(siti.id(), null, content("two"), PaperSize.A4);
        assertThat(letters.forCustomer(siti.id())).extracting(StoredLetter::id).containsExactly(second.id(), first.id());
        assertThat(letters.forCustomer(siti.id() + 1)).isEmpty();
    }

    @Test
    void updatesTheWordsAndRemembersPrintingAndPdf() {
        StoredLetter l = letters.create(siti.id(), null, content("draft"), PaperSize.A4);
        clock.advance(Duration.ofMinutes(5));
        StoredLetter edited = letters.update(l.id(), content("  final words\r\n "), PaperSize.LETTER);
        assertThat(edited.body()).isEqualTo("final words");
        assertThat(edited.paperSize()).isEqualTo(PaperSize.LETTER);
        assertThat(edited.updatedAt()).isAfter(edited.createdAt());

        RenderedLetter first = new RenderedLetter(new byte[] {1, 2, 3}, 1, PaperSize.LETTER, java.util.List.of());
        StoredLetter printed = letters.markPrinted(l.id(), first);
        assertThat(printed.printedAt()).isEqualTo(clock.instant());
        assertThat(printed.sentAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofDays(1));
        RenderedLetter later = new RenderedLetter(new byte[] {9, 9}, 2, PaperSize.LETTER, java.util.List.of());
        assertThat(letters.markSavedAsPdf(l.id(), Path.of("/tmp/x.pdf"), later).pdfPath()).isEqualTo("/tmp/x.pdf");
        // The PDF kept is the one that first went out.
        assertThat(letters.sentPdf(letters.find(l.id()).orElseThrow()).orElseThrow().pdf()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> letters.update(l.id(), content("changed after sending"), PaperSize.A4))
                .isInstanceOfSatisfying(LetterProblem.class, p -> assertThat(p.messageKey()).isEqualTo("letter.error.alreadySent"));
    }

    @Test
    void refusesAnEmptyLetterAndAnUnknownCustomer() {
        assertThatThrownBy(() -> letters.create(siti.id(), null, content("\u200B\u00A0\n\u0000"), PaperSize.A4))
                .as("invisible characters only").isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> letters.create(siti.id(), null, content("  \n "), PaperSize.A4))
                .isInstanceOfSatisfying(LetterProblem.class, p -> assertThat(p.messageKey()).isEqualTo("letter.error.bodyEmpty"));
        assertThatThrownBy(() -> letters.create(siti.id() + 99, null, content("x"), PaperSize.A4))
                .as("a customer who is gone: said in words, not as the database's error")
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKeys()).containsExactly("letter.error.customerGone"));
        assertThat(LetterMessage.of(new UnableToExecuteStatementException("Referential integrity constraint violation: "
                + "LETTER_CUSTOMER_FK", (org.jdbi.v3.core.statement.StatementContext) null)).args())
                .as("no raw database text reaches the owner").isEmpty();
        assertThatThrownBy(() -> letters.checkPdfPath(Path.of("/tmp", "x".repeat(LetterService.PDF_PATH_MAX) + ".pdf")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messages())
                        .containsExactly(Message.of("letter.error.pdfPathTooLong", LetterService.PDF_PATH_MAX)));
        assertThat(letters.forCustomer(siti.id())).isEmpty();
    }

    @Test
    void templatesFallBackToTheShippedDefaultAndCanBeEditedAndReset() {
        LetterTemplate shipped = templates.get(Language.ID);
        assertThat(shipped.custom()).isFalse();
        assertThat(shipped.body()).startsWith("Dengan hormat,");

        LetterTemplate mine = templates.save(Language.ID, "Maaf dari {shop_name}", "Yth. {salutation_name},\n\nMaaf ya.");
        assertThat(mine.custom()).isTrue();
        assertThat(templates.get(Language.ID).body()).isEqualTo("Yth. {salutation_name},\n\nMaaf ya.");
        assertThat(templates.get(Language.MS).custom()).isFalse();

        assertThat(templates.reset(Language.ID)).isEqualTo(shipped);
    }

    @Test
    void refusesAnEmptyTemplate() {
        assertThatThrownBy(() -> templates.save(Language.EN, "Sorry", " "))
                .isInstanceOfSatisfying(LetterProblem.class, p -> assertThat(p.messageKey()).isEqualTo("letter.error.templateEmpty"));
        assertThat(templates.get(Language.EN).custom()).isFalse();
    }
}
