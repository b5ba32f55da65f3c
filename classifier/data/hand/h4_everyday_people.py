"""Hand-written prompts, batch 4: everyday people using a consumer assistant app (students, parents,
hobbyists, job seekers, landlords and tenants, small shop owners, gamers), Indonesian, Vietnamese and
code-switched English (Taglish, Spanglish, Denglisch)."""
H = [
    # ---------------------------------------------------------------- extraction
    ("extraction", 0, "", "tolong ambilin no resi sama nama kurirnya dr chat ini: 'Halo kak, paket atas nama Rina sudah dikirim via J&T, resi JP8823741902, estimasi 2-3 hari ya 🙏'"),
    ("extraction", 0, "You are the listing parser for RoomRadar, a flat-share app. From the listing the user pastes, return JSON with the keys monthly_rent, deposit, bills_included (true/false/null), available_from, pets_allowed (true/false/null) and contact. Use null when a field is not stated. Output JSON only.",
     "Double room in 3-bed house, Carrow Road. £625 pcm, bills included except electricity which we split. Deposit is 5 weeks rent. Free from 1st Sept, sorry no pets (landlord rule). Me and Tomasz are both nurses so quiet house. Msg Ellie on 07700 914 332, no calls after 9pm pls"),
    # judgement about which clauses cost money -> still extraction (quote them), but escalate
    ("extraction", 1, "", """just got this from the letting agent, signing friday. which clauses could end up costing me money on top of the rent? quote them and say why in a line each

ASSURED SHORTHOLD TENANCY AGREEMENT
Property: Flat 4, 27 Elmswood Terrace, Leeds LS6 2QP
Landlord: Mr Peter Oyelaran, c/o Brightkey Lettings Ltd
Tenant(s): Ms Hana Kowalczyk
Term: 12 months commencing 1 October 2024
Rent: £895 per calendar month, payable in advance on the 1st of each month by standing order.

1. DEPOSIT
1.1 The Tenant shall pay a deposit of £1,030 which will be protected with the Deposit Protection Service within 30 days of receipt.
1.2 At the end of the tenancy the Landlord may deduct from the deposit any reasonable costs arising from the Tenant's breach of this agreement, including unpaid rent and damage beyond fair wear and tear.

2. TENANT OBLIGATIONS
The Tenant agrees:
2.1 To pay the rent on the due dates whether formally demanded or not.
2.2 To pay all charges for gas, electricity, water, council tax, broadband and the TV licence from the start of the tenancy, and to notify suppliers of the change of occupier.
2.3 To keep the interior of the Property in a clean and tidy condition and to have the carpets professionally cleaned at the end of the tenancy, providing a receipt to the Agent.
2.4 To replace all light bulbs, fuses, smoke alarm batteries and extractor fan filters as required.
2.5 Not to affix anything to the walls using nails, screws or adhesive without the Landlord's prior written consent. Any redecoration required as a result shall be charged to the Tenant at the Agent's standard rate.
2.6 To keep the drains, gutters and waste pipes free from obstruction and to pay the cost of clearing any blockage caused by the Tenant's use.
2.7 To allow the Landlord or Agent, on giving at least 24 hours' written notice, to enter the Property at reasonable times to inspect its condition or carry out repairs.
2.8 Not to keep any animal at the Property without the Landlord's written consent, which shall not be unreasonably withheld.
2.9 Not to smoke or vape inside the Property. Should evidence of smoking be found, the Tenant shall pay for the full redecoration of affected rooms.
2.10 To report promptly to the Agent any damage, disrepair or defect, including damp and mould. The Tenant shall be liable for any further damage resulting from a failure to report.
2.11 To take out contents insurance for the Tenant's own possessions. The Landlord's buildings insurance does not cover the Tenant's belongings.
2.12 Where the Tenant loses a key or fob, to pay for the replacement and, if the Agent considers it necessary for security, for the replacement of the lock.

3. LATE PAYMENT
3.1 If any rent remains unpaid 14 days after the due date, interest will be charged at 3% above the Bank of England base rate from the due date until payment.
3.2 An administration charge for returned or failed payments shall not be applied save as permitted under the Tenant Fees Act 2019.

4. LANDLORD OBLIGATIONS
The Landlord agrees:
4.1 To allow the Tenant quiet enjoyment of the Property.
4.2 To keep in repair the structure and exterior of the Property and the installations for the supply of water, gas, electricity, sanitation and heating, in accordance with section 11 of the Landlord and Tenant Act 1985.
4.3 To arrange an annual gas safety check and provide the Tenant with a copy of the certificate.

5. GARDEN AND COMMUNAL AREAS
5.1 The Tenant shall keep the rear garden in a neat condition, mowing the lawn regularly during the growing season. Should the garden be returned in a neglected state, the Landlord may engage a gardener at the Tenant's expense.
5.2 Bicycles and refuse bins must not be stored in the communal hallway.

6. ENDING THE TENANCY
6.1 The Tenant may not end this tenancy before the end of the fixed term unless the Landlord agrees. If the Landlord agrees to an early surrender, the Tenant shall pay the Landlord's reasonable costs of re-letting, not exceeding the loss actually suffered, and rent until a new tenant moves in.
6.2 On leaving, the Tenant shall return all keys and leave the Property in the same condition as at the start of the tenancy, fair wear and tear excepted, as recorded in the check-in inventory.
6.3 Any items left at the Property after the tenancy ends will be treated as abandoned after 14 days and may be disposed of, with the cost of removal deducted from the deposit.

7. RENEWAL
7.1 Should the tenancy continue after the fixed term, it will become a statutory periodic tenancy. The rent may be reviewed annually in accordance with section 13 of the Housing Act 1988.

Signed ........................ (Landlord/Agent)     Signed ........................ (Tenant)"""),
    ("extraction", 0, "", """Lọc giúp mình các ngày thi và môn thi trong thông báo của trường con mình nhé, mình cần ghi vào lịch:

THÔNG BÁO
V/v tổ chức kiểm tra cuối học kỳ I, năm học 2024–2025 – Khối 7
Trường THCS Nguyễn Du thông báo lịch kiểm tra cuối học kỳ I như sau:
- Thứ Hai, 16/12: Ngữ văn (90 phút), buổi sáng.
- Thứ Tư, 18/12: Toán (90 phút), buổi sáng; Tiếng Anh (60 phút), buổi chiều.
- Thứ Sáu, 20/12: Khoa học tự nhiên (60 phút) và Lịch sử – Địa lí (60 phút).
Học sinh có mặt trước giờ thi 15 phút, mang theo thẻ học sinh. Phụ huynh vui lòng nhắc nhở con ôn tập đầy đủ.
Ngày 23/12 học sinh nghỉ ôn, ngày 26/12 trả bài và họp phụ huynh lúc 7g30."""),
    ("extraction", 0, "", "pakikuha nga lahat ng numbers dito sa GC message, kailangan ko i-save 😅 'Guys for Sat outing: driver si Kuya Jun 0917 555 2231, backup si Ate Mae 0928 441 9087, resort landline 8-555-0192'"),
    ("extraction", 0, "", """can you list out the must-have vs nice-to-have stuff from this posting so I can check it against my resume

Junior Operations Coordinator – Fernhill Garden Centres (Hybrid, Bristol)

About us: Fernhill is a family-owned group of four garden centres across the South West. We're growing our central operations team and need someone organised who doesn't panic when a lorry of 400 bedding plants turns up a day early.

What you'll do:
- Coordinate supplier deliveries across our four sites
- Keep stock levels up to date in our inventory system
- Handle delivery queries from customers by phone and email
- Support the seasonal team during our busy spring period

What we're looking for (essential):
- At least 1 year's experience in an admin, retail or logistics role
- Confident with Excel (VLOOKUP, pivot tables) and Google Workspace
- Full UK driving licence
- Able to work one Saturday per month

Nice to have:
- Experience with an inventory system such as Lightspeed or Vend
- Basic knowledge of plants or horticulture
- Forklift certificate
- Welsh language skills

What we offer: £24,500–£26,000, 25 days holiday plus bank holidays, 20% staff discount, free parking at all sites.

To apply: send your CV and a short cover note to careers@fernhillgc.co.uk by 14 March."""),
    # commitments are partly implied / retracted -> needs judgement
    ("extraction", 1, "", """ok so this is the class chat for the Year 2 end of term party. Can you work out who is actually bringing what? Some people sort of offered without really saying yes, I need firm vs maybe so I know what's still missing

[17:02] Priya (Aarav's mum): Hi all! Party is Friday 19th at 2pm in the classroom. Mrs Dalton says no nuts pls. Can we sort food?
[17:05] Gemma: I'll do fairy cakes, 30 of them 🧁
[17:06] Tom (Ollie's dad): we've got a massive bag of crisps left from the bbq, could bring those if nobody else is
[17:10] Priya (Aarav's mum): Amazing thanks both. Drinks?
[17:21] Sandra: I might be able to grab squash on the way but depends if I'm working that day, will confirm
[17:22] Lina: We can do fruit! Grapes and strawberries
[17:23] Lina: actually just strawberries, grapes are a choking thing for little ones isn't it
[17:40] Marcus: Happy to bring plates and cups. Napkins too
[18:15] Gemma: Oh and I can do sandwiches if someone does the fillings?
[18:16] Priya (Aarav's mum): I'll do fillings then! Ham and cheese ok?
[19:02] Tom (Ollie's dad): actually scratch the crisps, Ollie's eaten half 😂 will buy a new bag
[21:30] Sandra: Working Friday sorry 😩 someone else take drinks?
[21:45] Dev: I'll take drinks. Squash and water bottles"""),
    ("extraction", 0, "", """only need the new items + their drop rates from this, ignore the balance stuff

Patch 3.7.2 – "Tides of Verran"
- Fixed a bug where Stormcaller's ultimate could hit through walls.
- New item: Coral Aegis (shield). Drops from the Drowned Warden, 4% rate.
- Reduced Frostbrand slow duration from 2.0s to 1.5s.
- New item: Brinewalker Boots. Drops from any elite in the Sunken Vault, 1.2% rate.
- New cosmetic: Pearl Crown, available in the shop for 800 gems.
- Leviathan Fang drop rate increased from 0.5% to 0.8%."""),
    ("extraction", 0, "", "sácame nomás los items y precios de este recibo pa' dividir la cuenta: 2 tacos al pastor $7.00, horchata grande $4, quesadilla $6.25, tip $3"),
    # implied to-dos -> escalate
    ("extraction", 1, "", """Kannst du mir aus dem Protokoll von unserem WG-Meeting die To-dos rausziehen? Also nicht nur die, die explizit assigned wurden, sondern auch das stuff, das eher implied ist, und wer jeweils dafür zuständig wäre. Danke!!

Protokoll WG-Meeting 03.11.
Anwesend: Jonas, Mira, Kemal, Sophie (Lea fehlt, ist in Lissabon)
1. Putzplan: Sophie meint, das Bad wurde seit zwei Wochen nicht geputzt. Kemal sagt, er war dran, war aber krank. Einigung: Kemal übernimmt diese und nächste Woche.
2. Internet: Der Vertrag bei Vodafone läuft Ende Dezember aus. Jonas hat schon Angebote verglichen, O2 wäre 10 € im Monat günstiger. Mira: "Wer den Vertrag hat, muss ihn halt kündigen." Der Vertrag läuft auf Mira.
3. Nebenkostennachzahlung: 240 € für die ganze WG. Lea hat das Geld letztes Jahr vorgestreckt, das soll diesmal nicht wieder passieren. Jonas schickt die Summe pro Person in die Gruppe.
4. Heizung im Flur tropft. Vermieter wurde noch nicht informiert. Sophie hat seine Nummer.
5. Party am 23.11.: alle dafür. Die Nachbarn im 2. OG beschweren sich sonst immer. Getränke kauft Kemal, weil er das Auto hat."""),
    # ---------------------------------------------------------------- classification
    ("classification", 0, "Kamu adalah asisten untuk toko kue online 'Dapur Bu Ratna'. Klasifikasikan setiap pesan pelanggan ke salah satu label: PESANAN, KOMPLAIN, PERTANYAAN, LAINNYA. Jawab hanya dengan labelnya.",
     "kak yg bolu pandan kemarin kok udah berjamur ya padahal baru 2 hari 😞 disimpen di kulkas loh"),
    # phishing yes/no -> classification
    ("classification", 0, "", "is this a scam?? got it this morning: 'USPS: Your parcel is on hold due to incomplete address. Update within 24h: usps-redelivery-help.top/track'"),
    ("classification", 0, "", "Đánh giá này là tích cực, tiêu cực hay trung lập? 'Trà sữa ngon nhưng giao hơi lâu, shipper thân thiện. Lần sau sẽ đặt tiếp.'"),
    ("classification", 1, "", """I'm renting in Ontario. Label each of these clauses from my lease as STANDARD, UNUSUAL or PROBABLY NOT ENFORCEABLE and give me a short reason for each:
1. Tenant must provide post-dated cheques covering the full year of rent.
2. No guests may stay overnight more than 3 nights per month without landlord approval.
3. Landlord may enter the unit with 24 hours' written notice between 8 a.m. and 8 p.m.
4. A $50 fee applies to any rent payment received after the 3rd of the month.
5. The tenant is responsible for snow removal on the front walkway.
6. Damage deposit of one month's rent, refundable at the end of the lease.
7. Tenant agrees that the lease automatically ends if the tenant keeps a pet.
8. Tenant shall not change the locks without the landlord's consent.
It's my first apartment so I honestly can't tell what's normal."""),
    ("classification", 0, "You are ModBot for the Lantern Guild Discord server. For each numbered message, output the number and exactly one label: OK, TOXIC or SPAM. One line per message, nothing else.",
     """1. gg wp everyone, that last boss was brutal
2. kys noob u literally fed the whole game
3. 🔥🔥 FREE NITRO 🔥🔥 claim at dlscord-gift.ru/claim before it's gone
4. can someone carry me thru raid 3 tonight? i'll bring flasks
5. uninstall the game you absolute waste of oxygen
6. lol my cat just walked on the keyboard mid fight"""),
    ("classification", 0, "", "what language is this? my neighbor left it on a note on my door: 'Salamat po sa pag-abot ng package namin kahapon'"),
    ("classification", 1, "", """been applying for 4 months and I swear half of these are fake. Rate each one HIGH / MEDIUM / LOW chance of being a ghost job or a scam, and tell me what tipped you off

A) "Remote Data Entry Clerk – $45/hr, no experience needed! Start today. Must purchase starter equipment kit ($89), reimbursed in first paycheck. Apply via Telegram @hr_recruit_anna"
B) "Marketing Assistant, Halverson Foods, Columbus OH. $42–48k. Posted 3 days ago. 47 applicants. Hiring manager: Dana Reyes."
C) "Customer Success Associate – Nuvexa (Series B). Posted 94 days ago, reposted 6 times. Salary not listed. 'We are always accepting applications to build our talent pipeline.'"
D) "Warehouse Associate, nights, $19.50/hr, delivery partner, in-person interview Thursday 10am at 4412 Industrial Pkwy."
E) "Personal Assistant to a busy CEO, mostly remote, flexible hours, $900/week. You will receive checks to deposit and purchase gift cards for clients." """),
    ("classification", 0, "Route the student's question to a tutor queue. Labels: MATH, SCIENCE, ENGLISH, FILIPINO, ARALING_PANLIPUNAN, OTHER. Reply with the label only.",
     "ate pano po ba malalaman kung ilang moles ang 36 grams ng water? may quiz kami bukas huhu"),
    ("classification", 0, "", """Tengo un fourplex y los tenants me mandan todo por text. Clasifícamelos como EMERGENCIA, URGENTE o PUEDE ESPERAR, just the label per number:
1. "Hola don Luis, huele a gas en la cocina muy fuerte"
2. "the bathroom faucet drips a little at night, no rush"
3. "No hay agua caliente desde ayer y tengo un bebé"
4. "can I paint my kid's room light blue?"
5. "water coming thru the ceiling from the upstairs unit!!!" """),
    ("classification", 1, "", """my 11yo plays Roblox and I found these DMs from someone on her friends list. How worried should I be, low / medium / high risk, and why?
'ur really mature for ur age'
'do ur parents check ur phone?'
'i can give u 2000 robux if u add me on snapchat'
'dont tell ur mom bout the robux she wont get it'
'what school do u go to lol'
She says he's 13 but I have no idea."""),
    # ---------------------------------------------------------------- summarization
    ("summarization", 0, "", """Cô giáo gửi cái thư dài quá, tóm tắt giúp mình mấy ý chính với, nhất là mấy việc phụ huynh cần làm hay cần nộp nha:

Kính gửi Quý Phụ huynh học sinh lớp 4A2,

Tôi là Trần Thị Thu Hà, giáo viên chủ nhiệm lớp 4A2 năm học 2024–2025. Sau buổi họp phụ huynh đầu năm, có một số phụ huynh vắng mặt nên tôi xin gửi lại nội dung chính để các anh chị nắm và phối hợp cùng nhà trường.

1. Về các khoản thu đầu năm
Nhà trường thực hiện thu theo hướng dẫn của Phòng Giáo dục và Đào tạo quận. Các khoản bao gồm: bảo hiểm y tế học sinh (bắt buộc, thu theo năm tài chính), tiền bán trú (ăn trưa và ngủ trưa) thu theo tháng, tiền nước uống tinh khiết, và quỹ hoạt động của lớp do Ban đại diện cha mẹ học sinh quản lý. Hạn nộp đợt 1 là ngày 30/9. Phụ huynh có thể chuyển khoản qua ứng dụng của nhà trường hoặc nộp trực tiếp tại phòng kế toán vào sáng thứ Ba và thứ Năm. Những gia đình có hoàn cảnh khó khăn vui lòng liên hệ riêng với tôi để được xem xét miễn giảm, thông tin sẽ được giữ kín.

2. Về giờ giấc và đưa đón
Học sinh có mặt tại trường trước 7 giờ 15 phút. Cổng trường đóng lúc 7 giờ 30. Buổi chiều, học sinh bán trú tan học lúc 16 giờ 30; phụ huynh đón muộn sau 17 giờ 15 cần báo trước cho giáo viên qua nhóm Zalo của lớp. Đề nghị phụ huynh không dừng xe dưới lòng đường trước cổng trường để tránh ùn tắc, nên gửi xe tại bãi bên hông trường.

3. Về học tập
Năm nay các con học theo chương trình giáo dục phổ thông mới, có thêm môn Tin học và Công nghệ. Mỗi tuần các con có 2 tiết tiếng Anh với giáo viên nước ngoài. Bài tập về nhà sẽ được giao nhẹ, chủ yếu là đọc sách và luyện viết chữ. Tôi mong phụ huynh dành khoảng 20 phút mỗi tối để nghe con đọc sách. Kiểm tra giữa học kỳ I dự kiến vào tuần đầu tháng 11, chỉ có hai môn Toán và Tiếng Việt.

4. Về đồng phục và đồ dùng
Thứ Hai học sinh mặc đồng phục áo trắng, quần hoặc váy xanh đen, đeo khăn quàng đỏ. Thứ Tư và thứ Sáu mặc đồng phục thể dục. Các ngày còn lại mặc đồng phục thường. Phụ huynh vui lòng ghi tên con vào bình nước, áo khoác và hộp bút, vì năm ngoái lớp thất lạc rất nhiều đồ.

5. Về hoạt động ngoại khóa
Dự kiến ngày 15/11 lớp sẽ tham quan Thảo Cầm Viên kết hợp với hoạt động trải nghiệm. Chi phí khoảng 250.000 đồng mỗi học sinh, bao gồm xe, vé và ăn trưa. Việc tham gia là tự nguyện; phụ huynh đồng ý vui lòng ký vào phiếu đăng ký mà tôi sẽ gửi về qua cặp của con trước ngày 25/10.

6. Về sức khỏe và an toàn
Nếu con bị sốt, ho nhiều hoặc có dấu hiệu bệnh truyền nhiễm như tay chân miệng, phụ huynh vui lòng cho con nghỉ ở nhà và báo cho tôi. Học sinh không được mang điện thoại di động vào lớp. Trường hợp cần liên lạc gấp, phụ huynh gọi vào số của tôi: 0903 118 452.

Cuối cùng, tôi rất mong nhận được sự đồng hành của quý phụ huynh trong suốt năm học. Mọi góp ý xin gửi trực tiếp cho tôi hoặc qua Ban đại diện cha mẹ học sinh, đại diện là chị Lê Ngọc Mai (mẹ bé Gia Hân).

Trân trọng,
Trần Thị Thu Hà"""),
    ("summarization", 0, "", """tldr pls, my squad is asking if anything important changed

Stonegate Survival Server – Season 6 update notes
Hey crafters! Season 6 goes live this Saturday at 18:00 UTC. Here's what's changing:
WORLD: The map is being reset. Your inventories will NOT carry over, but your cosmetic titles and pets will. The new world seed has three large ocean biomes and a custom end-game island called Gloamreach.
ECONOMY: We're removing the player auction house because of the duping exploit last season. Trading is now only possible face-to-face or through the new Merchant Guild NPCs, who take a 5% fee. Diamond prices at the server shop are capped at 40 coins.
CLAIMS: Land claims start at 64x64 blocks and grow with playtime (1 extra chunk per 10 hours played). Abandoned claims (no login for 21 days) will be unlocked automatically.
PVP: PvP stays opt-in, but the Gloamreach island is a forced PvP zone.
RULES: X-ray texture packs and auto-clickers are now permanent ban offences, no warnings.
EVENTS: First boss event is on the 2nd Sunday of the season. Top 3 teams get exclusive capes.
See you on Saturday, and please report bugs in #bug-reports, not in general chat!"""),
    ("summarization", 0, "You write the weekly review digest for ShopPulse, an app for small shop owners. Given the customer reviews the user pastes, reply with ONE sentence of at most 30 words describing the overall picture. No bullet points.",
     """★★★★★ "Ravi fixed my gears in 20 minutes and didn't charge for the chain lube. Legend."
★★★★☆ "Good work on my e-bike brakes, a bit pricey but fair."
★★☆☆☆ "Waited 9 days for a wheel that was promised in 3. Nobody called to update me."
★★★★★ "Best bike shop in Northside, honest about what actually needs replacing."
★★★☆☆ "Repair was fine but the shop is tiny and I had to wait outside in the rain." """),
    # summarize AND judge whether it's convincing -> summarization, escalate
    ("summarization", 1, "", """here's my scholarship essay draft (prompt: "Describe a challenge you have overcome"). In 2-3 sentences what is my main point actually coming across as, and be honest, is it convincing or does it sound generic?

When I was fifteen, my dad's restaurant closed, and I started working weekends at my aunt's laundromat to help pay our rent. At first I was embarrassed because my classmates would come in with their families and see me folding strangers' clothes. I stopped raising my hand in class because I was always tired, and my grades in chemistry dropped to a C.

The turning point came when a regular customer, an older man named Mr. Abernathy, noticed me studying between loads and started quizzing me on the periodic table while his sheets dried. He had been a high school teacher for thirty years. Every Saturday for a year he brought me a new practice problem written on the back of a receipt. By the end of junior year I had an A in chemistry and I was tutoring two younger kids from my building for free.

I learned that hard work always pays off and that you should never give up on your dreams. Working at the laundromat taught me responsibility, time management and the value of helping others. I want to study pharmacy so I can give back to my community the way Mr. Abernathy gave back to me. This scholarship would allow me to focus on my studies instead of working thirty hours a week."""),
    ("summarization", 0, "", """Ringkasin chat grup RT ini dong, aku baru buka hp udah 200an pesan 😭 intinya aja:

Pak RT Hendra: Bapak ibu, mulai bulan depan iuran keamanan naik dari 50rb jadi 75rb per rumah karena satpam malam nambah satu orang.
Bu Sari: Kenapa naik pak? Kemarin kan udah ada CCTV
Pak RT Hendra: CCTV yg di gang 3 rusak bu, belum ada dana perbaikan. Terus ada 2 kejadian motor hilang bulan lalu.
Mas Dimas: Saya setuju asal ada laporan keuangan tiap bulan di grup
Pak RT Hendra: Siap mas, nanti bendahara Bu Yuni kirim tiap tanggal 5.
Bu Yuni: Iya nanti saya share ya. Pembayaran bisa transfer ke rekening RT atau cash ke saya.
Pak Joko: Yg rumahnya kosong/dikontrakin gimana pak?
Pak RT Hendra: Tetap bayar pak, ditagih ke pemilik rumah.
Bu Sari: Ok deh, tp tolong CCTV gang 3 dibenerin duluan
Pak RT Hendra: Iya bu, rencananya pakai kas sisa bulan ini, minggu depan dipanggil teknisi."""),
    ("summarization", 0, "", """pa-summarize naman nito in like 3 bullets, ang haba ng email ng school 😩

Dear Parents, Please be informed that the Grade 5 Science Fair will be held on February 7 at the covered court from 8:00 AM to 12:00 NN. Each pupil must submit a project proposal to their adviser on or before January 20. Projects may be done individually or in pairs. Materials should be recycled or low-cost; we discourage buying expensive kits. Parents are welcome to attend the exhibit from 10:00 AM onwards. Winners will represent the school at the Division Science Fair in March. For questions, please contact Mrs. Delos Reyes through the school Messenger page. Thank you for your continued support."""),
    # summarize + say which proposal is fairest -> summarization with evaluation, escalate
    ("summarization", 1, "", """i missed the officer meeting last night 😭 can u summarize it for me: what got decided, what's still open, and tbh which loot idea sounds fairest to you and why

[20:01] Kestrel: ok officers meeting, thanks for showing up. three things: raid night change, loot system for Veilspire, and the trial members
[20:02] Mossbeard: here
[20:02] Juniper: here, might have to afk at 20:30 for kid bedtime
[20:03] Kestrel: first, raid nights. Right now Wed + Sun 8-11. Lots of the EU folks said Wed is bad because of work next day and the NA people can't make Sunday before 9
[20:04] Tavi: I did a poll in #general, 31 replies. Thu got 22 yes, Wed 14, Sun 19, Sat 11
[20:05] Mossbeard: so Thu + Sun?
[20:05] Juniper: Thu is my late shift every other week tho
[20:06] Kestrel: we can't fit everyone. Thu + Sun gets the most people. Juniper you'd be on bench rotation every other Thu, is that ok?
[20:06] Juniper: yeah fine, better than Wed for most people
[20:07] Tavi: and Sunday start at 8:30 instead of 8 so NA folks can make it?
[20:08] Kestrel: agreed. Thu 8-11, Sun 8:30-11:30 starting next week. Tavi can you post the announcement
[20:08] Tavi: 👍
[20:09] Kestrel: ok loot. This is the spicy one
[20:10] Mossbeard: I still think loot council is the way. We know who shows up, who does their mechanics. DKP just rewards people who show up and stand in fire
[20:11] Rook: loot council is how we lost 4 people last tier. everyone thought it was favoritism and honestly some of it was
[20:11] Mossbeard: that's not fair
[20:12] Rook: Brannoc got 3 trinkets in two weeks while Sei was 100% attendance and got nothing
[20:12] Juniper: to be fair the trinket was a huge upgrade for Brannoc. But the optics were bad
[20:13] Tavi: what about a hybrid? Soft reserve for 1 item per person per raid, then council for the rest
[20:14] Rook: soft res is easy to understand at least. People can see it on the sheet
[20:15] Mossbeard: soft res means the same 3 people all reserve the BIS trinket and it's a dice roll. Dice don't care who did the work
[20:15] Kestrel: what if attendance adds a bonus to the roll? like +5 per week attended, capped at +25
[20:16] Rook: I like that. transparent and rewards showing up
[20:16] Mossbeard: and what about performance? someone can attend every week and still be bad
[20:17] Juniper: performance is a separate issue imo. if someone is bad we talk to them, we don't punish them through loot
[20:17] Juniper: ok gotta go in 10 min
[20:18] Kestrel: can we at least agree to trial the soft res + attendance bonus for the first 4 weeks of Veilspire and review?
[20:18] Tavi: yes
[20:18] Rook: yes
[20:19] Juniper: yes
[20:19] Mossbeard: fine but I want it noted I think it'll fall apart on the last boss
[20:19] Kestrel: noted 😅 I'll make the sheet. Mossbeard can you write the rules post since you'll find all the loopholes
[20:20] Mossbeard: lol ok
[20:21] Kestrel: last thing, trials. We have Pell, Oksana and Drift on trial. Thoughts?
[20:22] Rook: Oksana is great, knows every fight, always on time. promote
[20:22] Tavi: agree on Oksana
[20:23] Mossbeard: Drift has missed 3 of 6 raids without saying anything in the absence channel
[20:23] Juniper: Pell is nice but keeps dying to the same frontal. I can do a session with him, I play the same class
[20:24] Kestrel: ok Oksana promoted. Pell stays on trial 2 more weeks, Juniper coaches. Drift?
[20:25] Rook: I'd message him first before kicking, maybe something happened
[20:26] Mossbeard: we said the rule was 2 unexplained absences
[20:26] Kestrel: let's message him and decide Thursday. Who?
[20:27] Tavi: I'll do it, I recruited him
[20:28] Juniper: brb kid is screaming 😂 ok ttyl all
[20:29] Kestrel: ok thanks all. I'll summarize in officer chat later. oh wait, we never decided who runs the addon check before raids
[20:30] Rook: i can do it but not on sundays
[20:30] Kestrel: ok lets figure that out thursday"""),
    # a headline is a summary
    ("summarization", 0, "", "headline for the school newsletter pls: 'Maple Street Elementary's bake sale raised $1,240 for new library books thanks to 38 volunteer bakers'"),
    ("summarization", 0, "", """mi abuela me mandó este voice note y lo transcribí, dame los puntos clave porfa que está larguísimo jaja

"Mija, hola, soy yo. Mira, te llamo porque el domingo es el cumpleaños de tu tío Beto, cumple sesenta, y vamos a hacer la comida aquí en la casa a las dos. Tu mamá va a traer el pozole, yo hago el arroz y los frijoles. Tú si puedes trae un pastel, pero que no sea de chocolate porque a Beto le cae mal, mejor de tres leches. Ah, y dile a tu hermano que no se le olvide traer las sillas plegables que le prestamos a la vecina, que ya las devolvió pero se quedaron en su carro. Y otra cosa, el doctor me cambió la pastilla de la presión, ya no es la blanca, ahora es una amarilla, así que no te asustes si ves otra caja. Bueno mija, te quiero mucho, me llamas." """),
    # gist + is it legit -> summarization with judgement
    ("summarization", 1, "", """Mein Vermieter hat mir diesen Brief geschickt. Can you give me the gist in simple words and tell me ob diese Mieterhöhung überhaupt legit aussieht? Ich wohne seit 2021 hier, letzte Erhöhung war vor 14 Monaten.

"Sehr geehrte Frau Okafor,
hiermit bitte ich Sie gemäß § 558 BGB um Zustimmung zur Erhöhung der Nettokaltmiete für die von Ihnen gemietete Wohnung in der Lindenstraße 14, 2. OG links, von derzeit 720,00 € auf 850,00 € monatlich mit Wirkung ab dem 01.03. Die Wohnfläche beträgt 62 m², die neue Miete entspricht somit 13,71 €/m². Zur Begründung verweise ich auf drei Vergleichswohnungen im selben Stadtteil (Anlage 1), deren Mieten zwischen 13,50 € und 14,20 €/m² liegen. Die Kappungsgrenze von 15 % wird eingehalten.
Bitte senden Sie mir Ihre Zustimmung bis zum 31.01. schriftlich zurück. Sollten Sie nicht zustimmen, behalte ich mir rechtliche Schritte vor.
Mit freundlichen Grüßen
Gerd Baumann" """),
    # ---------------------------------------------------------------- rewrite
    ("rewrite", 0, "", "make this sound less desperate: 'I really really need this job and I will do literally anything, please please consider me'"),
    ("rewrite", 0, "", "benerin ejaan caption ini dong biar ga malu2in: 'Promo akhir bulan!! kripik pisang coklat cuma 15rb aja, buruan order sblm kehabisan stock terbatas bgt'"),
    ("rewrite", 0, "", "Viết lại tin nhắn này cho lịch sự hơn để gửi chủ nhà giúp em với: 'Anh ơi máy lạnh phòng em hư cả tuần rồi mà chưa ai sửa, tiền nhà thì vẫn thu đủ. Làm ơn sửa đi chứ nóng quá không ngủ được.'"),
    ("rewrite", 1, "", """Can you rewrite my personal statement so it's actually compelling? Keep every fact true, don't invent anything, but it reads like a list right now. It's for a community college nursing program, 250 word limit.

My name is Tamsin Oduya and I want to be a nurse. I have worked as a home health aide for three years. I take care of elderly clients. I help them with bathing, meals and medication reminders. One of my clients, Mrs. Kowalski, had a stroke while I was with her and I called 911 and stayed with her. The paramedics said I did the right things. After that I knew I wanted to be a nurse. I also took care of my younger brothers when my mom worked nights. I am a hard worker and I am good with people. I got a B+ in Anatomy and Physiology at night school while working full time. I am bilingual in English and Yoruba which is useful with some patients. I think I would be a good nurse because I care about people and I stay calm in emergencies. Thank you for considering my application."""),
    ("rewrite", 0, "", "my 9 yo asked what this means, can you reword it so she'd get it? 'Photosynthesis is the process by which green plants use sunlight, water and carbon dioxide to produce glucose and release oxygen as a by-product.'"),
    ("rewrite", 0, "You are the proofreading feature of NoteNest, a notes app for students. Correct spelling, grammar and punctuation in the user's text. Keep their wording and meaning, do not add content, and return only the corrected text.",
     "the treaty of versailes was signed in 1919 and it's main effect was that germany had to except full blame for the war, they also had to pay reparations wich where huge and lose alot of there land. many historians thinks this lead to WW2 because german people was angry and humiliated"),
    # firm-but-legally-careful tone needs judgement -> escalate
    ("rewrite", 1, "", "pls help me rewrite this text to my tenant, galit na galit ako pero ayoko ma-sue. make it firm pero hindi threatening: 'Hoy Marvin 3 months ka nang late sa upa, wala ka nang hiya. Kung hindi ka magbayad this week palalayasin kita at itatapon ko gamit mo sa labas.'"),
    ("rewrite", 0, "", """make this less cringe but keep the info, it's for our clan recruitment post on reddit:

"YO YO YO!!! 💀🔥 THE CRIMSON WOLVES ARE HUNTING FOR NEW BLOOD 🐺🐺 are u a TRYHARD?? do u have what it takes??? we are a TOP TIER clan (top 500 last season btw) we play Destiny 2 raids every tues and fri 8pm EST. MUST be 18+ and have a mic. no toxic ppl we will kick u instantly. DM WolfKing_77 if u think ur WORTHY 😤😤" """),
    ("rewrite", 0, "", "cut this to under 80 characters for the title field: 'Vintage 1970s Yamaha FG-180 acoustic guitar red label, great action, new strings, small ding on back, includes hard case'"),
    ("rewrite", 1, "", """Ich muss der Schulleitung wegen dem Mobbing von meiner Tochter schreiben. Mein Entwurf ist viel zu emotional. Kannst du ihn so umschreiben, dass er sachlich und diplomatisch klingt, but still firm, und alle Fakten drin bleiben? Auf Deutsch bitte.

"Sehr geehrter Herr Albrecht,
ich bin wirklich am Ende. Meine Tochter Lina (Klasse 6b) wird seit Wochen von drei Mädchen aus ihrer Klasse fertiggemacht und KEINER tut was!!! Am 12.11. haben sie ihre Jacke in den Müll geworfen, am 19.11. haben sie in der WhatsApp-Klassengruppe ein Foto von ihr gepostet mit total gemeinen Kommentaren. Ich habe Frau Heller (Klassenlehrerin) schon zweimal angesprochen, am 14.11. und am 21.11., und sie meinte nur, das regelt sich von selbst. Es regelt sich eben NICHT. Lina weint jeden Morgen und will nicht mehr zur Schule. Ich erwarte, dass Sie endlich etwas unternehmen, sonst gehe ich zum Schulamt. Ich will ein Gespräch diese Woche.
Mit freundlichen Grüßen
Sandra Wiegand" """),
    # ---------------------------------------------------------------- closed_qa
    ("closed_qa", 0, """You are the help assistant for PixelCrate, an online game store. Answer the customer using only the policy excerpts below. If the answer is not in them, say you will pass the question to a human agent.

[1] Refunds: games can be refunded within 14 days of purchase if they have been played for less than 2 hours in total.
[2] Pre-orders can be refunded at any time before the release date.
[3] DLC bought for a game that is refunded is refunded automatically, as long as the DLC has not been used.
[4] Gift purchases can only be refunded by the buyer, and only if the gift has not been redeemed.""",
     "bought Hollow Reach 5 days ago, played like 3 hours, it keeps crashing on my laptop. can i get my money back??"),
    ("closed_qa", 0, "", """Theo hợp đồng này thì khi nào mình được nhận lại tiền cọc vậy? Mình định báo chuyển đi trước 2 tuần thôi.

"Điều 5. Tiền đặt cọc: Bên B đặt cọc cho Bên A số tiền 6.000.000 đồng (sáu triệu đồng). Số tiền này sẽ được hoàn trả đầy đủ trong vòng 07 ngày kể từ ngày Bên B bàn giao lại phòng, sau khi trừ các khoản điện nước chưa thanh toán và chi phí sửa chữa hư hỏng do Bên B gây ra (nếu có). Trường hợp Bên B đơn phương chấm dứt hợp đồng trước thời hạn mà không báo trước 30 ngày thì Bên B mất toàn bộ tiền cọc." """),
    ("closed_qa", 0, "", """Dari silabus ini, tugas kelompok 2 dikumpulin kapan ya? terus kalo telat 2 hari masih dinilai gak?

Minggu 3 – Tugas individu 1 (esai 1000 kata), dikumpulkan 14 Sept via LMS
Minggu 6 – Tugas kelompok 1 (presentasi), 5 Okt
Minggu 9 – UTS
Minggu 11 – Tugas kelompok 2 (laporan studi kasus UMKM), dikumpulkan 16 Nov pukul 23.59
Minggu 14 – Tugas individu 2, 7 Des
Catatan: keterlambatan dikurangi 10 poin per hari, maksimal 3 hari. Lewat dari itu nilai 0."""),
    # several conditions + an ambiguous one (father's degree, not living together) -> escalate
    ("closed_qa", 1, "", """ok so can i apply for this or not? about me: lived in Riverbend since 2019, green card holder, taking 9 credits at Riverbend CC, GPA 3.1, mom makes $48k and it's me, her and my two little sisters, my dad has a bachelor's from Nigeria but he doesn't live with us, and I took last spring off to work. pls go through it

RIVERBEND COMMUNITY FOUNDATION
Harriet Lindqvist Memorial Scholarship — 2025–2026 Guidelines

Purpose
The Harriet Lindqvist Memorial Scholarship supports students from Riverbend County who are the first in their family to attend college and who show commitment to their community. Awards of $2,500 per academic year are renewable for up to four years.

Eligibility
To be considered, an applicant must meet ALL of the following requirements at the time of application:
1. Be a resident of Riverbend County for at least two consecutive years. Students who moved away temporarily because of a parent's military service are treated as continuous residents.
2. Be a U.S. citizen, U.S. national, or lawful permanent resident. DACA recipients are also eligible.
3. Be enrolled, or accepted for enrollment, in an accredited two- or four-year college, university, or vocational program.
4. Be enrolled at least half-time. For the purposes of this scholarship, half-time means a minimum of 6 credit hours per semester (or the equivalent in quarter hours). Full-time enrollment is not required.
5. Have a cumulative unweighted GPA of 2.75 or higher on a 4.0 scale. Applicants with a GPA between 2.50 and 2.74 may still apply if they submit an additional letter explaining circumstances that affected their grades.
6. Have a household adjusted gross income at or below the following limits: household of 1–2: $45,000; household of 3–4: $62,000; household of 5 or more: $75,000.
7. Neither parent/guardian may hold a bachelor's degree. An associate degree held by a parent does not disqualify the applicant.

Continuous enrollment
Recipients are expected to maintain continuous enrollment. A single gap of up to one semester (for example for medical, family or financial reasons) does not affect eligibility for new applicants, provided the applicant has re-enrolled or has been accepted for re-enrollment by the start of the award year. Applicants who have been out of school for more than two consecutive semesters must contact the Foundation before applying.

Application materials
- Completed online application form
- Official or unofficial transcript from the most recent institution attended
- Copy of the household's most recent federal tax return, or a signed statement of non-filing
- One essay of 500–650 words responding to the prompt "What does community mean to you, and how have you contributed to yours?"
- One letter of recommendation from a teacher, employer, coach, or community leader who is not a relative

Deadlines
Applications open on January 15 and close on March 31 at 11:59 p.m. Central Time. Late applications will not be reviewed under any circumstances. Finalists will be contacted by email by May 10 for a 20-minute virtual interview. Award decisions are announced by June 1.

Renewal
To renew the award each year, recipients must submit a transcript showing a cumulative GPA of at least 2.5 and completion of at least 12 credit hours during the prior academic year, along with a one-page update on their community involvement.

Disbursement
Funds are sent directly to the recipient's institution in two equal installments, one per semester. The scholarship may be used for tuition, fees, books, and required supplies. It may not be paid directly to the student.

Questions
Contact the scholarship coordinator, Ms. Ifeoma Grant, at scholarships@riverbendcf.org or (555) 203-8841 between 9 a.m. and 4 p.m. on weekdays."""),
    ("closed_qa", 0, "", "sign at the apartment pool says 'Open 6am–9pm weekdays, 8am–6pm weekends, closed public holidays'. can we swim sunday at 7pm?"),
    ("closed_qa", 0, "", "may pasok ba bukas based dito? 'DepEd Advisory: Classes in all levels, public and private, are suspended on Oct 24 in Quezon City due to Typhoon Kristine.' QC kami, bukas Oct 24"),
    # warranty exclusions vs IP68 claim vs consumer law -> needs judgement
    ("closed_qa", 1, "", """Phone fell in the pool for like 5 seconds and now the screen flickers. The box literally says IP68. Bought it 7 months ago here in Australia. Does this warranty cover it or not?

"Limited Warranty — Orvix Nova 12
Orvix warrants this device against defects in materials and workmanship under normal use for 12 months from the date of original retail purchase.
This warranty does not cover: (a) damage caused by accident, abuse, misuse, fire, liquid contact, earthquake or other external cause; (b) damage caused by operating the product outside Orvix's published guidelines; (c) cosmetic damage, including scratches and dents; (d) batteries, unless capacity has fallen below 80% of rated capacity.
Water and dust resistance: The Nova 12 is rated IP68 under IEC standard 60529 (maximum depth of 1.5 metres for up to 30 minutes in fresh water). Splash, water and dust resistance are not permanent conditions and resistance might decrease as a result of normal wear. Do not expose the device to chlorinated, salt or soapy water. Liquid damage is not covered under warranty.
Consumer law: For consumers in Australia, our goods come with guarantees that cannot be excluded under the Australian Consumer Law. This warranty is in addition to those rights." """),
    ("closed_qa", 0, "", "how long does this go in the oven? 'Preheat to 180°C. Mix everything, pour into a lined 20cm tin and bake 35–40 min until a skewer comes out clean. Cool 10 min.'"),
    ("closed_qa", 0, "", "¿puedo cancelar el gym si me mudo a otra ciudad? el contrato dice: 'Cancellation permitted with 30 days written notice upon relocation of more than 25 miles from any club location; proof of new address required.'"),
    # three sources that contradict each other; the assistant must work out which one applies
    ("closed_qa", 1, """Du bist der Eltern-Assistent der Gesamtschule Am Kanal. Beantworte Fragen ausschließlich anhand der folgenden Auszüge. Wenn sich die Auszüge widersprechen, sag, welche Regel gilt und warum.

[Hausordnung, Stand 2021] §7: Mobiltelefone und Smartwatches sind auf dem gesamten Schulgelände während der Unterrichtszeit ausgeschaltet und nicht sichtbar aufzubewahren.
[Beschluss der Schulkonferenz, 14.06.2023] Abweichend von §7 der Hausordnung dürfen Schülerinnen und Schüler ab Jahrgang 5 ihre Mobiltelefone in der Mittagspause in der Mensa und auf dem Schulhof nutzen.
[Elternbrief, 09.01.2024] Ab dem 01.02.2024 gilt für die Jahrgänge 5 bis 7 eine neue Regelung: Handys werden zu Beginn des Schultags in den Klassenschränken eingeschlossen und erst nach der 6. Stunde zurückgegeben. Für Jahrgang 8 aufwärts bleibt der Beschluss der Schulkonferenz bestehen.""",
     "Hi, mein Sohn ist in der 6. Klasse. Darf er in der Mittagspause sein Handy benutzen? He says everyone does it lol"),
    # ---------------------------------------------------------------- translation
    ("translation", 0, "", "dịch sang tiếng Anh giùm: 'Bà chúc con sinh nhật vui vẻ, mạnh khỏe. Hôm nào rảnh ghé nhà bà ăn cơm nha con.'"),
    ("translation", 0, "You translate product listings for sellers on the KiosKita marketplace into natural, friendly Indonesian. Keep brand names, sizes and numbers unchanged. Output only the translation.",
     "Handmade rattan tote bag, 35 x 28 cm, lined with cotton batik fabric and fitted with a magnetic clasp. Each bag is woven by artisans in Lombok, so the pattern may vary slightly. Wipe clean with a damp cloth; do not soak."),
    # transcreation of a pun -> escalate
    ("translation", 1, "", "need my bubble tea shop slogan in vietnamese for the new Da Nang branch. it's 'Sip happens 😎'. keep the joke somehow, literal won't work"),
    ("translation", 0, "", "ano po sa english to? note ng teacher ng anak ko: 'Si Miguel ay madalas hindi nakikinig sa klase at hindi nagpapasa ng takdang-aralin. Pakikausap po siya.'"),
    ("translation", 0, "", """My tenant's lease addendum was written in Spanish by her cousin. Translate it to English so I know what I'm signing:

"Cláusula 4: El inquilino podrá subarrendar una habitación con el consentimiento previo y por escrito del arrendador. El arrendador no negará dicho consentimiento sin causa razonable. El inquilino seguirá siendo responsable del pago total de la renta y de cualquier daño causado por el subarrendatario." """),
    ("translation", 0, "", "Was heißt das genau auf Englisch? Meine Mitbewohnerin aus Kanada checkt's nicht: 'Aufgrund von Wartungsarbeiten an der Heizungsanlage wird am Donnerstag, den 7.3., zwischen 8 und 14 Uhr das Warmwasser abgestellt. Wir bitten um Ihr Verständnis. Ihre Hausverwaltung Krämer & Söhne'"),
    # keep rhyme and warmth -> escalate
    ("translation", 1, "", """my Indonesian mother-in-law turns 70 next week. I wrote this little poem, can you put it into Indonesian but keep it rhyming and sweet, not stiff like google translate?

You taught your kids to cook and pray,
to laugh when skies were turning grey;
seventy years of open doors,
our home is warm because of yours."""),
    ("translation", 0, "You are the localisation tool for the indie game Lumen Hollow. Translate the JSON values from English to Vietnamese. Keep the keys, placeholders such as {name} and {count}, and tags such as <b></b> unchanged. Return valid JSON only.",
     """{
  "menu.continue": "Continue",
  "menu.new_game": "New Game",
  "hud.lanterns": "Lanterns lit: {count}",
  "npc.miller.greet": "Ah, {name}! The river has been restless since you left.",
  "quest.fog.desc": "Find the <b>three bells</b> before the fog returns.",
  "ui.save_warning": "Do not turn off your device while saving."
}"""),
    ("translation", 0, "", "how do you say 'is the room still available?' in Korean, messaging a landlord in Seoul"),
    # legal notice, accuracy matters -> escalate
    ("translation", 1, "", """I need this in Spanish for my tenant, she doesn't read English well. It's a legal notice so it has to be accurate, keep every date and amount exactly:

THREE-DAY NOTICE TO PAY RENT OR QUIT
To: Rosa Elena Jiménez, and all other tenants in possession of the premises at 1187 W. Alder Street, Unit B, Fresno, California 93705.
PLEASE TAKE NOTICE that the rent on the above premises is now past due. The amount due for the period from September 1 through September 30 is $1,450.00.
You are hereby required to pay the above amount in full within three (3) days, excluding Saturdays, Sundays and judicial holidays, after service of this notice, or to deliver up possession of the premises. If you fail to do so, legal proceedings will be started against you to recover possession of the premises, declare a forfeiture of the rental agreement, and recover rent and damages.
Payment may be made in person to Daniel Whitcomb at 1190 W. Alder Street between 9:00 a.m. and 5:00 p.m., Monday through Friday, or by money order mailed to the same address.
Dated: October 4
Landlord: Daniel Whitcomb"""),
    # ---------------------------------------------------------------- formatting
    ("formatting", 0, "", "jadiin tabel markdown ya (barang | jumlah | harga): beras 5kg 68rb, minyak 2L 38rb, telur 1kg 29rb, gula 1kg 17rb"),
    ("formatting", 0, "Convert the user's text to CSV with the header name,phone,unit.",
     "Marisol Unit 2 555-0134; Dev Patel 555-0178 unit 4; unit 1 - Greg Hollis (555-0102)"),
    ("formatting", 0, "", "Sắp xếp tên học sinh theo thứ tự ABC giúp cô: Phạm Minh Khoa, Lê Bảo Anh, Trần Gia Hân, Đỗ Quốc Bảo, Nguyễn Thảo Vy, Vũ Anh Thư"),
    ("formatting", 0, "", "pa-dedupe naman ng guest list ko, may mga doble: Tita Baby, Kuya Jun, tita baby, Ate Mae, Lolo Ben, Ate  Mae, Kuya Jun"),
    ("formatting", 0, "", """normalize all these dates to YYYY-MM-DD, leave everything else as is:
Unit 3 – paid 3/1/24 – $1,150
Unit 1 – paid March 2nd 2024 – $980
Unit 4 – paid 2024.03.05 – $1,150
Unit 2 – paid 7 Mar 24 – $1,020 (late)
Unit 5 – paid 03-09-2024 – $875"""),
    ("formatting", 0, "", """ponme esto en una tabla por día pls, es mi horario de este semestre y lo quiero pegar en Notion:
lunes: math 8-9:30, english comp 10-11:15, work 2-6
martes: bio lab 9-12, nada más
miércoles: math 8-9:30, english comp 10-11:15, work 2-6
jueves: bio lecture 11-12:15, tutoring 3-4
viernes: work 10-4"""),
    # designing a layout for messy data is formatting; needs judgement -> escalate
    ("formatting", 1, "You help small landlords set up simple record-keeping. Propose a table layout (columns and what one row represents) for the data the user describes, then fill in every row you can from their notes.",
     """I own a duplex and a little studio behind my house. My notes are a mess:
- Jana (duplex A) pays $1,300 on the 1st, usually zelle, paid Jan Feb, March paid $650 on 3/2 and rest on 3/16
- duplex B empty since Feb, painter $420 on 2/20
- studio - Chris, $875, cash, always on time, Jan-Mar paid
- water bill for duplex $96/mo, I pay it, Jana reimburses half sometimes (Jan yes, Feb no)
- new fridge for studio $649 on 1/8"""),
    # converting cups to grams per ingredient + inferring servings -> escalate
    ("formatting", 1, "", """These are my grandma's recipes that my aunts typed up for the family cookbook, all in different styles. Can you put every one into the same format: title, serves, prep/cook time, ingredients in metric (grams / ml, convert the cups and spoons sensibly for each ingredient), then numbered steps. Don't change the recipes themselves. If something is missing, write "not given".

1) NANA'S SODA BREAD
4 cups plain flour, 1 tsp baking soda, 1 tsp salt, 1 3/4 cups buttermilk. Hot oven (about 425F). Mix dry stuff, make a well, pour in most of the buttermilk, mix with your hand like a claw until it just comes together, add the rest of the buttermilk if it's dry. Shape into a round, cut a deep cross, bake 15 min then turn down to 400 and bake another 25-30 until it sounds hollow when you knock the bottom. Feeds the whole table.

2) Beef stew (Sunday)
- 2 lb stewing beef, cubed
- 3 tbsp flour for dusting
- 2 tbsp oil
- 2 onions
- 4 carrots, 3 big potatoes
- 1 pint beef stock
- 1 cup stout (optional but Nana always used it)
- bay leaf, thyme
Brown the beef in batches after tossing in flour. Take out, soften onions. Put everything back with stock and stout, simmer with lid on for 2 hrs, add carrots and potatoes for the last 45 min. Serves 6.

3) Rhubarb crumble — serves 4-6
Filling: 1 lb rhubarb in 1 inch pieces, 1/2 cup sugar, 1 tbsp orange juice.
Topping: 1 1/2 cups flour, 1/2 cup butter (cold), 1/2 cup brown sugar, handful of oats.
Oven 350F. Rhubarb + sugar + juice in dish. Rub butter into flour till breadcrumbs, stir in sugar and oats, scatter over. 40 mins till golden and bubbling at the edges.

4) Potato farls
About 1 lb of leftover mashed potato (no milk in it), 1 cup flour, 2 tbsp melted butter, pinch salt. Knead together lightly, roll out to a round about a quarter inch thick, cut in quarters. Dry fry on a hot griddle 3-4 minutes each side till browned. Great with the fry on Saturday.

5) Nana's Scones
Rub 1/4 cup butter into 2 cups self-raising flour with 2 tbsp sugar. Add 1 egg beaten into about 2/3 cup milk (keep a little for brushing). Soft dough, don't overwork! Pat out 1 inch thick, cut rounds, brush tops. 12-15 min in a very hot oven, 220C. Makes around 10.

6) Apple tart
Pastry: 2 cups flour, 1/2 cup butter, 3-4 tbsp cold water. Filling: 4 cooking apples, sliced, 1/3 cup sugar, 4 cloves. Line a plate with half the pastry, pile in apples, sugar and cloves, cover with the rest, seal, cut 2 slits, brush with milk, sprinkle sugar. Bake at 400F for 20 min then 350F for 25 more. Serve warm with custard or cream.

7) Brown bread (the one in the tin)
2 cups wholemeal flour, 1 cup plain flour, 1 tsp soda, 1 tsp salt, 2 tbsp wheat bran, 1 egg, 2 cups buttermilk, 1 tbsp treacle. Mix wet and dry, it should be a wet dough, pour into a greased loaf tin. 200C for 45-50 min. Leave in the tin 10 min then turn out and wrap in a tea towel so the crust goes soft.

Thanks, the aunts will be so happy if it all looks the same!"""),
    ("formatting", 0, "Convert each tournament registration into a JSON object with the keys gamertag, discord, rank, team (null if solo) and available_saturday (true/false). Output one JSON array and nothing else.",
     """ok here's everyone who signed up in the form so far:

1. gamertag NightOwlNina, discord nina#2231, she's Diamond 2, solo queue, can do saturday yes
2. "Brickhouse" — discord brick_house, Platinum 4, team = Toast Bandits, saturday: only after 3pm (so yes i guess)
3. ZeroChillZed / discord zeroz / rank gold 1 / team Toast Bandits / sat NO, sunday only
4. Marguerite (gamertag LaMarg) discord lamarg.gg, Diamond 1, solo, available sat
5. PocketSand, discord: pocketsand, Plat 2, team "Night Shift", saturday yes
6. kiri_kiri (discord same), Silver 3, team Night Shift, not sure about sat, put no for now"""),
    ("formatting", 1, "", """Kannst du mein Haushaltsbuch von diesem Monat in YAML umwandeln? Gruppier die Ausgaben bitte in sinnvolle Kategorien (du entscheidest welche), mit Datum und Betrag, und am Ende die Summe pro Kategorie. Meine Notizen sind so random, sorry:

2.10. Rewe 43,80
2.10. Spotify 10,99
4.10. Tanken 61,20
5.10. Geschenk Oma (Blumen) 24,50
7.10. Lidl 28,15 + Pfand zurück -3,25
9.10. Friseur 32
11.10. Netflix 13,99
12.10. Kino mit Lena 2x 11,50
15.10. Miete 690
15.10. Strom Abschlag 58
18.10. dm Zahnpasta usw 12,40
20.10. Rewe 51,05
22.10. Deutschlandticket 49
25.10. Pizza bestellt 19,90
28.10. Tanken 55,70"""),
    # ---------------------------------------------------------------- open_qa
    ("open_qa", 0, "", "what's the difference between a security deposit and last month's rent? landlord is asking for both"),
    ("open_qa", 1, "", "pemilik kos boleh nahan deposit gak kalau aku pindah sebelum kontrak habis? kontraknya cuma lisan sih, di Bandung"),
    ("open_qa", 0, "Bạn là gia sư cho học sinh tiểu học. Trả lời ngắn gọn, dễ hiểu.", "quang hợp là gì ạ?"),
    ("open_qa", 1, "", "I run a tiny bakery (just me and one part-timer) and flour, butter and eggs have all gone up like 30% this year. How should I handle raising prices without losing my regulars? Do I raise everything a bit, or just some items, and do I announce it or just quietly change the board?"),
    ("open_qa", 0, "", "how long do i boil eggs for jammy yolks"),
    # medical advice for a child -> open_qa, escalate
    ("open_qa", 1, "", "anak ko 3 yrs old may lagnat 39.2 since kagabi, pwede ba sabay ang paracetamol at ibuprofen? kelan ko dapat dalhin sa ER?"),
    ("open_qa", 0, "", "qué significa 'net 30' en una invoice? un cliente de mi tiendita me lo puso"),
    ("open_qa", 1, "You are the PC help companion in the GearNest app for gamers.",
     "why does frame generation add input lag if my fps counter goes way up? and is it actually worth turning on for competitive shooters like Valorant or CS2, or only for single player stuff?"),
    ("open_qa", 0, "", "Was ist eine Schufa-Auskunft und wie bekomme ich die kostenlos? Mein future Vermieter will eine sehen"),
    ("open_qa", 1, "You are CareerLift, a job search coach.", "how do i explain a 2 year gap on my resume in interviews? i was caring for my dad after his stroke"),
    # ---------------------------------------------------------------- brainstorming
    ("brainstorming", 1, "Kamu asisten branding untuk UMKM.", "bantu cariin nama buat warung seblak aku dong, yg catchy & gampang diinget, target anak kuliahan"),
    ("brainstorming", 1, "", "Gợi ý vài ý tưởng tổ chức sinh nhật 7 tuổi cho con trai ở nhà, kinh phí khoảng 2 triệu, bé mê khủng long"),
    # three narrow alternatives -> no escalation
    ("brainstorming", 0, "", "3 subject lines for a friendly rent reminder email to my tenants"),
    ("brainstorming", 1, "", "My 8th grader needs a science fair project by March and we've got basically no budget. She likes animals and cooking, hates anything with electricity. Can you throw out a bunch of ideas that need only stuff from a kitchen or a dollar store and actually test something (not just a poster)?"),
    ("brainstorming", 1, "", "ano pwedeng side hustle ng college student na walang capital? give me like 10 ideas, online or offline, taga-Cebu ako"),
    ("brainstorming", 1, "You are ClanForge, a name generator for gaming clans.", "pirate theme, we play Sea of Thieves, funny not edgy"),
    ("brainstorming", 0, "", "synonyms for 'hardworking' for my resume summary? it's in there 3 times lol"),
    ("brainstorming", 1, "You are IdeaBox, a marketing helper for small independent shop owners. Suggest practical, low-budget ideas.",
     "I have a 22-seat ramen shop near a university. Fridays and weekends are packed but Tuesday and Wednesday nights are dead, maybe 8 customers all evening. Instagram has 1,400 followers. What could I try?"),
    ("brainstorming", 1, "", "voy a ver un apartamento mañana, what questions should I ask the landlord antes de firmar? es mi primera vez rentando solo, it's in Houston, older building"),
    ("brainstorming", 0, "", "Gib mir 5 Hashtags für meinen Insta-Post, hab einen Apfelkuchen mit Streuseln gebacken 🍎"),
    # ---------------------------------------------------------------- creative_writing
    ("creative_writing", 1, "You are StoryTime, a bedtime story app.", "story for my 4yo Theo about a little dinosaur who's scared of the dark. 5 min read, gentle ending"),
    ("creative_writing", 1, "", "buatin puisi pendek buat ultah ibu yg ke-55 dong, bahasanya sederhana aja, ibu suka berkebun & masak rendang"),
    # very short formulaic message -> no escalation
    ("creative_writing", 0, "Kamu membantu pemilik toko online menulis pesan singkat.", "bikin auto-reply WA: toko libur Lebaran 8–15 April, pesanan diproses lagi mulai 16 April"),
    ("creative_writing", 1, "", """Can you write me a cover letter for this? I've never written one before.

The ad: "Barista (part-time, 20–25 hrs) – Copper Kettle Coffee, Portland. We're an independent café roasting our own beans. Looking for someone friendly, reliable and keen to learn latte art. Experience preferred but not essential. Weekend availability a must. Send a CV and a few lines about why you want to work with us to jobs@copperkettle.coffee."

About me: 19, finishing my first year at PCC (undeclared, thinking culinary). Worked 1.5 years at Burrito Barn (fast food) as crew, closed the store 3 nights a week and trained 4 new hires. I make pour-over at home every morning and I've been watching latte art videos, can do a wobbly heart lol. Free every weekend. I've been a customer at Copper Kettle since high school and I love that they print the farm name on every bag. Keep it short and not too formal."""),
    ("creative_writing", 1, "", "Viết bài đăng Facebook quảng cáo quán trà sữa mới khai trương ở Biên Hòa, giảm 30% tuần đầu, giọng vui vẻ trẻ trung nha"),
    ("creative_writing", 0, "Write short SMS notices for landlords. Two sentences max.", "trash pickup moves to Thursday mornings starting next week, bins out by 7am"),
    ("creative_writing", 1, "", """gawa mo naman ako ng speech for my lola's 80th birthday, ako daw magsasalita kasi ako ang panganay na apo 😭 mga 3 minutes lang, halo English at Tagalog kasi may mga pinsan ako na sa US lumaki. details:
- Lola Carmen, taga-Batangas, retired public school teacher for 35 years
- she raised 6 kids, may 14 apo at 3 apo sa tuhod
- famous yung kare-kare niya at yung "kumain ka na ba?" tuwing tatawag siya
- tinuruan niya akong magbasa gamit ang lumang diyaryo
- Lolo Ramon passed away 2019, she still sets a cup of barako for him every morning
- nag-zu-zumba pa rin siya every Tuesday sa barangay hall lol
Gusto ko funny pero may konting iyakan sa dulo"""),
    ("creative_writing", 1, "", """Running my first D&D session on Saturday for 4 friends who've never played. Can you write the opening narration I'll read out loud, around 2 minutes?

Setting: a foggy river town called Lowmarsh, built on stilts. Three nights ago the town's lantern-keeper vanished and every lantern went dark at once. Since then something has been stealing fishing nets, and last night a child swore she saw a tall figure walking on the water.

The party are strangers who each arrived on the same ferry for different reasons: a dwarf cleric, a tiefling bard, a half-elf ranger and a gnome wizard. End the narration with the ferry bumping against the dock and the mayor running toward them, out of breath. Spooky but not too scary, one of the players is 12."""),
    ("creative_writing", 1, "", "escríbeme un brindis cortito para la quinceañera de mi hermana Valeria, mitad english mitad español porque la familia de mi cuñado no habla español"),
    ("creative_writing", 1, "You are ReplyKit, which writes public responses to online reviews on behalf of small business owners. Be warm, never defensive, and do not admit legal liability.",
     "Review (2 stars) for my nail salon, Lotus Nails & Spa: 'My gel manicure started peeling after 4 days. When I called, the receptionist said it was probably my fault. Won't be back.' I'd like to offer a free fix within 2 weeks. Owner name is Hanh."),
    # ---------------------------------------------------------------- reasoning
    ("reasoning", 0, "", "our rent is $1,860 split 3 ways, how much each?"),
    ("reasoning", 1, "", "Tolong bantu jelasin cara ngerjain soal PR anakku kelas 5 ini step by step ya: 'Bu Ani membeli 4 lusin telur. 1/6 dari telur itu pecah di jalan. Sisanya dijual dengan harga Rp2.500 per butir. Jika modal Bu Ani Rp90.000, berapa keuntungannya?'"),
    ("reasoning", 1, "", """I have 4 finals next week and I need a study plan that actually fits. Exams: Stats Mon 9am, Bio Wed 2pm, Spanish Thu 9am, History Fri 1pm. It's Thursday evening now. I work Sat 10-4 and Tue 5-9. I can study max 6 hrs a day and I'm useless after 10pm. Stats is my worst (need ~10 hrs), Bio ~8, History ~6, Spanish ~4 since it's mostly vocab. My Bio study group only meets Sunday 1-4pm so that has to count as Bio time. I want at least one evening off before Monday and a short final review the night before each exam. Can you lay out a day by day schedule with hours? If it's impossible tell me what to cut."""),
    ("reasoning", 0, "", "Áo giá 240.000đ giảm 15% thì còn bao nhiêu tiền vậy?"),
    ("reasoning", 1, "", "gacha question: legendary rate 0.6% per pull, hard pity guarantees one at pull 90. i'm at 50 pity. what's the chance i get one in my next 30 pulls?"),
    ("reasoning", 1, "You are LedgerPal, a numbers helper for small business owners.",
     "I'm starting a coffee cart at the weekend farmers market. Stall fee is $85 per day, the cart loan is $420 a month, ingredients + cups about $1.10 per drink, and I sell drinks at $5.50 on average. I'm there Sat and Sun, 4 weekends a month. How many drinks per day do I need to break even, and how many if I also want to pay myself $800 a month?"),
    ("reasoning", 0, "", "ilang cm ang 5 feet 4 inches? para sa form sa school"),
    ("reasoning", 1, "You are RentWise, an assistant for small landlords. Show your working.",
     """Two applicants for my 2-bed condo and both have good references, so I'm deciding on money alone.
Offer A: $2,100/month, 12-month lease, wants the first month free because they'll repaint the unit themselves.
Offer B: $1,950/month, 24-month lease, no free month, but asks me to cover their $400 moving truck.
My costs: HOA $380/month, property tax + insurance about $310/month combined, whether the unit is empty or not.
If A leaves after 12 months I expect 1.5 months of vacancy plus $1,200 of turnover costs (cleaning, listing) before the next tenant moves in at about the same rent as A, with no free month.
Which offer gives me more net income over the next 24 months, and by how much? Assume no rent increases."""),
    ("reasoning", 0, "Kitchen helper. Be brief.", "la receta pide 3/4 taza de azúcar pa 12 cookies, cuánto pongo pa 30?"),
    ("reasoning", 1, "", "Mathe-HA Hilfe: Ritter sagen immer die Wahrheit, Schurken lügen immer. A sagt: 'Wir beide sind Schurken.' Was sind A und B? explain pls"),
    # ---------------------------------------------------------------- coding
    # spreadsheet formula -> coding
    ("coding", 0, "", "google sheets formula to add up column C only where column D says paid"),
    # error message + "what does this mean" -> coding
    ("coding", 0, "", "what does this mean?? IndexError: list index out of range, line 14 print(scores[i]). my hw was working yesterday"),
    ("coding", 1, "", """I made a Discord bot for my guild (I'm not a real programmer, learned from youtube) and it's acting weird:
1) when someone uses !raidcheck the whole bot freezes for ~10 minutes, no reminders, no commands, and sometimes it shows offline
2) after it comes back online the console shows "RuntimeError: Task is already launched and is not completed" and then reminders don't fire anymore until I restart it
3) the "Still waiting on" list from !raidcheck is always empty even when half the raiders didn't react
4) if two reminders are due at the same time, the second one comes late or sometimes I think it gets skipped
It's running on a Raspberry Pi at my place. Here's the whole thing:

```python
import discord
from discord.ext import commands, tasks
import datetime
import json
import time

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)

REMINDERS_FILE = "reminders.json"


def load_reminders():
    try:
        with open(REMINDERS_FILE) as f:
            return json.load(f)
    except FileNotFoundError:
        return []


def save_reminders(reminders):
    with open(REMINDERS_FILE, "w") as f:
        json.dump(reminders, f)


@bot.event
async def on_ready():
    print(f"Logged in as {bot.user}")
    check_reminders.start()


@bot.command()
async def remind(ctx, minutes: int, *, text: str):
    reminders = load_reminders()
    due = time.time() + minutes * 60
    reminders.append({"user": ctx.author.id, "channel": ctx.channel.id, "due": due, "text": text})
    save_reminders(reminders)
    await ctx.send(f"ok {ctx.author.mention}, I'll remind you in {minutes} min")


@bot.command(name="reminders")
async def list_reminders(ctx):
    reminders = [r for r in load_reminders() if r["user"] == ctx.author.id]
    if not reminders:
        await ctx.send("you have no reminders")
        return
    lines = []
    for i, r in enumerate(reminders):
        mins_left = int((r["due"] - time.time()) / 60)
        lines.append(f"{i + 1}. {r['text']} (in {mins_left} min)")
    await ctx.send("\n".join(lines))


@bot.command()
async def cancel(ctx, number: int):
    reminders = load_reminders()
    mine = [r for r in reminders if r["user"] == ctx.author.id]
    if number < 1 or number > len(mine):
        await ctx.send("no reminder with that number")
        return
    reminders.remove(mine[number - 1])
    save_reminders(reminders)
    await ctx.send("cancelled 👍")


@bot.command()
async def raidcheck(ctx):
    # pings everyone with the Raider role who hasn't reacted
    msg = await ctx.send("React ✅ if you're coming tonight! (closing in 10 min)")
    await msg.add_reaction("✅")
    time.sleep(600)
    msg = await ctx.channel.fetch_message(msg.id)
    reacted = set()
    for reaction in msg.reactions:
        if str(reaction.emoji) == "✅":
            async for user in reaction.users():
                reacted.add(user.id)
    role = discord.utils.get(ctx.guild.roles, name="Raider")
    missing = [m.mention for m in role.members if m.id not in reacted]
    await ctx.send("Still waiting on: " + ", ".join(missing))


@bot.command()
async def nextraid(ctx):
    # raid nights are Thursday 20:00 and Sunday 20:30 (server time)
    now = datetime.datetime.now()
    raid_times = []
    for days_ahead in range(0, 8):
        day = now + datetime.timedelta(days=days_ahead)
        if day.weekday() == 3:
            raid_times.append(day.replace(hour=20, minute=0, second=0))
        if day.weekday() == 6:
            raid_times.append(day.replace(hour=20, minute=30, second=0))
    upcoming = [t for t in raid_times if t > now]
    nxt = min(upcoming)
    hours = int((nxt - now).total_seconds() // 3600)
    await ctx.send(f"next raid is {nxt.strftime('%A %H:%M')}, in about {hours} hours")


@bot.event
async def on_command_error(ctx, error):
    if isinstance(error, commands.MissingRequiredArgument):
        await ctx.send("you forgot something, try !remind 30 buy flasks")
    else:
        print("error:", error)


@tasks.loop(seconds=30)
async def check_reminders():
    reminders = load_reminders()
    now = time.time()
    for r in reminders:
        if r["due"] <= now:
            channel = bot.get_channel(r["channel"])
            await channel.send(f"<@{r['user']}> reminder: {r['text']}")
            reminders.remove(r)
    save_reminders(reminders)


bot.run(open("token.txt").read().strip())
```

Can you explain what's causing each problem and give me the fixed version? Please keep it simple, I want to understand it, not just copy it."""),
    ("coding", 0, "", "cara bikin perulangan for di python buat nampilin angka 1 sampe 10 gimana? buat tugas daspro"),
    ("coding", 1, "Bạn là trợ lý lập trình, giải thích bằng tiếng Việt.", """Mình cho thuê 8 phòng trọ ở Thủ Đức, quản lý bằng Google Sheets. Mình muốn viết Apps Script để mỗi ngày 8h sáng tự động gửi email nhắc tiền phòng cho người thuê nào sắp đến hạn (còn 3 ngày) hoặc đã quá hạn mà chưa đóng. Sheet tên "PhongTro", các cột như sau:

A: Phòng | B: Tên người thuê | C: Email | D: Tiền phòng | E: Ngày đến hạn (dd/mm/yyyy) | F: Đã đóng (TRUE/FALSE) | G: Ghi chú

Ví dụ vài dòng:
P101 | Nguyễn Văn Tâm | tam.nv@gmail.com | 3.500.000 | 05/11/2024 | FALSE |
P102 | Lê Thị Hồng | hongle98@gmail.com | 3.200.000 | 05/11/2024 | TRUE |
P201 | Trần Quốc Huy | huytq.work@gmail.com | 4.000.000 | 10/11/2024 | FALSE | đóng trễ tháng trước

Email nên lịch sự, ghi rõ số tiền, hạn đóng và số tài khoản Vietcombank 0071 0004 5566 (chủ TK Phạm Thị Lan). Không được gửi trùng nếu trong ngày đã gửi rồi. Chỉ mình cách cài trigger chạy hằng ngày luôn nha, mình không biết code gì hết."""),
    ("coding", 0, "", "regex para sa PH mobile number, 09XXXXXXXXX or +639XXXXXXXXX, pang-validate sa google form ko"),
    ("coding", 0, "You are a git helper. Reply with commands and one line of explanation.", "undo my last commit but keep the changes, haven't pushed yet"),
    # security review -> escalate
    ("coding", 1, "", """oye can you check si este contact form de mi panadería es seguro? my nephew made it hace años y ahora me llegan emails raros de spam

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

y la página de admin (admin.php):

```php
<?php
$conn = mysqli_connect("localhost", "root", "tienda2019", "tienda");
$result = mysqli_query($conn, "SELECT * FROM mensajes ORDER BY id DESC");
while ($row = mysqli_fetch_assoc($result)) {
  echo "<p><b>" . $row['nombre'] . "</b> (" . $row['email'] . "): " . $row['mensaje'] . "</p>";
}
?>
```

la admin page no tiene password tampoco, is that bad? qué le cambio?"""),
    ("coding", 0, "", """Mein Arduino-Projekt für die Pflanzenbewässerung: die LED soll blinken, wenn die Erde zu trocken ist, aber sie bleibt einfach aus. Die Sensorwerte kommen im Serial Monitor korrekt an (so 700-800 wenn trocken). Was ist falsch?

int sensorPin = A0;
int ledPin = 7;

void setup() {
  Serial.begin(9600);
}

void loop() {
  int wert = analogRead(sensorPin);
  Serial.println(wert);
  if (wert > 650) {
    digitalWrite(ledPin, HIGH);
    delay(300);
    digitalWrite(ledPin, LOW);
    delay(300);
  }
}"""),
    # schema design -> escalate
    ("coding", 1, "You are DevBuddy, a coding assistant.",
     "I run a small tutoring business (5 tutors, ~60 students) and I'm building a booking app on Postgres. Need tables for tutors, students, lessons, prepaid packages (5 or 10 lessons) and cancellations: if a student cancels less than 24h before, they lose a credit. Parents can have several kids. How would you design the schema?"),
    # ---------------------------------------------------------------- other
    ("other", 0, "", "hello?? u there"),
    ("other", 0, "", "makasih ya udah bantuin PR matematika anakku kemarin, dia dapet 90 🙏"),
    # emotional support -> other, escalate
    ("other", 1, "", """Em không biết nói với ai nên nói với bạn vậy. Em học lớp 12, còn 2 tháng nữa là thi tốt nghiệp và xét tuyển đại học. Bố mẹ em muốn em thi Y đa khoa vì anh họ em đang làm bác sĩ, nhưng em học Hóa rất tệ, thi thử được có 5 điểm. Em thích vẽ và muốn học thiết kế đồ họa nhưng mỗi lần em nhắc tới là bố nói "vẽ vời thì nuôi nổi ai". Tối nào em cũng học tới 1-2 giờ sáng, sáng dậy đau đầu, lên lớp ngủ gục. Em thấy mình đang làm thất vọng tất cả mọi người. Có hôm em ngồi khóc trong nhà vệ sinh ở trường mà không dám cho ai biết. Em phải làm sao đây?"""),
    # choosing between job offers is a personal life decision -> other
    ("other", 1, "", """Okay I need to think out loud and I'd love your honest take at the end, because I've been going back and forth for a week and my deadline is Friday.

Background: I'm 27, I've been a preschool teacher for four years, and I did a coding bootcamp at night last year. I've been applying for junior developer roles for eight months and suddenly I have two offers at once.

Offer 1: Junior front-end developer at Brightpath, a 40-person edtech startup. $68,000, fully remote, 10 days PTO, and stock options that the recruiter admitted are "probably worth nothing unless we get acquired." They raised money 18 months ago and the founder said in the interview that they have "about 14 months of runway." The team seems really kind. My would-be manager, Priyanka, spent an extra 30 minutes after the interview just answering my questions about career growth, and she said she'd pair with me twice a week for the first three months. The product is a reading app for kids, which honestly feels like the perfect bridge from teaching. The downside is that it's a startup, and if they don't raise again I could be job hunting in a year with only one year of experience.

Offer 2: Associate software engineer at Calloway Insurance, a big regional insurance company. $74,000, plus a 6% 401k match, 18 days PTO, hybrid with 3 days a week in an office that is 50 minutes each way by train from my apartment. The work is maintaining internal claims software, a lot of Java and some very old systems. The interviewers were polite but kind of flat, and when I asked about mentorship they said there's "a formal onboarding program" and a buddy system. It's super stable, they haven't had layoffs in 20 years. My dad works in insurance and thinks I'd be crazy not to take it.

Other stuff going on:
- I have about $22,000 in student loans from my teaching degree and the bootcamp. Not crushing, but I feel it every month.
- My partner, Leo, is finishing a nursing program and might have to move for a residency in about 14 months, and we don't know where yet. Remote would make that easy. Hybrid would mean I'd probably have to quit or beg for remote later.
- I'm worried I'll be bored at Calloway and lose the spark that got me through the bootcamp. But I also know I'm a bit of a romantic about "mission-driven" work, and passion doesn't pay rent.
- My friend who's a senior dev told me the first job matters less than I think and that I should pick wherever I'll learn fastest. My mom says I should pick whichever one "lets me sleep at night."
- Brightpath hinted they could maybe go to $71k if I asked. I haven't asked.
- Calloway wants an answer by Friday. Brightpath said take the time I need, but I don't want to string them along.

I know nobody can decide for me, but I feel like I've stopped being able to think clearly about it. Which would you lean toward given everything, and what am I not thinking about? And should I negotiate with Brightpath before deciding, or does that feel like I'm using them?"""),
    ("other", 0, "You are Pip, the friendly assistant in the HomeHub app.", "tell me a joke about landlords lol"),
    # interpersonal dilemma -> other, escalate
    ("other", 1, "", "roommate ko lagi kinakain food ko sa ref kahit may label, 3rd time na this week 😤 confront ko ba or palampasin? ayoko ng away"),
    # role-play -> other, escalate
    ("other", 1, "You are InterviewReady, a mock interview coach. Stay in character as the interviewer, ask one question at a time, and give feedback only at the end.",
     "ok let's do it. job is sales associate at Harbor & Pine (home goods store), part time. I've never had a retail job, only babysitting and volunteering at the food bank. be a bit tough on me"),
    ("other", 0, "", "oye are you a real person o un bot? 😅"),
    # meta question about the assistant -> other
    ("other", 0, "You are Lumi, the assistant inside the StudyNook app.", "what can u actually do? can u help with chem homework or nah"),
    # coaching -> other, escalate
    ("other", 1, "Du bist FokusFreund, ein Lern-Coach.", "Ich prokrastiniere seit 3 Tagen statt für meine Klausur zu lernen and I feel like garbage. Kannst du mich irgendwie motivieren?"),
]
