package com.setia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.Refusal;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class StaffServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    StaffService service;
    Customer mei;

    @BeforeEach
    void setUp() {
        service = store.services(clock).staff();
        mei = store.services(clock).customers().create(CustomerDraft.named("Tan Mei Ling"));
    }

    @Test
    void aChangeOfContactPersonAsksTheNewOneToIntroduceThemselvesUntilDone() {
        Staff siti = service.addStaff(" Siti ");
        Staff ravi = service.addStaff("Ravi");
        ContactPerson first = service.assign(mei.id(), siti.id());
        assertThat(first.introductionPending()).isFalse(); // the first contact person is someone the customer knows
        assertThat(service.assign(mei.id(), siti.id()).id()).isEqualTo(first.id()); // the same person: nothing changes
        assertThat(service.pendingIntroductions()).isEmpty();

        ContactPerson changed = service.assign(mei.id(), ravi.id());
        assertThat(changed.staffName()).isEqualTo("Ravi");
        assertThat(changed.introductionPending()).isTrue();
        assertThat(service.pendingIntroductions()).singleElement()
                .satisfies(p -> assertThat(p.customer().name()).isEqualTo("Tan Mei Ling"));

        IntroductionsViewModel today = new IntroductionsViewModel(service, TaskRunner.DIRECT);
        today.load();
        assertThat(today.pending()).hasSize(1);
        today.markIntroduced(today.pending().get(0), IntroHow.WHATSAPP);
        assertThat(today.pending()).isEmpty();
        ContactPerson now = service.current(mei.id()).orElseThrow();
        assertThat(now.introducedHow()).isEqualTo(IntroHow.WHATSAPP);
        assertThat(now.introducedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> service.addStaff("  ")).isInstanceOf(Refusal.class);
        service.addStaff("Siti");
        assertThatThrownBy(() -> service.addStaff("siti")).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKeys()).asList().containsExactly("staff.error.nameTaken");
        assertThatThrownBy(() -> service.assign(mei.id(), 999)).isInstanceOf(Refusal.class);
        assertThat(service.current(mei.id())).isEmpty();
    }

    @Test
    void theOwnerRenamesAndRetiresStaffFromTheSettingsList() {
        Staff siti = service.addStaff("Siti");
        Staff ravi = service.addStaff("Ravi");
        service.assign(mei.id(), ravi.id());
        StaffListViewModel vm = new StaffListViewModel(service, TaskRunner.DIRECT);
        vm.load();
        assertThat(vm.rows()).extracting(r -> r.staff().name(), StaffListViewModel.Row::customers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ravi", 1), org.assertj.core.groups.Tuple.tuple("Siti", 0));

        vm.rename(vm.rows().get(0), "  Ravi Kumar ");
        assertThat(vm.errorProperty().get()).isFalse();
        assertThat(service.current(mei.id()).orElseThrow().staffName()).isEqualTo("Ravi Kumar");
        vm.rename(vm.rows().get(0), "siti"); // another's name
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get().key()).isEqualTo("staff.error.nameTaken");
        assertThat(vm.rows()).extracting(r -> r.staff().name()).containsExactly("Ravi Kumar", "Siti");

        vm.retire(vm.rows().get(0));
        assertThat(vm.messageProperty().get()).isEqualTo(com.setia.common.Message.of("staff.list.retiredStill", "Ravi Kumar", 1));
        assertThat(vm.rows()).extracting(r -> r.staff().id()).containsExactly(siti.id());
        assertThat(service.staff()).extracting(Staff::name).containsExactly("Siti");
        assertThatThrownBy(() -> service.assign(mei.id(), ravi.id())).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> service.retire(ravi.id())).isInstanceOf(Refusal.class);
        // History stays: Mei is still looked after by Ravi until the owner chooses someone new.
        assertThat(service.current(mei.id()).orElseThrow().staffName()).isEqualTo("Ravi Kumar");
        vm.newNameProperty().set("Ravi Kumar"); // the name is free again once Ravi left
        vm.add();
        assertThat(vm.errorProperty().get()).isFalse();
        assertThat(vm.rows()).hasSize(2);
    }
}
