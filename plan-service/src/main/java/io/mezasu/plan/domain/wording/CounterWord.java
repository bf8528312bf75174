package io.mezasu.plan.domain.wording;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counter words (助数詞) of a count: 件, 人, 回, 世帯, 事業所, 団体・個人, か所, … The class is open: any
 * short word of kanji or katakana (with ・) after a figure counts, because wards coin their own
 * ("店舗", "講座", "グループ"); only words that mean something else after a figure are refused (％, 割
 * and 点 have their own forms; 年, 月, 日, 歳 and 倍 are not things counted towards a target).
 */
public final class CounterWord {

    /** The common ones, to say "known" in the notes; the grammar does not depend on this list. */
    static final List<String> KNOWN = List.of("団体・個人", "事業所", "事業者", "団体", "世帯", "店舗", "施設", "箇所",
            "か所", "ヶ所", "ケ所", "カ所", "件", "人", "名", "回", "本", "部", "社", "校", "品", "組", "チーム",
            "グループ", "地域", "講座", "枚", "冊", "台", "戸", "棟", "園", "クラブ", "事業", "種類");

    private static final Pattern SHAPE = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー・ヶケカか]{1,6}");
    private static final Set<String> NOT_COUNTERS = Set.of("年", "年度", "月", "日", "歳", "倍", "割", "点", "位",
            "時間", "分", "秒", "ポイント", "円", "千円", "万円", "等", "程度");

    private static final Pattern TIME_OR_MULTIPLE = Pattern.compile(
            "^(年|月|日|歳|倍|割|点|位|円|万|千|億|時)|以内|以上|以下|未満|程度|前後|まで|から|以降|超");

    private CounterWord() {
    }

    /** True if {@code word} may stand as the counter word of a count. */
    public static boolean accepts(String word) {
        if (word == null || word.isEmpty() || NOT_COUNTERS.contains(word) || word.startsWith("・")
                || word.endsWith("・")) {
            return false;
        }
        // "3年以内", "5日まで", "2倍": a time span or a multiple read as a counter would be a wrong guess.
        if (TIME_OR_MULTIPLE.matcher(word).find()) {
            return false;
        }
        // か/ケ/カ/ヶ only as in か所 (か所, ヶ所): a hiragana か anywhere else is a particle, not a counter.
        if (word.contains("か") && !word.equals("か所") && !word.endsWith("か所")) {
            return false;
        }
        return SHAPE.matcher(word).matches();
    }

    public static boolean known(String word) {
        return KNOWN.contains(word);
    }
}
