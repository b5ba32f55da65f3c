"""Hand-written prompts, batch 4: e-commerce, marketplaces, customer support, warehouses, shipping/freight, returns; Arabic and Turkish."""
H = [
    # ---------------------------------------------------------------- extraction
    ("extraction", 0, "", "grab the tracking numbers from this pls -> Your parcels ship via Aramex: 34829910234 and 34829910241, plus one via SMSA 290011873345. Thanks for shopping at Lumiere Home!"),
    ("extraction", 0, "", "Şu mesajdan sipariş numarasını ve teslimat adresini çıkarır mısın: 'Merhaba, #TR-558120 numaralı siparişim hâlâ gelmedi, adresim Bağdat Cad. No:214 D:7 Kadıköy/İstanbul, acil lazım'"),
    ("extraction", 0, "You extract fields from carrier delivery exception notices. Return JSON with keys awb, exception_code, location, timestamp_local, next_attempt. Use null for anything not stated. No commentary.",
     "EXCEPTION NOTICE — AWB 7781 2290 4415 | Code: DEX-07 CONSIGNEE NOT AVAILABLE | Facility: Jebel Ali South Hub | Scan: 14/05 16:42 GST | Courier note: gate closed, security refused to sign. Redelivery scheduled next business day between 09:00-13:00."),
    # implied commitments -> needs judgement
    ("extraction", 1, "", """هذه محادثة بين عميلة وموظف خدمة العملاء في متجر "بيت النخيل" للأثاث. استخرج لي كل الالتزامات التي قدّمها الموظف للعميلة، حتى لو لم يقلها صراحة بصيغة وعد، لأن المدير يبي يتابعها وحدة وحدة.

العميلة (ريم): السلام عليكم، طلبت كنبة ثلاثية رقم الطلب 88213 ووصلت يوم الأحد وفيها شق في الخشب من الخلف.
الموظف (فهد): وعليكم السلام أستاذة ريم، نعتذر جداً عن هذا. ممكن ترسلين صور للشق؟
العميلة: أرسلتها الحين. وترى أنا دفعت 150 ريال رسوم توصيل.
الموظف: وصلت الصور، واضح أن الضرر من الشحن. الفريق الفني عادة يتواصل خلال يومين عمل لتحديد موعد الاستلام، ولا تشيلين هم الرسوم.
العميلة: يعني بتبدلونها ولا ترجعون المبلغ؟
الموظف: الأفضل نبدلها لأن نفس اللون متوفر في مستودع الرياض، وإذا ما ناسبك الموعد نقدر نرتب شي ثاني. وبخصوص التأخير اللي صار في التوصيل أول مرة، بسجل ملاحظة على حسابك عشان طلبك الجاي يكون له أولوية.
العميلة: طيب، متى يوصل البديل؟
الموظف: غالباً نفس يوم استلام القديمة أو اليوم اللي بعده.
العميلة: تمام، شكراً لك."""),
    ("extraction", 0, "You are a contract abstraction tool for the procurement team. From the agreement the user pastes, list: (1) the parties and their roles, (2) effective date and term, (3) payment terms, (4) liability cap, (5) governing law and dispute venue. Quote the exact wording for each item; write 'not stated' if an item is missing.",
     """FREIGHT FORWARDING SERVICES AGREEMENT

This Freight Forwarding Services Agreement (the "Agreement") is made on 3 February 2025 (the "Effective Date") between:

(1) Marmara Home Textiles A.Ş., a company incorporated in Türkiye with its registered office at Organize Sanayi Bölgesi 4. Cadde No:12, Bursa ("Customer"); and

(2) Northgate Logistics FZCO, a free zone company registered in Dubai Silicon Oasis, Dubai, UAE ("Forwarder").

1. SCOPE OF SERVICES
1.1 Forwarder shall arrange the carriage of Customer's goods by sea and road from the Port of Gemlik to destinations in the Gulf Cooperation Council states, including booking of container space, preparation of transport documents, customs brokerage at destination and last-mile delivery to Customer's nominated consignees.
1.2 Unless otherwise agreed in writing for a specific shipment, all shipments under this Agreement shall be made on DAP (Incoterms® 2020) terms, the named place of destination being the consignee's warehouse.
1.3 Forwarder acts as agent of Customer except where it issues its own house bill of lading, in which case it acts as contracting carrier.

2. TERM AND TERMINATION
2.1 This Agreement shall remain in force for an initial period of twenty-four (24) months from the Effective Date and shall renew automatically for successive periods of twelve (12) months unless either party gives not less than ninety (90) days' written notice of non-renewal.
2.2 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is not remedied within thirty (30) days of being notified of it.

3. RATES AND PAYMENT
3.1 Rates are set out in Schedule 1 and are valid for each calendar quarter. Forwarder may pass through carrier general rate increases and bunker adjustment factors with fourteen (14) days' notice.
3.2 Forwarder shall invoice Customer per shipment upon proof of delivery. Customer shall pay each undisputed invoice within forty-five (45) days of the invoice date by bank transfer in US dollars.
3.3 Late payments shall bear interest at one percent (1%) per month. Customer shall notify any disputed amount within ten (10) days of receipt of the invoice.

4. CUSTOMER OBLIGATIONS
4.1 Customer shall provide accurate commercial invoices, packing lists and HS codes no later than forty-eight (48) hours before the cut-off time notified by Forwarder.
4.2 Customer shall be responsible for duties and taxes at destination only where a shipment is expressly agreed on DDP terms.

5. LIABILITY
5.1 Forwarder's liability for loss of or damage to goods shall not exceed 8.33 Special Drawing Rights per kilogram of gross weight of the goods lost or damaged, and in any event shall not exceed USD 50,000 per shipment.
5.2 Forwarder shall not be liable for indirect or consequential loss, including loss of profit, market or contract.
5.3 Any claim must be notified in writing within seven (7) days of delivery, and legal proceedings must be commenced within nine (9) months.

6. INSURANCE
6.1 Cargo insurance is not included in the rates. Forwarder shall arrange all-risks cargo insurance at 110% of CIF value only upon Customer's written instruction for each shipment.

7. CONFIDENTIALITY
7.1 Each party shall keep confidential all rates, customer lists and commercial information disclosed by the other party, during the term and for two (2) years thereafter.

8. GOVERNING LAW AND DISPUTES
8.1 This Agreement is governed by the laws of England and Wales.
8.2 Any dispute shall be finally resolved by arbitration under the DIAC Arbitration Rules, seated in the Dubai International Financial Centre, in the English language, before a sole arbitrator.

Signed for and on behalf of Marmara Home Textiles A.Ş.: Selin Aydemir, Supply Chain Director
Signed for and on behalf of Northgate Logistics FZCO: Imran Qureshi, Managing Partner"""),
    ("extraction", 0, "", """طلّع لي أرقام الفواتير والمبالغ وتواريخ الاستحقاق من رسالة المورد هذي، سطر لكل فاتورة:
"الأخ العزيز خالد، نرجو التكرم بسداد الفواتير المستحقة: فاتورة رقم INV-2291 بقيمة 12,400 درهم تستحق في 10 يونيو، وفاتورة INV-2307 بقيمة 3,850 درهم تستحق في 25 يونيو. أما الفاتورة INV-2315 (7,200 درهم) فقد تم سدادها مسبقاً ولا حاجة لأي إجراء. مع التحية، قسم الحسابات - شركة الواحة للتغليف\""""),
    # "including stuff nobody flagged" -> implied items, judgement
    ("extraction", 1, "", """night shift handover below. pull out anything the morning lead actually needs to act on, including stuff buried in the chatter that nobody flagged:
- dock 4 door sticking again, used the manual chain, fine for now
- 2 pallets of Verano sunscreen in aisle 17 w/o putaway labels, left them there
- Ahmed out sick tmrw apparently
- forklift FL-09 beeping low battery around 4am, parked it by the charging bay but charger was in use
- picked 1,840 lines, 3 shorts on SKU 55-0192
- the Keller Foods truck said they'd be 'a bit early'
- fire door by dock 2 propped open with an empty pallet for airflow, didn't move it
- chilled room read 9°C at 3am, back to 4°C by 5, no idea why
- label printer at pack 6 jamming, swapped the roll, seems ok"""),
    ("extraction", 0, "", """Tedarikçiden gelen şu e-postadaki bütün tarihleri ve neye ait olduklarını listeler misin?

"Sayın Yetkili, 2.000 adet kargo kutusu siparişiniz 12 Haziran'da üretime alınacaktır. Numune onayınızı en geç 7 Haziran'a kadar bekliyoruz. Sevkiyat 19 Haziran'da Gebze depomuzdan yapılacak olup faturanın vadesi 30 gündür. 1 Temmuz itibarıyla fiyatlarımızda %8 artış olacağını hatırlatırız. Saygılarımızla, Ekin Ambalaj\""""),
    ("extraction", 1, "You are a product-quality analyst for a marketplace. From the batch of buyer reviews the user pastes, extract the distinct product defects the buyers describe. Merge reviews that describe the same defect, count them, and quote one representative phrase per defect. Ignore complaints about shipping, packaging or the seller.",
     """Product: VortaMix Go portable blender (seller: HomeNest Direct)

1. ★2 Blade stopped spinning after a week, the light still comes on though.
2. ★1 Came two weeks late and the box was crushed. Seller never answered.
3. ★3 Works for smoothies but the lid leaks if you shake it even slightly.
4. ★1 Charging port is loose, have to hold the cable at an angle to charge.
5. ★2 leaks from the lid!! ruined my gym bag
6. ★4 Good for protein shakes. Battery lasts about 8 blends.
7. ★1 motor just died on day 9, blinking red light and nothing
8. ★2 the USB-C socket wiggles and it only charges sometimes
9. ★3 A bit loud. Also the seller sent the pink one instead of the blue one.
10. ★1 Gasket ring came out on first wash and now it drips everywhere"""),
    ("extraction", 0, "", "need just the email addresses from this signature mess: Hana Kurt | Ops Lead, Ballast Freight | hana.kurt@ballastfreight.com | cc: bookings@ballastfreight.com | +90 532 000 1122"),

    # ---------------------------------------------------------------- classification
    ("classification", 0, "You are the intent router for Souq Zahra's support bot. Reply with exactly one label: ORDER_STATUS, RETURN_REQUEST, PAYMENT_ISSUE, PRODUCT_QUESTION, ACCOUNT, OTHER.",
     "انخصم المبلغ من بطاقتي مرتين على نفس الطلب وما وصلني أي إيميل تأكيد، وش السالفة؟"),
    # "is this phishing?" -> classification
    ("classification", 0, "", "is this legit or phishing?? 'DHL Express: your parcel is on hold. Pay the 1.99 EUR customs fee within 24h: dhl-parcel-release.co/pay'"),
    ("classification", 0, "", "Bu yorum olumlu mu olumsuz mu, tek kelimeyle: 'Kargo çok hızlıydı ama kutu ezik geldi, ürün sağlam neyse ki, yine alırım'"),
    # risk level per record needs judgement
    ("classification", 1, "You support the returns desk at Brightcart, an electronics marketplace. For every return request in the batch, assign a fraud-risk level (LOW, MEDIUM or HIGH) and give a one-sentence justification that cites the evidence. Output a numbered list in the same order as the input.",
     """Batch RR-0611, 11 requests

#1 Account since 2019, 142 orders, 2 previous returns. Item: Sony WH-1000XM5 headphones, 389 USD. Reason: "left earcup crackles at high volume". No photos, but a video is attached showing the crackle. Requested refund to original card. Delivered 11 days ago, signed by customer.

#2 Account created 6 days ago. Item: Apple iPad Air 13", 799 USD, shipped to a parcel locker. Reason: "box arrived empty". No photos. The account has a second order of the same iPad to a different locker, also reported empty. Requested refund to a newly added gift card balance.

#3 Account since 2022, 17 orders, 0 returns. Item: Anker power bank, 49 USD. Reason: "changed my mind". Unopened, within the 14-day window. Requested refund to card.

#4 Account since 2021, 61 orders, 19 returns in the last 12 months, all "item not as described", all high-value cameras or lenses. Item: Canon RF 24-70mm lens, 2,099 USD. Reason: "lens has scratch on front element". Photos show a scratch; the serial number is not visible in any photo.

#5 Account since 2020, 33 orders, 3 returns. Item: Logitech keyboard, 129 USD. Reason: "wrong layout, I ordered German QWERTZ, received US". Photo of the box shows a US layout sticker; the order line shows the German SKU was ordered.

#6 Account since 2023, 8 orders, 1 return. Item: Samsung Galaxy S24, 859 USD. Reason: "phone will not turn on". Customer asks for a replacement, not a refund. Carrier shows delivery to the billing address. Returned device weight at drop-off: 168 g (listed weight 167 g).

#7 Account since 2018, 204 orders, 7 returns. Item: Dyson V15, 749 USD. Reason: "damaged in transit". Returned parcel weighed 1.1 kg at drop-off; the product alone weighs 3.1 kg. Customer insists the full unit is inside.

#8 Account created 2 months ago, 4 orders, all shipped to different addresses in three cities, each paid with a different card. Item: Nintendo Switch OLED, 349 USD. Reason: "defective joy-con drift". Photos attached. Requested refund to a card different from the one used to pay.

#9 Account since 2024, 12 orders, 1 return. Item: JBL Flip 6 speaker, 129 USD. Reason: "arrived in orange, I chose black". Photo shows an orange speaker next to the packing slip, which lists black. Refund or exchange, either is fine.

#10 Account since 2017, 388 orders, 41 returns (mostly apparel bought in two sizes). Item: Bose QuietComfort Earbuds II, 279 USD. Reason: "one earbud does not charge in the case". The troubleshooting steps suggested in chat were followed; photo of the case LED attached. Requested replacement.

#11 Account since 2025 (3 weeks), 1 order. Item: GoPro HERO12, 399 USD. Reason: "not as described, no 4K". The listing clearly states 5.3K video. Customer's message says "refund quickly or I open a chargeback". Item not yet shipped back."""),
    ("classification", 0, "Assign a priority to each incoming warehouse maintenance ticket: P1 (safety risk or line stopped), P2 (degraded operation), P3 (cosmetic / can wait). Output only the label.",
     "Conveyor C3 in sortation making a grinding noise since this morning, still running but slower, parcels backing up a bit at the merge point."),
    ("classification", 1, "", """صنّف كل بند من بنود عقد التوريد هذا إلى: لصالح المشتري / محايد / ضد مصلحة المشتري، مع سطر واحد يشرح السبب. نحن المشتري (متجر "دار الهيل" للقهوة والتوابل).

البند 4: يحق للمورد تعديل الأسعار في أي وقت بإشعار مدته سبعة أيام.
البند 5: يلتزم المورد بتسليم الطلبيات خلال 10 أيام عمل من تاريخ أمر الشراء، وفي حال التأخير يُخصم 2% من قيمة الطلبية عن كل يوم تأخير بحد أقصى 20%.
البند 6: تنتقل ملكية البضاعة ومخاطرها إلى المشتري عند خروجها من مستودع المورد.
البند 7: لا تُقبل المرتجعات إلا في حال وجود عيب مصنعي يُبلَّغ عنه خلال 48 ساعة من الاستلام.
البند 8: يتم الدفع خلال 60 يوماً من تاريخ الفاتورة.
البند 9: يلتزم المشتري بحد أدنى للشراء قدره 500 كيلوغرام شهرياً، وإذا لم يتحقق يدفع الفرق كاملاً.
البند 10: يخضع العقد لأنظمة المملكة العربية السعودية وتختص محاكم الرياض بالنظر في أي نزاع."""),
    ("classification", 0, "", "هل هذا التقييم سبام ولا حقيقي؟ 'منتج رائع!!! اطلبوا الآن من الرابط wa.me/966500000000 خصم 70% لفترة محدودة'"),
    ("classification", 0, "", "what language is this customer writing in? 'Bom dia, a minha encomenda chegou danificada e quero devolver'"),
    ("classification", 1, "", """Şu müşteri mesajını etiketle: gerçek şikâyet / indirim koparma taktiği / belirsiz. Kısaca nedenini de yaz.

"Üç yıldır sizden alışveriş yapıyorum, bu sefer gelen ayakkabının tabanında küçük bir leke var. İade etmek istemiyorum açıkçası, uğraşamam, ama böyle bir şeyi de hak etmiyorum sanırım. Siz ne önerirsiniz?\""""),
    ("classification", 0, "Map each product title to one marketplace category: Home & Kitchen, Electronics, Toys & Games, Apparel, Beauty, Sports. Output one 'title => category' line per title.",
     """Stainless steel 1.7L electric kettle with keep-warm
Kids magnetic building tiles 64 pcs
Men's merino wool running socks, 3 pack
Vitamin C brightening serum 30ml
Adjustable dumbbell set 2-24 kg"""),

    # ---------------------------------------------------------------- summarization
    ("summarization", 0, "You summarize support ticket threads for escalation managers. Output a TL;DR of at most 3 sentences, then 'Open actions' as bullets with the owner where known.",
     """Ticket #CS-448120 — Missing pallet, PO-7734 (Greenleaf Pet Supplies -> Fetch & Co.)

[Mon 09:12] Dana Whitfield (Fetch & Co. purchasing): Hi, we were expecting 4 pallets on PO-7734 last Thursday. Only 3 arrived at our Leeds DC. The POD shows 4 pallets signed for, but our goods-in team counted 3 and wrote it on the driver's sheet. We need the missing pallet (48 bags of Hillcrest Adult 12kg dog food) urgently, our weekend promo starts Saturday.

[Mon 10:40] Tomás Reyes (Greenleaf customer service): Hi Dana, sorry about this. I've checked our WMS and all four pallets were loaded at our Northampton warehouse on trailer TR-221, seal 0098812. I've raised a trace with the carrier, Halden Freight, and will update you by tomorrow noon.

[Mon 16:05] Dana Whitfield: Thanks. Attaching a photo of the driver's sheet with our "3 received" remark. Can you confirm whether you can ship a replacement before Friday regardless of the trace?

[Tue 11:58] Tomás Reyes: Update: Halden says their driver scanned 4 pallets off at Leeds. They're asking for your CCTV from the goods-in bay for Thursday 14:00-15:30. On the replacement: we only have 30 bags of Hillcrest Adult 12kg at Northampton, the rest is at our Bristol site. I've asked my manager whether we can split-ship.

[Tue 13:20] Dana Whitfield: We can pull CCTV but our security team needs a formal request from the carrier because of data protection. Who should they contact? And a partial replacement of 30 bags by Friday would already help.

[Tue 17:45] Priya Nair (Greenleaf CS team lead): Hi Dana, Priya here, I'm taking over as Tomás is off tomorrow. We approve shipping 30 bags from Northampton on a dedicated van on Thursday morning, at our cost. The remaining 18 bags would follow from Bristol next Tuesday. The invoice for the missing pallet is on hold until the trace is closed.

[Wed 08:30] Marek Kowalski (Halden Freight claims): Good morning. For CCTV, please have your security team email claims@haldenfreight.co.uk quoting HF-TR-55190. Separately, our driver now says two pallets were wrapped together for stability, which may explain the count difference. Could Fetch & Co. check whether one pallet holds double the expected quantity?

[Wed 09:15] Dana Whitfield: One pallet did look taller, but it's already been broken down for store picks. We're counting bags in stock now. If all 48 bags turn up I'll be relieved, but also annoyed that nobody put the double-stack on the paperwork.

[Wed 14:02] Dana Whitfield: Count done. The tall pallet was indeed two pallets wrapped together, but one of them was cat litter from PO-7740, which we weren't expecting until next week. So we have 144 of the 192 Hillcrest bags: still 48 short, plus an early pallet of cat litter.

[Wed 15:30] Priya Nair: Thank you, that's really helpful. So the Hillcrest shortage stays at 48 bags and the Thursday van (30 bags) and Bristol follow-up (18 bags) still stand. I'll ask our warehouse whether the fourth Hillcrest pallet went out with the PO-7740 load for your Glasgow store by mistake. You can keep the cat litter; we'll invoice it against PO-7740.

[Wed 15:48] Marek Kowalski: Noted. Since the count explains the discrepancy on our side, CCTV is no longer needed. We'll keep HF-TR-55190 open until Greenleaf confirms where the fourth pallet went."""),
    ("summarization", 0, "", """Şunu iki cümleye indirir misin, depo ekibine WhatsApp'tan atacağım:

"Değerli çalışma arkadaşlarımız, 15 Temmuz Pazartesi gününden itibaren Hadımköy deposunda vardiya saatleri değişecektir. Sabah vardiyası 07:00-15:00, akşam vardiyası 15:00-23:00 olarak uygulanacak, gece vardiyası ise geçici olarak kaldırılacaktır. Servis güzergâhları yeni saatlere göre güncellenmiş olup İnsan Kaynakları panosunda ilan edilmiştir. Vardiya değişikliği talepleri en geç 10 Temmuz'a kadar ekip liderlerine iletilmelidir.\""""),
    # summarize AND evaluate -> escalate
    ("summarization", 1, "", """Q2 Ops Review — Wrocław Fulfilment Centre
- Orders shipped: 1.21M (Q1: 1.04M, +16%)
- On-time dispatch: 97.8% (target 98.5%), missed mainly in weeks 21-23 during the garden furniture promo
- Pick accuracy: 99.62% (target 99.5%)
- Units per labour hour: 112 (Q1: 121)
- Agency staff share: 38% of hours (Q1: 22%)
- Overtime hours: +64% vs Q1
- Damaged-in-warehouse write-offs: €84k (Q1: €31k), 70% of it on the mezzanine level
- Inventory accuracy (cycle counts): 99.1% (target 99.0%)
- Returns processed: 96k, average dock-to-stock 4.8 days (target 3 days)
- Permanent staff turnover: 6.1% for the quarter (Q1: 2.9%)
- Lost-time incidents: 2 (Q1: 0), both on the mezzanine
- Capex: conveyor extension to dock 9 delayed to Q4 (supplier lead time)

I need a short summary of this for the VP call tomorrow. And don't just tell me what's red vs green, tell me what's actually worrying and how these numbers might be connected."""),
    ("summarization", 0, "", """لخص لي هذا الإعلان بنقاط قصيرة عشان أحطه في قروب المناديب:
"تعلن شركة مسار السريع للتوصيل أنه اعتباراً من الأول من شهر رمضان سيتم تعديل أوقات استلام الشحنات من المستودع لتكون من الساعة 10 صباحاً حتى 4 عصراً، ومن الساعة 9 مساءً حتى 1 بعد منتصف الليل. كما سيتم إيقاف خدمة التوصيل في نفس اليوم للطلبات التي تصل بعد الساعة 2 ظهراً، وتُضاف مكافأة قدرها 5 ريالات لكل طلب يُسلَّم بعد الإفطار. نرجو من جميع المناديب تحديث التطبيق إلى الإصدار الأخير قبل بداية الشهر.\""""),
    # headline = summarization
    ("summarization", 0, "Write a one-line headline (max 12 words) for the internal ops incident feed. No emojis.",
     "14:10 label printers at Tilburg DC packing stations 1-12 stopped printing after a driver update pushed by IT. Packers switched to handwritten labels at stations 1-4, stations 5-12 idle. ~2,300 orders missed the 16:00 carrier cutoff. Rollback completed 15:25, all stations printing again by 15:40."),
    # minutes with action items = summarization
    ("summarization", 0, "", """اكتب محضر اجتماع مختصر من هذا التفريغ الصوتي، مع المهام المطلوبة وكل مهمة على مين:

منى: طيب نبدأ. الموضوع الأول المرتجعات، صارت كثيرة هالشهر.
سامي: إيه، تقريباً 11% من طلبات الملابس، وأغلبها بسبب المقاس.
منى: عندنا جدول مقاسات في صفحة المنتج؟
سامي: فيه، بس مو واضح على الجوال، لازم تنزل تحت كثير.
منى: طيب سامي، كلم فريق الموقع يطلعون الجدول فوق قبل زر الشراء، وخلها قبل نهاية الشهر.
ليلى: عندي نقطة، شركة الشحن الجديدة "وصلة" تأخرت بالرياض ثلاث مرات الأسبوع الماضي.
منى: كم طلب تأثر؟
ليلى: حوالي 240 طلب.
منى: ليلى، جهزي لي تقرير بالأرقام ونرسله لهم رسمياً، ونشوف إذا نرجع لشركة الشحن القديمة في جدة والرياض بس.
سامي: وبالنسبة لعروض اليوم الوطني؟
منى: نأجلها للاجتماع الجاي، بس أبي من الكل أفكار قبل الخميس.
ليلى: تمام.
منى: خلاص، شكراً للجميع."""),
    ("summarization", 0, "", "gist of this review in one line: 'Ordered the oak side table, took 3 weeks instead of 5 days, but honestly it's gorgeous and solid. assembly was a pain'"),
    ("summarization", 1, "You support category managers on a home-appliance marketplace. Be concise.",
     """Aşağıdaki yorumları özetle ve bu ürünün satışta kalmasının bir risk taşıyıp taşımadığını değerlendir. Ürün: Sıcakça 2000W fanlı ısıtıcı.

1. Isıtması çok iyi, küçük oda için ideal. ★5
2. Fiş kısmı kullanırken aşırı ısınıyor, elimi yakıyordu neredeyse. ★2
3. Fiyatına göre fena değil ama biraz ses yapıyor. ★3
4. İki hafta sonra yanık kokusu gelmeye başladı, kullanmayı bıraktım. ★1
5. Kargo hızlıydı, ürün güzel. ★5
6. Devrilme emniyeti var yazıyor ama devrildiğinde kapanmadı, kendim test ettim. ★1
7. Termostat düzgün çalışmıyor, sürekli açık kalıyor. ★2
8. Annem için aldım, memnun. ★4
9. Kutusu hasarlı geldi ama ürün çalışıyor. ★3"""),
    ("summarization", 0, "", "tldr? 'Due to a customs IT outage at Port Said, all inbound containers are held until further notice. No storage charges will apply for the first 72h.'"),
    ("summarization", 1, "", """old vs new returns policy below. summarize what changed and tell me honestly whether customers are worse off overall
OLD: 30-day returns on all items. Free return label. Refund within 5 business days of receipt. Opened electronics accepted if all accessories included.
NEW: 30-day returns, except 14 days for electronics. Return label free for members, €3.95 otherwise. Refund within 10 business days of receipt. Opened electronics subject to a 15% restocking fee. Exchanges now shipped free of charge."""),

    # ---------------------------------------------------------------- rewrite
    ("rewrite", 0, "", "make this less rude pls: 'we already told you twice the refund takes 14 days, stop emailing us about it'"),
    ("rewrite", 0, "", "Şunu daha resmi yaz, kurumsal maile koyacağım: 'kargonuz yarın çıkıyo, bi sorun olursa yazın bize'"),
    ("rewrite", 0, "", "صحح الأخطاء الإملائية والنحوية: 'نعتذر عن التاخير في توصيل طلبكم، سوف يتم الشحن غدا إنشاء الله ونشكركم على صبركم'"),
    ("rewrite", 1, "", """Can you rework my draft? We had an incident where a bug showed some customers other people's order history for about 40 minutes. Legal says we can't admit liability or speculate about impact, but I don't want it to sound like a robot wrote it either. Keep all the facts.

Draft:
Subject: Important notice about your account
Dear customer,
On 2 June between 10:05 and 10:47 CET a technical error on our website meant that some customers who logged in could see the order history of another customer. Your order history may have been visible to another customer during this time. The information shown included names, delivery addresses and the items ordered. No payment card details or passwords were shown. We fixed the error at 10:47 and have checked that it cannot happen again. We have informed the data protection authority. You don't need to do anything, but be careful of emails asking for your details. We are really really sorry, this should never have happened and it's totally our fault.
Thanks,
Nordhavn Outdoor team"""),
    ("rewrite", 0, "Rewrite the agent's reply in plain language that a 12-year-old could follow. Keep every fact, date and time. Output only the rewritten reply.",
     "Per our records, the consignment was tendered to the line-haul carrier on 3/4 and is presently in transit to the destination hub; upon arrival, it will be allocated to a last-mile route, whereupon an ETA will be communicated via SMS. Kindly note that redelivery requests must be submitted no later than 18:00 on the preceding day."),
    ("rewrite", 1, "", """عدّل صياغة رسالتي للمورد، أبيها مهذبة ومحترمة بس تبقى حازمة وما تضيع نقطة الغرامة:
"للمرة الثالثة تتأخرون في التسليم. إذا تأخرت شحنة الأسبوع الجاي بنطبق غرامة التأخير اللي في العقد وما راح نجدد معكم السنة الجاية. رجاءً التزموا بالمواعيد.\""""),
    ("rewrite", 0, "", "shorten to fit one SMS (160 chars max): 'Hi Laila, your order #55821 from Qamar Beauty has been dispatched with Aramex and is expected to arrive on Thursday between 9am and 6pm. Track it here: qmr.to/t/55821. Reply STOP to opt out.'"),
    ("rewrite", 0, "", """Bu ürün açıklamasını başka kelimelerle yeniden yazar mısın? Anlam aynı kalsın ama rakip sitedeki metinle birebir aynı olmasın:
• %100 pamuklu, nefes alan kumaş
• 40 derecede makinede yıkanabilir
• Ütü gerektirmeyen özel dokuma
• S'den XXL'ye kadar beden seçeneği
• Türkiye'de üretilmiştir"""),
    ("rewrite", 1, "You are a de-escalation assistant for Parcelpoint support agents. Rewrite the agent's draft reply so that it calms the customer down. Keep the offer exactly as stated and do not promise anything new.",
     """CUSTOMER:
This is the THIRD time your driver has marked my parcel "recipient not home" when I was literally sitting at home all day. I took a day off work for this. If it isn't here tomorrow I'm doing a chargeback and posting the doorbell footage everywhere. Absolutely useless company.

AGENT DRAFT:
Hello. Our records show the driver attempted delivery at 14:32. We cannot verify whether you were home. We have scheduled a new delivery for tomorrow between 08:00 and 12:00. We can also refund the delivery fee of 4.90 as a goodwill gesture. Please note that chargebacks may result in your account being suspended. Regards, Tom"""),
    ("rewrite", 0, "", "fix grammar: 'the items was dispatch yesterday and will reached you on monday, sorry for inconvenient'"),

    # ---------------------------------------------------------------- closed_qa
    # RAG help-center bot: answer must come from the passages
    ("closed_qa", 0, """You are the help-center assistant for Kestrel Audio. Answer the customer's question using only the retrieved policy passages below. Cite the passage numbers you relied on. If the passages don't cover the question, say so and offer to connect a human agent.

[1] Returns: change of mind
You can return most products within 30 days of delivery for a full refund, as long as they are in resalable condition with all accessories. For hygiene reasons, in-ear products (earbuds, in-ear monitors and their ear tips) can only be returned for change of mind if the hygiene seal on the box is unbroken. Products bought between 15 November and 24 December can be returned until 31 January of the following year.

[2] Faulty products and warranty
All Kestrel products come with a 12-month limited warranty from the date of delivery (24 months in the EU and UK). If a product develops a fault within the first 30 days, we will send you a brand-new replacement or give you a full refund, whichever you prefer, once our support team has confirmed the fault. Confirmation is usually done through a short troubleshooting chat or a video of the issue. After 30 days, faulty products are repaired or replaced with a new or refurbished unit at our discretion.

[3] What the warranty does not cover
The warranty does not cover damage caused by drops, crushing, water exposure beyond the product's IP rating, use of non-Kestrel chargers that do not meet USB-C specifications, normal wear of ear tips and ear cushions, battery capacity loss below 80% after 12 months, or any repair made by a third party.

[4] Return shipping
Return shipping is free for faulty products, and for change-of-mind returns within 30 days in the United States, Canada, the EU and the UK. In other countries, customers pay for return shipping on change-of-mind returns. We email a prepaid label within one business day of the return being approved. Please pack the product in its original box if you still have it.

[5] Refund timing
Refunds are issued to the original payment method within 5 business days after the returned product arrives at our warehouse and passes inspection. Your bank may take a further 3 to 10 days to show the refund. Orders paid with Kestrel gift cards are refunded as gift card credit.

[6] Orders from retailers
If you bought your Kestrel product from another retailer (for example an electronics store or an online marketplace), change-of-mind returns must go through that retailer under their policy. Warranty claims can always be made directly with Kestrel with proof of purchase.

[7] Ear tips and accessories
Replacement ear tips, cables and cases can be ordered from our accessories store. Accessories cannot be returned once opened, unless they are faulty.""",
     "bought the Pods Pro straight from your site 20 days ago, opened them obviously and used them a few times, but the left bud is way quieter than the right. can i still send them back or is it too late? i'm in germany btw"),
    ("closed_qa", 0, """Sen Kargomat'ın müşteri asistanısın. Yalnızca aşağıdaki bilgi bankası maddelerine dayanarak cevap ver; maddelerde olmayan bir şey sorulursa müşteriyi 444 0 527 numaralı çağrı merkezine yönlendir.

Madde 3.1 – Adreste teslim edilemeyen gönderiler: Alıcı adreste bulunamazsa kurye bir kez daha teslim denemesi yapar. İkinci denemede de teslim edilemeyen gönderi, alıcıya en yakın Kargomat şubesine bırakılır ve alıcıya SMS gönderilir.
Madde 3.2 – Şubede bekleme süresi: Şubeye bırakılan gönderiler 5 iş günü bekletilir. Bu süre içinde teslim alınmayan gönderiler göndericiye iade edilir. Alıcı, süre dolmadan önce çağrı merkezini arayarak bekleme süresini bir defaya mahsus 3 iş günü uzatabilir.
Madde 3.3 – Teslim alma: Gönderi, alıcının kimlik belgesiyle ya da alıcı adına düzenlenmiş vekâletname ile teslim alınabilir. Kapıda ödemeli gönderilerde ödeme şubede nakit veya kartla yapılabilir.
Madde 3.4 – İade sürecindeki gönderiler: Göndericiye iade edilmek üzere yola çıkmış gönderiler yeniden alıcıya yönlendirilemez; bu durumda alıcının gönderici firma ile iletişime geçmesi gerekir.""",
     "kargom şubeye bırakılmış, bugün 4. iş günü ama ben yarın akşama kadar gidemem. eşim gidip alabilir mi? bi de süre yeter mi sizce"),
    # "does it mention X? what amount?" -> closed_qa
    ("closed_qa", 0, "", """هل يذكر هذا النص رسوم للإرجاع؟ وإذا فيه، كم؟
"يمكنك إرجاع المنتجات خلال 15 يوماً من الاستلام بشرط أن تكون بحالتها الأصلية. الإرجاع مجاني للطلبات التي تزيد قيمتها عن 200 ريال، وفي غير ذلك يُخصم مبلغ 19 ريالاً من قيمة الاسترداد لتغطية تكلفة الشحن. لا يشمل الإرجاع العطور المفتوحة والملابس الداخلية.\""""),
    ("closed_qa", 1, "", """From our warehousing & haulage contract with Brenner Logistik:

7.2 The Contractor is liable for loss of or damage to goods from the moment they are accepted at the Contractor's premises or collected by the Contractor's vehicle until delivery to the consignee.
7.3 Goods held at a port terminal awaiting customs clearance remain in the custody of the terminal operator; the Contractor's liability is suspended during such period unless the delay in clearance is attributable to the Contractor.
7.4 The Contractor shall notify the Client within 24 hours of becoming aware of any event likely to cause delay, including missing or incorrect documents.
9.1 The Client is responsible for providing complete and correct customs documentation at least 48 hours before vessel arrival.
11.3 Demurrage and detention charges incurred due to the Client's failure to provide documents are for the Client's account.

Situation: container MSKU 448120-3 sat at Hamburg CTA for 9 days because the commercial invoice we sent had the wrong HS code. Brenner noticed on day 2 but only told us on day 6. During the wait, a reefer plug failure at the terminal damaged part of the cargo (chilled cheese).

Under this contract, who carries the cargo damage and who pays the demurrage? Go clause by clause."""),
    ("reasoning", 0, "", """rates we got:
Carrier | 0-1kg | 1-3kg | 3-5kg | Riyadh surcharge
Aramex | 22 AED | 31 AED | 44 AED | none
SMSA | 18 AED | 34 AED | 41 AED | +5 AED
Naqel | 25 AED | 29 AED | 39 AED | +4 AED
which one's cheapest for a 2 kg box to Riyadh?"""),
    # "what should I do according to this policy?" -> closed_qa; several rules interact
    ("closed_qa", 1, """أنت مساعد المناديب في تطبيق "توصيلة". أجب عن سؤال المندوب بالاعتماد على سياسة التوصيل التالية فقط، وإذا لم تغطِّ السياسة الحالة فقل ذلك بوضوح.

السياسة:
1. الطلبات المدفوعة عند الاستلام لا تُسلَّم إلا بعد استلام المبلغ كاملاً نقداً أو عبر جهاز نقاط البيع.
2. إذا لم يرد العميل على الاتصال، ينتظر المندوب 10 دقائق ويحاول الاتصال مرتين، ثم يسجل "محاولة فاشلة" مع صورة لباب العنوان.
3. يجوز تسليم الطلب لشخص آخر في العنوان نفسه (مثل الحارس أو أحد أفراد الأسرة) فقط للطلبات المدفوعة مسبقاً، وبشرط موافقة العميل كتابياً عبر المحادثة في التطبيق.
4. لا يجوز ترك أي طلب عند الباب إلا إذا اختار العميل خيار "اتركه عند الباب" عند الطلب، ولا ينطبق ذلك على الطلبات التي تزيد قيمتها عن 500 ريال.
5. الطلبات المبردة تُعاد إلى المستودع خلال ساعتين من أول محاولة فاشلة.""",
     """أنا عند العنوان والعميل ما يرد. الحارس يقول أعطني إياه وأنا أسلمه له. الطلب مدفوع مسبقاً، قيمته 620 ريال، وفيه أغراض مبردة. والعميل كاتب بالملاحظات "اتركه عند الباب". وش أسوي؟"""),
    ("closed_qa", 0, "", """when did it actually leave Leipzig? tracking says:
12.06 22:41 Shipment picked up, Izmir
13.06 03:15 Departed facility, Istanbul IST hub
13.06 09:50 Arrived at facility, Leipzig hub
13.06 18:02 Customs clearance completed, Leipzig
14.06 01:37 Departed facility, Leipzig hub
14.06 07:20 Arrived at delivery facility, Hannover
14.06 08:05 With delivery courier"""),
    ("closed_qa", 0, "", """Bu faturada fiyatlara KDV dahil mi, toplamda kaç lira ödeyeceğim?

FATURA No: EKN2024-00871 | Alıcı: Mavi Kuş Ev Tekstili
50 adet koli (60x40x40) x 28,00 TL = 1.400,00 TL
20 rulo koli bandı x 45,00 TL = 900,00 TL
Ara toplam: 2.300,00 TL
KDV (%20): 460,00 TL
Genel toplam: 2.760,00 TL
Ödeme: 30 gün vadeli"""),
    ("reasoning", 1, "", """SLA clause from our contract with Fleetwise: "Carrier shall achieve on-time delivery of at least 95% of parcels per calendar month, excluding parcels delayed by force majeure or by incorrect address data supplied by Shipper."

March: 18,400 parcels handed over, 1,210 delivered late. Of the late ones, 260 had wrong addresses from our side and 190 were during the 2-day snowstorm the carrier declared force majeure for.

did they breach the SLA in march or not?"""),
    ("closed_qa", 0, "", "does this say anything about sunday delivery? 'Deliveries Mon–Sat 9:00–21:00. Sunday delivery available in Istanbul (European side) only, for a 25 TL fee.'"),

    # ---------------------------------------------------------------- translation
    ("translation", 0, "", "ترجم للعربي بأسلوب رسمي بسيط: 'Your order has been shipped and will arrive within 3-5 business days.'"),
    ("translation", 0, "", "Bunu İngilizceye çevir: 'İade talebiniz onaylandı, tutar 3 iş günü içinde kartınıza yansıyacaktır.'"),
    # transcreation for a market -> judgement
    ("translation", 1, "You localize marketing copy for Gulf markets. Adapt rather than translate literally: keep the brand's playful tone, swap cultural references that won't land, and stay within 20% of the original length.",
     "Target: Saudi Arabia, Arabic. Copy: 'Hot deals for cool nights! 🌙 Our Summer Clearance is ON, up to 60% off patio sets, BBQs and string lights. Turn your backyard into the place everyone wants to be. Free delivery over SAR 150. Ends Sunday, so don't sleep on it!'"),
    ("translation", 0, "Translate the values of the JSON object into Turkish. Keep the keys, placeholders such as {count} and {date}, and HTML tags unchanged. Return valid JSON only.",
     """{
  "cart.empty": "Your cart is empty",
  "cart.items": "{count} items in your cart",
  "checkout.delivery_eta": "Estimated delivery: <b>{date}</b>",
  "checkout.free_shipping": "Free shipping on orders over {amount}",
  "orders.return_cta": "Start a return",
  "orders.status.out_for_delivery": "Out for delivery"
}"""),
    ("translation", 0, "", """can you put this into English for the ops team in Manila? keep it faithful, don't clean it up or soften it:

"السلام عليكم، للأسف هذي ثالث مرة أطلب من متجركم وتصير نفس المشكلة. طلبت غسالة صحون يوم السبت وقالوا لي التوصيل خلال يومين، وإلى الآن ما وصلت شي. اتصلت على خدمة العملاء مرتين وكل مرة يقولون لي بكرة بكرة. والمندوب اتصل علي أمس الساعة 11 بالليل يسأل عن الموقع مع إن الموقع مرسل في الطلب ومحدد على الخريطة. أبي أعرف متى بالضبط توصل، وإذا ما وصلت قبل الخميس أبي ألغي الطلب وترجعون لي فلوسي كاملة مع رسوم التركيب اللي دفعتها. وبصراحة لو ما انحلت المشكلة بكتب تقييم في كل مكان. عبدالله الشمري، رقم الطلب 40917733\""""),
    ("translation", 1, "", """Aşağıdaki gümrük müşavirliği sözleşmesi maddesini Türkçeye çevirir misin? Hukuki terimler doğru olsun, Türk gümrük mevzuatında kullanılan karşılıkları tercih et.

"12.1 The Customs Broker shall act as the indirect representative of the Importer for the purposes of lodging customs declarations and shall be jointly and severally liable with the Importer for any customs debt arising therefrom. 12.2 The Importer shall indemnify the Customs Broker against any duties, taxes, penalties and interest assessed as a result of inaccurate or incomplete information supplied by the Importer, including but not limited to tariff classification, customs valuation and preferential origin. 12.3 Nothing in this clause shall relieve the Customs Broker of liability for its own negligence or wilful misconduct.\""""),
    ("translation", 0, "", "how do i say 'out for delivery' and 'delivery attempted' in turkish? it's for our sms templates"),
    ("translation", 0, "", "translate from chinese pls, it's from our supplier: 货物已经到港，请尽快安排清关，否则下周开始收取滞港费。"),
    ("translation", 1, "", "Bu ürün sayfasını Suudi pazarı için Arapçaya uyarla; bedenleri ve ölçüleri oradaki alışkanlıklara göre düzenle, birebir çeviri olmasın: 'Keten karışımlı yazlık erkek gömlek. Rahat kesim, nefes alan kumaş. Beden: S (38), M (40), L (42), XL (44). 30 derecede yıkanabilir. Kargo bedava, 2 günde kapında!'"),
    ("translation", 0, "Translate the agent's reply into Arabic for a Gulf customer. Output only the translation.",
     "Thank you for waiting. I've checked with the warehouse and your replacement blender was dispatched this morning. You'll receive a tracking link by SMS within the next two hours. The courier will collect the old unit when the new one is delivered, so please keep it ready in its box."),

    # ---------------------------------------------------------------- formatting
    ("formatting", 0, "Convert the stock export the user pastes into CSV with the header sku,description,location,qty,uom. One row per line item, in the original order. Use EA when no unit is given. No commentary.",
     """export from the old WMS, sorry it's a mess:

SKU 10-4471 | Bamboo cutting board L | A-03-2 | 140 pcs
10-4472 bamboo cutting board M, loc A-03-3, qty: 212 ea
#10-4473 Bamboo board S -- A03/4 -- 96
10-4480 olive wood serving board 40cm | A-04-1 | 52 ea
10-4481 Olive wood salad servers pair, A-04-2, 118 pairs
10-5010 | Cast iron skillet 26cm | B-11-1 | 58 EA
10-5011 Cast iron skillet 30cm @ B-11-2 x 33
item 10-5020: enamel dutch oven 5L (red) / B-12-1 / 21 units
10-5021 enamel dutch oven 5L (navy) B-12-2 qty 17
10-5022;enamel dutch oven 5L (sage);B-12-3;9
20-0101 | Linen napkins set of 4, natural | C-01-1 | 310 sets
20-0102 linen napkins 4pk charcoal - C-01-2 - 288 sets
20-0103 Linen napkins (4) terracotta  C01-3  154 SET
20-0210 | Cotton tablecloth 150x250 white | C-02-1 | 75 pcs
20-0211 tablecloth 150x250 cotton, stripe blue, C-02-2, 61
20-0310 waffle bath towel grey 70x140 | C-05-1 | 402 ea
20-0311 waffle bath towel sand 70x140 | C-05-2 | 398 ea
20-0312 | Waffle hand towel grey 50x90 | C-05-3 | 0 (backorder)
30-1100 Ceramic mug 350ml speckled white :: D-01-1 :: 1,240
30-1101 ceramic mug 350ml speckled black, D-01-2, 1.105 pcs
30-1102 | Ceramic mug 350ml sage | D-01-3 | 860 ea
30-1200 stoneware dinner plate 27cm x 6 = box, loc D-04-1, 130 boxes
30-1201 stoneware side plate 21cm (box of 6) D-04-2 144 box
30-1202 | Stoneware bowl 16cm, box/6 | D-04-3 | 97 boxes
30-1300 glass tumbler 300ml 4-pack D-07-1 -> 520 packs
30-1301 Glass tumbler 450ml 4pk / D-07-2 / 505 packs
30-1400 | Carafe 1L borosilicate glass | D-09-1 | 211 pcs
40-0001 | Scented candle 'Fig & Cedar' 200g | E-02-1 | 760 ea
40-0002 scented candle 'Sea Salt' 200g  E-02-2  688
40-0003 Scented candle Amber Oud 200g — E-02-3 — 912 pcs
40-0010 reed diffuser fig & cedar 100ml | E-03-1 | 233
40-0011 Reed diffuser sea salt 100ml, E-03-2, qty 198 ea
40-0100 | Wool throw blanket 130x170 oatmeal | F-01-1 | 84 pcs
40-0101 wool throw 130x170 forest green / F-01-2 / 47
40-0102 Wool throw 130x170 rust @ F-01-3 qty=0
40-0200 velvet cushion cover 45x45 blush | F-03-1 | 260 ea
40-0201 velvet cushion cover 45x45 teal, F-03-2, 233 ea
40-0202 | Cushion insert 45x45 feather | F-03-4 | 410 pcs
40-0300 linen curtain panel 140x260 natural, F-06-1, 38 pcs
50-0010 rattan storage basket M  G-01-1  118
50-0011 Rattan storage basket L | G-01-2 | 92 pcs
50-0020 | Jute doormat 60x90 | G-04-1 | 175 ea
50-0021 jute doormat 'HELLO' 60x90 - G-04-2 - 140 pcs
50-0100 Bamboo laundry hamper w/ lid, loc G-06-1, 66 units
60-0001 | Gift card printed 50 EUR | CAGE-1 | 500 ea
60-0002 gift card printed 100 EUR CAGE-1 300
60-0010 Kraft gift box small (pack of 10) | H-01-1 | 75 packs
60-0011 kraft gift box large pk10 / H-01-2 / 40 packs
60-0020 tissue paper sheets 50x70, ream of 480 | H-02-1 | 12 reams
ZZ-TEST-01 | DO NOT SHIP test item | QA | 3"""),
    ("formatting", 0, "", """şu adresleri tablo yap, sütunlar: ad soyad | mahalle | ilçe | il | telefon
Zeynep Arslan, Caferağa Mah. Moda Cad. 45/3 Kadıköy İstanbul 0532 111 22 33
Murat Kaya - Kızılay Mah. Atatürk Blv. No:112 Çankaya/Ankara - 0505 444 55 66
Elif Demir; Alsancak Mah. Kıbrıs Şehitleri Cd. 88 Konak İzmir; 0544 777 88 99"""),
    ("formatting", 0, "", "sort these SKUs and drop the dupes: KT-220, AB-019, KT-220, ZX-551, AB-004, MM-310, AB-019, ZX-551"),
    # designing a schema for messy data = formatting; judgement -> escalate
    ("formatting", 1, "", """Our returns team logs everything in one free-text column in a Google Sheet and I want to move it into a proper table. Propose the columns (with types, and allowed values where it makes sense), then show these rows converted into it:

- 03/06 ord 558201 jacket M black - too small, exch for L, label sent, rcvd 07/06 ok condition
- 4 jun, #558377, 2x mugs, 1 broken on arrival, photo on file, refund 18.00 no return needed
- ord558390 sneakers 42 -> customer says not as pictured, return rcvd 10/6 worn soles!! refund denied, cust notified 11/6
- 05.06 — 558412 — lamp — never arrived (carrier lost), reship sent 06/06 trk 1Z88X0
- 558455 dress S+M bought both, kept M, S returned unworn 12/6, refund 49.90 to paypal
- 558460 - gift card - cust wants cash back, not allowed per policy, escalated to Ines"""),
    ("formatting", 0, "", "JSON لو سمحت: العميل: نورة العتيبي، الجوال: 0551234567، المدينة: الدمام، المنتجات: عباية سوداء مقاس 54 (2 حبة)، طرحة شيفون (1 حبة)، الدفع: عند الاستلام، المبلغ: 487 ريال"),
    ("formatting", 0, "Normalize every date to ISO 8601 (YYYY-MM-DD) and every weight to kg with 2 decimals. Return the same lines in the same order, nothing else.",
     """PO-1182 | shipped 3/14/2025 | 12.5 lb
PO-1183 | shipped 15.03.2025 | 4200 g
PO-1184 | shipped March 17, 2025 | 7 kg
PO-1185 | shipped 2025/03/18 | 22 oz
PO-1186 | shipped 19-Mar-25 | 0.8 kg"""),
    ("formatting", 1, "", """Üç tedarikçiden gelen fiyat listelerini tek tabloda birleştirmem lazım. Sütunlar: Tedarikçi | Ürün | Ambalaj | Ambalaj fiyatı (TL, KDV hariç) | 1 kg fiyatı (TL, KDV hariç). Dövizli olanları 1 USD = 32,5 TL, 1 EUR = 35 TL ile çevir. KDV dahil verilmişse %20'yi düş. En ucuz kg fiyatından pahalıya sırala.

Akdeniz Gıda:
- Kuru kayısı 5 kg'lık koli: 1.450 TL + KDV
- Antep fıstığı 1 kg vakum: 890 TL (KDV dahil)
- Fındık içi 500 gr: 210 TL + KDV

Oriental Trade Ltd (USD):
- Dried figs, 12 x 250 g case: $38
- Cashew W320, 10 lb carton: $71
- Golden raisins 2 kg bag: $9,80

Hamburg Nuss GmbH (EUR):
- Walnusskerne 1 kg: 14,20 € netto
- Mandeln blanchiert 25 kg Sack: 245 € netto
- Cranberries getrocknet, 11,34 kg Karton: 69 € netto"""),
    ("formatting", 0, "", "markdown table pls: DHL 2-3 days €8.90, UPS 1-2 days €12.50, GLS 3-5 days €6.40, Hermes 3-4 days €5.90"),
    ("formatting", 1, "", """حوّل ملاحظات التوصيل هذي إلى YAML، لكل عميل: الاسم، الحي (بصيغة موحدة)، المعلم القريب، الدور، الوقت المفضل، تعليمات إضافية. إذا نفس العميل مكرر بكتابة مختلفة ادمجه في سجل واحد، وإذا المعلومة مو موجودة اكتب null:
1) أم فيصل - حي الملقا، ورا جامع الراجحي، فيلا بيضاء بوابتها سوداء، بعد العصر أفضل، لا تدق الجرس فيه طفل نايم
2) م. طارق - العليا، برج الفيصلية الدور 17 مكتب 1704، اترك الطلب عند الاستقبال
3) ام فيصل، الملقاء قرب مسجد الراجحي، الفيلا البيضاء، اتصل قبل ما توصل
4) Tariq Eng., Al Olaya Faisaliah Tower fl.17, reception only, before 2pm"""),
    ("formatting", 0, "", """turn this csv into json lines, one object per row, numbers as numbers and paid as a boolean:
order_id,customer,city,items,total_eur,paid
88101,Lena Hoffmann,Köln,3,74.90,true
88102,Yusuf Demir,Berlin,1,19.99,false
88103,Amira Haddad,München,5,132.50,true"""),

    # ---------------------------------------------------------------- open_qa
    ("open_qa", 0, "You are Dispatch Desk, the internal assistant for Aldera Freight's customer service team.", "what does DDP mean in shipping and who pays the import VAT?"),
    ("open_qa", 0, "", "Gümrükte ETGB ile normal ihracat beyannamesi arasındaki fark ne? kısaca"),
    ("open_qa", 1, "", "I run a small Shopify store (soy candles, ~400 orders/month, growing maybe 10% a month). Packing everything in my garage is killing me. Should I move to a 3PL now or wait? What are the real tradeoffs nobody mentions: minimums, breakage with glass jars, losing the handwritten notes customers love, etc."),
    ("open_qa", 0, "", "وش معنى بوليصة الشحن؟ وهل هي نفسها رقم التتبع؟"),
    # legal advice for a business -> open_qa, judgement
    ("open_qa", 1, "", "عندي متجر إلكتروني صغير في السعودية يبيع عطور، وعميل يطالب بإرجاع عطر فتحه واستخدمه ويقول إن نظام التجارة الإلكترونية يعطيه الحق. وش يقول النظام بالضبط عن حق الإرجاع؟ وهل أقدر أرفض؟ وكيف أكتب سياسة إرجاع تحميني وما تخالف النظام؟"),
    ("open_qa", 1, "", "Can someone explain why cross-docking is supposed to cut inventory costs, and in what situations it actually backfires? Our regional DC manager wants to move 30% of our grocery volume to cross-dock and I want to understand the argument before the meeting."),
    ("open_qa", 0, "", "how many euro pallets fit in a 40ft container, single stacked?"),
    ("open_qa", 1, "", "Trendyol'da kadın giyim satıyorum, iade oranım %18 civarında ve komisyonla birlikte beni ciddi zarara sokuyor. Sektör ortalaması ne kadar, iadeyi düşürmek için gerçekten işe yarayan yöntemler neler?"),
    ("open_qa", 0, "", "whats a chargeback and how long does a customer usually have to file one"),
    # "my"/"our" situation but world-knowledge explanation -> open_qa
    ("open_qa", 1, "", "why do our orders to the supplier swing way more than actual customer demand? weekly sales of baby formula are pretty stable (±5%) but our POs to the distributor swing ±40% week to week. is this the bullwhip effect, and what usually causes it in practice?"),

    # ---------------------------------------------------------------- brainstorming
    ("brainstorming", 1, "", "need 15 name ideas for a same-day delivery startup in Dubai, something short that works in arabic and english"),
    ("brainstorming", 1, "", "Kargo gecikmesi yaşayan müşterilere verebileceğimiz telafi fikirleri lazım, en az 10 tane, maliyeti düşük olanlar öncelikli"),
    # a few narrow alternatives -> escalate 0
    ("brainstorming", 0, "", "3 subject lines for our 'your order is delayed' email, calm not cheesy"),
    ("brainstorming", 1, "", "متجر أزياء نسائية في جدة، المرتجعات عندنا 22% وأغلبها بسبب المقاسات. أبي أفكار كثيرة ومتنوعة نقلل فيها المرتجعات، مو بس 'حطوا جدول مقاسات'"),
    ("brainstorming", 1, "You are a growth assistant for sellers on the Bazaaro marketplace. Give varied, concrete ideas.",
     "I sell specialty coffee beans and brewing gear. Average order is 22 EUR and shipping costs me 5.90 per parcel. Give me bundle ideas that would push the average basket over 35 EUR."),
    ("brainstorming", 1, "", """We've had a spike in mis-picks at our Venlo DC: 0.9% of lines last month vs 0.3% normally. Facts we have:
- started around week 14
- concentrated in zone C (small health & beauty items); pickers use RF guns with scan-to-confirm
- about half the errors are "right product, wrong variant" (e.g. shade 02 instead of shade 03)
- we re-slotted zone C in week 13 to put fast movers near the front
- a new batch of 12 agency pickers started in week 15
- the night shift error rate is roughly double the day shift
- scan-to-confirm can be overridden by typing the last 4 digits of the barcode when a label is damaged

Before we start auditing, brainstorm every plausible cause you can think of, and for each one the quickest way to confirm or rule it out."""),
    ("brainstorming", 0, "", "اقترح ثلاثة أسماء قصيرة لخدمة توصيل سريع داخل الرياض"),
    ("brainstorming", 1, "", "Küçük bir el yapımı sabun dükkanıyız (Etsy + kendi sitemiz). Efsane Cuma'da indirim yapmadan satışları artırabileceğimiz kampanya fikirleri arıyorum. Bütçe çok kısıtlı, reklama para veremeyiz. Olabildiğince farklı fikir yaz."),
    ("brainstorming", 1, "You help procurement managers prepare vendor selection processes.",
     "we're issuing an RFP for a 3PL to run our first EU warehouse (fashion, ~30k orders/month, lots of returns). what questions should we ask them? as many good ones as you can, grouped by topic"),
    ("brainstorming", 1, "", "angles for a linkedin post about opening our new cold-chain hub in Mersin? need like 10"),

    # ---------------------------------------------------------------- creative_writing
    ("creative_writing", 1, "", "write a short funny poem for our warehouse crew about surviving peak season, mention the scanners and the coffee machine"),
    # short formulaic message -> escalate 0
    ("creative_writing", 0, "", "out of office msg pls: I'm at the Riyadh warehouse until Thursday, for urgent shipments contact Samir at ops@qitaf-logistics.com"),
    ("creative_writing", 1, "", "اكتب نص إعلاني قصير لعروض رمضان في متجرنا للبقالة أونلاين، الفكرة: توصيل قبل الفطور مضمون، بأسلوب دافي وقريب من الناس"),
    ("creative_writing", 1, "", """Yarın depoda küçük bir veda yapacağız, Hasan Usta emekli oluyor. Benim ağzımdan 3-4 dakikalık bir konuşma yazar mısın? Duygusal olsun ama ağlak olmasın, arada gülümsetsin. Bilgiler:
- Hasan Yıldırım, 58 yaşında, 1994'ten beri bizde tır şoförü
- İlk aracı 1989 model bir Mercedes'ti, ona "Kartal" derdi, fotoğrafı hâlâ kabininde asılı
- Yaklaşık 4 milyon km yol yapmış, tek bir ciddi kazası yok
- 2003'te Erzurum'da kar fırtınasında iki gün yolda kalmış; ilaç yükünü hastaneye yetiştirmek için yolu açan greyderin arkasından gitmiş
- Genç şoförlere hep "Yol acele edeni sevmez" derdi
- Emeklilikte Ordu'ya, fındık bahçesinin başına dönüyor
- Eşi Fatma Hanım ve iki torunu da törene gelecek
- Depoda herkes termosundaki demli çayı bilir; kimseye termosu vermez ama herkese çay ikram eder
- Konuşmanın sonunda ona kendi tırının maketini hediye edeceğiz, oraya bir bağlantı olsun
Ben lojistik müdürüyüm, adım Serkan."""),
    ("creative_writing", 1, "You write for Parcelly, a parcel locker network in the Netherlands and Belgium. Voice: friendly, plain, a little witty, never salesy. Short paragraphs, address the reader as 'you'. Never use the words 'seamless', 'revolutionary' or 'game-changer'. Posts are 500-700 words with a headline and 3-4 subheadings.",
     "Blog post brief: we just launched returns at the locker. Customers can now drop a return in any Parcelly locker without a printed label, they just scan the QR code from the shop's return email. 40 partner shops at launch, including Bolt Fashion and Huis&Hout. Works 24/7. Main angle: returning stuff shouldn't eat your Saturday. Include a short how-it-works section and a mini FAQ with 3 questions. Also mention that returns show up in the Parcelly app and the shop gets notified the moment you drop the parcel. End with a call to action: find your nearest locker at parcelly.nl/lockers."),
    ("creative_writing", 0, "", "İlk siparişini veren müşteriye kısa bir teşekkür mesajı yaz, paketin içine kart olarak koyacağız"),
    # a reply written from scratch (not a rewrite of a draft) -> creative_writing
    ("creative_writing", 1, "You draft replies for agents at Lumo Home, an online furniture shop. Write a complete reply to the customer's email from scratch, signed 'Ayla, Lumo Home Customer Care'. Follow the agent's internal notes below the email and never reveal them.",
     """Customer email:
Hello, I ordered the Fjord 3-seater sofa (order LH-20931) on 2 May with delivery promised for 16 May. It's now 29 May. I've taken two mornings off work for delivery slots that your courier then cancelled the night before. I'm hosting family from abroad on 8 June and I need to know if this sofa is ever arriving. If not, I want my money back, all 1,349 euros. Honestly disappointed, I even recommended you to my sister.
Marieke de Vries

Agent notes (internal):
- sofa is in our Tilburg warehouse; the courier (Van Dam Transport) had a vehicle shortage
- earliest new slots: 4 June 8-12h, or 5 June 13-17h
- we can offer a 100 EUR goodwill voucher OR refund the 49 EUR delivery fee (not both)
- full refund is possible if she cancels; refund within 5 working days
- don't blame the courier by name"""),
    ("creative_writing", 1, "", "اكتب قصيدة قصيرة عن مندوب توصيل يشتغل بالليل في شوارع جدة"),
    ("creative_writing", 1, "", "write a product description for our marketplace listing from these specs, ~120 words, benefit-led not a spec dump: Nordik 20L insulated cooler bag, 3-layer insulation keeps drinks cold 12h, leakproof liner, fits 24 cans, shoulder strap + top handle, front zip pocket, folds flat, 600D polyester, navy or olive"),
    ("creative_writing", 0, "", "quick slack reminder to the team: stock count friday 7am sharp, bring charged scanners, no picking till it's done"),

    # ---------------------------------------------------------------- reasoning
    ("reasoning", 0, "", "box is 60x40x40 cm, what's the volumetric weight if the carrier uses 5000 as divisor?"),
    ("reasoning", 0, "", "1.250 TL'lik ürüne %20 KDV eklenirse toplam kaç TL olur?"),
    ("reasoning", 1, "", "how many 30x20x15 cm cartons fit on one euro pallet (120x80) if max total height is 1.6 m incl. the 15 cm pallet? no overhang"),
    # planning under time windows -> reasoning
    ("reasoning", 1, "أنت مساعد تخطيط مسارات لمناديب شركة \"درب\" للتوصيل في الرياض. خطط بخطوات واضحة ووضّح الحساب.",
     """عندي مندوب واحد يطلع من المستودع في حي السلي الساعة 8:00 الصبح، ولازم يرجع المستودع قبل 1:00 الظهر. عنده 5 طلبات:
أ) حي النسيم: نافذة التسليم من 8:30 إلى 9:30
ب) حي الروضة: أي وقت قبل 12:00
ج) حي الملز: بين 10:00 و11:00 بالضبط (موعد مع العميل)
د) حي العليا: بعد 11:30
هـ) حي النسيم: أي وقت

أوقات القيادة التقريبية بالدقائق:
المستودع-النسيم 20، المستودع-الروضة 30، المستودع-الملز 35، المستودع-العليا 40
النسيم-الروضة 15، النسيم-الملز 25، الروضة-الملز 20، الروضة-العليا 30، الملز-العليا 25

كل تسليم ياخذ 10 دقائق. ملاحظة: عميل الملز قال إذا تأخرنا عن الموعد بيطلع ويلغي الطلب، ومكتب العليا يقفل الساعة 12:30. رتب لي المسار بالأوقات وكم دقيقة انتظار بيكون عنده بالمجموع، وإذا ما يمديه على كل الطلبات قل لي أي طلب أأجله."""),
    ("reasoning", 1, "", """We need a staffing plan for the returns processing area next week (Mon–Sat). Please build the schedule as a table (person x day), show the daily capacity vs volume including any carry-over, and tell me plainly if the rules can't all be met and which one we'd have to bend.

Forecast volumes (returned parcels to process). Monday already includes the 600-parcel backlog we have today:
Mon 2,400 | Tue 1,900 | Wed 1,600 | Thu 1,500 | Fri 1,700 | Sat 2,100

Productivity:
- A trained processor handles 55 parcels per hour.
- A trainee handles 30 parcels per hour.
- Shifts are 8 hours with a 30-minute unpaid break, so 7.5 productive hours. Nobody does overtime this week (works council agreement).

Staff:
- Permanent, trained: Agnieszka, Bram, Chiara, Dev, Elif, Farid, Greta (7 people).
- Trainees: Hugo and Ines (2 people, also permanent contracts).
- Agency workers: trained-level productivity, up to 4 people per day, must be booked by this Friday, minimum booking is 2 consecutive days per person. They cost €23/hour; permanent staff cost €19/hour.

Rules:
1. Every permanent employee (including the trainees) works exactly 5 of the 6 days.
2. Nobody may work more than 4 days in a row.
3. Chiara and Dev are the only ones allowed to sign off high-value electronics returns, so at least one of them must be on shift every day.
4. Trainees may only work on days when at least 3 trained permanent staff are on shift, and never both trainees on the same day as fewer than 4 trained permanent staff.
5. Elif has a standing agreement with HR that she does not work Saturdays.
6. Greta has already booked Wednesday off.
7. Any parcel not processed on a given day carries over to the next day. The backlog at the end of Saturday must be zero, and no parcel should wait more than one day.
8. Keep agency hours as low as possible; the budget for agency this week is €1,500.

Extra context, in case it matters: the area has 10 workstations, so at most 10 people can work at the same time, and all shifts run 07:00-15:30, so everyone on a given day is there at the same time. Farid asked informally to have Monday off for a family event but said he can swap if really needed. Bram is the designated first-aider, and the site rule is that a first-aider should be present on every shift; Agnieszka is the only other trained first-aider in the area.

For reference, last week we processed 9,850 parcels with the 7 trained permanent staff plus 2 agency workers on Monday and Tuesday, and the backlog still grew by about 600 because two people were off sick on Thursday. I'd rather keep a small buffer this week for sickness, so if the plan hits 100% of capacity on any day, flag that day.

Output format: first the table, then a short day-by-day capacity check, then the agency cost, then any rule you had to break and why. If there's more than one valid plan, give me the cheapest one and mention the runner-up."""),
    ("reasoning", 1, "", "İstanbul'da bir günde yaklaşık kaç kargo paketi teslim ediliyordur? Kabaca hesapla, varsayımlarını tek tek yaz"),
    ("reasoning", 0, "", "كم كيلو يساوي 350 باوند؟ الشحنة مكتوب وزنها بالباوند"),
    ("reasoning", 1, "", "about 2% of our parcels arrive damaged (assume independently). a customer orders 12 items that we ship as 12 separate parcels. what's the probability at least one arrives damaged? and out of 5,000 such orders, roughly how many would have 2 or more damaged parcels?"),
    ("reasoning", 0, "", "shipping is $4.99 per order plus $0.50 per item after the first. 7 items, what do i charge?"),
    ("reasoning", 1, "You are an inventory planning assistant for a D2C skincare brand. Show your working step by step and state your assumptions.",
     """Product: Hydra Barrier Cream 50ml
Average daily demand: 140 units, std dev of daily demand: 35 units
Supplier lead time: 21 days (std dev 4 days)
Unit cost: €6.20, holding cost 25% of unit cost per year
Ordering cost (PO admin + fixed part of inbound freight): €380 per order
Target cycle service level: 97.5%
On hand: 3,900 units, on order: 0
Supplier MOQ: 5,000 units, in multiples of 1,000
Demand is fairly flat through the year except a +30% bump in November and December; we're in early March. Storage at our 3PL is capped at 9,000 units for this SKU.

What's the reorder point including safety stock, what order quantity would you use given EOQ and the MOQ, and should I place an order today?"""),

    # ---------------------------------------------------------------- coding
    ("coding", 0, "", "sql to count orders per status from the orders table, sorted by count desc"),
    ("coding", 0, "", "Python'da kargo takip numarasını doğrulayan bir regex lazım: 'TR' ile başlıyor, 10 rakam geliyor, sonda tek büyük harf kontrol karakteri var"),
    ("coding", 1, "", """We keep overselling during flash sales. Stock for a SKU went negative (-14 last night on a 200-unit drop). This is our reservation endpoint; it runs on 6 pods behind a load balancer, Postgres 15 with default isolation. What's going on, and how should we fix it properly? We'd like to avoid a global lock if possible.

```js
const express = require('express');
const { Pool } = require('pg');
const redis = require('./redis');

const pool = new Pool({ max: 20 });
const router = express.Router();

router.post('/reserve', async (req, res) => {
  const { sku, qty, cartId } = req.body;
  if (!sku || !qty || qty <= 0) return res.status(400).json({ error: 'bad request' });

  // fast path: cached stock
  let available = await redis.get(`stock:${sku}`);
  if (available === null) {
    const r = await pool.query('SELECT available FROM inventory WHERE sku = $1', [sku]);
    available = r.rows[0]?.available ?? 0;
    await redis.set(`stock:${sku}`, available, 'EX', 30);
  }
  if (Number(available) < qty) {
    return res.status(409).json({ error: 'out of stock' });
  }

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(
      'SELECT available FROM inventory WHERE sku = $1', [sku]
    );
    const current = rows[0].available;
    if (current < qty) {
      await client.query('ROLLBACK');
      return res.status(409).json({ error: 'out of stock' });
    }
    await client.query(
      'UPDATE inventory SET available = $1, updated_at = now() WHERE sku = $2',
      [current - qty, sku]
    );
    await client.query(
      "INSERT INTO reservations (cart_id, sku, qty, expires_at) VALUES ($1, $2, $3, now() + interval '15 minutes')",
      [cartId, sku, qty]
    );
    await client.query('COMMIT');
    await redis.decrby(`stock:${sku}`, qty);
    res.json({ ok: true });
  } catch (e) {
    await client.query('ROLLBACK');
    res.status(500).json({ error: 'internal' });
  } finally {
    client.release();
  }
});

// cron, every minute: release expired reservations
async function releaseExpired() {
  const { rows } = await pool.query(
    'SELECT id, sku, qty FROM reservations WHERE expires_at < now() AND released = false'
  );
  for (const r of rows) {
    await pool.query('UPDATE inventory SET available = available + $1 WHERE sku = $2', [r.qty, r.sku]);
    await pool.query('UPDATE reservations SET released = true WHERE id = $1', [r.id]);
  }
}

router.delete('/reserve/:cartId', async (req, res) => {
  const { rows } = await pool.query(
    'SELECT sku, qty FROM reservations WHERE cart_id = $1', [req.params.cartId]
  );
  for (const r of rows) {
    await pool.query('UPDATE inventory SET available = available + $1 WHERE sku = $2', [r.qty, r.sku]);
    await redis.incrby(`stock:${r.sku}`, r.qty);
  }
  res.json({ ok: true });
});

module.exports = { router, releaseExpired };
```

Some more context: the cron job is registered inside the same deployment, so it runs on every pod. The checkout service calls DELETE /reserve/:cartId when a payment fails, and that handler just does `available = available + qty` for each reservation of the cart, without checking whether the reservation was already released by the cron. Flash sales usually see around 3,000 requests per second on this endpoint for the first two minutes. One of our devs suggested moving the whole reservation logic into Redis with a Lua script and syncing to Postgres asynchronously. Is that a better idea than fixing it in SQL, and what would we lose?"""),
    # stack trace + "what does this mean" -> coding
    ("coding", 0, "You are a helpful assistant for the e-commerce engineering team at Marigold Market.",
     """our orders/create webhook started throwing 500s this morning, only for some orders. what does this mean?

```
[2025-06-11 09:42:17,201] ERROR in app: Exception on /webhooks/orders-create [POST]
Traceback (most recent call last):
  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line 1463, in wsgi_app
    response = self.full_dispatch_request()
  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line 872, in full_dispatch_request
    rv = self.handle_user_exception(e)
  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line 870, in full_dispatch_request
    rv = self.dispatch_request()
  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line 855, in dispatch_request
    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)
  File "/srv/app/webhooks.py", line 58, in orders_create
    label = build_label(payload)
  File "/srv/app/shipping.py", line 23, in build_label
    country = order["shipping_address"]["country_code"]
KeyError: 'shipping_address'
```
payload of one of the failing ones (trimmed):
{"id": 5550012, "email": "j.ortiz@example.com", "line_items": [{"title": "Gift card 50 EUR", "requires_shipping": false}], "billing_address": {"country_code": "ES"}}

we launched gift cards yesterday if that matters"""),
    ("coding", 1, "", "صمم لي قاعدة بيانات PostgreSQL لنظام المرتجعات في متجرنا: طلبات الإرجاع، المنتجات، الأسباب، الفحص، الاسترداد أو الاستبدال. الطلب الواحد ممكن يكون فيه أكثر من إرجاع جزئي."),
    ("coding", 0, "", "كيف ألغي آخر commit في git بدون ما تروح التعديلات؟ ما سويت push للحين"),
    ("coding", 1, "", """can you review this payment callback from our PSP? it's been live 2 years and we're adding a second PSP, so before we copy the pattern I want to know if there are security holes.

```php
<?php
// callback.php
require 'db.php';

$orderId = $_GET['order_id'];
$status  = $_GET['status'];
$amount  = $_GET['amount'];

$order = $db->query("SELECT * FROM orders WHERE id = $orderId")->fetch();

if ($status == 'success') {
    if ($amount == $order['total']) {
        $db->query("UPDATE orders SET status = 'paid' WHERE id = $orderId");
        send_confirmation_email($order['email']);
        header('Location: /thank-you?order=' . $orderId);
    } else {
        error_log("amount mismatch for order $orderId: $amount");
        header('Location: /payment-failed');
    }
} else {
    header('Location: /payment-failed?reason=' . $_GET['reason']);
}
```

fwiw the PSP docs say they also send a server-to-server notification to a URL of our choice with an HMAC signature header, but we never implemented that because the redirect "worked fine"."""),
    # writing jq that extracts = coding (not extraction)
    ("coding", 0, "You are a code assistant for Ostra Logistics' internal tooling team. Prefer one-liners when possible.",
     """jq command that prints the tracking number of every shipment whose latest event has status DELIVERED. file looks like this:

{
  "shipments": [
    {
      "tracking": "OST1029384756",
      "carrier": "PostNL",
      "events": [
        {"ts": "2025-06-10T08:12:00Z", "status": "PICKED_UP"},
        {"ts": "2025-06-11T14:40:00Z", "status": "DELIVERED"}
      ]
    },
    {
      "tracking": "OST1029384811",
      "carrier": "DPD",
      "events": [
        {"ts": "2025-06-10T09:01:00Z", "status": "PICKED_UP"},
        {"ts": "2025-06-11T10:15:00Z", "status": "DELIVERY_FAILED"}
      ]
    },
    {
      "tracking": "OST1029385002",
      "carrier": "GLS",
      "events": [
        {"ts": "2025-06-12T07:30:00Z", "status": "DELIVERED"},
        {"ts": "2025-06-11T16:20:00Z", "status": "IN_TRANSIT"}
      ]
    }
  ]
}

events aren't always sorted by ts btw"""),
    ("coding", 1, "", """Sipariş panelindeki bu sorgu 14 saniye sürüyor, orders tablosunda 38 milyon satır var (PostgreSQL 14). Nasıl hızlandırırım? İndeks mi eklemeliyim, sorguyu mu değiştirmeliyim, ikisi birden mi?

SELECT o.id, o.created_at, o.total, c.full_name, s.carrier, s.tracking_no
FROM orders o
JOIN customers c ON c.id = o.customer_id
LEFT JOIN shipments s ON s.order_id = o.id
WHERE o.store_id = 112
  AND o.status IN ('paid','packed','shipped')
  AND date(o.created_at) >= current_date - 30
ORDER BY o.created_at DESC
LIMIT 50 OFFSET 4000;

EXPLAIN ANALYZE özeti:
Limit (actual time=14102..14106 rows=50)
  -> Sort (Sort Method: external merge  Disk: 412MB)
    -> Hash Right Join (rows=1204551)
      -> Seq Scan on shipments s (rows=35880210)
      -> Hash -> Hash Join
        -> Seq Scan on orders o (Filter: store_id = 112 AND status = ANY(...) AND date(created_at) >= ...) (Rows Removed by Filter: 36912004)
        -> Seq Scan on customers c

Mevcut indeksler: orders(id) pkey, orders(customer_id), shipments(id) pkey, customers(id) pkey."""),
    ("coding", 0, "You are a coding assistant inside Shopwright's developer portal.", "difference between webhooks and polling for order updates?"),

    # ---------------------------------------------------------------- other
    ("other", 0, "", "thanks, that fixed the label printer thing 🙏 you're a lifesaver"),
    ("other", 0, "", "Merhaba, orada mısın?"),
    ("other", 0, "", "شكراً جزيلاً، ما قصرت 🌹"),
    # venting / emotional support -> other
    ("other", 1, "", "I don't even know why I'm typing this here. I've been a support agent for an online electronics shop for 3 years. Today I had 64 chats, one guy called me useless over a laptop that's literally stuck in customs, and another said he'd find out where I live because his refund takes 5 days (that's the bank, not me). My team lead only cares about CSAT and handling time. I used to like this job, I'm actually good at calming people down, but lately I dread every shift and I cry in the car before going in. I can't just quit, rent is due and my savings would last maybe 2 months. I don't know what I'm asking for. Maybe just how to get through this without losing it."),
    ("other", 1, "", "Bir e-ticaret deposunda vardiya amiriyim. Altı yıldır beraber çalıştığım, düğünüme bile gelmiş bir arkadaşım var, Emre. Geçen hafta kamera kayıtlarına başka bir iş için bakarken onun iade alanından iki kez küçük kulaklık kutularını montunun içine koyduğunu gördüm. Toplam değeri belki 3-4 bin lira. Kimseye söylemedim. Emre'nin annesi hasta, maddi olarak zorlandığını biliyorum. Ama şirkette stok sayım farkları için soruşturma başladı ve yakında kayıtlara başkası da bakacak. Rapor edersem işini kaybeder, belki hakkında dava bile açılır. Etmezsem ve ortaya çıkarsa ben de işimi kaybedebilirim, üstelik bu yaptığı yanlış. Ekipte kimse bir şey bilmiyor, bu da ayrı bir yük. Emre'yle hafta sonları ailece bile görüşüyoruz, müdürümüz ise çok kuralcı biri, böyle bir şeyi asla affetmez. Önce onunla mı konuşmalıyım, yoksa doğrudan müdüre mi gitmeliyim?"),
    # role-play for agent training -> other
    ("other", 1, "Role-play trainer for new support agents at Flyte Mobile. You play a frustrated customer whose phone order (FM-33810) was marked delivered but never arrived. Stay in character, get more annoyed if the agent is vague, calm down if they handle it well. When the trainee types END, step out of character and give feedback on their handling.",
     "ok I'm ready, start whenever"),
    ("other", 0, "You are Nova, the virtual assistant for Brightcart customer support.", "wait are you a bot or a real person??"),
    # personal career decision -> other
    ("other", 1, "", "أحتاج رأيك بصراحة. أشتغل من 7 سنوات في شركة أبوي للنقل والتخليص الجمركي في الدمام، عندنا 14 شاحنة وأنا فعلياً اللي ماسك التشغيل. جاني عرض من شركة تجارة إلكترونية كبيرة يبوني مدير مستودع في الرياض، الراتب تقريباً ضعف اللي آخذه، وفيه تأمين وأسهم. أبوي ما قال شي صريح بس واضح إنه زعلان، ويقول الشركة بتكون لك ولأخوانك بعدين. أخوي الصغير عمره 22 وما يبي يشتغل فيها أصلاً. زوجتي متحمسة للرياض لأن أهلها هناك. أنا خايف إذا طلعت الشركة تتعب، وخايف إذا قعدت أندم طول عمري. والصدق أنا أحب الشغل الميداني مع السواقين، بس أحس إني ما تعلمت شي جديد من سنين، وكل قرار حتى لو صغير لازم يمر على أبوي. وعندي مهلة أسبوعين بس عشان أرد عليهم. وش تنصحني؟ وكيف أفتح الموضوع مع أبوي بدون ما أجرحه؟"),
    ("other", 0, "", "tell me a joke about couriers, need something for the morning huddle"),
    ("other", 0, "Sen Kargomat'ın sanal asistanısın.", "selam, sen tam olarak neler yapabiliyorsun?"),
]
