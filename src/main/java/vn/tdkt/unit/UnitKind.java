package vn.tdkt.unit;

/** Kinds of participating units, as a plan names them ("100% phòng ban, phường, trường học"). */
public enum UnitKind {
  PHUONG,
  PHONG_BAN,
  DOAN_THE,
  TRUONG_HOC
}
