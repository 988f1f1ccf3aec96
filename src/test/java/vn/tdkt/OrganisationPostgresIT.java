package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.access.AccountProcess;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.nomination.NominationProcess.Outcome;
import vn.tdkt.office.OrganisationListener;
import vn.tdkt.support.AccessMatrix;
import vn.tdkt.support.Driver;
import vn.tdkt.support.Steps;
import vn.tdkt.support.Workbooks;

/**
 * A real office on the production profile: PostgreSQL and SMTP, no demo. The administrator imports
 * the organisation workbook through the API; every account gets a random password by mail; the
 * access matrix holds; a whole campaign is walked as the real candidate users, each finding the task
 * in a Tasklist filter while another unit's user sees nothing of it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@Import({Driver.class, Steps.class, OrganisationPostgresIT.FailingListener.class})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganisationPostgresIT {

  static final String ADMIN_PASSWORD = "Quan-Tri-Thu-2026";
  static final EmbeddedPostgres POSTGRES = start();
  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  static final Pattern PASSWORD = Pattern.compile("Mật khẩu ban đầu:</strong> <code>([^<]+)</code>");

  static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry env) {
    SMTP.start();
    env.add("TDKT_DB_URL", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    env.add("TDKT_DB_USER", () -> "postgres");
    env.add("TDKT_DB_PASSWORD", () -> "postgres");
    env.add("TDKT_SMTP_HOST", () -> "127.0.0.1");
    env.add("TDKT_SMTP_PORT", () -> SMTP.getSmtp().getPort());
    env.add("TDKT_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  /** A listener after the reconciler that fails when asked: the import must then leave nothing. */
  @TestConfiguration
  static class FailingListener {
    static volatile boolean fail;

    @Bean
    @org.springframework.core.annotation.Order(Integer.MAX_VALUE)
    OrganisationListener failingListener() {
      return () -> {
        if (fail) {
          throw new IllegalStateException("a step after the accounts were made fails");
        }
        return 0;
      };
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired Driver driver;
  @Autowired Steps steps;
  @Autowired JavaMailSenderImpl mailSender;

  @BeforeEach
  void assertions() {
    init(engine);
  }

  @Test
  @Order(1)
  @DisplayName("Chưa có cơ quan: vai trò, quyền và bộ lọc đã có sẵn; không tài khoản nào ngoài quản trị")
  void beforeTheOfficeIsSetUp() {
    assertThat(engine.getIdentityService().createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
    assertThat(engine.getIdentityService().createGroupQuery().groupIdIn("noi-vu", "chu-tich", "hoi-dong", "don-vi").count())
        .isEqualTo(4);
    assertThat(engine.getFilterService().createTaskFilterQuery().count()).isEqualTo(6);
    ResponseEntity<String> office = rest.withBasicAuth("admin", ADMIN_PASSWORD).getForEntity("/api/office", String.class);
    assertThat(office.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(office.getBody()).contains("chưa được thiết lập cơ quan");
    ResponseEntity<byte[]> template = rest.withBasicAuth("admin", ADMIN_PASSWORD).getForEntity("/api/office/workbook", byte[].class);
    assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("mau-to-chuc.xlsx");
  }

  @Test
  @Order(2)
  @DisplayName("Một bước lỗi giữa lúc nhập: không còn đơn vị, tài khoản, nhóm hay quyền nào")
  void failedImportLeavesNothing() {
    Map<String, Integer> before = counts();
    FailingListener.fail = true;
    try {
      assertThat(upload("/api/office/workbook", Workbooks.demo("long-bien")).getStatusCode().is5xxServerError()).isTrue();
    } finally {
      FailingListener.fail = false;
    }
    assertThat(counts()).isEqualTo(before);
    assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(AccountProcess.KEY).count()).isZero();
  }

  @Test
  @Order(3)
  @DisplayName("Quản trị nhập tệp tổ chức qua API: mỗi tài khoản mới nhận mật khẩu ngẫu nhiên qua thư, đăng nhập được")
  void importAndAccounts() throws Exception {
    ResponseEntity<String> preview = upload("/api/office/workbook/preview", Workbooks.demo("long-bien"));
    assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(1);

    ResponseEntity<String> imported = upload("/api/office/workbook", Workbooks.demo("long-bien"));
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).contains("\"applied\":true", "\"office\":\"ADDED\"");
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(1 + 23 + 5);
    // a failed login delays the account's next one: tried on an account the test does not log in with
    assertThat(engine.getIdentityService().checkPassword("p-cukhoi", "demo")).as("no demo password").isFalse();
    List<Job> notices = engine.getManagementService().createJobQuery()
        .processDefinitionKey(AccountProcess.KEY).list();
    assertThat(notices).hasSize(28);

    driver.runJobs();
    Message[] mails = SMTP.getReceivedMessages();
    assertThat(mails).hasSize(28);
    Message toNoivu = Stream.of(mails).filter(m -> to(m).equals("noivu@longbien.example")).findFirst().orElseThrow();
    assertThat(toNoivu.getSubject()).isEqualTo("[UBND quận Long Biên] Tài khoản hệ thống Thi đua – Khen thưởng");
    assertThat(toNoivu.getFrom()[0].toString()).contains("thiduakhenthuong@longbien.example");
    assertThat(engine.getIdentityService().checkPassword("noivu", password(toNoivu))).isTrue();
    assertThat(rest.withBasicAuth("p-bode", password(mailTo("bode@longbien.example")))
        .getForEntity("/api/office", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    // the same workbook again: nothing changes, no new mail
    ResponseEntity<String> again = upload("/api/office/workbook", Workbooks.demo("long-bien"));
    assertThat(again.getBody()).contains("\"engineChanges\":0");
    assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(AccountProcess.KEY).count()).isZero();
  }

  @Test
  @Order(4)
  @DisplayName("Cấp lại mật khẩu khi SMTP ngừng: thử lại, thành sự cố trong Cockpit, mật khẩu cũ vẫn dùng; SMTP chạy lại thì thư đi, mật khẩu mới dùng được")
  void passwordResetWithSmtpDown() throws Exception {
    String old = password(mailTo("hoidong1@longbien.example"));
    SMTP.purgeEmailFromAllMailboxes();
    ResponseEntity<String> reset = rest.withBasicAuth("admin", ADMIN_PASSWORD)
        .postForEntity("/api/office/accounts/hoidong1/password", null, String.class);
    assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(reset.getBody()).contains("hoidong1@longbien.example");
    assertThat(rest.withBasicAuth("noivu", "x").postForEntity("/api/office/accounts/hoidong1/password", null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    int port = mailSender.getPort();
    mailSender.setPort(1);
    Job job = engine.getManagementService().createJobQuery().processDefinitionKey(AccountProcess.KEY).singleResult();
    try {
      // R5/PT10M: five attempts, ten minutes apart, then an incident
      for (int attempt = 1; attempt <= 5; attempt++) {
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()));
      }
      assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
          .as("an incident in Cockpit").isEqualTo(1);
      assertThat(engine.getIdentityService().checkPassword("hoidong1", old)).isTrue();
    } finally {
      mailSender.setPort(port);
    }
    engine.getManagementService().setJobRetries(job.getId(), 1);
    engine.getManagementService().executeJob(job.getId());
    Message mail = mailTo("hoidong1@longbien.example");
    assertThat(mail.getSubject()).contains("Cấp lại mật khẩu");
    assertThat(engine.getIdentityService().checkPassword("hoidong1", password(mail))).isTrue();
    assertThat(engine.getIdentityService().checkPassword("hoidong1", old)).isFalse();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  @TestFactory
  @Order(5)
  @DisplayName("Ma trận quyền trên cấu hình postgres, với tổ chức vừa nhập")
  Stream<DynamicTest> accessMatrix() {
    return new AccessMatrix(engine, driver, steps).tests();
  }

  @Test
  @Order(6)
  @DisplayName("Một phong trào trọn vẹn do đúng người trong nhóm ứng viên làm, mỗi việc thấy trong bộ lọc, đơn vị khác không thấy")
  void wholeCampaignAsTheCandidates() {
    driver.strict(true);
    try {
      String code = "KH-TC-" + System.currentTimeMillis() % 100000;
      var campaign = steps.launch(code, List.of("TRUONG_HOC"),
          List.of(Map.of("unitCode", "dt-mttq", "description", "Đẩy mạnh cuộc thi viết về gương điển hình")));
      steps.registerAndReport("th-ngocthuy", code);
      steps.registerAndReport("thcs-chuvanan", code);
      steps.registerAndReport("mn-hoasua", code);
      steps.nominate("th-ngocthuy", code, "CA_NHAN", "Nguyễn Văn An", "LDTT", true);
      steps.nominate("th-ngocthuy", code, "TAP_THE", "Tổ chuyên môn khối 5", "TTLDTT", false);
      steps.nominate("thcs-chuvanan", code, "CA_NHAN", "Trần Thị Bình", "LDTT", false);
      steps.noMoreNominations("mn-hoasua", code);
      steps.appraise(code, "Nguyễn Văn An", Outcome.ELIGIBLE, null, null);
      steps.appraise(code, "Tổ chuyên môn khối 5", Outcome.SUPPLEMENT, null, "Biên bản họp xét");
      steps.supplement("th-ngocthuy", code);
      steps.appraise(code, "Tổ chuyên môn khối 5", Outcome.ELIGIBLE, null, null);
      steps.appraise(code, "Trần Thị Bình", Outcome.NOT_ELIGIBLE, "Chưa đủ thời gian công tác", null);
      steps.openSession(code);
      for (String member : Steps.COUNCIL) {
        steps.vote(member, code, "Nguyễn Văn An", "Tổ chuyên môn khối 5");
      }
      driver.runJobs();
      steps.sign(code, code + "/QĐ-UBND");
      driver.runJobs();
      driver.complete("dt-mttq", code, vn.tdkt.participation.ParticipationProcess.Element.RESPONSIBILITY,
          Map.of(vn.tdkt.participation.ParticipationProcess.Var.RESPONSIBILITY_RESULT, "Đã phát động cuộc thi"));
      steps.summarize(code);
      org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(campaign).isEnded();
      assertThat(steps.awards(code)).containsExactlyInAnyOrder("Nguyễn Văn An:LDTT", "Tổ chuyên môn khối 5:TTLDTT");
      assertThat(jdbc.queryForObject("SELECT office_code FROM campaign WHERE code = ?", String.class, code))
          .isEqualTo("long-bien");
    } finally {
      driver.strict(false);
    }
  }

  @Test
  @Order(7)
  @DisplayName("Cấu hình postgres không khởi động khi thiếu mật khẩu quản trị hoặc cơ sở dữ liệu, và nói rõ thiếu gì")
  void refusesToStartWithoutSecrets() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("postgres")
            .properties("TDKT_DB_PASSWORD=", "TDKT_ADMIN_PASSWORD=  ", "TDKT_SMTP_HOST=127.0.0.1", "server.port=0")
            .run().close())
        .hasMessageContaining("thiếu mật khẩu bắt buộc")
        .hasMessageContaining("TDKT_DB_PASSWORD, TDKT_ADMIN_PASSWORD");
  }

  ResponseEntity<String> upload(String url, byte[] file) {
    return rest.withBasicAuth("admin", ADMIN_PASSWORD).postForEntity(url, Workbooks.upload(file), String.class);
  }

  static String to(Message m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Message mailTo(String address) {
    return Stream.of(SMTP.getReceivedMessages()).filter(m -> to(m).equals(address)).reduce((a, b) -> b).orElseThrow();
  }

  static String password(Message m) {
    Matcher matcher;
    try {
      matcher = PASSWORD.matcher(m.getContent().toString());
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
    assertThat(matcher.find()).as("a password in the mail").isTrue();
    return matcher.group(1);
  }

  Map<String, Integer> counts() {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (String table : List.of("office", "unit", "official", "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP",
        "ACT_RU_AUTHORIZATION", "ACT_RU_FILTER", "ACT_RU_EXECUTION")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
    }
    return counts;
  }
}
