package com.setia.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a draft before it is stored. Every message is a bundle key, shown in the owner's language. */
public final class CustomerValidator {
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 1000;
    static final int NOTES_MAX = 4000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    /** Digits with the separators people type: +60 12-345 6789, (021) 555 1234. */
    private static final Pattern PHONE_CHARS = Pattern.compile("^\\+?[0-9 ()\\-.]+$");

    private final Clock clock;
    private final java.util.function.Supplier<String> region;

    public CustomerValidator(Clock clock) {
        this(clock, () -> PhoneNumbers.MALAYSIA);
    }

    /** {@code region}: the shop's country ("MY" or "ID"), which decides how a number without +60/+62 is read. */
    public CustomerValidator(Clock clock, java.util.function.Supplier<String> region) {
        this.clock = clock;
        this.region = region;
    }

    public List<Violation> validate(CustomerDraft raw) {
        CustomerDraft d = raw.normalised();
        List<Violation> out = new ArrayList<>();
        if (d.name() == null) {
            out.add(new Violation(CustomerField.NAME, "customer.error.nameRequired"));
        } else if (d.name().length() > NAME_MAX) {
            out.add(new Violation(CustomerField.NAME, "customer.error.nameTooLong"));
        }
        if (d.phone() != null) {
            int digits = PhoneNumbers.digits(d.phone()).length();
            if (!PHONE_CHARS.matcher(d.phone()).matches() || digits < 7 || digits > 15
                    || !PhoneNumbers.isPhone(d.phone(), region.get())) {
                out.add(new Violation(CustomerField.PHONE, "customer.error.phoneInvalid"));
            }
        }
        if (d.email() != null && (d.email().length() > 200 || !EMAIL.matcher(d.email()).matches())) {
            out.add(new Violation(CustomerField.EMAIL, "customer.error.emailInvalid"));
        }
        if (d.address() != null && d.address().length() > ADDRESS_MAX) {
            out.add(new Violation(CustomerField.ADDRESS, "customer.error.addressTooLong"));
        }
        if (d.notes() != null && d.notes().length() > NOTES_MAX) {
            out.add(new Violation(CustomerField.NOTES, "customer.error.notesTooLong"));
        }
        if (d.customerSince() != null && d.customerSince().isAfter(LocalDate.now(clock))) {
            out.add(new Violation(CustomerField.CUSTOMER_SINCE, "customer.error.sinceInFuture"));
        }
        return out;
    }
}
