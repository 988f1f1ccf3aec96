package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.support.ProcessTest;

class TransactionTest extends ProcessTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("Bảng của ứng dụng ghi trong cùng giao dịch với bước của engine: bước lỗi thì không còn dòng nào")
  void applicationRowsShareTheEnginesTransaction() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
          jdbc.update("INSERT INTO unit (code, name, kind, email, focal_user_id)"
              + " VALUES ('tx-test', 'Đơn vị thử', 'PHUONG', 'tx@longbien.example', 'tx-test')");
          throw new IllegalStateException("the step fails after writing");
        }))
        .hasMessageContaining("the step fails");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code = 'tx-test'", Integer.class)).isZero();
  }

  @Test
  @DisplayName("Không ghi trùng phiếu, khen thưởng hay số quyết định: ràng buộc duy nhất trong lược đồ")
  void uniqueConstraintsInTheSchema() {
    String code = vn.tdkt.support.Driver.newCode();
    steps.atCouncil(code, "Người duy nhất");
    long nomination = steps.nominationId(code, "Người duy nhất");
    long session = jdbc.queryForObject("SELECT session_id FROM nomination WHERE id = ?", Long.class, nomination);
    long campaign = steps.campaignId(code);
    String vote = "INSERT INTO vote (session_id, nomination_id, member_id, choice, cast_at) VALUES (?, ?, 'hoidong1', 'AGREE', CURRENT_TIMESTAMP)";
    jdbc.update(vote, session, nomination);
    assertThatThrownBy(() -> jdbc.update(vote, session, nomination))
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    String decision = "INSERT INTO award_decision (campaign_id, decision_number, decision_date, level, recorded_at)"
        + " VALUES (?, ?, CURRENT_DATE, 'LOCAL', CURRENT_TIMESTAMP)";
    jdbc.update(decision, campaign, code + "/QĐ");
    assertThatThrownBy(() -> jdbc.update(decision, campaign, code + "/QĐ"))
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    long decisionId = jdbc.queryForObject("SELECT id FROM award_decision WHERE decision_number = ?", Long.class, code + "/QĐ");
    String award = "INSERT INTO award (decision_id, nomination_id, campaign_id, unit_code, nominee_name, nominee_kind,"
        + " award_type) VALUES (?, ?, ?, 'th-ngocthuy', 'Người duy nhất', 'CA_NHAN', 'LDTT')";
    jdbc.update(award, decisionId, nomination, campaign);
    assertThatThrownBy(() -> jdbc.update(award, decisionId, nomination, campaign))
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
  }
}
