package vn.tdkt.cluster;

import java.util.List;

/**
 * A cluster's or block's year (thi đua cụm, khối) in its office's title cycle, one instance per
 * cluster with a head unit that year: the head sets out the compact and the criteria (maximum points,
 * evidence required), every member scores itself with its evidence, the head reviews the scores, the
 * cluster's meeting ranks the members and proposes the leading ones to the office (Cờ thi đua or Bằng
 * khen), each proposal a dossier of the office's appraisal. Called by the campaign process for each
 * cluster ({@code CallActivity_ThiDuaCumKhoi}).
 */
public final class ClusterProcess {

  public static final String KEY = "clusterYearProcess";

  private ClusterProcess() {}

  /** Element ids, as in {@code processes/cluster-year-process.bpmn}. */
  public static final class Element {
    public static final String START = "StartEvent_CumKhoiBatDauNam";
    public static final String OPEN = "Task_MoThiDuaCumKhoi";
    public static final String COMPACT = "UserTask_KyGiaoUoc";
    public static final String SAVE_COMPACT = "Task_LuuGiaoUoc";
    /** Each member's scoring, side by side (a multi-instance sub-process over the members). */
    public static final String SELF_SCORES = "SubProcess_ChamDiemThanhVien";
    public static final String SELF_SCORE = "UserTask_TuChamDiem";
    public static final String SAVE_SCORES = "Task_LuuDiemTuCham";
    public static final String REVIEW = "UserTask_RaSoatDiem";
    public static final String SAVE_REVIEW = "Task_LuuRaSoatDiem";
    public static final String RANK = "UserTask_HopCumXepHang";
    public static final String SUBMIT = "Task_GuiDeNghiCumKhoi";
    public static final String END = "EndEvent_CumKhoiDaDeNghi";

    private Element() {}
  }

  /** Variable names; form field keys are the same strings. */
  public static final class Var {
    public static final String CLUSTER_CODE = "clusterCode";
    public static final String CLUSTER_NAME = "clusterName";
    public static final String HEAD_UNIT = "headUnit";
    public static final String HEAD_NAME = "headName";
    /** The head's group: the head's tasks go to it. */
    public static final String HEAD_GROUP = "headGroup";
    public static final String MEMBER_CODES = "memberCodes";
    /** The member of a scoring task (the multi-instance's element). */
    public static final String MEMBER_CODE = "memberCode";
    public static final String COMPACT_LINK = "compactLink";
    public static final String COMPACT_SIGNED = "compactSigned";
    /** The compact's criteria: rows of {@link Row#CRITERION}, {@link Row#MAX_POINTS}, {@link Row#EVIDENCE}. */
    public static final String CRITERIA = "criteria";
    /** A member's scores: rows of the criterion, its maximum, the score and the evidence's link. */
    public static final String SCORES = "scores";
    /** The head's review: rows of member, own total, reviewed total, note. */
    public static final String REVIEWS = "reviews";
    /** The ranking as the meeting's form shows it (a table). */
    public static final String RANKING = "ranking";
    public static final String MEETING_DATE = "meetingDate";
    public static final String MINUTES_LINK = "minutesLink";
    /** The meeting's proposals: rows of member, rank, total, award, achievements. */
    public static final String PROPOSALS = "proposals";

    public static final List<String> COMPACT_FORM = List.of(COMPACT_LINK, COMPACT_SIGNED, CRITERIA);
    public static final List<String> RANK_FORM = List.of(MEETING_DATE, MINUTES_LINK, PROPOSALS);

    private Var() {}
  }

  /** The keys of the lists' rows. */
  public static final class Row {
    public static final String CRITERION_ID = "criterionId";
    public static final String CRITERION = "criterion";
    public static final String MAX_POINTS = "maxPoints";
    public static final String EVIDENCE = "evidence";
    public static final String SCORE = "score";
    public static final String EVIDENCE_LINK = "evidenceLink";
    public static final String UNIT_CODE = "unitCode";
    public static final String UNIT_NAME = "unitName";
    public static final String SELF_TOTAL = "selfTotal";
    public static final String REVIEWED_TOTAL = "reviewedTotal";
    public static final String NOTE = "note";
    public static final String RANK = "rank";
    public static final String AWARD = "award";
    public static final String ACHIEVEMENTS = "achievements";

    private Row() {}
  }

  /** What the meeting may propose: the city's Cờ thi đua (the leading member only) or Bằng khen. */
  public static final class Award {
    public static final String CO_THI_DUA = "CO_THI_DUA_TP";
    public static final String BANG_KHEN = "BANG_KHEN_TP";

    private Award() {}
  }
}
