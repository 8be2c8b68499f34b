package com.setia.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates as the shop writes them (day/month/year), for every view that shows or asks for a date. */
public final class DateFields {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d/M/yyyy H:mm");

    private DateFields() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
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
