package vn.tdkt.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * No default credential anywhere: with the {@code postgres} profile the application refuses to start,
 * before any bean is made (the database untouched), when the administrator's or the database's
 * password, or the mail server, is missing or blank, and says which variable to set. Registered in
 * {@code META-INF/spring.factories}, so it runs once the whole environment is known.
 */
public class RequiredSecrets implements ApplicationListener<ApplicationPreparedEvent> {

  /** Property, and the environment variable that sets it. */
  static final List<String[]> SECRETS =
      List.of(
          new String[] {"spring.datasource.password", "TDKT_DB_PASSWORD"},
          new String[] {"camunda.bpm.admin-user.password", "TDKT_ADMIN_PASSWORD"},
          new String[] {"spring.mail.host", "TDKT_SMTP_HOST"});

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    Environment environment = event.getApplicationContext().getEnvironment();
    if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String[] secret : SECRETS) {
      String value = environment.getProperty(secret[0]);
      if (value == null || value.isBlank()) {
        missing.add(secret[1]);
      }
    }
    if (!missing.isEmpty()) {
      ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT);
      throw new IllegalStateException(
          bundle.getString("startup.secretsMissing").replace("{0}", String.join(", ", missing)));
    }
  }
}
