package vn.tdkt.disclosure;

/**
 * The objection process: someone objects to a nominee on a published list; Nội vụ resolves it. Its
 * key, element ids and variables in one place.
 */
public final class ObjectionProcess {

  public static final String KEY = "objectionProcess";

  private ObjectionProcess() {}

  /** Element ids, as in {@code processes/objection-process.bpmn}. */
  public static final class Element {
    public static final String START = "StartEvent_PhanAnhDuocGui";
    public static final String RECORD = "Task_GhiNhanPhanAnh";
    public static final String RESOLVE = "UserTask_XuLyPhanAnh";
    public static final String RECORD_RESOLUTION = "Task_GhiKetQuaXuLy";
    public static final String NOTIFY_WITHDRAWN = "Task_ThongBaoDonVi";
    public static final String END = "EndEvent_PhanAnhDaXuLy";
    public static final String WITHDRAWN_END = "EndEvent_HoSoBiDuaRa";

    private Element() {}
  }

  /** Variable names; form field keys are the same strings. */
  public static final class Var {
    public static final String CAMPAIGN_CODE = "campaignCode";
    public static final String NOMINATION_ID = "nominationId";
    public static final String OBJECTOR = "objector";
    public static final String OBJECTOR_CONTACT = "objectorContact";
    public static final String CONTENT = "objectionContent";
    public static final String OBJECTION_ID = "objectionId";
    public static final String NOMINEE_NAME = "nomineeName";
    public static final String NOMINEE_TABLE = "nomineeTable";
    public static final String OUTCOME = "objectionOutcome";
    public static final String RESOLUTION = "resolution";

    private Var() {}
  }
}
