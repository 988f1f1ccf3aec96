package vn.tdkt.campaign;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The campaign process: its key, element ids, variables and allowed values in one place, and the
 * only code that starts it outside the Tasklist.
 */
@Component
public class CampaignProcess {

  public static final String KEY = "campaignProcess";

  private final RuntimeService runtimeService;

  public CampaignProcess(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Starts a campaign as if Nội vụ had submitted the plan form with these values. */
  public ProcessInstance start(Map<String, Object> planForm, String initiator) {
    Map<String, Object> vars = new HashMap<>(planForm);
    vars.put(Var.INITIATOR, initiator);
    return runtimeService.startProcessInstanceByKey(KEY, vars);
  }

  /**
   * Sends the plan of the office above to an office below: a campaign of that office begins, waiting
   * for its Nội vụ to draft the office's own plan from the values given.
   */
  public ProcessInstance cascade(Map<String, Object> values) {
    return runtimeService.startProcessInstanceByMessage(Message.PLAN_CASCADED, new HashMap<>(values));
  }

  /** Element ids, as in {@code processes/campaign-process.bpmn}. */
  public static final class Element {
    public static final String START = "StartEvent_KeHoachDuocLap";
    /** A ward's campaign begins with the city's plan ({@link Message#PLAN_CASCADED}). */
    public static final String PARENT_PLAN_RECEIVED = "StartEvent_KeHoachCapTren";
    /** The ward's Nội vụ is told by e-mail that the city's plan has come (a retried job). */
    public static final String TELL_NOI_VU = "Task_BaoNoiVuKeHoachCapTren";
    /** The ward's Nội vụ drafts its own plan from the city's, pre-filled. */
    public static final String DRAFT_FROM_PARENT = "UserTask_LapKeHoachTrienKhai";
    /** At launch, the plan goes on to each office below (a city's wards and communes). */
    public static final String CASCADE = "Task_ChuyenKeHoachCapDuoi";
    public static final String SAVE_PLAN = "Task_LuuKeHoach";
    public static final String APPROVE_PLAN = "UserTask_PheDuyetKeHoach";
    public static final String RECORD_PLAN_DECISION = "Task_GhiYKienPheDuyet";
    public static final String REVISE_PLAN = "UserTask_ChinhSuaKeHoach";
    public static final String LAUNCH = "Task_PhatDongPhongTrao";
    public static final String NOTIFY_UNITS = "Task_GuiThongBaoPhatDong";
    public static final String PARTICIPATION = "CallActivity_ThamGiaThiDua";
    /** A title cycle's units take part through the year's process instead. */
    public static final String UNIT_PROCESS_CHOICE = "Gateway_LoaiThamGia";
    public static final String YEAR_PARTICIPATION = "CallActivity_ThiDuaHangNam";
    /** A title cycle's units and clusters go on side by side. */
    public static final String YEAR_AND_CLUSTERS = "Gateway_NamVaCumKhoi";
    public static final String CLUSTER_YEARS = "CallActivity_ThiDuaCumKhoi";
    public static final String TRACK = "UserTask_TheoDoiPhongTrao";
    public static final String TRACKING_OVER = "Event_HetThoiGianTheoDoi";
    public static final String NOMINATIONS_CLOSED = "Event_HetHanNopHoSo";
    /** The disclosure and the council's session: {@code council.CouncilProcess}, called here. */
    public static final String COUNCIL_SESSION = "CallActivity_PhienHopHoiDong";
    public static final String SESSION_HELD = "Gateway_CoHoSoDaXet";
    public static final String SIGN_DECISION = "UserTask_KyQuyetDinh";
    public static final String RECORD_DECISION = "Task_GhiNhanKhenThuong";
    public static final String DECISION_PAPER = "Task_LapQuyetDinh";
    public static final String SEND_RESULTS = "Task_GuiKetQuaKhenThuong";
    public static final String CITY_PROPOSAL = "UserTask_LapToTrinhThanhPho";
    /**
     * The city's dossiers go into the city's own appraisal when the city is in the deployment and its
     * council has not sat yet (a retried job); else Nội vụ records the city's outcome by hand.
     */
    public static final String FORWARD_TO_CITY = "Task_ChuyenHoSoLenThanhPho";
    public static final String CITY_FORWARDED = "Gateway_ThanhPhoXetHoSo";
    /** The ward waits for the city's decision ({@link Message#CITY_DECIDED}). */
    public static final String CITY_DECIDED = "Event_NhanKetQuaThanhPho";
    /** Only for a city outside the deployment: Nội vụ types the city's outcome. */
    public static final String CITY_OUTCOME = "UserTask_GhiNhanKetQuaThanhPho";
    public static final String SEND_CITY_RESULTS = "Task_GuiKetQuaThanhPho";
    /** The city's side: the wards whose dossiers it decided, and each told its outcome (a retried job). */
    public static final String FIND_BELOW = "Task_TongHopHoSoCapDuoi";
    public static final String TELL_BELOW = "Task_BaoKetQuaCapDuoi";
    public static final String PERIOD_OVER = "Event_HetKyThiDua";
    public static final String SUMMARY_PAPERS = "Task_LapBaoCaoTongKet";
    public static final String SUMMARIZE = "UserTask_TongKetPhongTrao";
    public static final String FINAL_SUMMARY = "Task_LuuBaoCaoTongKet";
    public static final String END = "EndEvent_PhongTraoKetThuc";

    private Element() {}
  }

  /** Variable names; form field keys are the same strings. */
  public static final class Var {
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String CAMPAIGN_CODE = "campaignCode";
    public static final String CAMPAIGN_NAME = "campaignName";
    public static final String CAMPAIGN_KIND = "campaignKind";
    public static final String SLOGAN = "slogan";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String START_DATE = "startDate";
    public static final String END_DATE = "endDate";
    public static final String REGISTRATION_DUE = "registrationDue";
    public static final String REPORT_DUE = "reportDue";
    public static final String NOMINATION_DUE = "nominationDue";
    /** A deadline may instead be stated in working days from the start. */
    public static final String REGISTRATION_DAYS = "registrationWorkingDays";
    public static final String REPORT_DAYS = "reportWorkingDays";
    public static final String NOMINATION_DAYS = "nominationWorkingDays";
    public static final String UNIT_KINDS = "unitKinds";
    /**
     * The plan is the office's title cycle of its year (a regular campaign): each unit's part is then
     * {@code annual.YearProcess} (registration of titles, the year-end proposal) instead of
     * {@code participation.ParticipationProcess}; set at launch for the gateway that chooses.
     */
    public static final String TITLE_CYCLE = "titleCycle";
    /** A title cycle's clusters and blocks that compete this year (a head named, members to rank). */
    public static final String CLUSTER_CODES = "clusterCodes";
    /** The clusters that do not, for want of a head this year or of members (shown to Nội vụ). */
    public static final String CLUSTERS_NOT_RUN = "clustersNotRun";
    /** The plan form has this many rows of assigned responsibilities (unit, description). */
    public static final int ASSIGNMENT_ROWS = 5;
    public static final String ASSIGNMENT_TABLE = "assignmentTable";
    public static final String PLAN_DECISION = "planDecision";
    public static final String RETURN_REASON = "returnReason";
    public static final String INITIATOR = "initiator";
    public static final String UNIT_CODES = "unitCodes";
    /**
     * The office an instance is started for, when not the starting user's (a ward's campaign started by
     * the city's): the instance's tenant.
     */
    public static final String OFFICE_CODE = "officeCode";
    /** The offices below the campaign's (a city's wards), and the one of each cascade step. */
    public static final String CHILD_OFFICES = "childOffices";
    public static final String CHILD_OFFICE = "childOffice";
    /** The campaign whose plan this one carries out (a ward's: the city's). */
    public static final String PARENT_CAMPAIGN_ID = "parentCampaignId";
    public static final String PARENT_CAMPAIGN_CODE = "parentCampaignCode";
    /** The parent plan as the ward's form shows it: number, date, office, deadlines. */
    public static final String PARENT_PLAN_TEXT = "parentPlanText";
    /** Whether the city's dossiers went into the city's own appraisal. */
    public static final String CITY_FORWARDED = "cityForwarded";
    /** The campaigns below whose forwarded dossiers this campaign decided, and the one of each step. */
    public static final String CAMPAIGNS_BELOW = "campaignsBelow";
    public static final String CAMPAIGN_BELOW = "campaignBelow";
    public static final String UNIT_CODE = "unitCode";
    /** A unit instance's own deadline variables, in instances started before {@link #CAMPAIGN}. */
    public static final String REGISTRATION_DEADLINE = "registrationDeadline";
    public static final String REPORT_DEADLINE = "reportDeadline";
    public static final String NOMINATION_DEADLINE = "nominationDeadline";
    public static final String PERIOD_END = "periodEnd";
    public static final String PERIOD_TEXT = "periodText";
    public static final String REGISTRATION_DUE_TEXT = "registrationDueText";
    public static final String REPORT_DUE_TEXT = "reportDueText";
    public static final String NOMINATION_DUE_TEXT = "nominationDueText";
    /**
     * The campaign as each unit's instance shows and times it, in one JSON variable passed to every
     * unit (its keys: {@link UnitView}): one variable per unit instead of eight.
     */
    public static final String CAMPAIGN = "campaign";
    public static final String UNIT_COUNT = "unitCount";
    public static final String PROGRESS_TABLE = "progressTable";
    public static final String PROGRESS_TOTALS = "progressTotals";
    public static final String OVERDUE_TABLE = "overdueTable";
    public static final String OVERDUE_COUNT = "overdueCount";
    public static final String TRACKING_NOTE = "trackingNote";
    public static final String SUMMARY_TABLE = "summaryTable";
    public static final String SUMMARY_TOTALS = "summaryTotals";
    public static final String SUMMARY_CONCLUSION = "summaryConclusion";
    public static final String DECISION_URL = "decisionUrl";
    public static final String SUMMARY_URL = "summaryUrl";
    public static final String SUMMARY_XLSX_URL = "summaryXlsxUrl";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DATE = "decisionDate";
    public static final String RESULT_UNIT_CODES = "resultUnitCodes";
    public static final String CITY_PROPOSAL_NUMBER = "cityProposalNumber";
    public static final String CITY_PROPOSAL_DATE = "cityProposalDate";
    public static final String CITY_AWARDED_IDS = "cityAwardedIds";
    public static final String CITY_DECISION_NUMBER = "cityDecisionNumber";
    public static final String CITY_DECISION_DATE = "cityDecisionDate";
    public static final String CITY_RESULT_UNIT_CODES = "cityResultUnitCodes";

    private Var() {}

    public static String assignmentUnit(int row) {
      return "assignment" + row + "Unit";
    }

    public static String assignmentDescription(int row) {
      return "assignment" + row + "Description";
    }

    /** The plan form's values for these assignments (unitCode, description), row by row. */
    public static Map<String, Object> assignmentRows(java.util.List<Map<String, String>> assignments) {
      Map<String, Object> rows = new HashMap<>();
      for (int i = 0; i < assignments.size(); i++) {
        rows.put(assignmentUnit(i + 1), assignments.get(i).get("unitCode"));
        rows.put(assignmentDescription(i + 1), assignments.get(i).get("description"));
      }
      return rows;
    }
  }

  /** The kinds of campaign (Luật Thi đua, khen thưởng 2022, Điều 16; "đợt" only under the 2003 law). */
  public static final class CampaignKind {
    public static final String THUONG_XUYEN = "THUONG_XUYEN";
    public static final String CHUYEN_DE = "CHUYEN_DE";
    public static final String DOT = "DOT";
    public static final java.util.Set<String> ALL = java.util.Set.of(THUONG_XUYEN, CHUYEN_DE, DOT);

    private CampaignKind() {}
  }

  /** Messages the process starts on. */
  public static final class Message {
    /** The plan of the office above, sent to an office below at the parent campaign's launch. */
    public static final String PLAN_CASCADED = "planCascaded";
    /** The city's decision on the dossiers a ward forwarded, sent back to the ward's campaign. */
    public static final String CITY_DECIDED = "cityDecided";

    private Message() {}
  }

  /** Allowed values of {@link Var#PLAN_DECISION}. */
  public static final class PlanDecision {
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";

    private PlanDecision() {}
  }

  /**
   * The keys of {@link Var#CAMPAIGN}: the texts the unit's forms show ({@code {{campaign.name}}}) and
   * the deadlines (ISO-8601 instants) its tasks and timers are due at ({@code deadlines.at(campaign, …)}).
   */
  public static final class UnitView {
    public static final String NAME = "name";
    public static final String PERIOD = "period";
    public static final String REGISTRATION_DUE = "registrationDue";
    public static final String REPORT_DUE = "reportDue";
    public static final String NOMINATION_DUE = "nominationDue";
    /** A unit instance's own deadline variables, in instances started before {@link #CAMPAIGN}. */
    public static final String REGISTRATION_DEADLINE = "registrationDeadline";
    public static final String REPORT_DEADLINE = "reportDeadline";
    public static final String NOMINATION_DEADLINE = "nominationDeadline";

    private UnitView() {}
  }
}
