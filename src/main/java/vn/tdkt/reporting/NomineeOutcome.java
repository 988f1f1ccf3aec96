package vn.tdkt.reporting;

import java.time.LocalDate;

/** A dossier before the council and its outcome: the votes and, once decided, the decision. */
public record NomineeOutcome(
    String nomineeName,
    String awardType,
    String status,
    Integer votesAgree,
    Integer votesTotal,
    String decisionNumber,
    LocalDate decisionDate) {}
