package vn.tdkt.system;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.campaign.CampaignProcess;

/**
 * One action starts the seeds' campaign ("75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua
 * ái quốc"): the plan is drafted as Nội vụ would, and waits for the chairman's approval.
 */
@RestController
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoCampaignController {

  private final CampaignProcess campaignProcess;
  private final CurrentUser currentUser;
  private final Deadlines deadlines;
  private final Messages messages;

  public DemoCampaignController(
      CampaignProcess campaignProcess,
      CurrentUser currentUser,
      Deadlines deadlines,
      Messages messages) {
    this.campaignProcess = campaignProcess;
    this.currentUser = currentUser;
    this.deadlines = deadlines;
    this.messages = messages;
  }

  /**
   * {@code dates=seed}: the plan's own dates (period until 11/06/2023, so every deadline has
   * passed); {@code dates=today}: the same plan moved to start today.
   */
  @PostMapping("/api/demo/campaign")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> start(
      @RequestParam(name = "dates", defaultValue = "seed") String dates,
      @RequestParam(name = "code", required = false) String code) {
    Authentication user = currentUser.requireAnyGroup(CurrentUser.NOI_VU, CurrentUser.ADMIN);
    Map<String, Object> plan = seedPlan("today".equals(dates) ? deadlines.today() : null);
    if (code != null) {
      plan.put(CampaignProcess.Var.CAMPAIGN_CODE, code);
    }
    ProcessInstance instance = campaignProcess.start(plan, user.getUserId());
    return Map.of(
        "processInstanceId", instance.getId(),
        "campaignCode", instance.getBusinessKey());
  }

  /** The plan of the seeds (Kế hoạch of the Long Biên council), as the plan form's values. */
  public Map<String, Object> seedPlan(LocalDate start) {
    LocalDate begin = start == null ? LocalDate.of(2023, 4, 3) : start;
    Map<String, Object> plan = new HashMap<>();
    plan.put(CampaignProcess.Var.CAMPAIGN_CODE, start == null ? "KH-75NAM-TDAQ" : "KH-75NAM-TDAQ-" + begin.getYear());
    plan.put(CampaignProcess.Var.CAMPAIGN_NAME, messages.get("demo.plan.name"));
    plan.put(CampaignProcess.Var.CAMPAIGN_KIND, "DOT");
    plan.put(CampaignProcess.Var.SLOGAN, messages.get("demo.plan.slogan"));
    plan.put(CampaignProcess.Var.LEGAL_BASIS, messages.get("demo.plan.legalBasis"));
    plan.put(CampaignProcess.Var.START_DATE, begin.toString());
    plan.put(CampaignProcess.Var.REGISTRATION_DUE, (start == null ? LocalDate.of(2023, 4, 14) : begin.plusDays(10)).toString());
    plan.put(CampaignProcess.Var.NOMINATION_DUE, (start == null ? LocalDate.of(2023, 5, 26) : begin.plusDays(40)).toString());
    plan.put(CampaignProcess.Var.REPORT_DUE, (start == null ? LocalDate.of(2023, 6, 5) : begin.plusDays(50)).toString());
    plan.put(CampaignProcess.Var.END_DATE, (start == null ? LocalDate.of(2023, 6, 11) : begin.plusDays(60)).toString());
    plan.put(CampaignProcess.Var.UNIT_KINDS, Vars.json(List.of("PHUONG", "PHONG_BAN", "DOAN_THE", "TRUONG_HOC")));
    plan.putAll(
        CampaignProcess.Var.assignmentRows(
            List.of(
                Map.of("unitCode", "pb-vhtt", "description", messages.get("demo.plan.resp.vhtt")),
                Map.of("unitCode", "pb-ttvhtt", "description", messages.get("demo.plan.resp.ttvhtt")),
                Map.of("unitCode", "dt-tuyengiao", "description", messages.get("demo.plan.resp.tuyengiao")),
                Map.of("unitCode", "dt-mttq", "description", messages.get("demo.plan.resp.mttq")))));
    return plan;
  }
}
