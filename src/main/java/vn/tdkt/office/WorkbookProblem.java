package vn.tdkt.office;

/**
 * Why a workbook was refused: the sheet, the row as Excel numbers it (0 for the file as a whole) and
 * the reason, in Vietnamese.
 */
public record WorkbookProblem(String sheet, int row, String reason) {

  public String text() {
    if (sheet == null) {
      return reason;
    }
    return row > 0 ? sheet + ", dòng " + row + ": " + reason : sheet + ": " + reason;
  }
}
