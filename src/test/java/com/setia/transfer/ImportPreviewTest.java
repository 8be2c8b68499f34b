package com.setia.transfer;

import com.setia.common.Message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.common.Progress;

/** The generic pipeline with a tiny importer of its own: read, map, check, flag repeats, report. */
class ImportPreviewTest {
    enum Field implements ImportField {
        NAME("name", "nama"), AMOUNT("amount", "jumlah");

        private final List<String> names;

        Field(String... names) {
            this.names = List.of(names);
        }

        @Override
        public String labelKey() {
            return "test." + name();
        }

        @Override
        public List<String> headerNames() {
            return names;
        }
    }

    record Sale(String name, int amount) {
    }

    static PreviewRow<Sale> check(SourceRow<Field> row) {
        String name = row.get(Field.NAME);
        String amount = row.get(Field.AMOUNT);
        if (name == null) return new PreviewRow<>(row.line(), row.raw(), null, List.of(Message.of("test.noName")));
        try {
            return new PreviewRow<>(row.line(), row.raw(), new Sale(name, Integer.parseInt(amount)), List.of());
        } catch (NumberFormatException e) {
            return new PreviewRow<>(row.line(), row.raw(), new Sale(name, 0), List.of(Message.of("test.badAmount", amount)));
        }
    }

    @TempDir
    Path dir;

    @Test
    void mapsChecksFlagsRepeatsAndReportsTheRowsLeftOut() throws Exception {
        CsvTable table = CsvFiles.parse("Jumlah;Catatan;NAMA\n10;a;Siti\nx;b;Budi\n5;c;\n7;d;siti\n"
                .getBytes(StandardCharsets.UTF_8));
        ColumnMapping<Field> mapping = ColumnMapping.guess(Field.class, table.headers());
        assertThat(mapping.column(Field.NAME)).contains(2);
        assertThat(mapping.column(Field.AMOUNT)).contains(0);

        ImportPreview<Sale> preview = ImportPreview.check(table.headers(), mapping.apply(table), ImportPreviewTest::check,
                Progress.NONE).flagRepeats(s -> List.of(s.name().toLowerCase()), "test.repeat");

        assertThat(preview.accepted()).containsExactly(new Sale("Siti", 10));
        assertThat(preview.rejected()).extracting(PreviewRow::line).containsExactly(3L, 4L, 5L);
        assertThat(preview.rejected().get(2).problems()).containsExactly(Message.of("test.repeat", 2L));

        Path report = dir.resolve("left-out.csv");
        RejectedRowsReport.write(report, List.of("Row", "Message"), table.headers(), preview.rejected(),
                p -> p.key() + p.args());
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFRow,Message,Jumlah,Catatan,NAMA");
        assertThat(lines).contains("3,test.badAmount[x],x,b,Budi", "5,test.repeat[2],7,d,siti");
    }

    @Test
    void theOwnersMappingIsRememberedByHeaderNames() {
        List<String> headers = List.of("Nama", "Jumlah", "Lain");
        ColumnMapping<Field> chosen = ColumnMapping.guess(Field.class, headers).with(Field.AMOUNT, 2);
        Map<String, String> kept = chosen.remembered();
        assertThat(kept).containsEntry("AMOUNT", "Lain").containsEntry("NAME", "Nama");

        ColumnMapping<Field> again = ColumnMapping.recall(Field.class, List.of("lain", "nama"), kept);
        assertThat(again.column(Field.AMOUNT)).contains(0);
        assertThat(again.column(Field.NAME)).contains(1);

        ColumnMapping<Field> dropped = ColumnMapping.recall(Field.class, headers,
                ColumnMapping.guess(Field.class, headers).with(Field.AMOUNT, -1).remembered());
        assertThat(dropped.isMapped(Field.AMOUNT)).as("a field the owner left out stays out").isFalse();
    }

    @Test
    void cancellingStopsTheCheck() {
        List<SourceRow<Field>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) rows.add(new SourceRow<>(i, List.of(), Map.of(Field.NAME, "n" + i, Field.AMOUNT, "1")));
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ImportPreview.check(List.of(), rows, ImportPreviewTest::check, cancelled))
                .isInstanceOf(com.setia.common.CancelledException.class);
    }
}
