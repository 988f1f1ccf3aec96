package vn.tdkt.system;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due dates, reminders and escalations, counted in working days (weekends do not count). Used from
 * the BPMN as {@code ${deadlines...}}.
 */
@Component("deadlines")
public class Deadlines {

  private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
  private static final LocalTime START_OF_DAY = LocalTime.of(8, 0);

  private final ZoneId zone;
  private final int reminderDays;

  public Deadlines(
      @Value("${tdkt.zone:Asia/Ho_Chi_Minh}") String zone,
      @Value("${tdkt.reminder.working-days-before:2}") int reminderDays) {
    this.zone = ZoneId.of(zone);
    this.reminderDays = reminderDays;
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalDate today() {
    return LocalDate.now(zone);
  }

  /** The end of the working day on {@code date}: the moment a deadline passes. */
  public Date endOf(LocalDate date) {
    return Date.from(date.atTime(END_OF_DAY).atZone(zone).toInstant());
  }

  public LocalDate dateOf(Date date) {
    return date.toInstant().atZone(zone).toLocalDate();
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  public LocalDate plusWorkingDays(LocalDate from, int days) {
    LocalDate date = from;
    int step = days >= 0 ? 1 : -1;
    for (int left = Math.abs(days); left > 0; ) {
      date = date.plusDays(step);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
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
}
