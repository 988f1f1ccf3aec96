package vn.tdkt.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks with the user's own groups as they are. Before each authorized query the
 * engine reads every group that has an authorization ({@code SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION}), once per command, to drop the user's groups that have none: a saving for a
 * user in hundreds of directory groups. Here every unit is a group with authorizations, so a city
 * of 5,000 units read 5,000 rows for each command of each Tasklist list, while its officials are in
 * one to three groups. The checks see the same grants: a group without authorizations matches no
 * row either way.
 */
@Component
public class AuthorizedGroups extends AbstractProcessEnginePlugin {

  /** The engine's authorization manager, without the read of all authorized groups. */
  static class Manager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }
}
