package vn.tdkt.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The engine REST API with one JSON mapper. Camunda's {@link JacksonConfigurator} makes and
 * configures a new {@link ObjectMapper} every time Jersey asks for one: for each request body read,
 * each response written and each filter's stored query read. A new mapper has none of the
 * serializers and deserializers it built before, so every Tasklist list built again the
 * deserializer of the task query (a hundred properties): a fifth of the server's time for a list.
 * {@link Mapper} is configured by Camunda's own {@link JacksonConfigurator#configureObjectMapper}, once;
 * Jackson copies the date format for each use, so one mapper serves every thread.
 *
 * <p>It replaces Camunda's configurator in both entry points: {@code /engine-rest} (the starter's
 * resource configuration, replaced by {@link EngineRest}) and the engine API the Tasklist and
 * Cockpit call ({@code /camunda/api/engine}: the starter registers that servlet only when no servlet
 * of its name exists, so {@link #tasklistEngineApi} registers it first with {@link WebappEngineApi}).
 * Both entry points list the filters' tasks with {@link FilterPages}.
 */
@Configuration
public class RestJson {

  /** The servlet name under which the webapps' starter registers the engine API. */
  static final String ENGINE_API_SERVLET = "Engine Api";

  /** The one mapper, configured as Camunda configures each of its own. */
  @Provider
  @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
  public static class Mapper implements ContextResolver<ObjectMapper> {

    private static volatile ObjectMapper mapper;

    static ObjectMapper shared() {
      ObjectMapper m = mapper;
      if (m == null) {
        synchronized (Mapper.class) {
          if (mapper == null) {
            // configured at first use, so that a date format set at start-up is taken
            mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
          }
          m = mapper;
        }
      }
      return m;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
      return shared();
    }
  }

  /**
   * Camunda's classes of an engine API with ours in their place: {@link Mapper} for its JSON
   * configurator, {@link FilterPages} for its root resources.
   */
  static Set<Class<?>> engineApi(Set<Class<?>> camundas) {
    Set<Class<?>> classes = new HashSet<>(camundas);
    if (classes.remove(JacksonConfigurator.class)) {
      classes.add(Mapper.class);
    }
    if (classes.remove(NamedProcessEngineRestServiceImpl.class)) {
      classes.add(FilterPages.Named.class);
    }
    if (classes.remove(DefaultProcessEngineRestServiceImpl.class)) {
      classes.add(FilterPages.Default.class);
    }
    return classes;
  }

  /** The engine API of the webapps (Tasklist, Cockpit), with {@link Mapper} and {@link FilterPages}. */
  public static class WebappEngineApi extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      return engineApi(super.getClasses());
    }
  }

  /** {@code /engine-rest}, as the starter configures it, with {@link Mapper} and {@link FilterPages}. */
  @ApplicationPath("/engine-rest")
  public static class EngineRest extends CamundaJerseyResourceConfig {
    @Override
    protected void registerCamundaRestResources() {
      registerClasses(engineApi(CamundaRestResources.getResourceClasses()));
      registerClasses(engineApi(CamundaRestResources.getConfigurationClasses()));
      register(JacksonFeature.class);
    }
  }

  @Bean
  public CamundaJerseyResourceConfig engineRest() {
    return new EngineRest();
  }

  /** Registers the webapps' engine API before the starter does (it then leaves it as it is). */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  public ServletContextInitializer tasklistEngineApi(CamundaBpmProperties properties) {
    return (ServletContext context) -> {
      if (context.getServletRegistration(ENGINE_API_SERVLET) == null) {
        ServletRegistration.Dynamic servlet = context.addServlet(ENGINE_API_SERVLET, ServletContainer.class);
        servlet.addMapping(properties.getWebapp().getApplicationPath() + "/api/engine/*");
        servlet.setInitParameter("jakarta.ws.rs.Application", WebappEngineApi.class.getName());
      }
    };
  }
}
