package vn.tdkt.office;

import java.util.List;
import vn.tdkt.unit.Unit;

/**
 * An office's organisation as its workbook states it: the office, its clusters and blocks, its
 * units with their focal points, and its officials. Everything in it is active; what the workbook
 * leaves out is deactivated by the import.
 */
public record Organisation(
    Office office, List<Cluster> clusters, List<Unit> units, List<Official> officials) {}
