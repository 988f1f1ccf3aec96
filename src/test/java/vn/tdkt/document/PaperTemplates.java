package vn.tdkt.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes the bundled paper templates (src/main/resources/papers/*.docx) with the layout of Nghị
 * định 30/2020/NĐ-CP: A4, Times New Roman 13–14, the issuing body and the national title side by
 * side at the top, "Nơi nhận:" and the signer at the foot. Run {@link #main} (or the template test
 * with {@code -Dpapers.write=true}) after changing it; the files are committed.
 */
final class PaperTemplates {

  static final Path FOLDER = Path.of("src/main/resources/papers");

  /** Each template by name. */
  static final Map<String, Supplier<XWPFDocument>> ALL =
      Map.of(
          MinutesDocument.TEMPLATE, PaperTemplates::minutes,
          DecisionDocument.TEMPLATE, PaperTemplates::decision,
          CityProposalDocument.TEMPLATE, PaperTemplates::cityProposal,
          SummaryDocument.TEMPLATE, PaperTemplates::summary);

  private static final String FONT = "Times New Roman";
  private static final int TEXT = 13;
  private static final int TITLE = 14;
  private static final int SMALL = 11;
  private static final int A4_WIDTH = 11906;
  private static final int A4_HEIGHT = 16838;
  private static final int MM_20 = 1134;
  private static final int MM_30 = 1701;
  private static final String NUMBER_LINE = "_______";

  private PaperTemplates() {}

  public static void main(String[] args) throws IOException {
    write(FOLDER);
  }

  static void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (var entry : ALL.entrySet()) {
      write(entry.getValue().get(), folder.resolve(entry.getKey() + ".docx"));
    }
  }

  static void write(XWPFDocument doc, Path file) throws IOException {
    try (doc;
        OutputStream out = Files.newOutputStream(file)) {
      doc.write(out);
    }
  }

  // ---------------------------------------------------------------- the papers

  static XWPFDocument minutes() {
    T t = new T();
    t.heading(
        List.of(plain("{{issuer}}"), bold("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"), plain(NUMBER_LINE),
            plain("Số:        /BB-HĐTĐKT")));
    t.title("BIÊN BẢN",
        "Họp Hội đồng Thi đua – Khen thưởng xét khen thưởng trong phong trào thi đua “{{campaign}}”");
    t.text("Thời gian: ngày {{date}}.");
    t.text("Thành phần: {{memberCount}} thành viên Hội đồng, gồm:");
    t.list("members", "- {{name}}");
    t.text("Số thành viên đã biểu quyết (kể cả phiếu bằng văn bản của thành viên vắng mặt):"
        + " {{ballots}}/{{memberCount}}.");
    t.text("Nội dung: Hội đồng xem xét {{nomineeCount}} hồ sơ đề nghị khen thưởng đã được Phòng Nội vụ"
        + " thẩm định đủ điều kiện. Mỗi thành viên biểu quyết đối với từng trường hợp; tỷ lệ đồng ý tính"
        + " trên tổng số thành viên Hội đồng, theo tỷ lệ cần đạt của từng hình thức khen thưởng.");
    t.lead("Kết quả biểu quyết:", null);
    t.table("tally",
        List.of("STT", "Tên cá nhân, tập thể", "Đơn vị", "Hình thức khen thưởng",
            "Đồng ý / tổng số thành viên", "Tỷ lệ", "Tỷ lệ cần đạt", "Kết quả"),
        List.of("no", "name", "unit", "type", "votes", "ratio", "threshold", "result"),
        new int[] {6, 20, 18, 16, 11, 8, 11, 10}, null);
    t.list("sources", "Tỷ lệ cần đạt: {{type}}: {{threshold}} ({{source}})");
    t.lead("Kết luận:", null);
    t.text("- Đề nghị Chủ tịch UBND khen thưởng theo thẩm quyền: {{local}} trường hợp.");
    t.text("- Đề nghị UBND Thành phố khen thưởng: {{city}} trường hợp.");
    t.text("- Không đạt tỷ lệ biểu quyết: {{failed}} trường hợp.");
    t.text("Biên bản lập ngày {{date}}, đã được các thành viên Hội đồng dự họp thống nhất thông qua.");
    t.signatures(signer(List.of("THƯ KÝ HỘI ĐỒNG"), ""),
        signer(List.of("CHỦ TỊCH HỘI ĐỒNG"), "{{signer}}"));
    return t.doc;
  }

  static XWPFDocument decision() {
    T t = new T();
    t.centered(new Line("DỰ THẢO", true, false, 12));
    t.heading(List.of(bold("{{issuer}}"), plain(NUMBER_LINE), plain("Số: {{number}}")));
    t.title("QUYẾT ĐỊNH",
        "Về việc khen thưởng các tập thể, cá nhân có thành tích trong phong trào thi đua “{{campaign}}”");
    t.centered(bold("CHỦ TỊCH {{issuer}}"));
    t.centered(plain(""));
    t.list("basis", "{{line}}");
    t.centered(bold("QUYẾT ĐỊNH:"));
    t.lead("Điều 1.", "Khen thưởng {{awardeeCount}} tập thể, cá nhân có thành tích trong phong trào thi"
        + " đua “{{campaign}}” (danh sách tại Phụ lục kèm theo), gồm:");
    t.list("none", "Không có trường hợp nào.");
    t.list("counts", "- {{type}}: {{parts}}.");
    t.open("cash");
    t.lead("Điều {{article}}.", "Kèm theo danh hiệu, hình thức khen thưởng là tiền thưởng theo quy định"
        + " của pháp luật về thi đua, khen thưởng; tổng số tiền: {{total}} đồng, chi từ Quỹ thi đua,"
        + " khen thưởng.");
    t.close("cash");
    t.lead("Điều {{execution}}.", "Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng"
        + " Nội vụ, Trưởng phòng Tài chính – Kế hoạch, thủ trưởng các đơn vị có liên quan và các tập"
        + " thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
    t.signatures(recipients("- Như Điều 3;", "- Lưu: VT, Phòng Nội vụ."),
        signer(List.of("CHỦ TỊCH"), "{{signer}}"));
    t.pageBreak();
    t.title("PHỤ LỤC", "Danh sách tập thể, cá nhân được khen thưởng");
    t.centered(italic("(Kèm theo Quyết định số {{number}} ngày {{date}} của Chủ tịch {{issuer}})"));
    t.centered(plain(""));
    t.table("annex",
        List.of("STT", "Tên cá nhân, tập thể", "Đơn vị", "Hình thức khen thưởng", "Số tiền (đồng)"),
        List.of("no", "name", "unit", "type", "cash"),
        new int[] {7, 30, 27, 20, 16},
        List.of("", "Tổng cộng", "", "", "{{total}}"));
    return t.doc;
  }

  static XWPFDocument cityProposal() {
    T t = new T();
    t.heading(List.of(bold("{{issuer}}"), plain(NUMBER_LINE), plain("Số: {{number}}")));
    t.title("TỜ TRÌNH", "Về việc đề nghị UBND Thành phố khen thưởng các tập thể, cá nhân có thành tích"
        + " trong phong trào thi đua “{{campaign}}”");
    t.centered(plain("Kính gửi: Ủy ban nhân dân Thành phố."));
    t.centered(plain(""));
    t.text("Thực hiện Kế hoạch {{code}} về {{campaign}}; căn cứ kết quả họp Hội đồng Thi đua – Khen"
        + " thưởng ngày {{councilDay}}, {{issuer}} kính đề nghị Ủy ban nhân dân Thành phố xem xét, khen"
        + " thưởng {{count}} tập thể, cá nhân sau:");
    t.table("nominees",
        List.of("STT", "Tên cá nhân, tập thể", "Đối tượng", "Đơn vị", "Hình thức đề nghị",
            "Đồng ý / tổng số thành viên"),
        List.of("no", "name", "kind", "unit", "award", "votes"),
        new int[] {7, 26, 12, 22, 20, 13}, null);
    t.text("{{issuer}} kính trình Ủy ban nhân dân Thành phố xem xét, quyết định./.");
    t.signatures(
        recipients("- Như trên;", "- Ban Thi đua – Khen thưởng Thành phố;", "- Lưu: VT, Phòng Nội vụ."),
        signer(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "{{signer}}"));
    return t.doc;
  }

  static XWPFDocument summary() {
    T t = new T();
    t.heading(List.of(bold("{{issuer}}"), plain(NUMBER_LINE), plain("Số:        /BC-UBND")));
    t.title("BÁO CÁO", "Tổng kết phong trào thi đua “{{campaign}}”");
    t.text("Thời gian thực hiện: từ ngày {{start}} đến ngày {{end}}.");
    t.section("I. KẾT QUẢ THAM GIA");
    t.text("- Đăng ký thi đua: {{registered}}/{{unitCount}} đơn vị (đúng hạn: {{registeredOnTime}}/{{unitCount}}).");
    t.text("- Báo cáo kết quả: {{reported}}/{{unitCount}} đơn vị (đúng hạn: {{reportedOnTime}}/{{unitCount}}).");
    t.table("participation",
        List.of("STT", "Đơn vị", "Đăng ký thi đua", "Báo cáo kết quả", "Hồ sơ đề nghị", "Khen thưởng"),
        List.of("no", "unit", "registered", "reported", "nominated", "awarded"),
        new int[] {7, 37, 16, 16, 12, 12}, null);
    t.section("II. HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG");
    t.text("Tổng số hồ sơ đề nghị: {{nominations}}.");
    t.table("statuses", List.of("STT", "Trạng thái", "Số lượng"), List.of("no", "status", "count"),
        new int[] {10, 70, 20}, List.of("", "Tổng cộng", "{{nominations}}"));
    t.section("III. KẾT QUẢ KHEN THƯỞNG");
    t.text("Tổng số được khen thưởng: {{awards}}; tổng tiền thưởng: {{cash}} đồng.");
    t.lead("1. Theo hình thức khen thưởng", null);
    t.table("types",
        List.of("STT", "Hình thức khen thưởng", "Cấp khen thưởng", "Số lượng", "Số tiền (đồng)"),
        List.of("no", "type", "level", "count", "cash"), new int[] {8, 40, 18, 14, 20},
        List.of("", "Tổng cộng", "", "{{awards}}", "{{cash}}"));
    t.lead("2. Theo đơn vị", null);
    t.table("units", List.of("STT", "Đơn vị", "Số lượng", "Số tiền (đồng)"),
        List.of("no", "unit", "count", "cash"), new int[] {8, 58, 14, 20},
        List.of("", "Tổng cộng", "{{awards}}", "{{cash}}"));
    t.section("IV. NHẬN XÉT, KẾT LUẬN");
    t.text("{{conclusion}}");
    t.signatures(
        recipients("- Thường trực Hội đồng Thi đua – Khen thưởng;", "- Các đơn vị tham gia;",
            "- Lưu: VT, Phòng Nội vụ."),
        signer(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "{{signer}}"));
    return t.doc;
  }

  // ---------------------------------------------------------------- the layout

  record Line(String text, boolean bold, boolean italic, int size) {}

  static Line plain(String text) {
    return new Line(text, false, false, TEXT);
  }

  static Line bold(String text) {
    return new Line(text, true, false, TEXT);
  }

  static Line italic(String text) {
    return new Line(text, false, true, TEXT);
  }

  /** "Nơi nhận:" and its lines, in the small type the decree asks for. */
  static List<Line> recipients(String... lines) {
    List<Line> all = new ArrayList<>();
    all.add(new Line("Nơi nhận:", true, true, 12));
    for (String line : lines) {
      all.add(new Line(line, false, false, SMALL));
    }
    return all;
  }

  /** The signer's block: title lines in bold, room for the signature, the name in bold. */
  static List<Line> signer(List<String> titles, String name) {
    List<Line> lines = new ArrayList<>();
    titles.forEach(t -> lines.add(bold(t)));
    lines.add(plain(""));
    lines.add(plain(""));
    lines.add(bold(name));
    return lines;
  }

  /** A template being laid out. */
  private static final class T {

    final XWPFDocument doc = new XWPFDocument();

    T() {
      CTSectPr section = doc.getDocument().getBody().addNewSectPr();
      CTPageSz size = section.addNewPgSz();
      size.setW(BigInteger.valueOf(A4_WIDTH));
      size.setH(BigInteger.valueOf(A4_HEIGHT));
      CTPageMar margins = section.addNewPgMar();
      margins.setTop(BigInteger.valueOf(MM_20));
      margins.setBottom(BigInteger.valueOf(MM_20));
      margins.setLeft(BigInteger.valueOf(MM_30));
      margins.setRight(BigInteger.valueOf(MM_20));
      CTFonts fonts = CTFonts.Factory.newInstance();
      fonts.setAscii(FONT);
      fonts.setHAnsi(FONT);
      fonts.setCs(FONT);
      fonts.setEastAsia(FONT);
      doc.createStyles().setDefaultFonts(fonts);
    }

    /** The issuing body and number on the left; the national title and place-date on the right. */
    void heading(List<Line> left) {
      List<Line> right =
          List.of(
              bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              bold("Độc lập - Tự do - Hạnh phúc"),
              plain("_______________"),
              italic("{{place}}, ngày {{dd}} tháng {{mm}} năm {{yyyy}}"));
      XWPFTable table = borderless();
      fill(table.getRow(0).getCell(0), left, ParagraphAlignment.CENTER, "40%");
      fill(table.getRow(0).getCell(1), right, ParagraphAlignment.CENTER, "60%");
      spacer();
    }

    void title(String title, String subtitle) {
      run(paragraph(ParagraphAlignment.CENTER), new Line(title, true, false, TITLE));
      run(paragraph(ParagraphAlignment.CENTER), bold(subtitle));
      spacer();
    }

    void centered(Line line) {
      run(paragraph(ParagraphAlignment.CENTER), line);
    }

    void text(String text) {
      XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
      p.setIndentationFirstLine(567);
      run(p, plain(text));
    }

    /** A paragraph that starts with a bold lead ("Điều 1.", "Kết luận:"). */
    void lead(String lead, String text) {
      XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
      p.setIndentationFirstLine(567);
      run(p, bold(lead));
      if (text != null) {
        run(p, plain(" " + text));
      }
    }

    /** One paragraph repeated for each item of {@code tag}: {{?tag}} … {{/tag}}. */
    void list(String tag, String line) {
      open(tag);
      text(line);
      close(tag);
    }

    void open(String tag) {
      run(paragraph(ParagraphAlignment.LEFT), plain("{{?" + tag + "}}"));
    }

    void close(String tag) {
      run(paragraph(ParagraphAlignment.LEFT), plain("{{/" + tag + "}}"));
    }

    void section(String heading) {
      XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
      p.setSpacingBefore(120);
      run(p, bold(heading));
    }

    /**
     * A table whose header row carries {@code {{tag}}}, over a row of {@code [field]} cells the
     * renderer repeats; a bold last row when {@code total} is given.
     */
    void table(String tag, List<String> headers, List<String> fields, int[] widths, List<String> total) {
      XWPFTable table = doc.createTable(1, headers.size());
      table.setWidth("100%");
      for (int c = 0; c < headers.size(); c++) {
        XWPFTableCell cell = table.getRow(0).getCell(c);
        fill(cell, List.of(bold(headers.get(c))), ParagraphAlignment.CENTER, widths[c] + "%");
        if (c == 0) {
          XWPFRun tagRun = cell.getParagraphs().get(0).insertNewRun(0);
          tagRun.setFontFamily(FONT);
          tagRun.setFontSize(TEXT);
          tagRun.setText("{{" + tag + "}}");
        }
      }
      XWPFTableRow row = table.createRow();
      for (int c = 0; c < fields.size(); c++) {
        ParagraphAlignment align = c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
        fill(row.getCell(c), List.of(plain("[" + fields.get(c) + "]")), align, widths[c] + "%");
      }
      if (total != null) {
        XWPFTableRow last = table.createRow();
        for (int c = 0; c < total.size(); c++) {
          ParagraphAlignment align = c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
          fill(last.getCell(c), List.of(bold(total.get(c))), align, widths[c] + "%");
        }
      }
      spacer();
    }

    void signatures(List<Line> left, List<Line> right) {
      spacer();
      XWPFTable table = borderless();
      fill(table.getRow(0).getCell(0), left, ParagraphAlignment.LEFT, "45%");
      fill(table.getRow(0).getCell(1), right, ParagraphAlignment.CENTER, "55%");
    }

    void pageBreak() {
      paragraph(ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
    }

    private XWPFTable borderless() {
      XWPFTable table = doc.createTable(1, 2);
      table.setWidth("100%");
      table.removeBorders();
      return table;
    }

    private static void fill(XWPFTableCell cell, List<Line> lines, ParagraphAlignment align, String width) {
      cell.setWidth(width);
      cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
      XWPFParagraph p = cell.getParagraphs().get(0);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          p = cell.addParagraph();
        }
        p.setAlignment(align);
        p.setSpacingAfter(0);
        run(p, lines.get(i));
      }
    }

    private XWPFParagraph paragraph(ParagraphAlignment align) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(align);
      p.setSpacingAfter(60);
      return p;
    }

    private void spacer() {
      paragraph(ParagraphAlignment.LEFT);
    }

    private static void run(XWPFParagraph p, Line line) {
      XWPFRun run = p.createRun();
      run.setFontFamily(FONT);
      run.setFontSize(line.size());
      run.setBold(line.bold());
      run.setItalic(line.italic());
      run.setText(line.text());
    }
  }
}
