package com.setia.exchange;

import java.util.List;

import com.setia.transfer.ImportField;

/**
 * What a customer import reads from a file. The header names are those of Google Contacts' and Outlook's CSV
 * exports, of Excel sheets people keep in Malay, Indonesian or English, and of Setia's own export.
 */
public enum ContactField implements ImportField {
    NAME("name", "full name", "display name", "customer", "customer name", "nama", "nama penuh", "nama lengkap",
            "nama pelanggan", "pelanggan"),
    GIVEN_NAME("given name", "first name", "nama depan", "nama pertama", "nama panggilan"),
    FAMILY_NAME("family name", "last name", "surname", "nama keluarga", "nama belakang"),
    PHONE("phone", "phone number", "mobile", "mobile phone", "phone 1 - value", "primary phone", "tel", "telephone",
            "whatsapp", "telefon", "no telefon", "no. telefon", "nombor telefon", "no. tel", "telefon bimbit",
            "telepon", "no telepon", "no. telepon", "nomor telepon", "no hp", "no. hp", "nomor hp", "handphone", "hp"),
    PHONE_2("phone 2 - value", "home phone", "other phone", "telefon rumah", "telepon rumah"),
    WORK_PHONE("phone 3 - value", "business phone", "work phone", "company main phone", "telefon pejabat",
            "telepon kantor"),
    EMAIL("email", "e-mail", "email address", "e-mail address", "e-mail 1 - value", "e-mel", "emel", "alamat e-mel",
            "surel", "alamat email"),
    ADDRESS("address", "address 1 - formatted", "home address", "home street", "alamat", "alamat rumah"),
    NOTES("notes", "note", "notes 1", "catatan", "nota");

    private final List<String> headerNames;

    ContactField(String... headerNames) {
        this.headerNames = List.of(headerNames);
    }

    @Override
    public String labelKey() {
        return "exchange.field." + name();
    }

    @Override
    public List<String> headerNames() {
        return headerNames;
    }
}
