package com.setia.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsExcelsSemicolonsInWindows1252() {
        byte[] bytes = "Nama;Telefon;Catatan\r\nJos\u00e9 Pe\u00f1a;012-345 6789;\"caf\u00e9; kopi\"\r\n"
                .getBytes(CsvFiles.WINDOWS_1252);
        CsvTable t = CsvFiles.parse(bytes);
        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.charset()).isEqualTo(CsvFiles.WINDOWS_1252);
        assertThat(t.headers()).containsExactly("Nama", "Telefon", "Catatan");
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.cells()).containsExactly("Jos\u00e9 Pe\u00f1a", "012-345 6789", "caf\u00e9; kopi");
            assertThat(r.line()).isEqualTo(2);
        });
    }

    @Test
    void readsUtf8WithAndWithoutItsByteOrderMark() throws Exception {
        String text = "Name,Phone\n\u9648\u7f8e\u73b2 Tan Mei Ling,0123456789\n\u0b9a\u0bc1\u0baa\u0bcd\u0baa\u0bbf\u0bb0\u0bae\u0ba3\u0bbf\u0baf\u0bae\u0bcd,0198765432\n";
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(text.getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : List.of(withBom.toByteArray(), text.getBytes(StandardCharsets.UTF_8))) {
            CsvTable t = CsvFiles.parse(bytes);
            assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(t.headers()).containsExactly("Name", "Phone");
            assertThat(t.rows()).extracting(r -> r.cell(0))
                    .containsExactly("\u9648\u7f8e\u73b2 Tan Mei Ling", "\u0b9a\u0bc1\u0baa\u0bcd\u0baa\u0bbf\u0bb0\u0bae\u0ba3\u0bbf\u0baf\u0bae\u0bcd");
        }
    }

    @Test
    void refusesEmptyTooLargeAndBinaryFilesWithAReason() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThatThrownBy(() -> CsvFiles.read(empty)).isInstanceOf(TransferException.class)
                .satisfies(e -> assertThat(((TransferException) e).problem().key()).isEqualTo("transfer.error.empty"));

        Path big = dir.resolve("big.csv");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 50L * 1024 * 1024); // 50 MB, sparse
        }
        assertThatThrownBy(() -> CsvFiles.read(big))
                .satisfies(e -> assertThat(((TransferException) e).problem().key()).isEqualTo("transfer.error.tooLarge"));

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> CsvFiles.parse(png))
                .satisfies(e -> assertThat(((TransferException) e).problem().key()).isEqualTo("transfer.error.notCsv"));
    }

    @Test
    void aVeryLongCellIsCutNotFatal() {
        String longCell = "x".repeat(25_000);
        CsvTable t = CsvFiles.parse(("Name,Notes\nSiti," + longCell + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(t.rows().get(0).cell(1)).hasSize(CsvFiles.MAX_CELL);
    }

    @Test
    void anUnclosedQuoteIsABadFileNotACrash() {
        assertThatThrownBy(() -> CsvFiles.parse("Name,Phone\n\"Siti,012\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TransferException.class)
                .satisfies(e -> assertThat(((TransferException) e).problem().key()).isEqualTo("transfer.error.badCsv"));
    }
}
