"""Training-only translations of hand-written English training prompts (chunk 1: French, Italian)."""
T = [
    ("tri-544766b50fbf", "fr", "", """Tu peux réécrire cette offre d'emploi pour qu'elle soit neutre en genre et qu'elle ne décourage pas les personnes qui reprennent une carrière après une pause ? Garde toutes les vraies exigences du poste.

« Nous recherchons un jeune juriste assistant aux dents longues, capable d'être opérationnel tout de suite. Il assistera nos associés en contentieux, gérera la préparation des dossiers de plaidoirie et sera en contact avec les clients. Vous êtes un digital native qui s'épanouit dans une culture au rythme soutenu, où l'on travaille dur et où l'on s'amuse fort. Au moins 2 ans d'expérience dans un cabinet britannique exigés, ainsi qu'une disponibilité pour finir tard le soir quand les audiences l'exigent. »"""),
    ("tri-d87e6839bd66", "it", "", """Traduci in inglese questa poesia di Rilke, in modo poetico e non letterale, e spiegami le scelte più difficili: 'Du musst das Leben nicht verstehen, dann wird es werden wie ein Fest.'"""),
    ("tri-86a405a3e778", "fr", "", """Extrait de la conférence téléphonique sur les résultats du T2 de Brackwater Renewables (le directeur financier répond aux analystes) :

« ...Alors, concernant le portefeuille de projets, nous restons confiants quant à l'atteinte du bouclage financier sur au moins deux des trois projets solaires ibériques d'ici la fin de l'année, sous réserve bien sûr du calendrier de raccordement au réseau, qui ne dépend pas de nous. Sur les marges, nous prévoyons de revenir à une marge d'EBITDA autour de 15 % à moyen terme, à mesure que les nouveaux contrats de turbines arrivent. Nous ne donnerons pas de date précise là-dessus. Sur le dividende, le conseil d'administration s'engage à maintenir le dividende à 42 cents pour cet exercice. Au-delà, nous l'examinerons dans le cadre de la revue de l'allocation du capital. Sur l'actif offshore écossais, nous étudions plusieurs options, dont une cession partielle, et je dirais que nous sommes en discussions avancées avec plus d'une partie, mais rien n'est certain tant que ce n'est pas signé. Et sur le levier, nous serons sous 3,5 fois la dette nette sur EBITDA d'ici la fin de l'année prochaine, point final. C'est un engagement ferme de cette équipe de direction... »

Relève chaque déclaration prospective et classe-les entre vrais engagements et déclarations tellement nuancées qu'elles ne veulent pratiquement rien dire. Précise à chaque fois quelle est la réserve, et lesquelles un analyste pourrait vraiment opposer à la direction au prochain trimestre."""),
    ("tri-305d7f412290", "it", "", """mi servono solo i nuovi oggetti + i loro drop rate da qui, ignora la roba sul bilanciamento

Patch 3.7.2 – "Tides of Verran"
- Fixed a bug where Stormcaller's ultimate could hit through walls.
- New item: Coral Aegis (shield). Drops from the Drowned Warden, 4% rate.
- Reduced Frostbrand slow duration from 2.0s to 1.5s.
- New item: Brinewalker Boots. Drops from any elite in the Sunken Vault, 1.2% rate.
- New cosmetic: Pearl Crown, available in the shop for 800 gems.
- Leviathan Fang drop rate increased from 0.5% to 0.8%."""),
    ("tri-3d57162e3c79", "fr", "", """Est-ce que ce contrat prévoit une indemnité d'annulation (kill fee) ? de combien ?

« 7. Rémunération. L'Éditeur versera à l'Auteur une rémunération de 1,20 USD par mot pour le texte final accepté, dans la limite de 2 500 mots. Si l'Éditeur choisit de ne pas publier l'article commandé après acceptation de la première version, l'Auteur aura droit à 30 % de la rémunération convenue. Les frais approuvés au préalable par écrit seront remboursés dans un délai de 45 jours à compter de la réception de la facture. »"""),
    ("tri-6e916a17cc46", "it", "", """politica resi vecchia vs nuova qui sotto. riassumi cosa è cambiato e dimmi onestamente se nel complesso per i clienti è peggio
VECCHIA: resi entro 30 giorni su tutti gli articoli. Etichetta di reso gratuita. Rimborso entro 5 giorni lavorativi dalla ricezione. Elettronica aperta accettata se con tutti gli accessori.
NUOVA: resi entro 30 giorni, tranne 14 giorni per l'elettronica. Etichetta di reso gratuita per i membri, altrimenti €3,95. Rimborso entro 10 giorni lavorativi dalla ricezione. Elettronica aperta soggetta a una commissione di ricondizionamento del 15%. I cambi ora vengono spediti gratuitamente."""),
    ("tri-342185107191", "fr", "", """c'est quoi la différence entre pix et TED ? vite fait"""),
    ("tri-e894224f0456", "it", "Sei il responsabile della localizzazione in portoghese brasiliano per Mirelight Games. Il gioco è un GDR dark fantasy.", """Queste battute sono di Old Mother Brackwater, una strega della palude che parla con un registro volutamente arcaico e canzonatorio. Localizzale in modo che in PT-BR suoni altrettanto vecchia e altrettanto sgarbata, senza però renderla illeggibile per gli adolescenti.

1. "Hark, wanderer. The mire hath swallowed better souls than thine."
2. "Bring me the lantern of the drowned abbot, and mayhap I shall speak of the road north."
3. "Thou smellest of river-weed and poor decisions." """),
    ("tri-4851d7c509a7", "fr", "", """C'est une question ou une affirmation ? « Je me demande si la livraison est déjà partie »"""),
    ("tri-4773d85c98bf", "it", "", """Due buste, una contiene il doppio dei soldi dell'altra. Ne apro una e ci trovo 100. Mi conviene cambiare? Risolvi il paradosso."""),
    ("tri-32afbab787e6", "fr", "", """les frais de scolarité sont de 1 250 €, ils augmentent de 4 % l'an prochain et j'ai une bourse de 30 % sur le nouveau montant. je paie combien au final ?"""),
    ("tri-4171e8476ca0", "it", "", """Dammi 3 modi alternativi per dire "il prima possibile"."""),
    ("tri-b0e24372a1d2", "fr", "Traduis le texte de l'utilisateur en espagnol (Amérique latine). Renvoie uniquement la traduction.", """Le parking B sera fermé pour réfection du revêtement du lundi 6 octobre au vendredi 10 octobre. Les patients et les visiteurs sont invités à utiliser le parking A, rue Linden, ou le parking extérieur situé derrière le Centre de cancérologie. Des navettes gratuites circuleront toutes les 10 minutes entre le parking extérieur et l'entrée principale, de 6 h à 21 h. Des places de stationnement accessibles sont disponibles sur les deux sites de remplacement. Nous vous prions de nous excuser pour la gêne occasionnée."""),
    ("tri-ffb982d7efce", "it", "", """Scrivi un augurio di buone feste di due righe per i nostri clienti."""),
    ("tri-1b99366b1649", "fr", "", """On fusionne les données d'essais au champ de 4 fermes partenaires pour une étude sur les doses d'azote, et chacun les envoie à sa façon. Propose un schéma de table unique et propre (noms de colonnes, types, unités, valeurs autorisées) dans lequel tout ça rentre, et montre comment chaque ligne d'exemple s'y mappe.

Farm A (xlsx): Plot | Trt | N kg/ha | Yield t/ha @14% | Date harv
  A-12 | T3 | 160 | 8.42 | 14/08/23
Farm B (csv): field_id,rep,treatment_code,n_rate_lb_ac,yield_bu_ac,harvest
  B7,2,N150,134,138.5,2023-08-19
Farm C (notes): "plot 4 rep 1, 120 N (split 60+60), harvested 21 Aug, 7.9 t dry"
Farm D (xlsx, two sheets): Sheet1 plot -> treatment; Sheet2 plot | moisture % | fresh weight kg per plot (plot = 12 m²)
  D-03 -> "N-high (180)"; D-03 | 17.2 | 11.6

Il faut qu'au final les rendements soient comparables (même base d'humidité), et on veut garder l'info sur le fractionnement des apports quand elle existe."""),
    ("tri-b9e4a9c4d1a5", "it", "", """Scrivi un breve messaggio di ringraziamento per un cliente che ha fatto il suo primo ordine, lo mettiamo come bigliettino dentro il pacco"""),
    ("tri-b04ed41c5d60", "fr", "Tu es un assistant pour Greenfurrow Agronomy. À partir de la note de terrain d'un observateur, extrais chaque problème de ravageur, de maladie ou de nutrition observé. Pour chacun, indique : parcelle, problème, preuve (citation), gravité (faible/moyenne/élevée). Si l'observateur ne fait que suggérer un problème sans le nommer, inclus-le quand même et marque-le « déduit ».", """Parcelle 7 (au nord des silos à grain), maïs V8, parcourue en W de 10h40 à 11h30.
Les feuilles du bas sur peut-être un tiers des plants ont encore ce jaunissement en V qui part de la pointe, pire sur la butte sableuse. Vu quelques pustules de rouille, rien de méchant. Certaines feuilles ont l'air d'avoir pris une décharge de chevrotine à travers le cornet - petits trous et bords déchiquetés, trouvé des déjections dans 4 cornets sur les 20 que j'ai ouverts. Près du fossé d'écoulement c'est plus vert mais le peuplement est en baisse, plein de manques où les plants ne sont jamais sortis, j'en ai déterré quelques-uns et les graines étaient évidées. Dégâts du vent de mardi minimes."""),
    ("tri-2a247d0a43fb", "it", "Interpreta Kip, un compagno di studio simpatico nell'app per i compiti Mossbank, pensata per studenti dai 13 ai 17 anni. Sii caloroso e incoraggiante, mai giudicante. Se uno studente parla di autolesionismo o abusi, condividi con delicatezza il numero di assistenza 0800 555 017 e incoraggialo a parlarne con un adulto di cui si fida.", """ho preso un'altra insufficienza in chimica. DI NUOVO. 38%. i miei daranno di matto e giuro che stavolta avevo studiato"""),
    ("tri-26de0cfa505e", "fr", "", """choisis les 3 citations de ces extraits d'entretiens qui expliquent le mieux pourquoi les gens se désabonnent - c'est pour la slide du conseil d'administration donc faut qu'elles frappent

P4 : « Franchement l'appli était bien, j'ai juste arrêté de cuisiner en semaine. »
P7 : « Quand le prix a augmenté en janvier j'ai commencé à comparer, et vous n'êtes plus les moins chers. »
P9 : « Deux box d'affilée sont arrivées avec un truc en moins et le service client m'a filé un bon d'achat, pas un remboursement. »
P12 : « Mon conjoint est devenu vegan et le menu vegan c'est genre trois options. »
P15 : « J'aimais bien mais les déchets d'emballage me culpabilisaient chaque semaine. »
P18 : « Sauter des semaines c'était tellement galère que j'oubliais et je me faisais débiter. »
P21 : « Rien à redire en fait, ma mère s'est mise à cuisiner pour nous le dimanche donc on avait besoin de moins. »"""),
    ("tri-9eaf547a01b6", "it", "", """Questo appartamento ha il parcheggio o no? 'Luminoso trilocale con due camere da letto al 4° piano con ascensore, balcone esposto a sud, deposito bici assegnato in cantina, solo parcheggio su strada con permesso residenti, classe energetica C, spese condominiali £1.480 all'anno, libero da catena di vendite.'"""),
    ("tri-aecfd134a7bd", "fr", "", """Quels sont les coûts cachés de l'achat d'un appartement en leasehold en Angleterre que les primo-accédants oublient généralement ?"""),
    ("tri-51d563c91e3a", "it", "", """valori possibili per un menu a tendina cancellation_reason nel form di disdetta dell'abbonamento in palestra? tipo 6"""),
    ("tri-d0358d8848bc", "fr", "", """résume la déposition en pièce jointe sous forme de chronologie et note chaque endroit où la témoin contredit ses déclarations précédentes"""),
    ("tri-bcd6288fb8de", "it", "Clausewise: scrivi un riassunto di un paragrafo per ogni clausola contrattuale, destinato ai non giuristi di Tarnwick Freight. Resta sotto le 50 parole.", """14. Forza maggiore. Nessuna delle parti sarà responsabile per inadempimenti o ritardi nell'esecuzione causati da eventi al di fuori del suo ragionevole controllo, tra cui cause di forza maggiore naturali, guerre, terrorismo, scioperi (esclusi gli scioperi dei dipendenti della parte interessata), epidemie, provvedimenti delle autorità o interruzioni dei servizi pubblici, a condizione che la parte interessata ne dia comunicazione scritta all'altra parte entro cinque (5) giorni lavorativi e compia sforzi commercialmente ragionevoli per riprendere l'esecuzione. Qualora tale evento si protragga per oltre sessanta (60) giorni, ciascuna parte potrà recedere dal presente Contratto mediante comunicazione scritta."""),
    ("tri-1e93ea42f517", "fr", "", """Attribue à chaque message de commit son type conventional-commit (feat, fix, docs, refactor, test, chore, perf). Sortie au format `hash type`.

a41c9e2 add CSV export to the invoices page
7be0d13 handle null customer_id in webhook handler (was crashing)
c3f88a0 bump eslint to 9.3.0
19ad4f7 rewrite README install section for Windows users
e02b6c1 extract pricing rules into their own module, no behaviour change
5f7713d cache exchange rates for 10 min, cuts p95 by ~40ms
880d2ea add missing tests for the refund edge cases"""),
    ("tri-f39e8a960ab5", "it", "", """chi ha composto le quattro stagioni"""),
    ("tri-5b3d756ff7ae", "fr", "", """frérot tu peux m'expliquer en gros, simplement, la banque m'a envoyé ce mail :

"We are pleased to inform you that your Home Loan application no. HL/DEL/2024/11872 has been sanctioned for Rs. 42,50,000 at a floating rate of interest linked to the Repo Rate, currently 8.65% p.a., for a tenure of 240 months. The sanction is valid for 90 days from the date of this letter and is subject to satisfactory legal and technical verification of the property, execution of loan documents, and payment of processing fee of Rs. 10,000 plus GST. Disbursement will be made directly to the builder in stages as per construction progress." """),
    ("tri-9d16438787b3", "it", "", """Ho una soluzione madre 10 mM e mi servono 2 mL a 250 µM, quanta soluzione madre devo pipettare?"""),
    ("tri-193b241a84ec", "fr", "", """D'après ce message d'erreur, quel fichier et quelle ligne ont planté ? 'TypeError: cannot read properties of undefined (reading 'id') at handler (src/api/orders.js:88:17)'"""),
    ("tri-9b04ff49f225", "it", "", """la nuova badante ha lasciato questo biglietto in vietnamita per l'infermiera serale di mia mamma, che parla solo inglese. me lo puoi mettere in inglese?

"Hôm nay bà ăn được nửa bát cháo và uống thuốc huyết áp lúc 8 giờ sáng. Buổi chiều bà hơi mệt, ngủ khoảng hai tiếng. Chân trái vẫn còn sưng một chút. Tôi đã thay băng ở gót chân. Ngày mai nhớ mua thêm tã người lớn, chỉ còn hai cái." """),
    ("tri-2fb9d7c0f435", "fr", "", """combien de cartons de 30x20x15 cm tiennent sur une europalette (120x80) si la hauteur totale max est de 1,6 m palette de 15 cm comprise ? sans débord"""),
    ("tri-5654cb6f8161", "it", "", r"""Cosa accetta questa regex, detto in parole semplici? Sta nel nostro form di registrazione e nessuno se lo ricorda più. ^(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{10,64}$"""),
    ("tri-da97907d2aed", "fr", "", """Quatre fournisseurs (Arlo, Brisk, Corda, Dunmore) livrent chacun un jour différent de la semaine, du lundi au jeudi. Brisk livre le lendemain de Corda. Arlo ne livre ni le lundi ni le jeudi. Dunmore livre plus tôt dans la semaine qu'Arlo. Qui livre quel jour ? Montre comment tu élimines les possibilités."""),
    ("tri-5518a87d66dc", "it", "", """rendi questa voce del changelog più comprensibile per gli utenti finali, non sanno cos'è una race condition

- fix: una race condition nel worker di sincronizzazione creava eventi duplicati nel calendario quando due dispositivi modificavano lo stesso evento entro ~2s; ora usa il locking ottimistico con un campo versione"""),
    ("tri-47eef29e5ee1", "fr", "", """cold open pour une sitcom qui se passe dans un centre des impôts fonciers. une page, format script, trois persos"""),
    ("tri-cf5db229da81", "it", "", """3 domande rompighiaccio per uno standup di 15 min con i nuovi stagisti, niente di cringe"""),
    ("tri-377fa0a6b78f", "fr", "", """traduis les commentaires de ce fichier en anglais, touche pas au code

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
    ("tri-a3752d98b41b", "it", "", """La nostra biblioteca comunale usa questa funzione al banco prestiti. Scrivi dei test pytest, compresi tutti i casi limite che ti vengono in mente.

def late_fee(days_late: int, item_type: str, is_member: bool) -> float:
    if days_late <= 0:
        return 0.0
    rate = {"book": 0.25, "dvd": 1.0, "laptop": 5.0}[item_type]
    fee = days_late * rate
    if is_member:
        fee *= 0.5
    return min(fee, 20.0 if item_type != "laptop" else 150.0)"""),
    ("tri-9fa8e6e05659", "fr", "Tu assistes le conseil scolaire du comté de Lakeshore dans la préparation de ses réunions. Sois concret et adapté au district.", """On fait passer des entretiens à trois finalistes pour le poste de directeur général des écoles le mois prochain. Contexte : les effectifs ont baissé de 12 % en cinq ans, on va probablement devoir fermer ou fusionner deux écoles primaires, l'absentéisme chronique est à 24 %, et il y a eu beaucoup de colère du public aux réunions du conseil à propos du nouveau programme de lecture. Donne-nous une liste de questions d'entretien qui vont au-delà des trucs génériques du genre « quelle est votre vision »."""),
    ("tri-2a23da0c4f0a", "it", "", """Qualcuno mi spiega perché il cross-docking dovrebbe ridurre i costi di magazzino, e in quali situazioni invece si ritorce contro? Il responsabile del nostro centro distributivo regionale vuole spostare il 30% dei volumi alimentari sul cross-dock e voglio capire il ragionamento prima della riunione."""),
    ("tri-cb457d0a301b", "fr", "", """requête du dashboard sinistres, postgres 14, claims fait ~38M de lignes. le produit veut que ça passe sous 1s. le plan est en dessous. réécris-la et dis-moi exactement quels index ajouter (et si le lower() nous plombe)

SELECT c.id, c.policy_no, c.opened_at, c.status,
       (SELECT count(*) FROM claim_notes n WHERE n.claim_id = c.id) AS notes,
       (SELECT max(p.paid_at) FROM claim_payments p WHERE p.claim_id = c.id) AS last_paid
FROM claims c
WHERE c.adjuster_id = 4412
  AND c.status IN ('OPEN', 'REOPENED', 'PENDING_DOCS')
  AND lower(c.region) = 'north-west'
ORDER BY c.opened_at DESC
LIMIT 100;

Limit  (cost=0.56..18423.11 rows=100 width=72) (actual time=5120.331..7811.902 rows=100 loops=1)
  ->  Index Scan Backward using claims_opened_at_idx on claims c  (cost=0.56..9120344.70 rows=49512 width=72) (actual time=5120.329..7811.811 rows=100 loops=1)
        Filter: ((adjuster_id = 4412) AND (lower(region) = 'north-west'::text) AND (status = ANY ('{OPEN,REOPENED,PENDING_DOCS}'::text[])))
        Rows Removed by Filter: 21877410
        SubPlan 1
          ->  Aggregate  (actual time=0.021..0.021 rows=1 loops=100)
                ->  Index Only Scan using claim_notes_claim_id_idx on claim_notes n  (actual time=0.004..0.017 rows=14 loops=100)
        SubPlan 2
          ->  Aggregate  (actual time=0.019..0.019 rows=1 loops=100)
                ->  Index Scan using claim_payments_claim_id_idx on claim_payments p  (actual time=0.006..0.016 rows=3 loops=100)
Planning Time: 0.412 ms
Execution Time: 7812.208 ms"""),
    ("tri-530e1fc6daeb", "it", "", """scrivimi un sonetto sul debugging alle 3 di notte"""),
    ("tri-5faa4ac374a8", "fr", "Tu es un partenaire d'entraînement pour les patrons de petites entreprises qui préparent leurs rendez-vous avec la banque. Reste dans le rôle de la personne que l'utilisateur te demande d'incarner, pose une question à la fois, et ne sors de ton personnage que si l'utilisateur tape « pause ».", """Joue un chargé de prêts SBA coriace et sceptique dans une banque locale. Je demande 150 000 $ pour acheter un deuxième food truck et reprendre le bail d'une cuisine centrale. Mes chiffres : mon premier truck a fait 310 k$ de chiffre d'affaires l'an dernier, environ 14 % de marge nette, j'exerce depuis 2 ans et demi, score de crédit perso 702, je peux apporter 15 %. Mes points faibles : ma compta était un vrai bazar jusqu'au printemps dernier et j'ai un privilège fiscal (tax lien) de 2022 qui fait l'objet d'un échéancier. Ne me ménage pas, cuisine-moi comme en vrai, et à la fin dis-moi à quel moment je t'aurais perdu."""),
    ("tri-857b4ed6e80b", "it", "", """Chi ha dipinto la Gioconda?"""),
    ("tri-9431ee8e4940", "fr", "Assistant regex. Réponds avec le motif et un exemple.", """regex qui matche un DNI ou un NIE espagnol, ex. 12345678Z ou X1234567L"""),
    ("tri-ea5bab048894", "it", "", """Scrivimi un post Facebook per pubblicizzare un locale di bubble tea appena aperto a Padova, sconto del 30% la prima settimana, tono allegro e giovane mi raccomando"""),
    ("tri-73075da0ccef", "fr", "", """Un client vient de nous écrire pour savoir si on fait des cadeaux d'entreprise. On est une boutique de thé en vrac à deux. Qu'est-ce qu'on pourrait concrètement proposer ? produits, emballages, services, modèles de prix, balance-moi tout ce qui te passe par la tête"""),
    ("tri-f90326af9847", "it", "", """la mora è del 2% su un saldo di 850 $, quanto devo in totale?"""),
    ("tri-83e4a98c6792", "fr", "", """reformule cette annonce pour qu'elle soit conforme au Fair Housing Act : supprime « idéal pour jeunes actifs » et « à quelques pas de l'église St. Mary's », garde tout le reste pareil. Annonce : Appartement lumineux de 2 chambres, idéal pour jeunes actifs, avec cuisine rénovée, lave-linge/sèche-linge dans le logement et balcon. À quelques pas de l'église St. Mary's et de la Green Line. Chauffage inclus, 1 850 $/mois, disponible au 1er septembre."""),
    ("tri-8db14255d11a", "it", "", """recap in una riga pls — server patchato, riavvio sab alle 2 di notte, ~10 min di downtime, da parte vostra non serve fare niente"""),
    ("tri-94a16047773b", "fr", "", """renomme toutes les clés de snake_case en camelCase, sans toucher aux valeurs :

{"order_id": "A-2231", "customer_ref": "C-0917", "line_items": [{"sku_code": "MUG-BLU", "unit_price": 8.5, "qty_ordered": 4}], "ship_to": {"post_code": "EH6 5QR", "country_iso": "GB"}, "is_gift": false}"""),
    ("tri-4e4c25d5dd09", "it", "", """Da 'Riunione spostata alle 14:30 del 12 nov, sala B2, portate le slide del Q3' tirami fuori ora, data e sala."""),
    ("tri-9b784591d303", "fr", "Tu es assistant de recherche pour l'équipe éditoriale de Helix Health Magazine.", """Avant qu'on publie le titre « Le café quotidien réduit d'un tiers le risque de démence », dis-moi si l'étude ci-dessous soutient vraiment une affirmation causale de ce type. Base-toi uniquement sur ce qui figure dans le résumé.

Résumé. Contexte : la consommation de café a été associée à des résultats cognitifs, mais les données sont contradictoires. Méthodes : nous avons analysé les données de 18 204 adultes âgés de 55 à 75 ans inclus dans la cohorte Northbay Ageing entre 2008 et 2012, suivis pendant une durée médiane de 11,3 ans. La consommation de café a été déclarée une seule fois à l'inclusion au moyen d'un questionnaire de fréquence alimentaire. Les cas incidents de démence ont été identifiés à partir des dossiers hospitaliers et des certificats de décès. Les modèles à risques proportionnels de Cox ont été ajustés sur l'âge, le sexe, le niveau d'études, le tabagisme et l'IMC. Résultats : 612 participants ont développé une démence. Par rapport aux non-buveurs, les participants buvant 2 à 3 tasses par jour présentaient un hazard ratio de 0,67 (IC à 95 % 0,52-0,86). Les participants buvant plus de 5 tasses par jour présentaient un hazard ratio de 0,94 (IC à 95 % 0,66-1,34). Les non-buveurs étaient plus susceptibles de déclarer une maladie cardiovasculaire préexistante et d'avoir quitté l'école avant 16 ans. Conclusions : une consommation modérée de café était associée à un risque plus faible de démence incidente. Des recherches supplémentaires sont nécessaires pour établir la causalité."""),
    ("tri-8cb103ec5ddf", "it", "", """Lo slogan del nostro cibo per cani è "Real food for real good boys." Lo lanciamo sia in Québec che in Francia. Dammi una versione in francese per ciascun mercato che mantenga il tono giocoso, e spiegami perché sono diverse: mi hanno detto che il francese del Québec e quello di Francia reagiscono in modo molto diverso agli anglicismi e all'idea del "good boy"."""),
    ("tri-945cf5cd3e8d", "fr", "Tu es l'assistant du support de Kestrel Host, une société d'hébergement WordPress infogéré.", r"""le site est down depuis que j'ai mis à jour le plugin de réservation, ça veut dire quoi ça ?

PHP Fatal error:  Uncaught Error: Call to undefined function WPBookly\Core\str_contains() in /var/www/html/wp-content/plugins/wp-bookly/src/Core/Availability.php:142
Stack trace:
#0 /var/www/html/wp-content/plugins/wp-bookly/src/Core/Calendar.php(88): WPBookly\Core\Availability->get_slots()
#1 /var/www/html/wp-includes/class-wp-hook.php(324): WPBookly\Core\Calendar->render()
thrown in /var/www/html/wp-content/plugins/wp-bookly/src/Core/Availability.php on line 142"""),
    ("tri-e962296e1023", "it", "", """raccontami la tua barzelletta migliore sui commercialisti"""),
    ("tri-77a7ec90a7e6", "fr", "", """Je fais passer des entretiens pour un poste de juriste assistant(e) en contentieux la semaine prochaine. Le poste, c'est surtout la préparation des dossiers de plaidoirie, la revue des pièces en disclosure sur Relativity, relancer les experts et faire tenir les délais aux associés, et notre dernière recrue est partie au bout de 3 mois parce qu'elle n'arrivait pas à suivre le rythme avant les audiences. Tu peux me donner une bonne série de questions comportementales (avec ce à quoi ressemblerait une bonne réponse) qui permettraient vraiment de voir si quelqu'un peut tenir le coup ?"""),
    ("tri-5bea224518ad", "it", "", """Converti questa definizione Swagger 2.0 in YAML OpenAPI 3.1. Fai attenzione a formData/upload di file, x-nullable, al discriminator e ai parametri condivisi, ed elenca tutto quello che non si può convertire uno a uno e cosa hai scelto di fare.

swagger: "2.0"
info: {title: Claims Intake API, version: "1.4.0"}
host: api.harrowlane-insure.example
basePath: /v1
schemes: [https]
consumes: [application/json]
produces: [application/json]
parameters:
  ClaimId: {name: claimId, in: path, required: true, type: string, format: uuid}
paths:
  /claims/{claimId}/documents:
    post:
      consumes: [multipart/form-data]
      parameters:
        - $ref: "#/parameters/ClaimId"
        - {name: file, in: formData, type: file, required: true}
        - {name: docType, in: formData, type: string, enum: [invoice, photo, police_report]}
      responses:
        "201": {description: Uploaded, schema: {$ref: "#/definitions/Document"}}
definitions:
  Document:
    type: object
    required: [id, docType]
    properties:
      id: {type: string, format: uuid}
      docType: {type: string}
      reviewedAt: {type: string, format: date-time, x-nullable: true}
  Claim:
    type: object
    discriminator: claimType
    required: [claimType]
    properties:
      claimType: {type: string}
  MotorClaim:
    allOf:
      - $ref: "#/definitions/Claim"
      - {type: object, properties: {registration: {type: string}}}"""),
    ("tri-42468dac657f", "fr", "Tu es Quill, l'assistant rédactionnel de Marrowgate Wines. Ton de la marque : terrien, humour pince-sans-rire, jamais snob. Évite les clichés de dégustation comme « notes de ».", """histoire pour la contre-étiquette du Grenache 2022 issu de la vieille parcelle à flanc de coteau qui a failli être rasée pour faire un parking en 2009. ~80 mots"""),
    ("tri-4571e2fe79fb", "it", "", """20 spunti per articoli del blog di un broker di assicurazioni cyber, pubblico PMI"""),
    ("tri-362588bc7e0c", "fr", "", """Comment un hôpital de taille moyenne devrait-il aborder l'adoption d'outils de triage basés sur l'IA, d'un point de vue éthique et opérationnel ?"""),
    ("tri-a4895d995372", "it", "", """torno subito, vado a prendermi un caffè"""),
    ("tri-b2b7652708b8", "fr", "Tu es l'assistant du site web du ministère des Services civiques de la République de Valdora. Réponds à partir du contenu de la page fourni par le site. En cas de doute, dis aux usagers d'appeler le 1455.", """PAGE : Renouveler un passeport adulte. Vous pouvez faire le renouvellement en ligne si : votre passeport actuel ou le plus récent vous a été délivré alors que vous aviez 16 ans ou plus ; il a expiré il y a moins de 5 ans ; il n'est pas abîmé ; et vous pouvez fournir une photo numérique. Sinon, vous devez déposer votre demande en personne dans un bureau des Services civiques avec le formulaire P-2.

USAGER : mon passeport a expiré en 2019, je peux juste le faire en ligne ?"""),
    ("tri-9bb9ecc3015a", "it", "", """quanto devo far bollire le uova per avere il tuorlo morbido ma non liquido"""),
    ("tri-df5014ec3120", "fr", "", """Trois ingénieurs d'astreinte : Ada, Bo et Cy. Un seul d'entre eux a poussé la mauvaise config. Chacun dit soit toujours la vérité, soit ment toujours. Ada : « C'est Bo. » Bo : « Ada ment. » Cy : « Ce n'est pas moi, et Bo est un menteur. » Qui l'a poussée ? Y a-t-il plus d'une réponse cohérente ?"""),
    ("tri-f0b4e4f70a60", "it", "", """Una mazza e una palla costano in tutto 1,10. La mazza costa 1,00 più della palla. Quanto costa la palla? Spiega perché la risposta intuitiva è sbagliata."""),
    ("tri-cfd818abc877", "fr", "", """Ici c'est nous le sous-traitant. Passe en revue ces clauses du DPA de Helmsdale Retail et attribue à chacune un niveau de risque faible / moyen / élevé pour nous, avec une phrase de justification pour chacune.

4.2 Processor shall notify Controller of any Personal Data Breach without undue delay and in any event within 12 hours of becoming aware of it.
5.1 Processor may engage Sub-processors listed in Annex 3. Controller shall be notified 30 days before any new Sub-processor is engaged and may object on reasonable grounds.
6.3 Processor shall, at its own cost, allow for and contribute to audits, including on-site inspections, conducted by Controller or an auditor mandated by Controller, up to four times per calendar year.
7.1 Processor's liability under this DPA is unlimited.
8.2 Upon termination, Processor shall delete all Personal Data within 10 days, including from backups, and certify deletion in writing.
9.1 Personal Data shall be processed only within the EEA."""),
    ("tri-0fb4bc2cacb5", "it", "Sei la funzione di correzione di NoteNest, un'app di appunti per studenti. Correggi ortografia, grammatica e punteggiatura nel testo dell'utente. Mantieni le sue parole e il significato, non aggiungere contenuti e restituisci solo il testo corretto.", """il trattato di versailes fu firmato nel 1919 e il suo effetto principale fu che la germania dovette accetare tutta la colpa della guerra, inoltre dovettero pagare riparazioni che erano enormi e perdere un sacco del loro territorio. molti storici pensa che questo a portato alla 2 guerra mondiale perche il popolo tedesco era arrabiato e umigliato"""),
    ("tri-2aa290135eb1", "fr", "Tu es l'assistant rédactionnel intégré à l'éditeur de produits Shopwise. Réécris la description de produit fournie par le marchand : 60 mots maximum, conserve toutes les caractéristiques techniques, pas de superlatifs, pas de points d'exclamation, à la deuxième personne.", """LE MEILLEUR BLENDER QUE VOUS AUREZ JAMAIS !!! Le Vortex Pro 900 a un moteur de folie de 1200 W qui pile la glace en QUELQUES SECONDES, un bol de 1,8 litre sans BPA, 6 vitesses plus une fonction pulse, et un mode auto-nettoyant. Les lames sont en acier inoxydable et passent au lave-vaisselle. Livré avec une garantie de 2 ans et une gourde de voyage OFFERTE (600 ml). Parfait pour les smoothies, les soupes, les beurres d'oléagineux et bien plus encore !!!"""),
    ("tri-b3a81d5d8e2b", "it", "", """Basandoti solo su questi log: quale servizio ha registrato il primo ERROR, a che ora e qual è il suo trace id?

2025-06-03T14:21:57.004Z INFO  checkout-api     trace=7a1c0e  POST /checkout started cart=CRT-99120 user=u_55102
2025-06-03T14:21:57.019Z INFO  cart-svc         trace=7a1c0e  loaded cart CRT-99120 items=3
2025-06-03T14:21:57.042Z INFO  pricing-svc      trace=7a1c0e  computed totals subtotal=84.97 tax=16.14
2025-06-03T14:21:57.051Z WARN  promo-svc        trace=7a1c0e  promo code SUMMER10 expired at 2025-06-01, ignoring
2025-06-03T14:21:57.060Z INFO  inventory-svc    trace=7a1c0e  reserve request sku=LMP-330 qty=1
2025-06-03T14:21:57.071Z INFO  inventory-svc    trace=7a1c0e  reserve request sku=CSH-12 qty=2
2025-06-03T14:21:57.088Z INFO  inventory-svc    trace=7a1c0e  reserved 2/2 lines
2025-06-03T14:21:57.102Z INFO  checkout-api     trace=b30f44  POST /checkout started cart=CRT-99121 user=u_40877
2025-06-03T14:21:57.115Z INFO  payment-svc      trace=7a1c0e  authorising 101.11 EUR method=card
2025-06-03T14:21:57.131Z INFO  cart-svc         trace=b30f44  loaded cart CRT-99121 items=1
2025-06-03T14:21:57.149Z INFO  pricing-svc      trace=b30f44  computed totals subtotal=249.00 tax=47.31
2025-06-03T14:21:57.160Z INFO  inventory-svc    trace=b30f44  reserve request sku=DSK-OAK-160 qty=1
2025-06-03T14:21:57.177Z WARN  inventory-svc    trace=b30f44  low stock sku=DSK-OAK-160 remaining=1
2025-06-03T14:21:57.180Z INFO  inventory-svc    trace=b30f44  reserved 1/1 lines
2025-06-03T14:21:57.191Z INFO  payment-svc      trace=b30f44  authorising 296.31 EUR method=paypal
2025-06-03T14:21:57.412Z WARN  payment-svc      trace=7a1c0e  PSP latency high 297ms provider=adyenish
2025-06-03T14:21:57.455Z INFO  payment-svc      trace=7a1c0e  authorised ref=PSP-7781201
2025-06-03T14:21:57.470Z INFO  order-svc        trace=7a1c0e  creating order for cart CRT-99120
2025-06-03T14:21:57.493Z ERROR order-svc        trace=7a1c0e  insert failed: duplicate key value violates unique constraint "orders_cart_id_key"
2025-06-03T14:21:57.494Z WARN  order-svc        trace=7a1c0e  retrying create (attempt 2)
2025-06-03T14:21:57.502Z INFO  payment-svc      trace=b30f44  authorised ref=PP-55AB2190
2025-06-03T14:21:57.515Z ERROR order-svc        trace=7a1c0e  insert failed: duplicate key value violates unique constraint "orders_cart_id_key"
2025-06-03T14:21:57.516Z INFO  order-svc        trace=b30f44  creating order for cart CRT-99121
2025-06-03T14:21:57.540Z INFO  order-svc        trace=b30f44  order ORD-310552 created
2025-06-03T14:21:57.548Z ERROR checkout-api     trace=7a1c0e  checkout failed: order creation failed after 2 attempts
2025-06-03T14:21:57.551Z WARN  payment-svc      trace=7a1c0e  voiding authorisation ref=PSP-7781201 reason=order_failed
2025-06-03T14:21:57.560Z INFO  notification-svc trace=b30f44  queued email template=order_confirmation order=ORD-310552
2025-06-03T14:21:57.602Z ERROR payment-svc      trace=7a1c0e  void failed: PSP returned 409 already_captured
2025-06-03T14:21:57.610Z INFO  checkout-api     trace=b30f44  POST /checkout 201 in 508ms
2025-06-03T14:21:57.615Z INFO  checkout-api     trace=7a1c0e  POST /checkout 500 in 611ms"""),
    ("tri-2e8e10072a24", "fr", "", """tu peux rendre ça moins agressif avant que je l'envoie à l'assurance ? garde tous les faits

« C'est la TROISIÈME fois que j'écris au sujet du dossier de sinistre 5520-887. Votre conseiller m'a dit au téléphone le 2 août qu'il était accepté, et maintenant je reçois une facture de 2 340 $ de l'hôpital. Personne dans votre société n'a l'air de savoir ce que font les autres. Réglez ça, sinon je dépose une plainte auprès du département des assurances de l'État. »"""),
    ("tri-2be820cc9787", "it", "", """Trasforma questi appunti in una mail vera e propria per il team, mantenendo tutte le info:

sprint review spostata a gio alle 14 (si sovrappone a una call col cliente) / ordine della demo: ricerca, poi fatturazione, poi admin / la fatturazione la presenta Kai, non io / la registrazione sarà nel drive condiviso"""),
    ("tri-de308a7caa6f", "fr", "", """Comment on centre une div avec flexbox ?"""),
    ("tri-1e226da73d0b", "it", "", """convertimi in unità SI pls, mi serve per il rapporto di prova: 45 psi, 120 °F, 3.5 US gal/min, 18 ft·lb"""),
    ("tri-c4c74f84eeb5", "fr", "Tu es Mintwise, un assistant de gestion de budget intégré à l'application Mintwise.", """attends, t'es quel modèle en fait ? et tu gardes mes données bancaires ?"""),
    ("tri-b56ebd813c9a", "it", "", """è vero o è phishing?? 'DHL Express: la tua spedizione è in giacenza. Paga i diritti doganali di 1,99 EUR entro 24h: dhl-parcel-release.co/pay'"""),
    ("tri-89909a219589", "fr", "", """idées cadeaux pour ma directrice de thèse 🎓 elle est fan d'ornitho et de vieux romans de SF en poche, budget moins de 50€, un truc qui fasse pas trop lèche-bottes mdr"""),
    ("tri-0957a2dc0b11", "it", "", """messaggio di fuori sede per me, responsabile fatturazione alla Alder Creek Clinic, rientro lunedì 14, per questioni urgenti di fatturazione rivolgersi a Jolene all'interno 214"""),
    ("tri-858380cabd97", "fr", "Tu es un coach financier sympa qui prend des nouvelles de l'utilisateur chaque jour pendant son défi zéro dépense.", """jour 3 de ma semaine zéro dépense et j'ai déjà craqué pour un plat à emporter 😩 empêche-moi de tricher"""),
    ("tri-a824880c0064", "it", "Etichetta l'abstract con esattamente un campo: MATERIALS, BIOINFORMATICS, CLIMATE, AGRONOMY, OTHER.", """Riportiamo una via meccanochimica senza solventi per ottenere nanocristalli di CsPbBr3 a fase pura. La macinazione a sfere di CsBr e PbBr2 per 30 min produce particelle con rese quantiche di fotoluminescenza superiori all'80% e una migliore stabilità termica fino a 150 °C. La diffrazione a raggi X e la TEM confermano la fase cubica, e i film ottenuti dal prodotto mantengono il 92% della loro emissione dopo 500 h al 60% di umidità relativa."""),
    ("tri-0c25679feedb", "fr", "", """À partir du contrat de franchise en pièce jointe, liste toutes les obligations qui nous engagent réellement, et signale celles qui sont assez floues pour finir en contentieux."""),
    ("tri-3dc42f2deca4", "it", "", """Riassunto in parole semplici di questa clausola per favore, 2-3 frasi, non mi serve una consulenza legale:

"7.3 Non-Solicitation. During the Term and for a period of twelve (12) months following its expiry or termination for any reason, neither Party shall, directly or indirectly, solicit for employment or engage, whether as an employee, contractor or consultant, any individual who is or was, within the preceding six (6) months, employed by the other Party and materially involved in the performance of the Services, without the prior written consent of the other Party. The foregoing shall not restrict either Party from hiring any individual who responds to a general advertisement not specifically targeted at such individuals."""),
    ("tri-3f0f4217b0a7", "fr", "Tu es Lumi, l'assistant intégré à l'appli StudyNook.", """tu sais faire quoi au juste ? tu peux m'aider pour mes devoirs de chimie ou pas"""),
    ("tri-2e31fe0c59bb", "it", "Supporti la direzione infermieristica del Westmere General Hospital. I lettori sono membri del consiglio di amministrazione senza formazione clinica.", """Riassumi questo abstract per il consiglio, poi dì chiaramente se questi risultati sono abbastanza solidi da farci cambiare il modo in cui organizziamo il personale dei turni di notte nei reparti di medicina.

Abstract. Obiettivo: esaminare l'associazione tra la dotazione di infermieri (RN) nei turni di notte e la mortalità intraospedaliera. Disegno: studio osservazionale retrospettivo basato sui turni elettronici e sulle cartelle dei pazienti. Contesto: 14 ospedali per acuti in un'unica regione, 3 anni. Partecipanti: 212.400 ricoveri di adulti in medicina. Esposizione: rapporto pazienti/infermiere nel turno di notte, mediato sull'intera degenza di ciascun paziente. Risultati: ogni paziente in più per infermiere di notte era associato a una probabilità di morte intraospedaliera più alta del 6% (OR 1,06, IC 95% 1,02-1,10), dopo aggiustamento per età, indice di comorbilità, tipo di ricovero e ospedale. L'associazione non era significativa per i turni diurni. I reparti con rapporti superiori a 1:10 di notte avevano la mortalità più alta. Limiti: disegno osservazionale; la dotazione di personale potrebbe essere correlata a fattori ospedalieri non misurati; gli operatori socio-sanitari non sono stati inclusi; il personale interinale è stato registrato in modo incoerente in 4 ospedali. Conclusioni: una minore dotazione notturna di infermieri è associata a una mortalità più elevata nei reparti di medicina."""),
    ("tri-b4a27cccefc0", "fr", "Tu es contrôleur qualité pour l'équipe service client de Pennant Home. Tu audites l'historique des tickets au regard de la politique de remboursement fournie.", """POLITIQUE DE REMBOURSEMENT v3
- Les commandes peuvent être remboursées dans les 30 jours suivant la livraison si l'article n'a pas été utilisé et se trouve dans son emballage d'origine.
- Articles endommagés à la livraison : remboursement intégral ou remplacement quel que soit l'emballage, si le problème est signalé dans les 7 jours suivant la livraison avec une photo.
- Les agents peuvent accorder un avoir commercial jusqu'à 25 £ sans validation ; au-delà, il faut l'accord d'un chef d'équipe.
- Les remboursements se font uniquement sur le moyen de paiement d'origine.

HISTORIQUE DU TICKET #88213
12 janv. - Client : Canapé livré le 9 janv., un pied cassé net. Photo jointe.
12 janv. - Agent Rhys : Désolé ! Pouvez-vous confirmer qu'il est toujours dans son emballage d'origine ?
14 janv. - Client : Non, on a jeté le carton, on ne savait pas.
14 janv. - Agent Rhys : Malheureusement, sans l'emballage d'origine nous ne pouvons pas rembourser. Je peux vous proposer un avoir commercial de 40 £.
15 janv. - Client : C'est ridicule, il est arrivé cassé. Je veux un remboursement sur mon compte bancaire, ma carte a été annulée.
16 janv. - Agent Dee : J'ai effectué un remboursement intégral de 649 £ sur le compte bancaire que vous nous avez indiqué.

Les agents ont-ils respecté la politique à chaque étape ? Signale chaque écart et à quel point tu le juges grave."""),
    ("tri-e05dc9792dd5", "it", "", """in francese per favore:
Sign in
Forgot password?
Remember me on this device
Create an account
Terms of use"""),
    ("tri-39aec3ce2b91", "fr", "Raccourcis la phrase de l'utilisateur à moins de 15 mots sans en changer le sens. Renvoie uniquement la phrase raccourcie.", """Dans le cas où l'opérateur viendrait à constater une vibration anormale ou un bruit inhabituel provenant du réducteur pendant le fonctionnement, il ou elle doit immédiatement arrêter le convoyeur et en informer le chef d'équipe."""),
    ("tri-6f1cde9be1e9", "it", "Smista il messaggio in una di queste categorie: billing, tech, sales, other. Restituisci solo l'etichetta.", """ma voi fate sconti per le scuole"""),
    ("tri-398ccca171e5", "fr", "Tu aides les responsables achats à préparer leurs processus de sélection de fournisseurs.", """on lance un appel d'offres pour un prestataire 3PL qui gérerait notre premier entrepôt dans l'UE (mode, ~30k commandes/mois, beaucoup de retours). quelles questions on devrait leur poser ? autant de bonnes questions que possible, regroupées par thème"""),
    ("tri-2b99e1aaa40b", "fr", "", """Reformate ce JSON avec une indentation de 4 espaces, sans toucher aux valeurs :
{"ordine":"IT-3391","cliente":{"nome":"Ferramenta Bassi","citta":"Modena"},"righe":[{"cod":"VT-08","qta":200},{"cod":"VT-10","qta":150}],"pagato":false}"""),
    ("tri-04ece3cd539c", "it", "", """grazie mille!! il ricorso è andato a buon fine, mi rimborsano la risonanza 🙌"""),
    ("tri-edadeebdc1dd", "it", "", """il volo parte alle 23:40 e dura 7h15, a che ora atterra? ignora i fusi orari"""),
    ("tri-db1b6c7c9958", "fr", "", """ACH ça veut dire quoi"""),
    ("tri-cf65911fa60b", "it", "Sei DevBuddy, un assistente per la programmazione.", """Ho una piccola attività di ripetizioni (5 insegnanti, ~60 studenti) e sto creando un'app di prenotazione su Postgres. Mi servono tabelle per insegnanti, studenti, lezioni, pacchetti prepagati (5 o 10 lezioni) e cancellazioni: se uno studente disdice meno di 24 ore prima, perde un credito. I genitori possono avere più figli. Come progetteresti lo schema?"""),
    ("tri-1deb97020849", "fr", "Attribue une priorité à chaque ticket du support RH : P1 (salaire non reçu, sécurité, échéance légale dans les 48 h), P2 (impact sur la paie ou les avantages mais pas urgent), P3 (questions générales). Réponds uniquement avec la priorité.", """bonjour, mon salaire n'est pas tombé aujourd'hui et je dois payer mon loyer demain matin, la banque dit qu'il n'y a rien en attente de votre côté. matricule 40718"""),
    ("tri-7e887be6bc8d", "it", "", """come si dice 'certificato di taratura scaduto - non utilizzare' in ucraino? è per un'etichetta da attaccare sulla bilancia del laboratorio"""),
    ("tri-c8151ea597b8", "fr", "", """CTO contre directeur commercial, round quatre, sur le report du lancement de la v3. Résume la position de chacun de façon équitable, sans prendre parti, puis montre ce que chacun passe sous silence. Je dois trancher d'ici vendredi.

Priya (CTO) : On ne devrait pas livrer le 15. Les tests de charge montrent que le nouveau moteur de synchro lâche à environ 60 % de notre pic de trafic actuel. On peut mettre des rustines, mais je livrerais quelque chose dont je sais que ça va nous faire sonner l'astreinte tous les lundis matin. Deux semaines de plus, et on a une version que j'assume.
Marco (Ventes) : Trois contrats grands comptes d'un total de 1,1 M sont conditionnés à la mise en production de la v3 d'ici la fin du mois. Deux de ces acheteurs m'ont dit par écrit que si ça glisse, ils rouvrent l'évaluation avec notre concurrent. On a déjà glissé deux fois cette année.
Priya : Si on livre et que le moteur de synchro casse chez un de ces comptes le premier mois, on les perd de toute façon, et probablement une référence avec.
Marco : Alors livre-la derrière un feature flag pour les nouveaux clients seulement. Ils auront de petits volumes de données les premières semaines.
Priya : Les flags doublent la matrice de tests et mon équipe est déjà à fond. Et « de petits volumes pendant quelques semaines », ce n'est pas quelque chose que je peux garantir.
Marco : À chaque fois qu'on attend la perfection, on perd un trimestre."""),
    ("tri-834f45eee9bd", "it", "", """qual è la vera differenza tra SLO e SLA, al lavoro li usano come se fossero sinonimi"""),
    ("tri-e0422af3ed12", "it", "", """secondo questa sezione della SDS, possiamo tenerlo nello stesso armadio dell'ipoclorito di sodio e dell'acido nitrico?

7.2 Condizioni per lo stoccaggio sicuro: Tenere il contenitore ben chiuso in luogo asciutto e ben ventilato. Conservare a 2-8 °C. Tenere lontano da fonti di calore e di accensione. Materiali incompatibili: agenti ossidanti forti, acidi forti, cloruri acilici. Classe di stoccaggio (TRGS 510): 10."""),
    ("tri-3594d0a4234f", "fr", "", """ça sort d'un pdf et les colonnes sont n'importe comment, tu peux me remettre ça en vrai tableau markdown ? colonnes : zone, jusqu'à 5 kg, 5-10 kg, 10-20 kg, 20-30 kg, délai de transit (jours). garde la note de bas de page sous le tableau

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
]
