package io.mezasu.plan.domain.wording;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese era years (和暦): 平成30年度 = fiscal 2018, 令和元年度 = 2019, 令和２年度 = 2020. Plans often
 * drop the era ("30年度"); then a year of 20 or more is read as 平成 (the plans we read start in
 * 平成31年度) and a smaller one as 令和, and the note says so. Western years (2020年度) pass through.
 */
public final class EraYear {

    /** era? then digits or 元, e.g. "令和2", "平成30", "30", "元", "2020". */
    public static final String PATTERN = "(?:(平成|令和|H|R))?([0-9]{1,4}|元)";

    private EraYear() {
    }

    /** The Gregorian year of {@code era}+{@code number}; {@code notes} gets why, when the era was guessed. */
    public static Optional<Integer> gregorian(String era, String number, java.util.List<String> notes) {
        int n = "元".equals(number) ? 1 : Integer.parseInt(number);
        if (n >= 1989) {
            return Optional.of(n);
        }
        if ("平成".equals(era) || "H".equals(era)) {
            return n >= 1 && n <= 31 ? Optional.of(1988 + n) : Optional.empty();
        }
        if ("令和".equals(era) || "R".equals(era)) {
            return n >= 1 && n <= 99 ? Optional.of(2018 + n) : Optional.empty();
        }
        if (n >= 20 && n <= 31) {
            notes.add(number + "年 has no era: read as 平成" + number + " (" + (1988 + n) + ")");
            return Optional.of(1988 + n);
        }
        if (n >= 1 && n < 20) {
            notes.add(number + "年 has no era: read as 令和" + number + " (" + (2018 + n) + ")");
            return Optional.of(2018 + n);
        }
        return Optional.empty();
    }

    static Optional<Integer> gregorian(Matcher m, int eraGroup, java.util.List<String> notes) {
        return gregorian(m.group(eraGroup), m.group(eraGroup + 1), notes);
    }

    static Pattern pattern(String suffix) {
        return Pattern.compile(PATTERN + suffix);
    }
}
