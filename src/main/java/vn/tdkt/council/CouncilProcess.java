package vn.tdkt.council;

import java.util.List;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.disclosure.Disclosure;

/**
 * The council session process ({@code processes/council-session-process.bpmn}), called by the
 * campaign when the nomination deadline has passed: the list of nominees is disclosed, the session
 * is prepared and opened, each member votes (or the secretary closes the voting), the votes are
 * counted against each award's threshold and the session's papers are made. Its key, element ids,
 * variables, and what it takes from and gives back to the campaign, in one place.
 */
public final class CouncilProcess {

  public static final String KEY = "councilSessionProcess";

  private CouncilProcess() {}

  /** What the campaign's call activity passes in (besides the business key, the campaign's code). */
  public static final List<String> INPUTS =
      List.of(
          CampaignProcess.Var.CAMPAIGN_ID,
          CampaignProcess.Var.CAMPAIGN_CODE,
          CampaignProcess.Var.CAMPAIGN_NAME,
          CampaignProcess.Var.PERIOD_TEXT,
          CampaignProcess.Var.NOMINATION_DUE_TEXT,
          CampaignProcess.Var.UNIT_CODES);

  /** What the session gives back to the campaign: the outcome, for the decision and the city. */
  public static final List<String> OUTPUTS =
      List.of(
          Var.SESSION_ID,
          Var.NOMINEE_COUNT,
          Var.TALLY_TABLE,
          Var.LOCAL_AWARDEE_TABLE,
          Var.CITY_NOMINEE_TABLE,
          Var.CITY_NOMINEE_OPTIONS,
          Var.LOCAL_AWARDS_PASSED,
          Var.CITY_AWARDS_PASSED,
          Var.MINUTES_URL,
          Var.DECISION_DRAFT_URL,
          Var.CITY_PROPOSAL_URL);

  /** Element ids, as in {@code processes/council-session-process.bpmn}. */
  public static final class Element {
    public static final String START = "StartEvent_HetHanNopHoSo";
    public static final String PUBLISH_LIST = Disclosure.Element.PUBLISH_LIST;
    public static final String RECORD_PUBLICATION = Disclosure.Element.RECORD_PUBLICATION;
    public static final String SEND_DISCLOSURE = Disclosure.Element.SEND_DISCLOSURE;
    public static final String DISCLOSURE_OVER = Disclosure.Element.DISCLOSURE_OVER;
    public static final String PREPARE_SESSION = "UserTask_ChuanBiPhienHop";
    public static final String OPEN_SESSION = "Task_MoPhienHop";
    public static final String ANY_NOMINEE = "Gateway_CoHoSoTrinhHoiDong";
    public static final String NO_NOMINEE = "EndEvent_KhongCoHoSo";
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
    public static final String END = "EndEvent_DaKiemPhieu";

    private Element() {}
  }

  /** Variable names; form field keys are the same strings. */
  public static final class Var {
    public static final String DISCLOSURE_END = Disclosure.Var.DISCLOSURE_END;
    public static final String DISCLOSURE_END_TEXT = Disclosure.Var.DISCLOSURE_END_TEXT;
    public static final String DISCLOSURE_DAYS = Disclosure.Var.DISCLOSURE_DAYS;
    public static final String DISCLOSURE_CHANNEL = Disclosure.Var.DISCLOSURE_CHANNEL;
    public static final String DISCLOSURE_TABLE = Disclosure.Var.DISCLOSURE_TABLE;
    public static final String PENDING_COUNT = Disclosure.Var.PENDING_COUNT;
    public static final String OBJECTION_TABLE = Disclosure.Var.OBJECTION_TABLE;
    /** The officer's tick that the session's papers are ready (kept in the history only). */
    public static final String SESSION_READY = "sessionReady";
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
    /** How the member fills the ballot in: {@link BallotMode}. */
    public static final String BALLOT_MODE = "ballotMode";
    /** In the mode {@link BallotMode#ALL_BUT}: the nominees the member does not agree with. */
    public static final String EXCEPT_DISAGREE_IDS = "exceptDisagreeIds";
    /** In the mode {@link BallotMode#ALL_BUT}: the nominees the member abstains on. */
    public static final String EXCEPT_ABSTAIN_IDS = "exceptAbstainIds";
    /** In the mode {@link BallotMode#ALL_BUT}: the nominees the member declares a conflict of interest on. */
    public static final String EXCEPT_CONFLICT_IDS = "exceptConflictIds";
    public static final String VOTING_TABLE = "votingTable";
    public static final String VOTING_TEXT = "votingText";
    public static final String CLOSE_NOTE = "closeNote";
    public static final String LOCAL_AWARDS_PASSED = "localAwardsPassed";
    public static final String CITY_AWARDS_PASSED = "cityAwardsPassed";
    public static final String TALLY_TABLE = "tallyTable";
    public static final String LOCAL_AWARDEE_TABLE = "localAwardeeTable";
    public static final String CITY_NOMINEE_TABLE = "cityNomineeTable";
    public static final String CITY_NOMINEE_OPTIONS = "cityNomineeOptions";
    public static final String MINUTES_URL = "minutesUrl";
    public static final String DECISION_DRAFT_URL = "decisionDraftUrl";
    public static final String CITY_PROPOSAL_URL = "cityProposalUrl";

    private Var() {}
  }

  /**
   * How a ballot is filled in: every nominee ticked in one of three lists, or agreement with all
   * but the nominees picked as exceptions (a session of hundreds of nominees).
   */
  public enum BallotMode {
    EACH,
    ALL_BUT;

    /** Up to this many nominees on a ballot, it opens with one tick per nominee. */
    public static final int EACH_UP_TO = 10;

    /** The mode a ballot of {@code nominees} nominees opens with; the member may change it. */
    public static BallotMode forNominees(int nominees) {
      return nominees > EACH_UP_TO ? ALL_BUT : EACH;
    }

    /** The mode submitted; none (a ballot made before the modes) is {@link #EACH}. */
    public static BallotMode of(Object value) {
      return value != null && ALL_BUT.name().equals(value.toString()) ? ALL_BUT : EACH;
    }
  }
}
