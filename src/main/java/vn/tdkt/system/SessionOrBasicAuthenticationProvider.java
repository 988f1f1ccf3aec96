package vn.tdkt.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * For the application's own pages and downloads: a user logged in to the Tasklist opens them from a
 * link in a form without logging in again (the webapps' session, for reading requests only: GET and
 * HEAD, so a cross-site form cannot act with the session); everyone else uses HTTP Basic.
 */
public class SessionOrBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    String method = request.getMethod();
    if (("GET".equals(method) || "HEAD".equals(method))
        && request.getHeader("Authorization") == null) {
      HttpSession session = request.getSession(false);
      Authentications authentications =
          session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      Authentication user =
          authentications == null
              ? null
              : authentications.getAuthenticationForProcessEngine(engine.getName());
      if (user != null && user.getIdentityId() != null) {
        return AuthenticationResult.successful(user.getIdentityId());
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }
}
