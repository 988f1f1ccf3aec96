package vn.tdkt.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.CampaignProcess;

class ParticipationDeadlineTest {

  static final Instant DUE = Instant.parse("2027-01-14T10:00:00Z");

  @Test
  @DisplayName("Hạn của đơn vị đọc từ thông tin phong trào; đơn vị bắt đầu trước khi có thông tin đó vẫn dùng biến hạn cũ")
  void theDeadlineComesFromTheCampaignViewOrAnEarlierDateVariable() {
    VariableScope now = mock(VariableScope.class);
    when(now.getVariable(CampaignProcess.Var.CAMPAIGN)).thenReturn(
        Spin.JSON(Map.of(CampaignProcess.UnitView.REGISTRATION_DEADLINE, DUE.toString())));
    assertThat(ParticipationDelegates.deadline(now, CampaignProcess.UnitView.REGISTRATION_DEADLINE)).isEqualTo(DUE);

    VariableScope before = mock(VariableScope.class);
    when(before.getVariable(CampaignProcess.Var.REGISTRATION_DEADLINE)).thenReturn(Date.from(DUE));
    assertThat(ParticipationDelegates.deadline(before, CampaignProcess.UnitView.REGISTRATION_DEADLINE)).isEqualTo(DUE);

    assertThat(ParticipationDelegates.deadline(mock(VariableScope.class), CampaignProcess.UnitView.REPORT_DEADLINE))
        .isNull();
  }
}
