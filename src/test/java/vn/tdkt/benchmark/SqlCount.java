package vn.tdkt.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts the SQL statements sent through a data source, exactly, with no dependency: every
 * execution of a statement, and every statement of a batch, counts once; a statement that inserts,
 * updates or deletes counts as a write. The figures do not depend on the machine's speed.
 */
public final class SqlCount {

  /** Statements and writes since the last {@link #reset}. */
  public record Figures(long statements, long writes) {
    public Figures minus(Figures before) {
      return new Figures(statements - before.statements, writes - before.writes);
    }
  }

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final java.util.concurrent.ConcurrentHashMap<String, AtomicLong> byTable =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Statements so far by kind and table ("insert act_hi_varinst"), to see where a step's go. */
  public java.util.Map<String, Long> byTable() {
    java.util.Map<String, Long> copy = new java.util.TreeMap<>();
    byTable.forEach((k, v) -> copy.put(k, v.get()));
    return copy;
  }

  /** The kinds and tables of the statements since {@code before}, most first. */
  public java.util.List<java.util.Map.Entry<String, Long>> since(java.util.Map<String, Long> before) {
    java.util.Map<String, Long> now = byTable();
    return now.entrySet().stream()
        .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .toList();
  }

  public Figures now() {
    return new Figures(statements.get(), writes.get());
  }

  /** The data source, counted. */
  public DataSource wrap(DataSource target) {
    return proxy(DataSource.class, target, (method, args, result) ->
        result instanceof Connection c && method.getName().equals("getConnection")
            ? connection(c) : result);
  }

  private Connection connection(Connection target) {
    return proxy(Connection.class, target, (method, args, result) -> {
      if (result instanceof PreparedStatement p && method.getName().equals("prepareStatement")) {
        return prepared(p, (String) args[0]);
      }
      if (result instanceof Statement s && method.getName().equals("createStatement")) {
        return plain(s);
      }
      return result;
    });
  }

  private PreparedStatement prepared(PreparedStatement target, String sql) {
    boolean write = isWrite(sql);
    return proxy(PreparedStatement.class, target, (method, args, result) -> {
      String name = method.getName();
      if (name.equals("addBatch") || name.startsWith("execute") && !name.equals("executeBatch")) {
        count(write, sql);
      }
      return result;
    });
  }

  private Statement plain(Statement target) {
    return proxy(Statement.class, target, (method, args, result) -> {
      String name = method.getName();
      if ((name.startsWith("execute") || name.equals("addBatch")) && args != null && args.length > 0
          && args[0] instanceof String sql) {
        count(isWrite(sql), sql);
      }
      return result;
    });
  }

  private volatile java.util.List<String> trace;

  /** From now on, keeps the text of each statement (until {@link #untrace}). */
  public void trace() {
    trace = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  }

  /** The statements since {@link #trace}, each its first 240 characters; stops keeping them. */
  public java.util.List<String> untrace() {
    java.util.List<String> kept = trace == null ? java.util.List.of() : java.util.List.copyOf(trace);
    trace = null;
    return kept;
  }

  private void count(boolean write, String sql) {
    java.util.List<String> kept = trace;
    if (kept != null) {
      String flat = sql.strip().replaceAll("\\s+", " ");
      kept.add(flat.length() > 240 ? flat.substring(0, 240) + "…" : flat);
    }
    statements.incrementAndGet();
    byTable.computeIfAbsent(key(sql), k -> new AtomicLong()).incrementAndGet();
    if (write) {
      writes.incrementAndGet();
    }
  }

  static String key(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String verb = s.split(" ", 2)[0];
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile(verb.equals("update") ? "^update ([\\w.]+)" : "(?:from|into) ([\\w.]+)").matcher(s);
    return verb + " " + (m.find() ? m.group(1) : "?");
  }

  static boolean isWrite(String sql) {
    String s = sql.stripLeading().toUpperCase(Locale.ROOT);
    return s.startsWith("INSERT") || s.startsWith("UPDATE") || s.startsWith("DELETE");
  }

  private interface After {
    Object apply(java.lang.reflect.Method method, Object[] args, Object result) throws Exception;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler = (self, method, args) -> {
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return after.apply(method, args, result);
    };
    return (T) Proxy.newProxyInstance(SqlCount.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
