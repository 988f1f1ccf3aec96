package vn.tdkt.document;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Table {@code document}: every version is kept, the newest of a kind is the one served. */
@Repository
public class DocumentRepository {

  private static final String COLUMNS =
      "id, campaign_id, kind, file_name, content_type, created_at, created_by";
  private static final RowMapper<StoredDocument> ROW =
      (rs, i) ->
          new StoredDocument(
              rs.getLong("id"),
              rs.getLong("campaign_id"),
              DocumentKind.valueOf(rs.getString("kind")),
              rs.getString("file_name"),
              rs.getString("content_type"),
              rs.getTimestamp("created_at").toInstant(),
              rs.getString("created_by"));

  private final JdbcTemplate jdbc;
  private final java.time.Clock clock;

  public DocumentRepository(JdbcTemplate jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long insert(
      long campaignId, DocumentKind kind, String fileName, byte[] content, String createdBy) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO document (campaign_id, kind, file_name, content_type, content,"
                      + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"});
          ps.setLong(1, campaignId);
          ps.setString(2, kind.name());
          ps.setString(3, fileName);
          ps.setString(4, kind.format().contentType());
          ps.setBytes(5, content);
          ps.setTimestamp(6, Timestamp.from(clock.instant()));
          ps.setString(7, createdBy);
          return ps;
        },
        keys);
    return keys.getKey().longValue();
  }

  public Optional<StoredDocument> latest(long campaignId, DocumentKind kind) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM document WHERE campaign_id = ? AND kind = ?"
                + " ORDER BY id DESC LIMIT 1",
            ROW,
            campaignId,
            kind.name())
        .stream()
        .findFirst();
  }

  public Optional<StoredDocument> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM document WHERE id = ?", ROW, id).stream().findFirst();
  }

  /** Every version of every kind, newest first. */
  public List<StoredDocument> list(long campaignId) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM document WHERE campaign_id = ? ORDER BY id DESC", ROW, campaignId);
  }

  public byte[] content(long id) {
    return jdbc.queryForObject("SELECT content FROM document WHERE id = ?", byte[].class, id);
  }
}
