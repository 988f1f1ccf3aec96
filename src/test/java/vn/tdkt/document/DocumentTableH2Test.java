package vn.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations on H2 2.x (the default profile's database): the document table keeps binary files whole. */
class DocumentTableH2Test {

  @Test
  @DisplayName("Bảng văn bản trên H2: lưu và đọc lại nguyên vẹn một tệp 3 MB")
  void storesFilesOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:documents-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(h2);
    jdbc.update(
        "INSERT INTO campaign (code, name, kind, start_date, end_date, registration_deadline,"
            + " report_deadline, nomination_deadline, status) VALUES ('KH-H2', 'Thử', 'DOT',"
            + " DATE '2024-01-02', DATE '2024-03-01', DATE '2024-01-10', DATE '2024-02-10',"
            + " DATE '2024-02-01', 'ACTIVE')");
    long campaignId = jdbc.queryForObject("SELECT id FROM campaign WHERE code = 'KH-H2'", Long.class);
    byte[] content = new byte[3 * 1024 * 1024];
    new Random(7).nextBytes(content);

    DocumentRepository documents = new DocumentRepository(jdbc, new vn.tdkt.system.EngineClock(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    long first = documents.insert(campaignId, DocumentKind.MINUTES, "Biên bản.docx", content, "noivu");
    long second = documents.insert(campaignId, DocumentKind.MINUTES, "Biên bản.docx", new byte[] {1}, null);

    assertThat(documents.content(first)).isEqualTo(content);
    assertThat(documents.latest(campaignId, DocumentKind.MINUTES)).get()
        .extracting(StoredDocument::id).isEqualTo(second);
    assertThat(documents.list(campaignId)).extracting(StoredDocument::id).containsExactly(second, first);
    assertThat(documents.latest(campaignId, DocumentKind.DECISION)).isEmpty();
    assertThat(documents.list(campaignId).get(1).createdAt()).isBefore(Instant.now().plusSeconds(1));
  }
}
