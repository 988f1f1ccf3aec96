package vn.tdkt.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vietnamese user text from {@code messages.properties}; the one place that turns a key into words. */
@Component
public class Messages {

  public static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private final MessageSource messageSource;

  public Messages(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  public String get(String key, Object... args) {
    return messageSource.getMessage(key, args, key, VI);
  }

  /** A day as officials write it: dd/MM/yyyy. */
  public String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  /**
   * A rejection of the user's input: the engine rolls the step back and the REST API (and so the
   * Tasklist) answers 400 with this Vietnamese message.
   */
  public InputRejected reject(String key, Object... args) {
    return new InputRejected(key, get(key, args));
  }
}
