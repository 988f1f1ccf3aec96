package vn.tdkt.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.system.TextFold;

/**
 * A title cycle's titles, registered against achieved: each unit's registered titles matched with
 * its year-end nominees (same name and title) and their outcome, and each unit's counts.
 */
@Component
public class TitleCycleReport {

  /**
   * A nominee of the year: what was registered (null: not registered), what was proposed (null:
   * not proposed), the dossier's state (null: not proposed) and whether it was awarded.
   */
  public record Line(String unitCode, String unitName, String kind, String name, String position,
      String registered, String proposed, String status, boolean awarded) {}

  /** A unit's counts: titles registered, nominees proposed, awards decided, registered and achieved. */
  public record UnitTotals(String unitCode, String unitName, int registered, int proposed,
      int awarded, int registeredAndAwarded) {}

  private final JdbcClient jdbc;

  public TitleCycleReport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every registered title and every nominee, by unit; a registered title proposed is one line. */
  public List<Line> lines(long campaignId) {
    Map<String, Line> lines = new LinkedHashMap<>();
    jdbc.sql("SELECT t.unit_code, u.name AS unit_name, t.nominee_kind, t.nominee_name,"
            + " t.nominee_position, t.title FROM title_registration t"
            + " JOIN unit u ON u.code = t.unit_code WHERE t.campaign_id = ? ORDER BY u.name, t.id")
        .param(campaignId)
        .query(rs -> {
          String unit = rs.getString("unit_code");
          String name = rs.getString("nominee_name");
          String title = rs.getString("title");
          lines.put(key(unit, name, title), new Line(unit, rs.getString("unit_name"),
              rs.getString("nominee_kind"), name, rs.getString("nominee_position"), title, null,
              null, false));
        });
    jdbc.sql("SELECT n.unit_code, u.name AS unit_name, n.nominee_kind, n.nominee_name,"
            + " n.nominee_position, n.award_type, n.status,"
            + " (SELECT COUNT(*) FROM award a WHERE a.nomination_id = n.id) AS awards"
            + " FROM nomination n JOIN unit u ON u.code = n.unit_code WHERE n.campaign_id = ?"
            + " ORDER BY u.name, n.id")
        .param(campaignId)
        .query(rs -> {
          String unit = rs.getString("unit_code");
          String name = rs.getString("nominee_name");
          String award = rs.getString("award_type");
          Line registered = lines.get(key(unit, name, award));
          lines.put(key(unit, name, award), new Line(unit, rs.getString("unit_name"),
              rs.getString("nominee_kind"), name,
              registered != null && registered.position() != null
                  ? registered.position() : rs.getString("nominee_position"),
              registered == null ? null : registered.registered(), award,
              rs.getString("status"), rs.getInt("awards") > 0));
        });
    List<Line> sorted = new ArrayList<>(lines.values());
    sorted.sort(java.util.Comparator.comparing(Line::unitName));
    return sorted;
  }

  /** Each unit's counts, from its lines. */
  public static List<UnitTotals> totals(List<Line> lines) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Line l : lines) {
      int[] c = counts.computeIfAbsent(l.unitCode(), k -> new int[4]);
      names.put(l.unitCode(), l.unitName());
      c[0] += l.registered() != null ? 1 : 0;
      c[1] += l.proposed() != null ? 1 : 0;
      c[2] += l.awarded() ? 1 : 0;
      c[3] += l.registered() != null && l.awarded() ? 1 : 0;
    }
    List<UnitTotals> totals = new ArrayList<>();
    counts.forEach((unit, c) -> totals.add(new UnitTotals(unit, names.get(unit), c[0], c[1], c[2], c[3])));
    return totals;
  }

  private static String key(String unit, String name, String title) {
    return unit + "|" + TextFold.nameKey(name) + "|" + title;
  }
}
