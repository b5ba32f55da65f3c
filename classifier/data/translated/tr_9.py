"""Training-only translations of hand-written English training prompts (chunk 9: es, pt)."""
T = [
    ("tri-7f449f69771b", "es", "", """Soy el controller de una distribuidora mediana y acabamos de firmar esta línea de crédito. Revisa el extracto de abajo y enumera todas las obligaciones que el Prestatario tiene que cumplir de forma continuada: no solo las que están en "Covenants", sino también las que solo se deducen de las definiciones, las condiciones y los supuestos de incumplimiento. Para cada una, cita el número de cláusula del que sale.

CREDIT AGREEMENT (EXCERPT) between Norrholm Distribution Inc. ("Borrower") and Castellan Commercial Bank, N.A. ("Lender")

1. DEFINITIONS
1.1 "Consolidated EBITDA" means, for any period, Consolidated Net Income for such period plus, without duplication and to the extent deducted in determining Consolidated Net Income, (a) interest expense, (b) income tax expense, (c) depreciation and amortization, and (d) non-cash charges approved in writing by the Lender, minus any non-cash gains.
1.2 "Fixed Charge Coverage Ratio" means the ratio of (a) Consolidated EBITDA less unfinanced Capital Expenditures and cash taxes paid to (b) Fixed Charges, in each case for the four fiscal quarters most recently ended for which financial statements have been delivered under Section 6.1.
1.3 "Borrowing Base" means, at any time, the sum of (a) 85% of Eligible Accounts plus (b) the lesser of 50% of Eligible Inventory and $6,000,000, in each case as shown on the most recent Borrowing Base Certificate.
1.4 "Eligible Accounts" excludes any account (i) unpaid more than 90 days after the original invoice date, (ii) owing by an Affiliate, or (iii) owing by an account debtor located outside the United States or Canada unless backed by a letter of credit acceptable to the Lender.
1.5 "Permitted Liens" means liens in favor of the Lender, liens for taxes not yet due, and purchase-money liens securing Indebtedness not exceeding $750,000 in the aggregate.

2. THE FACILITY
2.1 The Lender agrees to make revolving loans to the Borrower up to the lesser of (a) $18,000,000 and (b) the Borrowing Base.
2.2 If at any time the outstanding revolving loans exceed the Borrowing Base, the Borrower shall repay the excess within two Business Days.
2.3 All collections on accounts receivable shall be deposited into the blocked account maintained with the Lender.

4. CONDITIONS TO EACH BORROWING
4.1 Each request for a revolving loan shall be deemed a representation that (a) no Default has occurred and is continuing, and (b) the representations in Article 5 remain true in all material respects.
4.2 The Lender shall have received a Borrowing Base Certificate dated no earlier than the 20th day of the preceding month.

6. COVENANTS
6.1 Financial statements. Within 45 days after each fiscal quarter, unaudited consolidated statements; within 120 days after each fiscal year, audited consolidated statements with an unqualified opinion from an independent accounting firm reasonably acceptable to the Lender.
6.2 Fixed Charge Coverage Ratio. The Borrower shall not permit the Fixed Charge Coverage Ratio, tested at the end of each fiscal quarter, to be less than 1.15 to 1.00.
6.3 Capital expenditures. Unfinanced Capital Expenditures shall not exceed $2,500,000 in any fiscal year.
6.4 Distributions. No dividends or other distributions except tax distributions to the shareholders, provided no Default exists.
6.5 Insurance. Maintain property and casualty insurance naming the Lender as lender loss payee.

8. EVENTS OF DEFAULT
8.1 Failure to pay any principal when due, or any interest or fee within three Business Days after due.
8.2 Failure to deliver any Borrowing Base Certificate within five Business Days after the 20th day of each month.
8.3 Any change of control, including any person or group other than the Existing Shareholders acquiring more than 35% of the voting equity of the Borrower.
8.4 Any judgment in excess of $500,000 that remains unsatisfied or unstayed for 30 days.
8.5 The Borrower's auditors resign or are replaced without 15 days' prior written notice to the Lender.

Dámelo en una tabla: obligación | tipo (explícita/implícita) | cláusula | periodicidad o hecho desencadenante."""),
    ("tri-0a345e3ee4a0", "pt", "Você é um engenheiro principal que presta consultoria a uma empresa jornalística. Apresente uma arquitetura concreta: componentes, fluxo de dados, modos de falha e o que você construiria primeiro.", """Precisamos redesenhar como o conteúdo sob embargo circula pela nossa stack de publicação. Segue o documento de requisitos que nosso líder de produto escreveu, colado do jeito que está:

---
EMBARGO E PUBLICAÇÃO AGENDADA – REQUISITOS (v0.3)

Contexto. O Northgate Post publica ~400 matérias por dia entre web, apps, Apple News, Google News, nossas páginas AMP, 6 newsletters e feeds de distribuição para 14 veículos parceiros. Hoje a publicação agendada é feita por um cron job no CMS legado que roda a cada minuto e muda uma flag "published". Cada canal downstream então consulta a API do CMS no seu próprio intervalo (entre 30 s e 15 min). No ano passado tivemos duas quebras de embargo: (1) uma matéria de resultados trimestrais vazou 11 minutos antes para um parceiro de distribuição porque o feed dele cacheou uma URL de pré-visualização não publicada; (2) uma matéria sobre a saúde de um membro da família real, sob embargo rigoroso, foi enviada para o app porque um editor alterou o horário do embargo em um campo mas não no outro (guardamos "embargo_until" e "publish_at" separadamente). A segunda nos custou o credenciamento por três meses.

Objetivos.
G1. Nenhum conteúdo sob embargo pode ser lido por ninguém fora da redação antes do horário do embargo, em nenhum canal, incluindo pré-visualizações, caches, CDN, buscadores, notificações push e feeds de parceiros.
G2. No horário do embargo, o conteúdo deve estar no ar em todos os canais em até 60 segundos (p95).
G3. Os editores precisam poder antecipar ou adiar um embargo, ou cancelá-lo, até o último segundo, e a mudança tem que ser respeitada em todos os lugares.
G4. Trilha de auditoria completa: quem definiu ou alterou um embargo, quando, de onde; qual canal publicou e quando.
G5. Override para notícia urgente: o editor de plantão pode suspender o embargo antecipadamente para uma única matéria com aprovação de duas pessoas.

Restrições.
- O CMS legado (Java, Oracle) vai continuar sendo o sistema de registro por pelo menos 18 meses; não podemos reescrevê-lo, mas podemos adicionar um serviço ao lado dele e nos conectar à tabela de outbox de eventos.
- A CDN é a Fastly; dá para fazer purge por surrogate key.
- Apple News e Google News têm APIs próprias com rate limits; o Apple News pode levar vários minutos para processar uma matéria.
- Os feeds de parceiros são puxados pelos próprios parceiros (RSS/Atom e uma API JSON); não controlamos o cache deles.
- As notificações push passam por um fornecedor terceiro com uma API de agendamento.
- Time: 4 engenheiros de backend, 1 SRE. Kubernetes na AWS, Kafka já usado pelo time de analytics.

Perguntas em aberto.
Q1. Os canais devem puxar (pull) ou nós devemos empurrar (push) no horário do embargo?
Q2. Podemos pré-carregar o conteúdo nos canais que suportam liberação agendada (Apple News, fornecedor de push) sem violar o G1?
Q3. Como lidamos com a diferença de relógio entre sistemas?
Q4. Como testamos isso sem arriscar uma quebra de embargo real?
Q5. O que deve acontecer se um canal falhar no horário do embargo — tentar de novo, alertar, segurar os outros?
---

Minhas preocupações: ter uma única fonte da verdade para o "embargo_until", se vale a pena pré-carregar o conteúdo criptografado e se o Kafka aqui é exagero ou exatamente o certo. Pode opinar sem rodeios, por favor."""),
    ("tri-beafac2f17e8", "es", "", """python me sigue tirando SyntaxError: expected ':' en la línea 4 y llevo 10 min mirándolo y nada

def shipping_cost(weight_kg, zone):
    rates = {"A": 4.5, "B": 6.0, "C": 9.25}
    base = rates.get(zone, 12.0)
    if weight_kg > 20
        base += (weight_kg - 20) * 0.4
    return round(base, 2)"""),
    ("tri-64344f202192", "pt", "És um assistente de planeamento da Brennan Civil. Apresenta o planeamento final sob a forma de uma tabela dia a dia.", """Temos 3 equipas (A, B, C) para uma pequena reabilitação de uma ponte. Tarefas (duração em dias): 1 montagem da sinalização de trânsito 1d, qualquer equipa; 2 remoção do revestimento antigo do tabuleiro 3d, depois da 1; 3 decapagem e reparação dos aparelhos de apoio 4d, depois da 2, só a equipa B é certificada; 4 membrana de impermeabilização 2d, depois da 3; 5 novo revestimento 2d, depois da 4; 6 reparação das guardas 5d, depois da 1, qualquer equipa, pode decorrer em paralelo; 7 marcação rodoviária 1d, depois da 5 e da 6. A equipa C está de folga nos dias 4-5. Uma equipa por tarefa. Meteorologia: há previsão de chuva para o dia 9, e não se pode fazer trabalho de membrana nem de revestimento num dia de chuva. Qual é o planeamento mais curto e quem faz o quê?"""),
    ("tri-4f39a13f311b", "es", "", """Somos el cliente (una empresa de logística de 300 personas) y vamos a firmar este contrato SaaS para una plataforma de optimización de rutas. Clasifica cada una de las cláusulas de abajo como ESTÁNDAR, NEGOCIAR o INACEPTABLE desde nuestro lado, y da una razón en una o dos frases. Ten en cuenta que la plataforma va a guardar las direcciones de entrega de nuestros clientes y los datos de ubicación de nuestros conductores, y que se va a volver crítica para la operación del despacho.

CLAUSE 3.2 - Service Levels. Provider will use commercially reasonable efforts to make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance (notified at least 48 hours in advance, not to exceed 8 hours per month) and emergency maintenance. Customer's sole remedy for failure to meet this level is a service credit of 5% of the monthly fee for each full percentage point below 99.5%, capped at 20% of the monthly fee.

CLAUSE 4.4 - Fee Increases. Provider may increase the fees on each anniversary of the Effective Date by giving 30 days' notice. Increases shall not exceed the greater of 7% or CPI plus 3%.

CLAUSE 5.1 - Customer Data. As between the parties, Customer owns all Customer Data. Provider may use Customer Data, including in aggregated and de-identified form, to provide, maintain and improve the Service and to develop new products and services, and may retain such aggregated data indefinitely.

CLAUSE 5.6 - Sub-processors. Provider may engage sub-processors to process Customer Data, including outside the European Economic Area, and will publish a list of current sub-processors on its website. Customer is deemed to accept any new sub-processor 10 days after publication.

CLAUSE 7.3 - Security Incidents. Provider will notify Customer without undue delay, and in any case within 72 hours, after becoming aware of a Security Incident affecting Customer Data.

CLAUSE 9.1 - Term and Renewal. The initial term is 36 months. Thereafter, this Agreement renews automatically for successive 36-month terms unless either party gives notice of non-renewal at least 180 days before the end of the then-current term.

CLAUSE 9.4 - Effect of Termination. Upon termination, Provider will make Customer Data available for export in Provider's standard format for 14 days, after which Provider may delete it. Provider has no obligation to provide transition assistance.

CLAUSE 10.2 - Limitation of Liability. Each party's total liability under this Agreement shall not exceed the fees paid by Customer in the 3 months preceding the event giving rise to the claim. This limitation does not apply to Customer's payment obligations or to either party's indemnification obligations.

CLAUSE 11.1 - IP Indemnity. Provider will defend Customer against third-party claims that the Service infringes intellectual property rights and pay resulting damages awarded, provided Customer notifies Provider promptly and gives Provider sole control of the defence.

CLAUSE 12.3 - Governing Law. This Agreement is governed by the laws of the State of Delaware, and the parties submit to the exclusive jurisdiction of the courts of Wilmington, Delaware. (Nosotros estamos en Róterdam.)

CLAUSE 13.5 - Publicity. Provider may use Customer's name and logo in customer lists and marketing materials.

CLAUSE 14.2 - Assignment. Provider may assign this Agreement without consent in connection with a merger, acquisition or sale of all or substantially all of its assets. Customer may not assign without Provider's prior written consent."""),
    ("tri-25eca8492ab4", "pt", "Você auxilia analistas de monitoramento de transações de um banco regional. Dada a narrativa de um alerta, atribua uma classificação de risco BAIXO, MÉDIO ou ALTO e apresente uma justificativa em três frases. Não faça recomendações sobre a decisão de comunicar ou não às autoridades.", """Alerta #TM-2024-55817. Cliente: Velmora Import Export LLC, conta corrente empresarial aberta há 7 meses. Atividade declarada: atacado de têxteis para o lar, faturamento mensal esperado de $40-60 mil segundo o KYC. Movimentação nos últimos 30 dias: 23 depósitos em espécie em 6 agências de três condados, cada um entre $8.200 e $9.800, total de $207.400. Transferências internacionais de saída no mesmo dia ou no dia seguinte para dois beneficiários: Hexa Trading FZE (Emirados Árabes Unidos) $118.000 em 4 transferências e uma conta de pessoa física em Hong Kong $71.500 em 3 transferências. Nenhuma transferência recebida nem recebimento de cartão vindo de clientes. Dois depósitos foram feitos pela mesma pessoa, que não é signatária da conta. Alerta anterior no 3º mês (movimentação rápida de recursos) encerrado como justificado por compra sazonal de estoque; nenhuma documentação arquivada."""),
    ("tri-a9ca906727aa", "es", "", """Abajo van las notas de la línea de consejo de enfermería. ¿Esto se clasifica como EMERGENCIA (llamar al 112 ya), URGENTE (médico de cabecera o centro de urgencias hoy mismo) o RUTINARIO? Dame la categoría y tu razonamiento clínico.

Llamante: mujer de 58 años, llama por sí misma. Desde hace unos 40 min nota 'opresión' en la parte alta del pecho y entre los omóplatos, le empezó subiendo la compra por las escaleras, ha mejorado un poco al sentarse pero no se le ha quitado. Tiene náuseas, está algo sudorosa. Sin tos, sin fiebre. Antecedentes: diabetes tipo 2, hipertensión, exfumadora (lo dejó hace 5 años). Medicación: metformina, amlodipino. Cree que es una indigestión porque ha comido mucho y 'la semana pasada también me pasó pero se me fue'. Habla con frases completas. Sin antecedentes cardiacos conocidos, no recuerda que le hayan hecho nunca un electro. El tensiómetro de casa marcaba 156/94 hace diez minutos, pulso 98. Se tomó dos antiácidos hace 20 min, sin cambios. Vive con su marido, que está en casa y podría llevarla en coche."""),
    ("tri-fa74a1ccd5e2", "pt", "És o assistente de apoio ao cliente da Brightwell Energy. Responde apenas com base nas passagens recuperadas que vêm na mensagem do utilizador. Cita o número das passagens. Se a resposta não estiver nas passagens, di-lo e oferece-te para pôr o cliente em contacto com um agente.", """Passagens recuperadas:

[1] NightSaver Heat & Drive tariff (v4, valid from 1 April 2024). Availability: domestic customers with a working smart meter (SMETS2, or SMETS1 enrolled in the national smart meter network) who have at least one of the following registered on their account: a heat pump with a valid MCS certificate, an electric vehicle, or a home battery of 5 kWh usable capacity or more. Unit rates: off-peak (00:30-05:30 and 13:00-16:00) 9.8p/kWh; peak (16:00-19:00) 38.4p/kWh; standard (all other times) 26.1p/kWh. Standing charge 53.2p per day. All prices include VAT at 5%.

[2] Registering a heat pump. To qualify for NightSaver via a heat pump, enter the MCS certificate number under Account > My Home > Low-carbon tech. Our team checks the certificate within 10 working days. Once approved, the tariff starts from your next meter reading; we will email you the start date. Air-to-air heat pumps are not eligible because they are not covered by MCS certification for this purpose.

[3] Leaving a fixed tariff early. Brightwell Fix 12 (v3) carries an exit fee of £75 per fuel; Brightwell Fix 24 (v2) carries an exit fee of £150 per fuel. No exit fee is charged in the last 49 days of a fixed term. Exit fees are waived when you move to another Brightwell tariff, with one exception: customers leaving Fix 24 for any variable or time-of-use tariff within the first 6 months of the fixed term pay the full exit fee.

[4] Smart meter data for time-of-use tariffs. Time-of-use tariffs require half-hourly meter readings. By switching you consent to Brightwell collecting half-hourly consumption data. If your meter fails to send half-hourly data for more than 14 days, consumption during that period is billed at the standard rate until communication is restored.

[5] EV charger installation offer. Customers on NightSaver can book a discounted 7 kW home charger installation from £649. The offer requires off-street parking and a consumer unit with a spare way. Installation is carried out by our partner VoltFit; lead times are currently 3-5 weeks. The offer cannot be combined with other charger discounts.

[7] Paying for NightSaver. NightSaver is available to customers paying by monthly Direct Debit or using a smart prepayment meter. Your Direct Debit amount will be reviewed 3 months after you switch, based on your actual half-hourly usage, and you can ask for a review at any time.

[6] Moving home. If you move house while on NightSaver, the tariff does not transfer automatically; the new property must meet the eligibility criteria in passage [1]. Please tell us at least 7 days before your move.

Pergunta do cliente: olá, instalámos uma bomba de calor ar-água no mês passado (certificado MCS dado pelo instalador) - não temos carro elétrico. posso aderir ao NightSaver e quanto pagaria à noite em comparação com o resto do dia? outra coisa, estou no Fix 12 desde janeiro, há taxa de saída se mudar agora? obrigado, Dev"""),
    ("tri-a8d4cdbff723", "pt", "", "vilanela sobre esperar o resultado de uma biópsia. contida, nada melodramática"),
    ("tri-e99688d19504", "es", "", "3 asuntos para el mail recordatorio de la vacuna de la gripe porfa, se puede ir sin cita a cualquiera de las 4 sedes, no hace falta turno"),
    ("tri-b02a9d62897a", "pt", "", """O cliente precisa de ir de Lyon a Reiquiavique a 14 de outubro, com chegada antes das 20:00 hora local, a opção mais barata, no máximo 1 escala, ligação mínima de 60 min (90 se mudar de terminal em CDG). Opções que encontrei:

1. LYS-CDG 06:10-07:20 (T2) €89 / CDG-KEF 10:35-12:15 (T1) €210
2. LYS-AMS 07:00-08:40 €120 / AMS-KEF 09:30-10:45 €175
3. LYS-CPH 11:20-13:25 €95 / CPH-KEF 14:15-15:35 €160
4. LYS-LHR 16:05-16:50 €70 / LHR-KEF 17:55-20:05 €140
5. LYS-CDG 12:40-13:50 (T2) €89 / CDG-KEF 15:00-16:40 (T2) €230
6. LYS-FRA 06:40-07:50 €130 / FRA-KEF 13:25-15:05 €150

Os horários são locais (Lyon/Paris/AMS/CPH/FRA UTC+2, Londres UTC+1, Islândia UTC+0). Qual escolho e porquê? Verifica todas as opções, não só as baratas."""),
    ("tri-977d374fb5d6", "es", "Redactas respuestas para la oficina de Atención al Paciente del Hospital Kestrel Bay. Las respuestas deben ser empáticas y concretas, no deben admitir responsabilidad legal y no deben revelar información sobre medidas disciplinarias al personal. Ofrece un siguiente paso concreto. Firma como Lorna Pike, responsable de Atención al Paciente.", """Reclamación recibida a través del formulario web, 02/11:
"Mi marido estuvo en urgencias el 28 de octubre por dolor en el pecho. Esperamos 5 horas en la sala de espera. Después del triaje nadie volvió a mirarle, ni siquiera cuando fui dos veces al mostrador a decir que el dolor iba a más. Cuando por fin le vieron, el médico fue estupendo y resultó que estaba teniendo un infarto: esa misma noche le pusieron un stent y se está recuperando. Pero estoy indignadísima. Si no llego a montar un escándalo se podría haber muerto en esa silla. Además, el baño de la sala de espera estaba asqueroso y no había dónde cargar el móvil. Quiero saber qué van a hacer para que esto no le pase a otra persona. - Patricia Okonjo"
"""),
    ("tri-519e43dcd0dc", "pt", "Você é um revisor sênior de segurança de aplicações de uma empresa de SaaS da área da saúde. Revise o código em busca de vulnerabilidades, exposição de dados relevante para a HIPAA e problemas de correção. Ordene os achados por severidade e dê correções concretas.", """@app.route("/api/patients/<patient_id>/records")
@login_required
def get_records(patient_id):
    log.info(f"usuário {current_user.email} buscando prontuários do paciente {patient_id}: {request.args}")
    clinic = request.args.get("clinic", "")
    q = f"SELECT * FROM records WHERE patient_id = '{patient_id}' AND clinic_code LIKE '%{clinic}%'"
    rows = db.engine.execute(q).fetchall()
    if not rows:
        return jsonify({"error": f"nenhum prontuário para {patient_id}"}), 404
    out = []
    for r in rows:
        d = dict(r)
        if current_user.role != "admin":
            d.pop("ssn", None)
        out.append(d)
    resp = jsonify(out)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp"""),
    ("tri-53ebf919e873", "es", "", """sácame el nº de lote y el rango de números de serie de esto xfa
CORRECCIÓN URGENTE DE DISPOSITIVO MÉDICO - Bomba de infusión volumétrica Vireo ProFlow 3. Unidades afectadas: números de serie VF3-220118 a VF3-220940, lote 22K-07, firmware 4.2.1. Los clientes no deben desechar las unidades afectadas."""),
    ("tri-6109bace7a59", "pt", "Você é o Compass, o assistente interno de carreira para os colaboradores do Hallberg Industrial Group (indústria, 9.000 funcionários, 14 fábricas). Você pode falar sobre desenvolvimento de carreira, competências, mobilidade interna e recursos de aprendizagem. Quando fizer sentido, mencione que o portal interno de vagas fica em jobs.hallberg.internal e que a plataforma de aprendizagem é a Hallberg Academy. Você não deve comentar salários individuais, avaliações de desempenho nem processos de RH em andamento; encaminhe esses assuntos para o HR business partner do colaborador. Mantenha um tom de apoio e prático e evite frases motivacionais genéricas. Os colaboradores podem escrever em inglês, alemão, sueco, polonês ou português; responda no idioma usado.", "Sou planejador de demanda há 4 anos. O pessoal vive me dizendo para ou me aprofundar (virar o especialista em S&OP / previsão de demanda) ou ampliar (fazer rodízio por compras, logística, talvez uma função na fábrica). Qual caminho é mais inteligente se eu quero ser diretor de supply chain daqui a uns 8 anos?"),
    ("tri-769a9af64712", "es", "", """Ayúdame a montar el cuadrante de noches de la semana que viene para nuestra unidad de cuidados intermedios. Las noches son de 1900 a 0700, de lunes a domingo (7 noches). Cada noche necesita exactamente 3 enfermeras, y al menos una tiene que estar habilitada como responsable de turno.

Personal:
- Amara (responsable) - quiere 3 noches como máximo, no puede el miércoles
- Beto (responsable) - 3 noches, las prefiere seguidas
- Chloe - 4 noches, ni viernes ni sábado (tiene una boda)
- Dmitri - 3 noches
- Esi (responsable) - 3 noches, solo disponible de jueves a domingo
- Farah - 3 noches, recién graduada, nunca puede estar en una noche en la que la única responsable sea Esi (Esi además está orientando a alguien)
- Gus - 2 noches, tiene que librar el lunes

Reglas: nadie trabaja más de 3 noches seguidas; nadie trabaja una noche y luego el día siguiente (aquí no aplica, son todo noches). Total necesario = 21 turnos. ¿Es siquiera posible? Si sí, dame una tabla; si no, dime cuál es el cambio más pequeño que lo haría viable."""),
    ("tri-79d73911339b", "pt", "", """Uma versão em inglês disso aqui pro cartão de aposentadoria do Gérard? Tem que continuar rimando e soar carinhosa, sem cara de tradução.

Trente ans de café, de rires et de dossiers,
Tu partais le dernier, tu venais le premier.
Maintenant le jardin t'attend, et la mer aussi,
Bonne route, Gérard, et surtout : merci !"""),
    ("tri-f2ca28b5136b", "es", "", """INCIDENT REPORT IR-2025-031 - Partial outage of card payments at checkout
Prepared by: Site Reliability, Hollis & Reed Online Retail
Status: Final

Summary
Between 18:52 and 20:09 UTC on Saturday 15 March, approximately 38% of card payment attempts on the web checkout failed with a generic "payment could not be processed" message. Mobile app checkout was affected from 19:05. PayPal and gift card payments were not affected. Estimated lost or delayed orders: 2,900; estimated GMV impact: 310,000 GBP, of which roughly half was recovered by customers retrying later.

Detection
The first signal was an automated alert at 18:58 on the payment success-rate SLO (success rate below 92% over 5 minutes). The on-call engineer, Farah Quist, acknowledged at 19:01. Customer service had also started receiving complaints on live chat from 18:55, but these were not routed to engineering until 19:20.

Timeline (all times UTC)
18:40 - A configuration change to the payment-routing service was deployed as part of a planned change (CHG-7781) to send a larger share of Visa transactions to our secondary acquirer.
18:52 - Error rate for transactions routed to the secondary acquirer rises sharply; responses contain error code 05 (do not honour) for a subset of card BIN ranges.
18:58 - SLO alert fires.
19:01 - On-call acknowledges the page and opens incident channel.
19:05 - Mobile app release 7.14, which shares the routing configuration, begins to show the same failure pattern.
19:12 - Incident commander (Tomasz Wrona) appointed; severity set to SEV2.
19:20 - Customer service lead escalates chat complaints into the incident channel.
19:26 - Team suspects the routing change but the deploy pipeline shows no errors, and the change was approved.
19:34 - Secondary acquirer's status page is checked; no incident reported.
19:41 - Engineer notices that the new routing rule uses an outdated list of BIN ranges supported by the secondary acquirer, missing several ranges issued by two large UK banks.
19:48 - Decision to roll back CHG-7781.
19:55 - Rollback deployed to web.
20:02 - Rollback deployed to mobile configuration.
20:09 - Success rate back above 98% on both channels; incident moved to monitoring.
21:30 - Incident closed.

Root cause
The BIN range list used by the routing rule was copied from a 2023 onboarding document instead of being fetched from the acquirer's API. The acquirer had stopped supporting certain ranges in 2024. Our pre-deploy tests used test card numbers that were all in supported ranges.

Contributing factors
- The change was deployed on a Saturday evening, close to peak traffic, because the acquirer offered a fee discount effective from 16 March.
- Customer service has no direct path to page engineering.
- The canary stage lasted only 5 minutes at 2% of traffic, too short to detect a failure that affected specific banks.

Action items
1. Fetch supported BIN ranges from the acquirer API daily and alert on changes (owner: Payments team, due 15 April).
2. Extend canary to 30 minutes and compare success rate per card issuer (owner: Platform team, due 30 April).
3. Give customer service leads the ability to page the payments on-call (owner: CS Operations, due 31 March).
4. Freeze payment configuration changes between Friday 17:00 and Monday 08:00 except for emergencies (owner: Engineering management, effective immediately).

¿Podrías sacar solo la cronología como una lista de dos columnas (hora, evento) y agregar al final la duración entre detección y mitigación en minutos (desde la primera alerta hasta que la tasa de éxito vuelve a estar por encima del 98%)?"""),
    ("tri-973f942dba4a", "pt", "", """O meu senhorio quer ficar com £1.150 da minha caução de £1.400. Colei abaixo as partes relevantes do contrato de arrendamento, as notas de entrada/saída e o email dele. Com base nestes documentos, quais dos descontos é que ele consegue mesmo justificar e quais não? Vê um a um e diz-me quão forte é a minha posição em cada um.

CONTRATO DE ARRENDAMENTO (excerto)
4.2 O Inquilino deve manter o interior do Imóvel em bom estado e limpo, ressalvado o desgaste normal.
4.5 O Inquilino não pode fazer qualquer alteração ao Imóvel, incluindo pintar ou fixar objetos nas paredes, sem o consentimento prévio por escrito do Senhorio, consentimento esse que não pode ser recusado sem motivo razoável.
4.9 O Inquilino deve mandar limpar profissionalmente as alcatifas no fim do arrendamento se estas tiverem sido limpas profissionalmente no início, conforme registado no inventário.
4.11 O Inquilino deve substituir quaisquer lâmpadas, pilhas de detetores de fumo e fusíveis que avariem durante o arrendamento.
7.1 A Caução pode ser aplicada a quaisquer rendas em atraso e ao custo razoável de corrigir qualquer incumprimento das obrigações do Inquilino, tendo em conta a idade e o estado dos objetos no início do arrendamento.
Prazo: 3 anos, terminando a 30 de abril de 2025.

INVENTÁRIO DE ENTRADA (1 de maio de 2022, agência: Holborn Lettings)
Sala: paredes cor magnólia, pintadas de fresco em abril de 2022, bom estado. Alcatifa: bege, aprox. 6 anos, ligeiro desgaste junto à porta, "limpa profissionalmente - recibo em arquivo". Sofá-cama: bom.
Quarto: paredes magnólia, bom, dois pequenos ganchos para quadros na parede nascente. Alcatifa: igual à da sala, boa.
Cozinha: forno limpo, placa limpa. Filtro do exaustor: não inspecionado.
Casa de banho: vedante à volta da banheira ligeiramente descolorado.

RELATÓRIO DE SAÍDA (30 de abril de 2025, agência: Holborn Lettings)
Sala: paredes - ligeiras marcas atrás do sofá, 4 pequenos furos (ganchos de quadros) na parede norte, uma mancha de aprox. 30x30 cm pintada num tom ligeiramente diferente. Alcatifa: desgaste geral, algum achatamento nas zonas de passagem, uma nódoa de vinho de aprox. 10 cm junto à janela, "sem indícios de limpeza profissional".
Quarto: paredes bem, ganchos como na entrada. Alcatifa: boa.
Cozinha: forno - acumulação moderada de gordura. Filtro do exaustor engordurado.
Casa de banho: vedante descolorado e parcialmente com bolor.
Detetor de fumo: pilha em falta.

EMAIL DO SENHORIO (5 de maio de 2025)
"Olá Sam, na sequência da vistoria de saída vou descontar o seguinte: pintura completa da sala £520 (furos na parede sem autorização, a mancha de outra cor, as marcas); substituição da alcatifa da sala £380 (a nódoa e o desgaste, não dá para o próximo inquilino); limpeza profissional da alcatifa do quarto £60; limpeza do forno e do exaustor £90; nova vedação da banheira £70; pilha do detetor de fumo £30. Total £1.150. O resto (£250) será devolvido. Cumprimentos, Graham"

PROTEÇÃO DA CAUÇÃO (excerto do folheto do esquema anexado ao contrato)
"Os descontos têm de ser justificados com provas e não podem deixar o senhorio numa posição melhor do que no início do arrendamento (valorização indevida). Os árbitros terão em conta a duração do arrendamento, a idade e a qualidade dos objetos e o desgaste normal. A pintura tem tipicamente uma vida útil de 3 a 5 anos e as alcatifas de gama média de 5 a 10 anos."

Para que conste: em junho de 2022 perguntei-lhe por mensagem se podia pendurar quadros e ele respondeu "claro, sem problema". Tenho essa mensagem guardada."""),
    ("tri-3b9655e6cdc8", "es", "Eres un servicio de formateo dentro del pipeline de datos de Scriptorium. Convierte la entrada del usuario en JSON Lines válido, un objeto por registro, usando exactamente los nombres de campo que aparecen en la entrada (en minúsculas y con los espacios sustituidos por guiones bajos). Los números pasan a ser números y los valores vacíos pasan a ser null. No añadas, quites ni infieras campos. Devuelve solo el JSON Lines.", """Título: The Salt Roads | Autor: M. Okafor | Año: 2019 | Páginas: 342 | ISBN: 978-1-90-000112-3 | Estantería: HIS-04
Título: Quiet Engines | Autor: L. Brandvold | Año: 2022 | Páginas: 288 | ISBN: | Estantería: SCI-11
Título: A Winter in Trieste | Autor: P. Castellani | Año: 2015 | Páginas: 199 | ISBN: 978-1-90-000245-8 | Estantería: TRV-02
Título: Ledger and Lamp | Autor: S. Ahn | Año: | Páginas: 410 | ISBN: 978-1-90-000390-5 | Estantería: ECO-07"""),
]
T += [
    ("tri-045d74476d06", "es", "", """clasifica por intención, etiquetas: cancel_subscription, pause_subscription, change_plan, billing_question

'puedo saltarme la caja del mes que viene? me voy de vacaciones'"""),
    ("tri-065b1930cde2", "pt", "Você é o classificador de moderação de anúncios do Tallyho Marketplace. Rótulos: ALLOWED, PROHIBITED_WEAPON, PROHIBITED_DRUG, COUNTERFEIT, ADULT. Responda apenas com o rótulo.", "Relógio réplica estilo Submariner, linha AAA, parece 100% original com caixa e documentos, enviado de HK, só restam 3!!"),
    ("tri-36d97b1b3b1e", "es", "", "necesito solo los correos de este lío de firma: Hana Kurt | Jefa de Operaciones, Ballast Freight | hana.kurt@ballastfreight.com | cc: bookings@ballastfreight.com | +90 532 000 1122"),
    ("tri-10a5ec59cfea", "pt", "", """Fiz seis entrevistas de discovery com supervisores de armazém para o nosso produto de escala de turnos. Sintetize tudo num memorando de conclusões: principais temas, onde os supervisores discordam entre si e uma lista priorizada do que devemos construir primeiro e do que NÃO devemos construir, com o seu raciocínio.

Entrevista A - supervisor, armazém frigorífico, 140 funcionários, 3 turnos
Passa os domingos à noite montando a escala da semana seguinte no Excel. A maior dor são as faltas por doença de última hora: "recebo uma mensagem às 5:40 para um turno das 6:00 e aí fico ligando para gente que está dormindo." Adoraria uma forma de divulgar um turno em aberto e deixar as pessoas se candidatarem. Preocupado com justiça: "são sempre os mesmos três caras que pegam as horas extras."
Entrevista B - supervisor, centro de fulfillment de e-commerce, 400 funcionários, a maioria terceirizados
Os terceirizados são agendados pelo portal da agência, os efetivos pelo sistema de RH. Dois sistemas, nada conversa. "Não preciso de mais um app, preciso de uma tela só." A alta temporada (nov-dez) é quando tudo quebra. Disse que as trocas de turno entre funcionários são um pesadelo porque eles combinam pelo WhatsApp e avisam depois, às vezes nem avisam.
Entrevista C - supervisor, armazém de autopeças, 60 funcionários, sindicalizados
O acordo sindical diz que as horas extras têm de ser oferecidas por antiguidade. Qualquer ferramenta que deixe as pessoas pegarem turnos sozinhas "me renderia uma reclamação formal em uma semana." Precisa de uma trilha de auditoria mostrando quem recebeu oferta de quê, e quando. De resto, está bem com o Excel, a escala quase não muda.
Entrevista D - supervisor, centro de distribuição de supermercados, 220 funcionários
O maior problema é a certificação de empilhadeira: só pode escalar operadores certificados em certas zonas, e as certificações vencem. Teve um incidente no ano passado em que um temporário sem certificação dirigiu uma empilhadeira retrátil. Pagaria por algo que impeça escalar pessoas sem certificação válida. Também mencionou trocas de turno pelo WhatsApp.
Entrevista E - supervisor, armazém 3PL, 90 funcionários, vários clientes
Os funcionários são alocados a contas de clientes, e os clientes pagam por hora, então escalar alguém no cliente errado vira um problema de faturamento. Quer que a escala alimente as folhas de ponto e as faturas dos clientes. Menos interessado em recursos mobile: "metade do meu pessoal não tem smartphone que queira usar para o trabalho."
Entrevista F - supervisor, armazém farmacêutico, 75 funcionários, regulado por BPD
Precisa de registros de quem estava de turno em qual zona de temperatura, para auditorias. As faltas por doença também são um grande problema, parecido com A. Tem interesse em divulgar turnos em aberto, mas só para pessoas com o treinamento certo para aquela zona. Perguntou se os dados ficariam hospedados na UE."""),
    ("tri-169877df0dd2", "es", "", """nerfearon el francotirador Vantage o no?? mi squad entero está discutiendo. notas del parche:

SHATTERLINE - SEASON 9 PATCH 9.2 NOTES

GENERAL
- Matchmaking now prioritises connection quality over skill rating when the search exceeds 90 seconds in regions with low population (Oceania, South Africa, South America West).
- Fixed an issue where players could be placed in the same match as a player they had blocked.
- Ranked decay now starts after 21 days of inactivity instead of 14.
- The "Report player" flow now includes a category for "exploiting bugs".

WEAPONS
Vantage (marksman rifle)
- Headshot multiplier reduced from 2.5x to 2.25x.
- Body damage unchanged (85).
- ADS (aim down sights) speed increased by 8%.
- Developer comment: the Vantage was dominating long-range engagements in high-ranked lobbies, where the one-shot headshot potential on fully shielded targets was too reliable. With this change, a headshot on a target with purple shields no longer results in a down; it still downs targets with blue shields or lower. The faster ADS keeps it viable in mid-range fights.

Harrow SMG
- Magazine size increased from 28 to 30.
- Recoil in the first 5 shots slightly reduced.
- Developer comment: The Harrow has been underperforming since the season 8 changes. These changes should make it a stronger choice for close-quarters fights without competing with the Rook at medium range.

Rook assault rifle
- No changes. We are monitoring its pick rate, which remains high in all ranks, and may adjust it in 9.3.

Longbow crossbow
- Bolt travel speed increased by 10%.
- Fixed a bug where bolts could pass through thin walls on the map Saltmarsh.

Mauler shotgun
- Pellet spread tightened by 5% when crouching.
- Fixed a visual issue where the reload animation would desync after swapping weapons quickly.

LEGENDS
Kestrel
- Tactical (Updraft): cooldown increased from 20 to 24 seconds.
- Developer comment: Kestrel's mobility combined with the current marksman meta made her the default pick in ranked. We want her to remain a strong repositioning legend but make the timing of her Updraft more meaningful.

Gideon
- Passive (Fortify) now also reduces explosive damage by 15%.
- Ultimate (Bastion) deploy time reduced from 2.0 to 1.6 seconds.

Mira
- Fixed an issue where her heal drone could heal through closed doors.

MAPS
Saltmarsh
- Added cover to the approach to the Lighthouse to reduce long sightlines from the cliff.
- Reduced the number of high-tier loot spawns at the Pumping Station by 30%.

Ironvale
- Fixed an exploit that allowed players to climb onto the roof of the Foundry and become unreachable.

BUG FIXES
- Fixed a crash on PS5 when opening the Battle Pass screen while a friend invite was pending.
- Fixed a rare issue where players would respawn without a primary weapon in Team Deathmatch.
- Fixed a localisation issue where the German text for "Revive" overflowed the button.
- Fixed audio for footsteps on metal stairs being inaudible at certain distances.

KNOWN ISSUES
- Some players on PC may experience stuttering when loading into Ironvale with shader cache disabled. A fix is scheduled for the next hotfix."""),
    ("tri-68feba439e7b", "pt", "", """ctx: O embarque no portão B12 encerra 20 minutos antes da partida. O seu voo LX1731 parte às 14:05.
p: a que horas fecha o portão"""),
    ("tri-45105d5ee667", "es", "Editas los PNT (procedimientos normalizados de trabajo) de Harlan Precision Optics. Reescribe cada paso en modo imperativo, con una sola acción por paso, y conserva todos los valores y límites.", """5.1 Los discos de lente deberán ser retirados del armario de secado por el operario después de 4 h a 60 °C.
5.2 Es importante que se lleven guantes y que los discos solo se manipulen por los bordes.
5.3 A continuación se realiza una inspección visual con la lupa de 10x, y los discos con desportilladuras mayores de 0,2 mm han de colocarse en el contenedor rojo de rechazos.
5.4 Los discos correctos se colocan en la bandeja y la etiqueta de la bandeja se rellena con el número de lote y la fecha.
5.5 Después, la bandeja deberá ser llevada por el operario a la zona de recubrimiento, y es obligatorio que el lote se registre en el MES antes de que termine el turno."""),
    ("tri-1e32b38d5ef2", "pt", "", """Segue o registo de turno da Linha 3. Dá-me um título de uma linha mais 3 pontos para o quadro da passagem de turno das 14:00, mais nada.

LINHA 3 (sopro + enchimento, PET 1,5 L) - TURNO DA MANHÃ 06:00-14:00 - Chefe de turno: G. Pellegrino

06:00 Passagem do turno da noite: linha a funcionar, OEE de 92% durante a noite, tremonha de pré-formas atestada, sem questões de segurança em aberto. A noite reportou desalinhamento intermitente de rótulos na rotuladora L3-LB2 por volta das 04:30, resolveu-se sozinho.
06:20 Verificações de arranque feitas. Controlo de peso de enchimento OK (amostra de 10, todas dentro de +/- 3 g). Binário das tampas OK.
06:55 Novamente desalinhamento de rótulos na L3-LB2, aprox. 1 em cada 40 garrafas torta. Sistema de visão a rejeitar corretamente. Chamada a manutenção (pedido M-88412).
07:30 A manutenção (R. Sokolova) detetou oscilação da temperatura do rolo de cola, conector do termopar solto. Conector recolocado. Rejeições voltaram ao normal (<0,2%).
08:10 Mudança de formato para o SKU 40117 (limão com gás), prevista para as 09:00, antecipada a pedido do planeamento por causa de uma encomenda urgente de cliente.
08:15-09:05 Mudança de formato. CIP da enchedora concluído, novos rótulos e tampas carregados. Primeiras amostras aprovadas pela Qualidade (D. Mensah) às 09:05.
09:40 Sopradora, estação 7, parou com "pré-forma não detetada". Retirada uma pré-forma encravada na estrela de transferência. 6 minutos de paragem.
10:25 Mesma avaria na estação 7. Novo encravamento. O operador reparou que as pré-formas do lote PF-2231 estavam ligeiramente ovais. Posto em quarentena o resto do lote PF-2231 (aprox. 18.000 pré-formas), mudança para o lote PF-2240. Informadas a Qualidade e as Compras. Sem mais encravamentos após a mudança.
11:00 Controlo de peso de enchimento: 2 de 10 amostras a -4 g (limite inferior -3 g). Ajustadas as válvulas 14 e 15 da enchedora. Novo controlo às 11:10, tudo dentro da especificação. Garrafas das 10:50-11:10 retidas (aprox. 2.600 unidades, palete H-0731) a aguardar decisão da Qualidade.
11:45 Decisão da Qualidade sobre a palete H-0731: pesagem a 100% amanhã de manhã, mantém-se retida até lá.
12:30 Alarme de temperatura alta no compressor 2, comutação automática para o compressor 3. Manutenção de instalações avisada (pedido F-1209). Linha sem impacto.
13:20 Contagem de produção: 61.400 garrafas vs objetivo de 68.000. Principais perdas: mudança de formato demorou mais 20 min, dois encravamentos, ajuste da enchedora.
13:45 Rotuladora L3-LB2 a funcionar bem desde a reparação das 07:30. Stock de pré-formas OK para o turno da tarde (lote PF-2240, 2 paletes).
13:50 Segurança: sem incidentes. Quase-acidente reportado às 12:05 - porta-paletes deixado no corredor de passagem junto à enchedora, retirado, conversa de segurança a fazer pelo chefe do turno da tarde.
Pendentes para o turno da tarde: vigiar pesos das válvulas 14/15 da enchedora; compressor 2 continua em baixo; fazer a conversa de segurança sobre o corredor; palete H-0731 continua retida."""),
    ("tri-532d779116d6", "es", "", """¿qué versión añadió soporte para python 3.12?

## 4.2.0 (2025-10-02)
- Drop Python 3.8
- Add `--strict` flag
## 4.1.3 (2025-07-19)
- Fix wheel tags on macOS arm64
## 4.1.0 (2025-05-30)
- Support Python 3.12 and 3.13
- New plugin hooks
## 4.0.0 (2025-01-11)
- Rewrite of the config loader"""),
    ("tri-c7bfef34db8f", "pt", "Você extrai as características dos estudos para uma revisão sistemática. Retorne um único objeto JSON com as chaves: design, n_randomised, n_analysed, population, intervention, comparator, primary_outcome, primary_result (tamanho de efeito com IC 95% e p, como reportados), follow_up, funding. Use exatamente as palavras e os números do texto; null se não houver.", """Métodos
Realizamos um ensaio clínico randomizado pragmático, multicêntrico e aberto em 14 unidades de atenção primária na Holanda e na Bélgica entre setembro de 2021 e junho de 2023. Eram elegíveis adultos de 40 a 75 anos com diabetes tipo 2, HbA1c entre 58 e 86 mmol/mol apesar de monoterapia com metformina e índice de massa corporal de 27 kg/m2 ou mais. Os critérios de exclusão foram uso de insulina, TFGe abaixo de 45 mL/min/1,73 m2, gravidez e tratamento oncológico ativo.

Os participantes foram alocados aleatoriamente (1:1) por meio de um sistema web com blocos permutados de tamanho variável, estratificados por unidade, para um programa alimentar low-carb de 12 semanas apoiado por aplicativo, com coaching telefônico semanal por enfermeiro (intervenção), ou para o cuidado usual, composto por orientação dietética padrão segundo as diretrizes nacionais (controle). O aplicativo oferecia planos de refeições, diário alimentar e feedback automatizado; os enfermeiros foram treinados em entrevista motivacional. As alterações de medicação ficaram a critério do médico de família nos dois grupos.

O desfecho primário foi a variação da HbA1c entre o basal e 6 meses. Os desfechos secundários foram a variação do peso corporal, a proporção de participantes que reduziram a medicação hipoglicemiante, a qualidade de vida (EQ-5D-5L) e os eventos adversos, incluindo hipoglicemia. Assumindo um desvio padrão de 10 mmol/mol, poder de 90% e alfa bicaudal de 0,05, seriam necessários 172 participantes para detectar uma diferença de 5 mmol/mol; considerando 15% de perdas, buscamos randomizar 204.

As análises seguiram o princípio da intenção de tratar, com modelos lineares mistos tendo a unidade como efeito aleatório e a HbA1c basal como covariável. Os dados faltantes foram tratados com imputação múltipla (20 conjuntos de dados). O ensaio foi registrado (NTR-2021-0417) e aprovado pelo comitê de ética médica do centro coordenador.

Resultados
Dos 311 pacientes triados, 208 foram randomizados (104 intervenção, 104 controle). Aos 6 meses, havia dados de desfecho para 93 e 97 participantes, respectivamente; todos os 208 foram incluídos na análise primária. A idade média foi de 61,2 anos (DP 8,4), 44% eram mulheres e a HbA1c basal média foi de 66,1 mmol/mol (DP 6,9).

A HbA1c caiu 7,9 mmol/mol no grupo intervenção e 2,6 mmol/mol no grupo controle; diferença média ajustada de -5,1 mmol/mol (IC 95% -7,6 a -2,6; p<0,001). A variação média de peso foi de -5,4 kg versus -1,1 kg (diferença -4,2 kg, IC 95% -5,6 a -2,8). A medicação hipoglicemiante foi reduzida em 21% dos participantes da intervenção e em 4% dos controles. Os escores do índice EQ-5D-5L não diferiram entre os grupos. Ocorreram dois episódios leves de hipoglicemia no grupo intervenção, nenhum grave. Aos 12 meses (seguimento secundário), a diferença entre grupos na HbA1c se atenuou para -2,9 mmol/mol (IC 95% -5,6 a -0,2).

Discussão (trecho)
O efeito sobre a HbA1c aos 6 meses superou a diferença mínima clinicamente importante pré-especificada de 5 mmol/mol, mas a atenuação aos 12 meses sugere que as mudanças alimentares são difíceis de manter depois que o coaching termina. As limitações incluem o desenho aberto, a dependência de ingestão alimentar autorrelatada e uma perda de seguimento maior no braço intervenção (11 versus 7 participantes), principalmente porque os participantes acharam que o aplicativo tomava tempo demais. A generalização pode ser limitada porque as unidades participantes tinham uma dotação de enfermagem acima da média.

Financiamento: Este estudo foi financiado pela Dutch Foundation for Chronic Care Innovation (bolsa 2020-118) e por uma doação sem restrições da Voedselwijs BV, que desenvolveu o aplicativo; os financiadores não tiveram nenhum papel na análise dos dados."""),
]
T += [
    ("tri-0c512323bb28", "es", "", """¿Puedes revisarme esto antes de que pase a producción? Es el proceso nocturno que concilia el extracto bancario con el libro mayor para unas 40k transacciones. Los de operaciones dicen que a veces los totales no cuadran por uno o dos céntimos y que de vez en cuando la misma línea del banco se empareja con dos apuntes del mayor. Quiero los bugs, no comentarios de estilo. Entorno: Python 3.11, Postgres 15, una VM de 8 núcleos, psycopg2 2.9, y unas 1.900 cuentas de clientes por noche.

```python
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import db  # our thin wrapper around psycopg2

MATCH_WINDOW = timedelta(days=3)
matched_bank_ids = set()
results = []


def load_bank_lines(account_id, day):
    rows = db.query(
        f"SELECT id, amount, value_date, reference FROM bank_lines "
        f"WHERE account_id = '{account_id}' AND value_date = '{day}'"
    )
    return [
        {"id": r[0], "amount": float(r[1]), "date": r[2], "ref": r[3]}
        for r in rows
    ]


def load_ledger_entries(account_id, day):
    rows = db.query(
        "SELECT id, amount, booked_date, memo FROM ledger_entries "
        "WHERE account_id = %s AND booked_date BETWEEN %s AND %s "
        "AND reconciled = false",
        (account_id, day - MATCH_WINDOW, day + MATCH_WINDOW),
    )
    return [
        {"id": r[0], "amount": float(r[1]), "date": r[2], "memo": r[3]}
        for r in rows
    ]


def ref_score(bank_ref, memo):
    # crude similarity between the bank reference and the ledger memo
    if not bank_ref or not memo:
        return 0
    a = set(bank_ref.upper().split())
    b = set(memo.upper().split())
    return len(a & b) / max(len(a), 1)


def match_one(bank, ledger):
    # first pass: exact amount and a reference that looks similar
    best = None
    for entry in ledger:
        if round(entry["amount"], 2) == round(bank["amount"], 2):
            if ref_score(bank["ref"], entry["memo"]) > 0.5:
                best = entry
    if best is not None and bank["id"] not in matched_bank_ids:
        matched_bank_ids.add(bank["id"])
        return best
    # second pass: amount only
    for entry in ledger:
        if round(entry["amount"], 2) == round(bank["amount"], 2):
            if bank["id"] not in matched_bank_ids:
                matched_bank_ids.add(bank["id"])
                return entry
    return None


def reconcile_account(account_id, day):
    bank_lines = load_bank_lines(account_id, day)
    ledger = load_ledger_entries(account_id, day)
    total_bank = 0.0
    total_matched = 0.0
    for line in bank_lines:
        total_bank += line["amount"]
        entry = match_one(line, ledger)
        if entry:
            total_matched += entry["amount"]
            db.execute(
                "UPDATE ledger_entries SET reconciled = true, bank_line_id = %s "
                "WHERE id = %s",
                (line["id"], entry["id"]),
            )
            results.append((account_id, line["id"], entry["id"]))
    db.commit()
    return account_id, total_bank, total_matched


def run(day, account_ids):
    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(reconcile_account, a, day) for a in account_ids]
        summary = [f.result() for f in futures]
    for account_id, total_bank, total_matched in summary:
        diff = total_bank - total_matched
        if diff != 0:
            print(f"{account_id}: unmatched {diff:.2f}")
    return results


if __name__ == "__main__":
    import sys
    from datetime import date

    run_day = date.fromisoformat(sys.argv[1])
    ids = [line.strip() for line in open(sys.argv[2]) if line.strip()]
    out = run(run_day, ids)
    print(f"matched {len(out)} lines across {len(ids)} accounts")
```

Se lanza desde cron a las 02:00 con la fecha de ayer; si peta a mitad, el de guardia simplemente lo vuelve a lanzar con la misma fecha. `db.query` / `db.execute` / `db.commit` usan todos una única conexión a nivel de módulo que se abre al importar. Las cuentas pueden tener importes positivos y negativos, y algunas cuentas comparten mayor (subcuentas del mismo cliente), así que aparecen por separado en account_ids pero sus filas de ledger_entries se solapan."""),
    ("tri-752eb453a700", "pt", "", "preciso de mais 5 nomes de rua falsos pros endereços de teste holandeses, na mesma vibe de Kanaalweg, Molenstraat, Achterom. inventados se der"),
    ("tri-e4657cb99fea", "es", "Eres un asistente de código para el equipo de herramientas internas de Ostra Logistics. Prioriza los one-liners siempre que se pueda.", """comando jq que imprima el número de seguimiento de cada envío cuyo último evento tenga status DELIVERED. el archivo es así:

{
  "shipments": [
    {
      "tracking": "OST1029384756",
      "carrier": "PostNL",
      "events": [
        {"ts": "2025-06-10T08:12:00Z", "status": "PICKED_UP"},
        {"ts": "2025-06-11T14:40:00Z", "status": "DELIVERED"}
      ]
    },
    {
      "tracking": "OST1029384811",
      "carrier": "DPD",
      "events": [
        {"ts": "2025-06-10T09:01:00Z", "status": "PICKED_UP"},
        {"ts": "2025-06-11T10:15:00Z", "status": "DELIVERY_FAILED"}
      ]
    },
    {
      "tracking": "OST1029385002",
      "carrier": "GLS",
      "events": [
        {"ts": "2025-06-12T07:30:00Z", "status": "DELIVERED"},
        {"ts": "2025-06-11T16:20:00Z", "status": "IN_TRANSIT"}
      ]
    }
  ]
}

ojo que los events no siempre vienen ordenados por ts"""),
    ("tri-51ad39ad3558", "pt", "", """Estamos pensando em vender nossa subsidiária canadense (Pellham Freight Canada Ltd.) por cerca de $14M em dinheiro. Com base só no trecho do nosso contrato de financiamento abaixo: somos obrigados a usar parte do valor para pré-pagar o term loan, precisamos do consentimento do agente antes, e o que acontece com a garantia que essa subsidiária prestou? Me explique passo a passo quais seções se aplicam.

SENIOR SECURED CREDIT AGREEMENT (EXCERPT)
Pellham Logistics Holdings, Inc. (the "Borrower"), the Guarantors party hereto, the Lenders party hereto and Ardent Bank, N.A., as Administrative Agent

Section 1.01 Definitions.
"Asset Sale" means any sale, transfer or other disposition (including by way of merger or the sale of Equity Interests of a Subsidiary) by the Borrower or any Restricted Subsidiary of any property, other than (a) sales of inventory in the ordinary course of business, (b) dispositions of obsolete or worn-out equipment, and (c) dispositions between Loan Parties.
"Excluded Subsidiary" means any Subsidiary that is not organized under the laws of the United States or any state thereof, to the extent that a guarantee by such Subsidiary would result in material adverse tax consequences to the Borrower as reasonably determined by the Borrower in consultation with the Administrative Agent.
"Net Cash Proceeds" means the cash proceeds received from an Asset Sale, net of (i) reasonable fees and expenses incurred in connection therewith, (ii) taxes paid or reasonably estimated to be payable as a result thereof, and (iii) amounts required to repay Indebtedness (other than the Loans) secured by a Lien on the asset sold.
"Reinvestment Period" means the 365-day period following receipt of Net Cash Proceeds, extended by 180 days if, within such 365 days, the Borrower has entered into a binding commitment to reinvest.

Section 2.09 Mandatory Prepayments.
(b) Asset Sales. Within five Business Days after receipt by the Borrower or any Restricted Subsidiary of Net Cash Proceeds of any Asset Sale, the Borrower shall prepay the Term Loans in an amount equal to 100% of such Net Cash Proceeds; provided that (i) no prepayment shall be required in respect of Net Cash Proceeds not exceeding $5,000,000 in any fiscal year in the aggregate, and (ii) so long as no Event of Default has occurred and is continuing, the Borrower may, by notice to the Administrative Agent, elect to reinvest all or part of such Net Cash Proceeds in assets useful in the business within the Reinvestment Period, in which case the prepayment shall be required only to the extent such proceeds are not so reinvested by the end of the Reinvestment Period.
(c) Application. Prepayments under clause (b) shall be applied to the remaining scheduled installments of the Term Loans in direct order of maturity.

Section 7.05 Dispositions.
The Borrower shall not, and shall not permit any Restricted Subsidiary to, make any Asset Sale unless (a) no Event of Default exists or would result therefrom, (b) the consideration received is at least equal to the fair market value of the assets sold, (c) at least 75% of the consideration is in cash or Cash Equivalents, and (d) the aggregate fair market value of all assets disposed of in reliance on this Section 7.05 does not exceed $25,000,000 in any fiscal year. Any Asset Sale not permitted by this Section requires the prior written consent of the Required Lenders.

Section 9.10 Release of Guarantors.
A Subsidiary Guarantor shall be automatically released from its obligations under the Guaranty upon the consummation of any transaction permitted hereunder as a result of which such Subsidiary Guarantor ceases to be a Subsidiary; provided that the Borrower shall have delivered to the Administrative Agent a certificate of a Responsible Officer certifying that such transaction is permitted under this Agreement. The Administrative Agent shall execute such documents as the Borrower may reasonably request to evidence such release.

Schedule 5.13 Subsidiaries.
Pellham Freight Canada Ltd. (Ontario) - Restricted Subsidiary; Subsidiary Guarantor.
Pellham Freight LLC (Delaware) - Restricted Subsidiary; Subsidiary Guarantor.
Pellham Warehousing de Mexico, S. de R.L. de C.V. - Restricted Subsidiary; Excluded Subsidiary.

Contexto: hoje não há nenhum default, não vendemos mais nada neste ano fiscal, as taxas e impostos da venda ficariam em torno de $1,1M, e gostaríamos de usar uns $6M do valor para comprar dois galpões em Ohio dentro do próximo ano."""),
    ("tri-b3c46e315fb0", "es", "", """Ordena esto por apellido (A-Z), mantén exactamente el formato 'Nombre Apellido - equipo':
Imogen Achterberg - Nóminas
Rafael Quintero - Tesorería
Siobhan Byrne - Nóminas
Kenji Watanabe - Fiscal
Amara Nwosu - Tesorería
Luca Bianchi - Auditoría
Freya Lindholm - Fiscal
Dev Malhotra - Auditoría"""),
    ("tri-22d9995d5e9b", "pt", "", """Excerto, conferência de resultados do 4.º trimestre do exercício de 2025, Marlowe Packaging plc (intervenções preparadas e perguntas e respostas)

CFO (Helen Stroud): As receitas do quarto trimestre foram de £412 milhões, uma descida de 6% face ao ano anterior. Os volumes do nosso segmento de alimentação e bebidas caíram 9%, parcialmente compensados pelo preço, que contribuiu com mais 3%. Nas embalagens industriais, os volumes ficaram estáveis e o preço foi ligeiramente negativo, menos 1%, porque repercutimos a descida do custo das resinas ao abrigo dos nossos contratos indexados. A margem de EBITDA ajustado foi de 14,1%, face a 15,8% há um ano, refletindo a sub-recuperação de custos fixos com volumes mais baixos e os custos de arranque da nossa nova fábrica de Gdańsk.

Para o exercício de 2026 esperamos agora receitas entre £1,60 e £1,68 mil milhões, face à nossa orientação anterior de £1,72 a £1,80 mil milhões. O principal motivo da alteração é o volume. Dois grandes clientes de bebidas passaram parte do seu negócio para produção interna a partir do segundo trimestre, o que estimamos em cerca de £70 milhões de receita anualizada. Esperamos que o preço seja globalmente neutro no ano.

CEO (Raj Malhotra): Quero deixar claro que não perdemos estes clientes. Mantemos os formatos premium e especiais, que têm margens mais altas. O que perdemos foi volume de commodity.

Analista (Owen Pryce, Hartwell Securities): Obrigado. Helen, sobre a orientação - disse que o preço é neutro, mas o vosso maior concorrente anunciou um aumento de preços de 4% no mês passado. Estão a escolher não acompanhar, ou não conseguem?

CFO: Estamos a escolher manter os preços no primeiro semestre para proteger a quota nas nossas contas principais enquanto a fábrica de Gdańsk ganha ritmo. Voltaremos a avaliar no segundo semestre.

Analista (Owen Pryce): E há algum risco de parte dos £70 milhões ir mais longe, para outros clientes?

CEO: Não esperamos que isso aconteça. Foram dois clientes específicos com escala para justificar linhas próprias. Os nossos outros clientes do top dez têm todos contratos plurianuais, e a renovação mais próxima é em 2027.

Analista (Sofia Lindqvist, Nordbank Markets): Sobre as margens - dos 170 pontos base de descida, quanto é arranque de Gdańsk e quanto é sub-recuperação por volume?

CFO: Cerca de 60 pontos base são Gdańsk, o que é temporário. O resto é volume e mix.

Analista (Sofia Lindqvist): Então, se os volumes não voltarem, a maior parte da descida da margem é estrutural?

CFO: Eu não usaria a palavra estrutural. Temos um programa de custos que visa £25 milhões de poupanças, sobretudo no segundo semestre, que deverá compensar uma grande parte.

Analista (Sofia Lindqvist): Esse programa está incluído na orientação?

CFO: Em parte. Cerca de metade.

Analista (Owen Pryce): Última pergunta - o arranque de Gdańsk. Está dentro do calendário?

CEO: De forma geral, sim. As duas primeiras linhas estão a funcionar. A terceira linha está umas semanas atrasada por causa da entrega de equipamento, nada que nos preocupe.

---
Usando apenas este excerto: o corte da orientação é sobretudo um problema de volume ou de preço, que parte da pressão sobre a margem parece temporária e que parte parece duradoura, e em que pontos a administração foi evasiva? Cita as linhas em que te baseias."""),
    ("tri-5a3ed97fccab", "es", "", """Resúmeme el siguiente texto en inglés en 4 frases en español para nuestra dirección general, sin jerga técnica, que no tienen formación en química.

Title: Low-temperature hydrometallurgical recovery of lithium and cobalt from mixed black mass using a recyclable deep eutectic solvent

Abstract
The rapid growth of electric vehicle production is expected to generate more than one million tonnes of spent lithium-ion batteries per year by 2030. Current industrial recycling relies mostly on pyrometallurgy, which is energy-intensive and loses lithium to the slag, or on hydrometallurgy with strong mineral acids, which generates large volumes of acidic wastewater. Here we report a process that leaches lithium, cobalt, nickel and manganese from mixed black mass at 80 °C using a choline chloride–lactic acid deep eutectic solvent (DES) with hydrogen peroxide as reductant. Leaching efficiencies above 95% were achieved for all four metals within 6 hours. Cobalt and nickel were subsequently recovered by selective precipitation, and lithium was recovered as lithium carbonate with 99.2% purity. The solvent was regenerated and reused for five cycles with less than 8% loss of leaching efficiency. A preliminary techno-economic assessment indicates operating costs 18–24% lower than a conventional sulfuric acid route at a plant capacity of 10,000 tonnes of black mass per year, mainly due to reduced reagent consumption and wastewater treatment.

1. Introduction
Lithium-ion batteries are central to the decarbonisation of transport and to grid-scale energy storage. As the first large generation of electric vehicles reaches end of life, the volume of batteries available for recycling will increase sharply. Recovering the critical metals they contain is important both economically, because cobalt and nickel are expensive and their supply is geographically concentrated, and politically, as new regulations in several jurisdictions set minimum recycled-content targets for new batteries from the end of this decade.

Before chemical treatment, spent batteries are discharged, dismantled and shredded, and the fine fraction, known as black mass, is separated from plastics, copper and aluminium foils. Black mass typically contains 3–7% lithium, 5–20% cobalt and variable amounts of nickel and manganese, depending on the cathode chemistry, together with graphite from the anode.

Pyrometallurgical recycling smelts the black mass at temperatures above 1,400 °C. It is robust to variations in feed composition but consumes large amounts of energy and does not recover lithium economically. Hydrometallurgical recycling dissolves the metals in acid, usually sulfuric acid with hydrogen peroxide, and then separates them by solvent extraction and precipitation. It achieves high recovery rates including lithium, but requires neutralisation of large volumes of acidic effluent, producing sodium sulfate that has limited market value.

Deep eutectic solvents are mixtures of a hydrogen-bond acceptor and a hydrogen-bond donor that have a much lower melting point than their components. Many are made from inexpensive, low-toxicity materials, and some have been shown to dissolve metal oxides. However, previous studies reported either slow kinetics, requiring temperatures above 150 °C or leaching times of more than 24 hours, or poor solvent stability, which limited reuse. In this work we investigate a choline chloride–lactic acid system that overcomes both limitations at moderate temperature, and we evaluate the full flow sheet from leaching to product recovery and solvent regeneration on industrial black mass rather than on pure cathode materials.

2. Scope and limitations
Experiments were performed at laboratory scale (up to 500 g of black mass per batch). The black mass came from a single commercial recycler and contained a mixture of NMC and LCO chemistries. Behaviour with lithium iron phosphate batteries, which are increasingly common, was not studied. The techno-economic assessment uses reagent prices from 2023 and does not include capital costs for solvent recovery equipment at scale."""),
    ("tri-ae084e9c08cf", "pt", "Quiosque do Tribunal do Condado de Marrowby: reescreva o texto colado num nível de leitura de 7º ano, mantendo todas as datas e valores.", "AVISO DE AUDIÊNCIA: O processo de pequenas causas acima identificado foi designado para audiência em 4 de novembro, às 9h00, na Sala 3B. O não comparecimento poderá resultar em sentença à revelia no valor de $2.340,00, acrescido de custas."),
    ("tri-1ab925d4b244", "es", "", """Pásame este informe de stock a un CSV limpio: columnas sku,description,bin,on_hand,uom,last_counted (fecha ISO). Quita las cabeceras/pies de página repetidos y las líneas de subtotal. Deja las filas en el mismo orden.

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
    ("tri-714c6027a983", "pt", "Você converte trechos de razão contábil colados em uma tabela markdown limpa com as colunas: Data (AAAA-MM-DD) | Conta | Descrição | Débito | Crédito. Use números simples com duas casas decimais, deixe as células vazias em branco, mantenha a ordem original e não adicione nem remova linhas.", """RAZÃO DETALHADO - HARBORVIEW VETERINARY GROUP - OUT 2024 - exportado em 04/11/24 08:12 por mchen
------------------------------------------------------------------------------
01-Out  1010 Caixa Operacional   Depósito - lote cartão 0930         D 6,412.88
01-Out  4000 Receita de Serviços Lote cartão 0930                    C 6,412.88
01-Out  6100 Aluguel             Aluguel outubro - Seaview Props LLC D 7,850.00
01-Out  1010 Caixa Operacional   Cheque 5512 Seaview Props           C 7,850.00
02-Out  5000 Medicamentos/Insumos Fatura 88213 - MedVet Dist.        D 3,204.17
02-Out  2000 Contas a Pagar      Fatura 88213 - MedVet Dist.         C 3,204.17
03-Out  1010 Caixa Operacional   Depósito - lote cartão 1002         D 5,118.40
03-Out  4000 Receita de Serviços Lote cartão 1002                    C 5,118.40
04-Out  6300 Água/Luz/Gás        Pacific Gas & Power - set.          D 1,146.22
04-Out  1010 Caixa Operacional   ACH PG&P débito automático          C 1,146.22
07-Out  6500 Despesa Folha Pgto  Folha PE 10/05 - bruto              D 28,940.00
07-Out  2100 Obrigações Folha    Retenções PE 10/05                  C 6,722.15
07-Out  1010 Caixa Operacional   Líquido folha PE 10/05              C 22,217.85
08-Out  2000 Contas a Pagar      Pgto fatura 87990 - MedVet Dist.    D 2,875.60
08-Out  1010 Caixa Operacional   ACH MedVet Dist.                    C 2,875.60
09-Out  1010 Caixa Operacional   Depósito - lote cartão 1008         D 7,031.95
09-Out  4000 Receita de Serviços Lote cartão 1008                    C 7,031.95
10-Out  6620 Tarifas Bancárias   Tarifas adquirente set.             D 412.09
10-Out  1010 Caixa Operacional   Tarifas adquirente set.             C 412.09
11-Out  6700 Software            VetPro cloud - mensal               D 389.00
11-Out  2200 Cartão Créd. a Pagar VetPro cloud - Amex                C 389.00
14-Out  1500 Equipamentos        Sensor raio-X digital - Imaging Co  D 12,600.00
14-Out  2500 Financ. Equipamento Financiamento Imaging Co            C 12,600.00
15-Out  2100 Obrigações Folha    Recolhimento federal 941            D 6,722.15
15-Out  1010 Caixa Operacional   Recolhimento EFTPS 941              C 6,722.15
16-Out  1010 Caixa Operacional   Depósito - lote cartão 1015         D 6,880.30
16-Out  4000 Receita de Serviços Lote cartão 1015                    C 6,880.30
18-Out  6400 Seguros             Resp. civil profissional - T4       D 2,310.00
18-Out  1010 Caixa Operacional   Cheque 5513 Vetshield Mutual        C 2,310.00
21-Out  6500 Despesa Folha Pgto  Folha PE 10/19 - bruto              D 29,115.00
21-Out  2100 Obrigações Folha    Retenções PE 10/19                  C 6,780.40
21-Out  1010 Caixa Operacional   Líquido folha PE 10/19              C 22,334.60
23-Out  1010 Caixa Operacional   Depósito - lote cartão 1022         D 7,402.11
23-Out  4000 Receita de Serviços Lote cartão 1022                    C 7,402.11
25-Out  2500 Financ. Equipamento Imaging Co parcela 1 de 36          D 350.00
25-Out  6810 Despesa de Juros    Imaging Co parcela 1 de 36 - juros  D 84.00
25-Out  1010 Caixa Operacional   ACH Imaging Co                      C 434.00
28-Out  6200 Reparos e Manut.    Conserto autoclave - SteriTech      D 640.00
28-Out  1010 Caixa Operacional   Cheque 5514 SteriTech               C 640.00
30-Out  1010 Caixa Operacional   Depósito - lote cartão 1029         D 6,955.72
30-Out  4000 Receita de Serviços Lote cartão 1029                    C 6,955.72
31-Out  6900 Depreciação         Depreciação mensal                  D 1,920.00
31-Out  1600 Depreciação Acum.   Depreciação mensal                  C 1,920.00
------------------------------------------------------------------------------
TOTAL D 135,063.52   TOTAL C 135,063.52   ** página 1 de 1 **"""),
]
T += [
    ("tri-587ef835ed71", "es", "", """Mi cliente perdió en primera instancia. Resume abajo en unos pocos párrafos el fallo del tribunal y su razonamiento principal, y luego evalúa de forma crítica si ese razonamiento tiene probabilidades de sostenerse en apelación: ¿dónde es más débil y qué argumentarías tú?

[Extract from judgment - Regional Commercial Court, Case CC-2024-1187, Harwick Logistics Ltd v. Penmore Foods plc]

1. The claimant, Harwick Logistics Ltd ("Harwick"), provided temperature-controlled warehousing and distribution services to the defendant, Penmore Foods plc ("Penmore"), under a services agreement dated 1 April 2019 (the "Agreement"). The Agreement had an initial term of five years. Clause 18.2 provided that Penmore could terminate "for convenience on not less than twelve months' written notice, such notice not to be served before 1 April 2022".

2. On 14 September 2022 Penmore sent Harwick an e-mail from its Head of Supply Chain stating that Penmore "intends to transition its chilled distribution to a new provider during the second half of 2023 and will work with Harwick on an orderly exit plan". Penmore ceased sending volumes to Harwick on 30 June 2023. Harwick claims that no valid termination notice was ever served, that the Agreement therefore continued until 31 March 2024, and that it is entitled to the minimum volume charges for the period 1 July 2023 to 31 March 2024, totalling 4.3 million pounds.

3. Penmore contends that the e-mail of 14 September 2022 was a valid notice under clause 18.2 and that, in any event, Harwick is estopped from denying that it was, having engaged in exit planning for nine months without objection.

4. Clause 31 of the Agreement (Notices) provides that "any notice given under this Agreement shall be in writing and shall be delivered by hand or by pre-paid first-class post to the registered office of the receiving party, or sent by e-mail to the address set out in Schedule 6, marked for the attention of the Managing Director". Schedule 6 gives the e-mail address of Harwick's Managing Director. The e-mail of 14 September 2022 was sent to Harwick's Account Director, copied to its Head of Operations. It was not sent to the Managing Director.

5. I turn first to whether the e-mail was capable of being a notice of termination. The test is how a reasonable recipient, with knowledge of the context, would have understood it. The e-mail does not use the word "terminate" or refer to clause 18.2. But the reasonable recipient, knowing that the Agreement could be ended for convenience on twelve months' notice and that the earliest date for such notice had passed, would in my judgment have understood that Penmore was bringing the relationship to an end. The reference to an "orderly exit plan" points clearly in that direction. Harwick's own internal e-mail of 15 September 2022, in which its Account Director wrote to colleagues "Penmore have served notice, we lose them next summer", confirms that this is how the e-mail was in fact understood.

6. The more difficult question is compliance with clause 31. Harwick says the requirements of clause 31 are mandatory and that a notice not sent to the specified address is not a notice at all. I do not accept that submission. Clause 31 does not state that notices not given in accordance with it shall be invalid. Its purpose is to ensure that notices come to the attention of the receiving party. Where, as here, the notice in fact came to the attention of senior management promptly, and was acted upon, it would be an uncommercial result to hold it ineffective because it was addressed to the wrong director. I note that the Managing Director was informed of the e-mail by the Account Director on 16 September 2022, as he accepted in cross-examination.

7. Harwick also submits that, even if the e-mail was a notice, it did not specify a termination date and therefore cannot have terminated the Agreement on any particular date. Clause 18.2 requires notice of "not less than" twelve months; it does not require a date to be specified. A notice that does not specify a date takes effect, in my judgment, at the earliest date permitted, namely twelve months after receipt, being 14 September 2023. Penmore therefore ceased volumes some ten weeks before the Agreement terminated.

8. It follows that Harwick is entitled to minimum volume charges for the period from 1 July 2023 to 14 September 2023 only, which the parties agree amount to 1.17 million pounds. In light of that conclusion it is not necessary to decide the estoppel argument, and I do not do so.

9. The claim succeeds in part. Judgment for the claimant in the sum of 1.17 million pounds plus interest."""),
    ("tri-2f1d86fcaa96", "pt", "", "desenha um esquema de atributos normalizado para estas especificações de produto bagunçadas: 'vermelho XL algodão', 'Tamanho: M / cor azul', 'mistura de lã, L'"),
    ("tri-507e353229ea", "es", "", """porfa explícame qué hace esto, en cristiano y no en idioma programador, está en nuestro panel de pedidos

const byDay = orders.reduce((acc, o) => { const d = o.createdAt.slice(0, 10); (acc[d] ||= []).push(o); return acc; }, {});"""),
    ("tri-863e7f4c6681", "pt", "", """afinal quando é que saiu de Leipzig? o rastreio diz:
12.06 22:41 Envio recolhido, Izmir
13.06 03:15 Saiu das instalações, centro IST Istambul
13.06 09:50 Chegou às instalações, centro de Leipzig
13.06 18:02 Desalfandegamento concluído, Leipzig
14.06 01:37 Saiu das instalações, centro de Leipzig
14.06 07:20 Chegou ao centro de entrega, Hanôver
14.06 08:05 Com o estafeta para entrega"""),
    ("tri-15aade0d1f5c", "es", "Asistente interno de la plataforma de datos de Halvorsen Freight. Data warehouse: Snowflake. Devuelve solo una consulta SQL en un bloque de código, sin comentarios.", "conteo mensual de envíos entregados con más de 2 días de retraso, por depósito de origen, para el año natural 2024. tabla shipments(id, origin_depot, promised_date, delivered_date). ignora las filas donde delivered_date sea null"),
    ("tri-02790a08c5d5", "pt", "Você é o assistente de agendamento da equipe de Aquisição de Talentos da Corvane Energy. Sempre mostre a agenda final em forma de tabela e explique os trade-offs.", """Preciso encaixar 5 entrevistas finais (60 min cada, banca de pelo menos 2 dos nossos 3 entrevistadores) na quinta e na sexta. Regras: todo candidato tem que passar pelo Raj (gestor da vaga); nenhum entrevistador faz mais de 3 entrevistas por dia; 15 min de intervalo entre entrevistas consecutivas do mesmo entrevistador.

Entrevistadores:
- Raj: qui 9:00-13:00, sex 13:00-17:00
- Elena: qui 10:00-17:00, sex 9:00-12:00
- Kwame: qui 14:00-17:00, sex 9:00-17:00

Candidatos:
- A. Moreau: só quinta
- B. Lindgren: qualquer horário, mas não antes das 10:00 (vem de avião)
- C. Nakamura: só sexta à tarde
- D. Osei: quinta de manhã ou sexta de manhã
- E. Duarte: qualquer horário

Dá pra fazer? Se não, qual é a menor mudança que resolve?"""),
    ("tri-fb914de91e63", "es", "Eres ReviewTagger, el sistema de monitorización de reseñas en las tiendas de apps de Ferrohaven Bank.", """Etiqueta cada reseña con exactamente una de estas: bug, feature_request, praise, account_issue, other. Devuelve '#N: etiqueta', una por línea, nada más.

#1 (1 estrella) Desde la última actualización la app me cierra la sesión cada vez que cambio a otra app para copiar un código. Tuve que iniciar sesión cuatro veces para hacer un solo pago. Pixel 7, Android 15. Arreglad esto por favor, el mes pasado iba bien.

#2 (5 estrellas) Sinceramente la mejor app de banco que he usado. Dividir gastos con amigos lleva diez segundos y las huchas de ahorro motivan un montón. Atención al cliente me respondió por chat en dos minutos cuando tuve una duda sobre mi descubierto.

#3 (2 estrellas) ¿Tanto cuesta añadir un modo oscuro? Todas las demás apps de mi móvil lo tienen. Además me encantaría poder renombrar mis huchas con emojis como dejan otros bancos.

#4 (1 estrella) Tengo la cuenta bloqueada desde hace 9 días 'pendiente de revisión' y nadie sabe decirme por qué. Ahí tengo la nómina. He mandado el pasaporte y el justificante de domicilio dos veces. Absolutamente inaceptable.

#5 (3 estrellas) Está bien. Hace lo que hace una app de banco. Nada especial, nada terrible.

#6 (1 estrella) Face ID dejó de funcionar después de la actualización de iOS. Solo sale una rueda girando y luego pide el código, que también falla la primera vez. iPhone 13 mini.

#7 (4 estrellas) Buena app en general. Por favor añadid la opción de exportar los extractos en CSV y no solo en PDF, mi gestor no para de pedírmelo y tengo que volver a teclearlo todo.

#8 (2 estrellas) Me cobraron una comisión de 5 £ por una transferencia que la app decía que era gratis. Soporte dijo que me la devolverían en 3 a 5 días y ya van dos semanas. Sigue sin aparecer nada en mi extracto.

#9 (5 estrellas) La usé dos semanas en Japón, sin comisiones, el tipo de cambio genial, y las notificaciones instantáneas de la tarjeta me daban tranquilidad. Un diez, se lo estoy diciendo a todos mis amigos.

#10 (1 estrella) El gráfico de la pestaña de gastos muestra marzo dos veces y se salta abril. Los números de debajo parecen correctos pero el gráfico está claramente mal. Me hace preguntarme qué más estará mal.

#11 (3 estrellas) ¿Podéis añadir cuentas conjuntas? Mi pareja y yo queremos pasar aquí el dinero de casa pero no podemos hasta que exista. Encantados de probar la beta.

#12 (1 estrella) Alguien ha abierto una cuenta a mi nombre en vuestro banco. Nunca he sido cliente. ¿Cómo consigo que la cierren y a quién lo denuncio? Nadie coge el teléfono.

#13 (2 estrellas) ¿Por qué ahora todos los bancos quieren que me descargue una app? ¿Qué pasó con ir a la sucursal y hablar con una persona que te conoce?

#14 (4 estrellas) Desde ayer las notificaciones llegan dos veces por cada pago con tarjeta. No es grave pero es un poco molesto cuando pagas un café con el móvil y empieza a vibrar como loco.

#15 (1 estrella) Me he mudado y la app no me deja actualizar la dirección, en el último paso dice 'algo ha salido mal'. En la sucursal me dijeron que lo hiciera desde la app."""),
    ("tri-6b84af6ea60d", "pt", "", """Pergunta rápida sobre esta transcrição da revisão de orçamento de ontem: a Priya concordou de fato com o orçamento de marketing revisado, ou só disse que ia dar uma olhada? Responda só com base no que foi dito.

Transcript - FY26 budget review, Consumer Division - Wednesday
Participants: Owen Hartley (Finance BP), Priya Raman (VP Marketing), Joel Steiner (Head of Sales), Camila Ortiz (Division GM)

Camila: Okay, let's get into marketing. Owen, can you recap where we landed after last week?
Owen: Sure. The original ask from marketing was 14.2 million for FY26. The division envelope only allows 12.5 if we want to hit the margin target. Last week we asked Priya's team to come back with a version at 12.5 and one at 13.0 showing what gets cut.
Priya: And we did. At 13.0 we keep the spring brand campaign but cut two of the four regional sponsorships and reduce paid social by about 15 percent. At 12.5 we'd also have to drop the spring campaign to a digital-only version, which honestly I think is a mistake because spring is when 30 percent of our annual volume gets decided.
Joel: From the sales side I'd back Priya on spring. The retailers plan their shelf space around what we show them in February.
Owen: Understood. Finance has a third option, which is what we're calling the revised budget: 12.8 million, keeping the full spring campaign, cutting three of the four regional sponsorships, and moving 400k of the influencer programme into the second half, contingent on first-half results.
Camila: Priya, can you live with 12.8?
Priya: I can live with the structure. Keeping spring whole is the most important thing for me, so thank you for that. I'm less sure about making the influencer money contingent; those contracts get signed in Q1 and creators book up early. If we wait for first-half results, the good ones will be gone.
Owen: What if the contingency was based on Q1 results instead of first half?
Priya: That would help. Okay, look, I agree to 12.8 with spring intact and three sponsorships cut. On the influencer part, I'll agree if the gate is end of Q1, not end of H1. Can we write it that way?
Camila: I'm fine with end of Q1. Owen?
Owen: That works for finance, I'll update the model.
Camila: Great. So marketing at 12.8, influencer 400k gated on Q1. Joel, let's move to your headcount plan.
Joel: Before that, Priya, can you send me which regional sponsorship you're keeping? It affects the north team.
Priya: I'll look at it with my team and send it to you by Friday. I haven't decided between the north and the coast one yet.
Camila: Okay. Joel, headcount.
Joel: So we're asking for four additional key account managers, two for the discount channel and two for convenience. Owen's model has two.
Owen: Right, we have budget for two in the envelope. The other two would need to be funded by the sponsorship savings Priya just agreed to, which is about 350k.
Priya: Wait, I agreed to cut sponsorships to protect spring, not to fund sales headcount. I'd want to talk about that separately.
Camila: Fair. Let's park the extra two headcount until next week and look at it together with the Q1 influencer gate. Owen, can you model both options?
Owen: Will do, by Tuesday."""),
    ("tri-aa5120451b1f", "es", "", """Estas son las recetas de mi abuela que mis tías pasaron a limpio para el recetario de la familia, cada una con su estilo. ¿Puedes ponerlas todas en el mismo formato: título, raciones, tiempo de preparación/cocción, ingredientes en sistema métrico (gramos / ml, convirtiendo las tazas y cucharadas con sentido según cada ingrediente) y luego los pasos numerados? No cambies las recetas en sí. Si falta algo, pon "no indicado".

1) PAN DE SODA DE LA ABUELA
4 tazas de harina normal, 1 cucharadita de bicarbonato, 1 cucharadita de sal, 1 3/4 tazas de suero de mantequilla. Horno fuerte (unos 425F). Mezcla lo seco, haz un hueco en el centro, echa casi todo el suero, mezcla con la mano en forma de garra hasta que apenas se una, añade el resto del suero si queda seca. Dale forma redonda, haz una cruz profunda, hornea 15 min y luego baja a 400 y hornea otros 25-30 hasta que suene hueco al golpear la base. Da para toda la mesa.

2) Estofado de ternera (el del domingo)
- 2 lb de carne de ternera para guisar, en dados
- 3 cucharadas de harina para rebozar
- 2 cucharadas de aceite
- 2 cebollas
- 4 zanahorias, 3 patatas grandes
- 1 pinta de caldo de carne
- 1 taza de cerveza negra (opcional, pero la abuela siempre la ponía)
- hoja de laurel, tomillo
Pasa la carne por harina y dórala por tandas. Sácala y pocha las cebollas. Vuelve a ponerlo todo con el caldo y la cerveza, cuece a fuego lento con tapa 2 h, añade las zanahorias y las patatas los últimos 45 min. Para 6 personas.

3) Crumble de ruibarbo — 4-6 raciones
Relleno: 1 lb de ruibarbo en trozos de 1 pulgada, 1/2 taza de azúcar, 1 cucharada de zumo de naranja.
Cobertura: 1 1/2 tazas de harina, 1/2 taza de mantequilla (fría), 1/2 taza de azúcar moreno, un puñado de copos de avena.
Horno a 350F. Ruibarbo + azúcar + zumo en la fuente. Frota la mantequilla con la harina hasta que parezca pan rallado, mezcla el azúcar y la avena, repártelo por encima. 40 min hasta que esté dorado y burbujee por los bordes.

4) Farls de patata
Más o menos 1 lb de puré de patata que haya sobrado (sin leche), 1 taza de harina, 2 cucharadas de mantequilla derretida, una pizca de sal. Amasa ligeramente, estira en un círculo de un cuarto de pulgada de grosor, corta en cuartos. Hazlos en una plancha bien caliente sin grasa 3-4 minutos por lado hasta que se doren. Buenísimos con el desayuno frito del sábado.

5) Scones de la abuela
Frota 1/4 de taza de mantequilla con 2 tazas de harina con levadura y 2 cucharadas de azúcar. Añade 1 huevo batido con unos 2/3 de taza de leche (guarda un poco para pintar). Masa blanda, ¡no la trabajes demasiado! Aplánala a 1 pulgada de grosor, corta círculos, pinta la parte de arriba. 12-15 min en horno muy caliente, 220C. Salen unos 10.

6) Tarta de manzana
Masa: 2 tazas de harina, 1/2 taza de mantequilla, 3-4 cucharadas de agua fría. Relleno: 4 manzanas para cocinar, en láminas, 1/3 de taza de azúcar, 4 clavos. Forra un plato con la mitad de la masa, amontona las manzanas, el azúcar y los clavos, tapa con el resto, sella, haz 2 cortes, pinta con leche y espolvorea azúcar. Hornea a 400F 20 min y luego a 350F otros 25. Sírvela templada con natillas o nata.

7) Pan integral (el del molde)
2 tazas de harina integral, 1 taza de harina normal, 1 cucharadita de bicarbonato, 1 cucharadita de sal, 2 cucharadas de salvado de trigo, 1 huevo, 2 tazas de suero de mantequilla, 1 cucharada de melaza. Mezcla lo húmedo y lo seco, tiene que quedar una masa húmeda, viértela en un molde de pan engrasado. 200C durante 45-50 min. Déjalo 10 min en el molde, desmóldalo y envuélvelo en un paño de cocina para que la corteza quede blanda.

¡Gracias, a las tías les va a hacer muchísima ilusión que quede todo igual!"""),
    ("tri-1c0f106f6a46", "pt", "", """O despacho diz que todas as rotas do depósito Rotterdam-Waalhaven saíram vazias hoje de manhã entre mais ou menos 05:00 e 05:40, os motoristas ficaram parados, e depois voltou sozinho antes de alguém do plantão fazer qualquer coisa. Aqui está o que consegui puxar dos pods do route-planner e a config relevante. O que aconteceu de fato, em ordem, e o que devemos mudar para isso não voltar a acontecer? Seja concreto, preciso escrever o postmortem hoje.

--- route-planner logs (pod route-planner-6d9f7-kq2lm, times UTC+1) ---
04:52:10.114 INFO  scheduler  planning window opened depot=RTM-WH orders=1843 vehicles=61
04:52:10.377 INFO  matrix     requesting distance matrix size=1904x1904 provider=osrm-eu
04:52:12.381 WARN  matrix     osrm-eu request timed out after 2000ms attempt=1
04:52:14.390 WARN  matrix     osrm-eu request timed out after 2000ms attempt=2
04:52:16.398 WARN  matrix     osrm-eu request timed out after 2000ms attempt=3
04:52:16.399 WARN  breaker    osrm-eu failures=3 threshold=3 state=OPEN cooldown=300s
04:52:16.400 INFO  matrix     falling back to cached matrix key=RTM-WH age=6h12m
04:52:16.401 WARN  cache      entry RTM-WH expired (ttl=6h) returning EMPTY
04:52:16.405 INFO  solver     starting solve orders=1843 vehicles=61 matrix_cells=0
04:52:16.406 WARN  solver     no feasible arcs, all orders unassigned
04:52:16.512 INFO  publisher  published plan depot=RTM-WH routes=61 stops_total=0
04:57:16.400 INFO  breaker    osrm-eu state=HALF_OPEN
04:57:16.402 INFO  matrix     requesting distance matrix size=1904x1904 provider=osrm-eu
04:57:18.405 WARN  matrix     osrm-eu request timed out after 2000ms attempt=1
04:57:18.406 WARN  breaker    osrm-eu state=OPEN cooldown=300s
04:57:18.407 INFO  matrix     falling back to cached matrix key=RTM-WH age=6h17m
04:57:18.407 WARN  cache      entry RTM-WH expired (ttl=6h) returning EMPTY
04:57:18.520 INFO  publisher  published plan depot=RTM-WH routes=61 stops_total=0
05:02:18.409 INFO  breaker    osrm-eu state=HALF_OPEN
05:02:18.411 INFO  matrix     requesting distance matrix size=1904x1904 provider=osrm-eu
05:02:20.413 WARN  matrix     osrm-eu request timed out after 2000ms attempt=1
05:02:20.414 WARN  breaker    osrm-eu state=OPEN cooldown=300s
05:02:20.530 INFO  publisher  published plan depot=RTM-WH routes=61 stops_total=0
05:07:20.416 INFO  breaker    osrm-eu state=HALF_OPEN
05:07:20.418 INFO  matrix     requesting distance matrix size=1904x1904 provider=osrm-eu
05:07:22.420 WARN  matrix     osrm-eu request timed out after 2000ms attempt=1
05:07:22.421 WARN  breaker    osrm-eu state=OPEN cooldown=300s
05:07:22.533 INFO  publisher  published plan depot=RTM-WH routes=61 stops_total=0
... same pattern at 05:12, 05:17, 05:22, 05:27, 05:32 ...
05:37:30.101 INFO  breaker    osrm-eu state=HALF_OPEN
05:37:30.103 INFO  matrix     requesting distance matrix size=1904x1904 provider=osrm-eu
05:37:31.688 INFO  matrix     osrm-eu ok cells=3625216 took=1585ms
05:37:31.689 INFO  breaker    osrm-eu state=CLOSED
05:37:31.702 INFO  cache      stored RTM-WH ttl=6h
05:37:44.950 INFO  solver     solved orders=1843 assigned=1838 unassigned=5 vehicles_used=58
05:37:45.061 INFO  publisher  published plan depot=RTM-WH routes=58 stops_total=1838

--- osrm-eu logs (same period, condensed) ---
04:45:03 loading new extract netherlands-latest.osm.pbf (nightly refresh)
04:45:03 serving from previous dataset while preparing
04:51:40 memory pressure, request queue depth 212
05:36:58 dataset swap complete, queue depth 3

--- route-planner config (values.yaml excerpt) ---
matrix:
  provider: osrm-eu
  timeoutMs: 2000
  retries: 3
  fallback: cache
cache:
  ttl: 6h
  onExpired: empty     # added in PR 2210 "don't plan with stale distances"
breaker:
  failureThreshold: 3
  cooldown: 300s
publisher:
  publishEmptyPlans: true
  notifyOnZeroStops: false

--- cron ---
osrm nightly refresh: 45 4 * * *
route-planner planning window: every 5 min from 04:50 to 07:30

A matriz para 1904 pontos costuma levar 1,4-1,8 s, então o timeout de 2 s estava "ok" segundo quem configurou. Desconfio do PR 2210, mas quero a cadeia inteira, não só um culpado, e uma lista de correções ordenada por quanto teriam ajudado hoje de manhã."""),
    ("tri-7b61e39d239f", "es", "Eres \"Ask Juniper\", el asistente de la web de Juniper Lane Medical Group, un centro de atención primaria con cuatro sedes. Puedes ayudar a los visitantes con: ubicaciones y horarios de las consultas, qué seguros médicos acepta el centro, cómo pedir una cita o la renovación de una receta a través del portal del paciente, cómo obtener el historial médico y la navegación general por la web. No puedes ver historiales de pacientes, reservar citas directamente ni dar consejo médico. Si alguien describe una emergencia, dile que llame al 911. Sé amable y breve. Nunca finjas ser una persona ni un profesional sanitario. Seguros aceptados: Aetna PPO, Blue Cross Blue Shield (PPO y HMO), Cigna, UnitedHealthcare Choice Plus, Medicare y Medicaid estatal a través de Sunrise Health. Horario: lun-vie 8-5, sáb 9-12 solo en la sede de Elm Street. Portal: mychart.juniperlane.example.", "espera, ¿eres un médico de verdad?? puedes ver mi historial"),
    ("tri-40899f5abcd3", "pt", """Você é o PolicyPal, o assistente interno de políticas para os colaboradores do Marrowfield Health System. Responda às perguntas dos colaboradores estritamente com base no texto da política fornecido abaixo. Cite os números das seções. Se a política for omissa ou ambígua, diga isso explicitamente e recomende a quem recorrer. Não dê orientação jurídica além do que está na política.

POLÍTICA PC-118: ACESSO LINGUÍSTICO E USO DE INTÉRPRETES
Vigência: 01/07/2024   Responsável: Experiência do Paciente e Serviços Linguísticos   Ciclo de revisão: 3 anos

1. Objetivo. Garantir que pacientes com proficiência limitada em inglês (LEP) e pacientes surdos ou com deficiência auditiva recebam comunicação eficaz sem custo para eles, em conformidade com as exigências federais e estaduais aplicáveis.

2. Definições.
2.1 Intérprete Qualificado: intérprete que demonstrou proficiência em inglês e no idioma-alvo, foi treinado em terminologia médica e ética de interpretação, e é funcionário ou contratado da Marrowfield Language Services, incluindo intérpretes remotos por vídeo (VRI) e intérpretes por telefone fornecidos pelo fornecedor aprovado.
2.2 Colaborador Bilíngue Qualificado: funcionário aprovado na avaliação de proficiência linguística da Marrowfield e identificado no diretório de pessoal com o selo "QBS". O QBS pode se comunicar diretamente com pacientes no idioma avaliado dentro da sua própria função, mas não pode atuar como intérprete para outros clínicos, a menos que também seja certificado nos termos do item 2.1.
2.3 Intérprete ad hoc: qualquer familiar, amigo ou colaborador não avaliado.
2.4 Menor: qualquer pessoa com menos de 18 anos de idade.

3. Política.
3.1 Os colaboradores devem oferecer um Intérprete Qualificado, gratuitamente, a todo paciente identificado como LEP ou surdo/com deficiência auditiva em cada atendimento em que haja troca de informações clínicas. A oferta e a resposta do paciente devem ser documentadas no fluxograma de Acesso Linguístico.
3.2 O paciente pode recusar um Intérprete Qualificado e pedir que um familiar ou amigo adulto faça a interpretação. Os colaboradores devem atender a esse pedido após explicar os riscos de usar um intérprete ad hoc e documentar a decisão do paciente. Os colaboradores podem ainda assim usar um Intérprete Qualificado em paralelo para garantir a precisão (por exemplo, com o VRI acompanhando a conversa), e são incentivados a fazê-lo em conversas complexas.
3.3 Menores não devem ser usados como intérpretes, exceto em uma emergência que envolva ameaça iminente à segurança ou ao bem-estar de uma pessoa ou do público, quando não houver Intérprete Qualificado disponível de imediato. Qualquer uso desse tipo deve ser documentado, e um Intérprete Qualificado deve ser acionado assim que houver um disponível.
3.4 Nos atendimentos a seguir, deve-se usar um Intérprete Qualificado mesmo que o paciente tenha pedido um intérprete ad hoc nos termos do item 3.2: (a) consentimento informado para procedimentos, cirurgia, anestesia, transfusão de sangue ou pesquisa; (b) orientações de alta que envolvam novos medicamentos de alta vigilância; (c) comunicação de um evento adverso; (d) conversas sobre fim de vida e objetivos de cuidado. Nesses atendimentos, o familiar escolhido pelo paciente pode permanecer presente e participar.
3.5 Os termos de consentimento escritos devem ser fornecidos no idioma de preferência do paciente quando houver uma versão traduzida disponível na biblioteca de formulários. Quando não houver tradução disponível, o Intérprete Qualificado deve fazer a tradução à vista do formulário em inglês e registrar isso no próprio formulário.

4. Procedimento.
4.1 Identificar as necessidades linguísticas no cadastro; atualizar o campo de idioma preferido no prontuário eletrônico.
4.2 Solicitar intérpretes presenciais pela linha de agendamento dos Serviços Linguísticos com pelo menos 24 horas de antecedência para procedimentos agendados. Para necessidades no mesmo dia, usar os carrinhos de VRI (disponíveis em todas as unidades de internação) ou a linha telefônica (ramal 4-8800).
4.3 Documentar no fluxograma de Acesso Linguístico: nome ou número de identificação do intérprete, modalidade (presencial, VRI, telefone) e horário de início/fim.

5. Escalonamento. Preocupações com a disponibilidade de intérpretes fora do horário comercial devem ser escalonadas ao Supervisor de Plantão. Dúvidas sobre esta política podem ser encaminhadas aos Serviços Linguísticos (ramal 4-8810).""", "Pcte no 6 Sul fala vietnamita, colecistectomia videolaparoscópica marcada pra amanhã às 0730. O cirurgião vai subir às 2000 hoje pra colher o consentimento. O filho da pcte tem 17 anos, é totalmente fluente, e a pcte insiste que ele é quem vai interpretar porque ela não confia em \"estranhos numa tela\". A filha adulta vem amanhã de manhã mas não vai estar aqui hoje à noite. O filho pode interpretar o consentimento? Se não, quais são minhas opções hoje à noite e o que exatamente eu preciso documentar?"),
    ("tri-3810aa630e1f", "es", "", """Nos siguen saliendo citas duplicadas en el mismo hueco en nuestro servicio de agenda de la clínica y necesito una solución de verdad, no un parche. Stack: Python 3.11, FastAPI, SQLAlchemy 2.0, PostgreSQL 15, con 4 réplicas detrás de un balanceador de carga. Los pacientes reservan desde el portal web y el personal de recepción reserva desde una app interna que llama a la misma API. Pasa unas 3-5 veces por semana, normalmente los lunes por la mañana cuando el portal abre los huecos de la semana siguiente a las 7:00.

Esquema actual (simplificado):

    CREATE TABLE providers (id serial primary key, name text);
    CREATE TABLE slots (
        id serial primary key,
        provider_id int references providers(id),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        is_booked boolean not null default false
    );
    CREATE TABLE appointments (
        id serial primary key,
        slot_id int references slots(id),
        patient_id int not null,
        status text not null default 'booked',   -- booked | cancelled | no_show | completed
        created_at timestamptz default now()
    );

Endpoint de reserva:

    @router.post("/slots/{slot_id}/book")
    async def book(slot_id: int, body: BookIn, session: AsyncSession = Depends(get_session)):
        slot = await session.get(Slot, slot_id)
        if slot is None:
            raise HTTPException(404)
        if slot.is_booked:
            raise HTTPException(409, "Slot already taken")
        appt = Appointment(slot_id=slot_id, patient_id=body.patient_id)
        session.add(appt)
        slot.is_booked = True
        await session.commit()
        await notify_patient(appt)          # sends SMS via external API, can take 1-3 s
        return {"appointment_id": appt.id}

El endpoint de cancelación pone appointment.status = 'cancelled' y slot.is_booked = False en una sola transacción.

Otras complicaciones:
- Los profesionales pueden tener "huecos dobles" para procedimientos (una cita que ocupa dos huecos contiguos). Ahora mismo la app de recepción reserva los dos slot ids con dos POST separados.
- Hay un job nocturno que regenera los huecos a partir de las plantillas de cada profesional con 8 semanas de antelación. Borra los huecos futuros no reservados y los vuelve a crear. Hemos visto al menos un caso en el que borró un hueco que se reservó mientras el job estaba corriendo. El job es más o menos así:

    async def regenerate(session, provider_id, horizon_days=56):
        await session.execute(
            delete(Slot).where(Slot.provider_id == provider_id,
                               Slot.starts_at > func.now(),
                               Slot.is_booked.is_(False)))
        for start, end in expand_template(provider_id, horizon_days):
            exists = await session.scalar(select(Slot.id).where(
                Slot.provider_id == provider_id, Slot.starts_at == start))
            if not exists:
                session.add(Slot(provider_id=provider_id, starts_at=start, ends_at=end))
        await session.commit()

  Se ejecuta a las 02:00 para los 31 profesionales en un solo bucle, una sesión, un único commit al final, y tarda unos 6 minutos.
- Más adelante queremos añadir una lista de espera: cuando alguien cancela, al primer paciente de la lista se le ofrece automáticamente el hueco y tiene 15 minutos para aceptarlo.
- El nivel de aislamiento es el de Postgres por defecto (READ COMMITTED).

Preguntas:
1. Explica exactamente cómo se produce la doble reserva con el código actual.
2. ¿Cuál es la solución correcta a nivel de base de datos? He visto propuestas de SELECT ... FOR UPDATE, un índice único parcial, advisory locks y SERIALIZABLE. ¿Cuál elegirías aquí y por qué, y cómo quedaría el endpoint después?
3. ¿Cómo se hacen seguras la reserva de huecos dobles y el job de regeneración nocturno?
4. ¿Cómo diseñarías la retención del hueco para la lista de espera sin volver a introducir la misma condición de carrera?
5. La llamada al SMS dentro de la petición, ¿debería quedarse ahí?
6. ¿Algo más de este montaje que cambiarías antes de construir la lista de espera encima?

Incluye por favor el SQL de la migración y el endpoint de reserva reescrito."""),
    ("tri-2ea016346c22", "pt", "", """traduz a coluna B pro espanhol, deixa a coluna A como está

A | B
SKU-101 | Garrafa de água em aço inox, 750 ml
SKU-102 | Marmita térmica com dois compartimentos
SKU-103 | Kit de talheres de bambu com estojo de viagem
SKU-104 | Copo de café dobrável de silicone"""),
    ("tri-b345cb6ca7d9", "es", "", """Pásame esto a JSON anidado: departamento → equipo → miembros (cada miembro como {"name", "role"}). Respeta la ortografía exactamente como está escrita, tildes incluidas.

Operaciones
- Equipo de preparación de pedidos: Keziah Oduya (jefa de equipo), Bram Verhulst (preparador), Anouk Saidi (preparadora), Ivo Brandão (carretillero), Rhiannon Pugh (preparadora)
- Equipo de devoluciones: Lucía Ferreyra (jefa de equipo), Teodor Mazur (inspector), Kwame Asante (inspector)
Finanzas
- Cuentas a pagar: Grace Nwankwo (especialista de cuentas a pagar), Hamish Doull (administrativo de cuentas a pagar)
- Reporting: Yuki Sakamoto (analista financiero), Ilse Vermaak (controller)
Tecnología
- Plataforma: Ravi Chandrasekaran (staff engineer), Elin Sjöberg (SRE), Ottavio Bianchi (SRE)
- Datos: Mariam Haddad (analytics engineer), Quentin Lefebvre (ingeniero de datos)
- Seguridad: Dara Ní Bhriain (responsable de seguridad)
Personas
- Talento: Femi Adeyemi (reclutador), Solveig Eide (reclutadora)
- Operaciones de RR. HH.: Paulina Kowalczyk (asesora de RR. HH.), Tomás Ó Ceallaigh (técnico de nóminas)"""),
    ("tri-0ef043d326cb", "pt", "Associe cada diagnóstico a exatamente um destes capítulos de codificação: A) Doenças infecciosas, B) Neoplasias, C) Endócrinas/metabólicas, D) Aparelho circulatório, E) Aparelho respiratório, F) Sistema osteomuscular, G) Lesões/envenenamentos. Responda no formato 'n: letra'.", """1: pneumonia adquirida na comunidade, lobo inferior direito
2: diabetes mellitus tipo 2 com neuropatia periférica
3: fratura fechada do rádio distal esquerdo após queda
4: hipertensão essencial
5: carcinoma basocelular do nariz
6: hérnia de disco lombar L4-L5"""),
    ("tri-db28486b96b0", "es", "Ayudas a los responsables de contratación de Ostrava Foods a digerir los paneles de entrevistas. Resume el feedback del panel que pegue el usuario en exactamente tres viñetas: Puntos fuertes, Dudas, Decisión del panel (tal como la expresa el panel, no añadas la tuya).", """Candidato: Marek Havel – HR Business Partner Regional
Entrevistadora 1 (Eva, directora de RR. HH.): Muy fuerte en relaciones laborales, dio un ejemplo detallado de cómo gestionó una reclamación colectiva en su planta anterior. Más flojo en datos: no supo explicar bien cómo usaría los dashboards de rotación. Tirando a sí.
Entrevistador 2 (Tomáš, director de planta): Entiende perfectamente la realidad del taller, la gente va a confiar en él. Algo vago sobre cómo les pararía los pies a los mandos. Sí.
Entrevistadora 3 (Lenka, responsable de Talento): Buen encaje de valores. Me preocupa que nunca ha trabajado en una estructura matricial con un CoE central. Sí, con apoyo en el onboarding.
Resultado del debrief: oferta, con un plan de 90 días centrado en analítica de RR. HH."""),
    ("tri-92b99df4f6b7", "pt", "", """Nossa transportadora entregou as provas nos nossos 14 centros regionais de aplicação com 9 dias de atraso por causa de uma greve nacional dos caminhoneiros, e tivemos que remarcar o exame de certificação profissional de 3.200 candidatos. Com base só no contrato abaixo, dá pra cobrar deles os custos da remarcação, ou a cláusula de força maior livra a cara deles? Me explica passo a passo.

MASTER SERVICES AGREEMENT – SECURE DOCUMENT LOGISTICS
between the Chartered Institute of Facilities Professionals ("the Institute") and Harcastle Secure Freight Ltd ("the Supplier")

1. Definitions
1.1 "Assessment Materials" means examination papers, answer booklets and any other confidential materials provided by the Institute for delivery to Test Centres.
1.2 "Delivery Window" means, for each Examination Session, the period ending 72 hours before the scheduled start time of that session.
1.3 "Force Majeure Event" means any event beyond the reasonable control of the affected party, including acts of God, flood, fire, epidemic, war, terrorism, government action, and general strikes or industrial action affecting the transport sector at national level, but excluding any industrial action involving only the affected party's own employees or subcontractors.

2. Services
2.1 The Supplier shall collect the Assessment Materials from the Institute's premises and deliver them to each Test Centre listed in Schedule 1 within the Delivery Window.
2.2 The Supplier shall maintain a documented contingency plan, approved by the Institute, setting out alternative routes and carriers for use in the event of disruption, and shall implement that plan promptly whenever a delivery is at risk.
2.3 The Supplier shall notify the Institute immediately, and in any event within 12 hours, upon becoming aware of any circumstance likely to delay delivery.

3. Service Levels and Remedies
3.1 If the Supplier fails to deliver Assessment Materials within the Delivery Window, the Supplier shall pay service credits equal to 10% of the monthly fee for each affected Test Centre, up to a cap of 100% of the monthly fee.
3.2 In addition to service credits, the Supplier shall reimburse the Institute's reasonable and documented costs of rescheduling any Examination Session where the rescheduling results directly from late delivery, subject to clause 9.
3.3 Service credits are without prejudice to any other rights or remedies of the Institute.

4. Security
4.1 Assessment Materials shall at all times be transported in sealed, tamper-evident containers and shall not be left unattended.
4.2 The Supplier shall ensure that all personnel handling Assessment Materials have passed a basic disclosure check.

5. Fees
5.1 The Institute shall pay a monthly fee of £18,500 plus VAT, invoiced monthly in arrears.

6. Term
6.1 This Agreement shall run for three years from 1 January 2024.

7. Force Majeure
7.1 Neither party shall be liable for any failure or delay in performing its obligations to the extent that such failure or delay is caused by a Force Majeure Event, provided that the affected party:
(a) promptly notifies the other party in writing of the Force Majeure Event and its expected duration; and
(b) uses all reasonable endeavours to mitigate the effects of the Force Majeure Event, including, where applicable, by implementing the contingency plan referred to in clause 2.2.
7.2 If the affected party fails to comply with clause 7.1(a) or (b), it shall not be entitled to rely on this clause 7 in respect of any failure or delay that could have been avoided by such compliance.
7.3 If a Force Majeure Event continues for more than 30 days, either party may terminate this Agreement by written notice.

8. Confidentiality
8.1 Each party shall keep confidential all information received from the other party.

9. Limitation of Liability
9.1 The Supplier's total liability in any contract year shall not exceed £250,000.
9.2 Neither party shall be liable for loss of profit, loss of reputation or any indirect or consequential loss.

Fatos do nosso registro de incidentes: a greve foi anunciada publicamente em 2 de maio para começar em 6 de maio. A Harcastle mandou e-mail pra gente em 8 de maio, quando a janela de entrega já tinha fechado para 11 dos 14 centros. O plano de contingência deles cita duas transportadoras alternativas; eles não contataram nenhuma. Nossos custos de remarcação (nova reserva de locais, fiscais de prova, comunicação com os candidatos) somam £41.300."""),
    ("tri-9aba962151f8", "es", "", """Hazme un .ics con esto para importarlo (un VEVENT por cada uno, zona horaria Europe/Amsterdam, sin alarmas):

Semana de onboarding – Harbourline Data
- Lun 3 feb 09:00-10:30 Bienvenida y configuración del portátil, sala Maas
- Lun 3 feb 13:00-14:00 Formación en seguridad, online (Teams)
- Mar 4 feb 10:00-12:00 Recorrido por el producto con Ilse, sala IJssel
- Jue 6 feb 15:00-16:00 Conoce al equipo de la plataforma de datos, sala Waal"""),
    ("tri-374d6768b2f1", "pt", "", """[Transcript - Kestrel Freight, weekly ops review. Auto-generated by the meeting recorder, lightly cleaned.]

Dana Whitlock (Head of Ops): Okay, let's start, we've got a lot. First item is the Rotterdam lane. Marcus, where are we?
Marcus Ebert (Lane Manager EU): Short version, volumes are up eleven percent week over week, but dwell time at the Maasvlakte terminal went from about 30 hours to 52 hours on average. It's the crane maintenance they announced, plus the strike action on Tuesday. We had six containers miss their feeder connection to Hamburg.
Dana: Which customers?
Marcus: Four of them were Alvarro Home, two were Tensfield Medical. Tensfield is the one I'm worried about, they've got temperature-controlled stock in two of those boxes and the reefer plugs at the terminal are oversubscribed.
Dana: Have we told them?
Marcus: Told Alvarro yesterday. Tensfield, not yet in writing. I called their logistics lead but I want to send something formal.
Dana: Do that today. I'd rather over-communicate with Tensfield. Can we reroute anything via Antwerp?
Marcus: For next week's bookings, yes. We'd pay roughly 180 euros more per container on drayage but we'd skip the worst of the queue. I'd suggest we do it for reefers only.
Dana: Agreed, reefers only via Antwerp starting with Monday's bookings. Marcus owns it. Next, the warehouse in Leeds. Sofia?
Sofia Reyes (Warehouse Lead UK): Leeds is mostly fine. Pick accuracy was 99.2 last week, slightly below the 99.5 target. It's one shift, the night shift. We've had three new starters and they've been working the returns bay without the full training. I've moved them back to putaway until they finish the modules, should be done by the 20th.
Dana: Fine. And the racking inspection?
Sofia: Inspector found two damaged uprights in aisle 14, both taped off now. Replacement parts are on order, ten working days. We lose about 120 pallet positions in the meantime. We're okay on capacity until the promo stock from Alvarro lands at the end of the month, then we'll be tight.
Dana: Can we use the overflow site in Wakefield?
Sofia: Yes, but it's 2,400 pounds a month minimum commitment for three months.
Dana: Hm. Let's not commit yet. Sofia, come back next week with a capacity forecast that includes the Alvarro promo and we decide then.
Sofia: Okay.
Dana: Third item, the TMS migration. Ji-ho?
Ji-ho Park (Systems): We're at the end of the pilot with the two UK depots. Overall the new TMS is working, the routing engine is saving us around six percent on mileage in the pilot. The blocker is the customs integration. The connector to the customs declaration system keeps timing out on large consignments, anything over 200 lines. Vendor says a fix is in their next release, planned for the 28th.
Dana: So we can't go live in the EU depots before that.
Ji-ho: Correct. My recommendation is we go live in the remaining UK depots on the 14th as planned, because they don't touch customs, and push the EU go-live to two weeks after the vendor release, so mid next month, assuming it actually fixes the problem.
Dana: Any objections? No? Okay. UK go-live on the 14th stays, EU go-live moves, Ji-ho sends the new date once the vendor release is tested. Also please make sure the depot managers get the training schedule this week, last time they complained they found out too late.
Ji-ho: Will do, I'll send it Friday.
Dana: Last thing from me. Fuel surcharge. Finance wants to update the surcharge table from the first of the month. Marcus, Sofia, anything you need to tell customers?
Marcus: Just that the Tensfield contract has a 30-day notice clause on surcharge changes, so for them it can't be the first.
Dana: Good catch. Marcus, flag that to finance. Okay, I think that's it. Same time next week.

---
Consegues transformar isto numa ata como deve ser? Decisões, ações (responsável + prazo quando for mencionado) e o que ainda ficou em aberto. No máximo uma página."""),
]
T += [
    ("tri-9298d0bdb67f", "es", "", "tradúcelo al árabe con un estilo formal pero sencillo: 'Your order has been shipped and will arrive within 3-5 business days.'"),
    ("tri-5492546581bf", "pt", "", """Linha 3 (engarrafamento), relatório de turno, terça à noite:
Turno planejado: 8 h, incl. 30 min de pausa programada
Paradas não planejadas: atolamento na rotuladora 22 min, falha no sensor da esteira 9 min
Troca para 0,75 L: planejada 25 min, levou na prática 43 min
Velocidade ideal: 120 garrafas/min
Total de garrafas contadas no fim da linha: 41.300
Refugos: 1.150 (nível baixo de enchimento 610, rótulo torto 540)
Retrabalho: 300 dos refugos por rótulo torto foram rerotulados e aprovados pela Qualidade
Nota do operador: fornecedor novo de bobinas de rótulo desde segunda, as bobinas parecem um pouco mais grossas

A gerência quer saber: qual foi o OEE deste turno, e qual entre disponibilidade / desempenho / qualidade está puxando mais para baixo? Além disso, as garrafas retrabalhadas devem contar como produção boa para o OEE? Defenda um dos lados, mas calcule as duas versões, e diga como você tratou o tempo planejado da troca."""),
    ("tri-cbf3290c2403", "es", "Explicas código a científicos de laboratorio que empiezan con R. Sé conciso.", """¿qué hace esto línea por línea?

ggplot(growth, aes(x = time_h, y = od600, colour = strain)) +
  stat_summary(fun = mean, geom = "line") +
  stat_summary(fun.data = mean_se, geom = "errorbar", width = 0.2) +
  scale_y_log10() +
  facet_wrap(~ medium) +
  theme_bw()"""),
    ("tri-67feefce33fa", "pt", "", """#inc-2291-card-auth-latency (export)

[02:14] pagerbot: ALERT card-auth p95 latency > 1500ms for 5m (region eu-central)
[02:16] ines.m (on-call): ack. looking
[02:19] ines.m: p95 at 2.3s, error rate 4% and climbing. mostly timeouts to the issuer gateway
[02:21] ines.m: no deploys since 18:40 yesterday. last deploy was fraud-rules v412, config only
[02:24] ines.m: paging secondary, this is customer facing. merchants will start seeing declines
[02:27] tobias.k: here. checking the gateway pool
[02:31] tobias.k: connection pool to issuer gateway is maxed at 200, lots of connections stuck in CLOSE_WAIT
[02:33] ines.m: status page updated: "Some card payments in Europe may fail or be slow. We are investigating."
[02:36] tobias.k: the issuer side answers fine from a test box. so it's us not them
[02:40] ines.m: error rate now 11%. incident commander = me, tobias on mitigation, I'll ask support lead to join
[02:42] rosa.d (support): here. 3 merchant tickets so far, one from Calderon Stores which is a top-10 account
[02:44] tobias.k: restarting two auth pods as a test
[02:47] tobias.k: restarted pods are healthy for ~3 min then pool fills up again
[02:52] ines.m: fraud-rules v412 added a new synchronous call to the device-fingerprint service for every auth. that service is slow tonight, p95 900ms
[02:54] tobias.k: that would hold the gateway connection open while we wait. makes sense with CLOSE_WAIT pile-up
[02:55] ines.m: proposing rollback of fraud-rules to v411. risk: we lose the new rule for card-testing attacks for a few hours
[02:56] rosa.d: fraud team on-call is Lena, pinging her for ok
[03:02] lena.w (fraud): ok to roll back. I'll put a temporary velocity limit on new cards to cover the gap
[03:04] tobias.k: rolling back v412 -> v411
[03:09] tobias.k: rollback complete in eu-central
[03:12] ines.m: p95 back to 380ms, error rate 0.6% and dropping
[03:18] ines.m: error rate 0.1%, normal. keeping incident open for 30 min to watch
[03:20] rosa.d: replied to Calderon and the other 4 merchants that opened tickets. Calderon asks for a list of failed transactions so they can retry, I said we'd send it in business hours
[03:25] ines.m: status page -> "Monitoring. A fix has been applied and card payments are recovering."
[03:31] lena.w: velocity limit live. will remove it once v412 is fixed and redeployed
[03:48] ines.m: all metrics normal for 30 min. status page -> resolved
[03:50] ines.m: rough impact: 02:10-03:10, about 18,500 auth attempts failed or timed out in eu-central, mostly retried by merchants. need exact numbers from data team
[03:52] tobias.k: follow-ups: (1) make the fingerprint call async or put a 150ms timeout on it, (2) alert on gateway pool saturation not only on latency, (3) config-only deploys still need the latency canary, v412 skipped it
[03:55] ines.m: owner for (1) fraud-platform team, (2) tobias, (3) me. postmortem draft by thursday
[03:56] rosa.d: I'll own the failed-transaction export for Calderon with data team tomorrow
[03:58] ines.m: closing the channel for tonight. thanks all

Escreve o tl;dr para o update dos executivos às 9h. No máximo 5 linhas, sem jargão que eles não vão perceber (sabem o que é p95, não sabem o que é CLOSE_WAIT)."""),
    ("tri-505f7d006137", "es", "", """Contenedor | Origen | Último evento | Ubicación | Fecha
TGHU 551203 | Ningbo | Descargado | Rotterdam ECT Delta | 03-03
MSCU 880417 | Shanghái | Salida por puerta | Duisburg DIT | 04-03
CMAU 102938 | Yantian | Cargado en barcaza | Rotterdam -> Venlo | 05-03
TGHU 551210 | Ningbo | Retenido en aduana | Rotterdam ECT Delta | 06-03

¿Cuáles de estos contenedores siguen físicamente en Rotterdam?"""),
    ("tri-de5b01364fd7", "pt", "", """Detalhes do anúncio:
Moradia geminada T3, 1934, Copperbeech Road. Jardim virado a sul com uma pereira antiga que ainda dá fruta. Parquet original no hall de entrada (um pouco riscado). Cozinha remodelada em 2019, ilha grande. Quarto pequeno no andar de cima usado atualmente como câmara escura, os vendedores eram fotógrafos. Sótão isolado no ano passado. 8 min a pé da escola primária, 12 da estação. Pontos negativos sobre os quais temos de ser honestos: casa de banho pequena, e um dos lados da casa apanha barulho da rua por causa da carreira de autocarro. Propriedade plena (freehold), escalão D do council tax, sem cadeia de vendas dependente. Preço pedido £415.000.

Consegues escrever a descrição como uma carta que a casa escreve a quem vier morar nela a seguir? Encantadora, mas tem de dar ao comprador os factos reais (incluindo os pontos negativos, ditos com delicadeza). Cerca de 250 palavras."""),
    ("tri-e9e221bfca62", "es", "", """q3_returns.csv:
region,orders,returns,return_rate
North,18420,1290,7.0%
South,15110,1510,10.0%
East,9980,640,6.4%
West,21300,1704,8.0%

¿qué región tuvo la peor tasa de devoluciones?"""),
    ("tri-e8a2bf93ce8d", "pt", "", """Pelas seções do manual abaixo, quanto tempo de licença parental eu tenho como o pai/mãe que não deu à luz, e quanto disso é pago com salário integral? Estou no estúdio de Montreal, não no de Dublin, caso faça diferença.

LANTERNFALL GAMES - EMPLOYEE HANDBOOK (2025 edition), CHAPTER 6: TIME OFF

6.1 Annual leave
All full-time employees receive 25 working days of paid annual leave per calendar year, plus public holidays in their studio location. Part-time employees receive a pro-rated entitlement. Up to 5 unused days may be carried over into the first quarter of the next year; carried-over days not used by 31 March are lost. During the two weeks before a major release ("crunch-free lockdown" period), leave requests may be declined by the project lead, but approved leave will not be cancelled.

6.2 Studio closure
All studios close between 24 December and 1 January inclusive. These days do not count against annual leave.

6.3 Sick leave
Employees may take up to 10 days of paid sick leave per year without a medical certificate. From the 4th consecutive day of absence, a medical certificate is required. Longer-term illness is covered by the income protection plan described in Chapter 8.

6.4 Parental leave - global minimum
Lanternfall provides a global parental leave standard that applies in every studio in addition to, or as a top-up of, any statutory entitlement. Where local law provides more generous terms, local law applies.
(a) Birthing parent: 26 weeks of leave at 100% of base salary.
(b) Non-birthing parent (including partners of the birthing parent, and parents in same-sex couples who are not the birthing parent): 16 weeks of leave, of which the first 10 weeks are paid at 100% of base salary and the remaining 6 weeks at 60% of base salary.
(c) Adoptive and surrogacy parents: the primary caregiver receives the terms in (a) and the second caregiver receives the terms in (b).
(d) Leave may be taken at any time in the 12 months following the birth or placement, in up to three blocks of at least two weeks each.
(e) To be eligible, employees must have completed 6 months of service at the date of birth or placement. Employees with less service receive the statutory entitlement only.

6.5 Parental leave - location specifics
Montreal: Employees in Quebec may also be entitled to benefits under the Quebec Parental Insurance Plan (QPIP). Where an employee receives QPIP benefits, Lanternfall pays the difference between the QPIP benefit and the percentage of base salary set out in 6.4, so that the employee's total income during the leave equals that percentage. The employee must apply for QPIP benefits and provide the statement of benefits to HR.
Dublin: Employees receive Irish statutory maternity, paternity or parent's benefit, and Lanternfall tops up to the percentages in 6.4. In addition, Irish statutory parent's leave (unpaid beyond the statutory benefit) remains available.
Austin: Where no statutory paid leave applies, the percentages in 6.4 are paid in full by Lanternfall. Leave runs concurrently with FMLA where the employee is eligible.

6.6 Keeping in touch
Employees on parental leave may work up to 10 "keeping in touch" days without ending their leave. These days are paid at the normal daily rate and are entirely voluntary.

6.7 Return to work
Employees returning from parental leave may request a phased return of up to 4 weeks at 60% of normal hours on full pay. Requests should be made to the manager and HR at least four weeks before the return date.

6.8 Bereavement leave
Up to 10 working days paid leave for the death of a partner, child or parent, and 3 days for other close relatives. Additional unpaid leave may be granted.

6.9 Volunteering
Two paid days per year to volunteer for a registered charity or community organisation, with manager approval.

6.10 Sabbatical
After 5 years of continuous service, employees may request an unpaid sabbatical of 1 to 3 months. After 10 years, 4 weeks of the sabbatical are paid at full salary.

Entrei na Lanternfall há 14 meses e o bebê deve nascer em agosto, se isso mudar alguma coisa."""),
    ("tri-ca89dd837bd9", "es", "", """mapea este plan de cuentas francés (PCG) a un plan de cuentas estilo US GAAP (códigos de 4 dígitos), marca lo que no tenga un equivalente limpio

101 Capital
1061 Réserve légale
164 Emprunts auprès des établissements de crédit
2154 Matériel industriel
401 Fournisseurs
411 Clients
4456 TVA déductible
512 Banque
607 Achats de marchandises
6411 Salaires, appointements
681 Dotations aux amortissements
707 Ventes de marchandises"""),
    ("tri-4e193189ae6e", "pt", "Você é o assistente de comunicação com as famílias do Cedar Falls Unified School District. Traduza as cartas do distrito para o espanhol (latino-americano) para as famílias. Mantenha os títulos, datas, horários, números de telefone e endereços web exatamente como estão escritos. Use um registro caloroso mas respeitoso (usted).", """Segue o boletim desta vez:

FAMILY NEWSLETTER - WILLOWBROOK ELEMENTARY
Back-to-School Edition

Dear Willowbrook Families,

Welcome back! We are so happy to see our students in the hallways again, and we want to thank all of you who came to our Meet the Teacher evening last week. More than 300 families attended, which is a new record for our school. This newsletter covers the most important information for the first months of the school year. Please keep it on your fridge or save it on your phone.

School Hours and Arrival
The school day runs from 8:15 a.m. to 2:55 p.m. on Monday, Tuesday, Thursday and Friday. On Wednesdays, students are dismissed early at 1:15 p.m. so that teachers can take part in professional development. The front doors open at 7:55 a.m. Supervision on the playground starts at the same time, so please do not drop off children before 7:55 a.m. Students who arrive after 8:20 a.m. must check in at the front office with an adult.

Drop-off and Pick-up
The drop-off lane on Harmon Street is for quick drop-offs only. Please stay in your car and have your child exit on the sidewalk side. If you need to walk your child in, please park in the lot on Linden Avenue. For pick-up, students in kindergarten and first grade will wait with their teachers at the east gate. Older students will be dismissed from the main entrance. If someone other than a parent or guardian is picking up your child, that person must be listed on your emergency contact form and bring a photo ID.

Breakfast and Lunch
Free breakfast is served to all students every day from 7:55 a.m. to 8:15 a.m. in the cafeteria. Lunch costs $3.10 per day. Families may qualify for free or reduced-price meals. Applications are available at the front office and online at www.cfusd.example/meals. Applications are confidential, and you need to complete a new application every school year, even if your child received free meals last year. The deadline to apply before the first billing period is September 30.

Attendance
Regular attendance is one of the strongest predictors of success in school. If your child will be absent, please call the attendance line at (555) 014-2290 before 9:00 a.m. and leave your child's name, teacher, and the reason for the absence. After three unexcused absences, the school will contact you to see how we can help.

Health Information
If your child needs to take medicine at school, including inhalers, a medication form must be completed by your child's doctor and returned to the school nurse, Ms. Delgado. Children with a fever of 100.4 F or higher, vomiting or diarrhea must stay home until they have been free of symptoms for 24 hours without medicine. Vision and hearing screenings for grades K, 2 and 4 will take place during the week of October 14.

Upcoming Dates
- September 2: Labor Day, no school
- September 12: Picture Day
- September 19, 6:00 p.m.: Family Literacy Night in the library (dinner provided, childcare available)
- October 3: Parent-teacher conferences, early dismissal at 1:15 p.m.
- October 25: Fall Festival, 5:00 to 7:30 p.m.

Get Involved
Our Parent Teacher Association meets on the first Tuesday of every month at 6:30 p.m. in the library. Interpretation in Spanish is available at every meeting. We also need volunteers for the library, the school garden and Fall Festival. No experience is needed. To volunteer, you must complete a background check, which is free and can be done online.

Questions?
Our front office is open from 7:30 a.m. to 3:30 p.m. Call us at (555) 014-2200 or email willowbrook@cfusd.example. Our family liaison, Mr. Ortega, speaks Spanish and English and is happy to help with any question, big or small.

We look forward to a wonderful year together!

Warm regards,
Dr. Janelle Whitcombe, Principal"""),
    ("tri-f185bd86feba", "es", "", """Revísame los problemas de seguridad de este código Flask, ordénalos por gravedad y dame el código corregido. Es la API de nuestro sistema interno de informes, pero va a estar expuesta a internet.

@app.route("/report/preview")
def preview():
    url = request.args.get("src")
    r = requests.get(url, timeout=10)
    return render_template_string("<h2>Vista previa</h2>" + r.text)

@app.route("/report/download")
def download():
    name = request.args.get("file")
    return send_file("/data/reports/" + name)

@app.route("/report/search")
def search():
    kw = request.args.get("kw", "")
    rows = db.execute("SELECT * FROM reports WHERE title LIKE '%" + kw + "%'").fetchall()
    return jsonify([dict(r) for r in rows])

app.config["SECRET_KEY"] = "dev"
app.run(host="0.0.0.0", debug=True)"""),
    ("tri-70695d6fd256", "pt", "", """MASTER SERVICES AGREEMENT

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
ok, para o registo de contratos preciso de: partes (denominações sociais completas + números de registo), data de produção de efeitos, prazo inicial, como funciona a renovação + o prazo de pré-aviso de não renovação, o limite geral de responsabilidade e eventuais limites separados, pré-aviso para denúncia por conveniência, lei aplicável. Com a referência da cláusula ao lado de cada um, por favor."""),
    ("tri-9c75e2735f92", "es", "", """¿Qué pods fueron OOMKilled en este volcado, y cuándo? Solo nombre del pod + timestamp, uno por línea, nada más.

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
    ("tri-2a3fd7675f54", "pt", "Harbor: assistente de RH para os colaboradores da Quenby Mutual Insurance. Responda em português simples e amigável. Quando pedirem um resumo de uma política, nunca acrescente regras que não estejam nela.", """Você consegue me dar um resumão da nova política de trabalho híbrido em no máximo 5 tópicos? Tenho que mandar para a minha equipe de reguladores de sinistros e ninguém vai ler 3 páginas.

QUENBY MUTUAL INSURANCE - POLÍTICA DE TRABALHO HÍBRIDO (em vigor a partir de 1º de julho)

1. Objetivo
Esta política define como os colaboradores podem combinar trabalho presencial no escritório e trabalho remoto. Ela busca manter os benefícios da flexibilidade que muitos colegas valorizam, protegendo ao mesmo tempo a colaboração, a integração de novos colaboradores e o serviço que prestamos aos nossos associados. Ela substitui as Diretrizes Temporárias de Trabalho Remoto emitidas em 2020 e todos os acordos locais firmados desde então, exceto os acordados como adaptação razoável.

2. A quem esta política se aplica
Aplica-se a todos os colaboradores efetivos e com contrato por prazo determinado cujas funções tenham sido designadas como "elegíveis ao híbrido" pelo seu diretor. Funções que exigem presença física, como facilities, sala de correspondência, serviços de impressão e reguladores de sinistros de campo que visitam imóveis, não são elegíveis ao híbrido nas suas atividades de campo, embora os reguladores de campo possam fazer seus relatórios remotamente nos dias sem visitas. Prestadores de serviço e trabalhadores temporários seguem o que está previsto nos seus contratos.

3. Presença no escritório
3.1 Espera-se que os colaboradores elegíveis ao híbrido trabalhem no escritório ao qual estão alocados no mínimo dois dias por semana, em média ao longo de um período de quatro semanas. As equipes vão combinar pelo menos um "dia âncora" comum por semana, em que todos os membros da equipe estejam no escritório.
3.2 Colaboradores nos primeiros três meses de contrato, e colaboradores que mudam para uma nova equipe, trabalharão no escritório pelo menos três dias por semana durante esse período, para apoiar o aprendizado e os relacionamentos.
3.3 Os gestores podem exigir presença adicional no escritório para eventos específicos, como treinamentos, planejamento trimestral, auditorias ou incidentes graves, com pelo menos cinco dias úteis de antecedência sempre que possível.

4. Trabalho remoto
4.1 O trabalho remoto deve ser feito a partir do endereço residencial do colaborador registrado no RH, ou de outro local dentro do Reino Unido aprovado previamente pelo gestor. Trabalhar do exterior não é permitido por esta política; os pedidos devem passar pelo procedimento de Trabalho Internacional, que permite no máximo 10 dias úteis por ano civil, sujeito a análise tributária e jurídica.
4.2 Os colaboradores devem ter um espaço de trabalho adequado, concluir a avaliação online do posto de trabalho em casa no primeiro mês de trabalho híbrido e repeti-la a cada dois anos ou quando mudarem de casa.
4.3 Informações confidenciais de associados não podem ser impressas em casa. Ligações em que se discutem sinistros de associados não podem ser feitas em locais públicos nem onde outras pessoas possam ouvir.

5. Equipamentos e despesas
5.1 A empresa fornece notebook, headset e, mediante solicitação, um monitor, teclado e mouse para uso em casa. Uma cadeira ergonômica pode ser fornecida quando a avaliação do posto de trabalho identificar essa necessidade.
5.2 Um auxílio home office de 26 libras por mês é pago na folha aos colaboradores elegíveis ao híbrido, como contribuição para os custos de aquecimento, energia elétrica e internet. Ele não é pago aos colaboradores que optaram por trabalhar totalmente no escritório.
5.3 O deslocamento entre a casa e o escritório alocado é considerado trajeto casa-trabalho e não é reembolsado, inclusive nos dias âncora.

6. Horário e disponibilidade
O horário núcleo é das 10:00 às 15:00, de segunda a sexta, período em que os colaboradores devem estar disponíveis, seja no escritório ou remotamente. Fora do horário núcleo, continuam valendo os acordos de trabalho flexível previstos na Política de Trabalho Flexível. Não se espera que os colaboradores respondam mensagens fora do seu horário de trabalho, exceto quando estiverem em uma escala de sobreaviso aprovada.

7. Solicitações e revisões
7.1 Colaboradores que quiserem trabalhar mais remotamente do que esta política permite, por exemplo por responsabilidades de cuidado, podem fazer um pedido formal de trabalho flexível previsto em lei. Esses pedidos serão analisados caso a caso.
7.2 Os gestores vão revisar os arranjos da equipe a cada seis meses. Quando os níveis de serviço ou o desempenho ficarem abaixo do esperado, o gestor pode, após conversar com o RH, aumentar os dias de escritório exigidos de uma equipe ou de uma pessoa por um período definido, normalmente não superior a três meses.

8. Saúde, segurança e bem-estar
Os colaboradores devem fazer pausas regulares, comunicar qualquer acidente de trabalho sofrido em casa da mesma forma que no escritório e podem usar o Programa de Assistência ao Empregado a qualquer momento.

9. Descumprimentos
O descumprimento repetido da expectativa de presença sem acordo prévio será tratado primeiro informalmente pelo gestor e, se continuar, conforme a Política Disciplinar."""),
    ("tri-0918bbfccb86", "es", "", """De este formulario de autorización previa en inglés, sácame solo el nombre del paciente, la fecha de nacimiento, el ID del seguro, el medicamento solicitado y el NPI del médico prescriptor, en una lista con viñetas.

PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY
Plan: Northgate Commercial PPO
Member name: Kenji Arakawa    DOB: 07/22/1981    Member ID: NGC-5530918-02
Group #: 77410
Prescriber: Elaine Fortescue, MD    NPI: 1487620395    Specialty: Rheumatology
Phone: (503) 555-0164    Fax: (503) 555-0165
Medication requested: adalimumab-aaty 40 mg/0.4 mL pen, inject SC every 14 days
Quantity: 2 pens / 28 days    Duration: 12 months
Diagnosis: M05.79 Rheumatoid arthritis with rheumatoid factor of multiple sites
Previous therapies tried: methotrexate 20 mg weekly (8 months, inadequate response); sulfasalazine (GI intolerance)
Urgency: Standard
Signature: E. Fortescue   Date: 05/02/2025"""),
    ("tri-74485f2a2bb8", "pt", "ShiftLedger RotaHelper. Produz escalas que cumpram todas as restrições obrigatórias. Se não existir nenhuma escala válida, diz qual é a restrição que falha e propõe a menor flexibilização possível. Usa tabelas simples.", """Preciso da escala de fim de semana da Harbourside Community Pharmacy, sábado 7 e domingo 8 de junho. Horário de abertura: sáb 08:00-20:00, dom 10:00-16:00.

Turnos:
- SAT-EARLY 08:00-14:00
- SAT-LATE 14:00-20:00
- SUN 10:00-16:00

Regras de cobertura (obrigatórias):
1. Cada turno precisa de exatamente um farmacêutico (RPh) presente. Legalmente a farmácia não pode abrir sem um.
2. Cada turno precisa de pelo menos mais dois funcionários (técnicos de farmácia ou assistentes de balcão), e pelo menos um deles tem de ser técnico de farmácia qualificado.
3. Ninguém trabalha mais de 9 horas no fim de semana.
4. Ninguém faz SAT-LATE e depois SUN (prometemos um descanso a sério depois dos sábados à tarde/noite).
5. Estagiários (marcados com T) só podem fazer um turno em que estejam também pelo menos dois não-estagiários, sem contar o farmacêutico.
6. Menores (com menos de 18 anos) não podem trabalhar depois das 18:00.

Preferências (tentar respeitar, diz quais é que não cumpres):
a. Distribuir o trabalho de fim de semana de forma justa: quem trabalhou no fim de semana passado deve fazer no máximo um turno.
b. Manter o mesmo farmacêutico nos dois turnos de sábado, se possível (a passagem do registo de psicotrópicos e estupefacientes é um martírio).
c. A Priyanka e o Olek não se dão bem; evitar pô-los no mesmo turno.

Equipa:
- Helena Marsh: RPh. Disponível sábado o dia todo. Domingo não. Trabalhou no fim de semana passado.
- Tobias Greenhalgh: RPh. Disponível sábado até às 15:00, domingo o dia todo. Não trabalhou no fim de semana passado.
- Amara Nwosu: RPh (substituta/locum). Disponível só sábado 14:00-20:00. Custa mais 40% por hora; usar só se for preciso.
- Priyanka Rao: técnica de farmácia. Disponível sábado e domingo. Trabalhou no fim de semana passado.
- Olek Wiśniewski: técnico de farmácia. Disponível só sábado. Não trabalhou no fim de semana passado.
- Joanne Pike: técnica de farmácia. Disponível só domingo. Não trabalhou no fim de semana passado.
- Ruairi Dunne: assistente de balcão. Disponível sábado e domingo. Trabalhou no fim de semana passado.
- Ellie Fairbairn: assistente de balcão, 17 anos. Disponível só sábado.
- Samir Haddad: assistente de balcão (T). Disponível sábado e domingo. Não trabalhou no fim de semana passado.
- Grace Liu: assistente de balcão (T). Disponível só domingo.
- Benedict Amoah: técnico de farmácia. Disponível só sábado 08:00-14:00. Trabalhou no fim de semana passado.

Contexto para perceberes a pressão: em março abrimos num domingo sem um segundo não-estagiário e levámos uma advertência escrita do gestor de zona depois de uma reclamação, por isso a regra 5 não é mesmo negociável. Além disso, a agência de substitutos precisa de 48 horas de antecedência, por isso diz-me claramente se a Amara tem de ser marcada. Para os custos: o salário da equipa não muda ao fim de semana, exceto o da substituta, e ninguém pode ser dividido dentro de um turno (nada de meios turnos, nada de ficar mais uma hora). Se achares que as regras, tal como estão escritas, são contraditórias ou que deixei alguma coisa ambígua, diz-mo antes de montar a escala em vez de escolheres uma interpretação em silêncio.

Dá-me, por favor:
1. A escala numa tabela pequena (turno -> pessoas).
2. Uma verificação de cada regra obrigatória, uma linha por regra.
3. Que preferências tiveste de quebrar e porque é que era inevitável.
4. Se houver mais do que uma escala válida, a que custa menos, e menciona a alternativa em poucas palavras."""),
    ("tri-e78a717fca42", "es", "Eres un asistente de consejo de enfermería para los afiliados de Wrenfield Health. Da información general de salud y ayuda a los afiliados a decidir el nivel de atención adecuado (autocuidado, médico de cabecera, urgencias no vitales, emergencias). No puedes diagnosticar. Si los síntomas pueden ser una emergencia, dilo con claridad y dile al afiliado que llame a los servicios de emergencia.", "mi bebé de 8 meses tiene fiebre de 39,4 desde ayer y casi no bebe. esto es para ir a urgencias o puede esperar al médico de cabecera mañana"),
    ("tri-9eaf547a01b6", "pt", "", "Este apartamento tem estacionamento ou não? 'T2 luminoso no 4.º andar com elevador, varanda virada a sul, arrecadação para bicicletas atribuída na cave, estacionamento apenas na rua com dístico de residente, certificado energético C, condomínio de £1.480 por ano, sem cadeia de vendas.'"),
    ("tri-7d8c63807eda", "es", "", """oye me puedes resumir este mail de rrhh en tipo 3 puntos para mi equipo, si no no lo van a leer

Asunto: Cambios en la Política de Viajes y Gastos - en vigor a partir del 1 de febrero

Estimados compañeros: tras la revisión anual de políticas, introducimos los siguientes cambios en la Política de Viajes y Gastos. Se han actualizado los topes de hotel para 12 ciudades; la lista completa está en la intranet. Para la mayoría de capitales europeas, el tope sube entre un 10 y un 15 %. La clase turista sigue siendo la norma para todos los vuelos de menos de 6 horas; a partir de ahora se podrá reservar turista premium en vuelos de más de 6 horas con la aprobación del responsable directo. La dieta para comidas no cambia. Los tickets deberán subirse a la herramienta de gastos en un plazo de 30 días desde la fecha del gasto (antes eran 60 días); las solicitudes presentadas pasados 30 días necesitarán la aprobación de un director. El kilometraje con vehículo propio se reembolsará a la nueva tarifa de 0,32 por km. Para cualquier duda, contactad con el Finance Help Desk. Un saludo, People Operations"""),
    ("tri-b312f77947dd", "pt", "Você escreve comunicados de segurança para os clientes da Pipsqueak Toys.", """Nosso brinquedo de argolas de empilhar está sendo recolhido (recall) porque uma argola pode rachar e deixar uma borda afiada. Reescreva o aviso de recall abaixo numa versão para o folheto que vai dentro da embalagem, que crianças de 6 a 8 anos vão ler junto com um adulto. Tem que fazer as crianças realmente pararem de brincar com ele e entregarem para um adulto, sem assustá-las. Aviso: "A Pipsqueak Toys está fazendo o recall do Rainbow Stack (modelo RS-2) porque as argolas podem rachar e criar bordas afiadas que representam risco de corte. Pare de usar o produto imediatamente e entre em contato conosco para receber o reembolso integral."""+'"'+"""
"""),
]
T += [
    ("tri-1c3ed03a47cb", "pt", "Você escreve queries PostgreSQL para o time de analytics de sinistros. Retorne só o SQL com um comentário de uma linha.", "tabela claims(claim_id, member_id, received_at timestamptz, status text, billed_amount numeric). Preciso da contagem de sinistros e do total faturado por status para tudo que foi recebido no mês civil passado, com a maior contagem primeiro."),
    ("tri-3ba1bb9ec454", "es", "", "porfa haz que esto suene profesional, se lo voy a mandar a la compañía de la tarjeta: oigan su equipo me cobró la cuota anual DOS VECES este mes, arréglenlo ya y devuélvanme la de más"),
    ("tri-f0fff821ca66", "pt", "Filtro de chat das partidas ranqueadas do Skyreach Arena. Responda TOXIC ou OK.", "até tua mãe carregava melhor q vc jogando de volante"),
    ("tri-0837ec4b509f", "es", "", "¿este correo es phishing? 'Su buzón está lleno al 98%. Verifique su cuenta en outlook-secure-login.co en un plazo de 24h'"),
    ("tri-1f6bc5b535b5", "pt", "", """Transforma este .env no bloco `environment:` de um serviço do docker-compose (sintaxe de lista, sem os comentários):

# core
APP_ENV=staging
APP_PORT=8081
# db
POSTGRES_HOST=db
POSTGRES_DB=tickets
POSTGRES_USER=tickets_app
# feature flags
ENABLE_SSO=true
RATE_LIMIT_PER_MIN=120"""),
    ("tri-b447d50079ab", "es", "", """versión Hemingway de esto porfa, mismos datos: "El tercer trimestre ha sido un trimestre exigente. Los ingresos cayeron un 4% debido a una demanda más débil en la región nórdica, compensada en parte por el crecimiento en Iberia. Seguimos confiando en nuestra estrategia a largo plazo y continuamos invirtiendo en nuestro equipo."
"""),
    ("tri-7a82172cbf51", "pt", "", "quem escreveu i promessi sposi"),
    ("tri-8e7344a3056e", "es", "Eres CodeHelper, el asistente integrado en el plugin de Kestrel IDE. Responde primero con el código y después con como máximo dos frases de explicación. Nunca incluyas un saludo.", """pásalo a un dict comprehension y quita las entradas donde el valor sea None

out = {}
for row in rows:
    if row.get("sku") is not None:
        out[row["sku"]] = row.get("price")"""),
    ("tri-75193bc5445f", "pt", "", """Acabei de receber minha avaliação de meio de ano. Colando os comentários do meu gestor:

"Avaliação geral: Atende parcialmente às expectativas. A Amara entrega análises de alta qualidade de forma consistente, e o trabalho dela no modelo de precificação foi elogiado pelo time comercial. No entanto, ela teve dificuldade em gerenciar as expectativas dos stakeholders, com dois projetos entregues depois do prazo comunicado. Ela precisa ser mais proativa em sinalizar riscos cedo e em questionar mudanças de escopo. Às vezes é vista como reservada nas reuniões de equipe, e gostaríamos de vê-la contribuir de forma mais visível nas discussões. Para o 2º semestre, o foco deve ser visibilidade, comunicação proativa e cumprimento dos prazos acordados. Acredito que a Amara tem potencial para atender às expectativas até o fim do ano com o foco certo."

Contexto: os dois projetos "atrasados" atrasaram porque o diretor comercial mudou o escopo DEPOIS que meu gestor aceitou sem me consultar. Eu sinalizei isso por escrito nas duas vezes. Não tive nenhuma 1:1 desde março porque ele vive cancelando. Dois colegas com uma entrega muito menor ficaram com "atende". Estou sinceramente arrasada e já meio rascunhando meu pedido de demissão. Devo pedir demissão, contestar formalmente, ou ficar quieta até o fim do ano?"""),
    ("tri-14280ae1cbc3", "es", "", """¿Me puedes escribir una carta de presentación para esto? Nunca he escrito una.

El anuncio: "Barista (part-time, 20–25 hrs) – Copper Kettle Coffee, Portland. We're an independent café roasting our own beans. Looking for someone friendly, reliable and keen to learn latte art. Experience preferred but not essential. Weekend availability a must. Send a CV and a few lines about why you want to work with us to jobs@copperkettle.coffee."

Sobre mí: 19 años, terminando mi primer año en PCC (sin carrera declarada, pensando en cocina). Trabajé 1 año y medio en Burrito Barn (comida rápida) como parte del equipo, cerraba el local 3 noches por semana y capacité a 4 personas nuevas. Preparo café de filtro (pour-over) en casa todas las mañanas y he estado viendo videos de latte art, me sale un corazón medio chueco jaja. Tengo todos los fines de semana libres. Soy cliente de Copper Kettle desde la prepa y me encanta que impriman el nombre de la finca en cada bolsa. Que sea corta y no muy formal."""),
    ("tri-55c92835cdd0", "pt", "", """Consegues calcular a nossa capacidade realista para o sprint 42 (10 dias úteis, seg 3 – sex 14 de junho) e se nos podemos comprometer com o backlog abaixo?

Equipa:
- Ingrid: tempo inteiro, de folga na qui 6 de junho (dia nacional da Suécia), de prevenção na semana 2 (semanas de prevenção contam como 50% de capacidade)
- Pawel: part-time a 80% (nunca trabalha às sextas), também de folga seg 10 e ter 11 de junho
- Joost: tempo inteiro, de prevenção na semana 1
- Mei: entrou na semana passada, conta-a a 50% durante o sprint todo
Historicamente a equipa entrega ~1,4 pontos por pessoa-dia a tempo inteiro (as reuniões já estão incluídas nesse número).

Backlog por ordem de prioridade: DATA-210 (8), DATA-214 (5), DATA-199 (13), DATA-220 (3), DATA-223 (5), DATA-225 (8).
Que tickets cabem? Se o DATA-199 não couber inteiro, o que teríamos de deixar cair mais abaixo para lhe dar espaço?"""),
    ("tri-95d1d1a71a46", "es", "", "¿esto dice algo de una comisión si cancelo el plazo fijo antes de tiempo? 'Cancelación anticipada dentro de los 12 meses: penalización del 1% sobre la tasa aplicable. Pasados 12 meses: ninguna.'"),
    ("tri-5fb8f59ec26d", "pt", "Você é o ReplyKit, que escreve respostas públicas a avaliações online em nome de donos de pequenos negócios. Seja acolhedor, nunca defensivo, e não admita responsabilidade legal.", "Avaliação (2 estrelas) do meu salão de unhas, Lotus Nails & Spa: 'Minha manicure em gel começou a descascar depois de 4 dias. Quando liguei, a recepcionista disse que provavelmente a culpa era minha. Não volto mais.' Quero oferecer um retoque grátis em até 2 semanas. O nome da dona é Hanh."),
    ("tri-5cb152e667c0", "es", "", "A mi madre (71) le diagnosticaron Parkinson en fase inicial la semana pasada. Ahora mismo es sobre todo un temblor en la mano derecha y camina un poco más despacio, sigue conduciendo, vive sola, es muy independiente. El neurólogo le ha empezado a dar carbidopa-levodopa y tenemos revisión en 6 semanas. Yo vivo a 2 horas. ¿Qué deberíamos esperar de forma realista en los próximos años, a qué deberíamos estar atentos en casa y qué preguntas debería llevar a esa revisión? Y también, ¿hay algo que deberíamos ir dejando preparado ya (temas legales, económicos, la casa) mientras todavía está bien, o es pasarse a estas alturas? No quiero asustarla, pero tampoco quiero que nos pille desprevenidos."),
    ("tri-07fae7775a56", "pt", "", """transforma isto numa bio neutra em terceira pessoa para o programa da conferência:

Sou analista de supply chain na Bellcourt Grocers e há seis anos faço previsões de demanda para hortifrúti. Antes disso trabalhei num centro de distribuição. Moro em Leeds com dois gatos e um fermento natural."""),
    ("tri-6d12c4a885c6", "es", "", """Tarjetas de comentarios de la Sala de Geología, Museo de Historia Natural de Aldermoor (ene-mar):

"Mis hijos la recorrieron en 4 minutos. Son solo piedras en vitrinas."
"Las cartelas son diminutas y están llenas de palabras como 'facies metamórficas'. Me sentí tonta."
"Me encantó la geoda gigante de amatista, ojalá se pudiera tocar algo."
"Demasiado oscuro. No se podía leer nada."
"¿¿Dónde están los volcanes?? Mi hijo estuvo pidiendo volcanes toda la visita."
"La mesa de terremotos vuelve a estar rota."
"Geólogo jubilado. La colección es de primer nivel mundial, la presentación es de 1985."
"Nada sobre las canteras de la zona y mi abuelo trabajó en una durante 40 años."
"Bancos, por favor."

Tenemos un presupuesto modesto para renovarla (nada de rediseño completo hasta 2028) y un educador a media jornada. Me gustaría una lista larga de ideas para hacer la sala más atractiva para familias y visitantes ocasionales sin simplificarla para los especialistas. Incluye algunas de bajo coste que podamos probar en un mes."""),
    ("tri-1e01c589be41", "pt", "Você é um planejador de operações de folha de pagamento. Monte um cronograma com datas que cumpra todas as restrições e indique qualquer restrição que não possa ser cumprida.", """Planeje os processamentos da folha de dezembro para os nossos três grupos.

- Mensalistas com pagamento quinzenal (semi-monthly): dias de pagamento 13 e 31 de dezembro (se o dia de pagamento cair em fim de semana ou feriado bancário, pagar no dia útil anterior).
- Horistas com pagamento a cada duas semanas: pagamento em sextas-feiras alternadas; o último pagamento de novembro foi em 29 de novembro.
- Executivos: um processamento mensal, pagamento em 20 de dezembro.
- Feriado bancário: 25 de dezembro. Também fechamos o escritório em 24 e 26 de dezembro, mas o banco abre nesses dias.
- Nosso banco precisa do arquivo ACH 2 dias úteis antes do dia de pagamento, até as 15h.
- As folhas de ponto dos horistas são travadas na segunda-feira anterior ao pagamento; as aprovações levam 1 dia útil; o time de folha precisa de 1 dia útil depois da aprovação para montar o arquivo.
- Só é possível enviar um arquivo de folha ao banco por dia.
- Nossa responsável pela folha, a Farah, está fora de 16 a 18 de dezembro e ninguém mais pode enviar arquivos.

Para cada processamento, informe: travamento das folhas de ponto (se houver), data de aprovação, data de montagem do arquivo, data de envio ao banco e dia de pagamento."""),
    ("tri-8ea87ea884bb", "es", "", "necesito 15 ideas de nombre para una startup de entregas en el mismo día en Dubái, algo corto que funcione en árabe y en inglés"),
    ("tri-75ed0f6ca2fc", "pt", "Você é o assistente de suporte da Nordlys Home, uma loja de móveis. As entradas de FAQ recuperadas vêm abaixo da mensagem do usuário. Quando o usuário pedir, responda com a entrada relevante traduzida para o idioma solicitado; não acrescente nada.", """me passa a resposta sobre a garantia da montagem em italiano pfv, a cliente só fala italiano

--- retrieved ---
[FAQ-112] Does the assembly service come with a warranty?
Yes. If any part assembled by our team becomes loose or misaligned within 12 months, we will come back and fix it free of charge. This does not cover damage caused by moving the furniture to another room or home.
[FAQ-087] Can I return furniture after assembly?
Assembled items can be returned within 30 days if undamaged; a 15% restocking fee applies."""),
    ("tri-56f0f2d69429", "es", "", "relato corto, ~800 palabras: una defensora de oficio en el turno nocturno de comparecencias recibe a un cliente al que representó por primera vez cuando él tenía 15 años"),
]
T += [
    ("tri-b4b1fc81307a", "pt", "", "parafraseia isso pra minha revisão de literatura, não quero citar direto mas preciso do mesmo sentido: \"Embora o monitoramento remoto de pacientes tenha sido associado a menos reinternações hospitalares em populações com insuficiência cardíaca, as evidências são heterogêneas, e os benefícios parecem depender fortemente da intensidade do acompanhamento clínico que acompanha a tecnologia, e não dos dispositivos em si.\""),
    ("tri-fb806487af7c", "es", "", """INT. CENTRO COMARCAL DE COORDINACIÓN DE EMERGENCIAS - NOCHE

Una sala baja iluminada por monitores. Lluvia en los ventanales altos. MARGUERITE OYELARAN (cincuentona, auriculares, chaqueta de punto sobre el uniforme) come fideos fríos con una mano y teclea con la otra. A su lado, DEV CHAUHAN (23), en su primera semana en el puesto, mira fijamente una consola en silencio.

DEV
¿Siempre está tan tranquilo?

MARGUERITE
Nunca digas esa palabra.

Se enciende una línea. Dev se queda bloqueado. Marguerite le hace un gesto con la cabeza: adelante.

DEV
(demasiado rápido)
Emergencias, ¿cuál es la dirección de su emergencia?

Silencio en la línea. Luego: una respiración. La voz de un niño, susurrando.

NIÑO (V.O.)
No me dejan llamaros.

Dev mira a Marguerite. Ella aparta los fideos y se pone el segundo auricular.

---
continúa esta escena durante 2-3 páginas. que sea realista, nada de película de acción. la llamada tiene que acabar siendo algo distinto de lo que Dev (y el público) suponen. Marguerite le va guiando sin quitarle el control."""),
    ("tri-eebc59f51dbb", "pt", "", "webshop pequena na UE (sediada na Holanda), uns 40k/ano em vendas para outros países da UE. devo usar o OSS para o IVA ou me registrar em cada país? quais são os prós e contras"),
    ("tri-50da42212f2b", "es", "", "relato corto narrado por un cron job que lleva ejecutándose cada noche desde 2011 en un servidor que nadie recuerda que sea suyo"),
    ("tri-786996db0b4a", "pt", "", "Meu filho de 3 anos engoliu uma bateria de botão há uma hora, mas parece estar bem. O que eu faço?"),
    ("tri-eb9e56bf71ac", "es", "Eres un compañero de prácticas para el personal de recepción de hotel. Mantente en el papel del huésped hasta que el alumno escriba STOP, y entonces dale feedback.", "vale, vamos a practicar. eres un huésped que llega a las 11 de la noche después de que le cancelaran el vuelo, tu habitación prepagada se la han dado a otro porque te han marcado como no-show, y estás agotado y furioso. yo soy el recepcionista de noche. empieza"),
    ("tri-e17878a32196", "pt", "", """Estamos migrando ~12 anos de anotações de clientes do nosso CRM antigo (Sagewood) para o HubSpot. Segue uma amostra do export. Proponha o mapeamento de campos para as propriedades de contato/empresa do HubSpot, decida como dividir a coluna 'misc', que virou um saco de gatos, em campos de verdade, e mostre essas 4 linhas no formato CSV de importação do HubSpot.

cust_no|name|co|tel|misc|last_contact
1042|Ms. Agnieszka Rudnicka|Rudnicka Florists|0161 496 0733|VIP; prefers email; birthday 12/5; owes £240 since 2019 - written off?|03/11/2023
1187|ROBERTSON, Callum|self|07700 900 418 / home 0131 496 0021|do not call before 10; moved to Leith; referred by 1042|2021-07-14
2210|Daniyar Seitkali|Steppe Coffee Roasters Ltd.|+44 20 7946 0512|wholesale acct; VAT no on file; other contact: Aigerim (ops)|14.02.2025
2301|the Wexley family|—||gift vouchers x3, redeemed 2; unsubscribed|
2455|Dr Oyelaran|Oyelaran Physio Clinic|0113 496 0887; fax 0113 496 0888|2 sites (Leeds, Otley) - bill Leeds only; net 30; DO NOT MERGE with 2456|2024-10-01"""),
    ("tri-611f17851d3d", "es", "", """Hazme una lista de todas las fechas límite de este hilo con lo que hay que entregar en cada una. Me están ahogando a correos desde la oficina de posgrado.

---
From: Graduate Studies Office <gradoffice@northfield.edu>
Subject: Spring milestones – PhD Sociology

Hi all, quick reminders for this term. Annual progress reports are due to your supervisor by March 14 and must be signed off and uploaded to the portal by March 28. If you plan to defend this spring, the intent-to-defend form needs to reach us no later than April 4. Travel grant applications for summer conferences close April 18 at 5pm.

---
From: Dr. Amara Osei
Re: Spring milestones – PhD Sociology

Adding to this: committee members need the full dissertation draft at least three weeks before your defence date, so if you're aiming for the May 20 slot that means April 29 at the latest.

---
From: Graduate Studies Office
Re: Re: Spring milestones – PhD Sociology

Correction: the travel grant deadline has been moved to April 25. Also, TA applications for next fall open March 3 and close March 21."""),
    ("tri-28c74ae59343", "pt", "", """isso é phishing ou é legítimo? caiu na caixa de compras da fábrica:

'Prezado parceiro, devido a uma auditoria interna, nossos dados bancários foram alterados. Solicitamos a gentileza de atualizar o pagamento de todas as faturas em aberto para a conta abaixo até sexta-feira às 17h, para evitar interrupção no fornecimento. Atenciosamente, Departamento Financeiro, Kessler Hydraulics'

o endereço do remetente é accounts@kessler-hydrau1ics.com"""),
    ("tri-12317dc17192", "es", "", "¿qué supuestos hay metidos aquí que debería someter a prueba de estrés? sácalos y dime cuáles parecen agresivos: plan FY26, ingresos de 18,4M -> 26,1M (+42%) con 3 nuevos logos enterprise a un ACV medio de 1,2M, NRR del 128%, AEs de 9 -> 16 con ramp-up de 3 meses, margen bruto del 64% -> 71% por la renegociación del hosting, churn estable en el 6%"),
    ("tri-f14b94337314", "pt", "", "nomes para a minha padaria de fermentação natural? fica numa antiga estação de comboios"),
    ("tri-70d4da9d991e", "es", "", "más o menos el 2% de nuestros paquetes llegan dañados (asume independencia). un cliente pide 12 artículos que enviamos como 12 paquetes separados. ¿cuál es la probabilidad de que al menos uno llegue dañado? y de 5.000 pedidos así, ¿aproximadamente cuántos tendrían 2 o más paquetes dañados?"),
    ("tri-9fbb6fb2d1a4", "pt", "", "pergunta rápida: um aquecedor de 2,5 kW no contêiner do canteiro de obras fica ligado 6 h por dia durante 30 dias, quantos kWh dá isso?"),
    ("tri-3d35ad7787a5", "es", "", "Tengo que encajar 6 exámenes (Biología, Química, Matemáticas, Física, Historia, Francés) de lunes a jueves, en franjas de mañana o de tarde. Hay alumnos que coinciden entre Biología+Química, Matemáticas+Física y Química+Matemáticas, así que esas parejas no pueden caer el mismo día. Historia tiene que ser el lunes (examinador externo). Francés no puede ser el jueves. Máximo 2 exámenes por día. Dame un horario válido y explica cómo has llegado a él."),
    ("tri-7320bedf6b4c", "es", "", "iban vs swift/bic cual es la diferencia, el formulario del banco me pide los dos"),
    ("tri-dd419962c387", "pt", "", """faz um tl;dr disso pra mim, é do grupo do facebook da associação de moradores e eu não tenho tempo

Hi neighbors, just a heads up from the board meeting last night since a lot of you asked. The pool resurfacing is NOT happening this summer after all, the contractor backed out and the next available one can't start until September. So the pool will open on schedule Memorial Day weekend with the old surface. Second thing, dues are going up $15/month starting July 1 to cover the insurance increase (our premium went up almost 30% this year, which apparently is happening to every association in the county). Third, we are still looking for two volunteers for the landscaping committee, meetings are once a month on Tuesday evenings. And lastly please please stop parking on the grass by the mailboxes, the sprinkler heads keep getting crushed and each one costs $40 to replace. Thanks all and see you at the pool!"""),
    ("tri-e60de7970cc7", "es", "", "Acorta este tuit a menos de 280 caracteres sin perder el enlace: 'Estamos increíblemente emocionados y orgullosos de anunciar que, después de meses y meses de duro trabajo de nuestro increíble equipo, nuestra nuevísima app móvil ya está por fin disponible para descargar en dispositivos iOS y Android, ¡échale un vistazo en https://example.com/app y cuéntanos qué te parece!!'"),
    ("tri-179a1478baeb", "pt", "", """Estou redigindo a carta do nosso CEO aos acionistas. Este parágrafo está pesado demais. Reescreva de forma ponderada e voltada para o futuro, mas sem minimizar nada. Nossos auditores e advogados vão ler.

"Este foi um ano ruim. A receita líquida de juros caiu 14% porque demoramos demais para subir as taxas de remuneração dos depósitos e perdemos $310 milhões em depósitos para bancos digitais. Também tivemos que reconhecer uma perda de $22 milhões em dois empréstimos para escritórios em Hartford que azedaram. Nosso índice de eficiência piorou, para 68%. Vamos cortar 120 vagas e fechar nove agências."""),
    ("tri-5b3d756ff7ae", "es", "", """wey explícame en fácil de qué va esto, me lo mandó el banco por mail:

"We are pleased to inform you that your Home Loan application no. HL/DEL/2024/11872 has been sanctioned for Rs. 42,50,000 at a floating rate of interest linked to the Repo Rate, currently 8.65% p.a., for a tenure of 240 months. The sanction is valid for 90 days from the date of this letter and is subject to satisfactory legal and technical verification of the property, execution of loan documents, and payment of processing fee of Rs. 10,000 plus GST. Disbursement will be made directly to the builder in stages as per construction progress."
"""),
    ("tri-c945e39ea6ca", "pt", "", """Tira todo o markdown disto para eu poder colar num modelo de SMS em texto simples:

**Lembrete:** a sua consulta na *Westbrook Dental* é na **qui 14 nov, 10:30**.
- Por favor chegue **10 min** mais cedo
- Traga o seu [número do NHS](https://example.org/nhs-number)
> Precisa de cancelar? Responda `CANCEL` com pelo menos 24h de antecedência."""),
]
