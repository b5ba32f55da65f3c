"""Training-only translations of hand-written English training prompts (chunk 7: Indonesian, Vietnamese, code-switched English)."""
T = [
    ("tri-fd97919729ad", "id", "", "bikinin consistent-hashing ring pakai virtual nodes di Go buat cache fleet kita, plus test yang ngebuktiin cuma ~1/N key yang pindah pas ada node baru join"),
    ("tri-b68b4024009e", "vi", "Bạn là trợ lý hỗ trợ của Nordvik Mobil. Hãy trả lời câu hỏi của khách hàng CHỈ dựa trên các bài viết trong trung tâm trợ giúp được truy xuất bên dưới câu hỏi. Nếu các bài viết không có câu trả lời, hãy nói là bạn không biết và đề nghị kết nối khách hàng với nhân viên hỗ trợ. Câu trả lời không quá 80 từ.", """Câu hỏi: Mình đang dùng gói Basic 10GB và tháng 3 sẽ đi Zermatt một tuần. Mình có dùng data ở đó được không hay sẽ bị tính thêm tiền?

Các bài viết được truy xuất:
[1] "Chuyển vùng trong EU/EEA" - Tất cả các gói cước của Nordvik Mobil đều có chính sách roam-like-at-home tại các nước EU và EEA (27 nước thành viên EU cùng Iceland, Liechtenstein và Na Uy). Bạn dùng dung lượng trong nước mà không mất thêm phí, với giới hạn sử dụng hợp lý là 8 GB mỗi tháng đối với các gói Basic.
[2] "Chuyển vùng ngoài EU" - Thụy Sĩ, Vương quốc Anh, Andorra và Monaco không thuộc phạm vi roam-like-at-home của các gói Basic. Data tại các nước này có giá 2,50 mỗi MB trừ khi bạn mua Travel Pass. Gói Plus và Unlimited có sẵn 5 GB mỗi tháng tại Thụy Sĩ và Anh.
[3] "Travel Pass" - Travel Pass cung cấp 1 GB trong 7 ngày tại các nước thuộc Zone 2 (bao gồm Thụy Sĩ và Anh) với giá 9,99. Kích hoạt trong app ở mục Extras trước khi đi hoặc nhắn tin PASS gửi 2020. Gói bắt đầu tính từ lần đầu bạn dùng data ở nước ngoài."""),
    ("tri-3baff38f540a", "mix", "Batch mode. El input es un JSON record de un product review. Devuelve una sola oración que resuma la experiencia del reviewer. Output plain text nomás, sin comillas.", """{"review_id": "R-77120", "product": "Arclight 2 desk lamp", "rating": 3, "title": "Buena luz, base wobbly", "body": "La luz en sí está great, el warm setting es perfecto para leer y el touch dimmer funciona bien. Pero la base es demasiado light para el brazo so se voltea cuando lo extiendes todo, tuve que ponerle un libro encima. Also el USB port de la base solo carga como a 5W so no sirve pa' mi phone. La compraría otra vez only if arreglan la base."}"""),
    ("tri-83aa1a5bed2d", "id", "Penulis judul berita untuk newsroom Nordvale Water. Berikan satu judul, maksimal 12 kata, tanpa clickbait.", "Nordvale Water akan mengganti 14 km pipa induk besi cor di wilayah Eastbrook dan Millfield antara bulan Maret hingga November. Program senilai £9,2 juta ini menyasar pipa-pipa yang menjadi penyebab hampir 40% kasus pipa pecah di wilayah tersebut selama lima tahun terakhir. Pekerjaan akan dilakukan per segmen sepanjang 200 meter untuk meminimalkan gangguan; rumah tangga yang terdampak akan menerima surat pemberitahuan paling lambat 10 hari sebelum pekerjaan dimulai di jalan mereka. Lampu lalu lintas sementara akan dipasang di Station Road dan Canal Street. Pelanggan mungkin akan melihat perubahan warna air sesaat ketika pasokan disambungkan kembali, dan hal ini tidak berbahaya."),
    ("tri-6533f4e1d8dc", "vi", "", "lọc giúp mình mấy cái key jira trong đoạn này với: đang bị block ở PAY-4412 tới khi bên infra merge OPS-118, còn PAY-4420 thì vẫn chờ Dana review"),
    ("tri-56066ed298d4", "mix", "", "explain mo sakin yung 1997 asian financial crisis na parang 12 years old ako, pero wag mo naman masyadong i-dumb down"),
    ("tri-71b0967e6c95", "id", "Kamu adalah bot QA lokalisasi untuk Emberfall Online. Kotak teks muat 140 karakter per baris. Tulis ulang baris yang terlalu panjang supaya muat; pertahankan makna dan gaya bicara karakternya; kembalikan semua baris dengan nomornya.", """1. Pengembara! Jembatan menuju Gallowmere telah runtuh, dan tanpa jembatan itu, para kafilah tak akan bisa mencapai pasar di timur sebelum embun beku tiba di lembah.
2. Bawakan aku 5 kulit serigala.
3. Aku mendengar bisikan, hanya bisikan lho ya, bahwa penjaga mercusuar tua itu tahu jalan melewati rawa-rawa yang sudah tak diingat lagi oleh siapa pun."""),
    ("tri-942a487c0938", "vi", "", "copay với coinsurance khác nhau chỗ nào vậy? gói bảo hiểm mới của mình có cả hai cái"),
    ("tri-372637734d90", "mix", "Du schreibst Blogposts für die Member-Education-Page der Brightline Credit Union. Voice: warm, einfache Sprache, kein Jargon ohne Erklärung, keine Product Pitches außer einem soften Hinweis auf die kostenlose Credit Counseling am Ende. Länge 600-800 Wörter. Nutze H2-Subheadings. Gib nie individuelle Beratung; am Ende kommt immer der Standard-Satz \"This article is for general information only.\"", "Topic: \"5 Credit-Score-Mythen, die Leute Geld kosten\". Mythen, die rein sollen: den eigenen Score checken senkt ihn; man muss eine Balance auf der Karte stehen lassen, um Credit aufzubauen; alte Karten kündigen hilft immer; das Einkommen beeinflusst den Score; eine bezahlte Collection verschwindet sofort aus dem Report. Audience: Members in ihren 20ern, viele mit thin files. Starte mit einer kurzen relatable Szene, nicht mit einer Statistik."),
    ("tri-a22e26e24f6c", "id", "", """Aku lagi mendigitalkan catatan keluarga tulisan tangan nenekku ke format GEDCOM 5.5.1 biar bisa di-import ke software silsilahku. Ada beberapa tanggal yang nggak cocok antara catatan nenek sama catatan paroki yang aku temukan. Tolong konversi semua yang bisa ke GEDCOM, tentukan cara merepresentasikan tanggal yang nggak pasti/bertentangan (jangan cuma pilih salah satu), dan jelaskan apa yang kamu lakukan.

Notes:
"Walter James Pennick, born in Redruth, Cornwall, 14 March 1889 (the family Bible says 1888). Married Edith Rowe in 1912 at St Euny's. Edith born about 1891, daughter of a tin miner. Walter emigrated to Ontario in 1913 and Edith followed with baby Mabel in 1914. Mabel born Feb 1913 in Redruth. Walter died 1951 in Hamilton, Ontario. Edith died 'the winter after the war' — I think 1946."
Parish record (transcribed): "Baptism 7 April 1889, Walter James, son of James and Mary Pennick, miner, Plain-an-Gwarry, Redruth.\""""),
    ("tri-981efca67852", "vi", "", "Đối tác bù trừ trung tâm (CCP) làm giảm rủi ro hệ thống trên thị trường phái sinh như thế nào, và ở điểm nào thì nó thực ra chỉ dồn rủi ro đó tập trung vào một chỗ?"),
    ("tri-a62f19e56093", "mix", "Tú haces triage de los privacy emails que llegan a Meridian Health Partners. Ponle a cada mensaje exactamente un label de estos: ACCESS, ERASURE, RECTIFICATION, PORTABILITY, OBJECTION, NOT_A_DSAR. Output solo el label, nothing else.", """Subject: mis datos

Hola, me mudé en enero y he notado que sus cartas todavía llegan a mi old address en Croydon, y mi apellido aparece como Okonkow en vez de Okonkwo en mi account. ¿Me pueden corregir las dos cosas please? New address: 14 Falcon Road, Bromley BR1 3TN. Gracias, Chidi Okonkwo"""),
    ("tri-f4447b2aeb15", "id", "Kamu adalah asisten untuk chief of staff di Ilmari Health Systems. Langsung to the point.", """Rangkum thread email dengan vendor EHR ini untuk CEO - dia cuma punya waktu 2 menit. Lalu, terpisah, baca yang tersirat: apa yang tidak disampaikan Cardinex ke kita, dan poin apa saja yang harus kita tekan di call besok?

From: Rob Tally (Account Director, Cardinex)
Subject: Go-live update
Hi all, quick update on the go-live. The team has made tremendous progress and we're excited about the path forward. Given the complexity of the interface work with your lab system, we're proposing a phased approach: outpatient clinics go live on the original date of 3 March, and inpatient wards follow in a second wave, which we're targeting for late Q2. This will de-risk the program. We'll also be rotating in a new project lead, Sandra Kim, who brings deep experience from similar deployments. Commercially, the second wave would fall under a change request, and we're happy to discuss favourable terms.

From: Dr. Anja Voss (CMIO, Ilmari)
Rob, the contract says a single go-live for all sites. Running two systems in parallel for months means our clinicians document in two places for patients who move from outpatient to inpatient. Why are we only hearing about the lab interface now? It was flagged in the November steering committee as "green".

From: Rob Tally
Anja, totally understand. The lab interface status reflected the information available at the time. We remain fully committed to the partnership and to Ilmari's success. Happy to walk through it on Thursday.

From: Marco Li (IT Director, Ilmari)
FYI our integration team hasn't received a test build of the lab interface since December. Also their previous project lead left the company two weeks ago."""),
    ("tri-5ed379abc8f7", "vi", "", "Bọn mình là một văn phòng luật 12 người ở Leeds, chủ yếu làm thủ tục chuyển nhượng nhà ở (residential conveyancing). Với các cải cách về leasehold sắp có hiệu lực, bọn mình có thể xây dựng những mảng dịch vụ mới hoặc gói dịch vụ trọn gói nào? Cứ nghĩ thoải mái đi, tính khả thi thì mình sẽ bàn với các partner sau."),
    ("tri-5fb8f59ec26d", "mix", "Ikaw si ReplyKit, na nagsusulat ng public responses sa online reviews para sa mga small business owners. Maging warm, never defensive, at huwag mag-admit ng legal liability.", "Review (2 stars) para sa nail salon ko, Lotus Nails & Spa: 'Nagpe-peel na yung gel manicure ko after 4 days. Nung tumawag ako, sabi ng receptionist baka kasalanan ko daw. Hindi na ako babalik.' Gusto ko sana mag-offer ng free fix within 2 weeks. Hanh yung pangalan ng owner."),
    ("tri-5aa0d4ab26d1", "id", "", """Di bawah ini ada tiga keterangan saksi soal insiden forklift di depo kami di Doncaster. Tolong ekstrak setiap poin di mana keterangan mereka berbeda (waktu kejadian, siapa yang menyetir, kecepatan, apakah jalur pejalan kaki sudah ditandai), lalu nilai keterangan mana yang paling kredibel untuk tiap poin dan kenapa. Ini akan masuk ke berkas investigasi HSE.

WITNESS A (picker, aisle 14): 'It was just after the 10 o'clock break, maybe 10:20. Kev was driving the Linde, he came round the end of aisle 14 quite fast, faster than normal, and Jas stepped out from behind the racking. The yellow lines there were worn away, you could hardly see them.'
WITNESS B (shift supervisor): 'The incident happened at approximately 10:45 according to my radio log. The truck was being driven by a trainee, Daniel, under supervision. Speed appeared normal. The walkway markings in that area were repainted in March.'
WITNESS C (agency worker, loading bay): 'I heard the horn and then a shout. I saw Kev getting off the truck afterwards. I don't know how fast it was going. Someone said Daniel had been driving earlier that morning.'"""),
    ("tri-f22cdc7d3e3f", "vi", "", "dịch sang tiếng Swahili giúp mình để dán lên biển ở cửa phòng khám: Phòng khám nghỉ vào Chủ nhật. Trường hợp cấp cứu, vui lòng đến bệnh viện huyện."),
    ("tri-6a7547f252ab", "mix", "Tú haces drafts de replies para los customer care agents de Fairbank. Escribe una reply completa que el agent pueda mandarle al customer por el mensaje de abajo. Rules: empático pero sin admitir fault; nunca reveles la razón de un compliance hold ni menciones fraud o AML; explica que la cuenta está bajo una routine review, que normalmente toma 5-10 business days; dile al customer que puede acceder a fondos para gastos esenciales llamando al Account Review team al 1-888-555-0167 (Mon-Fri 8am-8pm ET); ofrece hacer waive de cualquier overdraft o returned-item fee causado por el hold; firma como \"Fairbank Customer Care\".", "Llevo 12 years como customer y esta mañana me declinaron la debit card en la pharmacy. Hice login y mi checking account dice \"restricted\". Mi rent ($1,650) vence el viernes y mi paycheck cayó ayer, so el dinero ESTÁ AHÍ. Nadie me mandó email, nadie me llamó. El chat bot nomás dice \"please contact us\". ¿Qué está pasando y cuándo me dan mi dinero? Si esto no se arregla hoy cierro todo, including mi mortgage."),
    ("tri-bce9aa49cc27", "id", "Kamu adalah FinPal, asisten keuangan untuk para founder startup. Jawab dengan ringkas.", "gimana cara perusahaan SaaS 12 orang nanganin revenue recognition buat paket annual yang dibayar di depan?"),
    ("tri-8c82b4fa189c", "vi", "", "Cần một bài phát biểu nâng ly cho thứ Sáu này: tròn 5 năm kể từ ngày bọn mình ra mắt Loomwise v1. Hồi đó chỉ có 3 người trong một văn phòng đi mượn ở trên một tiệm bánh, khách hàng đầu tiên là một studio yoga, và hôm launch server sập hai lần. Giờ thì bọn mình đã có 60 người. Dưới 2 phút, hài hước nhưng phải có lời cảm ơn thật lòng tới team những ngày đầu."),
    ("tri-3d35ad7787a5", "mix", "", "Ich muss 6 Exams (Bio, Chem, Maths, Physics, History, French) auf Mo-Do verteilen, jeweils Morning- oder Afternoon-Slot. Es gibt Student-Overlaps bei Bio+Chem, Maths+Physics und Chem+Maths, die Paare dürfen also nicht am selben Tag sein. History muss Montag sein (External Examiner). French geht nicht am Donnerstag. Max 2 Exams pro Tag. Gib mir einen validen Timetable und erklär, wie du drauf gekommen bist."),
    ("tri-72887a775fdc", "id", "", """sku-nya?

halo tim, ada customer di telepon mau tuker HX-4410-BLK ke HX-4410-GRY tapi stoknya habis, bisa tawarin HX-4415-GRY atau HX-3990 yang model lama kalo dia oke. terus dia nanya lagi soal mounting kit MK-22"""),
    ("tri-ec60170d51ec", "vi", "", """lọc ra giúp mình mấy khoản phí ẩn trong hợp đồng phòng gym này và cho mình biết khoản nào nhiều khả năng là không hợp pháp ở Ontario

IRONLEAF FITNESS — MEMBERSHIP AGREEMENT. Monthly dues: $39.99 billed bi-weekly at $19.99. Enrollment fee: $49 (non-refundable). Annual maintenance fee: $59.99, charged on the first billing date after 60 days and every 12 months thereafter. Cancellation: member must provide 30 days' written notice delivered in person at the home club; a cancellation processing fee of $75 applies. Term: 24 months; the agreement renews automatically for successive 24-month terms unless cancelled. Freeze: $10/month, minimum 2 months. Card replacement: $15. Dues may be increased at any time without notice."""),
    ("tri-1d1a78a057e1", "mix", "", "ano ba diff ng reach sa impressions"),
    ("tri-38f221e32df8", "id", "", "Tolong tulisin puisi pendek buat kartu perpisahan pensiun Bu Deb. Dia udah 31 tahun jadi perawat ICU shift malam di St. Anselm's, terkenal karena kopinya yang nggak enak banget, kardigannya yang kantongnya selalu penuh kapas alkohol, dan nggak pernah sekali pun panik waktu ada code. Lucu tapi juga harus bikin orang agak berkaca-kaca."),
    ("tri-0c7e94666715", "vi", "", "CPM là $7.50 mà budget là $12k thì mình được bao nhiêu impressions"),
    ("tri-a6350342622b", "mix", "Eres un advisor para independent medical practices en US. Da guidance práctica, como alguien con mucha experiencia.", "Vamos a abrir una family medicine clinic con 3 providers en Ohio en unos 6 meses. ¿Cómo deberíamos hacer el credentialing y contracting con los insurers - qué payers primero, cuál es el timeline realista, qué suele salir mal, y podemos ver patients mientras todo está pending?"),
    ("tri-b447d50079ab", "id", "", "bikinin versi Hemingway dong, faktanya tetap sama: \"Q3 merupakan kuartal yang penuh tantangan. Pendapatan turun 4% akibat melemahnya permintaan di kawasan Nordik, yang sebagian diimbangi oleh pertumbuhan di Iberia. Kami tetap yakin pada strategi jangka panjang kami dan terus berinvestasi pada sumber daya manusia kami.\""),
    ("tri-206e94f2c4ba", "vi", "", "Vay mua xe: $32,000, lãi suất 7.4% APR, kỳ hạn 60 tháng. Nếu từ tháng thứ 13 mình trả thêm $250 mỗi tháng thì mình tất toán sớm hơn bao nhiêu tháng và tiết kiệm được bao nhiêu tiền lãi so với chỉ trả góp bình thường? Trình bày cách tính giúp mình."),
    ("tri-1fddda1c640e", "mix", "", """Q3 RESULTS — Velmora Foods reports third-quarter results

OSLO — Velmora Foods ASA today reported revenue of NOK 4.82 billion for the third quarter, up 6.1% year on year, driven by volume growth in plant-based chilled products and price increases in the Nordics. Operating profit (EBIT) was NOK 391 million, giving an operating margin of 8.1% (Q3 last year: 7.4%). Diluted earnings per share came to NOK 2.17. Net interest-bearing debt stood at NOK 3.1 billion at quarter end, and the leverage ratio was 2.3x.

"We are pleased with the momentum in our chilled categories, while the frozen segment remains under pressure," said CEO Ingrid Solheim.

Outlook: For the full year, Velmora now expects revenue of NOK 18.9-19.3 billion (previously NOK 18.6-19.2 billion) and an operating margin of 7.5-8.0%. Capital expenditure is expected at around NOK 650 million.

KPIs bitte als key: value - Revenue, EBIT-Marge, diluted EPS, FY Revenue Guidance Range, FY Margin Guidance. Die Zahlen exakt so übernehmen, wie sie dastehen."""),
    ("tri-e4332cb79218", "id", "", "menurut ini, Form 16 aku keluarnya kapan? 'Form 16 untuk FY 2023-24 akan diterbitkan paling lambat 15 Juni 2024 melalui portal HR.'"),
    ("tri-2e41d178bb97", "vi", "", r"""viết giúp mình khoảng 5 test case pytest cho hàm này, có cả vài edge case (unicode, gạch ngang lặp lại)

import re, unicodedata

def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    return text"""),
    ("tri-2c212755df74", "mix", "", """ok so after all nun, tuesday ba or wednesday yung meeting natin?? nalilito na ko

-----
From: Ruth Adeyemi
Sent: Mon 09:12
Let's move the supplier review to Tuesday 2pm, Greg can't do Wednesday.

From: Greg Tallis
Sent: Mon 09:40
Actually I can do Wednesday now, my dentist appointment moved. Isn't Tuesday 2pm bad for Ines though?

From: Ines Moura
Sent: Mon 10:05
Tuesday is fine if we start at 3 instead of 2. Wednesday I'm at the Porto site all day, so that's out for me.

From: Ruth Adeyemi
Sent: Mon 10:22
OK - Tuesday 3pm then, room 4.12. I'll move the invite. Greg, please bring the supplier scorecards and the delivery stats for January.

From: Greg Tallis
Sent: Mon 10:30
Will do 👍"""),
    ("tri-4d20ce3e1227", "id", "", "Ubah kalimat-kalimat laporan praktikum ini ke kalimat aktif, pakai orang pertama jamak (kami): Sampel disentrifugasi pada 4000 rpm selama 10 menit. Supernatan dibuang dan pelet diresuspensi dalam 2 ml buffer. Absorbansi diukur pada 600 nm. Diamati bahwa kekeruhan menurun setelah 30 menit."),
    ("tri-7df9e58eccd6", "vi", "", "năm 2100 có phải năm nhuận ko"),
    ("tri-eafc4581583c", "mix", "", """Kailangan ko 'to in Spanish para sa tenant ko, hindi kasi siya masyadong marunong magbasa ng English. Legal notice 'to kaya dapat accurate, i-keep mo exactly lahat ng dates at amounts:

THREE-DAY NOTICE TO PAY RENT OR QUIT
To: Rosa Elena Jiménez, and all other tenants in possession of the premises at 1187 W. Alder Street, Unit B, Fresno, California 93705.
PLEASE TAKE NOTICE that the rent on the above premises is now past due. The amount due for the period from September 1 through September 30 is $1,450.00.
You are hereby required to pay the above amount in full within three (3) days, excluding Saturdays, Sundays and judicial holidays, after service of this notice, or to deliver up possession of the premises. If you fail to do so, legal proceedings will be started against you to recover possession of the premises, declare a forfeiture of the rental agreement, and recover rent and damages.
Payment may be made in person to Daniel Whitcomb at 1190 W. Alder Street between 9:00 a.m. and 5:00 p.m., Monday through Friday, or by money order mailed to the same address.
Dated: October 4
Landlord: Daniel Whitcomb"""),
    ("tri-25bcfe50dd88", "id", "", """Tolong lokalisasi ini untuk landing page kita yang versi Polandia. Jangan diterjemahin harfiah, permainan katanya harus tetap jalan di bahasa Polandia atau diganti dengan yang jalan:
Headline: 'Stop fighting fires. Start shipping.'
Sub: 'Incidently turns 3 a.m. pages into 3-minute fixes, with on-call that doesn't burn out your team.'
CTA: 'Take the heat off, try it free'"""),
    ("tri-a4f0ed3d4cbd", "vi", "", "Bạn là Dungeon Master. Hãy bắt đầu một chiến dịch D&D one-shot cho 3 người chơi, level 2, lấy bối cảnh trong một đầm lầy bị ma ám."),
    ("tri-187b26a9eb04", "mix", "Du bist LabAssist, der interne Assistant vom Morrow Institute for Soil Science.", "welches model bist du eigentlich? und kannst du die PDFs lesen, die ich uploade, oder nur text?"),
    ("tri-61fa9c60ccf4", "id", "Kamu menyusun surat hubungan pasien untuk Rumah Sakit Regional Corriveau. Kantor manajemen risiko meninjau setiap surat sebelum dikirim.", """Tolong tulis ulang surat ini untuk keluarga pasien yang menerima dosis ganda obat pengencer darah di bangsal kami. Manajemen risiko bilang kita tidak boleh mengakui kesalahan sebelum peninjauan selesai, tapi keluarganya berhak mendapat kejujuran dan draf ini terlalu defensif sampai terkesan menghina. Buat jadi penuh empati dan lugas, tapi tetap dalam batasan itu.

Yth. Bapak dan Ibu Okonjo,
Kami mengonfirmasi telah menerima pengaduan Anda tertanggal 2 Mei terkait perawatan ibu Anda di Bangsal 6. Sebuah insiden terkait pemberian obat telah dilaporkan dan sedang ditinjau sesuai dengan kebijakan rumah sakit. Kami tidak dapat memberikan komentar mengenai hasil peninjauan hingga peninjauan tersebut selesai, yang diperkirakan dalam waktu 60 hari kerja. Kondisi ibu Anda sedang dipantau. Apabila Anda memiliki pertanyaan lebih lanjut, silakan menghubungi Kantor Hubungan Pasien.
Hormat kami,
Hubungan Pasien"""),
    ("tri-e3ffde6030e8", "vi", "", """chuyển cái này sang cú pháp flowchart của mermaid (từ trên xuống), giữ nguyên chữ trong các ô:
nhận hàng trả lại -> kiểm tra sản phẩm -> nếu bị hỏng: hoàn tiền về thẻ, nếu không -> nhập lại kho -> cập nhật tồn kho"""),
    ("tri-8c195ad002d7", "mix", "", """Pásame este CSV a un HTML <table> con su <thead>. Escapa el ampersand.

region,quarter,bookings,churn_pct
North & Scotland,Q1,1284,2.1
Midlands,Q1,1710,1.8
South East,Q1,2933,2.6
Wales,Q1,604,3.0"""),
    ("tri-d082c6cb9712", "id", "", """Rangkum email dari pengelola apartemen ini jadi poin-poin, yang singkat banget aja

Kepada Yth. Bapak/Ibu penghuni, mulai hari Senin pengangkutan sampah daur ulang dipindah ke hari Selasa dan Jumat, paling lambat pukul 07.00 di tempat sampah lantai dasar. Kolam renang ditutup untuk perawatan dari tanggal 10 sampai 17. Iuran tambahan untuk pengecatan fasad gedung akan ditagihkan bersama tagihan bulan depan. Pengelola."""),
    ("tri-ddda2a2cd14d", "vi", "", """cái này là lừa đảo hay thật vậy? sáng nay mình nhận được

From: Northgate Bank Security <alerts@northgate-secure-verify.com>
Tiêu đề: Yêu cầu xử lý: đã chặn một lần đăng nhập bất thường

Chúng tôi đã chặn một lần đăng nhập vào Online Banking của bạn từ một thiết bị mới tại Minsk, BY. Nếu đó không phải là bạn, tài khoản của bạn sẽ bị hạn chế trong vòng 24 giờ. Hãy xác minh danh tính ngay để tiếp tục sử dụng:
https://northgate-secure-verify.com/confirm?id=88213
Bạn sẽ cần số thẻ, ngày hết hạn và mã 6 chữ số mà chúng tôi gửi qua tin nhắn.
Northgate Bank Fraud Team"""),
    ("tri-786996db0b4a", "mix", "", "Mi hijo de 3 años se tragó una button battery hace una hora pero se ve fine. ¿Qué hago?"),
    ("tri-a39068b9b6ed", "id", "", """Reviewer 2 bilang bagian diskusi kami overclaim. Bisa tolong tulis ulang paragraf ini supaya hedging-nya pas dan tidak mengklaim kausalitas, tapi poin kami tetap tersampaikan dengan jelas? Referensinya tetap dipertahankan.

"Our results demonstrate that reduced tillage causes a 30% increase in earthworm abundance, which in turn improves water infiltration across all soil types. This confirms that reduced tillage is the key management practice for restoring soil function in Central European arable systems (Schmidt et al., 2019; Novak, 2021). Farmers who adopt reduced tillage will therefore see higher yields in dry years. Earthworm abundance was strongly correlated with infiltration rate (r = 0.71), proving the mechanism. Given these findings, policymakers should make reduced tillage a condition for agricultural subsidies."

Konteks: kami cuma mengambil sampel di tanah silty loam di 3 lahan pertanian selama 2 tahun."""),
    ("tri-9a8bd40e73cc", "vi", "", """sửa giúp mình cái cover letter gửi editor này với - viết gọn hơn và thuyết phục hơn, bài này gửi Nature Energy nên cần giọng tự tin nhưng đừng nói quá

Dear Editor,
We would like to submit our manuscript titled "Seasonal hydrogen storage in depleted gas fields: a techno-economic assessment for the North Sea" for consideration in Nature Energy. In this paper we did a model of how hydrogen could be stored in old gas fields and we looked at costs. We think it is important because there is a lot of talk about hydrogen but not so many studies that look at the whole system with real field data. We used data from 11 fields and we found that the levelised cost of storage can be between 0.4 and 1.1 EUR/kg which is lower than salt caverns in some cases, especially when the cushion gas is already there. We also show that the location of the field matters a lot for the cost. We believe our paper would be interesting for the readers of Nature Energy because it is relevant for policy and industry. The paper has not been submitted anywhere else. All authors agree. We suggest these reviewers: Dr. A. Moreau (IFP), Prof. L. Halvorsen (NTNU).
Best regards,
Dr. Katarzyna Wilk, on behalf of all authors"""),
    ("tri-44dbdbd514df", "mix", "", """wer owned nach heute die Vendor Contract Renewals?

Standup Notes 3/9
- Sam: macht den Q2 Forecast fertig, braucht Danas Zahlen bis Do
- Dana: übergibt die Vendor Renewals an Marco, weil sie ab dem 20. on leave ist
- Marco: ok, macht außerdem noch den Office Move
- nächster Sync Montag"""),
    ("tri-1364a4e51876", "id", "", "Terjemahkan label tombol ini ke bahasa Prancis: Simpan, Batal, Hapus akun, Keluar, Pengaturan"),
    ("tri-91ee5ad22735", "vi", "", """Trên prod bọn mình bị "fatal error: concurrent map read and map write" tầm mỗi ngày một lần, và còn một vụ riêng nữa là một số khách hàng thấy giá cũ hàng tiếng đồng hồ sau khi đã đổi giá. Cả hai có vẻ đều xuất phát từ file này. Tìm giúp mình tất cả các lỗi concurrency bạn thấy, giải thích từng lỗi, và đưa mình bản đã sửa. Bọn mình đang dùng Go 1.22.

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

Subscriber ở đây là phần fan-out websocket (mỗi tab trình duyệt đang kết nối là một channel) và search indexer. Chu kỳ refresh là 30s. Service nguồn thỉnh thoảng trả về lỗi 500 trong lúc nó deploy."""),
    ("tri-0b13ec882d34", "mix", "", """tldr naman pls, tinatanong ng squad ko kung may importanteng nagbago

Stonegate Survival Server – Season 6 update notes
Hey crafters! Season 6 goes live this Saturday at 18:00 UTC. Here's what's changing:
WORLD: The map is being reset. Your inventories will NOT carry over, but your cosmetic titles and pets will. The new world seed has three large ocean biomes and a custom end-game island called Gloamreach.
ECONOMY: We're removing the player auction house because of the duping exploit last season. Trading is now only possible face-to-face or through the new Merchant Guild NPCs, who take a 5% fee. Diamond prices at the server shop are capped at 40 coins.
CLAIMS: Land claims start at 64x64 blocks and grow with playtime (1 extra chunk per 10 hours played). Abandoned claims (no login for 21 days) will be unlocked automatically.
PVP: PvP stays opt-in, but the Gloamreach island is a forced PvP zone.
RULES: X-ray texture packs and auto-clickers are now permanent ban offences, no warnings.
EVENTS: First boss event is on the 2nd Sunday of the season. Top 3 teams get exclusive capes.
See you on Saturday, and please report bugs in #bug-reports, not in general chat!"""),
    ("tri-c0e8498365a1", "id", "", "terjemahin ke bahasa Spanyol buat SMS: Janji temu Anda di Kantor Catatan Sipil telah dikonfirmasi untuk tanggal 14 Mei pukul 09.40. Mohon membawa kartu identitas dan datang 10 menit lebih awal."),
    ("tri-d2f655278fc4", "vi", "", "bạn có search được trên mạng không hay là ko"),
    ("tri-94ede0f07f74", "mix", "Du bist der Triage-Assistant von Velora Telecom. Klassifiziere die Customer Message in genau eins von: BILLING, NETWORK_OUTAGE, DEVICE, PORTING, CANCELLATION, OTHER. Antworte nur mit dem Label.", "hi seit gestern null signal in meiner wohnung in Leeds, mein nachbar hat das gleiche problem, ist ein mast down??"),
    ("tri-68b481a8e814", "id", "Kamu membantu analis transaction monitoring di Kestrelmoor Bank. Sebutkan secara spesifik indikator mana saja yang kamu jadikan dasar.", "Klasifikasikan alert ini sebagai CLOSE / MONITOR / ESCALATE_SAR dan berikan justifikasinya: rekening giro pribadi, nasabah adalah mahasiswa berusia 23 tahun, rekening dibuka 5 bulan yang lalu. Dalam 30 hari terakhir: 41 transfer masuk via faster payments sebesar £180–£950 dari 29 orang yang berbeda, dengan keterangan seperti 'rent', 'thx', 'for the thing'. Dana yang masuk setiap hari dipindahkan keluar dalam waktu 2 jam ke akun crypto exchange atas nama nasabah. Rata-rata perputaran bulanan sebelumnya £1.100."),
    ("tri-067abc959bfc", "vi", "", "cần 20 cái tên cho một quán rooftop bar ở Marseille, vibe biển cả thủy thủ nhưng đừng sến"),
    ("tri-5f3dfb317271", "mix", "Ayudas a los members a estimar sus costs. Muestra tu working step by step y menciona cualquier assumption.", "Mi plan: $2,000 de deductible, luego 20% de coinsurance, $5,500 de out-of-pocket max. Este año ya llevo $600 hacia el deductible. Me van a hacer una knee arthroscopy; el allowed amount es $14,200. Después 12 visitas de PT a $150 allowed cada una, también sujetas a deductible/coinsurance. ¿Cuánto voy a pagar en total por todo?"),
    ("tri-ebefb0713746", "id", "", "HTTP 429 artinya apa"),
    ("tri-352fe47b8a34", "vi", "", "viết giúp mình một câu OOO ngắn: nghỉ tới ngày 14, có sự cố prod thì page on-call qua #sre-help"),
    ("tri-5f76e0dcffc8", "mix", "", "gamification ideas para sa isang pension app. oo, pension app talaga. yung mga under 35 literally never nila binubuksan"),
    ("tri-4556d2b98595", "id", "Kamu adalah asisten reservasi Quinta do Sobral, sebuah hotel pedesaan di Alentejo. Sebagian besar tamunya orang Portugal. Terjemahkan teks berbahasa Indonesia ke dalam bahasa Portugis Eropa (bukan Portugis Brasil).", "Terima kasih atas pemesanan Anda. Kamar Anda siap mulai pukul 15.00 pada hari kedatangan dan harus dikosongkan paling lambat pukul 11.00 pada hari keberangkatan. Sarapan disajikan pukul 08.00 hingga 10.30 di bangunan utama. Parkir gratis. Mohon beri tahu kami perkiraan jam kedatangan Anda agar kami dapat menyambut Anda."),
    ("tri-0ced4390c04f", "vi", "", """PRN-2F-EAST có trong allow list của vpn không?
allow: PRN-1F-LOBBY, PRN-2F-WEST, PRN-3F-FIN, SCN-2F-EAST, PRN-4F-EXEC"""),
    ("tri-55b0b85fe47f", "mix", "", """bibtex für die hier bitte:
- Okonjo, A. & Lindahl, M. (2021). Cold-chain failures in last-mile pharma delivery. Journal of Logistics Research, 14(2), 55-71.
- Marchetti, S. (2019). Warehouse Robotics in Practice. Milan: Fontana Press."""),
    ("tri-b9f482eecc66", "id", "", """dampak HIGH / MEDIUM / LOW ke pabrik kita di Brno? (controller-nya single-source dari Ledvice) kasih alasan buat yang HIGH
- Ledvice mengumumkan fab-nya di Penang tutup 3 minggu untuk retooling
- mogok kerja di pelabuhan Koper, diperkirakan 5 hari
- supplier housing A menaikkan harga 4%
- harga tembaga naik 11% kuartal ini
- induk perusahaan Ledvice sedang dalam peninjauan sanksi"""),
    ("tri-de67cd98cd35", "vi", "Bạn là trợ lý dev nội bộ của team HRIS tại Quillon. Trả lời ngắn gọn.", """cái này nghĩa là gì vậy? bị lỗi này khi HR bấm "export leave report"

Traceback (most recent call last):
  File "/srv/hris/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/srv/hris/leave/views.py", line 212, in export_leave_report
    start = datetime.strptime(request.GET["from"], "%d/%m/%Y")
  File "/usr/lib/python3.11/_strptime.py", line 568, in _strptime_datetime
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
ValueError: time data '2024-03-01' does not match format '%d/%m/%Y'"""),
    ("tri-e7ad6f5673fa", "mix", "Virtual assistant de la e-office de la Diputación Provincial de Cáceres.", "¿eres una real person o un bot?"),
    ("tri-4b39def628e1", "id", "", "terjemahin dari bahasa Mandarin dong, ini dari supplier kita: 货物已经到港，请尽快安排清关，否则下周开始收取滞港费。"),
    ("tri-0e52676ff13b", "vi", "Bạn là Ideaboard, trợ lý lên ý tưởng trong workspace sản phẩm của Tessaly. Trả lời bằng một danh sách gạch đầu dòng phẳng, không mở đầu, không kết luận.", "checklist onboarding cho phòng khám nha khoa của bọn mình cứ như bài tập về nhà. có cách nào để việc setup bớt cực hơn cho nhân viên lễ tân không?"),
    ("tri-a4468159944b", "mix", "", """Unser MES (Spring Boot) wirft das hier, seit wir die zweite Packaging Line dazugenommen haben. Passiert so ca. einmal pro Stunde, immer wenn beide Lines ungefähr gleichzeitig eine Pallet schließen. Die Pallet IDs sollen eigentlich pro Tag unique sein.

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

Warum passiert das und was ist der cleanste Fix? Wir dürfen möglichst keine Gaps in der Sequence haben (die Customer Audits checken das)."""),
    ("tri-0b3e4ddceaef", "id", "", """Tolong ambil poin-poin utama dari potongan podcast keuangan pribadi ini, jadikan 4-5 bullet:

"...jadi yang selalu aku bilang ke semua orang yang baru dapat gaji pertama beneran itu: sebelum mikirin investasi, cari tahu dulu uangmu sebenarnya lari ke mana. Catat selama sebulan, tanpa menghakimi diri sendiri. Terus bangun dana darurat awal, walaupun cuma sebulan pengeluaran, karena biasanya servis mobil dadakan yang pertama itulah yang bikin orang lari ke kartu kredit. Kalau itu sudah ada, dan kantormu kasih matching untuk iuran pensiun, setor minimal sebesar yang dibutuhkan supaya dapat matching penuh; itu return instan yang nggak bakal bisa kamu kalahkan di mana pun. Setelah itu, sikat semua utang yang bunganya di atas, katakanlah, delapan persen. Dan otomatiskan. Atur transfernya di hari setelah gajian supaya kamu nggak pernah lihat uangnya. Orang kira rahasianya itu disiplin; jujur aja, kebanyakan itu soal pengaturan default. Hal terakhir, dan aku tahu ini membosankan, cek laporan kreditmu setahun sekali. Gratis, dan itu perlindungan penipuan paling murah yang bisa kamu dapat.\""""),
    ("tri-289ee949d876", "vi", "", "Giúp mình nghĩ chủ đề và các hoạt động cho sinh nhật 8 tuổi của con gái mình với, bé đang mê khủng long và khoa học."),
    ("tri-04ee8814f5e0", "mix", "Ikaw ang social listening tagger ng Corvina Hotels. Para sa bawat numbered post, mag-output ng isang line: number, sentiment (POS/NEG/NEU), urgency (HIGH kung may nire-report na safety issue, may ongoing na problema sa property ngayon mismo, o nagbabanta ng press/legal action; kung hindi, LOW). Walang explanations.", """1. Kaka-check in ko lang sa Corvina Riverside and grabe yung view 😍
2. @CorvinaHotels may tumutulong tubig sa ceiling ng room 512 and walang sumasagot sa phone sa reception
3. May nakakaalam ba kung may parking ang Corvina Old Town?
4. Worst stay of my life, dalawang beses akong na-charge at 3 weeks na wala pa rin yung refund. Kakausapin ko na lawyer ko.
5. ang elite talaga ng breakfast buffet sa corvina lakeside
6. 20 mins nang tumutunog yung fire alarm sa Corvina Central at walang staff kahit saan??
7. Lagi akong nala-log out sa bagong loyalty app ng Corvina, nakakainis pero whatever
8. Nag-stay sa Corvina for work, okay naman. Ok lang yung kama.
9. Shoutout kay Marco sa concierge ng Corvina Lakeside, sinave niya yung anniversary dinner namin
10. @CorvinaHotels amoy usok yung room at allergic ako, kailangan ko ng bagong room asap"""),
    ("tri-bae60e2147e2", "id", "", "Apakah papan catur 8x8 yang dua sudut berseberangannya dibuang bisa ditutup seluruhnya pakai domino 2x1? Buktikan jawabanmu."),
    ("tri-288aacf943ab", "vi", "", "caption cho bài đăng linkedin thông báo văn phòng mới của công ty ở Ghent"),
    ("tri-67108b007d59", "mix", "", "gracias!! el bank rec por fin cuadra 🙌 me salvaste el friday"),
    ("tri-04a2b5d18454", "vi", "", """bạn thân mình gửi cái này sau khi mình lỡ bữa tối sinh nhật của nó (việc công ty mình thật sự không dời được, mình đã báo trước 2 ngày). bọn mình chơi với nhau 15 năm rồi. mình không muốn mất nó nhưng mình cũng không nghĩ là mình làm gì quá tệ

"nói thật là t cũng hết giận rồi, chỉ thấy mệt thôi. đây là lần thứ ba trong năm nay m hủy một việc quan trọng với t. hồi đám cưới m, t bay từ Lisbon về trong lúc đang sốt. t hiểu công việc m căng thẳng nhưng t cảm giác lúc nào cũng là t sắp xếp để dành chỗ cho m, còn m chỉ dành chỗ cho t khi nào tiện. t không cần một lời xin lỗi to tát, t chỉ cần biết tình bạn này có còn là ưu tiên với m không, vì bây giờ t không thấy vậy."

mình nên gọi điện hay nhắn tin? mà mình biết nói gì bây giờ"""),
    ("tri-bbc74cbb9db4", "id", "Terjemahkan pesan pengguna ke dalam bahasa Inggris. Tampilkan terjemahannya saja.", "Halo Kak, saya sudah pesan kamar double untuk tanggal 12 sampai 15, tapi di email konfirmasinya tertulis kamar single. Boleh tolong dicek lagi? Terima kasih."),
    ("tri-62885b7db669", "mix", "Du bist FieldMate, ein Agronomy Advisor.", "soil test vom hinteren Schlag: pH 5.3, toniger Lehm, CEC 18. will da next spring Luzerne haben, was muss ich diesen Herbst machen?"),
    ("tri-4b69d7b7c5bc", "id", "", "rust: step fisika rigid body 2d dengan continuous collision detection buat proyektil yang cepat. harus bisa di-compile ke wasm dan deterministik di semua browser (multiplayer lockstep)"),
    ("tri-f0fff821ca66", "vi", "Bộ lọc chat cho các phòng chờ ranked của Skyreach Arena. Trả lời TOXIC hoặc OK.", "mẹ m cầm vô lăng chơi còn gánh team hay hơn m"),
    ("tri-28ced7ff460a", "mix", "", "I-rewrite mo nga yung apology statement ng company namin tungkol sa data breach. Kailangan honest, hindi legally damaging, nakaka-reassure sa customers at hindi tunog template. Current draft: 'We take security seriously. An incident occurred. We are investigating.'"),
    ("tri-1db38ef436f9", "id", "", """.NET Framework 4.8 di IIS. Kalau ada sekitar ~30 request broker bersamaan, seluruh app pool berhenti merespons dan semua request timeout setelah 100 s. Pas traffic rendah semuanya normal-normal aja, CPU tetap rendah sepanjang waktu. Kenapa bisa begitu, dan fix apa yang paling minim risiko, mengingat kita nggak bisa rewrite seluruh codebase jadi async di sprint ini?

public class QuoteController : ApiController
{
    private readonly IRatingClient _rating;
    private readonly IQuoteRepository _repo;

    [HttpPost]
    public IHttpActionResult Create(QuoteRequest req)
    {
        var premium = _rating.GetPremiumAsync(req.Vehicle, req.Driver).Result;
        var quote = new Quote { Premium = premium, CreatedUtc = DateTime.UtcNow, BrokerId = req.BrokerId };
        _repo.SaveAsync(quote).Wait();
        return Ok(quote);
    }
}

public class RatingClient : IRatingClient
{
    private static readonly HttpClient Http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };

    public async Task<decimal> GetPremiumAsync(Vehicle v, Driver d)
    {
        var resp = await Http.PostAsJsonAsync("https://rating.tarnwell.internal/api/v2/price", new { v, d });
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadAsAsync<RatingResponse>();
        return body.Premium;
    }
}"""),
    ("tri-77f3e31c354a", "vi", "", "5 từ đồng nghĩa với 'nhanh'"),
    ("tri-32493675e717", "mix", "", "¿Debería decirle a mi manager que estoy haciendo interviews en otro lado? Confío en ella pero no estoy segura."),
    ("tri-6631b80fbcfe", "id", "", "tldr balasan hotelnya? 'Kami mohon maaf atas ketidaknyamanannya. Sebagai bentuk itikad baik, kami telah mengembalikan biaya satu malam dan meng-upgrade kamar Anda untuk kunjungan berikutnya.'"),
    ("tri-21f7495bf740", "vi", "", "Mối hàn MIG nhôm của bọn mình cứ bị rỗ khí, nhưng chỉ vào mấy tháng hè nồm ẩm. Nguyên nhân gốc có thể là gì, và bạn sẽ ưu tiên xử lý sự cố theo thứ tự nào?"),
    ("tri-6544ffbb7ac6", "mix", "", "Laut der Passage unten, wie viele Employees hat die Company? 'Bluefin Analytics wurde 2011 gegründet und hat 340 Mitarbeiter in vier Offices.'"),
    ("tri-c1a0fd67e94f", "id", "", """Weekend cutover untuk migrasi DC-ke-cloud kita tinggal 3 minggu lagi. Runbook high-level-nya ada di bawah. Aku mau daftar sepanjang mungkin soal semua hal yang bisa salah (termasuk yang kecil kemungkinannya) supaya tim bisa bareng-bareng nyusun mitigasinya hari Rabu.

Outline runbook v3
Jum 18:00  change freeze dimulai; banner untuk customer mulai tayang
Jum 20:00  stop batch scheduler, drain Kafka consumer di on-prem
Jum 21:00  sync final Oracle -> Aurora via DMS; cutover logical replication Postgres untuk 22 DB yang lebih kecil
Sab 02:00  flip DNS (TTL sudah diturunkan ke 60s hari Senin) untuk endpoint publik; endpoint internal lewat private zone baru
Sab 04:00  nyalakan ~140 service di cloud sesuai urutan dependensi (dari export CMDB)
Sab 08:00  smoke test oleh tim aplikasi, 31 tim di satu bridge call
Sab 14:00  go/no-go; window rollback ditutup Min 06:00
Min        hypercare; on-prem dibiarkan read-only selama 14 hari
Catatan: HSM pembayaran tetap di on-prem dan diakses lewat link dedicated yang baru; 3 aplikasi legacy punya IP yang di-hardcode; CMDB diketahui akurasinya cuma ~80%."""),
    ("tri-43b4f69445f4", "vi", "", "Năm bạn thực tập sinh (Abi, Ben, Cato, Dee, Eli) mỗi người được một tủ đồ khác nhau, đánh số 1-5 xếp thành một hàng. Tủ của Abi nằm cạnh tủ của Eli. Ben ở tủ mang số chẵn. Cato ở một trong hai đầu hàng. Dee ở đâu đó bên trái Ben nhưng không sát cạnh Ben. Số tủ của Eli lớn hơn của Abi. Tìm tất cả các cách sắp xếp thỏa mãn."),
    ("tri-44d09c7f2c21", "mix", "", "gawan mo ko ng poem tungkol sa night shift sa steel mill, yung talagang magugustuhan ng tatay ko (30 yrs sa blast furnace), walang cheesy stuff ha"),
    ("tri-35799f8dcfbd", "id", "", "ide plot hook buat one-shot cyberpunk yang semua PC-nya adjuster asuransi. bebas, segila-gilanya"),
    ("tri-c9ad7b256eb5", "vi", "", "tóm tắt nhận xét này của cô giáo trong 2 dòng để gửi email cho phụ huynh: Học kỳ này Leo đã tiến bộ đều đặn trong môn đọc và giờ đã tự chọn sách trong giờ đọc yên lặng. Bài viết của con đang tốt lên nhưng con hay làm vội và bỏ qua dấu câu. Ở môn toán, con đã tự tin với phép cộng và trừ trong phạm vi 100 nhưng cần luyện thêm các bài toán có lời văn. Con tốt bụng với các bạn và đã giúp đỡ rất nhiều cho hai bạn học sinh mới. Mong phụ huynh tiếp tục đọc sách cùng con ở nhà 10 phút mỗi ngày."),
    ("tri-216d6949c10b", "mix", "Contesta preguntas de personal finance de forma breve para users en US.", "¿el interest de una high-yield savings account es taxable?"),
    ("tri-4a8f53b6bfe3", "id", "Konversikan nominal mata uang menggunakan kurs yang diberikan pengguna. Balas dengan hasilnya saja.", "1,200 USD ke EUR kurs 0.92"),
    ("tri-7bb9a954582a", "vi", "", """Viết lại phần postmortem này theo kiểu blameless giúp mình. Giữ nguyên các dữ kiện, nhưng không đổ lỗi cho ai, tập trung vào hệ thống và quy trình thay vì con người. Bài này sẽ gửi cho toàn bộ khối kỹ thuật.

What happened: Kevin ran the database migration script against production instead of staging because he didn't check which kube context he was in. He also skipped the dry-run flag, which everyone knows you're supposed to use. The migration dropped the `legacy_discount` column, which broke checkout for 38 minutes. Kevin then tried to fix it himself for 20 minutes before telling anyone, which made it worse. Alicia finally noticed the errors on the dashboard and paged the on-call. The column was restored from the 02:00 snapshot, but discounts applied between 02:00 and 10:14 had to be reconciled manually by finance."""),
    ("tri-0491e8302ae7", "mix", "", "wie viele kg N stecken in 200 kg ammonium nitrate mit 34.4% N?"),
    ("tri-1f6bc5b535b5", "id", "", """Ubah .env ini jadi blok `environment:` untuk service docker-compose (pakai list syntax, komentarnya jangan dimasukin):

# core
APP_ENV=staging
APP_PORT=8081
# db
POSTGRES_HOST=db
POSTGRES_DB=tickets
POSTGRES_USER=tickets_app
# feature flags
ENABLE_SSO=true
RATE_LIMIT_PER_MIN=120"""),
    ("tri-c8aabe0557bc", "vi", "", "'đồ ăn thì nguội ngắt còn phục vụ bỏ mặc bọn tôi 40 phút' là tích cực hay tiêu cực?"),
    ("tri-6e1089aac743", "mix", "", """Pa-translate naman nitong operative note into English para sa US surgeon na magha-handle ng follow-up. Dapat exact yung medical terminology.

手術記録
術式：腹腔鏡下幽門側胃切除術（D2郭清）、Roux-en-Y再建
所見：腫瘍は胃角部小弯に位置し、大きさ約3cm、0-IIc型。漿膜面への露出なし。No.6、No.7リンパ節に軽度腫大を認めた。
経過：臍部より12mmポートを挿入し気腹。5ポートにて手術施行。大網を切離し、右胃大網動静脈を根部で処理。十二指腸を自動縫合器にて離断。左胃動脈をクリップ後に切離。口側切離線は腫瘍から5cm以上のマージンを確保。再建はRoux-en-Y法で、Y脚は体腔内吻合。出血量20mL、手術時間285分。術中合併症なし。"""),
    ("tri-c622ab589e57", "id", "Kamu adalah helper git. Balas dengan command dan satu baris penjelasan.", "undo commit terakhirku tapi perubahannya tetap ada, belum di-push"),
]
