package com.setia.letter;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens files with the system's own programs: {@code xdg-open} on Linux (java.awt.Desktop needs GNOME libraries
 * that a shop PC may lack), {@code open} on macOS, java.awt.Desktop (Explorer) on Windows. Call off the FX thread.
 */
public final class DesktopFileOpener implements FileOpener {
    @Override
    public void open(Path fileOrFolder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("win") && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(fileOrFolder.toFile());
                return;
            }
            List<String> command = os.contains("mac") ? List.of("open", fileOrFolder.toString())
                    : List.of("xdg-open", fileOrFolder.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // xdg-open hands over to the viewer and returns; a quick non-zero exit means nothing could open it.
            if (p.waitFor(3, TimeUnit.SECONDS) && p.exitValue() != 0) {
                throw new IOException(command.get(0) + " exited with " + p.exitValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new LetterProblem("letter.error.cannotOpen", e, fileOrFolder.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LetterProblem("letter.error.cannotOpen", e, fileOrFolder.toString());
        }
    }
}
