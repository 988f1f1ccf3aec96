package vn.tdkt.access;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.tdkt.campaign.Campaign;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.campaign.CampaignRepository;
import vn.tdkt.office.Office;
import vn.tdkt.office.OfficeDirectory;

/**
 * Every process instance belongs to one office: the engine's multi-tenancy with a tenant per office
 * (see {@link AccessReconciler}) and the definitions shared by all offices, so a new office needs no
 * deployment. The instance's tenant is its parent's (a unit's part, a council session), else the
 * office it is started for ({@code officeCode}: a ward's campaign started by the city's plan), else
 * the office of the user who starts it (Nội vụ drafting a plan), else the office of the campaign it
 * belongs to (a dossier's process started by a step). The engine then gives each user only the work
 * of the user's office, in the Tasklist, Cockpit and the REST API alike.
 */
@Component
public class OfficeTenants extends AbstractProcessEnginePlugin implements TenantIdProvider {

  private final OfficeDirectory offices;
  private final CampaignRepository campaigns;

  public OfficeTenants(@Lazy OfficeDirectory offices, @Lazy CampaignRepository campaigns) {
    this.offices = offices;
    this.campaigns = campaigns;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    DelegateExecution parent = context.getSuperExecution();
    if (parent != null) {
      return parent.getTenantId();
    }
    if (context.getVariables() != null
        && context.getVariables().get(CampaignProcess.Var.OFFICE_CODE) instanceof String explicit) {
      return explicit;
    }
    Authentication user =
        Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    Optional<String> office =
        Optional.ofNullable(user).flatMap(u -> offices.ofUser(u.getUserId())).map(Office::code);
    if (office.isEmpty() && context.getVariables() != null
        && context.getVariables().get(CampaignProcess.Var.CAMPAIGN_ID) instanceof Number id) {
      office = campaigns.find(id.longValue()).map(Campaign::officeCode);
    }
    return office.orElse(null);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() == null ? null : context.getExecution().getTenantId();
  }
}
