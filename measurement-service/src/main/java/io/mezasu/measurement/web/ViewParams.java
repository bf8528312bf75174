package io.mezasu.measurement.web;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.QueryParam;

/**
 * What the report and the exports are asked for: the evaluation mode, the date, a review point, the language (from
 * the query or the cookie) and the staff session. One bean for every such endpoint, read by RESTEasy.
 */
public class ViewParams {

    @QueryParam("mode")
    public String mode;

    @QueryParam("asOf")
    public String asOf;

    @QueryParam("review")
    public String review;

    @QueryParam("lang")
    public String lang;

    @CookieParam(Lang.COOKIE)
    public String langCookie;

    @CookieParam(StaffSession.COOKIE)
    public String session;
}
