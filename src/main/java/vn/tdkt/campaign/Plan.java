package vn.tdkt.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.unit.UnitKind;

/**
 * What Nội vụ enters when drafting or revising a plan. The constraints are checked by
 * {@link vn.tdkt.system.InputCheck}; the rules between fields (dates in order, units that exist) by
 * {@link CampaignService}. {@code titleCycle}: the plan is the office's year of regular emulation
 * (thi đua thường xuyên), in which each unit registers for the year's titles and proposes its
 * nominees at the year's end ({@code annual.YearProcess}).
 */
public record Plan(
    @NotNull(message = "plan.code.invalid")
        @Pattern(regexp = "[\\p{L}0-9./_-]{2,60}", message = "plan.code.invalid")
        String code,
    @NotBlank(message = "plan.name.invalid") @Size(max = 500, message = "plan.name.invalid")
        String name,
    @NotNull(message = "plan.kind.invalid") String kind,
    @Size(max = 1000, message = "field.slogan") String slogan,
    @Size(max = 4000, message = "field.legalBasis") String legalBasis,
    @NotNull(message = "field.startDate") LocalDate startDate,
    @NotNull(message = "field.endDate") LocalDate endDate,
    @NotNull(message = "field.registrationDue") LocalDate registrationDeadline,
    @NotNull(message = "field.reportDue") LocalDate reportDeadline,
    @NotNull(message = "field.nominationDue") LocalDate nominationDeadline,
    @NotEmpty(message = "plan.units.empty") List<UnitKind> unitKinds,
    List<@Valid Assignment> assignments,
    boolean titleCycle) {

  /** A plan that is not the office's title cycle of the year. */
  public Plan(
      String code, String name, String kind, String slogan, String legalBasis,
      LocalDate startDate, LocalDate endDate, LocalDate registrationDeadline,
      LocalDate reportDeadline, LocalDate nominationDeadline, List<UnitKind> unitKinds,
      List<Assignment> assignments) {
    this(code, name, kind, slogan, legalBasis, startDate, endDate, registrationDeadline,
        reportDeadline, nominationDeadline, unitKinds, assignments, false);
  }

  /** A responsibility assigned to a unit by the plan ("Phòng VHTT: xây dựng kế hoạch tuyên truyền"). */
  public record Assignment(
      String unitCode,
      @NotBlank(message = "plan.assignment.description")
          @Size(max = 2000, message = "plan.assignment.description")
          String description) {}
}
