"""Hand-written prompts, batch 4: marketing agencies, newsrooms and publishing, social media teams, hotels,
airlines and travel agencies, restaurants; French and Italian."""
H = [
    # ---------------------------------------------------------------- extraction
    ("extraction", 0, "",
     "pull the booking ref + check-in/out dates: Conf# HX-88213 / Mr D. Okafor / arr 14 Mar dep 17 Mar / Dlx King / BAR 189 EUR"),

    ("extraction", 0, "",
     "sors-moi tous les hashtags et les comptes mentionnés : « Merci @MaisonVerlaine pour l'accueil ✨ #Lyon #brunch #foodlover, on revient vite avec @julie.mange ! »"),

    ("extraction", 0,
     "Sei il modulo di acquisizione prenotazioni dell'Osteria del Borgo. Dal messaggio del cliente estrai: nome, data, orario, numero di coperti, richieste particolari. Restituisci un JSON con queste chiavi; usa null se un dato manca.",
     """Buongiorno, sono Carla Benedetti, vorrei prenotare per sabato 14 alle 20:30, saremo in sei più un seggiolone per la bimba. Una di noi è celiaca, e se possibile preferiremmo un tavolo all'aperto. Grazie mille!"""),

    # near-miss with summarization: "list every deadline" is extraction
    ("extraction", 0, "",
     """can you list every deadline in these notes + whose it is? bullets pls

Metro desk planning – Tue
- Council budget vote Thurs. Priya writing the preview, file by Wed 6pm. Graphics (Tom) needs the numbers by Wed noon for the chart.
- School closures series pt 2: Marcus, draft to Elena Fri EOD, photos from Dana by Thurs.
- Obit for former mayor Haskins is pre-written; Lou to update and keep ready to publish on notice, legal read by Mon.
- Sunday newsletter lineup locked Sat 10am (Jess).
- FOI on police overtime: city's response due by the 28th, Ray to chase if nothing by the 30th.
- Big story budget meeting moved to Thursday 9:30 this week only.
- Reminder: expense reports due end of month, everyone."""),

    ("extraction", 0, "",
     """I need the parties, the block dates, the cut-off date and every payment deadline from this agreement. Just list them, no commentary.

GROUP ROOM BLOCK AGREEMENT

This Group Room Block Agreement ("Agreement") is entered into on 3 February 2025 between Harbourline Hotels Ltd., operating the Harbourline Quay Hotel, 12 Wharf Street, Bristol BS1 4RN ("Hotel"), and Northstar Events & Incentives GmbH, Kantstraße 88, 10627 Berlin ("Group"), represented by its Managing Director, Ms. Annika Vogt.

1. Event. The Group is organising the "Northstar Partner Summit 2025" (the "Event") and wishes to reserve guest rooms at the Hotel for its attendees.

2. Room Block. The Hotel agrees to hold the following rooms for the Group:
   - Sunday 15 June 2025: 40 Standard Double rooms
   - Monday 16 June 2025: 85 Standard Double rooms and 6 Junior Suites
   - Tuesday 17 June 2025: 85 Standard Double rooms and 6 Junior Suites
   - Wednesday 18 June 2025: 30 Standard Double rooms
   Group rates are GBP 164.00 per Standard Double room per night and GBP 289.00 per Junior Suite per night, inclusive of breakfast for up to two guests and VAT at the prevailing rate.

3. Reservation Method. The Group shall provide a rooming list no later than the Cut-Off Date. Reservations received after the Cut-Off Date will be accepted on a space-and-rate-available basis only.

4. Cut-Off Date. The Cut-Off Date is 16 May 2025. On the Cut-Off Date any rooms in the block not assigned to named guests shall be released to general inventory without further notice.

5. Attrition. The Group may reduce the total number of room nights by up to 15% without penalty, provided written notice is received by the Hotel on or before the Cut-Off Date. Any reduction beyond 15%, or any reduction notified after the Cut-Off Date, shall be charged at 80% of the group rate for each room night not used.

6. Deposits and Payment.
   (a) A first deposit of 25% of the estimated total room revenue is payable within fourteen (14) days of signature of this Agreement.
   (b) A second deposit of a further 50% is payable on or before 2 May 2025.
   (c) The balance, together with any attrition charges, incidentals charged to the master account and food and beverage charges, is payable within thirty (30) days of the date of the final invoice, which the Hotel will issue no later than 27 June 2025.
   All payments shall be made by bank transfer to the account specified on the Hotel's invoice. Deposits are non-refundable except as provided in clause 8.

7. Cancellation by the Group. If the Group cancels the Event in its entirety, the following charges apply as a percentage of the estimated total room revenue: more than 90 days before arrival, 25%; between 90 and 45 days before arrival, 60%; fewer than 45 days before arrival, 100%.

8. Force Majeure. Neither party shall be liable for failure to perform its obligations where such failure results from events beyond its reasonable control, including but not limited to acts of government, epidemic, fire, flood, strike or interruption of transport. In such case the Hotel shall refund all deposits received, less any costs already reasonably incurred, within 30 days.

9. Master Account. Room and tax charges for all attendees shall be posted to a master account in the name of the Group. Incidental charges shall be settled by individual guests on departure unless otherwise agreed in writing.

10. Meeting Space. Meeting space is not included in this Agreement and shall be the subject of a separate Banqueting Event Order.

11. Governing Law. This Agreement shall be governed by the laws of England and Wales.

Signed for the Hotel: Gareth Pryce, Director of Sales, Harbourline Quay Hotel
Signed for the Group: Annika Vogt, Managing Director, Northstar Events & Incentives GmbH"""),

    ("extraction", 1, "",
     """Voici l'échange WhatsApp avec le client (Brasserie Lumen). Dis-moi tout ce à quoi on s'est engagés, y compris ce qui est sous-entendu et pas écrit noir sur blanc — je veux éviter les mauvaises surprises au moment de la facture.

Client : Super pour la proposition. Du coup vous gérez aussi les stories pendant l'ouverture, comme on en avait parlé ?
Nous : Oui bien sûr, on sera là le soir de l'inauguration.
Client : Parfait. Et les photos du shooting, on pourra les mettre sur les menus imprimés ?
Nous : On voit ça avec le photographe, normalement pas de souci.
Client : Top. Et pour les avis Google on compte sur vous aussi 😉
Nous : Ça marche !"""),

    ("extraction", 0, "Return the flight numbers in the itinerary as a JSON list.",
     "LH 1829 MUC-LIS 07:10, connecting TP 1352 LIS-OPO 12:45, return TP1947 OPO-FRA then LH 98 FRA-MUC"),

    ("extraction", 1, "",
     """Prima che il pezzo vada in pagina, estraimi tutte le affermazioni fattuali da verificare, anche quelle implicite o date per scontate. Una per riga, citando il testo.

«La nuova linea di traghetti tra Piombino e Portoferraio, inaugurata lunedì dalla Regione, dimezzerà i tempi di attesa in alta stagione. Lo scorso agosto, ricorda il sindaco Ferri, si erano registrate code di oltre cinque ore, un record mai visto prima sull'isola. L'investimento, il più consistente degli ultimi vent'anni per i collegamenti marittimi toscani, è stato finanziato con i fondi del PNRR. Secondo gli operatori turistici elbani, che da anni chiedevano un intervento, il provvedimento arriva però tardi: molte prenotazioni estive sono già state disdette a causa delle difficoltà di accesso. Il nuovo traghetto, costruito nei cantieri di Ancona, può trasportare fino a 1.200 passeggeri e 300 auto.»"""),

    ("extraction", 0, "",
     """pull out the deliverables and the usage-rights period(s) from this, nothing else:

"3. Deliverables. Creator shall produce and publish (i) one (1) Instagram Reel of 30-60 seconds featuring the Aurelia Resort pool and spa, (ii) three (3) Instagram Stories with link sticker to the booking page, and (iii) one (1) TikTok video cross-posted from the Reel. 4. Usage. Brand may repost the content on its owned social channels for twelve (12) months from first publication and use it in paid advertising for six (6) months, after which a renewal fee applies." """),

    ("extraction", 1,
     "Tu es analyste qualité pour un groupe de restaurants. On te transmet des avis clients ; tu en tires les dysfonctionnements opérationnels concrets (service, cuisine, réservation, hygiène, facturation), y compris ceux qu'on devine entre les lignes, chacun avec la phrase de l'avis qui le justifie.",
     """1. « On a attendu 25 min pour qu'on nous apporte la carte alors que la salle était à moitié vide. Le serveur a fini par s'excuser en disant qu'ils étaient deux ce soir. »
2. « Plat excellent mais froid. Et l'addition comptait deux desserts qu'on n'a jamais eus. »
3. « J'avais réservé en ligne pour 4, à notre arrivée aucune trace de la résa. On a fini au bar. »
4. « Toilettes sans papier ni savon à 21h, dommage pour un lieu de ce standing. »"""),

    # ---------------------------------------------------------------- classification
    ("classification", 0,
     "Route Skyvale Airlines care messages. Reply with one label: BAGGAGE, REFUND, SCHEDULE_CHANGE, LOYALTY, SPECIAL_ASSISTANCE, OTHER.",
     "my bag never showed up in lisbon, SV412 yesterday, what now??"),

    ("classification", 0, "",
     "positif, négatif ou mitigé ? « Chambre impeccable mais le petit-déj franchement pas à la hauteur du prix »"),

    ("classification", 0, "Rispondi solo SPAM o NON_SPAM.",
     "«Cibo top!!! visitate www.follower-gratis-ita.biz per 10k follower in 24h»"),

    # near-miss: "is this phishing?" is classification, not closed_qa
    ("classification", 0, "",
     """got this in the front desk inbox, legit or phishing?

From: Booking Partner Hub <noreply@booking-partnerhub-verify.com>
Subject: URGENT: Your property listing will be suspended

Dear Partner,
We detected unusual activity on your extranet account. To avoid suspension of your listing within 24 hours, please confirm your payout bank details using the secure link below.
https://admin-booking.partner-verify-login.co/secure
Thank you,
Booking.com Partner Support"""),

    ("classification", 0,
     """You are the social listening tagger for Corvina Hotels. For each numbered post, output one line: number, sentiment (POS/NEG/NEU), urgency (HIGH if it reports a safety issue, an ongoing problem at a property right now, or threatens press/legal action; otherwise LOW). No explanations.""",
     """1. Just checked in at Corvina Riverside and the view is unreal 😍
2. @CorvinaHotels there's water leaking from the ceiling in room 512 and nobody at reception is answering the phone
3. Anyone know if Corvina Old Town has parking?
4. Worst stay of my life, charged twice and still waiting on a refund after 3 weeks. Contacting my lawyer.
5. breakfast buffet at corvina lakeside is honestly elite
6. The fire alarm has been going off for 20 min at Corvina Central and no staff anywhere??
7. Corvina's new loyalty app keeps logging me out, annoying but whatever
8. Stayed at Corvina for work, it was fine. Bed was ok.
9. Shoutout to Marco at the Corvina Lakeside concierge, saved our anniversary dinner
10. @CorvinaHotels room smells like smoke and I'm allergic, need a new room asap"""),

    ("classification", 1, "",
     """Pour le service juridique : classe ce paragraphe en risque de diffamation FAIBLE, MOYEN ou ÉLEVÉ, et justifie en deux ou trois phrases.

« Selon plusieurs anciens salariés, le gérant du Domaine des Tilleuls, Pascal Roux, aurait fermé les yeux sur des conditions d'hébergement indignes pour les saisonniers. L'un d'eux affirme avoir dormi trois mois dans un ancien cellier sans chauffage. Contacté, M. Roux n'a pas souhaité répondre. »"""),

    ("classification", 0, "",
     "what language is this? 'Ons restaurant is op maandag gesloten'"),

    ("classification", 1,
     """Sei il moderatore dei commenti della pagina Facebook de «La Gazzetta del Lago». Per ogni commento assegna una sola etichetta tra: OK, OFFENSIVO, ODIO, MINACCIA, SPAM. Attenzione a sarcasmo e doppi sensi. Rispondi con «n. etichetta – motivo in 5 parole».""",
     """Articolo: «Aperto il nuovo centro di accoglienza per migranti a Lovere»

1. Finalmente una bella notizia per il paese, complimenti ai volontari
2. Certo, così poi la sera non si esce più... ottimo lavoro davvero 👏👏
3. Quelli come loro andrebbero rimandati tutti a casa loro a calci
4. Il sindaco farebbe bene a guardarsi le spalle quando torna a casa stasera
5. Guadagna 500€ al giorno da casa, scrivimi in privato!!!
6. Il giornalista che ha scritto questo pezzo è un incompetente, come al solito
7. Mi chiedo chi pagherà i costi di gestione, qualcuno ha i numeri?"""),

    ("classification", 0,
     "Classify the hotel PMS support ticket as P1 (property-wide outage), P2 (major feature down, workaround exists), P3 (minor issue) or P4 (question/request). Output the label only.",
     "front desk can't check anyone in, whole system frozen, 40 arrivals in the lobby"),

    # rule 1: "classify each clause and explain why" stays classification
    ("classification", 1, "",
     """We're the brand. Label each clause of this creator agreement as STANDARD, UNUSUAL or RISKY FOR US and give a one-line reason for each.

A. Creator retains ownership of all content; Brand receives a non-exclusive licence as set out in Schedule 2.
B. Brand shall pay 100% of the fee within 7 days of signature, regardless of whether content is published.
C. Creator may disclose the partnership using #ad in accordance with applicable advertising rules.
D. Creator shall not be required to make any revisions to content once submitted.
E. Either party may terminate with 30 days' written notice.
F. Creator may feature competing hotel brands during the campaign period."""),
    # ---------------------------------------------------------------- summarization
    # a headline for supplied copy is summarization
    ("summarization", 0, "",
     "headline in 6 words max: 'Ryanair to cut 12 routes from Bologna this winter, blaming airport fee rise; union says 80 jobs at risk.'"),

    ("summarization", 0, "",
     "riassumi in 10 parole: «Da lunedì il ristorante apre anche a pranzo, menu fisso a 15 euro, chiuso la domenica sera.»"),

    ("summarization", 0, "",
     "tldr of the hotel's reply? 'We regret the inconvenience. As a gesture we have refunded one night and upgraded your next stay.'"),

    ("summarization", 0, "",
     """tl;dr for the #social channel pls, 3 bullets max

"Starting next month, we're changing how Reels are recommended to people who don't follow you. Original content will be prioritised over reposts, and accounts that repeatedly post content they didn't create will be temporarily excluded from recommendations. We're also introducing a new 'Trial Reels' option that lets creators show a Reel to non-followers first, before deciding whether to share it with their own audience. Finally, watermarks from other apps will continue to reduce distribution. Creators can check their eligibility for recommendations in Account Status." """),

    ("summarization", 0,
     "Tu rédiges le titre (max 10 mots) et le chapô (max 35 mots) des dépêches locales du Courrier de l'Isère. Ton factuel, pas de point d'exclamation.",
     """Grenoble – La municipalité a annoncé mardi la fermeture temporaire du parking souterrain de la place Victor-Hugo à partir du 3 mars, pour une durée estimée de huit mois. Les travaux, d'un montant de 4,2 millions d'euros, concernent l'étanchéité de la dalle et la mise aux normes incendie. Les 420 abonnés seront redirigés vers le parking Lafayette, à tarif inchangé. Les commerçants du centre-ville, déjà fragilisés par les travaux du tram, redoutent une baisse de fréquentation et demandent une navette gratuite le samedi."""),

    # summarize AND evaluate -> escalate
    ("summarization", 1, "",
     """summarize this Q3 report from our agency (Brightwell Digital) in a few lines, then be honest: based on it, should we renew their retainer?

- Paid social spend: €48,000 (budget €45,000)
- Impressions: 6.1M (+40% vs Q2)
- CTR: 0.62% (Q2: 0.91%)
- Bookings attributed: 312 (Q2: 298), CPA €154 (Q2: €139)
- Organic Instagram followers: +2,100
- Note from agency: "Strong quarter for awareness. Conversion dip due to seasonality and iOS tracking limits. We recommend increasing Q4 budget by 20% to capitalise on momentum."
- Two campaign launches delayed by ~2 weeks (creative approvals)"""),

    ("summarization", 0,
     "Tu résumes les avis clients pour le directeur de l'hôtel : 3 puces maximum, sans reformuler les compliments génériques.",
     """Séjour de 4 nuits en chambre Supérieure côté jardin, fin avril. Globalement une bonne expérience mais quelques points à revoir. L'accueil par Sophie à la réception a été parfait, elle nous a même réservé une table dans un bouchon du Vieux-Lyon alors que tout était complet. La chambre était spacieuse et calme, literie très confortable. En revanche, la climatisation faisait un bruit de cliquetis toute la nuit et malgré deux signalements, personne n'est venu la réparer avant notre troisième jour. Le petit-déjeuner est copieux mais on retrouve exactement la même chose tous les matins, et le café de la machine est vraiment médiocre pour un 4 étoiles. Le spa est joli mais il faut réserver son créneau la veille, ce qui n'est indiqué nulle part ; nous l'avons découvert trop tard. Parking pratique mais cher (28 € la nuit). Personnel de salle très souriant. On reviendra peut-être, surtout pour l'emplacement, mais on espère que les petits soucis techniques seront réglés."""),

    ("summarization", 1, "",
     """Summarise this overnight ops log for the duty manager in 5 lines, and flag the one thing she should worry about most this morning.

02:10 LHR fog, CAT III ops, arrival rate cut to 32/hr.
02:45 TX881 (JFK-LHR) holding, fuel state OK, EAT 03:20.
03:05 TX204 diverted to MAN, 186 pax, crew out of hours at 05:40.
03:30 Hotel block requested MAN for 186 pax, 90 rooms confirmed so far.
04:15 TX881 landed LHR 04:02.
04:40 Spare A321 G-TXRF AOG at LHR, hydraulic leak, engineering ETA for assessment 07:00.
05:10 MAN: remaining 96 pax in terminal, 40 rooms more found at airport Premier Inn.
05:30 TX101 LHR-EDI first wave at risk if G-TXRF not released; swap with G-TXRA possible but pushes TX330 by 2h.
05:55 Crew control: standby crew for MAN recovery flight available from 09:00 only.
06:20 Fog lifting, LHR rate back to 40/hr forecast from 07:30."""),

    ("summarization", 1, "",
     """Mi serve una sintesi di questa lettera per la rubrica del garante dei lettori, e poi un tuo parere: la lamentela ha fondamento rispetto a quanto abbiamo pubblicato?

Lettera: «Gentile direttore, sono un vostro abbonato da quindici anni e non posso tacere sull'articolo di domenica dedicato alla chiusura della Trattoria Zanetti di Chioggia. Nel titolo scrivete "Chiude per debiti la storica trattoria", ma nell'articolo stesso il figlio del titolare spiega che la chiusura è dovuta al pensionamento del padre e alla mancanza di eredi interessati a proseguire. I debiti, citati solo in una riga e attribuiti a "voci in paese", non sono documentati. Conosco la famiglia e so quanto questo titolo li abbia feriti. Mi aspetto una rettifica.»

Estratto dell'articolo pubblicato: «Chiude per debiti la storica trattoria. Dopo 52 anni abbassa la saracinesca la Trattoria Zanetti. "Mio padre ha 78 anni, è ora che si riposi, e nessuno di noi se la sente di portarla avanti", racconta il figlio Luca. In paese c'è chi parla di difficoltà economiche accumulate negli ultimi anni di pandemia. Sabato l'ultima cena, già tutta prenotata.»"""),

    ("summarization", 0, "",
     """Fammi il verbale di questa riunione: decisioni prese e chi fa cosa, con le scadenze. Niente chiacchiere.

[Trascrizione automatica – riunione di redazione, Il Corriere dell'Adige, ore 10:00]

DIRETTORE (Massimo Pellegrini): Allora, partiamo. Abbiamo poco tempo perché alle 11 ho la call con l'editore. Prima pagina di domani. Giulia, a che punto siamo con la storia dell'ospedale?

GIULIA RIZZO (cronaca): Ho parlato ieri sera con due infermieri del pronto soccorso di Borgo Trento, confermano che nel weekend l'attesa media per i codici verdi è arrivata a nove ore. Ho chiesto all'azienda ospedaliera i dati ufficiali, mi hanno detto che rispondono entro oggi pomeriggio. Senza i dati ufficiali io non la aprirei in prima.

PELLEGRINI: Sono d'accordo. Se i dati arrivano entro le 17 la apriamo, altrimenti va a pagina 3 e in prima mettiamo il richiamo. Decisione presa. Giulia, tu mi aggiorni alle 17 in ogni caso.

GIULIA RIZZO: Va bene.

PELLEGRINI: Sport. Davide?

DAVIDE FONTANA (sport): L'Hellas gioca domenica, per domani ho l'intervista all'allenatore in seconda, già registrata, la sbobino stamattina. Poi c'è la questione dello stadio: il consiglio comunale vota giovedì la delibera sul restyling del Bentegodi.

PELLEGRINI: La delibera dello stadio la voglio seguita dalla cronaca politica, non solo dallo sport. Chi c'è in politica questa settimana?

SARA MORETTI (politica): Io. Posso fare un pezzo di anticipazione mercoledì, con i numeri della delibera e le posizioni dei gruppi consiliari. Giovedì seguo il consiglio in diretta.

PELLEGRINI: Perfetto. Sara fa l'anticipazione per mercoledì, Davide le passa i contatti della società e il punto di vista dei tifosi. Davide, l'intervista all'allenatore la chiudi entro le 14 per l'online.

DAVIDE FONTANA: Ok, entro le 14.

PELLEGRINI: Online. Chiara, numeri della settimana?

CHIARA BIANCHI (digital): Settimana buona, più dodici per cento di utenti unici, trainati dal pezzo sul lago di Garda e il turismo. Il problema è la newsletter: il tasso di apertura è sceso al ventidue per cento. Propongo di cambiare l'orario di invio dalle 7 alle 6:30 e di testare due oggetti diversi.

PELLEGRINI: Facciamo il test per due settimane, poi ne riparliamo. Chiara, tu prepari il test A/B e mi mandi i risultati entro il 20.

CHIARA BIANCHI: Sì. Un'altra cosa: i social. Ci servirebbe qualcuno che faccia i video brevi per Instagram sulle notizie di cronaca, oggi li faccio solo io e non riesco.

PELLEGRINI: Ne parlo con l'editore alle 11, non prometto niente. Intanto Giulia, se riesci, registra due minuti di video sul pronto soccorso, anche col telefono.

GIULIA RIZZO: Se ho i dati sì, altrimenti no, non voglio uscire con un video senza numeri.

PELLEGRINI: Giusto.

SARA MORETTI: Per l'anticipazione sullo stadio mi servirebbe anche un grafico con i costi delle altre ristrutturazioni di stadi in Serie A negli ultimi anni.

PELLEGRINI: Chiedilo a Marco della grafica, ma entro martedì sera, non mercoledì mattina come al solito. Ultima cosa: le ferie di agosto. Mi servono le richieste entro venerdì, via mail a Roberta in segreteria. Non accetto richieste a voce.

SARA MORETTI: E il supplemento turismo di giugno?

PELLEGRINI: Slitta a luglio, l'editore vuole agganciarlo alla fiera del vino. Decisione presa, lo comunico io agli inserzionisti tramite l'ufficio commerciale. Fine. Grazie a tutti."""),

    # ---------------------------------------------------------------- rewrite
    ("rewrite", 0, "",
     "make this less passive aggressive: 'As per my last email, the assets were due Friday.'"),

    ("rewrite", 0, "",
     "corrige les fautes stp : « Nous avons bien reçu votre réservation et nous nous réjouissons de vous acceuillir le 12 juin prochain. »"),

    ("rewrite", 0, "",
     """mi rendi questa caption più giovane e simpatica? stessa info, non inventare niente

«La Trattoria da Nando è lieta di informare la gentile clientela che a partire da giovedì sarà disponibile il nuovo menù autunnale con piatti a base di funghi porcini e zucca. Si consiglia la prenotazione.»"""),

    ("rewrite", 0,
     "You are a copy editor at the Tri-County Ledger. Edit the user's text to AP style (numbers, dates, titles, abbreviations). Change nothing else. Return only the edited text.",
     """On Tuesday, September 9th, 2025 Mayor Linda Ortez announced that the city will spend $3,500,000 to renovate eleven downtown parking lots. "This is a 10 year investment", said Ortez, who spoke at 3:00 P.M. at City Hall. Council Member Dave Kim, D-Ward 4, said he would vote against the plan."""),

    ("rewrite", 1, "",
     """Peux-tu retravailler ce courrier ? C'est pour une cliente qui a eu des punaises de lit. Je veux qu'il soit empathique et sincère, mais notre assureur nous a dit de ne surtout rien écrire qui ressemble à une reconnaissance de responsabilité. Là je trouve qu'il est à la fois froid ET dangereux.

« Madame Lefèvre,
Nous avons bien pris connaissance de votre réclamation concernant la présence de punaises de lit dans la chambre 214 lors de votre séjour du 2 au 5 août. Nous reconnaissons que notre protocole de désinsectisation n'a pas été appliqué correctement ce mois-ci à cause d'un changement de prestataire. Nous avons procédé au traitement de la chambre. Conformément à nos conditions générales, nous vous proposons un avoir de 50 € valable 6 mois. Nous ne pouvons pas prendre en charge le nettoyage de vos vêtements ni le remplacement de votre valise.
Cordialement,
La Direction – Hôtel Les Marronniers »"""),

    ("rewrite", 0, "",
     "shorten to under 100 chars: 'Our summer terrace is finally open, come join us for spritz and small plates every evening from 5pm!'"),

    ("rewrite", 1, "",
     """Rewrite our holding statement. Legal says we cannot admit fault or speculate on cause, but right now it reads like a robot wrote it and comms wants it to sound human and caring without being mushy.

"Aeralis Airways confirms that flight AE 517 from Geneva to Porto experienced a runway excursion upon landing at 14:32 local time. All 142 passengers and 6 crew were evacuated via slides. 4 passengers were transported to hospital with minor injuries. The aircraft is an A320. An investigation is underway. Aeralis Airways is cooperating with authorities. Further information will be provided when available. Passengers' relatives can call +351 800 200 517." """),

    ("rewrite", 0, "",
     "simplify for the kids menu: 'Hand-cut pommes allumettes with house-cured garlic aioli'"),

    ("rewrite", 1, "",
     """Here's my op-ed draft for the Sunday opinion page. Make it more persuasive and tighter (cut ~20%), keep my argument and my examples, keep my voice. Don't add facts I didn't give you.

"Every summer our town fills up with visitors, and every summer we complain about it. But we rarely talk about what tourism actually pays for. Last year, the tourist tax brought in around €1.2 million, which is more than the whole budget for our public library and the youth sports programme combined. The restaurants on the harbour employ over 300 people in July and August, many of them students who would otherwise leave for the city. I am not saying there are no problems. The traffic on the coast road is terrible and the short-term rentals have clearly pushed up rents for families who live here all year. But the solution is not to make visitors feel unwelcome, as some of the signs that appeared on the old bridge last month did. The solution is to use the money tourism brings in to fix the things that tourism breaks. We could cap short-term rentals in the old town, as other towns in the region have done. We could put the tourist tax into a dedicated fund for housing and public transport. We could ask the big hotel groups to contribute to a shuttle bus. These are practical ideas. What is not practical is pretending we can go back to a town without visitors. We can't, and most of us wouldn't really want to." """),

    ("rewrite", 0, "",
     """rends ces descriptions plus appétissantes pour la carte, sans changer les ingrédients :
- Poulet, frites, salade
- Tarte aux pommes maison, glace vanille
- Soupe de poisson, croûtons, rouille"""),

    # ---------------------------------------------------------------- closed_qa
    ("closed_qa", 0,
     """You are the help assistant for Aeralis Airways. Answer the customer's question using ONLY the policy passages below. If the passages don't answer it, say so and suggest contacting the call centre. Be concise and friendly.

[Passage 1 – Pets in the cabin]
Aeralis Airways accepts small dogs and cats in the cabin on flights within Europe and to North Africa, subject to availability. A maximum of two animals per flight may travel in the cabin. The combined weight of the animal and its carrier must not exceed 8 kg. The carrier must be leak-proof, well ventilated, and must fit under the seat in front (maximum dimensions 40 x 30 x 23 cm). The animal must remain in the carrier for the entire duration of the flight. Pets in the cabin must be booked at least 48 hours before departure via Manage My Booking or the call centre. A fee of EUR 55 per flight segment applies. Pets are not accepted in the cabin on flights to or from the United Kingdom and Ireland, with the exception of recognised assistance dogs.

[Passage 2 – Pets in the hold]
Animals heavier than 8 kg including carrier, or animals travelling on routes where they are not accepted in the cabin, may travel in the air-conditioned, pressurised hold, in an IATA-compliant rigid kennel. A maximum of 75 kg including kennel applies. The fee is EUR 95 per segment for animals up to 30 kg and EUR 160 per segment above 30 kg. Snub-nosed (brachycephalic) breeds of dogs and cats are not accepted in the hold for health reasons. Transport in the hold is not available between 15 June and 31 August on flights to Seville, Malaga, Marrakech and Tunis due to high ground temperatures.

[Passage 3 – Travel documents for animals]
For travel within the EU, dogs, cats and ferrets must hold an EU pet passport, be identified by microchip and have a valid rabies vaccination administered at least 21 days before travel. Additional requirements may apply for travel to Ireland, Finland, Malta and Norway (tapeworm treatment for dogs between 24 and 120 hours before arrival). Customers are responsible for ensuring that their animal meets the entry requirements of the destination country. Aeralis Airways may refuse carriage if documentation is incomplete.

[Passage 4 – Assistance dogs]
Recognised assistance dogs travel free of charge in the cabin on all routes, in addition to the passenger's baggage allowance. The dog must be harnessed and remain at the passenger's feet. Customers must notify us at least 48 hours before departure and present documentation from a recognised assistance dog organisation at check-in. Emotional support animals are not recognised as assistance dogs and are subject to the standard pet rules.

[Passage 5 – Baggage allowance for Light fares]
Light fares include one small personal item (40 x 30 x 15 cm) that must fit under the seat. Cabin bags of up to 10 kg and checked baggage can be added for a fee. A pet carrier counts as the passenger's personal item; passengers travelling with a pet in the cabin on a Light fare may purchase a cabin bag for the overhead locker.""",
     "hi! I'm flying Lyon to Dublin next month with my cat, she's 5kg and about 7kg in her carrier. can she come in the cabin with me? and what's it cost"),

    ("closed_qa", 0, "",
     """d'après ce mail, à quelle heure faut-il libérer la chambre le jour du départ ?

« Bonjour M. Garnier, nous confirmons votre séjour du 8 au 10 mai. L'enregistrement est possible dès 15 h. Nous vous rappelons que les chambres doivent être libérées avant 11 h ; un départ tardif jusqu'à 14 h peut être accordé sur demande (20 €). Au plaisir de vous accueillir, Hôtel du Port. »"""),

    ("closed_qa", 0, "",
     """quanto costa a notte la doppia superior a luglio? e la colazione è compresa? guarda la tabella

| Camera | Apr-Giu | Lug-Ago | Set-Ott |
|---|---|---|---|
| Doppia standard | 110 € | 145 € | 120 € |
| Doppia superior | 135 € | 175 € | 140 € |
| Junior suite | 190 € | 240 € | 200 € |

Prezzi a notte, camera e pernottamento. Colazione: 15 € a persona al giorno. Tassa di soggiorno 3 € a persona a notte, non inclusa."""),

    ("closed_qa", 1, "",
     """Based on our social media policy below, am I allowed to share a post about the merger on my personal LinkedIn? The official announcement went out on our company page this morning, I'd just reshare it with a comment like "exciting times ahead, can't say more yet 😉".

Excerpt – Halvorsen Media Group Social Media Policy (rev. 2024)
4.1 Employees may share content published on official HMG channels on their personal accounts.
4.2 Employees must not disclose confidential or non-public information, including information about financial results, transactions or organisational changes, before it has been made public by HMG.
4.3 Employees in editorial roles must not express opinions on matters involving HMG's commercial interests in a way that could compromise editorial independence.
4.4 Employees must not imply knowledge of undisclosed information.
4.5 When in doubt, consult the Communications team before posting.

(I'm a senior producer on the news desk, if that matters.)"""),

    ("closed_qa", 0, "",
     """Does this contract mention a kill fee? how much?

"7. Fees. The Publisher shall pay the Writer a fee of USD 1.20 per word for the final accepted text, up to a maximum of 2,500 words. If the Publisher elects not to publish the commissioned article after acceptance of the first draft, the Writer shall be entitled to 30% of the agreed fee. Expenses pre-approved in writing shall be reimbursed within 45 days of receipt of invoice." """),

    ("closed_qa", 1,
     """Tu es l'assistant client de l'agence Voyages Azimut. Réponds à la question du client uniquement à partir des extraits des conditions de vente ci-dessous. Si la réponse dépend d'un élément qui n'y figure pas, dis-le clairement.

[Extrait 1 – Annulation par le client]
Toute annulation doit être notifiée par écrit. Les frais d'annulation sont calculés par rapport au prix total du forfait : plus de 60 jours avant le départ : 150 € par personne ; de 60 à 31 jours : 30 % ; de 30 à 15 jours : 50 % ; de 14 à 3 jours : 75 % ; moins de 3 jours : 100 %. Les frais de visa et les primes d'assurance ne sont jamais remboursables.

[Extrait 2 – Assurance annulation « Sérénité »]
L'assurance Sérénité, facultative (4,5 % du prix du forfait), rembourse les frais d'annulation, déduction faite d'une franchise de 50 € par personne, en cas de maladie grave, accident ou décès de l'assuré ou d'un proche, sur présentation d'un justificatif médical. Elle ne couvre pas les maladies préexistantes ayant fait l'objet d'un traitement dans les 30 jours précédant la souscription.

[Extrait 3 – Circonstances exceptionnelles]
Conformément au Code du tourisme, le voyageur peut résoudre le contrat sans frais si des circonstances exceptionnelles et inévitables, survenant au lieu de destination, ont des conséquences importantes sur l'exécution du voyage.""",
     """Bonjour, nous sommes 2 et avons réservé un circuit en Jordanie à 3 200 € au total, départ le 14 octobre. J'ai pris l'assurance Sérénité. Mon mari vient d'être hospitalisé (hernie discale, il était suivi pour ça depuis l'été mais sans traitement particulier), on doit annuler aujourd'hui 20 septembre. Combien va-t-on récupérer ?"""),

    # near-miss with extraction: a question about one date is closed_qa
    ("closed_qa", 0, "",
     """which date is given for the embargo here?

"PRESS RELEASE – EMBARGOED. Lumora Travel Group today announced the acquisition of Danish tour operator Fjordline Tours, effective 1 July. Not for publication before 06:00 CET, Tuesday 17 June. Financial terms were not disclosed. Media contact: press@lumoratravel.com" """),

    ("closed_qa", 0, "",
     "when's the last shuttle? 'Airport shuttle departs hourly from 5:30, last run 23:30, free for hotel guests.'"),

    ("closed_qa", 0,
     """Sei l'assistente del sito dell'Agriturismo Il Gelso. Rispondi alle domande degli utenti basandoti solo sulla scheda qui sotto; se l'informazione non c'è, invita a telefonare allo 0577 123456.

SCHEDA
- Ristorante aperto da giovedì a domenica, cena 19:30-22:00, pranzo solo domenica 12:30-14:30.
- Cucina toscana con prodotti dell'azienda. Su richiesta, con almeno 24 ore di preavviso, piatti senza glutine preparati in area separata; non garantiamo l'assenza totale di tracce.
- Menù vegetariano sempre disponibile, vegano su richiesta.
- Animali: cani di piccola taglia ammessi nella sala esterna e nel giardino, non nella sala interna.
- Parcheggio gratuito. Accessibile in sedia a rotelle (sala esterna e bagno).
- Pagamenti: carte e contanti, no assegni.""",
     "salve, avete opzioni senza glutine? mia moglie è celiaca. e possiamo portare il nostro bassotto a cena sabato?"),

    ("closed_qa", 1, "",
     """Does this draft ad comply with the brand guidelines? point out every place it doesn't.

Guidelines (Portolan Hotels):
- Always write "Portolan Hotels" in full on first mention, never "Portolan" alone.
- No superlatives we can't prove ("best", "No. 1", "unbeatable").
- Prices must show "from" and "per room per night".
- Tone: warm, understated; max one exclamation mark per piece.
- Never mention competitors.

Draft: "Portolan's unbeatable summer deal is here! Rooms €99 a night at our Lisbon and Porto hotels – why pay Marriott prices? Book by 30 June and get the best breakfast in town on us!" """),
    # ---------------------------------------------------------------- translation
    ("translation", 0, "",
     "traduis en français pour l'affichette de la réception : 'Late checkout is available until 2pm for a €30 fee.'"),

    ("translation", 0, "",
     "translate pls: 'Il ristorante resterà chiuso per ferie dal 10 al 25 agosto. Ci vediamo a settembre!'"),

    ("translation", 0, "",
     """English version of tonight's specials for the tourists' menu board:
- Velouté de potimarron, éclats de châtaigne
- Joue de bœuf braisée au vin de Cahors, purée maison
- Filet de truite de l'Aveyron, beurre noisette
- Moelleux au chocolat, crème anglaise à la vanille Bourbon"""),

    ("translation", 0, "",
     """Can you do the English version of this for the international wire? Keep the structure, keep quotes as quotes.

COMMUNIQUÉ DE PRESSE
Paris, le 4 mars 2025

Azur Horizons lance « Slow Voyage », une offre de séjours bas carbone accessibles en train

Le voyagiste Azur Horizons annonce le lancement de « Slow Voyage », une nouvelle collection de 42 séjours en France, en Italie, en Espagne et en Suisse, tous accessibles en train depuis Paris, Lyon, Lille et Bordeaux. Disponible à la réservation dès aujourd'hui, l'offre s'adresse aux voyageurs qui souhaitent réduire l'empreinte carbone de leurs vacances sans renoncer au confort.

Chaque séjour comprend le trajet en train aller-retour en seconde classe (première classe en option), l'hébergement dans des établissements sélectionnés pour leurs engagements environnementaux, ainsi qu'au moins une expérience locale : visite d'un domaine viticole en biodynamie dans le Piémont, atelier de cuisine à Valence ou randonnée accompagnée dans le massif du Jura. Les prix démarrent à 390 euros par personne pour trois nuits.

Selon les calculs réalisés avec le cabinet indépendant Carbone Conseil, un séjour « Slow Voyage » émet en moyenne 85 % de CO2 en moins qu'un séjour équivalent comprenant un vol aller-retour. L'empreinte estimée de chaque séjour est affichée sur la fiche produit, aux côtés du prix.

« Nos clients nous le disent depuis deux ans : ils veulent voyager autrement, mais ils ne veulent pas passer des heures à organiser des correspondances ferroviaires », explique Claire Delmas, directrice générale d'Azur Horizons. « Avec Slow Voyage, nous prenons en charge toute la logistique, y compris en cas de retard ou de grève. Le voyageur n'a plus qu'à profiter du trajet, qui devient une partie du voyage et non plus une contrainte. »

En cas de perturbation du trafic ferroviaire, Azur Horizons s'engage à trouver une solution de transport alternative ou à rembourser intégralement la partie non effectuée du séjour. Une assistance téléphonique est disponible sept jours sur sept, de 7 h à 23 h.

L'offre a été conçue en partenariat avec une quinzaine d'hôteliers indépendants et de petits groupes familiaux, dont la Maison Orsini à Turin et l'Hôtel Les Sapins à Métabief. « Travailler avec un voyagiste qui met en avant la durée du séjour plutôt que le nombre de destinations change vraiment notre façon d'accueillir », souligne Paolo Orsini, propriétaire de la Maison Orsini.

Azur Horizons prévoit d'élargir la collection à l'Autriche et à l'Allemagne dès l'automne 2025, et vise 8 000 voyageurs sur la première année. Une partie du chiffre d'affaires, correspondant à 2 euros par réservation, sera reversée à l'association Rail Avenir, qui milite pour la réouverture des petites lignes ferroviaires en France.

À propos d'Azur Horizons
Fondé en 2009 à Lyon, Azur Horizons est un voyagiste indépendant spécialisé dans les séjours culturels et de nature en Europe. L'entreprise compte 64 collaborateurs et a accompagné plus de 120 000 voyageurs depuis sa création. Azur Horizons est immatriculé au registre des opérateurs de voyages et de séjours et adhère à l'Association des Professionnels du Tourisme.

Contact presse
Julie Marchand – julie.marchand@azurhorizons.fr – +33 4 78 00 12 34
Dossier de presse et visuels en haute définition disponibles sur demande."""),

    # transcreation with wordplay -> escalate
    ("translation", 1, "",
     """We need the Italian version of our summer campaign line for the Rome billboards. It's a pun, so don't translate literally — it has to land for Italians the way it lands in English, and stay short.

Line: "Take off. Take it easy." (Brand: Breezia Airlines, new direct flights London–Rome from £39)"""),

    ("translation", 0, "",
     "how do you say 'your table is ready, please follow me' in Japanese? polite form, for our host stand"),

    ("translation", 0,
     "You are the translation engine of the StayNest booking platform. Translate the property description from Italian into French. Preserve the markdown and the room names exactly as written. Output only the translation.",
     """## Casa Limoni – Positano

Affacciata sul mare, **Casa Limoni** è una villa del Settecento ristrutturata con cura, a cinque minuti a piedi dalla spiaggia Grande. Le quattro camere – *Sirena*, *Ginestra*, *Zagara* e *Scirocco* – hanno tutte il bagno privato, l'aria condizionata e un balcone con vista sul golfo.

- Colazione servita in terrazza dalle 8:00 alle 10:30, con torte fatte in casa e limoni del nostro giardino
- Check-in dalle 15:00 alle 20:00; per arrivi più tardi contattateci in anticipo
- Niente parcheggio in struttura: garage convenzionato a 300 m (25 € al giorno)
- Attenzione: la villa si raggiunge con 86 gradini, non adatta a persone con difficoltà motorie

La tassa di soggiorno (3,50 € a persona a notte) si paga in contanti all'arrivo."""),

    # localisation for a specific market -> escalate
    ("translation", 1, "",
     """Can you localize this post for our Montréal account? It has to sound Québécois, not France-French, and keep the cheeky tone. Same emojis.

"Monday again? 🙄 Treat yourself. Our poutine-stuffed grilled cheese is back for a limited time and honestly it's the only thing getting us through this winter. Tag the friend who owes you lunch 👇" """),

    ("translation", 0, "Translate gate announcements into Italian. Output the announcement only.",
     "« Les passagers du vol TO 4521 à destination de Naples sont priés de se présenter porte 12. »"),

    ("translation", 1, "",
     """J'ai besoin de la version française de cette clause pour le contrat avec une créatrice de contenu basée à Bruxelles. Traduction juridique précise, terminologie du droit belge/français si possible, pas une traduction littérale.

"11. Indemnification. The Creator shall indemnify, defend and hold harmless the Brand, its affiliates and their respective officers and employees from and against any and all claims, losses, damages, liabilities and expenses (including reasonable attorneys' fees) arising out of or in connection with (a) any breach by the Creator of its representations and warranties under this Agreement, or (b) any content supplied by the Creator that infringes the intellectual property or privacy rights of any third party. This clause shall survive termination or expiry of this Agreement." """),

    # ---------------------------------------------------------------- formatting
    ("formatting", 0, "",
     "sort alphabetically + dedupe (case-insensitive): #travel #wanderlust #Italy #travel #amalficoast #Wanderlust #foodie #italy"),

    ("formatting", 0, "",
     """mets-moi ça dans un tableau markdown (nom, couverts, heure, table, remarque) stp

dupont 4p 19h30 T12 anniv gâteau / Mme Said 2 pers 20h T3 / Leroy x6 20h15 T8+T9 poussette / Kim 2p 21h T5 allergie arachides / m. Barthe 3 couverts 19h45 T10"""),

    ("formatting", 0, "",
     """turn this into a CSV with columns: name, outlet, role, email, phone, beat. One row per person, leave a field empty if it's missing. Phones in +44 format.

Our media list (copied from 3 different docs, sorry):

Sarah Whitcombe - Travel Editor @ The Sunday Courier - sarah.whitcombe@sundaycourier.co.uk - 020 7946 0123 - covers luxury travel, spas
Tom Adeyemi, freelance (writes for Wanderlust & Conde Nast Traveller), tom@tomadeyemi.com, mob 07700 900456, adventure / Africa / rail
Priya Nair | Deputy Travel Editor | Daily Herald | p.nair@dailyherald.co.uk | beat: city breaks + food
james o'connell — The Irish Chronicle, travel correspondent. email joconnell@irishchronicle.ie ph +353 1 555 0199 (irish number!) family travel
Hannah Lowe - Features - Metro Evening - hannah.lowe@metroevening.co.uk
   phone 0207 946 0876, lifestyle & hotels
Ben Gallagher (Food & Drink Editor, Foodhall Magazine) ben@foodhallmag.com 07700 900789 restaurants, chefs
Ms. Eleanor Fitch, Editor-in-Chief, Boutique Hotel Review, efitch@bhreview.com, 01632 960 555, hotels/design
Raj Patel / producer / BBC Radio Travel Hour / raj.patel@bbc.co.uk / no phone / travel, aviation
Chloe Martin — digital editor — Roam Online — chloe@roamonline.com — 07700 900 321 — Instagram-friendly destinations, budget
Daniel Weiss: Aviation correspondent, Business Traveller Weekly. dweiss@btweekly.com. 020 7946 0444. beat = airlines, airports, loyalty
Marta Kowalska, freelance photographer + writer, marta.k@kowalskaphoto.com, 07700 900 654, outdoor / Eastern Europe
Oliver Grant (Travel Desk, The Northern Post) oliver.grant@northernpost.co.uk 0161 496 0321 UK staycations
Fatima Zahra El Idrissi - Contributing Editor - Voyage Maghreb (UK edition) - fatima@voyagemaghreb.com - 07700 900 111 - Morocco, North Africa, food
Lucy Tran, Senior Writer, Escapism Magazine, lucy.tran@escapism.co.uk — 020 7946 0999 — wellness retreats, spas, yoga
George Ellison, The Sunday Courier (Deputy), george.ellison@sundaycourier.co.uk, 020 7946 0124, luxury cruises
Amira Haddad / Podcast host / "Passport Stories" / amira@passportstories.fm / 07700 900 222 / solo travel, women travellers
Will Barnes - Editor - Cottage & Coast - will@cottageandcoast.co.uk - 01632 960 777 - self-catering, coastal UK
Sophie Delacroix (French, based London) – Le Petit Voyageur UK – sophie.d@petitvoyageur.fr – +33 6 12 34 56 78 – France, wine
Nathan Brooks, Travel & Leisure UK, staff writer, nbrooks@tlmag.co.uk, 020 7946 0555, US & Canada
Isabel Moreno – Freelance – isabel@isabelmoreno.es – 07700 900 888 – Spain, Latin America, gastronomy
Kwame Mensah, Senior Producer, Global Journeys TV, kwame.mensah@globaljourneys.tv, 020 7946 0777, documentary, long-haul
Rachel Green - Online Travel Editor - The Daily Herald - r.green@dailyherald.co.uk - city breaks, deals
Aiden Murphy, The Irish Chronicle, deputy travel editor, amurphy@irishchronicle.ie, Ireland domestic
Emily Sato - Editor - Tokyo Traveller Europe - emily@tokyotraveller.eu - 07700 900 333 - Japan, Asia
Lars Nilsson, freelance, lars@nordicwriter.se, +46 70 123 45 67, Scandinavia, design hotels
Tom Adeyemi - tom@tomadeyemi.com - (dup from the 2nd doc, same guy)"""),

    ("formatting", 0, "",
     """mi converti tutte le date del calendario editoriale in formato AAAA-MM-GG? lascia il resto com'è

- 3 marzo: reel degustazione vini
- 15/03/25: carosello menù di primavera
- venerdì 21 marzo 2025: live con lo chef
- 2025.04.01: pesce d'aprile (post ironico)
- 12 apr.: storia dietro le quinte"""),

    # rule 1: designing a schema for messy data is formatting
    ("formatting", 1, "",
     """We export guest data from three systems (PMS, spa booking tool, restaurant reservations) into one sheet and it's a mess. Propose a clean unified schema for it — field names, types, which field is the key, how to handle the fields that mean the same thing under different names, and what to do with the free-text columns. Here's a sample of the raw headers and a couple of rows:

PMS: GuestID | Nom/Name | FirstName | Email | Tel | Nationality | ArrDate | DepDate | RoomType | Rate | VIP(Y/N) | Notes
SPA: client_name | client_email | phone_number | treatment | therapist | slot (dd/mm hh:mm) | price_eur | allergies
REST: Guest | Room# | Covers | Time | Table | Dietary | Comments

PMS row: 48213 | Rossi | Giulia | g.rossi@mail.it | +39 333 1234567 | IT | 12/06/2025 | 15/06/2025 | DLX-SEA | 240 | Y | anniversary, likes feather pillows
SPA row: Giulia Rossi | G.Rossi@mail.it | 3331234567 | hot stone 60 | Anja | 13/06 16:00 | 95 | nuts
REST row: Rossi G. | 214 | 2 | 20:30 | T7 | nut allergy | anniversary cake??"""),

    ("formatting", 0, "",
     "convert to 24h: 9:15pm, 6am, 12:30am, noon, 7.45 pm"),

    ("formatting", 0,
     "Convert the recipe the user sends into the kitchen's standard YAML: name, yield, prep_time_min, ingredients (list of {item, qty, unit}), steps (numbered list), allergens (list). Metric units only. Output YAML only.",
     """ok this is the staff meal focaccia from Gino: 1kg flour (tipo 0), 800ml water, 20g salt, 7g dry yeast, 100ml olive oil plus extra for the tray, rosemary and flaky salt on top. Mix flour water yeast, rest 30 min, add salt, fold every 30 min for 2 hrs, fridge overnight, tray it, dimple, bake 230°C 25 min. Makes 2 trays, about 24 pieces. Takes maybe 40 min hands on."""),

    ("formatting", 1, "",
     """Je dois remettre au propre l'itinéraire du voyage de presse en Sicile. Fais-moi un tableau jour par jour (date, ville, hébergement, activités, transport), en fusionnant les doublons et en signalant clairement les incohérences entre les sources au lieu de choisir à ma place.

Mail de l'office du tourisme : J1 (lun 7/10) arrivée Catane, vol AZ 1721, nuit Palazzo Marletta. J2 Etna matin + déjeuner cave Benanti. J3 route vers Syracuse, nuit Ortea Palace. J4 Noto + Marzamemi, nuit Ortea. J5 départ Catane 18h.
Notes du chef de projet : mardi 8 Etna toute la journée (pas juste le matin) / Benanti déplacé au mercredi midi en route / jeudi visite Noto seulement, Marzamemi annulé (fermé en octobre ?) / nuit du mercredi : Hotel Gutkowski, pas Ortea !!
SMS de l'attachée de presse : vendredi retour vol 19h05, pas 18h. Et dîner d'accueil lundi soir chez Cave Ox."""),

    ("formatting", 0, "",
     "metti in ordine alfabetico e togli i doppioni: Bianchi, rossi, Verdi, Bianchi, Neri, Rossi, Esposito"),

    ("formatting", 1, "",
     """Convert our content calendar (pasted from the sheet) into JSON grouped by ISO week, then by channel, each post as {date, format, topic, owner, status}. Some rows use "IG"/"Insta"/"instagram" and "TT"/"tiktok" — normalise channel names. Where a row is clearly a duplicate entered twice with slightly different wording, keep one and add "merged": true.

Date | Channel | Format | Topic | Owner | Status
Mon 2 Jun | IG | reel | summer menu launch | Léa | approved
2/6 | Insta | Reel | Summer menu launch!! | Lea | approved
Tue 3 Jun | TT | video | behind the pass w/ chef | Omar | draft
Thu 5 Jun | LinkedIn | post | we're hiring line cooks | HR - Nina | approved
Mon 9 Jun | instagram | carousel | wine pairing guide | Léa | in review
Wed 11 Jun | tiktok | video | 60s pasta challenge | Omar | idea
Wed 11 Jun | TikTok | video | pasta challenge (60 sec) | Omar | idea
Fri 13 Jun | IG | story | Father's Day set menu | Léa | draft"""),

    # ---------------------------------------------------------------- open_qa
    ("open_qa", 0, "", "whats the diff between reach and impressions"),

    ("open_qa", 0, "", "c'est quoi le RevPAR exactement ? et ça se calcule comment"),

    ("open_qa", 0, "", "cosa vuol dire 'embargo' su un comunicato stampa?"),

    # "my hotel" advice on a business topic is open_qa, not other
    ("open_qa", 1, "",
     """We run a 12-room boutique hotel in Porto, no revenue manager, prices set by hand once a season. Occupancy is ~90% in summer and ~40% Nov-Feb. How should we approach dynamic pricing without it eating all our time, and what mistakes do small places usually make?"""),

    ("open_qa", 0, "You are Wanderly, a friendly travel assistant.", "how much EU261 compensation for a 4 hour delay on a 2000km flight within the EU?"),

    ("open_qa", 1, "",
     """On tient un resto à Bordeaux et on poste souvent des photos de la salle pleine sur Instagram. Est-ce qu'on a le droit de publier des photos où on reconnaît des clients sans leur accord ? Quels risques on prend et comment on fait proprement (affichette, floutage, autre) ?"""),

    ("open_qa", 0, "", "what does 'above the fold' mean for a newspaper front page"),

    ("open_qa", 1, "",
     """Dirigo un settimanale locale in Friuli (tiratura 6.000 copie, sito con circa 80.000 visitatori unici al mese). Stiamo valutando se mettere un paywall classico oppure puntare su un modello a membership con donazioni volontarie. Quali sono i pro e i contro per una realtà piccola come la nostra, e cosa ha funzionato altrove?"""),

    ("open_qa", 1, "", "why do airlines overbook flights, and how do they decide how many extra seats to sell?"),

    ("open_qa", 0, "", "can you refreeze raw shrimp that was thawed in the fridge?"),

    # ---------------------------------------------------------------- brainstorming
    ("brainstorming", 1, "", "need 20 names for a rooftop bar in Marseille, nautical vibe but not cheesy"),

    ("brainstorming", 1, "", "idées de posts insta pour la Saint-Valentin pour une crêperie ? donne m'en 10, pas que des cœurs stp"),

    ("brainstorming", 1, "",
     """Sto preparando un reportage sull'overtourism a Venezia per il numero di settembre. Il tema è stra-battuto: mi proponi una decina di angoli meno scontati, magari con chi intervistare per ciascuno?"""),

    ("brainstorming", 0, "You help Villa Sorrento's marketing team.", "3 subject lines for our spring newsletter, it's 20% off spa treatments"),

    ("brainstorming", 1,
     "You are a senior creative strategist at Fieldhouse, a mid-size ad agency. Give campaign concepts as: concept name, one-line idea, key visual, why it fits the brief.",
     """Client: regional carrier "Skylark Air". Launching a new daily route Exeter–Bordeaux from 1 May, 72-seat turboprops, fares from £49. Audience: over-45s in Devon/Cornwall, wine lovers, second-home owners in Nouvelle-Aquitaine. Budget modest: regional press, radio, Facebook, airport. Need 5 concepts for Thursday's tissue session."""),

    ("brainstorming", 0, "", "5 synonyms for 'cozy' for room descriptions, we overuse it"),

    ("brainstorming", 1, "",
     """On reçoit un chef une étoile de Lorraine, Mathieu Keller, pour notre podcast culinaire (45 min). Propose-moi une quinzaine de questions qui sortent des banalités sur « l'inspiration » et « le terroir »."""),

    ("brainstorming", 1, "",
     """Client brief (copy-pasted from their email):

"Hi team! We're Wildroute Travel, a small agency doing small-group trips (max 12 people) to Georgia, Armenia and Uzbekistan. Our customers are 30-50, curious, a bit adventurous but want comfort. We want to start on TikTok but we have zero presence and no big budget. We have lots of footage from our guides (markets, mountains, supras, old Soviet buses, etc.). Our fear is looking like every other travel account. Can you give us hooks / first 3 seconds ideas for short videos? Lots of them, we'll pick. Thanks! – Nino"

Give me a long list of hooks for them, grouped by theme."""),

    ("brainstorming", 1, "", "nomi per un cocktail con limoncello e basilico, dammene tanti e un po' ironici"),

    ("brainstorming", 1, "", "ways to cut no-shows at our bistro?? throw everything at me, even the weird ones"),

    # ---------------------------------------------------------------- creative_writing
    # short formulaic message from scratch -> creative_writing, escalate 0
    ("creative_writing", 0, "",
     "write an out of office for me: away till 3 june, urgent press requests to sam.ortiz@fieldhouse.co"),

    ("creative_writing", 1,
     "Tu es rédacteur web pour des hôtels indépendants. Style chaleureux, concret, sans clichés du type « havre de paix » ou « écrin de verdure ».",
     """J'ai besoin du texte de la page « Notre histoire » pour l'Auberge du Moulin Bleu (Vercors). Infos en vrac : ancien moulin à noix de 1874, racheté en 2016 par Élodie et Karim Benali (elle ex-ingénieure, lui cuisinier), 9 chambres, table d'hôtes le soir, produits du plateau, ouvert toute l'année sauf janvier. Environ 250 mots."""),

    ("creative_writing", 1, "", "una poesia breve, 4 versi, per il menù di San Valentino della pizzeria, romantica ma con un filo d'ironia"),

    ("creative_writing", 1, "",
     "write a short speech for the 25th anniversary of my restaurant, thanking staff and regulars, funny but it should make people tear up a bit"),

    # a reply to a customer written from scratch is creative_writing
    ("creative_writing", 1,
     """You write public replies to online reviews on behalf of Hotel Amaris, Lisbon. Sign as "Inês, Guest Relations". Thank the guest, address every concrete complaint without being defensive, never blame staff by name, never offer compensation publicly, invite them to email guestrelations@amarislisbon.pt. Max 150 words.""",
     """★★☆☆☆ "Beautiful building, disappointing stay"
We booked the Tagus View room for our honeymoon and mentioned it in the booking. No acknowledgment at all, not even a note. The 'river view' is mostly a view of a construction crane. Breakfast was good but the coffee machine was broken two out of four mornings. The rooftop bar closed at 10pm 'for a private event' on our last night without any warning to guests. The staff at reception were polite but seemed overwhelmed. For €280 a night we expected much more. – Megan & Luis, UK"""),

    ("creative_writing", 1, "",
     "blog post ~600 words on hidden beaches in Sardinia for our agency blog, keyword 'Sardinia off the beaten path', warm tone"),

    ("creative_writing", 0, "",
     "écris un petit message pour rappeler à l'équipe de salle que l'inventaire c'est dimanche 8h, café et viennoiseries offerts"),

    ("creative_writing", 1,
     "Sei il copywriter radiofonico di Volare Sud, compagnia aerea regionale. Scrivi spot da 30 secondi (max 75 parole), con indicazioni di voce ed effetti sonori tra parentesi quadre.",
     """Promo: voli Bari–Tirana e Bari–Podgorica da 29 € solo andata, prenotazioni entro il 15 novembre, viaggi fino a marzo. Target: famiglie e studenti. Chiusura obbligatoria: «Volare Sud. Vicino, davvero.»"""),

    ("creative_writing", 1, "", "limerick about a delayed flight to Oslo for our airline's twitter, self-deprecating pls"),

    ("creative_writing", 1, "",
     """Our longtime restaurant critic, Walter Brennan-Hale, died last week at 81. The publisher asked me to write the eulogy for Saturday's memorial, about 4 minutes spoken. I'm his editor of 19 years. Notes:

- joined the Evening Standard-Tribune in 1979 as a sub-editor, critic from 1986 until retiring in 2021
- famously anonymous, wore a different hat to every review; his disguises were a newsroom legend, one time a fake moustache fell into a bouillabaisse
- wrote 1,900+ reviews; never gave more than 4 stars out of 5 ("five is for God's own kitchen")
- championed small family places and immigrant-run restaurants long before it was fashionable; a Vietnamese place he reviewed in 1991 is still open and the owners will be there
- tough on the page, very kind in person; mentored half of the features desk, including me
- loved jazz, terrible at parking, always filed at 4:59pm on deadline day
- wife Margaret, died 2015; daughter Clare and two grandsons
- his last review ended: "Go hungry, leave happy, tip well."

Warm, some laughs, not sappy. End with his last line."""),

    # ---------------------------------------------------------------- reasoning
    ("reasoning", 0, "", "whats 18% agency fee on €24,500"),

    ("reasoning", 0, "", "320 miles ça fait combien en km ?"),

    ("reasoning", 1,
     "You help restaurant managers plan seating.",
     """Saturday 8pm, tables: two 2-tops, three 4-tops, one 6-top, one 8-top. 4-tops can be pushed together only as T4+T5. Bookings: 7 people (birthday, want one table), 5, 4, 4, 3, 2, 2, 2. The 3 must be near the window (only T1 2-top, T4 4-top are window). Can I seat everyone at once? Show the assignment."""),

    ("reasoning", 1, "",
     """Devo fare i turni dei camerieri per il weekend e non ne vengo fuori. Servizi: ven sera, sab pranzo, sab sera, dom pranzo. Servono 3 camerieri la sera e 2 a pranzo. Ho Anna, Bruno, Chiara, Dario, Elisa. Nessuno fa più di 3 servizi. Bruno non può il sabato. Chiara e Dario non vogliono lavorare insieme. Elisa fa solo serali. Anna deve fare almeno un pranzo. Mi trovi una soluzione (o mi dici che è impossibile)?"""),

    ("reasoning", 1, "",
     """Client needs to get from Lyon to Reykjavik on 14 Oct, arriving before 20:00 local, cheapest option, max 1 stop, min 60 min connection (90 if changing terminal at CDG). Options I found:

1. LYS-CDG 06:10-07:20 (T2) €89 / CDG-KEF 10:35-12:15 (T1) €210
2. LYS-AMS 07:00-08:40 €120 / AMS-KEF 09:30-10:45 €175
3. LYS-CPH 11:20-13:25 €95 / CPH-KEF 14:15-15:35 €160
4. LYS-LHR 16:05-16:50 €70 / LHR-KEF 17:55-20:05 €140
5. LYS-CDG 12:40-13:50 (T2) €89 / CDG-KEF 15:00-16:40 (T2) €230
6. LYS-FRA 06:40-07:50 €130 / FRA-KEF 13:25-15:05 €150

Times are local (Lyon/Paris/AMS/CPH/FRA UTC+2, London UTC+1, Iceland UTC+0). Which one and why? Check every option, not just the cheap ones."""),

    ("reasoning", 0, "", "CPM is $7.50 and the budget is $12k, how many impressions do we get"),

    # Fermi estimate -> reasoning
    ("reasoning", 1, "", "estimation à la louche : combien de croissants sont vendus à Paris chaque matin ? montre ton raisonnement"),

    ("reasoning", 1, "",
     "180 seats, we sold 186. each passenger no-shows independently with 5% prob. what's the probability at least one person gets bumped?"),

    ("reasoning", 0, "Sei l'assistente di cucina del ristorante.", "piatto venduto a 24 €, costo ingredienti 7,20 €: che food cost % è?"),

    ("reasoning", 1,
     "You are a revenue analyst for a 220-room city hotel. Show your working and give a clear recommendation.",
     """Two group requests for the same dates (Thu 9 – Sat 11 Oct, 2 nights, arrive Thu, depart Sat):

Group A (pharma congress): 60 rooms/night at €175, plus meeting room hire €3,000 total and F&B estimated at €9,000 total.
Group B (wedding): 45 rooms/night at €210, no meeting room, F&B €14,000 on Friday night only, but they also want the whole restaurant on Friday, which normally does €6,000 on a Friday.

Forecast without any group: Thursday 170 rooms sold at ADR €195, Friday 200 rooms at €230. Expected unconstrained transient demand above capacity: Thursday 0, Friday 25 rooms.
Assume F&B margin 35%, meeting room margin 80%, room margin ignoring costs.

Which group should we take (we can only take one), and what's the displacement for each?"""),

    # ---------------------------------------------------------------- coding
    ("coding", 0, "", "regex for flight numbers like AF1234, U2 8841 or BA 5"),

    # near-miss: error message + "what does this mean" is coding
    ("coding", 0,
     "You are the support assistant for Kestrel Host, a managed WordPress hosting company.",
     r"""site's down after I updated the booking plugin, what does this mean?

PHP Fatal error:  Uncaught Error: Call to undefined function WPBookly\Core\str_contains() in /var/www/html/wp-content/plugins/wp-bookly/src/Core/Availability.php:142
Stack trace:
#0 /var/www/html/wp-content/plugins/wp-bookly/src/Core/Calendar.php(88): WPBookly\Core\Availability->get_slots()
#1 /var/www/html/wp-includes/class-wp-hook.php(324): WPBookly\Core\Calendar->render()
thrown in /var/www/html/wp-content/plugins/wp-bookly/src/Core/Availability.php on line 142"""),

    ("coding", 1, "",
     r'''Last Saturday we oversold 3 Deluxe rooms on a night that was already sold out. Our website and the channel manager webhook both hit this code at the same time, we run 4 uvicorn workers behind nginx, Postgres 15, SQLAlchemy 2. Can you review this module, explain exactly how the overbooking happens, and show a proper fix? I also suspect the cancel path has problems but I'm not sure.

```python
# booking/availability.py
from datetime import date, timedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Booking, Inventory


class SoldOut(Exception):
    pass


def nights(check_in: date, check_out: date):
    d = check_in
    while d < check_out:
        yield d
        d += timedelta(days=1)


def available_rooms(db: Session, room_type_id: int, check_in: date, check_out: date) -> int:
    rows = db.execute(
        select(Inventory).where(
            Inventory.room_type_id == room_type_id,
            Inventory.day >= check_in,
            Inventory.day < check_out,
        )
    ).scalars().all()
    if len(rows) != (check_out - check_in).days:
        # inventory not loaded for some night -> treat as unavailable
        return 0
    return min(r.total - r.sold for r in rows)


def create_booking(db: Session, guest_id: int, room_type_id: int,
                   check_in: date, check_out: date, qty: int = 1,
                   source: str = "web") -> Booking:
    if check_out <= check_in:
        raise ValueError("check_out must be after check_in")

    if available_rooms(db, room_type_id, check_in, check_out) < qty:
        raise SoldOut()

    booking = Booking(
        guest_id=guest_id,
        room_type_id=room_type_id,
        check_in=check_in,
        check_out=check_out,
        qty=qty,
        source=source,
        status="confirmed",
    )
    db.add(booking)

    for d in nights(check_in, check_out):
        inv = db.execute(
            select(Inventory).where(
                Inventory.room_type_id == room_type_id,
                Inventory.day == d,
            )
        ).scalar_one()
        inv.sold = inv.sold + qty

    db.commit()
    return booking


def cancel_booking(db: Session, booking_id: int) -> Booking:
    b = db.get(Booking, booking_id)
    if b.status == "cancelled":
        return b
    b.status = "cancelled"
    for d in nights(b.check_in, b.check_out):
        inv = db.execute(
            select(Inventory).where(
                Inventory.room_type_id == b.room_type_id,
                Inventory.day == d,
            )
        ).scalar_one()
        inv.sold -= b.qty
    db.commit()
    return b
```

```python
# booking/api.py
@router.post("/bookings")
def post_booking(req: BookingRequest, db: Session = Depends(get_db)):
    try:
        b = create_booking(db, req.guest_id, req.room_type_id,
                           req.check_in, req.check_out, req.qty, source="web")
    except SoldOut:
        raise HTTPException(409, "Sold out")
    send_confirmation_email(b)  # sync SMTP call, ~1.5s
    return {"id": b.id}


@router.post("/webhooks/channel-manager")
def channel_webhook(payload: dict, db: Session = Depends(get_db)):
    # channel manager retries up to 3 times if we don't answer in 2s
    for res in payload["reservations"]:
        if res["action"] == "new":
            create_booking(db, res["guest_id"], res["room_type_id"],
                           date.fromisoformat(res["arrival"]),
                           date.fromisoformat(res["departure"]),
                           res.get("rooms", 1), source="channel")
        elif res["action"] == "cancel":
            cancel_booking(db, res["booking_ref"])
    return {"ok": True}
```

Inventory table: (room_type_id, day) is the primary key, columns total INT, sold INT. Default isolation level (read committed). Before the burst, the Deluxe row for 2025-05-17 had total=24, sold=23. Log from Saturday:

```
2025-05-17 18:02:11.204 INFO webhook CM-77812 action=new room_type=3 2025-05-17..2025-05-18 rooms=1
2025-05-17 18:02:11.219 INFO POST /bookings guest=99120 room_type=3 2025-05-17..2025-05-18 qty=1
2025-05-17 18:02:13.318 INFO webhook CM-77812 action=new room_type=3 (retry 1)
2025-05-17 18:02:13.905 INFO booking 55102 created source=web
2025-05-17 18:02:14.010 INFO booking 55103 created source=channel
2025-05-17 18:02:15.422 INFO webhook CM-77812 action=new room_type=3 (retry 2)
2025-05-17 18:02:15.530 INFO booking 55104 created source=channel
2025-05-17 18:02:15.611 INFO booking 55105 created source=channel
```

Afterwards the inventory row says sold=25, but there are 27 confirmed Deluxe bookings for that night, so the counter doesn't even match the bookings table. Also, the channel manager sends booking_ref as their own reference string, not our integer id — not sure if that matters for the cancel branch.'''),

    ("coding", 0, "", "comment je fais un git revert d'un commit déjà pushé sur main sans tout casser ?"),

    ("coding", 0, "",
     "query SQL per avere il numero di prenotazioni e coperti per giorno della settimana dalla tabella bookings(id, data_prenotazione, coperti)"),

    ("coding", 1,
     "You are a principal engineer advising a news organisation. Give a concrete architecture: components, data flow, failure modes, and what you'd build first.",
     """We need to redesign how embargoed content moves through our publishing stack. Here's the requirements doc our product lead wrote, pasted as is:

---
EMBARGO & SCHEDULED PUBLISHING – REQUIREMENTS (v0.3)

Context. The Northgate Post publishes ~400 pieces a day across web, apps, Apple News, Google News, our AMP pages, 6 newsletters and syndication feeds to 14 partner outlets. Today, scheduled publishing is handled by a cron job in the legacy CMS that runs every minute and flips a "published" flag. Each downstream channel then polls the CMS API at its own interval (between 30 s and 15 min). Last year we had two embargo breaches: (1) an earnings story leaked 11 minutes early to a syndication partner because their feed cached an unpublished preview URL; (2) a royal health story under strict embargo was pushed to the app because an editor changed the embargo time in one field but not in the other (we store "embargo_until" and "publish_at" separately). The second one cost us our accreditation for three months.

Goals.
G1. No content under embargo may be readable by anyone outside the newsroom before the embargo time, on any channel, including previews, caches, CDN, search engines, push notifications and partner feeds.
G2. At embargo time, content should be live on all channels within 60 seconds (p95).
G3. Editors must be able to move an embargo earlier or later, or cancel it, up to the last second, and the change must be respected everywhere.
G4. Full audit trail: who set or changed an embargo, when, from where; which channel published when.
G5. Breaking-news override: the duty editor can lift an embargo early for a single piece with two-person approval.

Constraints.
- The legacy CMS (Java, Oracle) will remain the system of record for at least 18 months; we cannot rewrite it but we can add a service next to it and hook into its event outbox table.
- CDN is Fastly; we can purge by surrogate key.
- Apple News and Google News have their own APIs with rate limits; Apple News can take several minutes to process an article.
- Partner feeds are pulled by partners (RSS/Atom and a JSON API); we don't control their caching.
- Push notifications go through a third-party vendor with a scheduling API.
- Team: 4 backend engineers, 1 SRE. Kubernetes on AWS, Kafka already used by the analytics team.

Open questions.
Q1. Should channels pull or should we push at embargo time?
Q2. Can we pre-stage content on channels that support scheduled release (Apple News, push vendor) without violating G1?
Q3. How do we handle clock skew between systems?
Q4. How do we test this without risking a real breach?
Q5. What should happen if one channel fails at embargo time — retry, alert, hold the others?
---

My own concerns: a single "embargo_until" source of truth, whether pre-staging encrypted content is worth it, and whether Kafka is overkill here or exactly right. Please be opinionated."""),

    ("coding", 0, "You are a coding assistant. Answer with code only.",
     "python: post to a slack webhook whenever a new google review has under 3 stars"),

    ("coding", 1, "",
     r'''Notre widget de réservation affiche parfois la veille de la date choisie (client clique sur le 15, la résa arrive au restaurant pour le 14). Ça arrive surtout pour des clients au Canada et aux Antilles, jamais en France. Je ne trouve pas pourquoi, tu peux regarder ?

```js
function onDayClick(dayStr) {            // dayStr = "2025-03-15"
  const d = new Date(dayStr);
  state.selectedDate = d;
  renderSlots(d);
}

function buildPayload() {
  return {
    restaurant_id: RESTO_ID,
    date: state.selectedDate.toISOString().slice(0, 10),
    time: state.selectedSlot,             // "20:30"
    covers: state.covers,
  };
}

function renderSlots(d) {
  const weekday = d.getDay();             // 0 = dimanche
  const slots = OPENING[weekday] || [];
  document.querySelector('#date-label').textContent =
    d.toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });
  // ...
}
```

Et aussi, les jours de fermeture (lundi) sont parfois cliquables pour ces mêmes clients, je suppose que c'est lié.'''),

    ("coding", 0, "", "301 vs 302 redirect, which one for a blog post we moved to a new url?"),

    ("coding", 1,
     "Sei un revisore di sicurezza applicativa. Elenca le vulnerabilità in ordine di gravità e proponi il codice corretto.",
     r'''<?php
// admin/login.php – pannello gestione camere Hotel Belvedere
session_start();
$conn = mysqli_connect("localhost", "root", "Belvedere2019", "hotel");
$user = $_POST['user'];
$pass = $_POST['pass'];
$res = mysqli_query($conn, "SELECT * FROM admin WHERE user='$user' AND pass='" . md5($pass) . "'");
if (mysqli_num_rows($res) > 0) {
    $_SESSION['admin'] = $user;
    header("Location: " . $_GET['next']);
} else {
    echo "Utente " . $user . " non valido";
}
?>'''),

    # ---------------------------------------------------------------- other
    ("other", 0, "", "thanks, that caption was perfect 🙌"),

    ("other", 0, "", "t'es là ?"),

    ("other", 0, "Sei Tina, l'assistente virtuale di Viaggi Tramonto.", "ciao tina! ma sei una persona vera o un bot?"),

    ("other", 1, "",
     """I'm a sous chef, 14-hour days, 6 days a week since March. I used to love this. Now I dread Sunday nights and I snapped at a commis yesterday over nothing and I feel awful about it. My head chef says everyone goes through this. I don't even know what I'm asking, I just needed to say it somewhere."""),

    ("other", 1, "",
     """Une agence concurrente me propose un poste de directrice conseil, +20 % de salaire. Mon boss actuel m'a formée de A à Z et m'a soutenue pendant mon congé maternité, et on est en plein sur le plus gros appel d'offres de l'année. J'ai l'impression de le trahir si je pars maintenant. Je fais quoi ?"""),

    ("other", 0, "", "tell me a joke about waiters"),

    # role-play for practice -> other
    ("other", 1,
     "You are a training partner for hotel front desk staff. Stay in character as the guest until the trainee types STOP, then give feedback.",
     """ok let's practice. you're a guest who arrives at 11pm after a cancelled flight, your prepaid room was given away because you're a no-show, and you're exhausted and furious. I'm the night receptionist. go"""),

    ("other", 0, "", "grazie mille, buona serata!"),

    ("other", 1, "",
     """Un collega di redazione ha firmato da solo un pezzo che si basava sulla mia fonte e sulle mie verifiche, io sono finita solo in fondo come "ha collaborato". Il caporedattore non ha detto nulla. Lui è anche un amico. Gliene parlo, vado dal caporedattore o lascio stare?"""),

    ("other", 0, "Corvina Hotels concierge bot.", "test test is this thing on"),
]
