package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.ProcessTest;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.InputRejected;
import vn.tdkt.system.WorkingCalendar;

/**
 * The working calendar as data: the years 2023–2026 from the government's notices, each day off and
 * each make-up working Saturday moving a deadline; an administrator replacing a year; bad input
 * refused with a reason and nothing changed.
 */
class CalendarTest extends ProcessTest {

  @Autowired CalendarStore calendar;
  @Autowired Deadlines deadlines;
  @Autowired TestRestTemplate rest;

  private CalendarStore.Year saved2026;

  @AfterEach
  void restore() {
    if (saved2026 != null) {
      calendar.replace(2026, saved2026.notice(), saved2026.days(), "test");
      saved2026 = null;
    }
  }

  @Test
  @DisplayName("Lịch 2023–2026 có sẵn, mỗi năm ghi văn bản thông báo")
  void yearsComeWithTheSystem() {
    assertThat(calendar.years()).extracting(CalendarStore.Year::year).contains(2023, 2024, 2025, 2026);
    assertThat(calendar.years()).allSatisfy(y -> {
      assertThat(y.notice()).isNotBlank();
      assertThat(y.days()).isNotEmpty().allSatisfy(d -> assertThat(d.note()).isNotBlank());
    });
  }

  @Test
  @DisplayName("Mỗi ngày nghỉ lùi thời hạn một ngày; mỗi ngày làm bù là ngày làm việc")
  void everyAnnouncedDayMovesADeadline() {
    WorkingCalendar weekdays = WorkingCalendar.weekdays();
    Deadlines plain = new Deadlines("Asia/Ho_Chi_Minh", 2, weekdays);
    int checked = 0;
    for (CalendarStore.Year y : calendar.years()) {
      for (CalendarStore.Day d : y.days()) {
        LocalDate before = deadlines.plusWorkingDays(d.date(), -1);
        LocalDate next = deadlines.plusWorkingDays(before, 1);
        if (d.kind() == CalendarStore.Kind.OFF) {
          assertThat(deadlines.isWorkingDay(d.date())).as("%s", d).isFalse();
          assertThat(next).as("one working day after %s skips %s", before, d).isAfter(d.date());
        } else {
          assertThat(deadlines.isWorkingDay(d.date())).as("%s", d).isTrue();
          assertThat(next).as("one working day after %s is the make-up day %s", before, d).isEqualTo(d.date());
          assertThat(plain.plusWorkingDays(before, 1)).isNotEqualTo(d.date());
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  @DisplayName("Ngày nghỉ hoán đổi 02/5/2025, 31/8/2026 và ngày làm bù 04/5/2024, 26/4/2025, 22/8/2026")
  void swappedDays() {
    assertThat(deadlines.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    assertThat(deadlines.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
    for (LocalDate saturday : List.of(LocalDate.of(2024, 5, 4), LocalDate.of(2025, 4, 26), LocalDate.of(2026, 8, 22))) {
      assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      assertThat(deadlines.isWorkingDay(saturday)).as("%s", saturday).isTrue();
    }
    // Friday 25/4/2025 + 10 working days: Saturday 26/4 counts, 30/4, 1/5 and 2/5 do not
    assertThat(deadlines.plusWorkingDays(LocalDate.of(2025, 4, 25), 10)).isEqualTo(LocalDate.of(2025, 5, 13));
    assertThat(new Deadlines("Asia/Ho_Chi_Minh", 2, WorkingCalendar.weekdays())
        .plusWorkingDays(LocalDate.of(2025, 4, 25), 10)).isEqualTo(LocalDate.of(2025, 5, 9));
  }

  @Test
  @DisplayName("Quản trị thay lịch một năm; thời hạn theo lịch mới ngay")
  void administratorReplacesAYear() {
    saved2026 = calendar.year(2026).orElseThrow();
    LocalDate monday = LocalDate.of(2026, 12, 7);
    assertThat(deadlines.isWorkingDay(monday)).isTrue();
    List<Map<String, String>> days = new java.util.ArrayList<>();
    saved2026.days().forEach(d -> days.add(Map.of("date", d.date().toString(), "kind", d.kind().name(), "note", d.note())));
    days.add(Map.of("date", "2026-12-07", "kind", "OFF", "note", "Nghỉ bù (thử)"));
    ResponseEntity<Map> saved = put("admin", 2026, Map.of("notice", saved2026.notice(), "days", days));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(deadlines.isWorkingDay(monday)).isFalse();
    assertThat(deadlines.plusWorkingDays(LocalDate.of(2026, 12, 4), 1)).isEqualTo(LocalDate.of(2026, 12, 8));

    ResponseEntity<Map> list = rest.withBasicAuth("noivu", "demo").getForEntity("/api/calendar", Map.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody().toString()).contains("07/12/2026").contains("Thứ Hai").contains("Nghỉ bù (thử)");
    assertThat(put("noivu", 2026, Map.of("notice", "x", "days", days)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/quan-tri/lich-nghi", String.class).getBody())
        .contains("Lịch nghỉ lễ và ngày làm bù").contains("2026");
  }

  @Test
  @DisplayName("Lịch sai bị từ chối với lý do, không thay đổi gì")
  void badCalendarsAreRefused() {
    CalendarStore.Year before = calendar.year(2025).orElseThrow();
    Map<String, String> saturdayOff = Map.of("date", "2025-04-26", "kind", "OFF", "note", "x");
    Map<String, String> mondayWork = Map.of("date", "2025-04-28", "kind", "WORK", "note", "x");
    Map<String, String> otherYear = Map.of("date", "2024-04-29", "kind", "OFF", "note", "x");
    Map<String, String> noNote = Map.of("date", "2025-04-29", "kind", "OFF", "note", " ");
    Map<String, String> badDate = Map.of("date", "29/04/2025", "kind", "OFF", "note", "x");
    for (var c : List.of(
        Map.entry(List.of(saturdayOff), "thứ Bảy hoặc Chủ nhật, vốn là ngày nghỉ"),
        Map.entry(List.of(mondayWork), "ngày làm bù phải là thứ Bảy"),
        Map.entry(List.of(otherYear), "không thuộc năm 2025"),
        Map.entry(List.of(noNote), "chưa ghi lý do"),
        Map.entry(List.of(badDate), "không đúng dạng"),
        Map.entry(List.of(mondayWork.entrySet().stream().findFirst().map(e -> Map.of("date", "2025-04-30", "kind", "OFF", "note", "a")).get(),
            Map.of("date", "2025-04-30", "kind", "OFF", "note", "b")), "ghi hai lần"))) {
      ResponseEntity<Map> response = put("admin", 2025, Map.of("notice", "Thông báo", "days", c.getKey()));
      assertThat(response.getStatusCode()).as(c.getValue()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) response.getBody().get("message")).contains(c.getValue());
    }
    assertThat(put("admin", 2025, Map.of("notice", " ", "days", List.of(noNote))).getBody().get("message").toString())
        .contains("văn bản thông báo");
    assertThatThrownBy(() -> calendar.replace(2025, "Thông báo", List.of(), "test"))
        .isInstanceOf(InputRejected.class).hasMessageContaining("chưa có ngày nào");
    assertThat(calendar.year(2025).orElseThrow()).isEqualTo(before);
  }

  private ResponseEntity<Map> put(String user, int year, Object body) {
    return rest.withBasicAuth(user, "demo")
        .exchange("/api/calendar/" + year, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
  }
}
