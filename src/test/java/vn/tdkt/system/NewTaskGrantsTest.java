package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.participation.ParticipationProcess;
import vn.tdkt.support.Driver;
import vn.tdkt.support.ProcessTest;

class NewTaskGrantsTest extends ProcessTest {

  @Test
  @DisplayName("Việc mới của đơn vị được cấp quyền cho nhóm đơn vị đúng một lần; việc đã có được bổ sung quyền, không nhân đôi")
  void aNewTaskIsGrantedToItsGroupOnceAndAnExistingTaskKeepsOneGrantPerGroup() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getResourceAuthorizationProvider()).isInstanceOf(NewTaskGrants.Provider.class);

    String code = Driver.newCode();
    steps.launch(code, List.of("TRUONG_HOC"), List.of());
    Task register = driver.task("th-ngocthuy", code, ParticipationProcess.Element.REGISTER);
    assertThat(grants("unit-th-ngocthuy", register.getId())).singleElement()
        .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue());

    // the same group and a user added to the task that already exists: the grant found and kept single
    engine.getTaskService().addCandidateGroup(register.getId(), "unit-th-ngocthuy");
    engine.getTaskService().addCandidateUser(register.getId(), "noivu");
    engine.getTaskService().addCandidateUser(register.getId(), "noivu");
    assertThat(grants("unit-th-ngocthuy", register.getId())).hasSize(1);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn("noivu")
        .resourceType(Resources.TASK).resourceId(register.getId()).count()).isEqualTo(1);

    // a task created and given the same group twice in one command: one grant, merged in the cache
    String created = configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = new TaskEntity((String) null);
      task.setName("Việc thử cấp quyền");
      task.insert();
      assertThat(NewTaskGrants.Provider.isNewTask(Resources.TASK, task.getId())).isTrue();
      task.addCandidateGroup("unit-th-ngocthuy");
      task.addCandidateGroup("unit-th-ngocthuy");
      return task.getId();
    });
    try {
      assertThat(grants("unit-th-ngocthuy", created)).hasSize(1);
      boolean stillNew = configuration.getCommandExecutorTxRequired().execute(
          context -> NewTaskGrants.Provider.isNewTask(Resources.TASK, created));
      assertThat(stillNew).as("no longer new").isFalse();
    } finally {
      engine.getTaskService().deleteTask(created, true);
    }
  }

  private List<Authorization> grants(String group, String taskId) {
    return engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.TASK).resourceId(taskId).list();
  }
}
