package io.mezasu.measurement.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the ward prints them: grouped thousands, the decimals the target states, the unit after. */
final class Formats {

    private Formats() {
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.JAPAN);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    /** 41.2％, 1,830人, 3.5点: no space before a Japanese unit. */
    static String withUnit(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        return number(value) + (unit == null ? "" : unit);
    }

    static String percent(BigDecimal value) {
        return value == null ? "" : number(value) + "％";
    }
}
