package vn.tdkt.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The office, its clusters and officials (tables {@code office}, {@code unit_cluster},
 * {@code official}, owned here). Written only by the organisation's import.
 */
@Component("offices")
public class OfficeDirectory {

  private static final RowMapper<Office> OFFICE =
      (rs, i) ->
          new Office(
              rs.getString("code"),
              rs.getString("name"),
              OfficeLevel.valueOf(rs.getString("level")),
              rs.getString("issuer"),
              rs.getString("place"),
              rs.getString("sender_name"),
              rs.getString("sender_email"),
              rules(rs),
              rs.getString("parent_code"));
  private static final RowMapper<Official> OFFICIAL =
      (rs, i) ->
          new Official(
              rs.getString("user_id"),
              rs.getString("office_code"),
              rs.getString("name"),
              rs.getString("position"),
              rs.getString("email"),
              OfficialRole.valueOf(rs.getString("role")),
              rs.getBoolean("council_member"),
              rs.getString("member_unit_code"),
              rs.getBoolean("active"));
  private static final RowMapper<Cluster> CLUSTER =
      (rs, i) ->
          new Cluster(
              rs.getString("code"), rs.getString("name"), Cluster.Kind.valueOf(rs.getString("kind")));

  private static OfficeRules rules(java.sql.ResultSet rs) throws java.sql.SQLException {
    OfficeRules d = OfficeRules.DEFAULT;
    return new OfficeRules(
        share(rs, "vote_share", d.voteShare()),
        share(rs, "cstdcs_share", d.emulationShare()),
        share(rs, "cstd_tp_share", d.provincialEmulationShare()),
        intOr(rs, "cstdcs_quota", d.emulationQuotaPercent()),
        intOr(rs, "appraisal_days", d.appraisalDays()),
        doubleOrNull(rs, "household_factor"),
        doubleOrNull(rs, "family_culture_cash"),
        new OfficeRules.Nd98Cash(
            doubleOrNull(rs, "nd98_bang_khen"),
            doubleOrNull(rs, "nd98_giay_khen_district"),
            doubleOrNull(rs, "nd98_giay_khen_commune"),
            doubleOrNull(rs, "nd98_collective_factor"),
            intOrNull(rs, "nd98_rounding_step")));
  }

  private static Integer intOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static java.math.BigDecimal decimal(Double value) {
    return value == null ? null : java.math.BigDecimal.valueOf(value);
  }

