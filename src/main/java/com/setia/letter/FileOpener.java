package com.setia.letter;

import java.nio.file.Path;

/** Opens a file or folder in the program the system uses for it (the PDF viewer, the file manager). */
public interface FileOpener {
    /**
     * @throws LetterProblem {@code letter.error.cannotOpen} with the path, when no program could open it
     */
    void open(Path fileOrFolder);
}
