package com.setia.letter;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text as it is set on a letter's page: cleaned of what cannot be printed, split into runs by font (Latin, Tamil,
 * Chinese), shaped by java.awt's layout engine (HarfBuzz inside the JDK: Tamil vowel signs reordered and joined),
 * and broken into lines. Every step is linear in the text's length, so no text the owner can type makes the
 * renderer hang (5,000 characters joined by zero-width spaces, a 20,000-letter word, piles of combining marks).
 * Positions are in 1/1000 em: multiply by the font size / 1000 for points.
 */
final class LetterText {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final int ZWJ = 0x200D;
    private static final int ZWNJ = 0x200C;
    private static final int ZWSP = 0x200B;
    /**
     * The most combining marks kept on one letter. Real text needs a few (Tamil, Vietnamese, stacked diacritics);
     * thousands on one letter ("zalgo" text) make the layout engine's work grow with the square of their number.
     */
    static final int MAX_MARKS = 16;

    private LetterText() {
    }

    /** One font's part of a line: its glyphs (font glyph ids) and their positions. */
    record Run(LetterFonts font, String text, int[] glyphs, float[] x, float[] y, float advance) {
    }

    /** A shaped line: its runs left to right and its width. */
    record Line(String text, List<Run> runs, float width) {
        static final Line EMPTY = new Line("", List.of(), 0f);
    }

    /**
     * The text without what no bundled font can draw (recorded in {@code missing}) and without control characters;
     * tabs become spaces. Zero-width spaces stay (they mark where a line may break) until a line is shaped.
     */
    static String clean(String text, boolean bold, Set<Integer> missing) {
        StringBuilder out = new StringBuilder(text.length());
        List<LetterFonts> chain = LetterFonts.chain(bold);
        int[] marks = {0};
        text.codePoints().forEach(cp -> {
            int kind = Character.getType(cp);
            boolean mark = kind == Character.NON_SPACING_MARK || kind == Character.ENCLOSING_MARK
                    || kind == Character.COMBINING_SPACING_MARK;
            marks[0] = mark ? marks[0] + 1 : 0;
            if (mark && marks[0] > MAX_MARKS) {
                missing.add(cp);
                return;
            }
            if (cp == '\t') {
                out.append("    ");
                return;
            }
            if (Character.isISOControl(cp)) {
                return;
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                if (cp == ZWJ || cp == ZWNJ || cp == ZWSP) {
                    out.appendCodePoint(cp);
                }
                return; // soft hyphens, direction marks and overrides: nothing to draw
            }
            if (type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                missing.add(cp);
                return;
            }
            if (Character.isWhitespace(cp) || cp == 0xA0) {
                out.append(' ');
                return;
            }
            for (LetterFonts f : chain) {
                if (f.canDisplay(cp)) {
                    out.appendCodePoint(cp);
                    return;
                }
            }
            missing.add(cp);
        });
        return out.toString();
    }

    /** Shapes one line of cleaned text. */
    static Line shape(String cleaned, boolean bold) {
        String text = withoutBreakMarks(cleaned);
        if (text.isEmpty()) {
            return Line.EMPTY;
        }
        char[] chars = text.toCharArray();
        List<Run> runs = new ArrayList<>();
        float width = 0;
        for (int[] span : spans(text, bold)) {
            LetterFonts font = LetterFonts.chain(bold).get(span[2]);
            GlyphVector gv = font.awt().layoutGlyphVector(FRC, chars, span[0], span[1], Font.LAYOUT_LEFT_TO_RIGHT);
            int n = gv.getNumGlyphs();
            int[] glyphs = new int[n];
            float[] xs = new float[n];
            float[] ys = new float[n];
            for (int i = 0; i < n; i++) {
                glyphs[i] = gv.getGlyphCode(i);
                Point2D p = gv.getGlyphPosition(i);
                xs[i] = (float) p.getX();
                ys[i] = (float) p.getY();
            }
            float advance = (float) gv.getGlyphPosition(n).getX();
            runs.add(new Run(font, text.substring(span[0], span[1]), glyphs, xs, ys, advance));
            width += advance;
        }
        return new Line(text, List.copyOf(runs), width);
    }

