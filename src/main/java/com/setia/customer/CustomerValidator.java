package com.setia.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.setia.common.Problem;

/** Checks a draft before it is stored. Every message is a bundle key, shown in the owner's language. */
public final class CustomerValidator {
    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 1000;
    public static final int NOTES_MAX = 4000;
    public static final int EMAIL_MAX = 200;
    static final int PHONE_DIGITS_MIN = 7;
    static final int PHONE_DIGITS_MAX = 15;
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

    public List<Problem> validate(CustomerDraft raw) {
        CustomerDraft d = raw.normalised();
        List<Problem> out = new ArrayList<>();
        if (d.name() == null) {
            out.add(Problem.on(CustomerField.NAME, "customer.error.nameRequired"));
        } else if (d.name().length() > NAME_MAX) {
            out.add(Problem.on(CustomerField.NAME, "customer.error.nameTooLong", NAME_MAX));
        }
        if (d.phone() != null) {
            int digits = PhoneNumbers.digits(d.phone()).length();
            if (!PHONE_CHARS.matcher(d.phone()).matches() || digits < PHONE_DIGITS_MIN || digits > PHONE_DIGITS_MAX
                    || !PhoneNumbers.isPhone(d.phone(), region.get())) {
                out.add(Problem.on(CustomerField.PHONE, "customer.error.phoneInvalid", PHONE_DIGITS_MIN, PHONE_DIGITS_MAX));
            }
        }
        if (d.email() != null && (d.email().length() > EMAIL_MAX || !EMAIL.matcher(d.email()).matches())) {
            out.add(Problem.on(CustomerField.EMAIL, "customer.error.emailInvalid"));
        }
        if (d.address() != null && d.address().length() > ADDRESS_MAX) {
            out.add(Problem.on(CustomerField.ADDRESS, "customer.error.addressTooLong", ADDRESS_MAX));
        }
        if (d.notes() != null && d.notes().length() > NOTES_MAX) {
            out.add(Problem.on(CustomerField.NOTES, "customer.error.notesTooLong", NOTES_MAX));
        }
        if (d.customerSince() != null && d.customerSince().isAfter(LocalDate.now(clock))) {
            out.add(Problem.on(CustomerField.CUSTOMER_SINCE, "customer.error.sinceInFuture"));
        }
        return out;
    }
}
