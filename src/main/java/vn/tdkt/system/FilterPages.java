package vn.tdkt.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.rest.FilterRestService;
import org.camunda.bpm.engine.rest.dto.CountResultDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.hal.EmptyHalCollection;
import org.camunda.bpm.engine.rest.hal.HalResource;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.FilterRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.sub.runtime.FilterResource;
import org.camunda.bpm.engine.rest.sub.runtime.impl.FilterResourceImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A filter's list in one engine command. For each list the Tasklist shows (a page of a filter's
 * tasks and their count), Camunda's REST API runs three commands, and each of them loads the filter
 * and checks that the user may read it: eleven statements for an empty list, six of them on the
 * authorization table. {@link Page} loads the filter and checks that permission once, then lists
 * and counts in the same command, exactly as the engine's filter commands do (the filter extended
 * by the request's query, validated, its expressions evaluated, its form keys read; the same
 * answers and the same errors: 404 for a filter that does not exist or 403 one the user may not
 * read, 400 for a query that is not valid).
 *
 * <p>Used by both entry points of the engine API, through {@link Named} (the Tasklist's and
 * Cockpit's {@code /engine/{name}/filter}) and {@link Default} ({@code /engine-rest/filter}).
 */
public final class FilterPages {

  private FilterPages() {}

  /** The engine API by engine name, with its filters listed by {@link Page}. */
  @Path(NamedProcessEngineRestServiceImpl.PATH)
  public static class Named extends NamedProcessEngineRestServiceImpl {
    @Override
    public FilterRestService getFilterRestService(String engineName) {
      return filters(engineName, getRelativeEngineUri(engineName).toASCIIString(), getObjectMapper());
    }
  }

  /** The engine API of the default engine, with its filters listed by {@link Page}. */
  @Path(DefaultProcessEngineRestServiceImpl.PATH)
  public static class Default extends DefaultProcessEngineRestServiceImpl {
    @Override
    public FilterRestService getFilterRestService() {
      return filters(null, getRelativeEngineUri(null).toASCIIString(), getObjectMapper());
    }
  }

  static FilterRestService filters(String engineName, String rootResourcePath, ObjectMapper mapper) {
    Filters filters = new Filters(engineName, mapper);
    filters.setRelativeRootResourceUri(rootResourcePath);
    return filters;
  }

  /** Camunda's filter resources, each filter's lists made by {@link Page}. */
  public static class Filters extends FilterRestServiceImpl {
    public Filters(String engineName, ObjectMapper objectMapper) {
      super(engineName, objectMapper);
    }

    @Override
    public FilterResource getFilter(String filterId) {
      return new Page(getProcessEngine().getName(), getObjectMapper(), filterId, relativeRootResourcePath);
    }
  }

  /** A filter whose lists and counts are each made in one command. */
  public static class Page extends FilterResourceImpl {

    public Page(String engineName, ObjectMapper objectMapper, String filterId, String relativeRootResourcePath) {
      super(engineName, objectMapper, filterId, relativeRootResourcePath);
    }

    /** What one command found: the page (or null), the count (or -1), or the request's error. */
    private record Result(List<?> entities, long count, Object answer, InvalidRequestException error) {}

    @Override
    public HalResource queryHalList(String extendingQuery, Integer firstResult, Integer maxResults) {
      // made into HAL in the command too: its embedded variables and definitions are read in it
      return (HalResource) run(extendingQuery, true, firstResult, maxResults, true, result ->
          result.entities() != null && !result.entities().isEmpty()
              ? convertToHalCollection(result.entities(), result.count())
              : new EmptyHalCollection(result.count())).answer();
    }

    @Override
    public List<Object> queryJsonList(String extendingQuery, Integer firstResult, Integer maxResults) {
      Result result = run(extendingQuery, true, firstResult, maxResults, false, null);
      return result.entities() != null && !result.entities().isEmpty()
          ? convertToDtoList(result.entities()) : Collections.emptyList();
    }

    @Override
    public CountResultDto queryCount(String extendingQuery) {
      return new CountResultDto(run(extendingQuery, false, null, null, true, null).count());
    }

    private Result run(String extendingQuery, boolean list, Integer firstResult, Integer maxResults, boolean count,
        Function<Result, Object> answer) {
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) getProcessEngine().getProcessEngineConfiguration();
      Result result;
      try {
        result = configuration.getCommandExecutorTxRequired().execute(context -> {
          FilterEntity filter = context.getFilterManager().findFilterById(resourceId);
          if (filter == null) {
            return new Result(null, -1, null, filterNotFound(null));
          }
          dbFilter = filter;
          Query<?, ?> extending;
          try {
            extending = convertQuery(extendingQuery);
          } catch (InvalidRequestException e) {
            return new Result(null, -1, null, e);
          }
          if (extending != null) {
            ((AbstractQuery<?, ?>) extending).validate();
          }
          List<?> entities = null;
          if (list) {
            Query<?, ?> query = extended(filter, extending);
            if (query instanceof TaskQuery taskQuery) {
              taskQuery.initializeFormKeys();
            }
            ((AbstractQuery<?, ?>) query).enableMaxResultsLimit();
            entities = firstResult == null && maxResults == null ? query.list()
                : query.listPage(firstResult == null ? 0 : firstResult,
                    maxResults == null ? Integer.MAX_VALUE : maxResults);
          }
          long total = count ? extended(filter, extending).count() : -1;
          Result found = new Result(entities, total, null, null);
          return answer == null ? found : new Result(entities, total, answer.apply(found), null);
        });
      } catch (NullValueException e) {
        throw filterNotFound(e);
      } catch (NotValidException e) {
        throw invalidQuery(e);
      }
      if (result.error() != null) {
        throw result.error();
      }
      return result;
    }

    /** The filter's query extended by the request's, as each engine filter command makes it. */
    private static Query<?, ?> extended(FilterEntity filter, Query<?, ?> extending) {
      Filter extended = extending == null ? filter : filter.extend(extending);
      return extended.getQuery();
    }
  }
}
