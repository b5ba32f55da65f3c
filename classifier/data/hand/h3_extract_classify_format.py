"""Hand-written prompts, batch 3: extraction, classification, formatting."""
H = [
    # ------------------------------------------------------------------ extraction, escalate 0
    ("extraction", 0, "",
     """tracking no. from this pls: "Ihre Sendung 00340434161094042557 wird heute zwischen 10:00 und 14:00 Uhr zugestellt. Abholung im Paketshop ab morgen möglich." """),

    ("extraction", 0,
     "You are DocuParse, the intake extractor for Larchgate Dental Group. Return one JSON object with keys "
     "patient_name, requested_change, current_date, preferred_window, dentist. Use null when a value is missing. "
     "No prose, no markdown.",
     "hi its Rosalind Achebe, need to move my crown fitting with dr varga off the 9th, any morning the week after works"),

    ("closed_qa", 0, "",
     "whats the flight no and gate?? 'LX1847 to Zurich now boarding at gate B32. Final call 10:05. Passengers with priority tags please proceed'"),

    ("extraction", 0, "",
     """ISINs only, one per line

Quarterly note to clients: during the period we trimmed Aldwych Water Holdings (GB00BQ7Z4X18) after a strong run, initiated a position in Selby Cold Chain (IE00BK5R8T27) and added to Tavistock Rail Leasing (GB00BM9F0C53). The only exit was Halloran Mining (AU000HMX5521), sold on governance concerns."""),

    ("extraction", 0, "",
     """Sácame solo los nombres de los medicamentos de esta receta, sin dosis ni pautas:

Rp/ Omeprazol 20 mg, 1 cápsula en ayunas durante 4 semanas.
Paracetamol 1 g, 1 comprimido cada 8 h si dolor.
Ibuprofeno 600 mg, 1 cada 12 h con comida, máximo 5 días.
Dra. Noemí Castillejo – Col. 28/41177"""),

    ("extraction", 0,
     "Extract the meter reading and reading date from the customer's message. Reply in exactly this form: "
     "reading=<digits>; date=<YYYY-MM-DD>. If either is missing write MISSING.",
     "meter says 04417 as of this morning (14 March 2025), sorry its late, was away"),

    ("extraction", 0, "",
     """all the links in this changelog, in order

## 4.12.0
- New: bulk archive for projects (docs: https://help.tillerboard.example/archive)
- Fixed: CSV export dropped trailing zeros, see https://status.tillerboard.example/incidents/2291
- Deprecated: v1 webhooks, migration guide at https://dev.tillerboard.example/webhooks/v2-migration
- Thanks to @ines-m for the report"""),

    ("extraction", 0, "",
     """Mi servono solo partita IVA e numero REA di questa azienda, niente altro:

VISURA ORDINARIA – LUMACHELLA SERRAMENTI S.R.L.
Sede legale: Via dei Tigli 7, 25030 Coccaglio (BS)
Partita IVA: 04418770987
Numero REA: BS-598213
Data di costituzione: 11/03/2009
Capitale sociale: Euro 50.000,00 i.v."""),

    ("extraction", 0, "",
     """request ids for every 504 below, nothing else

10.20.4.17 - - [18/Mar/2025:09:14:02 +0000] "GET /api/v2/quotes?zip=30318 HTTP/1.1" 200 1843 "-" "okhttp/4.12.0" rt=0.212 req_id=8f3a1c7e
10.20.4.17 - - [18/Mar/2025:09:14:05 +0000] "POST /api/v2/policies HTTP/1.1" 504 167 "-" "okhttp/4.12.0" rt=30.001 req_id=c91d02aa
10.20.6.88 - - [18/Mar/2025:09:14:05 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001 req_id=00be41f9
10.20.4.22 - - [18/Mar/2025:09:14:09 +0000] "GET /api/v2/quotes?zip=94110 HTTP/1.1" 200 1790 "-" "Mozilla/5.0" rt=0.340 req_id=5e77b310
10.20.4.17 - - [18/Mar/2025:09:14:11 +0000] "POST /api/v2/policies HTTP/1.1" 502 157 "-" "okhttp/4.12.0" rt=2.114 req_id=2aa9f8d4
10.20.5.31 - - [18/Mar/2025:09:14:15 +0000] "POST /api/v2/claims/upload HTTP/1.1" 504 167 "-" "Mozilla/5.0" rt=60.000 req_id=71f0e6bc
10.20.4.22 - - [18/Mar/2025:09:14:16 +0000] "GET /api/v2/agents/4471 HTTP/1.1" 404 98 "-" "Mozilla/5.0" rt=0.018 req_id=d4c2b8e0
10.20.5.31 - - [18/Mar/2025:09:14:21 +0000] "POST /api/v2/policies HTTP/1.1" 504 167 "-" "okhttp/4.12.0" rt=30.000 req_id=e03b5a19
10.20.6.88 - - [18/Mar/2025:09:14:25 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001 req_id=9b1fd725
10.20.4.17 - - [18/Mar/2025:09:14:28 +0000] "GET /api/v2/quotes?zip=60614 HTTP/1.1" 200 1811 "-" "okhttp/4.12.0" rt=0.198 req_id=4c8e2d06
10.20.5.31 - - [18/Mar/2025:09:14:31 +0000] "PUT /api/v2/policies/PL-558120/beneficiaries HTTP/1.1" 504 167 "-" "Mozilla/5.0" rt=30.000 req_id=b7e4f912"""),

    ("extraction", 0, "",
     """この議事録から「決定」になっている項目だけ抜き出して。

第14回 店舗改装プロジェクト定例（3/6）
出席：森川、加賀、Tran、西野
1. 床材サンプル → 加賀さんが2社から再見積もり（継続）
2. 開店日 → 4/25で決定
3. 照明 → 電球色3000Kに決定、スポットは保留
4. 仮設トイレ → 西野さんが業者確認
5. 看板デザイン → B案で決定（色のみ微修正）"""),

    ("extraction", 0, "",
     """who's cc'd on this? names only

From: Gideon Farrow <g.farrow@penhallow-mfg.example>
To: Leila Navarro <leila.n@penhallow-mfg.example>
Cc: Tomasz Wrobel <t.wrobel@penhallow-mfg.example>, Priya Raghunathan <priya.r@penhallow-mfg.example>, quality@penhallow-mfg.example
Subject: Re: Line 4 changeover"""),

    ("extraction", 0, "",
     """Chauffe-eau 200 L : 1 120,00 € HT – 1 344,00 € TTC
Dépose ancien ballon : 90,00 € HT – 108,00 € TTC

^ 1re page du devis, relève-moi juste les TTC de chaque ligne, la suite :

Groupe de sécurité : 45,00 € HT – 54,00 € TTC
Déplacement : 35,00 € HT – 42,00 TTC"""),

    ("extraction", 0,
     "Batch job invoice_ocr_v3. For the record below output one line of tab-separated values: vendor_name, "
     "invoice_number, invoice_date (YYYY-MM-DD), total_amount, currency. Leave a field empty when absent.",
     """RECORD 55102 | page 1/1 | ocr_conf 0.91
STILLWATER PRINT & PACK LTD   Unit 9 Causeway Park, Newry
INVOICE     No: SPP-30417     Date: 28/02/2025
To: Mossgrove Cafés Ltd
2,000 x kraft takeaway bags (printed, 1 col) .......... 236.00
500 x cup sleeves ..................................... 61.50
Delivery .............................................. 12.00
Subtotal 309.50   VAT 20% 61.90   TOTAL DUE GBP 371.40
Terms: 30 days"""),

    ("extraction", 0, "",
     """wypisz wszystkie numery zamówień z tej rozmowy

[10:02] Klient: dzień dobry, mam problem z dwoma zamówieniami, ZM-44120 i ZM-44187
[10:03] Konsultant: Dzień dobry, już sprawdzam
[10:05] Klient: aha i jeszcze do ZM-43990 z zeszłego miesiąca nie dostałem faktury
[10:06] Konsultant: ZM-44187 jest w drodze, kurier będzie dzisiaj"""),

    ("extraction", 0, "",
     """Welche Fristen stehen in dem Schreiben? Bitte nur Datum und wofür.

Sehr geehrte Frau Lindqvist,
für Ihren Wohngeldantrag vom 03.02. fehlen noch Mietbescheinigung und Einkommensnachweise. Bitte reichen Sie diese bis zum 14.03. ein. Liegen die Unterlagen nach Ablauf des 28.03. nicht vor, kann Ihr Antrag wegen fehlender Mitwirkung abgelehnt werden.
Stadt Brakelheim, Amt für Wohnen"""),

    ("extraction", 0, "",
     """can you just pull the ingredient list out of this? the blog is sooo long lol

Okay friends, before we get to the good stuff, let me tell you about the autumn my grandmother first made this soup in her tiny kitchen by the lake. It was raining for what felt like three weeks straight and the whole house smelled of paprika and wet wool. I've tweaked her version a little over the years (sorry Baba!) but the soul is the same. Anyway! You'll need 2 tablespoons of olive oil and one large yellow onion, diced. Then grab 3 cloves of garlic (or more, I won't judge), 2 medium carrots and a stick of celery. The star is 1 cup of dried red lentils, rinsed really well. I add 1 teaspoon of smoked paprika and half a teaspoon of ground cumin, plus a 400 g tin of chopped tomatoes. Pour in 1.2 litres of vegetable stock, and right at the end squeeze in the juice of half a lemon. Salt and pepper to taste, obviously, and a handful of fresh parsley if you're feeling fancy. My kids hate parsley so I usually skip it, which tells you who really runs this house. Scroll down for the printable recipe card, and don't forget to pin this for later!"""),

    ("extraction", 0, "",
     """List every exported function and method in this file with its full signature. Skip unexported ones.

```go
package ratelimit

import (
	"sync"
	"time"
)

// Bucket is a token bucket limiter.
type Bucket struct {
	mu       sync.Mutex
	capacity int
	tokens   float64
	rate     float64
	last     time.Time
}

func NewBucket(capacity int, perSecond float64) *Bucket {
	return &Bucket{capacity: capacity, tokens: float64(capacity), rate: perSecond, last: time.Now()}
}

func (b *Bucket) refill(now time.Time) {
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = clamp(b.tokens+elapsed*b.rate, 0, float64(b.capacity))
	b.last = now
}

func (b *Bucket) Allow() bool { return b.AllowN(1) }

func (b *Bucket) AllowN(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(time.Now())
	if b.tokens < float64(n) {
		return false
	}
	b.tokens -= float64(n)
	return true
}

func (b *Bucket) Available() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(time.Now())
	return int(b.tokens)
}

func WaitTime(b *Bucket, n int) time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	missing := float64(n) - b.tokens
	if missing <= 0 {
		return 0
	}
	return time.Duration(missing / b.rate * float64(time.Second))
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
```"""),

    ("extraction", 0, "",
     """serials of the returned units?

RMA #77812 – Customer: Ballykeel Print Works
Reason: intermittent power loss
Unit 1: Model PX-220, S/N PX220-0041877, purchased 2023-06
Unit 2: Model PX-220, S/N PX220-0041902, purchased 2023-06
Unit 3: Model PX-240, S/N PX240-0007315, purchased 2024-01"""),

    ("extraction", 0, "",
     "이 문자에서 인증번호만 알려줘\n[Web발신] [하나로페이] 인증번호 [482913]를 입력해주세요. 타인에게 절대 알려주지 마세요."),

    ("extraction", 0, "",
     """把这份简历里的工作经历按「公司 / 职位 / 起止时间」列出来，其他的不要。

姓名：周一帆　　求职意向：供应链数据分析
教育背景：2014.09–2018.06　华东理工大学　物流管理　本科
工作经历：
2018.07–2020.12　上海云舟物流有限公司　运营专员
负责华东区仓库日报、库存周转分析，推动两个仓的库位优化。
2021.01–2023.04　杭州橙果电子商务有限公司　供应链分析师
搭建补货模型，缺货率下降约15%；负责与财务对账。
2023.05–至今　　苏州禾丰冷链科技有限公司　高级数据分析师
负责冷链温控数据看板、线路成本分析。
技能：SQL、Python、Power BI；英语六级"""),

    ("extraction", 0, "",
     """Hey! could you grab the check-in + check-out dates and the confirmation code from this, I always lose it 🙃

"Your stay at Casa Limonaia is confirmed! Host: Benedetta. Check-in Fri 13 Jun from 15:00, check-out Mon 16 Jun by 10:00. Confirmation code HMQ8ZT42RX. Door code will be sent 24h before arrival." """),

    ("extraction", 0,
     "Você é o assistente de RH da Construtora Ipê Amarelo. Dos atestados médicos enviados, extraia apenas: nome do "
     "colaborador, data de início do afastamento e número de dias. Não comente o diagnóstico.",
     """ATESTADO MÉDICO
Atesto para os devidos fins que o Sr. Joaquim Albuquerque Neto esteve sob meus cuidados nesta data e necessita de afastamento de suas atividades laborais por 5 (cinco) dias a partir de 17/03/2025.
CID: J11
Dr. Rafael Montenegro – CRM-MG 55.127"""),

    ("extraction", 0, "",
     """MINUTES OF THE ORDINARY MEETING OF ELDERBROOK PARISH COUNCIL
held on Tuesday 11 March at 7.00pm in the Village Hall

Present: Cllr Margaret Ashdown (Chair), Cllr Olu Bamgbose, Cllr Hattie Crane, Cllr Desmond Fairlie, Cllr Ruth Iwasaki, Cllr Peter Lusk, Cllr Sandeep Mahal
In attendance: Mrs J. Thornbury (Clerk), PCSO Kyle Denholm, 6 members of the public

25/031 Apologies for absence
Apologies were received from Cllr Naomi Teague (work commitment). It was proposed by Cllr Crane, seconded by Cllr Lusk and resolved unanimously that the apologies be accepted.

25/032 Declarations of interest
Cllr Fairlie declared a non-pecuniary interest in item 25/037 as a trustee of the Elderbrook Allotment Association and did not vote on that item.

25/033 Minutes of the previous meeting
It was proposed by Cllr Mahal and seconded by Cllr Iwasaki that the minutes of the meeting held on 11 February be signed as a true record. Votes: 6 for, 0 against, 1 abstention (Cllr Bamgbose, who was absent from that meeting). Carried.

25/034 Public participation
A resident of Mill Lane raised concerns about speeding vehicles near the primary school at pick-up time and asked whether the council would fund a second speed indicator device. A resident of Orchard Close thanked the council for the new bench on the green. PCSO Denholm reported two incidents of fly-tipping on Sheepwash Road and one attempted vehicle theft in the station car park during February.

25/035 Speed indicator device
Following the public comments, Cllr Crane proposed that the council purchase a second solar-powered speed indicator device at a cost not exceeding £2,850 plus VAT, to be funded from the highways earmarked reserve. Seconded by Cllr Bamgbose. Cllr Lusk spoke against, noting that the existing device's data showed average speeds had fallen and suggesting the money be held for resurfacing the footpath at Tanners Walk. Votes: 4 for, 2 against, 1 abstention. Carried.

25/036 Grass cutting contract
The Clerk reported that three quotations had been received for the 2025–2027 grass cutting contract: Greenway Grounds (£7,420 per year), Tennant & Daughter Landscapes (£6,980 per year) and Fernside Maintenance (£8,100 per year). Cllr Iwasaki proposed that the contract be awarded to Tennant & Daughter Landscapes, as the lowest quotation meeting the specification. Seconded by Cllr Fairlie. Votes: 7 for, 0 against. Carried.

25/037 Allotment rents
Cllr Mahal proposed that allotment rents be increased from £38 to £45 per full plot from 1 October, with half plots pro rata. Seconded by Cllr Ashdown. An amendment was proposed by Cllr Crane, seconded by Cllr Lusk, that the increase be to £42 instead. The amendment was put to the vote: 3 for, 3 against; the Chair used her casting vote against the amendment, which therefore fell. The original motion was then put: 4 for, 1 against, 1 abstention. Carried. (Cllr Fairlie did not vote, see 25/032.)

25/038 Village hall defibrillator
The Clerk reported that the pads on the defibrillator expire in May. It was proposed by Cllr Lusk, seconded by Cllr Iwasaki and resolved unanimously to replace the pads and battery at a cost of £214.

25/039 Planning applications
P/25/0117 – Two-storey rear extension, 14 Orchard Close: the council resolved to raise no objection (proposed Cllr Fairlie, seconded Cllr Mahal, unanimous).
P/25/0142 – Change of use of agricultural barn to holiday let, Lower Haddon Farm: Cllr Bamgbose proposed that the council object on the grounds of access via a single-track lane; seconded by Cllr Crane. Votes: 2 for, 4 against, 1 abstention. The motion fell and no comment will be submitted.

25/040 Date of next meeting
Tuesday 8 April at 7.00pm, Village Hall.

The meeting closed at 8.52pm.

---
Motions only please: for each one give the minute ref, what was proposed, proposer, seconder, for/against/abstain, and whether it passed. Amendments count as separate motions. Table format."""),

    ("extraction", 0, "",
     """CAS numbers + concentration ranges from section 3 please, as a list

SAFETY DATA SHEET – KLEERSTRIP HD-40 Industrial Degreaser
Revision date: 02.12.2024   Version 3.1
SECTION 1: Identification of the substance/mixture and of the company
Product code: KS-HD40-5L. Supplier: Quarrington Chemicals Ltd, Unit 4 Ferrybridge Trade Park.
SECTION 2: Hazards identification
Skin Irrit. 2 H315; Eye Dam. 1 H318; Aquatic Chronic 3 H412.
SECTION 3: Composition/information on ingredients
2-Butoxyethanol   CAS 111-76-2   EC 203-905-0   10–20 %   Acute Tox. 4 H302, H312, H332
Sodium metasilicate   CAS 6834-92-0   EC 229-912-9   3–5 %   Skin Corr. 1B H314
Alcohols, C9-11, ethoxylated   CAS 68439-46-3   1–3 %   Eye Dam. 1 H318
Tetrasodium EDTA   CAS 64-02-8   EC 200-573-9   0.5–1 %   Acute Tox. 4 H332
SECTION 4: First aid measures
Eye contact: rinse cautiously with water for several minutes. Remove contact lenses, if present and easy to do. Continue rinsing. Immediately call a poison centre or doctor.
Skin contact: wash with plenty of soap and water. Take off contaminated clothing and wash it before reuse."""),

    ("extraction", 0, "",
     """skus?

hey team, customer on the phone wants to swap the HX-4410-BLK for the HX-4410-GRY but we're out, could offer the HX-4415-GRY or the older HX-3990 if thats ok. also they asked about the mounting kit MK-22 again"""),

    ("extraction", 0, "",
     """استخرج أسماء المدن وتاريخ كل مرحلة من هذا البرنامج السياحي:
اليوم ١ (٥ أبريل): الوصول إلى عمّان والمبيت.
اليوم ٢ (٦ أبريل): جرش ثم العودة إلى عمّان.
اليوم ٣ (٧ أبريل): البتراء، مبيت في وادي موسى.
اليوم ٤ (٨ أبريل): وادي رم، مبيت في مخيم.
اليوم ٥ (٩ أبريل): العقبة ثم المغادرة."""),

    ("formatting", 0, "",
     """course code, title, credits -> table (no grades)

FALL TERM
BIO 201 Cell Biology 4.0 A-
CHM 215 Organic Chemistry I 4.0 B+
STA 180 Biostatistics 3.0 A
ENG 110 Academic Writing 3.0 A
SPRING TERM
BIO 245 Genetics 4.0 B
PHY 151 Physics for Life Sciences 4.0 B+"""),

    ("extraction", 0,
     "LabelLens (Marigold & Hale Bakery). Output a JSON array of {\"allergen\", \"source_ingredient\"} "
     "for each allergen the label explicitly declares. Never infer.",
     "INGREDIENTS: **Wheat** flour, sugar, butter (**milk**), free-range **egg**, ground **almonds** (8%), raising agent: sodium bicarbonate, salt. CONTAINS: WHEAT, MILK, EGG, ALMOND. May contain sesame."),

    ("extraction", 0, "",
     """इस एसएमएस से खाता संख्या के आखिरी 4 अंक, राशि और तारीख निकालो:
आपके खाता XX7731 से 12-03-2025 को Rs 4,250.00 डेबिट किए गए। UPI Ref 508812334410. यदि यह लेनदेन आपने नहीं किया है तो तुरंत शाखा से संपर्क करें। - सरस्वती सहकारी बैंक"""),

    ("extraction", 0, "",
     """Welke tijdstippen en adressen staan in dit bericht? Alleen die, graag.

Beste bewoners, op dinsdag 8 april tussen 07:30 en 16:00 wordt de waterleiding vervangen in de Lindelaan 2–40. Een tijdelijk tappunt staat bij Lindelaan 22. Op woensdag 9 april vanaf 09:00 volgt herbestrating op de hoek Lindelaan/Kerkpad.
Gemeente Brakelduin"""),

    # ------------------------------------------------------------------ extraction, escalate 1
    ("extraction", 1, "",
     """Acquirer side. Below are the contract summaries from Halberd Systems' data room. Pull out every change-of-control provision and tell me which ones could realistically block or reprice the deal, and why.

1. Master supply agreement, Ostler Components (largest supplier, 31% of COGS): either party may terminate on 60 days' notice following a change of control of the other party.
2. Office lease, Canal Wharf: assignment requires landlord consent, not to be unreasonably withheld; a share sale is not defined as an assignment.
3. Reseller agreement, Juniper Ridge Distribution (EMEA channel, ~18% of revenue): a change of control of Halberd gives Juniper Ridge the right to renegotiate margins within 90 days, failing which exclusivity lapses.
4. Software licence, Drummond Analytics (core routing engine): licence is non-transferable; 'transfer' includes any change in the person controlling the licensee. Licensor consent required.
5. Term loan, Alder Bank (£4.2m outstanding): mandatory prepayment on change of control.
6. Employment contracts, 3 senior engineers: retention bonus of 6 months' salary payable if employment is terminated within 12 months after a change of control."""),

    ("extraction", 1, "",
     """Before I ring them: pull out anything in this thread where the supplier could be read as admitting the delay was their fault, and say how strong each one is.

---
From: Callum Reid (Corran Packaging)
Date: 4 Feb
Hi Anneke, apologies for the radio silence. We had a bit of a mix-up on our end with the print plates for your SKU range, which pushed things back. Should be sorted this week.

From: Anneke de Wit (Kittiwake Drinks)
Date: 6 Feb
Callum, our launch is 20 Feb. Can you confirm a ship date in writing?

From: Callum Reid
Date: 7 Feb
Understood. Realistically we're looking at the 17th. To be fair, the artwork sign-off on your side took longer than planned too, so it's been a combination of things. We'll absorb the express freight.

From: Callum Reid
Date: 14 Feb
Bad news I'm afraid – the second press is down and our maintenance contractor can't get to it before Monday. Honestly we should have had a backup in place. New ETA 24 Feb.

From: Anneke de Wit
Date: 14 Feb
This misses our launch. We will be looking at recovering our costs."""),

    ("extraction", 1,
     "You support pharmacovigilance case processors at Ostrava BioPharm. Work only from the narrative supplied and "
     "quote the relevant sentence for each finding.",
     """Case 2025-CZ-00418. A 67-year-old male with type 2 diabetes and chronic kidney disease stage 3a started Velcoxin 200 mg once daily on 02 Jan for osteoarthritis of the knee. Concomitant medications: metformin 1 g bid, ramipril 5 mg od, atorvastatin 20 mg od. On 09 Jan he reported dyspepsia, which resolved without treatment. On 21 Jan routine bloods showed creatinine 188 µmol/L (baseline 121 µmol/L in November) and potassium 5.9 mmol/L. Velcoxin was withdrawn on 22 Jan and ramipril was held. By 05 Feb creatinine was 134 µmol/L. On 12 Feb he was admitted after a fall at home; no fracture; the admitting team attributed it to postural hypotension. Velcoxin was not restarted.

Extract each adverse event with onset date and outcome, then give a WHO-UMC causality category for each against Velcoxin with a one-line rationale."""),

    ("extraction", 1, "",
     """Welche Zusagen macht die Hausverwaltung hier wirklich verbindlich, und was ist nur eine vage Absichtserklärung, auf die ich mich nicht verlassen sollte?

"Sehr geehrter Herr Okafor, wie besprochen werden wir uns bemühen, die Heizungsanlage im Laufe des Herbstes zu modernisieren. Die Mieterhöhung zum 1.7. entfällt. Über eine Beteiligung an den Kosten für die Küche können wir gerne nochmal sprechen, grundsätzlich sehen wir das positiv. Den Stellplatz stellen wir Ihnen ab sofort kostenfrei zur Verfügung, solange keine anderweitige Nutzung geplant ist." """),

    ("extraction", 1, "",
     """pick the 3 quotes from these interview snippets that best explain why people cancel - it's for the board slide so they need to land

P4: 'Honestly the app was fine, I just stopped cooking on weeknights.'
P7: 'When the price went up in January I started comparing and you're not the cheapest anymore.'
P9: 'Two boxes in a row came with something missing and support gave me a voucher, not a refund.'
P12: 'My partner is vegan now and the vegan menu is like three options.'
P15: 'I liked it but the packaging waste made me feel guilty every week.'
P18: 'Skipping weeks was so fiddly I'd forget and get charged.'
P21: 'Nothing wrong really, my mum just started cooking for us on Sundays so we needed less.'"""),

    ("extraction", 1, "",
     """Extrais de ce rapport d'audit les non-conformités majeures et classe-les par gravité pour le comité de direction, avec une phrase de justification chacune.

RAPPORT D'AUDIT INTERNE – Site de production de Saint-Aubin-des-Prés – 4 au 6 mars
Constats :
1. La vérification métrologique de la balance de dosage n°3 est expirée depuis le 12 janvier ; 214 lots ont été dosés depuis.
2. Deux fiches de poste de la ligne de conditionnement ne mentionnent pas la nouvelle version de la procédure de nettoyage.
3. Le registre des allergènes n'a pas été mis à jour après l'introduction de la farine de sésame en février ; les changements de série sésame/non-sésame ne font pas l'objet d'un nettoyage validé.
4. Trois extincteurs de l'entrepôt n'ont pas de date de contrôle lisible.
5. Les réclamations clients de décembre ont été enregistrées mais aucune analyse des causes n'a été menée pour les deux plaintes « corps étranger plastique ».
6. Le plan de formation 2025 n'est pas signé par la direction."""),

    ("extraction", 1, "",
     "what assumptions are baked into this that I should stress test? pull them out and tell me which look aggressive: FY26 plan, revenue 18.4m -> 26.1m (+42%) from 3 new enterprise logos at avg 1.2m ACV, NRR 128%, AEs 9 -> 16 with 3-month ramp, gross margin 64% -> 71% on hosting renegotiation, churn flat at 6%"),

    ("extraction", 1, "",
     """De esta historia clínica, extrae los hallazgos que podrían contraindicar o retrasar la cirugía bariátrica y explica brevemente por qué cada uno:

Mujer, 44 años, IMC 43,1. HTA en tratamiento con enalapril. SAOS diagnosticado en 2022, no usa CPAP de forma regular. HbA1c 8,9 %. Episodios de atracones referidos en consulta de psicología, en seguimiento. Tabaquismo activo, 10 cig/día. Anemia ferropénica leve (Hb 11,2). Colecistectomía en 2019."""),

    ("extraction", 1, "",
     """Bu kira sözleşmesinden kiracının aleyhine olan maddeleri çıkar ve Türk Borçlar Kanunu'na göre hangilerinin geçersiz sayılabileceğini kısaca değerlendir:

Madde 5: Kiracı, kira bedelini her ayın 1'inde peşin öder; 3 gün gecikmede sözleşme kendiliğinden feshedilir.
Madde 7: Kiracı 12 aylık kira tutarında depozito yatırır.
Madde 9: Binadaki tüm tadilat masrafları kiracıya aittir.
Madde 11: Kiracı süre dolmadan çıkarsa kalan tüm ayların kirasını öder.
Madde 12: Kira artışı her yıl kiraya verenin belirleyeceği oranda yapılır."""),

    ("extraction", 1, "",
     """このレビュー群から、他社に乗り換えた本当の理由が読み取れる部分だけ抜き出して、理由別にまとめて。表向きの不満と本音は分けて考えてほしい。

①「料金は正直どこも同じ。でも解約の電話が30分つながらなかったのが決定打でした。」
②「速度が遅いと言ったら、サポートに『夜は混むので』と言われた。引っ越しを機に変えました。」
③「キャッシュバックにつられて乗り換え。サービス自体に不満はそこまでない。」
④「家族割がなくなったので、家族全員で別のキャリアへ。」"""),

    # ------------------------------------------------------------------ classification, escalate 0
    ("classification", 0,
     "You are the intake router for Thimbleby Legal Aid's website contact form. Reply with exactly one of: HOUSING, "
     "EMPLOYMENT, FAMILY, IMMIGRATION, DEBT, OTHER. No explanation.",
     "landlord changed the locks while i was at work and my stuff is still inside what do i do"),

    ("classification", 0, "",
     """is this phishing?? got it this morning, looks kinda legit

From: Microsoft 365 <no-reply@m365-secure-notice.example>
Subject: Action required: mailbox storage full
Your mailbox has exceeded 99% of its quota. Incoming messages will be rejected after 24 hours. Verify your account to receive 50GB free: http://m365-quota-upgrade.example/verify?u=ops
Microsoft Corporation"""),

    ("classification", 0, "Chat filter for Skyreach Arena ranked lobbies. Reply TOXIC or OK.",
     "ur mom could carry better than u with a steering wheel"),

    ("classification", 0, "",
     "pos ou neg? 'A entrega atrasou duas semanas e ninguém respondeu meus e-mails.'"),

    ("classification", 0,
     "Label the language of the user's message with its ISO 639-1 code. Output the code only.",
     "Kiedy będzie dostępny rozmiar 42?"),

    ("classification", 0, "",
     "P1 P2 or P3?\n\nCheckout button greyed out for all users on Safari since 09:40, revenue impact confirmed by finance"),

    ("classification", 0, "",
     """Ordne jeden Posten einer Kostenstelle zu (4100 Marketing, 4200 IT, 4300 Personal, 4400 Fuhrpark). Format: Posten – Kostenstelle.

- Leasingrate Transporter HB-KL 412
- Jahreslizenz Projektmanagement-Software
- Messestand Fachmesse Bau
- Stellenanzeige Lagerleitung
- Reifenwechsel Firmenwagen
- Ersatz-Notebooks Buchhaltung"""),

    ("classification", 0, "",
     """which of these are questions and which are complaints, just mark Q or C
1. does the summer menu start this week?
2. third time my latte came lukewarm
3. can I book the back room for 14 ppl
4. the card machine charged me twice
5. are your pastries nut-free"""),

    ("classification", 0,
     "You are a content-safety filter for Brightleaf Kids, a learning app for ages 6-10. Classify the child's message "
     "as SAFE or UNSAFE. Output one word.",
     "how do i make slime without borax"),

    ("classification", 0, "",
     "Can you tell me whether each of these job titles is IT, Finance, Ops or Sales? Data Steward, Treasury Analyst, Fleet Coordinator, Account Executive, Site Reliability Engineer, AP Clerk"),

    ("classification", 0, "",
     """Ce mail, c'est une réclamation, une demande d'info ou une résiliation ? Un mot.

« Bonjour, suite à mon déménagement à l'étranger je souhaite mettre fin à mon abonnement box internet à compter du 30 avril. Merci de m'indiquer la marche à suivre pour le renvoi du matériel. Cordialement, M. Haddadi »"""),

    ("classification", 0, "",
     "Bu yorumu olumlu, olumsuz veya nötr olarak etiketle: 'Kargo hızlıydı ama ürün fotoğraftakinden daha küçük çıktı.'"),

    ("classification", 0, "",
     "spam? \"FedUps: your parcel is on hold, pay £1.99 redelivery fee at fedups-redeliver.example within 12h or it will be returned\""),

    ("classification", 0,
     "Batch worker for the Noordkust Media archive. For each news item output one IPTC top-level subject "
     "(economy, politics, health, science, sport, crime, environment, arts) as: id<TAB>label. No other text.",
     """n-5521 Gemeenteraad stemt in met nieuwe parkeertarieven in het centrum
n-5522 Ziekenhuis Zeeland breidt spoedeisende hulp uit na personeelstekort
n-5523 Onderzoekers vinden nieuwe soort zeeslak bij de Waddeneilanden
n-5524 Inbrekers gaan ervandoor met kluis van juwelier in Middelburg
n-5525 Theaterfestival trekt recordaantal bezoekers"""),

    ("classification", 0, "",
     """tag each line: auth | db | network | app

ERR deadlock detected on relation "orders"
WARN jwt expired for sub=u_88123
INFO TLS handshake timeout upstream=payments:443
ERR NullPointerException in CartMapper.toDto
WARN too many failed logins for ip 203.0.113.77"""),

    ("classification", 0, "",
     "判断这条评论是在夸还是在骂，只回答「夸」或「骂」：'这家店的服务真是绝了，等了一个小时终于有人理我了'"),

    ("classification", 0, "",
     "Is this a bug report or a how-to question? 'Export to PDF puts the page numbers in the wrong corner, is there a setting for that?'"),

    ("classification", 0,
     "You triage resident e-mails for Marlpit County Council Highways. Output one category: POTHOLE, STREETLIGHT, "
     "DRAINAGE, TREE, SIGNAGE, NOT_HIGHWAYS, then ' | ' and the street name if one is given.",
     """Dear Sir/Madam, I am writing for the third time about the lamp post outside number 31 Cobbler's Row, which has been flickering on and off for weeks and is now completely dark. There is a bus stop right there and my daughter waits at it at 7am in the dark. Also, while I'm at it, the bins on our road were missed again on Thursday. I rang the number on your website last month and was told a job had been raised, reference SL-20931, but nobody has been. The post has a small green sticker with the number CR-31-B on it if that helps your engineers find it. Please can someone actually come and look at the light. Regards, Mrs D. Pennock"""),

    ("classification", 0, "",
     "次の問い合わせは「請求」「技術」「解約」のどれ？一語で。\n「先月から明細に見覚えのないオプション料金が330円入っています。」"),

    ("classification", 0, "",
     "이 리뷰 별점 몇 점 줬을 것 같아? 1~5 숫자만\n\"가격 대비 괜찮아요. 근데 배송 박스가 찌그러져서 왔고 설명서가 없어서 조립하는 데 좀 헤맸어요.\""),

    ("classification", 0, "",
     "هل هذه الرسالة بريد مزعج؟ أجب بنعم أو لا فقط.\n\"مبروك! تم اختيار رقمك للفوز بجائزة 50,000 ريال. أرسل بياناتك البنكية إلى الرقم التالي لاستلام الجائزة خلال 24 ساعة.\""),

    ("classification", 0, "",
     "classify by intent, labels: cancel_subscription, pause_subscription, change_plan, billing_question\n\n'can i skip next month's box? going on holiday'"),

    ("classification", 0,
     "You classify marketplace listings for Hearthwick. Assign the single most specific leaf category from the "
     "taxonomy in the user message. Output the full path only.",
     """TAXONOMY (leaf categories):
Home > Kitchen > Cookware > Frying Pans
Home > Kitchen > Cookware > Saucepans
Home > Kitchen > Cookware > Dutch Ovens & Casseroles
Home > Kitchen > Bakeware > Cake Tins
Home > Kitchen > Bakeware > Baking Trays
Home > Kitchen > Utensils > Spatulas & Turners
Home > Dining > Serveware > Platters
Garden > Outdoor Cooking > BBQ Accessories
Garden > Outdoor Cooking > Pizza Ovens

LISTING:
Title: Cast iron 26cm enamelled casserole with lid – sage green, oven safe to 250°C
Description: Heavy-duty enamelled cast iron pot, perfect for slow-cooked stews, braises and no-knead bread. Suitable for all hobs including induction. Self-basting lid. Capacity 5.2 L. Hand wash recommended. Also great on the BBQ grill for outdoor one-pot meals!"""),

    ("classification", 0,
     "You are ReviewTagger for Ferrohaven Bank's app-store monitoring.",
     """Label each review with exactly one of: bug, feature_request, praise, account_issue, other. Output '#N: label', one per line, nothing else.

#1 (1 star) Since the last update the app logs me out every time I switch to another app to copy a code. Had to log in four times to make one payment. Pixel 7, Android 15. Please fix this, it was fine last month.

#2 (5 stars) Honestly the best banking app I've used. Splitting bills with friends takes ten seconds and the savings pots are really motivating. Customer service replied in chat within two minutes when I had a question about my overdraft.

#3 (2 stars) Would it kill you to add a dark mode? Every other app on my phone has one. Also would love to be able to rename my pots with emojis like some other banks allow.

#4 (1 star) My account has been frozen for 9 days 'pending review' and nobody can tell me why. My salary is in there. I've sent my passport and proof of address twice. Absolutely unacceptable.

#5 (3 stars) It's fine. Does what a bank app does. Nothing special, nothing terrible.

#6 (1 star) Face ID stopped working after the iOS update. It just shows a spinning wheel and then asks for the passcode, which also fails the first time. iPhone 13 mini.

#7 (4 stars) Good app overall. Please add the option to export statements as CSV and not just PDF, my accountant keeps asking and I have to retype everything.

#8 (2 stars) I was charged a £5 fee for a transfer that the app said was free. Support said they'd refund it in 3 to 5 days and it's been two weeks. Still nothing on my statement.

#9 (5 stars) Used it abroad in Japan for two weeks, no fees, the exchange rate was great, and the instant card notifications made me feel secure. Ten out of ten, telling all my friends.

#10 (1 star) The graph on the spending tab shows March twice and skips April. The numbers under it look right but the chart is clearly wrong. Makes me wonder what else is wrong.

#11 (3 stars) Can you add joint accounts? My partner and I want to move our household money over but we can't until that exists. Happy to beta test.

#12 (1 star) Someone opened an account in my name with your bank. I have never been a customer. How do I get this closed and who do I report it to? Nobody answers the phone.

#13 (2 stars) Why does every bank now want me to download an app? Whatever happened to just going into a branch and talking to a person who knows you.

#14 (4 stars) Notifications arrive twice for every card payment since yesterday. Not a big deal but a bit annoying when you're tapping for coffee and your phone buzzes like crazy.

#15 (1 star) I moved house and the app won't let me update my address, it says 'something went wrong' on the last step. Branch told me to do it in the app."""),

    ("classification", 0, "",
     """Read this chat and tell me: did the customer end up satisfied? yes / no / unclear. One word.

Agent (Mira): Hi, thanks for contacting Emberlea Energy, how can I help?
Customer: my direct debit went up from 84 to 131 a month with no warning
Agent (Mira): I'm sorry to hear that. I can see your annual review ran on 2 March and it projected higher usage because of the cold winter readings.
Customer: I submitted readings every month though
Agent (Mira): You did, thank you. Looking at them, the estimate used your February reading twice. I've recalculated and the correct payment would be 97 a month.
Customer: ok thats more like it. will the 131 still come out on friday?
Agent (Mira): No, I've cancelled that collection and the 97 will start next month. You'll get an email confirmation within the hour.
Customer: brilliant, thanks mira, appreciate you sorting it
Agent (Mira): You're welcome! Anything else I can help with today?
Customer: nope all good"""),

    ("classification", 0, "",
     """¿Este correo es de un proveedor, de un cliente o de un candidato? Solo la palabra.

"Buenos días, les adjunto la factura n.º 2025-0311 correspondiente al suministro de palés del mes de febrero. Recuerden que el vencimiento es a 30 días. Un saludo, Distribuciones Hermanos Ocaña" """),

    ("classification", 0, "",
     """CEFR level of this text (A1/A2/B1/B2/C1)? just the level, it's for sorting our reading library

"Am Wochenende fahre ich mit meiner Familie ans Meer. Wir wohnen in einem kleinen Hotel. Morgens gehen wir schwimmen und am Nachmittag essen wir Eis. Mein Bruder spielt gern Fußball am Strand." """),

    ("classification", 0, "",
     """इन टिकटों को 'तत्काल' या 'सामान्य' में बाँटो, सिर्फ़ नंबर और श्रेणी लिखो:
1. पूरे दफ़्तर का इंटरनेट बंद है, कोई काम नहीं हो पा रहा
2. मेरे माउस का स्क्रॉल थोड़ा अटकता है
3. वेतन सॉफ़्टवेयर खुल नहीं रहा, आज सैलरी जानी है
4. नए कर्मचारी के लिए ईमेल आईडी चाहिए, अगले हफ़्ते जॉइनिंग है"""),

    ("classification", 0, "",
     "Questa recensione parla del prodotto o della spedizione? Rispondi 'prodotto' o 'spedizione'.\n\"Il corriere ha lasciato il pacco sotto la pioggia davanti al cancello, senza citofonare.\""),

    ("classification", 0,
     "You are the listing moderation classifier for Tallyho Marketplace. Labels: ALLOWED, PROHIBITED_WEAPON, "
     "PROHIBITED_DRUG, COUNTERFEIT, ADULT. Output the label only.",
     "Replica Submariner style watch, AAA grade, looks 100% genuine incl. box and papers, ships from HK, 3 left!!"),

    ("classification", 0, "",
     """breaking change or not? yes/no only

-export function formatPrice(amount: number, currency: string): string {
+export function formatPrice(amount: number, currency: string, locale = "en-GB"): string {"""),

    # ------------------------------------------------------------------ classification, escalate 1
    ("classification", 1, "",
     """Nurse advice line notes below. Should this be triaged as EMERGENCY (999 now), URGENT (same-day GP/UTC) or ROUTINE? Give the category and your clinical reasoning.

Caller: 58F, calling for herself. Since about 40 min ago 'tightness' across upper chest and between shoulder blades, came on while carrying shopping upstairs, eased a bit sitting down but hasn't gone. Feels sick, a bit sweaty. No cough, no fever. Hx: type 2 diabetes, hypertension, ex-smoker (stopped 5 yrs). Meds: metformin, amlodipine. Thinks it's indigestion because she had a big lunch and 'this happened last week too but went away'. Speaking in full sentences. No known cardiac history, has never had an ECG she can remember. BP monitor at home read 156/94 ten minutes ago, pulse 98. Took two antacid tablets 20 min ago, no change. Lives with husband, he's at home and could drive her."""),

    ("classification", 1,
     "You assist transaction-monitoring analysts at Kestrelmoor Bank. Be specific about which indicators you rely on.",
     "Classify this alert as CLOSE / MONITOR / ESCALATE_SAR and justify: personal current account, customer is a 23-year-old student, account opened 5 months ago. Last 30 days: 41 incoming faster payments of £180–£950 from 29 different individuals, references like 'rent', 'thx', 'for the thing'. Each day's inflows move out within 2 hours to a crypto exchange account in the customer's name. Previous average monthly turnover £1,100."),

    ("classification", 1, "",
     """HIGH / MEDIUM / LOW impact on our Brno plant? (controller single-sourced from Ledvice) why for HIGHs
- Ledvice announces 3-week shutdown of its Penang fab for retooling
- port strike at Koper, expected 5 days
- housings supplier A raises prices 4%
- copper up 11% this quarter
- Ledvice's parent company under sanctions review"""),

    ("classification", 1, "",
     "Bitte einordnen: Scheinselbstständigkeit wahrscheinlich / unklar / unwahrscheinlich – mit Begründung. Freelance-Grafikerin, seit 14 Monaten nur für uns (ca. 32 Std./Woche), Firmenlaptop und @firma-Mailadresse, nimmt an Teammeetings teil, rechnet monatlich pauschal ab, legt Arbeitszeiten weitgehend selbst fest, eigene Website, aber keine weiteren Kunden."),

    ("classification", 1, "",
     """thesis = EU B2B logistics software, 1-5m ARR. STRONG / WEAK / NO fit, one line why
1) Freightlark – route optimisation SaaS for regional hauliers, Lyon, 2.1m ARR, burn 300k/mo
2) Dockwise – consumer parcel-tracking app, Berlin, pre-revenue
3) Palletry – warehouse labour scheduling, Rotterdam, 3.4m ARR, profitable
4) Tarmacly – drone delivery hardware, Austin, 6m ARR"""),

    ("classification", 1, "",
     """Rate risk of bias (low / some concerns / high) for each trial per RoB 2 and name the domain driving it:
A) Open-label RCT, n=240, outcome patient-reported pain, sealed-envelope randomisation, 22% dropout in intervention arm vs 6% control, per-protocol analysis only.
B) Double-blind RCT, n=610, central computer randomisation, primary outcome all-cause mortality, ITT, 2% lost to follow-up.
C) RCT, n=88, allocation by day of the week, blinded assessors, outcome HbA1c."""),

    ("classification", 1, "",
     "Meu filho tem 3 anos e ainda não forma frases, fala umas 20 palavras soltas, mas entende tudo e aponta pras coisas. Isso é: (a) normal pra idade, (b) vale esperar uns meses, ou (c) já é caso de procurar fono/pediatra? Me diz qual e por quê."),

    ("classification", 1, "",
     """Claim note below. Fraud risk LIKELY / POSSIBLE / UNLIKELY? Tell me what tips you either way.

Policyholder reports theft of a 2021 e-bike (declared value £3,400) from a locked communal bike store on 3 March. Policy incepted 19 February; bike added to the policy 24 February with a receipt from an online seller that has since closed. Police crime reference obtained 6 March. Policyholder says the lock was cut but the lock was not found. No CCTV in the store. Two previous contents claims in 2022 and 2023 with a different insurer (declared on proposal). Policyholder is a delivery rider and says the bike is used for work, which the policy excludes; he asked on the phone whether that 'would matter'."""),

    ("classification", 1, "",
     """Band this IELTS Task 2 essay (5, 6, 7 or 8) and justify against Task Response, Coherence & Cohesion, Lexical Resource, Grammatical Range & Accuracy.

Question: Some people think that governments should spend money on public transport rather than building new roads. To what extent do you agree?

Essay:
Nowadays, traffic is a big problem in many cities around the world. Some people believe that goverment should invest in public transport instead of new roads. I completely agree with this opinion for several reasons.

Firstly, public transport can carry much more people than cars. For example, one bus can take fifty passengers while a car usually take one or two. If more people use buses and trains, there will be less traffic jams and the air will be more cleaner. In my city, after the metro line opened, the main road became less crowded in the morning.

Secondly, building new roads is only a short solution. When a new road is built, more people buy cars and soon the road is full again. This is called induced demand. So the money is wasted.

However, some people live in countryside where there is no train or bus. For them roads are necessary. But I think the government can build small roads for them and still spend most money on public transport.

In conclusion, I strongly believe that spending on public transport is better than building roads because it is more efficient and good for environment."""),

    # ------------------------------------------------------------------ formatting, escalate 0
    ("formatting", 0, "",
     "json→csv\n\n[{\"id\":17,\"city\":\"Tromsø\",\"temp_c\":-4.5},{\"id\":18,\"city\":\"Bergen\",\"temp_c\":3.1},{\"id\":19,\"city\":\"Ålesund\",\"temp_c\":1.8}]"),

    ("formatting", 0, "",
     "can u put these in alphabetical order, ignore 'The' at the start\nThe Lantern Room\nBramble & Finch\nThe Oakhouse\nCopperpot Kitchen\nAnchor Street Deli\nThe Bell at Wickham"),

    ("formatting", 0, "",
     "make this a markdown checklist pls\n\npassport, adapters (EU + UK), charger, meds for 10 days, rain jacket, hiking boots, printed ferry tickets, euros"),

    ("formatting", 0,
     "You are TableBot inside Ravensholt Lettings' agent portal. Output GitHub-flavoured markdown tables only, "
     "columns: Unit, Beds, Rent (£/month), Status, Available from.",
     "unit 2A 2 bed 1450 vacant from 1 may, 3C studio 980 occupied, 4F 3 bed 2100 vacant now, 1B 1 bed 1190 notice given ends 30 jun"),

    ("formatting", 0, "",
     """terraform fmt this for me, no other changes

resource "aws_s3_bucket" "exports" {
bucket = "quarry-analytics-exports"
  tags = {
      Team = "data"
   CostCenter="4410"
  }
}
resource "aws_s3_bucket_versioning" "exports" {
bucket = aws_s3_bucket.exports.id
versioning_configuration { status = "Enabled" }
}"""),

    ("formatting", 0, "",
     "Kannst du die Nummern einheitlich als +49 und ohne Leerzeichen/Striche schreiben?\n0511 / 88 42 17\n+49 (0)89 2233-410\n0049 30 5566778\n0176-22 41 90 33"),

    ("formatting", 0, "",
     "Mets ces horaires sous forme de tableau jour / ouverture / fermeture stp : lundi fermé, mardi à vendredi 9h-12h30 et 14h-19h, samedi 9h-18h non-stop, dimanche 10h-13h"),

    ("formatting", 0, "",
     "make all of these ISO 8601 in UTC with a Z\n2025-03-04 14:22:07 +0100\nMar 5 2025 09:00 PST\n05/03/2025 23:59:59 UTC\n2025-03-06T08:15:00+05:30"),

    ("formatting", 0, "",
     """Lista de invitados, primera parte:
Marta Quiroga – mesa 3 – vegetariano
Iñaki Etxeberria – mesa 1 – normal
Claudia Ferrán – mesa 3 – sin gluten

pásamelo todo a CSV con columnas nombre,mesa,menu. Faltan estos también:
Rubén Alcázar – mesa 2 – normal
Nerea Salvatierra – mesa 1 – vegano"""),

    ("formatting", 0, "",
     "dedupe + sort by count desc\n\nreturns: 14\nsizing: 31\nshipping: 9\nReturns: 14\ncolour: 6\nsizing: 31\ndamaged: 11"),

    ("formatting", 0, "Convert the user's data to TOML. Output only the TOML.",
     """[server]
host=0.0.0.0
port=8443
; comma separated
allowed_origins=https://app.veldspar.example,https://admin.veldspar.example

[cache]
enabled=true
ttl_seconds=300"""),

    ("formatting", 0, "",
     "この住所リストを「郵便番号,都道府県,市区町村,番地以降」の4列のCSVにしてください。\n〒060-0042 北海道札幌市中央区大通西5-8-1\n〒980-0811 宮城県仙台市青葉区一番町2-4-6 第二ビル3F\n〒812-0011 福岡県福岡市博多区博多駅前1-9-12"),

    ("formatting", 0, "",
     "XML → JSON please, attributes as @name\n\n<shipment id=\"SH-2209\" mode=\"air\"><origin>AMS</origin><destination>NBO</destination><pieces>4</pieces><hazmat>false</hazmat></shipment>"),

    ("formatting", 0, "",
     """this came out of a pdf and the columns are all over the place, can you fix it into a proper markdown table? columns: zone, up to 5kg, 5-10kg, 10-20kg, 20-30kg, transit days. keep the footnote under the table

Zone Up to 5 kg 5–10 kg 10–20 kg 20–30 kg Transit
A – Local 4.90 6.40 9.80 13.50 1
B – Regional
6.20 8.10 12.40 16.90 1–2
C – National 7.80 10.30 15.60 21.20
2–3
D – Islands & Highlands 12.40 16.80 24.90 33.10 3–5
E – EU Zone 1 14.90 19.70 28.40 39.60 3–4
F – EU Zone 2
18.20 24.10 34.70 48.30 4–6
G – Rest of World 26.50 35.80 52.10 71.40
5–10
All prices in GBP excl. VAT. Fuel surcharge of 7.5% applies from 1 April. Oversize parcels (any side over 120 cm) incur an additional £9.00 per parcel. Transit times are working days from collection and are not guaranteed."""),

    ("formatting", 0, "",
     "Coloca isso em ordem cronológica, mantendo o texto igual:\n- 12/09/2024 assinatura do contrato\n- 03/02/2024 primeira visita ao imóvel\n- 28/06/2024 aprovação do financiamento\n- 15/01/2025 entrega das chaves\n- 20/04/2024 proposta aceita"),

    ("formatting", 0, "",
     "wrap this commit body at 72 chars, don't change any words:\n\nMove invoice PDF rendering off the request thread into the export worker queue so large invoices no longer time out the API gateway; the endpoint now returns 202 with a job id and the client polls /exports/{id} until the file is ready."),

    ("formatting", 0, "",
     "one line, comma separated:\n1. Arabica Santos\n2. Ethiopia Guji\n3. Colombia Huila decaf\n4. House blend\n5. Kenya AA"),

    ("formatting", 0, "",
     "把下面的 Markdown 表格转成 HTML 表格，要有 thead，别加样式：\n\n| 门店 | 三月销售额 | 同比 |\n|---|---|---|\n| 南京西路 | 128,400 | +6% |\n| 徐家汇 | 96,750 | -2% |\n| 五角场 | 74,300 | +11% |"),

    ("formatting", 0, "",
     "snake_case these column names pls: Customer ID, First Name, E-mail Address, Date Of Birth, Loyalty Tier (2024), # of Orders"),

    ("formatting", 0, "",
     "아래 일정 시간순으로 정렬해서 표로 만들어줘 (시간 | 내용 | 장소)\n- 14:00 고객사 미팅, 판교 본사\n- 09:30 주간 회의, 3층 회의실\n- 18:30 팀 회식, 정자동 고깃집\n- 11:00 면접, 2층 소회의실"),

    ("formatting", 0, "",
     """Turn this into nested JSON: department → team → members (each member as {"name", "role"}). Keep spellings exactly as written, including accents.

Operations
- Fulfilment team: Keziah Oduya (team lead), Bram Verhulst (picker), Anouk Saidi (picker), Ivo Brandão (forklift driver), Rhiannon Pugh (picker)
- Returns team: Lucía Ferreyra (team lead), Teodor Mazur (inspector), Kwame Asante (inspector)
Finance
- Payables: Grace Nwankwo (AP specialist), Hamish Doull (AP clerk)
- Reporting: Yuki Sakamoto (financial analyst), Ilse Vermaak (controller)
Technology
- Platform: Ravi Chandrasekaran (staff engineer), Elin Sjöberg (SRE), Ottavio Bianchi (SRE)
- Data: Mariam Haddad (analytics engineer), Quentin Lefebvre (data engineer)
- Security: Dara Ní Bhriain (security lead)
People
- Talent: Femi Adeyemi (recruiter), Solveig Eide (recruiter)
- HR Ops: Paulina Kowalczyk (HR advisor), Tomás Ó Ceallaigh (payroll officer)"""),

    ("formatting", 0,
     "Gannet Clinical Research EDC export. One CSV line per visit: subject_id,visit,date(YYYY-MM-DD),sbp,dbp,hr. "
     "No header.",
     """Subj GCR-104-017, Visit 3 (Week 8), 14 Mar 2025 — BP 132/84 mmHg sitting, pulse 71
Subj GCR-104-017, Visit 4 (Week 12), 11 Apr 2025 — BP 128/80, pulse 68
Subj GCR-104-022, Visit 3 (Week 8), 17 Mar 2025 — BP 141/90, HR 77"""),

    ("formatting", 0, "",
     "Riformatta questo JSON con indentazione a 4 spazi, senza toccare i valori:\n{\"ordine\":\"IT-3391\",\"cliente\":{\"nome\":\"Ferramenta Bassi\",\"citta\":\"Modena\"},\"righe\":[{\"cod\":\"VT-08\",\"qta\":200},{\"cod\":\"VT-10\",\"qta\":150}],\"pagato\":false}"),

    ("formatting", 0, "",
     """outline w/ an H2 per topic + bullets under each? do NOT reword, just restructure

budget - venue deposit paid 2k. hotel: 40 rooms held till 15 may. budget - AV quote 3.4k, too high? speakers: Dr Ashworth confirmed keynote. hotel - shuttle needed. speakers: panel needs a moderator"""),

    ("formatting", 0, "",
     "Maak hier een tabel van met kolommen datum, locatie, aantal deelnemers:\nworkshop Utrecht op 3 juni met 18 mensen, Groningen 10 juni 12 deelnemers, en op 17 juni in Eindhoven, daar hadden we er 25"),

    ("formatting", 0, "",
     "bibtex for these pls:\n- Okonjo, A. & Lindahl, M. (2021). Cold-chain failures in last-mile pharma delivery. Journal of Logistics Research, 14(2), 55-71.\n- Marchetti, S. (2019). Warehouse Robotics in Practice. Milan: Fontana Press."),

    ("formatting", 0, "",
     "csv → latex tabular (booktabs), numbers right-aligned\n\nmodel,params,accuracy\nbaseline,1.2M,0.812\nwide,4.8M,0.846\ndeep,5.1M,0.851"),

    ("formatting", 0, "",
     """Convert this export into a clean transcript, one message per line as [HH:MM] Name: text (times in UTC), and drop the bot messages and reactions:

[
 {"ts": "2025-03-11T09:05:12Z", "user_name": "Anke Vos", "text": "deploy of billing-svc 7.2 starting now", "reactions": ["eyes"]},
 {"ts": "2025-03-11T09:05:40Z", "user_name": "deploybot", "bot": true, "text": "billing-svc 7.2 rollout 10%"},
 {"ts": "2025-03-11T09:09:03Z", "user_name": "Samir Haddou", "text": "seeing a bump in 409s on /invoices, could be unrelated"},
 {"ts": "2025-03-11T09:09:51Z", "user_name": "Anke Vos", "text": "pausing rollout, checking", "reactions": ["pray", "+1"]},
 {"ts": "2025-03-11T09:10:02Z", "user_name": "deploybot", "bot": true, "text": "billing-svc 7.2 rollout paused at 10%"},
 {"ts": "2025-03-11T09:16:27Z", "user_name": "Lotte Brink", "text": "409s are from the idempotency key change, expected for retries from old clients"},
 {"ts": "2025-03-11T09:18:44Z", "user_name": "Samir Haddou", "text": "ok agreed, rate is flat now"},
 {"ts": "2025-03-11T09:19:10Z", "user_name": "Anke Vos", "text": "resuming", "reactions": ["rocket"]},
 {"ts": "2025-03-11T09:31:55Z", "user_name": "deploybot", "bot": true, "text": "billing-svc 7.2 rollout 100%"},
 {"ts": "2025-03-11T09:33:20Z", "user_name": "Anke Vos", "text": "done, thanks both"}
]"""),

    ("formatting", 0, "",
     "Posortuj malejąco po kwocie, format zostaw bez zmian:\nFV/112/2025 – Drukarnia Wisła – 3 480,00 zł\nFV/087/2025 – Kurier Express – 612,50 zł\nFV/130/2025 – Biuro Rachunkowe Lipa – 1 845,00 zł\nFV/101/2025 – Hurtownia Papieru – 9 120,30 zł"),

    ("formatting", 0, "",
     "yaml -> .properties\n\nspring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/orders\n    username: orders_app\n  jpa:\n    show-sql: false"),

    ("formatting", 0, "",
     "رتّب هذه الأسماء أبجدياً:\nيوسف الحداد\nأمل الشامي\nكريم منصور\nبسمة العلي\nطارق النجار"),

    ("formatting", 0, "",
     "Bu JSON'u 2 boşlukla girintile ve anahtarları alfabetik sırala, değerlere dokunma:\n{\"urun\":\"Çelik tencere\",\"adet\":12,\"depo\":\"Gebze-2\",\"barkod\":\"8690000112233\",\"aktif\":true}"),

    ("formatting", 0, "",
     "put this into mermaid flowchart syntax (top-down), same wording on the boxes:\nreceive return -> inspect item -> if damaged: refund to card, else -> restock -> update inventory"),

    # ------------------------------------------------------------------ formatting, escalate 1
    ("formatting", 1, "",
     """We're moving ~12 years of customer notes out of our old CRM (Sagewood) into HubSpot. Sample export below. Propose the field mapping to HubSpot contact/company properties, decide how to split the junk-drawer 'misc' column into proper fields, and show these 4 rows in HubSpot import CSV format.

cust_no|name|co|tel|misc|last_contact
1042|Ms. Agnieszka Rudnicka|Rudnicka Florists|0161 496 0733|VIP; prefers email; birthday 12/5; owes £240 since 2019 - written off?|03/11/2023
1187|ROBERTSON, Callum|self|07700 900 418 / home 0131 496 0021|do not call before 10; moved to Leith; referred by 1042|2021-07-14
2210|Daniyar Seitkali|Steppe Coffee Roasters Ltd.|+44 20 7946 0512|wholesale acct; VAT no on file; other contact: Aigerim (ops)|14.02.2025
2301|the Wexley family|—||gift vouchers x3, redeemed 2; unsubscribed|
2455|Dr Oyelaran|Oyelaran Physio Clinic|0113 496 0887; fax 0113 496 0888|2 sites (Leeds, Otley) - bill Leeds only; net 30; DO NOT MERGE with 2456|2024-10-01"""),

    ("formatting", 1, "",
     """Wir haben Wartungsprotokolle aus drei Werken, jedes anders aufgebaut (Beispiele unten). Entwirf ein einheitliches JSON-Schema, das alle drei abbildet, und zeig je ein Beispiel umgewandelt. Wo Felder sich widersprechen oder fehlen (z. B. Dauer vs. Stillstand, Teile als Freitext, Techniker vs. Crew), schlag eine Regel vor. Das Schema soll später auch für Werk Kassel passen, das noch auf Papier arbeitet.

Werk Plauen (CSV): Anlage;Datum;Art;Techniker;Dauer_min;Teile
PR-07;03.02.2025;Inspektion;M. Kühn;45;-

Werk Bitola (Freitext-Mail): „Kompressor K2 gestern (11/2) Filter gewechselt + Öl, 1,5 h, Stojanovski. Nächste Wartung in 500 Betriebsstunden.“

Werk Setúbal (Excel-Export aus dem CMMS, Spalten auf Englisch, Zeiten in lokaler Zeit, Schichtcrew kommagetrennt): asset_id | start | end | type (PM/CM) | crew | parts_used | downtime_h
CNC-14 | 2025-02-05 08:10 | 2025-02-05 11:40 | CM | Faria, Lopes | spindle bearing x2 | 3.5
CNC-09 | 2025-02-06 14:00 | 2025-02-06 14:45 | PM | Lopes | — | 0"""),

    ("formatting", 1, "",
     """Four pharmacies, four medication lists for the same patient. Merge them into FHIR R4 MedicationStatement resources in one Bundle, dedupe, and flag where doses conflict instead of guessing.

Pharmacy A: metoprolol succ 47.5mg od; atorvastatin 40 mg nocte; aspirin 75mg
Pharmacy B: Metoprolol 50 mg daily, Lipitor 40mg, Omeprazole 20mg before breakfast
Pharmacy C: atorvastatin 20 mg at night, omeprazole 20 mg
Pharmacy D: aspirin 75 mg OD, metoprolol tartrate 25 mg BD"""),

    ("formatting", 1, "",
     "map this French PCG chart of accounts to a US GAAP-style COA (4-digit codes), flag what has no clean equivalent\n\n101 Capital\n1061 Réserve légale\n164 Emprunts auprès des établissements de crédit\n2154 Matériel industriel\n401 Fournisseurs\n411 Clients\n4456 TVA déductible\n512 Banque\n607 Achats de marchandises\n6411 Salaires, appointements\n681 Dotations aux amortissements\n707 Ventes de marchandises"),

    ("formatting", 1,
     "You are a data modelling assistant for the analytics team at Petrel Mutual Insurance.",
     """Here's a sample of our claims tracker spreadsheet. People have been bolting columns on for years. Propose a normalised relational layout (tables, keys, which columns go where) and show how these rows land in it.

Claim#, Policy, Insured, Insured2, Peril, DOL, Reported, Adjuster, Reserve, Paid1, Paid1 date, Paid2, Paid2 date, Vendor (roofer etc), Notes, Status
C-2291, HO-88120, Imani Whitlock, Dev Whitlock, Hail, 04/18, 04/20, R. Osei, 18000, 6400, 05/02, 9100, 06/11, Summit Roofing, supplement requested, Open
C-2294, AU-10442, Gregor Palsson, , Collision, 04/19, 04/19, T. Baptiste, 7200, 7200, 05/10, , , Lakeview Body Shop; Enterprise rental, , Closed
C-2301, HO-90311, Ayesha & Lorenzo Conti, , Water - burst pipe, 04/27, 05/03, R. Osei, 25000, 3000, 05/15, , , DryRight Restoration, late notice - reservation of rights letter sent, Open"""),

    ("formatting", 1, "",
     """Convert this village bus timetable into GTFS calendar.txt, calendar_dates.txt and stop_times.txt. Handle the exceptions properly.

Route 44 Copperfold Station – Lowmoor – Fellside
Mondays to Fridays (not Bank Holidays): departs Copperfold Station 07:10, 09:40, 13:15, 17:30
Lowmoor Green approx. 12 min after Copperfold; Fellside Post Office approx. 25 min after Copperfold.
The 07:10 runs on schooldays only and continues to Fellside Academy (arr. 07:42).
Saturdays: 09:40 and 13:15 only.
No service Sundays, 25–26 December or 1 January. On Good Friday (18 April) and Easter Monday (21 April) the Saturday timetable applies.
School terms 2025: 6 Jan–14 Feb, 24 Feb–4 Apr, 22 Apr–23 May, 2 Jun–18 Jul. During school holidays the 07:10 does not run at all.
Stop IDs: CPF_STN, LWM_GRN, FLS_PO, FLS_ACAD. Valid 1 Jan to 31 Jul 2025."""),

    ("formatting", 1, "",
     """このネストの深い注文JSONをBigQuery用にフラット化したい。テーブル設計（繰り返し項目をSTRUCT/ARRAYのまま持つか別テーブルに分けるかも含めて）と変換ルールを考えて、下のサンプルがどうなるか見せて。

{"order_id":"JP-77120","customer":{"id":"C-118","addresses":[{"type":"billing","pref":"大阪府"},{"type":"shipping","pref":"兵庫県"}]},"items":[{"sku":"TEA-01","qty":2,"options":{"gift":true}},{"sku":"CUP-07","qty":1}],"coupons":["SPRING10"]}"""),
]
