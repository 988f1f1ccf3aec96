package vn.tdkt.rules;

/**
 * Who a dossier is for: an individual, a collective, a household ("người tốt, việc tốt", Gia đình văn
 * hóa), or a residential area (thôn, tổ dân phố) for the title thôn, tổ dân phố văn hóa.
 */
public enum NomineeKind {
  CA_NHAN,
  TAP_THE,
  HO_GIA_DINH,
  KHU_DAN_CU;

  public String labelKey() {
    return "nominee." + name();
  }
}
