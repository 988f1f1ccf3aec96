package vn.tdkt.cluster;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cluster stage's tables: the round, its criteria, the members' scores and results. */
@Repository
public class ClusterRepository {

  /** A criterion of the compact. */
  public record Criterion(long id, int itemNo, String text, BigDecimal maxPoints, String evidence) {}

  /** A member's result: its own total, the head's, the rank, and what the meeting proposed. */
  public record Result(String unitCode, BigDecimal selfTotal, BigDecimal reviewedTotal,
      String reviewNote, Integer rank, String proposedAward, Long nominationId) {}

  private final JdbcClient jdbc;

  public ClusterRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The campaign's clusters that ran, with their head of the year: code → head unit. */
  public java.util.Map<String, String> rounds(long campaignId) {
    java.util.Map<String, String> rounds = new java.util.LinkedHashMap<>();
    jdbc.sql("SELECT cluster_code, head_unit_code FROM cluster_round WHERE campaign_id = ?"
            + " ORDER BY cluster_code")
        .param(campaignId)
        .query(rs -> {
          rounds.put(rs.getString("cluster_code"), rs.getString("head_unit_code"));
        });
    return rounds;
  }

  public void open(long campaignId, String cluster, String head) {
    int exists = jdbc.sql("SELECT COUNT(*) FROM cluster_round WHERE campaign_id = ? AND cluster_code = ?")
        .params(campaignId, cluster).query(Integer.class).single();
    if (exists == 0) {
      jdbc.sql("INSERT INTO cluster_round (campaign_id, cluster_code, head_unit_code) VALUES (?, ?, ?)")
          .params(campaignId, cluster, head).update();
    }
  }

  public void compact(long campaignId, String cluster, String link, LocalDate signed,
      List<Criterion> criteria) {
    jdbc.sql("UPDATE cluster_round SET compact_link = ?, compact_signed = ?"
            + " WHERE campaign_id = ? AND cluster_code = ?")
        .params(link, Date.valueOf(signed), campaignId, cluster).update();
    for (Criterion c : criteria) {
      jdbc.sql("INSERT INTO cluster_criterion (campaign_id, cluster_code, item_no, criterion,"
              + " max_points, evidence) VALUES (?, ?, ?, ?, ?, ?)")
          .params(campaignId, cluster, c.itemNo(), c.text(), c.maxPoints(), c.evidence()).update();
    }
  }

  public List<Criterion> criteria(long campaignId, String cluster) {
    return jdbc.sql("SELECT id, item_no, criterion, max_points, evidence FROM cluster_criterion"
            + " WHERE campaign_id = ? AND cluster_code = ? ORDER BY item_no")
        .params(campaignId, cluster)
        .query((rs, i) -> new Criterion(rs.getLong("id"), rs.getInt("item_no"),
            rs.getString("criterion"), rs.getBigDecimal("max_points"), rs.getString("evidence")))
        .list();
  }

  /** A member's scores, criterion by criterion, and its own total. */
  public void scores(long campaignId, String cluster, String unit, List<Object[]> scores,
      BigDecimal total) {
    for (Object[] s : scores) {
      jdbc.sql("DELETE FROM cluster_score WHERE criterion_id = ? AND unit_code = ?")
          .params(s[0], unit).update();
      jdbc.sql("INSERT INTO cluster_score (criterion_id, unit_code, score, evidence_link)"
              + " VALUES (?, ?, ?, ?)")
          .params(s[0], unit, s[1], s[2]).update();
    }
    jdbc.sql("DELETE FROM cluster_result WHERE campaign_id = ? AND cluster_code = ? AND unit_code = ?")
        .params(campaignId, cluster, unit).update();
    jdbc.sql("INSERT INTO cluster_result (campaign_id, cluster_code, unit_code, self_total)"
            + " VALUES (?, ?, ?, ?)")
        .params(campaignId, cluster, unit, total).update();
  }

  public List<Result> results(long campaignId, String cluster) {
    return jdbc.sql("SELECT unit_code, self_total, reviewed_total, review_note, rank_no,"
            + " proposed_award, nomination_id FROM cluster_result"
            + " WHERE campaign_id = ? AND cluster_code = ? ORDER BY unit_code")
        .params(campaignId, cluster)
        .query((rs, i) -> new Result(rs.getString("unit_code"), rs.getBigDecimal("self_total"),
            rs.getBigDecimal("reviewed_total"), rs.getString("review_note"),
            (Integer) rs.getObject("rank_no"), rs.getString("proposed_award"),
            (Long) rs.getObject("nomination_id")))
        .list();
  }

  public void review(long campaignId, String cluster, String unit, BigDecimal reviewed, String note,
      int rank) {
    jdbc.sql("UPDATE cluster_result SET reviewed_total = ?, review_note = ?, rank_no = ?"
            + " WHERE campaign_id = ? AND cluster_code = ? AND unit_code = ?")
        .params(reviewed, note, rank, campaignId, cluster, unit).update();
  }

  public void meeting(long campaignId, String cluster, LocalDate date, String link) {
    jdbc.sql("UPDATE cluster_round SET meeting_date = ?, minutes_link = ?"
            + " WHERE campaign_id = ? AND cluster_code = ?")
        .params(Date.valueOf(date), link, campaignId, cluster).update();
  }

  public void proposed(long campaignId, String cluster, String unit, String award, long nominationId) {
    jdbc.sql("UPDATE cluster_result SET proposed_award = ?, nomination_id = ?"
            + " WHERE campaign_id = ? AND cluster_code = ? AND unit_code = ?")
        .params(award, nominationId, campaignId, cluster, unit).update();
  }
}
