package vn.tdkt.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.VisibleCampaigns;
import vn.tdkt.files.Xlsx;
import vn.tdkt.office.OfficeDirectory;
import vn.tdkt.system.CurrentUser;
import vn.tdkt.system.Downloads;
import vn.tdkt.system.Messages;
import vn.tdkt.system.Roles;
import vn.tdkt.unit.UnitDirectory;

/** Each cluster's ranking of the year, for Nội vụ, the chairman and the council: JSON and a workbook. */
@RestController
public class ClusterController {

  private final VisibleCampaigns campaigns;
  private final ClusterRepository clusters;
  private final ClusterService service;
  private final OfficeDirectory offices;
  private final UnitDirectory units;
  private final CurrentUser currentUser;
  private final Messages messages;

  public ClusterController(VisibleCampaigns campaigns, ClusterRepository clusters,
      ClusterService service, OfficeDirectory offices, UnitDirectory units,
      CurrentUser currentUser, Messages messages) {
    this.campaigns = campaigns;
    this.clusters = clusters;
    this.service = service;
    this.offices = offices;
    this.units = units;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** A cluster's ranking: its name, its head and its members from first to last. */
  public record Ranking(String cluster, String name, String head, List<Map<String, Object>> members) {}

  @GetMapping("/api/cluster/ranking")
  public List<Ranking> ranking(@RequestParam("campaign") String code) {
    return rankings(staffCampaign(code));
  }

  @GetMapping("/api/cluster/ranking.xlsx")
  public ResponseEntity<byte[]> workbook(@RequestParam("campaign") String code) {
    Campaign campaign = staffCampaign(code);
    Xlsx xlsx = new Xlsx();
    List<String> headers = List.of(messages.get("cluster.col.rank"), messages.get("year.col.unit"),
        messages.get("cluster.col.self"), messages.get("cluster.col.reviewed"),
        messages.get("cluster.col.note"), messages.get("cluster.col.proposal"));
    int n = 1;
    for (Ranking r : rankings(campaign)) {
      String tab = n++ + ". " + r.cluster();
      // Excel allows 31 characters in a sheet's name
      Sheet sheet = xlsx.sheet(tab.length() > 31 ? tab.substring(0, 31) : tab, messages.get("cluster.sheet.title", r.name(),
          units.nameOf(r.head()), campaign.code()), headers, new int[] {8, 40, 14, 14, 40, 34});
      for (Map<String, Object> m : r.members()) {
        Object award = m.get("proposedAward");
        xlsx.row(sheet, m.get(ClusterProcess.Row.RANK), m.get(ClusterProcess.Row.UNIT_NAME),
            m.get(ClusterProcess.Row.SELF_TOTAL), m.get(ClusterProcess.Row.REVIEWED_TOTAL),
            m.get(ClusterProcess.Row.NOTE), award == null ? "" : messages.get("award." + award));
      }
    }
    return Downloads.attachment(messages.get("cluster.file", campaign.code()), Xlsx.CONTENT_TYPE,
        xlsx.bytes());
  }

  private List<Ranking> rankings(Campaign campaign) {
    Map<String, String> names = new LinkedHashMap<>();
    if (campaign.officeCode() != null) {
      offices.clusters(campaign.officeCode()).forEach(c -> names.put(c.code(), c.name()));
    }
    List<Ranking> rankings = new ArrayList<>();
    clusters.rounds(campaign.id()).forEach((cluster, head) -> {
      List<Map<String, Object>> members = new ArrayList<>();
      for (ClusterRepository.Result r : service.ranked(campaign.id(), cluster)) {
        Map<String, Object> member = new LinkedHashMap<>(service.rankingRow(r));
        member.put(ClusterProcess.Row.SELF_TOTAL, ClusterService.plain(r.selfTotal()));
        member.put(ClusterProcess.Row.NOTE, r.reviewNote() == null ? "" : r.reviewNote());
        member.put("proposedAward", r.proposedAward());
        members.add(member);
      }
      rankings.add(new Ranking(cluster, names.getOrDefault(cluster, cluster), head, members));
    });
    return rankings;
  }

  private Campaign staffCampaign(String code) {
    Authentication user = currentUser.requireAnyGroup(Roles.STAFF.toArray(String[]::new));
    return campaigns.get(code, user);
  }

}
