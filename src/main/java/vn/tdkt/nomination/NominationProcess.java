package vn.tdkt.nomination;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.system.Messages;
import vn.tdkt.system.SystemActions;
import vn.tdkt.unit.Unit;

/** A nomination dossier's appraisal: constants, and the only code that starts the process. */
@Component
public class NominationProcess {

  public static final String KEY = "nominationProcess";

  public static final class Element {
    public static final String START = "StartEvent_HoSoDaNop";
    public static final String APPRAISE = "UserTask_ThamDinhHoSo";
    public static final String RECORD_APPRAISAL = "Task_GhiKetQuaThamDinh";
    public static final String NOTIFY_NOT_ELIGIBLE = "Task_ThongBaoKhongDuDieuKien";
    public static final String NOTIFY_SUPPLEMENT = "Task_ThongBaoBoSung";
    public static final String SUPPLEMENT = "UserTask_BoSungHoSo";
    public static final String ELIGIBLE_END = "EndEvent_HoSoDuDieuKien";
    public static final String NOT_ELIGIBLE_END = "EndEvent_HoSoKhongDuDieuKien";

    private Element() {}
  }

  public static final class Var {
    public static final String NOMINATION_ID = "nominationId";
    /** A dossier a ward forwarded to its city: the ward's office, as the appraisal shows it. */
    public static final String FORWARDED_FROM = "forwardedFrom";
    /** The ward council's minutes and the ward's proposal paper, linked from the city's appraisal. */
    public static final String WARD_MINUTES_URL = "wardMinutesUrl";
    public static final String WARD_PROPOSAL_URL = "wardProposalUrl";
    public static final String HAS_NOMINATION = "hasNomination";
    public static final String NOMINEE_KIND = "nomineeKind";
    public static final String NOMINEE_KIND_TEXT = "nomineeKindText";
    public static final String NOMINEE_NAME = "nomineeName";
    public static final String NOMINEE_POSITION = "nomineePosition";
    public static final String AWARD_TYPE = "awardType";
    public static final String AWARD_TYPE_TEXT = "awardTypeText";
    public static final String ACHIEVEMENTS = "achievements";
    public static final String DOCUMENT_LINK = "documentLink";
    public static final String MORE_NOMINATIONS = "moreNominations";
    /** A woman, or a collective of at least 70 % women (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6). */
    public static final String WOMEN_PRIORITY = "womenPriority";
    /** The appraisal checklist's answer on discipline, inspection, complaints ({@link Review}). */
    public static final String REVIEW_STATUS = "reviewStatus";
    /**
     * A year-end nominee's unmet conditions of registration and earlier years, found by the system
     * and shown at appraisal ({@code annual.HistoryCheck}).
     */
    public static final String HISTORY_CHECK = "historyCheck";
    /** A year-end nominee's difference from the unit's registration, for comparing only. */
    public static final String REGISTRATION_CHECK = "registrationCheck";
    /** Working days Nội vụ has to appraise, from the office's rules (at most 20). */
    public static final String APPRAISAL_DAYS = "appraisalDays";
    /** The gateway's flag: the unit submits another dossier (the form's tick box is cleared). */
    public static final String NOMINATE_AGAIN = "nominateAgain";
    /** The names of the unit's dossiers so far, shown on its next nominate form. */
    public static final String SUBMITTED_NOMINEES = "submittedNominees";
    public static final String APPRAISAL_OUTCOME = "appraisalOutcome";
    public static final String APPRAISAL_REASON = "appraisalReason";
    public static final String MISSING_ITEMS = "missingItems";
    public static final String SUPPLEMENT_REQUESTED = "supplementRequested";
    public static final String SUPPLEMENT_DUE = "supplementDue";
    public static final String SUPPLEMENT_DUE_TEXT = "supplementDueText";
    public static final String SUPPLEMENT_NOTE = "supplementNote";

    /** The nominate form's own fields, cleared after each dossier so the next starts empty. */
    public static final String[] NOMINATE_FORM = {
      HAS_NOMINATION, NOMINEE_KIND, NOMINEE_NAME, NOMINEE_POSITION, AWARD_TYPE, ACHIEVEMENTS,
      DOCUMENT_LINK, MORE_NOMINATIONS, WOMEN_PRIORITY
    };

    private Var() {}
  }

  /** Allowed values of {@link Var#REVIEW_STATUS}. */
  public static final class Review {
    public static final String NONE = "NONE";
    public static final String UNDER_REVIEW = "UNDER_REVIEW";

    private Review() {}
  }

  /** Allowed values of {@link Var#APPRAISAL_OUTCOME}. */
  public static final class Outcome {
    public static final String ELIGIBLE = "ELIGIBLE";
    public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
    public static final String SUPPLEMENT = "SUPPLEMENT";

    private Outcome() {}
  }

  private final RuntimeService runtimeService;
  private final vn.tdkt.rules.AwardRules rules;
  private final Messages messages;

  public NominationProcess(
      RuntimeService runtimeService, vn.tdkt.rules.AwardRules rules, Messages messages) {
    this.runtimeService = runtimeService;
    this.rules = rules;
    this.messages = messages;
  }

  /** Starts the appraisal of a submitted dossier; the business key is the campaign's code. */
  public ProcessInstance start(Nomination n, Campaign campaign, Unit unit) {
    return start(n, campaign, unit, Map.of());
  }

  /**
   * Starts the appraisal with more variables: a forwarded dossier's origin and papers. The instance
   * belongs to the campaign's office (its tenant), whoever starts it.
   */
  public ProcessInstance start(Nomination n, Campaign campaign, Unit unit, Map<String, Object> more) {
    Map<String, Object> vars = new HashMap<>(more);
    vars.put(Var.NOMINATION_ID, n.id());
    vars.put(CampaignProcess.Var.CAMPAIGN_ID, campaign.id());
    vars.put(CampaignProcess.Var.CAMPAIGN_CODE, campaign.code());
    vars.put(CampaignProcess.Var.CAMPAIGN_NAME, campaign.name());
    vars.put(CampaignProcess.Var.UNIT_CODE, unit.code());
    vars.put(ParticipationProcess.Var.UNIT_GROUP, unit.group());
    vars.put(ParticipationProcess.Var.UNIT_NAME, unit.name());
    vars.put(Var.SUPPLEMENT_REQUESTED, false);
    vars.putAll(dossierView(n));
    vars.put(Var.APPRAISAL_DAYS, rules.rules(campaign.rules()).appraisalDays());
    return SystemActions.asSystem(
        () -> runtimeService.startProcessInstanceByKey(KEY, campaign.code(), vars));
  }

  /** The dossier as the appraisal and supplement forms show it. */
  public Map<String, Object> dossierView(Nomination n) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Var.NOMINEE_NAME, n.nomineeName());
    vars.put(Var.NOMINEE_KIND_TEXT, messages.get(n.nomineeKind().labelKey()));
    vars.put(Var.NOMINEE_POSITION, n.nomineePosition());
    vars.put(Var.AWARD_TYPE_TEXT, messages.get(n.awardType().labelKey()));
    vars.put(Var.ACHIEVEMENTS, n.achievements());
    vars.put(Var.DOCUMENT_LINK, n.documentLink());
    vars.put(Var.WOMEN_PRIORITY, n.womenPriority());
    return vars;
  }

  /** The answers to "Đơn vị có đề nghị khen thưởng?". */
  public static final class HasNomination {
    public static final String YES = "YES";
    public static final String NO = "NO";

    private HasNomination() {}
  }
}
