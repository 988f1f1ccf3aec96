package vn.tdkt.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.tdkt.participation.ParticipationProcess.Element.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.support.Coverage;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.support.Steps;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitParticipationProcessTest extends ProcessTest {

  @Autowired JdbcTemplate jdbc;
  @RegisterExtension static Coverage.Check coverage = Coverage.atLeast(ParticipationProcess.KEY, 0.9);

  ProcessInstance unitProcess(String code, String unit) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ParticipationProcess.KEY).processInstanceBusinessKey(code)
        .variableValueEquals("unitCode", unit).singleResult();
  }

  @Test
  @DisplayName("Đơn vị chậm: nhắc hạn qua thư, quá hạn thì Nội vụ đôn đốc; đơn vị đăng ký, báo cáo muộn")
  void lateUnitIsRemindedAndChased() throws Exception {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    ProcessInstance school = unitProcess(code, "mn-hoasua");
    assertThat(school).isWaitingAt(REGISTER);
    assertThat(driver.task("mn-hoasua", code, REGISTER).getDueDate()).isNotNull();
    assertThat(driver.task("mn-hoasua", code, REGISTER).getName())
        .isEqualTo("Đăng ký thi đua – Trường Mầm non Hoa Sữa – " + code);

    mail.purgeEmailFromAllMailboxes();
    driver.fireTimers(code, REGISTRATION_REMINDER);
    assertThat(Driver.recipients(mail.getReceivedMessages())).contains("mnhoasua@longbien.example");
    assertThat(mail.getReceivedMessages()[0].getSubject()).contains("Nhắc hạn đăng ký");
    driver.fireTimers(code, REGISTRATION_OVERDUE);
    List<org.camunda.bpm.engine.task.Task> chases = driver.tasks("noivu", code, CHASE_REGISTRATION);
    assertThat(chases).hasSize(3);
    assertThat(chases).extracting(org.camunda.bpm.engine.task.Task::getName)
        .contains("Đôn đốc đăng ký – Trường Mầm non Hoa Sữa – " + code);
    // one form for both chasing tasks: the subject and the deadline are the task's own
    assertThat(engine.getTaskService().getVariable(chases.get(0).getId(), ParticipationProcess.Var.CHASE_SUBJECT))
        .isEqualTo("đăng ký thi đua");
    assertThat(engine.getTaskService().getVariable(chases.get(0).getId(), ParticipationProcess.Var.CHASE_DUE_TEXT))
        .isNotNull().isEqualTo(((org.camunda.spin.json.SpinJsonNode) engine.getTaskService().getVariable(chases.get(0).getId(),
            vn.tdkt.campaign.CampaignProcess.Var.CAMPAIGN)).prop(vn.tdkt.campaign.CampaignProcess.UnitView.REGISTRATION_DUE).stringValue());
    driver.complete("noivu", chases.get(0), Map.of("chaseNote", "Đã gọi điện cho đầu mối"));

    // the unit registers an hour after its deadline (the engine's clock, which every row follows)
    java.util.Date registrationDue = driver.task("mn-hoasua", code, REGISTER).getDueDate();
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        new java.util.Date(registrationDue.getTime() + 3_600_000L));
    try {
      steps.register("mn-hoasua", code);
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
    driver.fireTimers(code, REPORT_REMINDER);
    driver.fireTimers(code, REPORT_OVERDUE);
    assertThat(driver.tasks("noivu", code, CHASE_REPORT)).hasSize(1);
    steps.report("mn-hoasua", code);
    assertThat(jdbc.queryForObject(
            "SELECT registered_on_time FROM participation p JOIN campaign c ON c.id = p.campaign_id"
                + " WHERE c.code = ? AND p.unit_code = 'mn-hoasua'", Boolean.class, code))
        .isFalse();
    // the report's deadline had not passed: the test fired its timers early
    assertThat(jdbc.queryForObject(
            "SELECT reported_on_time FROM participation p JOIN campaign c ON c.id = p.campaign_id"
                + " WHERE c.code = ? AND p.unit_code = 'mn-hoasua'", Boolean.class, code))
        .isTrue();
    steps.nominate("mn-hoasua", code, "CA_NHAN", "Ngô Thị Én", "LDTT", true);
    steps.noMoreNominations("mn-hoasua", code);
    org.camunda.bpm.engine.task.Task chaseReport = driver.task("noivu", code, CHASE_REPORT);
    assertThat(engine.getTaskService().getVariable(chaseReport.getId(), ParticipationProcess.Var.CHASE_SUBJECT))
        .isEqualTo("báo cáo kết quả");
    assertThat(engine.getTaskService().getVariable(chaseReport.getId(), ParticipationProcess.Var.CHASE_DUE_TEXT))
        .isNotNull().isEqualTo(((org.camunda.spin.json.SpinJsonNode) engine.getTaskService().getVariable(chaseReport.getId(),
            vn.tdkt.campaign.CampaignProcess.Var.CAMPAIGN)).prop(vn.tdkt.campaign.CampaignProcess.UnitView.REPORT_DUE).stringValue());
    driver.complete("noivu", code, CHASE_REPORT, Map.of("chaseNote", "Đơn vị đã nộp"));
    driver.runJobs();
    assertThat(school).isEnded();
  }

  @Test
  @DisplayName("Đơn vị nộp hồ sơ đề nghị ngay sau khi đăng ký, trước khi báo cáo kết quả")
  void nominatesBeforeReporting() {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    ProcessInstance school = unitProcess(code, "mn-hoasua");
    assertThat(driver.tasks("mn-hoasua", code, NOMINATE)).isEmpty();
    steps.register("mn-hoasua", code);
    assertThat(school).isWaitingAt(REPORT, NOMINATE);
    steps.nominate("mn-hoasua", code, "CA_NHAN", "Lương Thị Sớm", "LDTT", false);
    assertThat(steps.appraisalOf(code, "Lương Thị Sớm")).isNotNull();
    assertThat(school).isWaitingAt(REPORT);
    steps.report("mn-hoasua", code);
    driver.runJobs();
    assertThat(school).isEnded();
  }

  @Test
  @DisplayName("Hết hạn nộp hồ sơ: việc đề nghị của đơn vị đóng lại, báo cáo kết quả vẫn còn")
  void nominationDeadlineClosesTheDossierTask() {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    ProcessInstance school = unitProcess(code, "th-ngocthuy");
    steps.register("th-ngocthuy", code);
    steps.nominate("th-ngocthuy", code, "TAP_THE", "Tổ chuyên môn khối 5", "TTLDTT", true);
    driver.fireTimers(code, NOMINATION_CLOSED);
    assertThat(driver.tasks("th-ngocthuy", code, NOMINATE)).isEmpty();
    assertThat(steps.appraisalOf(code, "Tổ chuyên môn khối 5")).isNotNull();
    assertThat(school).isWaitingAt(REPORT);
    steps.report("th-ngocthuy", code);
    driver.runJobs();
    assertThat(school).isEnded();
  }

  @Test
  @DisplayName("Đơn vị được phân công nhiệm vụ: mỗi nhiệm vụ một việc, xong mới kết thúc")
  void responsibilities() {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"),
        List.of(Map.of("unitCode", "pb-vhtt", "description", "Xây dựng kế hoạch tuyên truyền"),
            Map.of("unitCode", "pb-vhtt", "description", "Tăng thời lượng chuyên mục điển hình")));
    ProcessInstance department = unitProcess(code, "pb-vhtt");
    assertThat(driver.tasks("pb-vhtt", code, RESPONSIBILITY)).hasSize(2);
    assertThat(driver.tasks("th-ngocthuy", code, RESPONSIBILITY)).isEmpty();
    for (var task : driver.tasks("pb-vhtt", code, RESPONSIBILITY)) {
      Steps.assertRejected(
          () -> driver.complete("pb-vhtt", task, Map.of()), "kết quả thực hiện nhiệm vụ");
      driver.complete("pb-vhtt", task,
          Map.of(ParticipationProcess.Var.RESPONSIBILITY_RESULT, "Đã thực hiện"));
    }
    steps.registerAndReport("pb-vhtt", code);
    steps.noMoreNominations("pb-vhtt", code);
    assertThat(department).isWaitingAt(DONE);
    driver.runJobs();
    assertThat(department).isEnded();
    assertThat(jdbc.queryForObject(
            "SELECT COUNT(*) FROM responsibility r JOIN campaign c ON c.id = r.campaign_id"
                + " WHERE c.code = ? AND r.completed_at IS NOT NULL", Integer.class, code))
        .isEqualTo(2);
  }

  @Test
  @DisplayName("Nhập sai khi đăng ký, báo cáo: lỗi tiếng Việt, việc vẫn còn")
  void badInput() {
    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    Steps.assertRejected(() -> driver.complete("th-ngocthuy", code, REGISTER,
        Map.of(ParticipationProcess.Var.ACTIVITY_NAME, "Hoạt động",
            ParticipationProcess.Var.ACTIVITY_KIND, "LE_BAO_CONG",
            ParticipationProcess.Var.ACTIVITY_DATE, "2001-01-01")), "trong thời gian phong trào");
    Steps.assertRejected(() -> driver.complete("th-ngocthuy", code, REGISTER,
        Map.of(ParticipationProcess.Var.ACTIVITY_KIND, "LE_BAO_CONG")), "Vui lòng nhập tên hoạt động");
    Steps.assertRejected(() -> driver.complete("th-ngocthuy", code, REGISTER,
        Map.of(ParticipationProcess.Var.ACTIVITY_NAME, "Hoạt động",
            ParticipationProcess.Var.ACTIVITY_KIND, "LE_BAO_CONG",
            ParticipationProcess.Var.ACTIVITY_DATE, vn.tdkt.support.Steps.today().toString(),
            ParticipationProcess.Var.CONTACT_EMAIL, "khong-phai-email")), "Email người phụ trách");
    steps.register("th-ngocthuy", code);
    Steps.assertRejected(() -> driver.complete("th-ngocthuy", code, REPORT,
        Map.of(ParticipationProcess.Var.RESULT_SUMMARY, "Kết quả",
            ParticipationProcess.Var.RESULT_LINK, "javascript:alert(1)")), "http:// hoặc https://");
    Steps.assertRejected(() -> driver.complete("th-ngocthuy", code, REPORT,
        Map.of(ParticipationProcess.Var.RESULT_SUMMARY, "Kết quả",
            ParticipationProcess.Var.PARTICIPANTS, -5L)), "Số người tham gia");
    assertThat(driver.tasks("th-ngocthuy", code, REPORT)).hasSize(1);
  }

  @Test
  @DisplayName("Đơn vị chỉ thấy việc của mình")
  void unitsSeeOnlyTheirOwnTasks() {
    String code = Driver.newCode();
    steps.launch(code, List.of("PHUONG"), List.of());
    assertThat(driver.tasks("p-bode", code, REGISTER)).hasSize(1)
        .allSatisfy(t -> assertThat(t.getName()).contains("Bồ Đề"));
    assertThat(driver.tasks("p-cukhoi", code, REGISTER)).hasSize(1)
        .allSatisfy(t -> assertThat(t.getName()).contains("Cự Khối"));
    assertThat(driver.tasks("noivu", code, REGISTER)).isEmpty();
    var bode = driver.task("p-bode", code, REGISTER);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> driver.complete("p-cukhoi", bode, Map.of()))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> driver.as("p-cukhoi", () -> engine.getTaskService().getVariables(bode.getId())))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
  }
}
