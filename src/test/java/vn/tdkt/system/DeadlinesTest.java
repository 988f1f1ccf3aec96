package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  final Deadlines deadlines = new Deadlines("Asia/Ho_Chi_Minh", 2, java.util.Set.of());

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
  @DisplayName("Qua Tết: ngày nghỉ Tết Quý Mão 2023 và Bính Ngọ 2026 trong cấu hình không tính là ngày làm việc")
  void acrossTet() {
    var environment = new org.springframework.mock.env.MockEnvironment();
    try (var in = new java.io.FileInputStream("src/main/resources/application.yaml")) {
      for (var source : new org.springframework.boot.env.YamlPropertySourceLoader().load("app",
          new org.springframework.core.io.InputStreamResource(in))) {
        environment.getPropertySources().addLast(source);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    Deadlines withHolidays = new Deadlines("Asia/Ho_Chi_Minh", 2, environment);
    // Friday before Tết Bính Ngọ + 1 working day: the Monday after the holiday week
    assertThat(withHolidays.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(withHolidays.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
    // a deadline right after Tết Quý Mão: the reminder goes out two working days before, before Tết
    ZonedDateTime reminder = withHolidays.reminderBefore(withHolidays.endOf(LocalDate.of(2023, 1, 27)))
        .toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(reminder.toLocalDate()).isEqualTo(LocalDate.of(2023, 1, 18));
    assertThat(withHolidays.isWorkingDay(LocalDate.of(2023, 6, 12))).isTrue();
    assertThat(withHolidays.isWorkingDay(LocalDate.of(2023, 9, 4))).as("Quốc khánh 2023 (bù)").isFalse();
  }
}
