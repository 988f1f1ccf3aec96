package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess.Outcome;
import vn.tdkt.support.Driver;
import vn.tdkt.support.Steps;

/**
 * One whole campaign on a real PostgreSQL (embedded binaries from Maven Central) with mail through
 * a real SMTP server (GreenMail): which unit got which e-mail, and what ended in the award tables.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=false",
      "tdkt.mail.capture.enabled=false",
      "tdkt.demo.enabled=true"
    })
@Import({Driver.class, Steps.class, vn.tdkt.support.EmbeddedDatabase.class})
@DirtiesContext
class CampaignPostgresIT {

  static final GreenMail smtp = startSmtp();

  static GreenMail startSmtp() {
    GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    greenMail.start();
    return greenMail;
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
  }

  @AfterAll
  static void stop() {
    smtp.stop();
  }

  @Autowired ProcessEngine engine;
  @Autowired org.springframework.mail.javamail.JavaMailSender mailSender;
  @Autowired Driver driver;
  @Autowired Steps steps;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void assertions() {
    init(engine);
  }

  @Test
  @DisplayName("Một phong trào trọn vẹn trên PostgreSQL: thư đến đúng đơn vị, khen thưởng vào sổ")
  void wholeCampaignOnPostgres() throws Exception {
    assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
    String code = "KH-PG-" + System.currentTimeMillis() % 100000;
    ProcessInstance campaign =
        steps.launch(code, List.of("TRUONG_HOC"),
            List.of(Map.of("unitCode", "dt-mttq", "description", "Đẩy mạnh cuộc thi viết về gương điển hình")));

    steps.registerAndReport("th-ngocthuy", code);
    steps.registerAndReport("thcs-chuvanan", code);
    steps.registerAndReport("mn-hoasua", code);
    steps.nominate("th-ngocthuy", code, "CA_NHAN", "Nguyễn Văn An", "CSTDCS", true);
    steps.nominate("th-ngocthuy", code, "TAP_THE", "Tổ chuyên môn khối 5", "TTLDTT", false);
    steps.nominate("thcs-chuvanan", code, "CA_NHAN", "Trần Thị Bình", "CSTD_TP", false);
    steps.nominate("mn-hoasua", code, "CA_NHAN", "Lê Thị Cúc", "LDTT", false);

    steps.appraise(code, "Nguyễn Văn An", Outcome.ELIGIBLE, null, null);
    steps.appraise(code, "Tổ chuyên môn khối 5", Outcome.SUPPLEMENT, null, "Biên bản họp xét");
    steps.supplement("th-ngocthuy", code);
    steps.appraise(code, "Tổ chuyên môn khối 5", Outcome.ELIGIBLE, null, null);
    steps.appraise(code, "Trần Thị Bình", Outcome.ELIGIBLE, null, null);
    steps.appraise(code, "Lê Thị Cúc", Outcome.NOT_ELIGIBLE, "Chưa đủ thời gian công tác", null);

    steps.openSession(code);
    steps.vote("chutich", code, "Nguyễn Văn An", "Tổ chuyên môn khối 5", "Trần Thị Bình");
    steps.vote("hoidong1", code, "Nguyễn Văn An", "Trần Thị Bình");
    steps.vote("hoidong2", code, "Nguyễn Văn An", "Trần Thị Bình");
    steps.vote("hoidong3", code, "Nguyễn Văn An", "Trần Thị Bình");
    driver.runJobs();
    steps.sign(code, code + "/QĐ-UBND");
    steps.proposeToCity(code);
    steps.recordCity(code, "Trần Thị Bình");
    driver.runJobs();
    driver.complete("dt-mttq", code, vn.tdkt.participation.ParticipationProcess.Element.RESPONSIBILITY,
        Map.of(vn.tdkt.participation.ParticipationProcess.Var.RESPONSIBILITY_RESULT, "Đã phát động cuộc thi"));
    steps.summarize(code);
    assertThat(campaign).isEnded();

    // which unit got which e-mail
    Map<String, List<String>> mailByUnit = new TreeMap<>();
    for (Message m : smtp.getReceivedMessages()) {
      mailByUnit.computeIfAbsent(m.getAllRecipients()[0].toString(), k -> new ArrayList<>())
          .add(m.getSubject().replace("[" + code + "] ", ""));
    }
    assertThat(mailByUnit).containsOnlyKeys("thngocthuy@longbien.example", "chuvanan@longbien.example",
        "mnhoasua@longbien.example", "mttq@longbien.example");
    // every participating unit also gets the published list before the council
    String list = "Công khai danh sách đề nghị khen thưởng";
    assertThat(mailByUnit.get("thngocthuy@longbien.example")).containsExactlyInAnyOrder(
        "Thông báo phát động phong trào thi đua", "Đề nghị bổ sung hồ sơ khen thưởng", list, "Kết quả xét khen thưởng");
    assertThat(mailByUnit.get("chuvanan@longbien.example")).containsExactlyInAnyOrder(
        "Thông báo phát động phong trào thi đua", list, "Kết quả xét khen thưởng", "Kết quả khen thưởng của Thành phố");
    assertThat(mailByUnit.get("mnhoasua@longbien.example")).containsExactlyInAnyOrder(
        "Thông báo phát động phong trào thi đua", "Hồ sơ đề nghị khen thưởng không đủ điều kiện", list);
    assertThat(mailByUnit.get("mttq@longbien.example")).containsExactlyInAnyOrder("Thông báo phát động phong trào thi đua", list);

    // what ended in the award tables
    assertThat(steps.awards(code)).containsExactly("Nguyễn Văn An:CSTDCS", "Trần Thị Bình:CSTD_TP");
    assertThat(jdbc.queryForList(
            "SELECT d.level || ' ' || d.decision_number FROM award_decision d JOIN campaign c"
                + " ON c.id = d.campaign_id WHERE c.code = ? ORDER BY d.level", String.class, code))
        .containsExactly("CITY " + code + "/QĐ-UBND-TP", "LOCAL " + code + "/QĐ-UBND");
    assertThat(steps.nominationStatus(code, "Tổ chuyên môn khối 5")).isEqualTo("TRA_LAI_XET_DUYET");
    assertThat(steps.nominationStatus(code, "Lê Thị Cúc")).isEqualTo("KHONG_DU_DIEU_KIEN");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vote v JOIN council_session s ON s.id = v.session_id"
        + " JOIN campaign c ON c.id = s.campaign_id WHERE c.code = ?", Integer.class, code)).isEqualTo(12);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail s JOIN campaign c ON c.id = s.campaign_id"
        + " WHERE c.code = ?", Integer.class, code)).isEqualTo(smtp.getReceivedMessages().length);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CampaignProcess.KEY).processInstanceBusinessKey(code).finished().count()).isEqualTo(1);
  }

  @Test
  @DisplayName("SMTP ngừng khi phát động đến 57 đơn vị: Chủ tịch vẫn duyệt được, thư thử lại theo chu kỳ, thành sự cố; SMTP chạy lại, thử lại sự cố: mỗi đơn vị đúng một thư")
  void smtpDownDuringLaunch() throws Exception {
    for (int i = 1; i <= 40; i++) {
      jdbc.update("INSERT INTO unit (code, name, kind, email, focal_user_id, office_code)"
          + " VALUES (?, ?, 'TRUONG_HOC', ?, ?, 'long-bien')"
              + " ON CONFLICT (code) DO NOTHING",
          "th-thu-" + i, "Trường thử nghiệm số " + i, "thu" + i + "@longbien.example", "th-thu-" + i);
    }
    smtp.purgeEmailFromAllMailboxes();
    org.springframework.mail.javamail.JavaMailSenderImpl sender =
        (org.springframework.mail.javamail.JavaMailSenderImpl) mailSender;
    int port = sender.getPort();
    sender.setPort(1); // nothing listens there: the SMTP server is down
    String code = "KH-PG-SMTP-" + System.currentTimeMillis() % 100000;
    try {
      driver.draft(Driver.plan(code, List.of("PHUONG", "TRUONG_HOC"), List.of()));
      driver.complete("chutich", code, CampaignProcess.Element.APPROVE_PLAN,
          Map.of(CampaignProcess.Var.PLAN_DECISION, CampaignProcess.PlanDecision.APPROVE));
      for (int round = 0; round < 3; round++) {
        for (org.camunda.bpm.engine.runtime.Job job : engine.getManagementService().createJobQuery().executable().list()) {
          try {
            engine.getManagementService().executeJob(job.getId());
          } catch (RuntimeException expected) {
            // the mail could not be sent; the engine keeps the job with one retry less
          }
        }
      }
      List<org.camunda.bpm.engine.runtime.Job> failing =
          engine.getManagementService().createJobQuery().withException().list();
      // 57 mails in batches of 25: three jobs, each failed once and due again on the retry cycle
      assertThat(failing).hasSize(3);
      assertThat(failing).allSatisfy(j -> assertThat(j.getRetries()).isEqualTo(4));
      assertThat(failing).allSatisfy(j -> assertThat(j.getExceptionMessage()).contains("not sent, to be retried"));
      // the retries run out (as if 5 attempts 10 minutes apart had failed): one incident per batch
      for (org.camunda.bpm.engine.runtime.Job job : failing) {
        engine.getManagementService().setJobRetries(job.getId(), 1);
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException expected) {
          // still down
        }
      }
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isEqualTo(3);
      assertThat(engine.getRuntimeService().createIncidentQuery().list())
          .allSatisfy(i -> assertThat(i.getActivityId()).isEqualTo(CampaignProcess.Element.NOTIFY_UNITS));
      assertThat(smtp.getReceivedMessages()).isEmpty();
    } finally {
      sender.setPort(port);
    }
    // the administrator retries the incidents now (Cockpit: "Retry", due date "now")
    List<String> incidentJobs = engine.getRuntimeService().createIncidentQuery().list().stream()
        .map(org.camunda.bpm.engine.runtime.Incident::getConfiguration).toList();
    engine.getManagementService().setJobRetries(1).jobIds(incidentJobs).dueDate(new java.util.Date()).execute();
    driver.runJobs();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    Map<String, Integer> perUnit = new TreeMap<>();
    for (Message m : smtp.getReceivedMessages()) {
      perUnit.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
    }
    assertThat(perUnit).hasSize(57);
    assertThat(perUnit.values()).containsOnly(1);
    assertThat(driver.tasks("p-bode", code, vn.tdkt.participation.ParticipationProcess.Element.REGISTER)).hasSize(1);
  }
}
