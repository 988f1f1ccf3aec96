package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The settings bind to one typed record, with the defaults, and a value out of range stops the start. */
class TdktPropertiesTest {

  @Configuration
  @EnableConfigurationProperties(TdktProperties.class)
  static class Settings {}

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Settings.class);

  @Test
  @DisplayName("Không cấu hình gì: các giá trị mặc định")
  void defaults() {
    runner.run(
        context -> {
          TdktProperties p = context.getBean(TdktProperties.class);
          assertThat(p.zone()).isEqualTo("Asia/Ho_Chi_Minh");
          assertThat(p.reminder().workingDaysBefore()).isEqualTo(2);
          assertThat(p.disclosure().workingDays()).isEqualTo(10);
          assertThat(p.supplement().workingDays()).isEqualTo(5);
          assertThat(p.mail().capture().enabled()).isFalse();
          assertThat(p.demo().enabled()).isFalse();
          assertThat(p.demo().office()).isEqualTo("none");
        });
  }

  @Test
  @DisplayName("Giá trị đặt trong cấu hình được dùng")
  void setValuesBind() {
    runner
        .withPropertyValues("tdkt.disclosure.working-days=0", "tdkt.demo.office=kien-an")
        .run(
            context -> {
              TdktProperties p = context.getBean(TdktProperties.class);
              assertThat(p.disclosure().workingDays()).isZero();
              assertThat(p.demo().office()).isEqualTo("kien-an");
            });
  }

  @Test
  @DisplayName("Hạn bổ sung 0 ngày: không khởi động, nêu tên thuộc tính")
  void outOfRangeStopsTheStart() {
    runner
        .withPropertyValues("tdkt.supplement.working-days=0")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("supplement.workingDays"));
  }
}
