"""Hand-written prompts, batch 3: brainstorming, creative_writing, reasoning."""
H = [
    # ------------------------------------------------------------------ brainstorming, escalate=1
    ("brainstorming", 1,
     "You are Ideaboard, the ideation helper inside the Tessaly product workspace. Reply with a flat bulleted list, no preamble, no closing remarks.",
     "our onboarding checklist for dental clinics feels like homework. ways to make setup less of a chore for the front-desk staff?"),
    ("brainstorming", 1, "",
     "names for a cargo-bike rental in Ghent? has to work in Dutch and English, not too cute"),
    ("brainstorming", 1, "",
     "Wir sind ein kleines Steuerbüro in Graz (6 Leute) und unsere Mandanten werden immer älter. Wie kommen wir an jüngere Kundschaft ran, z. B. Freelancer oder Content Creator? Gern viele Ansätze, auch schräge."),
    ("brainstorming", 1, "",
     """Pasting an export from our field-service tool so you get the picture. Last 30 days, Redhill region, fibre installs:

Booked appointments: 2,184
Completed first visit: 1,611
Customer not home / no access: 298
Technician late > 2h, customer cancelled: 117
Wrong equipment on van: 64
Landlord permission missing (flats): 71
Duct blocked, needs civils team: 23

Some free-text notes from techs:
- "Rang twice, no answer, neighbour said she's at work till 6"
- "Customer thought the slot was 8-12 not 12-5"
- "Building manager had no idea we were coming, couldn't get to the comms room"
- "SMS reminder went to the old number on the account"
- "Customer rebooked 3 times already, said he'd given up"

Our ops director wants a long list of ideas to cut the 'not home / no access' and landlord buckets before winter. Anything from comms, scheduling, incentives, partnerships with letting agents, whatever. Don't worry about cost yet."""),
    ("brainstorming", 1, "",
     """Summary of the proposal going to the Digital Board (Radiology, Halden Vale Trust):

From March, patients referred for a routine (non-urgent) MRI will receive a text message with a link to choose their own appointment from available slots across our three scanners (two at the main site, one mobile unit that rotates between Corby Street and Wellsend community hospital). Patients can book, move or cancel up to 48 hours before. The portal will show only slots that match the scan's duration and protocol (e.g. contrast scans only when a radiographer with cannulation sign-off is rostered). Safety screening (pacemakers, implants, claustrophobia, pregnancy) moves to an online questionnaire at booking; the radiographer re-checks on the day. Urgent, inpatient and paediatric scans stay on the current phone-booking process.

Before it goes to the board I want a red-team list: everything that could go wrong with this, clinical, operational, IT, equity and patient experience. As many as you can think of, grouped loosely, don't rank them."""),
    ("brainstorming", 1, "",
     "ideas for an escape room set in a 1920s insurance office?? need actual puzzle concepts not just decor lol"),
    ("brainstorming", 1, "",
     "¿Se te ocurren cosas para aprovechar los 30-40 minutos que esperan los clientes en la sala de espera de nuestra clínica veterinaria? Que no sea poner la tele, porfa."),
    ("brainstorming", 1, "",
     "物流センターの夏場の熱中症対策、現場ですぐできるアイデアをできるだけたくさん挙げてください。空調の増設は予算的に無理です。"),
    ("brainstorming", 1,
     "You are the internal knowledge assistant of Orvane Mutual (home and contents insurance). Use the retrieved passages below as background. You may go beyond them when generating ideas, but mark any claim taken from a passage with [n].",
     """[1] Leak-sensor pilot, 2024: 3,000 policyholders offered a free smart water-leak sensor. 19% requested one; 61% of those actually installed it.
[2] Escape-of-water claims are our largest home claim category by cost: average £4,870, median repair time 38 days.
[3] Customer interviews: "I didn't know where to put it", "worried it would spy on me", "needed an app I didn't want", "forgot about the email".
[4] Installed sensors triggered 212 alerts; 31 were real leaks caught early, estimated saving £96k.
[5] Partners already on our panel: two plumbing networks, one smart-home retailer (Hollin Tech).

User question: we want installs up to at least 40% of eligible customers next year. Give me a broad set of ideas to raise uptake and installation, from messaging to product to partnerships."""),
    ("brainstorming", 1, "",
     "MSc supply chain student here, thesis topic ideas around cold chain for vaccines in rural areas? like 8-10 angles I can bring to my advisor meeting thursday"),
    ("brainstorming", 1, "",
     "我们是一家做宠物殡葬服务的小公司，想在清明节前后做一些有温度的内容，不要太商业化。大家有什么点子？越多越好。"),
    ("brainstorming", 1, "",
     "주말에만 여는 플리마켓 운영하는데 비 오는 날엔 손님이 반도 안 와요. 대비할 만한 아이디어 좀 많이 주세요."),
    ("brainstorming", 1, "",
     "Quais brincadeiras dá pra fazer numa festa junina de empresa de software sem ficar forçado? Manda umas 15, tem muita gente tímida no time."),
    ("brainstorming", 1, "",
     "plot hooks for a cyberpunk one-shot where all the PCs are insurance adjusters. go wild"),
    ("brainstorming", 1, "",
     """Comment cards from the Geology Hall, Aldermoor Museum of Natural History (Jan-Mar):

"My kids ran through it in 4 minutes. It's just rocks in glass boxes."
"The labels are tiny and full of words like 'metamorphic facies'. I felt stupid."
"Loved the big amethyst geode, wish I could touch something."
"Too dark. Couldn't read anything."
"Where are the volcanoes?? My son asked for volcanoes the entire visit."
"The earthquake table is broken again."
"Retired geologist here. The collection is world-class, the presentation is 1985."
"Nothing about the local quarries and my grandad worked in one for 40 years."
"Benches please."

We have a modest refresh budget (no full redesign until 2028) and one part-time educator. I'd like a long list of ideas to make the hall more engaging for families and casual visitors without dumbing it down for specialists. Include low-cost ones we could try within a month."""),
    ("brainstorming", 1, "",
     "أبغى أفكار أسماء لتطبيق حجز ملاعب كرة قدم خماسية في الرياض، تكون قصيرة وسهلة النطق وتنفع بالعربي والإنجليزي."),
    ("brainstorming", 1, "",
     "A customer just emailed asking whether we do corporate gifts. We're a two-person loose-leaf tea shop. What could we actually offer? products, packaging, services, pricing models, throw everything at me"),
    ("brainstorming", 1,
     "Grants office assistant, Halloway Institute for Coastal Research. For the abstract the user sends, propose 10 follow-up research questions that vary in method (field, lab, modelling, social science) and in scale. One line each.",
     "Abstract: We monitored seagrass (Zostera marina) meadows at 14 sites along the Carrow Estuary between 2019 and 2024 using drone imagery and diver transects. Total meadow area declined 23%, with losses concentrated near two marinas and a wastewater outfall. Sites with higher boat mooring density showed circular scour patches consistent with chain moorings. Two sites recovered partially after advanced mooring systems were installed in 2022. Epiphyte load correlated with summer nitrogen peaks, and shoot density at the outfall sites fell by almost half after the 2021 storm overflow events. We discuss implications for mooring regulation and nutrient management."),
    ("brainstorming", 1, "",
     "On organise le séminaire annuel d'un cabinet d'expertise comptable (45 personnes) en Bretagne fin septembre. Vous auriez des idées d'activités qui ne soient ni du paintball ni un escape game ? Profils très variés, certains marchent peu."),
    ("brainstorming", 1, "",
     "how could a rural bus route in eastern Montana get more riders? 2 runs a day, mostly seniors going to the clinic in town. need ideas for the county board"),
    ("brainstorming", 1, "",
     "Mi servono spunti per un progetto di educazione civica in terza media sul consumo di suolo, con almeno un paio di uscite sul territorio. Siamo in provincia di Treviso."),
    ("brainstorming", 1, "",
     "debate prep. motion: 'cities should ban private cars from downtown.' we're proposition. list every counterargument the opposition could throw at us so we can prep rebuttals"),
    ("brainstorming", 1, "",
     "Eczanemiz için müşteri sadakat programı fikirleri lazım. İlaçta indirim yapmamız yasak, o yüzden başka neler yapabiliriz?"),
    ("brainstorming", 1, "",
     "हमारे कोचिंग सेंटर में बच्चे मॉक टेस्ट छोड़ देते हैं। उन्हें हर हफ्ते टेस्ट देने के लिए प्रेरित करने के कुछ नए तरीके सुझाइए।"),
    ("brainstorming", 1, "",
     """Below is the transcript (auto-generated, lightly cleaned) of last Wednesday's staff town hall at Ferncliffe General Hospital, parking segment only. Estates has asked me to pull together options before the board meets on the 21st.

---
CHAIR (Deborah Quayle, Director of Estates): Right, parking. I know this is the one you've all been waiting for. Quick facts first. We have 1,140 staff spaces and roughly 2,300 staff on site across a normal weekday, more when the day and night shifts overlap between 07:00 and 08:00. The multi-storey extension was cancelled in the spring when the capital funding went to the new endoscopy unit. That's not coming back for at least three years. So I'm not here to promise a car park. I'm here to listen.

SPEAKER 1 (staff nurse, Ward 9): I start at 07:30. If I arrive after 07:05 there's nothing, so I'm circling the estate and then parking on Holloway Road, and the residents leave notes on my windscreen. One of them let my tyres down in March. I'm not exaggerating.

SPEAKER 2 (consultant, radiology): I'll be honest, I have a reserved space and I feel a bit guilty about it. But I'm also on call and I need to get here in twenty minutes at 3am. Whatever we do, on-call staff need a guarantee.

SPEAKER 3 (porter): Half of us live in Eastmoor. There's a bus, the 47, but the first one gets here at 07:10 and we start at 07:00. And it's £4.60 a day return, which is a lot on our wage.

CHAIR: Noted. I didn't know the timing was off by ten minutes. That's useful.

SPEAKER 4 (physio, outpatients): Our clinic patients can't park either. We've had patients miss appointments because they spent half an hour looking for a space. Then it counts as a DNA against them. That's not fair on them.

SPEAKER 5 (junior doctor): A lot of us would cycle but there's one shower for the whole of the main building and the bike shelter isn't covered. My bike got stolen from it in January. Security said there's no camera on that side.

SPEAKER 6 (admin, medical records): I work part-time, three days a week, but I pay the full monthly permit because there isn't a part-time option. That's £38 a month for twelve days of parking.

SPEAKER 7 (midwife): Night shift is a different problem. When I come in at 19:30 it's fine, but walking back to the far end of the overflow car park at 08:00 after twelve hours is grim in winter. The lighting out there is terrible and I've been followed once.

CHAIR: I'm sorry to hear that. Did you report it?

SPEAKER 7: Yes. Nothing happened.

SPEAKER 8 (pharmacy technician): Could we not use the retail park? The garden centre on Millford Lane has a huge car park that's empty most weekdays.

SPEAKER 9 (facilities): People also park in the ambulance bays on the north side when they're desperate, which is dangerous. We had two near-misses last month.

SPEAKER 10 (HR business partner): Just flagging that we've got 60 vacancies and at least three candidates this quarter turned down offers and mentioned parking or travel. It's a recruitment issue now, not just a comfort issue.

SPEAKER 11 (healthcare assistant): Car sharing sounds great but nobody knows who lives near them. There's no way to find each other. And shifts change week to week.

CHAIR: OK, I'm going to stop there because we're over time. Thank you, genuinely. Nothing is off the table except building a new car park.
---

What I need from you: a long, wide-ranging list of ideas to tackle this, covering demand (getting fewer cars here), supply (using existing space better), fairness (who gets priority) and safety. Note which speaker's concern each idea addresses. Include some unconventional ones. We'll cost them afterwards, so don't filter for budget."""),
    ("brainstorming", 1, "",
     "gamification ideas for a pension app. yes, a pension app. people under 35 literally never open it"),
    ("brainstorming", 1, "",
     "Burza mózgów: jak namówić sąsiadów z bloku do segregowania śmieci? Mamy wspólną wiatę śmietnikową, ciągle jest tam bałagan, a wspólnota ma mały budżet."),
    ("brainstorming", 1, "",
     """Context dump before you answer:

- Moved our weekly newsletter (approx 48k subscribers, B2B, mostly facilities managers) from Postwren to Sendvale on 2 Sept.
- Open rate: avg 41% over the previous 12 sends, 28% over the 5 sends since the move. Click rate went from 3.1% to 2.9%, so a much smaller drop.
- Sending domain is the same, but Sendvale uses its own shared IP pool for accounts under 100k emails/month.
- We re-imported the list from a CSV export; 1,900 contacts had 'unsubscribed' status in Postwren but the export field was named differently.
- New template is Sendvale's drag-and-drop one, heavier images.
- Send time now lands around 02:00 our time because Sendvale's scheduler uses the account time zone, which is set to UTC (we're in Chicago).
- Apple Mail Privacy Protection: no idea how each tool counts those opens.

Brainstorm every plausible explanation for the open-rate drop, including ones not obvious from the above. I'll test them against data afterwards, so breadth matters more than being right."""),
    ("brainstorming", 1,
     "Design copilot for Brambleforge Games. The team (5 people) is prototyping 'Tidewrack', a 2D action-platformer. Keep suggestions feasible for a small team.",
     "enemy ideas for the sunken-cathedral level. they can't all be fish"),
    ("brainstorming", 1, "",
     "Welke randactiviteiten kunnen we rond de halve marathon van Zwolle organiseren, zodat ook mensen die niet lopen naar de binnenstad komen?"),
    # ------------------------------------------------------------------ brainstorming, escalate=0
    ("brainstorming", 0, "",
     "Gib mir fünf Alternativen für den Button-Text „Absenden“ im Kontaktformular."),
    ("brainstorming", 0,
     "You generate values for QA fixtures. Output one value per line, nothing else.",
     "8 fictional Portuguese surnames"),
    ("brainstorming", 0, "",
     "epic name ideas for the 'move logging to OpenTelemetry' work in jira? 3 or 4"),
    ("brainstorming", 0, "",
     "Dame tres nombres cortos para la carpeta compartida del proyecto de auditoría 2025."),
    ("brainstorming", 0,
     "For the product record in the user message, suggest exactly 5 search keywords shoppers might type. Return them comma-separated, lowercase, nothing else.",
     "title: Dino Chill Lunch Bag | category: kids lunch bags | features: insulated, wipe-clean lining, dinosaur print, name tag"),
    ("brainstorming", 0, "",
     "alternative titles for a slide that currently says 'Q3 Numbers'? 3 options, less boring"),
    ("brainstorming", 0, "",
     "社内勉強会のタイトル案を3つください。テーマはExcelのピボットテーブル入門です。"),
    ("brainstorming", 0, "",
     "possible values for a cancellation_reason dropdown on a gym membership cancel form? 6ish"),
    ("brainstorming", 0, "",
     "Trois idées de titre pour l'atelier de jeudi sur les mots de passe, court et pas ringard svp"),
    ("brainstorming", 0, "",
     "need 4 plausible fake hotel names for a booking demo, European vibe"),

    # ------------------------------------------------------------------ creative_writing, escalate=1
    ("creative_writing", 1, "",
     "limerick about our CFO's undying love for pivot tables. affectionate, she'll see it"),
    ("creative_writing", 1,
     "You are Quill, copywriting assistant for Marrowgate Wines. Brand voice: earthy, dry wit, never snobbish. Avoid tasting-note clichés such as 'notes of'.",
     "back-label story for the 2022 Grenache from the old hillside block that nearly got bulldozed for a car park in 2009. ~80 words"),
    ("creative_writing", 1, "",
     "Escríbeme un monólogo de stand-up de unos 2 minutos sobre intentar darse de baja del gimnasio. Humor blanco, es para una cena de empresa."),
    ("creative_writing", 1, "",
     "Kannst du eine kurze Gutenachtgeschichte schreiben über einen Baukran, der nachts Angst im Dunkeln hat? Für meinen Sohn, 4 Jahre, er liebt Baustellen."),
    ("creative_writing", 1, "",
     """It's the 25th birthday of Spokes & Sprockets on Saturday and I (Marguerite, the owner) have to say a few words in the shop after closing. About 40 people: staff old and new, regulars, my mum. Notes:

- opened 2000 in a former butcher's on Tannery Lane, the meat hooks are still in the ceiling, we hang wheels on them
- first day takings: £14 and a puncture repair paid in homemade flapjack
- Declan, my first hire, was 16 and couldn't fix a chain, he now runs the Wetherby branch
- the 2012 cycling boom tripled business for a summer, then it dropped back and we nearly closed in 2014
- the kids' bike library since 2017: 600+ bikes given out
- my late dad built the workbench, it's still the main bench
- I want to thank the customers who paid their bills in advance during Covid so we could keep paying staff

Write it so it sounds like me talking (Yorkshire, plain speaking, a bit dry), 3 minutes, no cliché ending about 'the next 25 years'."""),
    ("creative_writing", 1, "",
     "villanelle about waiting for biopsy results. quiet, not melodramatic"),
    ("creative_writing", 1, "",
     "夏休みの最後の日をテーマに、小学校低学年向けの短いお話を書いてください。主人公は商店街の駄菓子屋で暮らす猫です。"),
    ("creative_writing", 1, "",
     """This is the email we got this morning:

"Hello. On 3 October I left my husband's watch with you for a new battery. It is a gold Rotary from the 1970s, with an engraving on the back, 'R & J 1974'. He died in August and it was the one thing of his I wear every day. Your colleague said it would be ready in a week. I have now been in three times and each time I'm told it is 'being looked for'. Today a young man told me it may have been 'put in the wrong bag'. I am trying very hard to be patient but I don't think you understand what this watch is. I would like to know, honestly, whether you have lost it. Jean Morrow"

We have lost it. We've searched the whole workshop twice. I'm the owner. I want to write back to her myself, today. Honest that it's lost, genuinely sorry, not a template, and I want to offer to meet her in person. We'll keep searching and we'll pay whatever she thinks is fair, but I know money isn't the point."""),
    ("creative_writing", 1, "",
     "Écris une chanson pour les 10 ans de la crèche « Les Petits Castors », sur l'air de Frère Jacques, avec les prénoms des éducatrices : Nadia, Solène et Fatou."),
    ("creative_writing", 1, "",
     """Lore doc for our tabletop campaign setting (shared with players):

The Saltbound Reaches are a chain of islands built on the backs of sleeping leviathans. Every 70 years one of them wakes and an island sinks. The Cartographers' Guild predicts which one by reading the tides; their predictions are sold, and the rich move early. The poor stay, because the Guild charges for the charts and the ferry captains charge whatever they want.

The next waking is due in the spring. The Guild has said it will be Lanternfall, the fishing island, and there is already panic in its harbour. But one apprentice cartographer, Ysolde Marr, found an error in the old tide tables. She believes it is actually Greyhaven, where the Guild itself has its headquarters.

Factions: the Guild (secretive, rich), the Ferrymen's Union (greedy but proud), the Lanternfall Fisherfolk (stubborn, superstitious), the Tidewardens (a small order of monks who claim to speak to the leviathans).

Write a short story (800-1000 words) from Ysolde's point of view on the night she realises the mistake. Atmospheric, end on a decision, not a resolution."""),
    ("creative_writing", 1, "",
     "cold open for a sitcom set in a county tax assessor's office. one page, script format, three characters"),
    ("creative_writing", 1, "",
     "以外卖骑手的视角写一首现代诗，写暴雨天的城市，不要太煽情，二十行以内。"),
    ("creative_writing", 1, "",
     "اكتب خاطرة قصيرة عن أول مناوبة لي كممرضة في قسم الطوارئ، بأسلوب صادق وبسيط، من غير مبالغة."),
    ("creative_writing", 1,
     "Responde sempre em português europeu.",
     "Preciso de um discurso curto para a inauguração da nova biblioteca da escola, dito pela diretora. Emotivo mas sem exagero, uns 2 minutos. A biblioteca tem o nome de uma antiga auxiliar, a D. Amélia."),
    ("creative_writing", 1, "",
     "rap battle: Excel vs Google Sheets, 4 bars each, 3 rounds, keep it clean it's for the finance offsite"),
    ("creative_writing", 1, "",
     "회사 창립 10주년 영상에 들어갈 내레이션 원고 좀 써줘. 1분 분량이고, 잔잔하게 시작해서 마지막엔 벅찬 느낌으로. 우리는 부산에 있는 작은 물류 회사야."),
    ("creative_writing", 1,
     "Tavernly, a game-master helper. Write only in-world text; never mention rules, stats or dice.",
     "wanted poster for a halfling who stole the baron's prize goose. make it funny, ~100 words"),
    ("creative_writing", 1, "",
     """Job ad (excerpt): Community Pharmacist, Thornbury Health Collective. We're looking for someone who'll get to know our patients by name, run our minor-ailments clinic, and help us launch a home-delivery service for housebound patients. Part-time options considered. Welsh speakers welcome.

My notes:
- 9 yrs community pharmacy, last 4 as manager at a busy high-street chain branch in Cardiff
- set up a blister-pack service for 120 patients
- ran flu clinics, ~1,500 jabs per season
- conversational Welsh (still learning, Level 3 evening classes)
- want to leave the chain because targets > patients, but don't want to trash my employer
- carer for my dad 2 days a week, need part-time (3 days)
- grew up in a village with no pharmacy, my gran relied on a delivery van

Write a cover letter in my voice, warm, specific, not grovelling, under 350 words."""),
    ("creative_writing", 1, "",
     "Scrivi una filastrocca in rima per insegnare ai bambini dell'asilo a lavarsi bene le mani, 8-10 versi, con un ritornello facile da ripetere."),
    ("creative_writing", 1, "",
     "Letter from a climate scientist in 2050 to her 2025 self. Hopeful but honest about what we lost. ~300 words."),
    ("creative_writing", 1, "",
     "मेरी बहन की शादी के संगीत के लिए एक मज़ेदार गाना लिखो। दूल्हा हर बात को क्रिकेट से जोड़ देता है और दीदी को क्रिकेट से नफ़रत है।"),
    ("creative_writing", 1, "",
     """Release notes, Ledgerly 4.8 (internal build):

- Fixed: invoices with more than 99 line items no longer crash the PDF export
- Fixed: the "Mark as paid" button now actually marks invoices as paid in Safari
- Changed: currency rounding now uses banker's rounding for JPY and KRW
- New: bulk reminder emails, up to 500 customers at once
- New: dark mode for the reports page
- Known issue: recurring invoices created before 2021 still show the old logo
- Removed: the fax integration (used by 3 customers, all notified)

Für die Sprint-Demo am Freitag hätte ich gern was Lustiges: mach daraus eine kurze Geschichte (ca. 300 Wörter, auf Englisch), erzählt vom Bugtracker selbst, der sich von den behobenen Bugs verabschiedet und über den einen meckert, der noch offen ist. Die Fakten müssen stimmen."""),
    ("creative_writing", 1, "",
     "100-word flash fiction, exactly 100, about the last payphone at a motorway service station"),
    ("creative_writing", 1, "",
     "Schrijf een afscheidsgedicht voor juf Marieke van groep 8, vanuit de kinderen. Iets over haar rode fiets en het schoolreisje waarbij de bus pech kreeg."),
    ("creative_writing", 1,
     "You ghostwrite the annual shareholder letter for Dalby Farrow, CEO of Millbrook Cooperative Bank (fictional). First person, plain, warm, no jargon, no forward-looking financial promises.",
     "Opening two paragraphs. Theme: the week the high-street branch flooded and the staff ran it out of a borrowed camper van for 9 days."),
    ("creative_writing", 1, "",
     "monologue for the villain in our community theatre panto: an HOA president drunk on power over lawn heights. 1 min, big energy"),
    ("creative_writing", 1, "",
     "Sevgilim için 5. yıldönümü mektubu yazar mısın? İlk buluşmamız Moda sahilinde çay içerek geçmişti, o gün yağmur yağıyordu. Duygusal ama klişe olmasın."),
    ("creative_writing", 1, "",
     """Raw transcript, oral history interview #12, Dunmore Valley Heritage Project. Speaker: Wilf Ashby, 84, retired steam and diesel driver.

"I started on the footplate in '57, cleaning engines at Dunmore shed. Fourteen years old, nearly. You'd come home black, my mother made me strip in the yard. First time I fired an engine up the bank to Crossgill I was sick over the side, and the driver, Alf Penrose, he just handed me a rag and said 'now you're a railwayman.' ... The winter of '63 we were stuck in a drift at Hobb's Cutting for two days. We burned the sleepers, ate what the guard had. A farmer walked out across the fields with a churn of soup. I never knew his name. ... When they closed the line in '68 I drove the last train. People stood on the bridges. Nobody cheered. They just took their caps off."

Could you write the narrated intro for the podcast episode (around 150 words, read by our presenter), using his story but not quoting too much? Tone: quiet, respectful, a little wonder."""),
    ("creative_writing", 1, "",
     "opening narration for a nature documentary about the office fridge, hushed wildlife-narrator style. the yoghurt has been there since March"),
    # ------------------------------------------------------------------ creative_writing, escalate=0
    ("creative_writing", 0, "",
     "Messaggio di risposta automatica: sono in ferie fino al 2 settembre, per urgenze scrivere a Lucia Ferrante (l.ferrante@brisavetri.example)."),
    ("creative_writing", 0, "",
     "thank you card for the physio team, 1-2 lines, from me (knee surgery in may)"),
    ("creative_writing", 0,
     "Write a one-sentence birthday message for the employee record below. Warm, professional, max 25 words. Output the sentence only.",
     "name: Tomasz Wrona | team: Payroll | birthday: today"),
    ("creative_writing", 0, "",
     "tweet for our webinar on 5 May about the new EU VAT rules for online sellers, under 200 chars, put [link] where the link goes"),
    ("creative_writing", 0, "",
     "退職する同僚に送る一言メッセージ。チャットでさっと送れるくらいの短さで。"),
    ("creative_writing", 0, "",
     "sign for the bakery door: closed this Tuesday for a family thing, back Wednesday. friendly, short"),
    ("creative_writing", 0, "",
     "Ein Satz für die Weihnachtskarte an unsere Lieferanten, bitte nicht zu steif."),
    ("creative_writing", 0, "",
     "帮我写一句朋友圈文案，配图是公司团建去爬山的合照，轻松一点。"),
    ("creative_writing", 0, "",
     "short congrats msg to Adaeze for passing her CPA, going in the team chat 🎉"),
    ("creative_writing", 0,
     "Microcopy generator for Plinth HR. Output one line under 70 characters, friendly, no exclamation marks.",
     "screen: time-off requests | state: empty (no requests yet)"),
    ("creative_writing", 0, "",
     "two-line verse for a fortune cookie about patience"),

    # ------------------------------------------------------------------ reasoning, escalate=1
    ("reasoning", 1, "",
     "3 people each roll a d20. what's the chance at least two of them get the same number?"),
    ("reasoning", 1, "",
     """Need to decide which carrier to use for tomorrow's pallet shipments. Rate cards:

Carrier A (Brightway Freight): £38 per pallet base + £0.62 per km per drop. Max 2 pallets per drop at base rate, 3rd+ pallet to the same address is £22 each. Fuel surcharge 9% on the total.
Carrier B (Ormsby Haulage): flat £95 per drop up to 120 km, then £0.80 per km beyond 120 km, up to 10 pallets per drop. No fuel surcharge. Tail-lift £15 per drop if needed.
Carrier C (Pellin Express): £1.05 per km per drop, minimum £70 per drop, any number of pallets; 5% discount on the day's total if we give them 4 or more drops.

Shipments:
1. Harrogate, 46 km, 2 pallets, needs tail-lift
2. Lincoln, 118 km, 4 pallets
3. Carlisle, 205 km, 1 pallet
4. Hull, 96 km, 3 pallets, needs tail-lift
5. Skipton, 38 km, 1 pallet

Carriers A and C include tail-lift in the price. We can mix carriers. What's the cheapest assignment and the total? Show the per-drop comparison."""),
    ("reasoning", 1, "",
     "Fermi estimate: litres of coffee a 2,000-person office campus drinks per year. state assumptions and give a range, not one number"),
    ("reasoning", 1, "",
     "Five interns (Abi, Ben, Cato, Dee, Eli) each got a different locker, numbered 1-5 in a row. Abi's locker is next to Eli's. Ben is in an even-numbered one. Cato is at one end. Dee is somewhere to the left of Ben but not next to him. Eli has a higher number than Abi. Find every arrangement that works."),
    ("reasoning", 1, "",
     """Hier die zwei Angebote vom Autohaus Berger für den Firmenwagen (Kombi, Listenpreis 38.000 €):

LEASINGANGEBOT
Laufzeit: 36 Monate
Leasingsonderzahlung: 3.000 €
Monatliche Rate: 349 € (inkl. Wartungspaket)
Laufleistung: 20.000 km/Jahr, Mehr-km 0,08 €/km
Überführung und Zulassung: 1.090 € einmalig
Rückgabe am Ende, Schäden nach Gutachten

FINANZIERUNGSANGEBOT (Kauf)
Kaufpreis nach Rabatt: 35.400 € inkl. Überführung
Anzahlung: 5.000 €
Effektiver Jahreszins: 4,9 %, Laufzeit 36 Monate, keine Schlussrate
Wartung geschätzt 450 €/Jahr (selbst bezahlt)
Geschätzter Restwert nach 3 Jahren: 21.500 €

Wir fahren ca. 24.000 km im Jahr, das Auto wird zu 100 % betrieblich genutzt und nach drei Jahren sowieso ersetzt. Das Geld für die Anzahlung läge sonst auf dem Tagesgeldkonto zu 2,5 %. Was ist über die 3 Jahre unterm Strich günstiger? Bitte mit Rechenweg (Monatsrate beim Kredit ausrechnen) und kurz sagen, welche Annahmen das Ergebnis kippen könnten. Steuerliche Effekte bitte weglassen."""),
    ("reasoning", 1, "",
     "prove that among any 6 people at a party there are either 3 who all know each other or 3 who are all strangers. my daughter's maths club problem, she wants the proof not just the answer"),
    ("reasoning", 1, "",
     "I need to fit 6 exams (Bio, Chem, Maths, Physics, History, French) into Mon-Thu, morning or afternoon slots. Students overlap between Bio+Chem, Maths+Physics and Chem+Maths, so those pairs can't be on the same day. History must be Monday (external examiner). French can't be Thursday. Max 2 exams per day. Give a valid timetable and explain how you got there."),
    ("reasoning", 1, "",
     "Un lot de 500 pièces contient 4 % de pièces défectueuses. On en prélève 20 au hasard sans remise. Quelle est la probabilité qu'aucune ne soit défectueuse ? Comparez avec l'approximation binomiale et dites si l'écart est important."),
    ("reasoning", 1, "",
     "Tengo que repartir 7 guardias de fin de semana entre 4 médicos del centro de salud. La Dra. Ibarra no puede en las dos primeras, el Dr. Soler no quiere hacer dos seguidas y nadie puede hacer más de 2. ¿Cuántos repartos posibles hay? Y dame uno que sea lo más equilibrado posible."),
    ("reasoning", 1, "",
     "SaaS question. We have 5,000 customers, churn is 4%/month, we add 300 new ones a month. Where does the customer count level off, and roughly how many months until we're at 90% of that?"),
    ("reasoning", 1,
     "You are RouteDesk, the planning assistant for Veldt Logistics fleet planners. Use only the figures in the user's message. Show your working.",
     """Tomorrow's job: 18 t of chilled goods from our Rotterdam depot to a customer in Lyon. Two options:

Option 1 - direct by road: 1,010 km. One truck (max 24 t). Fuel consumption 31 L/100 km loaded, diesel €1.68/L. Tolls €142. Driver cost €34/hour; average speed 72 km/h incl. stops; max 9 h driving per day, so an overnight is needed (€95 allowance + €60 secure parking).
Option 2 - road to Duisburg (230 km), rail to the Lyon Vénissieux terminal (€1,150 flat per unit, departs 22:00, arrives 16:00 next day), last mile 18 km by a partner truck (€180). Same fuel and driver rates for the first leg, but the driver then returns empty to Rotterdam (230 km at 24 L/100 km).

The customer wants delivery before 18:00 the day after tomorrow; we can load at 06:00 tomorrow.

Which option is cheaper, does each meet the deadline, and at what diesel price would the two cost the same?"""),
    ("reasoning", 1, "",
     "サイコロを3つ振ったとき、出た目の合計が10になる確率は？数え方も説明してください。"),
    ("reasoning", 1, "",
     "父亲今年的年龄是儿子的4倍，20年后父亲的年龄是儿子的2倍。父子现在各多少岁？再过多少年父亲的年龄正好是儿子的1.5倍？请写出过程。"),
    ("reasoning", 1,
     "당신은 한빛저축은행(가상)의 고객 상담 챗봇입니다. 고객의 언어로 답하고, 계산은 단계별로 보여주세요.",
     "적금 vs 예금 비교 좀. A: 매달 50만원씩 24개월, 연 4.5% 단리. B: 지금 1,200만원 한 번에 넣고 연 3.8% 월복리 2년. 이자소득세 15.4% 빼고 세후 이자가 어느 쪽이 더 많아요?"),
    ("reasoning", 1, "",
     "drop rate is 1.5% per kill. how many kills do I need for a 90% chance of getting at least one? and what's the median number of kills to the first drop"),
    ("reasoning", 1, "",
     """Organising the Eastside Sunday 5-a-side league for autumn. 8 teams, single round robin (everyone plays everyone once). We have 2 pitches and 3 time slots each Sunday (10:00, 11:00, 12:00), so up to 6 matches per Sunday. Rules:
- No team plays twice on the same Sunday.
- Red Kites and Hollow Lane share players, so they can't play in the same time slot (different pitches is still a clash).
- Mill Street can only play at 12:00 (their keeper works mornings).
- The final Sunday must include Red Kites v Anchor Rovers (last year's top two).
Teams: Red Kites, Anchor Rovers, Hollow Lane, Mill Street, Bramley Saints, Pearl City, Old Boys 04, Foxwood.

What's the minimum number of Sundays, and can you give a full fixture list that meets all the rules?"""),
    ("reasoning", 1, "",
     "दो ट्रेनें 360 किमी दूर दो स्टेशनों से एक-दूसरे की ओर चलती हैं, एक 70 किमी/घंटा और दूसरी 50 किमी/घंटा से, लेकिन दूसरी ट्रेन 30 मिनट देर से चलती है। वे कब और पहले स्टेशन से कितनी दूरी पर मिलेंगी? हल चरण-दर-चरण समझाइए।"),
    ("reasoning", 1, "",
     "Tenho R$ 15 mil no cheque especial a 8% ao mês. O banco me ofereceu um consignado a 1,9% ao mês em 24 parcelas pra quitar. Quanto eu economizo no total comparando com pagar o cheque especial em 24 meses também? Mostra as contas."),
    ("reasoning", 1, "",
     "Quattro colleghi (Aldo, Bruna, Ciro e Dalia) ordinano quattro pizze diverse: margherita, diavola, quattro formaggi e capricciosa. Aldo non mangia piccante. Bruna è vegetariana e non ha preso la margherita. Dalia ha scelto una pizza con il prosciutto. Chi ha ordinato cosa? Spiega il ragionamento e dimostra che la soluzione è unica."),
    ("reasoning", 1, "",
     "monty hall but with 4 doors: I pick one, the host (who knows) opens 2 empty ones, then I can switch to the last closed one. odds if I switch vs stay? and what if the host opens doors at random and just happens to show 2 empties"),
    ("reasoning", 1, "",
     """Arrivals by hour at the Kellbrook Urgent Treatment Centre, average weekday over the last 8 weeks:

08-09  11
09-10  19
10-11  22
11-12  20
12-13  17
13-14  18
14-15  16
15-16  15
16-17  14
17-18  17
18-19  21
19-20  16

Triage takes about 6 minutes per patient on average (it varies, treat it as roughly exponential). We currently roster 1 triage nurse all day plus a second from 10:00 to 14:00. The unit manager thinks 1 is enough after 14:00; the nurses disagree and say the evening peak is when people walk in after work.

Target: average wait for triage under 15 minutes in every hour. How many triage nurses do we need in each hour? Use a simple queueing model, state your assumptions, and point out which hours are tight."""),
    ("reasoning", 1, "",
     """Quick one for the board pack. Revenue by region (£m):

region,2021,2022,2023,2024
North,1.82,1.95,2.31,2.40
South,3.10,3.05,3.22,3.51
East,0.64,0.88,1.02,1.19
West,2.45,2.20,2.61,2.98
Central,1.12,1.30,1.29,1.44

Notes from finance: West lost most of Q3 2022 to the warehouse fire, and North absorbed some of West's customers during that period, some of whom stayed. East opened its second branch in mid-2022. Prices rose about 6% across all regions in January 2023. Central lost its biggest account (about £0.1m a year) at the end of 2022.

Questions: (1) which region has the highest compound annual growth 2021-2024? (2) does the ranking change if we measure from 2022 instead? (3) if East and Central keep their 2021-24 CAGR, in which year does East overtake Central? (4) roughly how much of the growth is just the 2023 price rise? Show workings."""),
    ("reasoning", 1, "",
     "ثلاثة صناديق: واحد فيه تفاح، وواحد فيه برتقال، وواحد فيه خليط، وكل الملصقات خاطئة. يُسمح لك بسحب فاكهة واحدة فقط من صندوق واحد دون النظر داخله. كيف تعرف محتوى كل صندوق؟ اشرح لماذا تنجح الطريقة."),
    ("reasoning", 1, "",
     "Kumbarada toplam 64 madeni para var, hepsi 1 TL ya da 5 TL'lik ve toplam 200 TL ediyor. Kaç tane 5 TL'lik var? Sonra 5 TL'liklerin yarısını harcarsam kumbarada kaç TL kalır? Adım adım çözer misin?"),
    ("reasoning", 1, "",
     "jar: 3 red, 5 blue. draw 2 without putting the first back. prob they're different colours?"),
    ("reasoning", 1, "",
     "4 roommates, rooms are 14, 11, 11 and 8 m², total rent €2,200. one of the 11s has a balcony we agreed is worth an extra €60/month. what's a fair split by area? show it so nobody can argue"),
    # ------------------------------------------------------------------ reasoning, escalate=0
    ("reasoning", 0, "",
     "45 min at 80 km/h, how far is that"),
    ("reasoning", 0, "",
     "750 g for 4.20 or 1 kg for 5.40 - which is cheaper per kg?"),
    ("reasoning", 0, "",
     "Wie viel sind 2,5 % Skonto auf 1.840 €?"),
    ("reasoning", 0,
     "Unit conversion microservice. Reply with the number only, rounded to 1 decimal.",
     "68 in -> cm"),
    ("reasoning", 0, "",
     "¿Cuántos días hay del 3 de marzo al 17 de abril? Sin contar el primer día."),
    ("reasoning", 0, "",
     "1ドル152円だと350ドルはいくら？"),
    ("reasoning", 0, "",
     "gross margin % if unit cost is 12 and price is 20?"),
    ("reasoning", 0, "",
     "Combien de secondes dans une journée ?"),
    ("reasoning", 0, "",
     "3.6公斤苹果平均分给5个人，每人多少克？"),
    ("reasoning", 0,
     "Compute the chargeable weight of the shipment as max(actual_kg, L*W*H/5000) with dimensions in cm. Output CW=<kg> rounded to 0.1, nothing else.",
     "shipment 88213 | actual_kg 12 | dims 60x40x40"),
    ("reasoning", 0, "",
     "is 391 prime?"),
    ("reasoning", 0, "",
     "3/8 als percentage?"),
    ("reasoning", 0, "",
     "O aluguel é 2.400 reais e vai subir 4,5%. Vai ficar quanto?"),
    ("reasoning", 0, "",
     "valid or not: 'if the server's overloaded, latency spikes. latency spiked, so the server was overloaded.' one word + the name of the fallacy"),
]
