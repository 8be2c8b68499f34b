package com.setia.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.TaskRunner;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class LetterTemplatesViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    LetterTemplatesViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new LetterTemplatesViewModel(new LetterTemplateService(store.jdbi(), MutableClock.at("2026-03-01T02:00:00Z")),
                TaskRunner.DIRECT);
    }

    @Test
    void showsEditsSavesAndResetsEachLanguage() {
        vm.select(Language.EN);
        assertThat(vm.bodyProperty().get()).startsWith("Dear {salutation_name},");
        assertThat(vm.customProperty().get()).isFalse();

        vm.bodyProperty().set("Dear {salutation_name},\n\nSorry from all of us.\n\nYours sincerely,");
        vm.save();
        assertThat(vm.customProperty().get()).isTrue();
        assertThat(vm.messageProperty().get().key()).isEqualTo("letter.template.saved");

        vm.select(Language.MS);
        assertThat(vm.bodyProperty().get()).startsWith("Yang dihormati {salutation_name},");
        vm.select(Language.EN);
        assertThat(vm.bodyProperty().get()).contains("Sorry from all of us.");

        vm.resetToDefault();
        assertThat(vm.customProperty().get()).isFalse();
        assertThat(vm.bodyProperty().get()).isEqualTo(DefaultTemplates.of(Language.EN).body());
    }

    @Test
    void anEmptyTemplateIsRefusedWithAMessageAndTheTextStays() {
        vm.select(Language.ID);
        vm.bodyProperty().set("  ");
        vm.save();
        assertThat(vm.messageProperty().get().key()).isEqualTo("letter.error.templateEmpty");
        assertThat(vm.bodyProperty().get()).isEqualTo("  ");
        assertThat(vm.customProperty().get()).isFalse();
    }

    @Test
    void aMisspeltPlaceholderIsRefusedNamingItAndNothingIsSaved() {
        vm.select(Language.MS);
        String typed = vm.bodyProperty().get() + "\n\nAlamat: {shop_adress} {shop_name} { owner_name }";
        vm.bodyProperty().set(typed);
        vm.save();
        assertThat(vm.messageProperty().get().key()).isEqualTo("letter.error.unknownPlaceholder");
        assertThat(vm.messageProperty().get().args()[0]).isEqualTo("{shop_adress}");
        assertThat((String) vm.messageProperty().get().args()[1]).contains("{shop_address}");
        assertThat(vm.bodyProperty().get()).isEqualTo(typed);
        assertThat(vm.customProperty().get()).isFalse();
    }

    @Test
    void everyKindHasItsOwnTemplatePerLanguageAndEditsStayWithTheirKind() {
        for (LetterKind k : LetterKind.values()) {
            for (Language l : Language.values()) {
                LetterTemplate t = DefaultTemplates.of(k, l);
                assertThat(t.subject()).as("%s %s", k, l).isNotBlank();
                assertThat(LetterTemplateService.unknownPlaceholders(t.subject() + t.body())).as("%s %s", k, l).isEmpty();
            }
        }
        vm.select(Language.ID);
        vm.kindProperty().set(LetterKind.VOUCHER);
        assertThat(vm.bodyProperty().get()).startsWith("Dengan hormat,").contains("voucer");
        vm.bodyProperty().set("Dengan hormat,\n\nVoucer {offer} khusus untuk {you}.");
        vm.save();
        assertThat(vm.customProperty().get()).isTrue();
        vm.kindProperty().set(LetterKind.APOLOGY);
        assertThat(vm.customProperty().get()).isFalse();
        vm.kindProperty().set(LetterKind.VOUCHER);
        assertThat(vm.bodyProperty().get()).isEqualTo("Dengan hormat,\n\nVoucer {offer} khusus untuk {you}.");
    }
}
