package vn.tdkt.office;

/** A cluster (cụm) or block (khối) of units that compete together. */
public record Cluster(String code, String name, Kind kind) {

  public enum Kind {
    CUM,
    KHOI;

    public String labelKey() {
      return "clusterKind." + name();
    }
  }
}
