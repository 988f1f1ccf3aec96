package vn.tdkt.reporting;

import java.time.LocalDate;
import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;

/** An award as the registry shows it: the nominee, the unit, the decision, the campaign's rules. */
public record AwardRow(
    String nomineeName,
    String nomineePosition,
    NomineeKind kind,
    String unitCode,
    String unitName,
    AwardType type,
    String level,
    String decisionNumber,
    LocalDate decisionDate,
    String campaignCode,
    String campaignName,
    String regime,
    String approvingLevel,
    String officeCode) {}
