package com.setia.letter;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a letter's PDF to a file the owner chose, without leaving half a file behind when that fails. */
public final class LetterFiles {

    /**
     * Writes the PDF next to {@code target} first, then moves it into place.
     *
     * @throws LetterProblem {@code letter.error.pdfNotWritable} with the path, when the folder is missing,
     *         read-only, full, or the file is open in another program
     */
    public Path writePdf(RenderedLetter letter, Path target) {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Path temp = null;
        try {
            if (dir == null || !Files.isDirectory(dir)) {
                throw new IOException("No folder " + dir);
            }
            temp = Files.createTempFile(dir, ".setia-letter-", ".pdf.part");
            Files.write(temp, letter.pdf());
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException | SecurityException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp file is all that is left; nothing else to undo
                }
            }
            throw new LetterProblem("letter.error.pdfNotWritable", e, file.toString());
        }
    }
}
