package vn.tdkt.unit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The units (table {@code unit}, owned here) and their focal points' groups; {@code ${units...}} in
 * the BPMN. Units are written only by the organisation's import.
 */
@Component("units")
public class UnitDirectory {

  public static final String GROUP_PREFIX = "unit-";
  private static final RowMapper<Unit> ROW =
      (rs, i) ->
          new Unit(
              rs.getString("code"),
              rs.getString("name"),
              UnitKind.valueOf(rs.getString("kind")),
              rs.getString("email"),
              rs.getString("focal_user_id"),
              rs.getString("focal_name"),
              rs.getString("focal_email"),
              rs.getString("office_code"),
              rs.getString("cluster_code"),
              rs.getBoolean("active"));

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  public UnitDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  public String groupOf(String code) {
    return GROUP_PREFIX + code;
  }

  public String nameOf(String code) {
    return find(code).map(Unit::name).orElse(code);
  }

  /** A unit by its code, active or not (history names inactive units too). */
  public Optional<Unit> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return jdbc.query("SELECT * FROM unit WHERE code = ?", ROW, code).stream().findFirst();
  }

  /** The active units of an office, by kind and code. */
  public List<Unit> active(String officeCode) {
    return jdbc.query(
        "SELECT * FROM unit WHERE active AND office_code = ? ORDER BY kind, code", ROW, officeCode);
  }

  /** Every unit, active or not. */
  public List<Unit> all() {
    return jdbc.query("SELECT * FROM unit ORDER BY kind, code", ROW);
  }

  /** The active units of an office of the given kinds. */
  public List<Unit> ofKinds(String officeCode, Collection<UnitKind> kinds) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    return named.query(
        "SELECT * FROM unit WHERE active AND office_code = :office AND kind IN (:kinds)"
            + " ORDER BY kind, code",
        Map.of("office", officeCode, "kinds", kinds.stream().map(Enum::name).toList()),
        ROW);
  }

  /** The active unit whose focal point the user is. */
  public Optional<Unit> ofFocalUser(String userId) {
    return jdbc.query("SELECT * FROM unit WHERE active AND focal_user_id = ?", ROW, userId).stream()
        .findFirst();
  }

  /**
   * Frees a unit's focal account for another unit within the same import (two units swapping their
   * focal points): a placeholder no account can have, until the unit is saved again.
   */
  public void releaseFocal(String code) {
    jdbc.update("UPDATE unit SET focal_user_id = ? WHERE code = ?", "~" + code, code);
  }

  /** Inserts or updates a unit (the organisation's import); returns whether anything changed. */
  public boolean save(Unit unit) {
    Optional<Unit> existing = find(unit.code());
    if (existing.isPresent() && existing.get().equals(unit)) {
      return false;
    }
    if (existing.isEmpty()) {
      jdbc.update(
          "INSERT INTO unit (code, name, kind, email, focal_user_id, focal_name, focal_email,"
              + " office_code, cluster_code, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          unit.code(), unit.name(), unit.kind().name(), unit.email(), unit.focalUserId(),
          unit.focalName(), unit.focalEmail(), unit.officeCode(), unit.clusterCode(), unit.active());
    } else {
      jdbc.update(
          "UPDATE unit SET name = ?, kind = ?, email = ?, focal_user_id = ?, focal_name = ?,"
              + " focal_email = ?, office_code = ?, cluster_code = ?, active = ? WHERE code = ?",
          unit.name(), unit.kind().name(), unit.email(), unit.focalUserId(), unit.focalName(),
          unit.focalEmail(), unit.officeCode(), unit.clusterCode(), unit.active(), unit.code());
    }
    return true;
  }

  /** The office's units in a cluster that is removed belong to no cluster any more. */
  public void leaveCluster(String officeCode, String clusterCode) {
    jdbc.update(
        "UPDATE unit SET cluster_code = NULL WHERE office_code = ? AND cluster_code = ?",
        officeCode,
        clusterCode);
  }
}
