package vn.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The bundled templates are the ones {@link PaperTemplates} writes, and carry the tags the writers
 * fill. {@code -Dpapers.write=true} writes them again.
 */
class PaperTemplatesTest {

  /** Tags each template must carry. */
  static final Map<String, String[]> TAGS =
      Map.of(
          MinutesDocument.TEMPLATE,
          new String[] {"{{issuer}}", "{{place}}", "{{campaign}}", "{{?members}}", "{{/members}}",
              "{{tally}}", "[threshold]", "{{?sources}}", "{{signer}}"},
          DecisionDocument.TEMPLATE,
          new String[] {"{{issuer}}", "Số: {{number}}", "{{?basis}}", "{{line}}", "{{/basis}}",
              "{{?counts}}", "{{?cash}}", "{{execution}}", "{{annex}}", "[cash]", "{{total}}",
              "{{signer}}"},
          CityProposalDocument.TEMPLATE,
          new String[] {"{{issuer}}", "Số: {{number}}", "{{councilDay}}", "{{nominees}}", "[award]",
              "{{signer}}"},
          SummaryDocument.TEMPLATE,
          new String[] {"{{issuer}}", "{{participation}}", "{{statuses}}", "{{types}}", "{{units}}",
              "{{conclusion}}", "{{signer}}"});

  @Test
  @EnabledIfSystemProperty(named = "papers.write", matches = "true")
  void write() throws Exception {
    PaperTemplates.write(PaperTemplates.FOLDER);
  }

  @Test
  @DisplayName("Các mẫu văn bản kèm theo là các mẫu do PaperTemplates tạo, có đủ các thẻ cần điền")
  void bundledTemplates() throws Exception {
    assertThat(PaperTemplates.ALL.keySet()).isEqualTo(TAGS.keySet());
    for (var entry : PaperTemplates.ALL.entrySet()) {
      byte[] committed = Files.readAllBytes(PaperTemplates.FOLDER.resolve(entry.getKey() + ".docx"));
      String text = text(committed);
      assertThat(text).as(entry.getKey())
          .contains(TAGS.get(entry.getKey()))
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
      ByteArrayOutputStream generated = new ByteArrayOutputStream();
      try (XWPFDocument doc = entry.getValue().get()) {
        doc.write(generated);
      }
      assertThat(text).as(entry.getKey()).isEqualTo(text(generated.toByteArray()));
    }
  }

  static String text(byte[] content) throws Exception {
    try (XWPFWordExtractor extractor =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(content)))) {
      return extractor.getText();
    }
  }
}
