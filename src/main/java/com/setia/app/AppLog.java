package com.setia.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Setia's log: {@code setia.log} in the data folder, for whoever helps the owner when something goes wrong.
 * One API (java.util.logging; libraries that log through SLF4J reach it through slf4j-jdk14). The file is kept
 * across starts (appended); when it grows past {@link #LIMIT_BYTES} it becomes {@code setia.1.log} (the older ones
 * move up to {@code setia.KEEP.log}, the oldest dropped). Every line starts with the date and clock time.
 */
public final class AppLog {
    public static final String FILE = "setia.log";
    static final long LIMIT_BYTES = 1024 * 1024;
    static final int KEEP = 4;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xx");

    private static Handler current;

    private AppLog() {
    }

    /**
     * Sends every log record to {@code dataDir/setia.log} (creating the folder). If that folder cannot be written,
     * the log goes to the system's temporary folder instead, so a failed start still leaves a trace; the path used
     * is returned. Calling it again for the same folder changes nothing.
     */
    public static synchronized Path start(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve(FILE);
        if (current instanceof FileLog f && f.file.equals(file)) return file;
        Handler handler;
        try {
            handler = new FileLog(file, LIMIT_BYTES, KEEP);
        } catch (IOException | RuntimeException e) {
            file = Path.of(System.getProperty("java.io.tmpdir"), FILE).toAbsolutePath();
            try {
                handler = new FileLog(file, LIMIT_BYTES, KEEP);
            } catch (IOException | RuntimeException e2) {
                return null; // nowhere to write: the console handler of the JDK stays
            }
        }
        install(handler);
        return file;
    }

    /** Closes the file (at exit, and in tests). */
    public static synchronized void stop() {
        if (current != null) {
            Logger.getLogger("").removeHandler(current);
            current.close();
            current = null;
        }
    }

    private static void install(Handler handler) {
        LogManager.getLogManager().reset(); // no console handler writing the same lines to stderr
        Logger root = Logger.getLogger("");
        if (current != null) current.close();
        current = handler;
        handler.setFormatter(new LineFormatter(ZoneId.systemDefault()));
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.INFO);
    }

    /** One record per line, dated with the local clock time and its offset; the stack trace, if any, below. */
    static final class LineFormatter extends Formatter {
        private final ZoneId zone;

        LineFormatter(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(160)
                    .append(STAMP.format(Instant.ofEpochMilli(r.getMillis()).atZone(zone))).append(' ')
                    .append(String.format("%-7s", r.getLevel().getName())).append(' ')
                    .append('[').append(Thread.currentThread().getName()).append("] ")
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                b.append(w);
            }
            return b.toString();
        }
    }

    /** Appends to one file; past the limit it moves the file to {@code setia.1.log} and starts a new one. */
    static final class FileLog extends Handler {
        final Path file;
        private final long limit;
        private final int keep;
        private OutputStream out;
        private long size;

        FileLog(Path file, long limit, int keep) throws IOException {
            this.file = file;
            this.limit = limit;
            this.keep = keep;
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) >= limit) rotate();
            open();
        }

        private void open() throws IOException {
            out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            size = Files.size(file);
        }

        private void rotate() throws IOException {
            String name = file.getFileName().toString();
            String base = name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
            Files.deleteIfExists(file.resolveSibling(base + "." + keep + ".log"));
            for (int i = keep - 1; i >= 1; i--) {
                Path from = file.resolveSibling(base + "." + i + ".log");
                if (Files.exists(from)) {
                    Files.move(from, file.resolveSibling(base + "." + (i + 1) + ".log"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, file.resolveSibling(base + ".1.log"), StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (out == null || !isLoggable(record)) return;
            try {
                byte[] line = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
                if (size > 0 && size + line.length > limit) {
                    out.close();
                    rotate();
                    open();
                }
                out.write(line);
                out.flush(); // a crash right after still leaves the line in the file
                size += line.length;
            } catch (IOException | RuntimeException e) {
                reportError("Cannot write " + file, e, ErrorManager.WRITE_FAILURE);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public synchronized void close() {
            if (out == null) return;
            try {
                out.close();
            } catch (IOException e) {
                reportError("Cannot close " + file, e, ErrorManager.CLOSE_FAILURE);
            }
            out = null;
        }
    }
}
