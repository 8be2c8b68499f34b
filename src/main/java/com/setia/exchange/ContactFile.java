package com.setia.exchange;

import java.util.List;

import com.setia.transfer.CsvTable;
import com.setia.transfer.SourceRow;

/**
 * A contact file as read, before mapping: a CSV table (whose columns the owner maps) or the contacts of a vCard
 * file (already in fields).
 */
public record ContactFile(String fileName, Kind kind, CsvTable table, List<SourceRow<ContactField>> cards) {
    public enum Kind { CSV, VCARD }

    /** The column headers the report of rows left out repeats: the CSV's own, or the vCard properties read. */
    public List<String> headers() {
        return kind == Kind.CSV ? table.headers() : VCardContacts.HEADERS;
    }

    public int size() {
        return kind == Kind.CSV ? table.rows().size() : cards.size();
    }
}
