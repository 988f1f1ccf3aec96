package vn.tdkt.council;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The unit each council member comes from ({@code tdkt.council.member-units.<userId>=<unitCode>}),
 * as set by the decision that forms the council. A member does not vote on nominees of that unit.
 */
@Component
@ConfigurationProperties(prefix = "tdkt.council")
public class CouncilMembers {

  private Map<String, String> memberUnits = new HashMap<>();

  public Map<String, String> getMemberUnits() {
    return memberUnits;
  }

  public void setMemberUnits(Map<String, String> memberUnits) {
    this.memberUnits = memberUnits;
  }

  public Optional<String> unitOf(String member) {
    return Optional.ofNullable(memberUnits.get(member)).filter(u -> !u.isBlank());
  }
}
