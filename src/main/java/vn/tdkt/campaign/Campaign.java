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
    String returnReason) {}
