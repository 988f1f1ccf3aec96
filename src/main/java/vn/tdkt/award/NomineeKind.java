package vn.tdkt.award;

/** Who a dossier is for: an individual, a collective, or a household ("người tốt, việc tốt"). */
public enum NomineeKind {
  CA_NHAN,
  TAP_THE,
  HO_GIA_DINH;

  public String labelKey() {
    return "nominee." + name();
  }
}
