package io.mezasu.measurement.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Settings of the pages ({@code mezasu.web.*}). */
@ConfigMapping(prefix = "mezasu.web")
public interface WebConfig {

    /**
     * The Japanese TrueType font the PDF report embeds. IPAex Gothic, from Debian's fonts-ipaexfont-gothic (IPA Font
     * License), which ./mezasu run and .ci/run install.
     */
    @WithDefault("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
    Path pdfFont();

    /** Session cookies are marked Secure unless this is off (plain-HTTP local runs and tests). */
    @WithDefault("true")
    boolean secureCookies();
}
