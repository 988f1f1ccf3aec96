package vn.tdkt.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Users as forms and documents name them. */
@Component
public class Users {

  private final IdentityService identityService;
  private final SystemCalls system;

  public Users(IdentityService identityService, SystemCalls system) {
    this.identityService = identityService;
    this.system = system;
  }

  /** The user's full name as the engine knows it ("Trần Văn Minh (Chủ tịch UBND quận)"), else the id. */
  public String displayName(String userId) {
    User user = system.run(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .trim();
    return name.isEmpty() ? userId : name;
  }
}
