package vn.tdkt.registry;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;

/**
 * One award in the registry (sổ vàng): who, from which unit, what, at which level, by which decision,
 * in which campaign, with how much cash (null when the law sets none for the award type).
 */
public record RegistryEntry(
    String nominee,
    String position,
    String kind,
    String kindLabel,
    String unitCode,
    String unitName,
    String awardType,
    String awardTypeLabel,
    String level,
    String levelLabel,
    String decisionNumber,
    @JsonFormat(pattern = "dd/MM/yyyy") LocalDate decisionDate,
    String campaignCode,
    String campaignName,
    Long cashAmount) {}
