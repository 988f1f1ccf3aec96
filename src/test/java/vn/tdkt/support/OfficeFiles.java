package vn.tdkt.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Opens generated Word and Excel files with POI, as an official's office software would. */
public final class OfficeFiles {

  private OfficeFiles() {}

  public static XWPFDocument docx(byte[] content) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every paragraph and table cell of a Word file, as text. */
  public static String text(byte[] content) {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(docx(content))) {
      return extractor.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells' text of every row of the Word file's table number {@code index}. */
  public static List<List<String>> table(byte[] content, int index) {
    XWPFTable table = docx(content).getTables().get(index);
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
    }
    return rows;
  }

  /** The Word file's last table (an annex, a list). */
  public static List<List<String>> lastTable(byte[] content) {
    return table(content, docx(content).getTables().size() - 1);
  }

  public static XSSFWorkbook xlsx(byte[] content) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sheet's rows as the cells display them (numbers and dates formatted as the cell says). */
  public static List<List<String>> rows(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (Cell cell : row) {
        cells.add(formatter.formatCellValue(cell));
      }
      rows.add(cells);
    }
    return rows;
  }
}
