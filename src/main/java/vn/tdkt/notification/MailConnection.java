package vn.tdkt.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for the mails of a batch, opened on the first message and opened again after a
 * failure. A sender other than the standard one sends each message on its own.
 */
final class MailConnection implements AutoCloseable {

  private final JavaMailSender sender;
  private final java.time.Clock clock;
  private Transport transport;

  MailConnection(JavaMailSender sender, java.time.Clock clock) {
    this.sender = sender;
    this.clock = clock;
  }

  void send(MimeMessage message) {
    if (!(sender instanceof JavaMailSenderImpl standard)) {
      sender.send(message);
      return;
    }
    try {
      if (transport == null || !transport.isConnected()) {
        transport = open(standard);
      }
      if (message.getSentDate() == null) {
        message.setSentDate(Date.from(clock.instant()));
      }
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException e) {
      close();
      throw new MailSendException("Could not send mail: " + e.getMessage(), e);
    }
  }

  private static Transport open(JavaMailSenderImpl standard) throws MessagingException {
    String protocol = standard.getProtocol() == null ? "smtp" : standard.getProtocol();
    Transport transport = standard.getSession().getTransport(protocol);
    String user = standard.getUsername();
    String password = standard.getPassword();
    if ("".equals(user)) {
      user = null;
      if ("".equals(password)) {
        password = null;
      }
    }
    transport.connect(standard.getHost(), standard.getPort(), user, password);
    return transport;
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the connection is gone already; the next message opens a new one
      }
      transport = null;
    }
  }
}
