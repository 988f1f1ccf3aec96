package vn.tdkt.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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

  /** Lines of numbered keys ({@code prefix.1}, {@code prefix.2}, …) until one is missing. */
  public List<String> lines(String prefix) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; ; i++) {
      String key = prefix + "." + i;
      String line = get(key);
      if (line.equals(key)) {
        return lines;
      }
      lines.add(line);
    }
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
