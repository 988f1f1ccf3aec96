package vn.tdkt.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text without its accents, for searching ("Nguyễn Văn Ân" → "nguyen van an") and ASCII file names. */
public final class TextFold {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private TextFold() {}

  /** Lower case, without diacritics; đ becomes d. */
  public static String fold(String text) {
    return ascii(text).toLowerCase(Locale.ROOT);
  }

  /** The same letters without diacritics, case kept; đ/Đ become d/D. */
  public static String ascii(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
  }

  /**
   * A person's or collective's name as compared with another: case and spacing aside, accents kept
   * ("Hoa" and "Hòa" are two names).
   */
  public static String nameKey(String name) {
    if (name == null) {
      return "";
    }
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
        .toLowerCase(Locale.forLanguageTag("vi"));
  }
}
