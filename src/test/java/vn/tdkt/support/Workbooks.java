package vn.tdkt.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.demo.DemoOrganisation;

/** Organisation workbooks for tests: the demo's, edited as an official would in Excel. */
public final class Workbooks {

  /** The first data row's number as Excel shows it (title, header, then data). */
  public static final int FIRST_ROW = 3;

  private Workbooks() {}

  /** A workbook as the administrator's page uploads it: multipart, field {@code file}. */
  public static org.springframework.http.HttpEntity<?> upload(byte[] file) {
    org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
    body.add("file", new org.springframework.core.io.ByteArrayResource(file) {
      @Override
      public String getFilename() {
        return "to-chuc.xlsx";
      }
    });
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return new org.springframework.http.HttpEntity<>(body, headers);
  }

  /** The application's Vietnamese messages, for tests without the application. */
  public static vn.tdkt.system.Messages messages() {
    org.springframework.context.support.ResourceBundleMessageSource source =
        new org.springframework.context.support.ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new vn.tdkt.system.Messages(source);
  }

  public static byte[] demo(String office) {
    return DemoOrganisation.workbook(office);
  }

  /** The workbook with its sheets edited. */
  public static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(book);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets a cell by its Excel row number and its column's header. */
  public static void set(Sheet sheet, int excelRow, String header, String value) {
    Row headers = sheet.getRow(1);
    for (Cell h : headers) {
      if (h.getStringCellValue().equals(header)) {
        Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
        Cell cell = row.getCell(h.getColumnIndex()) == null ? row.createCell(h.getColumnIndex()) : row.getCell(h.getColumnIndex());
        cell.setCellValue(value);
        return;
      }
    }
    throw new IllegalArgumentException("No column " + header + " in " + sheet.getSheetName());
  }

  /** Sets a label–value row of the office sheet ("Cơ quan"), adding it at the end when missing. */
  public static void office(XSSFWorkbook book, String label, String value) {
    Sheet sheet = book.getSheet("Cơ quan");
    Row row = null;
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (r.getRowNum() >= FIRST_ROW - 1 && c != null && label.equals(c.toString())) {
        row = r;
      }
    }
    if (row == null) {
      row = sheet.createRow(sheet.getLastRowNum() + 1);
      row.createCell(0).setCellValue(label);
    }
    (row.getCell(1) == null ? row.createCell(1) : row.getCell(1)).setCellValue(value);
  }

  /** Copies a data row (by Excel number) to a new row at the end; returns the new row's number. */
  public static int copyRow(Sheet sheet, int excelRow) {
    Row from = sheet.getRow(excelRow - 1);
    Row to = sheet.createRow(sheet.getLastRowNum() + 1);
    for (Cell c : from) {
      to.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
    }
    return to.getRowNum() + 1;
  }

  /** The Excel row number of the data row whose first cell is {@code code}. */
  public static int rowOf(Sheet sheet, String code) {
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (c != null && code.equals(c.toString())) {
        return r.getRowNum() + 1;
      }
    }
    throw new IllegalArgumentException(code + " not in " + sheet.getSheetName());
  }

  /** Removes a data row (by Excel number), shifting the rows below up. */
  public static void removeRow(Sheet sheet, int excelRow) {
    int index = excelRow - 1;
    sheet.removeRow(sheet.getRow(index));
    if (index < sheet.getLastRowNum()) {
      sheet.shiftRows(index + 1, sheet.getLastRowNum(), -1);
    }
  }
}
