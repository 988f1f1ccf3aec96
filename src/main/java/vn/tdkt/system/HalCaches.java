package vn.tdkt.system;

import java.util.Map;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheConfiguration;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process definitions the Tasklist's lists embed, kept by the REST API for a while. Each list
 * the Tasklist shows embeds the process definition of its tasks (for the process's name); without a
 * cache every list of every user asks the database for the same few definitions. A deployed
 * definition does not change (a new version is a new definition with its own id); only its
 * suspension may, which the Tasklist does not show, and the cache forgets an entry after
 * {@link #SECONDS_TO_LIVE}. Users and groups are not cached: the engine checks, on each query, that
 * the one who asks may read them.
 */
@Configuration
public class HalCaches {

  /** How long a process definition is kept. */
  static final long SECONDS_TO_LIVE = 600;

  /** How many process definitions are kept (a few per process and office). */
  static final int CAPACITY = 500;

  @Bean
  public ServletContextInitializer processDefinitionCache() {
    return context -> configure();
  }

  static void configure() {
    HalRelationCacheConfiguration configuration = new HalRelationCacheConfiguration();
    configuration.setCacheImplementationClass(DefaultHalResourceCache.class);
    configuration.addCacheConfiguration(HalProcessDefinition.class,
        Map.of("capacity", CAPACITY, "secondsToLive", SECONDS_TO_LIVE));
    new HalRelationCacheBootstrap().configureCaches(configuration);
  }

  /** The cache of process definitions, or null when none is configured. */
  static DefaultHalResourceCache processDefinitions() {
    return (DefaultHalResourceCache) Hal.getInstance().getHalRelationCache(HalProcessDefinition.class);
  }
}
