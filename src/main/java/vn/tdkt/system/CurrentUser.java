package vn.tdkt.system;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The user the REST filter authenticated, for the application's own endpoints. */
@Component
public class CurrentUser {

  public static final String NOI_VU = "noi-vu";
  public static final String ADMIN = "camunda-admin";

  private final IdentityService identityService;
  private final Messages messages;

  public CurrentUser(IdentityService identityService, Messages messages) {
    this.identityService = identityService;
    this.messages = messages;
  }

  /** The id of the user the engine acts for now (a process step completed by a user), or null. */
  public String idOrNull() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public Authentication require() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, messages.get("auth.required"));
    }
    return authentication;
  }

  public Authentication requireAnyGroup(String... groups) {
    Authentication authentication = require();
    if (authentication.getGroupIds() == null
        || authentication.getGroupIds().stream().noneMatch(Arrays.asList(groups)::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("auth.forbidden"));
    }
    return authentication;
  }
}
