package com.setia.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.testsupport.TestStore;

class CustomerSectionTest {
    @RegisterExtension
    final TestStore store = new TestStore();

    @Test
    void comingBackToTheCustomerBookShowsWhatOtherSectionsChanged() {
        CustomerService service = new CustomerService(store.jdbi(), Clock.systemUTC());
        CustomerSection section = new CustomerSection(service, List.of(), new I18n(Language.EN), TaskRunner.DIRECT);
        Customer siti = service.create(CustomerDraft.named("Siti"));
        section.editor().edit(siti);
        section.editor().notesProperty().set("typed before leaving");

        // Meanwhile, on the Win-back screen, her case closed as won back.
        service.changeStatus(siti.id(), CustomerStatus.WON_BACK);
        section.onShown(null);

        assertThat(section.editor().statusProperty().get()).isEqualTo(CustomerStatus.WON_BACK);
        assertThat(section.editor().notesProperty().get()).isEqualTo("typed before leaving");
        assertThat(section.list().rows()).extracting(Customer::status).containsExactly(CustomerStatus.WON_BACK);
    }
}
