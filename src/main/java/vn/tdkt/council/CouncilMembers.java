package vn.tdkt.council;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tdkt.office.OfficeDirectory;

/**
 * The unit each council member comes from, as the office's organisation states it (the decision that
 * forms the council). A member does not vote on nominees of that unit.
 */
@Component
public class CouncilMembers {

  private final OfficeDirectory offices;

  public CouncilMembers(OfficeDirectory offices) {
    this.offices = offices;
  }

  public Optional<String> unitOf(String member) {
    return offices.memberUnitOf(member);
  }
}
