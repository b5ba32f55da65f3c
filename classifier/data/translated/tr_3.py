"""Training-only translations of hand-written English training prompts (chunk 3: Japanese, Chinese Simplified/Traditional)."""
T = [
    ("tri-1b0ef5af668e", "ja", "あなたはParcellyのライターです。Parcellyはオランダとベルギーで宅配ロッカー網を展開しています。トーンは親しみやすく、わかりやすく、少しウィットを効かせて、ただし売り込み感は絶対に出さないこと。段落は短めにし、読者には「あなた」と呼びかけてください。「シームレス」「革命的」「ゲームチェンジャー」という言葉は使用禁止です。記事は500〜700語で、見出し1つと小見出し3〜4つを付けてください。", """ブログ記事のブリーフです：ロッカーでの返品受付をスタートしました。お客様はショップからの返品メールにあるQRコードをスキャンするだけで、印刷したラベルなしでどのParcellyロッカーからでも返品できるようになりました。開始時点の提携ショップは40店舗で、Bolt FashionやHuis&Houtも含まれます。24時間365日利用可能。メインの切り口は「返品のために土曜日をつぶすなんてもったいない」。短い「使い方」セクションと、質問3つのミニFAQを入れてください。また、返品はParcellyアプリに表示されること、荷物を入れた瞬間にショップに通知が届くことにも触れてください。最後はCTAで締めてください：最寄りのロッカーは parcelly.nl/lockers で検索。"""),
    ("tri-0a6a4fc1c4df", "zh", "", "讲个律师笑话呗，要正经点不带颜色的，发团队周五群聊用"),
    ("tri-aea35cbb67a2", "zh", "", """我們的逆變器要在哈薩克和烏茲別克上市（俄語市場）。請把下面這段產品介紹在地化成俄文——不要逐字翻，要讀起來像是專門寫給當地安裝商看的（用他們實際會用的術語、公制單位），然後把美國特有的 net metering／ITC 稅收抵免那部分拿掉，換成比較中性的說法。

SunHaven HX-10 Hybrid Inverter
Power your home through outages and slash your electric bill. The HX-10 pairs with up to 30 kWh of SunHaven batteries and switches to backup in under 10 ms - your fridge won't even notice. Dual MPPT trackers squeeze every watt out of east-west roofs, and the built-in Wi-Fi lets you watch production from the SunHaven app. Qualifies for the 30% federal ITC and works with every major utility's net metering program. Rated for -13°F to 140°F, NEMA 4X enclosure, 10-year warranty, installs in an afternoon."""),
    ("tri-3e6dbadc04d5", "ja", "", "=LOOKUPとINDEXどっち？B列の最後の空じゃない値を返すGoogleスプレッドシートの数式がほしい（途中に空白セルあり）"),
    ("tri-e17878a32196", "zh", "", """我们要把旧CRM（Sagewood）里大约12年的客户备注迁到HubSpot。下面是导出样例。请给出到HubSpot联系人/公司属性的字段映射方案，决定怎么把那个什么都往里塞的'misc'列拆成规范字段，并把这4行按HubSpot导入CSV的格式展示出来。

cust_no|name|co|tel|misc|last_contact
1042|Ms. Agnieszka Rudnicka|Rudnicka Florists|0161 496 0733|VIP; prefers email; birthday 12/5; owes £240 since 2019 - written off?|03/11/2023
1187|ROBERTSON, Callum|self|07700 900 418 / home 0131 496 0021|do not call before 10; moved to Leith; referred by 1042|2021-07-14
2210|Daniyar Seitkali|Steppe Coffee Roasters Ltd.|+44 20 7946 0512|wholesale acct; VAT no on file; other contact: Aigerim (ops)|14.02.2025
2301|the Wexley family|—||gift vouchers x3, redeemed 2; unsubscribed|
2455|Dr Oyelaran|Oyelaran Physio Clinic|0113 496 0887; fax 0113 496 0888|2 sites (Leeds, Otley) - bill Leeds only; net 30; DO NOT MERGE with 2456|2024-10-01"""),
    ("tri-f63ab25ace9f", "zh", "", "請停下來"),
    ("tri-2f5e7f067958", "ja", "", "「請求書の準備ができました」の件名、代わりの案を3つ"),
    ("tri-818a99a20e83", "zh", "", "有个字段用来存用户最近一次登录的时间戳，帮我想6个snake_case格式的列名。"),
    ("tri-abf6f4962046", "zh", "", "ab測試：對照組 492 轉換 / 12,000 訪客，實驗組 531 / 11,800。在95%雙尾下提升顯著嗎？另外如果要用80%檢定力偵測10%的相對提升，每組最少需要多少樣本"),
    ("tri-8263db077693", "ja", "", "分け合うことがなぜ大切なのかを子どもに教える短い寓話を作ってください。結末にはどんでん返しを入れてください。"),
    ("tri-7ef9f94c9d27", "zh", "", "写篇100字的微型小说，必须正好100字，写高速服务区里的最后一部公用电话"),
    ("tri-611f17851d3d", "zh", "", """把這串信裡的每個截止日期都列出來，並寫明要交什麼。研究所辦公室的信多到我快被淹沒了。

---
寄件者：研究生事務處 <gradoffice@northfield.edu>
主旨：春季學期重要時程 – 社會學博士班

各位好，提醒一下本學期的事項。年度進度報告須於3月14日前交給指導教授，並須在3月28日前完成簽核並上傳至系統。若打算在今年春季口試，口試意向申請表最晚須於4月4日前送達本處。暑期研討會差旅補助申請於4月18日下午5點截止。

---
寄件者：Amara Osei 博士
回覆：春季學期重要時程 – 社會學博士班

補充一點：口試委員至少要在你的口試日期前三週拿到完整的論文初稿，所以如果你打算排5月20日的場次，最晚就是4月29日。

---
寄件者：研究生事務處
回覆：回覆：春季學期重要時程 – 社會學博士班

更正：差旅補助的截止日期已延後至4月25日。另外，明年秋季的助教申請將於3月3日開放，3月21日截止。"""),
    ("tri-bbaffb1a7241", "ja", "", "ここから追跡番号を抜き出して：「お客様の荷物 1Z999AA10123456784 はメンフィスのハブを出発しました。木曜日に到着予定です。」"),
    ("tri-1397119498a0", "zh", "", "美国大学的GPA是怎么算的？带加减号的（比如A-、B+）算不算"),
    ("tri-cbfc0a8e9de7", "zh", "", "這個protocol有說要離心多久嗎？「以 4,000 × g、4 °C 離心 10 分鐘，棄去上清液，以 500 µL PBS 重新懸浮沉澱。」"),
    ("tri-20a2867b07e8", "ja", "", "ロシア語→英語でお願い。輸入しようとしてるシャンプーのラベルです：「Состав: вода, глицерин, экстракт ромашки, лимонная кислота. Способ применения: нанести на влажные волосы, смыть водой. Хранить при температуре от +5 до +25 °C. Срок годности: 24 месяца.」"),
    ("tri-39cd9b9a0cd5", "zh", "", "给对方律师发邮件，邮件抬头要写 \"subject to contract\" 和 \"without prejudice\"，这两个用巴西葡萄牙语怎么写？"),
    ("tri-dbac3c8d39d6", "zh", "", "為什麼血氧機用在膚色較深的人身上比較不準？是校正的問題，還是它運作原理本身的物理問題？新一代的機型或FDA的指引有沒有什麼改變？"),
    ("tri-2f8825aaaf64", "ja", "", "ETFってなに？5歳児にもわかるように説明して、2〜3文まで"),
    ("tri-db75f845357a", "zh", "", """[00:00:04] HOST: Welcome back to Supply Lines, the podcast about how stuff actually gets from A to B. Today I've got two guests, so let's do quick intros.
[00:00:12] GUEST 1: Hi, I'm Nadia Ferreira-Lund, I run network planning at Harbourgate Terminals in Rotterdam.
[00:00:19] GUEST 2: And I'm Olu Adebayo-Smith, I'm a research fellow at the Centre for Freight Resilience at Kingsmoor University, and before that I spent eight years at a forwarder.
[00:00:31] HOST: Great. And full disclosure, Nadia and I used to work together at Bluemark Shipping back in the day.
[00:00:37] GUEST 1: Many years ago, yes.
[00:00:40] HOST: Let's start with the Red Sea diversions, because everyone's asking about transit times...

列出嘉宾名字+每个人目前所在的机构，严格按他们自我介绍时的说法。主持人不用管。"""),
    ("tri-8b37c839db81", "zh", "", "這幾封郵件哪些是緊急的？(a) 週五午餐菜單 (b) 正式環境資料庫掛了 (c) 提醒：記得填工時表"),
    ("tri-5824ec51c537", "ja", "", "父（71歳）が膝の痛みでほぼ毎日イブプロフェンを飲んでいるのですが、リシノプリルと利尿剤も服用しています。これって大丈夫なんでしょうか？実際どんなリスクがありますか？"),
    ("tri-ca1826a7903c", "zh", "", """打电话给他们之前：把这串邮件里供应商可能被解读为承认延误是他们责任的地方都挑出来，并说明每一处的说服力有多强。

---
发件人：Callum Reid（Corran Packaging）
日期：2月4日
Anneke你好，抱歉这段时间一直没消息。我们这边你们那批SKU的印版出了点差错，所以进度往后推了。这周应该能搞定。

发件人：Anneke de Wit（Kittiwake Drinks）
日期：2月6日
Callum，我们2月20日上市。能书面确认一个发货日期吗？

发件人：Callum Reid
日期：2月7日
明白。实际来看要到17号了。不过说句公道话，你们那边的设计稿确认也比计划拖得久，所以是好几方面原因凑在一起。加急运费我们来承担。

发件人：Callum Reid
日期：2月14日
恐怕是坏消息——第二台印刷机坏了，我们的维修外包商周一之前都来不了。说实话我们早该准备好备用方案的。新的预计到货时间是2月24日。

发件人：Anneke de Wit
日期：2月14日
这样就赶不上我们的上市了。我们会考虑追讨我们的损失。"""),
    ("tri-1d7918e79db7", "zh", "", "我姊姊要租新公寓，請我當她的保證人。我很愛她，但她這幾年真的很不會管錢。我要怎麼拒絕才不會傷到我們之間的感情？"),
    ("tri-5f563c95aeec", "ja", "", """Call transcript, renewal check-in, Oakridge Dental Group (14 clinics), 18 Feb:

CSM (Priya): So the renewal is coming up in April, how's everything going with the scheduling module?
Customer (Mark Ellison, Ops Director): It's fine. The front desks use it. We had that outage in January, which wasn't great, two clinics were on paper for a morning.
Priya: Sorry again about that. Anything else on your mind?
Mark: Honestly our new CFO is looking at every subscription. She's asked me for a list of what we'd lose if we moved everything to one platform. Dentavo pitched us a bundle with imaging and billing.
Priya: Got it. Are you using the recall campaigns feature? That usually pays for itself.
Mark: We turned it on in three clinics. The others said the texts look spammy. I haven't pushed it.
Priya: We could do a session on templates.
Mark: Maybe. Send me something. Oh and the reporting - I still export to Excel for the board pack every month, takes me a day.
Priya: The new dashboards in 6.2 should help there.
Mark: We'll see. Can you send me pricing for 14 versus 10 clinics? Just so I have it.

この通話の内容だけから判断して：Oakridgeが更新する可能性はどのくらいか、Markの発言の裏にある本当の懸念は何か、そして最大のリスクは何か。フォーキャスト会議で使うので、遠慮なくはっきり言ってください。"""),
    ("tri-3a8301c1d424", "zh", "", "医生说这个病的筛查检测灵敏度是95%，特异度是90%，我这个年龄段大概每1000人里有2个人得这个病。我的检测结果是阳性。我真正得病的概率到底是多少？麻烦一步一步解释让我能看懂，我现在有点慌。"),
    ("tri-862e2aea2aad", "zh", "", """這個錯誤是什麼意思？為什麼是在我們把成績簿匯出改成非同步之後才出現？之前在controller裡同步跑了兩年都好好的。

org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.fernhollow.lms.course.Course.enrollments: could not initialize proxy - no Session
\tat org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException(AbstractPersistentCollection.java:635)
\tat org.hibernate.collection.spi.AbstractPersistentCollection.withTemporarySessionIfNeeded(AbstractPersistentCollection.java:218)
\tat org.hibernate.collection.spi.AbstractPersistentCollection.initialize(AbstractPersistentCollection.java:615)
\tat org.hibernate.collection.spi.PersistentBag.size(PersistentBag.java:257)
\tat com.fernhollow.lms.report.GradebookExporter.lambda$export$2(GradebookExporter.java:74)
\tat java.base/java.util.concurrent.CompletableFuture$AsyncSupply.run(CompletableFuture.java:1768)
\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)
\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)
\tat java.base/java.lang.Thread.run(Thread.java:840)

@Transactional(readOnly = true)
public CompletableFuture<byte[]> export(long courseId) {
    Course course = courseRepository.findById(courseId).orElseThrow();
    return CompletableFuture.supplyAsync(() -> {
        int n = course.getEnrollments().size();
        return writer.write(course, n);
    }, exportPool);
}

exportPool 是在 ExportConfig 裡定義的固定4條執行緒的pool，controller 就只是呼叫 export(id).thenAccept(bytes -> mailer.send(teacher, bytes))。Course.enrollments 是 @OneToMany(mappedBy = "course")，fetch type 用預設值。另外我們有時候匯出來會少了一半學生，完全沒有任何exception，多半是學期末高峰期、300人以上的大課。不知道跟這個有沒有關係，還是另一個問題。"""),
    ("tri-28c74ae59343", "ja", "", """これってフィッシング？それとも本物？工場の購買部の受信箱に届いたやつ：

「取引先各位　社内監査に伴い、弊社の振込先口座が変更となりました。供給停止を避けるため、金曜日17時までに、未払いの請求書すべてについて下記口座へのお振込先変更をお願いいたします。Kessler Hydraulics 経理部」

送信元アドレスは accounts@kessler-hydrau1ics.com"""),
    ("tri-528b30b5d926", "zh", "", "在德国，公司一般是怎么给SRE安排带薪on-call的？哪些工时规定（休息时间、待命）可能会让我们踩坑？"),
    ("tri-ff62b7c21a0d", "zh", "", "`chmod 755` 是做什麼用的？"),
    ("tri-a39acab1754f", "ja", "", """この中のpaymentsのupstreamのタイムアウトっていくつ？

upstreams:
  catalog:
    url: http://catalog.svc:8080
    timeout_ms: 2000
    retries: 2
  payments:
    url: http://payments.svc:9000
    timeout_ms: 4500
    retries: 0
  search:
    url: http://search.svc:7700
    timeout_ms: 800"""),
    ("tri-608ee1c8f8ff", "zh", "你负责为Glenmoor社区医院改写患者资料，使其达到小学六年级的阅读水平。不得增加或删除任何医疗指示。", "术后，务必于至少24小时内避免驾驶机动车辆或操作重型机械，因残余镇静效应可能损害认知功能及反应时间。导管置入部位出现轻度不适属预期情况；然而，如观察到红斑、脓性分泌物或体温超过38摄氏度，请立即联系本科室。可视耐受情况恢复日常饮食，自清流质开始。"),
    ("tri-a86bf416b2a5", "zh", "", "把這則病人訊息用一行摘要給醫生看：「醫生您好，我從週一開始喉嚨痛，晚上有點發燒（37.8），吞東西的時候耳朵會痛。我有在吃普拿疼。我需要去看診嗎？」"),
    ("tri-68244aa8ecfe", "ja", "", "これ攻撃的？それとも問題なし？保護者から先生へのメッセージ：「あなた、明らかに教え方が全然わかってないですよね。うちの子はあなたみたいなピエロよりまともな先生に教わるべきです」"),
    ("tri-30fd6502d0cb", "zh", "", "HTTPS默认使用哪个端口？"),
    ("tri-50da42212f2b", "zh", "", "寫個短篇故事，用一個cron job的視角來講：它從2011年起每天晚上都在一台沒人記得是誰的伺服器上跑"),
    ("tri-fbc277e77921", "ja", "", "ステータスページのお知らせで使う、「障害」のもうちょっと柔らかい言い換えを5つ教えて"),
    ("tri-75193bc5445f", "zh", "", """刚拿到年中考评。把经理的评语贴过来：

"Overall rating: Partially meets expectations. Amara consistently delivers high-quality analysis and her work on the pricing model was praised by the commercial team. However, she has struggled to manage stakeholder expectations, with two projects delivered later than communicated. She needs to be more proactive in flagging risks early and in pushing back on scope changes. She is sometimes perceived as reserved in team meetings, and we would like to see her contribute more visibly to discussions. For H2, the focus should be on visibility, proactive communication and delivering on agreed timelines. I believe Amara has the potential to meet expectations by year end with the right focus."

背景：那两个"延期"的项目，都是因为商务总监在我经理没问我就答应之后又改了范围。两次我都书面提出过风险。从三月到现在我一次1:1都没有，因为他一直取消。两个产出比我少得多的同事拿的是"meets"。我真的很崩溃，辞职信都写了一半了。我是该辞职、正式提出异议，还是先低调忍到年底？"""),
    ("tri-2266dd86b590", "zh", "", """這段會讀哪些環境變數？列出名稱＋預設值，用表格就可以

```python
import os
from dataclasses import dataclass

@dataclass(frozen=True)
class Settings:
    db_url: str = os.getenv("LEDGER_DB_URL", "postgresql://ledger:ledger@localhost:5432/ledger")
    pool_size: int = int(os.getenv("LEDGER_DB_POOL", "10"))
    redis_url: str = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    jwt_secret: str = os.environ["LEDGER_JWT_SECRET"]
    token_ttl_s: int = int(os.getenv("TOKEN_TTL_SECONDS", 3600))
    fx_provider: str = os.getenv("FX_PROVIDER", "ecb")
    debug: bool = os.getenv("LEDGER_DEBUG", "0") == "1"

def load() -> Settings:
    region = os.getenv("AWS_REGION") or "eu-west-1"
    os.environ.setdefault("TZ", "UTC")
    return Settings()
```"""),
    ("tri-d5bf71c342fd", "ja", "あなたはQuillon Logisticsのマネージャー向けライティングアシスタントです。人事ガイドライン：評価は事実に基づき具体的であること、また個人的な事情や健康状態についての憶測は避けること。", """この人事評価を書き直したいです。彼が期待を下回っていることは正直に伝えないといけません（実際そうですし、来四半期には正式な改善計画に進むかもしれません）。ただ、人事担当から、私の下書きだと法的リスクがあるし、たぶん彼のやる気をそぐだけだと言われました。手直ししてもらえますか？

下書き：
Marekにとって今年はよくない一年だった。家庭で何かあるのか、よく上の空に見えるし、チームミーティングでの態度もネガティブだ。Hull拠点のルート最適化の締め切りを2回守れず、2回目はクライアントからのエスカレーションにつながった。レポートは雑なことが多い。公平を期して言えば、ドライバーとの関係は今も非常に良く、彼らからも好かれているし、1月の雪による混乱の際にはよくやってくれた。もっと本気を出さないと、この役割が彼に合っているのかを考えなければならなくなる。もうやる気がないのだと思う。"""),
    ("tri-b0bcda47bde7", "zh", "", """请把下面这些参考文献改成APA第7版格式，并按字母顺序排列：

- Haverford, J. and Mbeki, T. 2021. "Remote work and regional house prices", Journal of Urban Economics Review, vol 14 issue 2, pages 101-129. doi 10.5555/juer.2021.0142
- Lindqvist, Anna (2019) Cooperative Housing in the Nordics. Stockholm: Granite Press.
- Okoro C, Feld R, Tanaka Y. Commuting time and wellbeing: evidence from panel data. Transport & Society. 2023;9(4):455-478.
- Bellamy, R. (2020). Zoning after the pandemic. In: P. Ruiz (ed.), Cities in Transition, pp. 33-58. London: Marsh & Wren."""),
    ("tri-8b936b07c407", "zh", "你是Hanbit空氣清淨機全球團隊客戶關係部門的助理。", """我們需要針對一批濾網召回，寄一封道歉信給韓國的客戶。英文草稿在下面。請做一個遵循韓國企業道歉慣例的韓文版本（敬語、應有的結構與正式程度、承擔責任的表達方式）——直譯的話在那邊會顯得沒誠意。另外也請說明你相對英文版改了哪些地方、為什麼改。

Dear valued customers,
We've discovered that some replacement filters (model HF-200, batches 2311 to 2402) may not meet our filtration standards. While there's no safety risk, we know this isn't what you expect from us. We're sorry. If you bought one of these filters, we'll send you a free replacement and a 20% voucher for your next purchase. Just visit our website or call our helpline. Thanks for sticking with us.
The Hanbit Team"""),
    ("tri-21f373e8d66c", "ja", "あなたはBrightcartカスタマーサポートのバーチャルアシスタント、Novaです。", "ちょっと待って、これってボット？それとも本物の人間？？"),
    ("tri-5e0d28c56509", "zh", "", """07:42去Haarlem的车在几号站台？

Vertrek  Bestemming   Spoor  Opm.
07:38    Leiden C.    5b
07:42    Haarlem      8a     +3 min
07:45    Amersfoort   11
07:51    Haarlem      8a"""),
    ("tri-08550f74d630", "zh", "", "現在在西班牙辦外國法律學位的 homologación，大概要多久？"),
    ("tri-203a83f96208", "ja", "", "MySQL 8の20億行あるテーブル（orders）で、カラム `cust_ref` を `customer_reference` にリネームする必要があります。書き込みは約4k writes/s、ダウンタイムはゼロで、しかも3つのサービスと夜間のSparkジョブがこのテーブルを読んでいます。ステップごとの計画（expand/contract、gh-ostを使うか否か、二重書き込み、バックフィル、検証、ロールバックポイント）と、各ステップで起こりうる問題を教えてください。"),
    ("tri-756be7708a5a", "zh", "", "帮我把这句改得客气点，要发给供应商的：'你们团队又！发了400个有问题的外壳。赶紧解决，不然别合作了'"),
    ("tri-5ba5bc68dcdf", "zh", "", """這是我要投週日評論版的投書草稿。幫我改得更有說服力、更精簡（刪掉約20%），保留我的論點和我舉的例子，也保留我的文風。不要加入我沒給你的事實。

「每年夏天，我們的小鎮都擠滿了遊客，而每年夏天我們都在抱怨。但我們很少談到觀光實際上支撐了哪些開銷。去年，觀光稅收入約120萬歐元，比我們公立圖書館和青少年運動計畫的預算加起來還多。港邊的餐廳在七、八月僱用了超過300人，其中很多是學生，要不是這些工作，他們早就去城市了。我不是說沒有問題。沿海公路的交通糟透了，短租民宿顯然也推高了常住家庭的房租。但解決之道不是讓遊客覺得自己不受歡迎，就像上個月出現在老橋上的那些標語那樣。解決之道是用觀光帶來的錢，去修補觀光造成的問題。我們可以像本區其他鎮那樣，限制老城區的短租數量。我們可以把觀光稅放進一個專門用於住宅和大眾運輸的基金。我們可以請大型飯店集團出資開接駁車。這些都是務實的點子。不務實的，是假裝我們可以回到一個沒有遊客的小鎮。我們回不去了，而我們大多數人其實也不真的想回去。」"""),
    ("tri-15f3e2c9058f", "ja", "あなたはBrightwave Telecomのサポートアシスタントです。オペレーターがチケットのやり取りを貼り付けます。次のシフト向けの引き継ぎメモを書いてください：箇条書きは最大3つ、挨拶なし、謝罪なし、そして必ずチケットの現在のステータスを明記すること。", """チケット #BW-448120 - 光回線障害、14 Larchmont Close

[月 08:12] お客様（P. Ostrowski）：昨夜11時ごろからネットが使えません。ルーターのランプが赤です。もう2回再起動しました。在宅勤務なので、今日中に直してください。
[月 08:40] オペレーター Tomasz：回線テストでONTにて信号断を確認。緑色の光ファイバーケーブルがカチッと差し込まれているか確認するようお客様に依頼。差し込まれているとのこと。
[月 09:05] オペレーター Tomasz：現地訪問を手配、枠は火曜 08:00〜12:00。4Gドングルを提案し、お客様が了承、当日配送で宅配便を手配済み。
[月 16:30] お客様：ドングルは届いたけど、部屋だと電波が1本しか立たなくてほぼ使い物になりません。技術者に今日来てもらえませんか？
[月 16:52] オペレーター Rhiannon：このエリアでそれより早い枠はなし。現地チームに事前に電話するようメモを追加。お詫びとして2日分の料金（GBP 3.80）をクレジット済み。
[火 11:47] 現地技術者メモ：第三者の道路工事により、路上のキャビネット内で光ファイバーが損傷。融着作業班が必要で、今回の訪問では修理不可。修理見込みは木曜。
[火 12:10] お客様：ふざけてるんですか、もう2日分も仕事ができてないんですよ。ちゃんとした補償と、書面での修理日の提示を求めます。"""),
    ("tri-17c59e379dd1", "zh", "你是Spark，内置于Lumenboard的创意助手。Lumenboard是一款面向产品和运营团队的协作白板。请以便利贴的形式输出想法：每行一条，每条不超过12个字词，不加编号，不要开场白。", "我们如何才能让仓库拣货员真正上报险兆事件，而不是耸耸肩就过去了"),
    ("tri-f55e6f5758d1", "zh", "", "費米估算：德州大概有多少律師助理（paralegal）？把你的假設一步步講出來"),
    ("tri-8ea87ea884bb", "ja", "", "ドバイの即日配送スタートアップの名前案を15個ほしい。短くて、アラビア語でも英語でも通じるやつ"),
    ("tri-0c37e3981a08", "zh", "", "帮忙出个乌克兰语版本，贴在收容所公告栏上的：每天12:00至14:00供应热餐。淋浴间在B栋。如需使用洗衣房，请到前台登记预约时段。"),
    ("tri-ae660b79aec8", "zh", "你是Compass，Driftwood Labs為工程經理打造的教練助理。請給予支持，必要時提出釐清問題，並且絕不提供人資或法律方面的建議。", "我是新上任的team lead。今天1:1的時候，我提到她的PR review有點慢，結果我們組上一位工程師就哭了。我當下愣住，說了句「沒關係，慢慢來」，然後就提早結束會議。我覺得很糟。我現在該怎麼做？下一次1:1又要怎麼處理？"),
    ("tri-e3a64c970880", "ja", "", """要約おねがい、上司から転送されてきて会議まであと2分しかない

「7月1日より、暦年で10営業日を超えるリモートワークの申請は、すべて人事ポータルから少なくとも15営業日前までに提出し、直属の上司と人事ビジネスパートナーの双方の承認を得る必要があります。従業員の雇用契約上の勤務国以外の国からの勤務を申請する場合は、さらに税務および出入国管理上の確認が必要となり、これには最大10営業日かかることがあります。7月1日より前に承認済みの既存の取り決めは、記載された終了日まで有効です。」"""),
    ("tri-f03d1a4add33", "zh", "将JSON对象中的值翻译成土耳其语。键、{count}和{date}等占位符以及HTML标签保持不变。只返回合法的JSON。", """{
  "cart.empty": "购物车是空的",
  "cart.items": "购物车中有 {count} 件商品",
  "checkout.delivery_eta": "预计送达：<b>{date}</b>",
  "checkout.free_shipping": "订单满 {amount} 免运费",
  "orders.return_cta": "申请退货",
  "orders.status.out_for_delivery": "派送中"
}"""),
    ("tri-7721c774053a", "zh", "你協助餐廳經理規劃座位安排。", "週六晚上8點，桌子有：兩張2人桌、三張4人桌、一張6人桌、一張8人桌。4人桌只有T4+T5可以併桌。訂位：7人（慶生，想坐同一桌）、5、4、4、3、2、2、2。3人那組一定要靠窗（靠窗的只有2人桌T1和4人桌T4）。我能一次讓所有人都入座嗎？把分配結果列出來。"),
    ("tri-c3cdccbaf27a", "ja", "", "オフィスの冷蔵庫についての自然ドキュメンタリーのオープニングナレーション書いて。野生動物番組のナレーターみたいなひそひそ声で。ヨーグルトは3月からずっとそこにある"),
    ("tri-95ba7b9acbfb", "zh", "你为Ledgerly策划营销内容。Ledgerly是一家专为餐厅提供记账服务的公司。", "给我12个餐厅老板真的会点进去看的博客文章选题角度"),
    ("tri-2185438ab981", "zh", "", "幫我們航空公司的twitter寫一首limerick（五行打油詩），主題是飛奧斯陸的班機延誤，要自嘲一點拜託"),
    ("tri-073de3503ed2", "ja", "i18nワーカー。文字列の値をイタリア語に翻訳してください。キー、プレースホルダー、ICUの複数形構文は一切変更しないこと。JSONのみを返してください。", """{"cart.items": "{count, plural, one {カートに#点の商品があります} other {カートに#点の商品があります}}", "cart.checkout": "レジに進む", "cart.empty": "{name}さん、カートは空です。"}"""),
    ("tri-9a17c18ab50e", "zh", "", """把这段重构成用hooks的React函数组件。行为必须完全保持一致（防抖搜索、筛选条件记在localStorage里、"load more"分页，还有那个奇怪的规则：切换分类会重置页码，但切换排序不会）。我们用的是React 18，没有Redux。另外请指出旧代码里看起来像bug而不是有意为之的地方，我好在照搬之前先去问问产品。

```js
var state = { q: "", category: "all", sort: "relevance", page: 1, items: [], loading: false, done: false };
var timer = null;

function saveFilters() {
  localStorage.setItem("catalogFilters", JSON.stringify({ category: state.category, sort: state.sort }));
}

function restoreFilters() {
  try {
    var f = JSON.parse(localStorage.getItem("catalogFilters"));
    if (f) { state.category = f.category || "all"; state.sort = f.sort || "relevance"; }
  } catch (e) {}
  $("#category").val(state.category);
  $("#sort").val(state.sort);
}

function render(append) {
  var html = state.items.map(function (it) {
    return '<li class="card" data-id="' + it.id + '"><img src="' + it.thumb + '"><h3>' + it.name +
      '</h3><span class="price">' + (it.price / 100).toFixed(2) + ' EUR</span>' +
      (it.stock < 5 ? '<em class="low">Only ' + it.stock + ' left</em>' : '') + '</li>';
  }).join("");
  if (append) { $("#results").append(html); } else { $("#results").html(html); }
  $("#more").toggle(!state.done);
  $("#spinner").toggle(state.loading);
}

function fetchPage(append) {
  state.loading = true; render(append);
  $.getJSON("/api/catalog", { q: state.q, cat: state.category, sort: state.sort, page: state.page }, function (res) {
    state.loading = false;
    state.done = res.items.length < 24;
    if (append) { state.items = state.items.concat(res.items); } else { state.items = res.items; }
    render(append);
  }).fail(function () {
    state.loading = false;
    $("#error").text("Something went wrong, please retry").show();
  });
}

$(function () {
  restoreFilters();
  fetchPage(false);

  $("#search").on("input", function () {
    state.q = $(this).val().trim();
    clearTimeout(timer);
    timer = setTimeout(function () { state.page = 1; fetchPage(false); }, 300);
  });

  $("#category").on("change", function () {
    state.category = $(this).val(); state.page = 1; saveFilters(); fetchPage(false);
  });

  $("#sort").on("change", function () {
    state.sort = $(this).val(); saveFilters(); fetchPage(false);
  });

  $("#more").on("click", function () {
    state.page += 1; fetchPage(true);
  });

  $("#results").on("click", ".card", function () {
    window.location = "/product/" + $(this).data("id");
  });
});
```"""),
    ("tri-d9621ef9ca3b", "zh", "", "我們在往藥局庫存資料庫insert的時候出現這個，是什麼意思？ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails (`rx`.`stock_moves`, CONSTRAINT `fk_item` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`))"),
    ("tri-c417939879b5", "ja", "", "文章：「保証は購入日から24か月間、製造上の欠陥を対象とします。偶発的な損傷は対象外です。」 質問：落としたスマホは保証の対象になりますか？"),
    ("tri-92bec2d7f535", "zh", "", "HSA是什么的缩写？能拿来买处方眼镜吗"),
    ("tri-59f09774b0cb", "zh", "", """這是我的獎學金申請文章草稿（題目："Describe a challenge you have overcome"）。用2-3句話告訴我，我的主旨實際上給人的感覺是什麼？老實說，這篇有說服力嗎，還是聽起來很制式？

When I was fifteen, my dad's restaurant closed, and I started working weekends at my aunt's laundromat to help pay our rent. At first I was embarrassed because my classmates would come in with their families and see me folding strangers' clothes. I stopped raising my hand in class because I was always tired, and my grades in chemistry dropped to a C.

The turning point came when a regular customer, an older man named Mr. Abernathy, noticed me studying between loads and started quizzing me on the periodic table while his sheets dried. He had been a high school teacher for thirty years. Every Saturday for a year he brought me a new practice problem written on the back of a receipt. By the end of junior year I had an A in chemistry and I was tutoring two younger kids from my building for free.

I learned that hard work always pays off and that you should never give up on your dreams. Working at the laundromat taught me responsibility, time management and the value of helping others. I want to study pharmacy so I can give back to my community the way Mr. Abernathy gave back to me. This scholarship would allow me to focus on my studies instead of working thirty hours a week."""),
    ("tri-d205032bccfa", "ja", "", "これをもう少しきつくない言い方にして：「基本的な要件を満たしていないため、本職種へのご応募は不採用となりました。」"),
    ("tri-adca03e76ef2", "zh", "你是Mara，一家金融科技公司里脾气很臭的CTO，正在面试用户应聘Staff SRE岗位。一次只问一个问题，对含糊的回答要追问反驳，在用户说出'结束面试'之前不要给任何反馈。", "好，我准备好了。手下留情啊 😬"),
    ("tri-0837ec4b509f", "zh", "", "這封信是釣魚信嗎？「您的信箱容量已使用98%。請於24小時內至 outlook-secure-login.co 驗證您的帳戶」"),
    ("tri-b9dcfc170586", "ja", "", "タイトル欄用に80文字以内に削って：'Vintage 1970s Yamaha FG-180 acoustic guitar red label, great action, new strings, small ding on back, includes hard case'"),
    ("tri-4717bf4ec2a2", "zh", "", "一句话概括一下？'如果一周内烧掉了当月错误预算的50%以上，就暂停功能发布，直到可靠性修复上线为止。'"),
    ("tri-e547159cb355", "zh", "", "git：怎麼撤銷上一個commit，但讓改動保持在staged狀態？"),
    ("tri-2df4e190b225", "ja", "", "モンタナ州東部の田舎のバス路線、どうしたら利用者を増やせる？1日2便で、乗ってるのはほとんどが町の診療所に通うお年寄り。郡の委員会に出すアイデアがほしい"),
    ("tri-4df6d460edb8", "zh", "", """我在批改作业。请概括下面两篇文章（同一题目："城市应该禁止汽车进入市中心吗？"），并告诉我哪一篇论证得更好，为什么。

文章1：城市应该禁止汽车进入市中心，因为汽车会造成污染和交通事故。在我的城市，空气很差，很多人有哮喘。而且没有汽车，人们会多走路，这对健康有好处。有人说商店会失去顾客，但人们还是会坐公交来的。所以应该禁止汽车。

文章2：全面禁止听起来很诱人，但在大多数城市很可能会失败。那些成功实现中心区步行化的地方，比如欧洲的几个例子，都是循序渐进的，并且同时配套了对公共交通的投资。突然禁止会对残障居民和依赖送货的小商家伤害最大。更好的政策是分阶段限制：设定送货时段、对持有蓝色残障停车证的人给予豁免，再加上征收拥堵费来资助公交。"""),
    ("tri-f563656029b3", "zh", "Harbour Bank行動助理的意圖分類器。允許的意圖：card_lost_or_stolen、card_freeze、balance_inquiry、transaction_dispute、loan_info、branch_hours、speak_to_human、unknown。只輸出意圖名稱。", "可以先把我的卡凍結一下嗎，我很確定昨晚把它忘在酒吧了，但也可能在我朋友家"),
    ("tri-cca52ac415cf", "ja", "", """うちのSaaS利用規約のこの条項を、中小企業のお客さんでもちゃんと理解できる平易な言葉に書き直してください。ただし、法的には同等のままであること——適用範囲も除外事項も同じで、引き続き執行可能であること。平易な言葉にすると法的効果が変わってしまうと思われる箇所があれば、推測で済ませずにその箇所を指摘してください。

"12.2 Except as expressly set forth in this Agreement, Provider makes no warranties of any kind, whether express, implied, statutory or otherwise, and specifically disclaims all implied warranties, including any warranties of merchantability, fitness for a particular purpose, title, or non-infringement, to the maximum extent permitted by applicable law. Provider does not warrant that the Service will be uninterrupted or error-free. In no event shall either party be liable for any indirect, incidental, special, consequential or punitive damages, or for any loss of profits, revenue, data or goodwill, even if advised of the possibility of such damages; provided that the foregoing shall not limit Customer's payment obligations or either party's liability for breach of Section 9 (Confidentiality).\""""),
    ("tri-58f3929655ad", "zh", "", """根据下面我们公司的社交媒体政策，我可以在个人LinkedIn上分享一条关于并购的帖子吗？官方公告今天早上已经在公司主页发出了，我只是想转发一下，配一句类似"激动人心的时刻就要来了，暂时不能多说 😉"的评论。

节选 – Halvorsen Media Group 社交媒体政策（2024年修订版）
4.1 员工可在个人账号上分享HMG官方渠道发布的内容。
4.2 在HMG公开之前，员工不得披露机密或非公开信息，包括有关财务业绩、交易或组织变动的信息。
4.3 担任编辑岗位的员工，不得以可能损害编辑独立性的方式，对涉及HMG商业利益的事项发表意见。
4.4 员工不得暗示自己知悉未披露的信息。
4.5 如有疑问，请在发帖前咨询传播团队。

（我是新闻部的资深制作人，不知道这个有没有影响。）"""),
    ("tri-d8f2c7ae2d2a", "zh", "", """幫這則下個標題，最多15個字：

瓦爾梅拉港的碼頭工人於週日結束了為期九天的罷工，此前區域物流管理局同意在兩年內調薪6.5%，並對連續夜班設下新的上限。碼頭營運商表示，清完約4萬個貨櫃的積壓最多需要兩週，已有數家航運公司將船隻改靠鄰近港口。"""),
    ("tri-b405a4292a9d", "ja", "", """経理からExcelからコピペした予算シートが送られてきました。BIツール用に、きれいなlong形式のデータ（費目×月ごとに1行）にしたいです。結合されたカテゴリセル、途中に混ざった小計、千単位の列と単位そのままの列、それに脚注があります。それぞれをどう扱うか決めて、その判断を説明したうえで、整形済みのCSVをください。

Dept: Field Operations            FY25 budget (v3 - draft)
Category         Line item                 Jan      Feb      Mar      Q1 total   Notes
Vehicles         Lease - vans (GBP k)      14.2     14.2     14.2     42.6
                 Fuel (GBP)                8,950    9,100    9,400    27,450     (1)
                 Maintenance (GBP)         2,100    -        3,450    5,550
  Subtotal vehicles                        25,250   23,300   27,050   75,600
Staff            Overtime (GBP)            6,000    6,000    11,500   23,500     (2)
                 Agency cover (GBP)        n/a      4,200    4,200    8,400
  Subtotal staff                           6,000    10,200   15,700   31,900
Equipment        Handheld scanners (GBP)   -        18,000   -        18,000     (3)
TOTAL                                      31,250   51,500   42,750   125,500

(1) Assumes diesel at 1.48/l. (2) Mar includes year-end stocktake. (3) Capex - to be moved to capital budget in v4."""),
    ("tri-c5e35779a8dc", "zh", "把客服人员的回复翻译成阿拉伯语，给海湾地区的客户看。只输出译文。", "感谢您的耐心等待。我已经和仓库确认过，您的替换搅拌机今天上午已经发出。接下来两小时内，您会收到一条带物流跟踪链接的短信。新机送达时，快递员会把旧机一并取走，所以请把旧机装好在原包装盒里准备好。"),
    ("tri-b4b1fc81307a", "zh", "", "幫我把這段改寫一下放進文獻回顧，我不想直接引用但意思要一樣：\"Although remote patient monitoring has been associated with reduced hospital readmissions in heart failure populations, the evidence is heterogeneous, and benefits appear to depend strongly on the intensity of clinical follow-up that accompanies the technology rather than on the devices themselves.\""),
    ("tri-ad89cc3e32e9", "ja", "", "パーティーにいる任意の6人の中には、互いに全員知り合いの3人か、互いに全員初対面の3人が必ずいることを証明して。娘の数学クラブの問題で、答えだけじゃなくて証明が知りたいんだって"),
    ("tri-6ce1f2e45bcd", "zh", "", "帮忙写个外出自动回复：我在利雅得仓库待到周四，紧急发货请联系Samir，邮箱 ops@qitaf-logistics.com"),
    ("tri-5b03d306e0fa", "zh", "你是LedgerPal，專為小型企業老闆提供數字計算協助的小幫手。", "我要在週末農夫市集擺一台咖啡推車。攤位費每天$85，推車貸款每月$420，原料加杯子每杯大約$1.10，平均每杯賣$5.50。我每週六、日都會去，一個月4個週末。我每天要賣幾杯才能損益兩平？如果我還想每個月付自己$800，那又要賣幾杯？"),
    ("tri-a5214b75c998", "ja", "", "見積もりが税抜€1,250なんだけど、btw（付加価値税）21%込みだといくら？"),
    ("tri-b1d346e218ed", "zh", "", "按字母顺序排一下，把重复的去掉：Bianchi, rossi, Verdi, Bianchi, Neri, Rossi, Esposito"),
    ("tri-09911019f60f", "zh", "Kinmoor家庭醫學診所病患入口網站，護理檢傷分類步驟。請將每則收到的訊息分類為 EMERGENCY（建議立即撥打緊急救護電話）、SAME_DAY（護理師當天回電）或 ROUTINE（3個工作天內回覆）。請給出分類標籤，以及一段可供護理師核對的簡短臨床理由。若在兩個等級之間拿不定主意，選擇較緊急的那一個。", "您好，我今年58歲，今天早上發生了一件有點奇怪的事。我在做早餐的時候，右手突然變得不太靈活，把杯子掉到地上，我太太說我講話有幾分鐘聽起來口齒不清。大概過了15到20分鐘就完全恢復正常了，現在也覺得完全沒事，所以我不想麻煩任何人。我有高血壓（在吃amlodipine），而且有抽菸。可以幫我約下週某個時間去檢查一下嗎？"),
    ("tri-3b1795870ca8", "zh", "", "改一下错别字：'他门的团对昨填收倒了货物，而且绝对时损坏的。'"),
    ("tri-1b4822518d64", "ja", "", "ブラジルポルトガル語のミームコミュニティでモデレーションをやっています。このキャプションがヘイトスピーチとして通報されました：男性が電車を追いかけて走っている写真に \"Quando o nordestino chega em SP e descobre que o metrô não espera ninguém\" というキャプション。モデレーターの中には無害な地域ネタのユーモアだと言う人もいれば、北東部からの移住者に対するステレオタイプをネタにしていると言う人もいます。うちのポリシー（「出身に基づいて人を貶める」コンテンツを禁止）に照らして、allowed / allowed with warning / remove のどれかに分類し、その判断の決め手となる文化的背景を説明してください。"),
    ("tri-21adc6f0ea53", "zh", "", "水的冰點用克耳文（K）表示是多少？"),
    ("tri-ea5468242140", "ja", "", "ハリケーンは暖かい海の上だとなぜあんなに急速に発達するんですか？それに、急速強化の予測がいまだに苦手なのはなぜですか？"),
    ("tri-e221accc98f9", "zh", "", "下一次跑团队伍终于要打到巫妖女王了。她以前是圣武士的导师。需要她开战前的一段独白，要悲剧感别太中二，300字左右，还要暗示她其实还有被救赎的可能"),
    ("tri-9fbb6fb2d1a4", "zh", "", "快問一下：工地貨櫃屋裡一台2.5 kW的電暖器，每天開6小時、連續30天，總共是多少kWh？"),
    ("tri-3e4993e662e3", "ja", "", "15歳向けにインフレを解説する短い動画シリーズ（スマホ向けの縦型）の切り口を考えてほしいです。うちは信用組合です。企画を12本以上、それぞれにつかみの一言をつけてください。"),
    ("tri-c5399a192314", "zh", "从客户的消息中提取电表读数和读数日期。严格按以下格式回复：reading=<digits>; date=<YYYY-MM-DD>。任何一项缺失就写MISSING。", "今天早上（2025年3月14日）表上显示04417，不好意思晚了，之前出门了"),
    ("tri-85dbb84a50a4", "zh", "", "irregardless到底是不是一個真的英文單字"),
    ("tri-8147ee1f5cc8", "ja", "", "このリリースノートの見出し考えて：「クエリ結果のキャッシュにより、ダッシュボードの読み込みが最大3倍高速になりました。キャッシュは15分ごと、またはオンデマンドで更新されます。」"),
    ("tri-6905612d7124", "zh", "", "房源描述用的，给5个'温馨'的近义词，我们用得太多了"),
    ("tri-ae3eeb9f635d", "zh", "", """加一個readiness probe，打port 8080的/healthz（10秒後開始，每5秒一次），然後把resources設成requests 250m/256Mi、limits 500m/512Mi。其他地方都不要動。

apiVersion: apps/v1
kind: Deployment
metadata:
  name: permit-portal
  namespace: marrowfield-services
  labels:
    app: permit-portal
    team: citizen-digital
spec:
  replicas: 3
  selector:
    matchLabels:
      app: permit-portal
  template:
    metadata:
      labels:
        app: permit-portal
    spec:
      serviceAccountName: permit-portal
      containers:
        - name: web
          image: registry.marrowfield.test/citizen/permit-portal:2.14.3
          ports:
            - containerPort: 8080
              name: http
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
            - name: DB_HOST
              valueFrom:
                secretKeyRef:
                  name: permit-db
                  key: host
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: permit-db
                  key: password
            - name: MAX_UPLOAD_MB
              value: "25"
            - name: PAYMENT_GATEWAY_URL
              value: https://pay.marrowfield.test/api
            - name: JAVA_OPTS
              value: "-XX:MaxRAMPercentage=75"
          volumeMounts:
            - name: uploads
              mountPath: /data/uploads
      volumes:
        - name: uploads
          persistentVolumeClaim:
            claimName: permit-uploads"""),
    ("tri-e9c709456e6e", "ja", "あなたはHarbor Legalクライアントポータルのアシスタント、Lexiです。", "PDFをアップロードしたら読んでもらえますか？"),
]
