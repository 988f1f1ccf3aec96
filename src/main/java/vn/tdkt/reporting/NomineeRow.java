package vn.tdkt.reporting;

import vn.tdkt.rules.AwardType;
import vn.tdkt.rules.NomineeKind;

/** A dossier with its unit's name and, once tallied, the council's vote (status as its code). */
public record NomineeRow(
    long id,
    String name,
    NomineeKind kind,
    String unitCode,
    String unitName,
    AwardType type,
    String status,
    Integer agree,
    Integer members,
    Boolean passed) {}
