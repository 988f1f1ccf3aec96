package vn.tdkt.document;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
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

  private final SimpleJdbcInsert insert;

  public DocumentRepository(JdbcTemplate jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.insert =
        new SimpleJdbcInsert(jdbc)
            .withTableName("document")
            .usingColumns(
                "campaign_id", "kind", "file_name", "content_type", "content", "created_at",
                "created_by")
            .usingGeneratedKeyColumns("id");
  }

  public long insert(
      long campaignId, DocumentKind kind, String fileName, byte[] content, String createdBy) {
    java.util.Map<String, Object> row = new java.util.HashMap<>();
    row.put("campaign_id", campaignId);
    row.put("kind", kind.name());
    row.put("file_name", fileName);
    row.put("content_type", kind.format().contentType());
    row.put("content", content);
    row.put("created_at", Timestamp.from(clock.instant()));
    row.put("created_by", createdBy);
    return insert.executeAndReturnKey(row).longValue();
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
