package vn.tdkt.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Steps the system takes on a user's behalf inside a process step (reading the council's members,
 * starting a dossier's process): the user's own authorizations, and the office the user sees (the
 * engine's tenant check), do not apply to them.
 */
public final class SystemActions {

  private SystemActions() {}

  public static <T> T asSystem(Supplier<T> action) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return action.get();
    }
    boolean authorization = context.isAuthorizationCheckEnabled();
    boolean tenant = context.isTenantCheckEnabled();
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    try {
      return action.get();
    } finally {
      if (authorization) {
        context.enableAuthorizationCheck();
      }
      if (tenant) {
        context.enableTenantCheck();
      }
    }
  }
}
