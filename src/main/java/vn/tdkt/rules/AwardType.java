package vn.tdkt.rules;

import java.util.Set;

/**
 * Award types (hình thức khen thưởng). Which level decides and the vote threshold are rules, kept in
 * {@code processes/award-rules.dmn}; here only which nominee kinds a type can go to.
 */
public enum AwardType {
  GIAY_KHEN(Set.of(NomineeKind.CA_NHAN, NomineeKind.TAP_THE, NomineeKind.HO_GIA_DINH)),
  LDTT(Set.of(NomineeKind.CA_NHAN)),
  CSTDCS(Set.of(NomineeKind.CA_NHAN)),
  TTLDTT(Set.of(NomineeKind.TAP_THE)),
  TTLDXS(Set.of(NomineeKind.TAP_THE)),
  BANG_KHEN_TP(Set.of(NomineeKind.CA_NHAN, NomineeKind.TAP_THE, NomineeKind.HO_GIA_DINH)),
  CSTD_TP(Set.of(NomineeKind.CA_NHAN)),
  /** Cờ thi đua of the province or city: for a collective leading its cluster or block. */
  CO_THI_DUA_TP(Set.of(NomineeKind.TAP_THE)),
  /** Gia đình văn hóa: a household's title. */
  GIA_DINH_VAN_HOA(Set.of(NomineeKind.HO_GIA_DINH)),
  /** Thôn, tổ dân phố văn hóa: a residential area's title. */
  THON_VAN_HOA(Set.of(NomineeKind.KHU_DAN_CU));

  private final Set<NomineeKind> nominees;

  AwardType(Set<NomineeKind> nominees) {
    this.nominees = nominees;
  }

  public boolean canGoTo(NomineeKind kind) {
    return nominees.contains(kind);
  }

  public String labelKey() {
    return "award." + name();
  }
}
