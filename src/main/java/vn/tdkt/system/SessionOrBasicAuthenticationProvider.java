package vn.tdkt.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * For the application's own pages and downloads: a user logged in to the Tasklist opens them from a
 * link in a form without logging in again (the webapps' session, for reading requests: GET and HEAD,
 * so a cross-site form cannot act with the session). A page of the application may also send with
 * the session the token it was given ({@link #TOKEN_HEADER}), which another site cannot read.
 * Everyone else uses HTTP Basic.
 */
public class SessionOrBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  public static final String TOKEN_HEADER = "X-TDKT-Token";
  private static final String TOKEN_ATTRIBUTE = "tdkt.formToken";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The session's token for the application's pages that send requests (created once). */
  public static String formToken(HttpSession session) {
    Object token = session.getAttribute(TOKEN_ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(TOKEN_ATTRIBUTE, token);
    }
    return token.toString();
  }

  private static boolean tokenMatches(HttpServletRequest request, HttpSession session) {
    String sent = request.getHeader(TOKEN_HEADER);
    Object expected = session.getAttribute(TOKEN_ATTRIBUTE);
    return sent != null && expected != null
        && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
            expected.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    String method = request.getMethod();
    boolean reading = "GET".equals(method) || "HEAD".equals(method);
    HttpSession existing = request.getSession(false);
    if ((reading || (existing != null && tokenMatches(request, existing)))
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
