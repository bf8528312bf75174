package io.mezasu.measurement.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The texts of one language, for Java code that builds what the templates show. */
final class Words {

    private Words() {
    }

    static Texts of(Lang lang) {
        return lang == Lang.JA ? MessageBundles.get(Texts.class)
                : MessageBundles.get(Texts.class, Localized.Literal.of(lang.code()));
    }
}
