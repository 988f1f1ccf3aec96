package vn.tdkt.campaign;

import java.time.LocalDate;

/** An emulation campaign (phong trào / đợt thi đua) as planned by Nội vụ. */
public record Campaign(
    Long id,
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
    CampaignStatus status,
    String returnReason,
    String regime,
    String approvingLevel,
    String officeCode) {

  /** The rules this campaign follows (regime by its dates, approving level when planned). */
  public vn.tdkt.rules.AwardRules.Context rules() {
    return vn.tdkt.rules.AwardRules.Context.of(regime, approvingLevel, officeCode);
  }
}
