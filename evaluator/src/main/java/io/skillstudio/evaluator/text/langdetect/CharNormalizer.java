package io.skillstudio.evaluator.text.langdetect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeBlock;
import java.util.Properties;

/**
 * langdetect's text preparation: the per-character normalisation that folds a script's characters
 * onto the representatives its profiles were built with, and the Vietnamese "base letter + combining
 * mark" composition. The character map is computed once for the whole BMP (langdetect works on
 * UTF-16 units), so normalising a character at detection time is one array read.
 */
final class CharNormalizer {

    private static final char[] MAP = new char[0x10000];
    private static final String VI_BASES;
    private static final String VI_MARKS;
    /** {@code VI_COMPOSED[mark][base]}, from messages.properties. */
    private static final String[] VI_COMPOSED;

    static {
        Properties messages = new Properties();
        try (InputStream in = CharNormalizer.class.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("langdetect messages.properties missing");
            }
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : new String[] {"NGram.LATIN1_EXCLUDE", "TO_NORMALIZE_VI_CHARS", "DMARK_CLASS"}) {
            if (messages.getProperty(key) == null) {
                throw new IllegalStateException("langdetect messages.properties lacks " + key);
            }
        }
        char[] cjk = new char[0x10000];
        for (String key : messages.stringPropertyNames()) {
            if (key.startsWith("NGram.KANJI_")) {
                // Each group of ideographs is folded onto the group's first member.
                String group = messages.getProperty(key);
                for (int i = 0; i < group.length(); i++) {
                    cjk[group.charAt(i)] = group.charAt(0);
                }
            }
        }
        String latin1Excluded = messages.getProperty("NGram.LATIN1_EXCLUDE");
        for (int c = 0; c < MAP.length; c++) {
            MAP[c] = fold((char) c, cjk, latin1Excluded);
        }
        VI_BASES = messages.getProperty("TO_NORMALIZE_VI_CHARS");
        VI_MARKS = messages.getProperty("DMARK_CLASS");
        VI_COMPOSED = new String[VI_MARKS.length()];
        for (int m = 0; m < VI_MARKS.length(); m++) {
            String key = String.format("NORMALIZED_VI_CHARS_%04X", (int) VI_MARKS.charAt(m));
            VI_COMPOSED[m] = messages.getProperty(key);
            if (VI_COMPOSED[m] == null || VI_COMPOSED[m].length() != VI_BASES.length()) {
                throw new IllegalStateException("langdetect messages.properties: bad " + key);
            }
        }
    }

    private CharNormalizer() {}

    /** The representative of {@code c}; a space for characters that carry no language signal. */
    static char normalize(char c) {
        return MAP[c];
    }

    /** The rules by Unicode block (Java's block data, as the Java library reads it). */
    private static char fold(char c, char[] cjk, String latin1Excluded) {
        UnicodeBlock block = UnicodeBlock.of(c);
        if (block == UnicodeBlock.BASIC_LATIN) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? c : ' ';
        } else if (block == UnicodeBlock.LATIN_1_SUPPLEMENT) {
            return latin1Excluded.indexOf(c) >= 0 ? ' ' : c;
        } else if (block == UnicodeBlock.LATIN_EXTENDED_B) {
            // Romanian comma-below letters are folded onto the cedilla forms the profiles use.
            return c == '\u0219' ? '\u015f' : c == '\u021b' ? '\u0163' : c;
        } else if (block == UnicodeBlock.GENERAL_PUNCTUATION) {
            return ' ';
        } else if (block == UnicodeBlock.ARABIC) {
            return c == '\u06cc' ? '\u064a' : c; // Farsi yeh as Arabic yeh
        } else if (block == UnicodeBlock.LATIN_EXTENDED_ADDITIONAL) {
            return c >= '\u1ea0' ? '\u1ec3' : c; // Vietnamese letters share one representative
        } else if (block == UnicodeBlock.HIRAGANA) {
            return '\u3042';
        } else if (block == UnicodeBlock.KATAKANA) {
            return '\u30a2';
        } else if (block == UnicodeBlock.BOPOMOFO || block == UnicodeBlock.BOPOMOFO_EXTENDED) {
            return '\u3105';
        } else if (block == UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) {
            return cjk[c] != 0 ? cjk[c] : c;
        } else if (block == UnicodeBlock.HANGUL_SYLLABLES) {
            return '\uac00';
        }
        return c;
    }

    /** The precomposed letter for a Vietnamese base letter and combining mark, or -1. */
    static int composed(char base, char mark) {
        if (mark < '\u0300' || mark > '\u0323') {
            return -1; // every combining mark handled lies in U+0300..U+0323
        }
        int m = VI_MARKS.indexOf(mark);
        int b = m < 0 ? -1 : VI_BASES.indexOf(base);
        return b < 0 ? -1 : VI_COMPOSED[m].charAt(b);
    }

    /**
     * Replaces each non-overlapping "Vietnamese base letter + combining mark" pair, left to right, by
     * its precomposed letter (the detector does this inline; kept for the library comparison test).
     */
    static String composeVietnamese(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int c = i + 1 < s.length() ? composed(s.charAt(i), s.charAt(i + 1)) : -1;
            if (c >= 0) {
                out.append((char) c);
                i++;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
