"""Training-only translations of hand-written English training prompts (chunk 5: Arabic, Turkish)."""
T = [
    ("tri-55c92835cdd0", "ar", "", """هل يمكنك حساب السعة الواقعية لفريقنا في السبرنت 42 (10 أيام عمل، من الاثنين 3 إلى الجمعة 14 يونيو)، وهل نستطيع الالتزام بالـ backlog أدناه؟

الفريق:
- إنغريد: دوام كامل، إجازة يوم الخميس 6 يونيو (اليوم الوطني السويدي)، مناوبة (on-call) في الأسبوع الثاني (أسابيع المناوبة تُحسب بـ 50% من السعة)
- باول: دوام جزئي بنسبة 80% (لا يعمل أيام الجمعة أبدًا)، وفي إجازة أيضًا يومي الاثنين 10 والثلاثاء 11 يونيو
- يوست: دوام كامل، مناوب في الأسبوع الأول
- مي: انضمت الأسبوع الماضي، احسبها بـ 50% طوال السبرنت
تاريخيًا ينجز الفريق حوالي 1.4 نقطة لكل يوم عمل كامل للشخص (الاجتماعات محسوبة ضمن هذا الرقم).

الـ backlog حسب الأولوية: DATA-210 (8)، DATA-214 (5)، DATA-199 (13)، DATA-220 (3)، DATA-223 (5)، DATA-225 (8).
أي التذاكر تدخل في السبرنت؟ وإذا لم تتسع DATA-199 كاملة، ما الذي يجب أن نستبعده من التذاكر التي تليها في القائمة لنفسح لها المجال؟"""),
    ("tri-b5cdd35b2c31", "tr", "", """Telefon havuza düştü, 5 saniye falan kaldı suyun içinde, şimdi ekran titriyor. Kutusunda resmen IP68 yazıyor. 7 ay önce burada, Avustralya'da aldım. Bu garanti bunu karşılıyor mu karşılamıyor mu?

"Limited Warranty — Orvix Nova 12
Orvix warrants this device against defects in materials and workmanship under normal use for 12 months from the date of original retail purchase.
This warranty does not cover: (a) damage caused by accident, abuse, misuse, fire, liquid contact, earthquake or other external cause; (b) damage caused by operating the product outside Orvix's published guidelines; (c) cosmetic damage, including scratches and dents; (d) batteries, unless capacity has fallen below 80% of rated capacity.
Water and dust resistance: The Nova 12 is rated IP68 under IEC standard 60529 (maximum depth of 1.5 metres for up to 30 minutes in fresh water). Splash, water and dust resistance are not permanent conditions and resistance might decrease as a result of normal wear. Do not expose the device to chlorinated, salt or soapy water. Liquid damage is not covered under warranty.
Consumer law: For consumers in Australia, our goods come with guarantees that cannot be excluded under the Australian Consumer Law. This warranty is in addition to those rights." """),
    ("tri-8fdf45ab29d0", "ar", "أنت تحوّل لوائح مجلس بلدية أشفورد (Ashford Borough Council) إلى لغة عربية بسيطة وواضحة لموقع السكان الإلكتروني. احتفظ بكل التزام واستثناء وعقوبة. خاطب الساكن بصيغة \"أنت\". أخرج النص المُعاد صياغته فقط.",
     """لا يجوز لأي شخص، داخل أي مساحة عامة مفتوحة تسري عليها هذه اللائحة، أن يتسبب في دخول أي كلب في عهدته إلى أي منطقة مخصصة لألعاب الأطفال أو أن يسمح بذلك، على أن هذا الحظر لا يسري على أي كلب مساعدة يرافق شخصًا من ذوي الإعاقة. ويُعاقب كل من يخالف أحكام هذه اللائحة، عند إدانته بإجراءات موجزة، بغرامة لا تتجاوز المستوى 2 من السلّم القياسي للغرامات."""),
    ("tri-6779f24d40a8", "tr", "", "gazete ön sayfası için 'above the fold' ne demek"),
    ("tri-905c197a8f7b", "ar", "", "3 عناوين لإيميل ندعو فيه المرشحين اللي وصلوا للقائمة المختصرة لمقابلة المرحلة الثانية"),
    ("tri-bf908ca458bd", "tr", "Kestrel Credit Union pazarlama ekibinin redaktörüsün. Yalnızca yazım, dil bilgisi ve noktalama hatalarını düzelt. İfadeleri, oran rakamlarını ve yasal uyarı metnini olduğu gibi bırak. Sadece düzeltilmiş metni döndür.",
     """Birikim yapmak hiç bu kadar kolay olmamıştı! Bugün bir Kestrel Hi-Yield Birikim hesabi açın ve $25,000'a kadar olan bakiyelerde %4,10 APY* kazanın. Aylık ücret'ler yok, minimum bakiye yok ve paranız NCUA tarafından federal olarak sigortalı dır. Şubelerimiz'in herhangibirine uğrayın yada 5 dakkadan kısa sürede online açın.

*APY = Yıllık Yüzde Getiri (Annual Percentage Yield). Oran 10/01/2024 itibarıyla geçerlidir ve hesap açıldıktan sonra değişebilir."""),
    ("tri-d9dadb1f1ba1", "ar", "", "ليه طلبياتنا من المورد بتتذبذب أكتر بكتير من طلب الزباين الفعلي؟ مبيعات حليب الأطفال الأسبوعية ثابتة تقريبًا (±5%) بس أوامر الشراء (POs) اللي بنبعتها للموزع بتطلع وتنزل ±40% من أسبوع للتاني. هل ده اللي اسمه bullwhip effect، وإيه اللي بيسببه عادةً في الواقع؟"),
    ("tri-3c9934d8c59f", "tr", "", "kaba bir tahmin: Hindistan'da kaç tane ATM var? mantığını adım adım anlat, gidip bakıp söyleme"),
    ("tri-f8b4974ea82f", "ar", "", "إليك النص المفرغ لاجتماعنا مع مجلس الإدارة. استخرج ما التزمت به الرئيسة التنفيذية فعلًا مقابل ما اكتفت بالتلميح إليه، وأخبرني أي هذه التلميحات من المرجّح أن يحاسبها المجلس عليها."),
    ("tri-eebc59f51dbb", "tr", "", "küçük bir AB e-ticaret sitesi (Hollanda merkezli), diğer AB ülkelerine yılda 40 bin civarı satış. KDV için OSS mi kullanayım yoksa her ülkede ayrı ayrı kayıt mı olayım? artıları eksileri neler"),
    ("tri-80a5f0d93f80", "ar", "", """أشتغل على ترجمة نصية (subtitles) لعرض ستاند أب كوميدي ألماني لجمهور يتكلم إنجليزي. ترجم هذا المقطع للإنجليزية بحيث يكون مضحك فعلًا بالإنجليزي، مو ترجمة حرفية — غيّر الإشارات الثقافية إذا اضطريت — وبعدين قل لي وش غيّرت وليش.

"Ich hab neulich versucht, bei der Bahn eine Beschwerde einzureichen. Über das Formular. Das Formular hatte eine Verspätung. Ernsthaft, da stand: 'Ihre Beschwerde wird voraussichtlich mit 40 Minuten Verzögerung bearbeitet. Grund: Verzögerungen im Betriebsablauf.' Und ich dachte, okay, wenigstens sind sie konsequent. Das ist das einzige in Deutschland, was pünktlich zu spät ist." """),
    ("tri-43281b0d2c00", "tr", "", """Şu raporun Fransızca bir özetini çıkarır mısın (en fazla 5 satır), Lyon'daki yönetim için, İngilizce okumuyorlar:

Quarterly Safety Report - Plant 3 (Brno)
Lost-time incidents fell from 4 to 1 compared with the previous quarter; the remaining incident was a hand laceration during blade replacement on line B, and the lockout procedure has since been retrained for all maintenance staff. Near-miss reporting increased by 35% following the introduction of the anonymous reporting app, which we consider a positive sign. The forklift speed limiters installed in August are now active on all 22 vehicles. Two findings from the external audit remain open: emergency lighting in the raw-material store (contractor booked for November) and the missing eye-wash station near the new coating unit (parts delivered, installation scheduled next week). Overall safety training completion stands at 94%, below the 98% target, mainly because of temporary staff hired for the peak season."""),
    ("tri-3d7447a4b13e", "ar", "", "هل يمكنك شرح آلية عمل العلاج بخلايا CAR-T بمستوى طالب أحياء في السنة الجامعية الثانية، بما في ذلك سبب حدوث متلازمة إطلاق السيتوكينات، ولماذا يكون أكثر نجاحًا في سرطانات الدم منه في الأورام الصلبة؟"),
    ("tri-0574616205cb", "tr", "", "Her ay kapanan 12 işe alım dosyasından rastgele seçilen 3'ünü denetliyoruz. Bu ayki 12 dosyanın ikisini aynı işe alım uzmanı yürüttü ve referans kontrollerini atladığından şüpheleniyoruz. Onun iki dosyasından en az birinin seçilme olasılığı nedir? Peki ikisinin birden? 6 ay boyunca (her ay aynı düzen), dosyalarından hiçbirinin bir kez bile denetlenmeme ihtimali ne?"),
    ("tri-075510e7018d", "ar", "", "شيل المصطلحات التقنية لو سمحت، الكلام رايح لمشرفي الخطوط: ECN-0417 يحل محل ECN-0392؛ تم تعديل مواصفة عزم الربط لمسامير الفلنجة M8 من 24 Nm إلى 28 Nm سارية من WO 55120 فصاعدًا؛ لا يلزم إعادة تشغيل (rework) للـ WIP الذي تم ربطه بالفعل وفق rev B."),
    ("tri-0c61bf16ce40", "tr", "Tallowlight Studio anlatı aracı. Rol: karanlık fantastik bir hayatta kalma oyunu olan Gloamreach'in anlatı yazarı. Oturmuş tonu koru: kısa ve kesik, yıpranmış, arada kuru mizah. Oyun mekaniklerinden ya da arayüzden asla bahsetme.",
     "Tuz Bataklığı bölgesinde deniz feneri bekçisinin cesedinin üstünde bulunan günlük sayfası lazım. 3 kıştır tek başına, fener 9 gün önce söndü, sisin canlı olduğundan şüpheleniyor. ~250 kelime, son kayıt yarıda kalsın."),
    ("tri-5942ed2f3927", "ar", "", """HIST 214: The Atlantic World, 1500-1800 — Spring syllabus (excerpt)

Assessment
Participation in seminar discussions counts for 10% of the final grade and is assessed weekly. Two short source analyses (800 words each) are due on 7 February and 6 March; each is worth 15%. The map quiz, held in class on 20 February, is worth 5%. Your research proposal and annotated bibliography (worth 10%) must be submitted by 27 March via the course site. The final research paper (3,500-4,000 words) is due 2 May and is worth 35%. There is also a take-home reflection (10%) due on the last day of classes, 9 May. Late work loses 3 percentage points per day unless an extension was agreed in advance.

Office hours: Tuesdays 14:00-16:00, Harlan Hall 308, or by appointment.

استخرج كل عنصر عليه درجات مع موعد تسليمه ووزنه في قائمة، مرتبة حسب التاريخ."""),
    ("tri-5ab629381d20", "tr", "", "daha az robotik olsun pls: «Talebiniz alınmış olup zamanı geldiğinde işleme alınacaktır.»"),
    ("tri-3d250ec938cc", "ar", "", r"""واجهة الـ ADT عندنا صارت تنهار (crash) بالليل على بعض الرسائل اللي جاية من نظام التسجيل الجديد. هذا الـ trace ودالة الـ parser. ليش تنهار، وإيش الحل الصحيح (مو مجرد null check يحذف المرضى بصمت)؟

Exception in thread "hl7-listener-3" java.lang.NullPointerException: Cannot invoke "String.length()" because "raw" is null
    at org.kestrel.adt.PidParser.parseDob(PidParser.java:88)
    at org.kestrel.adt.PidParser.parse(PidParser.java:41)
    at org.kestrel.adt.AdtHandler.onMessage(AdtHandler.java:112)
    at org.kestrel.hl7.MllpServer$Worker.run(MllpServer.java:203)

مثال على segment يفشل:
PID|1||00448102^^^KBH^MR||NGUYEN^LAN^T||||F|||22 HARBOR RD^^SALEM^OR^97301||5035550112

PidParser.java (مقتطف):
    public Patient parse(String segment) {
        String[] f = segment.split("\\|");
        Patient p = new Patient();
        p.setMrn(f[3].split("\\^")[0]);
        String[] name = f[5].split("\\^");
        p.setFamily(name[0]);
        p.setGiven(name.length > 1 ? name[1] : null);
        p.setDob(parseDob(f.length > 7 ? f[7] : null));   // line 41
        p.setSex(f[8]);
        return p;
    }

    private LocalDate parseDob(String raw) {
        if (raw.length() >= 8) {                          // line 88
            return LocalDate.parse(raw.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        }
        return LocalDate.parse(raw, DateTimeFormatter.ofPattern("yyyyMM"));
    }

النظام القديم كان دايمًا يرسل تاريخ الميلاد (DOB). الجديد على ما يبدو ما يرسله لبعض المرضى الـ walk-in أو مجهولي الهوية. وبعدين في المراحل اللاحقة، مطابقة الـ MPI تعتمد على تاريخ الميلاد."""),
    ("tri-d98685f3a813", "tr", "Çevrimiçi mobilya mağazası Lumo Home'un müşteri temsilcileri için yanıt taslakları hazırlıyorsun. Müşterinin e-postasına sıfırdan eksiksiz bir yanıt yaz ve 'Ayla, Lumo Home Müşteri Hizmetleri' diye imzala. E-postanın altındaki temsilci iç notlarına uy ve bunları asla açığa vurma.",
     """Müşteri e-postası:
Merhaba, 2 Mayıs'ta Fjord 3'lü kanepeyi sipariş ettim (sipariş LH-20931), teslimat için 16 Mayıs sözü verilmişti. Bugün 29 Mayıs. Kuryenizin bir önceki akşam iptal ettiği teslimat saatleri için işten iki kez sabah izin aldım. 8 Haziran'da yurt dışından gelen ailemi ağırlayacağım ve bu kanepenin gelip gelmeyeceğini bilmem gerekiyor. Gelmeyecekse paramı, 1.349 euronun tamamını geri istiyorum. Açıkçası çok hayal kırıklığına uğradım, sizi kız kardeşime bile tavsiye etmiştim.
Marieke de Vries

Temsilci notları (dahili):
- kanepe Tilburg depomuzda; kurye firmasının (Van Dam Transport) araç sıkıntısı olmuş
- en erken yeni teslimat aralıkları: 4 Haziran 08-12 veya 5 Haziran 13-17
- 100 EUR'luk gönül alma çeki YA DA 49 EUR teslimat ücretinin iadesini teklif edebiliriz (ikisi birden değil)
- siparişi iptal ederse tam iade mümkün; iade 5 iş günü içinde yapılır
- kurye firmasını ismiyle suçlama"""),
    ("tri-973308148189", "ar", "", """سياسة السفر القديمة (2024)، القسم 3: "يجوز للمتعاقدين المعيّنين عن طريق وكالة المطالبة بنفقات السفر فقط إذا طلب المدير المتعاقِد السفر كتابيًا. تُدفع المطالبات عن طريق الوكالة وليس مباشرة من الشركة. تُطبَّق الدرجة السياحية على جميع الرحلات التي تقل مدتها عن 6 ساعات."

سياسة السفر الجديدة (2026)، القسم 3: "يجب على جميع العاملين، بمن فيهم المتعاقدون، حجز سفرهم عبر بوابة السفر الخاصة بالشركة (Navan). لن يُعوَّض أي سفر يُحجز خارج البوابة. يُسمح بدرجة رجال الأعمال للرحلات التي تزيد مدتها عن 6 ساعات للموظفين في الدرجة الوظيفية 7 فما فوق." القسم 9: "تحل هذه السياسة محل جميع سياسات السفر السابقة، إلا حيثما تنص اتفاقية تعيين المتعاقد على خلاف ذلك."

المتعاقدون لدينا عن طريق الوكالة ليست لديهم حسابات على البوابة، واتفاقيات تعيينهم (النموذج الموحد، البند 11) تنص على: "تُعوَّض النفقات وفقًا لسياسة السفر المعمول بها لدى الشركة في تاريخ التعيين."

الإدارة المالية تسأل: متعاقد تم تعيينه في 2025 سافر من لشبونة إلى تورونتو (7.5 ساعات) الشهر الماضي، وحجز الرحلة بنفسه على درجة رجال الأعمال، ووافق مديره عليها بالإيميل مسبقًا. ما الذي يجب أن نعوّضه له، إن كان هناك ما يُعوَّض، وما الثغرات أو التعارضات في هذه الوثائق التي يلزمنا إصلاحها؟"""),
    ("tri-ba69c3b701d5", "tr", "Bordro yardımcısı. Hesabı tek satırda göster.", "%50 zamlı (1,5 kat) 6 saat fazla mesai, saatlik brüt ücret $22.40, maaşa ne kadar ekstra yansır?"),
    ("tri-3910d4c4f5e8", "ar", "", """السياق:
(1) Plans - Free: 3 projects, 2 GB storage, max upload 25 MB per file. Team: unlimited projects, 200 GB, max upload 2 GB per file. Enterprise: custom limits.
(2) Supported formats: PDF, DOCX, PNG, JPG; MP4 on Team and above only.
(3) Storage add-ons are sold in 50 GB blocks on Team plans.

السؤال: هل يستطيع مستخدم الخطة المجانية رفع فيديو حجمه 40 MB؟
الإجابة:"""),
    ("tri-4798dd01fa20", "tr", "", """şunları alfabetik sıraya dizer misin, baştaki 'The'yu saymayalım
The Lantern Room
Bramble & Finch
The Oakhouse
Copperpot Kitchen
Anchor Street Deli
The Bell at Wickham"""),
    ("tri-7006cf698472", "ar", "", "ما هو أمر git لإنشاء branch جديد والانتقال إليه مباشرة؟"),
    ("tri-cd0615aead6a", "tr", "", "`fatal: refusing to merge unrelated histories` ne demek, bunu nasıl geçerim"),
    ("tri-1a114768d36e", "ar", "", "ده نصب؟؟ جالي الرسالة دي الصبح: 'USPS: طردك معلّق بسبب عنوان غير مكتمل. حدّث العنوان خلال 24 ساعة: usps-redelivery-help.top/track'"),
    ("tri-88371bde4769", "tr", "Tallymark yerelleştirme hattının bir parçasısın. JSON nesnesinin değerlerini Lehçeye çevir. Anahtarları asla çevirme. Süslü parantez içindeki yer tutucuları değiştirme. Yalnızca geçerli JSON döndür.", """{
  "nav.dashboard": "Kontrol Paneli",
  "nav.invoices": "Faturalar",
  "invoice.overdue_banner": "{count} faturanın vadesi geçti",
  "invoice.send_reminder": "Hatırlatma gönder",
  "settings.currency": "Varsayılan para birimi",
  "settings.save_success": "Değişiklikleriniz kaydedildi.",
  "auth.logout_confirm": "Çıkış yapmak istediğinizden emin misiniz, {name}?"
}"""),
    ("tri-27df541e09fd", "ar", "", "كم ارتفاع جبل ايفرست"),
    ("tri-8f2ddbdfedc3", "tr", "", "enjeksiyon kalıplama hattımızda fireyi azaltmak için fikir? çoğunlukla kalın nervürlerde çöküntü izi (sink mark), malzeme PP, 2 gözlü kalıp"),
    ("tri-88d78ee5937c", "ar", "", "اكتشفت إن شريكي المؤسس صرف لنفسه بونص من حساب الشركة بدون ما يقول لي. أواجهه هو أول ولا أروح للشريك الثالث؟"),
    ("tri-b2dac49b3e6b", "tr", "", "126 gün kaç hafta eder"),
    ("tri-637c7785f146", "ar", "", "مرادفات لكلمة 'مجتهد' للملخص اللي في السيرة الذاتية؟ مكتوبة فيه 3 مرات ههههه"),
    ("tri-0b92643d530d", "tr", "", """Yönetici özeti için bağlam. CloudMarrow ile SLA'mız (Ek 3): "Availability target 99.9% per calendar month for the Managed Database service. Excluded from availability calculations: (i) scheduled maintenance notified at least 72 hours in advance; (ii) outages caused by Customer's acts or omissions, including Customer-initiated configuration changes; (iii) force majeure. Service credits: 10% of monthly fee for availability below 99.9%, 25% below 99.0%."

Ticket yazışması:
- 04 Mar 13:02 CloudMarrow: Scheduled maintenance notice: minor version upgrade of your cluster prod-db-2 on 06 Mar 02:00-03:00 UTC.
- 06 Mar 02:14 Us: prod-db-2 unreachable after the upgrade started.
- 06 Mar 02:40 CloudMarrow: Upgrade failed because the parameter group you modified on 05 Mar sets max_connections above the supported value for this instance class. Rolling back.
- 06 Mar 09:55 CloudMarrow: Cluster restored.
- 06 Mar 10:10 Us: We changed that parameter in January, not 05 Mar. Please check your audit log.
- 07 Mar 16:20 CloudMarrow: Audit log shows parameter change by your IAM user deploy-bot on 05 Mar 22:47 UTC.
- 07 Mar 17:02 Us (internal note, Kofi): deploy-bot reapplies the whole parameter group on every deploy; the value itself has not changed since January.

Bu SLA'ya göre ~8 saatlik kesintiden kim sorumlu, bize hizmet kredisi (service credit) borçlular mı? İki tarafın argümanlarını ortaya koy ve hangisinin daha güçlü olduğunu söyle."""),
    ("tri-e7fd8d6f865b", "ar", "", "اختصرها لأقل من 100 حرف: 'تراس الصيف عندنا افتتح أخيرًا، تعالوا شاركونا السبريتز والأطباق الصغيرة كل مساء من الساعة 5!'"),
    ("tri-1ffb1137a380", "tr", "", """Her çalışma için RoB 2'ye göre yanlılık riskini derecelendir (düşük / bazı endişeler / yüksek) ve bunu belirleyen alanı (domain) belirt:
A) Açık etiketli RKÇ, n=240, sonuç hastanın bildirdiği ağrı, mühürlü zarfla randomizasyon, müdahale kolunda %22 ayrılma vs kontrolde %6, yalnızca protokole uygun (per-protocol) analiz.
B) Çift kör RKÇ, n=610, merkezi bilgisayarla randomizasyon, birincil sonuç tüm nedenlere bağlı mortalite, ITT, %2 takipten çıkma.
C) RKÇ, n=88, haftanın gününe göre atama, kör değerlendiriciler, sonuç HbA1c."""),
    ("tri-51d3471d4019", "ar", "أنت مساعد نمذجة بيانات لفريق التحليلات في شركة Petrel Mutual Insurance.", """هذه عيّنة من جدول متابعة المطالبات عندنا. الناس ظلوا يضيفون أعمدة عليه لسنوات. اقترح تصميمًا علائقيًا مُطبَّعًا (normalised): الجداول، والمفاتيح، وأي الأعمدة تذهب إلى أين، ووضّح كيف ستتوزع هذه الصفوف عليه.

Claim#, Policy, Insured, Insured2, Peril, DOL, Reported, Adjuster, Reserve, Paid1, Paid1 date, Paid2, Paid2 date, Vendor (roofer etc), Notes, Status
C-2291, HO-88120, Imani Whitlock, Dev Whitlock, Hail, 04/18, 04/20, R. Osei, 18000, 6400, 05/02, 9100, 06/11, Summit Roofing, supplement requested, Open
C-2294, AU-10442, Gregor Palsson, , Collision, 04/19, 04/19, T. Baptiste, 7200, 7200, 05/10, , , Lakeview Body Shop; Enterprise rental, , Closed
C-2301, HO-90311, Ayesha & Lorenzo Conti, , Water - burst pipe, 04/27, 05/03, R. Osei, 25000, 3000, 05/15, , , DryRight Restoration, late notice - reservation of rights letter sent, Open"""),
    ("tri-8129afc8c315", "tr", "", """Grubum bu şarkıyı İngiltere turnemizde İngilizce çalmak istiyor. Sözleri söylenebilir şekilde çevirebilir misin - her satırda aşağı yukarı aynı hece sayısı olsun, İspanyolcada kafiye olan yerlerde de kafiye olsun - anlam biraz kaysa da olur. 4/4, yavaş.

Me fui del pueblo con lo puesto,
con tu foto y un boleto,
y el mar me dijo "no te apures,
que lo que es tuyo vuelve al puerto".
Ay, Marisol, de sal y viento,
yo te canto desde lejos,
cada ola que me lleva
me devuelve a tus recuerdos."""),
    ("tri-1566857b7e3a", "ar", "", "محتاج كلمة تكريم مدتها دقيقتين لشريكنا الكبير هارولد اللي هيتقاعد بعد 38 سنة، معروف إنه فاشل جدًا في التكنولوجيا ولسه بيملي كل حاجة على شريط كاسيت"),
    ("tri-b5b135e75d69", "tr", "", """Fırınım için başabaş noktasını hesaplamama yardım eder misin? Aylık sabit giderler: kira $4,200, sigorta $310, kredi taksidi $1,150, yazılım/POS $180, kendi maaşım $4,000, yarı zamanlı personel $6,800 (sabit vardiya). Ürün başına: ortalama satış fiyatı hamur işlerinde $4.75, ekmeklerde $11.50. Malzeme + ambalaj maliyeti hamur işlerinde fiyatın %28'i, ekmeklerde %22'si. Kart komisyonu işlem başına %2,9 + $0.10, işlem başına ortalama 2,3 ürün. Satış dağılımı adet bazında kabaca %70 hamur işi, %30 ekmek. Ayda 26 gün açığız.

Başabaş için günde kaç ürün satmamız gerekiyor? Ev sahibi kirayı %15 artırırsa bu sayı ne kadar değişir?"""),
    ("tri-03aa62e79188", "ar", "", "ما الميزات التي تجعل تطبيق إدارة الميزانية مفيدًا فعلًا للمستقلين (الفريلانسرز) الذين دخلهم غير منتظم؟"),
    ("tri-89e090fbb65e", "tr", "", """Misafir verilerini üç sistemden (PMS, spa rezervasyon aracı, restoran rezervasyonları) tek bir tabloya aktarıyoruz ve ortalık karman çorman. Bunun için temiz, birleşik bir şema öner — alan adları, tipler, hangi alanın anahtar olacağı, farklı isimler altında aynı şeyi ifade eden alanların nasıl ele alınacağı ve serbest metin sütunlarıyla ne yapılacağı. Ham başlıklardan ve birkaç satırdan örnek:

PMS: GuestID | Nom/Name | FirstName | Email | Tel | Nationality | ArrDate | DepDate | RoomType | Rate | VIP(Y/N) | Notes
SPA: client_name | client_email | phone_number | treatment | therapist | slot (dd/mm hh:mm) | price_eur | allergies
REST: Guest | Room# | Covers | Time | Table | Dietary | Comments

PMS row: 48213 | Rossi | Giulia | g.rossi@mail.it | +39 333 1234567 | IT | 12/06/2025 | 15/06/2025 | DLX-SEA | 240 | Y | anniversary, likes feather pillows
SPA row: Giulia Rossi | G.Rossi@mail.it | 3331234567 | hot stone 60 | Anja | 13/06 16:00 | 95 | nuts
REST row: Rossi G. | 214 | 2 | 20:30 | T7 | nut allergy | anniversary cake??"""),
    ("tri-45e05412cc80", "ar", "", "بنتي عمرها 15 سنة تبي تروح مهرجان موسيقي 3 أيام مع صديقاتها، بدون ولا واحد كبير معهم. نص صفها رايحين. كيف أتعامل مع الموضوع بدون ما أطلع أنا الشرير"),
    ("tri-56f0f2d69429", "tr", "", "kısa öykü, ~800 kelime: gece nöbetinde sorgu ve tutuklama işlerine bakan kadın bir CMK avukatının önüne, ilk kez 15 yaşındayken savunduğu bir müvekkili geliyor"),
    ("tri-d900b30944fe", "ar", "", "ما هو معرّف الـ CVE المذكور في: 'تم ترقيع CVE-2024-3094 في xz-utils، يرجى ترقية جميع أجهزة البناء'؟"),
    ("tri-10d30c988b03", "tr", """Larchmont Bank web sitesinin yardım asistanısın. Müşterinin sorusunu yalnızca aşağıda getirilen pasajları kullanarak yanıtla. Pasajlar cevabı içermiyorsa bilmediğini söyle ve 1-800-555-0142 numarasını aramasını öner. Pasaj numaralarını kaynak olarak belirt.

[1] Larchmont Everyday Checking - Ücret Tarifesi (rev. 2024-07). Aylık hesap işletim ücreti: $12; günlük minimum $1,500 bakiye veya aylık $500 otomatik maaş yatırma (direct deposit) ile alınmaz. Kâğıt hesap özeti ücreti: ayda $3. Ödeme durdurma: talep başına $30.
[2] ATM erişimi. Larchmont ATM'lerinde veya ABD'deki Allpoint ağı ATM'lerinde Larchmont ücreti alınmaz. ABD'deki ağ dışı ATM'ler: para çekme başına $2.50, artı ATM sahibinin aldığı ücret. ABD dışındaki ATM'ler: para çekme başına $5.00, artı ABD doları tutarı üzerinden %3 uluslararası işlem ücreti.
[3] Yabancı para biriminde yapılan veya ABD dışında işlenen banka kartı alışverişlerine %3 uluslararası işlem ücreti uygulanır. Larchmont Premier Checking müşterilerinden alışverişlerde veya ATM'den para çekmede uluslararası işlem ücreti alınmaz.
[4] Karşılıksız işlem (overdraft) ücreti: kalem başına $34, günde en fazla üç adet.""", "Önümüzdeki ay everyday checking banka kartımla Lizbon'a gidiyorum. Oradaki bir ATM'den nakit çekersem ücret kesilir mi, kesilirse ne kadar?"),
    ("tri-f8c5018d84c2", "ar", "", "المعدل الطبيعي للـ HbA1c (السكر التراكمي) عند البالغين غير المصابين بالسكري؟"),
    ("tri-7a70c47a7816", "tr", "", """bu ne demek? günlük rapor scriptimiz `total = row["net_amount"] * fx_rates[row["currency"]]` satırında KeyError: 'CZK' verip öldü"""),
    ("tri-7083e4cba9cb", "ar", "", """ممكن نعمل role-play؟ لازم أكلم شركة التأمين بكرة أسألهم ليه رفضوا حقن الحساسية بتاعة بنتي، وأنا بتوتر في التليفون وفي الآخر بقول "تمام، شكرًا" وأقفل. عايزة أتمرن.

إنت هتمثل دور موظف خدمة العملاء في "Brightwater Health". خليك واقعي - كلامك محفوظ شوية، مستعجل شوية، وادّيني اللف والدوران المعتاد (دي مشكلة فوترة عند مقدم الخدمة، لازم تكلمي مقدم الخدمة، أنا مش شايف الحاجة دي عندي، هل أخدتوا موافقة مسبقة، إلخ). بس متبقاش شرير بشكل كرتوني. ده اللي أعرفه: المطالبة كانت عن 12 حقنة علاج مناعي (CPT 95117) من عيادة الحساسية بتاعة دكتور أوكوو، من يناير لمارس، واترفضت بكود CO-197 اللي أظن معناه إن مفيش موافقة مسبقة (precertification). العيادة بتقول إنهم أخدوا تصريح في ديسمبر وادوني رقم التصريح BWH-AU-556120. عايزة أقفل المكالمة ومعايا رقم مرجعي، وإما إعادة معالجة المطالبة أو خطوة جاية واضحة.

ابدأ على إنك الموظف اللي بيرد على المكالمة. بعد ما نخلص، اطلع من الشخصية وقولي إيه اللي عملته كويس وفين سبتك تفلت مني."""),
    ("tri-ffeaea111070", "tr", "", "401k'm 3 ayrı hedef tarihli fona bölünmüş (2045, 2050, 2055) çünkü İK saçma sapan kurmuş. bu gerçekten bir sorun mu?"),
    ("tri-ce74681662e8", "ar", "أنت أداة التعريب الخاصة باللعبة المستقلة Lumen Hollow. ترجم قيم JSON من العربية إلى الفيتنامية. احتفظ بالمفاتيح والعناصر النائبة مثل {name} و{count} والوسوم مثل <b></b> دون تغيير. أعد JSON صالحًا فقط.", """{
  "menu.continue": "متابعة",
  "menu.new_game": "لعبة جديدة",
  "hud.lanterns": "الفوانيس المضاءة: {count}",
  "npc.miller.greet": "آه، {name}! النهر مضطرب منذ رحيلك.",
  "quest.fog.desc": "اعثر على <b>الأجراس الثلاثة</b> قبل أن يعود الضباب.",
  "ui.save_warning": "لا تُطفئ جهازك أثناء الحفظ."
}"""),
    ("tri-0ee3f7913cf5", "tr", "", "Hangisi daha büyük, 2^100 mü 10^30 mu? Hesap makinesi kullanmadan göster."),
    ("tri-60ac7ad17149", "ar", "أنت تكتب مسودات المراسلات الموجهة للعملاء لشركة Stratavault، وهي شركة تخزين سحابي تخدم الشركات (B2B). ستخضع المسودة لمراجعة قانونية لاحقًا، لكن يجب أن تتجنب من الآن أي اعتراف بالمسؤولية أو أي تخمين.", """حوّل هذا التقرير الداخلي (postmortem) إلى تقرير ما بعد الحادثة يُنشر على صفحة الحالة (status page) للعملاء. يجب أن يكون شفافًا بما يكفي ليثق بنا عملاء الشركات الكبرى، وألا يلوم مزوّد الخدمة لدينا بالاسم (بسبب العقد)، وألا يعترف بالإهمال، وأن يوضح ما الذي سنغيّره. أعد الصياغة بحرية.

INTERNAL: On Oct 12 from 09:14 to 11:52 UTC, object uploads to the eu-west region failed for ~35% of requests and ~0.02% of objects uploaded between 09:14 and 09:20 were written with corrupted checksums and are unreadable. Root cause: a config push by our team disabled the checksum validation step on 3 of 12 storage nodes (the change was meant for the staging cluster; tooling didn't distinguish env). Recovery was slowed because the DC provider (Ferrit Hosting) had an unrelated network maintenance that made two replacement nodes unreachable. We have identified all affected objects (4,112 objects across 61 customers) and will contact those customers directly; data cannot be recovered from our side but 58 of 61 customers have versioning enabled so older versions exist. Changes: env-scoped config pushes, mandatory 2-person approval for storage config, checksum canary."""),
    ("tri-5676ca454d56", "mix", "", "abi are you a real person yoksa bot musun? 😅"),
    ("tri-a8b37f766326", "ar", "أنت كاتب المحتوى التسويقي لشركة Rootline، وهي شركة تقنيات زراعية. اكتب بصوت واثق وبسيط ومباشر موجّه لمشغّلي المزارع؛ بدون كلمات رنانة مثل 'ثوري' أو 'تآزر'.", "نص صفحة هبوط (landing page) لمنتجنا الجديد Rootline Probe S3: مجس سعوي لقياس رطوبة التربة، 6 أعماق حتى 90 سم، طاقة شمسية + بطارية، LTE-M، عمر بطارية 5 سنوات، يقرأ كل 15 دقيقة، والتطبيق يعرض توقعات من نوع 'اسقِ خلال X ساعة'. السعر $389 للمجس + $9 شهريًا لكل مجس. الفئة المستهدفة: مزارعو المحاصيل الحقلية الذين يستخدمون الري المحوري في نبراسكا وكانساس. أحتاج عنوانًا رئيسيًا (hero)، وعنوانًا فرعيًا، و3 فقرات عن الفوائد، ودعوة لاتخاذ إجراء (CTA)."),
    ("tri-6424e0453855", "tr", "", """Bu hafta Brightpath Bancorp hakkında üç aracı kurum raporu geldi. Bunları ortak görüşü veren kısa tek bir paragrafta topla; nerede ayrıştıklarını ve bu ayrışmanın neye dayandığını açıkça belirt.

Rapor A (Harcourt Securities, Al, HF $48): Net faiz marjı, mevduat maliyetlerinin dengelenmesiyle çeyreklik bazda 11 baz puan artarak %3,42'ye yükseldi. 2025'te 1,2 milyar $'lık düşük getirili menkul kıymetin vadesinin dolmasıyla marjda daha fazla genişleme bekliyoruz. Ticari gayrimenkul (CRE) riski (sermayenin %210'u) iyi çeşitlendirilmiş; ofis, portföyün yalnızca %6'sı. Al tavsiyesini yineliyoruz.

Rapor B (Wexley & Co, Tut, HF $39): Net faiz marjındaki beklenti üstü performansın sebebi, daha önce tahakkuk dışı olan bir krediden tek seferlik 4 milyon $'lık faiz tahsilatı; bu hariç tutulduğunda marj yatay. Mevduat yapısı vadeli mevduata kaymaya devam ediyor (bir yıl önceki %22'ye karşılık şu an %31), bu da yukarı potansiyeli sınırlıyor. Kredi kalitesi şimdilik iyi. Tut.

Rapor C (Ostrander Research, Sat, HF $33): Sorunlu (criticized) CRE kredileri çeyreklik bazda %38 arttı; iki büyükşehirde kira kontrollü daireler içeren çok aileli konutlarda yoğunlaşıyor. Kredilerin %1,05'i seviyesindeki karşılıklar buna kıyasla zayıf görünüyor. Menkul kıymetlerin vadesinin dolması gerçek, ancak yönetim bunu büyük ihtimalle daha yüksek getirili kredilere değil, mevduat çıkışlarını fonlamaya kullanacak. Sat."""),
    ("tri-a4a0e2b47910", "ar", "", "كيف نقدر نستفيد من قصاصات الألمنيوم اللي تطلع من خط البثق عندنا بدل ما نبيعها سكراب بـ €1.10 للكيلو؟ عطني خيارات إبداعية، ومنها أفكار مع المدارس المحلية والـ makerspaces"),
    ("tri-b06727166f7b", "tr", "Thimbleby Legal Aid web sitesindeki iletişim formunun ön yönlendiricisisin. Yalnızca şunlardan tam olarak biriyle yanıt ver: HOUSING, EMPLOYMENT, FAMILY, IMMIGRATION, DEBT, OTHER. Açıklama yapma.", "ev sahibi ben işteyken kilitleri değiştirmiş eşyalarım hala içerde ne yapıcam"),
    ("tri-7a82172cbf51", "ar", "", "مين اللي كتب رواية المخطوبون"),
    ("tri-d6e225cd1373", "tr", "Gelen her depo bakım talebine bir öncelik ata: P1 (güvenlik riski veya hat durmuş), P2 (performans düşmüş), P3 (kozmetik / bekleyebilir). Yalnızca etiketi yaz.", "Ayrıştırma alanındaki C3 konveyörü sabahtan beri öğütme sesi çıkarıyor, hâlâ çalışıyor ama daha yavaş, birleşme noktasında koliler biraz birikmeye başladı."),
    ("tri-e4e50ee43d9d", "ar", "", "وش الأسئلة اللي أسألها للمرشحين في مقابلة وظيفة أخصائي رواتب (رواتب في أكثر من ولاية، حوالي 400 موظف)؟ أبي قائمة طويلة ودسمة"),
    ("tri-b7ced9bbc175", "tr", "", "cron ifadesi: hafta içi her gün 06:45, sunucu UTC ama ben Lizbon saatine göre istiyorum... yoksa düz cron'la bu olmuyor mu"),
    ("tri-bc2f5381c405", "mix", "", """ممكن تشوف لو الـ contact form بتاع المخبز بتاعي secure؟ ابن أختي عمله من سنين ودلوقتي بيجيلي spam emails غريبة

```php
<?php
$conn = mysqli_connect("localhost", "root", "tienda2019", "tienda");
if ($_SERVER["REQUEST_METHOD"] == "POST") {
    $name = $_POST['name'];
    $email = $_POST['email'];
    $msg = $_POST['message'];
    $sql = "INSERT INTO mensajes (nombre, email, mensaje) VALUES ('$name', '$email', '$msg')";
    mysqli_query($conn, $sql);
    $headers = "From: " . $email;
    mail("ventas@panaderialaestrella.com", "Nuevo mensaje de " . $name, $msg, $headers);
    echo "Gracias " . $name . ", te contestamos pronto!";
}
?>
<form method="post">
  Nombre: <input name="name"><br>
  Email: <input name="email"><br>
  Mensaje: <textarea name="message"></textarea><br>
  <button>Enviar</button>
</form>
```

وكمان صفحة الـ admin (admin.php):

```php
<?php
$conn = mysqli_connect("localhost", "root", "tienda2019", "tienda");
$result = mysqli_query($conn, "SELECT * FROM mensajes ORDER BY id DESC");
while ($row = mysqli_fetch_assoc($result)) {
  echo "<p><b>" . $row['nombre'] . "</b> (" . $row['email'] . "): " . $row['mensaje'] . "</p>";
}
?>
```

الـ admin page مفيهاش password برضه، is that bad؟ أغيّر فيها إيه؟"""),
    ("tri-a95ea13fe68c", "tr", "", "tedarikçinin hatalı oranı ~%2. her lottan 50 numune alıyoruz, ≤1 hatalıysa kabul. P(kabul)? peki %5'e kayarlarsa P(lotu reddetmemiz)?"),
    ("tri-62925b39fcfd", "ar", "", """حوّل تقويم المحتوى بتاعنا (منسوخ من الشيت) إلى JSON مجمّع حسب أسبوع ISO، وبعدين حسب القناة، وكل بوست يكون بالشكل {date, format, topic, owner, status}. بعض الصفوف مكتوب فيها "IG"/"Insta"/"instagram" و"TT"/"tiktok" — وحّد أسماء القنوات. ولو فيه صف واضح إنه مكرر ومتدخّل مرتين بصياغة مختلفة شوية، خلّي واحد بس وضيف "merged": true.

التاريخ | القناة | الشكل | الموضوع | المسؤول | الحالة
الاثنين 2 يونيو | IG | ريل | إطلاق منيو الصيف | Léa | معتمد
2/6 | Insta | Reel | إطلاق منيو الصيف!! | Lea | معتمد
الثلاثاء 3 يونيو | TT | فيديو | كواليس المطبخ مع الشيف | Omar | مسودة
الخميس 5 يونيو | LinkedIn | بوست | بنوظف طباخين خط | HR - Nina | معتمد
الاثنين 9 يونيو | instagram | كاروسيل | دليل تنسيق النبيذ مع الأكل | Léa | قيد المراجعة
الأربعاء 11 يونيو | tiktok | فيديو | تحدي الباستا في 60 ثانية | Omar | فكرة
الأربعاء 11 يونيو | TikTok | فيديو | تحدي الباستا (60 ث) | Omar | فكرة
الجمعة 13 يونيو | IG | ستوري | منيو ثابت لعيد الأب | Léa | مسودة"""),
    ("tri-cdd61d37e337", "tr", "", """Lumenboard'daki 'Scheduled Exports' özelliğinin PRD'sinden bir bölüm. Bu metin, gereksinim olarak yazılmamış olduğu halde mühendislik/destek ekiplerini örtük olarak neyin altına sokuyor? Madde madde yaz, her birinin hangi cümleden çıktığını alıntıla.

> Users can schedule any dashboard to be emailed as PDF or CSV daily, weekly or monthly. Exports reflect the data exactly as the recipient would see it. If a dashboard changes, scheduled exports keep working. Admins can see all schedules in their workspace. We'll launch to all plans at once on March 3."""),
    ("tri-b088374655e4", "ar", "", "انتقلت لروتردام عشان الشغل من أربعة شهور، وللحين ما أعرف أحد برا المكتب. الويكند صعب عليّ. عندك نصايح غير 'اشترك في جيم'؟"),
    ("tri-aad25f2858aa", "tr", "Cobaltline Insurance müşteri portalında kullanılan bir madde sadeleştiricisin. Her girdi maddesini aynı ayrıntı düzeyinde, sade Türkçeyle yeniden yazılmış olarak döndür. Yalnızca yeniden yazılmış maddeyi çıktı olarak ver.",
     "Bu Poliçede yer alan aksi yöndeki herhangi bir hükme bakılmaksızın Sigortacı; kademeli bozulma, aşınma ve yıpranma, korozyon, pas ya da herhangi bir eşyanın temizlenmesi, boyanması, onarılması veya restore edilmesi işleminin sebep olduğu veya bunlardan doğan hiçbir kayıp ya da hasardan sorumlu değildir; meğer ki söz konusu kayıp veya hasar, bu Poliçe kapsamında başkaca istisna edilmemiş bir yangın veya infilakın doğrudan sonucu olsun."),
    ("tri-e7ef5ef7fa9e", "ar", "", """ملخص سريع لهالثريد في سلاك لو سمحت:
anna: الـ deploy على prod فشل
ben: الـ migrations طلعت timeout
anna: بسوي rollback
ben: الـ rollback خلص، السبب الأساسي هو الـ index الجديد على orders
anna: بنعيد المحاولة الليلة مع CONCURRENTLY"""),
    ("tri-868e6b3e30b8", "tr", "", "'leverage etmek' yerine plaza dili gibi durmayan başka ne denebilir? 4-5 tane yeter"),
    ("tri-3bfbbc70ce29", "ar", "", "3 أشخاص كل واحد يرمي نرد d20. وش احتمال إن اثنين منهم على الأقل يطلع لهم نفس الرقم؟"),
    ("tri-0bc013dc8e44", "tr", "", "bu ne demek?? IndexError: list index out of range, 14. satır print(scores[i]). ödevim dün çalışıyordu ama"),
    ("tri-020a3726439b", "ar", "", "سبام؟ \"FedUps: طردك معلّق، ادفع رسوم إعادة التوصيل £1.99 على fedups-redeliver.example خلال 12 ساعة وإلا سيتم إرجاعه\""),
    ("tri-e78a717fca42", "tr", "Wrenfield Health üyeleri için hemşire danışma asistanısın. Genel sağlık bilgisi ver ve üyelerin doğru bakım düzeyine (evde bakım, aile hekimi, acil poliklinik, acil servis) karar vermesine yardımcı ol. Teşhis koyamazsın. Belirtiler acil bir durum olabilecekse bunu açıkça söyle ve üyeye acil servisi aramasını söyle.",
     "8 aylık kızımın dünden beri 39,4 ateşi var ve neredeyse hiç bir şey içmiyor. bu acile gidilecek bir şey mi yoksa yarın aile hekimine kadar bekleyebilir mi"),
    ("tri-6018abbf58e4", "ar", "مدرّب للتدريب على المقابلات الوظيفية لدى Lattice Careers.", "تخيّل إنك شريك صعب في مكتب محاماة وتسوي معي مقابلة على عقد تدريب (training contract). اضغط عليّ بالأسئلة، سؤال واحد في كل مرة"),
    ("tri-8175f3adc387", "tr", "", "bu hangi dil? 'Kan du starta om servern innan lunch?'"),
    ("tri-e89ee1cedb09", "ar", "", "الخلاصة؟ 'بسبب عطل في أنظمة الجمارك الإلكترونية في ميناء بورسعيد، تُحتجز جميع الحاويات الواردة حتى إشعار آخر. لن تُفرض رسوم تخزين خلال أول 72 ساعة.'"),
    ("tri-3b099a8696ac", "tr", "", "kuryelerle ilgili bir fıkra anlatsana, sabah toplantısı için bir şey lazım"),
    ("tri-6731ee86e6af", "ar", "", "أبي شعار محل البابل تي حقي بالفيتنامي للفرع الجديد في دا نانغ. الشعار هو 'Sip happens 😎'. حاول تحافظ على النكتة بأي طريقة، الترجمة الحرفية ما راح تزبط"),
    ("tri-7a79b065bb89", "tr", "Westmarch İli Ulaştırma Hizmetleri Dairesi personeli için dahili asistan. Personel seni taslak hazırlama ve fikir üretme için kullanır. İstatistik uydurma.", "ehliyet direksiyon sınavı randevularındaki 14 haftalık birikmeyi daha fazla sınav görevlisi almadan eritmek için fikirler? süreçte, planlamada, teknolojide, iş birliklerinde değişiklik yapabiliriz. pazartesi müdürün toplantısı için uzun bir liste lazım"),
    ("tri-400a5ecf9113", "ar", "", "معادلة Sheets — إذا كانت A2 فاضية يطلع \"missing\"، وإلا A2 ضرب 1.2"),
    ("tri-9cf29f26e26f", "tr", "", """Ürün Başkan Yardımcımız (VP of Product) ilk 3 satırı okuyup karar veriyor. Bunu onu ikna edecek şekilde yeniden düzenle: iş gerekçesiyle başla, tüm bilgileri koru, uygulama detaylarını sonda kısa bir eke taşı.

Bölüm 4: Öneri
CRM ile faturalama sistemi arasındaki mevcut gecelik toplu (batch) senkronizasyonu olay tabanlı (event-driven) bir senkronizasyonla değiştirmek istiyoruz. Şu anda batch işi saat 01:00'de çalışıyor ve ~3 saat sürüyor; müşteri yöneticilerinin gün içinde yaptığı değişiklikler faturalamaya ancak ertesi sabah yansıyor. Q1'de bu durum güncel olmayan fiyatlarla kesilmiş 212 faturaya yol açtı; bunlardan 64'ü için iade faturası kesmek zorunda kaldık (€38k tutarında iade faturası) ve destek ekibi ilgili taleplere tahminen 90 saat harcadı. Olay tabanlı senkronizasyon, bir kuyruğa gönderilen CRM webhook'larını ve faturalamayı ~1 dakika içinde güncelleyen küçük bir consumer servisini kullanacak. Tahmini efor: 5 hafta boyunca 2 mühendis. İşletme maliyeti: ayda ~€300. Risk: CRM webhook teslimatı 'at least once' olduğu için consumer'ın idempotent olması gerekiyor."""),
    ("tri-c91e356e2c80", "ar", "", "كابشن لبوست الانستا: مواعيدنا الجديدة من يوم الاتنين، من 7 الصبح لـ 7 بالليل أيام الأسبوع ☕ خليه قصير"),
    ("tri-64bf96826913", "tr", "", """Satın alma sonrası anketimizden açık uçlu cevaplar (mobilya e-ticareti, son 2 hafta). Ana temaları özetle ve önce neyi düzeltmemiz gerektiğini söyle. Net bir görüşün olsun, çekinme.

- "Sofa is lovely but delivery window was 7am-7pm, I lost a whole day of work"
- "Assembly instructions for the wardrobe were missing step 9"
- "Delivery guys wouldn't take it upstairs, said it wasn't in the contract"
- "Colour looked grey on the site, it's more beige in real life"
- "great price, arrived early, no complaints"
- "had to chase three times for a missing screw pack"
- "the website said 2 weeks and it took 6"
- "drawer fronts were scratched, refund process was easy though"
- "why can't you give a 2-hour delivery slot like other shops do"
- "fabric samples would have helped, the colour is off"
- "driver called 10 minutes before arriving, that was nice"
- "still waiting for the replacement leg, 3 weeks now\""""),
    ("tri-6e9cf99c662b", "ar", "", """فيما يلي المذكرات المكتوبة المقدّمة من المدعى عليه في دعوى الفصل التعسفي الخاصة بموكّلتنا. أعطني ملخصًا قصيرًا لحججهم الرئيسية، ولكل حجة رأيك الصريح في مدى قوتها وأين يمكننا مهاجمتها. الجلسة بعد 3 أسابيع.

1. فُصلت المدعية بسبب سوء سلوك جسيم عقب تحقيق عادل. وقد أقرّت المدعية في جلسة التأديب بأنها شاركت مسودة خطة إعادة الهيكلة مع زميل سابق يعمل الآن لدى شركة منافسة.
2. مدونة قواعد السلوك الخاصة بالمدعى عليه، التي وقّعتها المدعية في 2018، تنص صراحةً على أن إفشاء المعلومات السرية يُعد سوء سلوك جسيمًا.
3. أجرى التحقيق مدير موارد بشرية من وحدة أعمال مختلفة، استمع إلى المدعية وإلى شاهدين. وسُلّمت المدعية محاضر التحقيق ومُنحت حق الرد.
4. يُنكر المدعى عليه ادعاء المدعية بأن الخطة نوقشت علنًا في اجتماع للفريق. وفي جميع الأحوال، كانت الوثيقة نفسها تحمل عبارة "سري للغاية".
5. نظر في تظلّم المدعية المدير الإقليمي، الذي كان قد تلقى نسخة من تقرير التحقيق الأصلي؛ ويتمسك المدعى عليه بأن ذلك لم يؤثر على حياده.
6. جاء الفصل ضمن نطاق ردود الفعل المعقولة. واحتياطيًا، يجب تخفيض أي تعويض يُحكم به بنسبة 100% وفقًا لمبدأ Polkey، إذ إن اتباع إجراء عادل كان سيؤدي إلى النتيجة نفسها، مع تخفيض إضافي بسبب مساهمة المدعية في الخطأ."""),
    ("tri-c8bebee7a5b1", "tr", "", "Bu zaman çizelgesindeki önemli tarihlerin özetini verebilir misin? 2019 kuruluş; 2020 tohum yatırım turu; 2022 Almanya'da lansman; 2023 A Serisi; 2025 satın alma teklifi reddedildi."),
    ("tri-43629d7ec817", "ar", "", """ممكن تترجم هذا التكت للإنجليزي عشان الفريق في مانيلا؟

'Sinds de update van vanochtend kunnen de magazijnmedewerkers in Tilburg niet meer inloggen op de handscanners. Ze krijgen de melding "certificaat ongeldig". De scanners in Venlo werken wel. We hebben er al twee opnieuw opgestart, zonder resultaat. Graag vandaag nog oplossen, want morgen komt er een grote levering binnen.'"""),
    ("tri-2bec9410f780", "tr", "", """bu thread'deki tüm @kullanıcı adlarını ve #hashtag'leri çıkar, tekrarsız, önce kullanıcı adları

1/ #FintechFriday'de bizi andıkları için @lumenpay_dev ve @ritaKcodes'a kocaman teşekkürler 🙏
2/ Lizbon'da backend'ci arıyoruz! #hiring #rustlang yazın: @talent_lumen
3/ bir de #RustConfEU'daki konuşması için @ritaKcodes'u tebrik ederiz, slaytlar yakında burada
4/ neyse prod'u düzeltmeye geri dönüyorum 🫠 #oncall"""),
    ("tri-b7f664677623", "ar", "", """ملاحظات لحفلة وداع جَس (أنا فاشل جدًا في الخطابات، أرجوك حوّلها لكلمة أقدر أقراها في حوالي 3 دقايق، دافية وفيها شوية هزار، بس مش مبتذلة):

- جَس هالفورسن، مدير المستودع في مركز التوزيع في كيترينغ، بيتقاعد بعد 27 سنة
- بدأ سواق فوركلفت سنة 1998، "مؤقتًا" لحد ما يلاقي شغل في الراديو
- حافظ مكان كل باليتة صم، والناس بتحلف إنه بيسمع غلطة الـ picking وهو في المكتب
- مشهور بسندوتشات البيكون يوم التلات، على حسابه، كل أسبوع، لأكتر من 20 سنة
- عدّانا من فيضان 2013 (مضخات، أكياس رمل، نام في الكانتين ليلتين)
- درّب على الأقل نص المشرفين الحاليين، وأنا منهم
- ذوقه في المزيكا وحش، بيشغل نفس سي دي الـ dad-rock في مكتب الساحة على الريبيت
- هيعزّل لنورفولك مع مراته لورنا عشان يرمموا مركب نهري (narrowboat)
- الفريق هيهاديه بجرس سفينة نحاس محفور عليه "Last call, Gus"
- الحضور: حوالي 80 شخص، على أرضية المستودع، لابسين سترات عاكسة، والدنيا هتبقى دوشة"""),
    ("tri-b0d7dedd1348", "tr", "", "Tedarik zinciri yüksek lisans öğrencisiyim, kırsal bölgelerde aşılar için soğuk zincir üzerine tez konusu fikri? perşembe danışman toplantısına götürebileceğim 8-10 farklı açı gibi"),
    ("tri-df9665e33f46", "ar", "", "طلّع أرقام التتبع من هذا لو سمحت -> شحناتك بتنشحن عن طريق أرامكس: 34829910234 و 34829910241، وشحنة وحدة عن طريق سمسا 290011873345. شكرًا لتسوقك من Lumiere Home!"),
    ("tri-2131698e3d80", "tr", "", "status sayfası için lehçeye çevir: 'Bu gece 22:00-23:00 CET arası planlı bakım. Bu süre boyunca VPN kullanılamayacak.'"),
    ("tri-3634a5b52dc1", "ar", "ترجم إرشادات ملصق الصيدلية الواردة في رسالة المستخدم إلى الصينية المبسطة لطابعة الملصقات ثنائية اللغة. أخرج الترجمة فقط، بدون أي ملاحظات.", "تناول قرصًا واحدًا عن طريق الفم مرتين يوميًا مع الطعام. قد يسبب النعاس. لا تتناول الكحول أثناء استخدام هذا الدواء. أكمل الكمية كاملة من هذا الدواء ما لم يوجّهك الطبيب الواصف بغير ذلك."),
    ("tri-46422740a00d", "tr", "", "Küçük bir Shopify mağazam var (soya mumu, ayda ~400 sipariş, ayda belki %10 büyüyor). Her şeyi garajda paketlemek beni bitiriyor. Şimdi bir 3PL'e mi geçeyim yoksa bekleyeyim mi? Kimsenin söylemediği gerçek artılar/eksiler neler: minimum hacim şartları, cam kavanozlarda kırılma, müşterilerin bayıldığı el yazısı notlardan vazgeçmek vs."),
    ("tri-681c634159c8", "ar", "", "العميل هذا بأي لغة يكتب؟ 'Bom dia, a minha encomenda chegou danificada e quero devolver'"),
    ("tri-2729949fdc86", "tr", "", "mahalle tiyatro grubumuzun panto oyunundaki kötü karakter için monolog: çim boylarına hükmetmekten gücü kafasına vurmuş bir site yönetim kurulu başkanı. 1 dk, enerjisi tavan olsun"),
    ("tri-2cd695fd438a", "ar", "", "ترجم صفحة الـ 404 حقتنا للسويدي بس خلّ الفكاهة فيها، الترجمة الحرفية ما تمشي: 'Well, this is awkward. This page went to get coffee and never came back. Our engineers have been notified (they're also getting coffee).'"),
    ("tri-adbcb4ac4661", "tr", "", "Bu kaynakçadaki ISBN'leri listele: Smith (2019) ISBN 978-3-16-148410-0; Lee (2021) ISBN 978-0-306-40615-7."),
    ("tri-199576612262", "ar", "", "بسّطها لطفل عمره 10 سنين: 'البناء الضوئي يحوّل الطاقة الضوئية إلى طاقة كيميائية مخزّنة في الجلوكوز.'"),
    ("tri-da997a2b41c4", "tr", "", "bulunduğum klasördeki tüm .csv dosyalarının toplam satır sayısını, her dosyanın başlık satırını saymadan veren tek satırlık komut"),
]
