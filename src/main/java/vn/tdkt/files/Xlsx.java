package vn.tdkt.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet helper every package may use (it depends on nothing of the application). An Excel
 * workbook of simple sheets: a title in the first row, Vietnamese column headers in the
 * second, one row per record below; dates as dates (dd/mm/yyyy), money as numbers (#,##0).
 */
public final class Xlsx {

  /** Rows of a sheet: the title row, the header row, then the data. */
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final int TITLE_ROW = 0;
  public static final int HEADER_ROW = 1;
  public static final int FIRST_DATA_ROW = 2;

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle title;
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle date;
  private final CellStyle number;

  public Xlsx() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(big);
    header = bordered();
    header.setFont(bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setWrapText(true);
    text = bordered();
    text.setWrapText(true);
    date = bordered();
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    date.setAlignment(HorizontalAlignment.CENTER);
    number = bordered();
    number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
  }

  /** A new sheet with its title and header rows; {@code widths} in characters. */
  public Sheet sheet(String name, String titleText, List<String> headers, int[] widths) {
    Sheet sheet = workbook.createSheet(name);
    Cell titleCell = sheet.createRow(TITLE_ROW).createCell(0);
    titleCell.setCellValue(titleText);
    titleCell.setCellStyle(title);
    if (headers.size() > 1) {
      sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, headers.size() - 1));
    }
    Row row = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(header);
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    sheet.createFreezePane(0, FIRST_DATA_ROW);
    return sheet;
  }

  /** Appends a row: texts, numbers and dates; null leaves an empty bordered cell. */
  public void row(Sheet sheet, Object... values) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    for (int c = 0; c < values.length; c++) {
      Cell cell = row.createCell(c);
      Object value = values[c];
      if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(number);
      } else if (value instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(date);
      } else {
        cell.setCellValue(value == null ? "" : value.toString());
        cell.setCellStyle(text);
      }
    }
  }

  /** A drop-down list of the choices on a column's cells, from the first data row to {@code lastRow}. */
  public void choices(Sheet sheet, int column, int lastRow, List<String> values) {
    org.apache.poi.ss.usermodel.DataValidationHelper helper = sheet.getDataValidationHelper();
    org.apache.poi.ss.usermodel.DataValidation validation = helper.createValidation(
        helper.createExplicitListConstraint(values.toArray(String[]::new)),
        new org.apache.poi.ss.util.CellRangeAddressList(FIRST_DATA_ROW, lastRow, column, column));
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  private static final org.apache.poi.ss.usermodel.DataFormatter FORMAT =
      new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);

  /**
   * Opens a workbook a user sent; {@link IllegalArgumentException} when it is empty, not a
   * spreadsheet, encrypted or damaged.
   */
  public static org.apache.poi.ss.usermodel.Workbook open(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new IllegalArgumentException("empty");
    }
    try {
      return org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a workbook", e);
    }
  }

  /** A cell's text as shown (numbers without ".0"), trimmed, inner whitespace collapsed; null if empty. */
  public static String text(Row row, Integer column) {
    if (row == null || column == null) {
      return null;
    }
    Cell cell = row.getCell(column);
    if (cell == null) {
      return null;
    }
    String text = FORMAT.formatCellValue(cell).replace('\u00a0', ' ').trim().replaceAll("\\s+", " ");
    return text.isEmpty() ? null
        : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
  }

  public byte[] bytes() {
    try (workbook;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CellStyle bordered() {
    CellStyle style = workbook.createCellStyle();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }
}
