package vn.tdkt.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The units (reference data) and their focal points' groups; {@code ${units...}} in the BPMN. */
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
              rs.getString("focal_user_id"));

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

  public Optional<Unit> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return jdbc.query("SELECT * FROM unit WHERE code = ?", ROW, code).stream().findFirst();
  }

  public List<Unit> all() {
    return jdbc.query("SELECT * FROM unit ORDER BY kind, code", ROW);
  }

  public List<Unit> ofKinds(Collection<UnitKind> kinds) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    return named.query(
        "SELECT * FROM unit WHERE kind IN (:kinds) ORDER BY kind, code",
        java.util.Map.of("kinds", kinds.stream().map(Enum::name).toList()),
        ROW);
  }

  public Optional<Unit> ofFocalUser(String userId) {
    return jdbc.query("SELECT * FROM unit WHERE focal_user_id = ?", ROW, userId).stream().findFirst();
  }
}
