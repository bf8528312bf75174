package io.mezasu.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every form of wording in the Minato seed, as written (full-width digits, layout spaces and all). */
class TargetTextReaderTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # indicator context           | target text                          | kind          | direction | stated | threshold | decimals | unit      | cumulative | scale | baseline
            割合                            | 38.3％以上                            | PERCENT       | AT_LEAST  | true   | 38.3      | 1        | ％        | false      | -     | -
            割合                            | 73.0％以上                            | PERCENT       | AT_LEAST  | true   | 73.0      | 1        | ％        | false      | -     | -
            割合                            |     85％以上                          | PERCENT       | AT_LEAST  | true   | 85        | 0        | ％        | false      | -     | -
            割合                            | 7.1％以下                             | PERCENT       | AT_MOST   | true   | 7.1       | 1        | ％        | false      | -     | -
            割合                            | ７割以上                              | PERCENT       | AT_LEAST  | true   | 70        | 0        | ％        | false      | -     | -
            個人の数                        | 延べ30団体・個人以上                  | COUNT         | AT_LEAST  | true   | 30        | 0        | 団体・個人 | true       | -     | -
            要援護者からの相談延べ件数      | 4,400 件以上                          | COUNT         | AT_LEAST  | true   | 4400      | 0        | 件        | true       | -     | -
            件数                            | １件以上                              | COUNT         | AT_LEAST  | true   | 1         | 0        | 件        | false      | -     | -
            実施した数                      | ５施設                                | COUNT         | AT_LEAST  | false  | 5         | 0        | 施設      | false      | -     | -
            津波避難ビルの数                | ５箇所                                | COUNT         | AT_LEAST  | false  | 5         | 0        | 箇所      | false      | -     | -
            開設された保育施設等            | １か所以上                            | COUNT         | AT_LEAST  | true   | 1         | 0        | か所      | false      | -     | -
            学校数                          | ３校以上                              | COUNT         | AT_LEAST  | true   | 3         | 0        | 校        | false      | -     | -
            商品等の数                      | ５品                                  | COUNT         | AT_LEAST  | false  | 5         | 0        | 品        | false      | -     | -
            調査（５点満点）での点数        | 3.5 点以上                            | SCORE         | AT_LEAST  | true   | 3.5       | 1        | 点        | false      | 5     | -
            地域の数                        | 全地域                                | AREA_COVERAGE | AT_LEAST  | false  | -         | -        | 地域      | false      | -     | -
            割合                            | 30 年度（52.1％）以上                 | PERCENT       | AT_LEAST  | true   | 52.1      | 1        | ％        | false      | -     | FIXED
            割合                            | 30 年度の数値（10.2％）以上           | PERCENT       | AT_LEAST  | true   | 10.2      | 1        | ％        | false      | -     | FIXED
            件数                            | 29 年度件数（７件）の 10％減の６件以下 | COUNT         | AT_MOST   | true   | 6         | 0        | 件        | false      | -     | FIXED_ADJUSTED
            受診率（３月末現在）            | 前年同時期の 0.3％増                  | PERCENT       | AT_LEAST  | false  | -         | -        | ％        | false      | -     | PREVIOUS_YEAR_SAME_PERIOD
            """)
    void readsEachForm(String indicator, String text, TargetRule.MeasureKind kind, TargetRule.Direction direction,
            boolean stated, BigDecimal threshold, Integer decimals, String unit, boolean cumulative, Integer scale,
            Baseline.Type baseline) {
        var reading = TargetTextReader.read(indicator, text).orElseThrow();
        assertEquals(kind, reading.kind());
        assertEquals(direction, reading.direction());
        assertEquals(stated, reading.directionStated());
        assertEquals(threshold, reading.threshold(), "threshold with its precision");
        assertEquals(decimals, reading.decimals());
        assertEquals(unit, reading.unit());
        assertEquals(cumulative, reading.cumulative());
        assertEquals(scale, reading.scale());
        assertEquals(baseline, reading.baseline());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            津波浸水想定のある 17 区を対象とした避難対策（暫定案）を策定 | 策定
            湾岸５区における避難対策（暫定案）に基づく訓練等の実施       | 実施
            基本構想に基づく取組に関する関係者間の進捗把握及び取組の促進 | 促進
            サイクルイベントの本格実施に向けた課題の把握                 | 把握
            """)
    void readsMilestones(String text, String action) {
        var reading = TargetTextReader.read(text, text).orElseThrow();
        assertEquals(TargetRule.MeasureKind.MILESTONE, reading.kind());
        assertEquals(action, reading.milestoneAction());
    }

    @ParameterizedTest
    @CsvSource({"たくさん", "50％くらい", "5件ほど"})
    void doesNotGuessWordingItCannotRead(String text) {
        assertTrue(TargetTextReader.read("", text).isEmpty());
    }
}
