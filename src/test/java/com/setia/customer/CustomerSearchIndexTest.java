package com.setia.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The in-memory index finds exactly what a plain scan finds, however the owner types, deletes and edits. */
class CustomerSearchIndexTest {
    private static final String[] WORDS = {"siti", "aminah", "budi", "santoso", "dewi", "tan", "mei", "ling", "ravi",
            "kumar", "ahmad", "faizal", "sitinur", "ana"};

    private final List<CustomerSearchIndex.Entry> all = new ArrayList<>();

    private CustomerSearchIndex.Entry entry(long id, String name, boolean archived) {
        String text = name.toLowerCase() + " " + name.replace(' ', '.').toLowerCase() + "@mail.my 01" + (id * 7919 % 100000);
        if (id % 17 == 0) text = "x" + text; // a text that does not begin with the name (as when a long name is cut)
        return CustomerSearchIndex.Entry.of(id, name, text, archived, CustomerStatus.ACTIVE);
    }

    /** The entries as a store may hand them over: in no particular order. */
    private List<CustomerSearchIndex.Entry> inStoreOrder() {
        List<CustomerSearchIndex.Entry> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, new Random(all.size()));
        return shuffled;
    }

    /** What a search must answer: every entry with every term, current before archived, then by name and id. */
    private List<Long> expected(List<String> terms, boolean archived) {
        return all.stream().filter(e -> archived || !e.archived())
                .filter(e -> terms.stream().allMatch(t -> e.text().contains(t)))
                .sorted(Comparator.comparing(CustomerSearchIndex.Entry::archived)
                        .thenComparing(CustomerSearchIndex.Entry::sortKey).thenComparingLong(CustomerSearchIndex.Entry::id))
                .map(CustomerSearchIndex.Entry::id).toList();
    }

    @Test
    void typingDeletingAndChangingCustomersAlwaysMatchesAPlainScan() {
        Random random = new Random(7);
        for (long id = 1; id <= 400; id++) { // one name in five is one word: the start of others ("siti", "siti ana")
            String name = WORDS[random.nextInt(WORDS.length)] + (id % 5 == 0 ? "" : " " + WORDS[random.nextInt(WORDS.length)]);
            all.add(entry(id, name, id % 9 == 0));
        }
        AtomicInteger loads = new AtomicInteger();
        CustomerSearchIndex index = new CustomerSearchIndex(sink -> {
            loads.incrementAndGet();
            inStoreOrder().forEach(sink);
        });
        List<String> typed = new ArrayList<>();
        for (String q : List.of("siti aminah", "sitinur", "an", "ana kumar", "019", "tan mei")) {
            for (int i = 1; i <= q.length(); i++) typed.add(q.substring(0, i)); // typing
            for (int i = q.length() - 1; i >= 0; i--) typed.add(q.substring(0, i)); // deleting
        }
        int step = 0;
        for (String query : typed) {
            boolean archived = step % 7 == 3;
            List<String> terms = CustomerSearch.terms(query);
            List<Long> want = expected(terms, archived);
            // As the list asks: the first screenful (scanning only until found), then the whole page.
            CustomerSearchIndex.Hits first = index.first(terms, archived, null, 10);
            assertThat(first.ids()).as(query).isEqualTo(want.subList(0, Math.min(10, want.size())));
            assertThat(first.total()).as("exact only when the scan went to the end: " + query)
                    .isEqualTo(want.size() <= 10 || terms.isEmpty() ? want.size() : -1);
            CustomerSearchIndex.Hits hits = index.search(terms, archived, 25);
            assertThat(hits.total()).as(query).isEqualTo(want.size());
            assertThat(hits.ids()).as(query).isEqualTo(want.subList(0, Math.min(25, want.size())));
            if (step % 10 == 5) { // a customer renamed (or archived) between two keystrokes
                int at = random.nextInt(all.size());
                CustomerSearchIndex.Entry changed = entry(all.get(at).id(), step % 20 == 5 ? "siti"
                        : "siti " + WORDS[random.nextInt(WORDS.length)], random.nextBoolean());
                all.set(at, changed);
                index.put(changed);
            }
            step++;
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void aSavedCustomerTakesItsPlaceByNameEvenWhenOneNameBeginsAnother() {
        for (String name : List.of("ana", "siti aminah", "siti", "sitinur", "tan")) {
            all.add(entry(all.size() + 1, name, false));
        }
        CustomerSearchIndex index = new CustomerSearchIndex(sink -> inStoreOrder().forEach(sink));
        assertThat(index.search(List.of(), false, 10).ids()).isEqualTo(List.of(1L, 3L, 2L, 4L, 5L));
        index.put(entry(6, "siti amin", false)); // before "siti aminah", after "siti"
        index.put(entry(17, "siti aminah b", false)); // its text does not begin with its name (see entry)
        index.put(entry(1, "siti aminah", false)); // a rename: equal names keep id order
        index.put(entry(5, "sit", false));
        assertThat(index.search(List.of(), false, 10).ids()).isEqualTo(List.of(5L, 3L, 6L, 1L, 2L, 17L, 4L));
    }

    @Test
    void aSearchNarrowsOnlyWhenEveryOldWordLivesOnInANewOne() {
        assertThat(CustomerSearchIndex.narrows(List.of("sit"), List.of("siti"))).isTrue();
        assertThat(CustomerSearchIndex.narrows(List.of("siti"), List.of("siti", "a"))).isTrue();
        assertThat(CustomerSearchIndex.narrows(List.of("siti"), List.of("sit"))).isFalse();
        assertThat(CustomerSearchIndex.narrows(List.of("siti", "a"), List.of("siti"))).isFalse();
        assertThat(CustomerSearchIndex.narrows(List.of(), List.of("siti"))).isFalse();
    }

    @Test
    void orderingByAKeySortsEveryMatchBeforeTakingTheFirstOnesAndKeepsNameOrderForTies() {
        Random random = new Random(11);
        for (long id = 1; id <= 300; id++) {
            all.add(entry(id, WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)], id % 13 == 0));
        }
        CustomerSearchIndex index = new CustomerSearchIndex(sink -> inStoreOrder().forEach(sink));
        java.util.function.LongToIntFunction key = id -> id % 5 == 0 ? Integer.MIN_VALUE : (int) (id * 37 % 101);
        for (String query : List.of("", "a", "siti", "zzz")) {
            for (boolean archived : new boolean[] {false, true}) {
                List<String> terms = CustomerSearch.terms(query);
                List<Long> byName = expected(terms, archived);
                List<Long> want = byName.stream().sorted(Comparator.comparingInt((Long id) -> key.applyAsInt(id)).reversed()
                        .thenComparingInt(byName::indexOf)).toList();
                CustomerSearchIndex.Hits hits = index.search(terms, archived, null, 20, key);
                assertThat(hits.total()).as(query).isEqualTo(want.size());
                assertThat(hits.ids()).as(query).isEqualTo(want.subList(0, Math.min(20, want.size())));
            }
        }
    }
}
