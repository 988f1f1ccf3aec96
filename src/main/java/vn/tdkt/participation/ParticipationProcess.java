package vn.tdkt.participation;

/**
 * A unit's part in a campaign: registration; then the result report and the nominations side by side
 * (dossiers from registration on, until the nomination deadline); the assigned responsibilities.
 */
public final class ParticipationProcess {

  public static final String KEY = "unitParticipationProcess";

  private ParticipationProcess() {}

  public static final class Element {
    public static final String REGISTER = "UserTask_DangKyThiDua";
    public static final String REGISTRATION_REMINDER = "Event_NhacHanDangKy";
    public static final String REGISTRATION_OVERDUE = "Event_QuaHanDangKy";
    public static final String SEND_REGISTRATION_REMINDER = "Task_GuiNhacHanDangKy";
    public static final String CHASE_REGISTRATION = "UserTask_DonDocDangKy";
    public static final String REPORT = "UserTask_BaoCaoKetQua";
    public static final String REPORT_REMINDER = "Event_NhacHanBaoCao";
    public static final String REPORT_OVERDUE = "Event_QuaHanBaoCao";
    public static final String SEND_REPORT_REMINDER = "Task_GuiNhacHanBaoCao";
    public static final String CHASE_REPORT = "UserTask_DonDocBaoCao";
    /** After registration the result report and the dossiers go on side by side. */
    public static final String REPORT_AND_NOMINATE = "Gateway_BaoCaoVaDeNghi";
    public static final String NOMINATE = "UserTask_DeNghiKhenThuong";
    /** The plan's nomination deadline closes the unit's dossier task. */
    public static final String NOMINATION_CLOSED = "Event_HetHanDeNghi";
    public static final String RESPONSIBILITIES = "SubProcess_ThucHienNhiemVu";
    public static final String RESPONSIBILITY = "UserTask_ThucHienNhiemVu";
    public static final String DONE = "Gateway_HoanThanh";
    public static final String END = "EndEvent_DonViHoanThanh";

    private Element() {}
  }

  public static final class Var {
    public static final String UNIT_GROUP = "unitGroup";
    public static final String UNIT_NAME = "unitName";
    public static final String ACTIVITY_NAME = "activityName";
    public static final String ACTIVITY_KIND = "activityKind";
    public static final String ACTIVITY_DATE = "activityDate";
    public static final String REGISTRATION_NOTE = "registrationNote";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String RESULT_SUMMARY = "resultSummary";
    public static final String PARTICIPANTS = "participants";
    public static final String RESULT_LINK = "resultLink";
    public static final String RESPONSIBILITY_ID = "responsibilityId";
    public static final String RESPONSIBILITY_RESULT = "responsibilityResult";
    public static final String RESPONSIBILITY_TEXT = "responsibilityText";
    /** Phòng Nội vụ's note on chasing a late unit (kept in the history only). */
    public static final String CHASE_NOTE = "chaseNote";
    /**
     * The chasing task's subject ("đăng ký thi đua", "báo cáo kết quả") and deadline: input
     * parameters of each chasing task, so that both show the one form {@code chaseUnitForm}.
     */
    public static final String CHASE_SUBJECT = "chaseSubject";
    public static final String CHASE_DUE_TEXT = "chaseDueText";

    /**
     * The registration form's fields that, once saved in the unit's participation row, no step
     * reads again: removed in the command that saves them, so they are never written to the
     * runtime tables (the history keeps their submitted value). The activity's name stays: the
     * report form shows it.
     */
    public static final java.util.List<String> REGISTRATION_FORM_ONLY =
        java.util.List.of(ACTIVITY_KIND, ACTIVITY_DATE, REGISTRATION_NOTE, CONTACT_EMAIL);

    /** The report form's fields, saved in the unit's participation row and removed likewise. */
    public static final java.util.List<String> REPORT_FORM =
        java.util.List.of(RESULT_SUMMARY, PARTICIPANTS, RESULT_LINK);

    private Var() {}
  }

  /** The kinds of activity a unit registers. */
  public static final class ActivityKind {
    public static final String LE_BAO_CONG = "LE_BAO_CONG";
    public static final String THAM_QUAN = "THAM_QUAN";
    public static final String HOI_THAO = "HOI_THAO";
    public static final String GIAO_LUU = "GIAO_LUU";
    public static final String KHAC = "KHAC";
    public static final java.util.Set<String> ALL =
        java.util.Set.of(LE_BAO_CONG, THAM_QUAN, HOI_THAO, GIAO_LUU, KHAC);

    private ActivityKind() {}
  }
}
