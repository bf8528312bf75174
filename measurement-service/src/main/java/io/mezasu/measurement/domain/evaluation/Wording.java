package io.mezasu.measurement.domain.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures, units and dates as the sentences show them: digits grouped (4,400), decimals as stated (55.0),
 * the plan's counter word in Japanese (件, 団体・個人) and a plain unit or none in English.
 */
final class Wording {

    private static final int MAX_DECIMALS = 4;
    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final TargetSpec spec;

    Wording(TargetSpec spec) {
        this.spec = spec;
    }

    /** A figure at its own scale, at least the target's stated decimals; 4,400 and 55.0. */
    String number(BigDecimal value) {
        BigDecimal shown = value.stripTrailingZeros();
        if (shown.scale() < spec.precision()) {
            shown = shown.setScale(spec.precision(), RoundingMode.UNNECESSARY);
        }
        if (shown.scale() > MAX_DECIMALS) {
            shown = shown.setScale(MAX_DECIMALS, RoundingMode.HALF_UP);
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, shown.scale()));
        format.setMaximumFractionDigits(Math.max(0, shown.scale()));
        return format.format(shown);
    }

    /** A figure as it stands: rounded actuals and expectations keep their trailing zeros (38.0, 1,833.0). */
    String exact(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    String ja(String figure) {
        return figure + unitJa();
    }

    String en(String figure) {
        return figure + unitEn();
    }

    private String unitJa() {
        if (spec.unit() != null) {
            return spec.unit();
        }
        return switch (spec.kind()) {
            case PERCENT -> "％";
            case SCORE -> "点";
            case AREA_COVERAGE -> spec.coverageList();
            default -> "";
        };
    }

    /** English has no counter words: a count reads as the bare number. */
    private String unitEn() {
        String unit = unitJa();
        return switch (unit) {
            case "％", "%" -> "%";
            case "点" -> " points";
            default -> spec.kind() == MeasureKind.AREA_COVERAGE ? " " + listEn(unit) : "";
        };
    }

    /**
     * A coverage list's members in English (地域 → areas, 小学校区 → school districts); a list without an English
     * name reads "members", never the Japanese word in an English sentence.
     */
    static String listEn(String list) {
        return switch (list) {
            case "地域" -> "areas";
            case "小学校区" -> "primary school districts";
            case "中学校区" -> "junior high school districts";
            case "校", "学校" -> "schools";
            case "小学校" -> "primary schools";
            case "中学校" -> "junior high schools";
            case "施設" -> "facilities";
            case "町会" -> "neighbourhood associations";
            default -> "members";
        };
    }

    static String dateJa(LocalDate date) {
        return JA_DATE.format(date);
    }

    static String dateEn(LocalDate date) {
        return EN_DATE.format(date);
    }
}
