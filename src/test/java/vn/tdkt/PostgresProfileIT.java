package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production profile: PostgreSQL and SMTP from the environment, no demo users or pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresProfileIT {

  static final EmbeddedPostgres POSTGRES = start();
  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

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
    env.add("TDKT_ADMIN_PASSWORD", () -> "quan-tri-Bi-Mat-2026");
    env.add("TDKT_HTTPS", () -> "true");
    env.add("TDKT_JOBS_CORE_POOL", () -> "4");
    env.add("TDKT_JOBS_MAX_POOL", () -> "7");
    env.add("TDKT_DISCLOSURE_WORKING_DAYS", () -> "12");
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties camunda;
  @Autowired TestRestTemplate rest;
  @Autowired vn.tdkt.rules.AwardRules rules;
  @Autowired vn.tdkt.disclosure.DisclosureService disclosure;

  @Test
  @DisplayName("Cấu hình postgres: không người dùng mẫu, quản trị viên từ biến môi trường, REST cần đăng nhập")
  void noDemoAndAdminFromEnvironment() {
    assertThat(identityService.createUserQuery().userId("noivu").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting(u -> u.getId()).containsExactly("admin");
    assertThat(identityService.checkPassword("admin", "quan-tri-Bi-Mat-2026")).isTrue();
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("admin", "quan-tri-Bi-Mat-2026")
            .getForEntity("/engine-rest/process-definition?key=campaignProcess", String.class).getBody())
        .contains("Phong trào thi đua");
    assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getBody()).contains("UP");
    String cookie = String.join(";", rest.getForEntity("/camunda/app/tasklist/", String.class).getHeaders()
        .getOrDefault(org.springframework.http.HttpHeaders.SET_COOKIE, java.util.List.of()));
    assertThat(cookie).as("session cookie behind HTTPS").contains("JSESSIONID").contains("Secure").contains("SameSite=Lax");
    var config = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.isAuthorizationEnabled()).isTrue();
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(camunda.getJobExecution().getCorePoolSize()).isEqualTo(4);
    assertThat(camunda.getJobExecution().getMaxPoolSize()).isEqualTo(7);
    // the approving level is the office's: a ward's chairman signs LĐTT but proposes CSTĐCS upward
    var ward2024 = new vn.tdkt.rules.AwardRules.Context(
        "LUAT_2022", rules.approvingLevel(vn.tdkt.office.OfficeLevel.COMMUNE));
    assertThat(rules.level(vn.tdkt.rules.AwardType.LDTT, ward2024)).isEqualTo(vn.tdkt.rules.AwardRules.Level.LOCAL);
    assertThat(rules.level(vn.tdkt.rules.AwardType.CSTDCS, ward2024)).isEqualTo(vn.tdkt.rules.AwardRules.Level.CITY);
    assertThat(disclosure.workingDays()).isEqualTo(12);
    assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode().value()).isIn(401, 404);
    assertThat(rest.withBasicAuth("admin", "quan-tri-Bi-Mat-2026").getForEntity("/hop-thu", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("admin", "quan-tri-Bi-Mat-2026")
            .postForEntity("/api/demo/campaign", null, String.class).getStatusCode().value())
        .isIn(404, 405);
  }
}
