package vn.tdkt.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The application's settings under {@code tdkt.*}, typed and checked once at start: a value out of
 * range stops the start with the property's name, instead of a wrong deadline weeks later. Office
 * data (units, people, legal amounts) is not here: it is data, set up per office.
 */
@Validated
@ConfigurationProperties(prefix = "tdkt")
public record TdktProperties(
    /* the time zone of deadlines and dates shown */
    @DefaultValue("Asia/Ho_Chi_Minh") @NotBlank String zone,
    @DefaultValue @Valid Reminder reminder,
    @DefaultValue @Valid Disclosure disclosure,
    @DefaultValue @Valid Supplement supplement,
    @DefaultValue @Valid Mail mail,
    @DefaultValue @Valid Demo demo,
    @DefaultValue @Valid Papers papers) {

  /** Reminders go this many working days before a deadline. */
  public record Reminder(@DefaultValue("2") @Min(0) @Max(20) int workingDaysBefore) {}

  /** Working days the list of nominees stays published before the council session. */
  public record Disclosure(@DefaultValue("10") @Min(0) @Max(60) int workingDays) {}

  /** Working days a unit has to supplement a dossier returned by Nội vụ. */
  public record Supplement(@DefaultValue("5") @Min(1) @Max(30) int workingDays) {}

  /**
   * Mail: the embedded capture; how many mails of a fan-out one job sends over one SMTP connection
   * (the jobs of a fan-out run in parallel); and the retry cycle of a failed batch.
   */
  public record Mail(
      @DefaultValue @Valid Capture capture,
      @DefaultValue("25") @Min(1) @Max(1000) int batchSize,
      @DefaultValue("R5/PT10M") @jakarta.validation.constraints.NotBlank String retryCycle) {}

  /** The embedded SMTP server that keeps every mail (demo and tests); port 0 picks a free one. */
  public record Capture(
      @DefaultValue("false") boolean enabled, @DefaultValue("0") @Min(0) @Max(65535) int port) {}

  /**
   * The demo: its users' password, and which office's workbook under {@code demo/} it sets up
   * ({@code none}: the administrator sets the office up).
   */
  public record Demo(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("") String password,
      @DefaultValue("none") String office) {}

  /**
   * Where an office puts its own paper templates: {@code <folder>/<office code>/<name>.docx} or
   * {@code <folder>/<name>.docx} is used instead of the bundled {@code papers/<name>.docx}; empty:
   * the bundled templates only.
   */
  public record Papers(@DefaultValue("") String folder) {}
}
