package com.setia.transfer;

import com.setia.common.Message;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

/**
 * Remembers the column mapping the owner chose for a file, by the file's header row, so the next file with the same
 * columns (the next export from the same phone or program) maps itself. Shared by every kind of import.
 */
public final class ImportMappingService {
    private final Jdbi jdbi;
    private final Clock clock;

    public ImportMappingService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The remembered mapping for these headers, else the guess from the header names. */
    public <F extends Enum<F> & ImportField> ColumnMapping<F> mappingFor(String kind, Class<F> type, List<String> headers) {
        String key = key(headers);
        return jdbi.withExtension(ImportMappingDao.class, dao -> dao.find(kind, key))
                .map(text -> ColumnMapping.recall(type, headers, decode(text)))
                .orElseGet(() -> ColumnMapping.guess(type, headers));
    }

    public void remember(String kind, ColumnMapping<?> mapping) {
        String key = key(mapping.headers());
        String text = encode(mapping.remembered());
        jdbi.useTransaction(h -> {
            ImportMappingDao dao = h.attach(ImportMappingDao.class);
            dao.delete(kind, key);
            dao.insert(kind, key, text, clock.instant());
        });
    }

    static String key(List<String> headers) {
        String joined = headers.stream().map(ColumnMapping::normal).collect(Collectors.joining("\u001F"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(Map<String, String> mapping) {
        return mapping.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().replace("\n", " ")).collect(Collectors.joining("\n"));
    }

    static Map<String, String> decode(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }
}
