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
}
