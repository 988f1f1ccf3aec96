package vn.tdkt.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
 * A Word document laid out as Vietnamese administrative papers are (Nghị định 30/2020/NĐ-CP): A4,
 * Times New Roman 13–14, the issuing body and the national motto side by side at the top, the
 * signature block at the bottom right. The generators say what goes in; this says how it looks.
 */
final class Docx {

  private static final String FONT = "Times New Roman";
  private static final int TEXT = 13;
  private static final int TITLE = 14;
  private static final int SMALL = 11;
  /** Twentieths of a point: A4 and margins of 20 mm (top, bottom, right) and 30 mm (left). */
  private static final int A4_WIDTH = 11906;
  private static final int A4_HEIGHT = 16838;
  private static final int MM_20 = 1134;
  private static final int MM_30 = 1701;

  /** A line of text with its emphasis. */
  record Line(String text, boolean bold, boolean italic, int size) {
    static Line plain(String text) {
      return new Line(text, false, false, TEXT);
    }

    static Line bold(String text) {
      return new Line(text, true, false, TEXT);
    }

    static Line italic(String text) {
      return new Line(text, false, true, TEXT);
    }

    static Line small(String text) {
      return new Line(text, false, false, SMALL);
    }

    static Line smallBoldItalic(String text) {
      return new Line(text, true, true, 12);
    }

    static Line blank() {
      return plain("");
    }
  }

  private final XWPFDocument doc = new XWPFDocument();

  Docx() {
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

  /** The issuing body (and its number line) on the left, the national motto and place/date on the right. */
  void heading(List<Line> left, List<Line> right) {
    XWPFTable table = borderless(2);
    fill(table.getRow(0).getCell(0), left, ParagraphAlignment.CENTER, "40%");
    fill(table.getRow(0).getCell(1), right, ParagraphAlignment.CENTER, "60%");
    spacer();
  }

  /** Bold centred lines (the first one larger): "QUYẾT ĐỊNH", then what it is about. */
  void title(String title, String... subtitles) {
    XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
    run(p, new Line(title, true, false, TITLE));
    for (String subtitle : subtitles) {
      run(paragraph(ParagraphAlignment.CENTER), Line.bold(subtitle));
    }
    spacer();
  }

  void centered(Line line) {
    run(paragraph(ParagraphAlignment.CENTER), line);
  }

  /** A body paragraph: justified, first line indented. */
  void text(String text) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    run(p, Line.plain(text));
  }

  /** A body paragraph that starts with a bold lead ("Điều 1.", "Kết luận:"). */
  void text(String lead, String text) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    run(p, Line.bold(lead));
    if (text != null && !text.isEmpty()) {
      run(p, Line.plain(" " + text));
    }
  }

  /** A bold section heading (I. KẾT QUẢ THAM GIA). */
  void section(String heading) {
    XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
    p.setSpacingBefore(120);
    run(p, Line.bold(heading));
  }

  /**
   * A table with a bold header row; {@code widths} in percent of the text width; a last row in bold
   * when {@code total} is given.
   */
  void table(List<String> headers, List<List<String>> rows, int[] widths, List<String> total) {
    XWPFTable table = doc.createTable(1, headers.size());
    table.setWidth("100%");
    for (int c = 0; c < headers.size(); c++) {
      fill(table.getRow(0).getCell(c), List.of(Line.bold(headers.get(c))), ParagraphAlignment.CENTER,
          widths[c] + "%");
    }
    for (List<String> row : rows) {
      addRow(table, row, widths, false);
    }
    if (total != null) {
      addRow(table, total, widths, true);
    }
    spacer();
  }

  /** Two columns without borders at the foot: who receives it on the left, who signs on the right. */
  void signatures(List<Line> left, List<Line> right) {
    spacer();
    XWPFTable table = borderless(2);
    fill(table.getRow(0).getCell(0), left, ParagraphAlignment.LEFT, "45%");
    fill(table.getRow(0).getCell(1), right, ParagraphAlignment.CENTER, "55%");
  }

  /** The signer's block: title lines in bold, room for the signature, the name in bold. */
  static List<Line> signer(List<String> titles, String name) {
    List<Line> lines = new ArrayList<>();
    titles.forEach(t -> lines.add(Line.bold(t)));
    lines.add(Line.blank());
    lines.add(Line.blank());
    lines.add(Line.bold(name == null ? "" : name));
    return lines;
  }

  void pageBreak() {
    paragraph(ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
  }

  byte[] bytes() {
    try (doc;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void addRow(XWPFTable table, List<String> values, int[] widths, boolean bold) {
    XWPFTableRow row = table.createRow();
    for (int c = 0; c < values.size(); c++) {
      String value = values.get(c) == null ? "" : values.get(c);
      ParagraphAlignment align =
          c == 0 || value.matches("[0-9.,/%]+") ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
      if (c > 0 && value.matches("[0-9]{1,3}(\\.[0-9]{3})+")) {
        align = ParagraphAlignment.RIGHT; // money
      }
      fill(row.getCell(c), List.of(new Line(value, bold, false, TEXT)), align, widths[c] + "%");
    }
  }

  private XWPFTable borderless(int columns) {
    XWPFTable table = doc.createTable(1, columns);
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