  private static Double doubleOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    java.math.BigDecimal value = rs.getBigDecimal(column);
    return value == null ? null : value.doubleValue();
  }

  private static OfficeRules.Share share(java.sql.ResultSet rs, String column, OfficeRules.Share otherwise)
      throws java.sql.SQLException {
    int percent = rs.getInt(column + "_percent");
    if (rs.wasNull()) {
      return otherwise;
    }
    return new OfficeRules.Share(percent, rs.getBoolean(column + "_strict"));
  }

  private static int intOr(java.sql.ResultSet rs, String column, int otherwise) throws java.sql.SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? otherwise : value;
  }

  private final JdbcTemplate jdbc;
  private final vn.tdkt.unit.UnitDirectory units;

  public OfficeDirectory(JdbcTemplate jdbc, vn.tdkt.unit.UnitDirectory units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /** Every office of this deployment. */
  public List<Office> all() {
    return jdbc.query("SELECT * FROM office ORDER BY code", OFFICE);
  }

  /**
   * The first office of the deployment (by code), or empty before the administrator has imported an
   * organisation: what serves a deployment of one office, where no user or campaign says which.
   */
  public Optional<Office> current() {
    return all().stream().findFirst();
  }

  /**
   * The office an account works for: an active official's, or that of the active unit whose focal
   * point it is; empty for the administrator and for accounts the organisation does not know.
   */
  public Optional<Office> ofUser(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return official(userId).filter(Official::active).map(Official::officeCode)
        .or(() -> units.ofFocalUser(userId).map(vn.tdkt.unit.Unit::officeCode))
        .flatMap(this::find);
  }

  /** The office the user works for, else the first one (the administrator, a one-office deployment). */
  public Optional<Office> ofUserOrFirst(String userId) {
    return ofUser(userId).or(this::current);
  }

  /** The offices directly below one (a city's wards and communes), by code. */
  public List<Office> children(String code) {
    return jdbc.query("SELECT * FROM office WHERE parent_code = ? ORDER BY code", OFFICE, code);
  }

  public Optional<Office> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return jdbc.query("SELECT * FROM office WHERE code = ?", OFFICE, code).stream().findFirst();
  }

  /** The office of a campaign, else the current one (campaigns drafted before offices were data). */
  public Optional<Office> ofCampaign(String officeCode) {
    return find(officeCode).or(this::current);
  }

  public List<Official> officials(String officeCode) {
    return jdbc.query(
        "SELECT * FROM official WHERE office_code = ? ORDER BY role, user_id", OFFICIAL, officeCode);
  }

  /** Every official of every office, active or not. */
  public List<Official> allOfficials() {
    return jdbc.query("SELECT * FROM official ORDER BY office_code, role, user_id", OFFICIAL);
  }

  public Optional<Official> official(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return jdbc.query("SELECT * FROM official WHERE user_id = ?", OFFICIAL, userId).stream()
        .findFirst();
  }

  /** The unit an active council member comes from, if any. */
  public Optional<String> memberUnitOf(String userId) {
    return official(userId)
        .filter(o -> o.active() && o.councilMember())
        .map(Official::memberUnitCode)
        .filter(u -> !u.isBlank());
  }

  /** The office's clusters and blocks, each with its head unit of every year named. */
  public List<Cluster> clusters(String officeCode) {
    Map<String, List<Cluster.Head>> heads = new HashMap<>();
    jdbc.query("SELECT cluster_code, head_year, unit_code FROM cluster_head WHERE office_code = ?"
            + " ORDER BY head_year", rs -> {
              heads.computeIfAbsent(rs.getString("cluster_code"), k -> new ArrayList<>())
                  .add(new Cluster.Head(rs.getInt("head_year"), rs.getString("unit_code")));
            }, officeCode);
    return jdbc.query(
            "SELECT * FROM unit_cluster WHERE office_code = ? ORDER BY kind, code", CLUSTER, officeCode)
        .stream()
        .map(c -> new Cluster(c.code(), c.name(), c.kind(), heads.getOrDefault(c.code(), List.of())))
        .toList();
  }

  /** The cluster's head units as the workbook names them (after its units are saved). */
  void saveHeads(String officeCode, Cluster cluster) {
    jdbc.update("DELETE FROM cluster_head WHERE office_code = ? AND cluster_code = ?",
        officeCode, cluster.code());
    for (Cluster.Head h : cluster.heads()) {
      jdbc.update("INSERT INTO cluster_head (office_code, cluster_code, head_year, unit_code)"
          + " VALUES (?, ?, ?, ?)", officeCode, cluster.code(), h.year(), h.unitCode());
    }
  }

  /** Inserts or updates the office; returns whether anything changed. */
  boolean save(Office office) {
    Optional<Office> existing = find(office.code());
    if (existing.isPresent() && existing.get().equals(office)) {
      return false;
    }
    if (existing.isEmpty()) {
      jdbc.update(
          "INSERT INTO office (code, name, level, issuer, place, sender_name, sender_email)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          office.code(), office.name(), office.level().name(), office.issuer(), office.place(),
          office.senderName(), office.senderEmail());
    } else {
      jdbc.update(
          "UPDATE office SET name = ?, level = ?, issuer = ?, place = ?, sender_name = ?,"
              + " sender_email = ? WHERE code = ?",
          office.name(), office.level().name(), office.issuer(), office.place(),
          office.senderName(), office.senderEmail(), office.code());
    }
    jdbc.update("UPDATE office SET parent_code = ? WHERE code = ?", office.parentCode(), office.code());
    OfficeRules r = office.rules();
    jdbc.update(
        "UPDATE office SET vote_share_percent = ?, vote_share_strict = ?, cstdcs_share_percent = ?,"
            + " cstdcs_share_strict = ?, cstd_tp_share_percent = ?, cstd_tp_share_strict = ?,"
            + " cstdcs_quota = ?, appraisal_days = ?, household_factor = ?, family_culture_cash = ?,"
            + " nd98_bang_khen = ?, nd98_giay_khen_district = ?, nd98_giay_khen_commune = ?,"
            + " nd98_collective_factor = ?, nd98_rounding_step = ? WHERE code = ?",
        r.voteShare().percent(), r.voteShare().strictlyMore(),
        r.emulationShare().percent(), r.emulationShare().strictlyMore(),
        r.provincialEmulationShare().percent(), r.provincialEmulationShare().strictlyMore(),
        r.emulationQuotaPercent(), r.appraisalDays(),
        decimal(r.householdFactor()), decimal(r.familyCultureCash()),
        decimal(r.nd98Cash().bangKhen()), decimal(r.nd98Cash().giayKhenDistrict()),
        decimal(r.nd98Cash().giayKhenCommune()), decimal(r.nd98Cash().collectiveFactor()),
        r.nd98Cash().roundingStep(),
        office.code());
    return true;
  }

  /** Inserts or updates a cluster; returns whether anything changed. */
  boolean save(String officeCode, Cluster cluster) {
    List<Cluster> existing =
        jdbc.query(
            "SELECT * FROM unit_cluster WHERE office_code = ? AND code = ?",
            CLUSTER, officeCode, cluster.code());
    // the heads are saved with the units (saveHeads)
    if (existing.contains(new Cluster(cluster.code(), cluster.name(), cluster.kind()))) {
      return false;
    }
    if (existing.isEmpty()) {
      jdbc.update(
          "INSERT INTO unit_cluster (office_code, code, name, kind) VALUES (?, ?, ?, ?)",
          officeCode, cluster.code(), cluster.name(), cluster.kind().name());
    } else {
      jdbc.update(
          "UPDATE unit_cluster SET name = ?, kind = ? WHERE office_code = ? AND code = ?",
          cluster.name(), cluster.kind().name(), officeCode, cluster.code());
    }
    return true;
  }

  /** Removes a cluster the workbook no longer has; inactive units that were in it keep none. */
  void deleteCluster(String officeCode, String code) {
    units.leaveCluster(officeCode, code);
    jdbc.update("DELETE FROM cluster_head WHERE office_code = ? AND cluster_code = ?", officeCode, code);
    jdbc.update("DELETE FROM unit_cluster WHERE office_code = ? AND code = ?", officeCode, code);
  }

  /** Inserts or updates an official; returns whether anything changed. */
  boolean save(Official official) {
    Optional<Official> existing = official(official.userId());
    if (existing.isPresent() && existing.get().equals(official)) {
      return false;
    }
    if (existing.isEmpty()) {
      jdbc.update(
          "INSERT INTO official (user_id, office_code, name, position, email, role, council_member,"
              + " member_unit_code, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          official.userId(), official.officeCode(), official.name(), official.position(),
          official.email(), official.role().name(), official.councilMember(),
          official.memberUnitCode(), official.active());
    } else {
      jdbc.update(
          "UPDATE official SET office_code = ?, name = ?, position = ?, email = ?, role = ?,"
              + " council_member = ?, member_unit_code = ?, active = ? WHERE user_id = ?",
          official.officeCode(), official.name(), official.position(), official.email(),
          official.role().name(), official.councilMember(), official.memberUnitCode(),
          official.active(), official.userId());
    }
    return true;
  }
}
