package com.setia.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.Message;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class IncidentFormViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z"); // 10:00 in Kuala Lumpur
    IncidentService service;
    IncidentFormViewModel vm;
    Customer siti;
    final List<Incident> saved = new ArrayList<>();

    @BeforeEach
    void setUp() {
        service = store.services(clock).incidents();
        siti = store.services(clock).customers().create(CustomerDraft.named("Siti"));
        vm = new IncidentFormViewModel(service, TaskRunner.DIRECT, clock);
    }

    @Test
    void startsNowAtTheCounterAndStoresTheLocalTime() {
        assertThat(vm.dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(vm.timeProperty().get()).isEqualTo("10:00");
        vm.timeProperty().set("8.30");
        vm.customerSaidProperty().set("Barang rosak");
        vm.save(siti.id(), saved::add);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).occurredAt()).isEqualTo(Instant.parse("2026-03-01T00:30:00Z"));
        assertThat(saved.get(0).channel()).isEqualTo(Channel.COUNTER);
        assertThat(vm.customerSaidProperty().get()).isEmpty();
    }

    @Test
    void badInputIsExplainedPerFieldAndTheFormKeepsIt() {
        vm.timeProperty().set("25:99");
        vm.customerSaidProperty().set("Lambat");
        vm.save(siti.id(), saved::add);
        assertThat(vm.errors()).containsEntry(IncidentField.OCCURRED_AT, Message.of("incident.error.timeUnreadable"));
        assertThat(vm.customerSaidProperty().get()).isEqualTo("Lambat");

        vm.timeProperty().set("11:00");
        vm.dateProperty().set(LocalDate.of(2026, 3, 2));
        vm.customerSaidProperty().set(" ");
        vm.save(siti.id(), saved::add);
        assertThat(vm.errors()).containsEntry(IncidentField.OCCURRED_AT, Message.of("incident.error.whenFuture"))
                .containsEntry(IncidentField.CUSTOMER_SAID, Message.of("incident.error.saidRequired"));
        assertThat(vm.bannerKeyProperty().get()).isEqualTo("incident.error.fixFields");
        assertThat(saved).isEmpty();
        assertThat(service.forCustomer(siti.id())).isEmpty();
    }
}
