package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  final Deadlines deadlines = new Deadlines("Asia/Ho_Chi_Minh", 2, WorkingCalendar.weekdays());

  @Test
  @DisplayName("Ngày làm việc bỏ qua thứ Bảy, Chủ nhật")
  void workingDaysSkipWeekends() {
    LocalDate friday = LocalDate.of(2023, 6, 9);
    assertThat(deadlines.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2023, 6, 12));
    assertThat(deadlines.plusWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2023, 6, 16));
    assertThat(deadlines.plusWorkingDays(LocalDate.of(2023, 6, 12), -1)).isEqualTo(friday);
  }

  @Test
  @DisplayName("Hạn qua lúc 17:00 giờ Việt Nam; thư nhắc 2 ngày làm việc trước, lúc 8:00")
  void deadlineAndReminder() {
    ZonedDateTime due = deadlines.endOf(LocalDate.of(2023, 6, 12)).toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(due.getHour()).isEqualTo(17);
    ZonedDateTime reminder = deadlines.reminderBefore(deadlines.endOf(LocalDate.of(2023, 6, 12)))
        .toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(reminder.toLocalDate()).isEqualTo(LocalDate.of(2023, 6, 8)); // Thursday, over the weekend
    assertThat(reminder.getHour()).isEqualTo(8);
  }

  @Test
  @DisplayName("Ngày nghỉ trong lịch không tính; ngày làm bù thứ Bảy được tính; thư nhắc lùi qua kỳ nghỉ")
  void daysOffAndMakeUpDays() {
    java.util.Set<LocalDate> tet = new java.util.HashSet<>();
    for (int d = 16; d <= 20; d++) {
      tet.add(LocalDate.of(2026, 2, d));
    }
    tet.add(LocalDate.of(2026, 8, 31));
    Deadlines calendar = new Deadlines("Asia/Ho_Chi_Minh", 2,
        WorkingCalendar.of(tet, java.util.Set.of(LocalDate.of(2026, 8, 22))));
    // Friday before the Tết week + 1 working day: the Monday after it
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
    // a make-up Saturday is a working day; the swapped Monday is not
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 21), 1)).isEqualTo(LocalDate.of(2026, 8, 22));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 8, 28), 1)).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 1))).isEqualTo(8);
    // a deadline right after Tết: the reminder goes out two working days before, before Tết
    ZonedDateTime reminder = calendar.reminderBefore(calendar.endOf(LocalDate.of(2026, 2, 23)))
        .toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(reminder.toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 12));
  }
}
