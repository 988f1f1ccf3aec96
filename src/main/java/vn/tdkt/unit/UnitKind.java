package vn.tdkt.unit;

/**
 * Kinds of participating units, as a plan names them ("100% phòng ban, phường, trường học"); each
 * has a Vietnamese label ({@code unitKind.<name>}) used in the organisation workbook and the forms.
 */
public enum UnitKind {
  PHUONG,
  PHONG_BAN,
  DOAN_THE,
  TRUONG_HOC;

  public String labelKey() {
    return "unitKind." + name();
  }
}
