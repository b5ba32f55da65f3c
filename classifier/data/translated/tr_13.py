"""Training-only translations of hand-written English training prompts (chunk 13: Polish, Dutch)."""
T = [
    ("tri-885eb732c9ef", "pl", "", "Przeczytaj tego maila od sygnalisty i wypisz wszystkie zarzuty, ale oceń też, które z nich są poparte dowodami z listy załączników, a które to tylko spekulacje."),
    ("tri-c42872a298c6", "nl", "Antwoord met precies één label.", "Mijn kaart werd geweigerd bij het afrekenen, maar het bedrag is toch afgeschreven."),
    ("tri-4326382d538d", "pl", "", """Wdrażamy nowego dostawcę usług płacowych. Oceń każdą odpowiedź z ich kwestionariusza bezpieczeństwa jako ryzyko HIGH, MEDIUM lub LOW dla nas (jesteśmy siecią handlową z 2000 pracowników, a oni będą przechowywać dane kont bankowych, wynagrodzenia i numery PESEL), z jednozdaniowym uzasadnieniem, a na koniec powiedz mi ogólnie, czy powinniśmy iść dalej, iść dalej pod warunkami, czy się wycofać.

P1 Czy posiadacie aktualny certyfikat ISO 27001 lub raport SOC 2 Type II?
O: „Certyfikacja ISO 27001 w toku, audyt zaplanowany na Q4. Stosujemy kontrole z ISO 27001.”
P2 Czy dane klientów są szyfrowane w spoczynku?
O: „Tak, AES-256 na poziomie bazy danych. Kopie zapasowe są przechowywane na zaszyfrowanych taśmach poza siedzibą.”
P3 Czy wymagacie MFA przy każdym dostępie pracowników do systemów produkcyjnych?
O: „MFA jest wymagane przy dostępie zdalnym przez VPN. Pracownicy na miejscu łączą się z produkcją z sieci biurowej bez MFA.”
P4 Opiszcie swoje zarządzanie podatnościami.
O: „Coroczny zewnętrzny test penetracyjny wykonywany przez firmę zewnętrzną. Krytyczne poprawki wdrażane w ciągu 30 dni.”
P5 Gdzie dane klientów są przechowywane i przetwarzane?
O: „Główne centrum danych we Frankfurcie. Zespół wsparcia w Manili ma dostęp do odczytu rekordów klientów w celu obsługi zgłoszeń.”
P6 Czy w ciągu ostatnich 3 lat mieliście incydent bezpieczeństwa dotyczący danych klientów?
O: „Jeden incydent w 2023 r., gdy źle skonfigurowany eksport wysłał plik z paskami wypłat do niewłaściwego klienta. Dotyczył 112 pracowników jednego klienta. Powiadomienie w ciągu 5 dni.”
P7 Czy weryfikujecie przeszłość pracowników mających dostęp do danych klientów?
O: „Tak, wszystkich pracowników etatowych. Kontraktorów weryfikuje ich agencja.”
P8 Jakie jest wasze RTO/RPO dla usługi płacowej?
O: „RTO 24 godziny, RPO 24 godziny. Test DR przeprowadzony w 2022 r.”
P9 Czy logujecie i monitorujecie dostęp do danych klientów?
O: „Logi dostępu są przechowywane przez 90 dni i przeglądane, gdy zostanie zgłoszony incydent.”"""),
    ("tri-9f94e54ba281", "nl", "", "verbeter de grammatica: 'de artikelen is gisteren verzend en zal u maandag bereikt, sorry voor ongemak'"),
    ("tri-8c195ad002d7", "pl", "", """CSV na HTML-ową <table> z <thead>. Zamień ampersand na encję.

region,quarter,bookings,churn_pct
North & Scotland,Q1,1284,2.1
Midlands,Q1,1710,1.8
South East,Q1,2933,2.6
Wales,Q1,604,3.0"""),
    ("tri-f4f5981f209e", "nl", "", "Bewaren jullie mijn chats? zoals wordt dit ergens opgeslagen of gebruikt om te trainen"),
    ("tri-945cf5cd3e8d", "pl", "Jesteś asystentem wsparcia Kestrel Host, firmy oferującej zarządzany hosting WordPressa.", r"""strona leży po tym jak zaktualizowałem wtyczkę do rezerwacji, co to znaczy?

PHP Fatal error:  Uncaught Error: Call to undefined function WPBookly\Core\str_contains() in /var/www/html/wp-content/plugins/wp-bookly/src/Core/Availability.php:142
Stack trace:
#0 /var/www/html/wp-content/plugins/wp-bookly/src/Core/Calendar.php(88): WPBookly\Core\Availability->get_slots()
#1 /var/www/html/wp-includes/class-wp-hook.php(324): WPBookly\Core\Calendar->render()
thrown in /var/www/html/wp-content/plugins/wp-bookly/src/Core/Availability.php on line 142"""),
    ("tri-04a2b5d18454", "nl", "", """mijn beste vriendin stuurde dit nadat ik haar verjaardagsdiner had gemist (iets voor werk dat ik echt niet kon verzetten, ik had het haar 2 dagen van tevoren gezegd). we zijn al 15 jaar vriendinnen. ik wil haar niet kwijt maar ik vind ook niet dat ik iets heel ergs heb gedaan

"honestly i'm not even mad anymore, just tired. this is the third time this year you've cancelled on something that mattered to me. when it was your wedding i flew in from Lisbon with a fever. i get that your job is intense but it feels like i'm always the one making room for you and you make room for me when it's convenient. i don't want a big apology, i just need to know if this friendship is still a priority for you because right now it doesn't feel like it."

moet ik haar bellen of appen? wat zeg ik überhaupt"""),
    ("tri-36ec5ac39e9b", "pl", "Pomagasz drobnym wynajmującym prowadzić prostą ewidencję. Zaproponuj układ tabeli (kolumny i to, co reprezentuje jeden wiersz) dla danych opisanych przez użytkownika, a potem wypełnij wszystkie wiersze, jakie się da na podstawie jego notatek.", """Mam bliźniak i małą kawalerkę za domem. Moje notatki to jeden wielki bałagan:
- Jana (bliźniak A) płaci $1,300 pierwszego, zwykle przez zelle, zapłacone sty i lut, marzec zapłaciła $650 2.03, a resztę 16.03
- bliźniak B pusty od lutego, malarz $420 20.02
- kawalerka - Chris, $875, gotówka, zawsze na czas, sty-mar zapłacone
- rachunek za wodę za bliźniak $96/mies., ja płacę, Jana czasem zwraca połowę (sty tak, lut nie)
- nowa lodówka do kawalerki $649 8.01"""),
    ("tri-5faa4ac374a8", "nl", "Je bent een oefenpartner voor ondernemers van kleine bedrijven die zich voorbereiden op gesprekken met de bank. Blijf in de rol van wie de gebruiker je ook vraagt te spelen, stel één vraag tegelijk en stap alleen uit je rol als de gebruiker \"pauze\" typt.", "Speel een strenge, sceptische SBA-kredietadviseur bij een lokale community bank. Ik vraag $150.000 aan om een tweede foodtruck te kopen en een huurcontract voor een commissary-keuken af te sluiten. Mijn cijfers: de eerste truck draaide vorig jaar $310k omzet, ongeveer 14% nettomarge, ik ben 2,5 jaar actief, persoonlijke credit score 702, ik kan 15% zelf inbrengen. Mijn zwakke punten: mijn boekhouding was een puinhoop tot afgelopen voorjaar en ik heb één belastingbeslag uit 2022 waarvoor een betalingsregeling loopt. Spaar me niet, grill me zoals in het echt, en vertel me aan het eind waar ik je kwijt zou raken."),
    ("tri-99a57235d719", "nl", "Je bent de SQL-assistent in Tallyframe, een BI-tool. Het gekoppelde warehouse is Snowflake. Beschikbare tabellen: ORDERS(ORDER_ID, CUSTOMER_ID, ORDER_TS, STATUS, TOTAL_EUR), CUSTOMERS(CUSTOMER_ID, COUNTRY, SEGMENT, CREATED_AT), REFUNDS(REFUND_ID, ORDER_ID, AMOUNT_EUR, REFUNDED_AT). STATUS is een van PLACED, SHIPPED, DELIVERED, CANCELLED. Geef één SQL-query terug in een codeblok en verder niets.", "netto-omzet per maand over de laatste 12 maanden, zonder geannuleerde orders, min refunds"),
    ("tri-7205802ce971", "pl", "", """Ten wątek od klientki to totalny chaos. Wyciągnij z niego, czego ona faktycznie od nas chce, łącznie z tym, co sugeruje, ale nie mówi wprost, w formie krótkiej listy punktów.

> hi, 3rd time writing. The $35 overdraft fee on the 12th happened because your app showed my paycheck as "available" but then it wasn't?? I moved money based on that. Also the second $35 on the 13th is for the SAME shortfall. I've been with Fairbank since 2011 and never had this. Honestly thinking about moving my mortgage when it renews in March. And I still haven't gotten the letter you promised for my landlord saying my account is in good standing, which, funny enough, it isn't anymore. Also the guy on the phone Tuesday said someone would call me back and nobody did."""),
    ("tri-0ee3f7913cf5", "nl", "", "Wat is groter, 2^100 of 10^30? Laat het zien zonder rekenmachine."),
    ("tri-0b8dd074c5da", "pl", "Wspierasz dział spraw rejestracyjnych Meridane Pharma. Tłumaczenia informacji o produkcie muszą być zgodne z szablonami EMA QRD i terminologią standardową w języku docelowym.", """Przetłumacz poniższy punkt 4.8 na francuski do unijnej informacji o produkcie. Zastosuj konwencję QRD dla kategorii częstości i francuskie terminy preferowane MedDRA, a nie swobodne tłumaczenie - i oznacz każdy termin, co do którego nie masz pewności, jaki jest oficjalny francuski termin MedDRA, żeby nasz weryfikator go sprawdził.

4.8 Undesirable effects
Summary of the safety profile: The most commonly reported adverse reactions were headache (12%), nausea (9%) and injection site reactions (7%).
Very common (>=1/10): headache
Common (>=1/100 to <1/10): nausea, dizziness, injection site erythema, fatigue, upper respiratory tract infection
Uncommon (>=1/1,000 to <1/100): hypersensitivity, alanine aminotransferase increased, rash
Rare (>=1/10,000 to <1/1,000): anaphylactic reaction, angioedema"""),
    ("tri-2f8825aaaf64", "nl", "", "leg uit wat een ETF is alsof ik 5 ben, max 2-3 zinnen"),
    ("tri-edadeebdc1dd", "pl", "", "lot jest o 23:40 i trwa 7h15, o której ląduje? pomiń strefy czasowe"),
    ("tri-e9c709456e6e", "nl", "Je bent Lexi, de assistent in het klantenportaal van Harbor Legal.", "kun je pdf's lezen als ik ze upload?"),
    ("tri-cbb1dff5f35c", "pl", "", "git: cofnij mój ostatni commit na branchu payroll-exports, ale zostaw zmiany w stage"),
    ("tri-17c59e379dd1", "nl", "Je bent Spark, de ideeën-assistent in Lumenboard, een collaboratief whiteboard voor product- en operationsteams. Geef ideeën als sticky-note-regels van maximaal 12 woorden, één per regel, geen nummering, geen inleiding.", "HMW zorgen we dat orderpickers in het magazijn bijna-ongevallen echt melden in plaats van ze weg te wuiven"),
    ("tri-c64cf9333c69", "pl", "", "Poproszono mnie o wygłoszenie mowy pożegnalnej na pogrzebie dr. Waltera Ismaya, który przez 42 lata był lekarzem rodzinnym w naszym miasteczku. Odebrał mój poród, a później porody moich dwojga dzieci. Kilka rzeczy, które ludzie mi opowiedzieli: jeździł na wizyty domowe jeszcze długo w latach 90., nosił w kieszeni fartucha cukierki maślane dla dzieci po zastrzykach, podczas burzy lodowej w '96 zawiózł pacjenta do szpitala własnym pickupem, nigdy nikogo nie oddał windykacji i w każdą niedzielę, kiedy nie miał dyżuru, łowił ryby. Z pozoru był szorstki i nie znosił zamieszania wokół siebie. Jego żona June zmarła w 2019 roku; ma syna Paula i troje wnucząt. Miał 88 lat. Mam około 5 minut podczas nabożeństwa w kościele First Methodist. Możesz to napisać? Nie jestem dobrym mówcą, więc proszę o proste zdania."),
    ("tri-4630706f2f97", "nl", "", """Iemand heeft dit jaren geleden met de hand geminified en nu moet ik het onderhouden. Kun je elke variabele en parameter een leesbare naam geven en het netjes formatteren? Verander NIET wat het doet, het berekent het totaalbedrag van de winkelmand in onze webshop.

function c(a, b, d) {
  let e = 0, f = [];
  for (const g of a) {
    const h = b[g.s];
    if (!h) { f.push(g.s); continue; }
    let i = h.p * g.q;
    if (h.d && g.q >= h.d.m) i -= i * h.d.r;
    e += i;
  }
  if (d && e >= d.t) e -= d.v;
  return { t: Math.round(e * 100) / 100, m: f };
}

ter context: a zijn de regels in de winkelmand ({s: sku, q: aantal}), b is de catalogus met sku als sleutel ({p: prijs, d: optionele staffelkorting {m: min. aantal, r: percentage}}), d is een optionele kortingsbon ({t: drempel, v: waarde}). De returnwaarde is het totaal plus de lijst met sku's die niet in de catalogus gevonden zijn."""),
    ("tri-c1dc0453eea9", "pl", "", "Jaka jest różnica między wirusem a bakterią, w jednym zdaniu?"),
    ("tri-15eb828d230b", "nl", "", "Wat zijn de belangrijkste juridische risico's voor een startup die zijn model in de EU traint op gescrapete webdata? Auteursrecht, AVG, mis ik nog iets?"),
    ("tri-d57fb0355d86", "pl", "", """które z tego to pytania, a które skargi, oznacz tylko P albo S
1. czy letnie menu startuje w tym tygodniu?
2. już trzeci raz moje latte przyszło ledwo ciepłe
3. czy mogę zarezerwować salkę z tyłu na 14 os.
4. terminal obciążył mnie dwa razy
5. czy wasze wypieki są bez orzechów"""),
    ("tri-b7ced9bbc175", "nl", "", "cron-expressie: elke werkdag 06:45, server draait op UTC maar ik wil het in Lissabon-tijd... of kan dat niet in gewone cron"),
    ("tri-020a3726439b", "pl", "", "spam? „FedUps: Twoja przesyłka została wstrzymana, opłać £1.99 za ponowne doręczenie na fedups-redeliver.example w ciągu 12 h, inaczej zostanie zwrócona do nadawcy”"),
    ("tri-27df541e09fd", "nl", "", "hoe hoog is de mount everest"),
    ("tri-b04ed41c5d60", "pl", "Jesteś asystentem Greenfurrow Agronomy. Z notatki polowej lustratora wypisz każdy zaobserwowany problem ze szkodnikami, chorobami lub niedoborem składników pokarmowych. Dla każdego podaj: pole, problem, dowód (cytat), nasilenie (low/medium/high). Jeśli lustrator tylko sugeruje problem, nie nazywając go, i tak go uwzględnij i oznacz jako 'inferred'.", """Pole 7 (na północ od silosów), kukurydza V8, obejście wzorem W 10:40-11:30.
Dolne liście na może jednej trzeciej roślin znowu mają to żółknięcie w kształcie V od wierzchołka, gorzej na piaszczystym wzniesieniu. Widziałem kilka skupisk rdzy, nic strasznego. Niektóre liście wyglądają, jakby ktoś strzelił ze śrutówki w lejek - dziurki i postrzępione brzegi, w 4 z 20 otwartych lejków znalazłem odchody. Przy cieku jest bardziej zielono, ale obsada spadła, mnóstwo luk, gdzie rośliny w ogóle nie wzeszły, wykopałem kilka i nasiona były wyjedzone w środku. Szkody od wiatru z wtorku minimalne."""),
    ("tri-1e226da73d0b", "nl", "", "zet om naar SI aub, heb het nodig voor het testrapport: 45 psi, 120 °F, 3,5 US gal/min, 18 ft·lb"),
    ("tri-161ad4f235fd", "pl", "Jesteś starszym konsultantem ds. lokalizacji w Qasr Market, platformie e-commerce wchodzącej na rynek Arabii Saudyjskiej.", """Zlokalizuj teksty naszego procesu składania zamówienia dla Arabii Saudyjskiej (arabski). Poza samym tłumaczeniem dostosuj je: problemy z układem RTL, o których powinniśmy wiedzieć, formaty walut i liczb, formaty dat (hidżra czy kalendarz gregoriański?), nazwy metod płatności, które ludzie tam faktycznie rozpoznają, oraz ton. Daj mi teksty po arabsku i listę zmian, które musimy wprowadzić w UI lub treściach.

1. "Your cart (3 items)"
2. "Free shipping on orders over $50"
3. "Pay with credit card, PayPal or Klarna"
4. "Delivery expected Tue, Mar 4 - Thu, Mar 6"
5. "Enter your ZIP code"
6. "Place order"
7. "Hey there! You're one step away from your goodies\""""),
    ("tri-3e909e0f7f1e", "nl", "", """We voegen claim-exports van drie TPA's samen in één warehouse-tabel en elk bestand ziet er anders uit. Hier is een voorbeeld van elk. Stel één genormaliseerd schema voor (veldnamen, types, toegestane waarden, welk bronveld naar welk veld mapt) en laat zien hoe deze voorbeeldrijen erin omgezet worden.

TPA 1 (pipe-gescheiden):
CLM_ID|MBR|DOS_FROM|DOS_TO|CPT|MOD|UNITS|BILLED|ALLOWED|PAID|STAT
A88120|00917734-01|20250114|20250114|99214||1|210.00|128.44|102.75|P
A88121|00917734-01|20250114|20250114|81002||1|12.00|3.48|0.00|D

TPA 2 (CSV, één rij per claim, regels platgeslagen):
claim_number,member_id,patient_dob,service_date,procedure_codes,total_charge,plan_payment,status
WC-2025-000482,W5502219,1979-03-30,01/20/2025,"97110 x2; 97140 x1",340,198.10,PAID
WC-2025-000483,W5502219,1979-03-30,01/27/2025,"97110 x2",220,0,DENIED - AUTH REQUIRED

TPA 3 (JSON lines):
{"id":"3-771-0045","subscriber":{"id":"KX-88231","dependent_seq":2},"lines":[{"svc":"2025-02-03","code":"J1885","qty":"2 units","charge":"$36.00","paid":"$30.12"},{"svc":"2025-02-03","code":"96372","qty":1,"charge":"$95","paid":"$61.00"}],"adjudication":"approved"}"""),
    ("tri-0c7e94666715", "pl", "", "CPM wynosi $7.50, a budżet to $12k, ile wyświetleń dostaniemy"),
    ("tri-d02cbc0c3777", "nl", "", "schrijf een kort bedankbriefje aan een klant die zijn zwager naar ons belastingadvieskantoor heeft doorverwezen"),
    ("tri-f8b4974ea82f", "pl", "", "Tu jest transkrypcja naszego posiedzenia zarządu. Wyciągnij, do czego prezeska faktycznie się zobowiązała, a co tylko zasugerowała, i powiedz mi, z których sugestii rada najpewniej będzie ją rozliczać."),
    ("tri-68b481a8e814", "nl", "Je ondersteunt transactiemonitoring-analisten bij Kestrelmoor Bank. Wees specifiek over welke indicatoren je gebruikt.", "Classificeer deze alert als CLOSE / MONITOR / ESCALATE_SAR en onderbouw: particuliere betaalrekening, klant is een 23-jarige student, rekening 5 maanden geleden geopend. Laatste 30 dagen: 41 inkomende faster payments van £180–£950 van 29 verschillende personen, omschrijvingen als 'rent', 'thx', 'for the thing'. De inkomsten van elke dag gaan binnen 2 uur door naar een account bij een cryptobeurs op naam van de klant. Eerdere gemiddelde maandelijkse omzet £1.100."),
    ("tri-8ec97f32b20b", "nl", "", "4 huisgenoten, kamers zijn 14, 11, 11 en 8 m², totale huur €2.200. een van de 11'ers heeft een balkon en we hebben afgesproken dat dat €60/maand extra waard is. wat is een eerlijke verdeling naar oppervlakte? laat het zo zien dat niemand erover kan zeuren"),
    ("tri-f63ab25ace9f", "pl", "", "przestań, proszę"),
    ("tri-39cd9b9a0cd5", "nl", "", "hoe schrijf ik \"subject to contract\" en \"without prejudice\" in het Braziliaans-Portugees voor de kop van een e-mail aan de advocaat van de wederpartij?"),
    ("tri-6e4af11a8852", "pl", "", """jednolinijkowe podsumowanie tego commita do changeloga

--- a/ingest/client.py
+++ b/ingest/client.py
-MAX_RETRIES = 3
+MAX_RETRIES = 5
-def fetch(url):
-    return requests.get(url, timeout=10)
+def fetch(url):
+    return SESSION.get(url, timeout=(3, 10))"""),
    ("tri-0491e8302ae7", "nl", "", "hoeveel kg N zit er in 200 kg ammoniumnitraat met 34,4% N?"),
    ("tri-35799f8dcfbd", "pl", "", "zaczepki fabularne do cyberpunkowego one-shota, w którym wszyscy BG są likwidatorami szkód ubezpieczeniowych. szalej"),
    ("tri-0beb942507c5", "pl", "", "Sama nie wiem, po co to piszę do AI. Dwa miesiące temu poznałam kogoś w aplikacji do wymiany językowej. Pisaliśmy codziennie. Pokazał mi swoje konto inwestycyjne i ile zarabia na jakiejś platformie krypto, i po kilku tygodniach wpłaciłam $500, potem to „urosło” do $1,900, więc dołożyłam więcej. W sumie $4,800, większość moich oszczędności z ostatnich dwóch lat. W zeszłym tygodniu próbowałam wypłacić, a oni chcieli najpierw 20% „podatku”. Wtedy już wiedziałam. Teraz wszędzie mnie zablokował. Zgłosiłam to w banku, a oni powiedzieli, że raczej nie da się tego odzyskać, bo sama autoryzowałam przelewy. Czuję się taka głupia. Mam 34 lata, mam wyższe wykształcenie, zawsze śmiałam się z ludzi, którzy się na coś takiego nabierali. Nie powiedziałam mężowi, mamy wspólny budżet i on myśli, że te pieniądze dalej leżą na moim koncie oszczędnościowym. Nie mogę spać i w kółko odtwarzam w głowie każdą rozmowę."),
    ("tri-3f0f4217b0a7", "nl", "Je bent Lumi, de assistent in de StudyNook-app.", "wat kun je eigenlijk? kun je helpen met scheikunde huiswerk of nee"),
    ("tri-763d4d50512a", "pl", "", """Kody wad: D01 rysa/przetarcie, D02 wgniecenie, D03 niezgodność koloru, D04 brak części, D05 wymiar poza tolerancją, D06 porowatość spoiny.
Przypisz kod do każdego komentarza kontrolera:
a) "lewy panel drzwi ma małe wgniecenie przy klamce, ok. 3mm"
b) "brak wspornika mocującego w woreczku, zestaw niekompletny"
c) "na ściegu widać pory wzdłuż szwu na tylnej ramie"
d) "odcień RAL 7016 wyraźnie jaśniejszy niż wzorzec"
e) "zmierzony rozstaw otworów 121.4mm, na rysunku 120 ±0.5\""""),
    ("tri-44a2bf77828a", "nl", "", "welke taal is dit? mijn buurvrouw heeft het op een briefje op mijn deur achtergelaten: 'Salamat po sa pag-abot ng package namin kahapon'"),
    ("tri-5654cb6f8161", "pl", "", r"Co ta regexa akceptuje, mówiąc po ludzku? Jest w naszym formularzu rejestracji i nikt już nie pamięta. ^(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{10,64}$"),
    ("tri-868e6b3e30b8", "nl", "", "andere woorden voor 'leverage' die niet klinken alsof een consultant ze heeft bedacht? 4-5 is genoeg"),
    ("tri-d082c6cb9712", "pl", "", """Streść ten mail od wspólnoty mieszkaniowej w punktach, bardzo krótko

Prezados condôminos, a partir de segunda a coleta de reciclável passa a ser às terças e sextas, até as 7h na lixeira do térreo. A piscina fecha para manutenção do dia 10 ao 17. A taxa extra da pintura da fachada vem no boleto do próximo mês. A Administração."""),
    ("tri-7706e0389918", "nl", "Je bent een product-discovery-assistent voor het growth-team van Tallyho, een budgetteringsapp. Als er om hypotheses wordt gevraagd, geef je een brede lijst, groepeer je ze en zeg je bij elke hypothese welke data die zou bevestigen of ontkrachten.", "Sinds de 2e van de maand is het aandeel nieuwe aanmeldingen dat binnen 24 uur een bankrekening koppelt gedaald van 48% naar 37%. Voor zover wij weten is er aan onze kant niets veranderd in de onboardingflow. Wat er rond die tijd wel gebeurde: onze iOS-app release 6.2 (vooral bugfixes), er is een nieuwe betaalde acquisitiecampagne op TikTok gestart, een van de bankaggregators die we gebruiken (Finlink) heeft een update van hun toestemmingsscherm uitgerold, en de marketingsite heeft een nieuwe prijspagina gekregen. Android en iOS zijn allebei geraakt, iOS iets meer. Wat zou dit kunnen verklaren?"),
    ("tri-c9ad7b256eb5", "pl", "", "streść tę opinię nauczycielki w 2 linijkach do maila dla rodziców: Leo w tym semestrze robi stałe postępy w czytaniu i teraz podczas cichego czasu sam wybiera książki. Jego prace pisemne są coraz lepsze, ale często się spieszy i pomija interpunkcję. Z matematyki pewnie radzi sobie z dodawaniem i odejmowaniem do 100, ale potrzebuje więcej ćwiczeń z zadaniami tekstowymi. Jest miły dla kolegów i bardzo pomógł dwójce nowych uczniów. Prosimy, czytajcie z nim w domu dalej 10 minut dziennie."),
    ("tri-8cb103ec5ddf", "nl", "", "Onze slogan voor hondenvoer is \"Real food for real good boys.\" We lanceren zowel in Quebec als in Frankrijk. Geef me voor elke markt een Franse versie die de speelse toon behoudt, en leg uit waarom ze verschillen - ik heb gehoord dat Quebecs Frans en het Frans in Frankrijk heel anders reageren op anglicismen en op het 'good boy'-idee."),
    ("tri-0587ee54d639", "pl", "", "przerób to, żeby nie brzmiało tak desperacko: 'Naprawdę, naprawdę potrzebuję tej pracy i zrobię dosłownie wszystko, proszę, proszę, weźcie mnie pod uwagę'"),
    ("tri-0a12c144e97c", "nl", "", """alle links in deze changelog, op volgorde

## 4.12.0
- New: bulk archive for projects (docs: https://help.tillerboard.example/archive)
- Fixed: CSV export dropped trailing zeros, see https://status.tillerboard.example/incidents/2291
- Deprecated: v1 webhooks, migration guide at https://dev.tillerboard.example/webhooks/v2-migration
- Thanks to @ines-m for the report"""),
    ("tri-3910d4c4f5e8", "pl", "", """Kontekst:
(1) Plany - Free: 3 projekty, 2 GB miejsca, maks. 25 MB na plik. Team: nielimitowane projekty, 200 GB, maks. 2 GB na plik. Enterprise: limity indywidualne.
(2) Obsługiwane formaty: PDF, DOCX, PNG, JPG; MP4 tylko w planie Team i wyższych.
(3) Dodatkowe miejsce jest sprzedawane w blokach po 50 GB w planach Team.

Pytanie: czy użytkownik darmowego planu może wgrać film o rozmiarze 40 MB?
Odpowiedź:"""),
    ("tri-0c37e3981a08", "nl", "", "Oekraïense versie voor het prikbord in de opvang aub: Er worden elke dag warme maaltijden geserveerd van 12:00 tot 14:00. De douches zijn in gebouw B. Schrijf je bij de balie in voor een tijdslot voor de was."),
    ("tri-17857953f912", "pl", "Kontekst: wspierasz zespół ds. zaangażowania społeczności w Brightwater Borough Council (fikcyjna rada gminy). Korzystaj z pobranych fragmentów tam, gdzie to istotne, i cytuj je jako [n]; możesz też proponować pomysły wykraczające poza nie.", """[1] Harlan Fields Park (4.2 ha) footfall survey 2024: weekday visits averaged 310, down 22% from 2019. 61% of visitors were dog walkers; under-18s made up 6%.
[2] Residents' panel, March: 'There's nothing to do there after 4pm in winter', 'the toilets have been closed since the pandemic', 'feels unsafe near the old bowling green'.
[3] The bowling club dissolved in 2022; its pavilion (80 m2, kitchen, no heating) is council-owned and unused.
[4] Parks capital budget 2025/26: £140k available across all sites; the Harlan Fields bid cap is £35k. Revenue budget is frozen.
[5] Local groups that have asked about space: Brightwater Chess Club, a Ukrainian community choir, two youth football teams, Open Hands food bank.

Pytanie od urzędnika ds. parków: czy możesz wymyślić szeroką listę sposobów, żeby przyciągnąć do Harlan Fields więcej ludzi, zwłaszcza nastolatków i osoby przychodzące wieczorem? Wymieszaj szybkie, łatwe rzeczy z większymi projektami i napisz mniej więcej, ile z tych £35k potrzebowałby każdy z nich."""),
    ("tri-8bafd59ea090", "nl", "", "maak dit korter zodat het in een app-banner past: \"Je ingeplande overboeking kon niet worden uitgevoerd omdat het beschikbare saldo op de rekening waarvan wordt afgeschreven niet toereikend was.\""),
    ("tri-477007a9bedd", "pl", "Skracaj aktualizacje na stronie statusu. Zachowaj sens.", "Obecnie jesteśmy w trakcie badania problemu, który powoduje, że część użytkowników doświadcza trudności z zalogowaniem się."),
    ("tri-b56ebd813c9a", "nl", "", "is dit echt of phishing?? 'DHL Express: je pakket staat vast. Betaal binnen 24 uur de invoerkosten van 1,99 EUR: dhl-parcel-release.co/pay'"),
    ("tri-6eb27bad8628", "pl", "", "co tak naprawdę mówią badania o zadaniach domowych w podstawówce - czy to w ogóle coś daje?"),
    ("tri-e1aa0680174c", "nl", "", "in mijn deckbuilder doet Flurry 2 schade per kaart die je nog in je hand hebt, daarna leg je een willekeurige kaart af. als ik 5 kaarten in mijn hand heb waaronder twee Flurrys en ik speel er een, en dan de andere (als die de discard heeft overleefd), wat is dan de verwachte totale schade? volgens mij klopt de spreadsheet van de designer niet"),
    ("tri-1d0383d87585", "pl", "Jesteś LegalEase, słowniczkiem prawniczym dla najemców, pisanym prostym językiem.", "co to jest przedawnienie"),
    ("tri-c8151ea597b8", "nl", "", """CTO tegen hoofd sales, ronde vier, over het uitstellen van de v3-lancering. Vat het standpunt van elk eerlijk samen, zonder partij te kiezen, en wijs dan aan wat elk van hen weglaat. Ik moet vóór vrijdag beslissen.

Priya (CTO): We moeten niet op de 15e live gaan. Loadtests laten zien dat de nieuwe sync-engine omvalt bij ongeveer 60% van onze huidige piekbelasting. We kunnen er omheen patchen, maar dan lever ik iets op waarvan ik weet dat we er elke maandagochtend voor gepaged worden. Twee weken extra brengt ons bij een versie waar ik achter sta.
Marco (Sales): Drie enterprise-deals van in totaal 1,1M zijn afhankelijk van v3 die eind van de maand live is. Twee van die kopers hebben me schriftelijk laten weten dat ze, als het uitloopt, de evaluatie met onze concurrent heropenen. We zijn dit jaar al twee keer uitgelopen.
Priya: Als we live gaan en de sync-engine breekt in de eerste maand bij een van die accounts, verliezen we ze toch, en waarschijnlijk ook een referentie.
Marco: Zet het dan achter een flag, alleen voor de nieuwe klanten. Die hebben de eerste weken kleine datavolumes.
Priya: Flags verdubbelen de testmatrix en mijn team zit al aan zijn max. En "de eerste weken kleine datavolumes" kan ik niet garanderen.
Marco: Elke keer dat we op perfect wachten, verliezen we een kwartaal."""),
    ("tri-2e90e60a65e2", "pl", "", "koleżanka z pracy ciągle przedstawia na spotkaniach zespołu moje wyszukiwanie kandydatów jako swoją robotę. zgłosić to szefowi czy najpierw z nią pogadać?"),
    ("tri-1fddda1c640e", "nl", "", """Q3 RESULTS — Velmora Foods reports third-quarter results

OSLO — Velmora Foods ASA today reported revenue of NOK 4.82 billion for the third quarter, up 6.1% year on year, driven by volume growth in plant-based chilled products and price increases in the Nordics. Operating profit (EBIT) was NOK 391 million, giving an operating margin of 8.1% (Q3 last year: 7.4%). Diluted earnings per share came to NOK 2.17. Net interest-bearing debt stood at NOK 3.1 billion at quarter end, and the leverage ratio was 2.3x.

"We are pleased with the momentum in our chilled categories, while the frozen segment remains under pressure," said CEO Ingrid Solheim.

Outlook: For the full year, Velmora now expects revenue of NOK 18.9-19.3 billion (previously NOK 18.6-19.2 billion) and an operating margin of 7.5-8.0%. Capital expenditure is expected at around NOK 650 million.

KPI's als sleutel: waarde graag - omzet, EBIT-marge, verwaterde WPA, bandbreedte omzetguidance boekjaar, margeguidance boekjaar. Neem de getallen exact over zoals ze er staan."""),
    ("tri-c0ef36c522cd", "pl", "", "Moja córka w ósmej klasie musi do marca przygotować projekt na festiwal nauki, a budżet mamy praktycznie zerowy. Lubi zwierzęta i gotowanie, nie znosi niczego z prądem. Możesz rzucić kilka pomysłów, do których wystarczą rzeczy z kuchni albo z Pepco i które naprawdę coś sprawdzają (a nie tylko plakat)?"),
    ("tri-51f66b4c2f7a", "nl", "", "vat samen in 10 woorden: «Da lunedì il ristorante apre anche a pranzo, menu fisso a 15 euro, chiuso la domenica sera.»"),
    ("tri-0db726ee8de8", "pl", "", "Jeśli rzucam uczciwą monetą, dopóki nie wypadną dwa orły z rzędu, jaka jest oczekiwana liczba rzutów?"),
    ("tri-4df6d460edb8", "nl", "", """Ik zit na te kijken. Vat de twee betogen hieronder samen (zelfde opdracht: "Moeten steden auto's uit hun centrum weren?") en zeg welke beter argumenteert en waarom.

Betoog 1: Steden moeten auto's uit hun centrum weren, want auto's veroorzaken vervuiling en ongelukken. In mijn stad is de lucht slecht en hebben veel mensen astma. Ook zouden mensen zonder auto's meer lopen, en dat is gezond. Sommige mensen zeggen dat winkels klanten gaan verliezen, maar mensen komen gewoon met de bus. Daarom moeten auto's verboden worden.

Betoog 2: Een volledig verbod klinkt aantrekkelijk, maar zal in de meeste steden waarschijnlijk mislukken. Waar centra met succes autovrij zijn gemaakt, zoals in verschillende Europese voorbeelden, gebeurde dat geleidelijk en samen met investeringen in het openbaar vervoer. Een plotseling verbod zou vooral bewoners met een beperking en kleine ondernemers die afhankelijk zijn van bevoorrading hard raken. Een beter beleid is een gefaseerde beperking: venstertijden voor bevoorrading, uitzonderingen voor houders van een gehandicaptenparkeerkaart en een congestieheffing waarmee bussen worden betaald."""),
    ("tri-68244aa8ecfe", "pl", "", "toksyczne czy ok? wiadomość rodzica do nauczycielki: 'pani ewidentnie nie ma pojęcia, jak uczyć, moje dziecko zasługuje na kogoś lepszego niż taki klaun jak pani'"),
    ("tri-b5f5cca40c86", "nl", "Je bent een assistent voor medisch schrijven bij de Clinical Research Unit van het Ashgrove University Hospital. Eis van de medisch-ethische toetsingscommissie: toestemmingsmateriaal op B1-niveau of lager, zonder de risico's te bagatelliseren.", """Vereenvoudig dit deel van ons toestemmingsformulier voor de studie voor deelnemers die minder goed kunnen lezen. Het moet medisch juist blijven en mag de risico's niet kleiner laten lijken dan ze zijn - de toetsingscommissie heeft de vorige versie daarom afgekeurd. Waar vereenvoudigen iets belangrijks zou laten verdwijnen, laat je het staan en leg je het uit.

RISICO'S EN ONGEMAKKEN: Toediening van het onderzoeksproduct (ATX-201) geschiedt via subcutane injectie eenmaal per twee weken. Reacties op de injectieplaats, waaronder erytheem, pruritus en induratie, traden op bij circa 30% van de deelnemers in eerdere studies en waren overwegend mild en zelflimiterend. Minder vaak (1-5% van de deelnemers) werden voorbijgaande verhogingen van de levertransaminasen waargenomen; om die reden wordt de leverfunctie bij elk bezoek gecontroleerd middels venapunctie. Overgevoeligheidsreacties, waaronder anafylaxie, zijn mogelijk bij elk biologisch middel; in eerdere studies trad één geval van anafylaxie op onder 412 deelnemers. ATX-201 kan schade aan de foetus veroorzaken; deelnemers die zwanger kunnen worden, moeten gedurende de gehele studie en tot 90 dagen na de laatste dosis twee vormen van anticonceptie gebruiken. Er kunnen risico's zijn die momenteel niet te voorzien zijn."""),
    ("tri-c5399a192314", "pl", "Wyciągnij z wiadomości klienta odczyt licznika i datę odczytu. Odpowiedz dokładnie w tej formie: reading=<digits>; date=<YYYY-MM-DD>. Jeśli czegoś brakuje, wpisz MISSING.", "licznik pokazuje 04417 na dziś rano (14 marca 2025), sorki że tak późno, nie było mnie"),
    ("tri-ae25cfcf0719", "nl", """Je bent Wayfarer, de virtuele assistent van Brisa Travel, een reisbureau met kantoren in Porto en Lissabon. Richtlijnen:
- Wees hartelijk maar beknopt. Antwoord in de taal van de klant.
- Algemene reisvragen (bestemmingen, tijdzones, gebruikelijk weer, documenten in algemene zin) mag je uit eigen kennis beantwoorden.
- Voor boekingen, wijzigingen en terugbetalingen vraag je om het boekingsnummer en draag je het gesprek over aan een medewerker; bevestig nooit zelf prijzen of beschikbaarheid.
- Presenteer visum- of gezondheidseisen voor inreis nooit als definitief; zeg altijd dat regels veranderen en verwijs naar de officiële overheidsbron.
- Raad geen concurrenten aan. Praat niet over commissies of contracten met leveranciers.
- Als de klant boos is, erken dat eerst voordat je antwoordt.
- Sluit alleen aan het eind van een gesprek af met "Boa viagem!".
Openingstijden: ma-vr 09:00-19:00, za 10:00-14:00 (tijd in Lissabon).""", "hoi! wat is het tijdsverschil tussen lissabon en tokio? moet daar een hotel bellen"),
    ("tri-83aa1a5bed2d", "pl", "Piszesz nagłówki dla newsroomu Nordvale Water. Zwróć jeden nagłówek, maks. 12 słów, bez clickbaitu.", "Nordvale Water wymieni 14 km żeliwnych magistral wodociągowych w dzielnicach Eastbrook i Millfield między marcem a listopadem. Program o wartości £9.2m obejmuje rury odpowiedzialne za prawie 40% awarii w dzielnicy w ciągu ostatnich pięciu lat. Prace będą prowadzone odcinkami po 200 metrów, aby ograniczyć utrudnienia; mieszkańcy, których to dotyczy, dostaną listy co najmniej 10 dni przed rozpoczęciem prac na ich ulicy. Na Station Road i Canal Street staną tymczasowe sygnalizacje świetlne. Po ponownym podłączeniu dostaw klienci mogą zauważyć krótkotrwałe przebarwienie wody, które jest nieszkodliwe."),
    ("tri-0d68d40674b9", "nl", "", "Hier zijn onze churncijfers voor Q1-Q4 per cohort en de data van de prijswijzigingen. Heeft de prijsverhoging, puur op basis van deze data, de piek in churn veroorzaakt of was het iets anders? Onderbouw het zorgvuldig."),
    ("tri-ddda2a2cd14d", "pl", "", """to phishing czy prawdziwe? przyszło dziś rano

From: Northgate Bank Security <alerts@northgate-secure-verify.com>
Subject: Action required: unusual sign-in blocked

We blocked a sign-in attempt to your Online Banking from a new device in Minsk, BY. If this wasn't you, your account will be restricted within 24 hours. Confirm your identity now to keep access:
https://northgate-secure-verify.com/confirm?id=88213
You will need your card number, expiry date and the 6-digit code we text you.
Northgate Bank Fraud Team"""),
    ("tri-352fe47b8a34", "nl", "", "schrijf een OOO van één regel voor me: afwezig tot de 14e, bij prod-issues de on-call pagen via #sre-help"),
    ("tri-8b5de0086bd4", "pl", "", """Liczebność próby, główny punkt końcowy i hazard ratio z przedziałem ufności - tylko tyle potrzebuję z tego abstraktu.

Background: Whether early initiation of a sodium-glucose cotransporter 2 inhibitor after hospitalisation for acute heart failure improves outcomes in patients without diabetes is uncertain.
Methods: In this multicentre, double-blind trial conducted at 61 sites, we randomly assigned 1,486 patients hospitalised for acute heart failure, irrespective of ejection fraction, to receive either dapagliflozin 10 mg daily or placebo, starting within 72 hours of admission. The primary endpoint was a composite of cardiovascular death or worsening heart failure at 180 days. Secondary endpoints included total heart failure events and change in the Kansas City Cardiomyopathy Questionnaire score.
Results: Over a median follow-up of 176 days, the primary endpoint occurred in 98 of 744 patients (13.2%) in the dapagliflozin group and in 131 of 742 (17.7%) in the placebo group (hazard ratio 0.73; 95% confidence interval, 0.56 to 0.95; P=0.02). Rates of serious adverse events were similar in the two groups.
Conclusions: Early in-hospital initiation of dapagliflozin reduced the risk of cardiovascular death or worsening heart failure."""),
    ("tri-f0b4e4f70a60", "nl", "", "Een knuppel en een bal kosten samen 1,10. De knuppel kost 1,00 meer dan de bal. Hoeveel kost de bal? Leg uit waarom het intuïtieve antwoord fout is."),
    ("tri-c1403954a1a1", "pl", "Odpowiadaj wyłącznie na podstawie podanego kontekstu.", """Kontekst: Sklep jest czynny pn-pt 9-18, sob 10-16, w niedzielę zamknięty.
P: czy mogę przyjść w sobotę o 17?"""),
    ("tri-ce74681662e8", "nl", "Je bent de lokalisatietool voor de indiegame Lumen Hollow. Vertaal de JSON-waarden van het Nederlands naar het Vietnamees. Laat de keys, placeholders zoals {name} en {count}, en tags zoals <b></b> ongewijzigd. Geef alleen geldige JSON terug.", """{
  "menu.continue": "Doorgaan",
  "menu.new_game": "Nieuw spel",
  "hud.lanterns": "Lantaarns aangestoken: {count}",
  "npc.miller.greet": "Ah, {name}! De rivier is onrustig sinds je vertrok.",
  "quest.fog.desc": "Vind de <b>drie klokken</b> voordat de mist terugkeert.",
  "ui.save_warning": "Schakel je apparaat niet uit tijdens het opslaan."
}"""),
    ("tri-e05dc9792dd5", "pl", "", """na FR poproszę:
Sign in
Forgot password?
Remember me on this device
Create an account
Terms of use"""),
    ("tri-2d4ceff58c12", "nl", "Je bent een coach voor kwaliteitsverbetering voor poliklinieken. Genereer concrete, toetsbare verbeterideeën (klaar voor PDSA), gegroepeerd per thema. Geef bij elk idee aan welke data zouden laten zien of het gewerkt heeft.", "Context: Southgate Community Health Center, eerstelijnszorg voor volwassenen, 6 zorgverleners. Ons no-showpercentage is de afgelopen twee kwartalen 23% (doel is 12%). Ongeveer 60% van de patiënten zit op Medicaid, veel werken in uurloonbanen, velen zijn afhankelijk van de bus. We sturen 24 uur van tevoren sms-herinneringen (nu alleen in het Engels - ~30% van onze patiënten heeft liever Spaans, en we hebben een groeiend aantal Dari-sprekende patiënten). Afspraken voor nieuwe patiënten zitten 5 weken vol. No-shows zijn het ergst op maandagochtend en bij vervolgafspraken voor geestelijke gezondheidszorg. De balie zegt dat veel mensen zeggen dat ze het \"vergeten\" waren of \"niet weg konden van hun werk\". Veel meer overboeken kunnen we niet - de zorgverleners zitten al tegen een burn-out aan. Wat zouden we kunnen proberen?"),
    ("tri-3bfbbc70ce29", "pl", "", "3 osoby rzucają każda k20. jaka jest szansa, że co najmniej dwie wyrzucą tę samą liczbę?"),
    ("tri-8c5025ac3fa8", "nl", "", r"""Mijn manager moet vóór de audit weten wat deze nachtelijke job met klantdata doet. Kun je het stap voor stap uitleggen in gewoon Nederlands, zonder jargon? Ik heb het niet zelf geschreven.

#!/usr/bin/env bash
set -euo pipefail

EXPORT_DIR=/srv/exports/crm
ARCHIVE_DIR=/srv/archive/crm
TODAY=$(date +%F)
DB_URL="${CRM_DB_URL:?CRM_DB_URL not set}"
RETENTION_DAYS=400

mkdir -p "$EXPORT_DIR/$TODAY" "$ARCHIVE_DIR"

echo "[$(date -Is)] exporting contacts"
psql "$DB_URL" -v ON_ERROR_STOP=1 -c "\copy (
    SELECT id, account_id, lower(email) AS email, country, created_at, last_seen_at, marketing_opt_in
    FROM contacts
    WHERE deleted_at IS NULL
) TO '$EXPORT_DIR/$TODAY/contacts.csv' WITH CSV HEADER"

echo "[$(date -Is)] exporting orders"
psql "$DB_URL" -v ON_ERROR_STOP=1 -c "\copy (
    SELECT o.id, o.contact_id, o.total_cents, o.currency, o.status, o.created_at
    FROM orders o
    WHERE o.created_at >= now() - interval '2 days'
) TO '$EXPORT_DIR/$TODAY/orders_delta.csv' WITH CSV HEADER"

echo "[$(date -Is)] pseudonymising emails for the analytics copy"
python3 - "$EXPORT_DIR/$TODAY/contacts.csv" "$EXPORT_DIR/$TODAY/contacts_analytics.csv" <<'PY'
import csv, hashlib, os, sys
salt = os.environ["ANALYTICS_SALT"].encode()
src, dst = sys.argv[1], sys.argv[2]
with open(src, newline="") as fi, open(dst, "w", newline="") as fo:
    r = csv.DictReader(fi)
    w = csv.DictWriter(fo, fieldnames=[f for f in r.fieldnames if f != "email"] + ["email_hash"])
    w.writeheader()
    for row in r:
        row["email_hash"] = hashlib.sha256(salt + row.pop("email").encode()).hexdigest()
        w.writerow(row)
PY

echo "[$(date -Is)] uploading analytics copy"
aws s3 cp "$EXPORT_DIR/$TODAY/contacts_analytics.csv" "s3://lumenfield-analytics-raw/crm/$TODAY/" --sse aws:kms
aws s3 cp "$EXPORT_DIR/$TODAY/orders_delta.csv" "s3://lumenfield-analytics-raw/crm/$TODAY/" --sse aws:kms

echo "[$(date -Is)] sending marketing list to mailer"
awk -F, 'NR==1 || $7=="t"' "$EXPORT_DIR/$TODAY/contacts.csv" > "$EXPORT_DIR/$TODAY/optin.csv"
curl -sf -X PUT -H "Authorization: Bearer ${MAILER_TOKEN}" \
     --data-binary @"$EXPORT_DIR/$TODAY/optin.csv" \
     "https://api.mailer.example/v2/lists/weekly-digest/members:replace"

echo "[$(date -Is)] archiving and cleaning up"
tar -czf "$ARCHIVE_DIR/crm_$TODAY.tar.gz" -C "$EXPORT_DIR" "$TODAY"
rm -rf "$EXPORT_DIR/$TODAY"
find "$ARCHIVE_DIR" -name 'crm_*.tar.gz' -mtime +"$RETENTION_DAYS" -delete

echo "[$(date -Is)] done""" '"'),
    ("tri-54b3a2508083", "pl", "", "nazwy dla mobilnego salonu groomerskiego dla psów? gry słowne mile widziane 🐶"),
    ("tri-7fb6b0724c91", "nl", "", "inkorten zodat het in één sms past (max 160 tekens): 'Hoi Laila, je bestelling #55821 bij Qamar Beauty is verzonden met Aramex en wordt naar verwachting donderdag tussen 9:00 en 18:00 bezorgd. Volg hem hier: qmr.to/t/55821. Antwoord STOP om je af te melden.'"),
    ("tri-d33d0f4421d5", "pl", "", """Napisz wpis na blog (~500 słów) na stronę naszego instytutu, ogłaszający otwarcie nowej pracowni cryo-EM. Notatki:
- Titan Krios G4 z detektorem Falcon 4i i filtrem energii Selectris, zainstalowany w piwnicy budynku C (płyta izolowana od drgań, budowa trwała 14 miesięcy)
- finansowanie: €6.8M od państwa + €1.2M od Fundacji Hertel
- od marca otwarta dla zewnętrznych użytkowników akademickich; dostęp dla przemysłu w ramach umów serwisowych
- kierowniczka pracowni: dr Ilse Brandvold (przeszła z EMBL Heidelberg)
- pierwszy projekt: struktura roślinnego transportera azotanów (grupa prof. Okafora), już przy 2.4 Å
- szkolenia dla doktorantów od kwietnia, 2 na semestr
- ma być zrozumiały dla laików, może wyjaśnij w 2 zdaniach, czym jest cryo-EM
- na końcu jak złożyć wniosek (formularz na stronie, 2-stronicowa propozycja)"""),
    ("tri-f55e6f5758d1", "nl", "", "fermi-schatting: ongeveer hoeveel paralegals werken er in Texas? loop je aannames door"),
    ("tri-cda8b4996929", "pl", "", "przyjaciółka chce żebym była poręczycielem przy jej wynajmie mieszkania a ja naprawdę nie chcę. jak odmówić i jej nie stracić"),
    ("tri-5c79a1ae38a8", "pl", "", """wypunktuj tę wiadomość głosową pls

"Dzień dobry, tu Grzesiek z Pressfield Plumbing. Przyszedł zawór przełączający do pana pieca. Mogę w środę koło dziewiątej, jakieś dwie godziny, ktoś musi być w domu. 240 plus VAT, kartą może być. Jak środa nie pasuje, to proszę dzwonić do biura. Pozdrawiam.\""""),
    ("tri-199576612262", "nl", "", "maak simpel voor een kind van 10: 'Fotosynthese zet lichtenergie om in chemische energie die wordt opgeslagen in glucose.'"),
    ("tri-1d1a78a057e1", "pl", "", "czym sie rozni zasieg od wyswietlen"),
    ("tri-d15bd552c514", "nl", "", "Leegstaande winkelruimte op de begane grond in een gemengd complex, 140 m2, appartementen erboven, en de bewoners hebben al geklaagd over geluidsoverlast van de vorige huurder (een sportschool). Wat voor huurders of functies zouden hier kunnen werken? Denk breed, ik presenteer volgende week opties aan de verhuurder."),
    ("tri-6424e0453855", "pl", "", """Przyszły w tym tygodniu trzy raporty sell-side o Brightpath Bancorp. Skondensuj je w jeden krótki akapit, który da łączny obraz, i wyraźnie zaznacz, w czym się różnią i od czego ta różnica zależy.

Note A (Harcourt Securities, Buy, PT $48): Net interest margin expanded 11bp QoQ to 3.42% as deposit costs stabilized. We expect further expansion as $1.2bn of low-yielding securities roll off in 2025. CRE exposure (210% of capital) is well diversified; office is only 6% of the book. Reiterate Buy.

Note B (Wexley & Co, Hold, PT $39): NIM beat was driven by a one-time $4m interest recovery on a previously non-accrual loan; excluding it, margin was flat. Deposit mix continues to shift to time deposits (now 31% vs 22% a year ago), which caps upside. Credit quality fine for now. Hold.

Note C (Ostrander Research, Sell, PT $33): Criticized CRE loans rose 38% QoQ, concentrated in multifamily with rent-stabilized units in two metro areas; reserves at 1.05% of loans look thin against that. Securities roll-off is real but management will likely use it to fund deposit outflows rather than higher-yield loans. Sell."""),
    ("tri-2be820cc9787", "nl", "", """Maak van deze aantekeningen een fatsoenlijke mail aan het team, alle info moet erin blijven:

sprint review verplaatst naar do 14:00 (botst met klantcall) / volgorde demo: zoeken, dan facturatie, dan admin / Kai presenteert facturatie, niet ik / opname komt op de gedeelde schijf"""),
    ("tri-87468f27b82d", "pl", "", "jak skrócić kolejkę w biurze obsługi mieszkańców w naszym urzędzie? ludzie czekają 90 min tylko po abonament parkingowy dla mieszkańców"),
    ("tri-e7ef5ef7fa9e", "nl", "", """tldr van deze slack-thread aub:
anna: prod deploy mislukt
ben: migraties liepen in een timeout
anna: ik rol terug
ben: rollback klaar, oorzaak is de nieuwe index op orders
anna: probeer het vannacht opnieuw met CONCURRENTLY"""),
    ("tri-23c2eabdba58", "pl", "Asystent biura grantowego, Halloway Institute for Coastal Research. Do abstraktu przesłanego przez użytkownika zaproponuj 10 pytań badawczych na dalsze badania, zróżnicowanych pod względem metody (terenowe, laboratoryjne, modelowanie, nauki społeczne) i skali. Po jednej linijce każde.", "Abstrakt: W latach 2019-2024 monitorowaliśmy łąki trawy morskiej (Zostera marina) na 14 stanowiskach wzdłuż estuarium Carrow, wykorzystując zdjęcia z dronów i transekty nurkowe. Łączna powierzchnia łąk zmniejszyła się o 23%, a straty koncentrowały się w pobliżu dwóch marin i wylotu oczyszczalni ścieków. Na stanowiskach o większym zagęszczeniu miejsc cumowania łodzi występowały koliste wyżłobienia charakterystyczne dla cumowania na łańcuchach. Dwa stanowiska częściowo się odrodziły po zainstalowaniu w 2022 r. nowoczesnych systemów cumowniczych. Obciążenie epifitami korelowało z letnimi szczytami stężenia azotu, a zagęszczenie pędów na stanowiskach przy wylocie spadło niemal o połowę po zrzutach burzowych w 2021 r. Omawiamy konsekwencje dla regulacji cumowania i zarządzania biogenami."),
    ("tri-3f3fba783a4d", "nl", "", "wat staat hier in het Nederlands? het staat gestempeld op een pomp die uit onze fabriek in Zaragoza komt: 'Riesgo eléctrico. Desconectar antes de abrir la tapa.'"),
    ("tri-cf65911fa60b", "pl", "Jesteś DevBuddy, asystentem do programowania.", "Prowadzę małą firmę korepetycyjną (5 korepetytorów, ~60 uczniów) i buduję aplikację do rezerwacji na Postgresie. Potrzebuję tabel na korepetytorów, uczniów, lekcje, przedpłacone pakiety (5 albo 10 lekcji) i odwołania: jeśli uczeń odwoła mniej niż 24h przed, traci kredyt. Rodzice mogą mieć kilkoro dzieci. Jak zaprojektowałbyś schemat?"),
    ("tri-2416cfc14957", "pl", "", "Możesz mi powiedzieć, czy każde z tych stanowisk to IT, Finance, Ops czy Sales? Data Steward, Treasury Analyst, Fleet Coordinator, Account Executive, Site Reliability Engineer, AP Clerk"),
    ("tri-905c197a8f7b", "nl", "", "3 onderwerpregels voor een mail waarin we kandidaten op de shortlist uitnodigen voor een tweede gesprek"),
    ("tri-7c86b0471e79", "pl", "", "zgrubne szacowanie Fermiego: ile baterii do aparatów słuchowych sprzedaje się rocznie w Japonii? przeprowadź mnie przez założenia"),
    ("tri-2aa290135eb1", "nl", "Je bent de copy-assistent in de productbewerker van Shopwise. Herschrijf de productbeschrijving die de verkoper aanlevert: max 60 woorden, behoud alle technische specificaties, geen superlatieven, geen uitroeptekens, spreek de lezer aan met je.", "DE BESTE BLENDER DIE JE OOIT ZULT HEBBEN!!! De Vortex Pro 900 heeft een waanzinnige motor van 1200W die ijs in SECONDEN vermaalt, een BPA-vrije kan van 1,8 liter, 6 snelheden plus pulsfunctie en een zelfreinigende stand. De messen zijn van roestvrij staal en vaatwasserbestendig. Met 2 jaar garantie en een GRATIS reisbeker (600ml). Perfect voor smoothies, soepen, notenpasta's en meer!!!"),
    ("tri-fca99a162514", "pl", "", "inne słowa na 'obowiązkowy' w dokumencie z polityką firmy? wystarczą 3-4 opcje"),
    ("tri-aea35cbb67a2", "nl", "", """We lanceren onze omvormer in Kazachstan en Oezbekistan (Russischtalige markt). Kun je deze producttekst lokaliseren naar het Russisch - niet woord voor woord, het moet lezen alsof het voor lokale installateurs is geschreven (de termen die zij echt gebruiken, metrische eenheden), en laat de VS-specifieke stukken over net metering / de ITC-belastingkorting weg en vervang ze door iets neutraals.

SunHaven HX-10 Hybrid Inverter
Power your home through outages and slash your electric bill. The HX-10 pairs with up to 30 kWh of SunHaven batteries and switches to backup in under 10 ms - your fridge won't even notice. Dual MPPT trackers squeeze every watt out of east-west roofs, and the built-in Wi-Fi lets you watch production from the SunHaven app. Qualifies for the 30% federal ITC and works with every major utility's net metering program. Rated for -13°F to 140°F, NEMA 4X enclosure, 10-year warranty, installs in an afternoon."""),
    ("tri-3634a5b52dc1", "pl", "Przetłumacz instrukcje dawkowania z etykiety aptecznej w wiadomości użytkownika na chiński uproszczony dla drukarki etykiet dwujęzycznych. Zwróć tylko tłumaczenie, bez uwag.", "Przyjmować 1 tabletkę doustnie dwa razy dziennie z posiłkiem. Może powodować senność. Nie pić alkoholu w trakcie przyjmowania tego leku. Zażyć cały lek, chyba że lekarz prowadzący zaleci inaczej."),
    ("tri-62a3d2225795", "pl", "", "przekierowanie 301 czy 302, które dać dla posta na blogu przeniesionego pod nowy url?"),
    ("tri-9a17c18ab50e", "nl", "", """Refactor dit naar een React-functiecomponent met hooks. Het gedrag moet precies hetzelfde blijven (gedebouncede zoekfunctie, filters die onthouden worden in localStorage, "meer laden"-paginering, de rare regel dat het wijzigen van de categorie de pagina reset maar het wijzigen van de sortering niet). We zitten op React 18, geen Redux. Wijs ook alles in de oude code aan wat eerder op een bug lijkt dan op bedoeld gedrag, zodat ik het aan product kan vragen voordat ik het overneem.

```js
var state = { q: "", category: "all", sort: "relevance", page: 1, items: [], loading: false, done: false };
var timer = null;

function saveFilters() {
  localStorage.setItem("catalogFilters", JSON.stringify({ category: state.category, sort: state.sort }));
}

function restoreFilters() {
  try {
    var f = JSON.parse(localStorage.getItem("catalogFilters"));
    if (f) { state.category = f.category || "all"; state.sort = f.sort || "relevance"; }
  } catch (e) {}
  $("#category").val(state.category);
  $("#sort").val(state.sort);
}

function render(append) {
  var html = state.items.map(function (it) {
    return '<li class="card" data-id="' + it.id + '"><img src="' + it.thumb + '"><h3>' + it.name +
      '</h3><span class="price">' + (it.price / 100).toFixed(2) + ' EUR</span>' +
      (it.stock < 5 ? '<em class="low">Only ' + it.stock + ' left</em>' : '') + '</li>';
  }).join("");
  if (append) { $("#results").append(html); } else { $("#results").html(html); }
  $("#more").toggle(!state.done);
  $("#spinner").toggle(state.loading);
}

function fetchPage(append) {
  state.loading = true; render(append);
  $.getJSON("/api/catalog", { q: state.q, cat: state.category, sort: state.sort, page: state.page }, function (res) {
    state.loading = false;
    state.done = res.items.length < 24;
    if (append) { state.items = state.items.concat(res.items); } else { state.items = res.items; }
    render(append);
  }).fail(function () {
    state.loading = false;
    $("#error").text("Something went wrong, please retry").show();
  });
}

$(function () {
  restoreFilters();
  fetchPage(false);

  $("#search").on("input", function () {
    state.q = $(this).val().trim();
    clearTimeout(timer);
    timer = setTimeout(function () { state.page = 1; fetchPage(false); }, 300);
  });

  $("#category").on("change", function () {
    state.category = $(this).val(); state.page = 1; saveFilters(); fetchPage(false);
  });

  $("#sort").on("change", function () {
    state.sort = $(this).val(); saveFilters(); fetchPage(false);
  });

  $("#more").on("click", function () {
    state.page += 1; fetchPage(true);
  });

  $("#results").on("click", ".card", function () {
    window.location = "/product/" + $(this).data("id");
  });
});
```"""),
    ("tri-5b03d306e0fa", "pl", "Jesteś LedgerPal, pomocnikiem od liczb dla właścicieli małych firm.", "Otwieram wózek z kawą na weekendowym targu rolnym. Opłata za stoisko to $85 dziennie, rata za wózek $420 miesięcznie, składniki + kubki ok. $1.10 na napój, a napoje sprzedaję średnio po $5.50. Jestem tam w sobotę i niedzielę, 4 weekendy w miesiącu. Ile napojów dziennie muszę sprzedać, żeby wyjść na zero, a ile, jeśli chcę też wypłacać sobie $800 miesięcznie?"),
    ("tri-6fb6474159e1", "nl", "", """Kun je mijn concept herschrijven? We hebben een incident gehad waarbij door een bug sommige klanten ongeveer 40 minuten lang de bestelgeschiedenis van andere mensen te zien kregen. Legal zegt dat we geen aansprakelijkheid mogen erkennen en niet mogen speculeren over de impact, maar ik wil ook niet dat het klinkt alsof een robot het heeft geschreven. Houd alle feiten erin.

Concept:
Onderwerp: Belangrijke mededeling over je account
Beste klant,
Op 2 juni tussen 10:05 en 10:47 CET zorgde een technische fout op onze website ervoor dat sommige klanten die inlogden de bestelgeschiedenis van een andere klant konden zien. Jouw bestelgeschiedenis kan in die tijd zichtbaar zijn geweest voor een andere klant. De getoonde informatie bestond uit namen, bezorgadressen en de bestelde artikelen. Er zijn geen betaalkaartgegevens of wachtwoorden getoond. We hebben de fout om 10:47 verholpen en gecontroleerd dat het niet nog eens kan gebeuren. We hebben de Autoriteit Persoonsgegevens ingelicht. Je hoeft niets te doen, maar wees voorzichtig met e-mails waarin om je gegevens wordt gevraagd. Het spijt ons echt heel erg, dit had nooit mogen gebeuren en het is helemaal onze schuld.
Groeten,
Team Nordhavn Outdoor"""),
    ("tri-b2dac49b3e6b", "pl", "", "ile to tygodni 126 dni"),
    ("tri-5f76e0dcffc8", "nl", "", "ideeën voor gamification in een pensioenapp. ja, een pensioenapp. mensen onder de 35 openen hem letterlijk nooit"),
    ("tri-b90969f9ec78", "pl", "", """Brief od klienta (wklejony z ich maila):

"Hi team! We're Wildroute Travel, a small agency doing small-group trips (max 12 people) to Georgia, Armenia and Uzbekistan. Our customers are 30-50, curious, a bit adventurous but want comfort. We want to start on TikTok but we have zero presence and no big budget. We have lots of footage from our guides (markets, mountains, supras, old Soviet buses, etc.). Our fear is looking like every other travel account. Can you give us hooks / first 3 seconds ideas for short videos? Lots of them, we'll pick. Thanks! – Nino"

Daj mi długą listę hooków dla nich, pogrupowanych tematycznie."""),
    ("tri-3b1795870ca8", "nl", "", "Verbeter de tikfouten: 'Hun taem heeft de zending gisteran ontvangen en hij was defenitief beschadigt.'"),
    ("tri-b182f21da6ec", "pl", "Wspierasz Whitlow & Serrano LLP, amerykańską kancelarię procesową z działem brazylijskim.", """Do załącznika dowodowego w sprawie przed amerykańskim sądem federalnym: to pełnomocnictwo trzeba przetłumaczyć z portugalskiego brazylijskiego na angielski. Potem wypisz każdy termin, który nie ma czystego odpowiednika w USA (np. "ad judicia et extra", "substabelecer"), i napisz, jak go oddałeś i dlaczego, bo pełnomocnik strony przeciwnej będzie się do tego przyczepiać.

PROCURAÇÃO
Pelo presente instrumento particular de procuração, a OUTORGANTE, TERRAMAR COMÉRCIO DE GRÃOS LTDA., pessoa jurídica de direito privado, inscrita no CNPJ sob o nº 00.000.000/0001-00, com sede na cidade de Santos/SP, neste ato representada por seu sócio-administrador, nomeia e constitui sua bastante procuradora a Dra. HELENA DUARTE VASCONCELOS, advogada inscrita na OAB/SP, a quem confere amplos poderes para o foro em geral, com a cláusula ad judicia et extra, em qualquer juízo, instância ou tribunal, podendo propor ações, contestar, receber citação, confessar, desistir, transigir, firmar acordos, dar e receber quitação, e substabelecer esta a outrem, com ou sem reserva de iguais poderes, especialmente para representar a OUTORGANTE na ação de cobrança movida em face de GRANITE RIDGE TRADING INC."""),
    ("tri-21bcf7a23b01", "nl", "", "We hebben 6 jaar aan verkoopspreadsheets met verschillende kolomnamen, valuta's en datumnotaties. Stel een uniform formaat voor, leg uit hoe we conflicten rechttrekken en schrijf de mappingregels uit."),
    ("tri-41a51e09408a", "nl", "", "kun je vanaf nu kortere antwoorden geven? zo max 2 regels"),
    ("tri-7083e4cba9cb", "pl", "", """Możemy zrobić scenkę? Jutro muszę zadzwonić do ubezpieczyciela i zapytać, czemu odrzucili szczepienia odczulające mojej córki, a ja przez telefon się gubię i kończy się na tym, że mówię „dobrze, dziękuję” i się rozłączam. Chcę to przećwiczyć.

Ty grasz konsultanta w „Brightwater Health”. Bądź realistyczny - trochę jak ze skryptu, trochę w pośpiechu, i daj mi typowe spławianie (to sprawa rozliczeń świadczeniodawcy, musi pani zadzwonić do placówki, nie widzę tego u siebie, czy była uprzednia autoryzacja itd.). Ale bez przesadnej, karykaturalnej wredności. Co wiem: roszczenie dotyczyło 12 zastrzyków immunoterapii (CPT 95117) z poradni alergologicznej dr. Okwu, styczeń-marzec, odrzucone z kodem CO-197, co chyba znaczy brak wcześniejszej zgody. Poradnia twierdzi, że w grudniu dostała autoryzację i dała mi numer BWH-AU-556120. Chcę zakończyć rozmowę z numerem zgłoszenia i albo ponownym rozpatrzeniem, albo jasnym następnym krokiem.

Zacznij jako konsultant odbierający telefon. Jak skończymy, wyjdź z roli i powiedz mi, co zrobiłam dobrze, a gdzie ci odpuściłam."""),
]
