package vn.tdkt.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine calls the system makes while serving a user outside a process step (an API request reading
 * the rules or the council's names for a document): the user's authorizations do not apply, and the
 * user is authenticated again afterwards. Inside a process step {@link SystemActions} is enough.
 */
@Component
public class SystemCalls {

  private final IdentityService identityService;

  public SystemCalls(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Supplier<T> action) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      return SystemActions.asSystem(action);
    }
    identityService.clearAuthentication();
    try {
      return SystemActions.asSystem(action);
    } finally {
      identityService.setAuthentication(user);
    }
  }
}
