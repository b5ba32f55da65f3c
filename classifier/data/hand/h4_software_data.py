"""Hand-written prompts, batch 4: software teams, DevOps/SRE, data engineering and analytics, product management, IT helpdesk; Polish, Dutch, Swedish."""
H = [
    # ---------------------------------------------------------------------- extraction
    ("extraction", 0, "", "pull the jira keys out of this pls: blocked on PAY-4412 until infra merges OPS-118, also PAY-4420 still waiting on review from Dana"),
    ("extraction", 0, "Jesteś modułem ekstrakcji w systemie helpdesku firmy Kalmar Logistics. Z treści zgłoszenia zwróć wyłącznie JSON z polami: zglaszajacy, dzial, numer_inwentarzowy, lokalizacja, opis_problemu. Jeśli pola brak, wpisz null.",
     "Dzień dobry, tu Agnieszka Wróbel z księgowości (3 piętro, pokój 312). Mój laptop o numerze inwentarzowym KL-LAP-0871 od wczoraj nie łączy się z drukarką sieciową, wyskakuje komunikat o braku sterownika. Pilne, bo zamykamy miesiąc."),
    ("extraction", 0, "", """Kun je alle actiepunten hieruit halen, met eigenaar en deadline? Alleen wat er echt staat, niks verzinnen.

Postmortem INC-2291 – storing betaalpagina 14 mei
Tijdlijn: om 09:12 ging het foutpercentage op /checkout omhoog naar 18%. Om 09:20 werd Joris (on-call) gepaged. Om 09:41 bleek dat de nieuwe versie van de rate limiter (v3.4.0) legitieme verzoeken blokkeerde. Rollback om 09:55, herstel bevestigd om 10:03.
Oorzaak: de drempel in de config stond op 50 req/s per IP in plaats van per sessie; achter de NAT van grote zakelijke klanten liep dat meteen vol.
Wat ging goed: snelle detectie, duidelijke communicatie in #inc-2291.
Wat kan beter: de canary draaide maar 5 minuten en alleen op intern verkeer.
Acties:
- Canary-duur verhogen naar 30 minuten met echt klantverkeer (eigenaar: Sanne de Vries, vóór 1 juni)
- Config-validatie toevoegen aan de CI-pipeline van de rate limiter (eigenaar: Joris Bakker, vóór 24 mei)
- Runbook bijwerken met de rollback-stappen (Mehmet, deze sprint)
- Template voor klantcommunicatie herzien (nog geen eigenaar)"""),
    ("extraction", 0, "", """list every time someone restarted, redeployed or rolled back something in this channel export: timestamp, who, and what. nothing else, no commentary

#inc-4471-search-latency
[02:03] PagerBot: TRIGGERED: search-api p99 > 2s for 5m (prod-eu)
[02:04] marta.k: ack, looking
[02:06] marta.k: p99 is 4.8s, error rate fine though. only eu region
[02:07] marta.k: opensearch cluster health yellow, one node (os-data-3) at 97% heap
[02:09] dev.oyelaran: joined. anything deployed tonight?
[02:10] marta.k: deploy bot says search-api 2024.06.11-3 went out at 01:40, indexer 2024.06.11-1 at 23:55
[02:12] dev.oyelaran: indexer change was the new synonym pipeline right? that could bloat queries
[02:13] marta.k: possible. synonyms file went from 2k to 40k entries
[02:14] marta.k: restarting os-data-3 to clear heap, it's been GC thrashing for 20 min
[02:19] marta.k: os-data-3 back, shards relocating
[02:21] PagerBot: search-api p99 3.9s
[02:22] dev.oyelaran: not enough. I'll roll back the indexer to 2024.06.10-1
[02:24] marta.k: ok, go
[02:31] dev.oyelaran: indexer rollback done, reindex of the synonym index kicked off automatically
[02:33] marta.k: heap on os-data-3 climbing again, 81% already. this doesn't look like synonyms
[02:35] tomasz.b: joined, was on my way to bed lol. what's the query volume?
[02:36] marta.k: normal-ish. ~1.2k rps, same as last tuesday
[02:38] tomasz.b: look at the slowlog, I bet someone is doing wildcard prefix queries on the sku field again
[02:41] tomasz.b: yep. client 'partner-feed-7' since 01:45. leading wildcard on every single request, like *4411
[02:42] dev.oyelaran: that's the new partner, onboarded yesterday afternoon
[02:43] marta.k: of course it is. did anyone review their integration guide?
[02:43] dev.oyelaran: partner success did, not us
[02:44] tomasz.b: I'm adding a rate limit rule for partner-feed-7 at the gateway. not a deploy, just config
[02:47] tomasz.b: gateway config reloaded, partner-feed-7 capped at 5 rps
[02:48] marta.k: heap on os-data-3 dropping, 70%
[02:49] marta.k: also bouncing the search-api pods in eu so they drop their connection pools, a few are stuck with 200 open conns
[02:55] marta.k: rollout restart of search-api done, 12/12 ready
[02:58] PagerBot: search-api p99 1.1s
[03:00] dev.oyelaran: should I redeploy the indexer forward again? the rollback didn't matter it seems
[03:01] tomasz.b: leave it till morning, nobody touches anything else tonight
[03:02] dev.oyelaran: fair
[03:05] PagerBot: RESOLVED: search-api p99 > 2s (prod-eu)
[03:06] marta.k: resolved. I'll write the timeline tomorrow. thanks both, go sleep
[03:07] tomasz.b: night
[07:45] anja.r: morning, reading back. @dev.oyelaran I redeployed indexer 2024.06.11-1 at 07:30 since the synonym pipeline wasn't the issue, fyi
[07:48] dev.oyelaran: thanks, saw it
[07:52] tomasz.b: and partner success told partner-feed-7 to stop using leading wildcards. the cap stays until they confirm
[08:10] anja.r: restarted os-data-3 once more at 08:05, heap was still sitting at 88% after the night and old gen never got collected
[08:12] marta.k: thx. anyone object to me removing the gateway cap friday if the partner has fixed their client?
[08:14] tomasz.b: only if we see their query pattern change in the slowlog first
[08:15] marta.k: deal
[09:30] anja.r: one more thing, redeployed search-api 2024.06.11-4 with the query timeout lowered to 3s, this was already planned for today
[09:31] marta.k: noted for the timeline"""),
    ("extraction", 0, "", """plocka ut alla IP-adresser ur det här: 'Failed login for admin from 185.22.14.9, retry from 185.22.14.11, blocked by fw rule 12 on 10.0.4.2'"""),
    # implied commitments need judgement, so escalate
    ("extraction", 1, "", """Here's a section from the PRD for 'Scheduled Exports' in Lumenboard. What is it implicitly committing eng/support to that isn't written down as a requirement? Bullet list, quote the sentence each one comes from.

> Users can schedule any dashboard to be emailed as PDF or CSV daily, weekly or monthly. Exports reflect the data exactly as the recipient would see it. If a dashboard changes, scheduled exports keep working. Admins can see all schedules in their workspace. We'll launch to all plans at once on March 3."""),
    ("extraction", 0, "", """just the email addresses from our CODEOWNERS pls
/billing/  lena.ortiz@finlo.io @payments-team
/infra/    k.mensah@finlo.io
/docs/     @docs-bot"""),
    ("extraction", 1, "", """Wypisz wszystkie zobowiązania dostawcy z tego fragmentu umowy, także te, które wynikają pośrednio z definicji, a nie są nazwane wprost jako obowiązek. Przy każdym podaj numer paragrafu.

§1 Definicje
1.1 „Dostępność” oznacza procent czasu w Miesiącu Rozliczeniowym, w którym Platforma odpowiada na żądania API w czasie poniżej 800 ms, z wyłączeniem Okien Serwisowych.
1.2 „Okno Serwisowe” oznacza zaplanowaną przerwę ogłoszoną Klientowi co najmniej 5 Dni Roboczych wcześniej, nie dłuższą niż 4 godziny w miesiącu.
1.3 „Incydent Krytyczny” oznacza brak Dostępności dla więcej niż 20% użytkowników Klienta.
§2 Poziom usług
2.1 Dostawca zapewnia Dostępność na poziomie 99,9%.
2.2 W przypadku Incydentu Krytycznego Dostawca podejmuje działania naprawcze w ciągu 30 minut od zgłoszenia.
§3 Kopie zapasowe
3.1 Dane Klienta są objęte kopią zapasową wykonywaną zgodnie z Polityką Bezpieczeństwa Dostawcy, z retencją 35 dni.
§4 Rabaty
4.1 Za każde rozpoczęte 0,1 p.p. poniżej poziomu z §2.1 Klientowi przysługuje rabat w wysokości 5% opłaty miesięcznej, łącznie nie więcej niż 30%."""),
    ("extraction", 0, "", """geef me alle versienummers uit deze changelog: 'v4.2.1 lost de login-bug uit v4.2.0 op; v4.3.0-beta voegt SSO toe'"""),
    ("extraction", 1, "You are a research-ops assistant at Trellic. For each interview transcript, extract the feature requests the participant made, including needs they only implied. Output a bullet list; each bullet = the request + a supporting quote.",
     """P07 (ops manager, logistics, 40 seats)
Interviewer: how do you use the reports today?
P07: honestly I export everything to Excel on Monday mornings because I need to merge it with our shift plan. Takes me an hour. And then I email it to the site leads because half of them don't have a login.
Interviewer: what about alerts?
P07: we get them, but they go to me only, so when I'm on holiday nobody sees them. Last time a depot went red for two days.
Interviewer: anything else?
P07: the mobile view is fine. I just wish I could see last year's numbers next to this year's without building a new chart."""),
    # ------------------------------------------------------------------ classification
    ("classification", 0, "Route IT helpdesk tickets. Labels: HARDWARE, ACCESS, NETWORK, SOFTWARE, OTHER. Reply with the label only.",
     "badge doesnt open the 3rd floor door since monday??"),
    # "is this phishing?" is a yes/no label
    ("classification", 0, "", """är det här phishing? 'Ditt Microsoft 365-lösenord går ut idag. Klicka här för att behålla det: hxxp://m365-konto-sakert.co/login'"""),
    ("classification", 0, "Klasyfikujesz recenzje aplikacji Grafik24 ze sklepu Google Play. Dla każdej recenzji zwróć jej numer i jedną etykietę: pozytywna, negatywna albo neutralna.",
     """1. Aplikacja wreszcie działa szybko po aktualizacji, brawo.
2. Od tygodnia nie mogę się zalogować, support milczy.
3. Zmienili ikonę. Tyle.
4. Eksport do PDF nadal ucina tabelki, żenada.
5. Nowy kalendarz dyżurów bardzo wygodny, polecam."""),
    ("classification", 0, "Je bent een triage-assistent voor het SRE-team van Voltaweg Energie. Geef elke melding een ernst: SEV1 (volledige uitval van een klantfunctie), SEV2 (gedeeltelijke uitval), SEV3 (verminderde prestaties), SEV4 (geen klantimpact). Antwoord met alleen het label.",
     """Grafana laat zien dat de API voor meterstanden sinds 08:40 op ongeveer 30% van de verzoeken een 503 geeft. Klanten in de app zien 'probeer het later opnieuw'."""),
    ("classification", 1, "", """We're the processor here. Go through these clauses from Helmsdale Retail's DPA and tag each one low / medium / high risk for us, one sentence of reasoning each.

4.2 Processor shall notify Controller of any Personal Data Breach without undue delay and in any event within 12 hours of becoming aware of it.
5.1 Processor may engage Sub-processors listed in Annex 3. Controller shall be notified 30 days before any new Sub-processor is engaged and may object on reasonable grounds.
6.3 Processor shall, at its own cost, allow for and contribute to audits, including on-site inspections, conducted by Controller or an auditor mandated by Controller, up to four times per calendar year.
7.1 Processor's liability under this DPA is unlimited.
8.2 Upon termination, Processor shall delete all Personal Data within 10 days, including from backups, and certify deletion in writing.
9.1 Personal Data shall be processed only within the EEA."""),
    ("classification", 0, "Label incoming product feedback as BUG, FEATURE_REQUEST or QUESTION. Output only the label.",
     "would be nice if export also did xlsx, csv is a pain for finance"),
    ("classification", 0, "", """Assign each ticket to exactly one queue: Access, Hardware, Network, Software, Purchasing. Output one line per ticket as "ID: queue". No explanations.

HD-9001 Can't log into Salesforce, says my account is locked after the password change yesterday.
HD-9002 Monitor in meeting room Fjord flickers every few seconds when a laptop is connected over USB-C.
HD-9003 Need a second license for Adobe Acrobat Pro for our new intern starting Monday, cost center 4410.
HD-9004 Wi-Fi on the 2nd floor drops every 10 minutes or so, mostly near the kitchen.
HD-9005 Outlook crashes every time I open a calendar invite from an external sender.
HD-9006 Please add Jonas Weber to the finance-reports shared drive with read-only rights.
HD-9007 My laptop battery goes from 100 to 20 percent in an hour, it's only 8 months old.
HD-9008 VPN connects but I can't reach any internal sites, ping to intranet times out.
HD-9009 Teams keeps asking me to sign in again every morning even though I tick 'stay signed in'.
HD-9010 We need 6 new headsets for the support team, the Jabra ones we had last time were fine.
HD-9011 I lost my YubiKey on the train, need it revoked and a new one.
HD-9012 Excel macro for the monthly close stopped working after the Office update, error 1004.
HD-9013 Printer on floor 3 (HP-3F-02) shows paper jam but there's no paper stuck.
HD-9014 Guest Wi-Fi portal doesn't load for visitors, they get a certificate warning.
HD-9015 Requesting access to the Looker 'Revenue' folder for the quarterly board deck.
HD-9016 Docking station doesn't charge my laptop anymore, the light stays off.
HD-9017 Can we get a quote for 10 more MacBook Airs for the design team, budget approved by Karin.
HD-9018 Zoom screen share is black on my second monitor only.
HD-9019 Former employee Tom Reyes still appears in the Slack admin group, please remove.
HD-9020 Office in Gdańsk has no internet at all since 9am, router lights blinking orange.
HD-9021 The expense app says 'unsupported browser' on Chrome 126.
HD-9022 Keyboard missing the 'Ö' key cap, need a Swedish layout replacement.
HD-9023 Need to renew our Miro enterprise subscription before it expires on the 30th.
HD-9024 Two-factor codes from the authenticator are always rejected for the HR portal.
HD-9025 Ethernet port at desk 4-17 is dead, tried three cables.
HD-9026 Jira board loads forever, other sites are fine.
HD-9027 New hire Priya Nair needs accounts for Google Workspace, GitHub and Jira, starts 1 July.
HD-9028 Laptop fan is extremely loud even when idle, sounds like grinding.
HD-9029 Can't connect to the office printer over Wi-Fi from my Mac, it isn't discovered.
HD-9030 Please order a standing desk converter for Ahmed, approved by facilities.
HD-9031 Shared mailbox support@ stopped receiving external mail around noon.
HD-9032 I need admin rights on my laptop to install the Python version our data team uses.
HD-9033 The conference phone in room Delta has no dial tone.
HD-9034 Please cancel the unused Figma seats for the three contractors who left in May.
HD-9035 Site-to-site tunnel to the Rotterdam warehouse flaps every night around 02:00."""),
    # language identification is a label, even though the text is Swedish
    ("classification", 0, "", """what language is this? 'Kan du starta om servern innan lunch?'"""),
    ("classification", 1, "Du är en assistent för Customer Success-teamet på Lagerkvist Software. Bedöm churnrisk (hög/medel/låg) för varje kund utifrån anteckningarna och motivera kort.",
     """- Nordvik Bygg: 12 användare, loggade in 2 gånger senaste månaden, frågade om uppsägningstid.
- Hallberg & Son: växte från 20 till 45 licenser i år, klagar högljutt på exportfunktionen.
- Eklunds Tandvård: ny ekonomichef, har bett om en jämförelse med en konkurrent, betalar alltid i tid.
- Sjöström IT: inga ärenden, ingen inloggning på 60 dagar, förnyelse om 3 veckor."""),
    ("classification", 1, "", """Mods channel question. Does this comment on our repo break the code of conduct (harassment / heated but ok)? The issue is about removing the old plugin API.

> @rkline you clearly never ran this in production. maybe stick to writing docs and leave the API decisions to people who know what they're doing. this is the third time your 'cleanup' broke our builds."""),
    # ------------------------------------------------------------------- summarization
    ("summarization", 0, "You write the #releases digest at Corvid Payments. Given a PR description, write at most 2 plain-language sentences for support and sales. No jargon.",
     """This PR replaces the hand-rolled retry loop in the webhook dispatcher with exponential backoff (base 2s, max 5 attempts, jitter). Failed deliveries now go to a dead-letter table instead of being dropped silently, and there's a new admin endpoint to replay them. Also bumps the HTTP client timeout from 5s to 10s because two big customers have slow receivers. No schema changes for existing tables, migration only adds webhook_dead_letters.

Rollout: behind the flag webhooks.backoff_v2, enabled for 10% of merchants on Monday and for everyone on Thursday if the dead-letter rate stays under 0.5%. Docs updated in /docs/webhooks/retries.md."""),
    ("summarization", 0, "", """Kun je dit kanaal samenvatten voor het MT? Max 5 bullets, geen technisch jargon, en zet erbij of het nu opgelost is.

#inc-dwh-omzetcijfers
[08:02] Femke (finance): Goedemorgen, het omzetdashboard laat voor gisteren €0 zien voor alle winkels in België. Klopt dat?
[08:05] Ruben (data eng, on-call): Ik kijk ernaar. De nachtelijke load van de kassadata is om 03:10 wel 'geslaagd' volgens Airflow.
[08:11] Ruben: Geslaagd, maar met 0 rijen voor BE. De bestanden van de kassaleverancier zijn wel gewoon binnengekomen op de SFTP-server.
[08:14] Ruben: Ah, gevonden. De bestanden hebben sinds gisteren een andere naam: kassa_be_20240611.csv werd KASSA-BE-2024-06-11.csv. Ons patroon herkent ze niet meer, dus er werd niets ingeladen.
[08:15] Femke: Dus de verkopen zijn er wel, ze zijn alleen niet ingeladen?
[08:16] Ruben: Precies. Er is geen data verloren gegaan.
[08:20] Lotte (analytics lead): Het MT-overleg is om 10:00 en ze kijken naar dit dashboard. Kunnen we het voor die tijd rechtzetten?
[08:22] Ruben: Ik pas het patroon aan en draai de load opnieuw voor 11 en 12 juni. Dat duurt ongeveer 40 minuten.
[08:25] Lotte: Dan zet ik een banner op het dashboard dat de cijfers voor België tijdelijk onvolledig zijn.
[08:41] Ruben: Load voor 11 juni loopt. Ik zie ook dat de leverancier een extra kolom heeft toegevoegd: 'btw_tarief'. Die negeren we voorlopig.
[08:52] Femke: Let op, als de btw anders verwerkt wordt kloppen de netto-bedragen niet meer.
[08:55] Ruben: Goed punt. Ik controleer of het nettobedrag nog in dezelfde kolom staat.
[09:03] Ruben: Netto staat nog op dezelfde plek, de nieuwe kolom is alleen informatief. Ik heb 20 bonnen steekproefsgewijs vergeleken met het kassasysteem, allemaal gelijk.
[09:18] Ruben: 11 en 12 juni zijn ingeladen. Dashboard is ververst.
[09:20] Femke: Ik zie nu €412.380 voor gisteren in België, dat ligt in lijn met vorige week.
[09:21] Lotte: Banner weer weggehaald.
[09:30] Sander (engineering manager): Waarom zagen we dit niet eerder? Een load met 0 rijen zou toch een alert moeten geven?
[09:33] Ruben: We krijgen alleen een alert als de taak faalt, niet als hij leeg is. Die controle ontbreekt gewoon.
[09:35] Sander: Dan wil ik dat er deze week een controle komt op het aantal rijen per land. En we moeten met de leverancier afspreken dat ze wijzigingen in het bestandsformaat vooraf melden.
[09:36] Lotte: Ik neem contact op met de leverancier, we hebben volgende week toch ons kwartaaloverleg.
[09:40] Ruben: Ik maak een ticket voor de rijencontrole. Schatting: twee dagen werk.
[09:41] Femke: Voor de maandafsluiting: zijn er nog andere dagen geraakt?
[09:44] Ruben: Nee, alleen 11 en 12 juni. Nederland en Luxemburg gebruiken een ander bestandsformaat en zijn niet geraakt.
[09:46] Femke: Fijn. Dan hoef ik de voorlopige cijfers voor het kwartaal niet opnieuw te versturen.
[09:50] Sander: Prima. Lotte, kun jij het MT om 10:00 kort bijpraten?
[09:51] Lotte: Doe ik. Ik houd het bij: oorzaak, impact, opgelost, en wat we gaan verbeteren.
[10:45] Lotte: MT is bijgepraat. Geen vragen behalve wanneer de controle live staat. Ik heb gezegd: eind van deze week.
[10:52] Sander: Helder. Ruben, lukt dat?
[10:53] Ruben: Ja, als ik morgen geen andere incidenten heb.
[11:02] Ruben: Ticket DE-882 aangemaakt voor de rijencontrole, DE-883 voor het opvangen van andere bestandsnamen. Ik zet dit kanaal op 'opgelost'."""),
    ("summarization", 0, "", """streść w 3 zdaniach dla kogoś, kto nie był na retro:
Co poszło dobrze: release 2.14 wyszedł na czas, nowy pipeline CI skrócił buildy z 18 do 7 minut, Kasia świetnie ogarnęła komunikację z klientem przy bugu z fakturami.
Co poszło źle: trzy razy zmienialiśmy zakres sprintu w trakcie, code review czekały średnio 2 dni, testy e2e na stagingu dalej są niestabilne (flaky ~15%).
Co zmieniamy: zamrażamy zakres po planningu, chyba że PO zgodzi się coś wyrzucić; wprowadzamy limit 24h na review; Bartek z Olą przez jeden sprint naprawiają flaky testy."""),
    ("summarization", 0, "Du sammanfattar supportärenden för överlämning mellan skift på Brattens IT-support. Skriv max fyra meningar: problem, vad som gjorts, status, nästa steg.",
     """Ärende #55120 – Skrivare ekonomiavdelningen
06:58 Användare (Lina Ek): Ingen på ekonomi kan skriva ut, alla jobb fastnar i kön. Vi har lönekörning idag!
07:10 Ahmed (L1): Startade om utskriftskön på PRN-SRV02. Ingen förändring.
07:25 Ahmed: Kollade skrivaren EKO-MFP-01, den svarar på ping och visar 'Klar'. Testutskrift direkt från skrivarens panel fungerar.
07:40 Ahmed: Ser i eventloggen på PRN-SRV02 att drivrutinen uppdaterades automatiskt i natt via Windows Update. Eskalerar till L2.
08:05 Josefin (L2): Bekräftat, den nya drivrutinen version 7.1 har ett känt fel med PCL6. Rullade tillbaka till 6.8 på servern.
08:12 Josefin: Två användare kan skriva ut igen. Övriga behöver starta om sina datorer eller ta bort och lägga till skrivaren på nytt.
08:20 Lina Ek: Det funkar för mig nu, tack!
08:30 Josefin: Har pausat drivrutinsuppdateringar för skrivarservern i WSUS. Resten av ekonomi (8 pers) behöver bekräfta att de är igång. Lämnar till kvällsskiftet att ringa dem som inte svarat."""),
    # summarize AND evaluate -> still summarization, but needs judgement
    ("summarization", 1, "", """Can you summarize this RFC for me and then tell me honestly whether the rollback plan holds up? I have to approve it tomorrow.

RFC-117: Move order events from the Postgres outbox table to Kafka
Author: Priyanka Sethi. Status: draft.
Problem: the outbox poller in order-service reads from a Postgres table every 500 ms. At peak (Black Friday) lag reached 9 minutes, delaying warehouse picking. The table is also 1.8 TB and vacuum can't keep up.
Proposal: capture the outbox table with Debezium CDC and publish to Kafka (topic orders.v1, 24 partitions, key = order_id) instead of the custom poller. Consumers (warehouse, invoicing, analytics) move to the topic one by one over 6 weeks.
Rollout: week 1 Debezium in shadow mode, both paths active, consumers still on the poller. Weeks 2-6 migrate one consumer per week. Week 7 remove the poller.
Rollback: if a consumer has issues after migration, switch it back to the poller with a feature flag. The poller stays deployed until week 7.
Risks: duplicate events during the switch (consumers must be idempotent; warehouse is, invoicing 'should be'); a Debezium connector failure stops all events.
Open questions: retention on orders.v1 (proposed 7 days); who owns the Kafka Connect cluster."""),
    ("summarization", 0, "", """headline for this release note? 'Dashboards now load up to 3x faster thanks to query result caching; the cache refreshes every 15 minutes or on demand.'"""),
    ("summarization", 0, """You turn raw standup notes into Confluence minutes: date, attendees, one line per person, then an 'Action items' list with owners.""",
     """standup 12 jun, data platform. present: Imke, Raf, Oskar, Dee
Imke: dbt upgrade to 1.8 done on staging, prod thursday if nothing breaks. someone needs to check the snapshot models
Raf: still fighting the Fivetran HubSpot connector, it dropped the deals table again, opened a ticket with them
Oskar: cost report ready, BigQuery spend up 22% mostly from one analyst's scheduled query scanning the full events table every hour. will talk to her
Dee: out friday. new hire laptop for Mo still not here, chasing IT
Imke asks Raf to check the snapshots since he wrote them. Raf ok
Oskar: also reminder that the warehouse maintenance window is sunday 02:00-04:00, nobody schedule backfills then"""),
    ("summarization", 1, "", """Mam notatki z 6 wywiadów z klientami naszej aplikacji do planowania dyżurów. Podsumuj główne tematy i oceń, które problemy powinny trafić najwyżej na roadmapę na Q3 (i dlaczego).

W1 – szpital powiatowy, koordynatorka: grafik robi w Excelu i dopiero potem przepisuje do nas; zamiany dyżurów załatwiają SMS-ami, bo w aplikacji jest za dużo klikania.
W2 – firma IT, 15 SRE: świetna integracja z PagerDuty, ale brakuje raportu nadgodzin do wypłat, liczą ręcznie w arkuszu.
W3 – firma ochroniarska, 80 osób: pracownicy nie mają służbowych smartfonów, potrzebują przypomnień SMS.
W4 – startup fintech: chcą rotacji follow-the-sun między Warszawą a Singapurem, strefy czasowe mylą się w widoku tygodnia.
W5 – szpital wojewódzki: zamiany dyżurów wymagają akceptacji przełożonego, teraz robią to mailem; raport godzin dla kadr też liczą ręcznie.
W6 – sieć sklepów: są zadowoleni, jedyna prośba to eksport do systemu kadrowo-płacowego Symfonia."""),
    ("summarization", 0, "", """gist in one line? 'Burn more than 50% of the monthly error budget in a week and feature deploys pause until a reliability fix ships.'"""),
    ("summarization", 1, "", """Kun je deze discussie samenvatten en zeggen welk argument volgens jou sterker is? Ik moet morgen beslissen.

Daan: we moeten naar een monorepo, we verspillen dagen aan het synchroniseren van versies tussen onze 14 repos.
Eline: een monorepo met onze huidige CI betekent builds van 40 minuten. Eerst de CI fixen.
Daan: met Bazel of Nx bouw je alleen wat er veranderd is.
Eline: en wie gaat dat onderhouden? We hebben geen platformteam.
Kees: misschien eerst de 4 repos van de betaaldienst samenvoegen als proef?"""),
    # ------------------------------------------------------------------------- rewrite
    ("rewrite", 0, "", """make this less passive aggressive pls: 'as I already mentioned twice, the deploy freeze started friday, so no, we can't ship it'"""),
    ("rewrite", 0, "", """popraw błędy: 'prosze o restart serwra bo nie dziala vpn od rana i nie moge sie zalogowac do jiry'"""),
    ("rewrite", 0, "", """Skriv om det här så att kunderna förstår, samma innehåll men mindre tekniskt: 'P.g.a. degraderad prestanda i vårt primära databaskluster har API-anrop mot /orders förhöjd latens (p95 ~4 s). Vi har initierat failover till sekundär replika och övervakar. ETA för full återställning 30 min.'"""),
    ("rewrite", 0, "Herschrijf de tekst die je krijgt in eenvoudig Nederlands (taalniveau B1). Verander niets aan de inhoud.",
     "Met ingang van 1 september is multifactorauthenticatie (MFA) verplicht voor alle medewerkers die extern inloggen op de werkplekomgeving. Authenticatie geschiedt middels de Microsoft Authenticator-applicatie dan wel een hardwaretoken, welke laatste aangevraagd dient te worden via de servicedesk. Medewerkers die nalaten MFA te activeren, zullen na de ingangsdatum geen toegang meer verkrijgen."),
    ("rewrite", 1, "", """Rewrite this postmortem section so it's blameless. Same facts, but no finger-pointing, focused on systems and process rather than people. It's going to the whole eng org.

What happened: Kevin ran the database migration script against production instead of staging because he didn't check which kube context he was in. He also skipped the dry-run flag, which everyone knows you're supposed to use. The migration dropped the `legacy_discount` column, which broke checkout for 38 minutes. Kevin then tried to fix it himself for 20 minutes before telling anyone, which made it worse. Alicia finally noticed the errors on the dashboard and paged the on-call. The column was restored from the 02:00 snapshot, but discounts applied between 02:00 and 10:14 had to be reconciled manually by finance."""),
    ("rewrite", 0, "Shorten status-page updates. Keep the meaning.", "We are currently in the process of investigating an issue which is causing some users to experience difficulties logging in."),
    ("rewrite", 0, """You turn messy bug reports into Steps to reproduce / Expected / Actual. Never add details that aren't in the report.""",
     "so yeah the thing is when you go to settings and then billing and try to change the card it just spins forever?? happened to me on chrome and also to a customer (Brightwell Dental) who called support today. firefox works i think. if you refresh the old card is still there. no error anywhere that i can see. started maybe after tuesday release idk"),
    ("rewrite", 1, "", """Przeredaguj ten komunikat tak, żeby był empatyczny, ale jasny. Treść ma zostać ta sama, to idzie do całego działu:

'Od 1 lipca zespół Mobile zostaje rozwiązany. Osoby z zespołu przechodzą do zespołów Checkout i Growth, przydział dostaniecie od managerów. Aplikacja na Androida przechodzi w tryb utrzymania. Pytania kierujcie do HR.'"""),
    ("rewrite", 0, "", """gör den här mer formell, den ska till kunden: 'tjena, servern ligger nere igen, vi fixar asap'"""),
    ("rewrite", 1, "", """Our VP of Product reads the first 3 lines and decides. Rework this so it lands with her: lead with the business case, keep every fact, move the implementation detail into a short appendix at the end.

Section 4: Proposal
We'd like to replace the current nightly batch sync between the CRM and the billing system with an event-driven sync. Currently the batch job runs at 01:00 and takes ~3h; changes made by account managers during the day only show up in billing the next morning. In Q1 this caused 212 invoices with outdated prices, of which 64 had to be credited (€38k in credit notes), and support spent an estimated 90 hours on related tickets. The event-driven sync would use CRM webhooks pushed to a queue and a small consumer service that updates billing within ~1 minute. Estimated effort: 2 engineers for 5 weeks. Running cost: ~€300/month. Risk: CRM webhook delivery is 'at least once', so the consumer must be idempotent."""),
    # ----------------------------------------------------------------------- closed_qa
    # support bot with retrieved KB passages: answer comes from the passages
    ("closed_qa", 0, """You are HelpBot for Ostrava Freight's IT service desk. Answer only from the knowledge-base passages below. If the answer isn't there, say you don't know and offer to open a ticket.

[KB-112] Software installation: Employees may install software from the Company Portal without approval. Anything outside the Company Portal requires a request via the service desk and approval from the line manager and IT Security.
[KB-087] Personal use: Limited personal use of company devices is permitted, e.g. streaming music, provided it does not interfere with work or bandwidth-sensitive meetings.
[KB-131] Network: Streaming and large downloads are blocked on the guest network; use the corporate Wi-Fi (OF-Corp) or a wired connection.
[KB-140] Browsers: Supported browsers are Edge and Chrome.""",
     "can i put spotify on my work laptop? its not in the company portal"),
    ("closed_qa", 0, "", """Jestem secondary w ten weekend. Czy muszę odebrać telefon w nocy, jeśli primary nie zareaguje, i ile mam czasu? Odpowiedz po polsku na podstawie tej polityki:

Pager & Escalation Policy – Platform Engineering (v3.2, effective 1 March)

1. Scope
This policy applies to all engineers in the Platform, Data Infrastructure and Identity teams who take part in the on-call rotation. It covers production systems listed in the service catalog with tier 1 or tier 2 criticality. Tier 3 systems are supported on a best-effort basis during business hours only.

2. Roles
Each rotation week has a primary and a secondary on-call engineer. The primary is the first point of contact for all pages. The secondary supports the primary and takes over when the primary cannot respond. The incident commander (IC) role is held by an engineering manager on a separate weekly rotation and is only involved in SEV1 and SEV2 incidents.

3. Response times
During business hours (Mon–Fri 08:00–18:00 CET), the primary must acknowledge a page within 5 minutes. Outside business hours, the primary must acknowledge within 15 minutes. If the primary has not acknowledged a page within these windows, PagerDuty automatically escalates to the secondary. The secondary must acknowledge an escalated page within 15 minutes at any time of day, including nights and weekends. If neither has acknowledged within 30 minutes of the original page, PagerDuty escalates to the IC.

4. Availability
While on call, engineers must be reachable by phone, have their laptop with them, and be able to start working within 15 minutes of acknowledging. Being on call does not require staying at home, but engineers should avoid situations where they cannot respond (flights, areas without mobile coverage). If you cannot meet these requirements for part of your shift, arrange a swap in the #oncall-swaps channel and update PagerDuty at least 24 hours in advance. Last-minute swaps because of illness are fine; notify your manager.

5. Handover
Rotations change on Monday at 10:00 CET. The outgoing primary writes a handover note in the on-call log covering open incidents, ongoing maintenance and anything flaky. The incoming primary and secondary confirm in the log that they have read it.

6. Compensation
On-call engineers receive a flat allowance per week (primary: €350, secondary: €175). Time actively spent on incidents outside business hours is compensated as overtime at 150%, or 200% on public holidays, and can alternatively be taken as time off in lieu. Log incident time in the HR portal within the same month.

7. Rest
If you are paged and work more than 2 hours between 22:00 and 07:00, you are expected to start late the next day; no approval needed. If a night incident runs longer than 4 hours, hand over to the secondary or the IC rather than continuing alone.

8. Exceptions
Engineers in their first three months do not take primary shifts but may shadow the primary. Engineers returning from parental leave may opt out of the rotation for up to 8 weeks. Exceptions beyond these require approval from the Head of Platform."""),
    ("closed_qa", 0, """Je bent de interne supportassistent van Krooswijk Hosting. Beantwoord vragen van medewerkers alleen op basis van deze SLA-tabel:

| Niveau | P1 (kantooruren / daarbuiten) | P2 (kantooruren / daarbuiten) | P3 |
|---|---|---|---|
| Bronze | 4 u / 8 u | 8 u / volgende werkdag | 3 werkdagen |
| Silver | 1 u / 2 u | 4 u / 8 u | 2 werkdagen |
| Gold | 30 min / 1 u | 2 u / 4 u | 1 werkdag |
Kantooruren: ma–vr 08:00–18:00.""",
     "Hoeveel tijd hebben we om te reageren op een P2 van een Gold-klant als die om 21:00 binnenkomt?"),
    ("closed_qa", 0, "", """Stöds Python 3.8 fortfarande efter den här releasen?

Release notes – pipekit 5.0.0
- New: support for Python 3.13.
- Removed: support for Python 3.8, which reached end-of-life in October 2024. The 4.x series gets security fixes until June 2025.
- Changed: the default for `retries` is now 3 (was 0).
- Fixed: memory leak in the S3 reader with large parquet files."""),
    ("closed_qa", 1, "", """Here's the data residency section of our contract with Aldergrove Health. Based on this, can analytics replicate their customer data into our Snowflake account in us-east-1 if we pseudonymize it first? Yes/no and why.

12.1 Supplier shall store and process Customer Personal Data exclusively in data centres located in the European Economic Area, except as set out in 12.3.
12.2 'Customer Personal Data' includes any data relating to an identified or identifiable natural person, including pseudonymized data where the Supplier holds or has access to the means of re-identification.
12.3 Aggregated statistics that cannot be linked to an individual may be processed in any region.
12.4 Any transfer outside the EEA not covered by 12.3 requires the Customer's prior written consent and appropriate safeguards under Chapter V GDPR."""),
    # a question about the text, answered by reading it -> closed_qa (not extraction)
    ("closed_qa", 0, "", """per this, who approves prod access on a saturday? 'Prod access requests go to #access and are approved by the service owner; on weekends, by the incident commander.'"""),
    ("closed_qa", 0, "", """which region had the worst p99 last week, and was it better or worse than the week before?

region   | p99 wk23 (ms) | p99 wk24 (ms) | error rate wk24
eu-west  | 410 | 385 | 0.12%
us-east  | 520 | 610 | 0.09%
ap-south | 880 | 790 | 0.31%
sa-east  | 450 | 470 | 0.05%
(wk24 = last week)"""),
    ("closed_qa", 1, "", """Mam dwa sprzeczne fragmenty z naszej wiki. Który obowiązuje w moim przypadku? Jestem kontraktorem B2B w zespole danych i chcę pobrać próbkę danych klientów na laptopa, żeby przetestować model.

Polityka bezpieczeństwa (2023): „Żadne dane osobowe klientów nie mogą być przechowywane na urządzeniach końcowych. Wyjątki zatwierdza CISO.”
Handbook zespołu Data (2024): „Do celów developmentu można pobrać zanonimizowaną próbkę do 10 000 rekordów na zaszyfrowany dysk służbowego laptopa. Dotyczy pracowników etatowych.”"""),
    ("closed_qa", 0, "", """wanneer gaat de oude Jira op slot volgens deze mail? 'Migratie naar de nieuwe Jira: weekend van 22 juni. Vrijdag 21 juni 17:00 gaat de oude omgeving op slot.'"""),
    ("closed_qa", 1, """You are the analytics assistant for Pinehollow's product team. Answer questions using only the retrieved documents. Cite the document id for each claim.""",
     """[doc: exp-2291-readout] Experiment 2291 'Guided onboarding' ran 3–24 May. Variant B (guided checklist) vs control. Primary metric: activation (created a first project within 7 days). Control 31.2% (n=4,812), B 33.9% (n=4,790). p = 0.004. Guardrail: 7-day retention unchanged.
[doc: exp-2291-notes] On 10 May, a bug in the signup form for control users on Safari blocked the 'skip tour' button for roughly 36 hours. Fixed on the evening of 11 May.
[doc: metrics-defs] Activation is counted on the user's local date. Users who sign up via SSO invites are excluded from all onboarding experiments.

Question: did guided onboarding really improve activation, or could the result be an artifact of something else? Should we ship it?"""),
    # --------------------------------------------------------------------- translation
    ("translation", 0, "", """translate to polish for the status page: 'Scheduled maintenance tonight 22:00-23:00 CET. VPN will be unavailable during this window.'"""),
    ("translation", 0, "", """Can you translate this ticket to English for the team in Manila?

'Sinds de update van vanochtend kunnen de magazijnmedewerkers in Tilburg niet meer inloggen op de handscanners. Ze krijgen de melding "certificaat ongeldig". De scanners in Venlo werken wel. We hebben er al twee opnieuw opgestart, zonder resultaat. Graag vandaag nog oplossen, want morgen komt er een grote levering binnen.'"""),
    ("translation", 0, "", """vad blir det här på engelska? 'Vi har lagt ett ärende hos leverantören och återkommer så fort vi vet mer.'"""),
    ("translation", 0, "Translate the release notes the user sends into Dutch. Keep product names, UI labels in quotes, and anything in backticks in English.",
     """Fieldbook 8.4 – release notes
New
- 'Bulk edit' is now available for tasks: select up to 200 tasks and change assignee, due date or status at once.
- The mobile app supports offline mode for forms. Changes sync automatically when you're back online.
- Admins can require SSO for all members under 'Security settings'.
Improved
- Search results now show the project name next to each task.
- Exports to Excel keep cell formatting for dates.
Fixed
- Notifications were sent twice when a task was reassigned.
- The `due_date` field in the API returned UTC instead of the workspace time zone.
Known issue
- Offline mode is not yet available on Android 10 and older."""),
    ("translation", 0, "", """Translate this into Swedish please, it's the first-week guide for new service desk agents in our Malmö office. Keep system names (ServiceNow, Intune, Okta, Teams) as they are.

Welcome to the Service Desk!

This guide covers what you need in your first week. Don't worry about memorizing everything; your buddy will go through it with you, and nobody expects you to take calls alone before Thursday.

Day 1: Accounts and equipment
Your laptop is already enrolled in Intune. Log in with the temporary password from your welcome e-mail and set up Okta Verify on your phone when prompted. You will get access to ServiceNow, the knowledge base and the shared phone queue during the afternoon. If something is missing, tell your buddy rather than raising a ticket yourself; it's faster.

Day 2: Shadowing
You'll sit with an experienced agent and listen in on calls. Pay attention to how they greet callers, how they confirm the caller's identity (employee number plus date of birth, never the full personal identity number) and how they write the ticket while talking. Good tickets have a short, specific title, the affected device or system, what the user already tried, and the exact error message.

Day 3: Your first tickets
You'll pick up low-priority tickets from the queue: password resets, printer mapping, shared mailbox access. Always check the knowledge base first. If an article is wrong or out of date, flag it with the 'KB feedback' button instead of fixing it yourself.

Day 4: Phones
You'll take calls with your buddy listening. Our target is to answer within 60 seconds and to solve 70% of calls on first contact. If you can't solve something within 15 minutes, escalate it to second line with a clear summary. Escalating is not failing; leaving a user waiting without information is.

Day 5: Security and privacy
Never ask a user for their password, and never share one over Teams or e-mail. Requests to reset MFA for managers and anyone in Finance or HR must be verified by a call-back to the number in the HR system, not the number the caller gives you. If a call feels wrong (pressure, urgency, a 'CEO' who needs something right now), put the caller on hold and ask your team lead. Report suspected phishing to the security mailbox.

Useful shortcuts
In ServiceNow, use the 'My Group' view rather than 'All', otherwise you will see tickets from other countries. Templates for the most common replies are under 'Response templates'; adapt them so they don't sound robotic. Before closing a ticket, always confirm with the user that the problem is actually solved, and write one line about what fixed it so the next agent can find it.

Practical things
Lunch is usually between 11:30 and 13:00, staggered so the phone queue is always covered. We have a team meeting every Monday at 09:15 and a short check-in at 16:30 every day. Working from home is possible two days a week once you've completed your first month. Overtime must be agreed with your team lead in advance.

Questions?
Ask anyone. Seriously. The team channel in Teams is the fastest way to get help, and everyone on it was new once."""),
    # transcreation of marketing copy with wordplay
    ("translation", 1, "", """Localise this for our Polish landing page. Don't translate literally, the pun has to work in Polish too or be replaced with something that does:
Headline: 'Stop fighting fires. Start shipping.'
Sub: 'Incidently turns 3 a.m. pages into 3-minute fixes, with on-call that doesn't burn out your team.'
CTA: 'Take the heat off, try it free'"""),
    ("translation", 0, "Translate customer e-mails into English for the product team in Dublin. Keep names, ticket numbers and quoted error messages exactly, and put the original wording of each error message in brackets after its translation.",
     """Szanowni Państwo,
od trzech tygodni próbujemy wyeksportować pełną historię zamówień z panelu administracyjnego do pliku CSV. Eksport kończy się po około 10 minutach komunikatem „Przekroczono limit czasu” i plik nie zostaje wygenerowany. Przy mniejszym zakresie dat (jeden miesiąc) wszystko działa, ale potrzebujemy danych za cały 2023 rok do audytu, który zaczyna się 15 lipca. Zgłoszenie w tej sprawie (nr 48812) zostało zamknięte przez Państwa dział wsparcia z adnotacją „działa zgodnie z założeniami”, co uważamy za nieporozumienie. Prosimy o pilny kontakt i wskazanie, jak możemy uzyskać te dane w inny sposób, np. przez API lub jednorazowy eksport przygotowany po Państwa stronie.
Z poważaniem,
Marek Zieliński
Kierownik ds. IT, Hurtownia Farmaceutyczna Medis-Pol"""),
    ("translation", 0, "You translate UI strings for the Tidewell app. Keep them short enough for a button. Return only the translations.",
     """de: 'Retry sync' / 'Discard local changes'"""),
    ("translation", 1, "Jesteś tłumaczem prawniczym w dziale zakupów. Tłumaczysz klauzule umów z niderlandzkiego na polski precyzyjnie, zachowując terminologię prawną i numerację.",
     "Artikel 9.2 – De aansprakelijkheid van Leverancier voor indirecte schade, waaronder gevolgschade, gederfde winst en verlies van gegevens, is uitgesloten, behoudens in geval van opzet of bewuste roekeloosheid van Leverancier of diens leidinggevenden."),
    ("translation", 1, "", """översätt vår 404-sida till svenska men behåll humorn, ordagrant funkar inte: 'Well, this is awkward. This page went to get coffee and never came back. Our engineers have been notified (they're also getting coffee).'"""),
    # ---------------------------------------------------------------------- formatting
    ("formatting", 0, "", "sort these by semver, oldest first: 2.10.1, 2.9.0, 2.10.0-rc1, 2.1.5, 2.10.0"),
    ("formatting", 0, "", """make this a markdown table (week | primary | secondary | notes):
wk 27 – primary Kuba, secondary Ewa
wk 28 primary: Ewa / sec: Tomek
29: Tomek (p), Marta (s)
wk 30 — Marta primary, Kuba secondary, note Kuba is off on Wednesday"""),
    ("formatting", 0, "", """convert to CSV with columns name,cpu,ram_gb,os,location:
db-prd-01: 16 vCPU, 64 GB, Ubuntu 22.04, Amsterdam
db-prd-02 – 16 vCPU / 64GB / Ubuntu 22.04 / Amsterdam
app-prd-01 8 cores 32 GB RHEL 9 Frankfurt
cache-01, 4 vCPU, 16 GB RAM, Debian 12, Amsterdam"""),
    ("formatting", 0, "Du konverterar IT-inventeringslistor till JSON. Returnera enbart en JSON-array med fälten serienummer, modell, anvandare, inkopsdatum (ÅÅÅÅ-MM-DD). Saknas ett värde, sätt null.",
     """SN: C02FK1ZQ  MacBook Pro 14 M3 – Elin Holm – köpt 3 mars 2024
PF3XK9L2, Lenovo T14 gen 4, användare: Omar Haddad, inköp 2023-11-20
5CG2291TQ  HP EliteBook 840 G9  (lager, ingen användare)  12/01/2023
C02GH7PL MacBook Air 13 M2 Sara Nyström 2023-06-05
PF4AB771 / Lenovo X1 Carbon / Johan Berg / datum okänt
DMPXT8891 iPad Air 5 – mötesrum Öresund – 2024-01-15
5CG3302RW HP EliteBook 840 G10, Fatima Ali, inköpt 7/2 2024
C02JK2MN MacBook Pro 16 M3 Max, Viktor Lund (designteam), 2024-05-30
FVFXQ2LM  MacBook Air 15 M3 – Karin Ström – beställd 2024-06-03, levererad 10 juni
PF5CC019 Lenovo T14s, Mikael Åberg (ekonomi), 2022-09-14
HPX882013 HP Z2 Mini arbetsstation, ingen användare, renderrum, köpt 15/9 2022"""),
    # schema design for messy data is formatting (deliverable = structure), judgement -> escalate
    ("formatting", 1, "", """Our old helpdesk tool only exports this mess. I want to load it into Postgres. Design a proper relational schema for it (tables, keys, column types, what becomes a lookup table) and show how the first 5 records would land in your tables. Don't write migration code, just the structure and the sample rows.

#1041 | opened 03/01/2024 09:14 | Brightwell Dental (acct 2231) | contact: Nina Marsh <nina@brightwelldental.com>, +44 20 7946 0011 | product: Scheduler v4.2 | prio HIGH | assigned: j.ortega | tags: login, sso | status: closed 04/01 | note: SSO cert expired on their side
#1042 | opened 2024-01-03 10:02 | Kestrel Freight | contact: ops@kestrelfreight.co.uk | product: Tracker (web) | P2 | assigned: - | tags: export | status: open | note: CSV export cuts off at 10k rows
#1043 | 3 Jan 2024 | Brightwell Dental acct#2231 | Tom Baird tom.baird@brightwelldental.com | Scheduler 4.2.1 | prio: med | assigned j.ortega, s.kim | tags: sms;reminders | status: waiting on customer | note: reminders sent twice
#1044 | opened 04/01/2024 | Lindqvist Bygg AB (acct 3190) | contact: Erik Lindqvist, erik@lindqvistbygg.se | product: Tracker mobile iOS 2.8 | prio LOW | assigned: m.haas | tags: ui | status: closed 2024-01-09 | note: dark mode contrast
#1045 | 2024-01-04 16:40 | Kestrel Freight (2207) | Dev Anand, dev.anand@kestrelfreight.co.uk, +44 161 496 0321 | Tracker web | prio HIGH | assigned: s.kim | tags: api, rate-limit | status: escalated to eng (ENG-5512) | note: 429s on bulk endpoint
#1046 | 05/01/2024 08:03 | Aldergrove Health | contact: IT desk <itdesk@aldergrove.nhs.example> | Scheduler v4.2 | P1 | assigned: j.ortega | tags: outage | status: closed 05/01 11:20 | note: whole clinic couldn't book, caused by our deploy
#1047 | opened 2024-01-05 | Brightwell Dental (2231) | Nina Marsh | Scheduler v4.2.1 | prio LOW | assigned: - | tags: feature request, calendar | status: open | note: wants Google Calendar two-way sync
#1048 | 06/01/2024 | Marlowe & Pike Solicitors (acct 3301) | contact: Ruth Pike ruth@marlowepike.law | Scheduler 4.1 | prio med | assigned m.haas | tags: billing | status: closed 2024-01-08 | note: invoice had wrong VAT number
#1049 | 2024-01-08 07:55 | Kestrel Freight acct 2207 | ops@kestrelfreight.co.uk | Tracker mobile Android 2.8.1 | P2 | assigned: s.kim | tags: gps;battery | status: open | note: app drains battery on Samsung devices
#1050 | 08 Jan 2024 | Lindqvist Bygg AB 3190 | Anna Sjö anna.sjo@lindqvistbygg.se | Tracker web | prio: HIGH | assigned: j.ortega | tags: access, sso | status: closed 09/01 | note: new employees can't be invited, seat limit reached
#1051 | opened 2024-01-09 | Aldergrove Health (acct 2410) | Dr. Paul Ames <p.ames@aldergrove.nhs.example> | Scheduler 4.2.1 | prio: medium | assigned: m.haas, j.ortega | tags: reports | status: waiting on eng (ENG-5530) | note: monthly utilisation report shows wrong totals
#1052 | 09/01/2024 15:12 | Brightwell Dental | Tom Baird | Scheduler v4.2.1 | LOW | assigned - | tags: - | status: open | note: asks if we support Welsh language UI"""),
    ("formatting", 0, "Normalise every date in the input to ISO 8601 (YYYY-MM-DD), one per line, same order.",
     "03/04/24 (UK), 4 March 2024, 2024.03.05, Mar 6th 2024, 07-03-2024"),
    ("formatting", 1, "You clean CRM exports for the RevOps team. Merge rows that refer to the same person, keep the most complete and most recent value for each field, and output CSV with the header name,email,company,title,last_activity.",
     """name,email,company,title,last_activity
Jan de Wit,jan.dewit@hollandia-logistiek.nl,Hollandia Logistiek,,2024-02-11
J. de Wit,j.dewit@hollandia-logistiek.nl,Hollandia Logistiek BV,IT Manager,2024-04-02
Marta Kowalska,marta.k@novapharm.pl,NovaPharm,Head of Data,2023-12-19
Marta Kowalska-Nowak,marta.k@novapharm.pl,Novapharm S.A.,Head of Data & Analytics,2024-03-28
Sven Ekholm,sven@ekholm.se,Ekholm Konsult,CTO,2024-01-05
Sven Ekholm,sven.ekholm@gmail.com,,,2022-08-30
jan de wit,JAN.DEWIT@HOLLANDIA-LOGISTIEK.NL,,,2023-11-20"""),
    ("formatting", 0, "", "zamień na JSON: host=db-01 port=5432 user=ro_reader region=eu-west-1 ssl=true"),
    ("formatting", 1, "", """Maak van deze aantekeningen van de roadmapsessie een tabel met kolommen: initiatief | kwartaal | eigenaar | status | afhankelijk van. Als iets niet expliciet gezegd is maar wel duidelijk uit de context blijkt, vul het in en markeer het met (?).

- SSO voor enterprise: Q3, Noor trekt het, loopt al, kan pas live als het nieuwe rechtenmodel er is
- nieuw rechtenmodel: ook Noor's team, moet vóór SSO af dus eigenlijk Q2, nog niet gestart
- mobiele app offline: Bram wil Q4, maar alleen als we de sync-engine van het data-team krijgen
- sync-engine: data-team (Femke), Q3, in ontwerp
- prijsmodel per gebruik: nog geen eigenaar, 'ergens volgend jaar', wacht op de facturatiemigratie
- facturatiemigratie: finance + Bram, Q3, loopt"""),
    ("formatting", 0, "", """sortera incidenterna efter datum, senaste först, och gör en markdown-tabell (id, datum, beskrivning):
INC-311 2024-03-02 DNS-fel i interna zonen
INC-298 2024-01-17 Certifikat gick ut på api-gw
INC-325 2024-04-11 Disk full på loggservern
INC-301 2024-02-09 Fel i lönekörningen"""),
    # ------------------------------------------------------------------------- open_qa
    ("open_qa", 0, "", "whats the actual difference between an SLO and an SLA, people at work use them like synonyms"),
    ("open_qa", 0, "", "what is churn exactly and how do SaaS companies calculate it?"),
    ("open_qa", 1, "", "Hoe gaan B2B-productteams om met sales die klanten features beloven die niet op de roadmap staan? Wat werkt in de praktijk?"),
    ("open_qa", 0, "", "vad är skillnaden mellan incident och problem i ITIL?"),
    # domain advice (employment rules) -> open_qa
    ("open_qa", 1, "", "how do companies usually structure paid on-call for SREs in Germany, and which working-time rules (rest periods, standby) could bite us?"),
    ("open_qa", 0, "", "what does NPS stand for and how is it calculated?"),
    ("open_qa", 1, "", """explain why Goodhart's law hits engineering metrics like velocity and story points so hard, with a few examples of how teams end up gaming them"""),
    ("open_qa", 1, "", "Jak ustalić politykę retencji danych zgodną z RODO dla zespołu analitycznego (surowe eventy, hurtownia, dashboardy)? Co anonimizować i kto powinien o tym decydować?"),
    ("open_qa", 0, "", """okr vs kpi, what's the difference in practice?"""),
    ("open_qa", 1, """You are an internal advisor for product managers at Quarrystone, a B2B SaaS company selling field-service software. Give balanced, practical answers and say when something depends on data we'd need to collect.""",
     "We charge per seat today (€29/user/month). Our biggest customers have lots of occasional users (technicians who log in twice a month) and keep complaining about paying for them, while small customers use the product heavily. Leadership is asking whether we should move to usage-based pricing (per completed work order) or a hybrid. What are the main trade-offs, how have other SaaS companies handled a transition like this without scaring existing customers, and what should we look at before deciding? For context: about 340 customers, the top 20 make up 55% of revenue, and most contracts renew annually in Q1."),
    # ------------------------------------------------------------------- brainstorming
    ("brainstorming", 1, "", "names for our new internal data catalog? something nautical maybe, the container registry is already called Harbor"),
    ("brainstorming", 1, "", "team-building ideas for a distributed SRE team (Kraków, Lisbon, Manila)? online, and please not another quiz 😅"),
    ("brainstorming", 1, "", """Our service desk gets about 1,900 tickets a month. Roughly 35% are password resets, 15% 'how does X work', 10% printer problems, the rest is all over the place. What ideas do you have to bring ticket volume down without employees feeling brushed off? Long list please, wild ideas welcome."""),
    ("brainstorming", 1, "", "ge mig bra öppna intervjufrågor till butikschefer om hur de faktiskt använder vår försäljningsdashboard i vardagen"),
    ("brainstorming", 0, "", """3 subject lines for the email announcing saturday's maintenance window"""),
    ("brainstorming", 1, "", """I got a 30-min slot at a data engineering meetup in Utrecht. Topic is data contracts between product teams and the data team, we've been doing them for a year (mixed results). Give me a bunch of possible angles/titles for the talk, some serious, some a bit provocative."""),
    ("brainstorming", 1, "You are a product discovery assistant for the growth team at Tallyho, a budgeting app. When asked for hypotheses, give a wide list, group them, and say for each one what data would confirm or kill it.",
     "Since the 2nd of the month, the share of new signups who connect a bank account within 24h dropped from 48% to 37%. Nothing in the onboarding flow changed on our side as far as we know. Things that did happen around then: our iOS app 6.2 release (mostly bug fixes), a new paid acquisition campaign on TikTok started, one of the bank aggregators we use (Finlink) pushed an update to their consent screen, and the marketing site got a new pricing page. Android and iOS are both affected, iOS a bit more. What could explain it?"),
    # a handful of narrow alternatives -> no escalation
    ("brainstorming", 0, "", """5 softer synonyms for 'outage' for our status page messages?"""),
    ("brainstorming", 1, "", "leuke namen voor onze slackbot die incidenten aanmaakt? liefst iets met een knipoog"),
    ("brainstorming", 1, "", """We're launching self-serve dashboards for customers next quarter (they can build their own charts on our data instead of asking their CSM). What metrics should product track to know if it's working? Give me a wide list, leading and lagging, including a few that would warn us it's hurting something."""),
    # ---------------------------------------------------------------- creative_writing
    ("creative_writing", 0, "", "write me a one-line OOO: off until the 14th, for prod issues page the on-call via #sre-help"),
    ("creative_writing", 1, "", "napisz wiersz o wdrożeniu na produkcję w piątek o 16:55, coś w stylu ballady, z morałem na końcu"),
    ("creative_writing", 1, "", """Schrijf een afscheidsspeech voor Henk, onze systeembeheerder die na 27 jaar met pensioen gaat. Hij heeft ooit de hele serverruimte tijdens een overstroming in 2003 op tafels gezet, drinkt alleen thee, noemt elke server 'meisje' en heeft nooit een wachtwoord op een post-it geschreven. Ongeveer 3 minuten, warm en grappig."""),
    ("creative_writing", 0, "Du skriver korta, vänliga Slack-meddelanden åt ekonomiavdelningen.",
     "påminn teamet: tidrapporten ska vara inne senast fredag kl 12, annars blir lönen försenad"),
    ("creative_writing", 1, "", """short story told by a cron job that's been running every night since 2011 on a server nobody remembers owning"""),
    # written from facts, not a rewrite of a draft -> creative_writing
    ("creative_writing", 1, """You write public incident reports for Brightpath Payments' status blog. Tone: honest, specific, no corporate fluff, no blame on individuals. Structure: what happened, impact, root cause, what we're changing.""",
     """Facts from the internal postmortem:
- 14 March, 13:02–14:19 UTC, card payments via our API failed for ~41% of requests in the EU region. US unaffected.
- Cause: a TLS certificate on an internal service-to-service proxy expired. Auto-renewal had silently failed since February because of a DNS validation change.
- Alerting fired on error rate at 13:06, but the on-call first suspected a card-network issue because one network was also reporting problems that day.
- Fix: certificate renewed manually at 14:12, traffic recovered by 14:19.
- About 18,000 payment attempts failed; merchants' customers could retry, no double charges.
- Changes: monitoring on certificate expiry for all internal certs (not just public ones), renewal failures now page, runbook updated so cert expiry is checked in the first 10 minutes of any TLS-related error spike.
Write the post."""),
    ("creative_writing", 1, "", "a sea shanty about backfilling three years of data into the warehouse after someone dropped the wrong partition"),
    ("creative_writing", 1, "", "Napisz wpis na nasz blog inżynieryjny o tym, jak przenieśliśmy 40 mikroserwisów z VM-ek na Kubernetesa w 5 miesięcy. Najważniejsze: zaczęliśmy od najmniej krytycznych usług, największy problem to były sesje trzymane w pamięci, koszty spadły o 18%, a zespół on-call dostaje o połowę mniej alertów. Ton luźny, ale konkretny, ok. 600 słów."),
    ("creative_writing", 1, "", """limerick over Jira graag, iets met tickets die nooit naar 'Done' gaan"""),
    ("creative_writing", 1, "", """Need a toast for Friday: it's 5 years since we launched Loomwise v1. Back then it was 3 people in a borrowed office above a bakery, the first customer was a yoga studio, and the launch-day server crashed twice. Now we're 60 people. Under 2 minutes, funny but with a real thank-you to the early team."""),
    # ----------------------------------------------------------------------- reasoning
    ("reasoning", 0, "", "99.95% monthly uptime, 30 day month: how many minutes of downtime is that allowed?"),
    ("reasoning", 1, "", """Ułóż grafik dyżurów (primary + secondary) na 4 tygodnie dla 5 osób: Ania, Bartek, Celina, Darek, Ela. Warunki:
1. Nikt nie ma dyżuru (w żadnej roli) dwa tygodnie z rzędu.
2. Bartek ma urlop w tygodniu 2.
3. Ela jest nowa: może być tylko secondary i wtedy primary musi być Ania.
4. Celina i Darek nigdy nie dyżurują w tym samym tygodniu.
5. Każdy ma co najmniej 1 i najwyżej 2 dyżury łącznie.
Czy da się to ułożyć? Jeśli tak, podaj grafik i krótko pokaż, dlaczego działa."""),
    ("reasoning", 1, "", "Rough estimate please: how much storage do we need per year for application logs? 120 services, ~15 pods each, every pod writes ~200 log lines/min of ~350 bytes. Compression is about 8x. We keep 90 days hot (uncompressed and indexed, assume 1.5x overhead) and then cold (compressed) up to 1 year. Show the math."),
    ("reasoning", 0, "", "hur många GB är 3,2 TiB?"),
    ("reasoning", 1, "", """Checkout calls 4 services in series: auth (99.95%), cart (99.9%), payments (99.9%) and inventory. Inventory runs as 2 independent replicas, each 99.8% available, and works if either one is up. Assuming independent failures, what's checkout's expected availability, and how many minutes of downtime per 30-day month is that?"""),
    ("reasoning", 1, "", """Can you work out our realistic capacity for sprint 42 (10 working days, Mon 3 – Fri 14 June) and whether we can commit to the backlog below?

Team:
- Ingrid: full time, off Thu 6 June (Swedish national day), on call in week 2 (on-call weeks count as 50% capacity)
- Pawel: 80% part-time (never works Fridays), also off Mon 10 and Tue 11 June
- Joost: full time, on call in week 1
- Mei: joined last week, count her at 50% for the whole sprint
Historically the team delivers ~1.4 points per full person-day (meetings already included in that number).

Backlog in priority order: DATA-210 (8), DATA-214 (5), DATA-199 (13), DATA-220 (3), DATA-223 (5), DATA-225 (8).
Which tickets fit? If DATA-199 doesn't fit whole, what would we have to drop further down to make room for it?"""),
    ("reasoning", 0, "", "we had 1840 tickets last month and 23% were password resets. how many resets is that"),
    ("reasoning", 1, "", "Mamy wyniki testu A/B nowego ekranu płatności. Kontrola: 12 480 sesji, 1 186 zakupów. Wariant B: 12 515 sesji, 1 297 zakupów. Czy różnica jest istotna statystycznie na poziomie 5%? Policz krok po kroku (test dla dwóch proporcji) i podaj względny wzrost konwersji."),
    ("reasoning", 0, "", """14 VM's à €0,12 per uur, een maand rekenen we als 730 uur. wat kost dat per maand?"""),
    ("reasoning", 1, "", """Postmortem puzzle for the team quiz, want to check the answer is unique. Four teams deployed between 14:00 and 15:00: Search, Billing, Auth and Notifications, at 14:05, 14:20, 14:35 and 14:50 (one each).
1. Billing deployed before Auth.
2. Notifications was neither first nor last.
3. The outage began exactly 15 minutes after Search deployed, right after another team's deploy.
4. Auth did not deploy at 14:20.
5. Search and Billing did not deploy in consecutive slots.
6. Search deployed before Notifications.
Whose deploy caused the outage, and what's the full order?

Context: it's for the Friday incident-review quiz and people get 10 minutes. Also tell me whether any clue is redundant, because I'd like to cut it if the answer stays unique, and whether clue 3 is worded clearly enough that nobody can argue about it afterwards."""),
    # -------------------------------------------------------------------------- coding
    ("coding", 0, "", "git: undo my last commit but keep the changes staged?"),
    # error message + "what does this mean" -> coding
    ("coding", 0, "", """what does this mean? our daily report script died with KeyError: 'CZK' on the line `total = row["net_amount"] * fx_rates[row["currency"]]`"""),
    ("coding", 0, "", "Postgres table events(user_id, event_name, event_ts). SQL for monthly active users per month, last 12 months?"),
    ("coding", 1, "", """Våra Airflow-tasks fastnar i 'queued' sedan vi uppgraderade till 2.9, ibland i en halvtimme, sen kör de plötsligt. Inga fel i schedulerloggen. Vi kör CeleryExecutor på Kubernetes med 3 workers. Vad kan det vara och hur felsöker vi?

Relevant config:
[core]
parallelism = 32
max_active_tasks_per_dag = 16
max_active_runs_per_dag = 4
[celery]
worker_concurrency = 8
[scheduler]
parsing_processes = 2
min_file_process_interval = 30

Vi har ca 140 DAGs, de flesta körs varje timme på hel timme. Poolen default_pool har 128 slots. Redis är broker, Postgres metadata-db (db.t3.medium).

Det enda vi ser är det här i schedulerloggen, om och om igen:
[2024-06-12T10:00:41] INFO - Not executing <TaskInstance: sales_hourly.load_orders scheduled__2024-06-12T09:00:00+00:00 [scheduled]> since the number of tasks running or queued from DAG sales_hourly is >= to the DAG's max_active_tasks limit of 16
[2024-06-12T10:00:41] INFO - Setting the following tasks to queued state: ... (54 tasks)"""),
    ("coding", 1, "", r'''Can you review this ETL script before it goes to prod? It loads the daily partner settlement file into our warehouse. Looking for bugs, security problems, and anything that will hurt us at 3am. Be blunt.

```python
import csv, os, time, logging
import psycopg2
from datetime import datetime

DB = psycopg2.connect(host="wh-prod.internal", user="etl", password="Sp1ceRack!2023", dbname="finance")
log = logging.getLogger("settlements")

def parse_amount(s):
    return float(s.replace(",", "."))

def load_file(path, partner, seen=[]):
    rows = list(csv.DictReader(open(path)))
    cur = DB.cursor()
    for r in rows:
        if r["txn_id"] in seen:
            continue
        seen.append(r["txn_id"])
        ts = datetime.strptime(r["settled_at"], "%Y-%m-%d %H:%M:%S")
        amount = parse_amount(r["amount"])
        cur.execute(f"""
            INSERT INTO settlements (txn_id, partner, settled_at, amount, currency)
            VALUES ('{r["txn_id"]}', '{partner}', '{ts}', {amount}, '{r["currency"]}')
        """)
    DB.commit()
    log.info("loaded %s rows", len(rows))

def fetch_with_retry(fn, *args):
    for i in range(5):
        try:
            return fn(*args)
        except Exception:
            time.sleep(2 ** i)

def notify(msg):
    import requests
    requests.post("https://hooks.slack.com/services/T0123/B0456/abcDEF123", json={"text": msg})

def reconcile(partner, day):
    cur = DB.cursor()
    cur.execute(f"SELECT count(*), sum(amount) FROM settlements WHERE partner = '{partner}' AND settled_at::date = '{day}'")
    n, total = cur.fetchone()
    if n == 0:
        notify(f"no settlements for {partner} on {day}")
    return n, total

def main():
    inbox = "/data/sftp/inbox"
    for name in os.listdir(inbox):
        partner = name.split("_")[0]
        fetch_with_retry(load_file, os.path.join(inbox, name), partner)
        os.rename(os.path.join(inbox, name), os.path.join("/data/sftp/done", name))
        reconcile(partner, datetime.now().strftime("%Y-%m-%d"))

if __name__ == "__main__":
    main()
```

A typical file looks like this (head of acme_2024-06-11.csv):

txn_id,settled_at,amount,currency,merchant_ref,status
AC-88120931,2024-06-11 00:03:12,"1.234,56",EUR,M-22019,SETTLED
AC-88120932,2024-06-11 00:03:12,"89,90",EUR,M-10077,SETTLED
AC-88120940,2024-06-11 00:04:55,"-45,00",EUR,M-22019,REFUND
AC-88120941,2024-06-11 00:05:01,"12.000,00",SEK,M-30112,SETTLED
AC-88120941,2024-06-11 00:05:01,"12.000,00",SEK,M-30112,SETTLED

Note the duplicated last line, which partners do send sometimes, and that refunds come as negative amounts in the same file.

Context: files are 200-800 MB, about 15 partners, some partners send amounts like "1.234,56" and some "1,234.56". Partners are in different time zones and the settled_at column has no offset. The job runs from cron every 15 minutes on a single VM. Finance reconciles settlements against bank statements every morning and last month found 11 transactions that were in the partner file but not in the warehouse, and 3 that appeared twice after a VM restart. Also, one partner file name was "acme_2024-05-01.csv; rm -rf ~" last week, which our SFTP accepted (it didn't do anything but still). The crontab line is `*/15 * * * * /usr/bin/python3 /opt/etl/settlements.py >> /var/log/settlements.log 2>&1` and nothing rotates that log. There are no tests. The warehouse table has no primary key or unique constraint on txn_id because "the script already dedupes". We want to add 10 more partners in Q3, some of them sending files of several GB, and finance wants the data available by 07:00 CET at the latest.

For reference, the last incident: on 28 May the VM rebooted for kernel patching at 03:10 while a 700 MB file was half loaded. The next cron run picked up the same file again because it was still in the inbox, which is probably where the duplicates came from. Nobody noticed the missing transactions until finance did, because the log said 'loaded 412,880 rows' as usual. Our on-call also says the job sometimes takes longer than 15 minutes, so two runs overlap.

What would you change, in order of priority? If a rewrite is the right answer, say so and sketch the structure.'''),
    ("coding", 0, "", "regex that matches jira keys like ABC-123 or DATA-4410 but not abc-123?"),
    ("coding", 1, "You are a senior SRE reviewing Terraform changes for security and reliability problems before they are applied to the production account. Be specific and point to the lines.",
     """resource "aws_security_group" "analytics_db" {
  name   = "analytics-db"
  vpc_id = var.vpc_id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "analytics" {
  identifier          = "analytics-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.xlarge"
  allocated_storage   = 500
  publicly_accessible = true
  skip_final_snapshot = true
  backup_retention_period = 0
  storage_encrypted   = false
  multi_az            = false
  username            = "admin"
  password            = "changeme123"
  vpc_security_group_ids = [aws_security_group.analytics_db.id]
}

resource "aws_s3_bucket" "analytics_exports" {
  bucket = "acme-analytics-exports-prod"
}

resource "aws_s3_bucket_public_access_block" "analytics_exports" {
  bucket                  = aws_s3_bucket.analytics_exports.id
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}"""),
    ("coding", 0, "", "jak w bashu policzyć łączną liczbę linii we wszystkich plikach .log w katalogu i podkatalogach?"),
    ("coding", 1, "", """We consumeren orderevents uit Kafka (topic orders.v1, 24 partities, at-least-once delivery) en schrijven ze naar BigQuery. Nu krijgen we dubbele rijen na elke rebalance of deploy van de consumer, en finance telt omzet dubbel. Hoe ontwerp ik dit zodat het effectief exactly-once wordt in de warehouse?

Huidige opzet:
- Python consumer (confluent-kafka), enable.auto.commit=true, auto.commit.interval.ms=5000
- per batch van 500 berichten een streaming insert naar BigQuery (insertAll), geen insertId
- 3 replica's in Kubernetes, rolling deploys een paar keer per dag
- events hebben een event_id (UUID) en order_id; een order kan meerdere events hebben (created, paid, refunded)

Ik twijfel tussen: de Storage Write API met committed streams, een staging-tabel + MERGE elke 5 minuten, of dedup in een view. Wat zijn de trade-offs en wat zou jij doen? Graag met een schets van de code voor de commit-volgorde."""),
    ("coding", 0, "", "what does `fatal: refusing to merge unrelated histories` mean and how do i get past it"),
    # --------------------------------------------------------------------------- other
    ("other", 0, """You are PipeBot, the data platform team's Slack assistant. Answer questions about Airflow, dbt and the warehouse.""",
     "thanks, that fixed the pipeline 🙏"),
    ("other", 0, "", "hej, jesteś tam?"),
    ("other", 1, "", """Ik moet het even kwijt. Drie weken achter elkaar storingen, twee keer 's nachts eruit gebeld, en vandaag vroeg mijn manager in de retro 'waarom dit steeds bij ons gebeurt'. Ik slaap slecht en heb geen zin meer in mijn werk, terwijl ik dit vak altijd leuk vond. Ik weet niet zo goed wat ik moet doen."""),
    # personal career decision -> other
    ("other", 1, "", "Jag är dataingenjör på en storbank sedan 4 år, trygg lön, bra pension, men tråkiga projekt. Nu har jag fått ett erbjudande från en startup inom klimatdata: 10% lägre lön, optioner, mycket roligare teknik. Vi väntar vårt första barn i höst. Vad skulle du göra i mitt läge?"),
    ("other", 0, "", "tell me a joke about kubernetes"),
    # role-play set up in the system prompt -> other
    ("other", 1, """You are Mara, a grumpy CTO at a fintech, interviewing the user for a staff SRE role. Ask one question at a time, push back on vague answers, and give no feedback until the user says 'end interview'.""",
     """ok, I'm ready. go easy on me 😬"""),
    ("other", 0, "You are Helpy, the IT helpdesk assistant for Norrland Energi employees.",
     "which model are you btw? and can you see what I asked in my other chats?"),
    ("other", 1, "", """coworker keeps presenting my work as his in sprint demos and my manager doesn't notice. how do i deal with this without making it a whole drama?"""),
    ("other", 0, "", "goedemorgen! lange nacht gehad met een storing haha, hoe gaat het met jou?"),
    ("other", 1, "You are Compass, a coaching assistant for engineering managers at Driftwood Labs. Be supportive, ask clarifying questions when needed, and never give HR-legal advice.",
     """I'm a new team lead. In my 1:1 today one of my engineers started crying when I mentioned her PR reviews were slow. I froze, said 'no worries, take your time' and ended the meeting early. I feel awful. What should I do now, and how do I handle the next 1:1?"""),
]
