"""Hand-written seed material for generate.py (entity pools and document banks).

Everything here was written by hand for the Triage project (no external data set,
no LLM). Slots in braces ({name}, {company}, ...) are filled by generate.py from the
entity pools below; a slot name used twice in one document gets the same value.
"""

FIRST = ["Maria", "James", "Aisha", "Chen", "Lucas", "Sofia", "Omar", "Priya", "Liam", "Elena",
         "Kenji", "Fatima", "Noah", "Ingrid", "Mateo", "Zanele", "Hannah", "Dmitri", "Grace", "Tomás",
         "Amara", "Olivia", "Raj", "Camille", "Jonas", "Yuki", "Sam", "Beatriz", "Ahmed", "Nora"]
LAST = ["Garcia", "Smith", "Khan", "Wei", "Müller", "Rossi", "Haddad", "Patel", "O'Brien", "Novak",
        "Tanaka", "Diallo", "Johnson", "Larsen", "Fernández", "Dlamini", "Schmidt", "Ivanov", "Kim", "Silva",
        "Okafor", "Brown", "Mehta", "Dubois", "Berg", "Sato", "Taylor", "Costa", "Rahman", "Lindqvist"]
COMPANY = ["Northwind Logistics", "Acme Robotics", "Bluefin Analytics", "Cedar Health Partners", "Helios Energy",
           "Kestrel Software", "Larkspur Foods", "Meridian Bank", "Orbit Telecom", "Pinecrest Insurance",
           "Quanta Labs", "Redwood Retail", "Solace Pharmaceuticals", "Tidewater Shipping", "Umbra Security",
           "Vantage Capital", "Willow Home Goods", "Zephyr Airlines", "Granite Legal LLP", "Atlas Manufacturing"]
PRODUCT = ["wireless earbuds", "standing desk", "espresso machine", "running shoes", "smart thermostat",
           "4K monitor", "robot vacuum", "winter jacket", "yoga mat", "electric kettle", "gaming laptop",
           "baby stroller", "air purifier", "mechanical keyboard", "office chair", "phone case",
           "blender", "backpack", "e-reader", "camping tent"]
