package com.setia.transfer;

import java.util.List;

/**
 * A field an import fills (a customer's name, a visit's date). Implemented by each importer's own enum; a column of
 * the file is mapped onto it, guessed from the header by {@link #headerNames()}.
 */
public interface ImportField {
    /** A stable id, used to remember the owner's mapping. */
    String name();

    /** The bundle key of the field's name, shown in the mapping step. */
    String labelKey();

    /** Header texts (lower case) that mean this field, in the files people really have (English, Malay, Indonesian). */
    List<String> headerNames();
}
