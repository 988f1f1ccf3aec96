package vn.tdkt.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.nomination.NominationService;
import vn.tdkt.office.Cluster;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.participation.ParticipationService;
import vn.tdkt.rules.NomineeKind;
import vn.tdkt.system.Messages;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitDirectory;

/** A cluster's year: its round, compact and criteria, scores, review, ranking and proposals. */
@Service
public class ClusterService {

  static final int MAX_CRITERIA = 100;
  static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

  private final ClusterRepository clusters;
  private final CampaignRepository campaigns;
  private final OfficeDirectory offices;
  private final UnitDirectory units;
  private final NominationService nominations;
  private final ParticipationService participation;
  private final Messages messages;
  private final java.time.Clock clock;

  public ClusterService(ClusterRepository clusters, CampaignRepository campaigns,
      OfficeDirectory offices, UnitDirectory units, NominationService nominations,
      ParticipationService participation, Messages messages, java.time.Clock clock) {
    this.clusters = clusters;
    this.campaigns = campaigns;
    this.offices = offices;
    this.units = units;
    this.nominations = nominations;
    this.participation = participation;
    this.messages = messages;
    this.clock = clock;
  }

  /** The cluster in the campaign's year: its name, its head, its active members. */
  public record Round(String name, String head, String headName, List<String> members) {}

  public Round open(long campaignId, String clusterCode) {
    Campaign campaign = campaigns.get(campaignId);
    int year = campaign.startDate().getYear();
    Cluster cluster = offices.clusters(campaign.officeCode()).stream()
        .filter(c -> c.code().equals(clusterCode)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No cluster " + clusterCode));
    String head = cluster.headIn(year)
        .orElseThrow(() -> new IllegalStateException("No head of " + clusterCode + " in " + year));
    List<String> members = units.active(campaign.officeCode()).stream()
        .filter(u -> clusterCode.equals(u.clusterCode())).map(Unit::code).toList();
    clusters.open(campaignId, clusterCode, head);
    return new Round(cluster.name(), head, units.nameOf(head), members);
  }

  /** The head sets out the compact: its link, the day it was signed, the criteria. */
  public void compact(long campaignId, String cluster, String link, LocalDate signed,
      List<Map<String, String>> rows) {
    required(link, "field.compactLink");
    participation.checkLink(link);
    if (signed == null) {
      throw messages.reject("form.required", messages.get("field.compactSigned"));
    }
    if (signed.isAfter(LocalDate.now(clock))) {
      throw messages.reject("cluster.compact.future");
    }
    if (rows.isEmpty() || rows.size() > MAX_CRITERIA) {
      throw messages.reject("cluster.criteria.count", String.valueOf(MAX_CRITERIA));
    }
    List<ClusterRepository.Criterion> criteria = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      String line = String.valueOf(i + 1);
      String text = row.get(ClusterProcess.Row.CRITERION);
      if (text == null || text.length() > 1000) {
        throw messages.reject("cluster.criterion.text", line);
      }
      BigDecimal max = points(row.get(ClusterProcess.Row.MAX_POINTS));
      if (max == null || max.signum() <= 0 || max.compareTo(MAX_POINTS) > 0) {
        throw messages.reject("cluster.criterion.max", line);
      }
      String evidence = row.get(ClusterProcess.Row.EVIDENCE);
      if (evidence != null && evidence.length() > 1000) {
        throw messages.reject("cluster.criterion.text", line);
      }
      criteria.add(new ClusterRepository.Criterion(0, i + 1, text, max, evidence));
    }
    clusters.compact(campaignId, cluster, link, signed, criteria);
  }

