package vn.tdkt.council;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;
import vn.tdkt.council.CouncilService.Choice;

/** The council's tables: {@code council_session}, {@code council_session_member}, {@code vote}. */
@Repository
public class CouncilRepository {

  /** A session's row: its campaign, when it opened, how many sit, whether it is tallied. */
  public record SessionRow(
      long id, long campaignId, java.time.Instant openedAt, int memberCount, boolean tallied) {}

  private static final String SESSION_SELECT =
      "SELECT id, campaign_id, opened_at, member_count, tallied_at FROM council_session";
  private static final org.springframework.jdbc.core.RowMapper<SessionRow> SESSION =
      (rs, i) ->
          new SessionRow(
              rs.getLong("id"),
              rs.getLong("campaign_id"),
              rs.getTimestamp("opened_at").toInstant(),
              rs.getInt("member_count"),
              rs.getTimestamp("tallied_at") != null);

  private final JdbcClient jdbc;
  private final SimpleJdbcInsert sessions;
  private final Clock clock;

  public CouncilRepository(javax.sql.DataSource dataSource, JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.sessions =
        new SimpleJdbcInsert(dataSource)
            .withTableName("council_session")
            .usingColumns("campaign_id", "member_count", "opened_at")
            .usingGeneratedKeyColumns("id");
  }

  /** Opens a session for the campaign with its members (and the unit each belongs to). */
  public long open(long campaignId, Map<String, String> unitByMember) {
    long id =
        sessions
            .executeAndReturnKey(
                Map.of(
                    "campaign_id", campaignId,
                    "member_count", unitByMember.size(),
                    "opened_at", Timestamp.from(clock.instant())))
            .longValue();
    unitByMember.forEach(
        (member, unit) ->
            jdbc.sql(
                    "INSERT INTO council_session_member (session_id, member_id, unit_code)"
                        + " VALUES (?, ?, ?)")
                .params(id, member, unit)
                .update());
    return id;
  }

  public SessionRow session(long sessionId) {
    return find(sessionId).orElseThrow(() -> new IllegalStateException("No session " + sessionId));
  }

  public Optional<SessionRow> find(long sessionId) {
    return jdbc.sql(SESSION_SELECT + " WHERE id = ?").param(sessionId).query(SESSION).optional();
  }

  /** The campaign's latest session, if one was held. */
  public Optional<SessionRow> latest(long campaignId) {
    return jdbc.sql(SESSION_SELECT + " WHERE campaign_id = ? ORDER BY id DESC")
        .param(campaignId)
        .query(SESSION)
        .list()
        .stream()
        .findFirst();
  }

  public boolean sits(long sessionId, String member) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM council_session_member WHERE session_id = ? AND member_id = ?")
        .params(sessionId, member)
        .query(Integer.class)
        .single() > 0;
  }

  /** The unit a member belongs to in a session, if any. */
  public Optional<String> memberUnit(long sessionId, String member) {
    return jdbc.sql(
            "SELECT unit_code FROM council_session_member WHERE session_id = ? AND member_id = ?")
        .params(sessionId, member)
        .query(String.class)
        .list()
        .stream()
        .filter(u -> u != null)
        .findFirst();
  }

  /** The members of a session, in user id order. */
  public List<String> members(long sessionId) {
    return jdbc.sql(
            "SELECT member_id FROM council_session_member WHERE session_id = ? ORDER BY member_id")
        .param(sessionId)
        .query(String.class)
        .list();
  }

  /** The members who have not voted yet, in user id order. */
  public List<String> notVoted(long sessionId) {
    return jdbc.sql(
            "SELECT m.member_id FROM council_session_member m WHERE m.session_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM vote v WHERE v.session_id = m.session_id"
                + " AND v.member_id = m.member_id) ORDER BY m.member_id")
        .param(sessionId)
        .query(String.class)
        .list();
  }

  /** How many members have cast a ballot in the session. */
  public int ballots(long sessionId) {
    return jdbc.sql("SELECT COUNT(DISTINCT member_id) FROM vote WHERE session_id = ?")
        .param(sessionId)
        .query(Integer.class)
        .single();
  }

  public void vote(
      long sessionId,
      long nominationId,
      String member,
      Choice choice,
      Timestamp castAt,
      boolean written,
      String recordedBy,
      String writtenNote) {
    jdbc.sql(
            "INSERT INTO vote (session_id, nomination_id, member_id, choice, cast_at, written,"
                + " recorded_by, written_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(sessionId, nominationId, member, choice.name(), castAt, written, recordedBy,
            writtenNote)
        .update();
  }

  /** The votes on every nominee of the session by choice, in one query. */
  public Map<Long, Map<Choice, Integer>> countsByNominee(long sessionId) {
    Map<Long, Map<Choice, Integer>> counts = new java.util.HashMap<>();
    jdbc.sql(
            "SELECT nomination_id, choice, COUNT(*) AS n FROM vote WHERE session_id = ?"
                + " GROUP BY nomination_id, choice")
        .params(sessionId)
        .query(rs -> {
          counts.computeIfAbsent(rs.getLong("nomination_id"), k -> new EnumMap<>(Choice.class))
              .put(Choice.valueOf(rs.getString("choice")), rs.getInt("n"));
        });
    return counts;
  }

  public void close(long sessionId, String closedBy, String note) {
    jdbc.sql("UPDATE council_session SET closed_by = ?, close_note = ? WHERE id = ?")
        .params(closedBy, note, sessionId)
        .update();
  }

  public void tallied(long sessionId) {
    jdbc.sql("UPDATE council_session SET tallied_at = ? WHERE id = ?")
        .params(Timestamp.from(clock.instant()), sessionId)
        .update();
  }
}
