package vn.tdkt.office;

import java.util.List;
import java.util.Optional;

/**
 * A cluster (cụm) or block (khối) of units that compete together, and its head unit (đơn vị trưởng
 * cụm, khối) of each year: the head leads the year's compact, reviews the members' scores and holds
 * the meeting that ranks them.
 */
public record Cluster(String code, String name, Kind kind, List<Head> heads) {

  public Cluster {
    heads = heads == null ? List.of() : List.copyOf(heads);
  }

  /** A cluster with no head named yet. */
  public Cluster(String code, String name, Kind kind) {
    this(code, name, kind, List.of());
  }

  /** The unit that heads the cluster in a year. */
  public record Head(int year, String unitCode) {}

  /** The head unit of the year, if named. */
  public Optional<String> headIn(int year) {
    return heads.stream().filter(h -> h.year() == year).map(Head::unitCode).findFirst();
  }

  public enum Kind {
    CUM,
    KHOI;

    public String labelKey() {
      return "clusterKind." + name();
    }
  }
}
