"""Training-only translations of hand-written English training prompts (chunk 2: German, Dutch, Polish)."""
T = [
    ("tri-5981b1193156", "de", "", "bist du chatgpt oder irgendwas anderes?"),
    ("tri-1f134c187940", "de", "", """Bitte diesen Export vom Stromversorger in eine stündliche CSV umbauen: Spalten timestamp_utc (ISO 8601), meter_id, kwh. Probleme: Die Zeiten sind Ortszeit Europe/Berlin inkl. der Zeitumstellung am 27.10., manche Zeilen sind in Wh statt kWh, und Z2 liefert 15-Minuten-Werte, die zu Stundenwerten aufsummiert werden müssen.

Zähler;Zeit;Wert;Einheit
Z1;27.10.2024 01:00;412;kWh
Z1;27.10.2024 02:00;398;kWh
Z1;27.10.2024 02:00;405;kWh
Z1;27.10.2024 03:00;390000;Wh
Z2;27.10.2024 01:00;101,5;kWh
Z2;27.10.2024 01:15;99,8;kWh
Z2;27.10.2024 01:30;100,2;kWh
Z2;27.10.2024 01:45;98,9;kWh"""),
    ("tri-5c79a1ae38a8", "nl", "", """bulletpoints van deze voicemail aub

"Hoi, met Gerrit van Loodgietersbedrijf Persveld. Het omschakelventiel voor je cv-ketel is binnen. Ik kan woensdag rond negen uur, duurt een uurtje of twee, er moet wel iemand thuis zijn. 240 plus btw, pinnen is prima. Als woensdag niet uitkomt, bel dan even naar kantoor. Doei!\""""),
    ("tri-658b704f696c", "pl", "", """Przeredaguj ten akapit z naszego skeleton argument, żeby był zwięźlejszy i mocniej uderzał. Nie zmieniaj żadnych faktów ani powołanych orzeczeń czy przepisów.

"It is respectfully submitted that it would appear that the Defendant has, in a manner that is arguably not entirely consistent with its obligations under clause 9.2, failed to provide the Claimant with the quarterly reports which it was, on a plain reading of the Agreement, required to provide, and that this failure, which persisted over a period of some 14 months despite repeated reminders from the Claimant on 3 March, 11 June and 2 October 2023, is in the Claimant's submission a matter which the Court may wish to consider as being relevant to the question of whether the Defendant's breach can properly be characterised as repudiatory.\""""),
    ("tri-118000cd5595", "de", "Du schreibst öffentliche Incident-Berichte für den Status-Blog von Brightpath Payments. Ton: ehrlich, konkret, kein Corporate-Blabla, keine Schuldzuweisungen an einzelne Personen. Aufbau: Was ist passiert, Auswirkungen, Ursache, was wir ändern.", """Fakten aus dem internen Postmortem:
- 14. März, 13:02–14:19 UTC: Kartenzahlungen über unsere API schlugen in der Region EU bei ca. 41 % der Requests fehl. USA nicht betroffen.
- Ursache: Ein TLS-Zertifikat auf einem internen Service-to-Service-Proxy ist abgelaufen. Die automatische Verlängerung schlug seit Februar unbemerkt fehl, wegen einer Änderung bei der DNS-Validierung.
- Das Alerting auf die Fehlerrate hat um 13:06 ausgelöst, aber die Rufbereitschaft hat zuerst ein Problem beim Kartennetzwerk vermutet, weil eines der Netzwerke an dem Tag ebenfalls Störungen gemeldet hatte.
- Fix: Zertifikat um 14:12 manuell erneuert, Traffic bis 14:19 wieder normal.
- Etwa 18.000 Zahlungsversuche schlugen fehl; die Kunden der Händler konnten es erneut versuchen, keine Doppelbelastungen.
- Änderungen: Monitoring des Ablaufdatums für alle internen Zertifikate (nicht nur die öffentlichen), fehlgeschlagene Verlängerungen lösen jetzt einen Page aus, Runbook aktualisiert, sodass bei jedem TLS-bezogenen Anstieg der Fehlerrate in den ersten 10 Minuten das Zertifikatsablaufdatum geprüft wird.
Schreib den Post."""),
    ("tri-c1403954a1a1", "nl", "Antwoord uitsluitend op basis van de gegeven context.", """Context: De winkel is open ma-vr 9-18, za 10-16, zo gesloten.
V: kan ik zaterdag om 5 uur 's middags langskomen?"""),
    ("tri-8ec97f32b20b", "pl", "", "4 współlokatorów, pokoje mają 14, 11, 11 i 8 m², czynsz łącznie 2200 €. jeden z tych 11-metrowych ma balkon, umówiliśmy się że jest wart dodatkowe 60 €/mies. jak uczciwie podzielić czynsz według metrażu? rozpisz to tak, żeby nikt nie mógł się przyczepić"),
    ("tri-6fb6474159e1", "de", "", """Kannst du meinen Entwurf überarbeiten? Wir hatten einen Vorfall, bei dem durch einen Bug einigen Kunden etwa 40 Minuten lang die Bestellhistorie anderer Leute angezeigt wurde. Die Rechtsabteilung sagt, wir dürfen keine Haftung eingestehen und nicht über die Auswirkungen spekulieren, aber es soll trotzdem nicht klingen, als hätte das ein Roboter geschrieben. Alle Fakten bitte drinlassen.

Entwurf:
Betreff: Wichtiger Hinweis zu Ihrem Konto
Liebe Kundin, lieber Kunde,
am 2. Juni zwischen 10:05 und 10:47 Uhr MEZ führte ein technischer Fehler auf unserer Website dazu, dass einige eingeloggte Kunden die Bestellhistorie eines anderen Kunden sehen konnten. Ihre Bestellhistorie könnte in diesem Zeitraum für einen anderen Kunden sichtbar gewesen sein. Angezeigt wurden Namen, Lieferadressen und die bestellten Artikel. Zahlungskartendaten oder Passwörter wurden nicht angezeigt. Wir haben den Fehler um 10:47 Uhr behoben und geprüft, dass er nicht wieder auftreten kann. Wir haben die Datenschutzbehörde informiert. Sie müssen nichts tun, aber seien Sie vorsichtig bei E-Mails, die nach Ihren Daten fragen. Es tut uns wirklich wirklich leid, das hätte nie passieren dürfen und es ist komplett unsere Schuld.
Danke,
Ihr Nordhavn Outdoor Team"""),
    ("tri-fca99a162514", "nl", "", "andere woorden voor 'verplicht' in een beleidsdocument? gewoon 3-4 opties"),
    ("tri-03bc445c0b61", "pl", "", """tylko numery ISIN, jeden w linii

Kwartalna notatka dla klientów: w tym okresie zredukowaliśmy pozycję w Aldwych Water Holdings (GB00BQ7Z4X18) po silnych wzrostach, otworzyliśmy pozycję w Selby Cold Chain (IE00BK5R8T27) i dokupiliśmy Tavistock Rail Leasing (GB00BM9F0C53). Jedynym wyjściem była spółka Halloran Mining (AU000HMX5521), sprzedana z powodu zastrzeżeń dotyczących ładu korporacyjnego."""),
    ("tri-4615c0b04d9d", "de", "Du bist ein erfahrener Backend-Engineer und berätst ein Legal-Tech-Startup. Liefere ein konkretes Design mit Tabellen, Schlüsseln und den wichtigsten Queries.", "Wir bauen eine Aktenverwaltung für kleine Kanzleien (5–50 Anwälte). Kernanforderungen: Mandanten, Mandate/Akten, Beteiligte an jeder Akte (Mandant, Gegenpartei, Streitgenosse, Zeuge ...), Personen und Unternehmen können in vielen Akten in unterschiedlichen Rollen auftauchen, und bevor wir ein neues Mandat anlegen, müssen wir eine Kollisionsprüfung machen, die auch verbundene Unternehmen (Mutter/Tochter) und Namensvarianten erkennt. Postgres. Wie würdest du das modellieren und wie würde die Query für die Kollisionsprüfung funktionieren?"),
    ("tri-ccb2b80196fd", "nl", "", "afwezigheidsmelding voor volgende week graag, ik zit de hele week in een zitting, terug op maandag de 17e, dringende zaken naar Dana Whitlock"),
    ("tri-99a57235d719", "pl", "Jesteś asystentem SQL w Tallyframe, narzędziu BI. Podłączona hurtownia to Snowflake. Dostępne tabele: ORDERS(ORDER_ID, CUSTOMER_ID, ORDER_TS, STATUS, TOTAL_EUR), CUSTOMERS(CUSTOMER_ID, COUNTRY, SEGMENT, CREATED_AT), REFUNDS(REFUND_ID, ORDER_ID, AMOUNT_EUR, REFUNDED_AT). STATUS przyjmuje jedną z wartości PLACED, SHIPPED, DELIVERED, CANCELLED. Zwróć jedno zapytanie SQL w bloku kodu i nic poza tym.", "przychód netto per miesiąc za ostatnie 12 miesięcy, bez anulowanych zamówień, minus zwroty"),
    ("tri-b4b69a2df6a9", "de", "", "Ist das ein Bug-Report oder eine How-to-Frage? 'Beim Export als PDF landen die Seitenzahlen in der falschen Ecke, gibt es dafür eine Einstellung?'"),
    ("tri-cbb1dff5f35c", "nl", "", "git: mijn laatste commit op de branch payroll-exports ongedaan maken maar de wijzigingen wel gestaged laten"),
    ("tri-7fb6b0724c91", "pl", "", "skróć tak, żeby weszło w jednego SMS-a (max 160 znaków): 'Hi Laila, your order #55821 from Qamar Beauty has been dispatched with Aramex and is expected to arrive on Thursday between 9am and 6pm. Track it here: qmr.to/t/55821. Reply STOP to opt out.'"),
    ("tri-544041349965", "de", "Du bist PeopleDesk, der HR-Richtlinien-Assistent von Tamsin & Rowe. Antworte auf Basis des Richtlinientexts, den der Mitarbeitende mitschickt. Sachlich und knapp. Keine Rechtsberatung.", """ich arbeite 3 tage die woche, hab hier letzten juni angefangen (also vor ca. 8 monaten), baby kommt ende mai. krieg ich das enhanced pay oder nur das gesetzliche?

Section 6 - Family Leave
6.1 All employees, regardless of hours worked, are entitled to up to 52 weeks of maternity or adoption leave.
6.2 Enhanced Maternity/Adoption Pay. Employees with at least 12 months' continuous service at the start of the 15th week before the expected week of childbirth (or at the date of matching, for adoption) receive: 20 weeks at 100% of normal pay, followed by 19 weeks at statutory rate. Part-time employees receive enhanced pay pro rata to their contracted hours.
6.3 Employees who do not meet the service requirement in 6.2 receive statutory maternity or adoption pay only, provided they meet the statutory eligibility criteria.
6.4 Employees who receive enhanced pay and do not return to work for at least 6 months after their leave ends must repay the enhanced element (the amount above statutory pay), unless the reason for not returning is ill health.
6.5 Shared Parental Leave is available in line with statutory rules; enhanced pay does not apply to Shared Parental Leave."""),
    ("tri-2416cfc14957", "nl", "", "Kun je bij elk van deze functietitels aangeven of het IT, Finance, Ops of Sales is? Data Steward, Treasury Analyst, Fleet Coordinator, Account Executive, Site Reliability Engineer, AP Clerk"),
    ("tri-e751fbc279ca", "pl", "", "halo? to w ogóle działa?"),
    ("tri-978ef0be48f7", "de", "", """In unserer Kundentabelle stecken Adressen aus UK, Japan, Brasilien, Deutschland und den VAE, alle reingequetscht in 'address1..address3, city, postcode'. Japanische Adressen sind vom Größten zum Kleinsten geschrieben, viele aus den VAE haben gar keine Postleitzahl, bei den brasilianischen sind Bairro und Straße vermischt, und bei einigen UK-Zeilen steht die Postleitzahl in address3. Entwirf ein normalisiertes Adressmodell, das für alle fünf Länder funktioniert (Felder, welche davon pro Land optional sind, Validierungsregeln), erklär die Trade-offs und zeig, wie diese drei Zeilen migriert aussehen:
1) address1='〒150-0002 東京都渋谷区渋谷2-21-1', address2='ヒカリエ 11F', city='Tokyo', postcode=''
2) address1='Rua Augusta, 1508 - Consolação', address2='Apto 71', city='São Paulo - SP', postcode='01304-001'
3) address1='Villa 14, Street 27', address2='Al Barsha 2', address3='near Mall of the Emirates', city='Dubai', postcode=''"""),
    ("tri-57718f91fe6c", "nl", "", "Ik schrijf een veldstudie uit over bezoeken van bestuivers bij 6 verschillende heggenbehandelingen, en ik heb gepaarde t-toetsen gedaan tussen alle behandelingen (15 vergelijkingen). Reviewer 1 zegt 'opgeblazen type I-fout, ongeschikte analyse'. Wat is de juiste aanpak: Bonferroni, Tukey, iets anders, of had ik sowieso een mixed model moeten gebruiken omdat ik dezelfde locaties herhaaldelijk heb bezocht? En hoe rapporteer ik dit zonder dat het lijkt alsof ik aan het vissen ben naar p-waarden?"),
    ("tri-be65c7e5c644", "pl", "", "napisz to milej: nie, nie zwrócimy pieniędzy, używasz tego blendera od 6 miesięcy"),
    ("tri-8481a4296695", "nl", "", """Ik werk aan een lokaalhistorisch project. Vertaal deze oorkonde naar het Engels en zet er aantekeningen bij over termen waarvan de betekenis onzeker of omstreden is (bijv. wat "liberam puram et perpetuam elemosinam" in de praktijk inhield). Namen staan zoals in het handschrift.

Sciant presentes et futuri quod ego Walterus filius Rogeri dedi concessi et hac presenti carta mea confirmavi Deo et ecclesie Sancte Marie de Thornleigh unam acram terre mee in campo qui vocatur Langeford, illam scilicet que iacet inter terram Ricardi Molendinarii et viam regiam, tenendam et habendam in liberam puram et perpetuam elemosinam, pro salute anime mee et antecessorum meorum. Hiis testibus: Willelmo capellano, Hugone de Brok, Ada clerico et aliis."""),
    ("tri-665eca2a5d9f", "pl", "", "kubectl: jak zobaczyć logi poprzedniego (scrashowanego) kontenera w podzie payments-api-7f9c6d-x2lq, namespace prod-eu"),
    ("tri-7b28924a53e4", "de", "", """Schreib mein Anschreiben so um, dass es wirklich nach mir klingt und nicht nach einem Bot, und mach den Teil über meine Lücke im Lebenslauf stärker statt entschuldigend. Stelle: Operations Coordinator bei einem Logistik-Startup.

Dear Hiring Manager,
I am writing to express my interest in the Operations Coordinator position at Fleetwise. I am a highly motivated and detail-oriented professional with over five years of experience in operations. In my previous role at a regional courier company I was responsible for scheduling drivers, handling customer escalations and improving processes. I reduced missed deliveries by 18% by introducing a new route check. I took two years off work from 2021 to 2023 to care for a family member, during which I also completed a certificate in supply chain management. I apologise for this gap in my employment history, but I am now ready to return to work. I believe I would be a great fit for your team and I look forward to hearing from you.
Yours faithfully,
Noor Haddad"""),
    ("tri-4326382d538d", "nl", "", """We stappen over op een nieuwe salarisverwerker. Beoordeel elk antwoord uit hun securityvragenlijst als HOOG, GEMIDDELD of LAAG risico voor ons (we zijn een retailer met 2.000 medewerkers, zij zouden bankgegevens, salarissen en BSN's beheren), met een onderbouwing van één regel, en zeg daarna in het algemeen of we moeten doorgaan, doorgaan onder voorwaarden of stoppen.

V1 Beschikt u over een geldige ISO 27001-certificering of een SOC 2 Type II-rapport?
A: "ISO 27001-certificering loopt, audit gepland voor Q4. Wij volgen de ISO 27001-controls."
V2 Worden klantgegevens versleuteld opgeslagen (at rest)?
A: "Ja, AES-256 op databaseniveau. Back-ups worden offsite op versleutelde tapes bewaard."
V3 Is MFA verplicht voor alle toegang van medewerkers tot productiesystemen?
A: "MFA is verplicht voor toegang op afstand via VPN. Medewerkers op kantoor hebben vanaf het kantoornetwerk zonder MFA toegang tot productie."
V4 Beschrijf uw vulnerability management.
A: "Jaarlijkse externe penetratietest door een derde partij. Kritieke patches worden binnen 30 dagen doorgevoerd."
V5 Waar worden klantgegevens opgeslagen en verwerkt?
A: "Primair datacenter in Frankfurt. Het supportteam in Manilla heeft leestoegang tot klantdossiers voor het afhandelen van tickets."
V6 Heeft u in de afgelopen 3 jaar een beveiligingsincident gehad waarbij klantgegevens betrokken waren?
A: "Eén incident in 2023 waarbij een verkeerd geconfigureerde export een loonstrokenbestand naar de verkeerde klant stuurde. Betrof 112 medewerkers van één klant. Melding gedaan binnen 5 dagen."
V7 Voert u antecedentenonderzoek uit bij medewerkers met toegang tot klantgegevens?
A: "Ja, bij alle vaste medewerkers. Externe krachten worden gescreend door hun bureau."
V8 Wat is uw RTO/RPO voor de salarisdienst?
A: "RTO 24 uur, RPO 24 uur. DR-test uitgevoerd in 2022."
V9 Logt en monitort u de toegang tot klantgegevens?
A: "Toegangslogs worden 90 dagen bewaard en bekeken wanneer er een incident wordt gemeld." """),
    ("tri-2d6fa0a8b6c1", "pl", "", "złagodź to, ale żeby dalej było stanowczo: 'twoja płatność jest spóźniona o 40 dni. zapłać teraz albo przekazujemy sprawę do windykacji.'"),
    ("tri-eee53eaf07ea", "de", "", """Ich brauche aus dieser Kapiteleinleitung ein Abstract mit ca. 100 Wörtern für meine Betreuungskommission:

This chapter examines how recruitment algorithms used by mid-sized firms in Portugal and Spain shape the shortlisting of candidates over 50. Drawing on 34 semi-structured interviews with HR managers and an audit of 2,100 anonymised shortlisting decisions made between 2020 and 2023, I show that age-related disadvantage arises less from explicit age filters, which are rare, than from proxies such as "years since graduation" and gaps in employment history. Managers largely trusted the ranking produced by their applicant tracking systems and rarely reviewed candidates outside the top 20. The chapter argues that current non-discrimination law, which focuses on intent and explicit criteria, is poorly suited to these indirect effects, and proposes a duty to audit ranking tools as a complement to existing equality-body powers."""),
    ("tri-dba1bafec4dd", "nl", "Je bent een HR-adviesassistent voor kleine bedrijven in de VS. Wees praktisch en geef aan wanneer ze een advocaat nodig hebben.", "We zijn een startup met 40 mensen. Een engineer heeft net aan onze ops lead verteld dat een van de twee medeoprichters in 1-op-1-gesprekken opmerkingen maakt over haar uiterlijk en haar 's avonds laat berichten stuurt. De andere medeoprichter is de CEO en goed bevriend met hem. We hebben geen HR-medewerker. Hoe pakken we dit aan zodat het eerlijk is en we het juridisch niet erger maken?"),
    ("tri-59d35a0418da", "pl", "Jesteś asystentem w Tarifly, portalu agencji celnej dla małych importerów. Odpowiadaj maksymalnie w dwóch zdaniach.", "czym tak właściwie jest kod HS"),
    ("tri-179a1478baeb", "de", "", """Ich entwerfe gerade den Brief unseres CEO an die Aktionäre. Dieser Absatz liest sich zu düster. Formulier ihn so um, dass er ausgewogen und zukunftsgerichtet klingt, aber er darf nichts beschönigen. Unsere Wirtschaftsprüfer und Anwälte lesen mit.

"Das war ein schlechtes Jahr. Der Zinsüberschuss ist um 14 % gesunken, weil wir die Einlagenzinsen zu langsam angehoben haben und 310 Millionen $ an Einlagen an Onlinebanken verloren haben. Außerdem mussten wir 22 Millionen $ auf zwei ausgefallene Büroimmobilienkredite in Hartford abschreiben. Unsere Cost-Income-Ratio hat sich auf 68 % verschlechtert. Wir bauen 120 Stellen ab und schließen neun Filialen."""),
    ("tri-bfae6736286b", "nl", "Assistent voor de catalogus en het ledenaccount van de Openbare Bibliotheek Tollcross. Houd het kort.", "waar kun je me hier eigenlijk mee helpen?"),
    ("tri-e91e741d927c", "pl", "Jesteś asystentem research-ops w firmie Trellic. Z każdej transkrypcji wywiadu wyciągnij prośby o funkcje zgłoszone przez uczestnika, łącznie z potrzebami, które tylko zasugerował. Wynik podaj jako listę punktowaną; każdy punkt = prośba + cytat, który ją potwierdza.", """P07 (kierownik operacyjny, logistyka, 40 licencji)
Prowadzący: jak dziś korzystacie z raportów?
P07: szczerze mówiąc, w poniedziałki rano eksportuję wszystko do Excela, bo muszę to połączyć z naszym grafikiem zmian. Zajmuje mi to godzinę. A potem wysyłam to mailem kierownikom oddziałów, bo połowa z nich nie ma loginu.
Prowadzący: a co z alertami?
P07: dostajemy je, ale przychodzą tylko do mnie, więc jak jestem na urlopie, nikt ich nie widzi. Ostatnio jeden magazyn świecił się na czerwono przez dwa dni.
Prowadzący: coś jeszcze?
P07: widok mobilny jest w porządku. Chciałbym tylko widzieć zeszłoroczne liczby obok tegorocznych bez budowania nowego wykresu."""),
    ("tri-fca2bd83fe08", "de", "", "guten Morgen! wie geht's dir? bei uns auf dem Hof hat heute Nacht eine Kuh gekalbt, keiner hat geschlafen 🐄"),
    ("tri-e0fce2228c8f", "nl", "", "ik zoek namen voor een startup in thuisverpleging. we doen wondzorg na operaties en infuustherapie bij mensen thuis, vooral oudere patiënten, gevestigd in Tucson. iets warms maar niet cheesy, en de .com moet redelijkerwijs nog vrij kunnen zijn. geef er zo'n 15-20"),
    ("tri-b547cc7f6de9", "pl", "", "pomysły na escape room w klimacie biura ubezpieczeniowego z lat 20.?? potrzebuję konkretnych zagadek, a nie tylko wystroju xd"),
    ("tri-f777710e9c89", "nl", "", "haal alle IP-adressen hieruit: 'Failed login for admin from 185.22.14.9, retry from 185.22.14.11, blocked by fw rule 12 on 10.0.4.2'"),
    ("tri-8955543a88e1", "de", "", "grobe Schätzung: wie viele öffentliche Ladepunkte für E-Autos bräuchte eine Stadt mit ~40.000 Einwohnern bis 2030? geh die Annahmen mit mir durch, ich muss die Zahl vor dem Stadtrat verteidigen"),
    ("tri-b8c3981c882f", "pl", "Jesteś StoryTime, aplikacją z bajkami na dobranoc.", "bajka dla mojego 4-letniego Tymka o małym dinozaurze, który boi się ciemności. na 5 minut czytania, łagodne zakończenie"),
    ("tri-fb806487af7c", "nl", "", """INT. MELDKAMER HULPDIENSTEN - NACHT

Een lage ruimte, verlicht door beeldschermen. Regen tegen de hoge ramen. MARGUERITE OYELARAN (50+, headset, vest over haar uniform) eet met één hand koude noedels en typt met de andere. Naast haar staart DEV CHAUHAN (23), eerste week in dienst, naar een stille console.

DEV
Is het altijd zo rustig?

MARGUERITE
Nooit dat woord zeggen.

Een lijn licht op. Dev verstijft. Marguerite knikt naar hem: ga je gang.

DEV
(te snel)
Alarmnummer, wat is het adres van uw noodgeval?

Stilte aan de lijn. Dan: ademhaling. Een kinderstem, fluisterend.

KIND (V.O.)
Ik mag jullie niet bellen.

Dev kijkt naar Marguerite. Ze schuift haar noedels opzij en doet haar tweede oortje in.

---
schrijf deze scène verder, 2-3 pagina's. houd het realistisch, geen actiefilmgedoe. het gesprek moet iets anders blijken te zijn dan wat Dev (en het publiek) denkt. Marguerite coacht hem zonder het over te nemen."""),
    ("tri-3c8a03608fad", "pl", "", """Poniżej fragmenty z konferencji wynikowej Norvane Retail Group za Q3. Daj mi krótkie podsumowanie tego, co zostało powiedziane, ORAZ wskaż, gdzie zarząd wydawał się wymijający albo gdzie liczby nie zgadzają się z narracją - piszę notatkę dla naszych zarządzających portfelami.

CEO (Helena Marsh): We're pleased with a quarter that showed the resilience of our model. Like-for-like sales grew 2.1%, driven by a strong performance in home and garden, and our loyalty programme now has 14 million active members. We continued to invest in price, which we believe is the right long-term decision.
CFO (Raj Kulkarni): Gross margin was 31.4%, down 160 basis points, reflecting price investment and higher clearance activity in apparel. Operating costs were flat, as savings from the distribution centre consolidation offset wage inflation. Inventory closed at 1.9 billion, up 12% year over year, which reflects early purchasing ahead of peak season. Net debt increased to 2.6 billion. We are reiterating full-year guidance of operating profit between 480 and 520 million.
Analyst (Beaumont Securities): Can you talk about apparel? Clearance suggests you bought too much.
CEO: Apparel had a challenging summer because of the weather, but we're confident in our autumn range and customers have responded very well to the new collections in the early weeks.
Analyst (Fenwick Capital): Your guidance implies a very strong fourth quarter. What gives you confidence, given the margin trend?
CFO: We have a number of levers, including the phasing of marketing spend and the benefits of our cost programme, and we're comfortable with the range.
Analyst (Fenwick Capital): Will you comment on the covenant headroom on the revolving facility?
CFO: We remain comfortably within all our covenants and we don't provide further detail on that."""),
    ("tri-e1aa0680174c", "de", "", "in meinem Deckbuilder macht Flurry 2 Schaden pro Karte, die du noch auf der Hand hast, danach wirfst du eine zufällige Karte ab. wenn ich 5 Karten auf der Hand hab, davon zwei Flurrys, und eine spiele, dann die andere (falls sie das Abwerfen überlebt hat), wie hoch ist der erwartete Gesamtschaden? bin mir ziemlich sicher, dass die Tabelle vom Designer falsch ist"),
    ("tri-a24edb0542ea", "nl", "", """Vraagje voor het mods-kanaal. Is deze reactie in onze repo in strijd met de code of conduct (intimidatie / verhit maar oké)? Het issue gaat over het verwijderen van de oude plugin-API.

> @rkline jij hebt dit duidelijk nooit in productie gedraaid. blijf misschien gewoon docs schrijven en laat de API-beslissingen over aan mensen die weten wat ze doen. dit is al de derde keer dat jouw 'opruimactie' onze builds heeft gesloopt."""),
    ("tri-43004fdf540d", "pl", "", """Zagadka postmortemowa do quizu zespołowego, chcę sprawdzić, czy rozwiązanie jest jednoznaczne. Cztery zespoły robiły deploy między 14:00 a 15:00: Search, Billing, Auth i Notifications, o 14:05, 14:20, 14:35 i 14:50 (każdy jeden raz).
1. Billing zrobił deploy przed Auth.
2. Notifications nie był ani pierwszy, ani ostatni.
3. Awaria zaczęła się dokładnie 15 minut po deployu Search, zaraz po deployu innego zespołu.
4. Auth nie robił deployu o 14:20.
5. Search i Billing nie robiły deployu w sąsiednich slotach.
6. Search zrobił deploy przed Notifications.
Czyj deploy spowodował awarię i jaka jest pełna kolejność?

Kontekst: to do piątkowego quizu z przeglądu incydentów, ludzie mają 10 minut. Powiedz mi też, czy któraś wskazówka jest zbędna, bo chętnie bym ją wyciął, jeśli rozwiązanie dalej będzie jednoznaczne, i czy wskazówka 3 jest sformułowana na tyle jasno, żeby nikt potem nie mógł się kłócić."""),
    ("tri-659fd94bba57", "de", "", "Fass diese 12 User-Research-Sessions in einem Findings-Report zusammen, mit Insights, Spannungen zwischen den Nutzergruppen und dem, was wir nächstes Quartal bauen sollten."),
    ("tri-4f1e53ad067b", "nl", "", """kun je gewoon de ingrediëntenlijst hieruit halen? die blog is zóóó lang haha

Oké lieve mensen, voordat we bij het lekkere gedeelte komen, wil ik jullie vertellen over de herfst waarin mijn oma deze soep voor het eerst maakte in haar piepkleine keukentje aan het meer. Het regende wat voelde als drie weken aan één stuk en het hele huis rook naar paprikapoeder en natte wol. Ik heb haar versie door de jaren heen een beetje aangepast (sorry Baba!) maar de ziel is hetzelfde. Hoe dan ook! Je hebt 2 eetlepels olijfolie nodig en één grote gele ui, in blokjes. Pak dan 3 teentjes knoflook (of meer, ik oordeel niet), 2 middelgrote wortels en een stengel bleekselderij. De ster van het gerecht is 1 kopje gedroogde rode linzen, heel goed gespoeld. Ik doe er 1 theelepel gerookt paprikapoeder en een halve theelepel gemalen komijn bij, plus een blik van 400 g tomatenblokjes. Giet er 1,2 liter groentebouillon bij, en knijp er helemaal aan het eind het sap van een halve citroen in. Zout en peper naar smaak, uiteraard, en een handje verse peterselie als je chic wilt doen. Mijn kinderen haten peterselie dus ik laat het meestal weg, wat wel zegt wie hier in huis echt de baas is. Scroll naar beneden voor de printbare receptkaart, en vergeet niet dit te pinnen voor later!"""),
    ("tri-167760b66a41", "de", "", "Der Checkout ruft 4 Services hintereinander auf: auth (99,95 %), cart (99,9 %), payments (99,9 %) und inventory. Inventory läuft als 2 unabhängige Replikas mit je 99,8 % Verfügbarkeit und funktioniert, solange eine davon läuft. Unter der Annahme unabhängiger Ausfälle: Wie hoch ist die erwartete Verfügbarkeit des Checkouts, und wie viele Minuten Ausfallzeit pro 30-Tage-Monat sind das?"),
    ("tri-ce2bc41de96d", "pl", "", """bardziej zwięźle

W celu umożliwienia ponownego uruchomienia workerów kolejki konieczne jest, abyś w pierwszej kolejności dokonał opróżnienia kolejki poprzez uruchomienie polecenia drain, a następnie odczekał do momentu, w którym dashboard będzie wskazywał zero zadań w toku, po którym to momencie możesz przystąpić do dalszych działań."""),
    ("tri-e016e5855b68", "nl", "", "Cliënt is op staande voet ontslagen wegens ernstig wangedrag nadat een klant had geklaagd dat hij onbeleefd was aan de telefoon. Feiten: 11 dienstjaren, blanco dossier, geen opname van het gesprek, de klacht kwam 3 weken later per mail binnen, hij is dezelfde dag geschorst en de disciplinaire hoorzitting was 2 dagen later zonder dat hij de mail mocht inzien. De manager die hem ontsloeg deed ook het onderzoek. Welke argumenten kunnen we voor hem aanvoeren? Gooi alles maar op tafel, we filteren later."),
    ("tri-9086966795f7", "pl", "", "nagłówek na stronę pls, max 12 słów: rada zatwierdziła 2,3 mln £ na naprawę 40 dachów szkół przed zimą, najpierw podstawówki, w których przecieka"),
    ("tri-bd3377aa141e", "de", "", """Wir sind die Marke. Kennzeichne jede Klausel dieses Creator-Vertrags als STANDARD, UNÜBLICH oder RISKANT FÜR UNS und gib zu jeder eine einzeilige Begründung.

A. Creator retains ownership of all content; Brand receives a non-exclusive licence as set out in Schedule 2.
B. Brand shall pay 100% of the fee within 7 days of signature, regardless of whether content is published.
C. Creator may disclose the partnership using #ad in accordance with applicable advertising rules.
D. Creator shall not be required to make any revisions to content once submitted.
E. Either party may terminate with 30 days' written notice.
F. Creator may feature competing hotel brands during the campaign period."""),
    ("tri-9a5d6e121e49", "nl", "", "hoeveel m³ beton heb ik nodig voor een vloer van 10 x 12 m, 25 cm dik?"),
    ("tri-c3e2dbb93ed4", "pl", "", "przetłumacz na francuski na kartkę do recepcji: 'Late checkout is available until 2pm for a €30 fee.'"),
    ("tri-4687d9a08e05", "de", "", """nur die E-Mail-Adressen aus unserer CODEOWNERS bitte
/billing/  lena.ortiz@finlo.io @payments-team
/infra/    k.mensah@finlo.io
/docs/     @docs-bot"""),
    ("tri-eef211da42a7", "nl", "", "threat model voor de wachtwoordreset via sms in onze telecom-selfservice-app (web + iOS). welke aanvallen, welke mitigaties, graag geprioriteerd"),
    ("tri-ff40e74cc3fe", "pl", "", """Dyrektor finansowa powiedziała to na konferencji. Opierając się wyłącznie na jej słowach: czy składniki wolnych przepływów pieniężnych, które podaje, faktycznie sumują się do podanej przez nią kwoty FCF? Przejdź przez to krok po kroku i powiedz, czy coś wygląda na niespójne albo wygodnie pominięte.

"...Turning to cash. Operating cash flow for the year was 412 million euros. Within that, working capital was an inflow of 38 million, mainly from lower inventories as we cleared the excess stock built up during the supply-chain disruptions, partly offset by lower payables. Capital expenditure was 165 million, of which 40 million was the new Brno plant. We also capitalised 22 million of development costs, which you'll find in intangibles. Lease payments, which under IFRS 16 sit in financing cash flows, were 31 million. We define free cash flow as operating cash flow less capex, capitalised development and lease payments, so free cash flow came in at 226 million, a conversion of 89% of adjusted net income of 254 million. Excluding the working capital release, which we don't expect to repeat, underlying conversion would still have been above 80%. We also paid 18 million in restructuring cash costs, which are excluded from adjusted net income but are in operating cash flow..." """),
    ("tri-04da4e7796cf", "de", "", "gültig oder nicht: 'wenn der Server überlastet ist, steigt die Latenz. die Latenz ist gestiegen, also war der Server überlastet.' ein Wort + der Name des Fehlschlusses"),
    ("tri-310c3576eabb", "nl", "Je bent InterviewReady, een coach voor proefsollicitaties. Blijf in je rol als interviewer, stel één vraag tegelijk en geef pas aan het eind feedback.", "oké, laten we beginnen. de functie is verkoopmedewerker bij Harbor & Pine (woonwinkel), parttime. ik heb nog nooit in de retail gewerkt, alleen opgepast en vrijwilligerswerk gedaan bij de voedselbank. wees een beetje streng"),
    ("tri-a0cbf73b3c7f", "pl", "", """Streszczenie propozycji, która trafi na Digital Board (Radiologia, Halden Vale Trust):

Od marca pacjenci skierowani na rutynowe (niepilne) badanie MRI dostaną SMS z linkiem, przez który sami wybiorą termin spośród wolnych slotów na naszych trzech aparatach (dwa w głównej siedzibie, jeden mobilny, który rotuje między Corby Street a szpitalem środowiskowym Wellsend). Pacjenci mogą rezerwować, przesuwać lub odwoływać wizyty do 48 godzin przed terminem. Portal pokaże tylko sloty pasujące do czasu trwania i protokołu badania (np. badania z kontrastem tylko wtedy, gdy w grafiku jest technik elektroradiolog z uprawnieniem do kaniulacji). Kwestionariusz bezpieczeństwa (rozrusznik serca, implanty, klaustrofobia, ciąża) przechodzi do formularza online wypełnianego przy rezerwacji; technik sprawdza go ponownie w dniu badania. Badania pilne, szpitalne i pediatryczne zostają przy obecnej rezerwacji telefonicznej.

Zanim to pójdzie na zarząd, chcę listę red-team: wszystko, co może pójść nie tak - klinicznie, operacyjnie, IT, równość dostępu i doświadczenie pacjenta. Tyle, ile tylko wymyślisz, luźno pogrupowane, bez rankingu."""),
    ("tri-851e6e5fbe70", "de", "", "warum rendert meine React-Komponente endlos neu, wenn ich ein Objekt in das Dependency-Array von useEffect packe, und wie sieht der saubere Fix in unserer Codebase aus, wo dieses Pattern 40-mal vorkommt?"),
    ("tri-eb88927df63b", "nl", "", "even samenvatten aub: Vlucht QK412 naar Lissabon heeft ca. 3 uur vertraging vanwege verplichte rusttijden van de bemanning. Maaltijdvouchers zijn verkrijgbaar bij gate B9 op vertoon van uw instapkaart. Passagiers met een aansluitende vlucht worden automatisch omgeboekt; controleer eerst uw nieuwe reisschema in de app voordat u naar de transferbalie gaat."),
    ("tri-07da2dee4687", "pl", """Jesteś asystentem pomocy PixelCrate, sklepu internetowego z grami. Odpowiadaj klientowi wyłącznie na podstawie poniższych fragmentów regulaminu. Jeśli odpowiedzi w nich nie ma, napisz, że przekażesz pytanie konsultantowi.

[1] Zwroty: gry można zwrócić w ciągu 14 dni od zakupu, jeśli łączny czas gry wynosi mniej niż 2 godziny.
[2] Zamówienia przedpremierowe można zwrócić w dowolnym momencie przed datą premiery.
[3] DLC kupione do gry, która została zwrócona, jest zwracane automatycznie, o ile DLC nie zostało użyte.
[4] Zakupy na prezent może zwrócić tylko kupujący i tylko wtedy, gdy prezent nie został aktywowany.""", "kupiłem Hollow Reach 5 dni temu, grałem może ze 3 godziny, ciągle mi się crashuje na laptopie. mogę dostać zwrot kasy??"),
    ("tri-2286c0d6db7c", "de", "", "Kann ich dir auch auf Deutsch schreiben?"),
    ("tri-a12b70932ff4", "nl", "", "mijn medeoprichter wil haar man als CTO binnenhalen en ik vind het een vreselijk idee. we zijn 18 maanden bezig, nog 5 maanden runway. hoe zeg ik nee zonder de samenwerking kapot te maken?"),
    ("tri-9084dd3d4fa7", "pl", "", "daj mi 3 tematy maila z przyjaznym przypomnieniem o fakturze, nic straszącego"),
    ("tri-62a3d2225795", "nl", "", "301 of 302 redirect, welke voor een blogpost die we naar een nieuwe url hebben verhuisd?"),
    ("tri-798c41f6b95b", "de", "", """bis wann muss man für den Ausflug zahlen und wie viel?

Szanowni Rodzice, informujemy, że wycieczka klas 5a i 5b do Torunia odbędzie się 22-23 maja. Koszt wynosi 340 zł od ucznia (przejazd, nocleg, wyżywienie, bilety do Planetarium i Muzeum Piernika). Wpłat należy dokonywać na konto Rady Rodziców do 30 kwietnia, w tytule: imię i nazwisko dziecka, klasa. Zebranie informacyjne 15 kwietnia o 17:30 w sali 12."""),
    ("tri-7f2fb36d38e7", "pl", "", "przetłumacz na niemiecki, na tabliczkę przy prasie nr 3: 'Wear hearing protection beyond this point. Do not reach into the die area while the ram is moving.'"),
    ("tri-ed6887c8c192", "nl", "", "lessenreeks breuken voor groep 6, de halve klas zegt dat ze rekenen haten. ideeën voor een goede opening?? dingen uit het echte leven, spelletjes, alles behalve een werkblad"),
    ("tri-06e3b6b690df", "de", "", """Bitte übersetz diese Stellenanzeige ins europäische Portugiesisch (wir stellen in Lissabon ein, also keine brasilianischen Begriffe wie "vaga" oder "time"):

HR Generalist – Büro Lissabon (hybrid)
Verstärke unser People-Team und betreue 180 Kolleginnen und Kollegen in ganz Portugal. Du kümmerst dich um das Onboarding, bearbeitest Gehaltsfragen gemeinsam mit unserem externen Dienstleister, hältst die Personalakten aktuell und unterstützt Führungskräfte bei den Leistungsbeurteilungen. Wir suchen jemanden mit 2–4 Jahren HR-Erfahrung, fließendem Portugiesisch und guten Englischkenntnissen. Essenszuschusskarte, Krankenversicherung und 25 Tage Urlaub."""),
    ("tri-1e01c589be41", "pl", "Jesteś planistą operacji płacowych. Przygotuj harmonogram z datami, który spełnia wszystkie ograniczenia, i wskaż każde ograniczenie, którego nie da się spełnić.", """Zaplanuj grudniowe listy płac dla naszych trzech grup.

- Pracownicy etatowi rozliczani dwa razy w miesiącu: wypłaty 13 i 31 grudnia (jeśli dzień wypłaty wypada w weekend lub święto bankowe, wypłacamy w poprzednim dniu roboczym).
- Pracownicy godzinowi rozliczani co dwa tygodnie: wypłata co drugi piątek; ostatnia wypłata w listopadzie była 29 listopada.
- Kadra zarządzająca: jedna lista miesięczna, wypłata 20 grudnia.
- Święto bankowe: 25 grudnia. Zamykamy też biuro 24 i 26 grudnia, ale bank w te dni działa.
- Nasz bank potrzebuje pliku ACH 2 dni robocze przed dniem wypłaty, do 15:00.
- Karty czasu pracy pracowników godzinowych blokują się w poniedziałek przed wypłatą; zatwierdzanie trwa 1 dzień roboczy; zespół płac potrzebuje 1 dnia roboczego po zatwierdzeniu, żeby przygotować plik.
- Do banku można wysłać tylko jeden plik płacowy dziennie.
- Nasza kierowniczka ds. płac, Farah, jest nieobecna 16-18 grudnia i nikt inny nie może wysyłać plików.

Dla każdej listy podaj: blokadę kart czasu pracy (jeśli dotyczy), datę zatwierdzenia, datę przygotowania pliku, datę wysłania do banku i dzień wypłaty."""),
    ("tri-6e4af11a8852", "de", "", """einzeilige Zusammenfassung von diesem Commit fürs Changelog

--- a/ingest/client.py
+++ b/ingest/client.py
-MAX_RETRIES = 3
+MAX_RETRIES = 5
-def fetch(url):
-    return requests.get(url, timeout=10)
+def fetch(url):
+    return SESSION.get(url, timeout=(3, 10))"""),
    ("tri-415dfa8393b2", "pl", "", "wyjaśnij, czemu prawo Goodharta tak mocno uderza w metryki inżynierskie typu velocity i story pointy, z kilkoma przykładami, jak zespoły zaczynają je podkręcać"),
    ("tri-50402bda0615", "de", "", """Kannst du mir sagen, was mein Vermieter mir da per WhatsApp geschrieben hat?

مرحبا، حبيت خبرك إنو الإيجار رح يزيد من أول الشهر الجاي 50 دينار. وكمان فني الصيانة رح يجي يوم الثلاثاء الساعة 10 الصبح يشوف المكيف. إذا ما في حدا بالبيت خبرني."""),
    ("tri-8562e32f42f6", "pl", "Przekierowujesz przychodzące e-maile do działu obsługi klienta Tidewell Telecom. Przeczytaj e-mail klienta i zwróć dokładnie jedną nazwę kolejki z tej listy, nic więcej: BILLING, FAULT_BROADBAND, FAULT_MOBILE, MOVING_HOME, CANCELLATION, DEVICE_RETURNS, COMPLAINT_ESCALATION, OTHER. Jeśli klient wprost prosi o odejście lub rozwiązanie umowy, wybierz CANCELLATION, nawet jeśli wspomina też o innych sprawach.", """Temat: RE: RE: wasz rachunek (ZNOWU)

Do osoby, która to czyta,

Piszę już trzeci raz. W marcu naliczyliście mi 86,40 £ zamiast zwykłych 42 £ za rzekomy „roaming”, chociaż nie wyjeżdżałam z kraju od 2019 roku. Przez telefon pan o imieniu Dean obiecał mi, że zostanie to zwrócone na rachunku za kwiecień. Rachunek za kwiecień przyszedł dziś i nie tylko nie ma zwrotu, ale jest jeszcze opłata 7,50 £ za spóźnioną płatność, bo zapłaciłam tylko 42 £, które faktycznie jestem winna.

Jestem klientką od jedenastu lat. Internet działa dobrze, telefon działa dobrze, nie mam do nich żadnych zastrzeżeń. Ale mam dość spędzania wieczorów na czekaniu na linii. Mam numer referencyjny rozmowy z Deanem (TW-CALL-228817), jeśli to w czymś pomoże.

Nie grożę odejściem, chcę po prostu odzyskać moje 44,40 £, usunięcia opłaty za spóźnienie i pisemnego potwierdzenia, żebym nie musiała przez to przechodzić znowu w maju.

Z poważaniem,
Beryl Adeyemi
Konto 3391-0045-12"""),
    ("tri-14cddaa057b8", "nl", "", "Ik heb een slot van 30 minuten gekregen op een data engineering-meetup in Utrecht. Onderwerp is datacontracten tussen productteams en het datateam, we werken er nu een jaar mee (wisselende resultaten). Geef me een flinke lijst mogelijke invalshoeken/titels voor de talk, een paar serieuze, een paar wat provocerender."),
    ("tri-54cb7d2785e6", "pl", "", "napisz krótki zabawny wierszyk o sezonie podatkowym do firmowego newslettera naszego biura rachunkowego. wspomnij o kawie i przedłużaniu terminów"),
    ("tri-c945e39ea6ca", "de", "", """Entfern das ganze Markdown hier, damit ich es in eine Nur-Text-SMS-Vorlage einfügen kann:

**Reminder:** your appointment at *Westbrook Dental* is on **Thu 14 Nov, 10:30**.
- Please arrive **10 min** early
- Bring your [NHS number](https://example.org/nhs-number)
> Need to cancel? Reply `CANCEL` at least 24h before."""),
    ("tri-0beb942507c5", "nl", "", "Ik weet niet eens waarom ik dit aan een AI typ. Twee maanden geleden leerde ik iemand kennen via een taaluitwisselingsapp. We spraken elkaar elke dag. Hij liet me zijn tradingaccount zien en hoeveel hij verdiende op een of ander cryptoplatform, en na een paar weken heb ik er $500 in gestopt, toen 'groeide' dat naar $1.900 dus heb ik er meer in gedaan. In totaal $4.800, het grootste deel van wat ik de afgelopen twee jaar heb gespaard. Vorige week probeerde ik geld op te nemen en toen wilden ze eerst 20% 'belasting'. Toen wist ik het. Hij heeft me nu overal geblokkeerd. Ik heb het bij mijn bank gemeld en die zeiden dat ze het waarschijnlijk niet terug kunnen halen omdat ik de overboekingen zelf heb geautoriseerd. Ik voel me zo dom. Ik ben 34, ik heb gestudeerd, ik heb altijd gelachen om mensen die hierin trapten. Ik heb het mijn man niet verteld, we hebben een gezamenlijk budget en hij denkt dat dat geld nog op mijn spaarrekening staat. Ik kan niet slapen en ik blijf elk gesprek in mijn hoofd afspelen."),
    ("tri-78820acb6e71", "pl", "", "jaki numer lotu i gate?? 'LX1847 do Zurychu, trwa boarding przy wyjściu B32. Ostatnie wezwanie 10:05. Pasażerów z oznaczeniem priority prosimy o podejście'"),
    ("tri-9d357f2388de", "de", "", "Dankeskarte fürs Physio-Team, 1-2 Zeilen, von mir (Knie-OP im Mai)"),
    ("tri-0dd65eb40fb8", "nl", "Je bent DocuAssist, de interne kennisassistent van Harrowgate Insurance. Je ontvangt opgehaalde passages uit de polis-kennisbank. Maak één gecombineerde samenvatting van de passages voor een schadebehandelaar. Voeg geen informatie toe die niet in de passages staat. Vermeld de passagenummers tussen haakjes.", """Vraag: dekking waterschade - woonpolis HX3

[1] HX3 Section 4.2: Escape of water from fixed pipes, tanks, radiators and appliances is covered up to the buildings sum insured, subject to a standard excess of 350. Damage caused by gradual leaks that the policyholder knew about, or could reasonably have noticed, is excluded.
[2] HX3 Section 4.2.1: Trace and access costs (finding the source of the leak, including removing and replacing floors or walls) are covered up to 5,000 per claim.
[3] Claims guidance note CG-17 (updated): Where the property has been unoccupied for more than 60 consecutive days, escape of water cover is suspended unless the heating was maintained at a minimum of 12C or the water supply was turned off and the system drained. Handlers should request evidence such as energy bills.
[4] HX3 Endorsement E9 (optional, purchased by about 40% of customers): increases the escape-of-water excess to 1,000 in exchange for a premium reduction."""),
    ("tri-161ad4f235fd", "de", "Du bist Senior-Lokalisierungsberater für Qasr Market, eine E-Commerce-Plattform, die nach Saudi-Arabien expandiert.", """Lokalisiere unsere Checkout-Strings für Saudi-Arabien (Arabisch). Nicht nur übersetzen, sondern anpassen: RTL-Layout-Probleme, die wir kennen sollten, Währungs- und Zahlenformate, Datumsformate (Hidschri oder gregorianisch?), Namen von Zahlungsmethoden, die die Leute dort wirklich kennen, und Tonalität. Gib mir die arabischen Strings und eine Liste der Änderungen, die wir in UI oder Texten vornehmen müssen.

1. "Your cart (3 items)"
2. "Free shipping on orders over $50"
3. "Pay with credit card, PayPal or Klarna"
4. "Delivery expected Tue, Mar 4 - Thu, Mar 6"
5. "Enter your ZIP code"
6. "Place order"
7. "Hey there! You're one step away from your goodies\""""),
    ("tri-c525cf5858aa", "pl", "Jesteś CareerLift, coachem w poszukiwaniu pracy.", "jak wytłumaczyć na rozmowach 2-letnią przerwę w CV? opiekowałam się tatą po udarze"),
    ("tri-f6b8f7db9ad8", "nl", "", "Schrijf een backend voor een collaboratieve teksteditor op basis van CRDT's in TypeScript en leg uit hoe die omgaat met gelijktijdige inserts op dezelfde positie."),
    ("tri-415e57436fde", "de", "", """formatier mir das json mal schön {"a":1,"b":{"c":[1,2,3],"d":null}}"""),
    ("tri-0a9b49d7a900", "nl", "", """mijn dochter van 11 speelt Roblox en ik vond deze DM's van iemand uit haar vriendenlijst. Hoe bezorgd moet ik zijn, laag / gemiddeld / hoog risico, en waarom?
'je bent echt volwassen voor je leeftijd'
'checken je ouders je telefoon?'
'ik kan je 2000 robux geven als je me toevoegt op snapchat'
'niet aan je moeder vertellen van die robux ze snapt het toch niet'
'op welke school zit je haha'
Ze zegt dat hij 13 is, maar ik heb geen idee."""),
    ("tri-c8a3fab59bd1", "de", "", "kann man rohe Garnelen, die im Kühlschrank aufgetaut wurden, wieder einfrieren?"),
    ("tri-02d2b823156a", "pl", "", """Napisz mi interfejs TypeScript (albo parę) dla tej odpowiedzi z API, z polami opcjonalnymi tam, gdzie ma to sens:

{"orderId":"ORD-55120","placedAt":"2025-03-02T10:14:00Z","customer":{"id":8812,"name":"Tova Lindqvist","loyaltyTier":"gold"},"lines":[{"sku":"TEA-EARL-250","qty":2,"unitPrice":7.9},{"sku":"MUG-STONE-BL","qty":1,"unitPrice":14.5,"giftWrap":true}],"shipping":{"method":"express","trackingNo":null},"notes":null}"""),
    ("tri-0faba0cd6a67", "nl", "", "Schrijf een onderschrift van één zin bij een foto van ons team op de zomerpicknick."),
    ("tri-95d1d1a71a46", "de", "", "steht da was von einer Gebühr, wenn ich das Festgeld vorzeitig auflöse? 'Premature closure within 12 months: 1% penalty on applicable rate. After 12 months: nil.'"),
    ("tri-7205802ce971", "nl", "", """Deze klantthread is een zooi. Haal eruit wat ze eigenlijk van ons wil, ook wat ze impliceert maar niet letterlijk zegt, als korte bulletlijst.

> hoi, 3e keer dat ik schrijf. De overdraft fee van $35 op de 12e kwam doordat jullie app mijn salaris als "beschikbaar" liet zien en toen toch niet?? Ik heb op basis daarvan geld overgemaakt. En de tweede $35 op de 13e is voor HETZELFDE tekort. Ik zit sinds 2011 bij Fairbank en heb dit nooit gehad. Eerlijk gezegd denk ik erover mijn hypotheek mee te nemen als die in maart afloopt. En ik heb nog steeds de brief niet gekregen die jullie beloofd hadden voor mijn huisbaas, waarin staat dat mijn rekening in orde is, wat grappig genoeg nu niet meer zo is. O, en de man aan de telefoon zei dinsdag dat iemand me terug zou bellen en niemand heeft gebeld."""),
    ("tri-e284975a6a6a", "de", "", """Darf ich laut den HOA-Regeln von Brookhaven Commons unten Solarmodule auf die Dachseite setzen, die zur Straße zeigt? Und brauche ich vorher eine Genehmigung?

Section 9 - Exterior Modifications
9.1 No exterior modification, addition or alteration to any Lot or Residence, including but not limited to changes in exterior colour, fences, patios, decks, antennas, satellite dishes and solar energy systems, shall be made until plans have been submitted to and approved in writing by the Architectural Review Committee (ARC).
9.2 The ARC shall respond to a complete application within 45 days. An application not responded to within 45 days shall be deemed approved.
9.4 Solar energy systems. In accordance with state law, the ARC shall not prohibit the installation of solar energy systems. The ARC may impose reasonable restrictions on location and appearance, provided they do not increase the cost of the system by more than 10% or reduce its efficiency by more than 10%. Roof-mounted panels shall be installed parallel to the roof surface and shall not extend above the ridgeline. Panels on a street-facing roof slope are permitted only where the homeowner demonstrates that a non-street-facing location would reduce efficiency by more than 10%.
9.5 Satellite dishes larger than one metre in diameter are not permitted."""),
    ("tri-fb9f8c50cbfc", "pl", "", "Jakie są nietypowe pomysły na wykorzystanie pustego magazynu w małym mieście?"),
    ("tri-6dc84b2c144b", "nl", "", """De platereader heeft dit als raster geëxporteerd. Kun je er een lange tabel van maken met de kolommen well, sample, dilution, OD600 op basis van de plaatindeling hieronder? Blanco wells labelen als 'blank', lege wells weglaten. Niks berekenen, alleen herstructureren.

OD600 (read 2024-06-03 14:22)
     1      2      3      4
A  0.412  0.398  0.205  0.047
B  0.388  0.402  0.199  0.046
C  0.051  0.049  0.048  ---
D  ---    ---    ---    ---

Plaatindeling: A1-A2 WT 1:1; A3 WT 1:2; B1-B2 ΔrpoS 1:1; B3 ΔrpoS 1:2; A4, B4, C1-C3 = LB blanco. C4 en rij D leeg."""),
    ("tri-a70233b78b8c", "de", "", "Ist eine Tomate botanisch gesehen ein Obst oder ein Gemüse?"),
    ("tri-1afd41a76a69", "pl", "", "Co spowodowało kryzys banków regionalnych w USA w 2023 roku i czy to może się powtórzyć?"),
    ("tri-3258e1dff36b", "nl", "", "vertaal 'waar is de dichtstbijzijnde apotheek' naar het Japans"),
    ("tri-72467e7997e7", "de", "", "wie sagt man 'die Rechnung ist überfällig' auf Polnisch"),
    ("tri-1beb3d304207", "nl", "", "debet vs credit bij dubbel boekhouden, wat is nou het echte verschil"),
]
