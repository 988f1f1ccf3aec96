package vn.tdkt.system;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API answers only to HTTP Basic; the application's own API and pages to HTTP Basic or,
 * for reading, the Tasklist's session (both checked against the engine's identity service); the
 * engine's authorizations do the rest.
 */
@Configuration
public class RestSecurity {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("tdkt-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(101);
    return registration;
  }

  /**
   * The application's API, pages and downloads: HTTP Basic, or for reading, the session of a user
   * logged in to the Tasklist (links in forms open without a second login).
   */
  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> appAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("tdkt-app-authentication");
    registration.addUrlPatterns(
        "/api/*", "/hop-thu", "/hop-thu.json", "/theo-doi", "/theo-doi/*", "/quan-tri/*", "/nam/*");
    registration.addInitParameter(
        "authentication-provider", SessionOrBasicAuthenticationProvider.class.getName());
    registration.setOrder(102);
    return registration;
  }

  /** {@code tdkt.rest.enabled=false}: the engine REST API is off entirely (404); the webapps keep working. */
  @Bean
  @ConditionalOnProperty(name = "tdkt.rest.enabled", havingValue = "false")
  public FilterRegistrationBean<Filter> restOff() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            (request, response, chain) ->
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND));
    registration.setName("tdkt-rest-off");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(100);
    return registration;
  }
}
