package vn.tdkt.disclosure;

/**
 * The disclosure's steps at the start of the council session process ({@code
 * processes/council-session-process.bpmn}): the list of nominees is published before the council
 * meets (Nghị định 98/2023, Điều 46). The session's facade, {@code council.CouncilProcess}, names
 * them too; they are here so that this stage's delegates need nothing above it.
 */
public final class Disclosure {

  private Disclosure() {}

  /** Element ids of the disclosure in the council session process. */
  public static final class Element {
    public static final String PUBLISH_LIST = "UserTask_CongKhaiDanhSach";
    public static final String RECORD_PUBLICATION = "Task_GhiCongKhai";
    public static final String SEND_DISCLOSURE = "Task_GuiThongBaoCongKhai";
    public static final String DISCLOSURE_OVER = "Event_HetThoiGianCongKhai";

    private Element() {}
  }

  /** Variable names; form field keys are the same strings. */
  public static final class Var {
    public static final String DISCLOSURE_END = "disclosureEnd";
    public static final String DISCLOSURE_END_TEXT = "disclosureEndText";
    public static final String DISCLOSURE_DAYS = "disclosureDays";
    public static final String DISCLOSURE_CHANNEL = "disclosureChannel";
    public static final String DISCLOSURE_TABLE = "disclosureTable";
    public static final String PENDING_COUNT = "pendingCount";
    public static final String OBJECTION_TABLE = "objectionTable";

    private Var() {}
  }
}
