package vn.tdkt.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The default profile needs no SMTP server: an embedded one (GreenMail) receives every e-mail, and
 * {@code /hop-thu} shows them. Off in the {@code postgres} profile.
 */
@Configuration
@ConditionalOnProperty(name = "tdkt.mail.capture.enabled", havingValue = "true")
public class MailCapture {

  @Bean(initMethod = "start", destroyMethod = "stop")
  public GreenMail capturedMail(vn.tdkt.system.TdktProperties properties) {
    int port = properties.mail().capture().port();
    int bound = port > 0 ? port : freePort();
    ServerSetup setup = new ServerSetup(bound, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    setup.setServerStartupTimeout(10_000);
    return new GreenMail(setup);
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("No free port for the mail capture", e);
    }
  }

  @Bean
  public JavaMailSender mailSender(GreenMail capturedMail) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(capturedMail.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    Properties props = sender.getJavaMailProperties();
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "5000");
    return sender;
  }
}