    /**
     * Widths of every prefix of {@code cleaned}: {@code w[i]} is the width of its first {@code i} chars, each glyph's
     * advance counted on the char it comes from. One shaping pass, so long texts cost no more than their length.
     */
    static float[] prefixWidths(String cleaned, boolean bold) {
        float[] w = new float[cleaned.length() + 1];
        if (cleaned.isEmpty()) {
            return w;
        }
        char[] chars = cleaned.toCharArray();
        float[] adv = new float[chars.length];
        for (int[] span : spans(cleaned, bold)) {
            LetterFonts font = LetterFonts.chain(bold).get(span[2]);
            GlyphVector gv = font.awt().layoutGlyphVector(FRC, chars, span[0], span[1], Font.LAYOUT_LEFT_TO_RIGHT);
            int n = gv.getNumGlyphs();
            for (int i = 0; i < n; i++) {
                int ci = span[0] + gv.getGlyphCharIndex(i);
                float a = (float) (gv.getGlyphPosition(i + 1).getX() - gv.getGlyphPosition(i).getX());
                if (ci >= span[0] && ci < span[1]) {
                    adv[ci] += a;
                }
            }
        }
        for (int i = 0; i < chars.length; i++) {
            w[i + 1] = w[i] + (chars[i] == ZWSP ? 0 : adv[i]);
        }
        return w;
    }

    /**
     * Breaks a cleaned paragraph into lines no wider than {@code maxWidth} (1/1000 em): at spaces and other break
     * opportunities (zero-width spaces, between Chinese characters), and inside a word only when the word alone is
     * wider than a line, between whole letters (grapheme clusters). Returns the lines' texts.
     */
    static List<String> wrap(String cleaned, boolean bold, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String text = cleaned.stripTrailing();
        if (text.isBlank()) {
            return lines;
        }
        float[] w = prefixWidths(text, bold);
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);

        int lineStart = 0;
        int lastFit = -1; // the furthest break opportunity after lineStart whose line still fits
        int b = breaks.following(0);
        while (b != BreakIterator.DONE) {
            int end = trimEnd(text, lineStart, b);
            if (w[end] - w[lineStart] <= maxWidth) {
                lastFit = b;
                b = breaks.next();
                continue;
            }
            if (lastFit > lineStart) {
                lines.add(text.substring(lineStart, trimEnd(text, lineStart, lastFit)));
                lineStart = lastFit;
                lastFit = -1;
                continue; // measure the same segment again on the new line
            }
            // One segment wider than a whole line: cut it between grapheme clusters.
            int cut = lineStart;
            int c = clusters.following(lineStart);
            while (c != BreakIterator.DONE && c <= end) {
                if (w[c] - w[lineStart] > maxWidth && cut > lineStart) {
                    lines.add(text.substring(lineStart, cut));
                    lineStart = cut;
                }
                cut = c;
                c = clusters.next();
            }
            lastFit = b;
            b = breaks.next();
        }
        if (lineStart < text.length()) {
            String last = text.substring(lineStart).stripTrailing();
            if (!withoutBreakMarks(last).isBlank()) {
                lines.add(last);
            }
        }
        return lines;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ZWSP)) {
            e--;
        }
        return e;
    }

    private static String withoutBreakMarks(String s) {
        return s.indexOf(ZWSP) < 0 ? s : s.replace(String.valueOf((char) ZWSP), "");
    }

    /** Splits text into [start, end, font index] spans, each drawn with one font of the chain. */
    private static List<int[]> spans(String text, boolean bold) {
        List<LetterFonts> chain = LetterFonts.chain(bold);
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int current = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean attaches = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT || cp == ' ';
            int font = -1;
            if (!(attaches && current >= 0)) {
                for (int f = 0; f < chain.size(); f++) {
                    if (chain.get(f).canDisplay(cp)) {
                        font = f;
                        break;
                    }
                }
                if (font < 0) {
                    font = current >= 0 ? current : 0;
                }
                if (current >= 0 && font != current && chain.get(current).canDisplay(cp)
                        && Character.UnicodeScript.of(cp) == Character.UnicodeScript.COMMON) {
                    font = current; // digits and punctuation stay in the run they are in
                }
            } else {
                font = current;
            }
            if (font != current) {
                if (current >= 0) {
                    spans.add(new int[] {start, i, current});
                }
                start = i;
                current = font;
            }
            i += Character.charCount(cp);
        }
        if (current >= 0) {
            spans.add(new int[] {start, text.length(), current});
        }
        return spans;
    }

    /** "😀 (U+1F600), ש (U+05E9)": the characters named for the owner, at most {@code max} of them. */
    static String describe(Set<Integer> codePoints, int max) {
        List<String> parts = new ArrayList<>();
        for (int cp : codePoints) {
            if (parts.size() == max) {
                parts.add("…");
                break;
            }
            String glyph = Character.isValidCodePoint(cp) && Character.getType(cp) != Character.SURROGATE
                    ? new String(Character.toChars(cp)) + " " : "";
            parts.add(glyph + String.format(Locale.ROOT, "(U+%04X)", cp));
        }
        return String.join(", ", parts);
    }
}
