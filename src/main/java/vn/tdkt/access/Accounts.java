package vn.tdkt.access;

import java.security.SecureRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import vn.tdkt.system.TdktProperties;
import org.springframework.stereotype.Component;
import vn.tdkt.system.SystemActions;

/**
 * New accounts: with the demo (default profile) they get the demo password; otherwise one nobody
 * knows, until the account notice sets a random one and mails it to its owner. The administrator can reset one the
 * same way.
 */
@Component
public class Accounts {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identityService;
  private final AccountProcess notices;
  private final String demoPassword;

  public Accounts(
      IdentityService identityService,
      AccountProcess notices,
      vn.tdkt.system.TdktProperties properties) {
    this.identityService = identityService;
    this.notices = notices;
    TdktProperties.Demo demo = properties.demo();
    this.demoPassword = demo.enabled() && !demo.password().isBlank() ? demo.password() : null;
  }

  /** Whether new accounts get the demo password (no mail). */
  public boolean demo() {
    return demoPassword != null;
  }

  void create(User user) {
    // until the notice sets and sends one, a password nobody knows
    user.setPassword(demoPassword != null ? demoPassword : randomPassword());
    identityService.saveUser(user);
    if (demoPassword == null) {
      SystemActions.asSystem(() -> notices.start(user.getId(), AccountProcess.Reason.NEW));
    }
  }

  /** Sends the user a new random password (the old one stops working when it is sent). */
  public void reset(String userId) {
    notices.start(userId, AccountProcess.Reason.RESET);
  }

  /** A password of 14 letters and digits, without look-alikes (0/O, 1/l/I). */
  static String randomPassword() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
