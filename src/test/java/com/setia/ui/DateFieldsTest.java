package com.setia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

@ExtendWith(ApplicationExtension.class)
class DateFieldsTest {
    final SimpleObjectProperty<LocalDate> value = new SimpleObjectProperty<>(LocalDate.of(2024, 12, 31));
    final SimpleBooleanProperty unreadable = new SimpleBooleanProperty();
    DatePicker picker;

    @Start
    void start(Stage stage) {
        picker = DateFields.picker("d", "dd/mm/yyyy", value, unreadable);
        stage.setScene(new Scene(new StackPane(picker), 300, 100));
        stage.show();
    }

    @Test
    void readsDayMonthYearAndFlagsWhatItCannotRead(FxRobot robot) {
        assertThat(picker.getEditor().getText()).isEqualTo("31/12/2024");
        assertThat(picker.getPromptText()).isEqualTo("dd/mm/yyyy");

        robot.interact(() -> picker.getEditor().setText("31/13/2024"));
        assertThat(unreadable.get()).isTrue();
        robot.interact(() -> picker.commitValue());
        assertThat(value.get()).as("a bad date keeps the last good one").isEqualTo(LocalDate.of(2024, 12, 31));

        robot.interact(() -> {
            picker.getEditor().setText("1/2/2023");
            picker.commitValue();
        });
        assertThat(unreadable.get()).isFalse();
        assertThat(value.get()).isEqualTo(LocalDate.of(2023, 2, 1));
    }

    @Test
    void clearingTheFlagPutsTheDateBackInTheBox(FxRobot robot) {
        robot.interact(() -> picker.getEditor().setText("tomorrow"));
        assertThat(unreadable.get()).isTrue();
        robot.interact(() -> unreadable.set(false)); // the form was reset
        assertThat(picker.getEditor().getText()).isEqualTo("31/12/2024");
    }

    @Test
    void parsesStrictlyWithSlashDashOrDot() {
        assertThat(DateFields.parse("31/2/2025")).as("no 31 February, not silently 28 February").isNull();
        assertThat(DateFields.parse("29/2/2023")).isNull();
        assertThat(DateFields.parse("29/2/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DateFields.parse("1-2-2025")).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(DateFields.parse("01.02.2025")).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(DateFields.parse(" 7/11/2025 ")).isEqualTo(LocalDate.of(2025, 11, 7));
        assertThat(DateFields.parse("1/2-2025")).as("one separator per date").isNull();
        assertThat(DateFields.parse("1/2/25")).as("the year in full").isNull();
        assertThat(DateFields.parse("0/2/2025")).isNull();
        assertThat(DateFields.parse("")).isNull();
    }

    @Test
    void anImpossibleDateTypedIsFlaggedAndNotStored(FxRobot robot) {
        robot.interact(() -> {
            picker.getEditor().setText("31/2/2025");
            picker.commitValue();
        });
        assertThat(unreadable.get()).isTrue();
        assertThat(value.get()).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
