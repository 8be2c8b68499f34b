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
}
