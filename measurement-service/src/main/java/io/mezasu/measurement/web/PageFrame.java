package io.mezasu.measurement.web;

/**
 * What every page's frame needs: its language, the link that switches it, and who is signed in.
 *
 * @param switchHref this page in the other language
 * @param staff      the signed-in subject, or null
 */
public record PageFrame(Lang lang, String switchHref, String staff, String csrf) {

    public String htmlLang() {
        return lang.code();
    }
}
