package vn.tdkt.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.tdkt.system.Messages;

/** How documents write dates and money: 05/03/2024, 1.800.000. */
final class Formats {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private Formats() {}

  static String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  /** Whole đồng with dots between thousands. */
  static String money(long amount) {
    return String.format(Messages.VI, "%,d", amount);
  }

  /** Agreeing votes as a share of all members, one decimal: 75%, 66,7%. */
  static String percent(int agree, int members) {
    if (members == 0) {
      return "";
    }
    double share = 100.0 * agree / members;
    return share == Math.rint(share)
        ? String.format(Messages.VI, "%d%%", (long) share)
        : String.format(Messages.VI, "%.1f%%", share);
  }
}
