package vn.tdkt.system;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days: Monday to Friday, except the public holidays and swapped days off the
 * government announces each year, plus the weekend days it announces as make-up working days (ngày
 * làm bù). The days come from data an administrator keeps; {@link #days()} is one consistent view.
 */
public interface WorkingCalendar {

  /** The announced exceptions to the Monday–Friday week. */
  Days days();

  /** Weekdays announced off, and weekend days announced as working days. */
  record Days(Set<LocalDate> off, Set<LocalDate> work) {
    public Days {
      off = Set.copyOf(off);
      work = Set.copyOf(work);
    }

    public boolean isWorkingDay(LocalDate date) {
      if (work.contains(date)) {
        return true;
      }
      DayOfWeek day = date.getDayOfWeek();
      return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !off.contains(date);
    }
  }

  /** A calendar with the given exceptions (tests, and the fixed view of one computation). */
  static WorkingCalendar of(Set<LocalDate> off, Set<LocalDate> work) {
    Days days = new Days(off, work);
    return () -> days;
  }

  /** Monday to Friday, with no announced exception. */
  static WorkingCalendar weekdays() {
    return of(Set.of(), Set.of());
  }
}
