package com.setia.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the owner for a file to open: the system's file chooser in the app; a fixed answer in a TestFX walk, where no
 * native dialog can be clicked.
 */
@FunctionalInterface
public interface FilePicker {
    /** The system's file chooser. */
    FilePicker SYSTEM = (owner, title, filters) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        var f = chooser.showOpenDialog(owner);
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    };

    Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters);
}
