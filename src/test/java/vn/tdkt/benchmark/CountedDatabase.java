package vn.tdkt.benchmark;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The application's data source, its statements counted by one {@link SqlCount}. */
@TestConfiguration
public class CountedDatabase {

  static final SqlCount COUNT = new SqlCount();

  @Bean
  SqlCount sqlCount() {
    return COUNT;
  }

  @Bean
  static BeanPostProcessor countStatements() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource ds && !(bean instanceof java.lang.reflect.Proxy)
            ? COUNT.wrap(ds) : bean;
      }
    };
  }
}
