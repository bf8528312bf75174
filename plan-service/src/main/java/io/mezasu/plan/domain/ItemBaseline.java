package io.mezasu.plan.domain;

/**
 * For a COUNT of items that each qualify against their own earlier figure, e.g. 4-1-2-1
 * 「…肯定的回答の割合が、平成 30年度を基準として改善している学校数」 (３校以上): the fiscal year every counted item
 * (a school) is compared with, and how it must have moved to count. Unlike {@link Baseline} it leaves the
 * threshold alone (３校 stays 3); it says which items are counted, which the indicator alone said before.
 *
 * @param fiscalYear the reference year, Gregorian (平成30年度 = 2018)
 * @param change     how an item must differ from its own reference figure to be counted
 * @param text       the wording it was read from, as written in the indicator
 */
public record ItemBaseline(Integer fiscalYear, Change change, String text) {

    public enum Change {
        /** Better than the item's reference figure (改善している). */
        IMPROVED
    }
}
