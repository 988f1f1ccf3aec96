package vn.tdkt.office;

import java.util.List;
import java.util.stream.Collectors;

/** The workbook has problems; nothing was written. */
public class WorkbookRefused extends RuntimeException {

  private final List<WorkbookProblem> problems;

  public WorkbookRefused(List<WorkbookProblem> problems) {
    super(problems.stream().map(WorkbookProblem::text).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<WorkbookProblem> problems() {
    return problems;
  }
}
