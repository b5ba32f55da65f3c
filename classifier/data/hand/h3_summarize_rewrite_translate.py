"""Hand-written prompts, batch 3: summarization, rewrite, translation."""

H = [
    # ------------------------------------------------------------------ summarization
    ("summarization", 0, "",
     """tldr?

Reminder that the P2 garage will be closed Sat 6am to Sun 8pm for resurfacing. Cars left inside after 6am Saturday will be towed at the owner's expense. Staff working the weekend can use the Orchard St lot; show your badge at the gate. Shuttle runs every 20 min."""),

    ("summarization", 0,
     "Skjelvik Marine Parts helpdesk. One-sentence summary of the customer message for the queue view, max 25 words.",
     "hello, ordered impeller kit for my Selva 40hp, you sent the 25hp one. boat goes in the water on the 12th so I need the right one before that or I want my money back"),

    ("summarization", 0, "",
     """one-line summary of this commit for the changelog

--- a/ingest/client.py
+++ b/ingest/client.py
-MAX_RETRIES = 3
+MAX_RETRIES = 5
-def fetch(url):
-    return requests.get(url, timeout=10)
+def fetch(url):
+    return SESSION.get(url, timeout=(3, 10))"""),

    ("summarization", 0, "",
     """me lo resumes en 2 líneas? es del cole de mi hija

Estimadas familias: el jueves 14 los alumnos de 4º visitarán la granja escuela Los Almendros. Salida a las 8:45, regreso hacia las 16:30. La actividad (18 €) se paga antes del lunes por la app del centro. Sin autorización firmada no podrán asistir."""),

    ("summarization", 0,
     "You are Pathfinder, the benefits assistant for employees of Corrigan Steelworks. You are given passages retrieved from the HR knowledge base. Summarize them for the employee in at most 4 bullets. Use only what the passages say.",
     """Employee asked: parental leave - what do I get?

[KB-301 Parental leave, hourly staff] Employees with at least 12 months of service are entitled to 16 weeks of paid parental leave at 100% of base pay for the birth parent and 6 weeks for the non-birth parent. Leave must start within 12 months of the birth or adoption.
[KB-302 Scheduling] Leave can be taken in up to two blocks. Each block must be at least 2 weeks. Shift supervisors must be notified at least 30 days before the first block, except in emergencies.
[KB-309 Benefits during leave] Health and dental coverage continue during leave on the same terms. Pension contributions are calculated on full base pay. Overtime and shift premiums are not paid during leave.
[KB-311 Returning to work] Employees return to the same role and shift pattern. A phased return of up to 4 weeks at 60% hours is available on request."""),

    ("summarization", 1, "",
     """We're a 40-unit housing co-op, tiny reserve fund. Summarize these three roofing bids side by side and tell me which one you'd actually pick and why. We cannot afford to redo this in 5 years.

BID A - Brantwood Roofworks: $148,000. Tear-off and replace with architectural asphalt shingles, 30-year manufacturer warranty, 5-year workmanship warranty. Start in 3 weeks, 12 working days. Deck repairs billed extra at $95 per sheet, estimate 40-60 sheets. Insured, 22 years in business.

BID B - Oakline Exteriors: $171,500. Tear-off and replace with standing-seam metal roof, 40-year paint warranty, 10-year workmanship warranty. Includes all deck repairs and new gutters. Start in 10 weeks because of material lead time. 6 years in business, two complaints on the state contractor board, both marked resolved.

BID C - Briggs & Sons: $119,900. Overlay (new shingles over the existing layer, no tear-off), 25-year warranty, 2-year workmanship. Can start next week, 7 working days. Cash discount of 4% if paid upfront. Not clear from the bid whether they carry workers' comp."""),

    ("summarization", 0, "",
     "sum up pls: Flight QK412 to Lisbon delayed approx 3h due to crew rest requirements. Meal vouchers available at gate B9 on presentation of boarding pass. Passengers with onward connections are being rebooked automatically, check the app for your new itinerary before going to the transfer desk."),

    ("summarization", 0, "",
     """Kannst du das in 3 Stichpunkten für die Kollegen in der Werkstatt zusammenfassen? Die lesen keine langen Mails.

Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind bei uns vermehrt betrügerische E-Mails eingegangen, die angeblich von unserem Ersatzteillieferanten stammen. Die Mails fordern dazu auf, eine neue Bankverbindung für künftige Zahlungen zu hinterlegen oder eine angehängte Rechnung als ZIP-Datei zu öffnen. Bitte öffnen Sie keine ZIP-Anhänge von externen Absendern und klicken Sie nicht auf Links, wenn Ihnen der Absender oder der Inhalt merkwürdig vorkommt. Änderungen von Bankdaten werden bei uns ausschließlich telefonisch mit der Buchhaltung abgestimmt, niemals per E-Mail. Wenn Sie eine verdächtige Nachricht erhalten, leiten Sie sie bitte an it-sicherheit@autohaus-brenner.example weiter und löschen Sie sie anschließend. Ab dem 1. des nächsten Monats wird außerdem für den Zugriff auf das Werkstattportal eine Zwei-Faktor-Anmeldung per App Pflicht; die Einrichtung dauert etwa fünf Minuten, eine Anleitung hängt am schwarzen Brett neben der Kaffeemaschine.

Vielen Dank für Ihre Aufmerksamkeit,
Ihre IT"""),

    ("summarization", 0, "",
     "この口コミを一言でまとめて：\n\n駅から近くて部屋もきれいでした。ただ、朝食会場がとても混んでいて20分ほど待ちました。スタッフの対応は丁寧で、荷物も預かってもらえて助かりました。"),

    ("summarization", 0,
     "Input: one call transcript. Output JSON {\"summary\": max 30 words}, nothing else.",
     """CUSTOMER: got a 64 pound roaming charge, I thought Spain was included
AGENT: you're on Lite, EU roaming is 2 pounds a day on that plan. I'll refund half and can move you to Plus, which includes it, for 4 more a month.
CUSTOMER: fine, do both."""),

    ("summarization", 1, "",
     "Attached: deposition transcripts, days 1-3. I need a summary plus every place where the witness's account of the loading-dock accident changes between day 1 and day 3."),

    ("summarization", 0, "",
     """can someone recap this, i was out thursday

#build-infra
mika: nightly console builds are taking 3h40 now, was 2h10 in jan
arjun: shader cache isn't being reused across agents, every agent rebuilds from scratch
lea: what about per-agent local cache + warm it from last green build
arjun: that works, ~25 min saving per build in my test
mika: ok lets do that. arjun owns it, target end of next sprint
lea: I'll bump the agent disks to 2TB so the cache fits, ticket INFRA-882
mika: 👍"""),

    ("summarization", 0, "",
     """Résumez ce rapport d'intervention en 50 mots max pour le client.

Résidence Les Tilleuls, ascenseur B, 18/09. Cabine bloquée au 3e, personne à l'intérieur. Contact de porte palière du 4e encrassé : nettoyage, réglage, essais OK. Remise en service à 9h25. Remplacement du contact prévu à la prochaine visite (pièce commandée, 10 jours)."""),

    ("summarization", 1,
     "Context: Quarrybank Realty Partners acquisitions desk, a small investor in multifamily residential buildings. Be concrete; cite figures from the documents.",
     """Below is the property condition report for 418 Garnet Avenue, which we're under contract to buy at $6.2M. Give me a short summary and then rank the issues by how much they should move our offer (or whether any is a walk-away). Our IC meets tomorrow morning.

PROPERTY CONDITION ASSESSMENT - 418 GARNET AVENUE
Prepared by Sandholm Building Consultants. Site visit conducted over two days. Building: four-storey, 32-unit walk-up, wood frame over concrete podium, constructed 1978, partial renovation 2009.

1. Summary of findings
The building is in fair overall condition for its age. Most systems are functional but several are at or near the end of their useful life. We identified two items requiring immediate attention, four items recommended within 1-3 years, and a number of routine maintenance items. Cost estimates below are order-of-magnitude and exclude permits, design fees and contingency unless stated.

2. Immediate items
2.1 Balconies (east elevation). Of the 16 balconies on the east elevation, 5 show soft decking, rust staining at the ledger connections and visible deflection. Probing at two locations found rot in the joist ends. We recommend the 5 balconies be closed to occupants immediately and that a structural engineer evaluate all 16. Estimated repair: $9,000-$14,000 per balcony depending on the extent of ledger damage; full replacement of all 16 estimated at $190,000-$240,000. Note that the city adopted a mandatory balcony inspection ordinance last year; the owner has not filed the required inspection.
2.2 Fire alarm panel. The panel is a discontinued model. It passed its last annual test, but the service contractor noted that replacement parts are no longer available and two zone modules were replaced with salvaged units. Replacement estimated at $38,000-$45,000.

3. Items recommended within 1-3 years
3.1 Roof. Modified bitumen roof installed in 2009. Several blisters and one patched area over unit 402, where the tenant reported a leak last winter. Remaining useful life estimated at 3-5 years. Replacement estimated at $110,000-$130,000.
3.2 Domestic hot water. Two gas-fired boilers, 2011, both functional. Tenants in the north stack report lukewarm water in the mornings. The recirculation pump was found switched off; it is unclear whether this was deliberate. Recommend investigation; replacement of both boilers would be $60,000-$75,000 but may not be necessary.
3.3 Plumbing. Original galvanized steel supply risers in the north and south stacks. We observed rust-coloured water when flushing at unit 104. Galvanized piping of this age typically has limited remaining life; repiping of risers estimated at $150,000-$210,000, with significant tenant disruption.
3.4 Parking podium. Hairline cracking in the podium slab with efflorescence at three locations and one area of exposed, corroded rebar near column C4. Recommend a concrete condition survey ($8,000) before estimating repairs; typical podium repairs of this kind range from $40,000 to well over $200,000 depending on findings.

4. Routine and cosmetic items
Corridor carpet worn on floors 2 and 3 ($22,000). Exterior paint fading on the south elevation ($35,000). Four units have original 1978 kitchens; the remainder were renovated in 2009. Laundry room dryers are owner-owned and at end of life ($12,000). Landscaping irrigation partly inoperable.

5. Accessibility and code
The building predates current accessibility requirements and has no elevator. No open code violations were found in the city database, other than the missing balcony inspection filing noted above. Smoke alarms were present in all 9 units we entered; 2 were disconnected.

6. Environmental
A limited survey found no suspect asbestos in sampled areas, but the original 1978 floor tiles in the basement storage rooms were not sampled and should be tested before disturbance. No evidence of mould beyond small areas in two bathrooms.

7. Cost summary (excluding contingency)
Immediate: $228,000-$285,000 (assumes full balcony replacement and new fire alarm panel).
1-3 years: $320,000-$415,000 plus podium repairs TBD.
Routine/cosmetic: approximately $69,000.

8. Limitations
We entered 9 of 32 units. The roof was inspected from the surface only; no cores were taken. Concealed conditions within walls and below slab were not evaluated."""),

    ("summarization", 0, "",
     "need a headline for the intranet, short:\n\nStarting 1 July, the Brixworth plant moves from three 8-hour shifts to two 12-hour shifts on the extrusion lines. Employees on the extrusion lines will work a rotating 4-on/4-off pattern. Shift premiums stay the same. Sign-up for the new rota opens Monday."),

    ("summarization", 0, "",
     """bullet points of this voicemail pls

"Hi, it's Gareth from Pressfield Plumbing. The diverter valve for your boiler came in. I can do Wednesday around nine, about two hours, someone needs to be in. 240 plus VAT, card's fine. If Wednesday's no good ring the office. Cheers.\""""),

    ("summarization", 0, "",
     """Resume esse e-mail do condomínio em tópicos, bem curtinho

Prezados condôminos, a partir de segunda a coleta de reciclável passa a ser às terças e sextas, até as 7h na lixeira do térreo. A piscina fecha para manutenção do dia 10 ao 17. A taxa extra da pintura da fachada vem no boleto do próximo mês. A Administração."""),

    ("summarization", 0, "",
     "帮我把这段测评压缩成一句话：这款折叠电动自行车续航实测大概45公里，比宣传的60公里少不少，但是折叠很方便，放进电梯和后备箱都没问题。刹车灵敏，就是车重20公斤，上楼梯扛着比较累。"),

    ("summarization", 1,
     "You support the nursing leadership of Westmere General Hospital. Readers are board members without clinical training.",
     """Summarize this abstract for the board, then tell them straight whether these findings are strong enough for us to change how we staff night shifts on the medical wards.

Abstract. Objective: To examine the association between registered nurse (RN) staffing on night shifts and in-hospital mortality. Design: Retrospective observational study using electronic rostering and patient records. Setting: 14 acute hospitals in one region, 3 years. Participants: 212,400 adult medical admissions. Exposure: Night-shift patient-to-RN ratio, averaged over each patient's stay. Results: Each additional patient per RN at night was associated with a 6% higher odds of in-hospital death (OR 1.06, 95% CI 1.02-1.10), after adjustment for age, comorbidity index, admission type and hospital. The association was not significant for day shifts. Wards with ratios above 1:10 at night had the highest mortality. Limitations: Observational design; staffing may be correlated with unmeasured hospital factors; healthcare assistants were not included; agency staff were recorded inconsistently in 4 hospitals. Conclusions: Lower night-time RN staffing is associated with higher mortality on medical wards."""),

    ("summarization", 0,
     "Woonstichting Het Baken - vat de huurdersmelding samen in max. twee zinnen.",
     "Goedemiddag, sinds de winter zit er schimmel op het badkamerplafond en in de slaapkamer van mijn zoontje. We luchten elke dag. Vorig jaar is het weggepoetst maar het komt steeds terug. Kan iemand naar de oorzaak kijken? Fam. Bakkal, Lindelaan 22-3"),

    ("summarization", 0, "",
     "summarise in English pls, my German's not good enough\n\nHallo Herr Whitfield, leider verschiebt sich die Lieferung der Schaltschränke um zwei Wochen, weil ein Bauteil beim Hersteller fehlt. Neuer Liefertermin ist der 28. Die Montage vor Ort können wir trotzdem wie geplant am 3. beginnen. Gruß, Katrin Vogt"),

    ("summarization", 0, "",
     """#inc-2291-card-auth-latency (export)

[02:14] pagerbot: ALERT card-auth p95 latency > 1500ms for 5m (region eu-central)
[02:16] ines.m (on-call): ack. looking
[02:19] ines.m: p95 at 2.3s, error rate 4% and climbing. mostly timeouts to the issuer gateway
[02:21] ines.m: no deploys since 18:40 yesterday. last deploy was fraud-rules v412, config only
[02:24] ines.m: paging secondary, this is customer facing. merchants will start seeing declines
[02:27] tobias.k: here. checking the gateway pool
[02:31] tobias.k: connection pool to issuer gateway is maxed at 200, lots of connections stuck in CLOSE_WAIT
[02:33] ines.m: status page updated: "Some card payments in Europe may fail or be slow. We are investigating."
[02:36] tobias.k: the issuer side answers fine from a test box. so it's us not them
[02:40] ines.m: error rate now 11%. incident commander = me, tobias on mitigation, I'll ask support lead to join
[02:42] rosa.d (support): here. 3 merchant tickets so far, one from Calderon Stores which is a top-10 account
[02:44] tobias.k: restarting two auth pods as a test
[02:47] tobias.k: restarted pods are healthy for ~3 min then pool fills up again
[02:52] ines.m: fraud-rules v412 added a new synchronous call to the device-fingerprint service for every auth. that service is slow tonight, p95 900ms
[02:54] tobias.k: that would hold the gateway connection open while we wait. makes sense with CLOSE_WAIT pile-up
[02:55] ines.m: proposing rollback of fraud-rules to v411. risk: we lose the new rule for card-testing attacks for a few hours
[02:56] rosa.d: fraud team on-call is Lena, pinging her for ok
[03:02] lena.w (fraud): ok to roll back. I'll put a temporary velocity limit on new cards to cover the gap
[03:04] tobias.k: rolling back v412 -> v411
[03:09] tobias.k: rollback complete in eu-central
[03:12] ines.m: p95 back to 380ms, error rate 0.6% and dropping
[03:18] ines.m: error rate 0.1%, normal. keeping incident open for 30 min to watch
[03:20] rosa.d: replied to Calderon and the other 4 merchants that opened tickets. Calderon asks for a list of failed transactions so they can retry, I said we'd send it in business hours
[03:25] ines.m: status page -> "Monitoring. A fix has been applied and card payments are recovering."
[03:31] lena.w: velocity limit live. will remove it once v412 is fixed and redeployed
[03:48] ines.m: all metrics normal for 30 min. status page -> resolved
[03:50] ines.m: rough impact: 02:10-03:10, about 18,500 auth attempts failed or timed out in eu-central, mostly retried by merchants. need exact numbers from data team
[03:52] tobias.k: follow-ups: (1) make the fingerprint call async or put a 150ms timeout on it, (2) alert on gateway pool saturation not only on latency, (3) config-only deploys still need the latency canary, v412 skipped it
[03:55] ines.m: owner for (1) fraud-platform team, (2) tobias, (3) me. postmortem draft by thursday
[03:56] rosa.d: I'll own the failed-transaction export for Calderon with data team tomorrow
[03:58] ines.m: closing the channel for tonight. thanks all

Write the tl;dr for the 9am exec update. 5 lines max, no jargon they won't get (they know what p95 is, they don't know what CLOSE_WAIT is)."""),

    ("summarization", 0, "",
     "condense into 3 bullets for the investor one-pager:\n\nFiscal Q2 revenue reached 14.8M, up 19% year on year, mostly from the new mid-market tier. Gross margin rose two points to 71% after hosting costs were renegotiated. Operating loss narrowed to 2.1M from 3.4M. Cash of 22.6M funds operations into 2027."),

    ("summarization", 1, "",
     """CTO vs head of sales, round four, on delaying the v3 launch. Summarize each side's position fairly, without taking sides, and then point out what each of them is leaving out. I need to decide by Friday.

Priya (CTO): We shouldn't ship on the 15th. Load testing shows the new sync engine falls over at about 60% of our current peak traffic. We can patch around it but I'd be shipping something I know will page us every Monday morning. Two more weeks gets us to a version I'd stand behind.
Marco (Sales): Three enterprise deals worth 1.1M in total are conditional on v3 being live by end of month. Two of those buyers told me in writing that if it slips they'll re-open the evaluation with our competitor. We've slipped twice already this year.
Priya: If we ship and the sync engine breaks for one of those accounts in month one, we lose them anyway, and probably a reference.
Marco: Then ship it behind a flag for the new customers only. They'll have small data volumes for the first few weeks.
Priya: Flags double the test matrix and my team is already at capacity. And "small data volumes for a few weeks" is not something I can guarantee.
Marco: Every time we wait for perfect we lose a quarter."""),

    ("summarization", 0, "",
     "이 공지사항 세 줄 요약 부탁해요\n\n입주민 여러분께 알려드립니다. 오는 11월 8일(금) 오전 9시부터 오후 3시까지 저수조 청소 작업이 진행됩니다. 작업 시간 동안 단수가 예정되어 있으니 미리 생활용수를 받아 두시기 바랍니다. 작업 후 수돗물에 일시적으로 흙탕물이 나올 수 있으니 몇 분간 물을 틀어 두신 후 사용해 주십시오. 불편을 드려 죄송합니다. 관리사무소"),

    ("summarization", 0, "",
     "Mi fai un riassunto breve di questa recensione per il report settimanale?\n\n\"Programmi vari e video chiari, ma dopo l'ultimo aggiornamento il timer si blocca negli esercizi a intervalli. Ho scritto all'assistenza due volte, nessuna risposta. Se non lo sistemano non rinnovo.\""),

    ("summarization", 0,
     "Sunward Air fare-rules helper. Summarize the fare rules below for the customer in plain words, max 60 words.",
     "QLITE. CHANGES: UP TO 24H BEFORE DEP, FEE EUR 70 + FARE DIFF. CANCEL: NON-REFUNDABLE, TAXES REFUNDABLE ON REQUEST. NO-SHOW: ALL SEGMENTS CANCELLED. BAGGAGE: 1 CABIN BAG 8KG ONLY. NAME CHANGE: NOT PERMITTED."),

    ("summarization", 0, "",
     "summarize\n\nstandup tue: - Jo: finished pricing page copy, waiting on legal - Sam: checkout bug still open, repro only on safari 16 - Nadia: out thurs/fri - Ravi: started on the referral emails, first draft by wed"),

    ("summarization", 1,
     "Referral assistant - Fennick Lane Medical Group, internal medicine.",
     """Summarize this patient's last three visit notes for a rheumatology referral and highlight anything that suggests the working diagnosis might be wrong.

Visit 1 (March): 46F, 3 weeks of pain and morning stiffness in both hands, ~90 min, worse in MCP joints. No rash. Mild fatigue. Exam: bilateral MCP swelling. ESR 38, CRP 14. RF negative. Working dx: early seronegative RA. Started naproxen, ordered anti-CCP.
Visit 2 (April): Anti-CCP negative. Stiffness improved slightly on naproxen. New: patient mentions a scaly patch on her scalp "for years" and nail pitting on two fingers, which she attributes to gardening. Also reports heel pain on walking. Exam confirms pitting on L index and middle fingernails. Plan: continue naproxen, consider methotrexate at next visit.
Visit 3 (June): Right 3rd toe swollen and painful along its whole length for 2 weeks ("looks like a sausage"). Hands similar. Lower back stiffness in the morning, improves with activity, new since May. Father had "bad psoriasis". Plan: refer to rheumatology to confirm RA and start DMARD."""),

    ("summarization", 0, "",
     """Meeting minutes from this pls. Attendees, decisions, next steps.

Parent council - Juniper Hill Primary, 7pm, library
Present: Aoife (chair), Dominic, Harpreet, Mr. Salter (head teacher), Lucy, Femi
Aoife: First thing, the summer fair. We have the date, 21 June. Harpreet, how's the stall list?
Harpreet: We've got 14 stalls. Still need someone for the tombola and the cake stall.
Lucy: I can do cakes if someone helps me on the day.
Femi: I'll help.
Aoife: Great. Tombola?
Dominic: I'll take it but I'll need prizes by the start of June.
Aoife: Okay, we'll put out a call for prizes in the next newsletter. Second item, the playground shade sails. Mr. Salter?
Mr. Salter: The quote came in at 6,400. The school can cover half from the maintenance budget if the council raises the rest.
Aoife: We've got 2,100 in the account. So we'd need about 1,100 more. Let's make the fair proceeds go to the shade sails. All agreed? Yes. Okay.
Mr. Salter: I'll confirm the order once the fair is done.
Aoife: Last thing, next meeting is 3 June. Thanks everyone."""),

    ("summarization", 0, "",
     "Streść proszę w jednym akapicie:\n\nW związku z planowaną wymianą odcinka sieci ciepłowniczej przy ulicy Lipowej w dniach 12–16 maja nastąpi przerwa w dostawie ciepłej wody dla budynków nr 2–18. Ogrzewanie w tym okresie nie będzie wyłączone. Prace rozpoczną się codziennie o 7:00. Przepraszamy mieszkańców za utrudnienia i prosimy o niepozostawianie samochodów wzdłuż wschodniej strony ulicy."),

    ("summarization", 0, "",
     "इस ईमेल का सारांश दो लाइनों में दो:\n\nदिवाली के अवसर पर कार्यालय 31 अक्टूबर से 3 नवंबर तक बंद रहेगा। इस दौरान ग्राहक सहायता ड्यूटी वाले कर्मचारियों को एक अतिरिक्त अवकाश मिलेगा। कृपया अपनी छुट्टी 25 अक्टूबर तक एचआर पोर्टल पर दर्ज करें।"),

    ("summarization", 1,
     "Larchmere Family Office - investment committee copilot. Be direct.",
     """Excerpts from the last three board minutes of Osprey Cold Chain (we hold 18%). Give me an executive summary, and flag anything an investor should treat as a governance red flag.

Minutes, January: The CEO reported that the Tilbury warehouse lease was signed with Greystone Holdings at 14% above the broker's estimate; the CEO noted that Greystone is owned by a family trust of which he is a beneficiary, and stated that the premium reflects a 6-month rent-free period. The board noted the disclosure. No vote was recorded.
Minutes, April: The CFO resigned with immediate effect for personal reasons. The CEO will act as interim CFO. The audit committee meeting scheduled for April was postponed.
Minutes, July: The board approved a short-term loan of 1.5M from the company to Greystone Holdings to fund fit-out works at Tilbury, repayable in 12 months at 2%. Two directors abstained. The auditors' management letter was tabled and deferred to the next meeting due to time constraints."""),

    ("summarization", 0, "",
     "لخص هذا الخبر في جملة واحدة:\n\nأعلنت هيئة النقل في المدينة عن افتتاح الخط الثالث للمترو يوم الأحد المقبل، ويربط الخط الجديد بين المطار ووسط المدينة عبر اثنتي عشرة محطة. وستعمل القطارات من الساعة السادسة صباحًا حتى منتصف الليل، بمعدل قطار كل سبع دقائق في أوقات الذروة. وسيكون السفر مجانيًا خلال الأسبوع الأول من التشغيل."),

    ("summarization", 0, "",
     """abstract -> plain-language summary, 2 sentences, for our members' newsletter

We report a low-temperature route to recycle lithium iron phosphate (LFP) cathodes from spent electric-vehicle batteries. Cathode material recovered by mechanical separation was treated in an aqueous solution of lithium salts and a mild reducing agent at 80 C for 6 hours, restoring lithium content lost during cycling. Regenerated cathodes showed a discharge capacity of 158 mAh/g, comparable to commercial material, and retained 95% of capacity after 500 cycles. Compared with conventional hydrometallurgical recycling, the process avoids strong acids and reduces estimated energy use by approximately 60%. Impurities from aluminium current collectors reduced performance when above 0.5 wt%, indicating that separation quality is a key constraint for industrial scale-up."""),

    ("summarization", 0,
     "Clausewise: you write a one-paragraph summary of each contract clause for non-lawyers at Tarnwick Freight. Keep it under 50 words.",
     "14. Force Majeure. Neither party shall be liable for any failure or delay in performance caused by events beyond its reasonable control, including acts of God, war, terrorism, strikes (other than strikes by the affected party's own employees), epidemics, government action or failures of public utilities, provided that the affected party notifies the other party in writing within five (5) business days and uses commercially reasonable efforts to resume performance. If such event continues for more than sixty (60) days, either party may terminate this Agreement on written notice."),

    ("summarization", 1, "",
     """I'm grading. Summarize the two essays below (same prompt: "Should cities ban cars from their centres?") and tell me which argues better and why.

Essay 1: Cities should ban cars from their centres because cars cause pollution and accidents. In my city the air is bad and many people have asthma. Also, without cars people would walk more, which is healthy. Some people say shops will lose customers but people will still come by bus. Therefore cars should be banned.

Essay 2: A full ban sounds attractive but is likely to fail in most cities. Where centres were pedestrianised successfully, as in several European examples, it happened gradually and alongside investment in public transport. A sudden ban would hurt disabled residents and delivery-dependent small businesses most. A better policy is a phased restriction: delivery windows, exemptions for blue-badge holders and a congestion charge that funds buses."""),

    ("summarization", 0, "",
     "Şu toplantı notlarını kısaca özetler misin?\n\n- Boyahanedeki yeni makine kurulumu 2 hafta gecikti, tedarikçi parça bekliyor.\n- Ekim siparişleri geçen yıla göre %12 fazla, fazla mesai planı yapılacak.\n- Kalite kontrolde iki yeni personel işe başladı.\n- Bir sonraki toplantı 5 Kasım Salı 10:00."),

    ("summarization", 1, "",
     """Here are open-text answers from our post-purchase survey (furniture e-commerce, last 2 weeks). Summarize the main themes and tell us what we should fix first. Be opinionated.

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

    ("summarization", 0, "",
     "gist?\n\nnightly-backup 2024-10-03 01:00 host=db-replica-2\n  pg_basebackup: OK (412 GB, 48m12s)\n  upload s3://bkp-vault/pg/2024-10-03: OK\n  retention: deleted 3 backups older than 14d\n  verify restore (sample 5 tables): OK\n  WARN: free disk on /var/backup at 11% (threshold 15%)"),

    # ------------------------------------------------------------------ rewrite
    ("rewrite", 0, "", "less robotic pls: \"Your request has been received and will be processed in due course.\""),

    ("rewrite", 0, "",
     "can u fix grammar its for linkedin: i am exited to announce that i have joined Corvell Analytics as a junior data analyst, looking forward to learn from this amazing team and grow my skill's"),

    ("rewrite", 0,
     "Marrowby County Court kiosk: rewrite pasted text at a 7th-grade reading level, keeping all dates and amounts.",
     "NOTICE OF HEARING: The above-captioned small claims matter has been set for hearing on November 4 at 9:00 a.m., Courtroom 3B. Failure to appear may result in a default judgment of $2,340.00 plus costs."),

    ("rewrite", 1,
     "Internal comms drafting tool, Tessaline Foods. Audience: all UK staff.",
     """This is the draft email announcing that we're closing the Millbeck bakery site and cutting 86 roles. Legal has approved the facts, but it reads cold and corporate, and people will read it on their phones in the break room. Rewrite it so it's humane and direct, doesn't over-promise anything about redeployment, and doesn't sound like a template. Keep every fact and date.

Subject: Organisational update - Millbeck site

Dear colleagues,
Following a comprehensive review of our manufacturing footprint, the leadership team has taken the decision to cease production at the Millbeck site. Production will transfer to our Hallam and Eastbrook sites in a phased manner between March and June. This will result in the proposed reduction of 86 roles at Millbeck. A 45-day collective consultation process will commence on 10 February with elected employee representatives. Affected employees will be able to apply for vacancies at other sites; however, the number of vacancies is limited. An employee assistance programme is available 24/7. Further information will be provided in due course.
Regards,
Operations Leadership Team"""),

    ("rewrite", 0, "",
     "Tu peux reformuler ça en plus poli ? c'est pour la voisine du dessus\n\n\"Les travaux commencent tous les jours à 7h30, c'est beaucoup trop tôt, on ne peut plus dormir. Vous pourriez au moins prévenir.\""),

    ("rewrite", 0, "",
     "turn this into a neutral third-person bio for the conference program:\n\nI'm a supply chain analyst at Bellcourt Grocers, building demand forecasts for fresh produce for six years now. Before that I worked in a distribution centre. I live in Leeds with two cats and a sourdough starter."),

    ("rewrite", 0, "",
     "explain this in normal english? it's from my phone contract\n\n\"Should the Subscriber terminate prior to expiry of the Minimum Term, an Early Termination Charge equal to the remaining monthly Line Rental for the unexpired Minimum Term shall be payable, less 4% for accelerated receipt.\""),

    ("rewrite", 1, "",
     """Rewrite my cover letter so it actually sounds like me and not like it was written by a bot, and make the part about my career gap stronger instead of apologetic. Role: operations coordinator at a logistics startup.

Dear Hiring Manager,
I am writing to express my interest in the Operations Coordinator position at Fleetwise. I am a highly motivated and detail-oriented professional with over five years of experience in operations. In my previous role at a regional courier company I was responsible for scheduling drivers, handling customer escalations and improving processes. I reduced missed deliveries by 18% by introducing a new route check. I took two years off work from 2021 to 2023 to care for a family member, during which I also completed a certificate in supply chain management. I apologise for this gap in my employment history, but I am now ready to return to work. I believe I would be a great fit for your team and I look forward to hearing from you.
Yours faithfully,
Noor Haddad"""),

    ("rewrite", 0, "",
     "Bitte gendern, sonst nichts ändern:\n\nLiebe Mitglieder, alle Trainer und Betreuer werden gebeten, die neuen Hallenzeiten an ihre Spieler weiterzugeben. Jeder Teilnehmer des Sommercamps muss bis Freitag angemeldet sein."),

    ("rewrite", 0, "",
     "もう少しカジュアルにしてください。社内Slack用です。\n\n「お疲れ様です。本日の定例会議につきまして、会議室の都合により15時から15時30分に変更させていただきます。ご確認のほどよろしくお願いいたします。」"),

    ("rewrite", 0, "",
     "simplify: The municipality shall effectuate the collection of bulky refuse on the first Tuesday of each calendar month, subject to prior registration via the online portal no later than the preceding Friday."),

    ("rewrite", 1,
     "You draft patient-relations letters for Corriveau Regional Hospital. The risk management office reviews every letter before it is sent.",
     """Rewrite this letter to the family of a patient who received a double dose of a blood thinner on our ward. Risk management says we can't admit fault before the review is finished, but the family deserves honesty and this draft is so guarded it's insulting. Make it compassionate and straightforward within that constraint.

Dear Mr and Mrs Okonjo,
We acknowledge receipt of your complaint dated 2 May regarding the care of your mother on Ward 6. An incident relating to medication administration has been reported and is under review in accordance with hospital policy. We are unable to comment on the outcome of the review until it is complete, which is expected within 60 working days. Your mother's condition is being monitored. Should you have further queries, please contact the Patient Relations Office.
Yours sincerely,
Patient Relations"""),

    ("rewrite", 0,
     "ListingPolish (Brambleway marketplace): fix spelling, caps and punctuation only.",
     "title: vintage raleigh road bike 56cm frame , good condtion\ndesc: selling my dads old bike,  shimano 105 gears work fine new tyres fitted last summer small rust spot on handlebar see pics. collection only from bristol , no offers under 180"),

    ("rewrite", 0, "",
     "corrígeme la ortografía porfa q es para un cliente: \"Buenas tardes, le envio el presupuesto de la reforma del baño, el material esta incluido y la mano de obra tanbien. Si tiene alguna duda me avisa y lo avlamos.\""),

    ("rewrite", 0, "",
     "Turn these notes into a proper email to the team, keep all the info:\n\nmoving sprint review to thurs 2pm (client call clash) / demo order: search, then billing, then admin / Kai presents billing not me / recording will be in the shared drive"),

    ("rewrite", 1, "",
     """I run a science outreach blog for teenagers. Rewrite this paragraph for 13-14 year olds. It has to stay actually correct - I've had physicists in the comments tear apart my last "simplified" post - so don't swap in the usual wrong analogies (no "observing it with your eyes collapses it").

Quantum decoherence describes how a quantum system loses the ability to display interference effects as it becomes entangled with its environment. A particle in a superposition of two locations can, in isolation, produce an interference pattern. But when it interacts with air molecules, photons or the atoms of a detector, information about its location spreads into the environment. The superposition is not destroyed; rather, it becomes a superposition of the particle-plus-environment, and because we cannot track all the environmental degrees of freedom, the interference terms become practically unobservable. Decoherence therefore explains why we do not see everyday objects in superpositions, although on its own it does not settle which outcome we observe in a single measurement, a question that different interpretations of quantum mechanics answer differently."""),

    ("rewrite", 0, "",
     "Deixa esse texto mais formal, vou mandar pro RH:\n\n\"Oi, tudo bem? Então, queria tirar férias de 10 a 24 de janeiro, já combinei com meu gestor e ele topou. Me avisa se precisar preencher alguma coisa.\""),

    ("rewrite", 0, "",
     "more concise\n\nIn order to be able to restart the queue workers, it is necessary that you first drain the queue by means of running the drain command and then waiting until such time as the dashboard shows zero in-flight jobs, after which point you may proceed."),

    ("rewrite", 0, "",
     "존댓말로 바꿔줘, 고객한테 보낼 거야\n\n주문한 거 배송 좀 늦어질 것 같아. 창고에 재고가 없어서 다음 주 화요일에 보낼 수 있어. 급하면 취소해도 돼."),

    ("rewrite", 1,
     "Lanternfield Children's Fund - comms team assistant.",
     """Ethics board flagged this fundraising email: they say it uses the children as props and leans on pity. Rewrite it so it's still emotionally compelling and still asks clearly for money, but respects the dignity of the families. Same facts, same ask.

Subject: Little Amara can't read. You can change that.
Imagine being 9 years old and never having held a book. That's Amara's reality. In her village there is no school, no library, nothing. Her mother cries every night because she can't give her daughter a future. Amara's sad eyes say it all. But for just $25 you can give a child like Amara a year of schooling. Please don't look away. Without you, children like Amara have no hope. Donate today."""),

    ("rewrite", 0,
     "Tone transformer API. Input is JSON {\"text\", \"target_tone\"}. Return JSON {\"rewritten\"} only.",
     "{\"text\": \"Your payment failed again. Update your card or your account will be suspended on the 30th.\", \"target_tone\": \"friendly\"}"),

    ("rewrite", 0, "",
     "Kun je deze brief op B1-niveau herschrijven? Mijn vader snapt er niks van.\n\n\"Hierbij delen wij u mede dat uw aanvraag voor een parkeervergunning voor bewoners is toegekend. De vergunning is geldig met ingang van de eerste dag van de maand volgend op de datum van deze beschikking. Tegen dit besluit kunt u binnen zes weken bezwaar maken.\""),

    ("rewrite", 0, "",
     "make this sound like a human wrote it, not a lawyer: \"Kindly be advised that the undersigned will be unable to attend the aforementioned gathering owing to a prior engagement.\""),

    ("rewrite", 1,
     "You assist the compliance team of Arvella Payments, an e-money institution regulated in the EU.",
     """Below are the engineering notes. We need them as the narrative section of our incident notification to the regulator. It must be accurate, neutral and complete, must not speculate about causes we haven't confirmed, and must not minimise customer impact. Restructure it as you see fit.

ENG NOTES: Sunday 03:10-05:45 CET the batch job that applies scheduled transfers ran twice because the scheduler failover kicked in while the primary was still alive (split brain, we think, network partition between the two zones - still confirming with the cloud provider). 2,314 customers had a scheduled transfer executed twice, total duplicated amount EUR 1.87M. Ops spotted it at 05:30 from the reconciliation alert, killed the second run at 05:45. All duplicates reversed by Monday 14:00, but 212 customers went into overdraft in the meantime and some had direct debits bounce. Customer support sent emails Monday. We've disabled automatic failover for the scheduler until we add a fencing lock."""),

    ("rewrite", 0, "",
     "Correggi la grammatica per favore: \"Buongiorno, volevo sapere se è possibile pagare la gita di mia figlia in due rate, perchè questo mese abbiamo avuto delle spese impreviste. Ringraziando anticipatamente, porgo distinti saluti.\""),

    ("rewrite", 0, "",
     "इसे थोड़ा औपचारिक बना दो, प्रिंसिपल सर को भेजना है: \"सर, कल मेरी बेटी स्कूल नहीं आ पाएगी क्योंकि उसे बुखार है। होमवर्क मैं किसी से मंगवा लूँगा।\""),

    ("rewrite", 0, "",
     "make this wall of text into bullet points, don't drop anything\n\nbadge in at reception, get your laptop from IT on floor 2 (ask for Ewa), your desk is in the east wing, lunch is on us day one, and at 3pm there's an intro with your manager in room Cedar"),

    ("rewrite", 1, "",
     """New grads say our nurse onboarding guide is a wall of rules that reads like a warning label. Rewrite it so it's welcoming, and reorganise it into "Your first day / first week / first month". Every rule has to stay in.

Nurses must complete the e-learning modules on manual handling, infection control and the medication system before their first shift. Do not administer controlled drugs until signed off by a senior nurse. Badges must be worn at all times. Handover is at 07:30 and 19:30 and is mandatory. New nurses will be supernumerary for their first 5 shifts. Sickness must be reported to the nurse in charge at least 2 hours before the shift. Uniforms are collected from the linen room on level -1 on day one. Preceptorship meetings take place at the end of weeks 1, 2 and 4. Competency booklets must be completed within 4 weeks. Questions can be raised with the practice educator, Siobhan Keary, ext. 4410."""),

    ("rewrite", 0, "",
     "帮我润色一下这段自我介绍，别改意思：\n\n大家好，我叫陈雨，是新来的产品经理，之前在一家做物流软件的公司干了三年，主要负责仓储系统。平时喜欢爬山，以后请多多关照。"),

    ("rewrite", 0, "",
     "صحح الأخطاء الإملائية في هذه الرسالة من فضلك: \"السلام عليكم، اود ان اذكركم بان موعد تسليم التقرير هوا يوم الخميس القادم، ارجو ارسالة قبل الساعه الثانيه عشر.\""),

    ("rewrite", 0, "", "say this nicer: no we can't refund you, you've been using the blender for 6 months"),

    ("rewrite", 0, "",
     "Hemingway version of this pls, same facts: \"Q3 was a challenging quarter. Revenue declined 4% due to softer demand in the Nordic region, partially offset by growth in Iberia. We remain confident in our long-term strategy and continue to invest in our people.\""),

    ("rewrite", 0,
     "Tollgate Transit alt-text editor. Rewrite to under 125 characters; never start with 'image of'.",
     "Image of a photograph which shows the new blue and white low-floor tram at Harbour Street stop with a woman in a wheelchair rolling on through the middle door"),

    ("rewrite", 0, "",
     "Kan du göra texten mer lättläst? Den ska sitta på anslagstavlan.\n\n\"Med anledning av ombyggnationen av återvinningsstationen kommer öppettiderna under perioden vecka 12 till och med vecka 15 att begränsas till vardagar mellan klockan 10.00 och 16.00, varvid helgöppet tillfälligt upphör.\""),

    ("rewrite", 1,
     "You write customer safety communications for Pipsqueak Toys.",
     "Our stacking-rings toy is being recalled because a ring can crack and leave a sharp edge. Rewrite the recall notice below as a version for the packaging insert that 6-8 year olds will read with a parent. It has to make kids actually stop playing with it and give it to a grown-up, without frightening them. Notice: \"Pipsqueak Toys is recalling Rainbow Stack (model RS-2) because rings may crack and create sharp edges that pose a laceration hazard. Stop using the product immediately and contact us for a full refund.\""),

    ("rewrite", 0, "",
     "translate this into plain english lol, its from our VP\n\n\"Going forward we'll be leveraging cross-functional synergies to right-size our go-to-market motion and double-click on high-velocity verticals.\""),

    ("rewrite", 0, "",
     "Fix my French please, I'm a learner and I want to send this to my host family: \"Bonjour! Je suis très excitée de venir chez vous le mois prochain. Je arrive à Nantes le 3 juillet à le soir. Est-ce que je dois apporter des serviettes?\""),

    ("rewrite", 1, "",
     """I'm reviewer 2 for a journal and my comments came out harsher than I intend. Rewrite them so they're constructive and collegial, but every criticism has to survive - the paper does have serious problems.

1. The authors claim their sensor "outperforms all existing methods" but compare only against two methods from 2015. This claim is unsupported.
2. The sample size (n=11) is far too small for the subgroup analysis in Table 4, which should be removed.
3. The discussion ignores the obvious confound that all field tests were run in dry weather.
4. Figure 3 is unreadable.
5. Honestly, the writing is sloppy throughout and it is hard to believe this was proofread."""),

    ("rewrite", 0, "",
     "de-jargon pls, going to the line supervisors: ECN-0417 supersedes ECN-0392; torque spec on M8 flange bolts revised from 24 Nm to 28 Nm effective WO 55120 onward; rework not required on WIP already torqued to rev B."),

    ("rewrite", 1,
     "You help the recruitment team of the Haverleigh Sleep Research Centre. Ads are reviewed by the IRB.",
     "The IRB bounced our recruitment ad for being coercive and overpromising. Rewrite it so it would pass - no promise of benefit, payment mentioned but not as the hook, risks not hidden - while still making people want to sign up. Ad: \"CAN'T SLEEP? Get paid $600 and finally fix your insomnia! Our breakthrough new treatment has helped people sleep better. Only a few spots left - sign up today, it's totally safe and easy!\""),

    # ------------------------------------------------------------------ translation
    ("translation", 0, "", "how do u say 'refund' in korean"),

    ("translation", 0, "", "need this in German: Your order has shipped and should arrive within 3-5 business days."),

    ("translation", 0,
     "Translate the user's message into English. Output only the translation.",
     "Chào anh/chị, tôi đã đặt phòng đôi từ ngày 12 đến 15 nhưng email xác nhận ghi là phòng đơn. Anh/chị kiểm tra lại giúp tôi được không? Cảm ơn."),

    ("translation", 0, "",
     "これ英語にして\n\n「先日はお忙しいところお時間をいただきありがとうございました。ご提案いただいた件、社内で検討して来週中にお返事いたします。」"),

    ("translation", 1, "",
     """I'm subtitling a German stand-up special for an English-speaking audience. Translate this bit so it's actually funny in English, not word for word - swap references if you have to - and then tell me what you changed and why.

"Ich hab neulich versucht, bei der Bahn eine Beschwerde einzureichen. Über das Formular. Das Formular hatte eine Verspätung. Ernsthaft, da stand: 'Ihre Beschwerde wird voraussichtlich mit 40 Minuten Verzögerung bearbeitet. Grund: Verzögerungen im Betriebsablauf.' Und ich dachte, okay, wenigstens sind sie konsequent. Das ist das einzige in Deutschland, was pünktlich zu spät ist.\""""),

    ("translation", 0, "", "FR please:\nSign in\nForgot password?\nRemember me on this device\nCreate an account\nTerms of use"),

    ("translation", 0,
     "i18n worker. Translate the string values into Italian. Keep keys, placeholders and ICU plural syntax exactly as they are. Return JSON only.",
     "{\"cart.items\": \"{count, plural, one {# item in your cart} other {# items in your cart}}\", \"cart.checkout\": \"Go to checkout\", \"cart.empty\": \"Your cart is empty, {name}.\"}"),

    ("translation", 0,
     "You are the family-communications assistant of the Cedar Falls Unified School District. Translate district letters into Spanish (Latin American) for families. Keep headings, dates, times, phone numbers and web addresses exactly as written. Use a warm but respectful register (usted).",
     """FAMILY NEWSLETTER - WILLOWBROOK ELEMENTARY
Back-to-School Edition

Dear Willowbrook Families,

Welcome back! We are so happy to see our students in the hallways again, and we want to thank all of you who came to our Meet the Teacher evening last week. More than 300 families attended, which is a new record for our school. This newsletter covers the most important information for the first months of the school year. Please keep it on your fridge or save it on your phone.

School Hours and Arrival
The school day runs from 8:15 a.m. to 2:55 p.m. on Monday, Tuesday, Thursday and Friday. On Wednesdays, students are dismissed early at 1:15 p.m. so that teachers can take part in professional development. The front doors open at 7:55 a.m. Supervision on the playground starts at the same time, so please do not drop off children before 7:55 a.m. Students who arrive after 8:20 a.m. must check in at the front office with an adult.

Drop-off and Pick-up
The drop-off lane on Harmon Street is for quick drop-offs only. Please stay in your car and have your child exit on the sidewalk side. If you need to walk your child in, please park in the lot on Linden Avenue. For pick-up, students in kindergarten and first grade will wait with their teachers at the east gate. Older students will be dismissed from the main entrance. If someone other than a parent or guardian is picking up your child, that person must be listed on your emergency contact form and bring a photo ID.

Breakfast and Lunch
Free breakfast is served to all students every day from 7:55 a.m. to 8:15 a.m. in the cafeteria. Lunch costs $3.10 per day. Families may qualify for free or reduced-price meals. Applications are available at the front office and online at www.cfusd.example/meals. Applications are confidential, and you need to complete a new application every school year, even if your child received free meals last year. The deadline to apply before the first billing period is September 30.

Attendance
Regular attendance is one of the strongest predictors of success in school. If your child will be absent, please call the attendance line at (555) 014-2290 before 9:00 a.m. and leave your child's name, teacher, and the reason for the absence. After three unexcused absences, the school will contact you to see how we can help.

Health Information
If your child needs to take medicine at school, including inhalers, a medication form must be completed by your child's doctor and returned to the school nurse, Ms. Delgado. Children with a fever of 100.4 F or higher, vomiting or diarrhea must stay home until they have been free of symptoms for 24 hours without medicine. Vision and hearing screenings for grades K, 2 and 4 will take place during the week of October 14.

Upcoming Dates
- September 2: Labor Day, no school
- September 12: Picture Day
- September 19, 6:00 p.m.: Family Literacy Night in the library (dinner provided, childcare available)
- October 3: Parent-teacher conferences, early dismissal at 1:15 p.m.
- October 25: Fall Festival, 5:00 to 7:30 p.m.

Get Involved
Our Parent Teacher Association meets on the first Tuesday of every month at 6:30 p.m. in the library. Interpretation in Spanish is available at every meeting. We also need volunteers for the library, the school garden and Fall Festival. No experience is needed. To volunteer, you must complete a background check, which is free and can be done online.

Questions?
Our front office is open from 7:30 a.m. to 3:30 p.m. Call us at (555) 014-2200 or email willowbrook@cfusd.example. Our family liaison, Mr. Ortega, speaks Spanish and English and is happy to help with any question, big or small.

We look forward to a wonderful year together!

Warm regards,
Dr. Janelle Whitcombe, Principal"""),

    ("translation", 0, "",
     "qué dice esto?? 🙏 me llegó del administrador del edificio\n\n\"Reminder: the water will be shut off on Thursday from 9am to 1pm for a valve replacement. Please don't leave taps open.\""),

    ("translation", 1,
     "You assist Whitlow & Serrano LLP, a US litigation firm with a Brazil desk.",
     """For an exhibit in a US federal case: this power of attorney needs to go from Brazilian Portuguese into English. Then list every term that has no clean US equivalent (e.g. "ad judicia et extra", "substabelecer") and say how you rendered it and why, because opposing counsel will pick at it.

PROCURAÇÃO
Pelo presente instrumento particular de procuração, a OUTORGANTE, TERRAMAR COMÉRCIO DE GRÃOS LTDA., pessoa jurídica de direito privado, inscrita no CNPJ sob o nº 00.000.000/0001-00, com sede na cidade de Santos/SP, neste ato representada por seu sócio-administrador, nomeia e constitui sua bastante procuradora a Dra. HELENA DUARTE VASCONCELOS, advogada inscrita na OAB/SP, a quem confere amplos poderes para o foro em geral, com a cláusula ad judicia et extra, em qualquer juízo, instância ou tribunal, podendo propor ações, contestar, receber citação, confessar, desistir, transigir, firmar acordos, dar e receber quitação, e substabelecer esta a outrem, com ou sem reserva de iguais poderes, especialmente para representar a OUTORGANTE na ação de cobrança movida em face de GRANITE RIDGE TRADING INC."""),

    ("translation", 0, "",
     "翻译成英文，发给美国客户：\n\n您好，模具已经修好了，上周试产的500件样品尺寸都合格。不过表面还有一点缩痕，我们建议把保压时间加长2秒。如果您同意，我们周三就可以开始量产，预计月底前发货。"),

    ("translation", 0, "",
     "Ukrainian version for the shelter noticeboard pls: Hot meals are served every day from 12:00 to 14:00. Showers are in building B. Please sign up at the front desk for a laundry slot."),

    ("translation", 1, "",
     """My band wants to play this song in English on our UK tour. Can you translate the lyrics so they're singable - keep roughly the same syllable count per line and a rhyme where the Spanish rhymes - even if the meaning shifts a bit? It's in 4/4, slow.

Me fui del pueblo con lo puesto,
con tu foto y un boleto,
y el mar me dijo "no te apures,
que lo que es tuyo vuelve al puerto".
Ay, Marisol, de sal y viento,
yo te canto desde lejos,
cada ola que me lleva
me devuelve a tus recuerdos."""),

    ("translation", 0, "",
     "Can you tell me what this WhatsApp from my landlord says in English?\n\nمرحبا، حبيت خبرك إنو الإيجار رح يزيد من أول الشهر الجاي 50 دينار. وكمان فني الصيانة رح يجي يوم الثلاثاء الساعة 10 الصبح يشوف المكيف. إذا ما في حدا بالبيت خبرني."),

    ("translation", 0, "",
     "İngilizceye çevirir misin? Müşteriye ileteceğim.\n\n\"Merhaba, siparişiniz gümrükte bekliyor. Gümrük beyannamesi için faturanın aslını ve ürünlerin GTİP kodlarını göndermeniz gerekiyor. Belgeler bugün gelirse yarın teslim edebiliriz.\""),

    ("translation", 1, "",
     "Our dog food tagline is \"Real food for real good boys.\" We're launching in both Quebec and France. Give me a French version for each market that keeps the playful tone, and explain why they differ - I've been told Quebec French and France French react very differently to anglicisms and to the 'good boy' idea."),

    ("translation", 0, "",
     "en español por favor, para el grupo de WhatsApp del gimnasio: Tonight's 7pm spin class is cancelled because the instructor is sick. Thursday's class runs as normal. Sorry for the short notice!"),

    ("translation", 0, "",
     """eng pls

Dzień dobry Panie Marku,

dziękujemy za przesłanie prognozy na listopad. Niestety muszę poinformować, że w tygodniu 46 nasz magazyn w Strykowie będzie miał ograniczone możliwości przyjęć z powodu rocznej inwentaryzacji. W dniach 12–14 listopada przyjmiemy maksymalnie 8 ciężarówek dziennie zamiast standardowych 20. Prosimy o przesunięcie części dostaw na tydzień 45 lub 47.

Ponadto od 1 grudnia zmieniają się godziny pracy działu wysyłek: ostatnie awizacje będą przyjmowane do godziny 18:00, a nie jak dotychczas do 20:00. Przypominamy również, że palety niezgodne ze standardem EPAL będą przyjmowane wyłącznie po wcześniejszym uzgodnieniu i za dodatkową opłatą 15 zł za sztukę. Stawki za składowanie pozostają bez zmian do końca roku, a cennik na przyszły rok prześlemy do 15 grudnia.

W razie pytań proszę o kontakt ze mną lub z kierowniczką zmiany, panią Agnieszką Zając.

Z poważaniem,
Tomasz Wróbel
Kierownik Magazynu"""),

    ("translation", 1, "",
     """Working on a local history project. Translate this charter into English and add notes on any terms whose meaning is uncertain or disputed (e.g. what "liberam puram et perpetuam elemosinam" implied in practice). Names are as in the manuscript.

Sciant presentes et futuri quod ego Walterus filius Rogeri dedi concessi et hac presenti carta mea confirmavi Deo et ecclesie Sancte Marie de Thornleigh unam acram terre mee in campo qui vocatur Langeford, illam scilicet que iacet inter terram Ricardi Molendinarii et viam regiam, tenendam et habendam in liberam puram et perpetuam elemosinam, pro salute anime mee et antecessorum meorum. Hiis testibus: Willelmo capellano, Hugone de Brok, Ada clerico et aliis."""),

    ("translation", 0,
     "Patch-notes localizer for Frostmark Studios. Translate Korean patch notes into English for the global forum. Keep the version number and bullet structure.",
     "[패치 노트 1.8.2]\n- 보스 '서리 거인'의 2페이즈 공격력이 15% 감소합니다.\n- 길드 상점에 신규 아이템 3종이 추가됩니다.\n- 일부 기기에서 게임 실행 시 튕기는 현상을 수정했습니다.\n- 일일 퀘스트 보상이 두 번 지급되던 오류를 수정했습니다."),

    ("translation", 0, "", "'n'importe quoi' translation?"),

    ("translation", 1, "",
     """Ich bewerbe mich gerade in London. Kannst du mein Arbeitszeugnis ins Englische übersetzen und mir ehrlich sagen, was die typischen Zeugnis-Codes darin wirklich über meine Leistung aussagen? Ich habe das Gefühl, es ist nicht so positiv, wie es klingt.

ARBEITSZEUGNIS
Herr Jonas Kessler, geboren am 4. Mai 1991, war vom 1. März 2019 bis zum 30. Juni 2024 als Sachbearbeiter im Einkauf in unserem Unternehmen tätig. Zu seinen Aufgaben gehörten die Bearbeitung von Bestellanforderungen, die Pflege der Lieferantenstammdaten sowie die Terminverfolgung.
Herr Kessler erledigte die ihm übertragenen Aufgaben stets zu unserer Zufriedenheit. Er war stets bemüht, den Anforderungen gerecht zu werden, und zeigte Verständnis für seine Arbeit. Neuen Aufgaben stand er aufgeschlossen gegenüber.
Sein Verhalten gegenüber Vorgesetzten war einwandfrei. Mit Kollegen kam er gut zurecht. Durch seine Geselligkeit trug er zur Verbesserung des Betriebsklimas bei.
Herr Kessler verlässt uns auf eigenen Wunsch. Wir wünschen ihm für die Zukunft alles Gute."""),

    ("translation", 0, "",
     "english please, it's from my mum's GP in Lyon and she's asking me what to do:\n\n\"Prendre un comprimé de paracétamol 1000 mg toutes les 6 heures en cas de douleur, sans dépasser 4 comprimés par jour. Repos pendant 5 jours. Revenir consulter si la fièvre dépasse 39 °C ou dure plus de 3 jours.\""),

    ("translation", 0, "",
     "Adapt this Brazilian Portuguese app text for users in Portugal: \"Baixe o app e cadastre seu celular para receber o código. Se der algum problema, fale com a gente pelo chat.\""),

    ("translation", 0, "",
     "इसे अंग्रेज़ी में अनुवाद करें, नए किरायेदार को भेजना है:\n\nसोसाइटी के सभी निवासियों को सूचित किया जाता है कि पानी की टंकी की मरम्मत के कारण रविवार को सुबह 10 बजे से शाम 5 बजे तक पानी की आपूर्ति बंद रहेगी। कृपया पहले से पानी भरकर रखें। — सचिव, गुलमोहर अपार्टमेंट्स"),

    ("translation", 1, "",
     "English version of this for Gérard's retirement card? Has to still rhyme and sound warm, not translated.\n\nTrente ans de café, de rires et de dossiers,\nTu partais le dernier, tu venais le premier.\nMaintenant le jardin t'attend, et la mer aussi,\nBonne route, Gérard, et surtout : merci !"),

    ("translation", 0, "",
     "dutch to english: \"U heeft op 14 maart om 11:42 geparkeerd op de Prinsengracht zonder geldig parkeerrecht. De naheffingsaanslag bedraagt € 74,43. Betaal binnen zes weken.\" did i get a fine??"),

    ("translation", 0,
     "Discharge instructions translator, Saint Brendan Urgent Care. Translate into Vietnamese. Keep drug names, doses and dates exactly.",
     "Keep the wound dry for 48 hours. Take cephalexin 500 mg four times a day for 7 days. Come back on May 22 to have the stitches removed. Return sooner if the wound gets red, hot or starts to leak pus."),

    ("translation", 1,
     "HR assistant for Brightkeel Robotics (US HQ, new Osaka office).",
     """Offer-letter clauses from our US template are below. Put them into Japanese for the Osaka offer letters, and flag any clause that would likely be unenforceable or risky under Japanese labor law, with a suggested alternative wording in Japanese.

7. At-Will Employment. Employment is at will and may be terminated by either party at any time, with or without cause, on seven (7) days' written notice.
8. Compensation. The annual salary stated above is inclusive of all overtime, weekend and holiday work, and no additional compensation will be paid for hours worked in excess of forty (40) per week.
9. Non-Competition. For a period of two (2) years following termination for any reason, Employee shall not work for or provide services to any business that competes with the Company anywhere in the world.
10. Probation. The first six (6) months of employment constitute a probationary period during which the Company may terminate employment without notice."""),

    ("translation", 0, "",
     "tolong terjemahkan ke bahasa Inggris ya, dari sopir ekspedisi: \"Pak, saya sudah sampai di depan gudang tapi gerbangnya masih tutup. Satpam bilang harus ada surat jalan dari kantor. Bisa tolong kirim lewat WA? Saya tunggu di sini ya.\""),

    ("translation", 0, "",
     "Přelož do angličtiny, prosím, potřebuju to poslat kolegovi do Dublinu: \"Dobrý den, v příloze posíláme fakturu č. 2024-118 za servis vysokozdvižných vozíků. Splatnost je 14 dní. Při platbě prosím uveďte variabilní symbol. Děkujeme, Jana Dvořáková\""),

    ("translation", 1, "",
     "Back-translate the agency's Chinese into English and tell me where the meaning drifted from our source, and whether any of it creates a regulatory problem for an energy-savings claim.\n\nSource: \"Our smart thermostat learns your schedule and lowers the heating when you're away, cutting energy bills by up to 20%.\"\nAgency: \"我们的智能恒温器会学习您的日程，在您外出时关闭暖气，让您的能源账单减少20%。\""),

    ("translation", 0, "",
     "Russian to English, it's the label on a shampoo we want to import: \"Состав: вода, глицерин, экстракт ромашки, лимонная кислота. Способ применения: нанести на влажные волосы, смыть водой. Хранить при температуре от +5 до +25 °C. Срок годности: 24 месяца.\""),

    ("translation", 0,
     "Live chat relay for Orrinda Software support. Translate each agent reply into Brazilian Portuguese for the customer. Output only the translation.",
     "I've reset your password. Please check your inbox and your spam folder, the link expires in 30 minutes."),

    ("translation", 0, "",
     "translate col B into spanish, keep col A as is\n\nA | B\nSKU-101 | Stainless steel water bottle, 750 ml\nSKU-102 | Insulated lunch box with two compartments\nSKU-103 | Bamboo cutlery set with travel pouch\nSKU-104 | Foldable silicone coffee cup"),

    ("translation", 1, "",
     "How would you put our motto \"We move fast and fix things\" into Japanese so it doesn't come across as reckless or arrogant to enterprise buyers there? Give me 2-3 options and explain the nuance of each."),

    ("translation", 0, "",
     "Traduis en allemand s'il te plaît, c'est pour l'organisatrice du salon :\n\n\"Bonjour Madame Albrecht, nous confirmons notre participation au salon de Hanovre. Notre stand (hall 7, C24) sera monté le lundi matin. Pourriez-vous nous envoyer les badges exposants pour quatre personnes ? Cordialement, Julien Marchetti\""),

    ("translation", 1,
     "You are the Brazilian Portuguese localization lead for Mirelight Games. The game is a dark fantasy RPG.",
     "These lines belong to Old Mother Brackwater, a swamp witch who speaks in a deliberately archaic, mocking register. Localize them so she sounds just as old and just as rude in PT-BR, without making it unreadable for teenagers.\n\n1. \"Hark, wanderer. The mire hath swallowed better souls than thine.\"\n2. \"Bring me the lantern of the drowned abbot, and mayhap I shall speak of the road north.\"\n3. \"Thou smellest of river-weed and poor decisions.\""),

    ("translation", 0, "",
     """translate the comments in this file to english, leave the code alone

# Liest die Messwerte aus der CSV-Datei und filtert ungültige Zeilen
def lade_messwerte(pfad):
    werte = []
    with open(pfad) as f:
        for zeile in f:
            # Kopfzeile und leere Zeilen überspringen
            if zeile.startswith("zeit") or not zeile.strip():
                continue
            zeit, temp = zeile.split(";")
            # Temperaturen unter -50 °C sind Sensorfehler und werden verworfen
            if float(temp) > -50:
                werte.append((zeit, float(temp)))
    # Rückgabe als Liste von Tupeln (Zeitstempel, Temperatur)
    return werte"""),

    ("translation", 0, "", "wie sagt man 'Abschlagszahlung' auf Englisch, im Sinne von der monatlichen Zahlung auf der Stromrechnung?"),
]
