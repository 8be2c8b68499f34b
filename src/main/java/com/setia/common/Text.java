package com.setia.common;

/**
 * The one place where typed text is cleaned before it is checked and stored. Text that shows nothing (spaces,
 * no-break spaces, zero-width characters, control characters such as NUL) counts as empty, so a required field
 * cannot be "filled" with invisible characters; control characters other than line breaks and tabs are removed.
 */
public final class Text {
    private Text() {
    }

    /**
     * {@code s} with control characters removed (line breaks kept, written as \n), invisible characters trimmed
     * from both ends; null when nothing visible is left.
     */
    public static String blankToNull(String s) {
        if (s == null) return null;
        String t = stripControls(s);
        int start = 0;
        int end = t.length();
        while (start < end) {
            int cp = t.codePointAt(start);
            if (!invisible(cp)) break;
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = t.codePointBefore(end);
            if (!invisible(cp)) break;
            end -= Character.charCount(cp);
        }
        return start == end ? null : t.substring(start, end);
    }

    /** True when {@code s} is null or shows nothing at all. */
    public static boolean isBlank(String s) {
        return blankToNull(s) == null;
    }

    /**
     * Windows line ends as \n, and every control character except line break and tab removed (NUL, escape, bell,
     * ...: they cannot be typed on purpose and break files and printing).
     */
    public static String stripControls(String s) {
        if (s == null) return null;
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean drop = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
            if (drop && out == null) {
                out = new StringBuilder(t.length()).append(t, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? t : out.toString();
    }

    /** Shows nothing: white space of any kind, format characters (zero-width space, BOM), fillers. */
    static boolean invisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return true;
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT) return true;
        // letters by category that print as nothing: Hangul fillers, braille blank, combining grapheme joiner
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800 || cp == 0x034F;
    }
}
