package vn.tdkt.office;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's own rules where the law leaves a value to the province or to the council's rules (quy
 * chế), or where the text of a rule could not be found and the office states the value it follows:
 * the agreeing share for the award types the law sets no share for ({@code voteShare}), for Chiến sĩ
 * thi đua cơ sở from 1/7/2025 ({@code emulationShare}: the clause of Nghị định 152/2025 was not found;
 * the earlier 80 % by default), for proposing a Chiến sĩ thi đua of the province; the province's rate
 * for Chiến sĩ thi đua cơ sở under the 2003 regime; the working days for appraising a dossier; the
 * cash of a household before 1/7/2025 as a multiple of an individual's, and the cash of Gia đình văn
 * hóa (no text found: none unless set); and the Bằng khen and Giấy khen amounts and the rounding of
 * Nghị định 98/2023 (1/1/2024 to 30/6/2025), whose text was not found: empty keeps the value its row
 * in {@code cash-award.dmn} falls back on. Each has the law's default or cap.
 */
public record OfficeRules(
    Share voteShare,
    Share emulationShare,
    Share provincialEmulationShare,
    int emulationQuotaPercent,
    int appraisalDays,
    Double householdFactor,
    Double familyCultureCash,
    Nd98Cash nd98Cash) {

  /** Nghị định 91/2017/NĐ-CP, Điều 9(3): at most 15 % of those recognised Lao động tiên tiến. */
  public static final int MAX_EMULATION_QUOTA = 15;
  /** Quyết định 638/QĐ-BNV (2025): a commune's award procedure takes at most 20 working days. */
  public static final int MAX_APPRAISAL_DAYS = 20;

  /** Coefficients an office may set: at most this many times the base salary. */
  public static final double MAX_COEFFICIENT = 10.0;

  public static final OfficeRules DEFAULT =
      new OfficeRules(
          Share.MAJORITY, new Share(80, false), Share.MAJORITY, MAX_EMULATION_QUOTA, 10, null, null,
          Nd98Cash.NONE);

  /** The largest rounding step an office may set, in đồng. */
  public static final int MAX_ROUNDING_STEP = 100_000;

  public OfficeRules {
    nd98Cash = nd98Cash == null ? Nd98Cash.NONE : nd98Cash;
  }

  /**
   * The amounts of Nghị định 98/2023 the office follows where the text was not found: Bằng khen of the
   * province for an individual, Giấy khen of a district and of a commune chairman for an individual
   * (× base salary), a collective's award as a multiple of an individual's, and the rounding step in
   * đồng. Each null keeps the row's fallback.
   */
  public record Nd98Cash(
      Double bangKhen,
      Double giayKhenDistrict,
      Double giayKhenCommune,
      Double collectiveFactor,
      Integer roundingStep) {
    public static final Nd98Cash NONE = new Nd98Cash(null, null, null, null, null);
  }

  /** Agreeing votes over all members of the council: at least, or strictly more than, a percentage. */
  public record Share(int percent, boolean strictlyMore) {
    /** More than half of all members: the default where the council's rules say nothing else. */
    public static final Share MAJORITY = new Share(50, true);

    private static final Pattern TEXT =
        Pattern.compile("(?:(qu[áa])|(t[ừu]))?\\s*(\\d{1,3})\\s*%?", Pattern.CASE_INSENSITIVE);

    public Share {
      if (percent < 1 || percent > 100 || (strictlyMore && percent == 100)) {
        throw new IllegalArgumentException("share out of range: " + percent);
      }
    }

    /** As officials write it: "quá 50%" or "từ 80%". */
    public String text() {
      return (strictlyMore ? "quá " : "từ ") + percent + "%";
    }

    /** Reads "quá 50", "từ 80%", "80" (at least); null if the text is none of these or out of range. */
    public static Share parse(String text) {
      if (text == null) {
        return null;
      }
      Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        return null;
      }
      int percent = Integer.parseInt(m.group(3));
      boolean strictly = m.group(1) != null;
      if (percent < 1 || percent > 100 || (strictly && percent == 100)) {
        return null;
      }
      return new Share(percent, strictly);
    }
  }
}
