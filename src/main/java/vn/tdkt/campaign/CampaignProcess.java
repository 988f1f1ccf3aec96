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

  /** Element ids, as in {@code processes/campaign-process.bpmn}. */
  public static final class Element {
    public static final String START = "StartEvent_KeHoachDuocLap";
    public static final String SAVE_PLAN = "Task_LuuKeHoach";
    public static final String APPROVE_PLAN = "UserTask_PheDuyetKeHoach";
    public static final String RECORD_PLAN_DECISION = "Task_GhiYKienPheDuyet";
    public static final String REVISE_PLAN = "UserTask_ChinhSuaKeHoach";
    public static final String LAUNCH = "Task_PhatDongPhongTrao";
    public static final String NOTIFY_UNITS = "Task_GuiThongBaoPhatDong";
    public static final String PARTICIPATION = "CallActivity_ThamGiaThiDua";
    public static final String TRACK = "UserTask_TheoDoiPhongTrao";
    public static final String TRACKING_OVER = "Event_HetThoiGianTheoDoi";
    public static final String NOMINATIONS_CLOSED = "Event_HetHanNopHoSo";
    public static final String PUBLISH_LIST = "UserTask_CongKhaiDanhSach";
    public static final String RECORD_PUBLICATION = "Task_GhiCongKhai";
    public static final String SEND_DISCLOSURE = "Task_GuiThongBaoCongKhai";
    public static final String DISCLOSURE_OVER = "Event_HetThoiGianCongKhai";
    public static final String PREPARE_SESSION = "UserTask_ChuanBiPhienHop";
    public static final String OPEN_SESSION = "Task_MoPhienHop";
    public static final String SESSION = "SubProcess_PhienHop";
    public static final String BALLOTS = "SubProcess_BoPhieu";
    public static final String PREPARE_BALLOT = "Task_LapPhieu";
    public static final String CLOSE_VOTING = "UserTask_KetThucBoPhieu";
    public static final String ALL_VOTED = "EndEvent_DuPhieu";
    public static final String SECRETARY_CLOSED = "EndEvent_ThuKyKetThuc";
    public static final String CAST_BALLOT = "UserTask_BoPhieu";
    public static final String RECORD_BALLOT = "Task_GhiPhieu";
    public static final String TALLY = "Task_KiemPhieu";
    /** The session's papers: minutes, draft decision, proposal to the city (own job, retried). */
    public static final String SESSION_PAPERS = "Task_LapGiayToPhienHop";
    public static final String SIGN_DECISION = "UserTask_KyQuyetDinh";
    public static final String RECORD_DECISION = "Task_GhiNhanKhenThuong";
    public static final String DECISION_PAPER = "Task_LapQuyetDinh";
    public static final String SEND_RESULTS = "Task_GuiKetQuaKhenThuong";
    public static final String CITY_PROPOSAL = "UserTask_LapToTrinhThanhPho";
    public static final String CITY_OUTCOME = "UserTask_GhiNhanKetQuaThanhPho";
    public static final String SEND_CITY_RESULTS = "Task_GuiKetQuaThanhPho";
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
    /** The plan form has this many rows of assigned responsibilities (unit, description). */
    public static final int ASSIGNMENT_ROWS = 5;
    public static final String ASSIGNMENT_TABLE = "assignmentTable";
    public static final String PLAN_DECISION = "planDecision";
    public static final String RETURN_REASON = "returnReason";
    public static final String INITIATOR = "initiator";
    public static final String UNIT_CODES = "unitCodes";
    public static final String UNIT_CODE = "unitCode";
    public static final String REGISTRATION_DEADLINE = "registrationDeadline";
    public static final String REPORT_DEADLINE = "reportDeadline";
    public static final String NOMINATION_DEADLINE = "nominationDeadline";
    public static final String PERIOD_END = "periodEnd";
    public static final String PERIOD_TEXT = "periodText";
    public static final String REGISTRATION_DUE_TEXT = "registrationDueText";
    public static final String REPORT_DUE_TEXT = "reportDueText";
    public static final String NOMINATION_DUE_TEXT = "nominationDueText";
    public static final String UNIT_COUNT = "unitCount";
    public static final String PROGRESS_TABLE = "progressTable";
    public static final String PROGRESS_TOTALS = "progressTotals";
    public static final String OVERDUE_TABLE = "overdueTable";
    public static final String OVERDUE_COUNT = "overdueCount";
    public static final String TRACKING_NOTE = "trackingNote";
    // the disclosure of the list of nominees before the council (Nghị định 98/2023, Điều 46)
    public static final String DISCLOSURE_END = "disclosureEnd";
    public static final String DISCLOSURE_END_TEXT = "disclosureEndText";
    public static final String DISCLOSURE_DAYS = "disclosureDays";
    public static final String DISCLOSURE_CHANNEL = "disclosureChannel";
    public static final String DISCLOSURE_TABLE = "disclosureTable";
    public static final String PENDING_COUNT = "pendingCount";
    public static final String OBJECTION_TABLE = "objectionTable";
    /** The officer's tick that the session's papers are ready (kept in the history only). */
    public static final String SESSION_READY = "sessionReady";
    public static final String SUMMARY_TABLE = "summaryTable";
    public static final String SUMMARY_TOTALS = "summaryTotals";
    public static final String SUMMARY_CONCLUSION = "summaryConclusion";
    public static final String SESSION_ID = "sessionId";
    public static final String COUNCIL_MEMBERS = "councilMembers";
    public static final String COUNCIL_MEMBER = "councilMember";
    public static final String NOMINEE_COUNT = "nomineeCount";
    public static final String NOMINEE_TABLE = "nomineeTable";
    public static final String BALLOT_OPTIONS = "ballotOptions";
    public static final String COUNCIL_MEMBER_NAME = "councilMemberName";
    public static final String CONFLICT_TEXT = "conflictText";
    public static final String AGREE_IDS = "agreeIds";
    public static final String DISAGREE_IDS = "disagreeIds";
    public static final String CONFLICT_IDS = "conflictIds";
    public static final String WRITTEN_BALLOT_NOTE = "writtenBallotNote";
    public static final String VOTING_TABLE = "votingTable";
    public static final String VOTING_TEXT = "votingText";
    public static final String CLOSE_NOTE = "closeNote";
    public static final String LOCAL_AWARDS_PASSED = "localAwardsPassed";
    public static final String CITY_AWARDS_PASSED = "cityAwardsPassed";
    public static final String TALLY_TABLE = "tallyTable";
    public static final String MINUTES_URL = "minutesUrl";
    public static final String DECISION_DRAFT_URL = "decisionDraftUrl";
    public static final String DECISION_URL = "decisionUrl";
    public static final String CITY_PROPOSAL_URL = "cityProposalUrl";
    public static final String SUMMARY_URL = "summaryUrl";
    public static final String SUMMARY_XLSX_URL = "summaryXlsxUrl";
    public static final String LOCAL_AWARDEE_TABLE = "localAwardeeTable";
    public static final String CITY_NOMINEE_TABLE = "cityNomineeTable";
    public static final String CITY_NOMINEE_OPTIONS = "cityNomineeOptions";
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

  /** Allowed values of {@link Var#PLAN_DECISION}. */
  /** The kinds of campaign (Luật Thi đua, khen thưởng 2022, Điều 16; "đợt" only under the 2003 law). */
  public static final class CampaignKind {
    public static final String THUONG_XUYEN = "THUONG_XUYEN";
    public static final String CHUYEN_DE = "CHUYEN_DE";
    public static final String DOT = "DOT";
    public static final java.util.Set<String> ALL = java.util.Set.of(THUONG_XUYEN, CHUYEN_DE, DOT);

    private CampaignKind() {}
  }

  public static final class PlanDecision {
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";

    private PlanDecision() {}
  }
}
