package vn.tdkt.benchmark;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The application's data source, its statements counted by one {@link SqlCount}. */
@TestConfiguration
public class CountedDatabase {

  static final SqlCount COUNT = new SqlCount();
  static volatile com.zaxxer.hikari.HikariDataSource pool;

  @Bean
  SqlCount sqlCount() {
    return COUNT;
  }

  /** Pooled as on a server (the tests' data source opens a connection per transaction). */
  static DataSource pooled(DataSource ds) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setDataSource(ds);
    config.setMaximumPoolSize(30);
    config.setPoolName("benchmark");
    pool = new com.zaxxer.hikari.HikariDataSource(config);
    return pool;
  }

  /** Counts the data source's statements, its pool closed when the data source is (after the engine). */
  @Bean
  static BeanPostProcessor countStatements() {
    return new DestructionAwareBeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource ds && !(bean instanceof java.lang.reflect.Proxy)
            ? COUNT.wrap(pooled(ds)) : bean;
      }

      @Override
      public boolean requiresDestruction(Object bean) {
        return bean instanceof DataSource && bean instanceof java.lang.reflect.Proxy;
      }

      @Override
      public void postProcessBeforeDestruction(Object bean, String name) {
        if (pool != null) {
          pool.close();
        }
      }
    };
  }
}
