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
}
