"""Hand-written prompts, batch 2: closed_qa, open_qa, other."""
H = [
    # ------------------------------------------------------------------ closed_qa, escalate 0, long material
    ("closed_qa", 0, "", """hey - we're thinking about leaving the Harbour St unit at the end of 2027. going by the lease below, how much notice do we have to give and is there a fee for breaking early?

LEASE OF COMMERCIAL PREMISES

Parties. This Lease is made on 14 February 2025 between Calloway Property Holdings Ltd (the "Landlord") and Brightwater Ceramics Ltd (the "Tenant").

1. Premises. Unit 4, 118 Harbour Street, Port Merrow, comprising approximately 2,350 square feet of ground-floor workshop space together with the right to use two car parking spaces marked "U4" in the rear yard.

2. Term. The term of this Lease is ten (10) years commencing on 1 March 2025 (the "Commencement Date") and expiring on 28 February 2035, unless terminated earlier in accordance with clause 9.

3. Rent. 3.1 The Tenant shall pay a yearly rent of £38,400 exclusive of VAT, payable by equal monthly instalments in advance on the first day of each month. 3.2 The first payment shall be made on the Commencement Date, save that the Landlord grants a rent-free period of three months, so that rent first becomes payable on 1 June 2025. 3.3 Interest at 4% above the base rate of the Landlord's bank shall be payable on any rent more than 14 days overdue.

4. Rent Review. The rent shall be reviewed on 1 March 2030 (the "Review Date") to the higher of the rent then payable and the open market rent, determined in accordance with Schedule 2. The rent shall never be reduced on review.

5. Service Charge. The Tenant shall pay a fair proportion, fixed at 11.5%, of the costs incurred by the Landlord in maintaining the common parts of the estate, including the yard, external lighting, drainage and the security gate. The Landlord shall provide an itemised service charge statement within four months of the end of each service charge year.

6. Use. The Premises shall be used only for the production, storage and retail sale of ceramic goods and associated ancillary office use. No kiln with a rated output above 45 kW may be operated without the Landlord's prior written consent, which shall not be unreasonably withheld.

7. Repair. 7.1 The Tenant shall keep the interior of the Premises, including the non-structural walls, floor coverings, doors and windows, in good and substantial repair, fair wear and tear excepted. 7.2 The Landlord shall be responsible for the roof, foundations, main structure and any conduits serving the estate. 7.3 The Tenant's repairing obligation is limited by reference to the Schedule of Condition annexed to this Lease.

8. Alienation. The Tenant shall not assign the whole of the Premises without the Landlord's consent, such consent not to be unreasonably withheld. Underletting of part of the Premises is prohibited.

9. Break Clause. 9.1 The Tenant may terminate this Lease on 31 December 2027 or on 28 February 2030 (each a "Break Date") by giving the Landlord not less than six (6) months' prior written notice. 9.2 Any break under clause 9.1 is conditional on (a) the Tenant having paid all rent due up to the Break Date, (b) the Tenant giving vacant possession on the Break Date, and (c) in the case of a break on 31 December 2027 only, the Tenant paying to the Landlord on or before the Break Date a sum equal to three (3) months' rent at the rate then payable (the "Break Premium"). 9.3 No Break Premium is payable for a break on 28 February 2030.

10. Insurance. The Landlord shall insure the building against the Insured Risks and the Tenant shall reimburse the premium attributable to the Premises within 21 days of demand.

11. Yielding Up. At the end of the term the Tenant shall remove its trade fixtures, make good any damage caused by their removal and return the keys to the Landlord's managing agents, Pike & Ferrand LLP.

12. Notices. Any notice under this Lease must be in writing and delivered by hand or by recorded delivery to the registered office of the recipient. Notices sent by e-mail alone are not valid.

13. Governing Law. This Lease is governed by the law of England and Wales.

Signed for and on behalf of the Landlord: M. Calloway, Director
Signed for and on behalf of the Tenant: R. Ashdown, Director"""),
    ("closed_qa", 0, "You are an internal assistant for the SRE team at Quillfeather. Answer questions about incident documents. Quote timestamps exactly as written.", """what time was the rollback actually complete, and who approved it?

---
POSTMORTEM: INC-2291 - Checkout latency and 5xx errors (EU region)
Status: Final | Severity: SEV-2 | Author: Dana Okafor | Reviewed: 2026-03-19

Summary
Between 09:12 and 10:41 UTC on 17 March 2026, customers in the EU region experienced elevated checkout latency (p99 up to 14.2 s, normally 900 ms) and an HTTP 5xx rate peaking at 6.8% on the /cart/confirm endpoint. Approximately 11,400 checkout attempts failed. The cause was a configuration change to the payment-gateway connection pool that reduced the maximum pool size from 200 to 20 during a routine dependency upgrade.

Impact
- 11,400 failed checkout attempts (estimated 3,100 unique customers)
- Estimated lost gross merchandise value: EUR 412,000, of which roughly 60% is believed to have been recovered through retries later that day
- No data loss. No payment was captured twice.
- Customer support received 640 contacts tagged "checkout" during the window.

Timeline (UTC)
09:04 - Release 2026.03.17-2 deployed to eu-west by the automated pipeline. Change includes upgrade of the payments client library from 4.8.1 to 5.0.0.
09:12 - p99 latency on /cart/confirm crosses 3 s. Alert "checkout-latency-high" fires and pages the on-call engineer (Tomasz Wielgosz).
09:15 - Tomasz acknowledges. Initial suspicion: downstream payment provider degradation. Status page of provider shows no incident.
09:23 - 5xx rate reaches 2.1%. Incident declared SEV-3, channel #inc-2291 opened.
09:31 - Dana Okafor joins as incident commander. Severity raised to SEV-2.
09:38 - Grafana shows pool wait time on payment-gateway client at 100% saturation. Hypothesis: connection pool exhausted.
09:44 - Diff of release reviewed. New library version ships a default max_pool_size of 20; our override key was renamed from maxPoolSize to max_pool_size in 5.0.0 and our config still used the old key, so the override was silently ignored.
09:52 - Two options discussed: hotfix config key, or roll back the release. Decision: roll back, because the release also contains an unreviewed schema migration and a forward fix would need a new build.
09:58 - Rollback requested. Approved by Priya Raman (Engineering Manager, Payments) as required for production rollbacks during business hours.
10:03 - Rollback started.
10:19 - Rollback complete in all three eu-west availability zones. Pool size back to 200.
10:26 - Latency recovering; p99 at 2.4 s due to retry backlog.
10:41 - p99 below 1 s and 5xx rate below 0.1%. Incident mitigated.
11:30 - Incident closed after one hour of stable metrics.

Root cause
The payments client library 5.0.0 renamed its configuration keys to snake_case. Our service passes configuration as a loose map and the library does not warn on unknown keys. The ignored override caused the library default (20) to apply. Under normal EU morning load we need roughly 140 concurrent connections.

Why it was not caught
- Staging runs at about 5% of production load, so 20 connections were sufficient there.
- The dependency upgrade PR was labelled "chore" and received only one review.
- No alert existed on connection pool saturation; we only alerted on the symptom (latency).

What went well
- Alerting fired within 8 minutes of the deploy.
- The diff review pinpointed the renamed key quickly once the pool hypothesis was formed.

What went poorly
- 19 minutes elapsed between the first page and the severity being raised to SEV-2.
- The rollback took 16 minutes, longer than the 5-minute target, because the pipeline rebuilt images instead of redeploying the previous artifact.

Action items
1. Add alert on payment-gateway pool saturation > 80% for 3 minutes. Owner: Tomasz Wielgosz. Due 2026-03-28.
2. Make the service fail on unknown payment-client config keys. Owner: Li Na Zhou. Due 2026-04-04.
3. Change rollback pipeline to redeploy previous artifact without rebuild. Owner: Platform team (Marek Duda). Due 2026-04-18.
4. Require two reviewers on dependency major-version upgrades. Owner: Priya Raman. Due 2026-03-31.
5. Run a load test at 50% production load in staging before major dependency upgrades. Owner: Dana Okafor. Due 2026-04-30.
---"""),
    ("closed_qa", 0, "", """De: Lucía Ferrer <lferrer@almacenesferrer.example>
Para: Jordi Balaguer <jbalaguer@transportesolmedo.example>
CC: Ana Ruiz <aruiz@almacenesferrer.example>
Fecha: lunes, 9 de febrero de 2026, 9:14
Asunto: RE: RE: Contenedor MSKU 774120-3 retenido en el puerto

Hola Jordi:

Gracias por la llamada de esta mañana. Te resumo lo que entendí para que quede por escrito. El contenedor MSKU 774120-3 llegó al puerto de Valencia el 2 de febrero, pero no pudo salir porque la documentación de aduanas que preparó vuestro agente tenía mal el código arancelario de las baldosas (pusieron 6907 21 en lugar de 6907 22). Desde el 5 de febrero, que es cuando terminaban los días libres, la naviera está cobrando demora a razón de 95 euros por día.

Nosotros entendemos que el error fue del agente que vosotros subcontratasteis, así que os pedimos que asumáis la demora desde el 5 de febrero hasta la liberación del contenedor. Por favor, confírmame si estáis de acuerdo.

Además, necesitamos una nueva fecha estimada de entrega en nuestro almacén de Ribarroja, porque tenemos un pedido de un cliente de Murcia que depende de esta mercancía.

Un saludo,
Lucía Ferrer
Responsable de Compras - Almacenes Ferrer

---

De: Jordi Balaguer
Para: Lucía Ferrer
CC: Ana Ruiz; Marta Soler <msoler@transportesolmedo.example>
Fecha: lunes, 9 de febrero de 2026, 12:47
Asunto: RE: RE: RE: Contenedor MSKU 774120-3 retenido en el puerto

Hola Lucía:

He hablado con Marta, nuestra responsable de aduanas, y con el agente. Efectivamente el código arancelario estaba mal en la declaración. Sin embargo, el agente nos dice que la factura comercial que nos enviasteis también indicaba 6907 21, así que el error venía del origen. Por eso no podemos asumir la demora completa.

Lo que os proponemos es repartir la demora al 50 % entre Almacenes Ferrer y Transportes Olmedo, desde el 5 de febrero hasta el día de la liberación. La rectificación ya está presentada y esperamos el levante mañana martes o, como muy tarde, el miércoles.

En cuanto a la entrega, si el levante sale el martes, podríamos entregar en Ribarroja el jueves 12 por la mañana.

Saludos,
Jordi

---

De: Ana Ruiz
Para: Jordi Balaguer
CC: Lucía Ferrer; Marta Soler
Fecha: lunes, 9 de febrero de 2026, 16:05
Asunto: RE: RE: RE: RE: Contenedor MSKU 774120-3 retenido en el puerto

Jordi, buenas tardes:

He revisado la factura comercial del proveedor portugués y tienes razón: el código que aparece es el 6907 21. Es un error del proveedor, no nuestro, pero entiendo que vosotros tampoco lo podíais saber. Lo hablaremos con ellos.

Aceptamos el reparto al 50 % de la demora siempre que el contenedor esté en Ribarroja antes del viernes 13. Si la entrega se retrasa más allá de esa fecha por motivos que no dependan de la aduana, pediremos que la demora de esos días adicionales corra por vuestra cuenta.

Gracias,
Ana Ruiz
Directora de Operaciones

---

De: Marta Soler
Para: Ana Ruiz; Lucía Ferrer
CC: Jordi Balaguer
Fecha: martes, 10 de febrero de 2026, 10:32
Asunto: RE: RE: RE: RE: RE: Contenedor MSKU 774120-3 retenido en el puerto

Buenos días:

Os confirmo que la aduana ha concedido el levante esta mañana a las 9:50. Hemos reservado camión para mañana miércoles 11 y la entrega en Ribarroja será el miércoles a partir de las 15:00, un día antes de lo previsto.

Sobre la demora: estamos de acuerdo con las condiciones de Ana. La demora total es de 6 días (del 5 al 10 de febrero, ambos incluidos), es decir, 570 euros, de los cuales facturaremos 285 euros a Almacenes Ferrer. La naviera nos ha confirmado que no cobrará el día 11 porque el contenedor sale a primera hora.

Un saludo,
Marta Soler
Dpto. de Aduanas - Transportes Olmedo

---

ok so bottom line for me (my Spanish is bad): did Olmedo end up paying the demurrage or not, how much do we owe, and when does the container actually get to the warehouse?"""),
    ("closed_qa", 0, "Du beantwortest Fragen zu Besprechungsprotokollen. Antworte ausschließlich mit Informationen aus dem Protokoll. Wenn etwas nicht im Protokoll steht, sag das ausdrücklich.", """Protokoll (Transkript, automatisch erstellt, leicht bereinigt)
Besprechung: Einführung Schichtplanungs-Software "PlanFix" - Werk Göttingen
Datum: 22.01.2026, 10:00-10:55
Teilnehmende: Sabine Krüger (Werkleitung), Holger Brandt (IT), Aylin Demir (Personal), Frank Nowak (Schichtleiter Montage), Jana Vogt (Projektleitung)

Jana Vogt: Guten Morgen zusammen. Ziel heute ist, den Zeitplan für PlanFix festzuzurren und zu klären, wer was übernimmt. Holger, magst du mit dem technischen Stand anfangen?

Holger Brandt: Ja. Die Testinstanz läuft seit letzter Woche. Die Schnittstelle zur Zeiterfassung funktioniert, nur der Import der Urlaubsdaten aus dem alten System hakt noch. Da fehlen bei etwa 40 Mitarbeitenden die Resturlaubstage. Ich gehe davon aus, dass wir das bis Ende Februar gelöst haben.

Sabine Krüger: Ende Februar ist mir zu spät, wenn wir im April live gehen wollen. Geht das nicht schneller?

Holger Brandt: Wenn ich die Daten manuell nachpflegen lasse, vielleicht bis zum 13. Februar. Dafür bräuchte ich aber jemanden aus der Personalabteilung für zwei, drei Tage.

Aylin Demir: Das kann ich organisieren. Ich stelle Tobias dafür ab, in der Woche ab dem 2. Februar.

Jana Vogt: Gut, dann halten wir fest: Urlaubsdaten bis 13. Februar, Holger mit Unterstützung von Tobias aus der Personalabteilung. Nächster Punkt: Betriebsrat. Die Software erfasst ja Verfügbarkeiten und Tauschwünsche, das ist mitbestimmungspflichtig.

Aylin Demir: Genau. Wir brauchen eine Betriebsvereinbarung, bevor wir das produktiv nutzen. Ich habe schon einen Entwurf von einem anderen Standort, den könnte ich anpassen.

Sabine Krüger: Ich möchte, dass Aylin das Gespräch mit dem Betriebsrat führt, nicht die IT. Der Betriebsrat soll nicht den Eindruck haben, dass es hier um Überwachung geht.

Aylin Demir: Einverstanden. Ich gehe mit dem Entwurf bis zum 6. Februar auf den Betriebsratsvorsitzenden, Herrn Lehmann, zu und versuche, einen ersten Termin noch im Februar zu bekommen.

Frank Nowak: Darf ich kurz was einwerfen? Meine Leute in der Montage fragen sich vor allem, ob sie Schichten künftig nur noch per App tauschen können. Viele haben kein Diensthandy.

Jana Vogt: Der Tausch soll zusätzlich über Terminals möglich sein. Holger?

Holger Brandt: Ja, die Terminal-Version ist im Lizenzpaket enthalten. Wir stellen zwei Terminals auf, eins in der Kantine und eins am Eingang Halle 3.

Frank Nowak: Das hilft. Dann brauchen wir aber Schulungen, sonst landet am Ende doch alles wieder bei mir.

Jana Vogt: Zu den Schulungen: Der Anbieter bietet entweder Präsenzschulungen für 4.800 Euro oder ein E-Learning-Paket für 1.900 Euro an. Sabine, wie sieht es mit dem Budget aus?

Sabine Krüger: Das kann ich heute nicht entscheiden. Ich muss erst mit dem Controlling sprechen, ob wir das aus dem Projektbudget oder aus dem Weiterbildungsbudget nehmen. Ich melde mich dazu bis Ende nächster Woche.

Frank Nowak: Bitte dann Präsenz, zumindest für die Schichtleiter.

Jana Vogt: Notiert als Wunsch. Letzter Punkt: Go-live. Vorschlag ist der 1. April für die Montage, der 1. Mai für Lager und Versand.

Sabine Krüger: Unter der Bedingung, dass die Betriebsvereinbarung bis Mitte März unterschrieben ist. Sonst verschieben wir.

Jana Vogt: Einverstanden. Ich schicke das Protokoll heute Nachmittag rum. Danke euch.

Ende der Aufzeichnung 10:55

Frage: Wer führt die Gespräche mit dem Betriebsrat, und bis wann soll der Entwurf dort vorliegen? Ist über das Schulungsbudget schon entschieden worden?"""),
    ("closed_qa", 0, "", """whats the rate limit on /v2/batch for the Growth plan, and which header tells me when i can retry? docs below

# Lumenpay API Reference - Rate Limits and Quotas

Last updated: 2026-02-10

## Overview

All requests to the Lumenpay API are subject to rate limits to protect the platform from abuse and to ensure fair usage across tenants. Limits are applied per API key and per endpoint group, using a sliding window of 60 seconds unless stated otherwise. Requests made with test-mode keys (prefixed `sk_test_`) have separate, lower limits and do not count towards your live quota.

## Endpoint groups

| Group | Endpoints | Starter | Growth | Enterprise |
|---|---|---|---|---|
| Read | `GET /v2/payments`, `GET /v2/customers`, `GET /v2/refunds` | 300/min | 1,200/min | 6,000/min |
| Write | `POST /v2/payments`, `POST /v2/refunds`, `PATCH /v2/customers/{id}` | 100/min | 400/min | 2,000/min |
| Batch | `POST /v2/batch`, `GET /v2/batch/{id}` | 5/min | 30/min | 120/min |
| Reports | `POST /v2/reports`, `GET /v2/reports/{id}/download` | 2/min | 10/min | 50/min |
| Webhooks management | `POST /v2/webhook_endpoints`, `DELETE /v2/webhook_endpoints/{id}` | 20/min | 20/min | 100/min |

A single `POST /v2/batch` request may contain at most 500 operations on Starter and 2,000 operations on Growth and Enterprise. Each operation inside a batch does **not** count against the Write group limit, but the batch request itself counts against the Batch group.

## Daily quotas

In addition to per-minute limits, the following daily quotas apply (reset at 00:00 UTC):

- Starter: 50,000 live requests per day across all groups
- Growth: 500,000 live requests per day across all groups
- Enterprise: no daily quota; subject to fair use as defined in your order form

## Response headers

Every response includes the following headers:

- `X-RateLimit-Limit`: the maximum number of requests allowed in the current window for this endpoint group.
- `X-RateLimit-Remaining`: the number of requests remaining in the current window.
- `X-RateLimit-Reset`: Unix timestamp (seconds) at which the current window resets.

When a request is rejected because a limit has been exceeded, the API returns HTTP `429 Too Many Requests` with the additional header:

- `Retry-After`: the number of seconds to wait before retrying. Clients should prefer this header over computing a delay from `X-RateLimit-Reset`, because the sliding window may free capacity earlier.

The body of a 429 response looks like this:

```json
{
  "error": {
    "type": "rate_limit_exceeded",
    "group": "batch",
    "message": "Too many requests to the batch endpoint group. Retry after 12 seconds."
  }
}
```

## Daily quota exhaustion

When your daily quota is exhausted, the API returns HTTP `429` with `"type": "daily_quota_exceeded"`. In this case `Retry-After` contains the number of seconds until 00:00 UTC. We recommend alerting on this error type rather than retrying automatically.

## Recommended client behaviour

1. Respect `Retry-After` on every 429 response.
2. Use exponential backoff with jitter for 5xx responses, starting at 500 ms and capping at 30 s.
3. Do not retry 4xx responses other than 409 and 429.
4. Use idempotency keys (`Idempotency-Key` header) on all POST requests so retries cannot create duplicate payments.
5. Spread scheduled jobs over the minute rather than starting them all at :00.

## Requesting higher limits

Growth customers can request a temporary increase of up to 2x on any group for planned events (for example a seasonal sale) by contacting support at least 10 business days in advance. Enterprise customers can agree permanent custom limits with their account manager. Limit increases are never applied to test-mode keys.

## Changelog

- 2026-02-10: Batch group limit for Growth raised from 20/min to 30/min.
- 2025-11-03: Added `Retry-After` to daily quota errors.
- 2025-06-18: Reports group split out from Read group."""),
    ("closed_qa", 0, "You are the help assistant of Nordvik Mobil. Answer the customer's question using ONLY the retrieved help-centre articles that follow the question. If they do not contain the answer, say you don't know and offer to connect the customer to an agent. Keep answers under 80 words.", """Question: I'm on Basic 10GB and going to Zermatt for a week in March. Can I use my data there or will I get charged?

Retrieved articles:
[1] "Roaming in the EU/EEA" - All Nordvik Mobil plans include roam-like-at-home in EU and EEA countries (the 27 EU member states plus Iceland, Liechtenstein and Norway). You use your domestic allowance at no extra cost, subject to a fair-use limit of 8 GB per month on Basic plans.
[2] "Roaming outside the EU" - Switzerland, the United Kingdom, Andorra and Monaco are not covered by roam-like-at-home on Basic plans. Data in these countries costs 2.50 per MB unless you buy a Travel Pass. Plus and Unlimited plans include 5 GB per month in Switzerland and the UK.
[3] "Travel Pass" - The Travel Pass gives 1 GB for 7 days in Zone 2 countries (including Switzerland and the UK) for 9.99. Activate it in the app under Extras before you travel or by texting PASS to 2020. It starts when you first use data abroad."""),
    ("closed_qa", 0, "You are PeopleDesk, the HR policy assistant for Tamsin & Rowe. Answer from the policy text the employee provides. Be factual and brief. Do not give legal advice.", """i work 3 days a week, started here last june (so about 8 months ago), baby due end of may. do i get the enhanced pay or just statutory?

Section 6 - Family Leave
6.1 All employees, regardless of hours worked, are entitled to up to 52 weeks of maternity or adoption leave.
6.2 Enhanced Maternity/Adoption Pay. Employees with at least 12 months' continuous service at the start of the 15th week before the expected week of childbirth (or at the date of matching, for adoption) receive: 20 weeks at 100% of normal pay, followed by 19 weeks at statutory rate. Part-time employees receive enhanced pay pro rata to their contracted hours.
6.3 Employees who do not meet the service requirement in 6.2 receive statutory maternity or adoption pay only, provided they meet the statutory eligibility criteria.
6.4 Employees who receive enhanced pay and do not return to work for at least 6 months after their leave ends must repay the enhanced element (the amount above statutory pay), unless the reason for not returning is ill health.
6.5 Shared Parental Leave is available in line with statutory rules; enhanced pay does not apply to Shared Parental Leave."""),
    ("closed_qa", 0, "", """Sorry to bother you, I got this letter from the hospital and I'm confused about the metoprolol. How many times a day do I take it and for how long?

NORTHGATE GENERAL HOSPITAL - Discharge Summary
Patient: [redacted]   Ward: Cardiology 3B   Admitted: 02/03/2026   Discharged: 06/03/2026
Diagnosis: Paroxysmal atrial fibrillation with rapid ventricular response. Resolved with rate control.
Course in hospital: Presented with palpitations and breathlessness. ECG showed AF at 148 bpm. Treated with IV metoprolol, then converted to oral. Echocardiogram: normal left ventricular function, mild left atrial dilation. CHA2DS2-VASc score 2; anticoagulation started after discussion with patient.
Medications on discharge:
- Metoprolol tartrate 25 mg tablet, ONE tablet TWICE daily (morning and evening). Continue until reviewed in cardiology clinic.
- Apixaban 5 mg tablet, ONE tablet TWICE daily. Long-term. Do not stop without speaking to your doctor.
- Omeprazole 20 mg, ONE capsule ONCE daily in the morning - unchanged from before admission.
Stopped: Ibuprofen (increased bleeding risk with apixaban).
Follow-up: Cardiology outpatient clinic in 6 weeks. GP to check blood pressure and heart rate in 2 weeks.
Advice: Seek urgent help if palpitations return with chest pain, fainting or severe breathlessness."""),
    ("closed_qa", 0, "", """以下は取扱説明書の一部です。

【フィルターのお手入れ】
・エアフィルターは2週間に1回を目安に掃除してください。
・掃除機でほこりを吸い取るか、汚れがひどい場合はぬるま湯（約40℃以下）で中性洗剤を使って洗い、陰干ししてください。
・直射日光やドライヤーで乾かさないでください。変形の原因になります。
・脱臭フィルターは水洗いできません。約10年を目安に交換してください（別売品：KF-D22）。
・フィルターを外したまま運転しないでください。故障の原因になります。

質問：脱臭フィルターって水で洗っても大丈夫ですか？交換するなら品番は？"""),
    ("closed_qa", 0, "", """Extrait du règlement de copropriété - Résidence Les Tilleuls, Lyon 7e

Article 8 - Aspect extérieur
Les copropriétaires ne pourront modifier l'aspect extérieur de l'immeuble sans autorisation préalable de l'assemblée générale votée à la majorité de l'article 25. Sont notamment soumis à autorisation : la pose de stores ou de volets d'une couleur différente du modèle existant (gris anthracite RAL 7016), l'installation d'antennes paraboliques en façade, et l'installation de blocs extérieurs de climatisation sur les balcons, terrasses ou en façade.

Article 9 - Balcons
Les balcons sont des parties privatives à usage exclusif. Il est interdit d'y entreposer des objets encombrants visibles depuis la rue, d'y installer des barbecues à charbon, et d'y étendre du linge au-dessus de la hauteur du garde-corps. Les jardinières doivent être fixées côté intérieur.

Article 10 - Travaux
Les travaux bruyants sont interdits le dimanche et les jours fériés, ainsi qu'en semaine avant 8 h et après 19 h.

Bonjour, je voudrais faire poser une clim sur mon balcon cet été. Est-ce que j'ai le droit de le faire directement ou il faut demander une autorisation à quelqu'un ?"""),
    ("closed_qa", 0, "你是星河物流公司的内部制度问答助手。仅根据用户提供的制度原文回答，答案尽量简短。", """制度原文：
第五条 住宿标准
（一）一线城市（北京、上海、广州、深圳）：部门经理及以上每晚不超过650元，其他员工每晚不超过450元；
（二）省会城市及计划单列市：部门经理及以上每晚不超过500元，其他员工每晚不超过350元；
（三）其他地区：部门经理及以上每晚不超过400元，其他员工每晚不超过280元。
第六条 超标部分由员工自行承担，确因会议指定酒店等原因超标的，须事先经分管副总审批。
第七条 出差期间伙食补助按每天100元标准发放，不再报销餐费发票。

问题：我是普通员工，下周去成都出差两晚，酒店每晚最多能报多少？吃饭的发票能报吗？"""),
    ("closed_qa", 0, "", """Fragment regulaminu sklepu internetowego Domowik.pl:

§7. Odstąpienie od umowy
1. Konsument może odstąpić od umowy zawartej na odległość bez podania przyczyny w terminie 14 dni od dnia otrzymania towaru. Sklep Domowik.pl wydłuża ten termin do 30 dni dla zamówień złożonych w okresie od 15 listopada do 24 grudnia.
2. Do zachowania terminu wystarczy wysłanie oświadczenia przed jego upływem, np. przez formularz na stronie Moje konto > Zwroty.
3. Koszt odesłania towaru ponosi Konsument, z wyjątkiem zwrotów nadanych w paczkomacie InPost i zgłoszonych przez formularz - wtedy przesyłka jest bezpłatna.
4. Prawo odstąpienia nie przysługuje w przypadku towarów wykonanych na zamówienie klienta (np. zasłony szyte na wymiar).

kupilem lampe 3 grudnia, przyszla 5 grudnia, dzis jest 28 grudnia. moge jeszcze oddac? i czy musze placic za wysylke jak nadam w paczkomacie?"""),
    # ------------------------------------------------------------------ closed_qa, escalate 0, short material
    ("closed_qa", 0, "", "ctx: Boarding at gate B12 closes 20 minutes before departure. Your flight LX1731 departs at 14:05.\nq: what time does the gate close"),
    ("closed_qa", 0, "", "Does this flat have parking or not? 'Bright two-bed on the 4th floor with lift, south-facing balcony, allocated bike storage in the basement, on-street permit parking only, EPC rating C, service charge £1,480 per year, chain free.'"),
    ("closed_qa", 0, "", "did they nerf crossbows or not lol\n\nPATCH 1.14.2\n- Crossbow reload time increased from 2.1s to 2.4s\n- Longbow draw speed +5%\n- Fixed a bug where bolts clipped through wooden doors\n- Bandit Camp respawn timer reduced to 8 min\n- Ranked season 6 starts Tuesday"),
    ("closed_qa", 0, "", "Container | Origin | Last event | Location | Date\nTGHU 551203 | Ningbo | Discharged | Rotterdam ECT Delta | 03-03\nMSCU 880417 | Shanghai | Gate out | Duisburg DIT | 04-03\nCMAU 102938 | Yantian | Loaded on barge | Rotterdam -> Venlo | 05-03\nTGHU 551210 | Ningbo | Customs hold | Rotterdam ECT Delta | 06-03\n\nWhich of these boxes are still physically in Rotterdam?"),
    ("closed_qa", 0, "", "when is the midterm and how much of the grade is it? pasting the syllabus bit:\n\nECON 214 - Intermediate Microeconomics, Spring 2026\nAssessment: Problem sets (5, lowest dropped) 20%; Midterm exam (in class, Thursday 5 March, week 7) 30%; Group policy brief 15%; Final exam (cumulative, date set by registrar) 35%.\nLate problem sets lose 10% per day. Calculators allowed in exams; no phones.\nOffice hours: Tue 14:00-15:30, Room H-210."),
    ("closed_qa", 0, "You are a batch QA worker. Each input contains a RECORD and a QUESTION. Respond with a JSON object {\"answer\": ..., \"evidence\": ...} using only the RECORD. If the RECORD does not contain the answer, set answer to null.", 'RECORD: {"claim_id": "CLM-55102", "policy_type": "auto", "incident_date": "2026-01-14", "reported_date": "2026-01-19", "vehicle": "2019 Skoda Octavia", "third_party_involved": true, "police_report": "PR-3391-ZK", "estimate_eur": 4120}\nQUESTION: Was a police report filed, and if so what is its reference?'),
    ("closed_qa", 0, "", "which version added python 3.12 support?\n\n## 4.2.0 (2025-10-02)\n- Drop Python 3.8\n- Add `--strict` flag\n## 4.1.3 (2025-07-19)\n- Fix wheel tags on macOS arm64\n## 4.1.0 (2025-05-30)\n- Support Python 3.12 and 3.13\n- New plugin hooks\n## 4.0.0 (2025-01-11)\n- Rewrite of the config loader"),
    ("closed_qa", 0, "You answer shop-floor questions for Delmont Pumps line 3 using the work instruction provided. Reply in one short sentence.", "WI-0417 rev D, step 6: Fit housing cover (P/N 22-118). Insert 6 x M8x25 bolts (grade 8.8) finger tight. Tighten in cross pattern to 24 Nm, then final pass to 28 Nm. Step 7: Apply torque-seal marker to each bolt head. Step 8: Leak test at 6 bar for 60 s.\n\nfinal torque on the cover bolts?"),
    ("closed_qa", 0, "", "Regional grocer FreshWay's proposed takeover of Corner Basket drew criticism on Tuesday. Consumer group ShopFair said the deal would leave three towns with a single supermarket. Corner Basket's founder, Elena Marsh, backed the offer, calling it \"the best outcome for our staff\". Councillor Devi Anand urged the competition authority to open an in-depth review, while FreshWay chief executive Tom Birch said the company would sell stores where needed.\n\nWho in this piece is against the deal or at least questioning it?"),
    ("closed_qa", 0, "", "Light fare: changes not permitted; cancellation not refundable; taxes refundable on request; 1 personal item only.\nClassic fare: changes permitted for a fee of 60 EUR plus any fare difference; cancellation not refundable; 1 cabin bag 8 kg.\nFlex fare: free changes up to 2 hours before departure; refundable minus 30 EUR.\n\nI booked Light 10 days ago. Can I move my flight to next week for free??"),
    ("closed_qa", 0, "", "From these alarms, which cell site was down the longest?\n\n2026-02-11 03:12:08 SITE BRX-114 CRITICAL power failure\n2026-02-11 03:12:44 SITE BRX-118 CRITICAL power failure\n2026-02-11 03:55:02 SITE BRX-118 CLEARED\n2026-02-11 04:20:17 SITE BRX-121 CRITICAL link down\n2026-02-11 05:41:30 SITE BRX-114 CLEARED\n2026-02-11 05:47:09 SITE BRX-121 CLEARED"),
    ("closed_qa", 0, "", "아래 공지 보고 답해 주세요.\n\n[재택근무 운영 기준 안내]\n- 대상: 입사 6개월 이상 정규직 직원\n- 횟수: 주 2회까지 (월·금 제외)\n- 신청: 전주 목요일까지 그룹웨어에서 팀장 승인\n- 수습 기간 중인 직원 및 계약직은 대상에서 제외됩니다.\n\n질문: 저는 계약직인데 재택근무 신청할 수 있나요?"),
    ("closed_qa", 0, "", "إعلان: تُغلق مكاتب خدمة العملاء في فرع الرياض يوم الخميس ١٢ مارس بسبب أعمال الصيانة، وتستأنف العمل يوم الأحد ١٥ مارس من الساعة ٨ صباحاً حتى ٤ مساءً. يمكن تقديم الطلبات العاجلة عبر التطبيق.\n\nسؤال: متى يفتح الفرع مرة أخرى وفي أي ساعة؟"),
    ("closed_qa", 0, "", "Uit mijn huurcontract: 'Artikel 7. De huurder is verantwoordelijk voor klein onderhoud, waaronder het ontstoppen van afvoeren, het vervangen van lampen en het onderhoud van de tuin. Groot onderhoud, zoals vervanging van de cv-ketel en reparaties aan het dak, komt voor rekening van de verhuurder.'\n\nMijn cv-ketel is kapot en moet helemaal vervangen worden. Moet ik dat zelf betalen?"),
    ("closed_qa", 0, "", "नीचे दिए गए परिपत्र के अनुसार बताइए: परीक्षा फॉर्म भरने की आखिरी तारीख क्या है और लेट फीस कितनी है?\n\nपरिपत्र: सभी नियमित विद्यार्थियों को सूचित किया जाता है कि सेमेस्टर परीक्षा फॉर्म 10 मार्च से 25 मार्च तक ऑनलाइन भरे जा सकेंगे। 25 मार्च के बाद 31 मार्च तक ₹500 विलंब शुल्क के साथ फॉर्म स्वीकार किए जाएंगे। इसके बाद कोई फॉर्म स्वीकार नहीं होगा।"),
    ("closed_qa", 0, "", "Da bula: 'Interações: evite o consumo de bebidas alcoólicas durante o tratamento com este medicamento, pois pode aumentar a sonolência e o risco de lesão no fígado. Não use junto com outros medicamentos que contenham paracetamol.'\n\nposso tomar uma cerveja hoje à noite tomando esse remédio?"),
    ("closed_qa", 0, "", "q3_returns.csv:\nregion,orders,returns,return_rate\nNorth,18420,1290,7.0%\nSouth,15110,1510,10.0%\nEast,9980,640,6.4%\nWest,21300,1704,8.0%\n\nwhich region had the worst return rate"),
    ("closed_qa", 0, "You are the assistant on the Ministry of Civic Services website of the Republic of Valdora. Answer using the page content supplied by the site. If unsure, tell users to call 1455.", "PAGE: Renewing an adult passport. You can renew online if: your current or most recent passport was issued when you were 16 or over; it expired less than 5 years ago; it is undamaged; and you can provide a digital photo. Otherwise you must apply in person at a Civic Services office with form P-2.\n\nUSER: my passport ran out in 2019, can i just do it online?"),
    # ------------------------------------------------------------------ closed_qa, escalate 1
    ("closed_qa", 1, "", """Excerpt, Q4 FY2025 earnings call, Marlowe Packaging plc (prepared remarks and Q&A)

CFO (Helen Stroud): Revenue for the fourth quarter was £412 million, down 6% year on year. Volumes in our food and beverage segment were down 9%, partly offset by pricing, which contributed a positive 3%. In industrial packaging, volumes were flat and pricing was slightly negative at minus 1% as we passed through lower resin costs under our index-linked contracts. Adjusted EBITDA margin was 14.1%, compared with 15.8% a year ago, reflecting under-recovery of fixed costs at lower volumes and the start-up costs of our new Gdańsk plant.

For fiscal 2026 we now expect revenue between £1.60 and £1.68 billion, compared with our previous guidance of £1.72 to £1.80 billion. The main driver of the change is volume. Two large beverage customers have moved part of their business to in-house production from the second quarter, which we estimate at around £70 million of annualised revenue. We expect pricing to be broadly neutral for the year.

CEO (Raj Malhotra): I want to be clear that we have not lost these customers. We retain the premium and specialty formats, which carry higher margins. What we've lost is commodity volume.

Analyst (Owen Pryce, Hartwell Securities): Thanks. Helen, on the guidance - you said pricing neutral, but your largest competitor announced a 4% price increase last month. Are you choosing not to follow, or can't you?

CFO: We're choosing to hold pricing in the first half to protect share in our core accounts while the Gdańsk plant ramps up. We'll reassess in the second half.

Analyst (Owen Pryce): And is any of the £70 million at risk of going further, to other customers?

CEO: We don't expect so. These were two specific customers with the scale to justify in-house lines. Our other top-ten customers are all on multi-year contracts, the earliest renewal being in 2027.

Analyst (Sofia Lindqvist, Nordbank Markets): On margins - how much of the 170 basis points of decline is Gdańsk start-up versus the volume under-recovery?

CFO: Roughly 60 basis points is Gdańsk, which is temporary. The rest is volume and mix.

Analyst (Sofia Lindqvist): So if volumes don't come back, most of the margin decline is structural?

CFO: I wouldn't use the word structural. We have a cost programme that targets £25 million of savings, mostly in the second half, which should offset a large part of it.

Analyst (Sofia Lindqvist): Is that programme in the guidance?

CFO: Partially. About half of it.

Analyst (Owen Pryce): Last one - the Gdańsk ramp. Is it on schedule?

CEO: Broadly. The first two lines are running. The third line is a few weeks behind because of equipment delivery, nothing we're concerned about.

---
Using only this excerpt: is the guidance cut mainly a volume problem or a pricing problem, how much of the margin pressure looks temporary versus lasting, and where was management being evasive? Cite the lines you rely on."""),
    ("closed_qa", 1, "", """Mi médico no me da cita hasta el mes que viene. Te pego mis tres últimos análisis. Solo con estos datos: ¿mi función renal está empeorando o es una variación normal? ¿Hay algo más que debería preocuparme?

Fecha | Creatinina (mg/dL) | FGe (mL/min/1,73m²) | Urea (mg/dL) | Potasio (mEq/L) | Cociente albúmina/creatinina en orina (mg/g)
12/03/2025 | 1,02 | 78 | 38 | 4,4 | 18
20/09/2025 | 1,15 | 68 | 44 | 4,8 | 41
27/02/2026 | 1,31 | 58 | 52 | 5,2 | 87

Valores de referencia: Creatinina 0,6-1,2; FGe >90; Urea 15-45; Potasio 3,5-5,1; Cociente albúmina/creatinina <30
Tratamiento actual: enalapril 20 mg/día, metformina 850 mg dos veces al día, atorvastatina 20 mg/día. Tengo 61 años, diabetes tipo 2 desde hace 9 años. En el último control la tensión estaba en 148/92."""),
    ("closed_qa", 1, "", """Policy wording - Home Contents & Buildings (HomeShield Plus), Section B: Escape of Water
B1. We will cover sudden and accidental damage to your buildings and contents caused by water escaping from any fixed water or heating installation, washing machine, dishwasher or fish tank.
B2. We will also pay up to £5,000 towards the cost of finding the source of the leak (trace and access), even where the leak itself is not covered.
B3. Exclusions. We will not pay for: (a) the first £350 of any claim (the escape of water excess); (b) damage caused by water escaping gradually over time, including failed seals or grouting around baths and showers; (c) loss or damage occurring while your home is unoccupied for more than 45 consecutive days, unless the water supply was turned off at the mains and the heating system drained, or the heating was left on at a constant minimum of 12°C; (d) the cost of repairing the item from which the water escaped, except for fixed tanks and pipes; (e) damage caused by frost to pipes in outbuildings.
General Condition 7: You must tell us within 30 days if your home will be unoccupied for more than 45 days.

Our situation: we were in Portugal for 7 weeks (left 3 Jan, back 21 Feb). A pipe under the kitchen sink burst, the floor and cabinets are ruined plus a sofa. We left the heating on a timer, 2 hrs morning and 2 hrs evening at 18 degrees. We didn't tell the insurer we'd be away. Are we covered, for what, and what is the insurer likely to argue?"""),
    ("closed_qa", 1, "", """Relevant bit of my NDA with Verity Labs (signed when I joined in 2023):

"4.1 Confidential Information means all non-public information relating to the Company's products, roadmap, customers, pricing, personnel and business plans, in whatever form, disclosed to or obtained by the Employee during employment.
4.2 The Employee shall not, during employment or for 24 months thereafter, disclose Confidential Information to any third party except as required in the proper performance of duties or by law.
4.3 Information that is or becomes public other than through breach by the Employee is not Confidential Information.
4.4 Nothing in this Agreement prevents the Employee from using or disclosing general skills, knowledge and experience acquired during employment."

And here's what I wrote to a recruiter at a competitor last week: "At Verity I led the team that built the fraud-scoring service. We cut false positives by about 30% last year. We're rolling it out to the two largest banks in Q3, which is why they're hiring like crazy. Salary band for senior ICs there tops out around 165k."

Did I breach it? Take each sentence of my message against the clauses."""),
    ("closed_qa", 1, "", """Dallo statuto dell'associazione "Amici del Teatro Ravelli":
Art. 12 - L'assemblea ordinaria è validamente costituita in prima convocazione con la presenza, anche per delega, di almeno la metà più uno dei soci; in seconda convocazione qualunque sia il numero dei presenti.
Art. 13 - Ogni socio può essere portatore di non più di due deleghe.
Art. 14 - Le modifiche allo statuto sono approvate dall'assemblea straordinaria con la presenza di almeno tre quarti dei soci e il voto favorevole della maggioranza dei presenti.

Dal verbale del 15 gennaio 2026:
"Alle ore 18:00, in prima convocazione, sono presenti 41 soci su 96 iscritti, di cui 29 in proprio e 12 per delega. La socia Rinaldi è portatrice di 4 deleghe. Alle ore 18:30 il presidente dichiara aperta l'assemblea ordinaria e, al punto 3 dell'ordine del giorno, pone in votazione la modifica dell'art. 9 dello statuto (quota associativa). La modifica è approvata con 33 voti favorevoli e 8 contrari."

In base a questi due testi, la modifica dell'art. 9 è stata approvata validamente? Spiegami il ragionamento punto per punto, perché un socio minaccia di impugnare la delibera."""),
    ("closed_qa", 1, "You are a research assistant for the editorial team at Helix Health Magazine.", """Before we run the headline "Daily coffee cuts dementia risk by a third", tell me whether the study below actually supports a causal claim like that. Only use what's in the abstract.

Abstract. Background: Coffee consumption has been associated with cognitive outcomes, but findings are inconsistent. Methods: We analysed data from 18,204 adults aged 55-75 enrolled in the Northbay Ageing Cohort between 2008 and 2012, followed up for a median of 11.3 years. Coffee intake was self-reported once at baseline using a food-frequency questionnaire. Incident dementia was ascertained from hospital records and death certificates. Cox proportional hazards models were adjusted for age, sex, education, smoking and BMI. Results: 612 participants developed dementia. Compared with non-drinkers, participants drinking 2-3 cups per day had a hazard ratio of 0.67 (95% CI 0.52-0.86). Participants drinking more than 5 cups per day had a hazard ratio of 0.94 (95% CI 0.66-1.34). Non-drinkers were more likely to report pre-existing cardiovascular disease and to have left school before age 16. Conclusions: Moderate coffee consumption was associated with a lower risk of incident dementia. Further research is needed to establish causality."""),
    ("closed_qa", 1, "", """Call transcript, renewal check-in, Oakridge Dental Group (14 clinics), 18 Feb:

CSM (Priya): So the renewal is coming up in April, how's everything going with the scheduling module?
Customer (Mark Ellison, Ops Director): It's fine. The front desks use it. We had that outage in January, which wasn't great, two clinics were on paper for a morning.
Priya: Sorry again about that. Anything else on your mind?
Mark: Honestly our new CFO is looking at every subscription. She's asked me for a list of what we'd lose if we moved everything to one platform. Dentavo pitched us a bundle with imaging and billing.
Priya: Got it. Are you using the recall campaigns feature? That usually pays for itself.
Mark: We turned it on in three clinics. The others said the texts look spammy. I haven't pushed it.
Priya: We could do a session on templates.
Mark: Maybe. Send me something. Oh and the reporting - I still export to Excel for the board pack every month, takes me a day.
Priya: The new dashboards in 6.2 should help there.
Mark: We'll see. Can you send me pricing for 14 versus 10 clinics? Just so I have it.

From this call only: how likely is Oakridge to renew, what are the real objections behind what Mark said, and what's the single biggest risk? Be blunt, I need this for the forecast call."""),
    ("closed_qa", 1, "", """Context for the exec summary. Our SLA with CloudMarrow (Schedule 3): "Availability target 99.9% per calendar month for the Managed Database service. Excluded from availability calculations: (i) scheduled maintenance notified at least 72 hours in advance; (ii) outages caused by Customer's acts or omissions, including Customer-initiated configuration changes; (iii) force majeure. Service credits: 10% of monthly fee for availability below 99.9%, 25% below 99.0%."

Ticket thread:
- 04 Mar 13:02 CloudMarrow: Scheduled maintenance notice: minor version upgrade of your cluster prod-db-2 on 06 Mar 02:00-03:00 UTC.
- 06 Mar 02:14 Us: prod-db-2 unreachable after the upgrade started.
- 06 Mar 02:40 CloudMarrow: Upgrade failed because the parameter group you modified on 05 Mar sets max_connections above the supported value for this instance class. Rolling back.
- 06 Mar 09:55 CloudMarrow: Cluster restored.
- 06 Mar 10:10 Us: We changed that parameter in January, not 05 Mar. Please check your audit log.
- 07 Mar 16:20 CloudMarrow: Audit log shows parameter change by your IAM user deploy-bot on 05 Mar 22:47 UTC.
- 07 Mar 17:02 Us (internal note, Kofi): deploy-bot reapplies the whole parameter group on every deploy; the value itself has not changed since January.

Who is on the hook for the ~8 hours of downtime under this SLA, and are we owed credits? Lay out both sides' arguments and tell me which is stronger."""),
    ("closed_qa", 1, "", """Old travel policy (2024), section 3: "Contractors engaged through an agency may claim travel expenses only where travel is requested in writing by the engaging manager. Claims are paid through the agency, not directly by the Company. Economy class applies to all flights under 6 hours."

New travel policy (2026), section 3: "All workers, including contractors, must book travel through the Company's travel portal (Navan). Travel booked outside the portal will not be reimbursed. Business class is permitted for flights over 6 hours for employees at grade 7 and above." Section 9: "This policy supersedes all previous travel policies except where a contractor's engagement agreement provides otherwise."

Our agency contractors don't have portal accounts, and their engagement agreements (standard template, clause 11) say: "Expenses shall be reimbursed in accordance with the Company's travel policy in force at the date of the engagement."

Finance is asking: a contractor engaged in 2025 flew Lisbon-Toronto (7.5 h) last month, booked it themselves, business class, and their manager approved it by email beforehand. What should we reimburse, if anything, and what gaps or conflicts in these documents do we need to fix?"""),
    ("closed_qa", 1, "", """Two internal postings, both titled "Senior Data Analyst":

A (Retail Division): "Own weekly trading reports for 40 stores. Build dashboards in Power BI. Respond to ad-hoc data requests from store managers. Reports to the Analytics Team Lead. 3+ years' experience. No direct reports."

B (Group Finance): "Lead the redesign of the group's cost-allocation model across 6 business units. Present findings to the CFO quarterly. Mentor two junior analysts. Define data quality standards with IT. Reports to the Head of FP&A. 5+ years' experience, including stakeholder management at director level."

Going only by these texts, which one is really the more senior role, and which is the better stepping stone towards a finance manager job? Explain your reasoning, I have to pick one by Friday."""),
    ("closed_qa", 1, "You help the operations team of Kelvane Waste Services understand legal and regulatory documents. You are not a lawyer; flag where legal advice is needed.", """ORDER (extract) - Regional Administrative Court, Case 4 K 1187/25
1. The Respondent (Kelvane Waste Services GmbH) shall, within 8 weeks of service of this order, submit to the Licensing Authority a revised noise management plan for its site at Industriestraße 40, including continuous noise monitoring at the eastern boundary.
2. Until the revised plan has been approved, operations involving the glass crusher shall be limited to 07:00-18:00 on working days.
3. Failure to comply with paragraph 1 within the time limit may result in a penalty payment of up to EUR 10,000 for each week of delay.
4. The costs of the proceedings are borne by the Respondent.
Order served on 3 February 2026.

Our plan: we submit the noise plan on 20 April once the acoustic survey is done, and in the meantime we run the crusher 06:00-20:00 but at half capacity so it's quieter. Are we OK with this? What is our exposure?"""),
    ("closed_qa", 1, "", """Kira sözleşmemden ilgili madde:

"Madde 5 - Kira bedeli aylık 18.000 TL'dir. Kira bedeli her yıl, yenilenen kira yılında bir önceki kira yılının on iki aylık TÜFE ortalaması oranında artırılır. Kiracı, kira bedelini her ayın 5'ine kadar kiraya verenin banka hesabına yatırır. İki ay üst üste kira ödenmemesi halinde kiraya veren sözleşmeyi feshedebilir."

Ev sahibim bu yıl kirayı %60 artırmak istiyor, piyasa böyle olduğu için normal olduğunu söylüyor. Geçen yılın 12 aylık TÜFE ortalaması %44 civarındaymış. Sözleşmeye göre bunu yapabilir mi? Kabul etmezsem ve sadece %44 artışla ödemeye devam edersem beni evden çıkarabilir mi?"""),
    ("closed_qa", 1, "You are a QA reviewer for Pennant Home's customer service team. You audit ticket histories against the refund policy provided.", """REFUND POLICY v3
- Orders can be refunded within 30 days of delivery if unused and in original packaging.
- Damaged-on-arrival items: full refund or replacement regardless of packaging, if reported within 7 days of delivery with a photo.
- Agents may issue goodwill credit up to £25 without approval; anything above needs a team lead.
- Refunds go to the original payment method only.

TICKET #88213 HISTORY
12 Jan - Customer: Sofa arrived 9 Jan, one leg snapped. Photo attached.
12 Jan - Agent Rhys: Sorry! Can you confirm it's still in the original packaging?
14 Jan - Customer: No, we threw the box away, we didn't know.
14 Jan - Agent Rhys: Unfortunately without original packaging we can't refund. I can offer £40 credit as goodwill.
15 Jan - Customer: That's ridiculous, it was broken on arrival. I want a refund to my bank account, my card has been cancelled.
16 Jan - Agent Dee: I've processed a full refund of £649 to the bank account you gave us.

Did the agents follow the policy at each step? Flag every deviation and how serious you think it is."""),
    ("closed_qa", 1, "", """以下是我们和供应商签的采购合同第八条和第九条：

第八条 质量异议：买方应在货物到达后10个工作日内完成验收，如有质量问题应书面提出异议，逾期未提出的视为验收合格。
第九条 违约责任：卖方延迟交货的，每延迟一日按延迟交付部分货款的0.05%支付违约金，违约金总额不超过该部分货款的5%。因不可抗力导致延迟的，卖方不承担违约责任，但应在不可抗力发生后3日内书面通知买方。

实际情况：合同约定3月1日交货，实际3月25日到货，货款总额80万元。供应商说是因为港口封控，但直到3月20日才第一次书面通知我们。到货后第12个工作日我们发现有一批货受潮，才发邮件提出异议。

我们能索赔吗？延迟和受潮分别能主张多少？对方可能会怎么反驳？"""),
    # ------------------------------------------------------------------ open_qa, escalate 0
    ("open_qa", 0, "", "capital of australia? i always think sydney but apparently not"),
    ("open_qa", 0, "", "define 'accrual basis' in one line, for a bookkeeping newbie"),
    ("open_qa", 0, "", "¿Qué es el IVA y cuál es el tipo general en España?"),
    ("open_qa", 0, "", "Wie viele Bundesländer hat Österreich?"),
    ("open_qa", 0, "", "boiling point of ethanol at sea level?"),
    ("coding", 0, "", "what does HTTP 429 mean"),
    ("open_qa", 0, "", "Qu'est-ce qu'un PEA ? Deux phrases max."),
    ("open_qa", 0, "You are the assistant embedded in Ledgerline, an accounts-payable tool. Be concise.", "ISO currency code for the Swiss franc?"),
    ("open_qa", 0, "", "FOB vs CIF - quick difference? shipping newbie here"),
    ("open_qa", 0, "", "光合作用的产物是什么？"),
    ("open_qa", 0, "", "In what year did Portugal join the European Economic Community?"),
    ("open_qa", 0, "", "how many ml in a us cup"),
    ("open_qa", 0, "", "o que é o CDI?"),
    ("open_qa", 0, "You are the assistant inside FleetOps, a logistics dashboard used by dispatchers. Answer briefly and in plain language.", "what does demurrage mean? keeps showing up on the invoices"),
    ("open_qa", 0, "", "copay vs coinsurance, what's the difference?"),
    ("open_qa", 0, "", "Co oznacza skrót NIP?"),
    ("open_qa", 0, "", "normal range for HbA1c in adults without diabetes?"),
    ("open_qa", 0, """You are Wayfarer, the virtual assistant of Brisa Travel, a travel agency with offices in Porto and Lisbon. Guidelines:
- Be warm but concise. Reply in the customer's language.
- You can answer general travel questions (destinations, time zones, typical weather, documents in general terms) from your own knowledge.
- For bookings, changes and refunds, ask for the booking reference and hand over to a human agent; never confirm prices or availability yourself.
- Never present visa or health-entry requirements as definitive; always add that rules change and point to the official government source.
- Do not recommend competitors. Do not discuss commissions or supplier contracts.
- If the customer is upset, acknowledge it before answering.
- Sign off with "Boa viagem!" only at the end of a conversation.
Office hours: Mon-Fri 09:00-19:00, Sat 10:00-14:00 (Lisbon time).""", "hi! whats the time difference between lisbon and tokyo? need to call a hotel there"),
    ("open_qa", 0, "", "Is a tomato botanically a fruit or a vegetable?"),
    ("open_qa", 0, "", "Wat is het verschil tussen bruto en netto salaris?"),
    ("open_qa", 0, "", "who composed the four seasons"),
    ("coding", 0, "", "k8s pod = ? one sentence pls"),
    # ------------------------------------------------------------------ open_qa, escalate 1
    ("open_qa", 1, "", "What actually caused the Late Bronze Age collapse? Walk me through the main competing theories and how strong the evidence for each one is."),
    ("open_qa", 1, "", "Can you explain how CAR-T cell therapy works at second-year biology level, including why cytokine release syndrome happens and why it works better in blood cancers than in solid tumours?"),
    ("open_qa", 1, "", "small EU webshop (NL based), about 40k/yr in sales to other EU countries. should I use OSS for VAT or register in each country? what are the tradeoffs"),
    ("open_qa", 1, "", "Com a reforma tributária, vale mais a pena trabalhar como PJ ou CLT ganhando uns 18 mil por mês? Quero entender os prós e contras de verdade, não só o imposto."),
    ("open_qa", 1, "", "Warum ist die Inflation im Euroraum 2022 so stark gestiegen, und hat die EZB zu spät reagiert? Bitte mit beiden Sichtweisen."),
    ("open_qa", 1, "", "How do lithium-ion batteries degrade over time, and which charging habits actually make a measurable difference for a fleet of 60 electric delivery vans that charge overnight at the depot?"),
    ("open_qa", 1, "", "I'm 65 and in the UK. Is it worth using half of my pension pot to buy an annuity and keeping the rest in drawdown, or is that the worst of both worlds?"),
    ("open_qa", 1, "", "What are the main legal risks for a startup that trains its model on scraped web data in the EU? Copyright, GDPR, anything else I'm missing?"),
    ("open_qa", 1, "", "量子もつれって結局なんなんですか？光より速く情報を送れないのはなぜなのか、文系にもわかるように説明してほしいです。"),
    ("open_qa", 1, "", "क्या डायबिटीज़ के मरीज़ फल खा सकते हैं? कौन से फल बेहतर हैं और क्यों? मेरी माँ को टाइप 2 डायबिटीज़ है।"),
    ("open_qa", 1, "", "Kıdem tazminatı nasıl hesaplanıyor? İstifa edersem yine de alabilir miyim, hangi durumlarda hakkım olur?"),
    ("open_qa", 1, "", "steelman the case against corporate carbon offsets, then tell me which criticisms actually hold up"),
    ("open_qa", 1, "", "How does a central clearing counterparty reduce systemic risk in derivatives markets, and where does it just concentrate that risk instead?"),
    ("open_qa", 1, "", "landlord in Ontario, tenant hasn't paid in 3 months and stopped answering. what are my options and how long does this realistically take"),
    ("open_qa", 1, """You are the online assistant of FarmaVida pharmacies. You help customers with opening hours, prescription collection, product availability and general, non-diagnostic health information.
Rules:
1) You are not a doctor or pharmacist; for anything involving a specific person's medication, say that a pharmacist should confirm.
2) Never suggest doses above the label.
3) If the user describes emergency symptoms (chest pain, difficulty breathing, signs of stroke, severe allergic reaction), tell them to call emergency services immediately.
4) Do not recommend prescription-only medicines.
5) Keep answers under 150 words and in plain language.
6) Opening hours: all branches 08:30-20:00 on weekdays and 09:00-14:00 on Saturdays; the Central Station branch is open 24/7.
7) Prescriptions can be collected with the patient's ID card or a signed authorisation form.""", "I'm on lisinopril 10mg for blood pressure. Is it ok to take ibuprofen for a few days for my back, or is there something better I could take?"),
    ("open_qa", 1, "", "Differenze tra SRL e SRLS? Per una startup con due soci e pochi capitali quale conviene, anche pensando a un futuro aumento di capitale?"),
    ("open_qa", 1, "", "explain the 1997 asian financial crisis like i'm 12, but don't dumb it down too much"),
    ("open_qa", 1, """You are Compass, the internal career assistant for employees of Hallberg Industrial Group (manufacturing, 9,000 employees, 14 plants). You can discuss career development, skills, internal mobility and learning resources. When relevant, mention that the internal job board is at jobs.hallberg.internal and the learning platform is Hallberg Academy. You must not comment on individual salaries, performance ratings or ongoing HR cases; redirect those to the employee's HR business partner. Keep a supportive, practical tone and avoid generic motivational language. Employees may write in English, German, Swedish or Polish; answer in the language used.""", "I've been a demand planner for 4 years. People keep telling me to either go deep (become the S&OP / forecasting expert) or go broad (rotate through procurement, logistics, maybe a plant role). Which path is smarter if I want to be a supply chain director in about 8 years?"),
    # ------------------------------------------------------------------ other, escalate 0
    ("other", 0, "", "hiya 👋"),
    ("other", 0, "", "ty that worked 🙏"),
    ("other", 0, "", "are you gpt-4 or which model is this"),
    ("other", 0, "", "Czy mogę pisać do ciebie po polsku?"),
    ("other", 0, "", "merci beaucoup, bonne soirée !"),
    ("other", 0, "", "do you remember what we talked about yesterday?"),
    ("other", 0, "", "Hallo! Wer bist du eigentlich und wer hat dich gebaut?"),
    ("other", 0, "", "ありがとうございます、助かりました！"),
    ("other", 0, "", "can you see images if I send one?"),
    ("other", 0, "You are Mira, the virtual concierge of Hotel Solvang in Copenhagen. Greet guests warmly, answer questions about the hotel, and offer to book restaurants or transport.", "hi mira"),
    ("other", 0, "", "你好，在吗？"),
    ("other", 0, "", "Do you keep my chats? like is this stored somewhere or used for training"),
    ("other", 0, "", "ping"),
    ("other", 0, "", "안녕하세요~ 처음 써봐요"),
    ("other", 0, "", "Obrigado pela ajuda, até a próxima!"),
    ("other", 0, "", "brb, grabbing a coffee"),
    ("other", 0, "You are the support assistant for Kestrel Bank. Be brief and friendly. Never ask for full card numbers or passwords.", "no that's everything, thanks for your help"),
    ("other", 0, "", "What's your knowledge cutoff?"),
    ("other", 0, "", "can i upload a pdf here or only paste text"),
    ("other", 0, "", "شكراً جزيلاً على المساعدة"),
    ("other", 0, "", "Good night, talk tomorrow!"),
    # ------------------------------------------------------------------ other, escalate 1
    ("other", 1, "", "Let's practise a negotiation. You're the head of procurement at a German car maker; I'm the account manager of a wiring-harness supplier trying to get a 7% price increase through because copper went up. Be tough and don't break character. I'll open: 'Thanks for making time, Herr Vogel. I'll be direct about why I asked for this meeting.'"),
    ("other", 1, "", "my manager keeps putting me on weekend shifts even though my contract says mon-fri. i need this job but im exhausted and my kid barely sees me. what do i do"),
    ("other", 1, "", """This is what my ex sent me last night:

"I don't know why you think it's ok to change the pickup time without asking me. I had already told Mila I'd take her to swimming on Saturday and now she's crying because you said she's going to your mum's. This is exactly what you always do, you make plans and then I look like the bad guy. And while we're at it, the school said you still haven't paid your half of the trip deposit, it was due two weeks ago. I'm not going to keep covering for you. If this keeps happening I'll talk to my lawyer about changing the arrangement. I'm tired of this."

For context: I did move pickup to Friday evening because my mum is in hospital and wanted to see Mila, and I texted him on Wednesday but he never replied. The deposit thing is true, I forgot. I don't want a war, we still have to co-parent for like 10 more years. How do I handle this?"""),
    ("other", 1, """You are Old Brannoc, the blacksmith of the mountain village of Wetherfell, a non-player character in the open-world RPG "Ashen Roads" (Greyhollow Games). The player is talking to you in real time. Stay in character at all times; never mention that you are an AI, a language model or a game character, and never refer to game mechanics such as quests, hit points or menus in those words.

Who you are: You are sixty-three, broad-shouldered, with burn scars on both forearms and a slow, deliberate way of speaking. You served twenty years as an armourer for the Duke's garrison at Calder Keep before an argument with the quartermaster sent you home. Your wife, Ilse, died four winters ago of the grey cough; you don't talk about her unless the player has earned your trust (relationship level 3 or higher, given below). You have one daughter, Maren, who runs the inn across the square and worries about you. You distrust the Duke's tax collectors, you respect anyone who works with their hands, and you have a soft spot for the village children, whom you let watch you at the forge.

What you know (share only when asked sensibly, and only what Brannoc would plausibly know):
- The salt caravan from Hollin's Reach passed through Wetherfell nine days ago. You reshod two of its mules. The caravan master, a woman called Tesk, paid in old Calder silver, which struck you as odd because those coins were withdrawn years ago.
- Tesk asked you whether the old mine road over the Grey Shoulder was passable. You told her it had been closed since the rockfall and that only a fool would take it in snow. She didn't answer.
- Two nights after the caravan left, you heard wolves on the ridge "louder than wolves have a right to be" and saw torchlight near the mine entrance.
- You do NOT know what happened to the caravan. You suspect the mine road, and you suspect that whoever paid Tesk in Calder silver did not want the caravan to reach the city. You only voice this suspicion if the player asks directly what you think happened.
- You have heard rumours that the Duke's men are quietly reopening the mine, but you consider it tavern talk.

How you behave:
- Answer in two to five sentences, plain and a bit gruff. Use occasional regional words: "aye", "nay", "lass"/"lad" for younger people, "the Shoulder" for the mountain.
- If the player is rude, become curt and suggest they leave your forge. If the player threatens you, refuse to say anything more and tell them to go.
- If the player offers to help at the forge or brings you iron ore, warm up noticeably.
- You can sell: horseshoes (2 silver), a hunting knife (12 silver), a repaired sword (price depends on the damage; ask to see it). You no longer make armour: "I'm done making men ready for wars that aren't theirs."
- If asked about things outside your world (modern objects, other games, the real world), react with confusion as Brannoc would and steer back.
- Never invent major facts about the caravan beyond what is listed; if you don't know, say so in character.

Current scene state: Evening, heavy snow. The forge is lit. Maren has just left after bringing you soup. Player relationship level: 1 (stranger). Player appearance: travel-worn cloak, a sword at the hip with a notched blade.""", "*pushes the forge door open and stamps the snow off my boots* Evening. Folk at the inn say you shod the mules of that salt caravan before it vanished. What can you tell me?"),
    ("other", 1, "", "I moved to Rotterdam for work four months ago and I still don't really know anyone outside the office. Weekends are rough. Any advice that isn't just 'join a gym'?"),
    ("other", 1, "", "J'ai mon entretien final demain matin dans un gros cabinet et je n'arrive pas à dormir tellement je stresse. Tu peux m'aider à me calmer un peu ?"),
    ("other", 1, "", "Actúa como entrevistador para un puesto de jefe de almacén en una empresa de logística. Hazme las preguntas de una en una, espera mi respuesta y dame feedback sincero después de cada una."),
    ("other", 1, "", "My dad was diagnosed with early-stage dementia last week. My brother lives abroad and my sister assumes I'll handle everything because I live closest. How do I bring this up with them without it turning into a fight?"),
    ("other", 1, "", "my cofounder wants to bring her husband in as CTO and I think it's a terrible idea. we're 18 months in, 5 months of runway. how do I say no without wrecking the partnership?"),
    ("other", 1, "", "Wie sag ich meiner Mitbewohnerin, dass sie mehr im Haushalt machen soll, ohne dass die Stimmung kippt? Wir wohnen noch mindestens ein Jahr zusammen."),
    ("other", 1, "", "我和室友因为房租分摊吵了一架。她工资比我高很多，我觉得应该按收入比例分，她坚持平分。我该怎么跟她谈才不会闹僵？"),
    ("other", 1, """You are Captain Rook, the friendly pirate parrot who helps children aged 7-10 practise maths in the app "Treasure Sums". Speak like a cheerful pirate but keep sentences short and simple. Never make a child feel stupid: when they get something wrong, praise the effort, give one small hint, and let them try again. Never give the answer straight away unless they have tried three times. Use at most one emoji per message. Do not ask for the child's name, age, school or location, and if they share personal details, do not repeat them. If a child says something worrying (being hurt, being scared at home), gently say that it's important to tell a grown-up they trust, and show the help button.
Current question on screen: 3/4 + 1/8 = ?
Attempts so far: 2. The child's last answer was 4/12.""", "arrr i got it wrong AGAIN 😭 im so bad at fractions"),
    ("other", 1, "", """Just got my mid-year review. Pasting the manager comments:

"Overall rating: Partially meets expectations. Amara consistently delivers high-quality analysis and her work on the pricing model was praised by the commercial team. However, she has struggled to manage stakeholder expectations, with two projects delivered later than communicated. She needs to be more proactive in flagging risks early and in pushing back on scope changes. She is sometimes perceived as reserved in team meetings, and we would like to see her contribute more visibly to discussions. For H2, the focus should be on visibility, proactive communication and delivering on agreed timelines. I believe Amara has the potential to meet expectations by year end with the right focus."

Context: both "late" projects were late because the commercial director changed the scope AFTER my manager agreed to it without asking me. I flagged it in writing both times. I've had zero 1:1s since March because he keeps cancelling. Two colleagues with far less output got "meets". I'm honestly gutted and half-drafting my resignation. Should I quit, push back formally, or keep my head down till year end?"""),
    ("other", 1, "", """ok need an outside opinion. group chat from our flat (names changed):

Jonas: who ate my leftover lasagna
Priya: not me
Theo: wasn't me either
Me: I did, sorry, I thought it was the one I made on Sunday 😬 I'll make you another one
Jonas: it was literally labelled with my name
Me: I didn't see the label, it was at the back
Jonas: this is the third time something of mine has gone missing this month
Priya: to be fair the milk thing was me last week, I replaced it
Jonas: whatever. I'm putting a lock on my shelf
Theo: bro it's lasagna
Jonas: it's about respect Theo
Me: I said I'm sorry and I'll make another one, not sure what else you want
Jonas: maybe read labels
Me: maybe don't be passive aggressive in the group chat
Jonas has left the group

Now it's awkward at home and Priya says I escalated it. Was I in the wrong? What should I do now?"""),
    ("other", 1, "", "Facciamo un gioco di ruolo: tu sei un cliente molto arrabbiato di un hotel a Rimini (camera rumorosa, aria condizionata rotta, nessuno ti ha richiamato) e io sono il receptionist. Voglio esercitarmi a gestire i reclami. Inizia tu."),
]
