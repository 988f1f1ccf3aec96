package vn.tdkt.nomination;

import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;

/**
 * A nomination dossier (hồ sơ đề nghị khen thưởng). {@code womenPriority}: the nominee is a woman, or
 * a collective of at least 70 % women, who comes first among nominees who equally qualify (Nghị định
 * 152/2025/NĐ-CP, Điều 4 khoản 6); {@code underReview}: found at appraisal to be under discipline,
 * inspection or an unresolved complaint (Điều 4 khoản 4).
 */
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
    int supplementCount,
    boolean womenPriority,
    boolean underReview) {}
