package vn.tdkt.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Due dates, reminders and escalations, counted in working days: weekends and the public holidays of
 * the {@link WorkingCalendar} do not count, its make-up working Saturdays do. Used from the BPMN as
 * {@code ${deadlines...}}.
 */
@Component("deadlines")
public class Deadlines {

  private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
  private static final LocalTime START_OF_DAY = LocalTime.of(8, 0);

  private final ZoneId zone;
  private final java.time.Clock clock;
  private final int reminderDays;
  private final WorkingCalendar calendar;
  private int supplementDays = 5;

  @Autowired
  public Deadlines(TdktProperties properties, WorkingCalendar calendar) {
    this(properties.zone(), properties.reminder().workingDaysBefore(), calendar);
    this.supplementDays = properties.supplement().workingDays();
  }

  public Deadlines(String zone, int reminderDays, WorkingCalendar calendar) {
    this.zone = ZoneId.of(zone);
    this.clock = new EngineClock(this.zone);
    this.reminderDays = reminderDays;
    this.calendar = calendar;
  }

  public ZoneId zone() {
    return zone;
  }
  /** Today by the engine's clock (the system clock, unless a test or a replay sets it). */
  public LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  /** Now by the engine's clock ({@link EngineClock}). */
  public java.time.Instant now() {
    return clock.instant();
  }

  /** The end of the working day on {@code date}: the moment a deadline passes. */
  public Date endOf(LocalDate date) {
    return Date.from(date.atTime(END_OF_DAY).atZone(zone).toInstant());
  }

  public LocalDate dateOf(Date date) {
    return date.toInstant().atZone(zone).toLocalDate();
  }

  public boolean isWorkingDay(LocalDate date) {
    return calendar.days().isWorkingDay(date);
  }

  public LocalDate plusWorkingDays(LocalDate from, int days) {
    WorkingCalendar.Days calendar = this.calendar.days();
    LocalDate date = from;
    int step = days >= 0 ? 1 : -1;
    for (int left = Math.abs(days); left > 0; ) {
      date = date.plusDays(step);
      if (calendar.isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  /** Working days after {@code from} up to and including {@code to} (0 if {@code to} is not later). */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    WorkingCalendar.Days calendar = this.calendar.days();
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        days++;
      }
    }
    return days;
  }

  /** The last day to supplement a dossier returned today ({@code tdkt.supplement.working-days}). */
  public LocalDate supplementDueDay() {
    return plusWorkingDays(today(), supplementDays);
  }

  /** Due date of a task that has {@code days} working days from today. */
  public Date workingDaysFromNow(int days) {
    return endOf(plusWorkingDays(today(), days));
  }

  /** When the reminder before a deadline goes out: N working days before it, at the start of the day. */
  public Date reminderBefore(Date deadline) {
    LocalDate day = plusWorkingDays(dateOf(deadline), -reminderDays);
    return Date.from(day.atTime(START_OF_DAY).atZone(zone).toInstant());
  }

  /**
   * The deadline {@code key} of a JSON view (an ISO-8601 instant; the campaign as its units see it),
   * or none when the view does not have it.
   */
  public Date at(Object view, String key) {
    java.time.Instant instant = instantIn(view, key);
    return instant == null ? null : Date.from(instant);
  }

  /** {@link #at} as an instant. */
  public static java.time.Instant instantIn(Object view, String key) {
    if (view instanceof org.camunda.spin.json.SpinJsonNode node && node.hasProp(key)
        && node.prop(key).isString()) {
      return java.time.Instant.parse(node.prop(key).stringValue());
    }
    return null;
  }
}
