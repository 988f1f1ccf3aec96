package vn.tdkt.access;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.system.Vars;

@Configuration
public class AccountDelegates {

  /** Sets the account's password and mails it to its owner. */
  @Bean
  public JavaDelegate sendAccountMailDelegate(AccountMail mail) {
    return execution ->
        mail.send(
            Vars.text(execution, AccountProcess.Var.USER_ID),
            AccountProcess.Reason.valueOf(Vars.text(execution, AccountProcess.Var.REASON)));
  }
}
