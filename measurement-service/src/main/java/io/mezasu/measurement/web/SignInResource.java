package io.mezasu.measurement.web;

import io.mezasu.platform.text.SingleLine;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff sign-in for the pages: the city's identity provider issues the JWT, the member of staff pastes it, and it
 * lives in an HttpOnly, SameSite=Strict cookie until it expires or they sign out. No password is kept here.
 */
@Path("/")
@PermitAll
@Tag(name = "Pages")
public class SignInResource {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance signin(PageFrame frame, String error);
    }

    private final PageRequests requests;
    private final StaffSession sessions;
    private final WebConfig config;

    public SignInResource(PageRequests requests, StaffSession sessions, WebConfig config) {
        this.requests = requests;
        this.sessions = sessions;
        this.config = config;
    }

    @GET
    @Path("signin")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The staff sign-in form (page)")
    public Response form(@QueryParam("lang") @SingleLine String lang, @CookieParam(Lang.COOKIE) String langCookie,
            @CookieParam(StaffSession.COOKIE) String session) {
        return form(requests.context(lang, langCookie, session), null, Response.Status.OK);
    }

    @POST
    @Path("signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Sign in with a bearer token (form post; sets the session cookie)")
    public Response signIn(@FormParam("token") @SingleLine String token, @FormParam(Csrf.FIELD) @SingleLine String csrf,
            @CookieParam(Csrf.COOKIE) String csrfCookie, @CookieParam(Lang.COOKIE) String langCookie) {
        PageRequests.Page page = requests.context(null, langCookie, null);
        if (!Csrf.matches(csrfCookie, csrf)) {
            return form(page, Words.of(page.lang()).form_expired(), Response.Status.FORBIDDEN);
        }
        JsonWebToken jwt = sessions.verify(token).orElse(null);
        if (jwt == null) {
            return form(page, Words.of(page.lang()).signin_failed(), Response.Status.UNAUTHORIZED);
        }
        long seconds = Math.max(0, jwt.getExpirationTime() - Instant.now().getEpochSecond());
        return Response.seeOther(URI.create("/")).cookie(session(token.trim(), (int) Math.min(seconds, 86_400)))
                .build();
    }

    @POST
    @Path("signout")
    @Operation(summary = "Sign out (clears the session cookie)")
    public Response signOut() {
        return Response.seeOther(URI.create("/")).cookie(session("", 0)).build();
    }

    private Response form(PageRequests.Page page, String error, Response.Status status) {
        String token = Csrf.newToken();
        PageFrame frame = new PageFrame(page.frame().lang(), page.frame().switchHref(), page.frame().staff(), token);
        NewCookie csrf = new NewCookie.Builder(Csrf.COOKIE).value(token).path("/signin").httpOnly(true)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.STRICT).maxAge(3600).build();
        return Response.status(status).entity(Templates.signin(frame, error).setLocale(page.lang().locale()))
                .type(MediaType.TEXT_HTML_TYPE).cookie(csrf).header("Cache-Control", "no-store").build();
    }

    private NewCookie session(String token, int maxAge) {
        return new NewCookie.Builder(StaffSession.COOKIE).value(token).path("/").httpOnly(true)
                .secure(config.secureCookies()).sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
