package com.setia.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates as the shop writes them (day/month/year), for every view that shows or asks for a date. */
public final class DateFields {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d/M/yyyy H:mm");
    /** How dates may be typed: strict ('uuuu' so STRICT needs no era), slash, dash or dot. */
    private static final List<DateTimeFormatter> READ = List.of(
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"));

    private DateFields() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /**
     * The date typed as day, month, year (full year) separated by one kind of mark: 31/12/2025, 31-12-2025 or
     * 31.12.2025. Strict: a day the month does not have (31/2/2025) is not a date, never silently moved to another
     * day. Null for anything else, so the form can say so.
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip();
        for (DateTimeFormatter f : READ) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    /**
     * A date picker bound both ways to {@code value}, writing d/M/yyyy. Unreadable text keeps the last good date
     * and sets {@code unreadable} (may be null), so the form can say so instead of silently dropping it.
     * {@code prompt} is the bundle's {@code common.date.prompt} in the owner's language.
     */
    public static DatePicker picker(String id, String prompt, ObjectProperty<LocalDate> value, BooleanProperty unreadable) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                LocalDate parsed = parse(text);
                return parsed == null && text != null && !text.isBlank() ? picker.getValue() : parsed;
            }
        });
        picker.valueProperty().bindBidirectional(value);
        if (unreadable != null) {
            picker.getEditor().textProperty().addListener((obs, old, text) ->
                    unreadable.set(text != null && !text.isBlank() && parse(text) == null));
            // The form was reset (undo, another record): the box shows the date again, not the old bad text.
            ViewScope.of(picker).subscribe(unreadable, now -> {
                String text = picker.getEditor().getText();
                if (!now && text != null && !text.isBlank() && parse(text) == null) {
                    picker.getEditor().setText(date(picker.getValue()));
                }
            });
        }
        return picker;
    }
}
