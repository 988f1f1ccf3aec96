package vn.tdkt.system;

import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's default grants on tasks, without asking the database for a grant on a task that this
 * very command created. Every user task of a unit is granted to the unit's group when its candidate
 * group is set; before creating that grant the engine looks for one on the same task and group
 * ({@code SELECT * FROM ACT_RU_AUTHORIZATION WHERE ... RESOURCE_ID_ = ?}). A task that is not yet in
 * the database can have no grant there, and a grant made earlier in the same command is still merged
 * by the engine from its cache; on a task that already exists the lookup is made as before.
 */
@Component
public class NewTaskGrants extends AbstractProcessEnginePlugin {

  /** The default provider, with the lookup skipped for tasks inserted in the current command. */
  static class Provider extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
      return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
      return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
    }

    static boolean isNewTask(Resource resource, String taskId) {
      if (resource.resourceType() != TASK.resourceType() || taskId == null || Context.getCommandContext() == null) {
        return false;
      }
      DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
      TaskEntity task = cache.get(TaskEntity.class, taskId);
      return task != null && cache.isTransient(task);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }
}
