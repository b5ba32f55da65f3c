"""Training-only translations of hand-written English training prompts (chunk 10: it, fr)."""
T = [
    ("tri-d205032bccfa", "it", "", """rendi questo messaggio meno duro: "La sua candidatura è stata respinta perché non soddisfa i requisiti minimi per questo ruolo.\""""),
    ("tri-0a18fac129f0", "fr", "", "tu peux corriger ce panneau pour notre salle d'attente stp : 'Les patients ayant rendez-vous doivent se présenter a l'accueil au moins 15 minute avant l'heure prévu, sinon vous risquer de devoir reporté. Merci de votre patiance.'"),
    ("tri-ad56c239a618", "it", "", """in sintesi cosa dicono queste recensioni? sto pensando di portare i miei figli da questa pediatra

★★★★★ La dott.ssa Amadi è fantastica con la mia bimba ansiosa di 6 anni. Si è presa tutto il tempo, mai di fretta.
★★☆☆☆ In accettazione hanno perso i dati della nostra assicurazione DUE VOLTE. La dottoressa va bene ma la fatturazione è un disastro.
★★★★☆ Per le visite in giornata quando sono malati si trova posto facilmente, questo lo adoro. La sala d'attesa a volte è un caos.
★☆☆☆☆ Ci è arrivata una fattura a sorpresa per uno "screening dello sviluppo" di cui nessuno ci aveva parlato.
★★★★★ Le infermiere sono gentili, si ricordano il nome di mio figlio. Ai messaggi sul portale rispondono entro un giorno."""),
    ("tri-ac2e6acb5b87", "fr", "", "rends ça moins agressif stp : 'on vous a déjà dit deux fois que le remboursement prend 14 jours, arrêtez de nous envoyer des mails à ce sujet'"),
    ("tri-7006cf698472", "it", "", "Qual è il comando git per creare un nuovo branch e spostarsi subito su quello?"),
    ("tri-94ede0f07f74", "fr", "Tu es l'assistant de tri de Velora Telecom. Classe le message du client dans exactement une des catégories suivantes : BILLING, NETWORK_OUTAGE, DEVICE, PORTING, CANCELLATION, OTHER. Réponds uniquement avec le libellé.", "salut depuis hier plus aucun réseau dans mon appart à Lyon, le voisin a le même problème, y a une antenne en panne ??"),
    ("tri-1e93ea42f517", "it", "", """Assegna a ogni messaggio di commit il suo tipo conventional-commit (feat, fix, docs, refactor, test, chore, perf). Output nel formato `hash tipo`.

a41c9e2 add CSV export to the invoices page
7be0d13 handle null customer_id in webhook handler (was crashing)
c3f88a0 bump eslint to 9.3.0
19ad4f7 rewrite README install section for Windows users
e02b6c1 extract pricing rules into their own module, no behaviour change
5f7713d cache exchange rates for 10 min, cuts p95 by ~40ms
880d2ea add missing tests for the refund edge cases"""),
    ("tri-6f1b99b1e132", "fr", "", "histoire de lancement produit pour nos capsules de café compostables, racontée par une des capsules. 200 mots, ton espiègle, ça finit quand elle devient du terreau pour un plant de tomates. la marque c'est Grounded Co."),
    ("tri-362588bc7e0c", "it", "", "Come dovrebbe ragionare un ospedale di medie dimensioni sull'adozione di strumenti di triage basati sull'IA, dal punto di vista etico e operativo?"),
    ("tri-a39acab1754f", "fr", "", """c'est quoi le timeout de l'upstream payments là-dedans

upstreams:
  catalog:
    url: http://catalog.svc:8080
    timeout_ms: 2000
    retries: 2
  payments:
    url: http://payments.svc:9000
    timeout_ms: 4500
    retries: 0
  search:
    url: http://search.svc:7700
    timeout_ms: 800"""),
    ("tri-91f8c9514191", "it", "", """Documento di lore per l'ambientazione della nostra campagna di gioco di ruolo (condiviso con i giocatori):

The Saltbound Reaches are a chain of islands built on the backs of sleeping leviathans. Every 70 years one of them wakes and an island sinks. The Cartographers' Guild predicts which one by reading the tides; their predictions are sold, and the rich move early. The poor stay, because the Guild charges for the charts and the ferry captains charge whatever they want.

The next waking is due in the spring. The Guild has said it will be Lanternfall, the fishing island, and there is already panic in its harbour. But one apprentice cartographer, Ysolde Marr, found an error in the old tide tables. She believes it is actually Greyhaven, where the Guild itself has its headquarters.

Factions: the Guild (secretive, rich), the Ferrymen's Union (greedy but proud), the Lanternfall Fisherfolk (stubborn, superstitious), the Tidewardens (a small order of monks who claim to speak to the leviathans).

Scrivi un racconto breve (800-1000 parole) dal punto di vista di Ysolde, la notte in cui si accorge dell'errore. Atmosfera suggestiva, e deve chiudersi su una decisione, non su una risoluzione."""),
    ("tri-f988b34aa945", "fr", "", "Est-ce que je peux déduire mon bureau à domicile si je suis salarié W-2 et que je fais aussi du freelance le week-end ? Explique-moi les règles qui s'appliquent."),
    ("tri-6129dd532834", "it", "", "la mia franchigia è di $1,750 e quest'anno finora ne ho pagati $1,185. quanto manca prima che l'assicurazione inizi a pagare"),
    ("tri-38f221e32df8", "fr", "", "Écris un petit poème pour la carte de départ à la retraite de Deb. Ça fait 31 ans qu'elle est infirmière de nuit en réa à St. Anselm's, connue pour son café immonde, son gilet aux poches pleines de tampons d'alcool, et pour n'avoir jamais perdu son sang-froid pendant une urgence vitale. Drôle, mais ça doit aussi faire un peu pleurer les gens."),
    ("tri-7e11b4ea89aa", "it", "", "ma perché le banche sono obbligate a tenere del capitale, e cosa ha cambiato davvero Basilea III rispetto a prima del 2008?"),
    ("tri-1397119498a0", "fr", "", "comment on calcule le GPA dans les facs américaines ? les plus et les moins comptent ?"),
    ("tri-32493675e717", "it", "", "Dovrei dire alla mia responsabile che sto facendo colloqui altrove? Mi fido di lei ma non ne sono sicuro."),
    ("tri-975c9dc5a5e9", "fr", "Relais de chat en direct pour le support d'Orrinda Software. Traduis chaque réponse de l'agent en portugais du Brésil pour le client. Renvoie uniquement la traduction.", "J'ai réinitialisé votre mot de passe. Merci de vérifier votre boîte de réception ainsi que vos spams, le lien expire dans 30 minutes."),
    ("tri-bf368dd098d3", "it", "", "git fetch vs git pull, qual è davvero la differenza? io faccio sempre pull e a volte mi crea un merge commit che non volevo"),
    ("tri-e91e741d927c", "fr", "Tu es assistant research-ops chez Trellic. Pour chaque transcription d'entretien, extrais les demandes de fonctionnalités formulées par le participant, y compris les besoins seulement sous-entendus. Rends une liste à puces ; chaque puce = la demande + une citation qui l'appuie.", """P07 (responsable des opérations, logistique, 40 licences)
Intervieweur : comment vous utilisez les rapports aujourd'hui ?
P07 : franchement, j'exporte tout dans Excel le lundi matin parce que je dois le fusionner avec notre planning des équipes. Ça me prend une heure. Et après je l'envoie par mail aux responsables de site parce que la moitié n'ont pas d'identifiant.
Intervieweur : et les alertes ?
P07 : on les reçoit, mais elles arrivent seulement chez moi, donc quand je suis en vacances personne ne les voit. La dernière fois, un dépôt est resté au rouge pendant deux jours.
Intervieweur : autre chose ?
P07 : la vue mobile, ça va. J'aimerais juste pouvoir voir les chiffres de l'an dernier à côté de ceux de cette année sans devoir créer un nouveau graphique."""),
    ("tri-528b30b5d926", "it", "", "come strutturano di solito le aziende la reperibilità retribuita per gli SRE in Germania, e quali regole sull'orario di lavoro (riposi, stand-by) potrebbero crearci problemi?"),
    ("tri-76cf8c570472", "fr", "", """Traduis cette note fiscale interne en coréen pour l'équipe finance de notre filiale de Séoul. Utilise la terminologie comptable et fiscale coréenne standard (usage K-IFRS / 법인세법), pas des traductions littérales.

À : Finance Séoul
De : Fiscalité Groupe
Objet : Points de clôture de l'exercice 2024

1. Prix de transfert : les frais de services intragroupe facturés par le hub de Singapour passeront de coût plus 5 % à coût plus 8 % à compter du 1er janvier. Merci de vous assurer que l'étude de comparabilité est bien archivée avant la comptabilisation de la première facture ; l'administration fiscale locale l'a demandée lors des contrôles précédents.
2. Impôts différés : nous prévoyons de comptabiliser un actif d'impôt différé au titre des déficits fiscaux reportables de l'entité de Busan, sous réserve que les prévisions à cinq ans justifient un bénéfice imposable futur suffisant. Merci d'envoyer les prévisions mises à jour d'ici le 6 décembre.
3. Retenue à la source : les redevances versées à la maison mère américaine sont soumises à une retenue à la source en vertu de la convention fiscale Corée–États-Unis. Confirmez que le certificat de résidence est valable pour 2025 avant le cycle de paiement de janvier.
4. Provisions : la provision pour restructuration comptabilisée au T3 doit être revue. Si la réduction d'effectifs n'est pas officiellement annoncée d'ici la fin de l'exercice, la provision risque de ne pas remplir les critères de comptabilisation et devra être reprise."""),
    ("tri-f8c5018d84c2", "it", "", "valori normali dell'HbA1c negli adulti senza diabete?"),
    ("tri-2185438ab981", "fr", "", "un limerick sur un vol retardé pour Oslo pour le twitter de notre compagnie aérienne, en mode autodérision stp"),
    ("tri-5824ec51c537", "it", "", "Va bene che mio padre (71 anni) prenda l'ibuprofene quasi tutti i giorni per il ginocchio, visto che prende anche il lisinopril e un diuretico? Quali sono i rischi reali?"),
    ("tri-6dc84b2c144b", "fr", "", """Le lecteur de plaques m'a exporté ça sous forme de grille. Tu peux le transformer en tableau long avec les colonnes well, sample, dilution, OD600 en te servant du plan de plaque ci-dessous ? Les puits de blanc étiquetés 'blank', les puits vides supprimés. Ne calcule rien, contente-toi de restructurer.

OD600 (read 2024-06-03 14:22)
     1      2      3      4
A  0.412  0.398  0.205  0.047
B  0.388  0.402  0.199  0.046
C  0.051  0.049  0.048  ---
D  ---    ---    ---    ---

Plan de plaque : A1-A2 WT 1:1 ; A3 WT 1:2 ; B1-B2 ΔrpoS 1:1 ; B3 ΔrpoS 1:2 ; A4, B4, C1-C3 = blanc LB. C4 et la ligne D vides."""),
    ("tri-3d7447a4b13e", "it", "", "Mi spieghi come funziona la terapia con cellule CAR-T a livello di secondo anno di biologia, compreso perché si verifica la sindrome da rilascio di citochine e perché funziona meglio nei tumori del sangue che nei tumori solidi?"),
    ("tri-4717bf4ec2a2", "fr", "", "l'essentiel en une ligne ? 'Si on consomme plus de 50 % du budget d'erreur mensuel en une semaine, les déploiements de fonctionnalités sont gelés jusqu'à la mise en prod d'un correctif de fiabilité.'"),
    ("tri-981efca67852", "it", "", "In che modo una controparte centrale di compensazione riduce il rischio sistemico nei mercati dei derivati, e in quali casi invece si limita a concentrare quel rischio?"),
    ("tri-4292439c3d2c", "fr", "", "Lettre d'une climatologue en 2050 à elle-même en 2025. Pleine d'espoir mais honnête sur ce qu'on a perdu. ~300 mots."),
    ("tri-01826ab09c9f", "it", "", """numeri CAS + intervalli di concentrazione dalla sezione 3 per favore, come elenco

SAFETY DATA SHEET – KLEERSTRIP HD-40 Industrial Degreaser
Revision date: 02.12.2024   Version 3.1
SECTION 1: Identification of the substance/mixture and of the company
Product code: KS-HD40-5L. Supplier: Quarrington Chemicals Ltd, Unit 4 Ferrybridge Trade Park.
SECTION 2: Hazards identification
Skin Irrit. 2 H315; Eye Dam. 1 H318; Aquatic Chronic 3 H412.
SECTION 3: Composition/information on ingredients
2-Butoxyethanol   CAS 111-76-2   EC 203-905-0   10–20 %   Acute Tox. 4 H302, H312, H332
Sodium metasilicate   CAS 6834-92-0   EC 229-912-9   3–5 %   Skin Corr. 1B H314
Alcohols, C9-11, ethoxylated   CAS 68439-46-3   1–3 %   Eye Dam. 1 H318
Tetrasodium EDTA   CAS 64-02-8   EC 200-573-9   0.5–1 %   Acute Tox. 4 H332
SECTION 4: First aid measures
Eye contact: rinse cautiously with water for several minutes. Remove contact lenses, if present and easy to do. Continue rinsing. Immediately call a poison centre or doctor.
Skin contact: wash with plenty of soap and water. Take off contaminated clothing and wash it before reuse."""),
    ("tri-89909a219589", "it", "", "idee regalo per la mia relatrice del dottorato 🎓 le piacciono il birdwatching e i vecchi tascabili di fantascienza, budget sotto i 50€, qualcosa che non sembri che le sto leccando il culo lol"),
    ("tri-3c8a03608fad", "fr", "", """Ci-dessous des extraits de la conférence téléphonique sur les résultats du T3 de Norvane Retail Group. Fais-moi un court résumé de ce qui a été dit ET dis-moi où la direction a semblé évasive ou là où les chiffres ne collent pas avec le discours - je rédige une note pour nos gérants de portefeuille.

PDG (Helena Marsh) : Nous sommes satisfaits d'un trimestre qui a démontré la résilience de notre modèle. Les ventes à périmètre comparable ont progressé de 2,1 %, portées par une solide performance de la maison et du jardin, et notre programme de fidélité compte désormais 14 millions de membres actifs. Nous avons continué à investir dans les prix, ce qui est selon nous la bonne décision sur le long terme.
DAF (Raj Kulkarni) : La marge brute s'établit à 31,4 %, en baisse de 160 points de base, ce qui reflète l'investissement prix et une hausse des opérations de déstockage dans l'habillement. Les coûts d'exploitation sont stables, les économies liées à la consolidation des centres de distribution compensant l'inflation salariale. Les stocks ont clôturé à 1,9 milliard, en hausse de 12 % sur un an, ce qui s'explique par des achats anticipés avant la haute saison. La dette nette est passée à 2,6 milliards. Nous confirmons nos prévisions annuelles d'un résultat d'exploitation compris entre 480 et 520 millions.
Analyste (Beaumont Securities) : Pouvez-vous nous parler de l'habillement ? Le déstockage laisse penser que vous avez trop acheté.
PDG : L'habillement a connu un été difficile à cause de la météo, mais nous avons confiance dans notre collection d'automne et les clients ont très bien réagi aux nouvelles collections ces premières semaines.
Analyste (Fenwick Capital) : Vos prévisions impliquent un quatrième trimestre très solide. Qu'est-ce qui vous rend confiants, compte tenu de l'évolution des marges ?
DAF : Nous disposons de plusieurs leviers, notamment le calendrier des dépenses marketing et les bénéfices de notre programme de réduction des coûts, et nous sommes à l'aise avec cette fourchette.
Analyste (Fenwick Capital) : Pouvez-vous commenter la marge de manœuvre sur les covenants de la ligne de crédit renouvelable ?
DAF : Nous restons confortablement dans le respect de tous nos covenants et nous ne donnons pas davantage de détails à ce sujet."""),
    ("tri-9d357f2388de", "it", "", "biglietto di ringraziamento per il team di fisioterapia, 1-2 righe, da parte mia (operazione al ginocchio a maggio)"),
    ("tri-ae3eeb9f635d", "fr", "", """Ajoute une readiness probe qui appelle /healthz sur le port 8080 (démarrage après 10s, toutes les 5s) et configure les ressources avec requests 250m/256Mi, limits 500m/512Mi. Laisse tout le reste tel quel.

apiVersion: apps/v1
kind: Deployment
metadata:
  name: permit-portal
  namespace: marrowfield-services
  labels:
    app: permit-portal
    team: citizen-digital
spec:
  replicas: 3
  selector:
    matchLabels:
      app: permit-portal
  template:
    metadata:
      labels:
        app: permit-portal
    spec:
      serviceAccountName: permit-portal
      containers:
        - name: web
          image: registry.marrowfield.test/citizen/permit-portal:2.14.3
          ports:
            - containerPort: 8080
              name: http
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
            - name: DB_HOST
              valueFrom:
                secretKeyRef:
                  name: permit-db
                  key: host
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: permit-db
                  key: password
            - name: MAX_UPLOAD_MB
              value: "25"
            - name: PAYMENT_GATEWAY_URL
              value: https://pay.marrowfield.test/api
            - name: JAVA_OPTS
              value: "-XX:MaxRAMPercentage=75"
          volumeMounts:
            - name: uploads
              mountPath: /data/uploads
      volumes:
        - name: uploads
          persistentVolumeClaim:
            claimName: permit-uploads"""),
    ("tri-7b1f7b23ab4a", "it", "Sei il generatore di note CRM per il servizio clienti di Lumio Mobile. Input: la trascrizione di una chiamata. Output: JSON con le chiavi summary (max 2 frasi) e next_step (una frase). Nessun'altra chiave.", """OPERATORE: Lumio Mobile, sono Giulia, come posso aiutarla?
CLIENTE: Salve, il mese scorso mi hanno addebitato 45 euro di roaming ma sono stato in Svizzera solo due giorni, pensavo che il roaming fosse incluso.
OPERATORE: Verifico subito. Allora, vedo che la sua offerta include il roaming UE, ma la Svizzera non fa parte della zona UE della sua offerta, quindi quelle sessioni dati sono state addebitate alla tariffa internazionale.
CLIENTE: Nessuno me l'ha detto. Non mi è arrivato neanche un SMS.
OPERATORE: Mi dispiace. Vedo che l'SMS di benvenuto non è stato inviato perché ha le notifiche SMS disattivate. In via eccezionale posso rimborsarle la metà, 22,50, e le aggiungo il Travel Pass così la prossima volta spende meno.
CLIENTE: La metà? Va bene, ok, e sì, aggiunga il pass.
OPERATORE: Fatto. L'accredito lo vedrà sulla prossima bolletta. Posso fare altro?
CLIENTE: No, grazie."""),
    ("tri-1b3e23d9a10b", "fr", "Tu es analyste chez Tidewater Bio Ventures, un investisseur early-stage dans les sciences de la vie. Tes synthèses doivent se terminer par ta propre évaluation de la crédibilité scientifique et de ce qui devrait être vrai pour que le dossier soit investissable.", """Extrait du deck des fondateurs, partie technique :

Our platform, NeuroLume, uses a proprietary engineered AAV capsid (NL-9) that crosses the blood-brain barrier after intravenous administration. In non-human primates (n=3), NL-9 achieved 40-fold higher transduction in the cortex compared with AAV9 at the same dose, with no observed liver toxicity at 2 weeks. Our lead program targets a rare monogenic epilepsy (approx. 4,000 patients in US/EU). We have an exclusive licence from the university for the capsid and expect to file an IND within 18 months. Manufacturing will be outsourced to a CDMO; we have a signed letter of intent. We are raising 22M to fund IND-enabling studies."""),
    ("tri-2729949fdc86", "it", "", "monologo per il cattivo della recita natalizia della nostra compagnia teatrale amatoriale: il presidente del comitato di quartiere ubriaco di potere che fissa l'altezza dell'erba nei giardini. 1 minuto, energia a palla"),
    ("tri-43281b0d2c00", "it", "", """Fammi un riassunto in francese (max 5 righe) di questo report, è per la direzione di Lione che non legge l'inglese:

Quarterly Safety Report - Plant 3 (Brno)
Lost-time incidents fell from 4 to 1 compared with the previous quarter; the remaining incident was a hand laceration during blade replacement on line B, and the lockout procedure has since been retrained for all maintenance staff. Near-miss reporting increased by 35% following the introduction of the anonymous reporting app, which we consider a positive sign. The forklift speed limiters installed in August are now active on all 22 vehicles. Two findings from the external audit remain open: emergency lighting in the raw-material store (contractor booked for November) and the missing eye-wash station near the new coating unit (parts delivered, installation scheduled next week). Overall safety training completion stands at 94%, below the 98% target, mainly because of temporary staff hired for the peak season."""),
    ("tri-2a8240ab4862", "fr", "", """Je tiens la compta de quatre petits clients et j'en ai marre de ressaisir les exports bancaires. Ci-dessous, des lignes d'exemple de trois banques. Conçois un schéma de table unifié (noms de colonnes, types, convention de signe, gestion des opérations en attente vs comptabilisées et du solde courant) dans lequel les trois peuvent être mappées, et montre chaque ligne d'exemple mappée dans ce schéma.

Bank 1 (Cobalt Federal, CSV):
Date,Description,Debit,Credit,Balance
10/02/2024,"POS PURCHASE HOME DEPOT 4471",212.18,,8,410.55
10/03/2024,"DEPOSIT MOBILE",,1,500.00,9,910.55

Bank 2 (Mariner CU, CSV):
Posting Date|Effective Date|Amount|Type|Memo|Check #
2024-10-02|2024-10-01|-45.00|ACH|ADP PAYROLL FEES|
2024-10-04|2024-10-04|-1200.00|CHECK|CHECK PAID|10422

Bank 3 (Stellar Bank, JSON from their API):
{"txn_id":"st_88af1","booked":false,"value_date":"2024-10-05","amount":{"value":"-73.40","currency":"USD"},"counterparty":"AMZN Mktp US","category_hint":"shopping"}
{"txn_id":"st_88af2","booked":true,"value_date":"2024-10-05","amount":{"value":"2300.00","currency":"USD"},"counterparty":"Orbit Client Svcs","category_hint":null}"""),
    ("tri-6533f4e1d8dc", "fr", "", "sors-moi les clés jira de ça stp : bloqué sur PAY-4412 tant que l'infra a pas mergé OPS-118, et PAY-4420 attend toujours la review de Dana"),
    ("tri-e221accc98f9", "it", "", "alla prossima sessione il gruppo arriva finalmente dalla regina lich. era la mentore del paladino. mi serve il monologo che fa prima dello scontro, tragico e non da cartone animato, ~200 parole, con un accenno al fatto che potrebbe ancora essere redenta"),
    ("tri-d8f2c7ae2d2a", "fr", "", """un titre pour ça, 10 mots max :

Les dockers du port de Valmera ont mis fin dimanche à une grève de neuf jours, après que l'autorité régionale de la logistique a accepté une hausse de salaire de 6,5 % sur deux ans et de nouvelles limites sur les nuits de travail consécutives. Les opérateurs de terminaux ont indiqué qu'il faudrait jusqu'à deux semaines pour résorber l'arriéré d'environ 40 000 conteneurs, et plusieurs compagnies maritimes ont déjà dérouté leurs navires vers des ports voisins."""),
    ("tri-d900b30944fe", "it", "", "Qual è l'ID CVE citato in: 'Patchata la CVE-2024-3094 in xz-utils, aggiornate tutti gli host di build per favore'?"),
    ("tri-7497363fe187", "fr", "", "Politique de retour : 'Retours sous 30 jours avec ticket de caisse ; les articles soldés ne sont ni repris ni échangés.' Est-ce que je peux rendre une veste soldée achetée la semaine dernière ?"),
    ("tri-45b8372563c3", "it", "", """P1 P2 o P3?

Pulsante di checkout disattivato per tutti gli utenti su Safari dalle 09:40, impatto sul fatturato confermato dal reparto finance"""),
    ("tri-219040d00dc8", "fr", "", """tu peux transformer mon entrée de cahier de labo en un résumé de 3-4 phrases façon abstract pour les slides de la réunion d'équipe ?

2024-05-14. Repeated Suzuki coupling of 4-bromoanisole + phenylboronic acid with the new Pd-NHC precatalyst (0.5 mol%), K2CO3, EtOH/H2O 3:1, 60 °C. Run 1: 94% isolated after 2 h. Run 2 with 0.1 mol% cat: 88%, 4 h. Run 3 in air (no degassing): 91%, so air tolerant. Tried 4-chloroanisole: only 23% after 24 h, aryl chlorides still a problem. Catalyst recovered by filtration? No, homogeneous, forget it. Next: try higher T for chlorides, maybe 80 °C."""),
    ("tri-51d563c91e3a", "fr", "", "valeurs possibles pour une liste déroulante cancellation_reason sur un formulaire de résiliation d'abonnement à une salle de sport ? 6 à peu près"),
    ("tri-33ea94397118", "it", "", "In base al contratto d'affitto allegato e alla mail del mio padrone di casa, sono davvero tenuto a pagare la riparazione della caldaia? Analizza clausola per clausola."),
    ("tri-21f373e8d66c", "fr", "Tu es Nova, l'assistante virtuelle du service client de Brightcart.", "attends t'es un bot ou une vraie personne ??"),
    ("tri-851e6e5fbe70", "it", "", "perché il mio componente react si ri-renderizza all'infinito quando metto un oggetto nell'array delle dipendenze di useEffect, e qual è il modo corretto di sistemarlo in tutta la nostra codebase dove questo pattern compare 40 volte?"),
    ("tri-da7367cb0101", "fr", "", """Je mène ma première partie de D&D samedi pour 4 potes qui n'ont jamais joué. Tu peux m'écrire la narration d'ouverture que je vais lire à voix haute, environ 2 minutes ?

Cadre : une ville fluviale noyée dans le brouillard, Bassemare, construite sur pilotis. Il y a trois nuits, le gardien des lanternes a disparu et toutes les lanternes se sont éteintes en même temps. Depuis, quelque chose vole les filets de pêche, et la nuit dernière une petite fille a juré avoir vu une grande silhouette marcher sur l'eau.

Les personnages sont des inconnus arrivés chacun par le même bac pour des raisons différentes : un clerc nain, une barde tieffeline, un rôdeur demi-elfe et un magicien gnome. Termine la narration au moment où le bac heurte le ponton et où le maire court vers eux, à bout de souffle. Inquiétant mais pas trop flippant, un des joueurs a 12 ans."""),
    ("tri-da997a2b41c4", "it", "", "one liner per contare il totale delle righe di tutti i file .csv nella dir corrente, senza contare la riga di intestazione di ciascuno"),
    ("tri-b0e78b645649", "fr", "", """Tu peux lister toutes les dates et échéances de cette lettre avec ce qui est attendu pour chacune ? Juste la liste.

---
Dear Ms. Okafor,

Re: Notice of Proposed Adjustment, Tax Year 2022, Account ending 3390

Our records indicate a discrepancy between the wages reported on your Form W-2 from Tessel Logistics LLC and the amount reported on line 1a of your return filed on April 11, 2023. We propose an adjustment resulting in additional tax of $1,846 and interest computed through November 30, 2024.

If you agree with the proposed changes, sign the enclosed response form and return it by December 27, 2024. Payment may be made online; if full payment is received by January 10, 2025, no further interest will accrue after that date.

If you do not agree, you must send a signed statement explaining why, along with supporting documents, by December 27, 2024. You may also request a conference with our Appeals office; requests must be postmarked no later than January 24, 2025.

If we do not hear from you by December 27, 2024, we will send you a statutory notice of deficiency, after which you will have 90 days to petition the Tax Court.

Please note our offices will be closed December 24 through December 26, 2024. Calls received during that period will be returned starting December 30.

Sincerely,
Examination Unit 7"""),
    ("tri-0b92643d530d", "it", "", """Contesto per l'executive summary. Il nostro SLA con CloudMarrow (Allegato 3): "Obiettivo di disponibilità del 99,9% per mese solare per il servizio Managed Database. Esclusi dal calcolo della disponibilità: (i) la manutenzione programmata notificata con almeno 72 ore di anticipo; (ii) i disservizi causati da azioni od omissioni del Cliente, comprese le modifiche di configurazione avviate dal Cliente; (iii) cause di forza maggiore. Crediti di servizio: 10% del canone mensile per disponibilità inferiore al 99,9%, 25% sotto il 99,0%."

Thread del ticket:
- 04 mar 13:02 CloudMarrow: Avviso di manutenzione programmata: aggiornamento di versione minore del vostro cluster prod-db-2 il 06 mar dalle 02:00 alle 03:00 UTC.
- 06 mar 02:14 Noi: prod-db-2 irraggiungibile dopo l'avvio dell'aggiornamento.
- 06 mar 02:40 CloudMarrow: L'aggiornamento è fallito perché il parameter group che avete modificato il 05 mar imposta max_connections oltre il valore supportato per questa classe di istanza. Eseguiamo il rollback.
- 06 mar 09:55 CloudMarrow: Cluster ripristinato.
- 06 mar 10:10 Noi: Quel parametro l'abbiamo cambiato a gennaio, non il 05 mar. Controllate il vostro audit log.
- 07 mar 16:20 CloudMarrow: L'audit log mostra una modifica del parametro da parte del vostro utente IAM deploy-bot il 05 mar alle 22:47 UTC.
- 07 mar 17:02 Noi (nota interna, Kofi): deploy-bot riapplica l'intero parameter group a ogni deploy; il valore in sé non è cambiato da gennaio.

Secondo questo SLA, chi risponde delle ~8 ore di downtime, e ci spettano dei crediti? Esponi gli argomenti di entrambe le parti e dimmi quale è più solido."""),
    ("tri-1a114768d36e", "fr", "", "c'est une arnaque ?? reçu ce matin : 'USPS: Your parcel is on hold due to incomplete address. Update within 24h: usps-redelivery-help.top/track'"),
    ("tri-8213099dc90c", "it", "", """traducimi questa frase in parole povere lol, è del nostro VP

"D'ora in avanti faremo leva sulle sinergie cross-funzionali per fare il right-sizing della nostra go-to-market motion e fare double-click sui verticali ad alta velocity.\""""),
    ("tri-49b79f712dd4", "fr", "", "dans mon roguelike y a des objets maudits mais chaque malédiction c'est juste -X% sur une stat et c'est chiant à mourir. brainstorme des malédictions qui changent COMMENT on joue. 20+, plus c'est bizarre mieux c'est, mais faut que ce soit implémentable dans un jeu au tour par tour sur grille"),
    ("tri-d12eb7798bf5", "it", "", "Siamo una non profit di 12 persone. Classifica ciascuno di questi 15 contratti con i fornitori come da mantenere, rinegoziare o disdire, considerando il taglio del 30% al nostro budget e le priorità della nostra missione, e motiva ogni scelta."),
    ("tri-c8ed5e6fbc89", "fr", "", "un discours de mariage de 2 minutes pour ma sœur Camille et son mari Julien — ils se sont rencontrés dans une salle d'escalade"),
    ("tri-7d9754d1f98b", "it", "", "nomi per il nostro nuovo data catalog interno? magari qualcosa di nautico, il container registry si chiama già Harbor"),
    ("tri-7e887be6bc8d", "fr", "", "comment on dit 'certificat d'étalonnage expiré - ne pas utiliser' en ukrainien ? c'est pour une étiquette sur la balance du labo"),
    ("tri-304eb4440368", "it", "Traduci le notifiche push di un'app bancaria dall'italiano al coreano. Restituisci solo la traduzione.", "Il tuo bonifico di $250 a Min-ji Park è programmato per venerdì."),
    ("tri-305d7f412290", "fr", "", """j'ai juste besoin des nouveaux objets + leurs taux de drop, ignore tout ce qui est équilibrage

Patch 3.7.2 – "Tides of Verran"
- Fixed a bug where Stormcaller's ultimate could hit through walls.
- New item: Coral Aegis (shield). Drops from the Drowned Warden, 4% rate.
- Reduced Frostbrand slow duration from 2.0s to 1.5s.
- New item: Brinewalker Boots. Drops from any elite in the Sunken Vault, 1.2% rate.
- New cosmetic: Pearl Crown, available in the shop for 800 gems.
- Leviathan Fang drop rate increased from 0.5% to 0.8%."""),
    ("tri-a24edb0542ea", "it", "", """Domanda per il canale dei moderatori. Questo commento sul nostro repo viola il codice di condotta (molestia / acceso ma ok)? La issue riguarda la rimozione della vecchia API dei plugin.

> @rkline è chiaro che non l'hai mai fatto girare in produzione. magari limitati a scrivere la documentazione e lascia le decisioni sull'API a chi sa cosa sta facendo. è la terza volta che il tuo 'cleanup' ci rompe le build."""),
    ("tri-978ef0be48f7", "fr", "", """Notre table clients contient des adresses du Royaume-Uni, du Japon, du Brésil, d'Allemagne et des Émirats, toutes entassées dans 'address1..address3, city, postcode'. Les japonaises sont écrites du plus grand au plus petit, beaucoup d'adresses aux Émirats n'ont pas de code postal du tout, les brésiliennes mélangent bairro et rue, et certaines lignes britanniques ont le code postal dans address3. Conçois un modèle d'adresse normalisé qui marche pour les cinq pays (champs, lesquels sont optionnels selon le pays, règles de validation), explique les compromis, et montre ces trois lignes migrées :
1) address1='〒150-0002 東京都渋谷区渋谷2-21-1', address2='ヒカリエ 11F', city='Tokyo', postcode=''
2) address1='Rua Augusta, 1508 - Consolação', address2='Apto 71', city='São Paulo - SP', postcode='01304-001'
3) address1='Villa 14, Street 27', address2='Al Barsha 2', address3='near Mall of the Emirates', city='Dubai', postcode=''"""),
    ("tri-c8aabe0557bc", "it", "", "'il cibo era freddo e il cameriere ci ha ignorati per 40 minuti' è positivo o negativo?"),
    ("tri-d7a4206dde0d", "fr", "", "750 g à 4,20 ou 1 kg à 5,40 - lequel est le moins cher au kilo ?"),
    ("tri-46fc29e7c48d", "it", "", """Dal nostro contratto di magazzinaggio e trasporto con Brenner Logistik:

7.2 L'Appaltatore è responsabile della perdita o del danneggiamento delle merci dal momento in cui sono accettate presso i locali dell'Appaltatore o ritirate dal veicolo dell'Appaltatore fino alla consegna al destinatario.
7.3 Le merci in giacenza presso un terminal portuale in attesa di sdoganamento restano in custodia dell'operatore del terminal; la responsabilità dell'Appaltatore è sospesa durante tale periodo, salvo che il ritardo nello sdoganamento sia imputabile all'Appaltatore.
7.4 L'Appaltatore è tenuto a informare il Cliente entro 24 ore dal momento in cui viene a conoscenza di qualsiasi evento suscettibile di causare ritardi, inclusi documenti mancanti o errati.
9.1 Il Cliente è responsabile di fornire documentazione doganale completa e corretta almeno 48 ore prima dell'arrivo della nave.
11.3 I costi di demurrage e detention sostenuti a causa della mancata consegna dei documenti da parte del Cliente sono a carico del Cliente.

Situazione: il container MSKU 448120-3 è rimasto fermo al CTA di Amburgo per 9 giorni perché nella fattura commerciale che abbiamo inviato c'era il codice HS sbagliato. Brenner se n'è accorta il secondo giorno ma ce l'ha detto solo il sesto. Durante l'attesa, un guasto a una presa reefer del terminal ha danneggiato parte del carico (formaggio refrigerato).

In base a questo contratto, chi si fa carico del danno alla merce e chi paga il demurrage? Analizza clausola per clausola."""),
    ("tri-60ac7ad17149", "fr", "Tu rédiges les communications destinées aux clients de Stratavault, une entreprise B2B de stockage cloud. Une relecture juridique suivra, mais ton brouillon doit déjà éviter toute reconnaissance de responsabilité et toute spéculation.", """Transforme ce postmortem interne en rapport post-incident public pour la page de statut, à destination des clients. Il doit être assez transparent pour que les clients grands comptes nous fassent confiance, ne pas accuser nommément notre fournisseur en amont (contrat), ne pas reconnaître de négligence, et indiquer clairement ce qu'on change. Tu peux retravailler librement.

INTERNAL: On Oct 12 from 09:14 to 11:52 UTC, object uploads to the eu-west region failed for ~35% of requests and ~0.02% of objects uploaded between 09:14 and 09:20 were written with corrupted checksums and are unreadable. Root cause: a config push by our team disabled the checksum validation step on 3 of 12 storage nodes (the change was meant for the staging cluster; tooling didn't distinguish env). Recovery was slowed because the DC provider (Ferrit Hosting) had an unrelated network maintenance that made two replacement nodes unreachable. We have identified all affected objects (4,112 objects across 61 customers) and will contact those customers directly; data cannot be recovered from our side but 58 of 61 customers have versioning enabled so older versions exist. Changes: env-scoped config pushes, mandatory 2-person approval for storage config, checksum canary."""),
    ("tri-4efe517f2cae", "it", "", "Credo che mio figlio adolescente sia vittima di bullismo online, ma non ne vuole parlare. Come posso affrontare la cosa?"),
    ("tri-124177f1da15", "fr", "", """Ça prend ~40 minutes sur 10M de lignes (df est trié par account_id, booked_at). Vectorise-le avec pandas/numpy. Les résultats doivent être IDENTIQUES à ceux de la boucle, y compris ce qui se passe sur les lignes RESET et aux changements de compte, parce que la finance fait ses rapprochements avec l'ancienne sortie. kind vaut "TXN", "FEE", "INTEREST" ou "RESET". amount est NaN sur les lignes RESET et peut valoir 0.0 sur les lignes FEE qui ont été annulées. On est sur pandas 2.2 et la machine a 64 Go de RAM, donc la mémoire n'est pas le souci principal, c'est le temps d'exécution.

def running_balance(df):
    out = []
    prev_acct = None
    bal = 0.0
    streak = 0
    for row in df.itertuples():
        if row.account_id != prev_acct:
            bal, streak, prev_acct = 0.0, 0, row.account_id
        if row.kind == "RESET":
            bal = 0.0
            streak = 0
        else:
            bal += row.amount
            streak = streak + 1 if row.amount < 0 else 0
        out.append((bal, streak))
    df[["balance", "neg_streak"]] = out
    return df"""),
    ("tri-818a99a20e83", "it", "", "Suggerisci sei nomi di colonna in snake_case per un campo che contiene il timestamp dell'ultimo login di un utente."),
    ("tri-c78b90f354ce", "fr", "", "définis la 'comptabilité d'engagement' en une ligne, pour un débutant en compta"),
    ("tri-6d3b92435b8b", "it", "", "Non so nemmeno perché lo sto scrivendo qui. Da 3 anni lavoro nell'assistenza clienti di un negozio online di elettronica. Oggi ho gestito 64 chat, un tizio mi ha dato dell'inutile per un portatile che è letteralmente bloccato in dogana, e un altro ha detto che scoprirà dove abito perché il suo rimborso ci mette 5 giorni (è la banca, non io). Alla mia team leader interessano solo il CSAT e i tempi di gestione. Questo lavoro prima mi piaceva, sono pure brava a calmare la gente, ma ultimamente ogni turno mi fa paura e piango in macchina prima di entrare. Non posso semplicemente licenziarmi, devo pagare l'affitto e i risparmi mi basterebbero forse 2 mesi. Non so cosa sto chiedendo. Forse solo come superare questo periodo senza crollare."),
    ("tri-43fe6486cb3c", "fr", "Tu es l'assistant insights de l'équipe de recherche UX de Quillfare (un abonnement de kits repas). Les parties prenantes collent des transcriptions brutes.", """Focus group 3 (anciens abonnés), transcription partielle :

MOD : Qu'est-ce qui vous a fait suspendre votre abonnement ?
P1 : Franchement, c'était bien. La nourriture était bonne. On avait juste... beaucoup de choses en cours. J'oubliais tout le temps de sauter des semaines et après il y avait un carton devant la porte alors qu'on était partis.
P2 : Pour moi c'était les poubelles. Genre, la quantité de carton et ces packs de glace. Mon conjoint regardait le bac de recyclage et soupirait.
P3 : Enfin, je cuisine plutôt bien, donc parfois ça faisait un peu peinture par numéros ? Ce qui est très bien un mardi soir.
MOD : Est-ce que le prix a joué ?
P3 : Pas vraiment. Enfin. Quand je comparais avec ce que je dépenserais au marché, peut-être.
P1 : C'est plutôt qu'on paie la semaine d'avance, et si les plans changent, c'est perdu.
P4 : Mes enfants ne mangeaient pas la moitié. Je cuisinais la recette et au final je faisais des pâtes quand même.
P2 : Et ça fait plein de petits sachets en plastique. Je sais que c'est portionné, mais bon.
MOD : Qu'est-ce qui vous ferait revenir ?
P4 : Si je pouvais choisir par personne, peut-être.
P3 : Si j'avais plus l'impression de, je sais pas, d'apprendre quelque chose, pas juste d'assembler.

Extrais les objections au maintien de l'abonnement, y compris celles que les participants ne font que suggérer, et classe-les selon leur probabilité de s'appliquer à l'ensemble de notre base d'anciens abonnés. Indique explicitement lesquelles sont déduites plutôt qu'exprimées."""),
    ("tri-e284975a6a6a", "it", "", """Secondo il regolamento della HOA di Brookhaven Commons qui sotto, posso mettere i pannelli solari sulla falda del tetto che dà sulla strada? E mi serve prima un'approvazione?

Section 9 - Exterior Modifications
9.1 No exterior modification, addition or alteration to any Lot or Residence, including but not limited to changes in exterior colour, fences, patios, decks, antennas, satellite dishes and solar energy systems, shall be made until plans have been submitted to and approved in writing by the Architectural Review Committee (ARC).
9.2 The ARC shall respond to a complete application within 45 days. An application not responded to within 45 days shall be deemed approved.
9.4 Solar energy systems. In accordance with state law, the ARC shall not prohibit the installation of solar energy systems. The ARC may impose reasonable restrictions on location and appearance, provided they do not increase the cost of the system by more than 10% or reduce its efficiency by more than 10%. Roof-mounted panels shall be installed parallel to the roof surface and shall not extend above the ridgeline. Panels on a street-facing roof slope are permitted only where the homeowner demonstrates that a non-street-facing location would reduce efficiency by more than 10%.
9.5 Satellite dishes larger than one metre in diameter are not permitted."""),
    ("tri-cf5db229da81", "fr", "", "3 questions brise-glace pour un standup de 15 min avec les nouveaux stagiaires, rien de gênant"),
    ("tri-b560a7f55114", "it", "", """mia suocera indonesiana compie 70 anni la settimana prossima. ho scritto questa poesiola, me la puoi mettere in indonesiano mantenendo le rime e la dolcezza, non rigida come google traduttore?

Ai tuoi figli hai insegnato a cucinare e a pregare,
a ridere anche quando il cielo si faceva scuro sul mare;
settant'anni di porte aperte e di cuore,
se casa nostra è calda, è grazie al tuo calore."""),
    ("tri-e89ee1cedb09", "fr", "", "tldr ? 'En raison d'une panne informatique des douanes à Port-Saïd, tous les conteneurs entrants sont bloqués jusqu'à nouvel ordre. Aucun frais de stockage ne sera facturé pendant les 72 premières heures.'"),
    ("tri-4f1e53ad067b", "it", "", """mi tiri fuori solo la lista degli ingredienti da qui? il blog è luuunghissimo lol

Ok amici, prima di arrivare alla parte bella, lasciate che vi racconti dell'autunno in cui mia nonna preparò questa zuppa per la prima volta nella sua cucina minuscola vicino al lago. Pioveva da quelle che sembravano tre settimane di fila e tutta la casa profumava di paprika e lana bagnata. Negli anni ho modificato un po' la sua versione (scusa Baba!) ma l'anima è la stessa. Comunque! Vi servono 2 cucchiai di olio d'oliva e una cipolla dorata grande, tagliata a dadini. Poi prendete 3 spicchi d'aglio (o di più, non giudico), 2 carote medie e una costa di sedano. La star è 1 tazza di lenticchie rosse secche, sciacquate molto bene. Io aggiungo 1 cucchiaino di paprika affumicata e mezzo cucchiaino di cumino in polvere, più una latta da 400 g di pomodori a pezzi. Versate 1,2 litri di brodo vegetale e proprio alla fine spremeteci il succo di mezzo limone. Sale e pepe q.b., ovviamente, e una manciata di prezzemolo fresco se vi sentite raffinati. I miei figli odiano il prezzemolo quindi di solito lo salto, il che vi dice chi comanda davvero in questa casa. Scorrete in basso per la scheda ricetta da stampare, e non dimenticate di salvarla su Pinterest per dopo!"""),
    ("tri-89d46e343409", "fr", "", "trie ces SKU et vire les doublons : KT-220, AB-019, KT-220, ZX-551, AB-004, MM-310, AB-019, ZX-551"),
    ("tri-45e05412cc80", "it", "", "mia figlia di 15 anni vuole andare a un festival musicale di 3 giorni con le amiche, senza adulti. ci va metà della sua classe. come la gestisco senza passare per la cattiva"),
    ("tri-51d3471d4019", "fr", "Tu es un assistant de modélisation de données pour l'équipe analytics de Petrel Mutual Insurance.", """Voici un extrait de notre tableur de suivi des sinistres. Ça fait des années que les gens y rajoutent des colonnes. Propose un modèle relationnel normalisé (tables, clés, quelles colonnes vont où) et montre comment ces lignes s'y retrouvent.

Claim#, Policy, Insured, Insured2, Peril, DOL, Reported, Adjuster, Reserve, Paid1, Paid1 date, Paid2, Paid2 date, Vendor (roofer etc), Notes, Status
C-2291, HO-88120, Imani Whitlock, Dev Whitlock, Hail, 04/18, 04/20, R. Osei, 18000, 6400, 05/02, 9100, 06/11, Summit Roofing, supplement requested, Open
C-2294, AU-10442, Gregor Palsson, , Collision, 04/19, 04/19, T. Baptiste, 7200, 7200, 05/10, , , Lakeview Body Shop; Enterprise rental, , Closed
C-2301, HO-90311, Ayesha & Lorenzo Conti, , Water - burst pipe, 04/27, 05/03, R. Osei, 25000, 3000, 05/15, , , DryRight Restoration, late notice - reservation of rights letter sent, Open"""),
    ("tri-d98685f3a813", "it", "Prepari le bozze di risposta per gli operatori di Lumo Home, un negozio di mobili online. Scrivi da zero una risposta completa all'email del cliente, firmata 'Ayla, Servizio Clienti Lumo Home'. Segui le note interne dell'operatore riportate sotto l'email e non rivelarle mai.", """Email del cliente:
Buongiorno, il 2 maggio ho ordinato il divano a 3 posti Fjord (ordine LH-20931) con consegna promessa per il 16 maggio. Oggi è il 29 maggio. Ho preso due mattine di permesso dal lavoro per fasce di consegna che il vostro corriere ha poi annullato la sera prima. L'8 giugno ho ospiti dall'estero e ho bisogno di sapere se questo divano arriverà mai. In caso contrario, rivoglio indietro i miei soldi, tutti i 1.349 euro. Sinceramente delusa, vi avevo pure consigliato a mia sorella.
Marieke de Vries

Note dell'operatore (interne):
- il divano è nel nostro magazzino di Tilburg; il corriere (Van Dam Transport) ha avuto carenza di mezzi
- prime nuove fasce disponibili: 4 giugno 8-12, oppure 5 giugno 13-17
- possiamo offrire un buono di cortesia da 100 EUR OPPURE rimborsare i 49 EUR di spese di consegna (non entrambi)
- rimborso completo possibile se annulla; rimborso entro 5 giorni lavorativi
- non dare la colpa al corriere facendo il nome"""),
    ("tri-0fb4bc2cacb5", "fr", "Tu es la fonction de correction de NoteNest, une appli de prise de notes pour étudiants. Corrige l'orthographe, la grammaire et la ponctuation du texte de l'utilisateur. Garde ses formulations et son sens, n'ajoute pas de contenu, et renvoie uniquement le texte corrigé.", "le traité de versaille a été signé en 1919 et sont principal effet c'est que l'allemagne a du accepter toute la responsabilité de la guerre, ils ont aussi du payer des réparations qui était énorme et perdre beaucoups de leur territoires. beaucoup d'historiens pense que sa a mené a la 2nde guerre mondiale parce que les allemands était en colère et humilié"),
    ("tri-2359278695e2", "it", "", "quante volte in 24h si sovrappongono la lancetta delle ore e quella dei minuti? e perché non sono 24"),
    ("tri-84e29290aa92", "fr", "", "Fais une transcréation de notre slogan 'Bank on yourself' pour le Brésil — garde le jeu de mots si possible, donne 3 options avec des notes."),
    ("tri-0ced4390c04f", "it", "", """PRN-2F-EAST è nella allow list della vpn?
allow: PRN-1F-LOBBY, PRN-2F-WEST, PRN-3F-FIN, SCN-2F-EAST, PRN-4F-EXEC"""),
    ("tri-2131698e3d80", "fr", "", "traduis en polonais pour la page de statut : 'Maintenance programmée ce soir de 22:00 à 23:00 CET. Le VPN sera indisponible pendant ce créneau.'"),
    ("tri-aad25f2858aa", "it", "Sei un semplificatore di clausole usato dal portale clienti di Cobaltline Insurance. Per ogni clausola in input, restituisci la clausola riscritta in italiano semplice, con lo stesso livello di dettaglio. Restituisci solo la clausola riscritta.", "In deroga a qualsivoglia disposizione contraria contenuta nel presente contratto, l'Assicuratore non sarà tenuto a rispondere di alcuna perdita o danno cagionato da o derivante da deterioramento graduale, usura, corrosione, ruggine, ovvero da qualsiasi processo di pulitura, tintura, riparazione o restauro di qualsivoglia articolo, salvo che tale perdita o danno derivi direttamente da incendio o esplosione non altrimenti esclusi ai sensi della presente Polizza."),
    ("tri-2ff48567453e", "fr", "", """indente ça proprement + mets les mots-clés en majuscules, change pas la logique

select c.region, date_trunc('month', o.created_at) as month, count(*) as orders, sum(o.total) as revenue from orders o join customers c on c.id = o.customer_id where o.status in ('paid','shipped') and o.created_at >= now() - interval '12 months' group by 1, 2 having sum(o.total) > 10000 order by 1, 2;"""),
    ("tri-b0d7dedd1348", "it", "", "studente di magistrale in supply chain, idee per la tesi sulla catena del freddo dei vaccini nelle zone rurali? tipo 8-10 spunti da portare all'incontro col relatore giovedì"),
    ("tri-32691e9bba90", "fr", "", "Écris un discours de départ à la retraite émouvant pour notre cadre de santé, Joan, après 32 ans dans le service de cardiologie."),
    ("tri-c5ce1872c1a5", "it", "Sei l'editor di medical writing del Brookline Diabetes Center. Migliora le bozze di materiale educativo per i pazienti: ristrutturale per renderle più chiare, elimina il gergo, usa passaggi numerati dove c'è una sequenza e mantieni intatta ogni istruzione clinica. Se un'istruzione nella bozza sembra clinicamente non sicura o ambigua, mantienila ma segnalala in una nota alla fine invece di modificarla in silenzio.", """Usare la penna per insulina

Le penne per insulina sono un modo pratico per fare l'insulina. Prima di ogni iniezione dovresti eseguire un test di sicurezza (detto anche spurgo o priming), che consiste nel selezionare 2 unità e premere il pulsante con l'ago rivolto verso l'alto finché non compare l'insulina; se l'insulina non compare ripeti fino a 3 volte e se ancora non esce niente cambia l'ago. Poi seleziona la tua dose. Se vuoi, pulisci la pelle con l'alcol. Inserisci l'ago a 90 gradi nel tessuto adiposo della pancia, della coscia o della parte alta del braccio e premi il pulsante fino in fondo. Tieni l'ago dentro per qualche secondo. Gli aghi della penna si possono riutilizzare finché non perdono la punta. Le penne non ancora aperte si conservano in frigorifero, quelle in uso possono stare a temperatura ambiente fino a 28 giorni (controlla il foglietto illustrativo perché alcune sono diverse). Cambia sempre punto di iniezione per non farti venire i noduli. Non condividere mai la tua penna con nessuno, neanche se cambi l'ago."""),
    ("tri-c417939879b5", "fr", "", "Texte : 'La garantie couvre les défauts de fabrication pendant 24 mois à compter de l'achat. Les dommages accidentels ne sont pas couverts.' Question : un téléphone tombé par terre est-il couvert ?"),
    ("tri-ed6887c8c192", "it", "", "unità sulle frazioni in quinta elementare, metà classe dice che odia la matematica. idee per agganciarli?? cose di vita reale, giochi, qualsiasi cosa che non sia una scheda di esercizi"),
    ("tri-1b99366b1649", "it", "", """Stiamo unendo i dati delle prove in campo di 4 aziende agricole partner per uno studio sulle dosi di azoto e ognuno li manda in modo diverso. Proponi un unico schema di tabella pulito (nomi delle colonne, tipi, unità di misura, valori ammessi) in cui far rientrare tutto questo, e mostra come ogni riga di esempio viene mappata.

Farm A (xlsx): Plot | Trt | N kg/ha | Yield t/ha @14% | Date harv
  A-12 | T3 | 160 | 8.42 | 14/08/23
Farm B (csv): field_id,rep,treatment_code,n_rate_lb_ac,yield_bu_ac,harvest
  B7,2,N150,134,138.5,2023-08-19
Farm C (notes): "plot 4 rep 1, 120 N (split 60+60), harvested 21 Aug, 7.9 t dry"
Farm D (xlsx, two sheets): Sheet1 plot -> treatment; Sheet2 plot | moisture % | fresh weight kg per plot (plot = 12 m²)
  D-03 -> "N-high (180)"; D-03 | 17.2 | 11.6

Le rese alla fine devono essere confrontabili (stessa base di umidità), e vogliamo conservare l'informazione sulla distribuzione frazionata dove c'è."""),
    ("tri-d0ea3092f2a0", "fr", "", "demi-vie de la caféine"),
    ("tri-d8eb0a2838dc", "fr", "", """tu peux me lister les critères indispensables vs les petits plus de cette offre, que je compare avec mon CV

Coordinateur·rice des opérations junior – Fernhill Garden Centres (hybride, Bristol)

Qui sommes-nous : Fernhill est un groupe familial de quatre jardineries dans le sud-ouest de l'Angleterre. Nous renforçons notre équipe opérations centrale et cherchons une personne organisée qui ne panique pas quand un camion de 400 plants à massif arrive avec un jour d'avance.

Vos missions :
- Coordonner les livraisons fournisseurs sur nos quatre sites
- Tenir à jour les niveaux de stock dans notre logiciel d'inventaire
- Traiter les demandes des clients concernant les livraisons par téléphone et par e-mail
- Épauler l'équipe saisonnière pendant notre période chargée du printemps

Ce que nous recherchons (indispensable) :
- Au moins 1 an d'expérience dans un poste administratif, en commerce ou en logistique
- À l'aise avec Excel (RECHERCHEV, tableaux croisés dynamiques) et Google Workspace
- Permis de conduire britannique complet
- Disponible un samedi par mois

Un plus :
- Expérience d'un logiciel d'inventaire comme Lightspeed ou Vend
- Connaissances de base en plantes ou en horticulture
- CACES chariot élévateur
- Maîtrise du gallois

Ce que nous offrons : £24,500–£26,000, 25 jours de congés plus les jours fériés, 20 % de remise employé, parking gratuit sur tous les sites.

Pour postuler : envoyez votre CV et une courte lettre de motivation à careers@fernhillgc.co.uk avant le 14 mars."""),
    ("tri-0cf3df561059", "fr", "", """Classe chacun de ces commentaires des relecteurs en majeur / mineur / éditorial, que je sache par quoi attaquer pour la resoumission :

R1.1 The authors claim the biochar amendment 'drives' the increase in microbial biomass, but the design cannot separate biochar from the accompanying nitrogen input.
R1.2 Fig. 3 y-axis label is missing units.
R1.3 Please cite Lehmann et al. 2011 in the introduction.
R2.1 Only two sampling dates are reported; seasonal variation could explain the treatment effect.
R2.2 The statistical model treats plots as independent although they are nested in blocks.
R2.3 'Soil organic carbon' and 'SOC' are used inconsistently.
R2.4 Consider discussing the cost of biochar for farmers.
R2.5 The supplementary file lacks the raw microbial biomass values; please deposit them in a public repository."""),
    ("tri-f36c5c3fe48a", "it", "Rispondi solo in base al passaggio. Se l'informazione non c'è, rispondi 'non indicato'.", "Passaggio: L'ambulatorio è aperto dalle 8:00 alle 19:00 nei giorni feriali. D: aperto la domenica?"),
    ("tri-1f134c187940", "fr", "", """Il faut que cet export du fournisseur d'énergie soit nettoyé en CSV horaire : colonnes timestamp_utc (ISO 8601), meter_id, kwh. Problèmes : c'est en heure locale Europe/Berlin, changement d'heure du 27 oct compris, certaines lignes sont en Wh et pas en kWh, et Z2 remonte des valeurs au quart d'heure qu'il faut additionner par heure.

Zähler;Zeit;Wert;Einheit
Z1;27.10.2024 01:00;412;kWh
Z1;27.10.2024 02:00;398;kWh
Z1;27.10.2024 02:00;405;kWh
Z1;27.10.2024 03:00;390000;Wh
Z2;27.10.2024 01:00;101,5;kWh
Z2;27.10.2024 01:15;99,8;kWh
Z2;27.10.2024 01:30;100,2;kWh
Z2;27.10.2024 01:45;98,9;kWh"""),
    ("tri-7721c774053a", "it", "Aiuti i responsabili di sala dei ristoranti a organizzare i tavoli.", "Sabato ore 20, tavoli: due da 2, tre da 4, uno da 6, uno da 8. I tavoli da 4 si possono unire solo come T4+T5. Prenotazioni: 7 persone (compleanno, vogliono un unico tavolo), 5, 4, 4, 3, 2, 2, 2. Quelli da 3 devono stare vicino alla finestra (alla finestra ci sono solo T1 da 2 e T4 da 4). Riesco a far sedere tutti nello stesso turno? Mostrami l'assegnazione."),
    ("tri-bd8fdcacd05c", "fr", "", "Donne-moi les trois points les plus importants de ces notes de version : la v2.4 ajoute le SSO via SAML, corrige un crash lors de l'export de gros rapports, déprécie l'API v1 (suppression en v3.0) et améliore de 40 % le temps de chargement du dashboard."),
    ("tri-4beb562610b8", "it", "", """è phishing?? mi è arrivata stamattina, sembra abbastanza vera

From: Microsoft 365 <no-reply@m365-secure-notice.example>
Subject: Action required: mailbox storage full
Your mailbox has exceeded 99% of its quota. Incoming messages will be rejected after 24 hours. Verify your account to receive 50GB free: http://m365-quota-upgrade.example/verify?u=ops
Microsoft Corporation"""),
    ("tri-59f09774b0cb", "fr", "", """voici le brouillon de ma lettre pour une bourse (sujet : « Décrivez une difficulté que vous avez surmontée »). En 2-3 phrases, qu'est-ce qui ressort vraiment comme idée principale, et sois honnête, est-ce que c'est convaincant ou ça fait générique ?

Quand j'avais quinze ans, le restaurant de mon père a fermé, et j'ai commencé à travailler le week-end dans la laverie de ma tante pour aider à payer le loyer. Au début, j'avais honte parce que des camarades de classe venaient avec leur famille et me voyaient plier les vêtements d'inconnus. J'ai arrêté de lever la main en cours parce que j'étais toujours fatiguée, et mes notes en chimie sont tombées à C.

Le tournant, c'est quand un client régulier, un monsieur âgé qui s'appelait M. Abernathy, m'a remarquée en train de réviser entre deux machines et a commencé à m'interroger sur le tableau périodique pendant que ses draps séchaient. Il avait été professeur de lycée pendant trente ans. Chaque samedi pendant un an, il m'a apporté un nouvel exercice écrit au dos d'un ticket de caisse. À la fin de ma première, j'avais A en chimie et je donnais des cours gratuits à deux enfants plus jeunes de mon immeuble.

J'ai appris que le travail finit toujours par payer et qu'il ne faut jamais abandonner ses rêves. Travailler à la laverie m'a appris le sens des responsabilités, la gestion du temps et l'importance d'aider les autres. Je veux étudier la pharmacie pour pouvoir rendre à ma communauté ce que M. Abernathy m'a donné. Cette bourse me permettrait de me concentrer sur mes études au lieu de travailler trente heures par semaine."""),
    ("tri-b2b7652708b8", "it", "Sei l'assistente del sito web del Ministero dei Servizi Civici della Repubblica di Valdora. Rispondi usando il contenuto della pagina fornito dal sito. In caso di dubbio, invita gli utenti a chiamare il 1455.", """PAGINA: Rinnovo del passaporto per adulti. Puoi rinnovarlo online se: il tuo passaporto attuale o più recente è stato rilasciato quando avevi almeno 16 anni; è scaduto da meno di 5 anni; non è danneggiato; e puoi fornire una foto digitale. In caso contrario devi presentare domanda di persona presso un ufficio dei Servizi Civici con il modulo P-2.

UTENTE: il mio passaporto è scaduto nel 2019, posso fare tutto online?"""),
    ("tri-de308a7caa6f", "it", "", "Come faccio a centrare un div con flexbox?"),
    ("tri-45da78928613", "fr", "Tu extrais des données structurées. Réponds uniquement en JSON.", "Facture 4471 de Larkspur Foods, datée du 3 mars, 40 caisses d'huile d'olive à 23,50 l'unité, total 940,00, à régler sous 30 jours."),
    ("tri-0faba0cd6a67", "it", "", "Scrivi una didascalia di una sola frase per una foto del nostro team al picnic estivo."),
    ("tri-03aa62e79188", "fr", "", "Quelles fonctionnalités rendraient une appli de budget vraiment utile pour des freelances aux revenus irréguliers ?"),
    ("tri-a4020e6916af", "it", "", """Stiamo facendo la due diligence su Castellan Robotics. Da queste note al bilancio, estrai ogni obbligazione o esposizione che non è rilevata come passività nello stato patrimoniale, stima più o meno quanto potrebbe pesare ciascuna, e dimmi quali dovrebbero cambiare la nostra valutazione.

Note 14 — Commitments. The company has entered into a non-cancellable agreement with a contract manufacturer in Penang under which it must purchase a minimum of 4,000 actuator units per year for three years at a fixed unit price of USD 310. Purchases in the current year were 2,650 units.
Note 17 — Contingencies. A former distributor has filed a claim of EUR 2.4m alleging wrongful termination. Management, on the basis of legal advice, considers an outflow possible but not probable.
Note 18 — Guarantees. The company has guaranteed the bank overdraft of its 40%-owned associate, Castellan Asia Pte Ltd, up to SGD 3m. At year end the associate had drawn SGD 2.2m.
Note 21 — Warranties. Products carry a 24-month warranty. The warranty provision of USD 180k is based on historical claim rates of 0.8%; claim rates on the new R7 arm launched in Q4 are not yet known.
Note 23 — Subsequent events. After year end, the company agreed to an earn-out with the founders of the acquired vision start-up: up to USD 5m payable if revenue targets are met over the next two years."""),
    ("tri-eee53eaf07ea", "fr", "", """Il me faut un abstract d'environ 100 mots à partir de cette intro de chapitre, pour mon comité de thèse :

This chapter examines how recruitment algorithms used by mid-sized firms in Portugal and Spain shape the shortlisting of candidates over 50. Drawing on 34 semi-structured interviews with HR managers and an audit of 2,100 anonymised shortlisting decisions made between 2020 and 2023, I show that age-related disadvantage arises less from explicit age filters, which are rare, than from proxies such as "years since graduation" and gaps in employment history. Managers largely trusted the ranking produced by their applicant tracking systems and rarely reviewed candidates outside the top 20. The chapter argues that current non-discrimination law, which focuses on intent and explicit criteria, is poorly suited to these indirect effects, and proposes a duty to audit ranking tools as a complement to existing equality-body powers."""),
    ("tri-3eb83c5d17d9", "it", "", "391 è primo?"),
    ("tri-1dfdb6613f48", "fr", "", """On a un pic d'erreurs de préparation dans notre entrepôt de Venlo : 0,9 % des lignes le mois dernier contre 0,3 % d'habitude. Les faits qu'on a :
- ça a commencé vers la semaine 14
- concentré dans la zone C (petits articles santé & beauté) ; les préparateurs utilisent des terminaux RF avec scan de confirmation
- environ la moitié des erreurs sont du type « bon produit, mauvaise variante » (par ex. teinte 02 au lieu de teinte 03)
- on a réorganisé l'adressage de la zone C en semaine 13 pour mettre les références à forte rotation à l'avant
- un nouveau groupe de 12 préparateurs intérimaires a commencé en semaine 15
- le taux d'erreur de l'équipe de nuit est à peu près le double de celui de l'équipe de jour
- le scan de confirmation peut être contourné en tapant les 4 derniers chiffres du code-barres quand une étiquette est abîmée

Avant de lancer l'audit, liste toutes les causes plausibles qui te viennent à l'esprit et, pour chacune, le moyen le plus rapide de la confirmer ou de l'écarter."""),
    ("tri-54cb7d2785e6", "it", "", "scrivi una poesia breve e divertente sulla stagione delle dichiarazioni dei redditi per la newsletter interna del nostro studio commercialista. cita il caffè e le proroghe"),
    ("tri-effd8a54ab3c", "fr", "", "besoin d'idées de noms pour une néobanque destinée aux travailleurs des plateformes et aux livreurs. 15 options, courts, idéalement dispo en .com"),
    ("tri-637c7785f146", "it", "", "sinonimi di 'gran lavoratore' per il profilo del mio cv? l'ho scritto 3 volte lol"),
    ("tri-28ced7ff460a", "fr", "", "Réécris le communiqué d'excuses de notre entreprise au sujet de la fuite de données. Il doit être honnête, ne pas nous exposer juridiquement, rassurer les clients et ne pas sonner comme un modèle tout fait. Brouillon actuel : 'Nous prenons la sécurité au sérieux. Un incident s'est produit. Nous menons l'enquête.'"),
]
