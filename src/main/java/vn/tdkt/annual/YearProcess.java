package vn.tdkt.annual;

import java.util.List;
import java.util.Set;

/**
 * A unit's year in its office's title cycle (thi đua thường xuyên hằng năm): it registers its
 * collective and its individuals for the year's titles, reminded before the deadline and chased by
 * Nội vụ after it; at the year's end it proposes its nominees with the minutes of its own review
 * meeting, each nominee then appraised as a dossier ({@code nomination.NominationProcess}), checked
 * against this registration and the registry's earlier years. Called by the campaign process for
 * each unit of a title cycle ({@code CallActivity_ThiDuaHangNam}).
 */
@org.springframework.stereotype.Component
public class YearProcess {

  public static final String KEY = "unitYearProcess";

  private final org.camunda.bpm.engine.TaskService taskService;

  public YearProcess(org.camunda.bpm.engine.TaskService taskService) {
    this.taskService = taskService;
  }

  /**
   * Fills the unit's open year-end task's list of nominees (a task variable, shown by the form the
   * next time it is opened; the unit checks and sends it). False when the unit has no such task.
   */
  public boolean prefillNominees(
      vn.tdkt.campaign.Campaign campaign, String unitCode, List<? extends java.util.Map<String, ?>> rows) {
    return vn.tdkt.system.SystemActions.asSystem(() -> {
      var query = taskService.createTaskQuery()
          .processDefinitionKey(KEY)
          .taskDefinitionKey(Element.PROPOSE)
          .processInstanceBusinessKey(campaign.code())
          .processVariableValueEquals(vn.tdkt.campaign.CampaignProcess.Var.UNIT_CODE, unitCode);
      if (campaign.officeCode() != null) {
        query.tenantIdIn(campaign.officeCode());
      }
      List<org.camunda.bpm.engine.task.Task> tasks = query.list();
      for (org.camunda.bpm.engine.task.Task task : tasks) {
        // in the unit's instance, not the task: the submitted list replaces it there, and the step
        // after the task reads it
        taskService.setVariable(task.getId(), Var.NOMINEES, vn.tdkt.system.Vars.json(rows));
      }
      return !tasks.isEmpty();
    });
  }

  /** Element ids, as in {@code processes/unit-year-process.bpmn}. */
  public static final class Element {
    public static final String START = "StartEvent_NhanKeHoachNam";
    public static final String REGISTER = "UserTask_DangKyDanhHieu";
    public static final String REGISTRATION_REMINDER = "Event_NhacHanDangKyDanhHieu";
    public static final String SEND_REGISTRATION_REMINDER = "Task_GuiNhacHanDangKyDanhHieu";
    public static final String REGISTRATION_OVERDUE = "Event_QuaHanDangKyDanhHieu";
    public static final String CHASE_REGISTRATION = "UserTask_DonDocDangKyDanhHieu";
    public static final String SAVE_REGISTRATION = "Task_LuuDangKyDanhHieu";
    public static final String PROPOSE = "UserTask_DeNghiCuoiNam";
    public static final String PROPOSAL_REMINDER = "Event_NhacHanDeNghiCuoiNam";
    public static final String SEND_PROPOSAL_REMINDER = "Task_GuiNhacHanDeNghiCuoiNam";
    public static final String PROPOSAL_OVERDUE = "Event_QuaHanDeNghiCuoiNam";
    public static final String CHASE_PROPOSAL = "UserTask_DonDocDeNghiCuoiNam";
    public static final String SUBMIT_PROPOSAL = "Task_NopDeNghiCuoiNam";
    public static final String END = "EndEvent_DonViDaDeNghi";

    private Element() {}
  }

  /** Variable names; form field keys are the same strings. */
  public static final class Var {
    /** The title the unit registers its collective for (empty: none). */
    public static final String COLLECTIVE_TITLE = "collectiveTitle";
    /** The registration form's list of individuals: rows of {@link Row#NAME}, {@link Row#POSITION}, {@link Row#TITLE}. */
    public static final String INDIVIDUALS = "individuals";
    /** The unit's registered titles, as the year-end form shows them (a table). */
    public static final String REGISTERED_TITLES = "registeredTitles";
    /** The unit's report of its year (báo cáo thành tích, tổng kết năm). */
    public static final String YEAR_SUMMARY = "yearSummary";
    /** The unit's own review meeting (họp bình xét): its day and the link to its minutes. */
    public static final String MEETING_DATE = "meetingDate";
    public static final String MINUTES_LINK = "minutesLink";
    /** The year-end form's list of nominees: rows of {@link Row}'s keys. */
    public static final String NOMINEES = "nominees";
    /** The address of the unit's nominee template, and of its upload, shown on the year-end form. */
    public static final String NOMINEE_TEMPLATE_URL = "nomineeTemplateUrl";
    public static final String NOMINEE_UPLOAD_URL = "nomineeUploadUrl";

    /** The registration form's fields, saved in {@code title_registration} and then removed. */
    public static final List<String> REGISTRATION_FORM = List.of(COLLECTIVE_TITLE, INDIVIDUALS);

    /** The year-end form's fields, saved as the unit's report and its dossiers, then removed. */
    public static final List<String> PROPOSAL_FORM =
        List.of(YEAR_SUMMARY, MEETING_DATE, MINUTES_LINK, NOMINEES);

    private Var() {}
  }

  /** The keys of a row of {@link Var#INDIVIDUALS} and {@link Var#NOMINEES}. */
  public static final class Row {
    public static final String KIND = "kind";
    public static final String NAME = "name";
    public static final String POSITION = "position";
    public static final String TITLE = "title";
    public static final String AWARD = "award";
    public static final String ACHIEVEMENTS = "achievements";
    public static final String WOMEN = "women";

    private Row() {}
  }

  /**
   * The year's titles a unit registers for (Luật Thi đua, khen thưởng 2022, Điều 23 and 27: the
   * titles of individuals and collectives), and the provincial Bằng khen a unit may aim at.
   */
  public static final class Titles {
    public static final Set<String> INDIVIDUAL = Set.of("LDTT", "CSTDCS", "CSTD_TP", "BANG_KHEN_TP");
    public static final Set<String> COLLECTIVE = Set.of("TTLDTT", "TTLDXS", "BANG_KHEN_TP");

    private Titles() {}
  }
}
