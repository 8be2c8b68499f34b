package com.setia.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.setia.testsupport.TestStore;

class PhoneNumbersTest {
    @RegisterExtension
    final TestStore store = new TestStore();

    @ParameterizedTest
    @CsvSource({
            "012-345 6789,      MY, +60123456789",
            "+60 12-345 6789,   MY, +60123456789",
            "60123456789,       MY, +60123456789",
            "03-2161 2345,      MY, +60321612345",
            "0812-1111-2222,    ID, +6281211112222",
            "0812-1111-2222,    MY, +6281211112222",
            "(021) 555-1234,    MY, +62215551234",
            "6281211112222,     ID, +6281211112222",
            "+65 6123 4567,     MY, +6561234567"})
    void readsNumbersAsPeopleTypeThemIntoInternationalForm(String typed, String region, String stored) {
        assertThat(PhoneNumbers.international(typed, region)).contains(stored);
    }

    @ParameterizedTest
    @CsvSource({"+60123456789, 012-345 6789", "+6281211112222, 0812-1111-2222", "+6561234567, +65 6123 4567"})
    void showsStoredNumbersTheLocalWay(String stored, String shown) {
        assertThat(PhoneNumbers.display(stored)).isEqualTo(shown);
    }

    @Test
    void notANumberIsNotANumber() {
        assertThat(PhoneNumbers.international("12345", "MY")).isEmpty();
        assertThat(PhoneNumbers.international("call me", "MY")).isEmpty();
    }

    @Test
    void searchingTheNumberAsWhatsAppShowsItFindsTheCustomer() {
        CustomerService service = new CustomerService(store.jdbi(), Clock.systemUTC());
        service.create(new CustomerDraft("Siti", Salutation.NONE, "012-345 6789", null, null, null, null, null, null));
        for (String query : new String[] {"60123456789", "+60 12-345 6789", "012-345 6789", "0123456789", "345 6789"}) {
            assertThat(service.search(query, false, 10).rows()).as(query).extracting(Customer::name).containsExactly("Siti");
        }
    }

    @Test
    void numbersStoredTheOldWayAreMovedToInternationalFormOnce() {
        store.jdbi().useHandle(h -> h.execute("INSERT INTO customer (name, phone, created_at, updated_at, search_text) "
                + "VALUES ('Budi', '0812-1111-2222', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'budi 081211112222'), "
                + "('Ah Kow', '012-345 6789', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'ah kow 0123456789'), "
                + "('Odd', '999', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'odd 999')"));
        CustomerService service = new CustomerService(store.jdbi(), Clock.systemUTC(), () -> PhoneNumbers.INDONESIA);
        assertThat(service.internationalisePhones()).isEqualTo(2);
        assertThat(service.internationalisePhones()).as("nothing left to do the second time").isZero();
        assertThat(service.search("", true, 10).rows()).extracting(Customer::name, Customer::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ah Kow", "+60123456789"),
                        org.assertj.core.groups.Tuple.tuple("Budi", "+6281211112222"),
                        org.assertj.core.groups.Tuple.tuple("Odd", "999"));
        assertThat(service.search("6281211112222", false, 10).rows()).extracting(Customer::name).containsExactly("Budi");
    }
}
