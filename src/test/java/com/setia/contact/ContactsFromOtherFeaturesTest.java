package com.setia.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.app.Services;
import com.setia.customer.Customer;
import com.setia.i18n.Language;
import com.setia.letter.LetterContent;
import com.setia.letter.PaperSize;
import com.setia.letter.StoredLetter;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.testsupport.TestStore;
import com.setia.winback.Step;
import com.setia.winback.StepDraft;

/** A win-back step done and a letter sent count as contacts, logged with them by the features that do them. */
class ContactsFromOtherFeaturesTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);

    @Test
    void aStepDoneAndALetterSentAreContactsAndResetKeepingInTouch(@TempDir Path dir) {
        Services services = new Services(store.database(), clock);
        Customer siti = TestCustomers.create(services.customers(), "Siti Aminah", "012-345 6789", Language.MS);
        services.contacts().setCadence(siti.id(), 30);
        long caseId = services.winback().open(siti.id(), null).winbackCase().id();
        services.winback().recordStep(caseId, StepDraft.of(Step.ACT_FAST, "Telefon dia, minta maaf"));
        assertThat(services.contacts().contactsOf(siti.id(), 10)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ContactKind.WINBACK_STEP);
            assertThat(c.note()).isEqualTo("Telefon dia, minta maaf");
        });

        StoredLetter letter = services.letters().create(siti.id(), caseId,
                new LetterContent(Language.MS, today, "Siti Aminah", "Permohonan maaf", "Isi surat"), PaperSize.A4);
        var asSent = new com.setia.letter.RenderedLetter(new byte[] {'%', 'P', 'D', 'F'}, 1, PaperSize.A4, java.util.List.of());
        services.letters().markSavedAsPdf(letter.id(), dir.resolve("surat.pdf"), asSent);
        services.letters().markPrinted(letter.id(), asSent); // the same letter again: one contact
        assertThat(services.contacts().contactsOf(siti.id(), 10)).extracting(Contact::kind)
                .containsExactly(ContactKind.LETTER, ContactKind.WINBACK_STEP);
        assertThat(services.contacts().keepInTouch(siti.id()).nextDue()).isEqualTo(today.plusDays(30));
    }
}
