package io.mezasu.measurement.web;

import io.mezasu.platform.security.Caller;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/** What every page request starts with: its language, who is signed in, and how to answer with a page. */
@RequestScoped
public class PageRequests {

    /** A year: a reader who chose English keeps it. */
    private static final int LANG_COOKIE_AGE = 365 * 24 * 3600;

    @Context
    UriInfo uri;

    private final StaffSession sessions;

    public PageRequests(StaffSession sessions) {
        this.sessions = sessions;
    }

    /** One page request's language and reader. */
    public record Page(Lang lang, boolean langAsked, Optional<Caller> staff, PageFrame frame) {

        /** The page, with the language remembered when the reader switched it and never cached by a proxy. */
        public Response render(TemplateInstance page) {
            Response.ResponseBuilder response = Response.ok(page.setLocale(lang.locale()))
                    .header("Cache-Control", "private, no-cache")
                    .header("Content-Language", lang.code());
            if (langAsked) {
                response.cookie(new NewCookie.Builder(Lang.COOKIE).value(lang.code()).path("/").maxAge(LANG_COOKIE_AGE)
                        .sameSite(NewCookie.SameSite.LAX).build());
            }
            return response.build();
        }
    }

    public Page context(String langParam, String langCookie, String sessionCookie) {
        Lang lang = Lang.resolve(langParam, langCookie);
        Optional<Caller> staff = sessions.caller(sessionCookie);
        String switchHref = uri.getRequestUriBuilder().replaceQueryParam("lang", lang.other().code()).build().toString();
        PageFrame frame = new PageFrame(lang, relative(switchHref), staff.map(Caller::subject).orElse(null), null);
        return new Page(lang, Lang.parse(langParam) != null, staff, frame);
    }

    /** Links stay on this host whatever Host header came in: only the path and query are kept. */
    private static String relative(String absolute) {
        java.net.URI u = java.net.URI.create(absolute);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
