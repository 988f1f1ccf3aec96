package vn.tdkt.nomination;

import vn.tdkt.award.AwardType;
import vn.tdkt.award.NomineeKind;

/** A nomination dossier (hồ sơ đề nghị khen thưởng). */
public record Nomination(
    Long id,
    long campaignId,
    String unitCode,
    NomineeKind nomineeKind,
    String nomineeName,
    String nomineePosition,
    AwardType awardType,
    String achievements,
    String documentLink,
    NominationStatus status,
    String appraisalReason,
    String missingItems,
    int supplementCount) {}