  /** A member's scoring form: a row per criterion. */
  public List<Map<String, Object>> scoringRows(long campaignId, String cluster) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ClusterRepository.Criterion c : clusters.criteria(campaignId, cluster)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(ClusterProcess.Row.CRITERION_ID, String.valueOf(c.id()));
      row.put(ClusterProcess.Row.CRITERION, c.itemNo() + ". " + c.text());
      row.put(ClusterProcess.Row.MAX_POINTS, c.maxPoints().stripTrailingZeros().toPlainString());
      row.put(ClusterProcess.Row.EVIDENCE, c.evidence() == null ? "" : c.evidence());
      rows.add(row);
    }
    return rows;
  }

  /**
   * A member's own scores, each within its maximum, with its evidence where the criterion asks. The
   * form's rows come in the criteria's order (the form submits only its fields' values).
   */
  public BigDecimal score(long campaignId, String cluster, String unit, List<Map<String, String>> rows) {
    List<Object[]> scores = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    List<ClusterRepository.Criterion> criteria = clusters.criteria(campaignId, cluster);
    for (int i = 0; i < criteria.size(); i++) {
      ClusterRepository.Criterion c = criteria.get(i);
      Map<String, String> row = i < rows.size() ? rows.get(i) : null;
      String item = String.valueOf(c.itemNo());
      BigDecimal score = row == null ? null : points(row.get(ClusterProcess.Row.SCORE));
      if (score == null || score.signum() < 0 || score.compareTo(c.maxPoints()) > 0) {
        throw messages.reject("cluster.score.range", item, c.maxPoints().stripTrailingZeros().toPlainString());
      }
      String link = row.get(ClusterProcess.Row.EVIDENCE_LINK);
      if (c.evidence() != null && !c.evidence().isBlank() && link == null) {
        throw messages.reject("cluster.score.evidence", item, c.evidence());
      }
      participation.checkLink(link);
      scores.add(new Object[] {c.id(), score, link});
      total = total.add(score);
    }
    clusters.scores(campaignId, cluster, unit, scores, total);
    return total;
  }

  /** The head's review form: each member's own total, to confirm or correct. */
  public List<Map<String, Object>> reviewRows(long campaignId, String cluster) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ClusterRepository.Result r : clusters.results(campaignId, cluster)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(ClusterProcess.Row.UNIT_CODE, r.unitCode());
      row.put(ClusterProcess.Row.UNIT_NAME, units.nameOf(r.unitCode()));
      row.put(ClusterProcess.Row.SELF_TOTAL, plain(r.selfTotal()));
      row.put(ClusterProcess.Row.REVIEWED_TOTAL, plain(r.selfTotal()));
      rows.add(row);
    }
    return rows;
  }

  /**
   * The head's reviewed totals (a change needs its reason), and the ranking they give: the higher
   * total first, equal totals sharing a rank.
   */
  public void review(long campaignId, String cluster, List<Map<String, String>> rows) {
    BigDecimal max = clusters.criteria(campaignId, cluster).stream()
        .map(ClusterRepository.Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, BigDecimal> reviewed = new HashMap<>();
    Map<String, String> notes = new HashMap<>();
    // the rows in the order of the review form (the members' results)
    List<ClusterRepository.Result> results = clusters.results(campaignId, cluster);
    for (int i = 0; i < results.size(); i++) {
      ClusterRepository.Result r = results.get(i);
      Map<String, String> row = i < rows.size() ? rows.get(i) : Map.of();
      notes.put(r.unitCode(), row.get(ClusterProcess.Row.NOTE));
      String name = units.nameOf(r.unitCode());
      BigDecimal total = points(row.get(ClusterProcess.Row.REVIEWED_TOTAL));
      if (total == null || total.signum() < 0 || total.compareTo(max) > 0) {
        throw messages.reject("cluster.review.range", name, plain(max));
      }
      String note = notes.get(r.unitCode());
      if (total.compareTo(r.selfTotal()) != 0 && (note == null || note.isBlank())) {
        throw messages.reject("cluster.review.note", name);
      }
      if (note != null && note.length() > 2000) {
        throw messages.reject("cluster.review.note", name);
      }
      reviewed.put(r.unitCode(), total);
    }
    List<String> order = new ArrayList<>(reviewed.keySet());
    order.sort(Comparator.comparing((String u) -> reviewed.get(u)).reversed().thenComparing(u -> u));
    for (int i = 0; i < order.size(); i++) {
      String unit = order.get(i);
      int rank = 1 + (int) order.stream().filter(u -> reviewed.get(u).compareTo(reviewed.get(unit)) > 0).count();
      clusters.review(campaignId, cluster, unit, reviewed.get(unit), notes.get(unit), rank);
    }
  }

  /** The members' results, first to last (unranked last), read once. */
  public List<ClusterRepository.Result> ranked(long campaignId, String cluster) {
    List<ClusterRepository.Result> results = new ArrayList<>(clusters.results(campaignId, cluster));
    results.sort(Comparator.comparing((ClusterRepository.Result r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
        .thenComparing(ClusterRepository.Result::unitCode));
    return results;
  }

  /** The ranking, first to last, as the meeting's form and the dossiers show it. */
  public List<Map<String, Object>> ranking(long campaignId, String cluster) {
    return ranked(campaignId, cluster).stream().map(this::rankingRow).toList();
  }

  /** A member's row of the ranking: rank, unit, reviewed total. */
  public Map<String, Object> rankingRow(ClusterRepository.Result r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(ClusterProcess.Row.RANK, r.rank() == null ? "" : String.valueOf(r.rank()));
    row.put(ClusterProcess.Row.UNIT_CODE, r.unitCode());
    row.put(ClusterProcess.Row.UNIT_NAME, units.nameOf(r.unitCode()));
    row.put(ClusterProcess.Row.REVIEWED_TOTAL, plain(r.reviewedTotal()));
    return row;
  }

  /**
   * The cluster meeting's proposals to the office: the Cờ thi đua for a leading member only (rank 1:
   * "dẫn đầu cụm, khối"), Bằng khen for others, each with its achievements; each a dossier of the
   * office's appraisal whose achievements carry the member's rank and the cluster's ranking.
   */
  public List<Long> propose(long campaignId, String cluster, String clusterName, LocalDate meeting,
      String minutes, List<Map<String, String>> rows) {
    if (meeting == null) {
      throw messages.reject("form.required", messages.get("field.clusterMeeting"));
    }
    if (meeting.isAfter(LocalDate.now(clock))) {
      throw messages.reject("cluster.meeting.future");
    }
    required(minutes, "field.minutesLink");
    participation.checkLink(minutes);
    // the rows in the order of the meeting's form (the ranking)
    List<ClusterRepository.Result> order = ranked(campaignId, cluster);
    String ranking = rankingText(order);
    clusters.meeting(campaignId, cluster, meeting, minutes);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < rows.size() && i < order.size(); i++) {
      Map<String, String> row = rows.get(i);
      String award = row.get(ClusterProcess.Row.AWARD);
      if (award == null) {
        continue;
      }
      ClusterRepository.Result result = order.get(i);
      String unit = result.unitCode();
      String name = units.nameOf(unit);
      if (!ClusterProcess.Award.CO_THI_DUA.equals(award) && !ClusterProcess.Award.BANG_KHEN.equals(award)) {
        throw messages.reject("cluster.proposal.award", name);
      }
      if (ClusterProcess.Award.CO_THI_DUA.equals(award) && !Integer.valueOf(1).equals(result.rank())) {
        throw messages.reject("cluster.proposal.flagLeads", name);
      }
      String achievements = row.get(ClusterProcess.Row.ACHIEVEMENTS);
      if (achievements == null) {
        throw messages.reject("cluster.proposal.achievements", name);
      }
      String rank = messages.get("cluster.rankText", String.valueOf(result.rank()),
          String.valueOf(order.size()), clusterName, plain(result.reviewedTotal()), ranking);
      long id = nominations.submit(campaignId, unit, new NominationService.Dossier(
          NomineeKind.TAP_THE.name(), name, clusterName, award,
          achievements + "\n\n" + rank, minutes, false));
      clusters.proposed(campaignId, cluster, unit, award, id);
      ids.add(id);
    }
    return ids;
  }

  private String rankingText(List<ClusterRepository.Result> order) {
    List<String> parts = new ArrayList<>();
    for (ClusterRepository.Result r : order) {
      parts.add((r.rank() == null ? "" : r.rank()) + ". " + units.nameOf(r.unitCode()) + " – "
          + plain(r.reviewedTotal()));
    }
    return String.join("; ", parts);
  }

  private void required(String value, String label) {
    if (value == null || value.isBlank()) {
      throw messages.reject("form.required", messages.get(label));
    }
  }

  /** Points as officials type them: "9", "9.5" or "9,5"; null when not a number. */
  static BigDecimal points(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
