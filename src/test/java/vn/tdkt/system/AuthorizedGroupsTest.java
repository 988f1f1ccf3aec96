package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.ProcessTest;

class AuthorizedGroupsTest extends ProcessTest {

  @Test
  @DisplayName("Kiểm tra quyền dùng nhóm của người dùng, không đọc mọi nhóm có quyền ở mỗi lệnh")
  void checksTakeTheUsersGroupsWithoutReadingAllAuthorizedGroups() {
    var factory = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSessionFactories()
        .get(AuthorizationManager.class);
    assertThat(factory.openSession()).isInstanceOf(AuthorizedGroups.Manager.class);
    // outside a command: reading the authorized groups from the database would fail here
    assertThat(new AuthorizedGroups.Manager().filterAuthenticatedGroupIds(List.of("unit-mn-hoasua", "noi-vu")))
        .containsExactly("unit-mn-hoasua", "noi-vu");
    assertThat(new AuthorizedGroups.Manager().filterAuthenticatedGroupIds(null)).isEmpty();

    // the same grants: a unit's user sees its own unit's tasks and no other's
    String code = vn.tdkt.support.Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    driver.strict(true);
    try {
      assertThat(driver.task("th-ngocthuy", code, vn.tdkt.participation.ParticipationProcess.Element.REGISTER))
          .isNotNull();
    } finally {
      driver.strict(false);
    }
  }
}
