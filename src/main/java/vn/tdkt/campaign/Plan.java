package vn.tdkt.campaign;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.unit.UnitKind;

/** What Nội vụ enters when drafting or revising a plan. */
public record Plan(
    String code,
    String name,
    String kind,
    String slogan,
    String legalBasis,
    LocalDate startDate,
    LocalDate endDate,
    LocalDate registrationDeadline,
    LocalDate reportDeadline,
    LocalDate nominationDeadline,
    List<UnitKind> unitKinds,
    List<Assignment> assignments) {

  /** A responsibility assigned to a unit by the plan ("Phòng VHTT: xây dựng kế hoạch tuyên truyền"). */
  public record Assignment(String unitCode, String description) {}
}
