"""Hand-written prompts, batch 2: brainstorming, creative_writing, reasoning."""
H = [
    # ------------------------------------------------------------------ brainstorming, escalate=1
    ("brainstorming", 1,
     "You are Spark, the ideation assistant built into Lumenboard, a collaborative whiteboard for product and ops teams. Return ideas as sticky-note lines of at most 12 words, one per line, no numbering, no intro.",
     "HMW get warehouse pickers to actually report near-misses instead of shrugging them off"),
    ("brainstorming", 1, "",
     """Exit survey verbatims, Northline Mobile prepaid customers who ported out in May (sample of 14):

- "Data ran out on day 20 every month and the top-up was a rip-off."
- "Switched because my daughter's plan at Kestrel was cheaper for the same gigs."
- "App kept logging me out. Couldn't even see my balance."
- "No signal inside my building in Harlow, been like that for a year."
- "Honestly I didn't leave, the autopay failed and the number got recycled?"
- "roaming in Spain cost me 38 quid for like two days"
- "Nobody told me my promo price was ending."
- "Store staff were great but the phone line was 45 min wait"
- "Wanted eSIM, you didn't support it on my phone"
- "Price went up twice in a year"
- "I only use WhatsApp, I don't need minutes, why am I paying for them"
- "Kestrel gave me free music streaming lol"
- "coverage on the train to work is dead for 20 mins"
- "Felt like a loyal customer got nothing, new customers get all the deals"

Marketing wants a long list of retention offers or product tweaks we could pilot next quarter to stop this kind of churn. Not just discounts. Group them however makes sense and flag which ones are cheap to test."""),
    ("brainstorming", 1, "",
     "社内ハッカソンのテーマ案を15個ほど出してください。うちは自動車部品メーカーで、IoTや予知保全あたりに関心がありますが、現場の作業者もエンジニアと一緒に参加しやすいテーマがいいです。"),
    ("brainstorming", 1,
     "Eres el asistente interno de Recursos Humanos del Grupo Hospitalario San Telmo. Responde siempre en español y con un tono cercano.",
     "Estamos perdiendo enfermeras jóvenes del turno de noche en el hospital de Valladolid. La subida salarial ya se está negociando aparte, así que no me digas 'pagar más'. ¿Qué otras cosas podríamos probar para retenerlas? Piensa en horarios, formación, descanso, detalles del día a día... cuantas más ideas mejor."),
    ("brainstorming", 1,
     "Context: you support the Community Engagement team at Brightwater Borough Council (fictional). Use the retrieved passages where relevant and cite them as [n]; you may also propose ideas that go beyond them.",
     """[1] Harlan Fields Park (4.2 ha) footfall survey 2024: weekday visits averaged 310, down 22% from 2019. 61% of visitors were dog walkers; under-18s made up 6%.
[2] Residents' panel, March: 'There's nothing to do there after 4pm in winter', 'the toilets have been closed since the pandemic', 'feels unsafe near the old bowling green'.
[3] The bowling club dissolved in 2022; its pavilion (80 m2, kitchen, no heating) is council-owned and unused.
[4] Parks capital budget 2025/26: £140k available across all sites; the Harlan Fields bid cap is £35k. Revenue budget is frozen.
[5] Local groups that have asked about space: Brightwater Chess Club, a Ukrainian community choir, two youth football teams, Open Hands food bank.

Question from the parks officer: can you come up with a wide list of ways to bring more people, especially teenagers and evening users, into Harlan Fields? Mix quick wins and bigger swings, and say roughly what each would need from the £35k."""),
    ("brainstorming", 1, "",
     "my roguelike has cursed items but every curse is just -X% to some stat and it's boring af. brainstorm curses that change HOW you play. 20+, the weirder the better, but they have to be implementable in a turn-based grid game"),
    ("brainstorming", 1, "",
     "We're a 12-person law firm in Leeds, mostly residential conveyancing. With the leasehold reforms coming in, what new service lines or packaged offerings could we build? Think freely, I'll vet feasibility with the partners later."),
    ("brainstorming", 1, "",
     "Tenho um restaurante pequeno na Baixa do Porto (28 lugares, cozinha tradicional). Às terças e quartas ao jantar fica praticamente vazio. Que ideias me dás para encher essas noites sem estragar a imagem da casa?"),
    ("brainstorming", 1, "",
     """Transcript excerpt: Fenwick Home & Garden, regional ops call, 14 Oct

Dana (Area Mgr): Footfall across the six stores is down 9% year on year, and Saturday mornings are the only slot that's holding up.
Raj (Store 4): We tried the loyalty double-points week. Bumped basket size a bit, didn't bring new people in.
Mei (Marketing): Our Facebook reach is fine, but people click and don't come. The sense I get is they browse online, buy online.
Dana: Online is up 14%, so it's not that people stopped gardening.
Tom (Store 2): Honestly the garden centre bit is dead from November to February. It's just pallets of compost and a Christmas aisle.
Raj: The café in Store 4 is the one thing people mention. Pensioners sit there for hours.
Mei: Can we do workshops? The Store 1 team ran a wreath-making evening last year, sold out in two days, but nobody owned it after that.
Tom: Staffing is the problem. We're at minimum rota already.
Dana: OK. Let's not solve it on this call. I'll ask for ideas.

---
Using this call, generate as many experiment ideas as you can to get people physically into the stores between November and February, including ones nobody on the call mentioned. For each, one line on what we'd measure."""),
    ("brainstorming", 1, "",
     """Quick background from the retrospective cohort analysis (draft, not peer reviewed):

We looked at 2,814 patients aged 70+ across the four Marrow Valley Health clinics, 2021-2024. 612 were on Velmorin (a once-daily blood-pressure drug added to our formulary in 2021) and 2,202 were not. Over a median 19 months of follow-up, the fall rate was 0.41 per patient-year in the Velmorin group vs 0.59 in the non-Velmorin group (crude rate ratio 0.70). Velmorin patients were slightly younger (median 76 vs 79), more often seen at the Eastgate clinic (which ran a falls-prevention pilot in 2022), and more likely to have had a medication review in the past year. Prescribing was at GP discretion; Velmorin is not recommended for patients with orthostatic hypotension.

Before anyone gets excited: list every plausible confounder, bias or alternative explanation you can think of that could produce this result. Long list please, it's for the analysis-plan meeting. Don't rank them yet."""),
    ("brainstorming", 1, "",
     "year 5 unit on fractions, half the class says they hate maths. hook ideas?? real world stuff, games, anything that isnt a worksheet"),
    ("brainstorming", 1, "",
     "For a fraud-team workshop at a motor insurer: what non-obvious signals might indicate a staged collision? Aim for breadth: data points from claims, telematics, repair invoices, social and network patterns."),
    ("brainstorming", 1, "",
     "نحتاج أفكاراً لحملة توعية عن الادخار موجّهة للشباب بين 18 و25 سنة في الإمارات، على إنستغرام وتيك توك. أريد أفكاراً غير تقليدية، وليس مجرد نصائح مالية مملة."),
    ("brainstorming", 1, "",
     "हमारी छोटी कपड़ों की दुकान है जयपुर में, दिवाली सेल के लिए कुछ अलग तरह के आइडिया बताओ। बजट बहुत कम है, और ऑनलाइन भी थोड़ा प्रमोशन करना है।"),
    ("brainstorming", 1, "",
     "last-mile: ~11% of our parcel deliveries fail first attempt bc nobody's home. throw every idea you've got at me, tech + non-tech, even dumb ones"),
    ("brainstorming", 1, "",
     "Idee per rendere più coinvolgente la newsletter interna di un'azienda metalmeccanica di 400 dipendenti, metà dei quali in produzione e senza email aziendale?"),
    ("brainstorming", 1, "",
     """Before Thursday's design review I want a big, messy list of edge cases and failure scenarios for the feature below: things QA, support and firmware should worry about. Don't filter, don't solve, just list (aim for 40+), grouped loosely.

=== PRD: Away Mode 2.0 (Halcyon H3 thermostat) ===
Owner: Product, Home Climate. Status: Draft v0.7. Last edit: Odalys P.

1. Background
Away Mode 1.0 lets users manually set the H3 to an eco setpoint when they leave. Telemetry shows only 18% of households ever enable it, and of those, 40% forget to turn it off, which generates the single largest category of support tickets ("house was cold when I got back"). Competitors now offer automatic presence detection.

2. Goal
Automatically switch the home to an eco setpoint when nobody is home and back to comfort before the first person returns, with no manual action, while keeping energy savings of at least 8% over a heating season.

3. Presence signals
- Phone geofencing via the Halcyon app (iOS and Android), radius configurable 200 m to 5 km.
- Motion sensor built into the H3 unit (PIR, 5 m range, hallway placement typical).
- Optional Halcyon room sensors (up to 6 per home), each with motion and temperature.
- Calendar integration (opt in), reads only events tagged "travel".
A home is considered Away when all enrolled phones are outside the geofence AND no motion has been seen for 45 minutes. It is considered Returning when any enrolled phone enters a pre-heat radius, computed from the home's thermal model so that comfort temperature is reached on arrival.

4. Household members
Each household can enroll up to 8 phones. Guests can be given a temporary access link which does not enroll their phone for geofencing. Pets: users can set a "pets at home" floor temperature, default 16 °C.

5. Heating systems supported
Gas boiler (on/off and OpenTherm modulating), heat pumps (with a minimum runtime of 20 minutes enforced by the manufacturer), electric radiators via relay, and district heating valves. Pre-heat time estimates come from the thermal model, which needs 14 days of history to be reliable; before that a default of 60 minutes is used.

6. Overrides
- Manual change on the device or app always wins until the next scheduled event.
- "Vacation" (existing) takes precedence over Away Mode.
- Frost protection at 7 °C can never be overridden.

7. Notifications
Push notification when the home switches to Away and when pre-heat starts. Users can mute these. If the Halcyon cloud is unreachable, the device falls back to its local schedule after 30 minutes.

8. Privacy
Location is evaluated on the phone; only the enter/exit event is sent to the cloud. Data is kept 30 days. Users in the EU must give explicit consent per phone.

9. Rollout
Beta to 2,000 homes in the Netherlands and Germany in October, general availability in January. Feature flag per home. Firmware 4.12 required; roughly 9% of the installed base is on firmware older than 4.0 and cannot upgrade.

10. Success metrics
Energy saving of at least 8% vs. the 2024 baseline (degree-day normalised); "cold on return" tickets down 50%; enablement rate of at least 45% of eligible homes.

11. Open questions
- Should a single motion event during Away (e.g. a cat) cancel Away?
- How do we treat a phone with location permission set to "while using the app"?
- Shift workers who come home at 3 am: does pre-heat wake them up via boiler noise?"""),
    ("brainstorming", 1, "",
     "Vacant ground-floor retail unit in a mixed-use block, 140 m2, flats above, and the residents already complained about noise from the last tenant (a gym). What kinds of tenants or uses could work here? Go broad, I'm pitching options to the landlord next week."),
    ("brainstorming", 1,
     "Internal assistant for staff of the Department of Transport Services, Province of Westmarch. Staff use you for drafting and ideation. Do not invent statistics.",
     "ideas to cut the 14-week backlog for road test appointments without hiring more examiners? we can change process, scheduling, tech, partnerships. need a long list for the director's session on monday"),
    ("brainstorming", 1, "",
     "podcast about municipal water systems (yes, really). episode ideas that would hook people who've never thought about pipes? like 12"),
    ("brainstorming", 1, "",
     "Kadıköy'de kafe açıyorum ama kedi temalı olmasın, zaten her yerde var. Akılda kalan, Instagram'da paylaşılacak ama gösterişli olmayan konsept fikirleri verir misin?"),
    ("brainstorming", 1, "",
     """Cutover weekend for our DC-to-cloud migration is 3 weeks out. High-level runbook below. I want a big list of everything that could go wrong (even unlikely stuff) so the team can work out mitigations together on Wednesday.

Runbook outline v3
Fri 18:00  change freeze starts; customer banner goes live
Fri 20:00  stop batch schedulers, drain Kafka consumers on-prem
Fri 21:00  final Oracle -> Aurora sync via DMS; Postgres logical replication cutover for 22 smaller DBs
Sat 02:00  flip DNS (TTL lowered to 60s on Monday) for public endpoints; internal endpoints via new private zones
Sat 04:00  start ~140 services in the cloud in dependency order (from the CMDB export)
Sat 08:00  smoke tests by app teams, 31 teams on a bridge call
Sat 14:00  go/no-go; rollback window closes Sun 06:00
Sun        hypercare; on-prem kept read-only for 14 days
Notes: the payment HSMs stay on-prem and are reached over the new dedicated link; 3 legacy apps have hard-coded IPs; the CMDB is known to be ~80% accurate."""),
    ("brainstorming", 1, "",
     "Bedenk ideeën voor een teamuitje voor onze thuiszorgmedewerkers. Ze werken in ploegendienst, dus het moet ook haalbaar zijn voor wie nachtdienst heeft. Budget ongeveer €60 per persoon."),
    ("brainstorming", 1, "",
     "给我们的二手教材小程序想一些拉新活动，预算不多，目标用户是大学生，开学季之前要上线。越多越好，最好有几个能自己传播起来的。"),
    ("brainstorming", 1, "",
     """★☆☆☆☆ "Can't split a bill with someone who doesn't have the app. Useless for group dinners."
★★☆☆☆ "Love the budgeting, hate that I can't export to my accountant."
★★★★☆ "Great except no dark mode, my eyes at 1am..."
★★☆☆☆ "Why does it take 3 days for a transfer to another bank??"
★★★☆☆ "Savings pots are cute but I want them to auto-round-up from my card spend"
★☆☆☆☆ "Locked out after changing phone, support took a week"
★★★★★ "Best bank app I've used. Wish I could share a pot with my partner though"
★★☆☆☆ "notifications are either everything or nothing"
★★★☆☆ "Would pay for a kids card linked to my account"
★★★★☆ "Cashback offers are all for places I never go"

^ latest store reviews for Pennywise (our neobank app). PM here. Use these as a springboard and come up with a long list of feature ideas, including some that go beyond what people literally asked for."""),
    ("brainstorming", 1, "",
     "gift ideas for my PhD supervisor 🎓 she's into birdwatching and old sci-fi paperbacks, budget under 50€, something that wont look like im sucking up lol"),
    ("brainstorming", 1, "",
     "Angles for a short explainer video series (phone-length, vertical) on inflation aimed at 15-year-olds? We're a credit union. Want a dozen or more concepts with a hook line each."),
    ("brainstorming", 1, "",
     "how can we reuse the offcuts from our aluminium extrusion line instead of selling them as scrap at €1.10/kg? list creative options incl. stuff with local schools/makerspaces"),
    ("brainstorming", 1, "",
     """Hallo zusammen,

anbei der Verlauf, damit ihr Bescheid wisst:

---
Von: Katrin Vogt
An: Orga-Team Sommerfest
Betreff: Sommerfest 2025 - wir brauchen ein neues Konzept

Liebe Leute, das letzte Sommerfest (Grillen auf dem Parkplatz, Band, Tombola) kam bei der Umfrage nur auf 2,9 von 5. Kritik: zu laut, für Familien mit kleinen Kindern langweilig, die Kolleginnen und Kollegen aus der Spätschicht konnten gar nicht kommen. Budget bleibt bei 18.000 € für ca. 350 Mitarbeitende plus Familien.

---
Von: Jens Arslan
Viele aus der Produktion wünschen sich etwas am Wochenende, die Verwaltung lieber unter der Woche. Schwierig.

---
Von: Miriam Okoye
Vielleicht kein einzelnes Fest, sondern mehrere kleinere Formate? Außerdem haben wir seit diesem Jahr die Kolleg:innen aus dem Werk in Zwickau dabei, 120 km entfernt.
---

Könnt ihr mir auf Basis dieser Mails so viele unterschiedliche Ideen wie möglich sammeln, gern auch ungewöhnliche? Ich stelle sie nächste Woche im Orga-Team vor."""),
    ("brainstorming", 1, "",
     """Puesto: Técnico/a de mantenimiento de aerogeneradores - Parque Eólico Sierra de Alcaraván (Albacete)
Empresa: Ventisca Renovables S.L.

Funciones:
- Mantenimiento preventivo y correctivo de aerogeneradores de 3,6 MW (multiplicadora, sistema de pitch, generador).
- Trabajos en altura (hasta 110 m) y en espacios confinados.
- Diagnóstico de fallos con SCADA y registro de intervenciones en el GMAO.
- Coordinación con el centro de control remoto en Zaragoza durante las paradas.

^ interviewing for this on Tuesday, 3 candidates. can you brainstorm a long list of behavioural + scenario questions we could ask (safety culture, working at height, troubleshooting under time pressure, teamwork on remote sites)? mixing English and Spanish is fine, the panel is bilingual. Requirements below in case useful:

Requisitos:
- FP de Grado Superior en Electricidad, Mecatrónica o similar.
- Certificado GWO vigente (BST y BTT) o disposición a obtenerlo.
- Carné B y disponibilidad para guardias de fin de semana (1 de cada 4).
- Se valorará experiencia con turbinas de otros fabricantes y nivel B1 de inglés."""),
    # ------------------------------------------------------------------ brainstorming, escalate=0
    ("brainstorming", 0, "",
     "need 5 more fake street names for the Dutch test addresses, same vibe as Kanaalweg, Molenstraat, Achterom. made-up ones if possible"),
    ("brainstorming", 0, "",
     "hashtags for our pumpkin loaf launch post? 6 max, just the tags"),
    ("brainstorming", 0, "",
     "Drei kurze Alternativen für den Betreff „Erinnerung: Rechnung überfällig“, bitte etwas weniger streng."),
    ("brainstorming", 0, "",
     "Podaj 5 propozycji nazw kanału na Slacku dla zespołu od płatności. Krótkie, małymi literami, z myślnikami."),
    ("brainstorming", 0, "",
     "회의실 이름 8개만 추천해줘. 우주 테마인데 행성 이름은 빼고, 두세 글자로."),
    ("brainstorming", 0, "",
     "other words for 'leverage' that don't sound like a consultant wrote them? 4-5 is plenty"),
    ("brainstorming", 0, "",
     "Suggest six snake_case column names for a field holding the timestamp of a user's most recent login."),
    ("brainstorming", 0,
     "Task: generate SEO title candidates for product pages of Alder & Pine Outdoor. For the product record in the user message, output exactly 3 title options, each under 60 characters, as a JSON array of strings. No other text.",
     "sku: AP-TNT-2P-GRN | name: Ridgeline 2 | type: backpacking tent | capacity: 2 | weight: 1.6 kg | season: 3 | colour: forest green"),
    ("brainstorming", 0, "",
     "3 icebreaker qs for a 15-min standup w/ the new interns, nothing cringe"),
    ("brainstorming", 0, "",
     "Trois idées d'objet pour le mail qui annonce le déménagement des bureaux au 1er mars ? Court, svp."),

    # ------------------------------------------------------------------ creative_writing, escalate=1
    ("creative_writing", 1, "",
     """Notes for Gus's send-off (I'm terrible at speeches, please turn this into something I can read out in ~3 min, warm and a bit funny, not cheesy):

- Gus Halvorsen, warehouse manager at the Kettering DC, retiring after 27 years
- started as a forklift driver in 1998, "temporarily" while he looked for a job in radio
- knows every pallet location by heart, people swear he can hear a mis-pick from the office
- famous for the Tuesday bacon rolls, paid for himself, every week, for 20-odd years
- got us through the 2013 flood (pumps, sandbags, slept in the canteen two nights)
- trained at least half the current supervisors including me
- terrible taste in music, plays the same dad-rock CD in the yard office on repeat
- moving to Norfolk with his wife Lorna to restore a narrowboat
- the team is giving him a brass ship's bell engraved with "Last call, Gus"
- audience: ~80 people, warehouse floor, hi-vis, it'll be noisy"""),
    ("creative_writing", 1,
     "You are StoryNest, the bedtime story generator in the Lullo kids' app. Write 300-400 words, gentle and calm, no villains or danger, present tense, and end with the child drifting off to sleep. Use the child's name and interests from the profile.",
     "name: Inès\nage: 5\nloves: snails, the colour yellow, grandpa's little fishing boat\nlanguage: English"),
    ("creative_writing", 1, "",
     "Écris un poème en alexandrins sur la fermeture de la dernière filature de la vallée, ton mélancolique mais pas misérabiliste, une vingtaine de vers."),
    ("creative_writing", 1, "",
     "Ich brauch einen Poetry-Slam-Text, so 3 Minuten, übers Warten auf die Regionalbahn im Winter. Gern mit Wortspielen, aber mit einem ernsten Moment am Ende."),
    ("creative_writing", 1,
     "Tallowlight Studio narrative tool. Role: narrative writer for Gloamreach, a dark-fantasy survival game. Match the established tone: terse, weathered, occasional dry humour. Never mention game mechanics or UI.",
     "Need the journal entry found on the lighthouse keeper's body in the Salt Marsh zone. He's been alone 3 winters, the light went out 9 days ago, he suspects the fog is alive. ~250 words, last entry trails off."),
    ("creative_writing", 1, "",
     "product launch story for our compostable coffee pods, told by one of the pods. 200 words, cheeky, ends with it becoming soil for a tomato plant. brand is Grounded Co."),
    ("creative_writing", 1, "",
     "定年退職される部長への寄せ書き用に、5行くらいの短い詩を書いてください。部長は釣りと落語が趣味で、口癖は「まあ、なんとかなる」です。"),
    ("creative_writing", 1, "",
     "Hazme la letra de una cumbia sobre el teletrabajo: el wifi que se cae, el perro ladrando en la reunión, la cámara apagada. Que tenga un estribillo pegadizo."),
    ("creative_writing", 1, "",
     """INC-2291 timeline (UTC)
02:14 alert: checkout-api 5xx rate > 20%
02:16 on-call (Bea) acks, starts looking at dashboards
02:23 suspects payment provider, opens ticket with them
02:41 provider says all green on their side
02:58 Lior joins, notices cert on internal gateway expired at 02:13
03:05 attempt to rotate cert via automation fails: automation used the same expired cert to auth
03:30 manual rotation needs break-glass creds, the vault approver is asleep
03:52 second approver found (Ngozi, in Lagos, on her lunch break)
04:07 cert rotated, 5xx drops to baseline
04:20 incident closed. ~£61k in failed orders, partly recovered by retries
Root cause: cert expiry reminder emails went to a distribution list deleted in the March reorg.

This is going in our retro on Friday. Mood is grim. Turn it into a sea shanty the team can sing (badly): verses following the timeline, a chorus about the expired cert. Blameless, nobody gets mocked."""),
    ("creative_writing", 1, "",
     """INT. COUNTY EMERGENCY DISPATCH CENTRE - NIGHT

A low room lit by monitors. Rain on the high windows. MARGUERITE OYELARAN (50s, headset, cardigan over her uniform) eats cold noodles with one hand and types with the other. Beside her, DEV CHAUHAN (23), first week on the job, stares at a silent console.

DEV
Is it always this quiet?

MARGUERITE
Never say that word.

A line lights up. Dev freezes. Marguerite nods at him: go on.

DEV
(too fast)
Emergency services, what's the address of your emergency?

Silence on the line. Then: breathing. A child's voice, whispering.

CHILD (V.O.)
I'm not allowed to call you.

Dev looks at Marguerite. She slides her noodles aside and puts on her second earpiece.

---
continue this scene for 2-3 pages. keep it grounded, no action-movie stuff. the call should turn out to be something other than what Dev (and the audience) assumes. Marguerite coaches him without taking over."""),
    ("creative_writing", 1, "",
     "헤어진 지 1년 된 사람에게 끝내 보내지 않을 편지를 써줘. 담담한데 읽으면 아픈 느낌으로. 너무 길지 않게."),
    ("creative_writing", 1, "",
     "Escreva um conto curto de ficção científica passado numa favela do Rio em 2140, onde a água potável virou moeda. Protagonista: uma menina que conserta filtros."),
    ("creative_writing", 1, "",
     """Brief from our L&D team for the palliative care training module (video 4 of 6):

Scene: a family room on the ward. Character: Rosa, hospice nurse, 50s, calm, has done this many times but never sounds routine. She's speaking to Martin, 40s, whose father (Des, 81, advanced lung cancer) has stopped eating over the past four days. Martin is frustrated and scared; he has asked twice whether they're "just going to let him starve" and wants a feeding tube discussed.

Learning goals: trainees should see how to explain that reduced appetite is part of the dying process, validate the son's feelings without agreeing to the feeding-tube idea, offer practical things he can do (mouth care, sips, sitting with him), and leave the door open for the conversation with the doctor.

Constraints: about 90 seconds spoken, Rosa speaks, Martin's interjections allowed but short. No clichés ("he's in a better place"), no jargon dumps.

Please draft Rosa's monologue."""),
    ("creative_writing", 1, "",
     """Listing details:
3-bed semi, 1934, Copperbeech Road. South-facing garden with an old pear tree that still fruits. Original parquet in the hallway (a bit scuffed). Kitchen redone 2019, big island. Box room upstairs currently used as a darkroom, the sellers were photographers. Loft insulated last year. 8 min walk to the primary school, 12 to the station. Downsides we must be honest about: small bathroom, and one side of the house gets street noise from the bus route. Freehold, council tax band D, no onward chain. Asking £415,000.

Can you do the description as a letter the house writes to whoever lives there next? Charming, but it still has to give the buyer the real facts (incl. the downsides, said gently). About 250 words."""),
    ("creative_writing", 1, "",
     "Scrivi un racconto di circa 500 parole ambientato in una pasticceria di Napoli l'ultimo giorno prima della chiusura definitiva. Il punto di vista è quello del forno."),
    ("creative_writing", 1, "",
     "Napisz wiersz na pożegnanie Zbyszka z działu IT, który po 30 latach przechodzi na emeryturę. Może być z humorem o drukarkach i resetowaniu haseł, ale na końcu ciepło."),
    ("creative_writing", 1, "",
     "jingle for Drip Drop Plumbing (Tacoma), 30 sec radio spot, has to say the number 555-0142 twice and it should rhyme"),
    ("creative_writing", 1, "",
     "Sinterklaasgedicht nodig voor mijn collega Joris, die altijd zijn koffiemok laat staan in vergaderruimte 3 en elke maandag over zijn racefiets begint. Mag plagerig, niet gemeen."),
    ("creative_writing", 1, "",
     "帮我写一段婚礼上父亲的致辞，女儿是程序员，女婿是厨师，要温馨带点幽默，大概三分钟。"),
    ("creative_writing", 1, "",
     "اكتب قصة قصيرة للأطفال (من ٥ إلى ٧ سنوات) عن جمل صغير يخاف من العواصف الرملية، وكيف يساعده جدّه على التغلب على خوفه."),
    ("creative_writing", 1, "",
     """ok so I'm best man on Saturday and I've been collecting stories from the lads in our group chat. I've pasted the whole thing below. Can you turn it into a toast: 4 to 5 minutes spoken, funny but ending properly heartfelt about him and Ife. Audience is ~120 people incl. both grandmothers so nothing too filthy. Use 3 or 4 of the best stories, not all of them, and don't make the whole thing about drinking.

[chat export - "Callum's Stag Intel 🕵️"]

[12/04, 21:03] Rory: right lads, I need material for the speech. best Callum stories. go
[12/04, 21:05] Dev: the sat nav. obviously the sat nav
[12/04, 21:05] Rory: remind me of the details
[12/04, 21:08] Dev: first year of uni he drove us to the coast for a weekend, followed the sat nav so faithfully he drove onto a ferry ramp. the ferry wasn't there. the guy in the hi vis just stood there slowly shaking his head. Callum's only comment was "it said continue straight"
[12/04, 21:09] Marcus: 😂😂 he still says "it said continue straight" whenever anything goes wrong
[12/04, 21:12] Jonah: the allotment. he got an allotment at 24 because he'd "become a man who grows things". grew one (1) courgette that summer. named it. it was called Gerald
[12/04, 21:12] Dev: Gerald!!!
[12/04, 21:13] Jonah: he took a photo of Gerald every day. there's an album. I have access to the album
[12/04, 21:15] Marcus: the job interview at the council where he called the interviewer "mum"
[12/04, 21:15] Marcus: got the job tho
[12/04, 21:16] Rory: keep them coming. something about Ife?
[12/04, 21:20] Dev: how they met. the pub quiz at the Anchor. his team was called "Quizteama Aguilera" and hers was "Let's Get Quizzical". they tied, tiebreaker was "how many bones in the adult human body" and she said 206 and he said "depends how many you've broken". she won. he asked for her number as the "runner up's prize"
[12/04, 21:21] Jonah: and she said no
[12/04, 21:21] Dev: and she said no!! he had to go back the next week and lose again
[12/04, 21:24] Marcus: three weeks in a row actually. she told me at their engagement do. she said she already wanted to say yes the first time, she just wanted to see if he'd come back
[12/04, 21:25] Rory: that's lovely actually
[12/04, 21:27] Jonah: serious one: when my dad was ill in 2021 Callum drove up every other Sunday for 4 months to sit with him so I could get a break. never told anyone. my dad still asks about him
[12/04, 21:28] Dev: didn't know that mate ❤️
[12/04, 21:30] Marcus: also the time he tried to learn the bagpipes for Ife's dad's 60th (Ife's dad is Scottish-Nigerian, it was a whole plan). the neighbours complained to the housing association
[12/04, 21:31] Marcus: he did play it at the party. it was bad. Ife's dad cried. not sure from which emotion
[12/04, 21:33] Rory: this is gold. anything from work?
[12/04, 21:35] Marcus: he's the only person in planning who reads every single consultation response. every one. he says people took the time to write them
[12/04, 21:36] Jonah: that's so callum
[12/04, 21:38] Dev: also he cried at the end of that bear film. in the cinema. loudly. grown man
[12/04, 21:38] Marcus: we all cried at the bear film dev
[12/04, 21:39] Dev: fair
[12/04, 21:41] Rory: what about Ife, what's she like with him, I want the ending to be about them
[12/04, 21:44] Jonah: she's the only person who can make him stop reorganising the dishwasher. and she's made him braver. he'd never have gone for the planning job without her
[12/04, 21:45] Marcus: she calls him "Sat Nav" when he's being stubborn lol
[12/04, 21:46] Dev: they're a good team tbh. he's the plan, she's the adventure
[12/04, 21:47] Rory: ok I'm nicking that line
[12/04, 21:48] Rory: cheers all. if this goes badly I'm blaming Gerald"""),
    ("creative_writing", 1, "",
     "2-min opener for my keynote at a logistics conference in Rotterdam, theme is 'the invisible miles'. start with a story not stats. I'm COO of a mid-size freight forwarder, Baltora Freight, and I'd like it to land on the people nobody sees: night drivers, customs brokers, lashers."),
    ("creative_writing", 1, "",
     "the party finally reaches the lich queen next session. she was the paladin's mentor. need the monologue she delivers before the fight, tragic not cartoonish, ~200 words, with a hint that she could still be redeemed"),
    ("creative_writing", 1, "",
     "मेरी माँ के 60वें जन्मदिन के लिए एक कविता लिखो। वो सरकारी स्कूल में 35 साल टीचर रहीं, उन्हें बागवानी और पुराने फ़िल्मी गाने पसंद हैं।"),
    ("creative_writing", 1, "",
     "Bir yapay zekânın yağmuru ilk kez 'hissettiği' anı anlatan kısa bir öykü yaz, 300 kelimeyi geçmesin."),
    ("creative_writing", 1, "",
     "short horror story told entirely through a smart fridge's error log entries. 20-30 log lines, slow reveal, no gore"),
    ("creative_writing", 1, "",
     "our office dog Biscuit died this morning, 14 yrs, she was basically the company mascot. there's an all-hands call at 4 and I've been asked to say something. i cant write right now 😢 can you draft a short eulogy, ~2 min"),
    ("creative_writing", 1, "",
     """Details for the About page, Kettle & Ash Candle Co.:
- founded 2019 by sisters Wren and Tamsin Adeyemi-Clarke in a garage in Duluth, Minnesota
- started because Tamsin couldn't find candles without synthetic fragrance after her asthma diagnosis
- first batch: 40 candles, sold out at a lakeside craft fair in 3 hours, in a snowstorm
- soy and beeswax, cotton wicks, scents from Lake Superior life: "Cold Shoreline", "Sauna Night", "Birch & Woodsmoke"
- now 9 employees, a small workshop across town, still hand-pour every candle
- refill program: bring the jar back, 20% off
- the "ash" in the name is from their grandmother's wood stove in Trinidad
Need the 'Our Story' page, 300ish words, warm, a bit lyrical, not corporate. Don't invent facts beyond these."""),
    ("creative_writing", 1, "",
     """Notas para a crônica do aniversário de 90 anos do vô Anselmo:
- nasceu em 1935 em Garanhuns, Pernambuco, nono de onze irmãos
- foi para São Paulo de pau de arara em 1953, trabalhou de ajudante de pedreiro
- conheceu a vó Zulmira num baile em Santo Amaro, ela pisou no pé dele
- abriu uma sapataria na Vila Mariana em 1961, que durou 40 anos
- nunca aprendeu a dirigir, ia a todo lugar de ônibus e sabia as linhas de cor
- ensinou todos os netos a jogar dominó e a roubar no dominó
- até hoje ouve forró no rádio de pilha todo domingo de manhã
- viúvo desde 2018, cuida das roseiras que eram dela
A festa é no salão da igreja, umas 70 pessoas. Quero uma crônica curta, para ler em voz alta, que faça rir e chorar. Uns 4 minutos."""),
    ("creative_writing", 1, "",
     "Compose a haiku for each of our five microservices: auth, billing, search, notifier, gateway. it's for the eng all-hands slide, nerdy is fine"),
    # ------------------------------------------------------------------ creative_writing, escalate=0
    ("creative_writing", 0, "",
     "1-line slack status for deep-work mode, slightly funny pls"),
    ("creative_writing", 0, "",
     "happy 3-year work anniversary msg for Priya from the whole support team, short, it's for the card"),
    ("creative_writing", 0,
     "Generate the inside message for a greeting card based on the JSON record. Maximum 20 words. Plain text, no quotation marks.",
     '{"occasion": "new baby", "recipient": "the Okafor family", "sender": "everyone at Halden Dental"}'),
    ("creative_writing", 0, "",
     "caption for our insta post: new opening hours from Monday, 7am-7pm weekdays ☕ keep it short"),
    ("creative_writing", 0, "",
     "Kurze Abwesenheitsnotiz bitte: bin vom 3. bis 14. August im Urlaub, Vertretung hat Frau Brandt (brandt@larchwerk.example)."),
    ("creative_writing", 0, "",
     "un mensaje cortito para felicitar al equipo por cerrar el trimestre por encima del objetivo, es para el grupo de whatsapp"),
    ("creative_writing", 0, "",
     "Two-sentence bio for my conference badge page: data engineer at Pellworth Logistics, 6 years, into gravel cycling and bad puns."),
    ("creative_writing", 0,
     "Push notification copywriter for FreshCart grocery delivery. Rules: one line, max 60 characters, at most one emoji, friendly, never pushy.",
     "trigger: cart_abandoned_2h | items: oat milk, bananas, sourdough"),
    ("creative_writing", 0, "",
     "Un petit mot à glisser dans la boîte aux lettres de la voisine pour la remercier d'avoir arrosé mes plantes pendant trois semaines."),
    ("creative_writing", 0, "",
     "取引先向けの年末のご挨拶、2行くらいでお願いします。"),

    # ------------------------------------------------------------------ reasoning, escalate=1
    ("reasoning", 1,
     "ShiftLedger RotaHelper. Produce schedules that satisfy every hard constraint. If no valid schedule exists, say which constraint breaks and propose the smallest relaxation. Use plain tables.",
     """Weekend rota needed for Harbourside Community Pharmacy, Sat 7 and Sun 8 June. Opening hours Sat 08:00-20:00, Sun 10:00-16:00.

Shifts:
- SAT-EARLY 08:00-14:00
- SAT-LATE 14:00-20:00
- SUN 10:00-16:00

Coverage rules (hard):
1. Every shift needs exactly one pharmacist (RPh) on site. The pharmacy legally cannot open without one.
2. Every shift needs at least two other staff (dispensers or counter assistants), and at least one of them must be a qualified dispenser.
3. Nobody works more than 9 hours across the weekend.
4. Nobody works SAT-LATE and then SUN (we promised a proper rest after late Saturdays).
5. Trainees (marked T) can only work a shift where at least two non-trainees are also on, not counting the pharmacist.
6. Minors (under 18) cannot work past 18:00.

Soft preferences (try to honour, say which ones you break):
a. Spread weekend work fairly: anyone who worked last weekend should get at most one shift.
b. Keep the same pharmacist for both Saturday shifts if possible (handover of the controlled drug register is painful).
c. Priyanka and Olek don't get on; avoid putting them on the same shift.

Staff:
- Helena Marsh: RPh. Available Sat all day. Not Sun. Worked last weekend.
- Tobias Greenhalgh: RPh. Available Sat until 15:00, Sun all day. Did not work last weekend.
- Amara Nwosu: RPh (locum). Available Sat 14:00-20:00 only. Costs 40% more per hour; use only if needed.
- Priyanka Rao: dispenser. Available Sat and Sun. Worked last weekend.
- Olek Wiśniewski: dispenser. Available Sat only. Did not work last weekend.
- Joanne Pike: dispenser. Available Sun only. Did not work last weekend.
- Ruairi Dunne: counter assistant. Available Sat and Sun. Worked last weekend.
- Ellie Fairbairn: counter assistant, age 17. Available Sat only.
- Samir Haddad: counter assistant (T). Available Sat and Sun. Did not work last weekend.
- Grace Liu: counter assistant (T). Available Sun only.
- Benedict Amoah: dispenser. Available Sat 08:00-14:00 only. Worked last weekend.

Background so you understand the pressure: in March we opened one Sunday without a second non-trainee and got a written warning from the area manager after a complaint, so rule 5 is really not negotiable. Also the locum agency needs 48 hours' notice, so tell me clearly if Amara has to be booked. For costing: staff pay doesn't change at weekends except for the locum, and nobody can be split across a shift (no half shifts, no staying an extra hour). If you think the rules as written are contradictory or I've left something ambiguous, say so before building the rota rather than quietly picking an interpretation.

Please give me:
1. The rota as a small table (shift -> people).
2. A check of each hard rule, one line each.
3. Which soft preferences you had to break and why that was unavoidable.
4. If there's more than one valid rota, the one that costs least, and mention the alternative briefly."""),
    ("reasoning", 1, "",
     "En la rifa del colegio se venden 300 boletos y hay 3 premios distintos; nadie puede ganar más de un premio. Si compro 12 boletos, ¿qué probabilidad tengo de ganar al menos un premio? ¿Y exactamente uno? Explícalo paso a paso, que se lo tengo que explicar a mi hijo."),
    ("reasoning", 1, "",
     "rough estimate: how many public EV charge points would a town of ~40k people need by 2030? walk me through the assumptions, I need to defend the number to councillors"),
    ("reasoning", 1, "",
     """Three offers for a €180,000 equipment loan for our bakery's new line (we'd repay over 5 years, monthly):

| Lender | Rate | Type | Fees | Other |
|---|---|---|---|---|
| Banca Orsini | 5.9% nominal | fixed | €2,400 arrangement, paid upfront | early repayment penalty 2% of outstanding |
| Ferrow Capital | 4.2% for year 1, then 12-m Euribor + 2.1% | variable after y1 | €900 | none |
| Cassa Valtorre (regional coop) | 6.4% | fixed | none | 0.5% cashback on total interest paid, paid at the end |

Assume Euribor stays at 2.8% for simplicity. We might want to repay early at the end of year 3 if the new line performs.

Which offer is cheapest in total cost (a) if we run the full 5 years and (b) if we repay at the end of year 3? Show the calculations, monthly payments included."""),
    ("reasoning", 1, "",
     "Four suppliers (Arlo, Brisk, Corda, Dunmore) each deliver on a different weekday, Mon to Thu. Brisk delivers the day after Corda. Arlo doesn't deliver on Monday or Thursday. Dunmore delivers earlier in the week than Arlo. Who delivers when? Show how you eliminate the options."),
    ("reasoning", 1, "",
     """Wir haben zwei Lager (Kassel: 120 Paletten verfügbar, Erfurt: 80 Paletten) und drei Filialen mit Bedarf: Göttingen 70, Fulda 60, Eisenach 70. Transportkosten pro Palette in Euro:

von/nach   Göttingen  Fulda  Eisenach
Kassel         9        11      14
Erfurt        16        13       7

Wie sollten wir liefern, damit die Gesamtkosten minimal sind? Bitte mit Rechenweg und Gesamtkosten, und kurz begründen, warum es nicht billiger geht."""),
    ("reasoning", 1, "",
     "Montre que pour tout entier n, n³ − n est divisible par 6. Une démonstration propre, pas juste des exemples."),
    ("reasoning", 1,
     "あなたは設備投資の検討を手伝うアシスタントです。計算は必ず途中式を示してください。",
     "A社とB社から倉庫用LED照明の見積もりが来ました。A社：本体1台18,000円×120台、工事費一式54万円、消費電力40W。B社：本体1台23,500円×120台、工事費無料、消費電力32W。1日12時間・年300日点灯、電気代は1kWhあたり31円とします。何年目でB社の方が得になりますか？"),
    ("reasoning", 1, "",
     """Load test results for search-api (single pod, 4 vCPU), p99 latency:

rps    p50_ms   p99_ms   cpu%
100    18       41       22
200    19       44       39
300    21       52       57
400    24       71       74
500    31       118      88
600    55       310      97
700    140      1250     99

(test run 2 Oct on staging, same instance type as prod, realistic query mix replayed from logs)

SLO: p99 < 150 ms. Production peak last Black Friday was 5,400 rps and we expect +35% this year. We keep 30% headroom on top for a zone failure. Pods scale horizontally behind a round-robin LB, roughly linearly according to the last test.

How many pods should we run for peak? Explain the reasoning, including how you pick the per-pod capacity from the table and why you would (or wouldn't) interpolate between 500 and 600."""),
    ("reasoning", 1,
     "You are a clinical decision support assistant for ward pharmacists at St. Aldric's Children's Hospital (fictional). Always show calculations so a pharmacist can verify them, and flag anything outside usual ranges.",
     "Child 14.6 kg, prescribed amoxicillin 40 mg/kg/day split into 3 doses. We have oral suspension 250 mg/5 mL. Volume per dose? And if the prescriber actually meant the 90 mg/kg/day high-dose regimen, what would the volume be, and would it exceed a 1 g per dose cap?"),
    ("reasoning", 1, "",
     """SKU HX-220 (hydraulic hose fitting), last 12 weeks of demand, units/week:
262, 281, 240, 305, 270, 248, 299, 318, 255, 276, 290, 244

Supplier lead times for the last 10 POs (days): 6, 6, 7, 6, 9, 6, 6, 10, 6, 9

Current on hand: 410 units, with 600 already on order (due in 4 days). We're open 7 days a week. Target cycle service level is 97%. Holding cost is high-ish so I don't want to overdo safety stock, but a stockout stops a customer's production line and they have a penalty clause in the contract.

Can you work out a reorder point and safety stock, and explain which formula you used given that the lead time varies too? Flag it if you think the data is too thin to trust."""),
    ("reasoning", 1, "",
     "in my deckbuilder, Flurry deals 2 damage per card left in your hand, then you discard a random card. if I have 5 cards in hand incl. two Flurrys and play one, then the other (if it survived the discard), what's the expected total damage? pretty sure the designer's spreadsheet is wrong"),
    ("reasoning", 1, "",
     "一个农场里有鸡、兔子和三条腿的机器人宠物（别问为什么），一共50个头、145只脚，而且兔子的数量是机器人的两倍。每种各有多少？请写出推理过程。"),
    ("reasoning", 1, "",
     "Three on-call engineers, Ada, Bo and Cy. Exactly one of them pushed the bad config. Each of them either always tells the truth or always lies. Ada: 'Bo did it.' Bo: 'Ada is lying.' Cy: 'I didn't do it, and Bo is a liar.' Who pushed it? Is there more than one consistent answer?"),
    ("reasoning", 1, "",
     """I'm in Lyon on Thursday and need to see 4 clients. Meetings are 1 hour each. Driving times between places (minutes):

          Hotel  Vénissieux  Villeurbanne  Écully  Saint-Priest
Hotel       -        25           15         20        30
Vénissieux 25         -           30         35        15
Villeurb.  15        30            -         25        25
Écully     20        35           25          -        45
St-Priest  30        15           25         45         -

Constraints: Vénissieux can only see me 9:00-11:30 (the meeting must fully fit). Écully's contact leaves at 15:00. Saint-Priest only after 13:00. Villeurbanne anytime but not 12:00-13:30 (their lunch). I want a 45-min lunch somewhere between 12:00 and 14:00 and need to be back at the hotel by 17:30 for a call. I can leave the hotel at 8:30 at the earliest.

What order and times work? If several do, which one minimises driving?"""),
    ("reasoning", 1, "",
     "Uma caixa d'água de 3.000 litros enche com a torneira A em 5 horas e com a torneira B em 3 horas. Há um vazamento que esvazia a caixa cheia em 10 horas. Se abrirmos A e B juntas com a caixa vazia e depois de 1 hora fecharmos B, quanto tempo no total até encher? Mostre os passos."),
    ("reasoning", 1, "",
     "세 명이 같이 하면 6일 걸리는 재고 조사가 있어요. 민준 혼자 하면 15일, 서연 혼자 하면 18일 걸린다면, 지호 혼자서는 며칠이 걸릴까요? 그리고 지호가 처음 2일을 빠지면 전체 며칠이 걸리는지도 계산해 주세요."),
    ("reasoning", 1, "",
     "Rent vs buy sanity check. Flat costs £310k, 10% deposit, mortgage 4.6% over 25 yrs. Rent for an equivalent place is £1,350/month rising 3%/yr. Service charge £1,800/yr, maintenance ~1%/yr of value. I'd otherwise invest the deposit at ~5%. House prices +2.5%/yr, selling costs 2%. Over 7 years, which leaves me better off, roughly? Show the working, rough is fine."),
    ("reasoning", 1, "",
     "ab test: control 492 conversions / 12,000 visitors, variant 531 / 11,800. is the lift significant at 95%, two-sided? also what's the min sample size per arm we'd have needed to detect a 10% relative lift with 80% power"),
    ("reasoning", 1,
     "Analytics assistant, Corvane Insurance claims team. Be precise, and explain in plain language for non-statisticians.",
     "Our fraud model flags 4% of claims. We think about 1.5% of claims are actually fraudulent. The model catches 80% of real frauds. If a claim is flagged, what's the chance it's really fraud? The claims director thinks it's 80% and wants to auto-deny flagged claims."),
    ("reasoning", 1, "",
     """Which plan should I pick? My usage over the last 6 months:
Jan 14 GB, 220 min, 2 days roaming (Spain)
Feb 9 GB, 180 min
Mar 11 GB, 310 min
Apr 22 GB, 150 min, 5 days roaming (Morocco)
May 12 GB, 200 min
Jun 16 GB, 240 min, 7 days roaming (Italy)

Plans (Ostra Telecom):
- Lite: €12/mo, 10 GB, 200 min, extra data €2/GB, extra minutes €0.05/min, EU roaming included, non-EU €6/day
- Plus: €19/mo, 20 GB, unlimited min, extra data €3/GB, EU roaming included, non-EU €4/day
- Max: €27/mo, unlimited data and minutes, roaming included in 40 countries incl. Morocco
- any plan: 24-month contract, €25 fee to switch between plans mid-contract

work it out assuming the next 2 years look like these 6 months repeated, and tell me if switching plans seasonally would ever be worth it"""),
    ("reasoning", 1, "",
     """Line 3 (bottling), shift report, Tue night:
Planned shift: 8 h, incl. 30 min scheduled break
Unplanned stops: labeler jam 22 min, conveyor sensor fault 9 min
Changeover to 0.75 L: planned 25 min, actually took 43 min
Ideal rate: 120 bottles/min
Total bottles counted at end of line: 41,300
Rejects: 1,150 (underfill 610, label skew 540)
Rework: 300 of the label-skew rejects were relabelled and passed QA
Operator note: new label reel supplier since Monday, reels seem slightly thicker

Management asks: what was OEE for this shift, and which of availability / performance / quality is dragging it down most? Also, should the reworked bottles count as good output for OEE? Argue one way, but compute both versions, and say how you treated the planned changeover time."""),
    ("reasoning", 1, "",
     """From the memo the CFO circulated:

"All of our profitable stores have a pharmacy counter. The Ashgrove store has a pharmacy counter. Therefore Ashgrove will become profitable once footfall recovers. Moreover, since no store without a pharmacy counter has been profitable in the last three years, adding pharmacy counters to the remaining 11 stores will make them profitable. Stores in towns under 20,000 people have never been profitable, but that is because none of them had a pharmacy counter. The board should therefore approve the capital request for all 11 fit-outs this quarter."

Is this reasoning logically valid? Go through each inference, name the fallacies if there are any, and say what evidence would actually be needed to support each conclusion."""),
    ("reasoning", 1, "",
     "Per il menù degustazione dobbiamo scegliere 2 antipasti su 6, 1 primo su 4 e 2 dolci su 5, ma il tiramisù e il semifreddo al caffè non possono stare insieme, e se scegli il risotto ai funghi non puoi avere l'antipasto con i porcini. Quanti menù diversi sono possibili? Spiega il conteggio."),
    ("reasoning", 1, "",
     "Vijf vrijwilligers (Anouk, Bram, Chayenne, Daan, Eline) moeten de drie diensten van de rommelmarkt bemannen: ochtend, middag en opruimen. Elke dienst heeft precies twee mensen nodig en iedereen doet hooguit twee diensten. Bram kan niet 's ochtends, Anouk en Daan willen niet samen, Eline moet om 14:00 weg (dus alleen ochtend) en Chayenne wil per se bij het opruimen zijn. Geef een geldige indeling en leg uit waarom die klopt. Kan iedereen minstens één dienst krijgen?"),
    ("reasoning", 1, "",
     """Our renewal with Quillstone (the observability vendor) is coming up and finance wants next year's bill before we sign. Pricing schedule from the order form is below. Our expected usage next year: 38 TB/month ingest in H1, 52 TB/month in H2; 140 hosts on average all year, but 190 hosts in November and December; 9 TB of each month's logs retained 90 days instead of 30; 260 synthetic checks running every minute; 45 seats, of which 12 are read-only; and we'll be on the Business support tier. Billing is monthly, in USD. What's the total for the year, and which single line item drives it most? Show the maths per component, and tell me whether the commitment discount in B.8 is worth signing up for.

---
SCHEDULE B: FEES AND USAGE

B.1 Platform fee. Customer shall pay a platform fee of USD 4,500 per month, which includes the first 10 TB of log ingest per calendar month and 25 named seats.

B.2 Log ingest. Ingest above the included volume is charged per calendar month on a tiered, marginal basis:
(a) above 10 TB and up to 30 TB: USD 95 per TB;
(b) above 30 TB and up to 60 TB: USD 80 per TB;
(c) above 60 TB: USD 65 per TB.
Volumes are measured in decimal terabytes after compression and rounded up to the next whole TB per month.

B.3 Extended retention. Standard retention is 30 days. Extended retention of 90 days is charged at USD 22 per TB of ingest retained, per month, in addition to the ingest fee. Retention of 365 days is charged at USD 60 per TB per month.

B.4 Infrastructure monitoring. Hosts are billed on the 99th percentile of the hourly host count in each calendar month ("Billable Hosts"). The first 50 Billable Hosts are charged at USD 18 per host per month; Billable Hosts above 50 are charged at USD 14 per host per month. Containers are not charged separately, provided that no host runs more than 40 containers on average; above that, each additional 40 containers count as one host.

B.5 Synthetic monitoring. API checks are billed per 10,000 test runs at USD 5.00. Browser checks are billed per 1,000 runs at USD 12.00. Unless stated otherwise in the Order, checks are API checks.

B.6 Seats. Seats beyond the 25 included are USD 29 per seat per month for full users. Read-only seats are free up to 50% of the total number of full seats; read-only seats above that cap are billed as full seats.

B.7 Support. Standard support is included. Business support is charged at 8% of the monthly total of B.1 to B.6 combined, with a minimum of USD 1,000 per month. Enterprise support is charged at 12%, with a minimum of USD 3,500 per month.

B.8 Commitment discount. If the Customer commits to an annual spend of at least USD 250,000 (excluding support), a discount of 7% applies to B.2 through B.5 only. Commitment is assessed in advance at signature; under-consumption is billed as a true-up at year end.

B.9 Taxes. All fees are exclusive of applicable taxes.

B.10 Price changes. Provider may increase list prices by up to 5% at each renewal upon 60 days' written notice. For the avoidance of doubt, the prices in this Schedule B apply for the Renewal Term beginning on the Renewal Date."""),
    ("reasoning", 1, "",
     "how many times in 24h do the hour and minute hands of a clock overlap? and why isn't it 24"),
    # ------------------------------------------------------------------ reasoning, escalate=0
    ("reasoning", 0, "",
     "splitting a €240 dinner 16 ways, how much each?"),
    ("reasoning", 0, "",
     "how many weeks is 126 days"),
    ("reasoning", 0, "",
     "Offerte is €1.250 excl. btw, hoeveel is dat inclusief 21%?"),
    ("reasoning", 0, "",
     "3.2 GiB in MiB?"),
    ("reasoning", 0, "",
     "flight leaves 23:40 and the flight time is 7h15, what time does it land? ignore time zones"),
    ("reasoning", 0, "",
     "Ile to jest 18% z 3400 zł?"),
    ("reasoning", 0, "",
     "अगर एक दर्जन केले 60 रुपये के हैं तो 5 केले कितने के होंगे?"),
    ("reasoning", 0,
     "Tripwise expense app, calculation tool. Return only the numeric result with two decimals. No units, no words.",
     "47.80 * 3 nights + 12.50 city tax"),
    ("reasoning", 0, "",
     "3 saat 45 dakika kaç dakika eder?"),
    ("reasoning", 0, "",
     "is 2100 a leap year"),
    ("reasoning", 0, "",
     "avg of 12, 15, 9, 22, 17 ?"),
    ("reasoning", 0, "",
     "إذا كان سعر المتر من القماش ٤٥ درهماً، فكم سعر ١٢ متراً ونصف؟"),
    ("reasoning", 0,
     "For each order line, compute qty x unit_price rounded to 2 decimals. Reply exactly as TOTAL=<number>.",
     "line 7 | qty 14 | unit_price 3.65 | currency EUR"),
]
