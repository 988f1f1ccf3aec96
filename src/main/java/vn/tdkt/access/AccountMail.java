package vn.tdkt.access;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.system.Messages;

/**
 * Sets an account's password to a new random one and mails it to the account's owner, in the job's
 * transaction: a mail that cannot be sent rolls the password back, and the job retries.
 */
@Service
public class AccountMail {

  private static final Logger LOG = LoggerFactory.getLogger(AccountMail.class);

  private final IdentityService identityService;
  private final JavaMailSender mailSender;
  private final TemplateEngine templates;
  private final OfficeDirectory offices;
  private final Messages messages;

  public AccountMail(
      IdentityService identityService,
      JavaMailSender mailSender,
      TemplateEngine templates,
      OfficeDirectory offices,
      Messages messages) {
    this.identityService = identityService;
    this.mailSender = mailSender;
    this.templates = templates;
    this.offices = offices;
    this.messages = messages;
  }

  public void send(String userId, AccountProcess.Reason reason) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      throw new IllegalStateException("No account " + userId);
    }
    if (user.getEmail() == null || user.getEmail().isBlank()) {
      throw new IllegalStateException("Account " + userId + " has no e-mail address");
    }
    Office office =
        offices.official(userId).flatMap(o -> offices.find(o.officeCode()))
            .or(offices::current)
            .orElseThrow(() -> new IllegalStateException("No office to send from"));
    String password = Accounts.randomPassword();
    user.setPassword(password);
    identityService.saveUser(user);
    Context context = new Context(Messages.VI);
    context.setVariable("user", user);
    context.setVariable("password", password);
    context.setVariable("office", office);
    context.setVariable("reset", reason == AccountProcess.Reason.RESET);
    String html = templates.process("mail/account", context);
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(office.from());
      helper.setTo(user.getEmail());
      helper.setSubject(messages.get("mail.account.subject." + reason.name(), office.name()));
      helper.setText(html, true);
      mailSender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not build the account mail to " + user.getEmail(), e);
    }
    LOG.info("Account notice ({}) sent to {}", reason, userId);
  }
}
