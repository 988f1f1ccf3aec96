package vn.tdkt.nomination;

/** States of a dossier, as officials know them from Vietnamese TĐKT software. */
public enum NominationStatus {
  /** Chờ duyệt: sent, awaiting appraisal. */
  CHO_DUYET,
  /** Bị trả lại: returned for supplement. */
  BI_TRA_LAI,
  /** Đã duyệt: appraised eligible, waiting for the council. */
  DA_DUYET,
  /** Không đủ điều kiện. */
  KHONG_DU_DIEU_KIEN,
  /** Đang xét khen thưởng: before the council. */
  DANG_XET,
  /** Passed the council, waiting for the chairman's decision. */
  CHO_QUYET_DINH,
  /** Passed the council, proposed to the city. */
  DE_NGHI_THANH_PHO,
  /** Trả lại xét duyệt: the council's vote did not reach the threshold. */
  TRA_LAI_XET_DUYET,
  /** Đã khen thưởng. */
  DA_KHEN_THUONG,
  /** The city did not award it. */
  THANH_PHO_KHONG_KHEN
}
