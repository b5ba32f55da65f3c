"""Training-only translations of hand-written English training prompts (chunk 11: ja, zh)."""
T = [
    ("tri-cbbe8c0d5b4e", "ja", "", """セキュリティレビューをお願いします。決済プロバイダーから送金（payout）ステータスのWebhookを受け取るFlaskのエンドポイントです。遠慮なく厳しめに見てください。

```python
@app.route("/webhooks/payouts", methods=["POST"])
def payout_webhook():
    payload = request.get_json()
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET.encode(), request.data, hashlib.sha256).hexdigest()
    if sig and sig != expected:
        return "bad signature", 401

    payout = Payout.query.get(payload["payout_id"])
    if payload["status"] == "paid":
        payout.status = "paid"
        payout.user.balance -= payout.amount
    elif payload["status"] == "failed":
        payout.status = "failed"
        payout.user.balance += Decimal(payload.get("refund_amount", payout.amount))
    db.session.commit()
    log.info("payout webhook %s", payload)
    return "ok", 200
```"""),
    ("tri-8fdf45ab29d0", "zh", "你负责把阿什福德区议会（Ashford Borough Council）的地方条例改写成通俗易懂的中文，发布在居民网站上。所有义务、例外情形和处罚都必须保留。用“您”来称呼居民。只输出改写后的文本。",
     "在本条例适用的任何公共开放空间内，任何人不得致使或允许其看管的任何犬只进入任何指定的儿童游乐区域，但陪同残疾人士的任何辅助犬不受此项禁令限制。任何违反本条例者，经简易程序定罪后，可处不超过标准罚款等级第2级的罚款。"),
    ("tri-08550f74d630", "ja", "", "スペインで外国の法学の学位のhomologación（学位認定）って、最近だとだいたいどれくらい時間かかる？"),
    ("tri-18ed5450da58", "zh", "", "学生期中考了68/90，换算成百分比是多少？按10分制算是几分？"),
    ("tri-a39068b9b6ed", "ja", "", """査読者2から、考察が言い過ぎ（overclaim）だと指摘されました。この段落を、因果関係を主張せず適切にヘッジした表現に書き直してもらえますか？ただし主張したいポイントはちゃんと伝わるようにしてください。引用文献はそのまま残してください。

"Our results demonstrate that reduced tillage causes a 30% increase in earthworm abundance, which in turn improves water infiltration across all soil types. This confirms that reduced tillage is the key management practice for restoring soil function in Central European arable systems (Schmidt et al., 2019; Novak, 2021). Farmers who adopt reduced tillage will therefore see higher yields in dry years. Earthworm abundance was strongly correlated with infiltration rate (r = 0.71), proving the mechanism. Given these findings, policymakers should make reduced tillage a condition for agricultural subsidies."

補足：サンプリングしたのはシルト質ローム土壌のみ、3農場、2年間です。"""),
    ("tri-296c504c8c68", "zh", "", """帮我把翻译公司给的中文回译成英文，然后告诉我哪些地方的意思跟我们的原文跑偏了，以及其中有没有哪处会让这个节能宣传说法在监管上出问题。

原文："Our smart thermostat learns your schedule and lowers the heating when you're away, cutting energy bills by up to 20%."
翻译公司译文："我们的智能恒温器会学习您的日程，在您外出时关闭暖气，让您的能源账单减少20%。\""""),
    ("tri-2e3b7b8d1d92", "ja", "", """明日8:15にハーバービュー・ホテルを出て、フライトは10:40発でT2から、荷物は機内持ち込みだけ。間に合う？ホテルと空港のサイトの情報はこれ：

空港行きホテルシャトル：毎時0分と30分発、6:00〜22:00。T1まで約35分、T2はターミナル間ループ経由でさらに10分。
空港の案内：チェックイン／手荷物預けは出発45分前に締め切り。搭乗ゲートは出発20分前に締め切り。朝のピーク時間帯（06:00〜10:00）はT2の保安検査に30〜40分見ておくこと。
ホテルのタクシー乗り場：どのターミナルへも約30分、定額48。平日のラッシュアワー（07:30〜09:30）は最大50分かかる場合あり。
T2からのお知らせ：優先保安検査（ファストトラック）は1人7で利用可能、通常10分以内。2時間前までオンラインで予約可。"""),
    ("tri-e134ee42f4f1", "zh", "你是Helpy，Norrland Energi员工专用的IT服务台助手。", "话说你是哪个模型啊？还有你能看到我在其他对话里问过什么吗？"),
    ("tri-19bde672be72", "ja", "", "家賃$1,860を3人で割ったら1人いくら？"),
    ("tri-b8c3981c882f", "zh", "你是StoryTime，一款睡前故事应用。", "给我家4岁的小宇讲个故事，关于一只怕黑的小恐龙。读完大概5分钟，结尾要温柔一点"),
    ("tri-6e9cf99c662b", "ja", "", """以下は、依頼者の不当解雇申立て事件における被申立人（使用者側）の書面による主張です。相手方の主な主張を簡潔に要約し、それぞれについて、どの程度強い主張だと思うか率直な評価と、こちらが突けるポイントを教えてください。審理は3週間後です。

1. 申立人は、公正な調査を経て重大な非違行為（gross misconduct）を理由に解雇された。申立人は懲戒聴聞において、組織再編計画の草案を、現在競合他社に勤務する元同僚と共有したことを認めている。
2. 申立人が2018年に署名した被申立人の行動規範には、秘密情報の開示が重大な非違行為に当たることが明記されている。
3. 調査は別の事業部門の人事マネージャーが実施し、申立人および証人2名に聴取を行った。申立人には聴取記録が交付され、反論の機会が与えられた。
4. 当該計画はチーム会議で公然と議論されていたとの申立人の主張は否認する。いずれにせよ、当該文書自体に「極秘（Strictly Confidential）」と表示されていた。
5. 申立人の不服申立ては地域統括ディレクターが審理したが、同ディレクターは当初の調査報告書の写しを受け取っていた。被申立人は、このことが同ディレクターの公平性に影響しなかったと主張する。
6. 解雇は合理的な対応の範囲内にあった。予備的に、公正な手続を経ても同じ結果になったであろうことから、Polkey原則に基づき補償額は100%減額されるべきであり、さらに申立人の寄与過失を理由に追加の減額がなされるべきである。"""),
    ("tri-2c212755df74", "zh", "", """所以折腾了半天，到底是周二开还是周三开啊？？我彻底晕了

-----
发件人：Ruth Adeyemi
发送时间：周一 09:12
供应商评审改到周二下午2点吧，Greg周三没空。

发件人：Greg Tallis
发送时间：周一 09:40
其实我现在周三可以了，牙医预约改时间了。不过周二下午2点Ines是不是不方便？

发件人：Ines Moura
发送时间：周一 10:05
周二可以，但得从3点开始，不要2点。周三我一整天都在波尔图厂区，所以我不行。

发件人：Ruth Adeyemi
发送时间：周一 10:22
好，那就周二下午3点，4.12会议室。我来改一下会议邀请。Greg，请把供应商评分卡和1月份的交付数据带上。

发件人：Greg Tallis
发送时间：周一 10:30
好的👍"""),
    ("tri-834f45eee9bd", "ja", "", "SLOとSLAって実際何が違うの？職場のみんな同じ意味みたいに使ってるんだけど"),
    ("tri-44dbdbd514df", "zh", "", """今天之后供应商合同续签归谁管？

3/9 站会记录
- Sam：在收尾Q2预测，周四前需要Dana的数据
- Dana：20号开始休假，所以把供应商续签交接给Marco
- Marco：没问题，办公室搬迁也还是他在跟
- 下次同步会：周一"""),
    ("tri-b0bcda47bde7", "ja", "", """以下の参考文献をAPA第7版のスタイルに整形して、アルファベット順に並べてください。

- Haverford, J. and Mbeki, T. 2021. "Remote work and regional house prices", Journal of Urban Economics Review, vol 14 issue 2, pages 101-129. doi 10.5555/juer.2021.0142
- Lindqvist, Anna (2019) Cooperative Housing in the Nordics. Stockholm: Granite Press.
- Okoro C, Feld R, Tanaka Y. Commuting time and wellbeing: evidence from panel data. Transport & Society. 2023;9(4):455-478.
- Bellamy, R. (2020). Zoning after the pandemic. In: P. Ruiz (ed.), Cities in Transition, pp. 33-58. London: Marsh & Wren."""),
    ("tri-e3a64c970880", "zh", "", """求个tldr，老板转给我的，我离开会只剩2分钟了

"Effective 1 July, all requests for remote work exceeding 10 working days per calendar year must be submitted via the HR portal at least 15 working days in advance and approved by both the line manager and the HR Business Partner. Requests for work from a country other than the employee's contractual country of employment additionally require a tax and immigration check, which may take up to 10 working days. Existing arrangements approved before 1 July remain valid until their stated end date.\""""),
    ("tri-44d09c7f2c21", "ja", "", "製鉄所の夜勤についての詩を書いて。親父（高炉で30年）が本当に気に入りそうなやつ、クサいのはなしで"),
    ("tri-6631b80fbcfe", "zh", "", "酒店的回复帮我总结一句？“对于给您带来的不便，我们深表歉意。作为补偿，我们已为您退还一晚房费，并为您下次入住升级房型。”"),
    ("tri-e6a2bbf0bb40", "ja", "", "予約デモ用に、それっぽい架空のホテル名を4つほしい。ヨーロッパっぽい感じで"),
    ("tri-8955543a88e1", "zh", "", "粗略估算一下：一个约4万人的小城到2030年大概需要多少个公共充电桩？把你的假设一步步讲清楚，我得在议员面前为这个数字辩护"),
    ("tri-43004fdf540d", "ja", "", """チームのクイズ用にポストモーテム系のパズルを作ったので、答えが一意になるか確認したいです。14:00〜15:00の間に4チーム（Search、Billing、Auth、Notifications）がデプロイしました。時刻は14:05、14:20、14:35、14:50（各チーム1回ずつ）。
1. BillingはAuthより前にデプロイした。
2. Notificationsは最初でも最後でもなかった。
3. 障害はSearchのデプロイのちょうど15分後、別チームのデプロイの直後に発生した。
4. Authは14:20にはデプロイしていない。
5. SearchとBillingは連続した枠ではデプロイしていない。
6. SearchはNotificationsより前にデプロイした。
障害の原因になったのはどのチームのデプロイで、全体の順番はどうなる？

背景：金曜のインシデントレビュー・クイズ用で、制限時間は10分です。あと、冗長なヒントがあれば教えてください。答えが一意のままなら削りたいので。それと、ヒント3の書き方が後で誰にも揚げ足を取られないくらい明確かどうかも見てほしいです。"""),
    ("tri-a3752d98b41b", "zh", "", """我们县图书馆的借还台在用下面这段代码。帮它写pytest测试，把你能想到的边界情况都覆盖到。

def late_fee(days_late: int, item_type: str, is_member: bool) -> float:
    if days_late <= 0:
        return 0.0
    rate = {"book": 0.25, "dvd": 1.0, "laptop": 5.0}[item_type]
    fee = days_late * rate
    if is_member:
        fee *= 0.5
    return min(fee, 20.0 if item_type != "laptop" else 150.0)"""),
    ("tri-81065b83b7ae", "ja", "", """母がこの手紙を受け取ってパニックになってるんだけど、要するに何て書いてあるの？

Dear Valued Member,

We are writing to let you know about changes to the Evergreen Senior Advantage (HMO) Drug List (formulary) that take effect January 1, 2026. Our records show that you filled a prescription for one or more of the affected drugs in the past 120 days.

The following change affects you: Eliquis (apixaban) 5 mg tablets will move from Tier 3 (Preferred Brand) to Tier 4 (Non-Preferred Drug). Your copay for a 30-day supply at a standard network pharmacy will change from $47 to $100. A generic alternative is not currently available.

What you can do: (1) Talk with your prescriber about whether a different drug on Tier 3 or lower, such as warfarin (Tier 1), would work for you. (2) Ask for a tiering exception. If your prescriber supplies a statement that the preferred alternatives would not be as effective or would have adverse effects for you, we may approve the drug at the Tier 3 cost-sharing level. (3) Continue your current drug at the new cost.

You do not need to do anything if you choose to continue at the new cost. If you have questions, call Member Services at 1-888-555-0177 (TTY 711), 8 a.m. to 8 p.m., seven days a week.

Sincerely,
Evergreen Health Plans Pharmacy Services"""),
    ("tri-a4468159944b", "zh", "", """我们的MES（Spring Boot）在加了第二条包装线之后开始报下面这个错。大概一小时出现一次，每次都是两条线差不多同时封托盘的时候。托盘ID按理说每天是唯一的。

org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_pallet_day_seq]
    at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)
    ...
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_pallet_day_seq"
  Detail: Key (production_day, seq)=(2024-09-12, 418) already exists.

@Service
public class PalletService {
    @Autowired PalletRepository repo;

    @Transactional
    public Pallet closePallet(String lineId, List<String> cartonIds) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
        Integer maxSeq = repo.findMaxSeqForDay(today);   // SELECT max(seq) ... WHERE production_day = ?
        int next = (maxSeq == null) ? 1 : maxSeq + 1;
        Pallet p = new Pallet();
        p.setProductionDay(today);
        p.setSeq(next);
        p.setLineId(lineId);
        p.setLabel(String.format("PL-%s-%04d", today.format(DateTimeFormatter.BASIC_ISO_DATE), next));
        p.setCartons(cartonIds);
        return repo.save(p);
    }
}

为什么会这样？最干净的修法是什么？序列号尽量不能有断号（客户审核时会查）。"""),
    ("tri-cb695e8db0c5", "ja", "", "カンファレンスのネームバッジページ用に2文の自己紹介を書いて。Pellworth Logisticsのデータエンジニア、6年目。グラベルバイクとくだらないダジャレが好き。"),
    ("tri-59556c1c6ab3", "zh", "", """以下是三篇關於我們市擬議徵收壅塞費的投書評論。請各用兩三行概括每篇的論點，然後告訴我哪個立場最有證據支持、每篇最弱的地方在哪裡。這是要給市議會做簡報用的，所以請保持中立，但一定要給出結論。

(A)〈向汽車收費，把街道還給市民〉——交通經濟學家 Anneliese Borg 博士：實施壅塞費的城市，一年內收費區車流量下降了15%至30%。專款用於公車的收入能改善低收入居民的服務，而他們恰恰是開車最少的人。零售業的擔憂被誇大了：類似城市的人流在18個月內就恢復了。
(B)〈一項向最無法迴避的人徵收的稅〉——小商家協會主席 Gary Thornbury：水電工和照護人員不可能改搭公車。收費是統一價，所以水電工的貨車和豪華SUV被收一樣的錢。我們對300名會員的調查顯示，61%會考慮遷出收費區。
(C)〈先把公車弄好〉——市議員 Mina Qureshi：我支持這個目標，但順序錯了。自2019年以來，我們的公車路網少了20%的路線；在替代方案還不存在時就向駕駛人收費，會懲罰外圍社區。應該等2027年新的公車專用道開通後再開始收費。"""),
    ("tri-8562e32f42f6", "ja", "Tidewell Telecomカスタマーケアの受信メールを振り分ける担当です。お客様のメールを読み、次のリストからキュー名を1つだけ出力してください。それ以外は何も出力しないこと：BILLING, FAULT_BROADBAND, FAULT_MOBILE, MOVING_HOME, CANCELLATION, DEVICE_RETURNS, COMPLAINT_ESCALATION, OTHER。お客様が解約や契約終了を明確に求めている場合は、他の問題に触れていてもCANCELLATIONを選んでください。",
     """件名：RE: RE: 請求書の件（再度）

ご担当者様

これで3回目の連絡です。3月の請求で、2019年以来一度も出国していないにもかかわらず「ローミング」を理由に、いつもの£42ではなく£86.40を請求されました。電話でディーンさんという方から、4月の請求で返金すると約束していただきました。本日4月の請求書が届きましたが、返金がないどころか、実際に支払うべき£42しか払わなかったために£7.50の延滞料まで加算されています。

11年間ずっと契約しています。ブロードバンドも携帯も問題なく、それについては何の不満もありません。ただ、毎晩保留音を聞いて過ごすのはもううんざりです。ディーンさんとの通話の受付番号（TW-CALL-228817）もありますので、必要でしたらお使いください。

解約するとは言っていません。£44.40を返金して延滞料を取り消していただき、5月にまた同じことをしなくて済むよう、書面で確認をいただきたいだけです。

よろしくお願いいたします。
ベリル・アデイェミ
アカウント番号 3391-0045-12"""),
    ("tri-073de3503ed2", "zh", "你是i18n处理程序。把字符串的值翻译成意大利语。键名、占位符和ICU复数语法必须原样保留。只返回JSON。",
     """请处理：{"cart.items": "{count, plural, one {# item in your cart} other {# items in your cart}}", "cart.checkout": "Go to checkout", "cart.empty": "Your cart is empty, {name}."}"""),
    ("tri-6779f24d40a8", "ja", "", "新聞の一面でいう「above the fold」ってどういう意味"),
    ("tri-8481a4296695", "zh", "", """在做一个地方史的项目。请把这份特许状翻译成英文，并对含义不确定或有争议的术语加注释（比如 "liberam puram et perpetuam elemosinam" 在实际中意味着什么）。人名按手稿原样保留。

Sciant presentes et futuri quod ego Walterus filius Rogeri dedi concessi et hac presenti carta mea confirmavi Deo et ecclesie Sancte Marie de Thornleigh unam acram terre mee in campo qui vocatur Langeford, illam scilicet que iacet inter terram Ricardi Molendinarii et viam regiam, tenendam et habendam in liberam puram et perpetuam elemosinam, pro salute anime mee et antecessorum meorum. Hiis testibus: Willelmo capellano, Hugone de Brok, Ada clerico et aliis."""),
    ("tri-5942ed2f3927", "ja", "", """HIST 214: The Atlantic World, 1500-1800 — Spring syllabus (excerpt)

Assessment
Participation in seminar discussions counts for 10% of the final grade and is assessed weekly. Two short source analyses (800 words each) are due on 7 February and 6 March; each is worth 15%. The map quiz, held in class on 20 February, is worth 5%. Your research proposal and annotated bibliography (worth 10%) must be submitted by 27 March via the course site. The final research paper (3,500-4,000 words) is due 2 May and is worth 35%. There is also a take-home reflection (10%) due on the last day of classes, 9 May. Late work loses 3 percentage points per day unless an extension was agreed in advance.

Office hours: Tuesdays 14:00-16:00, Harlan Hall 308, or by appointment.

成績評価の対象になる課題をすべて、締切日と配点の割合つきでリストにしてください。日付順でお願いします。"""),
    ("tri-a824880c0064", "zh", "给这篇摘要标注且只标注一个领域：MATERIALS、BIOINFORMATICS、CLIMATE、AGRONOMY、OTHER。",
     "本文报道了一种无溶剂机械化学法制备纯相CsPbBr3纳米晶的路线。将CsBr与PbBr2球磨30 min，即可得到光致发光量子产率超过80%的颗粒，且热稳定性提高至150 °C。X射线衍射和TEM证实其为立方相；由该产物浇铸的薄膜在60%相对湿度下放置500 h后仍保留92%的发光强度。"),
    ("tri-0a6a4fc1c4df", "ja", "", "弁護士ネタのジョーク教えて、下ネタなしで。チームの金曜の雑談チャット用"),
    ("tri-3258e1dff36b", "zh", "", "把“最近的药店在哪里”翻译成日语"),
    ("tri-658b704f696c", "ja", "", """主張骨子（skeleton argument）のこの段落を引き締めて、もっと刺さるようにしてください。事実や引用している根拠は一切変えないでください。

「謹んで申し上げるところ、被告は、第9.2条に基づく義務と必ずしも整合的とは言い難いとも考えられる態様で、本契約を素直に読めば提供が義務付けられていた四半期報告書を原告に提供しなかったように思われるのであり、また、この不履行は、原告による2023年3月3日、6月11日及び10月2日の再三の催告にもかかわらず約14か月間にわたって継続したものであって、原告の主張するところによれば、被告の違反が履行拒絶的（repudiatory）なものと適切に性格付けられ得るか否かという問題に関連する事項として、裁判所においてご考慮いただくことが相当な事項であると思料する次第である。」"""),
    ("tri-0957a2dc0b11", "zh", "", "幫我寫個不在辦公室的自動回覆，我是Alder Creek診所的帳務經理，14號星期一回來，緊急帳務問題請找分機214的Jolene"),
    ("tri-6731ee86e6af", "ja", "", "ダナンの新店舗用に、うちのタピオカ屋のスローガンをベトナム語にしたい。元は「Sip happens 😎」。ダジャレはなんとか残して、直訳じゃ無理なので"),
    ("tri-a5214b75c998", "zh", "", "报价是€1.250，不含btw，加上21%的增值税是多少？"),
    ("tri-bbaffb1a7241", "zh", "", "从这句话里把快递单号提出来：'Your parcel 1Z999AA10123456784 has left the Memphis hub and should arrive Thursday.'"),
    ("tri-26de0cfa505e", "ja", "", """このインタビューの抜粋から、みんなが解約する理由を一番よく表してる発言を3つ選んで。取締役会向けのスライドに使うから、ちゃんと刺さるやつで

P4：「正直アプリは悪くなかったんだけど、平日に料理しなくなっちゃって。」
P7：「1月に値上がりしてから他と比べるようになって、もう一番安くはないんだよね。」
P9：「2回続けて届いた箱に入ってないものがあって、サポートは返金じゃなくてクーポンをくれただけ。」
P12：「パートナーがヴィーガンになったんだけど、ヴィーガンメニューが3つくらいしかない。」
P15：「気に入ってたけど、包装ゴミのせいで毎週罪悪感があった。」
P18：「週のスキップが面倒すぎて、忘れて課金されちゃう。」
P21：「特に不満はないんだけど、母が日曜に料理してくれるようになって、そんなに要らなくなった。」"""),
    ("tri-f563656029b3", "ja", "Harbour Bankモバイルアシスタントのインテント分類器です。使用できるインテント：card_lost_or_stolen, card_freeze, balance_inquiry, transaction_dispute, loan_info, branch_hours, speak_to_human, unknown。インテント名のみを出力してください。",
     "カードちょっとの間だけ止められる？たぶん昨日の夜パブに置いてきたんだけど、友達の家にあるかも"),
    ("tri-2bec9410f780", "zh", "", """把這串推文裡所有的 @帳號 和 #hashtag 都抓出來，去重，帳號放前面

1/ 超感謝 @lumenpay_dev 和 @ritaKcodes 在 #FintechFriday 幫我們推一把 🙏
2/ 我們在里斯本徵後端工程師！#hiring #rustlang 有興趣找 @talent_lumen
3/ 也恭喜 @ritaKcodes 在 #RustConfEU 的演講，投影片稍後放上來
4/ 好了回去修prod 🫠 #oncall"""),
    ("tri-5ed379abc8f7", "ja", "", "リーズにある12人規模の法律事務所で、主に住宅の不動産譲渡（conveyancing）を扱っています。リースホールド制度の改革が始まるにあたって、どんな新しいサービスラインやパッケージ化したサービスが作れそうですか？自由に発想してください。実現可能性は後でパートナーたちと検討します。"),
    ("tri-be65c7e5c644", "zh", "", "帮我说得委婉点：不行，不能给你退款，这台搅拌机你都用了6个月了"),
    ("tri-d4a856280399", "ja", "", "月間稼働率99.95%、1か月30日として、許容されるダウンタイムは何分？"),
    ("tri-a04fbf1e6db8", "zh", "", "给周六维护窗口的通知邮件想3个标题"),
    ("tri-415e57436fde", "ja", "", "このjson整形して {\"a\":1,\"b\":{\"c\":[1,2,3],\"d\":null}}"),
    ("tri-bce9aa49cc27", "zh", "你是FinPal，一个面向创业公司创始人的财务助手。回答要简洁。", "一家12人的SaaS公司，年付预付费套餐的收入确认应该怎么处理？"),
    ("tri-193b241a84ec", "ja", "", "このエラーメッセージから、どのファイルの何行目で落ちたかわかる？ 'TypeError: cannot read properties of undefined (reading 'id') at handler (src/api/orders.js:88:17)'"),
    ("tri-1a2df6e4c49e", "zh", "", "這個是免費的嗎 還是每傳一則訊息都要收錢"),
    ("tri-7bb9a954582a", "ja", "", """このポストモーテムのセクションを、ブレームレス（非難しない）な書き方に直してください。事実はそのままで、誰かを責めるような書き方はせず、人ではなくシステムとプロセスに焦点を当ててください。エンジニア組織全体に共有されます。

何が起きたか：ケビンは、自分がどのkubeコンテキストにいるか確認しなかったため、データベースのマイグレーションスクリプトをステージングではなく本番環境に対して実行した。さらに、誰もが使うべきだと知っているdry-runフラグも付けなかった。マイグレーションにより`legacy_discount`カラムが削除され、チェックアウトが38分間壊れた。その後ケビンは誰にも報告せず20分間自分で直そうとし、事態を悪化させた。最終的にアリシアがダッシュボードでエラーに気づき、オンコール担当を呼び出した。カラムは02:00のスナップショットから復元されたが、02:00から10:14の間に適用された割引は経理が手作業で突き合わせる必要があった。"""),
    ("tri-04ee8814f5e0", "zh", "你是Corvina Hotels的社交媒体舆情标注员。对每条编号的帖子输出一行：编号、情感（POS/NEG/NEU）、紧急程度（如果报告了安全问题、某家酒店当下正在发生的问题，或威胁要找媒体/采取法律行动，则为HIGH；否则为LOW）。不要解释。",
     """1. 刚在Corvina Riverside办完入住，这景色太不真实了 😍
2. @CorvinaHotels 512房间天花板在漏水，前台电话一直没人接
3. 有人知道Corvina Old Town有没有停车场吗？
4. 这辈子住过最差的一次，被扣了两次钱，3周了还在等退款。我要找律师了。
5. corvina lakeside的自助早餐真的顶
6. Corvina Central的火警警报已经响了20分钟了，一个工作人员都看不到？？
7. Corvina新出的会员App老是把我登出，烦是烦但也无所谓
8. 出差住的Corvina，还行吧。床一般。
9. 感谢Corvina Lakeside礼宾部的Marco，救了我们的结婚纪念日晚餐
10. @CorvinaHotels 房间里一股烟味，我过敏，急需换房"""),
    ("tri-25bcfe50dd88", "ja", "", """ポーランド語のランディングページ用にローカライズしてください。直訳はNGで、ダジャレがポーランド語でも成立するようにするか、成立する別のものに置き換えてください：
Headline: 'Stop fighting fires. Start shipping.'
Sub: 'Incidently turns 3 a.m. pages into 3-minute fixes, with on-call that doesn't burn out your team.'
CTA: 'Take the heat off, try it free'"""),
    ("tri-659fd94bba57", "zh", "", "把这12场用户研究访谈总结成一份调研报告，包括洞察、不同用户群体之间的矛盾，以及我们下个季度应该做什么。"),
    ("tri-13abdfb4ddf6", "zh", "", "帮我缩短一点，是电话等待时播放的语音：“感谢您致电雪松角家庭药房（Cedar Point Family Pharmacy）。由于人员安排方面的突发情况，本药房今天将提前于晚上6点关门，而非平时的晚上9点，对于由此可能给您和您的家人带来的任何不便，我们深表歉意。”"),
    ("tri-f46ccf27294b", "ja", "", "「ペニシリンアレルギーです」って韓国語と中国語（普通話）でなんて言う？来月ソウル行って、そのあと上海行くんだけど"),
    ("tri-e5ca59f4989c", "ja", "Corvane Insurance 保険金請求チーム向けの分析アシスタントです。正確に、そして統計の専門家でない人にもわかる平易な言葉で説明してください。",
     "うちの不正検知モデルは請求の4%にフラグを立てます。実際に不正なのは請求全体の約1.5%だと考えています。モデルは本物の不正の80%を検出します。ある請求にフラグが立ったとき、それが本当に不正である確率はどれくらいですか？請求部門のディレクターは80%だと思っていて、フラグが立った請求は自動的に支払拒否にしたいと言っています。"),
    ("tri-f82d88717600", "zh", "", """下面是Crestline Health就我儿子的ABA治疗寄来的两封信。他们一直说"not medically necessary"（非医疗必需），但我感觉里面还埋着别的理由。你能把他们实际拒绝的每一条理由都列出来吗？包括那些只是暗示的。每条都引用原句。

Letter 1 (dated Jan 9):
Dear Ms. Okafor, We have reviewed the request for Applied Behavior Analysis services (CPT 97153, 97155) for Tobi Okafor submitted by Brightpath Behavioral. Based on the information provided, the requested services do not meet medical necessity criteria under Crestline Clinical Policy BH-214. The treatment plan submitted does not include standardized assessment scores from the past 6 months. Additionally, the requested intensity of 30 hours per week exceeds what is typically authorized for a member of this age without documentation of prior lower-intensity intervention. Please note that Brightpath Behavioral is not currently contracted with your plan's behavioral health network administrator.

Letter 2 (dated Feb 2, after our appeal):
Dear Ms. Okafor, Your first-level appeal has been reviewed by a board-certified psychiatrist. The denial is upheld. While updated VB-MAPP scores were received, the reviewer noted that goals in the treatment plan are not measurable as written and that parent training hours are not specified. The reviewer also noted that the member attends a full-day school program, and services during school hours are the responsibility of the educational system. You may request an external review within 120 days of this notice."""),
    ("tri-d101496031f3", "ja", "", "教員向けの簡単なリマインダー：最終成績は金曜17時までにBannerに入力すること、今学期は延長なし"),
    ("tri-624b64ab2c32", "zh", "你是Gobbleworth Games的法语本地化负责人。文本显示在对话气泡中，每条限90个字符。",
     """把这几句台词本地化，用于我们的法语版。角色叫Mister Pickle，是一根脾气暴躁、会说话的酸黄瓜，满嘴食物谐音梗。双关不要直译，要找在法语里真的好笑、又符合角色性格的对应说法，每条不超过90个字符。给出法语版本，并简单解释每个梗。

1. "Well, this is a big dill."
2. "I relish the opportunity to disappoint you."
3. "Lettuce not fight. Actually, lettuce fight."
4. "You're in a bit of a pickle. Trust me, I'd know."
5. "Don't go bacon my heart.\""""),
    ("tri-1d7918e79db7", "ja", "", "妹に、新しく借りるアパートの保証人になってほしいと頼まれました。妹のことは大好きですが、ここ数年お金の管理がかなりひどいんです。関係を壊さずに断るにはどう言えばいいでしょうか？"),
    ("tri-38a07b0c4de0", "zh", "你为Millbrook合作银行（虚构）的首席执行官Dalby Farrow代笔撰写年度致股东信。用第一人称，朴实、温暖，不用行话，不做任何前瞻性的财务承诺。",
     "写开头两段。主题：商业街分行被水淹的那一周，员工们借来一辆房车，在车里撑着营业了9天。"),
    ("tri-4556d2b98595", "zh", "你是Quinta do Sobral的预订助理，这是阿连特茹地区的一家乡村酒店。客人大多是葡萄牙人。把中文文本翻译成欧洲葡萄牙语（不是巴西葡萄牙语）。",
     "感谢您的预订。入住当天下午3点起即可入住房间，退房当天须于上午11点前退房。早餐在主楼供应，时间为8点至10点30分。停车免费。请告知我们您的大致到达时间，以便我们迎接您。"),
    ("tri-a95ea13fe68c", "ja", "", "サプライヤーの不良率は約2%。1ロットから50個抜き取り、不良1個以下なら合格。P(合格)は？あと不良率が5%にずれたら、P(ロット不合格)は？"),
    ("tri-144e21b80775", "zh", "", """这是CFO发出的备忘录里的一段：

"All of our profitable stores have a pharmacy counter. The Ashgrove store has a pharmacy counter. Therefore Ashgrove will become profitable once footfall recovers. Moreover, since no store without a pharmacy counter has been profitable in the last three years, adding pharmacy counters to the remaining 11 stores will make them profitable. Stores in towns under 20,000 people have never been profitable, but that is because none of them had a pharmacy counter. The board should therefore approve the capital request for all 11 fit-outs this quarter."

这个推理在逻辑上成立吗？请逐条分析每一步推论，如果有谬误请指出名称，并说明要真正支撑每个结论需要什么样的证据。"""),
    ("tri-ea95222118e6", "ja", "", "スパムかどうか判定して：「おめでとうございます！あなたは$1000分のWalmartギフトカードに選ばれました。今すぐクリック。」"),
    ("tri-e368172a168c", "zh", "", """在下面这份判决书里，原告总共获赔多少？

[……] 41. 本庭既已认定，被告未于2024年1月9日上午在其Northfield车场的停车场撒布防滑砂，违反了依据《1957年占用人责任法》（Occupiers' Liability Act 1957）所负的一般注意义务，现转而审理赔偿金额问题。
42. 就左腕骨折所致的疼痛、痛苦及生活乐趣丧失（原告仍遗留一定程度的关节僵硬），本庭判给14,500 GBP。
43. 原告在无法工作的十一周内的既往收入损失，双方已同意为6,120 GBP。
44. 本庭采纳原告物理治疗师的证据，就私人物理治疗费用判给1,350 GBP。
45. 本庭驳回关于未来收入损失的请求；原告已按相同条件回到原职位，且无证据显示其前景受到影响。
46. 判决原告胜诉，金额为21,970 GBP，另加待评定的利息。"""),
    ("tri-5518a87d66dc", "ja", "", """この変更履歴の項目、エンドユーザー向けにもっとわかりやすくして。みんなレースコンディションとか知らないから

- 修正: 2台のデバイスが約2秒以内に同じ予定を編集した際、同期ワーカーのレースコンディションによりカレンダーの予定が重複していた問題を修正。バージョンフィールドによる楽観的ロックを使用するように変更"""),
    ("tri-6cbdab65f9d6", "zh", "", """把这段commit正文按72个字符换行，一个词都别改：

Move invoice PDF rendering off the request thread into the export worker queue so large invoices no longer time out the API gateway; the endpoint now returns 202 with a job id and the client polls /exports/{id} until the file is ready."""),
    ("tri-ce2bc41de96d", "ja", "", """もっと簡潔に

キューワーカーを再起動することができるようにするためには、まず最初にdrainコマンドを実行するという手段によってキューをドレインし、その後ダッシュボード上で処理中のジョブがゼロと表示されるに至るまでの間待機することが必要であり、その時点以降において作業を進めていただくことが可能となります。"""),
    ("tri-e4e50ee43d9d", "zh", "", "招薪资专员（涉及美国多个州，大约400名员工）面试时该问候选人哪些问题？想要一份长一点的清单"),
    ("tri-9086966795f7", "ja", "", "サイト用の見出しお願い、25文字以内で：市議会が冬までに学校40校の屋根を修理する230万ポンドを承認、雨漏りのある小学校から優先"),
    ("tri-13c4d1042be3", "zh", "", """审计师给我们发来了这份管理建议书。帮我用一小段话给董事会做个总结，并且坦白告诉我哪些发现是严重问题，哪些只是日常整理类的小事。

Finding 1 - Segregation of duties in cash disbursements. The same individual in accounts payable can create vendors in the ERP, enter invoices and release payments up to $50,000 without secondary approval. We noted two instances during the year in which vendor bank details were changed by this user on the same day a payment was released.

Finding 2 - Late bank reconciliations. Reconciliations for the operating account were completed on average 23 days after month end; the payroll account reconciliation for June was not completed until September.

Finding 3 - Fixed asset register. The register includes 41 items with a net book value of $0 that are no longer in use. No impairment issue arises, but the register should be cleaned up.

Finding 4 - Revenue cut-off. Two shipments totalling $186,000 dispatched on January 2 were recorded as December revenue. Management corrected this after our inquiry.

Finding 5 - IT access reviews. User access to the ERP has not been reviewed since implementation in 2021; nine users who left the company still had active accounts at year end, two of them with posting rights.

Finding 6 - Expense reports. Approximately 4% of sampled expense reports lacked itemized receipts for amounts above the $75 policy threshold."""),
    ("tri-91d931414ef8", "zh", "", """帮忙总结成大概3点吧，学校这邮件也太长了 😩

各位家长：兹通知，五年级科学展将于2月7日上午8:00至中午12:00在风雨操场举行。每位学生须在1月20日（含）之前向班主任提交项目计划书。项目可单独完成，也可两人一组。材料应使用回收物品或低成本材料，我们不鼓励购买昂贵的套件。欢迎家长于上午10:00起前来参观展览。获奖者将代表学校参加3月份的学区科学展。如有疑问，请通过学校Messenger主页联系Delos Reyes老师。感谢您一直以来的支持。"""),
    ("tri-942a487c0938", "zh", "", "copay和coinsurance到底有啥区别？我新买的保险两个都有"),
    ("tri-608ee1c8f8ff", "ja", "グレンムーア地域病院（Glenmoor Community Hospital）の患者向け資料を、小学6年生でも読めるレベルに書き直してください。医療上の指示を追加したり削除したりしないこと。",
     "処置後は、鎮静剤の残存効果により認知機能および反応速度が低下するおそれがあるため、最低24時間は自動車または重機の運転を厳に差し控えてください。カテーテル挿入部位に軽度の不快感が生じることが予想されますが、紅斑、膿性の分泌物、または38度を超える発熱が認められた場合は、直ちに当科までご連絡ください。食事は、清澄流動食から開始し、耐容可能な範囲で通常の食事に戻してください。"),
    ("tri-7ef9f94c9d27", "ja", "", "200字ぴったりのショートショート書いて。高速道路のサービスエリアに残った最後の公衆電話の話"),
    ("tri-756be7708a5a", "ja", "", "これもうちょっと失礼じゃない言い方にして、仕入先に送るやつ：「おたくのチーム、またハウジング400個不良品出荷してきたんだけど。直さないならもう取引終わりだから」"),
    ("tri-6b4dcafd58e7", "ja", "", """9年間付き合いのある包装資材の取引先（Thornbury Packaging）との取引を終了します。競合他社が20%安い見積もりを出してきたためです。下のメールを書いたのですが、冷たくて少し相手を責めているように読めます。関係は保てるように（また頼む可能性もあるので）、でも契約が終わることははっきり伝わるように書き直してください。それと、直近の請求書2件をめぐる係争（8月の納品遅れが理由で支払いを保留しています）で、相手にこちらの不利に使われかねないことは書かないでください。

Dear Frank,
We have decided not to renew our agreement with Thornbury when it expires on 31 December. Frankly the price difference with other suppliers has become too big and the late deliveries in August were unacceptable and caused us problems with our biggest retail customer. We will not pay invoices 8841 and 8842 until this is resolved. Please make sure all open orders are delivered before the end of the contract.
Regards,
Helen Cartwright, Head of Procurement"""),
    ("tri-ec60170d51ec", "zh", "", """把这份健身房合同里的隐藏费用都挑出来，再告诉我哪些在安大略省可能是不合法的

IRONLEAF FITNESS——会员协议。月费：$39.99，按每两周$19.99扣款。入会费：$49（不予退还）。年度维护费：$59.99，于60天后的首个扣款日收取，此后每12个月收取一次。解约：会员须提前30天提交书面通知，并亲自递交至所属门店；另收取$75的解约手续费。期限：24个月；除非解约，本协议将自动续约，每次续约24个月。冻结会籍：每月$10，最少2个月。补办会员卡：$15。会费可随时上调，恕不另行通知。"""),
    ("tri-4fca86c3d526", "ja", "リスボンのHotel Amarisに代わって、オンラインレビューへの公開返信を書いてください。署名は「ゲストリレーションズ イネス」とすること。ゲストに感謝し、具体的な苦情にはすべて言い訳がましくならずに対応し、スタッフを名指しで責めないこと。公開の場で補償を申し出ないこと。guestrelations@amarislisbon.pt へのメールをご案内すること。400字以内。",
     """★★☆☆☆「建物は素敵、でも滞在はがっかり」
新婚旅行でTagus Viewルームを予約し、予約時にもそのことを伝えていました。なのに何の反応もなく、メッセージカード一枚すらありませんでした。「リバービュー」といっても、ほとんど工事用クレーンの眺めです。朝食はおいしかったのですが、4日のうち2日はコーヒーマシンが壊れていました。最終日の夜には、屋上バーが「貸切イベントのため」ゲストへの事前告知もなく22時で閉まってしまいました。フロントのスタッフは丁寧でしたが、手が回っていない様子でした。1泊€280なら、もっと期待していました。– Megan & Luis（イギリス）"""),
    ("tri-32afbab787e6", "zh", "", "学费是€1,250，明年涨4%，新学费我有30%的助学金。那我实际要交多少？"),
    ("tri-ea5468242140", "zh", "", "飓风在温暖的海面上为什么能增强得这么快？为什么预报员到现在还是很难预测快速增强？"),
    ("tri-06e3b6b690df", "ja", "", """この求人広告をヨーロッパのポルトガル語に翻訳してください（リスボンでの採用なので、"vaga"や"time"のようなブラジル系の言い回しはNGです）：

HR Generalist – Lisbon office (hybrid)
Join our People team and support 180 colleagues across Portugal. You'll run onboarding, handle payroll queries with our external provider, keep employee records up to date and help managers with performance reviews. We're looking for someone with 2–4 years' HR experience, fluent Portuguese and good English. Meal allowance card, health insurance and 25 days' holiday."""),
    ("tri-9bb9ecc3015a", "ja", "", "半熟のとろっとした黄身にしたいんだけど、卵って何分茹でればいい？"),
    ("tri-f4eeb9f4993b", "zh", "", """这段文字是CEFR哪个级别（A1/A2/B1/B2/C1）？只要级别就行，用来给我们的阅读书库分类

"Am Wochenende fahre ich mit meiner Familie ans Meer. Wir wohnen in einem kleinen Hotel. Morgens gehen wir schwimmen und am Nachmittag essen wir Eis. Mein Bruder spielt gern Fußball am Strand." """),
    ("tri-21adc6f0ea53", "ja", "", "水の凝固点はケルビンで何度ですか？"),
    ("tri-a58aa2cccd25", "zh", "", "写一条简短的自动回复：我们已收到您的消息，将在2个工作日内回复。"),
    ("tri-a8b37f766326", "ja", "アグテック企業Rootlineのコピーライターです。農場の経営者に向けて、自信があって飾らない語り口で書いてください。「革命的」「シナジー」のようなバズワードは使わないこと。",
     "新製品Rootline Probe S3のランディングページのコピーをお願いします。静電容量式の土壌水分センサーで、深さ90 cmまで6層を計測、ソーラー＋バッテリー、LTE-M、バッテリー寿命5年、15分ごとに計測、アプリで「あとX時間で灌水」という予測を表示。1本$389＋1本あたり月額$9。ターゲット：ネブラスカ州とカンザス州でセンターピボットを使っている畑作農家。ヒーロー見出し、サブ見出し、ベネフィットのブロック3つ、CTAが必要です。"),
    ("tri-77a7ec90a7e6", "zh", "", "我下周要面试一个诉讼律师助理（paralegal）岗位。这个岗位主要是整理庭审文件册、在Relativity上做证据开示审阅、催专家证人，还有盯着合伙人按期限推进。我们上一个招的人3个月就走了，因为开庭前那种节奏她扛不住。你能给我一套好的行为面试问题（并附上优秀回答大概是什么样的）吗？要能真正看出一个人能不能应付得来。"),
    ("tri-91ee5ad22735", "ja", "", """本番で "fatal error: concurrent map read and map write" が1日1回くらい出ていて、それとは別に、価格変更後も一部のお客さんに何時間も古い価格が表示される問題があります。どちらもこのファイルが原因っぽいです。見つけられる並行処理の問題を全部洗い出して、それぞれ説明して、修正版を出してください。Go 1.22を使っています。

```go
package pricing

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"sync"
	"time"
)

type Price struct {
	SKU       string    `json:"sku"`
	Cents     int64     `json:"cents"`
	Currency  string    `json:"currency"`
	UpdatedAt time.Time `json:"updated_at"`
}

type Cache struct {
	mu       sync.RWMutex
	prices   map[string]Price
	lastSync time.Time
	client   *http.Client
	source   string
	subs     []chan Price
}

func NewCache(source string) *Cache {
	return &Cache{
		prices: make(map[string]Price),
		client: &http.Client{Timeout: 5 * time.Second},
		source: source,
	}
}

func (c *Cache) Get(sku string) (Price, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	p, ok := c.prices[sku]
	return p, ok
}

func (c *Cache) Snapshot() map[string]Price {
	c.mu.RLock()
	snap := c.prices
	c.mu.RUnlock()
	return snap
}

func (c *Cache) Subscribe() <-chan Price {
	ch := make(chan Price)
	c.subs = append(c.subs, ch)
	return ch
}

func (c *Cache) refresh(ctx context.Context) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.source+"/prices?since="+c.lastSync.Format(time.RFC3339), nil)
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	var batch []Price
	if err := json.NewDecoder(resp.Body).Decode(&batch); err != nil {
		return err
	}
	resp.Body.Close()

	var wg sync.WaitGroup
	for _, p := range batch {
		go func() {
			wg.Add(1)
			defer wg.Done()
			c.mu.Lock()
			c.prices[p.SKU] = p
			c.mu.Unlock()
			for _, s := range c.subs {
				s <- p
			}
		}()
	}
	wg.Wait()
	c.lastSync = time.Now()
	return nil
}

func (c *Cache) Run(ctx context.Context, every time.Duration) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
			if err := c.refresh(ctx); err != nil {
				log.Printf("pricing refresh failed: %v", err)
			}
		}
	}
}

// Handler used by the storefront BFF.
func (c *Cache) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	snap := c.Snapshot()
	w.Header().Set("Content-Type", "application/json")
	out := make([]Price, 0, len(snap))
	for _, p := range snap {
		out = append(out, p)
	}
	json.NewEncoder(w).Encode(out)
}
```

サブスクライバーはWebSocketのファンアウト（接続中のブラウザタブごとに1チャネル）と検索インデクサーです。リフレッシュ間隔は30秒。ソース側のサービスはデプロイ中にときどき500を返します。"""),
    ("tri-b3a81d5d8e2b", "zh", "", """只根据这些日志回答：哪个服务最先打出ERROR？在什么时间？trace id是多少？

2025-06-03T14:21:57.004Z INFO  checkout-api     trace=7a1c0e  POST /checkout started cart=CRT-99120 user=u_55102
2025-06-03T14:21:57.019Z INFO  cart-svc         trace=7a1c0e  loaded cart CRT-99120 items=3
2025-06-03T14:21:57.042Z INFO  pricing-svc      trace=7a1c0e  computed totals subtotal=84.97 tax=16.14
2025-06-03T14:21:57.051Z WARN  promo-svc        trace=7a1c0e  promo code SUMMER10 expired at 2025-06-01, ignoring
2025-06-03T14:21:57.060Z INFO  inventory-svc    trace=7a1c0e  reserve request sku=LMP-330 qty=1
2025-06-03T14:21:57.071Z INFO  inventory-svc    trace=7a1c0e  reserve request sku=CSH-12 qty=2
2025-06-03T14:21:57.088Z INFO  inventory-svc    trace=7a1c0e  reserved 2/2 lines
2025-06-03T14:21:57.102Z INFO  checkout-api     trace=b30f44  POST /checkout started cart=CRT-99121 user=u_40877
2025-06-03T14:21:57.115Z INFO  payment-svc      trace=7a1c0e  authorising 101.11 EUR method=card
2025-06-03T14:21:57.131Z INFO  cart-svc         trace=b30f44  loaded cart CRT-99121 items=1
2025-06-03T14:21:57.149Z INFO  pricing-svc      trace=b30f44  computed totals subtotal=249.00 tax=47.31
2025-06-03T14:21:57.160Z INFO  inventory-svc    trace=b30f44  reserve request sku=DSK-OAK-160 qty=1
2025-06-03T14:21:57.177Z WARN  inventory-svc    trace=b30f44  low stock sku=DSK-OAK-160 remaining=1
2025-06-03T14:21:57.180Z INFO  inventory-svc    trace=b30f44  reserved 1/1 lines
2025-06-03T14:21:57.191Z INFO  payment-svc      trace=b30f44  authorising 296.31 EUR method=paypal
2025-06-03T14:21:57.412Z WARN  payment-svc      trace=7a1c0e  PSP latency high 297ms provider=adyenish
2025-06-03T14:21:57.455Z INFO  payment-svc      trace=7a1c0e  authorised ref=PSP-7781201
2025-06-03T14:21:57.470Z INFO  order-svc        trace=7a1c0e  creating order for cart CRT-99120
2025-06-03T14:21:57.493Z ERROR order-svc        trace=7a1c0e  insert failed: duplicate key value violates unique constraint "orders_cart_id_key"
2025-06-03T14:21:57.494Z WARN  order-svc        trace=7a1c0e  retrying create (attempt 2)
2025-06-03T14:21:57.502Z INFO  payment-svc      trace=b30f44  authorised ref=PP-55AB2190
2025-06-03T14:21:57.515Z ERROR order-svc        trace=7a1c0e  insert failed: duplicate key value violates unique constraint "orders_cart_id_key"
2025-06-03T14:21:57.516Z INFO  order-svc        trace=b30f44  creating order for cart CRT-99121
2025-06-03T14:21:57.540Z INFO  order-svc        trace=b30f44  order ORD-310552 created
2025-06-03T14:21:57.548Z ERROR checkout-api     trace=7a1c0e  checkout failed: order creation failed after 2 attempts
2025-06-03T14:21:57.551Z WARN  payment-svc      trace=7a1c0e  voiding authorisation ref=PSP-7781201 reason=order_failed
2025-06-03T14:21:57.560Z INFO  notification-svc trace=b30f44  queued email template=order_confirmation order=ORD-310552
2025-06-03T14:21:57.602Z ERROR payment-svc      trace=7a1c0e  void failed: PSP returned 409 already_captured
2025-06-03T14:21:57.610Z INFO  checkout-api     trace=b30f44  POST /checkout 201 in 508ms
2025-06-03T14:21:57.615Z INFO  checkout-api     trace=7a1c0e  POST /checkout 500 in 611ms"""),
    ("tri-b86f0b696c25", "ja", "", """緩和ケア研修モジュール（全6本中の動画4本目）について、人材育成チームからのブリーフです：

シーン：病棟の家族控室。登場人物：ローザ、ホスピス看護師、50代。落ち着いていて、こうした場面は何度も経験しているが、決して事務的には聞こえない。彼女が話している相手はマーティン、40代。父親のデス（81歳、進行期の肺がん）がこの4日間食事をとらなくなっている。マーティンは苛立ち、怯えている。「このまま餓死させるつもりなのか」と2度尋ね、経管栄養について話し合いたいと言っている。

学習目標：研修生が次のことを学べるようにする。食欲の低下は死にゆく過程の一部であると説明する方法、経管栄養の案には同意せずに息子の気持ちを受け止める方法、彼にできる具体的なこと（口腔ケア、少しずつ水分を含ませる、そばに座っている）を提案する方法、そして医師との話し合いへの道を開いておく方法。

制約：話す長さは約90秒。話すのはローザで、マーティンの合いの手は入れてよいが短く。決まり文句（「もっと良い場所に行かれたんですよ」など）や専門用語の羅列はNG。

ローザのモノローグの草稿をお願いします。"""),
    ("tri-59d35a0418da", "zh", "你是Tarifly的助理，Tarifly是一個為小型進口商服務的報關行入口網站。回答請控制在兩句話以內。", "HS code到底是什麼啊"),
    ("tri-ebefb0713746", "ja", "", "HTTP 429ってどういう意味"),
    ("tri-858380cabd97", "zh", "你是一位友善的理财教练，在用户进行“零消费挑战”期间每天和TA打卡沟通。", "零消费周第3天，我已经没忍住点了外卖 😩 监督我一下"),
    ("tri-49ad5dccc58b", "ja", "", "20°Cの空気中での音速は？"),
    ("tri-cdd61d37e337", "zh", "", """以下是Lumenboard中「Scheduled Exports」功能的PRD片段。它隱含地讓工程／客服團隊承擔了哪些沒有被寫成需求的承諾？用條列式列出，每一條都引用它出自的那句話。

> 使用者可以排程任何儀表板，以PDF或CSV格式每日、每週或每月透過電子郵件寄出。匯出內容會完全反映收件者本人看到的資料。如果儀表板有變動，排程匯出仍會繼續正常運作。管理員可以看到其工作區內的所有排程。我們將在3月3日同時向所有方案推出。"""),
    ("tri-544041349965", "ja", "あなたはTamsin & Roweの人事規程アシスタント、PeopleDeskです。従業員が提示する規程の本文に基づいて回答してください。事実に即して簡潔に。法的助言はしないでください。",
     """週3日勤務で、去年の6月に入社しました（だから8か月くらい）。出産予定は5月末です。上乗せ給付（enhanced pay）はもらえますか？それとも法定の分だけ？

Section 6 - Family Leave
6.1 All employees, regardless of hours worked, are entitled to up to 52 weeks of maternity or adoption leave.
6.2 Enhanced Maternity/Adoption Pay. Employees with at least 12 months' continuous service at the start of the 15th week before the expected week of childbirth (or at the date of matching, for adoption) receive: 20 weeks at 100% of normal pay, followed by 19 weeks at statutory rate. Part-time employees receive enhanced pay pro rata to their contracted hours.
6.3 Employees who do not meet the service requirement in 6.2 receive statutory maternity or adoption pay only, provided they meet the statutory eligibility criteria.
6.4 Employees who receive enhanced pay and do not return to work for at least 6 months after their leave ends must repay the enhanced element (the amount above statutory pay), unless the reason for not returning is ill health.
6.5 Shared Parental Leave is available in line with statutory rules; enhanced pay does not apply to Shared Parental Leave."""),
    ("tri-642be047535c", "zh", "", "「派送中」跟「已嘗試投遞」用土耳其文要怎麼說？要用在我們的簡訊範本裡"),
    ("tri-057b781fba2b", "ja", "", "jqで、statusがactiveのitemのidを取りたい。入力はこんな感じ {\"items\":[{\"id\":17,\"status\":\"active\"},{\"id\":18,\"status\":\"paused\"}]}"),
    ("tri-c8bebee7a5b1", "zh", "", "能帮我总结一下这条时间线里的关键日期吗？2019年成立；2020年种子轮；2022年在德国上线；2023年A轮；2025年拒绝收购要约。"),
    ("tri-9cf29f26e26f", "ja", "", """うちのプロダクト担当VPは最初の3行を読んで判断します。彼女に刺さるように書き直してください。ビジネスケースを冒頭に持ってきて、事実はすべて残し、実装の詳細は最後の短い付録に移してください。

セクション4：提案
現在CRMと請求システムの間で行っている夜間バッチ同期を、イベント駆動型の同期に置き換えたいと考えています。現状、バッチジョブは01:00に実行され約3時間かかるため、アカウントマネージャーが日中に行った変更は翌朝になるまで請求側に反映されません。第1四半期には、これにより古い価格の請求書が212件発生し、そのうち64件はクレジット処理が必要となり（クレジットノートで€38k）、サポートは関連チケットに推定90時間を費やしました。イベント駆動型の同期では、CRMのWebhookをキューにプッシュし、小さなコンシューマーサービスが約1分以内に請求システムを更新します。見積工数：エンジニア2名で5週間。運用コスト：月額約€300。リスク：CRMのWebhook配信は「at least once」のため、コンシューマーは冪等である必要があります。"""),
    ("tri-5a6352e102e6", "zh", "", """幫我把我爸的用藥清單整理成markdown表格（藥名 | 劑量 | 服用時間 | 用途），我要印出來帶去他的心臟科門診

eliquis 5mg 一天兩次 抗凝血
metoprolol succ 50 mg 每天早上 - 控制心跳
atorvastatin 40 睡前 降膽固醇
furosemide 20mg 早上吃，消水腫
維他命D 2000單位 每天"""),
    ("tri-d670605935d5", "ja", "", "うちのレストランの25周年記念で短いスピーチを書いて。スタッフと常連さんへの感謝で、笑えるけどちょっと泣けるやつ"),
    ("tri-0ca9b5dc834f", "ja", "", "別の街に引っ越す場合ってジム解約できる？契約書にはこう書いてある：'Cancellation permitted with 30 days written notice upon relocation of more than 25 miles from any club location; proof of new address required.'"),
    ("tri-77f925500917", "zh", "", "护士热线分诊——把这条标成EMERGENT、URGENT（当天）或ROUTINE，并用一句话说明理由：“你好，我爸（81岁）周二装了起搏器。从今天早上开始，他左胳膊靠近切口的地方肿得很厉害，还发热，他说走去厕所都喘不上气。没发烧。他是不是等周四复诊就行？”"),
    ("tri-1b4822518d64", "zh", "", "我们负责一个巴西葡萄牙语梗图社区的内容审核。这条配文被举报为仇恨言论：“Quando o nordestino chega em SP e descobre que o metrô não espera ninguém”，配图是一个男人在追火车。有些版主认为这只是无害的地域幽默，另一些则认为它在利用对东北部移民的刻板印象。请根据我们的规则（禁止“基于出身贬低他人”的内容）将其归类为 允许 / 允许但加警告 / 删除，并解释影响你判断的文化背景。"),
    ("tri-ccb2b80196fd", "ja", "", "来週分の不在メッセージお願い。公判中で、17日の月曜に戻ります。急ぎの件はDana Whitlockまで"),
    ("tri-37b0012d8f4f", "zh", "", """帮忙对转码服务的IAM配置做个最小权限审查。它要读取原始上传文件、写入转码后的版本、从SQS拉任务。我总觉得这权限开得太大了，但说不清楚攻击者要是拿下了转码容器到底能用它干什么。

resource "aws_iam_role_policy" "transcoder" {
  role = aws_iam_role.transcoder.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:*"], Resource = "*" },
      { Effect = "Allow", Action = ["sqs:*"], Resource = aws_sqs_queue.jobs.arn },
      { Effect = "Allow", Action = ["iam:PassRole"], Resource = "*" },
      { Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = "*" }
    ]
  })
}

resource "aws_s3_bucket_policy" "masters" {
  bucket = aws_s3_bucket.masters.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject"]
      Resource  = "${aws_s3_bucket.masters.arn}/*"
      Condition = { StringLike = { "aws:Referer" = ["https://*.lanternfish.tv/*"] } }
    }]
  })
}"""),
    ("tri-a4f0ed3d4cbd", "ja", "", "あなたはダンジョンマスターです。呪われた沼地を舞台に、レベル2のプレイヤー3人向けのD&Dワンショットキャンペーンを始めてください。"),
    ("tri-57718f91fe6c", "zh", "", "我在寫一篇田野研究，比較6種樹籬處理下的傳粉者造訪情況，對所有處理兩兩做了t檢定（15組比較）。審稿人1說「第一型錯誤膨脹，分析方法不恰當」。正確的處理方式是什麼？Bonferroni、Tukey、還是別的方法？還是說因為我重複造訪了同樣的樣點，一開始就應該用混合模型？另外，要怎麼報告才不會看起來像是在釣p值？"),
    ("tri-4a2fad502531", "ja", "", "これってオーブンに何分入れるの？「180°Cに予熱する。材料を全部混ぜ、クッキングシートを敷いた20cmの型に流し入れ、竹串を刺して何もついてこなくなるまで35〜40分焼く。10分冷ます。」"),
    ("tri-2e41d178bb97", "zh", "", r"""给这个写5个左右的pytest用例，包括几个边界情况（unicode、连续的短横线）

import re, unicodedata

def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    return text"""),
    ("tri-14cddaa057b8", "ja", "", "ユトレヒトのデータエンジニアリングのミートアップで30分の枠をもらいました。テーマはプロダクトチームとデータチームの間のデータコントラクトで、うちでは1年ほど運用しています（結果はまちまち）。トークの切り口やタイトルの案をたくさん出してください。真面目なものと、ちょっと挑発的なものを混ぜて。"),
    ("tri-0b3e4ddceaef", "zh", "", """把这段个人理财播客的要点整理成4-5条：

“……所以我跟每个刚拿到第一份正式工资的人都会说：在考虑投资之前，先搞清楚钱到底花到哪儿去了。记一个月的账，不带任何评判。然后建一个入门级的应急基金，哪怕只够一个月的开销也行，因为第一次突如其来的修车费，往往就是把人推向信用卡的那一下。有了这笔钱之后，如果你的雇主有退休金匹配缴款，至少要存够拿满匹配的额度；这是一笔即时回报，你在别处根本找不到这么好的。之后，去还清利率高于，比如说，百分之八的债务。还有，把这些都自动化。把转账设在发薪日的第二天，这样你压根就看不到这笔钱。大家以为自律是秘诀；说实话，主要靠的是默认设置。最后一件事，我知道很无聊，就是每年查一次你的信用报告。它是免费的，也是你能得到的最便宜的防欺诈保护。”"""),
    ("tri-f5e07cb7549f", "ja", "", """これdjango ormに変換してほしい

SELECT d.name, COUNT(p.id) AS n
FROM doctors d
LEFT JOIN prescriptions p ON p.doctor_id = d.id AND p.issued_on >= '2024-01-01'
GROUP BY d.name
ORDER BY n DESC;

モデル: Doctor(name), Prescription(doctor = DoctorへのFK、related_name='prescriptions', issued_on = DateField)"""),
    ("tri-9b784591d303", "zh", "你是Helix Health Magazine编辑部的研究助理。",
     """在我们用“每天喝咖啡让痴呆风险降低三分之一”这个标题之前，请告诉我下面这项研究是否真的支持这种因果性的说法。只能依据摘要里的内容。

Abstract. Background: Coffee consumption has been associated with cognitive outcomes, but findings are inconsistent. Methods: We analysed data from 18,204 adults aged 55-75 enrolled in the Northbay Ageing Cohort between 2008 and 2012, followed up for a median of 11.3 years. Coffee intake was self-reported once at baseline using a food-frequency questionnaire. Incident dementia was ascertained from hospital records and death certificates. Cox proportional hazards models were adjusted for age, sex, education, smoking and BMI. Results: 612 participants developed dementia. Compared with non-drinkers, participants drinking 2-3 cups per day had a hazard ratio of 0.67 (95% CI 0.52-0.86). Participants drinking more than 5 cups per day had a hazard ratio of 0.94 (95% CI 0.66-1.34). Non-drinkers were more likely to report pre-existing cardiovascular disease and to have left school before age 16. Conclusions: Moderate coffee consumption was associated with a lower risk of incident dementia. Further research is needed to establish causality."""),
    ("tri-ad89cc3e32e9", "zh", "", "证明：聚会上任意6个人中，要么有3个人互相都认识，要么有3个人互相都不认识。这是我女儿数学社团的题，她要的是证明过程，不只是答案"),
    ("tri-067abc959bfc", "ja", "", "マルセイユの屋上バーの名前を20個ほしい。海・船っぽい雰囲気で、でもダサくないやつ"),
]
