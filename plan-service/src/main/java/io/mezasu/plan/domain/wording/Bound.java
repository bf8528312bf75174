package io.mezasu.plan.domain.wording;

import io.mezasu.plan.domain.TargetRule.Direction;
import java.util.Optional;

/**
 * The comparison word after a figure (比較語): 以上 / 以下 include the figure, 未満 / 超 exclude it.
 * 維持 ("…を維持") means "hold at least this level", so it reads as 以上 but is not stated as such.
 */
public enum Bound {
    AT_LEAST("以上", Direction.AT_LEAST, false, true),
    AT_MOST("以下", Direction.AT_MOST, false, true),
    BELOW("未満", Direction.AT_MOST, true, true),
    ABOVE("超", Direction.AT_LEAST, true, true),
    MAINTAIN("維持", Direction.AT_LEAST, false, false);

    /** The alternatives as a regex group, longest first so "を超える" wins over "超". */
    public static final String PATTERN = "(以上|以下|未満|を超える|を超え|超え|超|を上回る|上回る|を下回る|下回る|を維持|維持)";

    private final String word;
    private final Direction direction;
    private final boolean strict;
    private final boolean stated;

    Bound(String word, Direction direction, boolean strict, boolean stated) {
        this.word = word;
        this.direction = direction;
        this.strict = strict;
        this.stated = stated;
    }

    public static Optional<Bound> of(String matched) {
        if (matched == null) {
            return Optional.empty();
        }
        return switch (matched) {
            case "以上" -> Optional.of(AT_LEAST);
            case "以下" -> Optional.of(AT_MOST);
            case "未満" -> Optional.of(BELOW);
            case "超", "超え", "を超え", "を超える", "上回る", "を上回る" -> Optional.of(ABOVE);
            case "下回る", "を下回る" -> Optional.of(BELOW);
            case "維持", "を維持" -> Optional.of(MAINTAIN);
            default -> Optional.empty();
        };
    }

    public String word() {
        return word;
    }

    public Direction direction() {
        return direction;
    }

    /** 未満 and 超 exclude the figure itself. */
    public boolean strict() {
        return strict;
    }

    /** Whether the wording states the direction (以上…), or it is read in (維持). */
    public boolean stated() {
        return stated;
    }
}
