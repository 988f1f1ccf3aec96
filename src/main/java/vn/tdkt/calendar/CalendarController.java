package vn.tdkt.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Deadlines;
import vn.tdkt.system.Messages;
import vn.tdkt.system.SessionOrBasicAuthenticationProvider;

/**
 * The working calendar: {@code GET /api/calendar} lists each year's notice and days (anyone logged
 * in), {@code PUT /api/calendar/{year}} replaces a year (the administrator); the page
 * {@code /quan-tri/lich-nghi} edits it in the browser.
 */
@Controller
public class CalendarController {

  /** A year's days as sent by the page or a client: ISO dates, OFF or WORK, a reason. */
  public record YearInput(String notice, List<DayInput> days) {}

  public record DayInput(String date, String kind, String note) {}

  private final CalendarStore calendar;
  private final Deadlines deadlines;
  private final CurrentUser currentUser;
  private final Messages messages;

  public CalendarController(
      CalendarStore calendar, Deadlines deadlines, CurrentUser currentUser, Messages messages) {
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/api/calendar")
  @ResponseBody
  public Map<String, Object> list() {
    currentUser.require();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("years", calendar.years().stream().map(this::view).toList());
    body.put("missing", missing());
    return body;
  }

  @PutMapping("/api/calendar/{year}")
  @ResponseBody
  public Map<String, Object> replace(@PathVariable int year, @RequestBody YearInput input) {
    String by = currentUser.requireAnyGroup(CurrentUser.ADMIN).getUserId();
    List<CalendarStore.Day> days = new ArrayList<>();
    for (DayInput d : input.days() == null ? List.<DayInput>of() : input.days()) {
      days.add(new CalendarStore.Day(date(d.date()), kind(d.kind()), d.note()));
    }
    return view(calendar.replace(year, input.notice(), days, by));
  }

  @GetMapping("/quan-tri/lich-nghi")
  public String page(Model model, HttpServletRequest request) {
    currentUser.requireAnyGroup(CurrentUser.ADMIN);
    model.addAttribute(
        "token", SessionOrBasicAuthenticationProvider.formToken(request.getSession(true)));
    model.addAttribute("years", calendar.years().stream().map(this::view).toList());
    model.addAttribute("missing", missing());
    model.addAttribute("thisYear", deadlines.today().getYear());
    return "calendar-admin";
  }

  /** This year, and from October next year, when their days have not been entered yet. */
  private List<Integer> missing() {
    LocalDate today = deadlines.today();
    List<Integer> missing = new ArrayList<>();
    if (!calendar.known(today.getYear())) {
      missing.add(today.getYear());
    }
    if (today.getMonthValue() >= 10 && !calendar.known(today.getYear() + 1)) {
      missing.add(today.getYear() + 1);
    }
    return missing;
  }

  private Map<String, Object> view(CalendarStore.Year y) {
    Map<String, Object> year = new LinkedHashMap<>();
    year.put("year", y.year());
    year.put("notice", y.notice());
    year.put("changedBy", y.changedBy());
    List<Map<String, Object>> days = new ArrayList<>();
    for (CalendarStore.Day d : y.days()) {
      Map<String, Object> day = new LinkedHashMap<>();
      day.put("date", d.date().toString());
      day.put("dateText", messages.date(d.date()));
      day.put("weekday", weekday(d.date().getDayOfWeek()));
      day.put("kind", d.kind().name());
      day.put("kindLabel", messages.get(d.kind().labelKey()));
      day.put("note", d.note());
      days.add(day);
    }
    year.put("days", days);
    return year;
  }

  private String weekday(DayOfWeek day) {
    return messages.get("weekday." + day.name());
  }

  private LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw messages.reject("calendar.badDate", text);
    }
  }

  private CalendarStore.Kind kind(String text) {
    if (text == null) {
      return null;
    }
    try {
      return CalendarStore.Kind.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      throw messages.reject("calendar.dayIncomplete");
    }
  }
}