CITY = ["Lisbon", "Toronto", "Nairobi", "Osaka", "Denver", "Lyon", "Melbourne", "Austin", "Hamburg",
        "São Paulo", "Dublin", "Singapore", "Seville", "Krakow", "Vancouver", "Cape Town", "Chicago", "Milan"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
DRUG = [("metformin", "500 mg twice daily"), ("lisinopril", "10 mg once daily"), ("atorvastatin", "20 mg at night"),
        ("amoxicillin", "875 mg every 12 hours"), ("levothyroxine", "75 mcg each morning"),
        ("sertraline", "50 mg once daily"), ("omeprazole", "20 mg before breakfast"),
        ("ibuprofen", "400 mg as needed"), ("apixaban", "5 mg twice daily"), ("prednisone", "40 mg tapering")]
DEPT = ["Finance", "Engineering", "Customer Success", "Legal", "Marketing", "Operations", "HR", "Sales", "Research"]
LANGS = ["French", "Spanish", "German", "Italian", "Portuguese", "Japanese", "Dutch", "Polish", "Korean",
         "Chinese", "Arabic", "Turkish", "Swedish", "Hindi"]
LANG_NATIVE = {"French": "français", "Spanish": "español", "German": "Deutsch", "Italian": "italiano",
               "Portuguese": "português"}
TOPIC = ["remote work", "electric vehicles", "urban gardening", "cybersecurity for small businesses",
         "personal finance for students", "the history of jazz", "sleep hygiene", "supply chain resilience",
         "open-source software", "climate adaptation in cities", "customer onboarding", "microbiomes",
         "inflation", "learning a second language", "board games", "marathon training", "data privacy",
         "coffee farming", "space exploration", "team retrospectives"]

# ----------------------------------------------------------------------------------------------
# Short documents by domain. Each entry is one paragraph template.
DOCS = {
    "review": [
        "I bought the {product} from {company} last {month} and honestly it has been great. Setup took five minutes, it feels solid, and the battery easily lasts a full day. Only complaint is the price.",
        "Terrible experience. The {product} arrived with a cracked casing, and support took {num} days to reply. When they did, they asked me to pay for return shipping. Never again.",
        "It's okay I guess. The {product} does what it says but the instructions were confusing and one of the buttons already feels loose after two weeks. Three stars.",
        "Absolutely love this {product}!!! My second one, bought another for my sister. Fast delivery to {city} too.",
        "The {product} stopped working after {num} days. The replacement works fine so far, and the customer service rep, {first}, was genuinely helpful, but I shouldn't have needed one.",
        "Not what the photos show. Colour is much duller and the material feels cheap. Returning it.",
        "Does the job. Nothing special, nothing bad. Would buy again if it goes on sale.",
        "I was skeptical given the reviews but the {product} has exceeded my expectations. Quiet, efficient, and the app actually works, which is rare.",
    ],
    "ticket": [
        "Hi, my order #{order} was supposed to arrive on {date} but tracking hasn't updated in a week. Can you tell me where it is? I need it before I travel to {city}. Thanks, {first}",
        "I was charged twice for my subscription this month ({amount} each). Please refund the duplicate charge. Account email: {email}",
        "The app crashes every time I try to upload a photo larger than 5 MB. iPhone 14, latest iOS. This started after yesterday's update.",
        "Hello, I'd like to cancel my plan effective immediately and get a prorated refund. My customer ID is {order}.",
        "Your website says the {product} is in stock in the {city} store but when I got there they said it's been out for weeks. Very frustrating, I drove 40 minutes.",
        "I can't log in. Password reset emails never arrive (checked spam). Username: {first}{num}.",
        "The invoice I received lists 12 licences but we only have 9 users. Please correct invoice INV-{order} and resend to {email}.",
        "hi the {product} i ordered came in the wrong size, how do i exchange it?? order {order}",
        "We are seeing intermittent 502 errors on the API since 09:40 UTC. About 3% of requests fail. Our integration ID is {order}. This is affecting production.",
        "Can I change the delivery address for order #{order}? I've moved to {city}. New address: 14 Harbour Street, apt {num}.",
    ],
    "email": [
        "Hi {first},\n\nFollowing up on our call on {date}. As discussed, {company} will send the revised quote for the {product} order by Friday. The total is {amount}, with delivery to {city} in six weeks. Let me know if legal needs anything else.\n\nBest,\n{first2} {last2}",
        "Dear team,\n\nPlease note that the quarterly review has moved from Tuesday to Thursday {date} at 10:00. {first} will present the {dept} numbers. Bring questions about the budget overrun of {pct}.\n\nThanks,\n{first2}",
        "Hello {first},\n\nUnfortunately we have to postpone the launch. The vendor ({company}) flagged a defect in the latest batch and a fix is not expected before {month}. I know this is disappointing. Can we talk tomorrow about options?\n\n{first2}",
        "Hi all — quick reminder that expense reports for {month} are due on the 5th. Receipts over {amount} need a manager signature. Ping {first} in {dept} with questions.",
        "Dear {first} {last},\n\nThank you for your application for the Senior Analyst role at {company}. We were impressed with your background and would like to invite you to an interview on {date} in our {city} office.\n\nKind regards,\nRecruiting team",
    ],
    "contract": [
        "1. Term. This Agreement commences on {date} (the \"Effective Date\") and continues for {num} months unless terminated earlier in accordance with Section 8.",
        "2. Fees. Client shall pay {company} a monthly fee of {amount}, invoiced in advance. Late payments accrue interest at {pct} per month.",
        "3. Confidentiality. Each party shall keep the other party's Confidential Information secret and use it only to perform this Agreement, for a period of five years after termination.",
        "4. Liability. Except for breaches of Section 3, neither party's aggregate liability shall exceed the fees paid in the twelve months preceding the claim. Neither party is liable for indirect or consequential damages.",
        "5. Termination. Either party may terminate this Agreement for convenience on ninety (90) days' written notice. {company} may terminate immediately if Client fails to pay any amount within thirty days of its due date.",
        "6. Intellectual Property. All deliverables created by {company} under this Agreement shall remain the property of {company}; Client receives a non-exclusive, non-transferable licence to use them internally.",
        "7. Auto-renewal. This Agreement renews automatically for successive twelve-month terms, and fees may be increased by up to {pct} at each renewal without further notice.",
        "8. Governing Law. This Agreement is governed by the laws of the State of Delaware. Any dispute shall be settled by binding arbitration in {city}.",
        "9. Non-solicitation. During the term and for twenty-four months thereafter, Client shall not hire any employee of {company} who worked on the services.",
        "10. Indemnity. Client shall indemnify and hold harmless {company} from any claim arising from Client's use of the deliverables, regardless of fault.",
    ],
    "clinical": [
        "Patient: {first} {last}, {age}-year-old presenting with a three-day history of productive cough, fever up to 38.6 C, and mild shortness of breath. History of type 2 diabetes on {drug} {dose}. SpO2 95% on room air. Crackles at the right base. Plan: chest X-ray, CBC, start amoxicillin 875 mg every 12 hours for 7 days, follow up in 48 hours.",
        "Follow-up visit {date}. {age} y/o with hypertension, BP today 148/92 despite lisinopril 10 mg once daily. Reports occasional headaches, no chest pain. Increase lisinopril to 20 mg. Recheck BMP in two weeks. Counselled on salt reduction.",
        "Discharge summary: patient admitted {date} for atrial fibrillation with rapid ventricular response. Rate controlled with metoprolol. Started on apixaban 5 mg twice daily. Echo showed preserved ejection fraction. Discharged home in stable condition, cardiology follow-up in 4 weeks.",
        "Nursing note 03:10: patient {first} complained of chest tightness 6/10, diaphoretic, BP 102/64, HR 112. Physician notified. ECG obtained. Patient reports taking sertraline 50 mg once daily and ibuprofen 400 mg as needed for back pain.",
        "{age}-year-old presenting with fatigue and weight gain over 6 months. TSH 9.8 mIU/L, free T4 low. Diagnosis: primary hypothyroidism. Start levothyroxine 75 mcg each morning, repeat TSH in 6-8 weeks.",
    ],
    "finance": [
        "{company} reported third-quarter revenue of {amount}m, up {pct} year over year, driven by strong demand in its {dept_lower} segment. Operating margin narrowed to 11.2% from 13.5% as input costs rose. The company reaffirmed full-year guidance and announced a share buyback of up to 500m.",
        "Net cash from operating activities was {amount}m compared with 212m in the prior year. Capital expenditure increased to 95m, mainly for the new distribution centre in {city}. Free cash flow therefore declined by {pct}.",
        "Management noted that customer churn in the SMB segment rose to 4.1% per month, while enterprise net revenue retention remained above 118%. The CFO warned that foreign exchange headwinds could reduce reported revenue by about {pct} next year.",
        "Long-term debt stood at 1.4bn at quarter end, with 600m maturing in {year}. The company has an undrawn revolving credit facility of 750m. Interest coverage fell to 3.2x.",
        "Transaction log: {date} card payment {amount} at {company}; {date2} transfer to savings 500.00; {date3} direct debit Pinecrest Insurance 84.20; salary credit 3,950.00.",
    ],
    "hr": [
        "Employees accrue 1.75 days of paid vacation per month of service, up to a maximum of 25 days per calendar year. Up to five unused days may be carried over to the next year and must be used by March 31.",
        "Remote work: employees may work remotely up to three days per week with their manager's approval. Employees working from abroad for more than 20 days per year must obtain prior approval from HR and Legal.",
        "Parental leave: primary caregivers receive 16 weeks of fully paid leave; secondary caregivers receive 6 weeks. Leave must begin within 12 months of the birth or adoption.",
        "Performance reviews take place twice a year, in {month} and six months later. Ratings are calibrated across {dept}. Employees rated 'below expectations' twice in a row enter a 60-day improvement plan.",
        "Expense policy: economy class for flights under 6 hours; hotel up to {amount} per night in major cities; meals up to 60 per day. Alcohol is not reimbursable except at approved client events.",
    ],
    "science": [
        "We investigated the effect of intermittent fasting on insulin sensitivity in {num} adults with prediabetes over 12 weeks. Participants randomised to time-restricted eating (8-hour window) showed a {pct} reduction in fasting insulin compared with controls (p = 0.03), with no significant change in body weight.",
        "Perovskite solar cells have reached laboratory efficiencies above 25%, but their long-term stability remains a barrier. Here we report an encapsulation method that retains 92% of initial efficiency after 1,000 hours at 85 C and 85% relative humidity.",
        "Using single-cell RNA sequencing of {num} cells from mouse hippocampus, we identify a previously uncharacterised population of astrocytes that expand after sleep deprivation. Their marker genes are enriched for lipid metabolism.",
        "A survey of {num} households in {city} found that 38% had experienced flooding in the past decade. Households with flood insurance recovered on average 7 months faster than uninsured households.",
        "The proposed graph neural network reduces the error of molecular property prediction by {pct} relative to the previous state of the art on the QM9 benchmark while using 40% fewer parameters.",
    ],
    "news": [
        "{city} city council voted 7-2 on Tuesday to expand the bike lane network by 40 kilometres over the next three years. Supporters said the plan would reduce traffic deaths, while opponents raised concerns about parking for small businesses.",
        "{company} announced on {date} that it will acquire a smaller rival for {amount}m in cash, its largest deal in a decade. The acquisition still requires regulatory approval and is expected to close in {month}.",
        "Heavy rain caused widespread flooding across the region over the weekend, forcing the evacuation of around {num} residents. Emergency services said the water level of the river peaked on Sunday night.",
        "The national statistics office said inflation slowed to {pct} in {month}, the lowest level in two years, as energy prices fell. Core inflation, which excludes food and energy, remained sticky.",
        "A local startup from {city} has raised 12m to build battery-swapping stations for electric scooters. The company, founded by {first} {last}, plans to open 200 stations by next year.",
    ],
    "meeting": [
        "{first}: OK, let's start. Main item is the {product} launch.\n{first2}: Marketing assets are ready but the landing page still has bugs.\n{first}: When will those be fixed?\n{first2}: Engineering says Thursday.\n{first3}: Legal still hasn't approved the pricing page copy.\n{first}: Then we push the launch to {date}. {first3}, please chase legal today. {first2}, send me the bug list by EOD.",
        "{first}: Budget update — we're {pct} over on cloud costs.\n{first2}: Mostly the analytics cluster. We could move batch jobs to spot instances.\n{first}: Do it. Also cancel the unused staging environment.\n{first3}: I'll draft a proposal for reserved instances by next Monday.",
        "Attendees: {first}, {first2}, {first3}. Decisions: hire two support engineers in {city}; freeze new feature work until the Q{num_small} reliability goals are met. Action items: {first2} to post job ads; {first3} to publish the incident review.",
    ],
    "job": [
        "{company} is hiring a Data Engineer in {city} (hybrid). You will build and maintain batch and streaming pipelines. Requirements: 3+ years with Python and SQL, experience with Spark or Flink, familiarity with AWS. Nice to have: dbt, Airflow, Terraform. Salary range {amount}-{amount2} plus equity.",
        "Customer Support Specialist (remote, EU time zones). Responsibilities: answer tickets by email and chat, escalate bugs to engineering, maintain help-centre articles. Fluent English and German required; Zendesk experience a plus.",
        "Registered Nurse, night shifts, {company}. Must hold a current RN licence and BLS certification; ACLS preferred. Minimum 2 years in acute care. Sign-on bonus available.",
    ],
    "log": [
        "2026-03-14T09:41:02Z ERROR payment-service: timeout calling ledger-api after 3000ms (req_id=a91f)\n2026-03-14T09:41:05Z WARN  payment-service: retry 1/3 for req_id=a91f\n2026-03-14T09:41:09Z ERROR payment-service: HTTP 503 from ledger-api (req_id=a91f)\n2026-03-14T09:42:00Z INFO  healthcheck: ledger-api degraded",
        "[{date}] kernel: Out of memory: Killed process 23411 (java) total-vm:8388608kB\n[{date}] systemd: app.service: Main process exited, code=killed, status=9/KILL\n[{date}] systemd: app.service: Scheduled restart job, restart counter is at 4.",
        "E0314 10:02:11.481 worker.go:212] failed to acquire lock orders/{order}: context deadline exceeded\nW0314 10:02:11.483 worker.go:98] queue depth 18234 exceeds threshold 10000\nE0314 10:02:12.001 db.go:54] pq: too many connections for role \"app\"",
    ],
    "recipe": [
        "Preheat the oven to 180 C. Whisk 3 eggs with 150 g sugar until pale, fold in 200 g flour and 1 tsp baking powder, then 120 g melted butter. Pour into a greased tin and bake 35 minutes. Let cool before glazing with lemon juice and icing sugar.",
        "Soak 250 g chickpeas overnight. Drain, blend with garlic, parsley, cumin and salt. Shape into small balls and fry at 175 C for 3-4 minutes until golden. Serve with tahini sauce.",
    ],
    "social": [
        "just waited 45 min on hold with @{company_tag} and got disconnected. unreal.",
        "Huge thanks to the {company} team for sorting out my refund in one day 🙌",
        "anyone else's {product} randomly rebooting since the update? asking for a friend (the friend is me)",
        "Win a free {product}!!! Click here and enter your card details to claim your prize now!!!",
        "Our {city} meetup on {topic} is this Thursday — free pizza, bring a friend.",
    ],
}

# Plain generic paragraphs used to pad long documents (all domains).
FILLER = {
    "contract": [
        "{n}. Assignment. Neither party may assign this Agreement without the prior written consent of the other party, except to a successor in connection with a merger or sale of substantially all of its assets.",
        "{n}. Notices. All notices under this Agreement must be in writing and delivered by courier or email to the addresses set out on the signature page. Notices are effective on receipt.",
        "{n}. Force Majeure. Neither party is liable for delay caused by events beyond its reasonable control, including natural disasters, war, strikes, pandemics or failures of public infrastructure, provided it notifies the other party promptly.",
        "{n}. Audit. Upon thirty days' notice, and not more than once per year, Client may audit {company}'s records relating to the fees charged, at Client's own cost and during normal business hours.",
        "{n}. Data Protection. Each party shall comply with applicable data protection law. Where {company} processes personal data on behalf of Client, the parties shall enter into the data processing addendum attached as Schedule C.",
        "{n}. Service Levels. {company} shall use commercially reasonable efforts to make the services available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance.",
        "{n}. Warranties. {company} warrants that the services will be performed in a professional manner consistent with industry standards. All other warranties, express or implied, are excluded to the extent permitted by law.",
        "{n}. Entire Agreement. This Agreement, together with its Schedules, constitutes the entire agreement between the parties and supersedes all prior discussions, proposals and agreements relating to its subject matter.",
        "{n}. Insurance. {company} shall maintain professional indemnity insurance of not less than {amount} per claim for the duration of this Agreement and for two years thereafter.",
        "{n}. Subcontracting. {company} may use subcontractors to perform the services, remaining fully responsible for their acts and omissions as if they were its own.",
    ],
    "finance": [
        "Revenue in the {city} region grew {pct}, while the remaining regions were broadly flat. Pricing actions taken earlier in the year contributed roughly two points of growth, partly offset by lower volumes in consumer products.",
        "Selling, general and administrative expenses increased to {amount}m, reflecting higher headcount in sales and one-off costs related to the ERP migration. Excluding those items, SG&A as a share of revenue was stable.",
        "Inventory rose to 410m as the company built stock ahead of the peak season and to mitigate supply disruption. Days inventory outstanding increased from 61 to 74.",
        "The effective tax rate for the quarter was 23.8%, compared with 21.1% a year earlier, mainly due to a change in the geographic mix of profits.",
        "During the quarter the company repurchased 2.1 million shares for {amount}m and paid a dividend of 0.42 per share. The board approved an increase of the quarterly dividend to 0.45.",
        "Looking ahead, management expects mid-single-digit organic growth, gross margin of 38-40% and capital expenditure of around 350m, with the majority allocated to automation.",
        "Segment results: Industrial revenue {amount}m (+4%), Consumer revenue 612m (-2%), Services revenue 288m (+11%). Services now account for 19% of group revenue.",
        "Risks include further increases in energy prices, a slowdown in construction activity, currency volatility and the outcome of the ongoing antitrust investigation in {city}.",
    ],
    "clinical": [
        "Past medical history: hypertension, hyperlipidaemia, appendectomy at age 19. No known drug allergies. Non-smoker, drinks alcohol socially, walks 30 minutes most days.",
        "Review of systems: denies chest pain, palpitations, syncope, abdominal pain, urinary symptoms or rash. Reports mild fatigue and reduced appetite over the past week.",
        "Examination: alert and oriented, temperature 37.9 C, heart rate 96, blood pressure 134/82, respiratory rate 18. Heart sounds normal, no murmurs. Abdomen soft and non-tender.",
        "Laboratory results: haemoglobin 12.9 g/dL, white cell count 11.4 x10^9/L, CRP 48 mg/L, creatinine 88 umol/L, sodium 137 mmol/L, potassium 4.2 mmol/L.",
        "Social history: lives with partner in {city}, works as a teacher, independent in activities of daily living. Daughter visits weekly.",
        "Assessment and plan discussed with the patient, who agrees. Safety-netting advice given: return immediately if breathing worsens, new chest pain, or confusion.",
        "Medication reconciliation completed. Home medications continued except ibuprofen, which was stopped given the renal function trend.",
    ],
    "hr": [
        "This policy applies to all employees of {company} in all countries, unless local law or a collective agreement provides otherwise, in which case the more favourable provision applies.",
        "Managers are responsible for ensuring that their team members understand this policy. Questions should be directed to the HR business partner for {dept}.",
        "Requests must be submitted through the HR portal at least four weeks in advance, except in emergencies. HR will confirm receipt within two working days.",
        "Employees who believe this policy has been applied unfairly may raise a grievance in accordance with the grievance procedure. Retaliation against anyone raising a concern in good faith is prohibited.",
        "The company reviews this policy annually. The most recent review took place in {month} {year} and introduced clearer rules for part-time employees.",
        "Training: all new hires must complete the code of conduct, information security and anti-harassment modules within their first 30 days.",
        "Overtime is compensated at 1.5 times the hourly rate for non-exempt employees, or with time off in lieu at the employee's choice, subject to manager approval.",
    ],
    "science": [
        "Methods: participants were recruited from three outpatient clinics between {month} {year} and the following spring. Exclusion criteria included pregnancy, insulin therapy and eating disorders.",
        "Statistical analysis used linear mixed models with random intercepts for participants. Missing data were handled by multiple imputation under a missing-at-random assumption.",
        "Limitations include the short follow-up, the predominantly urban sample, and self-reported adherence, which may overestimate compliance with the intervention.",
        "Prior work has reported conflicting results, possibly because of differences in study populations, measurement protocols and the definition of the primary outcome.",
        "Samples were stored at -80 C and processed in batches of 48. Quality control removed cells with fewer than 500 detected genes or more than 15% mitochondrial reads.",
        "Future studies should examine whether these effects persist over longer periods and whether they generalise to older adults and to people with established disease.",
        "The authors declare no competing interests. Funding was provided by a national research council grant. Data and code are available from the corresponding author on request.",
    ],
    "support": [
        "Customer wrote again on {date}: still waiting, no update on the ticket, threatening to cancel. Agent {first} apologised and escalated to tier 2.",
        "Tier 2 note: reproduced the issue on Android 14 with app version 8.2.1. Logs attached. Looks related to the image compression change shipped last week.",
        "Customer called in, very upset. Says this is the third time the delivery was missed. Offered a 10% voucher, customer declined and asked for a manager.",
        "Internal: refund of {amount} approved by {first2} (team lead). Processing time 5-7 business days. Customer informed by email.",
        "Customer confirmed the workaround (clearing the cache and reinstalling) fixed the problem for now, but asked when a permanent fix will ship.",
        "Auto-reply sent. SLA for priority 2 tickets is 8 business hours. Ticket reassigned from {first} to {first3} due to shift change.",
    ],
    "generic": [
        "The project team met weekly throughout the period to review progress, risks and dependencies. Most milestones were delivered on time, with the exception of the data migration, which slipped by three weeks.",
        "Stakeholders in {dept} raised concerns about the training materials, which were considered too technical for front-line staff. A simplified version is being prepared.",
        "The budget for the year was {amount}, of which 64% has been spent to date. The largest cost items are contractor fees, software licences and travel.",
        "Feedback collected from {num} users indicated high satisfaction with the new interface but frustration with the slower search. Performance improvements are planned for the next release.",
        "A pilot in the {city} office will run for eight weeks starting in {month}. Success criteria include a 15% reduction in processing time and no increase in error rates.",
        "The steering committee approved the revised timeline and asked for a monthly status report. Any change to scope above 5% of the budget must be approved by the committee.",
        "Several open questions remain, in particular regarding data ownership, the long-term support model and the integration with the legacy billing system.",
    ],
}
LONG_DOMAINS = {"contract": "contract", "finance": "finance", "clinical": "clinical", "hr": "hr",
                "science": "science", "ticket": "support", "news": "generic", "meeting": "generic",
                "email": "generic"}

# Non-English short texts (for translation into English, and for multilingual classification).
FOREIGN = {
    "French": [
        "Bonjour, ma commande n'est toujours pas arrivée alors qu'elle devait être livrée la semaine dernière. Pouvez-vous vérifier, s'il vous plaît ?",
        "Le produit est conforme à la description et la livraison a été rapide. Je recommande ce vendeur.",
        "Nous vous informons que la réunion du comité de direction est reportée à jeudi prochain à 14 heures.",
        "Le patient présente une toux persistante depuis trois semaines, sans fièvre. Une radiographie thoracique est prévue.",
        "Le contrat peut être résilié par chacune des parties moyennant un préavis de trois mois.",
    ],
    "Spanish": [
        "Hola, me cobraron dos veces la suscripción de este mes. ¿Me pueden devolver el cargo duplicado?",
        "El hotel estaba limpio y el personal fue muy amable, pero el desayuno era bastante pobre para el precio.",
        "Les recordamos que el plazo para presentar los informes de gastos termina el día cinco de cada mes.",
        "La empresa registró un aumento del 12 % en sus ingresos trimestrales gracias a la demanda en América Latina.",
        "No puedo iniciar sesión en la aplicación desde ayer. Me sale un error de contraseña aunque la he cambiado.",
    ],
    "German": [
        "Sehr geehrte Damen und Herren, leider ist das gelieferte Gerät defekt. Ich bitte um einen Ersatz oder eine Rückerstattung.",
        "Die Mitarbeiter können bis zu drei Tage pro Woche im Homeoffice arbeiten, sofern die Führungskraft zustimmt.",
        "Das Meeting wurde auf Montag verschoben. Bitte bereiten Sie die Zahlen für das dritte Quartal vor.",
        "Die Lieferung war schnell, aber die Verpackung war beschädigt und eine Tasse war zerbrochen.",
        "Der Vertrag verlängert sich automatisch um zwölf Monate, wenn er nicht fristgerecht gekündigt wird.",
    ],
    "Italian": [
        "Buongiorno, vorrei sapere se è possibile modificare l'indirizzo di consegna del mio ordine.",
        "Il prodotto funziona bene, ma la batteria dura meno di quanto dichiarato.",
        "La riunione di domani è annullata; vi invieremo una nuova data al più presto.",
    ],
    "Portuguese": [
        "Olá, o meu pedido chegou incompleto. Faltam dois itens da lista. Podem ajudar?",
        "A empresa anunciou a abertura de um novo centro de distribuição em Lisboa no próximo ano.",
        "O atendimento foi excelente e o problema foi resolvido no mesmo dia.",
    ],
}

# Small code snippets (for coding and extraction tasks).
CODE = {
    "python": [
        "def average(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / len(xs)",
        "import requests\n\ndef fetch_user(uid):\n    r = requests.get(f'https://api.example.com/users/{uid}')\n    return r.json()['name']",
        "def merge(a, b):\n    out = []\n    i = j = 0\n    while i < len(a) and j < len(b):\n        if a[i] < b[j]:\n            out.append(a[i]); i += 1\n        else:\n            out.append(b[j]); j += 1\n    return out",
        "class Counter:\n    def __init__(self):\n        self.count = 0\n    def incr(self):\n        self.count = self.count + 1\n\n# used from 8 threads in worker pool\ncounter = Counter()",
        "for i in range(len(items)):\n    if items[i]['status'] == 'active':\n        result.append(items[i]['id'])",
        "def parse_date(s)\n    return datetime.strptime(s, '%Y-%m-%d')",
    ],
    "javascript": [
        "function sum(arr) {\n  let s = 0;\n  for (var i = 0; i <= arr.length; i++) s += arr[i];\n  return s;\n}",
        "app.get('/user', async (req, res) => {\n  const q = `SELECT * FROM users WHERE id = ${req.query.id}`;\n  const rows = await db.query(q);\n  res.json(rows);\n});",
        "const debounce = (fn, ms) => {\n  let t;\n  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };\n};",
    ],
    "sql": [
        "SELECT c.name, SUM(o.total)\nFROM customers c JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at > '2026-01-01'\nGROUP BY c.name\nORDER BY 2 DESC;",
        "SELECT * FROM events WHERE DATE(created_at) = '2026-05-01' AND user_id IN (SELECT id FROM users WHERE country = 'DE');",
    ],
    "rust": [
        "fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {\n    if a.len() > b.len() { a } else { b }\n}",
        "use std::collections::HashMap;\nfn count_words(s: &str) -> HashMap<String, usize> {\n    let mut m = HashMap::new();\n    for w in s.split_whitespace() { *m.entry(w.to_string()).or_insert(0) += 1; }\n    m\n}",
    ],
    "go": [
        "func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {\n    for j := range jobs {\n        results <- j * 2\n    }\n    wg.Done()\n}",
    ],
}

SYSTEM_GENERIC = [
    "You are a helpful assistant.",
    "You are a helpful, concise assistant. Answer in the user's language.",
    "You are Triage Assistant, an AI helper for employees of {company}. Be accurate and brief.",
    "You are a friendly customer service assistant for {company}. Never share internal information.",
    "You are an AI assistant. Think carefully and answer clearly. If you are unsure, say so.",
    "Always respond in Markdown.",
    "You are a senior software engineer helping colleagues.",
    "You assist clinicians with documentation. Do not give a diagnosis to patients.",
    "You are a legal operations assistant at {company}. You do not provide legal advice to the public.",
    "You are a financial analyst assistant. Use precise numbers and cite the source text.",
    "Tu es un assistant utile. Réponds en français.",
    "Eres un asistente útil y respondes siempre en español.",
    "Du bist ein hilfreicher Assistent.",
    "Current date: {date}. Knowledge cutoff: 2026. You are a helpful assistant.",
]
