package io.mezasu.measurement.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages, Japanese first; the English ones are in messages/msg_en.properties. Templates read them
 * as {msg:key}; Java reads them through Words.of(Lang).
 */
@MessageBundle(value = "msg", locale = "ja")
public interface Texts {

    @Message("めざす Mezasu")
    String app_name();

    @Message("本文へ移動")
    String skip();

    @Message("区運営方針の一覧")
    String nav_plans();

    @Message("English")
    String lang_switch();

    @Message("職員サインイン")
    String sign_in();

    @Message("サインアウト")
    String sign_out();

    @Message("{subject} としてサインイン中")
    String signed_in_as(String subject);

    @Message("公開中の区運営方針")
    String index_title();

    @Message("各区の運営方針（区運営方針）の業績目標と、その達成状況です。")
    String index_lead();

    @Message("運営方針")
    String col_plan();

    @Message("年度")
    String col_year();

    @Message("達成率")
    String col_rate();

    @Message("状況別の件数")
    String col_counts();

    @Message("公開中の運営方針はまだありません。")
    String no_plans();

    @Message("区の目標")
    String ward_goal();

    @Message("区の使命")
    String mission();

    @Message("全体の状況")
    String overall();

    @Message("経営課題")
    String issue();

    @Message("予算額")
    String budget();

    @Message("{amount}千円")
    String thousand_yen(Object amount);

    @Message("表示の条件")
    String filters();

    @Message("経営課題")
    String filter_issue();

    @Message("状況")
    String filter_status();

    @Message("すべて")
    String all();

    @Message("評価の視点")
    String mode();

    @Message("自動（年度中は中間振り返り、年度終了後は年度末）")
    String mode_default();

    @Message("中間振り返り（順調／順調でない）")
    String mode_in_year();

    @Message("年度末（達成／未達成）")
    String mode_year_end();

    @Message("時点（この日の終わりまでに分かっていたこと）")
    String as_of();

    @Message("表示する")
    String apply();

    @Message("戦略")
    String strategy();

    @Message("めざす状態")
    String desired_state();

    @Message("推定")
    String inferred();

    @Message("具体的取組")
    String initiative();

    @Message("業績目標")
    String targets();

    @Message("指標")
    String indicator();

    @Message("目標")
    String target_value();

    @Message("実績")
    String actual();

    @Message("状況")
    String status_col();

    @Message("進捗率")
    String progress();

    @Message("95％信頼区間")
    String confidence();

    @Message("再掲（{code}）")
    String reprint(String code);

    @Message("条件に合う業績目標はありません。")
    String no_match();

    @Message("判定できる目標がまだありません")
    String rate_none();

    @Message("{met} / {assessable} 件が達成・順調")
    String rate_of(Object met, Object assessable);

    @Message("まだ測定値がありません")
    String no_data_yet();

    @Message("詳細")
    String details();

    @Message("評価")
    String sentence();

    @Message("計算の内訳")
    String explanation();

    @Message("評価の履歴")
    String history();

    @Message("{code} の実績の推移")
    String chart_title(String code);

    @Message("目標 {value}")
    String threshold_label(String value);

    @Message("年間目標の按分")
    String prorata_label();

    @Message("記録日時")
    String recorded_at();

    @Message("版")
    String version();

    @Message("視点")
    String mode_col();

    @Message("振り返りの記述")
    String narratives();

    @Message("振り返りの記述（有効であった取組、課題と改善策、今後の方針）は、振り返りごとの自己評価レポートにあります（職員向け）。")
    String no_narratives();

    @Message("測定値")
    String measurements();

    @Message("測定値は職員（閲覧権限）または担当の調査事業者がサインインすると表示されます。")
    String measurements_staff();

    @Message("観測日")
    String observed_on();

    @Message("提供元")
    String source();

    @Message("値")
    String value();

    @Message("ダウンロード")
    String downloads();

    @Message("評価一覧（CSV）")
    String export_csv();

    @Message("評価一覧（Excel）")
    String export_xlsx();

    @Message("区政会議 自己評価（印刷用）")
    String report();

    @Message("区政会議 自己評価（PDF）")
    String report_pdf();

    @Message("自己評価")
    String report_title();

    @Message("総括")
    String summary();

    @Message("達成していない（順調でない）目標")
    String unmet_first();

    @Message("すべての目標が達成・順調です。")
    String all_met();

    @Message("有効であった取組")
    String effective();

    @Message("課題と改善策")
    String issues_fixes();

    @Message("今後の方針")
    String next_steps();

    @Message("作成日 {date}")
    String printed_on(String date);

    @Message("職員サインイン")
    String signin_title();

    @Message("市の認証基盤が発行したトークン（JWT）を貼り付けてください。パスワードはこのサイトに保存されません。サインインは閉じるまで、またはトークンの期限まで有効です。")
    String signin_lead();

    @Message("トークン")
    String token();

    @Message("サインインする")
    String signin_button();

    @Message("トークンを確認できませんでした。期限切れか、この市のものではありません。")
    String signin_failed();

    @Message("フォームの有効期限が切れました。もう一度お試しください。")
    String form_expired();

    @Message("ページが見つかりません")
    String not_found();

    /** A status in words: the pages never show a status by its colour alone. */
    @Message("{#when code}{#is 'ACHIEVED'}達成{#is 'NOT_ACHIEVED'}未達成{#is 'ON_TRACK'}順調{#is 'BEHIND'}順調でない{#is 'NO_DATA'}データなし{#is 'BASELINE_PENDING'}基準値待ち{#is 'DONE'}完了{#is 'IN_PROGRESS'}実施中{#is 'NOT_DONE'}未実施{/when}")
    String status(String code);
}
