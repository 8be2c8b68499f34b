package com.setia.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Setia's small settings files (where the store is, the stores known, the window's preferences) are written whole or
 * not at all: into a file beside, forced to the disk, then moved over the old one in one step. A kill or a power cut
 * while writing leaves the old file, never half a file.
 */
public final class PropertiesFiles {
    private PropertiesFiles() {
    }

    public static void writeAtomically(Path file, Properties values, String comment) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            values.store(w, comment);
            w.flush();
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
