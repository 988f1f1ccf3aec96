package vn.tdkt.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;

/**
 * One action starts the current demo office's plan of the seeds (Long Biên: "Tổ chức các hoạt động
 * kỷ niệm 75 năm …"; Kiến An: "Phát động đợt thi đua đặc biệt …"): drafted as Nội vụ would, it waits
 * for the chairman's approval.
 */
@RestController
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoCampaignController {

  private final CampaignProcess campaignProcess;
  private final CurrentUser currentUser;
  private final Deadlines deadlines;
  private final OfficeDirectory offices;
  private final ObjectMapper json;
  private final Messages messages;

  public DemoCampaignController(
      CampaignProcess campaignProcess,
      CurrentUser currentUser,
      Deadlines deadlines,
      OfficeDirectory offices,
      ObjectMapper json,
      Messages messages) {
    this.campaignProcess = campaignProcess;
    this.currentUser = currentUser;
    this.deadlines = deadlines;
    this.offices = offices;
    this.json = json;
    this.messages = messages;
  }

  /**
   * {@code dates=seed}: the plan's own dates (2023, so every deadline has passed); {@code
   * dates=today}: the same plan moved to start today.
   */
  @PostMapping("/api/demo/campaign")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> start(
      @RequestParam(name = "dates", defaultValue = "seed") String dates,
      @RequestParam(name = "code", required = false) String code) {
    Authentication user = currentUser.requireAnyGroup(CurrentUser.NOI_VU, CurrentUser.ADMIN);
    Map<String, Object> plan =
        plan(offices.ofUserOrFirst(user.getUserId()), "today".equals(dates) ? deadlines.today() : null);
    if (code != null) {
      plan.put(CampaignProcess.Var.CAMPAIGN_CODE, code);
    }
    ProcessInstance instance = campaignProcess.start(plan, user.getUserId());
    return Map.of(
        "processInstanceId", instance.getId(),
        "campaignCode", instance.getBusinessKey());
  }

  /** The first office's demo plan as the plan form's values. */
  public Map<String, Object> plan(java.time.LocalDate start) {
    return plan(offices.current(), start);
  }

  /** The office's demo plan as the plan form's values. */
  Map<String, Object> plan(java.util.Optional<Office> of, java.time.LocalDate start) {
    Office office =
        of.orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, messages.get("office.none")));
    try {
      return DemoPlan.of(office.code(), json).formValues(start);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, messages.get("demo.plan.none", office.name()));
    }
  }
}
