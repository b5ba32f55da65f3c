"""Hand-written prompts, batch 3: closed_qa, open_qa, other."""
H = [
    # ================================================================ closed_qa, escalate 0
    ("closed_qa", 0, "Role: member help bot for Fernhill Fitness clubs (name: Pip). Answer using only the help articles in <kb>. If the articles don't cover it, say so and point the member to the front desk. Max 3 sentences.\n<kb>\n[Membership freeze] Members on a 12-month contract may freeze their membership for 1 to 3 months once per contract year. A freeze costs 5 GBP per month. A medical freeze (doctor's note required) is free and can last up to 6 months.\n[Guest passes] Premium members get 4 guest passes per year; guests must be 18+ and bring photo ID.\n[Cancellation] Rolling monthly memberships can be cancelled with 30 days' notice in the app.\n</kb>",
     "hurt my knee skiing, out for like 4 months. can i pause without paying?"),
    ("closed_qa", 0, "",
     "Which platform for the 07:42 to Haarlem?\n\nVertrek  Bestemming   Spoor  Opm.\n07:38    Leiden C.    5b\n07:42    Haarlem      8a     +3 min\n07:45    Amersfoort   11\n07:51    Haarlem      8a"),
    ("closed_qa", 0, "",
     "Según esta receta, ¿cuánto tiempo va al horno y a qué temperatura?\n\nBizcocho de yogur (molde de 22 cm)\n1 yogur natural, 3 medidas de harina, 2 de azúcar, 1 de aceite de girasol, 3 huevos, 1 sobre de levadura química. Batir los huevos con el azúcar hasta que blanqueen, añadir el yogur y el aceite y, por último, la harina tamizada con la levadura. Hornear a 180 °C, calor arriba y abajo, durante 35-40 minutos; no abrir el horno los primeros 25. Dejar enfriar 10 minutos antes de desmoldar."),
    ("closed_qa", 0, "Beantworte Kundenfragen ausschließlich anhand der folgenden Garantiebedingungen. Antworte in einem Satz.\n\nGarantie Sölling E-Bikes: Rahmen 10 Jahre; Motor und Display 2 Jahre; Akku 2 Jahre oder 500 Ladezyklen, je nachdem, was zuerst eintritt; Verschleißteile (Bremsbeläge, Reifen, Kette) sind ausgeschlossen.",
     "Mein Akku ist 19 Monate alt, die App zeigt 540 Ladezyklen. Hab ich noch Garantie?"),
    ("closed_qa", 0, "",
     "Context:\n(1) Plans - Free: 3 projects, 2 GB storage, max upload 25 MB per file. Team: unlimited projects, 200 GB, max upload 2 GB per file. Enterprise: custom limits.\n(2) Supported formats: PDF, DOCX, PNG, JPG; MP4 on Team and above only.\n(3) Storage add-ons are sold in 50 GB blocks on Team plans.\n\nQuestion: can a free user upload a 40 MB video?\nAnswer:"),
    ("closed_qa", 0, "Read the shipment record in the user message and answer one question: when is the estimated delivery date? Reply with the date only, or NOT FOUND.",
     "AWB 784-22019384 | Shipper: Orlen Textil Sp. z o.o., Lodz | Consignee: Marlow & Finch Retail, Leeds | Pieces: 14 | Weight: 312 kg | Service: Economy Road | Picked up: 2026-03-02 | Status: In transit - hub Venlo | ETA: 2026-03-06 | Notes: tail-lift required"),
    ("closed_qa", 0, "",
     """MINUTES - REGULAR MEETING OF THE BOARD OF EDUCATION
Quarry Hill Unified School District
Tuesday, 10 February 2026, 6:30 p.m., District Office Boardroom

Present: Board President Lorraine Okafor; Vice President Daniel Reyes-Whitlock; Trustees Min-jun Park, Beatrice Sandoval, Arthur Feld. Also present: Superintendent Dr. Celeste Marrin; Chief Business Officer Howard Lintz; student representative Aisha Qureshi (non-voting).

1. Call to order. President Okafor called the meeting to order at 6:32 p.m. The Pledge of Allegiance was led by students from Cedar Hollow Elementary.

2. Approval of agenda. Trustee Park moved to approve the agenda as presented; seconded by Trustee Feld. Approved 5-0.

3. Public comment (non-agenda items). Eleven speakers addressed the Board. Four parents from Lakeview Middle raised concerns about the condition of the boys' locker room; two teachers spoke about substitute shortages; a representative of the Quarry Hill Teachers Association thanked the district for the timely release of the salary schedule; and four community members spoke in support of expanding the after-school robotics program.

4. Consent agenda. Items 4.1 through 4.7 (minutes of 27 January, warrants, field trip approvals, donations, personnel actions) were approved on a motion by Trustee Sandoval, seconded by Vice President Reyes-Whitlock. Approved 5-0.

5. Later high school start time (action item). Superintendent Marrin presented the staff recommendation to move the first bell at Quarry Hill High and Ridgeline High from 7:45 a.m. to 8:30 a.m. starting in the 2026-27 school year, in line with state requirements. Mr. Lintz reported that bus route changes would cost an estimated $212,000 per year, mainly because elementary and high school routes could no longer share buses in the morning. Trustee Feld proposed an amendment to delay implementation to the 2027-28 school year to allow time to renegotiate the transportation contract; the amendment was seconded by Trustee Park. Student representative Qureshi stated that a survey of 1,140 students showed 71% in favour of the later start. The amendment failed 2-3 (Feld and Park in favour; Okafor, Reyes-Whitlock and Sandoval opposed). The original motion, moved by Vice President Reyes-Whitlock and seconded by Trustee Sandoval, was then approved 4-1, with Trustee Feld voting no.

6. Lakeview Middle School locker room (discussion). Staff reported that the facilities assessment rated the locker room plumbing as "poor". Mr. Lintz stated that repairs estimated at $480,000 could be funded from the Measure K bond, subject to Board approval at the March meeting. No action was taken.

7. Robotics program expansion (information item). Director of Curriculum Paulina Voss reported that robotics clubs currently run at two of the five middle schools and that a grant application to the Tri-County STEM Foundation for $60,000 had been submitted on 3 February, with a decision expected in April.

8. Second interim budget report. Mr. Lintz presented the second interim report. The district projects a positive certification, with an ending fund balance of 4.1% against a required reserve of 3%. He cautioned that declining enrolment (down 212 students year on year) would reduce revenue by about $2.3 million in 2027-28 if the trend continues. The report was received; no vote was required.

9. Board member reports. Trustee Sandoval reported on her visit to the Cedar Hollow family reading night. Trustee Park announced a community town hall on school safety on 24 February at Ridgeline High.

10. Adjournment. The meeting was adjourned at 9:07 p.m. The next regular meeting will be held on 10 March 2026.

Respectfully submitted,
Janine Coors, Board Secretary

----
for the parent newsletter: did the later start time pass, starting which school year, and who voted against it?"""),
    ("extraction", 0, "",
     "新オフィスの住所と、そこに初めて出社する日だけ教えてください。\n\n【全社連絡】本社移転のお知らせ\n総務部より。現在の渋谷オフィスは3月27日（金）をもって閉鎖し、新オフィス（東京都港区芝浦3-14-8 シーサイド芝浦ビル9階）での業務を3月30日（月）より開始します。27日の午後は荷造りのため会議室は使用できません。私物は26日までに段ボールに詰め、氏名シールを貼ってください。入館証は30日朝に受付で配布します。"),
    ("closed_qa", 0, "",
     "Salut, j'ai pas suivi le fil. Du coup la réunion de lancement c'est à quelle heure et où ?\n\n> De : Hélène Marchetti\n> Objet : RE: Lancement projet Orfeo\n> Finalement on décale à jeudi 10h30 au lieu de 9h. La salle Garonne est prise, on sera en salle Loire (2e étage). Visio possible pour l'équipe de Nantes."),
    ("closed_qa", 0, "",
     "il 14 passa la navetta per l'aeroporto o no? questo è l'avviso:\n\nSCIOPERO TRASPORTI - VENERDÌ 14 MARZO. Lo sciopero di 24 ore interesserà tutte le linee urbane ed extraurbane. Saranno garantite le fasce 6:00-9:00 e 18:00-21:00. La linea Aerobus è esclusa dallo sciopero e viaggerà regolarmente ogni 20 minuti."),
    ("closed_qa", 0, "",
     "Vanaf wanneer geldt mijn nieuwe tarief? Staat in deze mail:\n\nBeste klant, per 1 april 2026 wijzigen de tarieven van uw variabele energiecontract bij Zonnewijk Energie. Het nieuwe leveringstarief voor stroom wordt 0,27 euro per kWh (was 0,29). Uw termijnbedrag passen wij automatisch aan vanaf de eerstvolgende incasso na de ingangsdatum. U hoeft niets te doen."),
    ("closed_qa", 0, "",
     "do kiedy trzeba wpłacić za wycieczkę i ile?\n\nSzanowni Rodzice, informujemy, że wycieczka klas 5a i 5b do Torunia odbędzie się 22-23 maja. Koszt wynosi 340 zł od ucznia (przejazd, nocleg, wyżywienie, bilety do Planetarium i Muzeum Piernika). Wpłat należy dokonywać na konto Rady Rodziców do 30 kwietnia, w tytule: imię i nazwisko dziecka, klasa. Zebranie informacyjne 15 kwietnia o 17:30 w sali 12."),
    ("closed_qa", 0, "",
     "posso tomar com leite? diz isto na bula:\n\nModo de usar: Tome 1 comprimido a cada 12 horas, com um copo cheio de água, pelo menos 2 horas antes ou 4 horas depois de leite, derivados de leite, antiácidos ou suplementos de cálcio e ferro, pois estes reduzem a absorção do medicamento. Não esmague nem mastigue o comprimido."),
    ("closed_qa", 0, "",
     "متى تبدأ الرسوم الجديدة على التحويلات الدولية؟\n\nإشعار للعملاء: يود بنك الواحة إعلامكم بأنه اعتباراً من 1 يونيو 2026 سيتم تطبيق رسوم قدرها 25 درهماً على كل تحويل دولي يتم عبر التطبيق، بدلاً من 15 درهماً حالياً. تبقى التحويلات المحلية مجانية. للاستفسار يرجى الاتصال بمركز خدمة العملاء."),
    ("closed_qa", 0, "",
     "이벤트 보상 언제까지 받아야 돼? 공지 붙여넣음\n\n[이벤트] 봄맞이 출석 이벤트 안내\n기간: 3월 12일(목) 점검 후 ~ 4월 9일(목) 점검 전\n보상: 7일 출석 시 '벚꽃 날개' 코스튬, 14일 출석 시 전설 소환권 1장\n※ 보상은 우편함으로 지급되며, 수령 기한은 이벤트 종료 후 7일까지입니다. 기한이 지나면 자동 삭제됩니다."),
    ("closed_qa", 0, "",
     "这款吸尘器满电能用多久？\n\n产品参数：型号 QF-V9；电池 2500mAh 锂电池；续航：标准模式约60分钟，强力模式约12分钟；充电时间约4.5小时；尘杯容量0.6L；整机重量1.5kg。"),
    ("closed_qa", 0, "",
     "नीचे दी गई सूचना के अनुसार, 12951 ट्रेन आज किस प्लेटफॉर्म से जाएगी?\n\nयात्रियों के लिए सूचना: रखरखाव कार्य के कारण आज गाड़ी संख्या 12951 मुंबई सेंट्रल - नई दिल्ली राजधानी एक्सप्रेस प्लेटफॉर्म 3 के बजाय प्लेटफॉर्म 5 से रवाना होगी। प्रस्थान समय में कोई बदलाव नहीं है।"),
    ("closed_qa", 0, "",
     "which DC has the least stock of the blue 2L kettle?\n\nsku,desc,dc,on_hand\nKT-2L-BLU,Kettle 2L blue,Tilburg,412\nKT-2L-BLU,Kettle 2L blue,Lyon,88\nKT-2L-BLU,Kettle 2L blue,Poznan,156\nKT-2L-RED,Kettle 2L red,Lyon,20\nKT-2L-BLU,Kettle 2L blue,Bologna,97"),
    ("closed_qa", 0, "",
     "is PRN-2F-EAST on the vpn allow list?\nallow: PRN-1F-LOBBY, PRN-2F-WEST, PRN-3F-FIN, SCN-2F-EAST, PRN-4F-EXEC"),
    ("closed_qa", 0, "",
     "did last night's backup actually finish?\n\n[2026-02-11 01:00:01] backup-nightly: starting pg_dump of db 'orders'\n[2026-02-11 01:14:37] backup-nightly: dump complete (8.2 GB)\n[2026-02-11 01:14:38] backup-nightly: uploading to s3://kesteven-backups/orders/\n[2026-02-11 01:31:02] backup-nightly: upload failed: RequestTimeout after 3 retries\n[2026-02-11 01:31:02] backup-nightly: exit code 1"),
    ("closed_qa", 0, "",
     "what's the timeout for the payments upstream in here\n\nupstreams:\n  catalog:\n    url: http://catalog.svc:8080\n    timeout_ms: 2000\n    retries: 2\n  payments:\n    url: http://payments.svc:9000\n    timeout_ms: 4500\n    retries: 0\n  search:\n    url: http://search.svc:7700\n    timeout_ms: 800"),
    ("closed_qa", 0, "Batch job - booking records for Casa Limonaia holiday rentals. For every record answer one question: has the guest paid the deposit? Output YES, NO or UNCLEAR, then quote the line that supports it.",
     "Booking #LIM-4471\nGuest: T. Okonkwo, 2 adults 1 child\nDates: 12-19 Aug\nTotal: EUR 1,960\nPayments received: 08 Mar bank transfer EUR 590 (ref 'deposit LIM4471')\nBalance due: 12 Jul\nNotes: asked about a cot"),
    ("closed_qa", 0, "",
     "who's owning the vendor contract renewals after today?\n\nstandup notes 3/9\n- Sam: finishing Q2 forecast, needs Dana's numbers by Thurs\n- Dana: handing vendor renewals to Marco since she's on leave from the 20th\n- Marco: ok, also still doing the office move\n- next sync Monday"),
    ("closed_qa", 0, "",
     "Read the passage and answer: according to the author, what made the mill's closure unavoidable?\n\nBy the late 1920s the Halvering mill was already struggling. Cheaper cloth from the southern states undercut its prices, and the owners had put off replacing the looms for a decade. But it was the collapse of the Brackford Savings Bank in the autumn of 1930, which held both the mill's operating loans and most of its workers' savings, that made closure unavoidable. When the mill shut its gates in March 1931, some 600 families lost their main income. Local accounts from the time blamed the new tariffs, but the company's own ledgers, rediscovered in 1987, show that orders had in fact been rising slightly through 1930; without credit, however, the owners could not buy the cotton to fill them."),
    ("closed_qa", 0, "",
     """ok so after all that are we meeting tuesday or wednesday?? i'm lost

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
    ("closed_qa", 0, "Answer employee questions using only the travel & expenses policy excerpt below. If the excerpt does not address the question, reply 'The policy doesn't say' and suggest emailing finance-help@.\n\n3.1 Commuting between home and your normal place of work is not reimbursed.\n3.2 Parking at client sites is reimbursed up to 20 EUR per day with a receipt.\n3.3 Use of a private car for business trips is reimbursed at 0.30 EUR per km; fuel receipts are not needed.\n3.4 Taxis are reimbursed only where public transport is unavailable or after 22:00.\n3.5 Tolls and congestion charges incurred on business trips are reimbursed with proof of payment.\n3.6 Rental cars must be booked through the travel portal; fuel for rental cars is reimbursed against receipts.\n3.7 Claims must be submitted within 60 days of the expense.",
     "can i claim EV charging at a client site?"),
    ("closed_qa", 0, "",
     "does my plan cover calls to Morocco?\n\nPlan: Roamly Connect 25\n- Unlimited UK calls & texts\n- 25GB data, usable in 48 EU/EEA roaming destinations\n- 100 international minutes/month to Zone A (EU, USA, Canada, Australia)\n- Calls to Zone B (incl. Morocco, Turkey, India) charged at 45p/min"),
    ("closed_qa", 0, "",
     """In the judgment below, how much was the claimant awarded in total?

[...] 41. Having found that the defendant's failure to grit the car park at its Northfield depot on the morning of 9 January 2024 was a breach of the common duty of care owed under the Occupiers' Liability Act 1957, I turn to quantum.
42. For pain, suffering and loss of amenity arising from the fractured left wrist, which has left the claimant with some residual stiffness, I award 14,500 GBP.
43. The claimant's past loss of earnings for the eleven weeks she was unable to work is agreed at 6,120 GBP.
44. I accept the evidence of the claimant's physiotherapist and award 1,350 GBP for the cost of private physiotherapy.
45. I reject the claim for future loss of earnings; the claimant returned to her previous role on the same terms and there is no evidence that her prospects have been affected.
46. There will be judgment for the claimant in the sum of 21,970 GBP, together with interest to be assessed."""),
    # ================================================================ closed_qa, escalate 1
    ("closed_qa", 1, "",
     """Call for Proposals - Regional Green Manufacturing Fund (RGMF), Round 4
Issued by the Department of Economy and Enterprise, Southern Lakes Region

1. Purpose
The Fund supports small and medium-sized manufacturers located in the Southern Lakes Region to reduce energy use and greenhouse gas emissions in their production processes. Round 4 has a total budget of 14 million euro.

2. Eligible applicants
2.1 Applicants must be enterprises that (a) are registered in the commercial register and have had their registered office or a permanent production site in the Southern Lakes Region for at least 24 months before the application deadline; (b) meet the EU definition of an SME (fewer than 250 employees, and annual turnover not exceeding 50 million euro or balance sheet total not exceeding 43 million euro), taking into account partner and linked enterprises; (c) have their main activity in NACE section C (Manufacturing).
2.2 The following are not eligible: enterprises in difficulty within the meaning of the General Block Exemption Regulation; enterprises subject to an outstanding recovery order following a previous Commission decision declaring an aid illegal; enterprises that received a grant under Round 3 of this Fund for the same production site, unless the Round 3 project has been completed and its final report approved.

3. Eligible projects
3.1 Projects must take place at a production site in the Southern Lakes Region and must achieve a reduction of at least 20% in energy consumption or in scope 1 and 2 emissions of the process concerned, demonstrated by an energy audit not older than 18 months.
3.2 Eligible measures include: heat recovery; electrification of process heat; replacement of compressed-air systems; high-efficiency motors and drives; on-site renewable generation where at least 80% of output is self-consumed.
3.3 Projects must not have started before the application is submitted. Signing a binding order for equipment counts as project start; feasibility studies and audits do not.
3.4 The project must be completed within 24 months of the grant decision.

4. Funding
4.1 Eligible costs are investment costs for equipment, installation and commissioning, and external engineering up to 10% of equipment costs.
4.2 The grant rate is 30% of eligible costs for medium-sized enterprises and 40% for small enterprises (fewer than 50 employees and turnover or balance sheet not exceeding 10 million euro). Projects located in the transition municipalities listed in Annex B receive an additional 10 percentage points.
4.3 The minimum grant is 50,000 euro and the maximum grant is 1.5 million euro per applicant.
4.4 The grant cannot be combined with other public funding for the same eligible costs.

5. Application
5.1 Applications are submitted through the regional funding portal by 30 June 2026, 12:00 CET.
5.2 Required documents: the application form; the energy audit; three comparable quotes for each item of equipment over 25,000 euro; the latest two annual financial statements; an SME declaration including partner and linked enterprises.

6. Selection
Applications are scored on emission reduction per euro of grant (50%), technical maturity (30%) and regional impact (20%). Applications scoring below 60 points are rejected.

Annex B - Transition municipalities: Karsdorf, Linnau, Ober-Wessling, Tramberg, Vellheim.

===

About us: Haldern Giesserei GmbH, aluminium die-casting, 180 staff, turnover 38M EUR, balance sheet 29M EUR. We are 60% owned by a Dutch holding (Brakel Industrial BV) that has about 900 employees across its group. HQ and foundry in Tramberg since 2009. We want to electrify our melting furnaces: about 2.4M EUR equipment plus 180k external engineering; the energy audit from last October shows a 34% energy reduction. We already signed the order for the first induction furnace last month to lock in the price. We also got Round 3 money in 2024 for compressed air at the same site; that project is finished but the final report is still under review.

Are we eligible for Round 4 and, if so, roughly how much could we get? Go through each criterion and tell me what we'd need to fix."""),
    ("closed_qa", 1, "",
     "cat is 11, vet appt not till next wed. bloodwork came by email - is anything here alarming and what could it point to?\n\nTest        Result   Ref range\nCreatinine  212      71-160 umol/L\nUrea        14.8     5.7-12.9 mmol/L\nSDMA        19       0-14 ug/dL\nALT         58       12-130 U/L\nGlucose     6.1      3.9-8.3 mmol/L\nTotal T4    38       10-55 nmol/L\nUrine SG    1.018    >1.035"),
    ("closed_qa", 1, "",
     """Our renewal with Trellisoft is in 60 days and their AE just told us the price goes up 18%. Going by the clauses below, can they actually do that, and what leverage do we have?

7.1 Fees. Customer shall pay the fees set out in the Order Form. Fees are fixed for the Initial Subscription Term.
7.2 Renewal. Unless either party gives notice of non-renewal at least 30 days before the end of the then-current term, the Subscription shall renew automatically for successive 12-month periods. Fees for any Renewal Term shall be Trellisoft's then-current list price, provided that Trellisoft notifies Customer of any increase at least 90 days before the end of the then-current term, and provided further that any increase shall not exceed 7% over the fees for the preceding term.
7.3 Trellisoft may change the features of any Subscription tier, provided that functionality materially used by Customer is not materially reduced during the then-current term.
12.4 Order of precedence. In the event of conflict, the Order Form prevails over this Agreement.

Order Form (excerpt): Initial Subscription Term: 24 months from 1 May 2024. Fees: USD 84,000 per year. Special terms: renewal pricing capped as per MSA."""),
    ("reasoning", 1, "",
     """Deciding whether to give Pemberton Hardware 90-day payment terms instead of 30. Their filed accounts (GBP '000):

                       FY2024    FY2025
Cash                    1,240       310
Trade receivables       2,880     3,410
Inventory               4,150     5,960
Current assets          8,270     9,680
Trade payables          2,310     4,020
Overdraft                   0     1,150
Other current liab.       890       940
Current liabilities     3,200     6,110
Revenue                19,600    20,100
Operating profit        1,180       640

Notes from their filing: overdraft facility limit 1,500, renewable annually in September. Inventory increase 'reflects stocking of the new garden range ahead of spring'. Average customer payment period rose from 54 to 62 days. They currently owe us 184k, all within 30 days, and have never paid late in four years.

Using just these numbers, is their liquidity deteriorating, and would you extend the longer terms? Show the ratios you rely on."""),
    ("reasoning", 1, "",
     """Trabajo en un almacén de logística y mi turno de tarde es de 14:00 a 22:30. Según el convenio que pego abajo, ¿me toca plus de nocturnidad y cuánto cobraría al mes por eso si hago 20 turnos? Mi salario base es 1.420 € brutos al mes con dos pagas extra. Haz las cuentas paso a paso.

Artículo 31. Plus de nocturnidad. Se considera trabajo nocturno el realizado entre las 22:00 y las 6:00 horas. Las horas trabajadas en dicho período se abonarán con un incremento del 25% sobre el valor de la hora ordinaria. Si el tiempo trabajado en período nocturno fuera superior a cuatro horas, se abonará la jornada completa con dicho incremento.
Artículo 32. Valor de la hora ordinaria. A efectos de este convenio, el valor de la hora ordinaria se obtiene dividiendo el salario base anual (incluidas las pagas extraordinarias) entre 1.760 horas anuales."""),
    ("reasoning", 1, "",
     "leaving the Harbourview hotel at 8:15 tomorrow, flight at 10:40 from T2, carry-on only. can i make it? info from the hotel + airport sites:\n\nHotel shuttle to airport: departs :00 and :30 past each hour, 6:00-22:00; journey to T1 approx 35 min, T2 a further 10 min via the inter-terminal loop.\nAirport guidance: check-in/bag drop closes 45 min before departure; boarding gate closes 20 min before departure; allow 30-40 min for security at T2 in the morning peak (06:00-10:00).\nTaxi rank at hotel: approx 30 min to any terminal, fixed fare 48; at weekday rush hour (07:30-09:30) allow up to 50 min.\nT2 notice: fast-track security is available for 7 per person, typically under 10 min, bookable up to 2 hours in advance online."),
    ("closed_qa", 1, "",
     """Ich bin im 4. Semester B.Sc. Wirtschaftsinformatik. In Statistik II bin ich zweimal durchgefallen (SoSe 24 und WiSe 24/25), zum dritten Versuch bin ich wegen Krankheit nicht angetreten, Attest habe ich aber erst drei Wochen später eingereicht. Laut der Prüfungsordnung unten: Habe ich noch einen Versuch, steht mir eine mündliche Ergänzungsprüfung zu, und droht die Exmatrikulation?

§ 18 Wiederholung von Prüfungen
(1) Nicht bestandene Modulprüfungen können zweimal wiederholt werden.
(2) Wird die zweite Wiederholungsprüfung (Drittversuch) nicht bestanden, kann auf Antrag eine mündliche Ergänzungsprüfung durchgeführt werden; sie ist nur mit der Note "ausreichend" (4,0) oder "nicht ausreichend" (5,0) zu bewerten.
(3) Der Wiederholungsversuch ist spätestens im übernächsten Semester abzulegen; andernfalls gilt er als nicht bestanden, es sei denn, der Studierende hat das Versäumnis nicht zu vertreten.
§ 19 Rücktritt, Versäumnis
(1) Tritt ein Studierender ohne triftigen Grund von einer Prüfung zurück, gilt diese als mit "nicht ausreichend" bewertet.
(2) Der für den Rücktritt geltend gemachte Grund muss unverzüglich schriftlich angezeigt und glaubhaft gemacht werden; bei Krankheit ist ein ärztliches Attest vorzulegen."""),
    ("closed_qa", 1, "",
     """My 9-year-old has trouble falling asleep and the pediatrician mentioned melatonin. I found this study. Does it actually tell us anything about kids like mine, and what are its weak points?

Abstract. Objective: To assess the efficacy of prolonged-release melatonin for sleep-onset insomnia. Design: Randomised, double-blind, placebo-controlled trial, 4 weeks. Participants: 164 adults aged 55-80 with primary insomnia recruited from two sleep clinics in Denmark; exclusion criteria included depression, shift work and use of hypnotics in the past 3 months. Intervention: 2 mg prolonged-release melatonin or placebo 1-2 hours before bedtime. Outcomes: sleep-onset latency measured by actigraphy and sleep diaries. Results: Sleep-onset latency decreased by 24 minutes with melatonin versus 12 minutes with placebo (difference 12 minutes, 95% CI 4-20). Daytime functioning scores did not differ significantly. Adverse events were mild and similar between groups. Funding: the study was funded by the manufacturer of the study drug. Conclusions: Prolonged-release melatonin modestly shortens sleep-onset latency in older adults with primary insomnia."""),
    ("closed_qa", 1, "",
     """Hail last night smashed my windscreen and dented the roof. Car was parked on the street outside my friend's place in another town, not at home. Am I covered, and what would I end up paying for a 1,100 GBP windscreen + 2,600 GBP body repair? Relevant bits of my comprehensive policy:

Section 4 - Damage to your car. We cover accidental damage, fire, theft and damage caused by storm, flood or hail.
4.3 Excess: a compulsory excess of 250 GBP applies to each claim under Section 4. A voluntary excess also applies if shown on your schedule.
Section 5 - Windscreen. We will pay to repair or replace broken glass in the windscreen, windows and sunroof. If you use our approved supplier, a 95 GBP excess applies; otherwise 200 GBP. A claim under Section 5 only does not affect your no-claims discount.
Schedule: Voluntary excess: 150 GBP. Overnight location: locked garage at home address.
General condition 9: You must tell us about any change in where the car is kept overnight. We may reduce a claim if the car was not kept at the declared overnight location and this increased the risk of loss or damage."""),
    ("closed_qa", 1, "",
     """Based only on this call, what are Granby's real objections, who actually makes the decision, and how likely is this to close by end of quarter? Be blunt, I need to update the forecast.

Discovery call - Finlow Analytics / Granby Cold Storage - 3 March 2026 (auto-transcript, lightly cleaned)
Attendees: Owen Burke (Finlow, AE), Marta Lindqvist (Granby, Director of Operations), Tom Aberg (Granby, IT Manager); Kaveh Nasseri (Granby, CFO) joined at 00:31.

Owen: Thanks for making time. Last time, Marta, you mentioned the spoilage numbers were what kicked this off?
Marta: Right. We lost about 140 pallets of product last year to temperature excursions across the three sites, mostly at Hull. Each one of those is a claim from a customer, and two customers have started asking for live temperature data as a condition of renewing. So for me this isn't a nice-to-have any more.
Owen: And today you're reading the loggers manually?
Marta: Manually, downloaded once a week. By the time we see an excursion the product's already gone.
Tom: Can I jump in on the technical side. Our WMS is the old Kordex 8, on-prem. Anything that needs a live integration with it is going to be a problem. We had a vendor two years ago promise an integration and it took nine months and never really worked.
Owen: Understood. Our sensors don't need the WMS for the alerting part; the integration is only for tying excursions to specific pallets.
Tom: Then I'd want that phased. And I'd want to know who's supporting the gateways at night. We have one IT person on call for all three sites, and that's me most weeks.
Marta: That's fair, Tom's team is stretched.
Owen: Kaveh, welcome. We were just talking about the rollout.
Kaveh: Sorry, back-to-back today. Let me be direct. I've seen the proposal. The number is high. Two hundred and ten thousand in year one is more than our whole IT capex line for the year, and that budget is already committed. I'm not against it, but if this is going to happen before the summer it would have to come out of the operations budget, not mine.
Marta: Which I don't have either, not at that size.
Kaveh: Then it's a board conversation. Our next board is 22 April. I'd need a business case that shows payback, and it would help if the customer renewals Marta mentioned were actually at risk in writing, not just a conversation.
Marta: One of them, Alder Foods, has put it in their draft contract. I can get that.
Owen: What if we started with Hull only? That's where most of the losses are.
Kaveh: A single-site pilot under fifty thousand I can sign myself. Anything above that goes to the board.
Tom: A Hull pilot I could support. Not three sites at once.
Owen: Okay. So a Hull pilot now, and a business case for the board on the full rollout?
Kaveh: I'm not promising the board will say yes. We had a bad quarter and they're looking at every line. But bring me the numbers.
Marta: I'll champion it internally. I just can't fund it.
Owen: Understood. I'll send a Hull-only proposal by Friday and a draft business case Marta can edit.
Kaveh: Fine. And Owen, no discounts that expire on the 31st, please. That kind of pressure doesn't work on me.
Owen: Noted. Thanks, everyone."""),
    ("closed_qa", 1, "",
     """D'après ce rapport d'audit interne, quels sont les trois risques les plus graves pour nous, par ordre de priorité ? Justifie en deux lignes chacun.

Synthèse des constats - Audit interne Achats, Groupe Vernières, février 2026
C1. 14 % des factures fournisseurs de l'échantillon (n=220) ont été payées sans bon de commande validé.
C2. Trois transporteurs représentent 62 % des dépenses logistiques ; aucun contrat cadre n'est signé avec deux d'entre eux.
C3. Les droits d'accès au module de paiement de l'ERP n'ont pas été revus depuis 2023 ; six anciens salariés disposent encore d'un compte actif.
C4. Le délai moyen de paiement fournisseurs est de 67 jours, au-delà du plafond légal de 60 jours.
C5. La procédure de sélection des fournisseurs n'est pas documentée pour les achats inférieurs à 10 000 €.
C6. Un même collaborateur peut créer un fournisseur dans l'ERP et valider son premier paiement."""),
    ("closed_qa", 1, "",
     "以下の決算短信の抜粋から判断して、来期に減配される可能性は高いと思いますか？根拠も説明してください。\n\n2025年12月期 決算短信（抜粋）株式会社ミナトホールディングス\n売上高 842億円（前期比3.1%減）、営業利益 31億円（同42.6%減）、親会社株主に帰属する当期純利益 12億円（同61.0%減）。\n配当方針：当社は連結配当性向30%を目安としつつ、安定的な配当の継続を基本方針としております。\n当期の年間配当は1株当たり60円（前期60円）を予定しております。1株当たり当期純利益は48円となりました。\n次期の見通し：売上高 860億円、営業利益 35億円、当期純利益 15億円。次期の配当予想は未定とし、第2四半期決算発表時に公表いたします。"),
    ("closed_qa", 1, "",
     """According to this privacy policy, can they sell my data to advertisers? Are there loopholes I should worry about?

Fitloop Privacy Notice (excerpt)
4. Sharing. We do not sell your personal information. We share personal information with service providers who process it on our behalf (hosting, analytics, customer support), and with our affiliates.
4.2 We may share aggregated or de-identified information, which cannot reasonably be used to identify you, with partners for any purpose, including advertising and research.
4.3 With your consent, we share workout and location data with third-party apps you connect, such as training platforms or insurers' wellness programs.
4.4 If Fitloop is involved in a merger, acquisition or sale of assets, your information may be transferred as part of that transaction.
6. Cookies. We and our advertising partners use cookies and similar technologies to show you interest-based ads on other websites. This may count as a "sale" under some state laws; you can opt out via the Your Privacy Choices link."""),
    ("closed_qa", 1, "",
     "Based only on these two notes, who should we shortlist for night-shift supervisor at the Leicester DC, and why?\nA: 6 yrs warehouse picker, 8 months acting team lead on nights, forklift licence, no formal management training.\nB: 2 yrs day-shift supervisor at a retail store, NVQ L3 in management, never worked nights, no forklift licence."),
    # ================================================================ open_qa, escalate 0
    ("open_qa", 0, "", "speed of sound in air at 20°C?"),
    ("open_qa", 0, "", "In the EU, which Sunday do the clocks go back in autumn?"),
    ("open_qa", 0, "", "Wie viele Zeitzonen hat Russland eigentlich?"),
    ("open_qa", 0, "", "ISBN stands for?"),
    ("open_qa", 0, "", "CDD ou CDI, c'est quoi la différence en gros ?"),
    ("open_qa", 0, "", "iban vs swift/bic whats the difference, my bank form asks for both"),
    ("open_qa", 0, "", "日本の有給休暇って、入社してから何ヶ月で何日もらえるんでしたっけ？"),
    ("open_qa", 0, "", "전세가 뭐예요? 한 줄로만 알려주세요"),
    ("open_qa", 0, "", "ما هو الرمز الكيميائي للذهب؟"),
    ("open_qa", 0, "", "GST का फुल फॉर्म क्या है?"),
    ("open_qa", 0, "", "Osmanlı Devleti hangi yıl kuruldu?"),
    ("open_qa", 0, "", "chi ha scritto i promessi sposi"),
    ("open_qa", 0, "", "qual a diferença entre pix e TED? rapidinho"),
    ("open_qa", 0, "", "Jaka jest stawka VAT na książki papierowe w Polsce?"),
    ("open_qa", 0, "You are the assistant in Tarifly, a customs-broker portal for small importers. Keep answers to two sentences.",
     "what's an HS code actually"),
    ("open_qa", 0, "", "SLA = ?"),
    ("open_qa", 0, "", "长城大概有多长？"),
    ("open_qa", 0, "", "is irregardless a real word or not"),
    ("open_qa", 0, "", "safe internal temp for chicken thighs?"),
    ("open_qa", 0, "", "LTV in mortgage terms means...?"),
    ("open_qa", 0, "", "what does idempotent mean, in plain english please"),
    ("open_qa", 0, """# Persona
Name: Ledger Lou
Product: Paycadence, payroll software for US small businesses (1-50 employees)

# What you do
- Answer general payroll and HR-admin questions in plain language (tax forms, pay frequencies, overtime basics, benefits terminology).
- Explain where things are in the Paycadence app when asked.

# What you don't do
- You cannot see the user's company data. For anything account-specific (a failed payroll run, a wrong deduction, a tax notice) tell the user to open a ticket from Help > Contact us.
- No legal or tax advice for a specific situation; give general information and suggest a CPA for specifics.

# Style
Friendly, concise, no more than 5 sentences unless the user asks for more. No emojis.""",
     "difference between a 1099 contractor and a W-2 employee, short version?"),
    ("open_qa", 0, "", "half-life of caffeine"),
    ("open_qa", 0, "", "explain what an ETF is like im 5, 2-3 sentences max"),
    # ================================================================ open_qa, escalate 1
    ("open_qa", 1, "", "why do some people get long covid and others shake it off in a week? what's the current science actually say"),
    ("open_qa", 1, "", "38, UK, mortgage fixed at 3.1% until 2029, about 900/month spare. overpay the mortgage or put it in index funds? what would you weigh"),
    ("open_qa", 1, "", "Is it OK for my dad (71) to take ibuprofen most days for his knee when he's also on lisinopril and a water pill? What are the real risks here?"),
    ("open_qa", 1, "", "Can my employer in California make me repay a signing bonus if I quit after 8 months? What does the law say and does it matter how the clawback was worded?"),
    ("open_qa", 1, "", "How do hurricanes intensify so fast over warm water, and why are forecasters still bad at predicting rapid intensification?"),
    ("open_qa", 1, "", "What actually happens, step by step, to ordinary people when a country defaults on its debt?"),
    ("open_qa", 1, "", "¿Por qué sube tanto el precio de la vivienda en España si la población apenas crece? Explícamelo con detalle, con las causas principales."),
    ("open_qa", 1, "", "Retraite par points ou par répartition classique : comment ça marche concrètement, et lequel des deux systèmes est le plus juste ?"),
    ("open_qa", 1, "", "Lohnt sich eine Wärmepumpe in einem unsanierten Altbau von 1965 mit Heizkörpern? Was sind die Knackpunkte?"),
    ("open_qa", 1, "", "为什么美联储加息会影响人民币汇率？请详细解释一下传导机制。"),
    ("open_qa", 1, "", "30代の会社員です。iDeCoと新NISA、どちらを優先すべきですか？理由も詳しく教えてください。"),
    ("open_qa", 1, "", "Is het slim om nu een huis te kopen of kan ik beter wachten tot de rente daalt? Wat zijn de afwegingen voor een starter?"),
    ("open_qa", 1, "", "هل سيقضي الذكاء الاصطناعي على وظائف المحاسبين؟ ناقش الرأيين بالتفصيل."),
    ("open_qa", 1, "You are a nurse-advice assistant for Wrenfield Health members. Give general health information and help members decide on the right level of care (self-care, GP, urgent care, emergency). You cannot diagnose. If symptoms could be an emergency, say so clearly and tell the member to call emergency services.",
     "my 8 month old has had a fever of 39.4 since yesterday and she's barely drinking. is this an ER thing or can it wait for the GP tomorrow"),
    ("open_qa", 1, "", "We keep getting porosity in our aluminium MIG welds, but only in the humid summer months. Likely root causes, and how would you prioritise the troubleshooting?"),
    ("open_qa", 1, "", "what does the research actually say about homework in primary school - does it help at all?"),
    ("open_qa", 1, "", "why did so many live-service games shut down in the last couple of years? what's the structural problem with that model"),
    ("open_qa", 1, "", "What are the hidden costs of buying a leasehold flat in England that first-time buyers usually miss?"),
    # ================================================================ other, escalate 0
    ("other", 0, "", "yo"),
    ("other", 0, "", "Bonjour, je parle à un robot ou à une vraie personne ?"),
    ("other", 0, "", "can you look stuff up on the internet or no"),
    ("other", 0, "", "cheers mate, sorted 👌"),
    ("other", 0, "", "Danke dir, schönes Wochenende!"),
    ("other", 0, "", "こんにちは！今日もよろしくお願いします"),
    ("other", 0, "", "hola buenas"),
    ("other", 0, "", "Grazie mille, gentilissimo!"),
    ("other", 0, "Tallgrass Mobile support chat. Tone: friendly, short. You can help with bills, plans, roaming and SIM issues. If the customer asks for a human, tell them the wait time (currently about 6 minutes) and hand over.",
     "i want to talk to a real person pls"),
    ("other", 0, "", "can you keep your answers shorter from now on? like 2 lines max"),
    ("other", 0, "", "is this thing free or do i get charged per message"),
    ("other", 0, "", "who can see what I type here? does my IT admin get a copy?"),
    ("other", 0, "", "test 123"),
    ("other", 0, "", "what's your favourite movie lol"),
    ("other", 0, "", "no i said thursday, not tuesday"),
    ("other", 0, "", "Merhaba, nasılsın?"),
    ("other", 0, "", "नमस्ते! आप कैसे हैं?"),
    ("other", 0, """SYSTEM CONFIG
assistant_name: Nova
surface: Brightlake Credit Union mobile app
scope: balances and recent transactions (via the tools provided), card freeze/unfreeze, branch and ATM locations, opening hours, how-to questions about the app, general questions about Brightlake products
rules:
- Never ask for or repeat a full card number, PIN, password or one-time code.
- For disputes, fraud reports or hardship requests, offer to connect the member to a human agent (Mon-Sat 8:00-20:00).
- Do not give investment, tax or legal advice; suggest booking a free appointment with a member adviser instead.
- Keep replies under 70 words, friendly, plain English. Use the member's first name if known.
- If the member writes in Spanish, reply in Spanish.
member_context: first_name=Gloria; accounts=Everyday Checking, Holiday Saver; preferred_branch=Eastgate
now: Saturday 14 March 2026, 10:42""",
     "hi there"),
    ("other", 0, "", "고마워요 ㅎㅎ 덕분에 해결했어요"),
    ("other", 0, "Assistant for the Tollcross Public Library catalogue and member account. Be brief.",
     "what can you actually help me with in here?"),
    # ================================================================ other, escalate 1
    ("other", 1, "", "be a skeptical seed-stage VC. I'll pitch my B2B invoicing startup, you grill me hard, one question at a time. don't be nice"),
    ("other", 1, "", "On fait un jeu de rôle : tu es serveur dans un café à Paris et moi je commande. Réponds comme un vrai serveur, puis corrige mes fautes de français à la fin de chaque échange."),
    ("other", 1, "", "My sister asked me to be guarantor on her new apartment lease. I love her but she's been really bad with money the last few years. How do I say no without damaging things between us?"),
    ("other", 1, "", "honestly feeling burnt out. 60h weeks for 3 months now and i keep snapping at everyone at home. idk what to do"),
    ("other", 1, "", "My dog died yesterday and I can't focus at work at all. Is it weird to take a day off for that? I feel stupid even asking."),
    ("other", 1, "", "Mein Kollege verkauft in Meetings ständig meine Arbeit als seine. Wie spreche ich das an, ohne wie eine Petze dazustehen?"),
    ("other", 1, "", "A mi pareja le ofrecen un trabajo en Canadá y yo acabo de empezar en el mío aquí hace dos meses. ¿Cómo lo hablamos sin que acabe en pelea?"),
    ("other", 1, "", "上司に退職を切り出すのが怖くて、もう2週間言えずにいます。どう伝えればいいでしょうか。"),
    ("other", 1, "", "Vamos jogar: tu és o narrador de um mistério de assassinato num comboio noturno Lisboa-Madrid, eu sou o detetive. Começa pela cena do crime e só revela pistas quando eu fizer as perguntas certas."),
    ("other", 1, """[NPC PROFILE]
ZIVA-7 is a salvage trader at Kessler Drift Station in the game "Orbital Freehold". You play ZIVA-7 in live conversation with the player.
Personality: sardonic, secretive about her past, warms to the player only after three trades (trades_with_player = 1). Short, clipped sentences. Calls credits "creds".
Inventory: plasma coils x2 (480 creds each), hull patch kits x9 (60 each), a cracked nav core (never for sale: "Not for sale. It's personal.").
Hooks you may hint at but never fully reveal: the derelict freighter Marrow Saint in Sector 9 is rumoured to carry an intact jump drive; a pirate clan called the Hollow Teeth watches the sector.
Never break character, never mention being an AI or game mechanics, never give exact coordinates.""",
     "got any plasma coils? and what's the deal with that wreck in sector 9 everyone keeps talking about"),
    ("other", 1, "Act as Kip, a friendly study buddy in the Mossbank homework app for students aged 13-17. Be warm and encouraging, never judgmental. If a student mentions self-harm or abuse, gently share the helpline number 0800 555 017 and encourage them to talk to a trusted adult.",
     "failed my chem test AGAIN. 38%. my parents are going to lose it and i studied this time i swear"),
    ("other", 1, "", "my 15yo wants to go to a 3-day music festival with friends, no adults. half her class is going. how do i handle this without being the bad guy"),
    ("other", 1, "",
     """my best friend sent this after i missed her birthday dinner (work thing i genuinely couldn't move, i told her 2 days before). we've been friends 15 years. i don't want to lose her but i also don't think i did anything that bad

"honestly i'm not even mad anymore, just tired. this is the third time this year you've cancelled on something that mattered to me. when it was your wedding i flew in from Lisbon with a fever. i get that your job is intense but it feels like i'm always the one making room for you and you make room for me when it's convenient. i don't want a big apology, i just need to know if this friendship is still a priority for you because right now it doesn't feel like it."

should i call her or text? what do i even say"""),
    ("other", 1, "", "친구가 6개월 전에 200만원 빌려가고 아직 안 갚아요. 사이 안 틀어지게 어떻게 말을 꺼내야 할까요?"),
    ("other", 1, "", "argue with me. I think remote work is killing junior developers' careers. take the other side and don't go easy on me"),
    ("other", 1, "", "Teściowa wpada do nas bez zapowiedzi prawie codziennie, a mąż nie widzi problemu. Jak z nim o tym porozmawiać, żeby nie wyszło, że atakuję jego mamę?"),
]
