package com.setia.visit;

import java.util.List;

import com.setia.transfer.ImportField;

/** The columns of a visits file, found by their header as a till or a spreadsheet writes it (en, ms, id). */
public enum VisitField implements ImportField {
    DATE("date", "day", "tarikh", "tanggal", "tgl"),
    CUSTOMER("customer", "pelanggan", "phone", "telefon", "telepon", "no. telefon", "no. telepon", "hp", "name", "nama"),
    AMOUNT("amount", "total", "jumlah", "amaun", "nilai"),
    NOTE("note", "notes", "nota", "catatan", "keterangan");

    private final List<String> headerNames;

    VisitField(String... headerNames) {
        this.headerNames = List.of(headerNames);
    }

    @Override
    public String labelKey() {
        return "visit.field." + name();
    }

    @Override
    public List<String> headerNames() {
        return headerNames;
    }
}
