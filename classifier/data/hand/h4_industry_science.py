"""Hand-written prompts, batch 4: manufacturing/QC, energy and utilities, agriculture, construction, research labs and scientific writing; German, Russian, Ukrainian."""
H = [
    # ---------------------------------------------------------------- extraction
    ("extraction", 0, "", "pull the lot numbers + expiry dates from this CoA blurb: Lot LX-22417 exp 2026-03-31, Lot LX-22418 exp 2026-04-15, retest for LX-22419 due 2025-12-01"),
    ("extraction", 0, "Du bist ein Extraktionsdienst für den Wareneingang der Hollmann Metallbau GmbH. Gib aus jedem Lieferschein genau diese Felder zurück: Lieferant, Lieferscheinnummer, Lieferdatum, Bestellnummer, Positionen (Artikelnummer, Menge, Einheit). Fehlende Felder mit 'n/a' kennzeichnen.", """LIEFERSCHEIN Nr. LS-2024-08817
Stahlhandel Brückner KG · Industriestr. 9 · 09126 Chemnitz
Datum: 17.09.2024   Ihre Bestellung: BE-55102

Pos. 1  Art.-Nr. 410-2020  Flachstahl S235JR 40x8 mm   12 Stk à 6 m
Pos. 2  Art.-Nr. 410-3315  Rohr 48,3x2,6 verzinkt       30 Stk
Pos. 3  Art.-Nr. 990-0001  Palettenpfand                 2 Stk

Ware ordnungsgemäß erhalten: ____________ (Unterschrift)"""),
    # implied owners and deadlines -> needs judgement
    ("extraction", 1, "", """Ниже протокол планёрки по цеху розлива (молочный комбинат «Заречье»). Выпиши: 1) какие решения реально приняты, 2) кто за что отвечает и к какому сроку — даже если это сказано не прямо, а между строк. Отдельно отметь, что осталось просто обсуждением без решения.

---
Присутствовали: Гусев А.В. (нач. цеха), Ломакина Т.С. (ОТК), Ефимов Р.Р. (главный механик), Шарипов Д. (технолог), Ковальчук И. (снабжение).

1. Гусев: вторую неделю на линии Tetra 3 идёт брак по недоливу, около 1,8 %. Так продолжаться не может.
Ефимов: дозатор надо перебирать, но без остановки на смену не обойдётся. Ближайшее окно — суббота.
Гусев: ну значит суббота, других вариантов нет. Роман Рашидович, на тебе.
2. Ломакина: по жалобе сети «Магнолия» на вздутые пакеты кефира — партия 0412 на карантине. Лаборатория ждёт посевы до четверга.
Шарипов: если посевы плохие, предлагаю поднять температуру пастеризации на 2 градуса.
Гусев: посмотрим по результатам.
3. Ковальчук: крышки от «Полимерпака» опять задерживают, запас на 4 дня. Можно взять у «Тверьпласта», но дороже на 11 %.
Гусев: дороже — не страшно, встанем — будет дороже. Ирина, договаривайся, письмо от меня подпишу сегодня.
4. Разное: Ломакина напомнила, что аудит X5 в конце месяца, чек-листы никто не обновлял. Гусев: «Тамара Сергеевна, вы же понимаете, кроме вас некому».
---"""),
    ("extraction", 0, "", """Kannst du mir aus dem Vertrag unten alle Fristen (mit Dauer bzw. Datum) und alle Vertragsstrafen rausziehen, jeweils mit Paragraph? Brauche das für unseren Terminplan.

BAUVERTRAG
über Rohbauarbeiten für den Neubau der Kindertagesstätte „Sonnenhügel", Am Anger 3, 16928 Altwerder

zwischen
Gemeinde Altwerder, vertreten durch den Bürgermeister, Marktplatz 1, 16928 Altwerder
– nachfolgend „Auftraggeber" (AG) –
und
Krüger & Sohn Hochbau GmbH, Gewerbering 12, 16909 Wittstock
– nachfolgend „Auftragnehmer" (AN) –

§ 1 Vertragsgegenstand
(1) Der AN übernimmt die Rohbauarbeiten einschließlich Erd-, Beton-, Stahlbeton- und Mauerwerksarbeiten gemäß Leistungsverzeichnis vom 04.03.2024 und den Ausführungsplänen Index C.
(2) Vertragsbestandteile sind in folgender Rangfolge: dieser Vertrag, das Verhandlungsprotokoll vom 18.04.2024, das Leistungsverzeichnis, die Ausführungspläne, die VOB/B in der bei Vertragsschluss gültigen Fassung.

§ 2 Vergütung
(1) Die Vergütung erfolgt als Einheitspreisvertrag. Die vorläufige Auftragssumme beträgt 1.284.600,00 EUR netto.
(2) Nachtragsangebote sind vor Ausführung schriftlich einzureichen. Der AG entscheidet innerhalb von 12 Werktagen nach Eingang über die Beauftragung.

§ 3 Ausführungsfristen
(1) Beginn der Ausführung: 03.06.2024. Der AN hat die Arbeiten innerhalb von 6 Werktagen nach diesem Datum auf der Baustelle aufzunehmen.
(2) Zwischentermin 1 (verbindlich): Fertigstellung der Bodenplatte bis 12.07.2024.
(3) Zwischentermin 2 (verbindlich): Fertigstellung der Rohbaudecke über EG bis 30.08.2024.
(4) Fertigstellung der Gesamtleistung: 25.10.2024.
(5) Der AN legt binnen 10 Werktagen nach Vertragsschluss einen detaillierten Bauzeitenplan vor.

§ 4 Behinderung
Behinderungen sind dem AG unverzüglich, spätestens jedoch innerhalb von 3 Werktagen nach Kenntnis, schriftlich anzuzeigen. Unterlässt der AN die Anzeige, hat er nur Anspruch auf Berücksichtigung der hindernden Umstände, wenn dem AG die Tatsache und deren hindernde Wirkung offenkundig bekannt waren.

§ 5 Vertragsstrafe
(1) Überschreitet der AN schuldhaft den Fertigstellungstermin nach § 3 Abs. 4, so hat er für jeden Werktag der Überschreitung eine Vertragsstrafe von 0,2 % der Netto-Abrechnungssumme zu zahlen.
(2) Für die schuldhafte Überschreitung der verbindlichen Zwischentermine nach § 3 Abs. 2 und 3 beträgt die Vertragsstrafe je Werktag 0,1 % der Netto-Auftragssumme.
(3) Die Vertragsstrafen sind insgesamt auf 5 % der Netto-Abrechnungssumme begrenzt. Eine bereits verwirkte Vertragsstrafe für Zwischentermine wird auf die Vertragsstrafe für den Fertigstellungstermin angerechnet.
(4) Der AG kann sich die Vertragsstrafe bis zur Schlusszahlung vorbehalten.

§ 6 Abnahme
(1) Die Abnahme erfolgt förmlich. Der AN hat die Fertigstellung schriftlich anzuzeigen; der Abnahmetermin findet innerhalb von 12 Werktagen nach Zugang der Anzeige statt.
(2) Bei der Abnahme festgestellte Mängel sind innerhalb einer vom AG zu setzenden angemessenen Frist, in der Regel 14 Kalendertage, zu beseitigen.

§ 7 Sicherheiten
(1) Vertragserfüllungssicherheit: 5 % der Auftragssumme durch Bürgschaft, vorzulegen binnen 18 Werktagen nach Vertragsschluss. Wird sie nicht fristgerecht vorgelegt, ist der AG berechtigt, Abschlagszahlungen bis zur Vorlage einzubehalten.
(2) Mängelansprüche-Sicherheit: 3 % der Abrechnungssumme, Rückgabe nach Ablauf der Verjährungsfrist.

§ 8 Abrechnung und Zahlung
(1) Abschlagsrechnungen können monatlich gestellt werden; sie werden binnen 21 Kalendertagen nach Zugang geprüft und bezahlt.
(2) Die Schlussrechnung ist spätestens 2 Monate nach Abnahme einzureichen. Die Schlusszahlung wird binnen 30 Kalendertagen nach Zugang fällig.

§ 9 Verjährung der Mängelansprüche
Die Verjährungsfrist für Mängelansprüche beträgt 5 Jahre und beginnt mit der Abnahme.

§ 10 Baustellenordnung
(1) Der AN hat die Baustelle täglich bis 18:00 Uhr in einem verkehrssicheren Zustand zu hinterlassen.
(2) Verstöße gegen die Sicherheits- und Gesundheitsschutzbestimmungen kann der AG nach erfolgloser Abmahnung mit einer Vertragsstrafe von 500 EUR je Einzelfall ahnden.

§ 11 Schlussbestimmungen
Änderungen und Ergänzungen dieses Vertrages bedürfen der Schriftform. Gerichtsstand ist Neuruppin.

Altwerder, den 22.04.2024"""),
    ("extraction", 0, "", "grab every CAS number in here pls: ethanol 64-17-5, acetone 67-64-1, toluene 108-88-3 and the DCM (75-09-2) Marta ordered last week"),
    # hinted problems must be inferred -> escalate
    ("extraction", 1, "You are an assistant for Greenfurrow Agronomy. From a scout's field note, extract every pest, disease or nutrient problem observed. For each give: field, issue, evidence (quote), severity (low/medium/high). Where the scout only hints at a problem without naming it, still include it and mark it 'inferred'.", """Field 7 (north of the grain bins), corn V8, walked W-pattern 10:40-11:30.
Lower leaves on maybe a third of plants have that V-shaped yellowing from the tip again, worse on the sandy knoll. Saw a few rust pustules, nothing crazy. Some leaves look like somebody fired a shotgun through the whorl - pinholes and ragged edges, found frass in 4 of 20 whorls I opened. Near the waterway it's greener but stand count is down, lots of gaps where plants just never came up, dug a few and the seeds were hollowed out. Wind damage from Tuesday minimal."""),
    ("extraction", 0, "", "витягни всі показники лічильника з датами: 12.03 — 45 812 кВт·год, 12.04 — 46 390, а 14.05 Петро знімав, було 47 101"),
    ("extraction", 0, "Extract every reagent or kit mentioned in the methods text with supplier and catalogue number. Output one line per item: name | supplier | cat. no. Use '-' where a value is not given.", """Cells were lysed in RIPA buffer (Thermo Fisher, 89900) supplemented with Halt protease inhibitor cocktail (Thermo Fisher, 78430). Protein was quantified by BCA assay (Pierce, 23225). Equal amounts (20 µg) were separated on 4-20% Mini-PROTEAN TGX gels (Bio-Rad, 4561094) and transferred to PVDF. Membranes were blocked in 5% non-fat milk and probed with anti-GAPDH (Cell Signaling, #2118, 1:5000) and anti-HSP70 (Abcam, ab2787). Signals were developed with Clarity ECL substrate (Bio-Rad)."""),
    ("extraction", 1, "", """pull out the root cause and every contributing factor from this report - including the ones it only hints at without calling them a cause - and quote the sentence that supports each one.

Incident report IR-0932 - Birchmoor 33/11 kV substation, 02 Feb
At 06:14 feeder F3 tripped on earth fault and auto-reclose locked out after the third attempt. Crew arrived 07:05 (travel delayed by snow; the 4x4 assigned to the depot has been in the workshop since January). On inspection, the cable termination on F3 at the switchgear showed tracking and scorch marks. The termination was installed in 2019 by a contractor; no commissioning photos are on file. Maintenance records show the thermographic survey planned for Q3 last year was 'deferred - resourcing'. Condensation was visible inside the cable box; the anti-condensation heater breaker was found in the OFF position, label faded. Supply was restored via backfeed from F5 at 08:40 after the control engineer confirmed loading limits by phone; the network model in the control room still shows the old F5 rating. Customers affected: 1,870. CML: 268,000."""),
    ("extraction", 0, 'NCR record in, JSON out: ncr, part_no, defect_code, qty_rejected. No prose.', "NCR-24-0611 | P/N 7730-114B die-cast housing | 38 pcs rejected, porosity on sealing face (D-POR-02), Castello Srl"),

    # ---------------------------------------------------------------- classification
    ("classification", 0, "Queue für Kundennachrichten der Stadtwerke Lindenau: STOERUNG_STROM, STOERUNG_GAS, ABRECHNUNG, ZAEHLERSTAND, UMZUG, SONSTIGES. Nur den Namen ausgeben.", "seit 7 uhr kein strom in der ganzen ahornstraße, kommt da jemand??"),
    # "is this phishing?" -> classification
    ("classification", 0, "", """is this phishing or legit? landed in the plant purchasing inbox:

'Dear valued partner, due to an internal audit our banking details have changed. Kindly update remittance for all open invoices to the account below before Friday 5pm to avoid supply interruption. Regards, Accounts Dept, Kessler Hydraulics'

sender address is accounts@kessler-hydrau1ics.com"""),
    ("classification", 1, "", """You are reviewing for our QA deviation board. For each deviation below, assign Critical / Major / Minor per EU GMP-style criteria and give a one-line justification. Flag any where you'd need more info before deciding.

DEV-24-101 - Tablet compression, Line 2. During batch 4471 the in-process hardness check at 10:30 was performed 25 minutes late because the operator was covering a break. All other IPC results within limits. Hardness at 10:55 was within specification.

DEV-24-102 - Warehouse. A pallet of lactose monohydrate (lot LM-8812) was found in the released area with a 'Quarantine' label still attached. Investigation showed the material had been released in the ERP system on 11 March but the physical label was not changed. No material was dispensed from the pallet.

DEV-24-103 - Packaging, Line 5. Line clearance checklist for batch 4480 was signed by one person only; the SOP requires two signatures. Photos of the empty line exist in the electronic batch record.

DEV-24-104 - Sterile filling. Environmental monitoring settle plate in Grade A zone (position A-3) showed 2 CFU during filling of batch S-2290. Action limit for Grade A is <1 CFU. Organism identified as Staphylococcus epidermidis. The batch has not yet been released.

DEV-24-105 - QC laboratory. HPLC system HP-07 was used for assay testing for three days after its calibration due date. Calibration performed afterwards passed all criteria without adjustment.

DEV-24-106 - Granulation. Purified water sample from point of use PW-12 exceeded the alert limit for TOC (410 ppb; alert 400 ppb, action 500 ppb). Water was used for granulation of batch 4475.

DEV-24-107 - Packaging. 1,200 cartons for Ventorel 20 mg were printed with the expiry date format MM/YYYY instead of the registered DD/MM/YYYY. Cartons were detected at incoming inspection and not used.

DEV-24-108 - Production. Operator used a handheld calculator instead of the validated MES function to compute the granulation fluid quantity for batch 4477 because MES was down. The manual calculation was not second-person verified. The recalculated value matched.

DEV-24-109 - Labelling. Customer complaint: one bottle of Ventorel 10 mg contained tablets with a 20 mg embossing. Retained samples of the batch show no mix-up. Investigation ongoing; the 20 mg product was packaged on the same line the previous day.

DEV-24-110 - Facilities. HVAC differential pressure alarm between the Grade C corridor and the Grade D airlock was acknowledged but not documented for 40 minutes during a night shift. Pressure recovered without intervention. No open product during the period.

DEV-24-111 - Stores. Two drums of isopropanol were received without the supplier's certificate of analysis. They were placed in quarantine and the CoA was obtained by e-mail the following day; results complied.

DEV-24-112 - Production. During cleaning of granulator GR-2 after batch 4478, the rinse sample for cleaning verification was taken from the wrong sampling point (outlet instead of the impeller shaft defined in the cleaning validation). The next product on the equipment contains a different active substance. The result at the outlet met the acceptance limit.

Please keep the output as a table: ID | class | justification | info needed."""),
    ("classification", 0, "", "тональность отзыва (позитив/негатив/смешанный): «Трактор привезли на две недели позже, но в поле работает отлично, дилер извинился и дал скидку на ТО»"),
    ("classification", 0, "Тема звернення клієнта «Степової Ниви»: НАСІННЯ, ДОБРИВА, ЗЗР, ТЕХНІКА, ЛОГІСТИКА, ОПЛАТА. Лише назва.", "Карбамід 20 т мали привезти 3 травня, машини досі нема, водій не бере трубку. Що робити?"),
    # safety judgement on each defect -> escalate
    ("classification", 1, "", """Hier die Mängelliste von der Begehung heute. Kannst du jeden Punkt einstufen: sicherheitsrelevant ja/nein und Priorität A (sofort), B (vor Abnahme), C (Gewährleistung)?

1. Absturzsicherung am Treppenauge 2. OG fehlt
2. Fliesenfuge Bad WE 4 ungleichmäßig
3. FI-Schutzschalter im Baustromverteiler löst beim Test nicht aus
4. Kratzer an Fensterrahmen WE 7
5. Brandschutzklappe Technikraum ohne Kennzeichnung
6. Gefälle Balkon WE 2 zur Fassade hin
7. Fehlende Revisionsöffnung Steigleitung Haus B"""),
    ("classification", 0, "Label the abstract with exactly one field: MATERIALS, BIOINFORMATICS, CLIMATE, AGRONOMY, OTHER.", "We report a solvent-free mechanochemical route to phase-pure CsPbBr3 nanocrystals. Ball milling of CsBr and PbBr2 for 30 min yields particles with photoluminescence quantum yields above 80% and improved thermal stability up to 150 °C. X-ray diffraction and TEM confirm the cubic phase, and films cast from the product retain 92% of their emission after 500 h at 60% relative humidity."),
    ("classification", 0, "LIMS helpdesk triage. Assign a priority: P1 = GMP release or production blocked, no workaround; P2 = blocked but a workaround exists; P3 = inconvenience, single user; P4 = question or request. Reply with the priority and nothing else.", "hi, the HPLC in room B214 stopped uploading results to LIMS since this morning, we have 60 stability samples due for release today and QA is waiting on them. we can type results in by hand but its slow and needs second person check"),
    ("classification", 1, "", """Sort each of these reviewer comments into major / minor / editorial so I know what to tackle first for the resubmission:

R1.1 The authors claim the biochar amendment 'drives' the increase in microbial biomass, but the design cannot separate biochar from the accompanying nitrogen input.
R1.2 Fig. 3 y-axis label is missing units.
R1.3 Please cite Lehmann et al. 2011 in the introduction.
R2.1 Only two sampling dates are reported; seasonal variation could explain the treatment effect.
R2.2 The statistical model treats plots as independent although they are nested in blocks.
R2.3 'Soil organic carbon' and 'SOC' are used inconsistently.
R2.4 Consider discussing the cost of biochar for farmers.
R2.5 The supplementary file lacks the raw microbial biomass values; please deposit them in a public repository."""),
    ("classification", 0, "", "what language is this warning sign from the supplier? 'Uwaga! Wysokie napięcie. Nie dotykać.'"),

    # ---------------------------------------------------------------- summarization
    ("summarization", 0, "", """Ниже заключение по обследованию котельной. Директору нужно коротко — сделай резюме на 5 пунктов, без технических подробностей.

ТЕХНИЧЕСКОЕ ЗАКЛЮЧЕНИЕ № 47/24
по результатам обследования отопительной котельной ООО «Теплосервис-Красногорье», пос. Красногорье, ул. Заводская, 2

1. Общие сведения
Котельная введена в эксплуатацию в 1987 году. Установленная мощность — 12,6 Гкал/ч (три водогрейных котла КВ-ГМ-4,65 и один котёл ДКВр-4/13, переведённый в водогрейный режим). Основное топливо — природный газ, резервное — мазут М-100. Котельная обеспечивает теплом 46 многоквартирных домов, школу, детский сад и поликлинику. Присоединённая нагрузка по договорам — 9,8 Гкал/ч.

2. Состояние основного оборудования
Котлы КВ-ГМ № 1 и № 2 находятся в работоспособном состоянии. При внутреннем осмотре котла № 1 выявлены отложения накипи толщиной до 2 мм на экранных трубах, что снижает КПД ориентировочно на 3–4 %. Котёл № 3 выведен из работы с 2022 года из-за свища в конвективной части; ремонт не производился. Котёл ДКВр-4/13 отработал более 35 лет, фактический КПД по результатам режимно-наладочных испытаний составил 81 % при нормативном 88 %.
Горелочные устройства на котлах № 1 и № 2 заменены в 2019 году, автоматика безопасности исправна. На котле ДКВр автоматика безопасности устаревшая, проверка срабатывания защит по погасанию факела показала время срабатывания 4 с при допустимом не более 2 с.

3. Вспомогательное оборудование
Сетевые насосы (2 рабочих, 1 резервный) работают без частотного регулирования, с дросселированием задвижками. Резервный насос не включался более года, при пробном пуске выявлена повышенная вибрация подшипникового узла. Химводоподготовка: натрий-катионитовые фильтры загружены смолой 2011 года, жёсткость подпиточной воды на выходе — 0,05 мг-экв/л при норме не более 0,02. Деаэратор работает, содержание кислорода в норме.

4. Здания и сооружения
Кровля над котловым залом имеет протечки в осях 3–5, выявлена коррозия арматуры плит покрытия в местах протечек. Дымовая труба кирпичная высотой 45 м; при визуальном осмотре обнаружены вертикальные трещины в верхней части ствола длиной до 1,5 м. Молниезащита трубы требует восстановления — токоотвод оборван.

5. Топливное хозяйство
Мазутное хозяйство законсервировано с 2016 года, резервное топливо в ёмкостях отсутствует. Таким образом, фактически котельная не имеет резервного топлива, что противоречит требованиям к котельным, снабжающим социальные объекты.

6. Учёт и энергоэффективность
Узел учёта газа исправен, поверка действительна до 11.2025. Узел учёта тепловой энергии на выходе из котельной отсутствует; отпуск тепла определяется расчётным путём. Удельный расход условного топлива — 172 кг у.т./Гкал при среднем по региону 158. Приборы КИПиА на щите котельной частично неисправны: не работают регистраторы температуры прямой и обратной сетевой воды, данные записываются операторами вручную раз в два часа.

7. Выводы и рекомендации
7.1. Котельная в целом способна обеспечить присоединённую нагрузку только при работе котлов № 1, № 2 и ДКВр одновременно; резерв мощности при отказе одного котла отсутствует.
7.2. Первоочередные меры (до начала отопительного сезона): ремонт котла № 3 либо его замена; приведение автоматики безопасности котла ДКВр в соответствие; обследование и ремонт дымовой трубы и восстановление молниезащиты; ремонт резервного сетевого насоса.
7.3. Меры на 1–2 года: восстановление резервного топливного хозяйства или установка резервного источника (дизельного топлива); замена загрузки фильтров ХВО; установка частотных преобразователей на сетевые насосы; установка узла учёта тепловой энергии.
7.4. Ориентировочная стоимость первоочередных мер — 14,2 млн руб., мер на 1–2 года — 21,5 млн руб. (без НДС).

Главный инженер проекта ООО «ЭнергоЭкспертиза»
В. П. Соломатин"""),
    ("summarization", 0, "You are ShiftLog, the handover assistant at Corvell Paper Mill. Condense the outgoing supervisor's note into at most 3 bullets for the incoming shift.", "PM2 ran ok most of the night, break at 02:10 on the dryer section, back up 02:55. Felt on press 2 starting to fill, moisture profile drifting on tender side, QC aware. Starch cooker #1 still locked out for maint, using #2. Forklift 6 has no horn, tagged. Order 88120 done, 88121 started 05:40."),
    # summarize AND critically evaluate -> escalate
    ("summarization", 1, "", """Fass mir bitte die Studie unten zusammen und sag ehrlich, ob die Schlussfolgerung von den Daten gedeckt ist. Der Landrat will damit nächste Woche argumentieren.

„Agri-PV auf Grünland: Ergebnisse des Pilotprojekts Hofgut Ebersbach (2021–2023)"
Auf einer 2,4 ha großen Dauergrünlandfläche wurden hochaufgeständerte bifaziale PV-Module (lichte Höhe 4,5 m, Reihenabstand 9 m) installiert. Als Referenz diente eine benachbarte 1,1 ha große Fläche ohne Module. Gemessen wurden Trockenmasseertrag (4 Schnitte/Jahr), Bodenfeuchte in 10 und 30 cm Tiefe sowie der Stromertrag.
Ergebnisse: Im Mittel der drei Jahre lag der Trockenmasseertrag unter den Modulen bei 92 % der Referenz. Im Dürrejahr 2022 erreichte die Agri-PV-Fläche dagegen 108 % der Referenz, die Bodenfeuchte lag im Juli/August um durchschnittlich 4 Vol.-% höher. Der spezifische Stromertrag betrug 1.010 kWh/kWp.
Die Autoren folgern: „Agri-PV steigert die Klimaresilienz von Grünland und sollte im Landkreis flächendeckend gefördert werden."
Einschränkungen laut Bericht: Referenzfläche mit etwas höherem Sandanteil; keine Wiederholungen; Düngung auf der Agri-PV-Fläche im Jahr 2022 wegen des Bauabschlusses erst im Mai statt im März."""),
    # headline = summarization
    ("summarization", 0, "Headline writer for the Nordvale Water newsroom. Return one headline, max 12 words, no clickbait.", """Nordvale Water will replace 14 km of cast-iron mains in the Eastbrook and Millfield districts between March and November. The £9.2m programme targets the pipes responsible for almost 40% of the district's bursts over the past five years. Work will be carried out in 200-metre sections to limit disruption; affected households will receive letters at least 10 days before work starts on their street. Temporary traffic lights will be used on Station Road and Canal Street. Customers may notice brief discolouration of water when supplies are reconnected, which is harmless."""),
    # "summarize + list who does what" -> summarization (minutes)
    ("summarization", 0, "", """Скинь коротко що вирішили на нараді + хто що робить. Розшифровка з диктофона, вибач за сумбур:

Олег (прораб): так, по секції Б — опалубку перекриття 5 поверху закінчили вчора, бетон замовили на четвер, 48 кубів, Бетон-Трейд.
Ірина (технагляд): я ще не підписала акт на армування, там захисний шар місцями 15 мм замість 25. Поки не виправите, бетонувати не дам.
Олег: та там два місця, сьогодні підкладемо фіксатори.
Ірина: фото мені скиньте до вечора, завтра зранку прийду подивлюсь.
Андрій (постачання): по вікнах — завод зсунув поставку на 3 тижні, у них профіль не приїхав. Можу пошукати інший завод, але тоді переробляти креслення.
Сергій (керівник проекту): ні, не переробляємо, чекаємо. Андрію, візьми з них письмове підтвердження нової дати і штрафні за прострочку.
Олег: ще кран — баштовий з 20-го треба на ТО, день простою.
Сергій: ставте на неділю, щоб не зривати бетонування. І всім: у п'ятницю приїжджає замовник, майданчик щоб був прибраний, сміття вивезти в четвер."""),
    ("summarization", 1, "", """Got reviews back from Journal of Hydrology. Can you summarize the three reports and tell me which points are most likely to sink the paper if I don't handle them well?

Reviewer 1: The manuscript presents a physically based model of snowmelt contribution to baseflow in two Alpine catchments. The approach is interesting, but calibration and validation use overlapping periods (2010-2018 vs 2015-2020), which inflates performance. The sensitivity analysis is limited to three parameters. The figures are clear. I recommend major revision.

Reviewer 2: Well written and relevant. My main concern is that isotopic data are available for only one catchment, yet conclusions about groundwater residence time are generalised to both. The authors should also compare with the simpler degree-day approach to show the added value of their model. Minor: Table 2 units, several typos in Section 4.

Reviewer 3: I am not convinced of the novelty; similar coupling was shown by Keller et al. (2021), which is not cited. The uncertainty bounds in Fig. 6 appear to be computed from a single parameter set. The discussion of climate-change implications goes beyond what the data support. Reject and resubmit."""),
    ("summarization", 0, "", "gist pls, vendor sent this and i have 2 min: 'Following our root cause analysis, the premature wear of the extruder screw flights is attributed to the increased glass-fibre content (30% vs 15%) in the new compound. We recommend a bimetallic barrel and a nitrided screw; until then inspection intervals should be halved.'"),
    ("summarization", 0, "Du fasst Bautagesberichte für die Projektleitung zusammen. Maximal 3 Stichpunkte, nur Relevantes (Verzögerungen, Mängel, Besonderheiten).", """Bautagesbericht Nr. 112 – BV Wohnpark Am Mühlbach, Haus 3
Datum: 08.10.2024, Wetter: Regen ab 11 Uhr, 9 °C
Personal: Rohbau 8, Elektro 3, Gerüstbau 2
Arbeiten: Mauerwerk 3. OG Achse A–D fortgesetzt; Elektro-Leerrohre 1. OG; Gerüst Nordseite um eine Lage erhöht.
Besonderheiten: Lieferung KS-Steine 2 h verspätet, Kran stand bis 9:30 still. Ab 11 Uhr Mauerarbeiten wegen Starkregen unterbrochen, Wand Achse C abgedeckt. Elektriker meldet fehlende Aussparung für Verteiler in Wand 1.07, Rücksprache mit Statiker nötig.
Material: 2 Paletten KS-Steine zurückgewiesen (Kantenabplatzungen), Nachlieferung für morgen zugesagt.
Geräte: Baukran, Mörtelsilo, Rüttelflasche.
Anweisung Bauleitung: Wand Achse C erst nach Freigabe durch den Statiker weitermauern.
Besuche: Prüfingenieur Hr. Dahl, Bewehrungsabnahme Decke über 2. OG – ohne Beanstandung.
Unfälle: keine."""),
    # condense + read the subtext -> escalate
    ("summarization", 1, "", """Сожми это письмо от заказчика до 2-3 предложений и скажи, чем он на самом деле недоволен — мне кажется, дело не в сроках, как он пишет.

«Добрый день, Виктор Андреевич! Благодарим за предоставленный график работ по монтажу солнечной электростанции на кровле нашего склада. В целом сроки нас устраивают, хотя, признаться, мы рассчитывали на более раннее начало. Хотелось бы также отметить, что на прошлой встрече ваш инженер не смог ответить на вопросы нашего главного энергетика по нагрузке на кровлю, и нам пришлось самостоятельно заказывать расчёт у сторонней организации. Мы понимаем, что это, вероятно, не входит в ваш объём, однако в КП было указано "комплексное решение под ключ". Просим до пятницы направить нам обновлённую смету с учётом всех работ. С уважением, Н. Кравец, ООО „Логистик-Парк Восток"»"""),
    ("summarization", 0, "", """can you turn my notebook entry into a 3-4 sentence abstract-style summary for the group meeting slides?

2024-05-14. Repeated Suzuki coupling of 4-bromoanisole + phenylboronic acid with the new Pd-NHC precatalyst (0.5 mol%), K2CO3, EtOH/H2O 3:1, 60 °C. Run 1: 94% isolated after 2 h. Run 2 with 0.1 mol% cat: 88%, 4 h. Run 3 in air (no degassing): 91%, so air tolerant. Tried 4-chloroanisole: only 23% after 24 h, aryl chlorides still a problem. Catalyst recovered by filtration? No, homogeneous, forget it. Next: try higher T for chlorides, maybe 80 °C."""),

    # ---------------------------------------------------------------- rewrite
    ("rewrite", 0, "", "make this less rude, it's going to the supplier: 'your team shipped 400 bad housings AGAIN. fix it or we're done'"),
    ("rewrite", 0, "", "Bitte Rechtschreibung und Kommas korrigieren: 'Die Abnahme der Dachdeckerarbeiten erfolgt am Mitwoch sofern das Wetter es zulässt bitte bringen sie die Prüfprotokolle und die Herstellerbescheinigung mit.'"),
    # hedging a scientific discussion without losing the argument -> escalate
    ("rewrite", 1, "", """Reviewer 2 says our discussion overclaims. Can you rewrite this paragraph so it's properly hedged and doesn't claim causation, but still makes our point clearly? Keep the references.

"Our results demonstrate that reduced tillage causes a 30% increase in earthworm abundance, which in turn improves water infiltration across all soil types. This confirms that reduced tillage is the key management practice for restoring soil function in Central European arable systems (Schmidt et al., 2019; Novak, 2021). Farmers who adopt reduced tillage will therefore see higher yields in dry years. Earthworm abundance was strongly correlated with infiltration rate (r = 0.71), proving the mechanism. Given these findings, policymakers should make reduced tillage a condition for agricultural subsidies."

Context: we only sampled silty loams on 3 farms over 2 years."""),
    ("rewrite", 0, "Ты помощник управляющей компании «ЖилКомфорт». Переписывай официальные уведомления простым и понятным языком для жильцов. Смысл и все даты сохраняй.", "В соответствии с графиком проведения плановых гидравлических испытаний тепловых сетей на прочность и плотность, утверждённым ресурсоснабжающей организацией, информируем о прекращении подачи горячего водоснабжения в многоквартирные дома по адресам: ул. Лесная, д. 4, 6, 8 в период с 10:00 03.06.2024 по 10:00 17.06.2024. Возобновление подачи ГВС будет осуществлено по завершении испытаний и устранения выявленных дефектов."),
    ("rewrite", 0, "", "перефразуй, щоб звучало офіційно для оголошення: «завтра світла не буде з 9 до 5, бо міняємо трансформатор на підстанції»"),
    ("rewrite", 1, "", """Kannst du meinen Entwurf so umschreiben, dass er bestimmt, aber sachlich klingt und wir uns rechtlich nichts vergeben (kein Anerkenntnis, keine Drohungen, die wir nicht halten können)? Inhalt soll sonst gleich bleiben.

„Hallo Herr Wendt, es reicht jetzt echt. Ihr Estrich im 1. OG hat überall Risse und ist an mehreren Stellen hohl, das haben wir jetzt schon dreimal gesagt. Vielleicht haben wir bei der Trocknung auch zu früh geheizt, keine Ahnung, aber das ist Ihr Problem. Wenn bis nächste Woche keiner kommt, lassen wir das von einer anderen Firma machen und Sie zahlen alles plus Schadensersatz für den Mieter, der nicht einziehen kann. Gruß, Behrens"

Geht per Einschreiben raus. Zur Info: Den Estrich haben wir im Februar abgenommen, aber mit Vorbehalt wegen der Risse im Flur."""),
    ("rewrite", 0, "Shorten the user's sentence to under 15 words without changing its meaning. Output only the shortened sentence.", "In the event that the operator should observe any abnormal vibration or unusual noise coming from the gearbox during operation, he or she must immediately stop the conveyor and inform the shift supervisor."),
    ("rewrite", 0, "You edit SOPs for Harlan Precision Optics. Rewrite each step in the imperative mood, one action per step, keep every value and limit.", """5.1 The lens blanks should be taken out of the drying cabinet by the operator after 4 h at 60 °C.
5.2 It is important that gloves are worn and that the blanks are only handled by the edges.
5.3 A visual inspection is then carried out under the 10x loupe, and blanks with chips larger than 0.2 mm are to be placed into the red reject bin.
5.4 Good blanks are placed in the tray and the tray label is filled out with the batch number and date.
5.5 After that, the tray should be brought to the coating area by the operator, and it is required that the lot is booked in the MES before the end of the shift."""),
    ("rewrite", 1, "", """pls polish this cover letter to the editor - make it tighter and more convincing, it's going to Nature Energy so it needs to sound confident but not oversell

Dear Editor,
We would like to submit our manuscript titled "Seasonal hydrogen storage in depleted gas fields: a techno-economic assessment for the North Sea" for consideration in Nature Energy. In this paper we did a model of how hydrogen could be stored in old gas fields and we looked at costs. We think it is important because there is a lot of talk about hydrogen but not so many studies that look at the whole system with real field data. We used data from 11 fields and we found that the levelised cost of storage can be between 0.4 and 1.1 EUR/kg which is lower than salt caverns in some cases, especially when the cushion gas is already there. We also show that the location of the field matters a lot for the cost. We believe our paper would be interesting for the readers of Nature Energy because it is relevant for policy and industry. The paper has not been submitted anywhere else. All authors agree. We suggest these reviewers: Dr. A. Moreau (IFP), Prof. L. Halvorsen (NTNU).
Best regards,
Dr. Katarzyna Wilk, on behalf of all authors"""),
    ("rewrite", 0, "", "fix typos only: 'The compresive strength report for the cubes is atached, results comply with C25/30, sampled 14.05 in presense of the site inspector'"),

    # ---------------------------------------------------------------- closed_qa
    # support bot + retrieved passages -> closed_qa
    ("closed_qa", 0, "You are the customer help assistant for Brightwell Energy. Answer only from the retrieved passages in the user message. Cite passage numbers. If the answer is not in the passages, say so and offer to connect the customer to an agent.", """Retrieved passages:

[1] NightSaver Heat & Drive tariff (v4, valid from 1 April 2024). Availability: domestic customers with a working smart meter (SMETS2, or SMETS1 enrolled in the national smart meter network) who have at least one of the following registered on their account: a heat pump with a valid MCS certificate, an electric vehicle, or a home battery of 5 kWh usable capacity or more. Unit rates: off-peak (00:30-05:30 and 13:00-16:00) 9.8p/kWh; peak (16:00-19:00) 38.4p/kWh; standard (all other times) 26.1p/kWh. Standing charge 53.2p per day. All prices include VAT at 5%.

[2] Registering a heat pump. To qualify for NightSaver via a heat pump, enter the MCS certificate number under Account > My Home > Low-carbon tech. Our team checks the certificate within 10 working days. Once approved, the tariff starts from your next meter reading; we will email you the start date. Air-to-air heat pumps are not eligible because they are not covered by MCS certification for this purpose.

[3] Leaving a fixed tariff early. Brightwell Fix 12 (v3) carries an exit fee of £75 per fuel; Brightwell Fix 24 (v2) carries an exit fee of £150 per fuel. No exit fee is charged in the last 49 days of a fixed term. Exit fees are waived when you move to another Brightwell tariff, with one exception: customers leaving Fix 24 for any variable or time-of-use tariff within the first 6 months of the fixed term pay the full exit fee.

[4] Smart meter data for time-of-use tariffs. Time-of-use tariffs require half-hourly meter readings. By switching you consent to Brightwell collecting half-hourly consumption data. If your meter fails to send half-hourly data for more than 14 days, consumption during that period is billed at the standard rate until communication is restored.

[5] EV charger installation offer. Customers on NightSaver can book a discounted 7 kW home charger installation from £649. The offer requires off-street parking and a consumer unit with a spare way. Installation is carried out by our partner VoltFit; lead times are currently 3-5 weeks. The offer cannot be combined with other charger discounts.

[7] Paying for NightSaver. NightSaver is available to customers paying by monthly Direct Debit or using a smart prepayment meter. Your Direct Debit amount will be reviewed 3 months after you switch, based on your actual half-hourly usage, and you can ask for a review at any time.

[6] Moving home. If you move house while on NightSaver, the tariff does not transfer automatically; the new property must meet the eligibility criteria in passage [1]. Please tell us at least 7 days before your move.

Customer question: hi, we had an air source heat pump fitted last month (air to water, MCS cert from the installer) - no EV. am I allowed on NightSaver and what would I pay at night compared to the rest of the day? also I'm on Fix 12 since January, is there an exit fee if I switch now? thanks, Dev"""),
    ("closed_qa", 0, "", """Aus dem Datenblatt vom Hersteller:

Dichtungswerkstoff FKM 75 Shore A (Compound VX-7512)
Temperaturbereich: −20 °C bis +200 °C (kurzzeitig bis +230 °C, max. 24 h)
Medienbeständigkeit: sehr gut gegen Mineralöle, Kraftstoffe, aliphatische Kohlenwasserstoffe; nicht geeignet für Heißwasser > 100 °C, Dampf, Ketone, Amine.
Druckverformungsrest: 15 % (24 h / 200 °C)

Wir wollen das für eine Dampfleitung mit 140 °C nehmen – geht das laut Datenblatt?"""),
    # answer is in the context but needs careful checking of every lot -> escalate
    ("closed_qa", 1, "", """Spec for incoming resin (PA66-GF30, grade Durellon 3310):
- Moisture content: ≤ 0.20 %
- Melt volume rate (275 °C / 5 kg): 25-45 cm³/10 min
- Glass fibre content: 28-32 %
- Colour: natural, ΔE ≤ 1.5 vs master
- Tensile strength (dry): ≥ 170 MPa
Any single parameter outside spec = reject. Exception: moisture up to 0.30 % may be accepted on concession if the material is re-dried and retested before use.

Lot results:
Lot 1 (24-0881): moisture 0.12, MVR 38, GF 30.4, ΔE 0.8, TS 182
Lot 2 (24-0882): moisture 0.26, MVR 41, GF 29.1, ΔE 1.1, TS 176
Lot 3 (24-0883): moisture 0.18, MVR 47, GF 31.8, ΔE 1.6, TS 169
Lot 4 (24-0884): moisture 0.09, MVR 24.6, GF 32.0, ΔE 0.4, TS 190

Based on the spec, which lots can we release, which go on concession, and which get rejected? Give the failing parameters for each."""),
    ("closed_qa", 0, "", """Из инструкции к опрыскивателю «Туман-2000»:
«Рабочее давление устанавливается в зависимости от типа распылителей и вносимого препарата. Для щелевых распылителей при внесении гербицидов рекомендуется давление 2–3 бар; при внесении фунгицидов и инсектицидов — 3–5 бар. Для инжекторных распылителей (серия ИД) — 4–7 бар независимо от препарата. Превышение давления более 8 бар не допускается.»

У меня стоят инжекторные ИД-03, буду вносить гербицид. Какое давление ставить?"""),
    ("closed_qa", 0, "Ти — асистент служби підтримки насіннєвої компанії «АгроЗерно». Відповідай лише на основі наведених фрагментів документів. Якщо відповіді там немає — так і скажи.", """Фрагменти:
[1] Гарантія схожості: компанія гарантує лабораторну схожість не нижче зазначеної на етикетці за умови зберігання насіння при температурі 5–20 °C та вологості повітря до 70 %. Претензії щодо схожості приймаються протягом 60 днів з дати поставки.
[2] Для подання претензії необхідно: акт відбору зразків за участю представника компанії або незалежної лабораторії, фото етикеток, накладна.
[3] Компенсація: заміна насіння або повернення коштів за неякісну частину партії. Збитки від недобору врожаю не компенсуються.

Питання клієнта: Насіння кукурудзи отримали два місяці і тиждень тому, зійшло погано, десь 70 % замість 95. Ще можна подати претензію? І чи відшкодуєте недобір?"""),
    ("closed_qa", 0, "", """according to this SDS section, can we keep it in the same cabinet as the sodium hypochlorite and the nitric acid?

7.2 Conditions for safe storage: Keep container tightly closed in a dry and well-ventilated place. Store at 2-8 °C. Keep away from heat and sources of ignition. Incompatible materials: strong oxidizing agents, strong acids, acid chlorides. Storage class (TRGS 510): 10."""),
    # interpreting contract terms against the facts -> escalate
    ("closed_qa", 1, "", """Wir sind Nachunternehmer (Trockenbau) bei einem Schulneubau. Der GU will von unserer Schlussrechnung 5 % Sicherheitseinbehalt UND eine Vertragsstrafe von 2,7 % abziehen, weil wir 9 Werktage zu spät fertig waren. Die Verzögerung kam aber, weil die Brandschutzplanung für die Flurwände erst 3 Wochen später freigegeben wurde. Das haben wir damals per E-Mail an den Projektleiter gemeldet, aber nicht über sein Formular. Darf er beides abziehen, wenn man nur nach diesen Bedingungen geht?

Auszug: Allgemeine Vertragsbedingungen für Nachunternehmerleistungen der Hanseatische Generalbau AG (Fassung 01/2024)

§ 4 Ausführungsfristen
(1) Die im Nachunternehmervertrag vereinbarten Ausführungsfristen sind Vertragsfristen.
(2) Der NU hat seine Arbeiten so zu planen, dass die Gesamtleistung zum vereinbarten Termin fertiggestellt ist. Er hat die hierfür erforderlichen Ausführungsunterlagen, die vom GU beizubringen sind, rechtzeitig, spätestens jedoch 15 Werktage vor dem benötigten Termin, schriftlich abzurufen.

§ 5 Behinderung und Unterbrechung
(1) Glaubt sich der NU in der ordnungsgemäßen Ausführung der Leistung behindert, so hat er dies dem GU unverzüglich schriftlich anzuzeigen. Die Anzeige soll unter Verwendung des Formblatts NU-B3 erfolgen.
(2) Als schriftlich gilt auch eine E-Mail, sofern sie an die im Verhandlungsprotokoll benannte Projektadresse gerichtet ist.
(3) Ausführungsfristen werden verlängert, soweit die Behinderung durch einen Umstand aus dem Risikobereich des GU verursacht ist. Die Verlängerung bemisst sich nach der Dauer der Behinderung zuzüglich eines angemessenen Zuschlags für die Wiederaufnahme der Arbeiten.

§ 9 Vertragsstrafe
(1) Überschreitet der NU schuldhaft die vereinbarte Fertigstellungsfrist, so hat er eine Vertragsstrafe von 0,3 % der Netto-Schlussrechnungssumme je Werktag des Verzugs zu zahlen, höchstens jedoch 5 % der Netto-Schlussrechnungssumme.
(2) Die Vertragsstrafe entfällt, soweit der NU die Überschreitung nicht zu vertreten hat.
(3) Der GU muss sich die Vertragsstrafe nicht bei der Abnahme vorbehalten; er kann sie bis zur Schlusszahlung geltend machen.

§ 12 Sicherheiten
(1) Als Sicherheit für Mängelansprüche behält der GU 5 % der Netto-Schlussrechnungssumme für die Dauer der Verjährungsfrist für Mängelansprüche ein.
(2) Der NU ist berechtigt, den Einbehalt durch eine unbefristete, selbstschuldnerische Bürgschaft eines in der EU zugelassenen Kreditinstituts oder Kreditversicherers abzulösen.
(3) Eine Vertragserfüllungssicherheit ist nur zu stellen, wenn dies im Nachunternehmervertrag ausdrücklich vereinbart ist.

§ 13 Aufrechnung
(1) Der GU ist berechtigt, mit eigenen Forderungen gegen Forderungen des NU aufzurechnen, soweit diese unbestritten oder rechtskräftig festgestellt sind.
(2) Forderungen aus Vertragsstrafen gelten als unbestritten, wenn der NU ihnen nicht innerhalb von 10 Werktagen nach Zugang der Geltendmachung schriftlich und begründet widerspricht.

§ 14 Schlussrechnung
(1) Die Schlussrechnung ist prüfbar aufzustellen und innerhalb von 30 Werktagen nach Abnahme einzureichen.
(2) Die Schlusszahlung wird spätestens 30 Kalendertage nach Zugang der prüfbaren Schlussrechnung fällig. Der GU hat bis dahin etwaige Einwendungen gegen die Prüfbarkeit unter Angabe der Gründe mitzuteilen.

§ 15 Schlussbestimmungen
(1) Änderungen und Ergänzungen des Vertrages bedürfen der Schriftform; dies gilt auch für die Aufhebung dieses Schriftformerfordernisses.
(2) Gerichtsstand ist Hamburg.
(3) Sollten einzelne Bestimmungen dieser Bedingungen unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.

Infos zu uns: Die E-Mail ging an projektleitung.schule-nord@hanseatische-generalbau.de, das ist die Adresse aus dem Verhandlungsprotokoll. Die Vertragsstrafe hat der GU mit Schreiben vom 3. Mai geltend gemacht, heute ist der 10. Mai, widersprochen haben wir noch nicht."""),
    ("closed_qa", 0, "", "does the protocol say how long to spin? 'Centrifuge at 4,000 × g for 10 min at 4 °C, discard supernatant, resuspend pellet in 500 µL PBS.'"),
    ("closed_qa", 1, "", """Вот выдержка из условий конкурса. Подходит ли наш проект? Коротко о проекте ниже.

Условия конкурса «Агротех-Старт 2025» (Фонд содействия развитию АПК):
— заявитель: малое предприятие, зарегистрированное не менее 1 года и не более 5 лет на дату подачи заявки (приём заявок с 1 по 30 апреля 2025 г.);
— направление: цифровые технологии в растениеводстве, животноводстве или переработке сельхозпродукции;
— обязательное софинансирование из собственных средств не менее 30 % от суммы гранта;
— результат проекта — опытный образец, прошедший испытания в реальном хозяйстве;
— не допускаются проекты, по которым ранее получено государственное финансирование на ту же разработку.

Наш проект: ООО «ГидроСенс», зарегистрировано в марте 2020, 14 сотрудников. Делаем датчики влажности почвы с LoRa-передачей для тепличных комбинатов. В 2022 получили грант «Старт-1» от Фонда содействия инновациям на первую версию датчика, сейчас хотим делать вторую версию с измерением EC и облачной аналитикой. Собственных средств можем выделить около 25 % от суммы, возможно больше, если инвестор подтвердит. Испытания договорились провести в ТК «Южный»."""),
    ("closed_qa", 0, "You are TurbineDocs, an assistant for Aldmoor Wind service technicians. Answer using only the manual excerpts provided in the message and quote the section number.", """Excerpts:
§ 6.4.2 Blade root bolts (V-series, rotor Ø 112 m): M36 10.9, lubricated with MoS2 paste. Tighten in two passes: pass 1 to 50 % of final torque, crosswise; pass 2 to 2,400 Nm. Verify with hydraulic tensioner at 100 % after 500 operating hours.
§ 6.4.3 Blade root bolts (V-series, rotor Ø 126 m): M39 10.9, tensioning method only, 610 kN pre-load. Torque method not permitted.
§ 6.5.1 Pitch bearing bolts: M30, 1,450 Nm.

Question: what torque do I use on the blade bolts for the 126 m rotor? site lead says 2,400."""),

    # ---------------------------------------------------------------- translation
    ("translation", 0, "", "translate to german for the sign at press line 3: 'Wear hearing protection beyond this point. Do not reach into the die area while the ram is moving.'"),
    ("translation", 0, "Translate German inspection reports into English for our UK customer. Keep numbers, units, names and standard designations unchanged. Output the translation only.", """Prüfbericht Nr. 24-0317
Prüfgegenstand: Schweißnaht an Rahmen R-220, Werkstoff S355J2
Prüfverfahren: Ultraschallprüfung nach DIN EN ISO 17640, Bewertung nach DIN EN ISO 11666, Zulässigkeitsgrenze 2
Ergebnis: Bei Position 340 mm wurde eine Anzeige mit einer Länge von 12 mm oberhalb der Registriergrenze festgestellt. Die Anzeige überschreitet die Zulässigkeitsgrenze. Die Naht ist nachzuarbeiten und erneut zu prüfen.
Prüfer: M. Szymański (Stufe 2)"""),
    # localisation with market adaptation -> escalate
    ("translation", 1, "", """We're launching our inverter in Kazakhstan and Uzbekistan (Russian-language market). Please localise this product blurb into Russian - not word for word, it should read like it was written for local installers (the terms they'd actually use, metric units), and drop the US-specific bits about net metering / the ITC tax credit, replace them with something neutral.

SunHaven HX-10 Hybrid Inverter
Power your home through outages and slash your electric bill. The HX-10 pairs with up to 30 kWh of SunHaven batteries and switches to backup in under 10 ms - your fridge won't even notice. Dual MPPT trackers squeeze every watt out of east-west roofs, and the built-in Wi-Fi lets you watch production from the SunHaven app. Qualifies for the 30% federal ITC and works with every major utility's net metering program. Rated for -13°F to 140°F, NEMA 4X enclosure, 10-year warranty, installs in an afternoon."""),
    ("translation", 0, "", """Переклади англійською, це лист покупцеві з Нідерландів:

Шановний пане ван Дейк,
дякуємо за ваше замовлення на 120 тонн органічної гречки врожаю 2024 року. Підтверджуємо, що партія пройшла лабораторний контроль на залишки пестицидів, протоколи додаємо. Відвантаження плануємо на 12–15 листопада автотранспортом з нашого складу в Житомирській області. Сертифікат органічного виробництва (Control Union) дійсний до березня 2025 року. Якщо потрібні додаткові документи для митниці, будь ласка, повідомте до 5 листопада.
З повагою,
Оксана Мельничук, ФГ «Зелений Лан»"""),
    ("translation", 0, "Translate the user's text from Russian into English for the welding procedure file. Keep technical terms, process numbers and values exactly. Output only the translation.", "Сварку корня шва выполнять методом 141 (TIG) проволокой ER70S-6 диаметром 2,4 мм, заполнение и облицовку — методом 135 (MAG). Температура предварительного подогрева — не менее 100 °C, межпроходная температура — не более 250 °C. После сварки шов подлежит 100 % визуальному контролю и 20 % радиографическому контролю."),
    # legally binding employment clause -> escalate
    ("translation", 1, "", """Bitte ins Ukrainische übersetzen, das bekommen unsere neuen Kollegen aus Lwiw mit dem Arbeitsvertrag. Muss rechtlich sauber sein, also nichts weglassen oder vereinfachen.

§ 6 Arbeitszeit und Überstunden
(1) Die regelmäßige wöchentliche Arbeitszeit beträgt 40 Stunden. Beginn und Ende der täglichen Arbeitszeit richten sich nach den Erfordernissen der jeweiligen Baustelle.
(2) Der Arbeitnehmer ist verpflichtet, im Rahmen des gesetzlich Zulässigen Überstunden zu leisten, soweit dies betrieblich erforderlich ist. Überstunden werden nur vergütet, wenn sie vom Polier oder Bauleiter angeordnet oder nachträglich genehmigt wurden.
(3) Überstunden werden vorrangig durch Freizeit ausgeglichen (Arbeitszeitkonto). Das Arbeitszeitkonto darf 150 Plusstunden nicht überschreiten; darüber hinausgehende Stunden werden mit dem nächsten Monatslohn ausgezahlt.
(4) Fahrzeiten von der Sammelstelle zur Baustelle gelten nicht als Arbeitszeit, es sei denn, der Arbeitnehmer führt das Firmenfahrzeug."""),
    ("translation", 0, "", "переведи на немецкий для рекламации поставщику: «Партия отклонена из-за превышения допуска по наружному диаметру, 17 из 50 деталей вне поля допуска»"),
    ("translation", 0, "", "how do you say 'calibration certificate expired - do not use' in ukrainian? it's for a sticker on the lab balance"),
    # transcreation of slogans -> escalate
    ("translation", 1, "", """We're rolling out our plant safety campaign at the Leipzig and Novosibirsk sites. Can you transcreate these three slogans into German and Russian? They need to stay short and punchy and ideally rhyme or have the rhythm of the English - a literal translation won't work.
1. "Lock it, tag it, try it - then fix it."
2. "No shortcut is worth a shortcut to the ER."
3. "See it. Say it. Sort it."
Give me two options per slogan per language."""),
    ("translation", 0, "", "what does this say in english? it's stamped on a pump that came from our Zaragoza plant: 'Riesgo eléctrico. Desconectar antes de abrir la tapa.'"),

    # ---------------------------------------------------------------- formatting
    ("formatting", 0, "Convert the logger dump to CSV: timestamp,sensor,value,unit. No commentary.", """[2024-11-02 06:00:01] TT-101=71.4degC PT-101=3.82bar FT-101=12.6m3/h
[2024-11-02 06:05:01] TT-101=71.9degC PT-101=3.80bar FT-101=12.4m3/h
[2024-11-02 06:10:01] TT-101=72.3degC PT-101=3.79bar FT-101=--- (comm err)"""),
    ("formatting", 0, "Wandle das Messprotokoll in JSON um. Schlüssel: teil, probe, pruefdatum (ISO), werte (Liste aus Objekten mit merkmal, soll, ist, einheit, io als true/false laut Protokoll). Keine Erklärungen.", """Messprotokoll Welle W-4410, Probe 7, geprüft am 21.03.2024
Ø Lagersitz: Soll 40,000 (+0,018/+0,002) mm, Ist 40,011 mm – i.O.
Rundlauf: Soll ≤ 0,02 mm, Ist 0,015 mm – i.O.
Rauheit Ra Lagersitz: Soll ≤ 0,8 µm, Ist 0,93 µm – n.i.O.
Länge gesamt: Soll 212,0 ±0,1 mm, Ist 211,96 mm – i.O."""),
    # designing a schema for messy data -> formatting; needs judgement
    ("formatting", 1, "", """We're merging field-trial data from 4 partner farms for a nitrogen rate study and everyone sends it differently. Propose one clean table schema (column names, types, units, allowed values) that all of this fits into, and show how each sample row maps into it.

Farm A (xlsx): Plot | Trt | N kg/ha | Yield t/ha @14% | Date harv
  A-12 | T3 | 160 | 8.42 | 14/08/23
Farm B (csv): field_id,rep,treatment_code,n_rate_lb_ac,yield_bu_ac,harvest
  B7,2,N150,134,138.5,2023-08-19
Farm C (notes): "plot 4 rep 1, 120 N (split 60+60), harvested 21 Aug, 7.9 t dry"
Farm D (xlsx, two sheets): Sheet1 plot -> treatment; Sheet2 plot | moisture % | fresh weight kg per plot (plot = 12 m²)
  D-03 -> "N-high (180)"; D-03 | 17.2 | 11.6

Yields need to end up comparable (same moisture basis), and we want to keep the split-application info where it exists."""),
    ("formatting", 0, "", "отсортируй по дате поверки, от ближайшей: манометр МП-100 — 12.09.2025; термометр ТЛ-4 — 03.02.2025; весы ВЛ-210 — 28.11.2024; расходомер ЭМ-2 — 15.06.2025"),
    ("formatting", 0, "", """Зроби з цього таблицю в markdown (колонки: обладнання, інв. номер, відповідальний, наступне ТО):
Компресор Atlas Copco GA30, інв. 00412, відповідає Бондар, ТО до 15.01. Генератор FG Wilson 200 кВА — інв. 00398, Савчук, наступне ТО 02.03. Навантажувач Linde H25, номер 00455, теж Савчук, ТО вже прострочене з 20.12."""),
    ("formatting", 0, "", "convert to SI pls, need it for the test report: 45 psi, 120 °F, 3.5 US gal/min, 18 ft·lb"),
    ("formatting", 1, "", """Engineering and purchasing each keep their own BOM for the AGV-40 drive module and they've drifted apart. Please merge them into one clean table: part_no | description | qty_per_unit | unit | material | supplier | notes. Rules: metric units only (convert inch sizes), one row per part, normalise descriptions (e.g. 'SHCS' = socket head cap screw), and where the two lists disagree on qty, material or supplier, keep the engineering value and explain the conflict in notes. Don't drop anything that appears in only one list - mark it 'ENG only' or 'PUR only'.

--- ENGINEERING BOM (PLM export, rev D) ---
10-0001 Motor housing, machined | 1 | pcs | EN AW-6082 T6 | Feinmechanik Rauch
10-0002 Motor flange | 1 | pcs | EN AW-6082 T6 | Feinmechanik Rauch
10-0005 Output shaft dia 25 h6 x 142 | 1 | pcs | 42CrMo4 QT | Feinmechanik Rauch
10-0011 Planetary gearbox i=20 | 1 | pcs | - | Neugart
10-0020 Deep groove ball bearing 6205-2RS | 2 | pcs | - | SKF
10-0021 Deep groove ball bearing 6004-2RS | 1 | pcs | - | SKF
10-0030 Shaft seal 25x42x7 FKM | 1 | pcs | FKM | Freudenberg
10-0040 Retaining ring DIN 471 25 | 2 | pcs | spring steel | Würth
10-0050 SHCS ISO 4762 M6x20 8.8 zinc | 8 | pcs | steel 8.8 | Würth
10-0051 SHCS ISO 4762 M5x16 8.8 zinc | 6 | pcs | steel 8.8 | Würth
10-0055 Washer ISO 7089 6 | 8 | pcs | steel | Würth
10-0060 Parallel key DIN 6885 A 8x7x32 | 1 | pcs | C45 | Würth
10-0070 Encoder, incremental 2048 ppr | 1 | pcs | - | Kübler
10-0071 Encoder cable 2 m M12 8-pin | 1 | pcs | PUR | Lapp
10-0080 Thermal paste | 0.5 | g | - | Wakefield
10-0090 Nameplate, laser marked | 1 | pcs | stainless 1.4301 | Schilder-Rapp
10-0095 O-ring 90x2.5 NBR 70 | 1 | pcs | NBR | Freudenberg
10-0100 Threadlocker medium strength | 0.2 | ml | - | Loctite
10-0110 Cable gland M16x1.5 | 1 | pcs | PA | Lapp
10-0120 Hex nut ISO 4032 M6 | 4 | pcs | steel 8 | Würth

--- PURCHASING BOM (ERP, last updated 3 weeks ago) ---
10-0001 MOTOR HOUSING | 1 | EA | ALU 6082 | RAUCH GMBH
10-0002 FLANGE MOTOR | 1 | EA | ALU 6061 | RAUCH GMBH
10-0005 SHAFT OUTPUT 1" x 5.6" | 1 | EA | 4140 | RAUCH GMBH
10-0011 GEARBOX PLANETARY 20:1 | 1 | EA | | NEUGART
10-0020 BEARING 6205 2RS | 2 | EA | | SKF
10-0021 BEARING 6004 2RS | 2 | EA | | KOYO
10-0030 SEAL SHAFT 25/42/7 | 1 | EA | NBR | FREUDENBERG
10-0040 CIRCLIP 25 EXT | 2 | EA | | WURTH
10-0050 CAP SCREW M6X20 | 8 | EA | 8.8 ZN | WURTH
10-0051 CAP SCREW M5X16 | 4 | EA | 8.8 ZN | WURTH
10-0055 WASHER M6 FLAT | 8 | EA | | WURTH
10-0060 KEY 8X7X32 | 1 | EA | | WURTH
10-0070 ENCODER 2048 | 1 | EA | | KUBLER
10-0071 CABLE ENCODER 6.5FT | 1 | EA | PVC | LAPP
10-0085 GREASE KLUBER ISOFLEX NBU 15 | 2 | G | | KLUBER
10-0090 NAMEPLATE | 1 | EA | SS | SCHILDER RAPP
10-0095 O-RING 90X2.5 | 1 | EA | NBR 70 | FREUDENBERG
10-0099 PACKAGING CARTON 400x300x300 | 1 | EA | CARDBOARD | SMURFIT
10-0110 GLAND CABLE PG9 | 1 | EA | NYLON | LAPP

At the end, list which conflicts look like real errors we should fix in ERP and which are just naming differences."""),
    ("formatting", 0, "", "Datumsangaben bitte einheitlich nach ISO 8601: 3.4.24, 12/05/2024, 7. Juni 2024, 2024-6-9, 30.06.2024"),
    ("formatting", 0, "", """Plate reader exported this as a grid. Can you turn it into a long table with columns well, sample, dilution, OD600 using the plate map below? Blank wells labelled 'blank', empty wells dropped. Don't compute anything, just restructure.

OD600 (read 2024-06-03 14:22)
     1      2      3      4
A  0.412  0.398  0.205  0.047
B  0.388  0.402  0.199  0.046
C  0.051  0.049  0.048  ---
D  ---    ---    ---    ---

Plate map: A1-A2 WT 1:1; A3 WT 1:2; B1-B2 ΔrpoS 1:1; B3 ΔrpoS 1:2; A4, B4, C1-C3 = LB blank. C4 and row D empty."""),
    # DST ambiguity + unit mix + resampling -> judgement
    ("formatting", 1, "", """Need this utility export cleaned into an hourly CSV: columns timestamp_utc (ISO 8601), meter_id, kwh. Problems: it's local time Europe/Berlin incl. the DST change on 27 Oct, some rows are in Wh not kWh, and Z2 reports 15-min values that need to be summed to hourly.

Zähler;Zeit;Wert;Einheit
Z1;27.10.2024 01:00;412;kWh
Z1;27.10.2024 02:00;398;kWh
Z1;27.10.2024 02:00;405;kWh
Z1;27.10.2024 03:00;390000;Wh
Z2;27.10.2024 01:00;101,5;kWh
Z2;27.10.2024 01:15;99,8;kWh
Z2;27.10.2024 01:30;100,2;kWh
Z2;27.10.2024 01:45;98,9;kWh"""),

    # ---------------------------------------------------------------- open_qa
    ("open_qa", 0, "", "whats the actual difference between Cpk and Ppk? my QE keeps using them interchangeably"),
    ("open_qa", 1, "Interner QM-Assistent der Lenz Automotive Components GmbH.", "180 Leute, bisher nur ISO 9001, ein OEM will IATF 16949 bis Ende nächsten Jahres. Wie angehen, typische Stolpersteine, ist das realistisch?"),
    ("open_qa", 0, "", "что такое коэффициент мощности (cos φ) простыми словами и почему энергосбыт за него штрафует?"),
    # farm advice phrased with "my" is still open_qa
    ("open_qa", 1, "You are FieldMate, an agronomy advisor.", "back 40 soil test: pH 5.3, clay loam, CEC 18. want alfalfa there next spring, what do i do this fall?"),
    ("open_qa", 0, "", "що означає клас бетону C25/30?"),
    ("open_qa", 1, "", "why did european power prices go so crazy in 2022? like the actual mechanism (merit order etc), not just 'russia'"),
    ("open_qa", 0, "", "quick q: what's the difference between fresh concrete testing and hardened concrete testing?"),
    ("open_qa", 1, "", "I'm writing up a field study on pollinator visits across 6 hedgerow treatments and ran pairwise t-tests between all of them (15 comparisons). Reviewer 1 says 'inflated type I error, inappropriate analysis'. What's the right way to handle this - Bonferroni, Tukey, something else, or should I be using a mixed model in the first place since I visited the same sites repeatedly? And how do I report it without it looking like I'm fishing for p-values?"),
    ("open_qa", 0, "", "what does LOTO stand for and when is it actually required?"),
    ("open_qa", 1, "", "переводим котельную (3 котла ДКВр, ~10 Гкал/ч) с мазута на газ. какие главные риски, что придётся согласовывать и сколько это обычно по времени?"),

    # ---------------------------------------------------------------- brainstorming
    ("brainstorming", 1, "", "ideas to cut scrap on our injection molding line? mostly sink marks on the thick ribs, PP, 2-cavity tool"),
    ("brainstorming", 1, "", "Namensideen für unser Startup? Funk-Bodensensoren + Bewässerungs-App für Gemüsebauern. Kurz, international, gern Boden/Wurzel, nicht kitschig wie 'GreenGrow'. 15 Stück bitte"),
    # a few narrow alternatives -> escalate 0
    ("brainstorming", 0, "You write internal comms for Harbrook Utilities.", "3 subject lines for the email about saturday's planned network outage in zone 4"),
    ("brainstorming", 1, "", "накидай штук 20 ненаводящих вопросов для интервью с фермерами Черноземья: почему они не переходят на точное земледелие (экономика, доверие, кадры, господдержка)"),
    ("brainstorming", 1, "You are a continuous-improvement coach at Talvik Aluminium. Help teams generate hypotheses before they collect data; don't jump to a single answer.", "6063 extrusion profiles (window frame section) are coming out bowed after the ageing oven, ~3 mm over 6 m, but only on night shift and only on press 2. Day shift runs the same die and the same billets, no problem. Give me as many hypotheses as you can to check, grouped by 6M, so we can plan the investigation tomorrow."),
    ("brainstorming", 1, "", "ідеї як змусити хлопців на будмайданчику реально носити каски? штрафи вже не працюють"),
    ("brainstorming", 0, "", "3 softer words for 'scrap' (as in rejected parts) for a board presentation, it sounds so negative"),
    ("brainstorming", 1, "", """Need title options for this paper, something that'd work for Environmental Science & Technology - a mix of descriptive and catchy:

We quantified microplastic loads in agricultural soils receiving sewage sludge for 0, 10 and 25+ years across 42 fields in Lower Saxony. Particle counts increased linearly with years of application (mean 1,200 to 8,900 particles/kg dry soil), dominated by polyester fibres and PE fragments. Particles <100 µm were found down to 40 cm, indicating vertical transport by tillage and bioturbation. Our results suggest current sludge regulations, which lack microplastic limits, allow long-term accumulation."""),
    ("brainstorming", 1, "", """Next week I'm doing an on-site process audit at a grey/ductile iron foundry (Gießerei Oberlahn, ~250 people, green sand moulding, induction melting) that supplies brake carriers to us. We've had 3 complaints this year: shrinkage porosity on the bolt bosses, one batch with wrong nodularity (GJS-500 called out, came in at ~70% nodularity), and a mixed-part incident where 12 carriers of the previous revision ended up in a new-revision shipment. Their 8D reports were honestly pretty thin.

Can you give me a solid list of audit questions, grouped by process step (melting & metallurgy, moulding & core making, pouring & cooling, fettling & inspection, traceability & shipping, problem solving), with a few 'show me' requests where I should ask to see evidence rather than just listen?"""),
    ("brainstorming", 1, "", "накидайте идей для дня открытых дверей на нашей ГЭС для школьников 12-15 лет, чтобы не скучно и безопасно"),

    # ---------------------------------------------------------------- creative_writing
    ("creative_writing", 1, "", "write a poem about the night shift at a steel mill, something my dad (30 yrs on the blast furnace) would actually like, no cheesy stuff"),
    ("creative_writing", 0, "", "Schreib mir ne kurze Abwesenheitsnotiz: bin bis 14.8. auf Baustellenbesuch in Polen, in dringenden Fällen Frau Kessler, Durchwahl -214."),
    ("creative_writing", 1, "", "Напиши речь для генерального директора на 50-летие завода «Уралсельмаш». Завод основан в 1975 году, начинали с сеялок, сейчас делаем почвообрабатывающую технику, экспорт в 12 стран. В зале будут ветераны, нынешние рабочие и губернатор. Минуты на три, без канцелярита, можно с одной-двумя историями — например, как в 1998 году цех зимой работал без отопления, но план выполнили."),
    ("creative_writing", 1, "You are the copywriter for Rootline, an agtech company. Write in a confident, plain-spoken voice for farm operators; no buzzwords like 'revolutionary' or 'synergy'.", "Landing page copy for our new product, Rootline Probe S3: capacitance soil-moisture probe, 6 depths down to 90 cm, solar + battery, LTE-M, 5-year battery life, reads every 15 min, app shows 'irrigate in X hours' predictions. $389 per probe + $9/month per probe. Target: row-crop growers with center pivots in Nebraska and Kansas. Need hero headline, subhead, 3 benefit blocks and a CTA."),
    ("creative_writing", 1, "", "напиши казку для садочка (5-7 років) про маленький вітряк, який боявся висоти, а потім зрозумів, що вгорі найкращий вітер"),
    # short formulaic team reminder from scratch -> creative_writing, escalate 0
    ("creative_writing", 0, "Draft short, friendly internal messages for the Velden Labs QA team.", "reminder: calibration records for all pipettes due in the shared drive by friday, audit next week"),
    ("creative_writing", 1, "", """Write a blog post (~500 words) for our institute website announcing the new cryo-EM facility. Notes:
- Titan Krios G4 with Falcon 4i detector and Selectris energy filter, installed in the basement of Building C (vibration-isolated slab, took 14 months to build)
- funded with €6.8M from the state + €1.2M from the Hertel Foundation
- open to external academic users from March; industry access via service contracts
- facility manager: Dr. Ilse Brandvold (joined from EMBL Heidelberg)
- first project: structure of a plant nitrate transporter (Prof. Okafor's group), already at 2.4 Å
- training courses for PhD students start in April, 2 per semester
- should be readable for non-specialists, maybe explain what cryo-EM is in 2 sentences
- end with how to apply (form on the website, 2-page proposal)"""),
    ("creative_writing", 1, "", "Ich bin Bauherr (Einfamilienhaus, Holzrahmenbau) und soll beim Richtfest am Samstag ein paar Worte sagen, so 2 Minuten. Dabei sind die Zimmerei Hollerbach (Meister Jens Hollerbach und 4 Gesellen), unser Architekt Herr Yilmaz, Nachbarn und Familie. Lustig, aber herzlich, gern mit Dank an die Zimmerleute und einem kleinen Seitenhieb aufs Wetter – es hat die ganze Aufrichtwoche geregnet."),
    # reply written from scratch (no draft) -> creative_writing
    ("creative_writing", 1, "", "Need a reply to this customer, he's a long-time account. Facts: his 24 t of CAN 27 was promised for 12 March, arrived 19 March because our bagging line at Ellesmere was down for 5 days (gearbox failure). We're giving him free delivery on his next order and a £6/t credit. He missed his first N application window on 40 ha of winter wheat. Write it from me (Gareth Pryce, Account Manager, Tannerfield Agri) - sincere, no corporate waffle, and don't admit liability for yield loss."),
    ("creative_writing", 1, "", "сочини частушки про агрономов для корпоратива, штук 6, чтобы смешно но без пошлятины. главный агроном у нас Михалыч, вечно со своим пенетрометром ходит"),

    # ---------------------------------------------------------------- reasoning
    ("reasoning", 0, "", "quick one: a 2.5 kW space heater in the site cabin runs 6 h a day for 30 days, how many kWh is that?"),
    ("reasoning", 1, "", "Wie viele Dachziegel braucht man ungefähr für ein normales Einfamilienhaus mit Satteldach, und wie viele LKW-Ladungen wären das? Grob schätzen reicht, aber zeig bitte den Rechenweg mit deinen Annahmen."),
    ("reasoning", 1, "You are a planning assistant for Brennan Civil. Show the final schedule as a day-by-day table.", "We have 3 crews (A, B, C) for a small bridge refurbishment. Tasks (duration in days): 1 traffic management setup 1d, any crew; 2 remove old deck surfacing 3d, after 1; 3 blast & repair bearings 4d, after 2, only crew B is certified; 4 waterproofing membrane 2d, after 3; 5 new surfacing 2d, after 4; 6 parapet repair 5d, after 1, any crew, can run in parallel; 7 line marking 1d, after 5 and 6. Crew C is off on days 4-5. One crew per task. Weather: rain is forecast for day 9, and no membrane or surfacing work can happen on a rain day. What's the shortest schedule and who does what?"),
    ("reasoning", 0, "", "how many kg of N are in 200 kg of ammonium nitrate at 34.4% N?"),
    ("reasoning", 1, "", "supplier runs ~2% defective. we sample 50/lot, accept if ≤1 bad. P(accept)? and if they drift to 5%, P(we reject the lot)?"),
    ("reasoning", 1, "", "Хочу поставити сонячні панелі та акумулятор на дачу, щоб пережити відключення. Споживання: холодильник 150 Вт (працює ~40 % часу), роутер 15 Вт постійно, 4 LED лампи по 10 Вт по 5 годин ввечері, насос 750 Вт — 20 хвилин на день. Відключення до 10 годин поспіль, вечір входить. Акумулятор LiFePO4, глибина розряду 80 %, ККД інвертора 90 %. Яка потрібна ємність у кВт·год? Покажи розрахунок."),
    ("reasoning", 0, "", "I have a 10 mM stock and need 2 mL at 250 µM, how much stock do I pipette?"),
    ("reasoning", 1, "", """Harvest planning - help me figure out if we can get it all in before the rain on the 28th.

Fields (ha, earliest harvest date, distance from yard):
- Home: 85 ha, ready 18th, 0 km
- Ridge: 60 ha, ready 20th, 6 km
- Brook: 120 ha, ready 19th, 11 km
- Top Farm: 45 ha, ready 22nd, 18 km

One combine, 2.8 ha/h effective when cutting, we can run 10 h/day if dry. Moving the combine between fields costs half a day if the fields are more than 5 km apart, nothing otherwise (assume distances between fields are roughly the difference of their distances from the yard). Forecast: the 21st is wet (no cutting), then rain from the 28th for a week. Grain carts and drying aren't a constraint.

Can we finish by end of the 27th? What order should we go in, and if we can't, which field should we hand to the contractor (he needs 2 days' notice)?"""),
    ("reasoning", 0, "", "how many m³ of concrete for a slab 10 x 12 m, 25 cm thick?"),
    ("reasoning", 1, "", "Сравни на 10 лет: газовый котёл (установка 180 тыс. руб., КПД 92 %, газ 7,5 руб/м³, теплота сгорания 9,3 кВт·ч/м³) и тепловой насос воздух-вода (установка 1,1 млн руб., средний сезонный COP 3,2, электричество 5,8 руб/кВт·ч). Дому нужно 18 000 кВт·ч тепла в год. Тарифы растут на 8 % в год для обоих. Окупится ли насос за 10 лет? Посчитай по годам."),

    # ---------------------------------------------------------------- coding
    ("coding", 0, "", "regex to match part numbers like AB-1234-X or AB-12345 (two capital letters, dash, 4 or 5 digits, optional dash + one letter)"),
    ("coding", 1, "", """This runs on an IPC at the plant to log 3 machines over Modbus TCP. Problems after a few hours: (1) it occasionally crashes with "RuntimeError: dictionary changed size during iteration", (2) when press2 is switched off at night the CPU goes to 100% and the oven PLC starts dropping connections, (3) the CSV has the same row repeated hundreds of times when a machine is offline, (4) cycle_count sometimes looks like it jumps by 65536 and then back. Please fix it properly and tell me what else is wrong - it has to run unattended for months.

```python
import threading, time, csv
from pymodbus.client import ModbusTcpClient

PLCS = {"press1": "10.20.1.11", "press2": "10.20.1.12", "oven": "10.20.1.20"}
latest = {}
client_cache = {}

def get_client(ip):
    if ip not in client_cache:
        c = ModbusTcpClient(ip, port=502, timeout=2)
        c.connect()
        client_cache[ip] = c
    return client_cache[ip]

def poll(name, ip):
    while True:
        try:
            c = get_client(ip)
            rr = c.read_holding_registers(100, 10, slave=1)
            if rr.isError():
                print(name, "modbus error", rr)
                continue
            regs = rr.registers
            latest[name] = {
                "ts": time.time(),
                "temp": regs[0] / 10.0,
                "pressure": regs[1] / 100.0,
                "cycle_count": (regs[2] << 16) + regs[3],
                "state": regs[4],
            }
        except Exception as e:
            print(name, "exception", e)
            client_cache.pop(ip, None)
        time.sleep(0.5)

def writer():
    with open("machine_log.csv", "a", newline="") as f:
        w = csv.writer(f)
        while True:
            for name, d in latest.items():
                w.writerow([name, d["ts"], d["temp"], d["pressure"], d["cycle_count"], d["state"]])
            f.flush()
            time.sleep(1)

for name, ip in PLCS.items():
    threading.Thread(target=poll, args=(name, ip), daemon=True).start()
threading.Thread(target=writer, daemon=True).start()

while True:
    time.sleep(60)
```

Console output from last night around when press2 was switched off:

```
press2 exception Modbus Error: [Connection] Failed to connect[ModbusTcpClient 10.20.1.12:502]
press2 modbus error Modbus Error: [Input/Output] No response received after 3 retries
press2 modbus error Modbus Error: [Input/Output] No response received after 3 retries
press2 modbus error Modbus Error: [Input/Output] No response received after 3 retries
... (about 40,000 more lines like this)
oven exception Modbus Error: [Connection] ModbusTcpClient 10.20.1.20:502: Connection unexpectedly closed
Exception in thread Thread-4 (writer):
Traceback (most recent call last):
  File "/opt/mlog/mlog.py", line 43, in writer
    for name, d in latest.items():
RuntimeError: dictionary changed size during iteration
```

The PLC side (Siemens S7-1500 with the Modbus server block) stores cycle_count as a UDInt across registers 102/103, low word first I think, but I'm not 100% sure. We're on Python 3.11 and pymodbus 3.6. Right now it's started with `nohup python3 mlog.py &` from a cron @reboot entry, which I know is ugly.

What I need in the end:
- one CSV per machine per day, rotated at midnight
- a row only when new data has actually been read, with a 'stale' marker if a machine has been unreachable for more than 10 s
- reconnect with backoff so a dead PLC doesn't hammer the network
- clean shutdown on SIGTERM, because it should run as a systemd service
- no third-party deps besides pymodbus if possible

Also, is threading even the right approach or should this be asyncio with the async client? There'll be 12 machines by next year, some behind a flaky Wi-Fi bridge in hall 3. Please explain the reasoning behind each change so I can defend it to the IT security guy who reviews everything that runs on the OT network."""),
    ("coding", 0, "Du hilfst Laborant:innen bei Python-Fehlermeldungen. Erkläre knapp auf Deutsch, was los ist, und gib die korrigierte Zeile an.", """was heißt das? das skript lief letzte woche noch

Traceback (most recent call last):
  File "auswertung_zugversuch.py", line 14, in <module>
    df["Rm_MPa"] = df["Fmax_N"] / df["S0_mm2"]
  File ".../pandas/core/frame.py", line 3761, in __getitem__
    indexer = self.columns.get_loc(key)
KeyError: 'Fmax_N'

Zeile 10-14:
df = pd.read_csv("export_zwick.csv", sep=";", decimal=",")
print(df.columns)
# Index(['Probe', 'Fmax N', 'S0 mm2', 'A %'], dtype='object')
df["Rm_MPa"] = df["Fmax_N"] / df["S0_mm2"]"""),
    ("coding", 1, "", "Designing the database for a small LIMS for our soil lab (~40k samples/yr). Samples come in from farms, get split into aliquots, each aliquot goes through one or more test methods (pH, NPK, texture, heavy metals), methods have versions, results need units and LOQ flags, and we need full chain of custody (who had it, when, where stored) plus an ISO 17025 audit trail (no silent updates). Give me a Postgres schema with the key tables, constraints and indexes, and explain how you'd handle result corrections and method versioning."),
    ("coding", 0, "", "напиши SQL (postgres): средний расход газа по месяцам за 2024 для каждого счётчика, таблица readings(meter_id, ts timestamp, value_m3)"),
    # stats in R, but the deliverable is fixing the code/model spec -> coding
    ("coding", 1, "", """Допоможіть, модель у R видає дивні результати. Польовий дослід: 4 норми азоту × 3 сорти пшениці, 4 повторення (блоки). Хочу перевірити вплив азоту і сорту на врожайність.

library(lme4)
d <- read.csv("yield2024.csv")
str(d)
# 'data.frame': 48 obs. of 4 variables:
#  $ block  : int  1 1 1 1 ...
#  $ N      : int  0 60 120 180 ...
#  $ variety: chr  "Podolyanka" "Bogdana" ...
#  $ yield  : num  4.1 5.3 6.0 6.2 ...
m <- lmer(yield ~ N * variety + (1|block), data = d)
anova(m)
summary(m)

Проблеми: 1) в anova азот має лише 1 ступінь свободи, хоча норм чотири; 2) вилазить попередження "boundary (singular) fit: see help('isSingular')"; 3) p-значень взагалі немає. Що я роблю не так і як правильно?"""),
    ("coding", 0, "Linux shell helper. Reply with one command.", "find all .csv files in the spectrometer folder /data/ftir older than 30 days and gzip them"),
    ("coding", 1, "", """Our MES (Spring Boot) started throwing this after we added the second packaging line. Happens maybe once an hour, always when both lines close a pallet at roughly the same time. Pallet IDs are supposed to be unique per day.

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

Why is this happening and what's the cleanest fix? We can't have gaps in the sequence if at all possible (customer audits check them)."""),
    ("coding", 0, "", "Wie mache ich in git einen neuen Branch für die Prüfplan-Version 3 und pushe den aufs GitLab?"),
    ("coding", 0, "You explain code to lab scientists who are new to R. Be concise.", """what does this do line by line?

ggplot(growth, aes(x = time_h, y = od600, colour = strain)) +
  stat_summary(fun = mean, geom = "line") +
  stat_summary(fun.data = mean_se, geom = "errorbar", width = 0.2) +
  scale_y_log10() +
  facet_wrap(~ medium) +
  theme_bw()"""),

    # ---------------------------------------------------------------- other
    ("other", 0, "You are the help assistant inside the Kestrel Maintenance app for wind technicians.", "thanks, that torque table saved my shift 🙏"),
    ("other", 0, "", "Hallo! Kurzer Test, ob du aus dem Werksnetz erreichbar bist."),
    ("other", 1, "", "honestly I don't know why I'm typing this to a bot. 4th year of my PhD in plant pathology, my PI just presented MY infection assay data at a conference as 'preliminary work from the lab' without my name, and when I brought it up he said that's how it works. I've been sleeping like 4 hours a night for weeks. part of me wants to just quit and go work for a seed company. I don't even know what I'm asking."),
    ("other", 1, "", "Мне 34, восемь лет работаю мастером смены на химзаводе — стабильно, коллектив хороший, но дальше расти некуда. Зовут технологом в стартап по переработке пластика: зарплата +40 %, но контракт на год, и у инвесторов пока деньги только на один раунд. Жена в декрете, ипотека. Не знаю, что выбрать, помоги разобраться."),
    ("other", 0, "", "розкажи анекдот про електриків 😄"),
    ("other", 1, "Role-play: you are Frau Dr. Albrecht, a strict lead auditor from a certification body conducting an ISO 14001 surveillance audit at a mid-sized electroplating company. Stay in character, ask one question at a time, push back on vague answers, and at the end give the user (the environmental manager) feedback on how they did.", "ok I'm ready, let's start. I'm Tomas, environmental manager at Galvanotechnik Rieder."),
    ("other", 0, "You are LabAssist, the internal assistant of the Morrow Institute for Soil Science.", "what model are you actually? and can you read the PDFs I upload or just text?"),
    ("other", 1, "", "Ich bin seit 4 Monaten Bauleiterin, 27, und der Polier auf meiner Baustelle (Ende 50, sehr erfahren) ignoriert meine Anweisungen und bespricht alles direkt mit meinem Chef. Vor den Jungs macht er Sprüche über mich. Ich will keinen Krieg, aber so kann ich nicht arbeiten. Wie gehe ich damit um?"),
    ("other", 0, "", "good morning! how's it going? we had a calving on the farm last night, nobody slept 🐄"),
    ("other", 0, "", "lol the compressor finally died. anyway, good night bot"),
]
