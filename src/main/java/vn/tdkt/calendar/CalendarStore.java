package vn.tdkt.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.system.Messages;
import vn.tdkt.system.WorkingCalendar;

/**
 * The working calendar as data (tables {@code calendar_year}, {@code calendar_day}): per year, the
 * government's notice and the days it announces — weekdays off (holidays, swapped days) and weekend
 * days worked to make up for them. An administrator replaces a year as a whole; the years 2023–2026
 * come with the system. Reads are cached for a short while, so another node sees a change within
 * {@link #TTL}.
 */
@Component
public class CalendarStore implements WorkingCalendar {

  static final Duration TTL = Duration.ofSeconds(30);
  static final int MAX_NOTE = 200;
  static final int MAX_NOTICE = 300;
  private static final Logger LOG = LoggerFactory.getLogger(CalendarStore.class);

  /** Whether an announced day is a day off or a make-up working day. */
  public enum Kind {
    OFF,
    WORK;

    public String labelKey() {
      return "calendar.kind." + name();
    }
  }

  public record Day(LocalDate date, Kind kind, String note) {}

  public record Year(int year, String notice, List<Day> days, String changedBy, Instant changedAt) {}

  /** A cache entry; its age runs on the machine's monotonic time, not on the engine's clock. */
  private record Snapshot(Days days, Set<Integer> years, long loadedAtNanos) {}

  private final JdbcTemplate jdbc;
  private final java.time.Clock clock;
  private final Messages messages;
  private volatile Snapshot snapshot;

  public CalendarStore(JdbcTemplate jdbc, Messages messages, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.messages = messages;
  }

  @Override
  public Days days() {
    return current().days();
  }

  /** Whether the year's days have been announced (entered); deadlines in other years count weekdays only. */
  public boolean known(int year) {
    return current().years().contains(year);
  }

  /** The years entered, oldest first, each with its days in date order. */
  public List<Year> years() {
    Map<Integer, List<Day>> byYear = new LinkedHashMap<>();
    jdbc.query(
        "SELECT on_date, kind, note FROM calendar_day ORDER BY on_date",
        rs -> {
          LocalDate date = rs.getDate("on_date").toLocalDate();
          byYear.computeIfAbsent(date.getYear(), y -> new ArrayList<>())
              .add(new Day(date, Kind.valueOf(rs.getString("kind")), rs.getString("note")));
        });
    return jdbc.query(
        "SELECT year_no, notice, changed_by, changed_at FROM calendar_year ORDER BY year_no",
        (rs, i) -> {
          Timestamp at = rs.getTimestamp("changed_at");
          int year = rs.getInt("year_no");
          return new Year(year, rs.getString("notice"), byYear.getOrDefault(year, List.of()),
              rs.getString("changed_by"), at == null ? null : at.toInstant());
        });
  }

  public Optional<Year> year(int year) {
    return years().stream().filter(y -> y.year() == year).findFirst();
  }

  /**
   * Replaces one year's days with those given, after checking each: inside the year, a day off on a
   * weekday, a make-up working day on a weekend, each with its reason, no date twice, the notice named.
   */
  @Transactional
  public Year replace(int year, String notice, List<Day> days, String by) {
    check(year, notice, days);
    jdbc.update("DELETE FROM calendar_day WHERE on_date >= ? AND on_date <= ?",
        Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
    int updated = jdbc.update(
        "UPDATE calendar_year SET notice = ?, changed_by = ?, changed_at = ? WHERE year_no = ?",
        notice.strip(), by, Timestamp.from(clock.instant()), year);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO calendar_year (year_no, notice, changed_by, changed_at) VALUES (?, ?, ?, ?)",
          year, notice.strip(), by, Timestamp.from(clock.instant()));
    }
    List<Day> sorted = days.stream().sorted(Comparator.comparing(Day::date)).toList();
    jdbc.batchUpdate(
        "INSERT INTO calendar_day (on_date, kind, note) VALUES (?, ?, ?)",
        sorted.stream()
            .map(d -> new Object[] {Date.valueOf(d.date()), d.kind().name(), d.note().strip()})
            .toList());
    snapshot = null;
    LOG.info("Working calendar {} replaced by {}: {} days", year, by, sorted.size());
    return year(year).orElseThrow();
  }

  private void check(int year, String notice, List<Day> days) {
    if (year < 2000 || year > 2100) {
      throw messages.reject("calendar.badYear", String.valueOf(year));
    }
    if (notice == null || notice.isBlank()) {
      throw messages.reject("calendar.noticeMissing", String.valueOf(year));
    }
    if (notice.strip().length() > MAX_NOTICE) {
      throw messages.reject("calendar.noticeTooLong", MAX_NOTICE);
    }
    if (days == null || days.isEmpty()) {
      throw messages.reject("calendar.noDays", String.valueOf(year));
    }
    Set<LocalDate> seen = new HashSet<>();
    for (Day d : days) {
      if (d == null || d.date() == null || d.kind() == null) {
        throw messages.reject("calendar.dayIncomplete");
      }
      String date = messages.date(d.date());
      if (d.date().getYear() != year) {
        throw messages.reject("calendar.otherYear", date, String.valueOf(year));
      }
      if (!seen.add(d.date())) {
        throw messages.reject("calendar.twice", date);
      }
      if (d.note() == null || d.note().isBlank()) {
        throw messages.reject("calendar.noteMissing", date);
      }
      if (d.note().strip().length() > MAX_NOTE) {
        throw messages.reject("calendar.noteTooLong", date, MAX_NOTE);
      }
      boolean weekend =
          d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
      if (d.kind() == Kind.OFF && weekend) {
        throw messages.reject("calendar.offOnWeekend", date);
      }
      if (d.kind() == Kind.WORK && !weekend) {
        throw messages.reject("calendar.workOnWeekday", date);
      }
    }
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (s == null || System.nanoTime() - s.loadedAtNanos() > TTL.toNanos()) {
      s = load();
      snapshot = s;
    }
    return s;
  }

  private Snapshot load() {
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> work = new HashSet<>();
    jdbc.query(
        "SELECT on_date, kind FROM calendar_day",
        rs -> {
          LocalDate date = rs.getDate("on_date").toLocalDate();
          (Kind.valueOf(rs.getString("kind")) == Kind.WORK ? work : off).add(date);
        });
    Set<Integer> years = new HashSet<>(jdbc.queryForList("SELECT year_no FROM calendar_year", Integer.class));
    return new Snapshot(new Days(off, work), years, System.nanoTime());
  }
}
