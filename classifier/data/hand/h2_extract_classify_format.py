"""Hand-written prompts, batch 2: extraction, classification, formatting."""
H = [
    # ------------------------------------------------------------------ extraction, escalate 0
    ("extraction", 0,
     "You are a JSON-only extraction service for Northwind Freight's document intake. Input: OCR text of a bill of lading. "
     "Output a single JSON object with keys shipper, consignee, notify_party, container_numbers (array), gross_weight_kg (number), "
     "port_of_loading, port_of_discharge, vessel, voyage. Use null for anything not present. Never add commentary.",
     """BILL OF LADING No. NWF-BL-2291-0457   ORIGINAL
SHIPPER: Halvorsen Textile Mills AS, Industrigata 14, 3045 Drammen, Norway
CONSIGNEE: TO ORDER OF Banco Meridional do Sul S.A.
NOTIFY PARTY: Casa Tavira Confeccoes Lda, Rua do Almada 210, 4050-032 Porto, Portugal
VESSEL / VOYAGE: MV NORDIC TERN / 24W17
PORT OF LOADING: Oslo      PORT OF DISCHARGE: Leixoes
PLACE OF DELIVERY: Porto CY
CONTAINER / SEAL: NWFU 448120-3 / SL990812 ; NWFU 448137-9 / SL990813
NO. OF PKGS: 312 ROLLS   DESCRIPTION: WOOLEN FABRIC, DYED, HS 5112.19
GROSS WEIGHT: 18,460.000 KGS    MEASUREMENT: 61.200 CBM
FREIGHT PREPAID    SHIPPED ON BOARD 02 OCT
PLACE AND DATE OF ISSUE: OSLO, 02 OCT    NUMBER OF ORIGINAL B/L: THREE (3)
signed as agent for the carrier, Northwind Freight Lines"""),

    ("extraction", 0, "",
     """emails only pls

--
Marta Okonkwo | Procurement Lead, Brightwater Utilities
marta.okonkwo@brightwater-util.example | +44 20 7946 0321

From: Deshawn Reyes <d.reyes@kilnworks.example>
Sent: Tuesday 09:12
Cc: accounts@kilnworks.example; 'Pia Lindqvist' <pia.l@brightwater-util.example>

Thanks all - I've looped in our AP team (ap-team@kilnworks.example) for the remittance question, they'll come back to Marta directly."""),

    ("extraction", 0, "",
     """MASTER SERVICES AGREEMENT

This Master Services Agreement (the "Agreement") is entered into as of 14 February (the "Effective Date") by and between Corvane Analytics Ltd., a company incorporated in England and Wales with company number 10993472 and its registered office at 3 Saddler's Yard, Leeds LS1 4BT ("Provider"), and Pellucid Home Insurance plc, a company incorporated in England and Wales with company number 04418220 and its registered office at 90 Fenwick Street, Bristol BS1 6QH ("Client").

1. DEFINITIONS
1.1 "Services" means the data engineering, model monitoring and reporting services described in each Statement of Work.
1.2 "Statement of Work" or "SOW" means a document substantially in the form of Schedule 2, executed by both parties, that references this Agreement.
1.3 "Fees" means the charges set out in the applicable SOW.
1.4 "Confidential Information" means all information disclosed by one party to the other, whether before or after the Effective Date, that is marked as confidential or would reasonably be understood to be confidential.
1.5 "Contract Year" means each consecutive period of twelve months beginning on the Effective Date.

2. TERM AND RENEWAL
2.1 This Agreement commences on the Effective Date and continues for an initial period of thirty-six (36) months (the "Initial Term").
2.2 Upon expiry of the Initial Term, this Agreement shall automatically renew for successive periods of twelve (12) months (each a "Renewal Term") unless either party gives the other written notice of non-renewal no less than ninety (90) days before the end of the then-current term.
2.3 Termination or expiry of this Agreement shall not affect any SOW then in force, which shall continue to be governed by the terms of this Agreement until its own completion or termination.

3. FEES AND PAYMENT
3.1 Client shall pay the Fees within thirty (30) days of receipt of a valid invoice.
3.2 Provider may increase its rates once in any twelve-month period by giving not less than sixty (60) days' written notice, provided that any such increase shall not exceed the lower of five per cent (5%) and the annual change in the UK Consumer Prices Index.
3.3 Late payments shall bear interest at four per cent (4%) per annum above the Bank of England base rate.

4. SERVICE LEVELS
4.1 Provider shall meet the service levels in Schedule 3. Where Provider fails to meet a service level in any calendar month, Client shall be entitled to the service credits set out in Schedule 3, which shall be Client's sole financial remedy for that failure, save where the failure constitutes a material breach.

5. INTELLECTUAL PROPERTY
5.1 Each party retains ownership of its pre-existing intellectual property.
5.2 All deliverables created specifically for Client under an SOW shall vest in Client upon payment in full of the relevant Fees. Provider grants Client a perpetual, royalty-free licence to use any Provider pre-existing materials incorporated into such deliverables.

6. LIMITATION OF LIABILITY
6.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, fraud or fraudulent misrepresentation, or any other liability that cannot be limited by law.
6.2 Subject to clause 6.1, each party's total aggregate liability arising under or in connection with this Agreement in any Contract Year shall not exceed one hundred and fifty per cent (150%) of the Fees paid or payable in that Contract Year.
6.3 Subject to clause 6.1, neither party shall be liable for any loss of profits, loss of business, or any indirect or consequential loss.
6.4 The cap in clause 6.2 shall not apply to a breach of clause 8 (Data Protection), for which each party's liability shall be capped at five million pounds (GBP 5,000,000).

7. TERMINATION
7.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is irremediable or, if remediable, is not remedied within thirty (30) days of notice.
7.2 Client may terminate this Agreement or any SOW for convenience on one hundred and twenty (120) days' written notice.

8. DATA PROTECTION
8.1 The parties acknowledge that Provider acts as a processor on behalf of Client. Provider shall process personal data only on Client's documented instructions and in accordance with Schedule 4.

9. GOVERNING LAW AND JURISDICTION
9.1 This Agreement and any dispute arising from it shall be governed by the laws of England and Wales.
9.2 The courts of England and Wales shall have exclusive jurisdiction.

---
ok for the contract register I need: parties (full legal names + company numbers), effective date, initial term, how renewal works + the non-renewal notice period, the general liability cap and any separate cap, termination for convenience notice, governing law. Clause refs next to each pls."""),

    ("extraction", 0, "",
     """Which pods got OOMKilled in this dump, and when? Just pod name + timestamp, one per line, nothing else.

$ kubectl get events -n checkout --sort-by=.lastTimestamp
LAST SEEN   TYPE      REASON             OBJECT                                  MESSAGE
41m         Normal    Scheduled          pod/cart-api-7d9f8b6c5-x2kqp            Successfully assigned checkout/cart-api-7d9f8b6c5-x2kqp to ip-10-4-17-88
41m         Normal    Pulled             pod/cart-api-7d9f8b6c5-x2kqp            Container image "registry.internal/cart-api:3.14.2" already present on machine
38m         Warning   BackOff            pod/pricing-worker-5c6d7f9d8-hh7tn      Back-off restarting failed container pricing-worker in pod pricing-worker-5c6d7f9d8-hh7tn
35m         Normal    Killing            pod/promo-sync-28455120-8wz4c           Stopping container promo-sync
33m         Warning   Unhealthy          pod/cart-api-7d9f8b6c5-qm4ld            Readiness probe failed: Get "http://10.4.19.12:8080/healthz": context deadline exceeded
30m         Normal    SuccessfulCreate   replicaset/cart-api-7d9f8b6c5           Created pod: cart-api-7d9f8b6c5-v9r2s
22m         Warning   FailedScheduling   pod/cart-api-7d9f8b6c5-v9r2s            0/12 nodes are available: 4 Insufficient memory, 8 node(s) didn't match pod anti-affinity rules.
12m         Normal    Scheduled          pod/cart-api-7d9f8b6c5-v9r2s            Successfully assigned checkout/cart-api-7d9f8b6c5-v9r2s to ip-10-4-22-141

$ kubectl describe pod cart-api-7d9f8b6c5-qm4ld -n checkout | sed -n '/Containers:/,/Conditions:/p'
Containers:
  cart-api:
    Image:          registry.internal/cart-api:3.14.2
    State:          Running
      Started:      Tue, 12 Mar 2024 14:07:51 +0000
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Tue, 12 Mar 2024 13:21:04 +0000
      Finished:     Tue, 12 Mar 2024 14:07:49 +0000
    Ready:          True
    Restart Count:  3
    Limits:
      memory:  768Mi
    Requests:
      cpu:     250m
      memory:  512Mi

$ kubectl describe pod pricing-worker-5c6d7f9d8-hh7tn -n checkout | sed -n '/Containers:/,/Conditions:/p'
Containers:
  pricing-worker:
    Image:          registry.internal/pricing-worker:1.9.0
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
      Started:      Tue, 12 Mar 2024 14:11:30 +0000
      Finished:     Tue, 12 Mar 2024 14:11:33 +0000
    Restart Count:  9
    Limits:
      memory:  256Mi

$ kubectl describe pod recs-cache-0 -n checkout | sed -n '/Containers:/,/Conditions:/p'
Containers:
  redis:
    Image:          registry.internal/redis:7.2-alpine
    State:          Running
      Started:      Tue, 12 Mar 2024 13:58:12 +0000
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Tue, 12 Mar 2024 09:02:40 +0000
      Finished:     Tue, 12 Mar 2024 13:58:10 +0000
    Ready:          True
    Restart Count:  1
    Limits:
      memory:  2Gi
  metrics-exporter:
    Image:          registry.internal/redis-exporter:1.58
    State:          Running
      Started:      Tue, 12 Mar 2024 09:02:41 +0000
    Ready:          True
    Restart Count:  0

$ kubectl top pods -n checkout
NAME                                CPU(cores)   MEMORY(bytes)
cart-api-7d9f8b6c5-qm4ld            412m         701Mi
cart-api-7d9f8b6c5-x2kqp            388m         655Mi
cart-api-7d9f8b6c5-v9r2s            35m          210Mi
recs-cache-0                        96m          1874Mi
promo-sync-28455120-8wz4c           0m           0Mi

$ kubectl get pods -n checkout -o wide
NAME                                READY   STATUS             RESTARTS       AGE    IP            NODE
cart-api-7d9f8b6c5-qm4ld            1/1     Running            3 (9m ago)     2d4h   10.4.19.12    ip-10-4-19-12
cart-api-7d9f8b6c5-x2kqp            1/1     Running            0              41m    10.4.17.201   ip-10-4-17-88
cart-api-7d9f8b6c5-v9r2s            0/1     Running            0              12m    10.4.22.37    ip-10-4-22-141
pricing-worker-5c6d7f9d8-hh7tn      0/1     CrashLoopBackOff   9 (2m ago)     3h12m  10.4.17.45    ip-10-4-17-88
recs-cache-0                        2/2     Running            1 (18m ago)    6d     10.4.17.96    ip-10-4-17-88
promo-sync-28455120-8wz4c           0/1     Completed          0              36m    10.4.21.8     ip-10-4-21-203

$ kubectl logs pricing-worker-5c6d7f9d8-hh7tn -n checkout --previous | tail -6
2024-03-12T14:11:31.902Z INFO  starting pricing-worker 1.9.0 (commit 4be21f0)
2024-03-12T14:11:32.114Z INFO  connecting to kafka brokers kafka-0.kafka:9092,kafka-1.kafka:9092
2024-03-12T14:11:32.880Z INFO  loaded 18,442 price rules from cache
2024-03-12T14:11:33.017Z ERROR failed to load promo calendar: config key PROMO_CALENDAR_URL not set
2024-03-12T14:11:33.018Z FATAL exiting with status 1
2024-03-12T14:11:33.019Z INFO  flushed 0 pending messages

$ journalctl -k --since "2024-03-12 13:50" | grep -i oom
Mar 12 13:58:09 ip-10-4-17-88 kernel: redis-server invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=936
Mar 12 13:58:09 ip-10-4-17-88 kernel: Memory cgroup out of memory: Killed process 48211 (redis-server) total-vm:2301992kB, anon-rss:2093140kB
Mar 12 14:07:48 ip-10-4-19-12 kernel: java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=968
Mar 12 14:07:48 ip-10-4-19-12 kernel: Memory cgroup out of memory: Killed process 77302 (java) total-vm:3410004kB, anon-rss:786120kB"""),

    ("extraction", 0, "",
     """以下のメールから、納品日・品番・数量・単価だけを抜き出して箇条書きにしてください。

件名：【発注確定】ステンレスボルト追加分について
株式会社ミナト精機　購買部　御中

いつもお世話になっております。北斗金属工業の佐々木です。
先日お見積りいたしました追加分について、下記の通り発注を確定いたしましたのでご連絡いたします。

・品番：SB-M8-40　数量：12,000本　単価：4.2円
・品番：SB-M10-60　数量：5,500本　単価：7.8円

納品日は11月18日（月）、貴社第二工場への直送となります。
梱包仕様は前回と同様です。ご不明点があればお気軽にお問い合わせください。"""),

    ("extraction", 0,
     "Eres el asistente de selección de Grupo Albaricoque. Recibes fragmentos de CV y devuelves únicamente los datos que se piden, sin valorar al candidato.",
     "Idiomas y nivel de cada uno, por favor:\n\nPerfil: Ingeniera de procesos con 6 años en industria alimentaria. Formación: Grado en Ingeniería Química (Universidad de Zaragoza). "
     "Idiomas: inglés C1 (Cambridge Advanced), francés B2, catalán nativo, nociones de alemán (A2, en curso). Herramientas: SAP PP, Minitab, Power BI. Carné de conducir B."),

    ("extraction", 0, "",
     """Medikation aus dem Entlassbrief raus bitte, als Liste Wirkstoff – Dosis – Schema. Sonst nichts.

"... Wir entlassen Frau M. am heutigen Tag in gebessertem Allgemeinzustand in die hausärztliche Weiterbehandlung. Entlassmedikation: Ramipril 5 mg 1-0-0, Bisoprolol 2,5 mg 1-0-0, Atorvastatin 40 mg 0-0-1, ASS 100 mg 1-0-0, Pantoprazol 20 mg 1-0-0 für die Dauer der ASS-Therapie. Bei Bedarf Metamizol 500 mg bis zu 4x täglich. Die vorbestehende Ibuprofen-Dauermedikation wurde abgesetzt. Wir empfehlen eine Kontrolle der Nierenretentionswerte in einer Woche ..." """),

    ("extraction", 0, "",
     """what env vars does this read? name + default value, a table is fine

```python
import os
from dataclasses import dataclass

@dataclass(frozen=True)
class Settings:
    db_url: str = os.getenv("LEDGER_DB_URL", "postgresql://ledger:ledger@localhost:5432/ledger")
    pool_size: int = int(os.getenv("LEDGER_DB_POOL", "10"))
    redis_url: str = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    jwt_secret: str = os.environ["LEDGER_JWT_SECRET"]
    token_ttl_s: int = int(os.getenv("TOKEN_TTL_SECONDS", 3600))
    fx_provider: str = os.getenv("FX_PROVIDER", "ecb")
    debug: bool = os.getenv("LEDGER_DEBUG", "0") == "1"

def load() -> Settings:
    region = os.getenv("AWS_REGION") or "eu-west-1"
    os.environ.setdefault("TZ", "UTC")
    return Settings()
```"""),

    ("extraction", 0, "",
     """List every table and column this migration creates or alters. Ignore indexes and constraints.

BEGIN;
CREATE TABLE shipment_legs (
    id            BIGSERIAL PRIMARY KEY,
    shipment_id   BIGINT NOT NULL REFERENCES shipments(id),
    carrier_code  VARCHAR(8) NOT NULL,
    depart_at     TIMESTAMPTZ,
    arrive_at     TIMESTAMPTZ
);
ALTER TABLE shipments ADD COLUMN incoterm CHAR(3);
ALTER TABLE shipments ALTER COLUMN declared_value TYPE NUMERIC(14,2);
ALTER TABLE carriers RENAME COLUMN scac TO carrier_code;
CREATE INDEX idx_legs_shipment ON shipment_legs(shipment_id);
ALTER TABLE shipment_legs ADD CONSTRAINT chk_times CHECK (arrive_at IS NULL OR arrive_at > depart_at);
COMMIT;"""),

    ("extraction", 0, "",
     "from the listing grab: sqft, beds, baths, HOA per month, year built, parking. nothing else\n\n"
     "JUST LISTED! Sun-drenched corner unit at The Marlowe, 2 bed / 2 full bath + den, 1,184 sq ft of open-plan living with floor-to-ceiling windows. "
     "Built 2016, boutique building of 42 residences, rooftop terrace & gym. Deeded tandem parking for 2 cars (spaces P2-17/18) plus storage locker. "
     "HOA $612/mo includes water, trash, gas. Pet friendly (2 pets, no weight limit). Walk to the Eastline light rail. Offers reviewed Tuesday 5pm."),

    ("extraction", 0, "",
     """Your booking is confirmed - thank you for flying with Aerolinea Costa Brava!

Booking reference (PNR): QX7LMT
Passenger: MR TOBIAS WREN

Outbound  CB 2214  Sat 16 Nov  Manchester (MAN) 06:45 -> Barcelona (BCN) 10:20  Economy Flex
Connect   CB 0831  Sat 16 Nov  Barcelona (BCN) 12:05 -> Palma (PMI) 12:55
Return    CB 0836  Thu 21 Nov  Palma (PMI) 18:40 -> Barcelona (BCN) 19:30
Connect   CB 2219  Thu 21 Nov  Barcelona (BCN) 21:15 -> Manchester (MAN) 22:55

Baggage: 1 x 23kg checked, 1 x cabin bag. Total paid: GBP 318.60 (card ending 4471).

Need the PNR, all four flight numbers and their departure times out of this so I can put them into Concur."""),

    ("extraction", 0,
     "Vous êtes l'assistant de gestion des sinistres de Mutuelle Horizon. Extrayez uniquement les champs demandés, au format clé: valeur, une ligne par champ. Champ absent = « non renseigné ».",
     "Déclaration reçue par formulaire en ligne :\n"
     "« Bonjour, je suis assurée chez vous sous le contrat HAB-2207-88341. Le 3 janvier vers 23h, un dégât des eaux s'est produit dans ma cuisine, "
     "au 14 rue des Tanneurs à Besançon, à cause d'une fuite venant de l'appartement du dessus (M. Garnier, 3e étage). Le plafond est taché et le parquet gondolé sur environ 8 m². "
     "Le plombier estime les réparations à 2 350 € environ. J'ai des photos. Cordialement, Élodie Marchetti »\n\n"
     "Champs : numéro de contrat, date du sinistre, adresse, nature du sinistre, montant estimé, tiers impliqué (oui/non)."),

    ("extraction", 0, "",
     """Wyciągnij NIP sprzedawcy i nabywcy oraz kwotę brutto z tej faktury:

FAKTURA VAT nr FV/2024/03/118
Data wystawienia: 2024-03-21    Data sprzedaży: 2024-03-20
Sprzedawca: Zielony Młyn Sp. z o.o., ul. Kasztanowa 7, 62-080 Tarnowo Podgórne, NIP 777-31-04-562
Nabywca: Piekarnia Pod Lipami s.c., ul. Rynek 3, 64-100 Leszno, NIP 697-22-18-409
1. Mąka pszenna typ 650, 25 kg — 40 szt. x 62,00 zł netto — VAT 5%
2. Mąka żytnia typ 2000, 25 kg — 12 szt. x 71,50 zł netto — VAT 5%
Razem netto: 3 338,00 zł   VAT: 166,90 zł   Razem brutto: 3 504,90 zł
Termin płatności: 14 dni, przelew"""),

    ("extraction", 0, "",
     """which weapons got nerfed? give me name + old dmg -> new dmg, skip buffs

PATCH 7.3.1 — "Ashfall"
WEAPONS
- Vexline SMG: base damage 24 -> 21, recoil recovery slightly faster. Mag size unchanged.
- Harrow Shotgun: pellet damage 11 -> 12 at close range; falloff now starts at 9m (was 7m).
- Cinder LMG: damage 33 -> 30. We felt it was dominating Stronghold at mid range.
- Marrow Bow: charged shot damage 120 -> 135. Uncharged unchanged.
- Kestrel DMR: headshot multiplier 2.0x -> 1.8x (body damage unchanged at 55).
- Tallow Pistol: damage 28 -> 26, fire rate +5%.
GENERAL
- Fixed the bug where armor shards did not drop on Duskmire.
- Ranked placement matches reduced from 10 to 7."""),

    ("extraction", 0, "",
     "need all the @handles and #hashtags from this thread, deduped, handles first\n\n"
     "1/ big thanks to @lumenpay_dev and @ritaKcodes for the shoutout on #FintechFriday 🙏\n"
     "2/ we're hiring backend folks in Lisbon! #hiring #rustlang ping @talent_lumen\n"
     "3/ also congrats @ritaKcodes on the talk at #RustConfEU, slides here soon\n"
     "4/ ok back to fixing prod 🫠 #oncall"),

    ("extraction", 0,
     "You normalize catalogue records for Kestrel Outdoors' PIM import. For each record, output one line: sku|brand|size|color|material. "
     "If a field is missing write NA. Output nothing else.",
     "Record 8812 (sku TH-M-4402): Trailhawk men's waterproof hiking boot, full-grain leather upper with Vibram outsole, size 44 EU, charcoal grey, brand Kestrel Outdoors. Ships in 2-3 days."),

    ("extraction", 0, "",
     """Sample size, primary endpoint, and the hazard ratio with its CI - that's all I need from this abstract.

Background: Whether early initiation of a sodium-glucose cotransporter 2 inhibitor after hospitalisation for acute heart failure improves outcomes in patients without diabetes is uncertain.
Methods: In this multicentre, double-blind trial conducted at 61 sites, we randomly assigned 1,486 patients hospitalised for acute heart failure, irrespective of ejection fraction, to receive either dapagliflozin 10 mg daily or placebo, starting within 72 hours of admission. The primary endpoint was a composite of cardiovascular death or worsening heart failure at 180 days. Secondary endpoints included total heart failure events and change in the Kansas City Cardiomyopathy Questionnaire score.
Results: Over a median follow-up of 176 days, the primary endpoint occurred in 98 of 744 patients (13.2%) in the dapagliflozin group and in 131 of 742 (17.7%) in the placebo group (hazard ratio 0.73; 95% confidence interval, 0.56 to 0.95; P=0.02). Rates of serious adverse events were similar in the two groups.
Conclusions: Early in-hospital initiation of dapagliflozin reduced the risk of cardiovascular death or worsening heart failure."""),

    ("extraction", 0, "",
     "Da ata abaixo, quais valores em reais foram aprovados e para quê? Só isso, em lista.\n\n"
     "ATA DA ASSEMBLEIA GERAL EXTRAORDINÁRIA DO CONDOMÍNIO RESIDENCIAL JARDIM DAS ACÁCIAS — Aos doze dias do mês de agosto, reuniram-se em segunda convocação os condôminos, "
     "com a presença de 31 unidades. Item 1: aprovada por 24 votos a favor e 7 contra a troca do portão da garagem, orçamento da Serralheria Boa Vista no valor de R$ 18.400,00, "
     "a ser rateado em três parcelas. Item 2: rejeitada a proposta de pintura da fachada (R$ 96.000,00). Item 3: aprovada por unanimidade a contratação de manutenção mensal "
     "das bombas d'água por R$ 650,00/mês. Item 4: aprovado fundo de reserva extra de R$ 120,00 por unidade, cobrado em outubro. Nada mais havendo, encerrou-se a sessão."),

    ("extraction", 0, "",
     """아래 채용 공고에서 지원 마감일, 연봉 범위, 근무지만 뽑아줘

[주식회사 하늘물류] 물류센터 WMS 운영 담당자 채용 (경력 3년 이상)
- 담당 업무: 입출고 데이터 관리, WMS 설정 변경, 재고 실사 지원
- 자격 요건: 물류/SCM 관련 경력 3년 이상, 엑셀 중급 이상
- 우대 사항: SAP EWM 경험, 지게차 자격증
- 근무지: 경기도 이천시 마장면 (이천 제2물류센터), 셔틀버스 운행
- 연봉: 4,200만 원 ~ 5,000만 원 (경력에 따라 협의)
- 접수 기간: 3월 4일(월) ~ 3월 22일(금) 18:00까지
- 전형 절차: 서류 → 1차 면접 → 2차 면접 → 최종 합격"""),

    ("extraction", 0, "",
     """Lot IDs that failed the torque spec (min 18.0 Nm) - IDs only please.

QC REPORT — LINE 3 — Hinge assembly HX-220 — shift B
lot        samples   torque_mean_Nm   torque_min_Nm   visual   result
L3-0917-A  20        19.4             18.6            OK       PASS
L3-0917-B  20        18.9             17.2            OK       FAIL (torque)
L3-0917-C  20        19.8             19.1            scratch  FAIL (visual)
L3-0917-D  20        17.6             16.9            OK       FAIL (torque)
L3-0917-E  20        19.1             18.3            OK       PASS
L3-0917-F  20        18.2             17.8            scratch  FAIL (torque, visual)
Inspector: R. Achterberg   Reviewed: QA lead"""),

    ("extraction", 0, "",
     """从下面这段客服聊天记录里提取：订单号、收货人、联系电话、问题商品名称。用JSON输出，不要解释。

顾客：你好，我上周买的东西到现在还没收到
客服：您好，麻烦提供一下订单号哦
顾客：DD20240611-88273
客服：查到了，收货人是林晓雯对吗？电话尾号是多少呢
顾客：对，电话是139 0000 4821
客服：好的，这个订单里的"北欧风陶瓷马克杯（雾蓝色）两只装"目前显示在杭州中转站滞留，我帮您催一下
顾客：好的谢谢，尽快啊"""),

    ("extraction", 0, "",
     "Notice text:\n"
     "\"CONTRACT NOTICE — Services. Contracting authority: Harrowgate Borough Council, Procurement Unit, Civic Centre, Harrowgate HG9 1AA. "
     "Title: Provision of winter road gritting and snow clearance services 2025-2028. Reference number: HBC/ENV/0442. "
     "Main CPV code: 90620000 Snow-clearing services. Additional CPV codes: 90630000 Ice-clearing services; 34144420 Salt-spreading vehicles. "
     "Estimated total value excluding VAT: GBP 2,150,000. Lots: this contract is not divided into lots. "
     "Time limit for receipt of tenders: 14 October, 12:00 local time (Europe/London). Tenders may be submitted in English only.\"\n\n"
     "From the notice above, give me the tender reference, submission deadline with timezone, every CPV code, and the estimated value."),

    ("extraction", 0, "",
     """Q3 RESULTS — Velmora Foods reports third-quarter results

OSLO — Velmora Foods ASA today reported revenue of NOK 4.82 billion for the third quarter, up 6.1% year on year, driven by volume growth in plant-based chilled products and price increases in the Nordics. Operating profit (EBIT) was NOK 391 million, giving an operating margin of 8.1% (Q3 last year: 7.4%). Diluted earnings per share came to NOK 2.17. Net interest-bearing debt stood at NOK 3.1 billion at quarter end, and the leverage ratio was 2.3x.

"We are pleased with the momentum in our chilled categories, while the frozen segment remains under pressure," said CEO Ingrid Solheim.

Outlook: For the full year, Velmora now expects revenue of NOK 18.9-19.3 billion (previously NOK 18.6-19.2 billion) and an operating margin of 7.5-8.0%. Capital expenditure is expected at around NOK 650 million.

KPIs as key: value please - revenue, EBIT margin, diluted EPS, FY revenue guidance range, FY margin guidance. Copy the numbers exactly as written."""),

    ("extraction", 0,
     "You help Telvio Mobile customers understand their bills. Be brief.",
     "List every roaming line item on this bill - date, country, amount. Don't total them.\n\n"
     "Statement period 01-31 Jul | Plan: Telvio Unlimited 5G | Monthly charge 35.00\n"
     "03 Jul  Data roaming day pass - Switzerland            9.00\n"
     "04 Jul  Data roaming day pass - Switzerland            9.00\n"
     "04 Jul  Premium SMS 84444                              2.50\n"
     "09 Jul  Outgoing call roaming - Morocco (14 min)      20.30\n"
     "11 Jul  International call to Poland from UK (6 min)   4.20\n"
     "22 Jul  Add-on: Extra 10GB                             5.00\n"
     "Total this month                                      85.00"),

    ("extraction", 0, "",
     """HIST 214: The Atlantic World, 1500-1800 — Spring syllabus (excerpt)

Assessment
Participation in seminar discussions counts for 10% of the final grade and is assessed weekly. Two short source analyses (800 words each) are due on 7 February and 6 March; each is worth 15%. The map quiz, held in class on 20 February, is worth 5%. Your research proposal and annotated bibliography (worth 10%) must be submitted by 27 March via the course site. The final research paper (3,500-4,000 words) is due 2 May and is worth 35%. There is also a take-home reflection (10%) due on the last day of classes, 9 May. Late work loses 3 percentage points per day unless an extension was agreed in advance.

Office hours: Tuesdays 14:00-16:00, Harlan Hall 308, or by appointment.

Pull every graded item with its due date and weight into a list, in date order."""),

    ("extraction", 0, "",
     "case no., presiding judge, next hearing date?\n\n"
     "SUPERIOR COURT OF THE STATE — COUNTY OF ALDER VALLEY\nCase No. 23CV-04417\nMARISOL DUARTE v. GREENLINE PROPERTY MANAGEMENT LLC, et al.\n"
     "Dept. 12 — Hon. Patrick O. Lindgren\n"
     "05/14  Minute order: Demurrer overruled. Defendant to answer within 20 days.\n"
     "06/03  Answer filed by Greenline Property Management LLC.\n"
     "07/22  Case management conference held. Parties ordered to mediation.\n"
     "07/22  Further case management conference set for 11/18 at 8:30 a.m. in Dept. 12."),

    ("extraction", 0, "",
     "استخرج رقم الطلب وتاريخ التسليم المتوقع واسم شركة الشحن من الرسالة التالية، وأعدها في ثلاثة أسطر فقط:\n\n"
     "عميلنا العزيز، شكرًا لتسوقك من متجر نخلة. تم شحن طلبك رقم NK-559120 الذي يحتوي على \"طقم أواني طهي غرانيت - 10 قطع\" عبر شركة الصقر للشحن السريع. "
     "رقم التتبع: SQ88120457. من المتوقع أن يصل الطلب يوم الأربعاء 17 يوليو بين الساعة 9 صباحًا و5 مساءً. في حال عدم تواجدك، سيحاول المندوب التوصيل مرة أخرى في اليوم التالي."),

    ("extraction", 0, "",
     "no regex, just list the hex colours used in this css (unique)\n\n"
     ".btn-primary{background:#1f6feb;border:1px solid #1a5fd0;color:#fff}\n"
     ".btn-primary:hover{background:#1a5fd0}\n"
     ".alert-warn{background:#fff8e1;color:#8a6d00;border-left:4px solid #f5b400}\n"
     ".muted{color:rgba(0,0,0,.55)}\n"
     "footer{background:#0d1117;color:#c9d1d9}"),

    ("extraction", 0, "",
     "From this Dutch payslip give me: gross monthly salary, net pay, holiday allowance accrued this month, and the employee pension contribution.\n\n"
     "LOONSTROOK — Periode 04 — Tulpveld Logistiek B.V.\nWerknemer: J. de Vries   Personeelsnr: 00417   Functie: Planner\n"
     "Bruto maandloon                         3.450,00\nToeslag onregelmatigheid                  142,80\n"
     "Pensioenpremie werknemer (PFZW)          -198,40\nLoonheffing                               -612,37\n"
     "Netto loon                             2.782,03\nReservering vakantiegeld (8%)             276,00\n"
     "Vakantiedagen saldo: 14,5   Cumulatief bruto dit jaar: 14.371,20"),

    ("extraction", 0, "",
     """[00:00:04] HOST: Welcome back to Supply Lines, the podcast about how stuff actually gets from A to B. Today I've got two guests, so let's do quick intros.
[00:00:12] GUEST 1: Hi, I'm Nadia Ferreira-Lund, I run network planning at Harbourgate Terminals in Rotterdam.
[00:00:19] GUEST 2: And I'm Olu Adebayo-Smith, I'm a research fellow at the Centre for Freight Resilience at Kingsmoor University, and before that I spent eight years at a forwarder.
[00:00:31] HOST: Great. And full disclosure, Nadia and I used to work together at Bluemark Shipping back in the day.
[00:00:37] GUEST 1: Many years ago, yes.
[00:00:40] HOST: Let's start with the Red Sea diversions, because everyone's asking about transit times...

guest names + the organisation each one currently works for, exactly as they introduce themselves. ignore the host."""),

    # ------------------------------------------------------------------ extraction, escalate 1
    ("extraction", 1, "",
     """Below is the thread between us (Fennel & Rye Bakeries) and our flour supplier. Before I forward it to our lawyer, extract every commitment each side made, in chronological order, flag where a later message contradicts an earlier commitment, and give me your view on which commitments would most likely be treated as binding given the supply agreement excerpt at the bottom.

--- thread ---
From: Greta Vollmer (Ostbrook Milling) — 2 May
Hi Sam, confirming as discussed on the phone: for the June-September period we will hold the price of type 550 at EUR 412/tonne for your standing order of 60 tonnes per month. Deliveries every Tuesday as usual. We can also take back the two pallets of damaged bags from the April delivery and credit them on the May invoice.

From: Sam Achebe (Fennel & Rye) — 3 May
Thanks Greta, that's great. Please send the credit note when you can. We may need an extra 10 tonnes in July for the festival season, can you confirm that's possible at the same price?

From: Greta Vollmer — 6 May
Should be fine for the July extra, I'll check with production and come back to you. Credit note for the damaged bags will be on the May invoice as promised.

From: Greta Vollmer — 28 May
Sam, the May invoice is attached. Unfortunately our finance team says the damaged bags are not eligible for credit because the damage was not noted on the delivery receipt. Sorry about that.

From: Sam Achebe — 29 May
Greta, the driver refused to wait while we checked the pallets, which we reported by email the same afternoon (see my email of 16 April). You explicitly promised the credit twice. We expect it to be honoured.

From: Ostbrook Milling Customer Accounts — 12 June
Dear customer, due to the exceptionally poor winter wheat harvest and resulting increase in raw material costs, all prices for type 550 and type 1050 flours will increase by 9% with effect from 1 July. This constitutes an event under clause 11 of our supply terms.

From: Sam Achebe — 12 June
Greta, this contradicts your 2 May email holding the price to end of September. Also still waiting on the July extra 10t confirmation — festival orders are coming in.

From: Greta Vollmer — 14 June
Sam, I understand your frustration. I can honour EUR 412 for the 60t standing order through July but not beyond, and I can't do the extra 10t at that price — best I can do is EUR 449. Production is very tight. On the credit note I've escalated again.

From: Sam Achebe — 15 June
That's not acceptable. We planned our festival pricing on your written confirmation. Please have someone senior call me.

--- supply agreement excerpt (signed January) ---
4.2 Prices are as set out in the price list in force at the date of the order. The Supplier may agree fixed prices for a defined period in writing; such agreement binds the Supplier for that period.
9.1 Any claim for damage in transit must be noted on the delivery receipt or notified in writing within 48 hours of delivery.
11.1 Neither party is liable for delay or failure to perform caused by events beyond its reasonable control, including harvest failure, provided it notifies the other party promptly. Increases in the cost of raw materials do not by themselves constitute such an event.
14.3 No variation of this agreement is effective unless made in writing and signed by an authorised representative of each party. Email correspondence between account managers constitutes writing for the purposes of clause 4.2 only."""),

    ("extraction", 1, "",
     "These are the nursing notes from bed 7 overnight. For the M&M review, extract the observations that in hindsight pointed to sepsis, in time order, and tell me at which point escalation to the medical team should have happened and why.\n\n"
     "19:30 Pt settled, T 37.6, HR 96, BP 128/74, RR 18, SpO2 96% RA. Post-op day 2 bowel resection. Wound dressing dry.\n"
     "21:45 Pt c/o feeling 'shivery', extra blanket given. T 38.1, HR 104. Paracetamol 1g given as prescribed.\n"
     "23:10 HR 112, BP 110/66, RR 22. Pt says pain 6/10 abdomen, more than earlier. Oramorph 5mg given.\n"
     "01:00 Pt asleep, not disturbed for obs.\n"
     "02:30 Urine output 15 ml last 2h (catheter). HR 118, BP 98/60, RR 24, SpO2 94% RA. T 37.4. Pt a bit confused re: where he is, daughter had said he gets muddled at night.\n"
     "03:15 Fluids bag changed. NEWS2 calculated 6. Will recheck at 04:00.\n"
     "04:10 BP 88/52, HR 124, RR 26, SpO2 92%. Mottled knees. FY1 bleeped.\n"
     "04:35 FY1 reviewed, sepsis six started, lactate 4.1. Outreach called."),

    ("extraction", 1, "",
     """Excerpt from the Q2 earnings call of Brackwater Renewables (CFO answering analysts):

"...So on the pipeline, we remain confident that we will reach financial close on at least two of the three Iberian solar projects by year end, subject of course to the grid connection timetable, which is outside our control. On margins, we expect to return to the mid-teens EBITDA margin range over the medium term as the new turbine contracts roll in. We're not going to give a specific date on that. On the dividend, the board is committed to maintaining the dividend at 42 cents for this fiscal year. Beyond that, we'll look at it in the context of the capital allocation review. On the Scottish offshore asset, we are exploring a range of options including a partial sell-down, and I'd say we're in advanced conversations with more than one party, but nothing is certain until it's signed. And on leverage, we will be below 3.5 times net debt to EBITDA by the end of next year, full stop. That's a firm commitment from this management team..."

Pull out each forward-looking statement and sort them into real commitments vs statements hedged so much they're basically meaningless. Say what the hedge is in each case and which ones an analyst could actually hold management to next quarter."""),

    ("extraction", 1, "",
     "Sou DPO de uma startup de telemedicina. Extraia desta política de privacidade todos os trechos sobre compartilhamento de dados com terceiros e, para cada um, diga se há risco de violar a LGPD (base legal, dados sensíveis de saúde, transferência internacional) e quão grave seria.\n\n"
     "\"5. Compartilhamento. Podemos compartilhar seus dados pessoais com parceiros comerciais selecionados para fins de marketing, inclusive informações sobre as especialidades médicas consultadas, "
     "de modo a oferecer produtos e serviços relevantes. Seus dados podem ser armazenados em servidores localizados nos Estados Unidos e em Singapura. "
     "Compartilhamos dados com laboratórios conveniados quando você agenda exames pelo aplicativo. Podemos ainda fornecer dados agregados e anonimizados a seguradoras de saúde para estudos atuariais. "
     "Ao utilizar o aplicativo, você concorda automaticamente com todas as formas de compartilhamento descritas nesta seção. "
     "Em caso de fusão ou aquisição, seus dados poderão ser transferidos ao novo controlador sem aviso prévio.\""),

    ("extraction", 1,
     "You are an insights assistant for the UX research team at Quillfare (a meal-kit subscription). Stakeholders paste raw transcripts.",
     """Focus group 3 (lapsed subscribers), partial transcript:

MOD: What made you pause your subscription?
P1: Honestly it was fine. The food was good. We just... had a lot going on. I kept forgetting to skip weeks and then there'd be a box on the doorstep when we were away.
P2: For me it was the bins. Like, the amount of cardboard and those ice packs. My partner would look at the recycling and just sigh.
P3: I mean, I'm a decent cook, so it sometimes felt a bit like paint-by-numbers? Which is fine on a Tuesday.
MOD: Did price come into it?
P3: Not really. Well. When I compared it to what I'd spend at the market, maybe.
P1: It's more that you pay for the week up front, and if plans change you've wasted it.
P4: My kids wouldn't eat half of it. I'd cook the recipe and then make pasta anyway.
P2: And it's a lot of small plastic bags. I know it's portioned, but.
MOD: What would bring you back?
P4: If I could pick per person, maybe.
P3: If it felt more like, I don't know, learning something, not just assembling.

Extract the objections to staying subscribed, including the ones participants only hint at, and rank them by how likely they are to apply to our lapsed base as a whole. Be explicit about which are inferred rather than stated."""),

    ("extraction", 1, "",
     "Extrae del siguiente contrato de alquiler las cláusulas que probablemente serían nulas o abusivas según la Ley de Arrendamientos Urbanos, y explica para cada una por qué y qué podría reclamar el inquilino.\n\n"
     "CLÁUSULA 3ª. La duración del contrato será de un año, sin derecho a prórroga alguna por parte del arrendatario.\n"
     "CLÁUSULA 5ª. El arrendatario abonará, además de la renta, los honorarios de la agencia inmobiliaria Fincas Levante S.L. por importe de una mensualidad más IVA.\n"
     "CLÁUSULA 7ª. Todas las reparaciones de la vivienda, cualquiera que sea su causa, correrán a cargo del arrendatario.\n"
     "CLÁUSULA 9ª. El arrendatario entrega en este acto una fianza de tres mensualidades, más una garantía adicional de otras dos mensualidades.\n"
     "CLÁUSULA 11ª. El arrendador podrá acceder a la vivienda en cualquier momento para comprobar su estado, sin necesidad de aviso previo.\n"
     "CLÁUSULA 12ª. En caso de desistimiento del arrendatario antes de finalizar el contrato, este deberá abonar la totalidad de las rentas pendientes hasta el vencimiento."),

    ("extraction", 1, "",
     """We're doing due diligence on Castellan Robotics. From these notes to their accounts, extract every obligation or exposure that isn't recognised as a liability on the balance sheet, estimate roughly how big each could get, and tell me which ones should change our valuation.

Note 14 — Commitments. The company has entered into a non-cancellable agreement with a contract manufacturer in Penang under which it must purchase a minimum of 4,000 actuator units per year for three years at a fixed unit price of USD 310. Purchases in the current year were 2,650 units.
Note 17 — Contingencies. A former distributor has filed a claim of EUR 2.4m alleging wrongful termination. Management, on the basis of legal advice, considers an outflow possible but not probable.
Note 18 — Guarantees. The company has guaranteed the bank overdraft of its 40%-owned associate, Castellan Asia Pte Ltd, up to SGD 3m. At year end the associate had drawn SGD 2.2m.
Note 21 — Warranties. Products carry a 24-month warranty. The warranty provision of USD 180k is based on historical claim rates of 0.8%; claim rates on the new R7 arm launched in Q4 are not yet known.
Note 23 — Subsequent events. After year end, the company agreed to an earn-out with the founders of the acquired vision start-up: up to USD 5m payable if revenue targets are met over the next two years."""),

    ("extraction", 1, "",
     "Three witness statements about the forklift incident at our Doncaster depot are below. Extract every point where they disagree (timing, who was driving, speed, whether the pedestrian walkway was marked), and then assess which account is most credible on each point and why. This goes into the HSE investigation file.\n\n"
     "WITNESS A (picker, aisle 14): 'It was just after the 10 o'clock break, maybe 10:20. Kev was driving the Linde, he came round the end of aisle 14 quite fast, faster than normal, and Jas stepped out from behind the racking. The yellow lines there were worn away, you could hardly see them.'\n"
     "WITNESS B (shift supervisor): 'The incident happened at approximately 10:45 according to my radio log. The truck was being driven by a trainee, Daniel, under supervision. Speed appeared normal. The walkway markings in that area were repainted in March.'\n"
     "WITNESS C (agency worker, loading bay): 'I heard the horn and then a shout. I saw Kev getting off the truck afterwards. I don't know how fast it was going. Someone said Daniel had been driving earlier that morning.'"),

    ("extraction", 1, "",
     "Hier das Protokoll der letzten Betriebsratssitzung (Auszug). Extrahiere alle Aussagen der Geschäftsführung, die arbeitsrechtlich problematisch sein könnten, und begründe jeweils, gegen welche Regelung sie verstoßen könnten und wie hoch du das Risiko einschätzt.\n\n"
     "TOP 2: Herr Brandt (GF) kündigt an, dass ab Oktober die Arbeitszeit im Lager per GPS-Tracking der Handscanner erfasst werden soll; eine Zustimmung des Betriebsrats sei nicht nötig, da es sich nur um eine technische Umstellung handle.\n"
     "TOP 3: Zur Personalplanung: Mitarbeiter über 58 sollen bevorzugt für den geplanten Stellenabbau in der Verwaltung angesprochen werden, da sie 'ohnehin bald in Rente gehen'.\n"
     "TOP 4: Überstunden im vierten Quartal würden grundsätzlich nicht vergütet, sondern seien mit dem Gehalt abgegolten; dies gelte auch für Teilzeitkräfte.\n"
     "TOP 5: Die Betriebsratsvorsitzende wird gebeten, künftig Sitzungen außerhalb der Arbeitszeit abzuhalten, um den Betriebsablauf nicht zu stören."),

    ("extraction", 1, "",
     "pull out the hidden fees in this gym contract and tell me if any of them are probably not legal in Ontario\n\n"
     "IRONLEAF FITNESS — MEMBERSHIP AGREEMENT. Monthly dues: $39.99 billed bi-weekly at $19.99. Enrollment fee: $49 (non-refundable). "
     "Annual maintenance fee: $59.99, charged on the first billing date after 60 days and every 12 months thereafter. "
     "Cancellation: member must provide 30 days' written notice delivered in person at the home club; a cancellation processing fee of $75 applies. "
     "Term: 24 months; the agreement renews automatically for successive 24-month terms unless cancelled. "
     "Freeze: $10/month, minimum 2 months. Card replacement: $15. Dues may be increased at any time without notice."),

    # ------------------------------------------------------------------ classification, escalate 0
    ("classification", 0,
     "You are the triage assistant of Velora Telecom. Classify the customer message into exactly one of: BILLING, NETWORK_OUTAGE, DEVICE, PORTING, CANCELLATION, OTHER. Respond with the label only.",
     "hi since yesterday no signal at all in my flat in Leeds, neighbour has the same problem, is a mast down??"),

    ("classification", 0,
     "You are the ticket router for Pebblecart (online homeware shop). The user message contains a batch of tickets, each starting with an id in square brackets. "
     "Assign each ticket exactly one label from: shipping_delay, damaged_item, wrong_item, refund_status, account_access, payment_issue, product_question, other. "
     "Tickets can be in any language. Output CSV lines id,label in the same order as the input, no header, no explanations.",
     """[T-40211] Hi, my order #PC-88213 was supposed to arrive on Friday and the tracking hasn't moved since Wednesday. It just says "in transit - Daventry hub". Can you check?
[T-40212] The ceramic lamp base arrived in three pieces. The box looked fine from the outside so I think it was packed badly. Photos attached.
[T-40213] I ordered the 180x200 duvet cover in sage and got a 135x200 in mustard. Not even close lol
[T-40214] It's been 12 days since you confirmed my return was received at your warehouse and I still don't see the money back on my card.
[T-40215] can't log in, password reset email never arrives (checked spam). same email as always
[T-40216] Does the Oslo oak side table need assembly? And what's the weight limit on the top?
[T-40217] Hola, pedí dos cojines de lino y me llegó solo uno. El albarán dice dos. ¿Me enviáis el que falta?
[T-40218] My card was charged twice for the same order (PC-88390), 64.50 each time. Please refund the duplicate.
[T-40219] Hallo, meine Bestellung ist seit zwei Wochen unterwegs, die Sendungsverfolgung zeigt seit dem 3. nichts Neues. Wann kommt das Paket?
[T-40220] The glass on the picture frame was cracked when I opened it. Do I need to send it back or can you just send a new one?
[T-40221] Are your candles vegan? I can't find the wax type anywhere on the product page.
[T-40222] Love the new autumn collection!! Any chance the terracotta throw comes back in stock?
[T-40223] I got somebody else's order - the packing slip has a different name and address on it. What do I do with these items?
[T-40224] You told me on chat last week that my refund would be processed in 3-5 days. It's now day 9.
[T-40225] My account says it's been locked after too many attempts. I only tried twice?
[T-40226] Payment keeps failing at checkout with "transaction declined", but my bank says there's no problem on their side. Tried two different cards.
[T-40227] Bonjour, le colis est indiqué comme livré mais je n'ai rien reçu, personne chez moi ni chez les voisins.
[T-40228] What's the difference between the Linnea and Mara bedding sets apart from the price?
[T-40229] The rug is a completely different colour from the photo - it's grey, not the blue-green shown. Is this the right item or just bad photos?
[T-40230] Please delete my account and all my data.
[T-40231] Klarna says I still owe for an order I returned a month ago, can you tell them the return arrived?
[T-40232] The courier left my parcel in the rain and the cardboard was soaked, the cushion inside is water-stained.
[T-40233] Hi, do you deliver to Jersey (Channel Islands) and how long does it take?
[T-40234] I updated my email address and now I can't get into my account with either the old or the new one.
[T-40235] Order placed 6 days ago, still says "preparing for dispatch". The site said ships in 24h."""),

    ("classification", 0, "",
     "pos / neg / neutral for each review, one label per line, same order:\n\n"
     "1. App crashes every time I try to upload a receipt. Useless since the last update.\n"
     "2. Funciona bien, nada especial. Hace lo que promete.\n"
     "3. Super handig voor onze gedeelde uitgaven, echt een aanrader!\n"
     "4. Honestly the best budgeting app I've tried, and I've tried like six.\n"
     "5. Ça marche mais l'abonnement est beaucoup trop cher pour ce que c'est.\n"
     "6. It's ok. The graphs are nice but I don't use them much.\n"
     "7. Wieder Werbung nach jedem Klick. Deinstalliert.\n"
     "8. Customer support answered in 10 min and fixed my sync issue 👍\n"
     "9. Non riesco più a collegare la mia banca da settimane, nessuna risposta dal supporto.\n"
     "10. Updated yesterday, no changes noticed."),

    ("classification", 0, "",
     "Is dit een phishingmail of een echte mail van de bank? Antwoord alleen met 'phishing' of 'echt'.\n\n"
     "Van: Rabo-Beveiliging <service@rabo-veilig-check.info>\nOnderwerp: Uw pas wordt binnen 24 uur geblokkeerd\n\n"
     "Geachte klant, wegens een verouderde beveiligingsupdate wordt uw betaalpas binnen 24 uur geblokkeerd. "
     "Klik op onderstaande link en bevestig uw pincode en rekeningnummer om dit te voorkomen: hxxp://rabo-veilig-check.info/verify. Met vriendelijke groet, Afdeling Beveiliging"),

    ("classification", 0, "",
     "ISO 639-1 code for each line, nothing else\n"
     "Dziękujemy za zamówienie\n"
     "Obrigado pela sua compra\n"
     "Takk for bestillingen\n"
     "Köszönjük a rendelést\n"
     "Tack för din beställning\n"
     "Grazie per il tuo ordine\n"
     "Siparişiniz için teşekkürler\n"
     "Děkujeme za objednávku"),

    ("classification", 0, "",
     "Clasifica cada titular en una de estas secciones: Deportes, Economía, Política, Cultura, Sucesos. Formato: número - sección.\n\n"
     "1. El Banco Central rebaja dos décimas su previsión de crecimiento para el próximo año\n"
     "2. La Filarmónica de Valdemora estrena una obra inédita de un compositor del siglo XIX\n"
     "3. Detenido un hombre tras el robo de cobre en una subestación eléctrica de Linares\n"
     "4. El Atlético Cerezo remonta en el descuento y se mete en semifinales de Copa\n"
     "5. El Senado aprueba la reforma de la ley de vivienda con los votos de la oposición\n"
     "6. Las exportaciones de aceite caen un 12% por la sequía"),

    ("classification", 0,
     "You are Sentinel, the on-call triage bot for Larchmont Payments SRE. Severity matrix: P1 = customer-facing outage or data loss; P2 = degraded customer-facing service or imminent risk of P1; "
     "P3 = internal-only impact, no customer effect; P4 = informational. Reply with the severity and nothing else.",
     "[FIRING:1] HighErrorRate checkout-gateway (prod-eu)\nsummary: 5xx rate 7.4% over last 10m (threshold 2%)\nlabels: service=checkout-gateway env=prod region=eu-west-1 team=payments\n"
     "description: Customer checkout requests are failing intermittently. p95 latency 2.8s.\nstarted: 2024-05-02T18:41:07Z"),

    ("classification", 0,
     "Intent classifier for the Harbour Bank mobile assistant. Allowed intents: card_lost_or_stolen, card_freeze, balance_inquiry, transaction_dispute, loan_info, branch_hours, speak_to_human, unknown. Output the intent name only.",
     "can i freeze my card for a bit, pretty sure i left it at the pub last night but might be at my mates"),

    ("classification", 0,
     "You moderate in-game chat for Ironvale Online. For each message output JSON {\"label\": \"ok\" | \"harassment\" | \"hate\" | \"spam\" | \"self_harm\" | \"sexual\"}. Trash talk about gameplay is ok. Nothing else in the output.",
     "lmao u healers are so bad, uninstall and go back to tutorial island"),

    ("classification", 0, "",
     """Assign each transaction one of: Groceries, Transport, Dining, Utilities, Subscriptions, Rent, Health, Shopping, Transfer, Other. Return the list as `date | description | category`.

02/09  TESCO STORES 3291 LEEDS                    -54.12
02/09  TFL TRAVEL CH                               -7.80
03/09  NETFLIX.COM                                -10.99
03/09  BOOTS 1187 PHARMACY                         -8.45
04/09  OCTOPUS ENERGY DD                          -96.00
05/09  DELIVEROO *WAGAMAMA                        -23.60
05/09  FPS TO J OKAFOR REF SPLIT BILLS            -40.00
06/09  STO FIELDGATE LETTINGS RENT SEPT          -950.00
07/09  ALDI 8821                                  -31.07
07/09  UBER *TRIP                                 -14.20
08/09  SPOTIFY P2A8C1                             -11.99
08/09  ZARA UK ONLINE                             -45.99
09/09  THE CROWN & ANCHOR                         -18.50
10/09  THAMES WATER DD                            -38.20
10/09  CARD PAYMENT PUREGYM                       -24.99"""),

    ("classification", 0, "",
     "Handelt es sich bei diesem Dokument um eine Rechnung, ein Angebot, eine Gutschrift oder einen Lieferschein? Nur das Wort bitte.\n\n"
     "Schreinerei Hollerbach GmbH · Am Mühlbach 4 · 79312 Emmendingen\nAn: Familie Kruse, Lindenweg 12, 79331 Teningen\n"
     "Nr. 2024-0519   Datum: 06.05.   Gültig bis: 05.06.\nPos. 1  Einbauschrank Dachschräge, Eiche geölt, inkl. Montage   3.480,00 €\n"
     "Pos. 2  Entsorgung Altmöbel   120,00 €\nSumme netto 3.600,00 € zzgl. 19 % MwSt.\nWir würden uns freuen, den Auftrag für Sie ausführen zu dürfen."),

    ("classification", 0,
     "Map each diagnosis to exactly one of these coding chapters: A) Infectious diseases, B) Neoplasms, C) Endocrine/metabolic, D) Circulatory system, E) Respiratory system, F) Musculoskeletal system, G) Injury/poisoning. Answer as 'n: letter'.",
     "1: community-acquired pneumonia, right lower lobe\n2: type 2 diabetes mellitus with peripheral neuropathy\n3: closed fracture of left distal radius after fall\n4: essential hypertension\n5: basal cell carcinoma of the nose\n6: lumbar disc herniation L4-L5"),

    ("classification", 0, "",
     "junior, mid or senior? just the word\n\n"
     "We're looking for a Data Engineer to join our analytics platform team. You'll build and maintain batch pipelines in Airflow and dbt under the guidance of senior engineers. "
     "Requirements: 0-2 years of experience with SQL and Python, curiosity, willingness to learn cloud tooling (we use GCP). A degree in a quantitative field or a bootcamp is a plus."),

    ("classification", 0, "",
     """次のレビューをそれぞれ「ポジティブ」「ネガティブ」「中立」のどれかに分類してください。番号と分類だけで大丈夫です。

1. 部屋は清潔でスタッフの対応もとても丁寧でした。また泊まりたいです。
2. 駅から近いのは便利ですが、壁が薄くて隣の声が聞こえました。
3. 朝食は普通。可もなく不可もなく。
4. チェックインに40分も待たされ、説明もありませんでした。二度と利用しません。
5. 温泉が最高！景色もきれいで大満足です。"""),

    ("classification", 0, "",
     "नीचे दिए गए ग्राहक संदेश को इनमें से किसी एक श्रेणी में रखें: शिकायत, सुझाव, प्रशंसा, पूछताछ। सिर्फ़ श्रेणी लिखें।\n\n"
     "\"आपकी डिलीवरी टीम बहुत अच्छी है, लेकिन अगर ऐप में डिलीवरी का समय चुनने का विकल्प हो तो और भी बढ़िया रहेगा।\""),

    ("classification", 0,
     "Sen Anadolu Sigorta Destek'in e-posta yönlendirme asistanısın. Gelen e-postayı şu birimlerden birine ata: HASAR, POLİÇE_DEĞİŞİKLİĞİ, ÖDEME, ŞİKAYET, DİĞER. Sadece birim adını yaz.",
     "Merhaba, geçen hafta kasko poliçeme eşimi de sürücü olarak eklemek istiyorum. Ayrıca adres değişikliği yaptık, yeni adresimiz Kadıköy. Nasıl güncelleyebiliriz?"),

    ("classification", 0, "",
     "Classe chaque avis selon son thème principal : livraison, qualité produit, service après-vente, prix. Réponds sous la forme « avis n° : thème ».\n\n"
     "Avis 1 : Colis arrivé avec quatre jours de retard, et le livreur l'a laissé devant la porte sans sonner.\n"
     "Avis 2 : La poêle a commencé à attacher au bout de deux semaines, le revêtement s'écaille déjà.\n"
     "Avis 3 : J'ai dû relancer trois fois le SAV pour obtenir un simple bon de retour.\n"
     "Avis 4 : Correct, mais 89 € pour une bouilloire, c'est franchement excessif.\n"
     "Avis 5 : Tissu qui bouloche après un lavage, coutures de travers."),

    ("classification", 0, "",
     "Study design? Choose one: RCT, prospective cohort, retrospective cohort, case-control, cross-sectional, systematic review.\n\n"
     "\"We identified 412 adults with newly diagnosed pancreatic cancer from the Northfield regional registry and 1,236 age- and sex-matched controls without cancer from the same primary care practices, "
     "and compared their prior use of proton pump inhibitors recorded in prescribing databases over the preceding ten years.\""),

    ("classification", 0, "",
     "rental, sale or commercial lease? one word\n\n"
     "Ground-floor unit, 85 m² + basement storage, high footfall on Kettle Street, suitable for café/retail (E-class use). 10-year term, rent reviews every 5 years, £28,500 p.a. exclusive. Service charge applies."),

    ("classification", 0, "",
     "bug or feature request? \"would be nice if the export also did xlsx and not just csv, finance keeps asking me to convert\""),

    ("classification", 0,
     "You label incoming e-mails for the talent team at Orrin & Vale Consulting. Labels: APPLICATION, CANDIDATE_QUESTION, AGENCY_PITCH, INTERNAL, SPAM. Return one label.",
     "Subject: Exclusive pre-vetted Salesforce architects available now\n\nHi there, I lead the tech practice at Brightpath Talent. We currently have three senior Salesforce architects on the market, all immediately available, "
     "and would love to agree terms of business with you. Our fee is 18% of first-year salary with a 12-week rebate period. Could we book 15 minutes this week?"),

    ("classification", 0, "",
     """Defect codes: D01 scratch/scuff, D02 dent, D03 colour mismatch, D04 missing part, D05 dimensional out of tolerance, D06 weld porosity.
Assign a code to each inspector comment:
a) "left door panel has small ding near handle, approx 3mm"
b) "fixing bracket not in bag, kit incomplete"
c) "bead shows pinholes along the seam on the rear frame"
d) "shade of RAL 7016 visibly lighter than reference swatch"
e) "hole spacing measured 121.4mm, drawing says 120 ±0.5\""""),

    ("classification", 0, "",
     "이 고객 문의를 배송 / 환불 / 교환 / 기타 중 하나로 분류해줘. 답은 한 단어로.\n\n"
     "\"운동화 사이즈가 작아서 270으로 바꾸고 싶어요. 택은 안 뗐고 박스도 그대로 있어요.\""),

    ("classification", 0,
     "Per ogni recensione indica l'aspetto di cui parla principalmente: SERVIZIO, CIBO, PREZZO, AMBIENTE. Una parola per riga.",
     "1) Cameriere gentilissimi e velocissimi anche con il locale pieno.\n2) La carbonara era scotta e la carne dura.\n3) Musica troppo alta, tavoli attaccati, impossibile parlare.\n4) Conto salato: 14 euro per un tiramisù mi sembrano tanti."),

    ("classification", 0, "",
     "Czy ta wiadomość to reklamacja? Odpowiedz tak albo nie.\n\n\"Dzień dobry, chciałabym zapytać, czy sofa Lena jest dostępna w kolorze butelkowej zieleni i jaki jest czas oczekiwania na dostawę do Gdańska.\""),

    ("classification", 0, "",
     "Map each carrier scan event to one exception bucket: ADDRESS_ISSUE, CUSTOMS_HOLD, DAMAGE, WEATHER_DELAY, RECIPIENT_UNAVAILABLE, NONE.\n"
     "EVT1 'Consignee not available - card left, redelivery scheduled'\n"
     "EVT2 'Held at customs - awaiting commercial invoice'\n"
     "EVT3 'Departed facility - Memphis TN'\n"
     "EVT4 'Incorrect house number - contacting shipper'\n"
     "EVT5 'Delay due to severe weather in origin area'\n"
     "EVT6 'Package damaged in transit - repackaged at hub'"),

    ("classification", 0,
     "DLP check. For each log line, answer PII or CLEAN. Treat e-mail addresses, phone numbers, full names with addresses, card numbers and national ID numbers as PII.",
     "L1 2024-06-01T10:22:13Z INFO order.created order_id=88172 total=42.10 currency=EUR\n"
     "L2 2024-06-01T10:22:14Z DEBUG customer lookup email=h.sandoval@mailbox.example found=true\n"
     "L3 2024-06-01T10:22:15Z WARN retrying payment provider timeout attempt=2\n"
     "L4 2024-06-01T10:22:16Z DEBUG card=4111111111111111 exp=09/27 status=authorised\n"
     "L5 2024-06-01T10:22:18Z INFO shipment label printed carrier=DPD parcels=1"),

    ("classification", 0, "",
     "صنّف التغريدة التالية: إيجابية أم سلبية أم محايدة؟ أجب بكلمة واحدة فقط.\n\n"
     "\"للمرة الثالثة هذا الشهر ينقطع الإنترنت عندي لساعات وخدمة العملاء لا ترد 😡 #شبكة_الريان\""),

    ("classification", 0, "",
     "判断以下每条商品评论是否是广告或垃圾信息，回答\"是\"或\"否\"，每行一个：\n"
     "1. 质量不错，尺码偏大一码，建议买小一号\n"
     "2. 加微信 vx88231 领取优惠券，全网最低价，代购各种大牌\n"
     "3. 物流太慢了，等了一个星期才到\n"
     "4. 兼职刷单日赚300，详情私聊\n"
     "5. 颜色和图片有点色差，但整体还可以"),

    ("classification", 0, "",
     """Give each commit message its conventional-commit type (feat, fix, docs, refactor, test, chore, perf). Output as `hash type`.

a41c9e2 add CSV export to the invoices page
7be0d13 handle null customer_id in webhook handler (was crashing)
c3f88a0 bump eslint to 9.3.0
19ad4f7 rewrite README install section for Windows users
e02b6c1 extract pricing rules into their own module, no behaviour change
5f7713d cache exchange rates for 10 min, cuts p95 by ~40ms
880d2ea add missing tests for the refund edge cases"""),

    # ------------------------------------------------------------------ classification, escalate 1
    ("classification", 1, "",
     """Can you classify this patient's 30-day readmission risk as low, moderate or high, and walk me through which factors push it which way? I'm the discharge coordinator and need to decide whether to refer to the transitional care team.

DISCHARGE SUMMARY — Riverside General Hospital, Ward 6B (General Medicine)
Patient: 78-year-old man. Admitted via ED with 4 days of increasing breathlessness, ankle swelling and orthopnoea. Length of stay: 9 days.

Principal diagnosis: Acute decompensated heart failure (HFrEF, LVEF 30% on echo this admission, previously 35%).
Secondary diagnoses: Chronic kidney disease stage 3b (eGFR 38 on admission, 34 at discharge); type 2 diabetes on insulin; atrial fibrillation (rate-controlled); COPD (mild, no home oxygen); mild cognitive impairment noted by daughter, not formally assessed.

Hospital course: Treated with IV furosemide with good diuresis (net negative 6.2 L, weight 84.1 kg -> 78.3 kg). Course complicated on day 4 by acute kidney injury (creatinine peak 221 umol/L), diuretics held 36 hours then restarted at lower dose. Hypokalaemia (K 3.1) corrected. One episode of hypoglycaemia (glucose 3.2 mmol/L) on day 6 after reduced oral intake; insulin dose reduced. Physiotherapy: mobilising with a frame, 20 metres, one assist for stairs. Occupational therapy recommended a perching stool and rails; home assessment not completed before discharge due to bed pressures.

Medications on discharge (changes in brackets): furosemide 40 mg twice daily (new dose, was 40 mg once daily); bisoprolol 2.5 mg once daily (unchanged); sacubitril/valsartan 24/26 mg twice daily (NEW, replaces ramipril); apixaban 2.5 mg twice daily (unchanged); insulin glargine 14 units at night (REDUCED from 20); metformin STOPPED due to renal function; tiotropium inhaler (unchanged); atorvastatin 40 mg (unchanged). Total: 12 regular medications including inhalers and supplements.

Social history: Lives alone in a two-storey house, bedroom upstairs. Wife died 18 months ago. Daughter lives 40 minutes away, visits weekly, works full time. Previously independent with personal care; meals mainly ready-meals. Ex-smoker, 40 pack-years. Drinks 2-3 units most evenings. Not known to community heart failure nurses. Has a smartphone but "doesn't use it much".

Previous admissions: Two admissions in the last 12 months (heart failure exacerbation 7 months ago, 6-day stay; fall with head injury 4 months ago, 2-day stay). Missed one cardiology outpatient appointment in that period.

Discharge plan: Daily weights advised, patient given a weight diary; instructed to contact GP if weight increases by more than 2 kg in 3 days. Renal function and potassium to be checked by GP in 1 week. Cardiology clinic follow-up in 6 weeks. Heart failure nurse referral sent by e-mail on the day of discharge; not yet acknowledged. Patient says he understands the new medicines, but the pharmacist noted he confused the names of furosemide and apixaban during counselling. Transport home by hospital car, discharged at 19:40 on a Friday.

Investigations: NT-proBNP 6,840 ng/L on admission (no comparison available). Haemoglobin 104 g/L (previous 118), ferritin 38, transferrin saturation 14% - IV iron not given, "for GP to consider". Chest X-ray: cardiomegaly, bilateral small effusions, improved on repeat. Albumin 31 g/L. HbA1c 58 mmol/mol.

Observations at discharge: BP 104/62, HR 78 irregular, SpO2 94% on air, RR 18, afebrile. Mild residual ankle oedema. Weight 78.3 kg."""),

    ("classification", 1, "",
     "My basement flooded after the sump pump failed during a storm last week. Below are the exclusions from my homeowner's policy. For each one, classify it as 'likely used to deny my claim', 'could be argued either way', or 'not relevant', and explain your reasoning so I know what to push back on with the adjuster.\n\n"
     "Exclusion 4(a): Loss caused by flood, surface water, waves, tidal water or overflow of a body of water, whether or not driven by wind.\n"
     "Exclusion 4(b): Water which backs up through sewers or drains, or which overflows or is discharged from a sump, sump pump or related equipment, unless the Water Backup endorsement is shown on the Declarations page.\n"
     "Exclusion 4(c): Water below the surface of the ground, including water which exerts pressure on or seeps through a foundation, wall or floor.\n"
     "Exclusion 7: Loss caused by wear and tear, deterioration, mechanical breakdown or latent defect.\n"
     "Exclusion 9: Neglect, meaning the failure of an insured to use all reasonable means to save and preserve property at and after the time of a loss.\n"
     "Exclusion 12: Mold, fungus or wet rot, unless hidden within walls or ceilings and resulting from a covered water loss.\n\n"
     "(Declarations page lists: Dwelling, Other Structures, Personal Property, Loss of Use, and 'Water Backup - $10,000'.) The pump was 11 years old and I'd never had it serviced."),

    ("classification", 1, "",
     "I'm 52, want to retire at 60, and I'm worried rates stay high for longer. Classify each holding as increase / hold / reduce for my situation and explain why. Current portfolio (~£410k):\n"
     "- Global equity index tracker 38%\n- UK gilts 15+ years duration 17%\n- Short-dated gilts / money market 6%\n- UK REIT fund 9%\n- Emerging markets equity 8%\n- Gold ETC 5%\n- Employer shares (FTSE 250 engineering firm, my employer) 12%\n- Crypto (BTC) 5%\n"
     "I also have a DB pension worth about £14k/yr from 65 from a previous job."),

    ("classification", 1, "",
     "We run moderation for a Brazilian-Portuguese meme community. This caption was reported as hate speech: \"Quando o nordestino chega em SP e descobre que o metrô não espera ninguém\" over a picture of a man running after a train. "
     "Some mods say it's harmless regional humour, others say it plays on stereotypes about northeastern migrants. Classify it as allowed / allowed with warning / remove under our policy (which bans content that 'demeans people based on origin') and explain the cultural context that drives your decision."),

    ("classification", 1,
     "Context: Quorra Health is a 60-person SaaS company hosting patient-scheduling software on AWS. Act as its security advisor and take this context into account when judging impact.",
     """Here's the findings table from the external pentest. Classify each as Critical / High / Medium / Low for us specifically (not just the tester's CVSS), and explain the business impact that drives each rating. Also tell me which two to fix first.

F-01 Stored XSS in clinic admin 'notes' field; admin sessions lack HttpOnly flag. Tester CVSS 6.1
F-02 S3 bucket 'quorra-exports-prod' allows ListBucket to any authenticated AWS user; contains nightly CSV exports of appointments. Tester CVSS 7.5
F-03 TLS 1.0 enabled on legacy marketing site (static, no login). Tester CVSS 5.3
F-04 Password reset tokens do not expire for 7 days and are not invalidated after use. Tester CVSS 6.5
F-05 Verbose stack traces returned on 500 errors in the patient booking API, revealing framework versions. Tester CVSS 4.3
F-06 No rate limiting on SMS OTP endpoint; OTPs are 4 digits. Tester CVSS 8.1
F-07 Outdated jQuery 1.12 on the public booking widget, no known exploitable path found. Tester CVSS 3.7
F-08 IAM user 'ci-deploy' has AdministratorAccess and a 3-year-old access key. Tester CVSS 7.2"""),

    ("classification", 1, "",
     "Trabajo en atención al paciente de una clínica privada. Clasifica cada queja como 'posible negligencia médica', 'problema de trato/organización' o 'sin fundamento aparente', y razona cada caso; necesito saber cuáles mandar a la asesoría jurídica.\n\n"
     "Queja 1: Me operaron de la rodilla derecha y al despertar tenía el vendaje en la izquierda; luego me dijeron que era un error de etiquetado y que la operación fue en la correcta, pero nadie me lo ha confirmado por escrito.\n"
     "Queja 2: Esperé tres horas en urgencias con dolor torácico antes de que me hicieran un electrocardiograma. Al final era ansiedad, pero pudo ser un infarto.\n"
     "Queja 3: La recepcionista fue muy borde por teléfono y me colgó dos veces.\n"
     "Queja 4: A mi madre le recetaron un antibiótico al que es alérgica; constaba en su historia. Tuvo una reacción leve y se resolvió en casa.\n"
     "Queja 5: El dermatólogo no me quitó el lunar que le pedí porque dijo que no hacía falta; me parece que no se lo tomó en serio."),

    ("classification", 1,
     "You assist the review panel of the Larkfield Community Foundation. Criteria: (1) direct benefit to residents of the Larkfield district, (2) feasibility within 12 months and the requested budget, (3) sustainability after funding ends, (4) applicant capacity. Budget remaining this round: £60,000.",
     """Classify each application as FUND, MAYBE or DECLINE against the criteria and justify each decision in 2-3 sentences. Then say how you'd allocate the remaining budget.

A. Larkfield Men's Shed (£14,000): convert a disused garage into a woodworking space for isolated older men. Council has offered a 5-year peppercorn lease. Run by volunteers; treasurer is a retired accountant. Plans to cover running costs through selling furniture.
B. CodeBridge CIC (£38,000): 12-week coding bootcamp for 20 unemployed young adults across the county (Larkfield is one of 6 districts). Partnership with two employers for interviews. CIC founded 8 months ago, no accounts filed yet.
C. St Aidan's Primary PTA (£6,500): sensory garden for pupils with SEND. Quote from landscaper included; parents will maintain it. Head teacher letter of support.
D. Larkfield Food Share (£22,000): refrigerated van to collect surplus food from supermarkets. Currently uses volunteers' cars. Serves ~340 households a week. Van running costs £5,200/yr, no confirmed source after year one.
E. Riverside Arts Festival (£18,000): one-weekend festival with headline act, expected 3,000 visitors, half from outside the district. Ticketed; organisers ran a smaller version last year that lost £4,000."""),

    ("classification", 1, "",
     "Mein Arbeitgeber hat mir gekündigt (Logistikfirma, 140 Mitarbeiter, ich bin seit 9 Jahren dabei). Begründung im Schreiben: 'wiederholte Unpünktlichkeit sowie Umstrukturierung der Abteilung Disposition'. "
     "Ich hatte eine Abmahnung wegen Verspätung vor 3 Jahren, seitdem nichts mehr. Zwei Kollegen in der Disposition wurden auch entlassen, ein neuer Disponent wurde letzten Monat eingestellt. "
     "Ist das eher eine verhaltensbedingte, personenbedingte oder betriebsbedingte Kündigung, und wie stehen meine Chancen vor dem Arbeitsgericht? Bitte mit Begründung."),

    ("classification", 1, "",
     "Under the IRS common-law test, should we classify this person as an employee or an independent contractor? Give your classification and the reasoning factor by factor, and flag what makes this risky.\n\n"
     "Facts: Priya has done UX design for our startup for 14 months. She invoices monthly at a fixed $7,500. She works mostly from home but joins our daily standup at 9:30 and uses our laptop, Figma licence and company email address. "
     "She sets her own hours outside standup. Our head of product reviews and assigns her work in Jira each sprint. She has one other client, a bakery, for whom she did a logo last year. "
     "No written contract beyond an email offer. She's asked about joining our health plan. We'd like to keep her for the long term."),

    ("classification", 1,
     "Internal assistant - Marlowe & Finch Ltd, finance operations. Staff paste e-mails and documents for a second opinion. You never initiate payments.",
     "Is this email from our CFO a business-email-compromise attempt or genuine? It looks right to me but something feels off. Give me your verdict, the evidence for and against, and what I should do before paying anything.\n\n"
     "From: Helena Finch <helena.finch@marlowefinch.co>\nTo: ap@marlowefinch.co.uk\nSubject: RE: Q3 supplier payments - confidential\n\n"
     "Hi Tom,\n\nFurther to our conversation at the offsite, I need you to process a payment to our new legal advisers for the Harcourt acquisition today. "
     "Details below. This is highly confidential until the announcement so please don't discuss with the rest of the team or put it through the usual approval chain, I will sign off retrospectively.\n\n"
     "Beneficiary: Whitcombe Legal Partners LLP\nBank: Northbridge Bank, sort code 40-11-62, account 73390218\nAmount: £48,750.00\nReference: HAR-DD-0923\n\n"
     "I'm in meetings back to back so email is best. Thanks for handling this discreetly.\n\nHelena\n\nSent from my iPhone"),

    # ------------------------------------------------------------------ formatting, escalate 0
    ("formatting", 0, "",
     """Turn this stock report into a clean CSV: columns sku,description,bin,on_hand,uom,last_counted (ISO date). Drop the repeated page headers/footers and the subtotal lines. Keep the rows in the same order.

================================================================================
 GREYSTONE DISTRIBUTION - WMS v8.2            STOCK ON HAND BY LOCATION
 Site: DC2 Northampton      Zone: A (ambient)     Printed 14/10 06:02  Page 1/3
================================================================================
 SKU        DESCRIPTION                        BIN        ON HAND  UOM  LAST CNT
 --------   ---------------------------------  ---------  -------  ---  --------
 GR-10021   Basmati rice 5kg sack              A-01-01-A      184  EA   02/10/24
 GR-10022   Basmati rice 1kg bag               A-01-01-B      960  EA   02/10/24
 GR-10035   Red lentils 2kg                    A-01-02-A      412  EA   29/09/24
 GR-10036   Green lentils 2kg                  A-01-02-B      288  EA   29/09/24
 GR-10040   Chickpeas dried 1kg                A-01-03-A      530  EA   29/09/24
 GR-10051   Plain flour 1.5kg                  A-01-04-A     1120  EA   07/10/24
 GR-10052   Self-raising flour 1.5kg           A-01-04-B      744  EA   07/10/24
 GR-10060   Caster sugar 1kg                   A-01-05-A      896  EA   07/10/24
 GR-10061   Granulated sugar 2kg               A-01-05-B      602  EA   07/10/24
 GR-10075   Porridge oats 1kg                  A-01-06-A      455  EA   30/09/24
                                                 ZONE A AISLE 01 SUBTOTAL:   6195
 GR-10110   Chopped tomatoes 400g tin x12      A-02-01-A      218  CS   03/10/24
 GR-10111   Passata 500g x12                   A-02-01-B      164  CS   03/10/24
 GR-10120   Coconut milk 400ml x12             A-02-02-A      97   CS   03/10/24
 GR-10131   Kidney beans 400g tin x12          A-02-02-B      143  CS   03/10/24
 GR-10132   Baked beans 415g tin x24           A-02-03-A      320  CS   03/10/24
 GR-10140   Sweetcorn 326g tin x12             A-02-03-B      88   CS   25/09/24
 GR-10150   Tuna chunks in brine 145g x12      A-02-04-A      256  CS   25/09/24
--------------------------------------------------------------------------------
 CONFIDENTIAL - internal use only                            continued next page
================================================================================
 GREYSTONE DISTRIBUTION - WMS v8.2            STOCK ON HAND BY LOCATION
 Site: DC2 Northampton      Zone: A (ambient)     Printed 14/10 06:02  Page 2/3
================================================================================
 SKU        DESCRIPTION                        BIN        ON HAND  UOM  LAST CNT
 --------   ---------------------------------  ---------  -------  ---  --------
 GR-10151   Sardines in olive oil 120g x12     A-02-04-B      71   CS   25/09/24
 GR-10160   Peeled plum tomatoes 2.5kg         A-02-05-A      46   EA   25/09/24
                                                 ZONE A AISLE 02 SUBTOTAL:   1403
 GR-10210   Olive oil extra virgin 1L          A-03-01-A      380  EA   08/10/24
 GR-10211   Olive oil extra virgin 5L          A-03-01-B      62   EA   08/10/24
 GR-10215   Sunflower oil 1L                   A-03-02-A      710  EA   08/10/24
 GR-10216   Rapeseed oil 3L                    A-03-02-B      133  EA   08/10/24
 GR-10230   Balsamic vinegar 500ml             A-03-03-A      198  EA   01/10/24
 GR-10231   White wine vinegar 500ml           A-03-03-B      154  EA   01/10/24
 GR-10240   Soy sauce 1L                       A-03-04-A      241  EA   01/10/24
 GR-10245   Sriracha 455ml                     A-03-04-B      167  EA   01/10/24
 GR-10250   Tomato ketchup 1.2kg               A-03-05-A      302  EA   09/10/24
 GR-10251   Mayonnaise 1L                      A-03-05-B      276  EA   09/10/24
                                                 ZONE A AISLE 03 SUBTOTAL:   2823
 GR-10310   Spaghetti 500g                     A-04-01-A     1340  EA   10/10/24
 GR-10311   Penne 500g                         A-04-01-B     1215  EA   10/10/24
 GR-10312   Fusilli 500g                       A-04-02-A      980  EA   10/10/24
 GR-10320   Egg noodles 250g                   A-04-02-B      433  EA   10/10/24
 GR-10330   Couscous 1kg                       A-04-03-A      211  EA   27/09/24
--------------------------------------------------------------------------------
 CONFIDENTIAL - internal use only                            continued next page
================================================================================
 GREYSTONE DISTRIBUTION - WMS v8.2            STOCK ON HAND BY LOCATION
 Site: DC2 Northampton      Zone: A (ambient)     Printed 14/10 06:02  Page 3/3
================================================================================
 SKU        DESCRIPTION                        BIN        ON HAND  UOM  LAST CNT
 --------   ---------------------------------  ---------  -------  ---  --------
 GR-10331   Bulgur wheat 1kg                   A-04-03-B      178  EA   27/09/24
 GR-10340   Arborio rice 1kg                   A-04-04-A      264  EA   27/09/24
                                                 ZONE A AISLE 04 SUBTOTAL:   4601
 GR-10410   Instant coffee 200g                A-05-01-A      349  EA   04/10/24
 GR-10411   Ground coffee 227g                 A-05-01-B      512  EA   04/10/24
 GR-10420   Tea bags x240                      A-05-02-A      688  EA   04/10/24
 GR-10421   Green tea bags x80                 A-05-02-B      205  EA   04/10/24
 GR-10430   Drinking chocolate 500g            A-05-03-A      119  EA   04/10/24
                                                 ZONE A AISLE 05 SUBTOTAL:   1873
                                                 ZONE A TOTAL:              16895
--------------------------------------------------------------------------------
 CONFIDENTIAL - internal use only                                  end of report"""),

    ("formatting", 0, "",
     """convert to yaml pls, keep key order

{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"invoice-renderer","namespace":"billing","labels":{"app":"invoice-renderer","tier":"backend"}},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"invoice-renderer"}},"template":{"metadata":{"labels":{"app":"invoice-renderer"}},"spec":{"containers":[{"name":"renderer","image":"ghcr.io/tallis/invoice-renderer:2.8.1","ports":[{"containerPort":8080}],"env":[{"name":"PDF_ENGINE","value":"weasyprint"},{"name":"MAX_PAGES","value":"200"}],"resources":{"requests":{"cpu":"200m","memory":"256Mi"},"limits":{"memory":"512Mi"}}}]}}}}"""),

    ("formatting", 0, "",
     "Sort this by surname (A-Z), keep the 'First Last - team' format exactly:\n"
     "Imogen Achterberg - Payroll\nRafael Quintero - Treasury\nSiobhan Byrne - Payroll\nKenji Watanabe - Tax\nAmara Nwosu - Treasury\nLuca Bianchi - Audit\nFreya Lindholm - Tax\nDev Malhotra - Audit"),

    ("formatting", 0, "",
     "Tu peux me mettre les tarifs de ce mail dans un tableau markdown (colonnes : prestation, durée, prix HT) ? Merci !\n\n"
     "« Bonjour Madame Lefèvre, suite à notre échange voici nos tarifs pour l'accompagnement de votre équipe : l'atelier de découverte Excel avancé dure une demi-journée et coûte 650 € HT ; "
     "la formation Power BI initiation se déroule sur deux jours pour 1 900 € HT ; le module de perfectionnement Power BI, sur une journée, est à 1 050 € HT. "
     "Enfin, le coaching individuel est facturé 140 € HT de l'heure. Bien cordialement, Julien Roux, Datalpha Formation »"),

    ("formatting", 0, "",
     "Normalise these to YYYY-MM-DD. They're all European day-first dates.\n"
     "3/4/2024\n17.11.23\n2024-02-09\n5 Jan 2025\n30/06/24\n1.12.2024\nMarch 8, 2024"),

    ("formatting", 0,
     "You are a formatting service in the Scriptorium data pipeline. Convert the user's input into valid JSON Lines, one object per record, using exactly the field names present in the input (lowercase, spaces replaced by underscores). "
     "Numbers become numbers, empty values become null. Do not add, drop or infer fields. Output only the JSON Lines.",
     "Title: The Salt Roads | Author: M. Okafor | Year: 2019 | Pages: 342 | ISBN: 978-1-90-000112-3 | Shelf: HIS-04\n"
     "Title: Quiet Engines | Author: L. Brandvold | Year: 2022 | Pages: 288 | ISBN: | Shelf: SCI-11\n"
     "Title: A Winter in Trieste | Author: P. Castellani | Year: 2015 | Pages: 199 | ISBN: 978-1-90-000245-8 | Shelf: TRV-02\n"
     "Title: Ledger and Lamp | Author: S. Ahn | Year: | Pages: 410 | ISBN: 978-1-90-000390-5 | Shelf: ECO-07"),

    ("formatting", 0, "",
     "indent this properly + uppercase the keywords, don't change the logic\n\n"
     "select c.region, date_trunc('month', o.created_at) as month, count(*) as orders, sum(o.total) as revenue from orders o join customers c on c.id = o.customer_id "
     "where o.status in ('paid','shipped') and o.created_at >= now() - interval '12 months' group by 1, 2 having sum(o.total) > 10000 order by 1, 2;"),

    ("formatting", 0, "",
     "Minified JS below - reformat it with 2-space indentation, no other changes.\n\n"
     "function calcShipping(o,r){if(!o||!o.items)return 0;let w=o.items.reduce((a,i)=>a+i.weight*i.qty,0);const b=r[o.zone]||r.default;if(w<=b.freeUpTo)return 0;let c=b.base+Math.ceil((w-b.freeUpTo)/b.step)*b.perStep;return o.express?c*1.5:c}"
     "export{calcShipping};"),

    ("formatting", 0, "",
     """Please reformat these references in APA 7th edition style, alphabetical order:

- Haverford, J. and Mbeki, T. 2021. "Remote work and regional house prices", Journal of Urban Economics Review, vol 14 issue 2, pages 101-129. doi 10.5555/juer.2021.0142
- Lindqvist, Anna (2019) Cooperative Housing in the Nordics. Stockholm: Granite Press.
- Okoro C, Feld R, Tanaka Y. Commuting time and wellbeing: evidence from panel data. Transport & Society. 2023;9(4):455-478.
- Bellamy, R. (2020). Zoning after the pandemic. In: P. Ruiz (ed.), Cities in Transition, pp. 33-58. London: Marsh & Wren."""),

    ("formatting", 0,
     "You produce address labels for Parcelnest. Format each address as the destination country's postal convention, in uppercase, one line per address element, a blank line between labels. Do not correct or add information.",
     "1) Ms Ana Lucia Ferraz, Rua Doutor Mário Cal Brandão 118 apt 42, Porto, 4050-012, Portugal\n"
     "2) Herr Matthias Köhler, Lindenallee 7, 50968, Köln, Deutschland\n"
     "3) Mr. Samuel Osei, Apt 5B, 221 Elmwood Avenue, Buffalo, New York 14222, USA"),

    ("formatting", 0, "",
     "pásame esto a tabla markdown con columnas vuelo / origen / destino / salida / llegada porfa\n\n"
     "IB3170 sale de Madrid a las 07:15 y llega a Lisboa a las 07:35; UX1093 Lisboa-Madrid sale 20:10 llega 22:25; "
     "VY1302 Barcelona 09:40 → Sevilla 11:20; el de vuelta es VY1309, Sevilla 18:05, llega a Barcelona 19:50."),

    ("formatting", 0, "",
     """Bitte als CSV mit Semikolon als Trennzeichen und Kopfzeile Datum;Projekt;Tätigkeit;Stunden. Dezimalkomma beibehalten.

Zeiterfassung KW 41 – Svenja Rothkirch
Mo 07.10.: Projekt Nordlicht, Workshop-Vorbereitung, 3,5 h; Projekt Nordlicht, Kundentermin Hamburg, 4 h
Di 08.10.: Intern, Teammeeting, 1 h; Projekt Falkenstein, Datenmodell überarbeitet, 6,5 h
Mi 09.10.: Projekt Falkenstein, Testdaten erstellt, 5 h; Projekt Falkenstein, Abstimmung mit IT, 2,25 h
Do 10.10.: Urlaub (halber Tag); Projekt Nordlicht, Protokoll und Nacharbeit, 3,75 h
Fr 11.10.: Intern, Weiterbildung Datenschutz, 2 h; Projekt Nordlicht, Angebot Phase 2, 5,5 h"""),

    ("formatting", 0, "",
     """以下の箇条書きを「拠点｜担当者｜内線｜営業時間」の表（Markdown）にしてください。内容は変えないでください。

・札幌営業所：担当 高橋、内線 2101、平日9:00〜17:30
・仙台営業所：担当 鈴木、内線 2205、平日9:00〜18:00
・名古屋支店：担当 山本、内線 3310、平日8:45〜17:45、土曜10:00〜15:00
・福岡営業所：担当 中村、内線 4402、平日9:00〜17:30"""),

    ("formatting", 0,
     "你是一个数据格式转换工具，只输出结果，不要解释。",
     "把下面的数据转成JSON数组，每个对象包含 城市、日期、最高温、最低温、天气 五个字段，温度用数字：\n"
     "北京 6月3日 31℃/19℃ 晴\n上海 6月3日 28℃/22℃ 小雨\n广州 6月3日 33℃/26℃ 雷阵雨\n成都 6月3日 27℃/20℃ 多云"),

    ("formatting", 0, "",
     "Ordina alfabeticamente questi clienti e togli i doppioni (stesso nome anche se scritto con maiuscole diverse):\n"
     "Ferramenta Rossi, Bar Centrale, ottica Visconti, Panificio Galli, bar centrale, Studio Dentistico Marchi, Ferramenta Rossi, Agriturismo Il Poggio, OTTICA VISCONTI, Cartoleria Bruni"),

    ("formatting", 0, "",
     "Converte para XML com elemento raiz <pedidos> e um elemento <pedido> por linha (atributos não, só elementos filhos):\n\n"
     "numero;cliente;produto;quantidade;valor\n"
     "10231;Padaria Estrela;Farinha de trigo 25kg;8;1160,00\n"
     "10232;Mercadinho São Jorge;Açúcar cristal 5kg;20;470,00\n"
     "10233;Café Bom Dia;Café torrado 1kg;12;588,00"),

    ("formatting", 0, "",
     "Zet deze tijden om naar 24-uursnotatie, één per regel, verder niks veranderen:\n"
     "7:45 AM vertrek bus\n12:30 PM lunch op locatie\n3:15 PM rondleiding fabriek\n6:00 PM diner\n11:20 PM terug in Utrecht"),

    ("formatting", 0, "",
     "Şu listeyi markdown tablo yap: sütunlar Ürün, Stok Kodu, Adet, Birim Fiyat (TL)\n"
     "- Çelik termos 750 ml, kod TRM-750, 40 adet, 389,90\n- Seramik kupa seti (4'lü), kod KPA-004, 25 adet, 249,00\n"
     "- Bambu kesme tahtası, kod BMB-032, 60 adet, 179,50\n- Cam saklama kabı 1 L, kod CSK-100, 35 adet, 119,90"),

    ("formatting", 0, "",
     "CSV to an HTML <table> with a <thead>. Escape the ampersand.\n\nregion,quarter,bookings,churn_pct\nNorth & Scotland,Q1,1284,2.1\nMidlands,Q1,1710,1.8\nSouth East,Q1,2933,2.6\nWales,Q1,604,3.0"),

    ("formatting", 0, "",
     """Each line should become a JSON object with keys ts, level, service, msg; give me a JSON array. ts stays as-is.

2024-07-19T08:14:02.113Z ERROR [auth-svc] token validation failed: signature mismatch
2024-07-19T08:14:02.560Z WARN  [auth-svc] falling back to cached JWKS
2024-07-19T08:14:05.001Z INFO  [gateway] route /v2/orders -> orders-svc (canary 10%)
2024-07-19T08:14:09.874Z ERROR [orders-svc] db timeout after 5000ms on query get_order_lines"""),

    ("formatting", 0,
     "Bramblecroft Studio invoice prep. Amounts go out in British format: £ sign, comma thousands separator, two decimals.",
     "format these: 1250, 87.5, 19999.999, 3, 1000000, 452.10"),

    ("formatting", 0, "",
     "group these under their department as nested bullets (departments in bold), keep items as written:\n"
     "laptop refresh - IT; onboarding handbook update - HR; VPN licence renewal - IT; Q4 bonus letters - HR; "
     "office plants contract - Facilities; fire alarm test - Facilities; SSO migration - IT; pension auto-enrolment check - HR"),

    ("formatting", 0, "",
     "Strip all the markdown from this so I can paste it into a plain-text SMS template:\n\n"
     "**Reminder:** your appointment at *Westbrook Dental* is on **Thu 14 Nov, 10:30**.\n"
     "- Please arrive **10 min** early\n- Bring your [NHS number](https://example.org/nhs-number)\n"
     "> Need to cancel? Reply `CANCEL` at least 24h before."),

    ("formatting", 0, "",
     "rename all keys from snake_case to camelCase, values untouched:\n\n"
     "{\"order_id\": \"A-2231\", \"customer_ref\": \"C-0917\", \"line_items\": [{\"sku_code\": \"MUG-BLU\", \"unit_price\": 8.5, \"qty_ordered\": 4}], \"ship_to\": {\"post_code\": \"EH6 5QR\", \"country_iso\": \"GB\"}, \"is_gift\": false}"),

    ("formatting", 0, "",
     "Transpose this table so the metrics become rows and the months become columns:\n\n"
     "| month | visits | signups | paid_conversions |\n|---|---|---|---|\n| Jan | 48210 | 1320 | 214 |\n| Feb | 45102 | 1288 | 230 |\n| Mar | 52977 | 1495 | 261 |"),

    ("formatting", 0, "",
     "Turn this .env into the `environment:` block for a docker-compose service (list syntax, keep comments out):\n\n"
     "# core\nAPP_ENV=staging\nAPP_PORT=8081\n# db\nPOSTGRES_HOST=db\nPOSTGRES_DB=tickets\nPOSTGRES_USER=tickets_app\n# feature flags\nENABLE_SSO=true\nRATE_LIMIT_PER_MIN=120"),

    ("formatting", 0, "",
     """Make these into an .ics file I can import (one VEVENT each, timezone Europe/Amsterdam, no alarms):

Onboarding week – Harbourline Data
- Mon 3 Feb 09:00-10:30 Welcome & laptop setup, room Maas
- Mon 3 Feb 13:00-14:00 Security training, online (Teams)
- Tue 4 Feb 10:00-12:00 Product walkthrough with Ilse, room IJssel
- Thu 6 Feb 15:00-16:00 Meet the data platform team, room Waal"""),

    ("formatting", 0, "", "alphabetize: zeta, Alpha, mango, Beta, kiwi, apple"),

    ("formatting", 0, "",
     "아래 표를 CSV로 바꿔줘. 첫 줄은 헤더로.\n\n"
     "| 이름 | 부서 | 입사일 | 내선 |\n|---|---|---|---|\n| 김민준 | 재무팀 | 2019-03-04 | 2231 |\n| 이서연 | 인사팀 | 2021-07-12 | 2410 |\n| 박지호 | 개발팀 | 2022-01-03 | 3105 |\n| 최유진 | 마케팅팀 | 2020-11-16 | 2877 |"),

    ("formatting", 0,
     "Reshape survey exports for the People Analytics team at Corrib Labs. Always output long (tidy) CSV with columns respondent_id,question,answer. Keep blank answers as empty fields. No commentary.",
     """respondent_id,team,q1_manager_support,q2_workload,q3_growth,q4_recommend
R-1001,Platform,4,2,3,8
R-1002,Platform,5,3,4,9
R-1003,Sales,2,1,,4
R-1004,Sales,3,2,2,5
R-1005,Support,4,4,3,7
R-1006,Support,,3,4,6
R-1007,Finance,5,4,5,10
R-1008,Finance,3,3,3,
R-1009,Design,4,2,4,8
R-1010,Design,4,3,5,9"""),

    ("formatting", 0, "",
     "Sformatuj to jako tabelę markdown (kolumny: przystanek, przyjazd, odjazd), bez zmieniania godzin:\n"
     "Kraków Główny przyjazd — odjazd 6:12; Tarnów przyjazd 7:05 odjazd 7:08; Rzeszów Główny przyjazd 8:11 odjazd 8:16; Przemyśl Główny przyjazd 9:20 — koniec trasy."),

    ("formatting", 0, "",
     "حوّل الأرقام الهندية إلى أرقام عادية (0-9) وضع البيانات في جدول بثلاثة أعمدة: الفرع، عدد الموظفين، المبيعات:\n\n"
     "فرع الرياض: ٤٢ موظفًا، المبيعات ١٬٢٥٠٬٠٠٠ ريال\nفرع جدة: ٣٥ موظفًا، المبيعات ٩٨٠٬٥٠٠ ريال\nفرع الدمام: ١٨ موظفًا، المبيعات ٤٦٠٬٧٥٠ ريال"),

    # ------------------------------------------------------------------ formatting, escalate 1
    ("formatting", 1, "",
     """Unten die Confluence-Seite zur Kassenstörung in unseren Filialen. Die ist über Jahre gewachsen und keiner findet sich mehr zurecht. Bitte strukturiere sie zu einem sauberen Runbook um: sinnvolle Gliederung (Symptome → Diagnose → Maßnahmen → Eskalation), doppelte Abschnitte zusammenführen, und markiere Stellen, die sich widersprechen oder veraltet wirken, statt sie stillschweigend zu entscheiden.

---
KASSE GEHT NICHT – WAS TUN??? (bitte aktuell halten!!)

Zuletzt bearbeitet von: T. Wendler, vorher M. Aydın, vorher S. Krüger

Wenn die Kasse hängt: erstmal neu starten. Dazu den grauen Knopf hinten am Kassen-PC 10 Sekunden drücken. ACHTUNG: Nicht während eines offenen Bons!! Vorher Bon stornieren oder parken.

Wenn der Bondrucker nichts druckt: Papier prüfen. Bei den neuen Epson-Druckern (seit 2022 in allen Filialen außer Rostock und Kiel) muss die Klappe richtig einrasten, sonst kommt keine Fehlermeldung. Bei den alten Druckern blinkt die rote LED.

EC-Terminal zeigt "Keine Verbindung zum Host": Das liegt meistens am Router in der Filiale. Router vom Strom nehmen, 30 Sekunden warten, wieder einstecken. Dauert ca. 5 Minuten, bis alles wieder läuft.

Neu (2023): EC-Terminals laufen jetzt über das Kassennetz, NICHT mehr über den Filialrouter. Router neu starten bringt nichts, stattdessen Terminal über Menü > Admin > Netzwerk > Neu verbinden. PIN für das Admin-Menü hat der Filialleiter.

Kasse hängt beim Hochfahren im blauen Bildschirm "Synchronisiere Artikelstamm...": Das kann bei großen Preisupdates (montags) bis zu 20 Minuten dauern. Nicht neu starten! Wenn es länger als 45 Minuten dauert, IT anrufen.

Wenn die Kasse hängt: Strg+Alt+Entf und Kassenprogramm über den Task-Manager beenden, dann Symbol "POSnet" auf dem Desktop doppelklicken. Offene Bons gehen dabei verloren.

Eskalation: IT-Hotline 0800 555 0142 (Mo–Sa 7–22 Uhr). Außerhalb der Zeiten: Bereitschaftshandy 0171 555 0199. Seit Januar: Hotline ist nur noch über das Ticketportal erreichbar, telefonisch nur für Prio 1 (komplette Filiale kann nicht kassieren).

Bondrucker druckt nur leere Seiten: Thermopapier falsch herum eingelegt. Glatte Seite nach außen.

Wenn EC-Zahlung nicht geht, Kunden um Barzahlung bitten. Kartenzahlung per Notfallverfahren (Lastschrift mit Unterschrift) ist seit 2021 NICHT mehr erlaubt!! Bei Beträgen über 50 € darf der Filialleiter eine manuelle Lastschrift freigeben (Formular K-17 im Ordner).

Tagesabschluss funktioniert nicht ("Z-Bon Fehler 204"): Erst alle Kassen abmelden, dann Tagesabschluss nur an Kasse 1 machen. Wenn weiterhin Fehler: nicht nochmal versuchen, sondern IT informieren, sonst werden Umsätze doppelt gebucht.

Kasse hängt? Siehe oben. Wenn nach Neustart immer noch, Kasse 2 benutzen und Kasse 1 abmelden. Bei nur einer Kasse (Filialen Kiel, Wismar): Notkasse im Büro (Laptop mit USB-Drucker), Zugangsdaten im Tresor.

Waage an der Frischetheke überträgt keine Preise an die Kasse: Waage neu starten (Schalter unten rechts). Wenn das nicht hilft, Preis manuell über Taste "Freie Eingabe" buchen und auf Liste W-3 notieren.

Prio-Regeln: Prio 1 = Filiale kann gar nicht kassieren. Prio 2 = einzelne Kasse oder EC-Terminal ausgefallen. Prio 3 = alles andere. Prio 2 bitte telefonisch melden, damit schnell jemand kommt.

WICHTIG: Bei jeder Störung Uhrzeit und Fehlermeldung notieren (Foto vom Bildschirm reicht).

EC-Terminal: Wenn "Keine Verbindung zum Host" kommt, bitte zuerst Router neu starten (siehe oben), das klappt in 90 % der Fälle. Falls Terminal danach "Kassenschnitt fehlt" anzeigt, Kassenschnitt am Terminal manuell auslösen.

Kassenschublade geht nicht auf: Notschlüssel liegt beim Filialleiter. Schublade nie mit Gewalt öffnen. Im Kassenprogramm unter Extras > Schublade öffnen gibt es auch eine Softwarefunktion (nur Kasse 1).
---"""),

    ("formatting", 1, "",
     """We're merging product feeds from three suppliers into one catalogue. Propose a unified attribute schema (names, types, units, allowed values), decide how to handle the conflicts you see (units, sizes, colour naming, missing fields, multi-value fields), and then show each of the sample records below mapped into your schema. Explain the non-obvious choices.

Supplier A (CSV):
item_no,title,colour,size,weight_g,material,price_gbp
A-7781,"Merino crew jumper",Navy,M,320,100% merino wool,69.00
A-7782,"Merino crew jumper",Forest Green,XL,350,100% merino wool,69.00

Supplier B (JSON):
{"sku":"BX-22-019","name":"Organic cotton tee","color":["white","black"],"sizes":"S-XXL","weight":"0.18 kg","composition":{"cotton":0.95,"elastane":0.05},"rrp":{"amount":24,"currency":"EUR"}}

Supplier C (XML excerpt):
<article id="C-3390"><label lang="de">Regenjacke Leicht</label><farbe>Dunkelblau/Marine</farbe><groesse>EU 50</groesse><gewicht einheit="oz">11.3</gewicht><preis waehrung="CHF">129.90</preis></article>"""),

    ("formatting", 1, "",
     "Our EHR screening tool needs these free-text eligibility criteria as a machine-evaluable JSON rule structure (nested all/any/not, with field names, operators, units and thresholds). Where a criterion is ambiguous or not computable from structured data, don't guess silently: encode what you can and list the open questions separately.\n\n"
     "Inclusion: adults aged 40 to 75 years inclusive; diagnosis of type 2 diabetes for at least 12 months; HbA1c between 7.5% and 10.0% at screening or within the last 3 months; "
     "on a stable dose of metformin (>= 1500 mg/day or maximum tolerated dose) for at least 8 weeks; BMI 27-40 kg/m2.\n"
     "Exclusion: eGFR < 45 mL/min/1.73m2; history of pancreatitis; any GLP-1 receptor agonist use in the past 6 months; pregnancy or planning pregnancy during the study; "
     "significant cardiovascular event (MI, stroke, hospitalisation for heart failure) in the previous 6 months; any condition that in the investigator's opinion would compromise participation."),

    ("formatting", 1, "",
     """Finance sent me this budget sheet copied out of Excel. I need it as tidy long-format data (one row per cost line per month) for our BI tool. There are merged category cells, subtotals mixed in, a column in thousands and one in units, and footnotes. Decide how to treat each of those, tell me your decisions, then give me the tidy CSV.

Dept: Field Operations            FY25 budget (v3 - draft)
Category         Line item                 Jan      Feb      Mar      Q1 total   Notes
Vehicles         Lease - vans (GBP k)      14.2     14.2     14.2     42.6
                 Fuel (GBP)                8,950    9,100    9,400    27,450     (1)
                 Maintenance (GBP)         2,100    -        3,450    5,550
  Subtotal vehicles                        25,250   23,300   27,050   75,600
Staff            Overtime (GBP)            6,000    6,000    11,500   23,500     (2)
                 Agency cover (GBP)        n/a      4,200    4,200    8,400
  Subtotal staff                           6,000    10,200   15,700   31,900
Equipment        Handheld scanners (GBP)   -        18,000   -        18,000     (3)
TOTAL                                      31,250   51,500   42,750   125,500

(1) Assumes diesel at 1.48/l. (2) Mar includes year-end stocktake. (3) Capex - to be moved to capital budget in v4."""),

    ("formatting", 1, "",
     "Nous avons quatre entrepôts (Lyon, Lille, Nantes, Barcelone) qui s'échangent des fichiers de stock chaque nuit, chacun avec son propre format Excel. Propose-nous un format d'échange commun (CSV ou JSON, à toi de justifier) : "
     "liste des champs, types, unités, gestion des lots et des dates de péremption, codification des emplacements, versionnage du format et règles pour les valeurs manquantes. "
     "Contraintes : Barcelone a des libellés en espagnol, Lille gère des articles au poids, et l'ERP central n'accepte pas plus de 30 colonnes. Donne un exemple de fichier avec trois lignes."),

    ("formatting", 1, "",
     """I'm digitising my grandmother's handwritten family notes into GEDCOM 5.5.1 so I can import them into my genealogy software. Some dates conflict between her notes and the parish record I found. Convert everything you can into GEDCOM, decide how to represent the uncertain/conflicting dates (don't just pick one), and explain what you did.

Notes:
"Walter James Pennick, born in Redruth, Cornwall, 14 March 1889 (the family Bible says 1888). Married Edith Rowe in 1912 at St Euny's. Edith born about 1891, daughter of a tin miner. Walter emigrated to Ontario in 1913 and Edith followed with baby Mabel in 1914. Mabel born Feb 1913 in Redruth. Walter died 1951 in Hamilton, Ontario. Edith died 'the winter after the war' — I think 1946."
Parish record (transcribed): "Baptism 7 April 1889, Walter James, son of James and Mary Pennick, miner, Plain-an-Gwarry, Redruth.\""""),

    ("formatting", 1, "",
     "Our customer table has addresses from the UK, Japan, Brazil, Germany and the UAE all crammed into 'address1..address3, city, postcode'. Japanese ones are written largest-to-smallest, many UAE ones have no postcode at all, "
     "Brazilian ones mix bairro and street, and some UK rows have the postcode in address3. Design a normalized address model that works for all five countries (fields, which are optional per country, validation rules), "
     "explain the trade-offs, and show these three rows migrated:\n"
     "1) address1='〒150-0002 東京都渋谷区渋谷2-21-1', address2='ヒカリエ 11F', city='Tokyo', postcode=''\n"
     "2) address1='Rua Augusta, 1508 - Consolação', address2='Apto 71', city='São Paulo - SP', postcode='01304-001'\n"
     "3) address1='Villa 14, Street 27', address2='Al Barsha 2', address3='near Mall of the Emirates', city='Dubai', postcode=''"),

    ("coding", 1, "",
     """Convert this Swagger 2.0 definition to OpenAPI 3.1 YAML. Watch out for formData/file uploads, x-nullable, the discriminator and the shared parameters, and list anything that can't be converted one-to-one and what you chose.

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
]
