package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  final Deadlines deadlines = new Deadlines("Asia/Ho_Chi_Minh", 2);

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
}
