"""Training-only translations of hand-written English training prompts (chunk 8: Spanish, Spain and Latin American)."""
T = [
    ("tri-1812bafac1de", "es", "", "Unifica esta lista de cargos para que quede coherente: sr. dev, Senior Developer, snr developer, Sr Developer"),
    ("tri-ef39d9597c13", "es", "", "pásame estos nombres de columnas a snake_case porfa: ID de Cliente, Nombre, Dirección de E-mail, Fecha De Nacimiento, Nivel de Fidelidad (2024), # de Pedidos"),
    ("tri-c1b9e36467fc", "es", "", """¿números de serie de las unidades devueltas?

RMA n.º 77812 – Cliente: Ballykeel Print Works
Motivo: pérdida de alimentación intermitente
Unidad 1: Modelo PX-220, N/S PX220-0041877, comprada 2023-06
Unidad 2: Modelo PX-220, N/S PX220-0041902, comprada 2023-06
Unidad 3: Modelo PX-240, N/S PX240-0007315, comprada 2024-01"""),
    ("tri-905933999d5f", "es", "", """MINUTES OF THE ORDINARY MEETING OF ELDERBROOK PARISH COUNCIL
held on Tuesday 11 March at 7.00pm in the Village Hall

Present: Cllr Margaret Ashdown (Chair), Cllr Olu Bamgbose, Cllr Hattie Crane, Cllr Desmond Fairlie, Cllr Ruth Iwasaki, Cllr Peter Lusk, Cllr Sandeep Mahal
In attendance: Mrs J. Thornbury (Clerk), PCSO Kyle Denholm, 6 members of the public

25/031 Apologies for absence
Apologies were received from Cllr Naomi Teague (work commitment). It was proposed by Cllr Crane, seconded by Cllr Lusk and resolved unanimously that the apologies be accepted.

25/032 Declarations of interest
Cllr Fairlie declared a non-pecuniary interest in item 25/037 as a trustee of the Elderbrook Allotment Association and did not vote on that item.

25/033 Minutes of the previous meeting
It was proposed by Cllr Mahal and seconded by Cllr Iwasaki that the minutes of the meeting held on 11 February be signed as a true record. Votes: 6 for, 0 against, 1 abstention (Cllr Bamgbose, who was absent from that meeting). Carried.

25/034 Public participation
A resident of Mill Lane raised concerns about speeding vehicles near the primary school at pick-up time and asked whether the council would fund a second speed indicator device. A resident of Orchard Close thanked the council for the new bench on the green. PCSO Denholm reported two incidents of fly-tipping on Sheepwash Road and one attempted vehicle theft in the station car park during February.

25/035 Speed indicator device
Following the public comments, Cllr Crane proposed that the council purchase a second solar-powered speed indicator device at a cost not exceeding £2,850 plus VAT, to be funded from the highways earmarked reserve. Seconded by Cllr Bamgbose. Cllr Lusk spoke against, noting that the existing device's data showed average speeds had fallen and suggesting the money be held for resurfacing the footpath at Tanners Walk. Votes: 4 for, 2 against, 1 abstention. Carried.

25/036 Grass cutting contract
The Clerk reported that three quotations had been received for the 2025–2027 grass cutting contract: Greenway Grounds (£7,420 per year), Tennant & Daughter Landscapes (£6,980 per year) and Fernside Maintenance (£8,100 per year). Cllr Iwasaki proposed that the contract be awarded to Tennant & Daughter Landscapes, as the lowest quotation meeting the specification. Seconded by Cllr Fairlie. Votes: 7 for, 0 against. Carried.

25/037 Allotment rents
Cllr Mahal proposed that allotment rents be increased from £38 to £45 per full plot from 1 October, with half plots pro rata. Seconded by Cllr Ashdown. An amendment was proposed by Cllr Crane, seconded by Cllr Lusk, that the increase be to £42 instead. The amendment was put to the vote: 3 for, 3 against; the Chair used her casting vote against the amendment, which therefore fell. The original motion was then put: 4 for, 1 against, 1 abstention. Carried. (Cllr Fairlie did not vote, see 25/032.)

25/038 Village hall defibrillator
The Clerk reported that the pads on the defibrillator expire in May. It was proposed by Cllr Lusk, seconded by Cllr Iwasaki and resolved unanimously to replace the pads and battery at a cost of £214.

25/039 Planning applications
P/25/0117 – Two-storey rear extension, 14 Orchard Close: the council resolved to raise no objection (proposed Cllr Fairlie, seconded Cllr Mahal, unanimous).
P/25/0142 – Change of use of agricultural barn to holiday let, Lower Haddon Farm: Cllr Bamgbose proposed that the council object on the grounds of access via a single-track lane; seconded by Cllr Crane. Votes: 2 for, 4 against, 1 abstention. The motion fell and no comment will be submitted.

25/040 Date of next meeting
Tuesday 8 April at 7.00pm, Village Hall.

The meeting closed at 8.52pm.

---
Solo las mociones, por favor: para cada una dame la referencia del acta, qué se propuso, quién la propuso, quién la secundó, votos a favor/en contra/abstenciones y si se aprobó o no. Las enmiendas cuentan como mociones aparte. En formato de tabla."""),
    ("tri-419ed720fed5", "es", "Eres un asistente de revisión de reclamos previa al pago para una aseguradora regional. Para cada reclamo, devuelve una etiqueta (PASS, REVIEW o LIKELY_UPCODING) seguida de una justificación breve que haga referencia a líneas específicas. Toma en cuenta las combinaciones de códigos, las unidades, el lugar de servicio y lo que sugieren las notas sobre la complejidad.", """Reclamo 77-40218-A | Proveedor: Pinecrest Urgent Care LLC (POS 20) | Pac.: mujer, 34
Fecha de servicio 04/06/2025
Dx: J02.9 Faringitis aguda, no especificada
Línea 1: 99215 Consulta ambulatoria, paciente establecido, MDM alta - $412.00
Línea 2: 87880 Prueba rápida de antígeno de estreptococo - $48.00
Línea 3: 87880 Prueba rápida de antígeno de estreptococo - $48.00
Línea 4: 96372 Inyección terapéutica IM - $95.00
Línea 5: J0696 Ceftriaxona 250mg x4 unidades - $88.00
Línea 6: 94640 Tratamiento con nebulizador - $76.00
Campo de notas: "Pac. acude por dolor de garganta x2d, estrep neg, se le aplica Rocephin, a casa con indicaciones"
Total facturado: $767.00"""),
    ("tri-69af1a7610bb", "es", "", """El jueves estoy en Lyon y tengo que ver a 4 clientes. Cada reunión dura 1 hora. Tiempos en coche entre sitios (minutos):

          Hotel  Vénissieux  Villeurbanne  Écully  Saint-Priest
Hotel       -        25           15         20        30
Vénissieux 25         -           30         35        15
Villeurb.  15        30            -         25        25
Écully     20        35           25          -        45
St-Priest  30        15           25         45         -

Restricciones: en Vénissieux solo pueden recibirme de 9:00 a 11:30 (la reunión tiene que caber entera en esa franja). El contacto de Écully se va a las 15:00. Saint-Priest solo a partir de las 13:00. Villeurbanne a cualquier hora, pero no de 12:00 a 13:30 (es su hora de comer). Quiero parar 45 min a comer en algún momento entre las 12:00 y las 14:00 y tengo que estar de vuelta en el hotel a las 17:30 para una llamada. Como muy pronto puedo salir del hotel a las 8:30.

¿Qué orden y horarios funcionan? Si sale más de uno, ¿cuál minimiza el tiempo de conducción?"""),
    ("tri-455a9de94030", "es", "", """oye hazme un discurso para el cumple 80 de mi abuelita, dicen que me toca hablar a mí porque soy el nieto mayor 😭 como de 3 minutos nada más, mitad español mitad inglés porque tengo primos que crecieron en US. detalles:
- Abuela Carmen, de Oaxaca, maestra de primaria pública jubilada después de 35 años
- crió a 6 hijos, tiene 14 nietos y 3 bisnietos
- famosísimo su mole negro y su "¿ya comiste, mijo?" cada vez que llama
- me enseñó a leer con periódicos viejos
- el abuelo Ramón falleció en 2019 y ella todavía le sirve su taza de café de olla todas las mañanas
- sigue yendo a zumba cada martes al salón del barrio jajaja
Quiero que sea chistoso pero con tantito para llorar al final"""),
    ("tri-3773f46d5966", "es", "Eres un asistente de revisión de contratos que utiliza el equipo comercial de Pellworth Components Ltd (el Proveedor). Los usuarios no son abogados.", """Nos ha devuelto el equipo de compras de Corvanta este borrador de MSA. Resúmeme las obligaciones clave que asumimos nosotros y luego dime qué condiciones nos perjudican como proveedor y cuáles deberíamos negociar antes de firmar. Ordénalas según lo mucho que te preocupen.

CONTRATO MARCO DE SUMINISTRO - BORRADOR v3 (cambios del Cliente)

1. Vigencia. El presente Contrato entra en vigor en la Fecha de Entrada en Vigor y se mantendrá durante tres (3) años, tras los cuales se renovará automáticamente por periodos sucesivos de un año salvo que cualquiera de las Partes notifique por escrito su voluntad de no renovarlo con una antelación mínima de ciento ochenta (180) días.

2. Pedidos y previsiones. El Cliente facilitará mensualmente una previsión no vinculante a doce meses vista, actualizada de forma continua. El Proveedor mantendrá capacidad e inventario de materias primas suficientes para atender el ciento veinte por ciento (120 %) de las cantidades previstas para los tres meses siguientes. El Cliente no tendrá responsabilidad alguna por las cantidades previstas que no se conviertan en Órdenes de Compra.

3. Precios. Los precios quedan fijados para el Periodo Inicial conforme al Anexo B. El Proveedor no podrá incrementar los precios por ningún motivo, incluidas las variaciones en el coste de las materias primas o de la energía. El Cliente tendrá derecho a cualquier reducción de precio que el Proveedor ofrezca a cualquier otro cliente por volúmenes comparables (cláusula de cliente más favorecido).

4. Entrega. El Proveedor realizará las entregas DDP en las instalaciones designadas por el Cliente. El plazo de entrega se considera esencial. Por cada día de retraso, el Proveedor abonará una penalización equivalente al dos por ciento (2 %) del valor del Pedido retrasado, con un máximo del treinta por ciento (30 %) del valor del Pedido, sin perjuicio de los demás derechos y acciones que correspondan al Cliente.

5. Pago. El Cliente abonará las facturas no controvertidas en el plazo de ciento veinte (120) días desde el final del mes en que reciba la factura. El Cliente podrá compensar cualquier importe que le adeude el Proveedor con cualquier cantidad pagadera en virtud del presente Contrato.

6. Calidad y garantía. El Proveedor garantiza que los Productos estarán libres de defectos de diseño, materiales y fabricación durante un periodo de treinta y seis (36) meses desde la entrega. El Proveedor asumirá todos los costes de retirada del mercado, incluidos los costes en que incurran los clientes del Cliente, cuando la retirada sea atribuible total o parcialmente a los Productos.

7. Responsabilidad. La responsabilidad del Proveedor en virtud del presente Contrato será ilimitada. La responsabilidad total del Cliente no excederá de los importes abonados por el Cliente en los tres (3) meses anteriores a la reclamación. Ninguna de las Partes excluye su responsabilidad por fallecimiento o daños personales causados por negligencia.

8. Propiedad intelectual. Todo el utillaje, planos y especificaciones desarrollados por el Proveedor en relación con los Productos, hayan sido o no pagados por el Cliente, pasarán a ser propiedad del Cliente desde el momento de su creación.

9. Resolución. El Cliente podrá resolver el presente Contrato por conveniencia con un preaviso por escrito de treinta (30) días sin incurrir en responsabilidad alguna. El Proveedor solo podrá resolverlo por incumplimiento grave del Cliente que no haya sido subsanado en los noventa (90) días siguientes a su notificación por escrito.

10. Auditoría. El Cliente y los auditores que este designe podrán auditar las instalaciones, libros y registros del Proveedor relativos a los Productos en cualquier momento con un preaviso de dos (2) días hábiles.

11. Ley aplicable. El presente Contrato se rige por las leyes del país de constitución del Cliente, cuyos tribunales tendrán jurisdicción exclusiva.

Por nuestra parte: ahora mismo tenemos condiciones de pago a 60 días con todos los demás clientes, nunca hemos aceptado responsabilidad ilimitada y el coste del aluminio nos subió un 18 % el año pasado."""),
    ("tri-b674e8ac41f7", "es", "", """Tengo 52 años, quiero jubilarme a los 60 y me preocupa que los tipos de interés se mantengan altos durante más tiempo. Clasifica cada posición como aumentar / mantener / reducir según mi situación y explica por qué. Cartera actual (~£410k):
- Fondo indexado de renta variable global 38%
- Gilts británicos con duración de 15+ años 17%
- Gilts a corto plazo / monetario 6%
- Fondo de REIT británico 9%
- Renta variable de mercados emergentes 8%
- ETC de oro 5%
- Acciones de mi empresa (ingeniería del FTSE 250, donde trabajo) 12%
- Cripto (BTC) 5%
Además tengo una pensión de prestación definida de un trabajo anterior de unos £14k/año a partir de los 65."""),
    ("tri-6e15eeff68ed", "es", "", "el letrero de la alberca del depa dice 'Abierto 6am–9pm entre semana, 8am–6pm fines de semana, cerrado días festivos'. ¿podemos nadar el domingo a las 7pm?"),
    ("tri-398cde11ed14", "es", "", """Estoy decidiendo si darle a Pemberton Hardware un plazo de pago de 90 días en vez de 30. Sus cuentas depositadas (miles de GBP):

                          FY2024    FY2025
Tesorería                  1,240       310
Clientes                   2,880     3,410
Existencias                4,150     5,960
Activo corriente           8,270     9,680
Proveedores                2,310     4,020
Descubierto bancario           0     1,150
Otros pasivos corrientes     890       940
Pasivo corriente           3,200     6,110
Cifra de negocios         19,600    20,100
Resultado de explotación   1,180       640

Notas de sus cuentas: límite de la póliza de descubierto 1,500, renovable cada año en septiembre. El aumento de existencias "se debe al aprovisionamiento de la nueva gama de jardín de cara a la primavera". El periodo medio de cobro a clientes ha pasado de 54 a 62 días. Ahora mismo nos deben 184k, todo dentro de los 30 días, y en cuatro años nunca nos han pagado tarde.

Solo con estos números, ¿se está deteriorando su liquidez? ¿Les darías el plazo más largo? Enséñame los ratios en los que te basas."""),
    ("tri-d9ae3a4e6e1d", "es", "", """Tradúcelo al sueco por favor, es la guía de la primera semana para los nuevos agentes del service desk de nuestra oficina de Malmö. Deja los nombres de los sistemas (ServiceNow, Intune, Okta, Teams) tal cual.

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
    ("tri-d4c17c320f01", "es", "", """Rento en Ontario. Etiqueta cada una de estas cláusulas de mi contrato de arrendamiento como ESTÁNDAR, INUSUAL o PROBABLEMENTE NO EXIGIBLE y dame una razón breve para cada una:
1. El inquilino debe entregar cheques posfechados que cubran la renta de todo el año.
2. Ningún invitado puede quedarse a dormir más de 3 noches al mes sin la aprobación del arrendador.
3. El arrendador puede entrar a la unidad con 24 horas de aviso por escrito entre las 8 a.m. y las 8 p.m.
4. Se cobra un cargo de $50 por cualquier pago de renta recibido después del día 3 del mes.
5. El inquilino es responsable de quitar la nieve de la banqueta de la entrada.
6. Depósito por daños equivalente a un mes de renta, reembolsable al terminar el contrato.
7. El inquilino acepta que el contrato termina automáticamente si tiene una mascota.
8. El inquilino no podrá cambiar las cerraduras sin el consentimiento del arrendador.
Es mi primer departamento, así que la verdad no sé qué es normal y qué no."""),
    ("tri-357b69d2fda4", "es", "", """Cuatro farmacias, cuatro listas de medicación del mismo paciente. Fusiónalas en recursos MedicationStatement de FHIR R4 dentro de un único Bundle, elimina duplicados y señala dónde hay dosis contradictorias en lugar de suponer nada.

Farmacia A: metoprolol succ 47,5 mg c/24h; atorvastatina 40 mg por la noche; aspirina 75 mg
Farmacia B: Metoprolol 50 mg al día, Lipitor 40 mg, Omeprazol 20 mg antes del desayuno
Farmacia C: atorvastatina 20 mg por la noche, omeprazol 20 mg
Farmacia D: aspirina 75 mg c/24h, metoprolol tartrato 25 mg c/12h"""),
    ("tri-f56e5a8fceae", "es", "Clasifica tickets de la mesa de ayuda de TI. Etiquetas: HARDWARE, ACCESS, NETWORK, SOFTWARE, OTHER. Responde solo con la etiqueta.", "mi gafete no abre la puerta del 3er piso desde el lunes??"),
    ("tri-07ed32da81d0", "es", "Herramienta del departamento de siniestros. El mensaje del usuario contiene notas de campo del perito. Responde con un resumen de 80 palabras como máximo para el expediente del siniestro, en lenguaje neutro y en pasado.", "visita al aseg. 3/10 aprox 14h. mancha en techo de cocina aprox 1,5m x 1m, pladur blando al tacto, origen = junta de cera del inodoro de la planta de arriba rota según factura del fontanero (Dalewood Plumbing, fecha 28/9, ya reparado). sin fuga activa en el momento de la visita. medidor de humedad 38% en el centro de la mancha, 12% en los bordes. aseg. dice que vio la fuga el 27/9 y llamó al fontanero al día siguiente. muebles de debajo con ligera hinchazón en 2 puertas altas. sin moho visible. aseg. tiene fotos del 27/9. se recomienda sustituir pladur aprox 3 m2, repintar techo de cocina, cambiar 2 puertas de muebles si hay iguales disponibles, si no, hablarlo. aseg. preguntó por hotel - no necesario, vivienda habitable."),
    ("tri-fefa1b11fd29", "es", "", """pos / neg / neutral para cada reseña, una etiqueta por línea, en el mismo orden:

1. App crashes every time I try to upload a receipt. Useless since the last update.
2. Funciona bien, nada especial. Hace lo que promete.
3. Super handig voor onze gedeelde uitgaven, echt een aanrader!
4. Honestly the best budgeting app I've tried, and I've tried like six.
5. Ça marche mais l'abonnement est beaucoup trop cher pour ce que c'est.
6. It's ok. The graphs are nice but I don't use them much.
7. Wieder Werbung nach jedem Klick. Deinstalliert.
8. Customer support answered in 10 min and fixed my sync issue 👍
9. Non riesco più a collegare la mia banca da settimane, nessuna risposta dal supporto.
10. Updated yesterday, no changes noticed."""),
    ("tri-69a9bd97dab8", "es", "Eres ClanForge, un generador de nombres para clanes de videojuegos.", "temática pirata, jugamos al Sea of Thieves, que sean graciosos, nada de rollo edgy"),
    ("tri-7c645b36e6cf", "es", "Contexto: mesa de adquisiciones de Quarrybank Realty Partners, un pequeño inversionista en edificios residenciales multifamiliares. Sé concreto; cita cifras de los documentos.", """Abajo va el reporte de condición de la propiedad de 418 Garnet Avenue, que tenemos bajo contrato para comprar en $6.2M. Dame un resumen corto y luego ordena los problemas según cuánto deberían mover nuestra oferta (o si alguno amerita retirarnos del trato). Nuestro comité de inversión se reúne mañana temprano.

PROPERTY CONDITION ASSESSMENT - 418 GARNET AVENUE
Prepared by Sandholm Building Consultants. Site visit conducted over two days. Building: four-storey, 32-unit walk-up, wood frame over concrete podium, constructed 1978, partial renovation 2009.

1. Summary of findings
The building is in fair overall condition for its age. Most systems are functional but several are at or near the end of their useful life. We identified two items requiring immediate attention, four items recommended within 1-3 years, and a number of routine maintenance items. Cost estimates below are order-of-magnitude and exclude permits, design fees and contingency unless stated.

2. Immediate items
2.1 Balconies (east elevation). Of the 16 balconies on the east elevation, 5 show soft decking, rust staining at the ledger connections and visible deflection. Probing at two locations found rot in the joist ends. We recommend the 5 balconies be closed to occupants immediately and that a structural engineer evaluate all 16. Estimated repair: $9,000-$14,000 per balcony depending on the extent of ledger damage; full replacement of all 16 estimated at $190,000-$240,000. Note that the city adopted a mandatory balcony inspection ordinance last year; the owner has not filed the required inspection.
2.2 Fire alarm panel. The panel is a discontinued model. It passed its last annual test, but the service contractor noted that replacement parts are no longer available and two zone modules were replaced with salvaged units. Replacement estimated at $38,000-$45,000.

3. Items recommended within 1-3 years
3.1 Roof. Modified bitumen roof installed in 2009. Several blisters and one patched area over unit 402, where the tenant reported a leak last winter. Remaining useful life estimated at 3-5 years. Replacement estimated at $110,000-$130,000.
3.2 Domestic hot water. Two gas-fired boilers, 2011, both functional. Tenants in the north stack report lukewarm water in the mornings. The recirculation pump was found switched off; it is unclear whether this was deliberate. Recommend investigation; replacement of both boilers would be $60,000-$75,000 but may not be necessary.
3.3 Plumbing. Original galvanized steel supply risers in the north and south stacks. We observed rust-coloured water when flushing at unit 104. Galvanized piping of this age typically has limited remaining life; repiping of risers estimated at $150,000-$210,000, with significant tenant disruption.
3.4 Parking podium. Hairline cracking in the podium slab with efflorescence at three locations and one area of exposed, corroded rebar near column C4. Recommend a concrete condition survey ($8,000) before estimating repairs; typical podium repairs of this kind range from $40,000 to well over $200,000 depending on findings.

4. Routine and cosmetic items
Corridor carpet worn on floors 2 and 3 ($22,000). Exterior paint fading on the south elevation ($35,000). Four units have original 1978 kitchens; the remainder were renovated in 2009. Laundry room dryers are owner-owned and at end of life ($12,000). Landscaping irrigation partly inoperable.

5. Accessibility and code
The building predates current accessibility requirements and has no elevator. No open code violations were found in the city database, other than the missing balcony inspection filing noted above. Smoke alarms were present in all 9 units we entered; 2 were disconnected.

6. Environmental
A limited survey found no suspect asbestos in sampled areas, but the original 1978 floor tiles in the basement storage rooms were not sampled and should be tested before disturbance. No evidence of mould beyond small areas in two bathrooms.

7. Cost summary (excluding contingency)
Immediate: $228,000-$285,000 (assumes full balcony replacement and new fire alarm panel).
1-3 years: $320,000-$415,000 plus podium repairs TBD.
Routine/cosmetic: approximately $69,000.

8. Limitations
We entered 9 of 32 units. The roof was inspected from the surface only; no cores were taken. Concealed conditions within walls and below slab were not evaluated."""),
    ("tri-847c0912b4b2", "es", "", """¿este flujo de reseteo de contraseña está bien a nivel de seguridad? tenemos el pentest el mes que viene y prefiero encontrar cosas ya

def create_reset_token(user):
    token = str(random.randint(100000, 999999))
    user.reset_token = token
    user.reset_expires = datetime.now() + timedelta(days=2)
    user.save()
    send_mail(user.email, f"Your reset code is {token}")

def reset_password(email, token, new_password):
    user = User.get(email=email)
    if user.reset_token == token and user.reset_expires > datetime.now():
        user.set_password(new_password)
        user.save()
        return True
    return False

el endpoint todavía no tiene rate limiting. los tokens no se borran después de usarlos."""),
    ("tri-db9ba87692bd", "es", "", """tarifas que nos han pasado:
Transportista | 0-1kg | 1-3kg | 3-5kg | Recargo Riad
Aramex | 22 AED | 31 AED | 44 AED | ninguno
SMSA | 18 AED | 34 AED | 41 AED | +5 AED
Naqel | 25 AED | 29 AED | 39 AED | +4 AED
¿cuál sale más barato para una caja de 2 kg a Riad?"""),
    ("tri-6a51b4475079", "es", "", "más o menos a qué temperatura hierve el agua a 2000m de altura"),
    ("tri-197aea5cfe6a", "es", "Clasificas los anuncios del marketplace de Hearthwick. Asigna la categoría hoja más específica de la taxonomía que aparece en el mensaje del usuario. Devuelve solo la ruta completa.", """TAXONOMÍA (categorías hoja):
Hogar > Cocina > Menaje > Sartenes
Hogar > Cocina > Menaje > Cazos
Hogar > Cocina > Menaje > Cocottes y cacerolas
Hogar > Cocina > Repostería > Moldes para tartas
Hogar > Cocina > Repostería > Bandejas de horno
Hogar > Cocina > Utensilios > Espátulas y palas
Hogar > Mesa > Servicio > Fuentes
Jardín > Cocina exterior > Accesorios de barbacoa
Jardín > Cocina exterior > Hornos de pizza

ANUNCIO:
Título: Cacerola de hierro fundido esmaltado de 26 cm con tapa – verde salvia, apta para horno hasta 250°C
Descripción: Olla de hierro fundido esmaltado de alta resistencia, perfecta para guisos a fuego lento, estofados y pan sin amasado. Apta para todo tipo de fuegos, incluida la inducción. Tapa autorregante. Capacidad 5,2 L. Se recomienda lavar a mano. ¡También va genial en la parrilla de la barbacoa para platos únicos al aire libre!"""),
    ("tri-0a43b5bb7150", "es", "", "sácame las citas de jurisprudencia: tal como se resolvió en Harlow v Brennan [2019] EWCA Civ 882, después el asunto C-311/18 (Schrems II); véase también [2019] UKSC 41"),
    ("tri-b1fa7b2cf0cc", "es", "", """Ni sé por qué le estoy escribiendo esto a un chatbot a la 1 de la mañana, pero ahí va. No busco una lista de recursos, ya vi todas las listas. Creo que nada más necesito decirlo en algún lado.

Mi papá tiene Alzheimer, se lo diagnosticaron hace como cuatro años, y desde hace dieciocho meses vive con nosotros. Al principio mi esposo estaba de acuerdo. Convertimos el estudio en recámara, pusimos barras de apoyo, todo. Trabajo tres días a la semana en un consultorio dental y mi cuñada lo cuida esos días, y los sábados tenemos seis horas a una cuidadora del programa del condado. En el papel funciona.

En la realidad no he dormido una noche completa desde marzo. Se levanta como a las 2 o 3, se viste e intenta irse "a la planta": se jubiló de la fábrica de papel en 2004. A veces logro distraerlo y reconducirlo, a veces se enoja y me empuja, algo que ANTES jamás habría hecho. La semana pasada me llamó con el nombre de mi mamá toda la noche y lloró cuando le dije que ella había muerto. Ya aprendí a no corregirlo, pero se me salió, estaba agotadísima.

Mis hijos tienen 12 y 15. Mi hija prácticamente dejó de traer amigas a la casa porque el abuelo se aparece en la sala en calzones o les hace la misma pregunta seis veces. Le da vergüenza y luego se siente culpable por sentir vergüenza, me lo dijo, y se me rompió el corazón. Mi hijo nada más se pone los audífonos y desaparece. Mi esposo y yo no hemos tenido una conversación de verdad que no sea sobre las medicinas de mi papá o quién lo cubre el jueves en no sé cuánto tiempo. No lo ha dicho, pero sé que está llegando a su límite.

Mi hermano vive en Denver. Llama cada domingo y me dice "eres una santa, no sé cómo le haces" y luego se pone a hablar de la remodelación de su cocina. Manda $200 al mes. No ha venido desde la Navidad antepasada. Cada vez que saco el tema de una residencia especializada en memoria dice que a mi papá no le gustaría y que "se lo prometimos a mamá". Sí se lo prometimos. Nos lo hizo prometer en el hospital.

Hace dos semanas fui a ver una residencia de cuidado de memoria sin decirle a nadie. Estaba bonita. Limpia, el personal se veía amable, había una señora tocando el piano. Cuesta $7,800 al mes y los ahorros de mi papá alcanzarían para unos dos años y medio, quizá. Después me quedé sentada en el coche en su estacionamiento cuarenta minutos y no podía arrancar.

Hoy en el trabajo le puse al dentista las radiografías del paciente equivocado, él hizo una broma y yo me fui al baño a llorar. Por unas radiografías. Tengo 46 años y me siento de 80. Quiero muchísimo a mi papá. Él me enseñó a manejar, me entregó en el altar, me hacía hot cakes con la forma de la primera letra de mi nombre. Y hay noches en que estoy acostada, pendiente de la alarma de la puerta, y me descubro deseando que todo esto ya se acabe, y luego me odio por pensarlo.

No sé qué estoy preguntando. Supongo que, ¿es normal sentirse así? ¿Soy una pésima hija?"""),
    ("tri-045d46f6e84d", "es", "", "¿por qué se volvieron tan locos los precios de la luz en Europa en 2022? o sea el mecanismo de verdad (orden de mérito, etc.), no solo 'rusia'"),
    ("tri-5dfd98525d1a", "es", "", """Abajo está la sección de condiciones suspensivas del contrato de compraventa de acciones para nuestra adquisición de Solvang Thermal AS. La firma fue el 10 de marzo y la fecha límite (long-stop date) es el 30 de junio. Extrae cada condición suspensiva y quién es responsable de cumplirla, y después dime cuáles corren un riesgo real de no cumplirse antes de la fecha límite, tomando en cuenta las notas de estatus que agregué entre corchetes, y qué podríamos hacer con cada una.

5. CONDITIONS TO COMPLETION
5.1 Completion is conditional upon the following conditions (the "Conditions") being satisfied or, where permitted, waived:
(a) the Norwegian Competition Authority having approved the Transaction, or the applicable waiting period having expired without the Authority initiating an in-depth investigation; [filed 24 March; Phase 1 period is 25 working days; authority sent a second information request on 2 May which pauses the clock]
(b) the Transaction having been cleared under the Norwegian National Security Act, to the extent required, in light of the Company's supply of heat-exchange units to the Royal Norwegian Navy; [Sellers' counsel says notification is "probably not required"; nothing filed]
(c) the consent of Nordvarme Energi AS under the change-of-control clause of the framework agreement dated 2 September 2019 having been obtained; [Nordvarme represents 31% of revenue; their CFO said informally they want a price revision before consenting]
(d) the Buyer having obtained debt financing on terms substantially consistent with the commitment letter from Fjordlandet Bank dated 6 March; [commitment letter expires 15 June; bank's credit committee meets monthly]
(e) no Material Adverse Change having occurred between Signing and Completion; [Q1 revenue down 9% vs plan, Sellers say seasonal]
(f) the Company's lease of the Drammen production site having been extended until at least 31 December 2032; [landlord has agreed in principle; draft extension in circulation since April]
(g) the key employees listed in Schedule 7 (four persons) having entered into new employment agreements with the Company conditional on Completion; [three of four signed; the CTO has not responded since 18 April]
(h) the release of the existing share pledge in favour of Kystbanken ASA. [payoff letter requested]
5.2 The Sellers shall use all reasonable endeavours to satisfy the Conditions in clauses 5.1(b), (c), (f), (g) and (h). The Buyer shall use all reasonable endeavours to satisfy the Conditions in clauses 5.1(a) and (d), and the Parties shall cooperate in good faith in relation to 5.1(a).
5.3 The Buyer may waive the Conditions in clauses 5.1(c), (e), (f) and (g) by written notice to the Sellers. The Conditions in clauses 5.1(a), (b), (d) and (h) cannot be waived.
5.4 If any Condition has not been satisfied or waived by 30 June (the "Long-Stop Date"), either Party may terminate this Agreement by written notice, provided that a Party may not terminate if the failure of the Condition results from its own breach.
5.5 Each Party shall notify the other within two (2) Business Days of becoming aware that a Condition has been satisfied, or that a Condition is likely not to be satisfied by the Long-Stop Date.
5.6 Between Signing and Completion, the Sellers shall procure that the Company carries on its business in the ordinary course and shall not, without the Buyer's prior written consent (not to be unreasonably withheld), enter into, amend or terminate any contract with an annual value exceeding NOK 5,000,000, including the framework agreement with Nordvarme Energi AS. [Sellers have asked whether they may agree Nordvarme's requested price revision themselves to obtain the consent in (c)]
5.7 If Completion has not occurred by the Long-Stop Date because the Condition in clause 5.1(a) has not been satisfied, the Long-Stop Date shall be extended once, automatically, by sixty (60) days."""),
    ("tri-e6e046708e0f", "es", "", """¿cuál es el rate limit de /v2/batch en el plan Growth y qué cabecera me dice cuándo puedo reintentar? abajo os pego la doc

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
    ("tri-d03247b7b0ce", "es", "", """Nuestro consejo asesor de pacientes dice que esta sección del consentimiento es ilegible. Reescríbela con un nivel de lectura de más o menos sexto de primaria, pero sin cambiar lo que el paciente está aceptando en realidad: el área legal la va a revisar línea por línea.

«AUTORIZACIÓN PARA TRATAMIENTO Y DIVULGACIÓN DE INFORMACIÓN. Por medio de la presente, otorgo voluntariamente mi consentimiento para los procedimientos diagnósticos, pruebas de laboratorio y tratamientos médicos o quirúrgicos que se consideren necesarios o aconsejables a juicio profesional de mi médico tratante y del personal médico de Greystone Regional Medical Center. Reconozco que la práctica de la medicina no es una ciencia exacta y que no se me ha dado garantía alguna en cuanto a los resultados de cualquier examen o tratamiento. Entiendo que residentes, fellows y estudiantes de programas de formación aprobados podrán participar en mi atención bajo la supervisión adecuada. Autorizo a Greystone Regional Medical Center a divulgar a mi(s) aseguradora(s) de salud, o a cualquier otra parte financieramente responsable de mi atención, aquellas partes de mi expediente clínico que sean necesarias para obtener el pago de los servicios prestados. Esta autorización no se extiende a los registros de tratamiento por trastornos por consumo de sustancias ni a las notas de psicoterapia, que requieren una autorización por escrito por separado. Puedo revocar esta autorización por escrito en cualquier momento, salvo en la medida en que ya se hayan tomado acciones con base en ella.»"""),
    ("tri-536e255fb450", "es", "", """¿por qué me llegó menos neto este mes? aquí están los dos recibos de nómina

SEPTIEMBRE: Bruto 5,200.00 | Impuesto federal 612.40 | Impuesto estatal 248.10 | Seguro Social 322.40 | Medicare 75.40 | 401(k) 6% 312.00 | Seguro médico 164.00 | NETO 3,465.70
OCTUBRE: Bruto 5,200.00 | Impuesto federal 612.40 | Impuesto estatal 248.10 | Seguro Social 322.40 | Medicare 75.40 | 401(k) 6% 312.00 | Seguro médico 164.00 | FSA de cuidado de dependientes 208.33 | NETO 3,257.37"""),
    ("tri-bf39cc49f843", "es", "", """solo los emails porfa

--
Marta Okonkwo | Responsable de Compras, Brightwater Utilities
marta.okonkwo@brightwater-util.example | +44 20 7946 0321

De: Deshawn Reyes <d.reyes@kilnworks.example>
Enviado: martes 09:12
CC: accounts@kilnworks.example; 'Pia Lindqvist' <pia.l@brightwater-util.example>

Gracias a todos. He metido en copia a nuestro equipo de cuentas a pagar (ap-team@kilnworks.example) para lo de la remesa, ellos le contestarán directamente a Marta."""),
    ("tri-6a02372628d9", "es", "", """Solo con base en esta llamada, ¿cuáles son las objeciones reales de Granby, quién toma la decisión en realidad y qué tan probable es que se cierre antes de fin de trimestre? Sé directo, necesito actualizar el forecast.

Llamada de descubrimiento - Finlow Analytics / Granby Cold Storage - 3 de marzo de 2026 (transcripción automática, ligeramente editada)
Asistentes: Owen Burke (Finlow, AE), Marta Lindqvist (Granby, directora de Operaciones), Tom Aberg (Granby, gerente de TI); Kaveh Nasseri (Granby, CFO) se unió en el minuto 00:31.

Owen: Gracias por hacerse el espacio. Marta, la vez pasada mencionaste que lo que detonó todo esto fueron las cifras de merma, ¿no?
Marta: Así es. El año pasado perdimos unas 140 tarimas de producto por desviaciones de temperatura en los tres sitios, sobre todo en Hull. Cada una de esas es un reclamo de un cliente, y dos clientes empezaron a pedir datos de temperatura en tiempo real como condición para renovar. Así que para mí esto ya no es un "estaría bien tenerlo".
Owen: ¿Y hoy están leyendo los registradores a mano?
Marta: A mano, se descargan una vez por semana. Para cuando vemos una desviación, el producto ya se echó a perder.
Tom: ¿Puedo meterme con la parte técnica? Nuestro WMS es el viejo Kordex 8, on-prem. Cualquier cosa que necesite una integración en vivo con él va a ser un problema. Hace dos años un proveedor nos prometió una integración, tardó nueve meses y nunca funcionó bien.
Owen: Entendido. Nuestros sensores no necesitan el WMS para la parte de alertas; la integración solo sirve para ligar las desviaciones a tarimas específicas.
Tom: Entonces lo querría por fases. Y querría saber quién da soporte a los gateways de noche. Tenemos una sola persona de TI de guardia para los tres sitios, y casi todas las semanas soy yo.
Marta: Es justo, el equipo de Tom está al límite.
Owen: Kaveh, bienvenido. Justo estábamos hablando del despliegue.
Kaveh: Perdón, hoy traigo juntas una tras otra. Voy a ser directo. Ya vi la propuesta. El número es alto. Doscientos diez mil en el primer año es más que toda nuestra partida de capex de TI del año, y ese presupuesto ya está comprometido. No estoy en contra, pero si esto va a pasar antes del verano tendría que salir del presupuesto de operaciones, no del mío.
Marta: Que yo tampoco tengo, no de ese tamaño.
Kaveh: Entonces es una conversación para el consejo. Nuestro próximo consejo es el 22 de abril. Necesitaría un business case que muestre el periodo de recuperación, y ayudaría que el riesgo en las renovaciones de clientes que mencionó Marta estuviera por escrito, no solo en una plática.
Marta: Uno de ellos, Alder Foods, ya lo puso en su borrador de contrato. Lo puedo conseguir.
Owen: ¿Y si empezamos solo con Hull? Ahí está la mayor parte de las pérdidas.
Kaveh: Un piloto en un solo sitio por menos de cincuenta mil lo puedo firmar yo. Cualquier cosa por encima de eso va al consejo.
Tom: Un piloto en Hull sí lo podría soportar. Tres sitios a la vez, no.
Owen: Va. ¿Entonces un piloto en Hull ya, y un business case para el consejo para el despliegue completo?
Kaveh: No prometo que el consejo diga que sí. Tuvimos un mal trimestre y están revisando cada partida. Pero tráeme los números.
Marta: Yo lo voy a impulsar internamente. Lo que no puedo es financiarlo.
Owen: Entendido. Les mando una propuesta solo para Hull el viernes y un borrador de business case que Marta pueda editar.
Kaveh: Está bien. Y Owen, nada de descuentos que vencen el 31, por favor. Ese tipo de presión conmigo no funciona.
Owen: Anotado. Gracias a todos."""),
    ("tri-9f65bbb21025", "es", "", """test_checkout_applies_voucher falla más o menos 1 de cada 15 ejecuciones en CI, nunca en local. Os pego dos ejecuciones fallidas y el test. Ya probé a meter un sleep(1), que hizo que fallara menos, pero no ha desaparecido. ¿Cuál es la causa real?

Run #4812 (failed):
  12:01:03.118 [test] POST /cart/items sku=BK-2201 qty=2 -> 201
  12:01:03.140 [test] POST /cart/voucher code=SPRING15 -> 200 {"discount":15}
  12:01:03.141 [worker] cart.recalculate job picked up cart=9f2e (enqueued 12:01:03.119)
  12:01:03.162 [test] GET /cart -> 200 {"subtotal":58.00,"discount":0,"total":58.00}
  12:01:03.170 [worker] cart.recalculate job done cart=9f2e discount=0
  AssertionError: expected total 49.30, got 58.00

Run #4840 (failed):
  09:44:51.502 [test] POST /cart/items sku=BK-2201 qty=2 -> 201
  09:44:51.529 [test] POST /cart/voucher code=SPRING15 -> 200 {"discount":15}
  09:44:51.530 [worker] cart.recalculate job picked up cart=11ab (enqueued 09:44:51.503)
  09:44:51.560 [worker] cart.recalculate job done cart=11ab discount=0
  09:44:51.561 [test] GET /cart -> 200 {"subtotal":58.00,"discount":0,"total":58.00}

def test_checkout_applies_voucher(client, worker):
    client.post("/cart/items", json={"sku": "BK-2201", "qty": 2})
    client.post("/cart/voucher", json={"code": "SPRING15"})
    time.sleep(1)
    cart = client.get("/cart").json()
    assert cart["total"] == pytest.approx(49.30)

El endpoint del voucher escribe el código del voucher en la fila del carrito; el job de recálculo lee el carrito, calcula los totales y escribe subtotal/discount/total de vuelta en un único UPDATE de toda la fila. En CI el worker corre en el mismo contenedor con 4 hilos; en local lo ejecuto con 1."""),
    ("tri-c5fd1438f484", "es", "Ayudas a los clientes de Telvio Mobile a entender sus facturas. Sé breve.", """Enlista cada cargo de roaming de esta factura: fecha, país, monto. No los sumes.

Periodo de facturación 01-31 jul | Plan: Telvio Unlimited 5G | Cargo mensual 35.00
03 jul  Pase diario de datos en roaming - Suiza                 9.00
04 jul  Pase diario de datos en roaming - Suiza                 9.00
04 jul  SMS premium 84444                                       2.50
09 jul  Llamada saliente en roaming - Marruecos (14 min)       20.30
11 jul  Llamada internacional a Polonia desde UK (6 min)        4.20
22 jul  Paquete adicional: 10GB extra                           5.00
Total del mes                                                  85.00"""),
    ("tri-e0d160dc5881", "es", "", r"""Pasamos este script antes de publicar las sentencias del tribunal en nuestro portal de datos abiertos. Se supone que anonimiza los nombres, correos electrónicos, teléfonos y números de National Insurance de las partes y los testigos. Una periodista nos acaba de decir que ha encontrado el nombre de un testigo sin anonimizar en uno de los PDF del mes pasado. ¿Puedes revisar el código a fondo: encontrar todas las formas en que puede filtrar datos personales, explicar cada una y proponer soluciones? No soy desarrolladora (soy la responsable de gobernanza de la información), así que explícamelo también en lenguaje llano.

```python
import re
import sys
import fitz  # PyMuPDF

EMAIL = re.compile(r"[a-z0-9._]+@[a-z0-9]+\.[a-z]{2,3}")
PHONE = re.compile(r"\b0\d{10}\b")
NINO = re.compile(r"[A-Z]{2}\d{6}[A-D]")


def load_names(path):
    names = []
    with open(path) as f:
        for line in f:
            names.append(line.strip())
    return names


def redact_text(text, names):
    for name in names:
        text = text.replace(name, "[REDACTED]")
    text = EMAIL.sub("[EMAIL]", text)
    text = PHONE.sub("[PHONE]", text)
    text = NINO.sub("[NINO]", text)
    return text


def redact_pdf(in_path, out_path, names):
    doc = fitz.open(in_path)
    for page in doc:
        text = page.get_text()
        redacted = redact_text(text, names)
        if redacted != text:
            # draw black boxes over anything we changed
            for name in names:
                for rect in page.search_for(name):
                    page.add_redact_annot(rect, fill=(0, 0, 0))
            for m in EMAIL.finditer(text):
                for rect in page.search_for(m.group()):
                    page.add_redact_annot(rect, fill=(0, 0, 0))
            page.apply_redactions()
    doc.save(out_path)


def main():
    if len(sys.argv) != 4:
        print("usage: redact.py input.pdf output.pdf names.txt")
        sys.exit(1)
    in_path, out_path, names_path = sys.argv[1:]
    names = load_names(names_path)
    try:
        redact_pdf(in_path, out_path, names)
    except Exception as e:
        print("warning:", e)
        import shutil
        shutil.copy(in_path, out_path)
    print("done")


if __name__ == "__main__":
    main()
```

También hay un segundo script que el administrativo ejecuta a final de semana para procesar de una vez todo lo que hay en la carpeta "to_publish":

```python
import os
import subprocess
import logging

logging.basicConfig(filename="C:/Users/Public/redaction_log.txt", level=logging.INFO)

SRC = "C:/Users/Public/to_publish"
DST = "//portal-share/uploads/judgments"

for fname in os.listdir(SRC):
    if not fname.endswith(".pdf"):
        continue
    names_file = os.path.join(SRC, fname.replace(".pdf", "_names.txt"))
    if not os.path.exists(names_file):
        names_file = os.path.join(SRC, "default_names.txt")
    src_pdf = os.path.join(SRC, fname)
    out_pdf = os.path.join(DST, fname)
    logging.info("processing %s with %s", fname, names_file)
    with open(names_file) as nf:
        logging.info("names: %s", nf.read())
    subprocess.run(["python", "redact.py", src_pdf, out_pdf, names_file])
    os.remove(src_pdf)
```

El archivo default_names.txt está prácticamente vacío (tiene una sola línea con "Claimant"), porque solo lo añadimos para que el script no petara cuando al administrativo se le olvidaba crear el archivo de nombres. Nadie mira el log salvo que algo vaya mal, y los originales se borran después de cada ejecución, así que no es fácil volver a comprobar lo que se publicó frente a lo que entró.

Cómo lo usamos: el administrativo escribe en names.txt los nombres completos de las partes y los testigos tal y como aparecen en la portada (p. ej., "Ms Jennifer Ann Holloway"), uno por línea, y luego ejecuta el script sobre el PDF de la sentencia. La salida va directamente a la carpeta de subida del portal. Las sentencias suelen referirse a las personas como "the Claimant", "Ms Holloway", "Jenny" o por sus iniciales a partir de la primera mención, y algunas llevan adjuntas al final las declaraciones de los testigos como imágenes escaneadas. A veces también nos llegan sentencias en galés. El script se ejecuta en un ordenador Windows compartido en la oficina del tribunal.

¿Cómo sería una versión segura de este proceso? No nos importa cambiar tanto el proceso como el código."""),
    ("tri-06b5a3da8b84", "es", "Eres TurbineDocs, un asistente para los técnicos de servicio de Aldmoor Wind. Responde usando únicamente los extractos del manual incluidos en el mensaje y cita el número de sección.", """Extractos:
§ 6.4.2 Pernos de raíz de pala (serie V, rotor Ø 112 m): M36 10.9, lubricados con pasta de MoS2. Apretar en dos pasadas: pasada 1 al 50 % del par final, en cruz; pasada 2 a 2,400 Nm. Verificar con tensor hidráulico al 100 % tras 500 horas de operación.
§ 6.4.3 Pernos de raíz de pala (serie V, rotor Ø 126 m): M39 10.9, solo método de tensado, precarga de 610 kN. No se permite el método por torque.
§ 6.5.1 Pernos del rodamiento de pitch: M30, 1,450 Nm.

Pregunta: ¿qué torque uso en los pernos de las palas del rotor de 126 m? el jefe de sitio dice que 2,400."""),
    ("tri-b81e9e68af24", "es", "Proceso por lotes: fichas de reserva de los alquileres vacacionales de Casa Limonaia. Para cada ficha responde a una sola pregunta: ¿ha pagado el huésped la señal? Devuelve SÍ, NO o NO_CLARO y después cita la línea que lo respalda.", """Reserva #LIM-4471
Huésped: T. Okonkwo, 2 adultos 1 niño
Fechas: 12-19 ago
Total: EUR 1,960
Pagos recibidos: 08 mar transferencia bancaria EUR 590 (concepto 'señal LIM4471')
Saldo pendiente: 12 jul
Notas: preguntó por una cuna"""),
    ("tri-61f2570ae15e", "es", "", """Asigna a cada transacción una de estas categorías: Súper, Transporte, Restaurantes, Servicios, Suscripciones, Renta, Salud, Compras, Transferencia, Otros. Devuelve la lista como `fecha | descripción | categoría`.

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
    ("tri-d52836bc6e05", "es", "", """Esto corre en un PC industrial de la planta para registrar 3 máquinas por Modbus TCP. Problemas al cabo de unas horas: (1) de vez en cuando casca con "RuntimeError: dictionary changed size during iteration", (2) cuando apagan la press2 por la noche la CPU se pone al 100% y el PLC del horno empieza a perder conexiones, (3) cuando una máquina está offline el CSV repite la misma fila cientos de veces, (4) a veces parece que cycle_count salta 65536 y luego vuelve. Por favor, arréglalo bien y dime qué más está mal: tiene que funcionar desatendido durante meses.

```python
import threading, time, csv
from pymodbus.client import ModbusTcpClient

PLCS = {"press1": "10.20.1.11", "press2": "10.20.1.12", "oven": "10.20.1.20"}
latest = {}
client_cache = {}

def get_client(ip):
    if ip not in client_cache:
        c = ModbusTcpClient(ip, port=502, timeout=2)
        c.connect()
        client_cache[ip] = c
    return client_cache[ip]

def poll(name, ip):
    while True:
        try:
            c = get_client(ip)
            rr = c.read_holding_registers(100, 10, slave=1)
            if rr.isError():
                print(name, "modbus error", rr)
                continue
            regs = rr.registers
            latest[name] = {
                "ts": time.time(),
                "temp": regs[0] / 10.0,
                "pressure": regs[1] / 100.0,
                "cycle_count": (regs[2] << 16) + regs[3],
                "state": regs[4],
            }
        except Exception as e:
            print(name, "exception", e)
            client_cache.pop(ip, None)
        time.sleep(0.5)

def writer():
    with open("machine_log.csv", "a", newline="") as f:
        w = csv.writer(f)
        while True:
            for name, d in latest.items():
                w.writerow([name, d["ts"], d["temp"], d["pressure"], d["cycle_count"], d["state"]])
            f.flush()
            time.sleep(1)

for name, ip in PLCS.items():
    threading.Thread(target=poll, args=(name, ip), daemon=True).start()
threading.Thread(target=writer, daemon=True).start()

while True:
    time.sleep(60)
```

Salida de consola de anoche, más o menos cuando apagaron la press2:

```
press2 exception Modbus Error: [Connection] Failed to connect[ModbusTcpClient 10.20.1.12:502]
press2 modbus error Modbus Error: [Input/Output] No response received after 3 retries
press2 modbus error Modbus Error: [Input/Output] No response received after 3 retries
press2 modbus error Modbus Error: [Input/Output] No response received after 3 retries
... (about 40,000 more lines like this)
oven exception Modbus Error: [Connection] ModbusTcpClient 10.20.1.20:502: Connection unexpectedly closed
Exception in thread Thread-4 (writer):
Traceback (most recent call last):
  File "/opt/mlog/mlog.py", line 43, in writer
    for name, d in latest.items():
RuntimeError: dictionary changed size during iteration
```

En el lado del PLC (Siemens S7-1500 con el bloque de servidor Modbus) cycle_count se guarda como UDInt repartido entre los registros 102/103, con la palabra baja primero creo, pero no estoy 100% seguro. Estamos en Python 3.11 y pymodbus 3.6. Ahora mismo se arranca con `nohup python3 mlog.py &` desde una entrada @reboot del cron, que ya sé que es feo.

Lo que necesito al final:
- un CSV por máquina y por día, rotado a medianoche
- una fila solo cuando de verdad se han leído datos nuevos, con una marca 'stale' si una máquina lleva más de 10 s sin responder
- reconexión con backoff para que un PLC caído no machaque la red
- parada limpia con SIGTERM, porque debería correr como servicio de systemd
- sin dependencias de terceros aparte de pymodbus, si se puede

Además, ¿tiene sentido usar threading o debería ser asyncio con el cliente asíncrono? El año que viene habrá 12 máquinas, algunas detrás de un puente Wi-Fi poco fiable en la nave 3. Explícame el porqué de cada cambio para que pueda defenderlo ante el de seguridad informática que revisa todo lo que corre en la red OT."""),
    ("tri-18807f52966b", "es", "", """Ok, necesito pensar en voz alta y al final me encantaría tu opinión honesta, porque llevo una semana yendo y viniendo y mi fecha límite es el viernes.

Contexto: tengo 27 años, llevo cuatro como maestra de preescolar y el año pasado hice un bootcamp de programación en las noches. Llevo ocho meses aplicando a puestos de desarrolladora junior y de repente tengo dos ofertas al mismo tiempo.

Oferta 1: Desarrolladora front-end junior en Brightpath, una startup de edtech de 40 personas. $68,000, totalmente remoto, 10 días de vacaciones pagadas y stock options que la reclutadora admitió que "probablemente no valen nada a menos que nos compren". Levantaron capital hace 18 meses y el fundador dijo en la entrevista que tienen "como 14 meses de runway". El equipo se ve muy buena onda. La que sería mi jefa, Priyanka, se quedó 30 minutos extra después de la entrevista nada más para responder mis preguntas sobre crecimiento profesional, y me dijo que haría pair programming conmigo dos veces por semana los primeros tres meses. El producto es una app de lectura para niños, que la verdad se siente como el puente perfecto desde la docencia. Lo malo es que es una startup, y si no levantan otra ronda podría estar buscando trabajo en un año con solo un año de experiencia.

Oferta 2: Ingeniera de software asociada en Calloway Insurance, una aseguradora regional grande. $74,000, más 6% de match en el 401k, 18 días de vacaciones pagadas, híbrido con 3 días a la semana en una oficina que me queda a 50 minutos en tren de ida y 50 de vuelta desde mi departamento. El trabajo es dar mantenimiento a software interno de siniestros, mucho Java y algunos sistemas muy viejos. Los entrevistadores fueron amables pero medio planos, y cuando pregunté por mentoría me dijeron que hay "un programa formal de onboarding" y un sistema de buddies. Es súper estable, no han tenido despidos en 20 años. Mi papá trabaja en seguros y piensa que estaría loca si no la acepto.

Otras cosas que están pasando:
- Tengo como $22,000 en préstamos estudiantiles de mi carrera de maestra y del bootcamp. No me ahogan, pero los siento cada mes.
- Mi pareja, Leo, está terminando enfermería y puede que se tenga que mudar por una residencia en unos 14 meses, y todavía no sabemos a dónde. Con remoto eso sería fácil. Con híbrido probablemente tendría que renunciar o rogar después por el remoto.
- Me preocupa aburrirme en Calloway y perder la chispa que me sacó adelante en el bootcamp. Pero también sé que soy medio romántica con eso del trabajo "con propósito", y la pasión no paga la renta.
- Un amigo que es dev senior me dijo que el primer trabajo importa menos de lo que creo y que elija donde vaya a aprender más rápido. Mi mamá dice que elija el que "me deje dormir tranquila".
- En Brightpath me dieron a entender que tal vez podrían subir a $71k si lo pidiera. No lo he pedido.
- Calloway quiere respuesta para el viernes. Brightpath me dijo que me tome el tiempo que necesite, pero no quiero traerlos colgados.

Sé que nadie puede decidir por mí, pero siento que ya no puedo pensar con claridad sobre esto. Con todo esto, ¿hacia cuál te inclinarías y en qué no estoy pensando? ¿Y debería negociar con Brightpath antes de decidir, o eso es como estarlos usando?"""),
    ("tri-6a1d4438969c", "es", "Limpias datos para el equipo de Gobernanza de la Información del Westmoor District Council. Convierte el registro de solicitudes pegado en un CSV con las columnas: ref, received (YYYY-MM-DD), requester_type (individual/journalist/business/campaign_group/other), subject, directorate, status (open/closed_full/closed_partial/refused/withdrawn), closed (YYYY-MM-DD o vacío), days_to_close. Fusiona las entradas que sean claramente la misma solicitud y marca en una columna adicional 'notes' cualquier fila en la que hayas tenido que decidir a criterio propio.", """Exportación del registro FOI/EIR – T2 – copiado del tracker del buzón compartido (perdón por el caos, lo actualizamos tres personas)

FOI-2291 | rec'd 1 Apr | Mr D. Fairclough | How much has the council spent on agency social workers 2021-2024? | Children's Services | CLOSED - info provided in full 24/04
FOI-2292 | 02/04/2024 | Westmoor Gazette (K. Amin) | number of potholes reported vs repaired, by ward | Highways | partial - ward data not held, 29 April
FOI-2293 | 2nd April | Save Ashby Meadows group | all correspondence with Corland Homes re. Ashby Meadows site | Planning | EIR - refused reg 12(4)(e) internal comms - 30/4/24
FOI-2294 | 3/4 | anon (gmail) | CEO salary and expenses | Corporate | withdrawn by requester 5/4
FOI 2295 | 04-04-2024 | Lakeside Catering Ltd | contract value and end date for school meals contract | Education | closed full 18.04.24
FOI-2295 | 4 April 2024 | Lakeside Catering | school meals contract – value/end date | Education | DONE
FOI-2296 | 8 Apr | Ms P. Nwosu | number of EHCP assessments completed within 20 weeks | Education | open – chased by requester 7 May
FOI-2297 | 09/04/24 | Gazette | agency social workers spend?? | Children's | closed – see 2291 (same info) 26/4
FOI-2298 | 10.04.2024 | Friends of Westmoor Library | library opening hours cut proposals, consultation responses | Communities | closed partial – personal data redacted – 07/05/2024
FOI-2299 | 11 April | J. Harrow | parking fines issued on Mill Lane 2023 | Highways / Parking | closed in full 3 May
FOI-2300 | 12/4 | unknown | "everything you hold about me" | Corporate | treated as SAR – transferred to DPO 15/4
FOI-2301 | 15/04/2024 | Brightline Solar Ltd | planning pre-application advice for solar farm at Cotter's End | Planning | refused s43 commercial interests 10/05
FOI-2302 | 16/4/2024 | M. Lorimer (journalist, freelance) | number of staff disciplinary cases in Highways dept | Highways / HR | open
FOI-2303 | 17 Apr 24 | Cllr. Tate (as private individual) | cost of the new council website | Corporate / Digital | closed full 14/05/2024
FOI-2304 | 18/04 | Ashby Meadows Action | correspondence Corland Homes Ashby Meadows | Planning | EIR – refused, see 2293 – 02/05
FOI-2305 | 22/4/24 | Dr R. Kowalczyk (University of Westmoor) | air quality monitoring data near Hallam Road primary, 2019-2023 | Environmental Health | EIR – closed full 13/05
FOI-2306 | 23 April | Westmoor Tenants' Union | number of council homes empty for more than 6 months, by ward | Housing | open – clarification requested 25/4

Notas de Priya: la 2296 está fuera de plazo (recibida el 8 de abr., los 20 días hábiles se cumplirían el 8 de may., con el festivo de principios de mayo el día 6). El año de todas es 2024. Las fechas que no llevan el mes escrito detrás son día/mes."""),
    ("tri-f0b5c59e1879", "es", "", """Necesitamos un parser para nuestro DSL de reglas de precios (ahorita se parsea con un desastre de regex de 900 líneas). La gramática es más o menos así:

rule      := "when" condition ("and" condition)* "then" action ("," action)*
condition := field op value | field "in" "[" value ("," value)* "]"
field     := "cart.total" | "cart.items" | "customer.tier" | "sku" | "date"
op        := "==" | "!=" | ">" | ">=" | "<" | "<="
action    := "discount" percent "%" | "free_shipping" | "gift" sku
value     := number | string | date

Ejemplos:
when customer.tier == "gold" and cart.total >= 120 then discount 10%, free_shipping
when sku in ["TEA-01","TEA-02"] and date < 2025-12-24 then gift "MUG-XMAS"

Escríbelo en TypeScript como un parser descendente recursivo hecho a mano que genere un AST tipado, con mensajes de error decentes (línea/columna, qué se esperaba), y con tests. Dime también cómo lo extenderías más adelante para soportar "or" y paréntesis sin tener que reescribir todo."""),
    ("tri-db5932464dee", "es", "", "del neerlandés al inglés: \"U heeft op 14 maart om 11:42 geparkeerd op de Prinsengracht zonder geldig parkeerrecht. De naheffingsaanslag bedraagt € 74,43. Betaal binnen zes weken.\" ¿¿me han puesto una multa??"),
    ("tri-05f480830568", "es", "API de transformación de tono. La entrada es JSON {\"text\", \"target_tone\"}. Devuelve únicamente JSON {\"rewritten\"}.", "{\"text\": \"Tu pago volvió a fallar. Actualiza tu tarjeta o tu cuenta será suspendida el día 30.\", \"target_tone\": \"amigable\"}"),
    ("tri-5d3bd19a26e2", "es", "Eres un asistente de planificación de inventario para una marca de cosmética D2C. Muestra tus cálculos paso a paso e indica los supuestos que haces.", """Producto: Hydra Barrier Cream 50ml
Demanda media diaria: 140 unidades, desviación típica de la demanda diaria: 35 unidades
Plazo de entrega del proveedor: 21 días (desviación típica 4 días)
Coste unitario: 6,20 €, coste de almacenamiento del 25 % del coste unitario al año
Coste de pedido (gestión administrativa de la OC + parte fija del transporte de entrada): 380 € por pedido
Nivel de servicio de ciclo objetivo: 97,5 %
En stock: 3.900 unidades; pedidas: 0
MOQ del proveedor: 5.000 unidades, en múltiplos de 1.000
La demanda es bastante plana a lo largo del año salvo un repunte del +30 % en noviembre y diciembre; estamos a principios de marzo. El almacenamiento en nuestro 3PL está limitado a 9.000 unidades para este SKU.

¿Cuál es el punto de pedido incluyendo el stock de seguridad, qué cantidad de pedido usarías teniendo en cuenta el EOQ y el MOQ, y debería lanzar un pedido hoy?"""),
    ("tri-147a0eaff3e1", "es", "", "preparación de debate. moción: 'las ciudades deberían prohibir los autos particulares en el centro.' nosotros vamos a favor. enlista todos los contraargumentos que nos podría aventar la oposición para preparar las réplicas"),
    ("tri-13519021726b", "es", "", """const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');
const { exec } = require('child_process');

const upload = multer({ dest: '/srv/hrportal/tmp' });
const router = express.Router();

router.post('/candidates/:id/cv', upload.single('cv'), (req, res) => {
  const ext = path.extname(req.file.originalname);
  const target = path.join('/srv/hrportal/cv', req.params.id + ext);
  fs.renameSync(req.file.path, target);
  if (ext === '.docx' || ext === '.doc') {
    exec(`libreoffice --headless --convert-to pdf ${target} --outdir /srv/hrportal/cv`, (err) => {
      if (err) console.error(err);
    });
  }
  res.json({ ok: true, url: '/files/cv/' + req.params.id + ext });
});

router.get('/files/cv/:name', (req, res) => {
  res.sendFile(path.join('/srv/hrportal/cv', req.params.name));
});

module.exports = router;

^ los de selección suben los CV de los candidatos por aquí. el mes que viene lo abrimos a agencias de selección externas. ¿qué agujeros tiene, de peor a menos grave, y cómo debería quedar la versión corregida?"""),
    ("tri-270e9d8dff21", "es", "", """Con las cifras de este extracto del informe anual, ¿podría Harrowgate Living incumplir su covenant de deuda neta/EBITDA (máximo 8.0x, medido el 31 de diciembre de cada año) el próximo año si los planes descritos siguen adelante y las rentas crecen solo 2%? Muestra el cálculo y deja claros tus supuestos; usa solo lo que viene en el texto.

HARROWGATE LIVING PLC - ANNUAL REPORT, FINANCIAL REVIEW (EXTRACT)

Portfolio. At 31 December, the Group owned 4,210 residential units across 31 build-to-rent schemes in the north of England, valued at 1.18 billion pounds (prior year: 1.21 billion). The valuation decline of 2.5% reflects an increase in the average equivalent yield from 4.6% to 4.9%, partially offset by rental growth. Occupancy averaged 96.8% (prior: 97.3%).

Income. Gross rental income for the year was 71.4 million pounds, up 6.9% on a like-for-like basis. Property operating expenses were 20.6 million, giving net rental income of 50.8 million. Administrative expenses were 9.3 million. EBITDA (net rental income less administrative expenses, excluding valuation movements) was therefore 41.5 million.

Financing. Net debt at year end was 318 million pounds, consisting of a 200-million-pound unsecured bond maturing in four years (fixed coupon 3.1%) and 130 million drawn on a 250-million-pound revolving credit facility (RCF), less cash of 12 million. The RCF bears interest at SONIA plus 1.9%. The RCF covenants require net debt to EBITDA of no more than 8.0x and interest cover of at least 2.0x, both tested annually at 31 December. Net debt to EBITDA at year end was 7.7x.

Development pipeline. The Group is committed to two forward-funded schemes, Millgate Yard (182 units) and Canal Quarter (240 units). Remaining capital expenditure on these schemes is 74 million pounds, expected to be paid during the coming year and funded from the RCF. Millgate Yard is expected to complete in the final quarter of the coming year, with lettings starting in January of the year after. Canal Quarter is expected to complete 18 months from now. Neither scheme will contribute rental income in the coming year.

Disposals. The board has approved the sale of two older schemes with 260 units, generating gross rental income of 3.9 million and net rental income of 2.6 million per year. Sale proceeds are expected to be about 58 million pounds, with completion targeted for the end of the third quarter of the coming year. Proceeds will be used to reduce RCF drawings.

Valuation outlook. The independent valuer expects yields to remain broadly stable over the coming year. A further 25 basis point increase in the equivalent yield would reduce the portfolio value by approximately 60 million pounds, which would not affect the covenants described above, as none of them is based on loan-to-value.

Costs. Property operating expenses are expected to grow in line with gross rental income, and administrative expenses to increase by 5% following investment in the operating platform.

Interest. The average cost of debt in the year was 3.9%. Every 50 basis point change in SONIA changes annual interest cost by about 0.65 million pounds at current RCF drawings. The Group has no interest rate hedging on the RCF.

Dividend. The board intends to maintain the dividend at 15 million pounds per year, paid in cash."""),
    ("tri-f09dff6cfc21", "es", "", """Revisa si este módulo es correcto antes de que le conectemos los nuevos analizadores de bioquímica, por favor. Recoge los ficheros de resultados de los dos analizadores, convierte unidades, marca los valores fuera de rango y los envía a nuestro sistema de información de laboratorio (LIS). La jefa del laboratorio cree que hay problemas sutiles de conversión de unidades y de zona horaria, porque la semana pasada algunos valores de glucosa en planta parecían incorrectos, y una vez una muestra repetida desapareció por completo del LIS. Enumera todos los bugs que encuentres con la línea y la consecuencia clínica, y luego dame una versión corregida. No lo reestructures más allá de lo que exijan los arreglos: el equipo de validación tiene que volver a probar cada línea modificada y nuestro auditor de acreditación leerá el diff el mes que viene. El hospital funciona con la hora de Europe/Amsterdam; el LIS guarda todo en UTC.

import csv
import datetime as dt
import logging
from dataclasses import dataclass, field

log = logging.getLogger("analyser_bridge")

# analyte -> (unit the LIS expects, conversion factor from analyser unit)
CONVERSIONS = {
    "GLU": ("mmol/L", 18.0),     # analyser reports mg/dL
    "CREA": ("umol/L", 88.4),    # analyser reports mg/dL
    "CHOL": ("mmol/L", 38.67),   # analyser reports mg/dL
    "K": ("mmol/L", 1.0),
    "NA": ("mmol/L", 1.0),
}

REFERENCE = {
    "GLU": (3.9, 5.5),
    "CREA": (62.0, 106.0),
    "CHOL": (0.0, 5.2),
    "K": (3.5, 5.1),
    "NA": (135.0, 145.0),
}


@dataclass
class Result:
    sample_id: str
    analyte: str
    value: float
    unit: str
    measured_at: dt.datetime
    flags: list = field(default_factory=list)


def parse_time(raw):
    # analysers send local time without offset, e.g. 2024-03-31 02:30:00
    return dt.datetime.strptime(raw, "%Y-%m-%d %H:%M:%S")


def convert(analyte, value):
    unit, factor = CONVERSIONS[analyte]
    if analyte in ("GLU", "CHOL"):
        return value * factor, unit
    return value * factor, unit


def flag(result, extra_flags=[]):
    low, high = REFERENCE[result.analyte]
    if result.value < low:
        extra_flags.append("L")
    elif result.value > high:
        extra_flags.append("H")
    result.flags = extra_flags
    return result


def read_file(path):
    results = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["status"] == "ERROR":
                log.warning("analyser error for %s", row["sample_id"])
                continue
            value, unit = convert(row["analyte"], float(row["value"]))
            r = Result(
                sample_id=row["sample_id"],
                analyte=row["analyte"],
                value=round(value, 1),
                unit=unit,
                measured_at=parse_time(row["timestamp"]),
            )
            results[r.sample_id] = flag(r)
    return list(results.values())


def read_file_kx(path):
    # second analyser (KX-200) exports semicolon-separated, European locale
    results = []
    with open(path, newline="", encoding="latin-1") as fh:
        for row in csv.reader(fh, delimiter=";"):
            if not row or row[0] == "SampleID":
                continue
            sample_id, analyte, raw_value, raw_time = row[0], row[1], row[2], row[4]
            value, unit = convert(analyte, float(raw_value.replace(",", "")))
            r = Result(sample_id, analyte, round(value, 1), unit, parse_time(raw_time))
            results.append(flag(r))
    return results


def newest_first(results):
    return sorted(results, key=lambda r: r.measured_at, reverse=True)


def push(results, lis_client):
    sent = 0
    for r in newest_first(results):
        payload = {
            "sample": r.sample_id,
            "test": r.analyte,
            "value": r.value,
            "unit": r.unit,
            "flags": ",".join(r.flags),
            "time": r.measured_at.isoformat() + "Z",
        }
        if lis_client.exists(r.sample_id, r.analyte):
            continue
        lis_client.post(payload)
        sent += 1
    log.info("pushed %d results", sent)
    return sent


class LisClient:
    def __init__(self, session, base_url, timeout=5):
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def exists(self, sample_id, analyte):
        resp = self.session.get(
            f"{self.base_url}/results/{sample_id}", timeout=self.timeout)
        if resp.status_code == 404:
            return False
        return any(t["test"] == analyte for t in resp.json()["tests"])

    def post(self, payload):
        resp = self.session.post(
            f"{self.base_url}/results", json=payload, timeout=self.timeout)
        if resp.status_code >= 500:
            log.error("LIS error %s for %s", resp.status_code, payload["sample"])
        return resp


def run(paths, lis_client):
    total = 0
    for path in paths:
        try:
            total += push(read_file(path), lis_client)
        except Exception:
            log.exception("failed on %s", path)
    return total"""),
    ("tri-dc398c129749", "es", "", "tl;dr: 'A partir del 1 de julio, los reembolsos de gastos de más de €500 necesitan la aprobación de un director, y los comprobantes se tienen que subir en un plazo de 10 días.'"),
    ("tri-026408089d61", "es", """Eres el asistente del centro de ayuda de Kestrel Audio. Responde a la pregunta del cliente usando únicamente los fragmentos de política recuperados que aparecen abajo. Cita los números de los fragmentos en los que te has basado. Si los fragmentos no cubren la pregunta, dilo y ofrece pasarle con un agente humano.

[1] Returns: change of mind
You can return most products within 30 days of delivery for a full refund, as long as they are in resalable condition with all accessories. For hygiene reasons, in-ear products (earbuds, in-ear monitors and their ear tips) can only be returned for change of mind if the hygiene seal on the box is unbroken. Products bought between 15 November and 24 December can be returned until 31 January of the following year.

[2] Faulty products and warranty
All Kestrel products come with a 12-month limited warranty from the date of delivery (24 months in the EU and UK). If a product develops a fault within the first 30 days, we will send you a brand-new replacement or give you a full refund, whichever you prefer, once our support team has confirmed the fault. Confirmation is usually done through a short troubleshooting chat or a video of the issue. After 30 days, faulty products are repaired or replaced with a new or refurbished unit at our discretion.

[3] What the warranty does not cover
The warranty does not cover damage caused by drops, crushing, water exposure beyond the product's IP rating, use of non-Kestrel chargers that do not meet USB-C specifications, normal wear of ear tips and ear cushions, battery capacity loss below 80% after 12 months, or any repair made by a third party.

[4] Return shipping
Return shipping is free for faulty products, and for change-of-mind returns within 30 days in the United States, Canada, the EU and the UK. In other countries, customers pay for return shipping on change-of-mind returns. We email a prepaid label within one business day of the return being approved. Please pack the product in its original box if you still have it.

[5] Refund timing
Refunds are issued to the original payment method within 5 business days after the returned product arrives at our warehouse and passes inspection. Your bank may take a further 3 to 10 days to show the refund. Orders paid with Kestrel gift cards are refunded as gift card credit.

[6] Orders from retailers
If you bought your Kestrel product from another retailer (for example an electronics store or an online marketplace), change-of-mind returns must go through that retailer under their policy. Warranty claims can always be made directly with Kestrel with proof of purchase.

[7] Ear tips and accessories
Replacement ear tips, cables and cases can be ordered from our accessories store. Accessories cannot be returned once opened, unless they are faulty.""", "compré los Pods Pro directamente en vuestra web hace 20 días, obviamente los abrí y los he usado unas cuantas veces, pero el auricular izquierdo suena muchísimo más bajo que el derecho. ¿todavía puedo devolverlos o ya es tarde? estoy en alemania, por cierto"),
    ("tri-1f7189601556", "es", "", """Soy secondary este fin de semana. ¿Tengo que contestar el teléfono en la noche si el primary no responde, y cuánto tiempo tengo? Contéstame en español con base en esta política:

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
    ("tri-fc1882bdd1d9", "es", "", """tesis = software de logística B2B en la UE, 1-5M de ARR. encaje FUERTE / DÉBIL / NINGUNO, una línea de por qué
1) Freightlark – SaaS de optimización de rutas para transportistas regionales, Lyon, 2.1M ARR, burn de 300k/mes
2) Dockwise – app de rastreo de paquetes para consumidores, Berlín, todavía sin ingresos
3) Palletry – planificación de personal de almacén, Róterdam, 3.4M ARR, rentable
4) Tarmacly – hardware para entregas con drones, Austin, 6M ARR"""),
    ("tri-6af058506f69", "es", "", """resume esto

daily del martes: - Jo: terminado el copy de la página de precios, esperando a legal - Sam: el bug del checkout sigue abierto, solo se reproduce en safari 16 - Nadia: fuera jueves/viernes - Ravi: ha empezado con los emails de referidos, primer borrador para el miércoles"""),
    ("tri-40963d5adf4c", "es", "Eres un asistente interno del equipo de SRE de Quillfeather. Responde a preguntas sobre documentos de incidentes. Cita las marcas de tiempo exactamente como están escritas.", """¿a qué hora terminó de verdad el rollback y quién lo aprobó?

---
POSTMORTEM: INC-2291 - Latencia en el checkout y errores 5xx (región UE)
Estado: Final | Severidad: SEV-2 | Autora: Dana Okafor | Revisado: 2026-03-19

Resumen
Entre las 09:12 y las 10:41 UTC del 17 de marzo de 2026, los clientes de la región UE sufrieron una latencia elevada en el checkout (p99 de hasta 14,2 s, normalmente 900 ms) y una tasa de HTTP 5xx que llegó a un pico del 6,8 % en el endpoint /cart/confirm. Fallaron aproximadamente 11.400 intentos de checkout. La causa fue un cambio de configuración en el pool de conexiones del payment-gateway que redujo el tamaño máximo del pool de 200 a 20 durante una actualización rutinaria de dependencias.

Impacto
- 11.400 intentos de checkout fallidos (aprox. 3.100 clientes únicos)
- Valor bruto de mercancía perdido estimado: EUR 412.000, de los cuales se cree que se recuperó aproximadamente el 60 % mediante reintentos más tarde ese mismo día
- Sin pérdida de datos. Ningún pago se cobró dos veces.
- Atención al cliente recibió 640 contactos etiquetados como "checkout" durante ese intervalo.

Cronología (UTC)
09:04 - La release 2026.03.17-2 se despliega en eu-west mediante el pipeline automatizado. El cambio incluye la actualización de la librería cliente de pagos de la 4.8.1 a la 5.0.0.
09:12 - La latencia p99 en /cart/confirm supera los 3 s. Salta la alerta "checkout-latency-high" y se avisa al ingeniero de guardia (Tomasz Wielgosz).
09:15 - Tomasz confirma la alerta. Sospecha inicial: degradación del proveedor de pagos. La página de estado del proveedor no muestra ningún incidente.
09:23 - La tasa de 5xx llega al 2,1 %. Se declara incidente SEV-3 y se abre el canal #inc-2291.
09:31 - Dana Okafor se une como incident commander. La severidad sube a SEV-2.
09:38 - Grafana muestra el tiempo de espera del pool del cliente de payment-gateway al 100 % de saturación. Hipótesis: pool de conexiones agotado.
09:44 - Se revisa el diff de la release. La nueva versión de la librería trae un max_pool_size por defecto de 20; nuestra clave de override pasó de maxPoolSize a max_pool_size en la 5.0.0 y nuestra configuración seguía usando la clave antigua, así que el override se ignoraba sin avisar.
09:52 - Se barajan dos opciones: hotfix de la clave de configuración o rollback de la release. Decisión: rollback, porque la release también contiene una migración de esquema sin revisar y un arreglo hacia delante requeriría un build nuevo.
09:58 - Se solicita el rollback. Lo aprueba Priya Raman (Engineering Manager, Payments), como se exige para los rollbacks en producción en horario laboral.
10:03 - Empieza el rollback.
10:19 - Rollback completado en las tres zonas de disponibilidad de eu-west. El tamaño del pool vuelve a 200.
10:26 - La latencia se recupera; p99 en 2,4 s por la cola de reintentos.
10:41 - p99 por debajo de 1 s y tasa de 5xx por debajo del 0,1 %. Incidente mitigado.
11:30 - Se cierra el incidente tras una hora de métricas estables.

Causa raíz
La librería cliente de pagos 5.0.0 renombró sus claves de configuración a snake_case. Nuestro servicio pasa la configuración como un mapa sin validar y la librería no avisa de claves desconocidas. Al ignorarse el override se aplicó el valor por defecto de la librería (20). Con la carga normal de las mañanas en la UE necesitamos unas 140 conexiones concurrentes.

Por qué no se detectó
- Staging funciona a un 5 % aproximado de la carga de producción, así que allí 20 conexiones bastaban.
- La PR de actualización de la dependencia estaba etiquetada como "chore" y solo tuvo una revisión.
- No había ninguna alerta sobre la saturación del pool de conexiones; solo alertábamos del síntoma (latencia).

Qué salió bien
- La alerta saltó a los 8 minutos del despliegue.
- La revisión del diff localizó rápido la clave renombrada una vez planteada la hipótesis del pool.

Qué salió mal
- Pasaron 19 minutos entre el primer aviso y la subida de severidad a SEV-2.
- El rollback tardó 16 minutos, más que el objetivo de 5 minutos, porque el pipeline volvió a construir las imágenes en vez de redesplegar el artefacto anterior.

Acciones
1. Añadir alerta de saturación del pool de payment-gateway > 80 % durante 3 minutos. Responsable: Tomasz Wielgosz. Fecha: 2026-03-28.
2. Hacer que el servicio falle ante claves de configuración desconocidas del cliente de pagos. Responsable: Li Na Zhou. Fecha: 2026-04-04.
3. Cambiar el pipeline de rollback para que redespliegue el artefacto anterior sin rebuild. Responsable: equipo de Plataforma (Marek Duda). Fecha: 2026-04-18.
4. Exigir dos revisores en las actualizaciones de versión mayor de dependencias. Responsable: Priya Raman. Fecha: 2026-03-31.
5. Hacer una prueba de carga al 50 % de la carga de producción en staging antes de actualizaciones mayores de dependencias. Responsable: Dana Okafor. Fecha: 2026-04-30.
---"""),
    ("tri-1b298107c5d6", "es", "", "Haz una tabla en markdown con: manzanas 3 1.20, peras 5 0.80, ciruelas 12 0.25 (columnas artículo, cantidad, precio)"),
    ("tri-3f1528d7d470", "es", "Das soporte al área de devoluciones de Brightcart, un marketplace de electrónica. Para cada solicitud de devolución del lote, asigna un nivel de riesgo de fraude (BAJO, MEDIO o ALTO) y da una justificación de una sola oración que cite la evidencia. Entrega una lista numerada en el mismo orden que la entrada.", """Lote RR-0611, 11 solicitudes

#1 Cuenta desde 2019, 142 pedidos, 2 devoluciones previas. Artículo: audífonos Sony WH-1000XM5, 389 USD. Motivo: "el auricular izquierdo truena a volumen alto". Sin fotos, pero adjunta un video donde se oye el tronido. Pide reembolso a la tarjeta original. Entregado hace 11 días, firmado por el cliente.

#2 Cuenta creada hace 6 días. Artículo: Apple iPad Air 13", 799 USD, enviado a un locker de paquetería. Motivo: "la caja llegó vacía". Sin fotos. La cuenta tiene un segundo pedido del mismo iPad a otro locker, también reportado como vacío. Pide el reembolso a un saldo de tarjeta de regalo recién agregado.

#3 Cuenta desde 2022, 17 pedidos, 0 devoluciones. Artículo: batería portátil Anker, 49 USD. Motivo: "cambié de opinión". Sin abrir, dentro del plazo de 14 días. Pide reembolso a la tarjeta.

#4 Cuenta desde 2021, 61 pedidos, 19 devoluciones en los últimos 12 meses, todas por "el artículo no coincide con la descripción", todas de cámaras o lentes de alto valor. Artículo: lente Canon RF 24-70mm, 2,099 USD. Motivo: "el lente tiene un rayón en el elemento frontal". Las fotos muestran un rayón; el número de serie no se ve en ninguna foto.

#5 Cuenta desde 2020, 33 pedidos, 3 devoluciones. Artículo: teclado Logitech, 129 USD. Motivo: "distribución equivocada, pedí QWERTZ alemán y me llegó el de EE. UU.". La foto de la caja muestra una etiqueta de distribución US; la línea del pedido muestra que se pidió el SKU alemán.

#6 Cuenta desde 2023, 8 pedidos, 1 devolución. Artículo: Samsung Galaxy S24, 859 USD. Motivo: "el teléfono no prende". El cliente pide un reemplazo, no un reembolso. La paquetería muestra entrega en la dirección de facturación. Peso del equipo devuelto al dejarlo en la paquetería: 168 g (peso indicado: 167 g).

#7 Cuenta desde 2018, 204 pedidos, 7 devoluciones. Artículo: Dyson V15, 749 USD. Motivo: "dañado en el envío". El paquete devuelto pesó 1.1 kg al dejarlo en la paquetería; solo el producto pesa 3.1 kg. El cliente insiste en que la unidad completa va adentro.

#8 Cuenta creada hace 2 meses, 4 pedidos, todos enviados a direcciones distintas en tres ciudades, cada uno pagado con una tarjeta diferente. Artículo: Nintendo Switch OLED, 349 USD. Motivo: "joy-con defectuosos con drift". Adjunta fotos. Pide el reembolso a una tarjeta distinta de la que usó para pagar.

#9 Cuenta desde 2024, 12 pedidos, 1 devolución. Artículo: bocina JBL Flip 6, 129 USD. Motivo: "llegó en naranja, yo elegí negro". La foto muestra una bocina naranja junto a la lista de empaque, que dice negro. Reembolso o cambio, le da igual.

#10 Cuenta desde 2017, 388 pedidos, 41 devoluciones (sobre todo ropa comprada en dos tallas). Artículo: Bose QuietComfort Earbuds II, 279 USD. Motivo: "un audífono no carga en el estuche". Siguió los pasos de solución de problemas que le sugirieron en el chat; adjunta foto del LED del estuche. Pide reemplazo.

#11 Cuenta desde 2025 (3 semanas), 1 pedido. Artículo: GoPro HERO12, 399 USD. Motivo: "no es como se describe, no graba en 4K". El anuncio dice claramente video 5.3K. El mensaje del cliente dice "reembolsen rápido o abro un contracargo". El artículo todavía no se ha devuelto."""),
    ("tri-64d59dcd3940", "es", "", """pásame esto por terraform fmt, sin tocar nada más

resource "aws_s3_bucket" "exports" {
bucket = "quarry-analytics-exports"
  tags = {
      Team = "data"
   CostCenter="4410"
  }
}
resource "aws_s3_bucket_versioning" "exports" {
bucket = aws_s3_bucket.exports.id
versioning_configuration { status = "Enabled" }
}"""),
    ("tri-3b677583f7f1", "es", "", """CITY OF MARLOWE FALLS - REQUEST FOR PROPOSALS RFP-2025-IT-014
Cloud-based Permitting and Inspections System

1. Introduction
The City of Marlowe Falls (the "City") invites proposals from qualified vendors for a hosted permitting, licensing and inspections system to replace the City's current on-premises application, which has been in service since 2009. The City processes approximately 9,500 building, electrical, plumbing and zoning permits per year and conducts about 21,000 field inspections.

2. Background
Today, applicants must submit paper forms or PDF attachments by e-mail, and permit technicians re-key the data. Inspectors record results on paper and enter them at the end of the day. The Community Development Department wants to offer online submission, online payment and real-time inspection scheduling, and to reduce average permit review time from 18 business days to 10.

3. Scope of Work
The selected vendor will configure, implement and host the system, migrate historical data and train City staff. The City expects implementation to take no more than twelve months from contract signature.

4. Requirements
Requirements are classified as mandatory ("shall") or desirable ("should"). Proposals that do not meet every mandatory requirement will be deemed non-responsive.

4.1 General
a) The system shall be offered as software-as-a-service hosted in data centres located in the United States.
b) The system should offer a configurable workflow designer usable by City staff without vendor assistance.
c) The vendor shall provide a public-facing portal allowing applicants to create accounts, submit applications, upload plans and track status.
d) The portal should be available in English and Spanish.

4.2 Security and compliance
a) The vendor shall hold a current SOC 2 Type II report and provide it with the proposal.
b) All data shall be encrypted in transit (TLS 1.2 or higher) and at rest.
c) The system should support single sign-on for City staff through the City's existing identity provider (SAML 2.0).
d) The vendor shall notify the City of any security incident affecting City data within 48 hours of discovery.

4.3 Payments
a) The system shall integrate with the City's payment processor for credit card and ACH payments.
b) The system should support partial payments and fee waivers with an approval workflow.

4.4 Inspections
a) The system shall provide a mobile application for inspectors that works offline and synchronises when connectivity returns.
b) Inspectors should be able to attach photos and annotate them.
c) Applicants shall be able to request inspections online up to 3 p.m. for the next business day.

4.5 Data migration and integration
a) The vendor shall migrate all permit records from 2009 onward, including attachments (approximately 1.8 TB).
b) The system should integrate with the County GIS parcel layer through its REST API.
c) The system shall provide a documented API or scheduled export so that the City's finance system can receive daily revenue data.

4.6 Accessibility
a) The public portal shall conform to WCAG 2.1 level AA.
b) The vendor should provide a third-party accessibility audit performed within the last 12 months.

5. Proposal format
Proposals shall not exceed 40 pages excluding appendices and must include: company overview, technical approach, implementation plan, staffing, three references from municipalities of similar size, and a price proposal submitted in a separate sealed file.

6. Evaluation
Proposals will be scored as follows: technical approach 35 points, implementation plan and experience 25 points, price 25 points, references 15 points. The City may invite up to three vendors to demonstrate their solution.

7. Schedule
RFP issued: 7 April 2025. Questions due: 21 April 2025, 5 p.m. local time. Answers published: 28 April 2025. Proposals due: 19 May 2025, 2 p.m. local time. Demonstrations: week of 16 June 2025. Anticipated award: July 2025.

8. Contact
All communication must go through the Procurement Officer, Ms. Dana Whitcombe, procurement@marlowefalls.example.gov. Contact with other City staff regarding this RFP during the solicitation period may result in disqualification.

^ para nuestra junta de bid/no-bid solo necesito los requisitos obligatorios ("shall") de la sección 4, numerados como en el documento, una línea cada uno. No incluyas los "should" ni nada de las secciones 5-8."""),
    ("tri-e838d8ff8dc7", "es", "", """El RBI exige que el Key Fact Statement esté en el idioma del prestatario. Tradúcelo entero al hindi (devanagari). Mantén todos los números, fechas y números de sección exactamente como están. No resumas nada.

KEY FACT STATEMENT - PERSONAL LOAN
Lender: Suvarna Small Finance Bank Ltd.
Borrower: Mr. Deepak Yadav, Customer ID 88213409
Loan account number: PL-0921-447810
Date: 14 November 2024

Part 1 - Interest rate and fees/charges

1. Loan amount sanctioned: Rs 3,00,000 (Rupees Three Lakh only).
2. Total interest charge during the entire tenor of the loan: Rs 71,856.
3. Loan term: 36 months.
4. Instalment details: 36 equated monthly instalments (EMIs) of Rs 10,329 each, payable on the 5th of every month, the first EMI falling due on 5 December 2024.
5. Interest rate: 15.50% per annum, fixed for the entire tenor.
6. Annual Percentage Rate (APR): 16.82%. The APR includes the interest rate and all fees and charges listed below, expressed as an annual rate.
7. Fee/charges payable to the lender: processing fee of 2% of the loan amount plus GST, that is Rs 6,000 + Rs 1,080 GST = Rs 7,080, deducted from the loan amount at the time of disbursal. Net amount disbursed: Rs 2,92,920.
8. Insurance: a credit life insurance premium of Rs 2,450 payable to a third party (Sahyog Life Insurance Co. Ltd.) through the lender. Taking this insurance is optional and is not a condition for the loan.

Part 2 - Contingent charges

9. Penal charges in case of delayed payment: 2% per month on the overdue instalment amount, for the period of delay. Penal charges are not added to the interest rate and no interest is charged on penal charges.
10. Cheque/NACH bounce charges: Rs 500 per instance, plus GST.
11. Foreclosure charges: not allowed within the first 6 months. After 6 months, 4% of the outstanding principal, plus GST. No foreclosure charge is payable if the loan is closed from the borrower's own funds after 24 months.
12. Charges for switching from fixed to floating rate: not applicable.
13. Duplicate statement or no-dues certificate: Rs 250 per document, plus GST.

Part 3 - Other qualitative information

14. Recovery: in case of default, the lender may engage a recovery agent. The list of empanelled recovery agents is available on the lender's website. Recovery agents will not contact the borrower before 8:00 am or after 7:00 pm and will carry an identity card and authorization letter.
15. Grievance redressal: the borrower may contact the Nodal Grievance Redressal Officer, Ms. Kavita Menon, at grievance@suvarnasfb.example or 1800-419-2200 (toll-free). If the complaint is not resolved within 30 days, the borrower may approach the RBI Ombudsman through https://cms.rbi.org.in.
16. Cooling-off period: the borrower may exit the loan within 3 days of disbursal by repaying the principal and the proportionate annual percentage rate, without any penalty. The processing fee is non-refundable.
17. Transfer of loan: the lender may transfer or assign the loan to another regulated entity. The borrower will be informed in writing within 30 days of such transfer.
18. Loan disbursement: the net amount will be credited to the borrower's savings account no. 1102 3390 4471 with the lender. The lender will not disburse the loan in cash or to any third-party account.

Borrower's acknowledgement: I have read and understood the above Key Fact Statement, which was explained to me in a language I understand, and I have received a copy of it.

Signature of borrower: ______________    Signature of authorized officer: ______________"""),
    ("tri-00a8e3bde3b9", "es", "", """¿qué armas nerfearon? dame nombre + daño anterior -> daño nuevo, sáltate los buffs

PARCHE 7.3.1 — "Ashfall"
ARMAS
- Vexline SMG: daño base 24 -> 21, la recuperación del retroceso es un poco más rápida. Tamaño del cargador sin cambios.
- Harrow Shotgun: daño por perdigón 11 -> 12 a corta distancia; la caída de daño ahora empieza a 9m (antes 7m).
- Cinder LMG: daño 33 -> 30. Sentíamos que dominaba Stronghold a media distancia.
- Marrow Bow: daño del disparo cargado 120 -> 135. Sin cargar, sin cambios.
- Kestrel DMR: multiplicador de headshot 2.0x -> 1.8x (el daño al cuerpo se mantiene en 55).
- Tallow Pistol: daño 28 -> 26, cadencia de tiro +5%.
GENERAL
- Se corrigió el bug por el que los fragmentos de armadura no caían en Duskmire.
- Las partidas de posicionamiento de ranked bajan de 10 a 7."""),
    ("tri-d53af28ac432", "es", "", "última milla: ~el 11% de nuestras entregas de paquetes fallan en el primer intento porque no hay nadie en casa. suéltame todas las ideas que tengas, tecnológicas y no tecnológicas, incluso las tontas"),
    ("tri-02bac7efd642", "es", "", """Enlista todas las funciones y métodos exportados de este archivo con su firma completa. Omite los no exportados.

```go
package ratelimit

import (
	"sync"
	"time"
)

// Bucket is a token bucket limiter.
type Bucket struct {
	mu       sync.Mutex
	capacity int
	tokens   float64
	rate     float64
	last     time.Time
}

func NewBucket(capacity int, perSecond float64) *Bucket {
	return &Bucket{capacity: capacity, tokens: float64(capacity), rate: perSecond, last: time.Now()}
}

func (b *Bucket) refill(now time.Time) {
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = clamp(b.tokens+elapsed*b.rate, 0, float64(b.capacity))
	b.last = now
}

func (b *Bucket) Allow() bool { return b.AllowN(1) }

func (b *Bucket) AllowN(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(time.Now())
	if b.tokens < float64(n) {
		return false
	}
	b.tokens -= float64(n)
	return true
}

func (b *Bucket) Available() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(time.Now())
	return int(b.tokens)
}

func WaitTime(b *Bucket, n int) time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	missing := float64(n) - b.tokens
	if missing <= 0 {
		return 0
	}
	return time.Duration(missing / b.rate * float64(time.Second))
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
```"""),
    ("tri-c241c759f204", "es", "", """Antes de la revisión de diseño del jueves quiero una lista grande y desordenada de casos límite y escenarios de fallo para la funcionalidad de abajo: cosas que deberían preocupar a QA, a soporte y a firmware. No filtres, no resuelvas, solo enumera (apunta a más de 40), agrupados más o menos.

=== PRD: Away Mode 2.0 (Halcyon H3 thermostat) ===
Owner: Product, Home Climate. Status: Draft v0.7. Last edit: Odalys P.

1. Background
Away Mode 1.0 lets users manually set the H3 to an eco setpoint when they leave. Telemetry shows only 18% of households ever enable it, and of those, 40% forget to turn it off, which generates the single largest category of support tickets ("house was cold when I got back"). Competitors now offer automatic presence detection.

2. Goal
Automatically switch the home to an eco setpoint when nobody is home and back to comfort before the first person returns, with no manual action, while keeping energy savings of at least 8% over a heating season.

3. Presence signals
- Phone geofencing via the Halcyon app (iOS and Android), radius configurable 200 m to 5 km.
- Motion sensor built into the H3 unit (PIR, 5 m range, hallway placement typical).
- Optional Halcyon room sensors (up to 6 per home), each with motion and temperature.
- Calendar integration (opt in), reads only events tagged "travel".
A home is considered Away when all enrolled phones are outside the geofence AND no motion has been seen for 45 minutes. It is considered Returning when any enrolled phone enters a pre-heat radius, computed from the home's thermal model so that comfort temperature is reached on arrival.

4. Household members
Each household can enroll up to 8 phones. Guests can be given a temporary access link which does not enroll their phone for geofencing. Pets: users can set a "pets at home" floor temperature, default 16 °C.

5. Heating systems supported
Gas boiler (on/off and OpenTherm modulating), heat pumps (with a minimum runtime of 20 minutes enforced by the manufacturer), electric radiators via relay, and district heating valves. Pre-heat time estimates come from the thermal model, which needs 14 days of history to be reliable; before that a default of 60 minutes is used.

6. Overrides
- Manual change on the device or app always wins until the next scheduled event.
- "Vacation" (existing) takes precedence over Away Mode.
- Frost protection at 7 °C can never be overridden.

7. Notifications
Push notification when the home switches to Away and when pre-heat starts. Users can mute these. If the Halcyon cloud is unreachable, the device falls back to its local schedule after 30 minutes.

8. Privacy
Location is evaluated on the phone; only the enter/exit event is sent to the cloud. Data is kept 30 days. Users in the EU must give explicit consent per phone.

9. Rollout
Beta to 2,000 homes in the Netherlands and Germany in October, general availability in January. Feature flag per home. Firmware 4.12 required; roughly 9% of the installed base is on firmware older than 4.0 and cannot upgrade.

10. Success metrics
Energy saving of at least 8% vs. the 2024 baseline (degree-day normalised); "cold on return" tickets down 50%; enablement rate of at least 45% of eligible homes.

11. Open questions
- Should a single motion event during Away (e.g. a cat) cancel Away?
- How do we treat a phone with location permission set to "while using the app"?
- Shift workers who come home at 3 am: does pre-heat wake them up via boiler noise?"""),
    ("tri-b396acd0f123", "es", "", """Abajo está el hilo entre nosotros (Fennel & Rye Bakeries) y nuestro proveedor de harina. Antes de reenviárselo a nuestro abogado, extrae todos los compromisos que asumió cada parte, en orden cronológico, señala dónde un mensaje posterior contradice un compromiso anterior y dame tu opinión sobre qué compromisos tienen más probabilidades de considerarse vinculantes a la vista del extracto del contrato de suministro que va al final.

--- hilo ---
De: Greta Vollmer (Ostbrook Milling) — 2 de mayo
Hola, Sam: te confirmo lo que hablamos por teléfono: para el periodo de junio a septiembre mantendremos el precio de la harina tipo 550 en 412 EUR/tonelada para vuestro pedido fijo de 60 toneladas al mes. Entregas todos los martes, como siempre. También podemos recoger los dos palés de sacos dañados de la entrega de abril y abonarlos en la factura de mayo.

De: Sam Achebe (Fennel & Rye) — 3 de mayo
Gracias, Greta, genial. Mándame la nota de abono cuando puedas. Puede que en julio necesitemos 10 toneladas extra por la temporada de festivales, ¿me confirmas si es posible al mismo precio?

De: Greta Vollmer — 6 de mayo
Lo del extra de julio no debería ser problema, lo consulto con producción y te digo algo. La nota de abono por los sacos dañados irá en la factura de mayo, como te prometí.

De: Greta Vollmer — 28 de mayo
Sam, te adjunto la factura de mayo. Por desgracia, nuestro departamento financiero dice que los sacos dañados no dan derecho a abono porque el daño no se anotó en el albarán de entrega. Lo siento.

De: Sam Achebe — 29 de mayo
Greta, el conductor se negó a esperar mientras revisábamos los palés, y lo comunicamos por email esa misma tarde (mira mi correo del 16 de abril). Nos prometiste el abono expresamente dos veces. Esperamos que se cumpla.

De: Ostbrook Milling, Cuentas de Clientes — 12 de junio
Estimado cliente: debido a la cosecha excepcionalmente mala de trigo de invierno y al consiguiente aumento del coste de las materias primas, todos los precios de las harinas tipo 550 y tipo 1050 subirán un 9 % con efectos a partir del 1 de julio. Esto constituye un supuesto de la cláusula 11 de nuestras condiciones de suministro.

De: Sam Achebe — 12 de junio
Greta, esto contradice tu email del 2 de mayo en el que mantenías el precio hasta finales de septiembre. Además, sigo esperando la confirmación de las 10 t extra de julio, y ya están entrando los pedidos de los festivales.

De: Greta Vollmer — 14 de junio
Sam, entiendo tu frustración. Puedo respetar los 412 EUR para el pedido fijo de 60 t hasta julio, pero no más allá, y las 10 t extra no puedo hacerlas a ese precio: lo máximo que puedo ofrecerte es 449 EUR. Producción va muy justa. Lo de la nota de abono lo he vuelto a escalar.

De: Sam Achebe — 15 de junio
Eso no es aceptable. Planificamos nuestros precios para los festivales basándonos en tu confirmación por escrito. Por favor, que me llame alguien con más rango.

--- extracto del contrato de suministro (firmado en enero) ---
4.2 Los precios serán los que figuren en la lista de precios vigente en la fecha del pedido. El Proveedor podrá acordar por escrito precios fijos para un periodo determinado; dicho acuerdo vinculará al Proveedor durante ese periodo.
9.1 Cualquier reclamación por daños durante el transporte deberá anotarse en el albarán de entrega o notificarse por escrito en un plazo de 48 horas desde la entrega.
11.1 Ninguna de las partes será responsable del retraso o incumplimiento causado por hechos fuera de su control razonable, incluida una mala cosecha, siempre que lo notifique sin demora a la otra parte. Los aumentos del coste de las materias primas no constituyen por sí solos uno de esos hechos.
14.3 Ninguna modificación del presente contrato será efectiva si no se hace por escrito y va firmada por un representante autorizado de cada parte. La correspondencia por email entre los gestores de cuenta tendrá la consideración de comunicación por escrito únicamente a efectos de la cláusula 4.2."""),
    ("tri-13b2c8f6b682", "es", "", """Para cada cláusula numerada de abajo, de nuestra póliza complementaria de indemnización hospitalaria, dime si es un Beneficio, una Exclusión, una Limitación o una Condición, y explica en una oración por qué. Algunas son mixtas: elige la que predomina y di qué más contiene.

SUNRIDGE MUTUAL - HOSPITAL INDEMNITY PLAN HI-300, CERTIFICATE OF COVERAGE (excerpt)

4.1 Hospital Admission Benefit. We will pay $1,500 when a Covered Person is admitted to a Hospital as an inpatient for a Covered Sickness or Covered Injury. This benefit is payable once per Covered Person per Calendar Year.

4.2 Daily Hospital Confinement Benefit. We will pay $200 per day for each day a Covered Person is confined to a Hospital as an inpatient, beginning on the first day of confinement, for up to 30 days per confinement.

4.3 Intensive Care Unit Benefit. If the Covered Person is confined in an Intensive Care Unit, we will pay $400 per day in place of the Daily Hospital Confinement Benefit, for up to 15 days per confinement.

4.4 Observation Stays. A stay classified by the Hospital as observation status, regardless of its length, is not an inpatient admission for purposes of this Certificate.

5.1 Pre-Existing Conditions. We will not pay benefits for a confinement that is caused by, or results from, a Pre-Existing Condition during the first 12 months after the Covered Person's Effective Date. A Pre-Existing Condition is a condition for which medical advice, diagnosis, care or treatment was recommended or received within the 6 months before the Effective Date.

5.2 General Exclusions. We will not pay benefits for any loss caused by or resulting from: (a) intentionally self-inflicted injury; (b) participation in a riot or commission of a felony; (c) cosmetic surgery, except reconstructive surgery following a covered injury; (d) treatment in a government facility unless the Covered Person is legally required to pay; (e) injury sustained while operating a motor vehicle with a blood alcohol level above the legal limit.

5.3 Pregnancy. Confinement due to normal pregnancy is covered as any other Sickness, provided that conception occurred after the Covered Person's Effective Date.

6.1 Notice of Claim. Written notice of claim must be given to us within 30 days after a covered loss occurs, or as soon as reasonably possible. Failure to give notice within this time will not invalidate a claim if it was not reasonably possible to give notice.

6.2 Proof of Loss. Written proof of loss, including an itemized hospital bill and the discharge summary, must be furnished within 90 days after the date of the loss. Proof furnished later than one year will not be accepted, except in the absence of legal capacity.

6.3 Successive Confinements. Two or more confinements due to the same or related causes and separated by fewer than 60 days will be considered one confinement.

7.1 Other Insurance. Benefits under this Certificate are paid regardless of any other insurance the Covered Person may have.

7.2 Misstatement of Age. If the age of a Covered Person has been misstated, premiums will be adjusted to reflect the correct age; if the Covered Person would not have been eligible at the correct age, our liability is limited to a refund of premiums paid."""),
    ("tri-d1149e548ef6", "es", "", """Nuestro crítico gastronómico de toda la vida, Walter Brennan-Hale, murió la semana pasada a los 81 años. El director de la publicación me pidió escribir el elogio fúnebre para el homenaje del sábado, de unos 4 minutos leído en voz alta. Fui su editor durante 19 años. Notas:

- entró al Evening Standard-Tribune en 1979 como corrector, fue crítico desde 1986 hasta que se jubiló en 2021
- famoso por su anonimato, usaba un sombrero distinto en cada reseña; sus disfraces eran leyenda en la redacción, una vez se le cayó un bigote falso en una bullabesa
- escribió más de 1,900 reseñas; nunca dio más de 4 estrellas de 5 ("el cinco es para la cocina de Dios")
- defendió a los pequeños negocios familiares y a los restaurantes de inmigrantes mucho antes de que estuviera de moda; un restaurante vietnamita que reseñó en 1991 sigue abierto y los dueños van a estar ahí
- duro en el papel, muy amable en persona; fue mentor de media sección de reportajes, incluido yo
- amaba el jazz, era pésimo para estacionarse, siempre entregaba a las 4:59pm el día del cierre
- su esposa Margaret murió en 2015; su hija Clare y dos nietos
- su última reseña terminaba así: "Ven con hambre, vete feliz, deja buena propina."

Cálido, con algunas risas, nada cursi. Termina con su última frase."""),
    ("tri-367aa3a6f4c0", "es", "", "sácame todos los números de este mensaje del grupo porfa, los tengo que guardar 😅 'Chicos, para la excursión del sábado: conduce Jun 0917 555 2231, de reserva Mae 0928 441 9087, fijo del resort 8-555-0192'"),
    ("tri-9f81fea73220", "es", "Convierte cada inscripción al torneo en un objeto JSON con las claves gamertag, discord, rank, team (null si juega solo) y available_saturday (true/false). Devuelve un único array JSON y nada más.", """ok aquí están todos los que se han inscrito en el form hasta ahorita:

1. gamertag NightOwlNina, discord nina#2231, es Diamond 2, solo queue, el sábado sí puede
2. "Brickhouse" — discord brick_house, Platinum 4, team = Toast Bandits, sábado: solo después de las 3pm (o sea que sí, supongo)
3. ZeroChillZed / discord zeroz / rank gold 1 / team Toast Bandits / sáb NO, solo domingo
4. Marguerite (gamertag LaMarg) discord lamarg.gg, Diamond 1, solo, disponible el sáb
5. PocketSand, discord: pocketsand, Plat 2, team "Night Shift", sábado sí
6. kiri_kiri (discord igual), Silver 3, team Night Shift, no está seguro del sáb, pon no por ahora"""),
    ("tri-2e77bb9622f7", "es", "Ayudas a la oficina de comunicación de la alcaldesa de Westbrook. La voz de la alcaldesa: cercana, sencilla, nunca a la defensiva.", """Abajo: el borrador de la alcaldesa para la reunión vecinal del martes sobre los recortes presupuestarios. Es correcto, pero suena a informe financiero y la gente está muy enfadada por lo de las bibliotecas de barrio. Reescríbelo como un discurso que de verdad pueda pronunciar: empático, honesto sobre lo que se sacrifica, reordenado para que no empiece con cifras y sin jerga. Mantén todos los compromisos concretos exactamente como están. Más o menos la misma extensión.

BORRADOR:
Buenas tardes. El propósito de la reunión de esta tarde es presentar el presupuesto revisado para el próximo ejercicio fiscal y responder a las preguntas de los vecinos. Como sabrán, la ciudad se enfrenta a un déficit estructural de 6,8 millones de dólares, derivado de una combinación de factores, entre ellos el fin de los fondos federales de ayuda por la pandemia, que aportaron 4,1 millones de dólares al presupuesto operativo durante los últimos tres años; los aumentos de las contribuciones a pensiones impuestos por el estado, que suman 1,9 millones de dólares; y unos ingresos inferiores a los previstos procedentes del impuesto sobre bienes inmuebles comerciales tras el cierre del Ridgeway Mall y el traslado de la planta de Harlan Components.

El consejo ha revisado todos los presupuestos departamentales y ha identificado ahorros de 5,2 millones de dólares. Los 1,6 millones de dólares restantes se cubrirán mediante una subida del impuesto sobre bienes inmuebles del 2,4 por ciento, que para el propietario de vivienda medio supone aproximadamente 58 dólares al año. Las reducciones departamentales incluyen una congelación de contrataciones para los puestos que no son de seguridad pública, que ahorrará 1,7 millones de dólares; una reducción del contrato de mantenimiento de parques, con un ahorro de 600.000 dólares, lo que supondrá que la siega en los parques de barrio pase de semanal a quincenal entre mayo y septiembre; el aplazamiento en dos años de la sustitución del sistema de climatización del Ayuntamiento, con un ahorro de 900.000 dólares el próximo año; y una consolidación de los servicios de biblioteca.

En lo que respecta a los servicios de biblioteca, el consejo ha decidido cerrar las sucursales de Eastgate y Millbrook con efecto a partir del uno de marzo, y ampliar el horario de apertura de la Biblioteca Central para incluir las tardes de domingo de 12 a 5 p.m. y las tardes entre semana hasta las 8 p.m. Esto supone un ahorro de 1,1 millones de dólares. Somos conscientes de que los vecinos valoran estas sucursales, en especial las personas mayores y las familias con niños pequeños. Para mitigar el impacto, la ciudad pondrá en marcha un servicio de bibliobús que visitará Eastgate y Millbrook dos veces por semana, y el autobús lanzadera gratuito entre Eastgate y el centro de la ciudad se ampliará para pasar cada 30 minutos los sábados. El edificio de la sucursal de Millbrook seguirá siendo propiedad de la ciudad y no se venderá durante al menos tres años, mientras el consejo estudia opciones de uso comunitario, incluida una posible colaboración con la Millbrook Community Association, que ha mostrado interés.

Los presupuestos de seguridad pública no se reducirán. Los departamentos de policía y bomberos mantendrán su plantilla actual, y la ciudad seguirá adelante con la contratación prevista de cuatro paramédicos más, financiada mediante una subvención estatal. También se protegerán los presupuestos de retirada de nieve y reparación de calzadas, y el programa de reparación de baches seguirá adelante según lo previsto.

El consejo reconoce que estas decisiones son difíciles. La alternativa habría sido una subida del impuesto sobre bienes inmuebles de aproximadamente el 9,5 por ciento, algo que consideramos inaceptable dada la presión actual del coste de la vida sobre los hogares. Seguiremos buscando ingresos adicionales, incluida una solicitud de subvención al estado para infraestructura de bibliotecas, y revisaremos la decisión sobre la sucursal de Eastgate dentro de doce meses. Los vecinos pueden enviar comentarios sobre el presupuesto a través de la web municipal hasta final de mes. Gracias. Ahora pasaré a responder preguntas."""),
    ("tri-0469b7244444", "es", "", r"""Soy el product manager del reporte de desempeño de transportistas y uno de nuestros devs se fue. ¿Me podrías explicar paso a paso y en lenguaje sencillo qué hace este programa? No necesito que lo cambies, solo necesito entender qué significa "retrasado" en nuestros números.

package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"time"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		panic(err)
	}
	late := map[string]int{}
	total := map[string]int{}
	for _, r := range rows[1:] {
		carrier := r[2]
		promised, _ := time.Parse("2006-01-02", r[4])
		delivered, err := time.Parse("2006-01-02", r[5])
		if err != nil {
			continue
		}
		total[carrier]++
		if delivered.Sub(promised) > 24*time.Hour {
			late[carrier]++
		}
	}
	for c, n := range total {
		fmt.Printf("%s,%d,%d,%.1f%%\n", c, n, late[c], 100*float64(late[c])/float64(n))
	}
}"""),
    ("tri-f1c55c846087", "es", "", """Llevo un blog de divulgación científica para adolescentes. Reescribe este párrafo para chavales de 13-14 años. Tiene que seguir siendo correcto de verdad (en mi último post "simplificado" unos físicos me lo destrozaron en los comentarios), así que no metas las típicas analogías erróneas (nada de "al observarlo con los ojos colapsa").

La decoherencia cuántica describe cómo un sistema cuántico pierde la capacidad de mostrar efectos de interferencia a medida que se entrelaza con su entorno. Una partícula en una superposición de dos posiciones puede, estando aislada, producir un patrón de interferencia. Pero cuando interactúa con moléculas de aire, fotones o los átomos de un detector, la información sobre su posición se propaga al entorno. La superposición no se destruye; más bien, se convierte en una superposición de la partícula más el entorno, y como no podemos seguir la pista a todos los grados de libertad del entorno, los términos de interferencia se vuelven prácticamente inobservables. Por tanto, la decoherencia explica por qué no vemos objetos cotidianos en superposición, aunque por sí sola no resuelve qué resultado observamos en una medición concreta, una cuestión a la que las distintas interpretaciones de la mecánica cuántica responden de forma diferente."""),
    ("tri-f934c19e1af4", "es", "Eres un asistente de desescalamiento para los agentes de soporte de Parcelpoint. Reescribe el borrador de respuesta del agente para que calme al cliente. Mantén la oferta exactamente como está y no prometas nada nuevo.", """CLIENTE:
Es la TERCERA vez que su repartidor marca mi paquete como "destinatario ausente" cuando yo estaba literalmente sentado en mi casa todo el día. Pedí el día en el trabajo para esto. Si mañana no está aquí, hago un contracargo y publico el video del timbre por todos lados. Empresa totalmente inútil.

BORRADOR DEL AGENTE:
Hola. Nuestros registros muestran que el repartidor intentó la entrega a las 14:32. No podemos verificar si usted estaba en casa. Hemos programado una nueva entrega para mañana entre las 08:00 y las 12:00. También podemos reembolsarle el costo de envío de 4.90 como gesto de buena voluntad. Le informamos que los contracargos pueden provocar la suspensión de su cuenta. Saludos, Tomás"""),
    ("tri-e28038514ae8", "es", "", """¿n.º de caso, juez que lo preside y fecha de la próxima vista?

TRIBUNAL SUPERIOR DEL ESTADO — CONDADO DE ALDER VALLEY
Caso n.º 23CV-04417
MARISOL DUARTE c. GREENLINE PROPERTY MANAGEMENT LLC y otros
Sala 12 — Hon. Patrick O. Lindgren
05/14  Auto: se desestima la excepción (demurrer). El demandado deberá contestar en un plazo de 20 días.
06/03  Contestación presentada por Greenline Property Management LLC.
07/22  Se celebra la conferencia de gestión del caso. Se ordena a las partes acudir a mediación.
07/22  Se fija una nueva conferencia de gestión del caso para el 11/18 a las 8:30 a.m. en la Sala 12."""),
    ("tri-deb89fb4c304", "es", "", "180 asientos, vendimos 186. cada pasajero no se presenta de forma independiente con una prob. de 5%. ¿cuál es la probabilidad de que al menos a una persona la bajen del vuelo?"),
    ("tri-cce8a989dd7c", "es", """Eres el asistente de ayuda de Aeralis Airways. Responde a la pregunta del cliente usando ÚNICAMENTE los fragmentos de la política que aparecen abajo. Si los fragmentos no responden a la pregunta, dilo y sugiere contactar con el centro de atención telefónica. Sé conciso y amable.

[Fragmento 1 – Mascotas en cabina]
Aeralis Airways acepta perros y gatos pequeños en cabina en vuelos dentro de Europa y con destino al norte de África, sujeto a disponibilidad. Pueden viajar en cabina un máximo de dos animales por vuelo. El peso conjunto del animal y su transportín no debe superar los 8 kg. El transportín debe ser estanco, estar bien ventilado y caber debajo del asiento delantero (dimensiones máximas 40 x 30 x 23 cm). El animal debe permanecer dentro del transportín durante todo el vuelo. Las mascotas en cabina deben reservarse al menos 48 horas antes de la salida a través de Gestionar mi reserva o del centro de atención telefónica. Se aplica una tarifa de 55 EUR por trayecto. No se aceptan mascotas en cabina en vuelos con origen o destino Reino Unido e Irlanda, salvo los perros de asistencia reconocidos.

[Fragmento 2 – Mascotas en bodega]
Los animales que pesen más de 8 kg con el transportín incluido, o los que viajen en rutas en las que no se aceptan en cabina, pueden viajar en la bodega climatizada y presurizada, en un transportín rígido homologado por la IATA. Se aplica un máximo de 75 kg con el transportín incluido. La tarifa es de 95 EUR por trayecto para animales de hasta 30 kg y de 160 EUR por trayecto para los de más de 30 kg. Por motivos de salud, no se aceptan en bodega las razas braquicéfalas (de hocico chato) de perros y gatos. El transporte en bodega no está disponible entre el 15 de junio y el 31 de agosto en vuelos a Sevilla, Málaga, Marrakech y Túnez debido a las altas temperaturas en tierra.

[Fragmento 3 – Documentación de viaje para animales]
Para viajar dentro de la UE, los perros, gatos y hurones deben tener pasaporte europeo para animales de compañía, estar identificados con microchip y tener una vacuna antirrábica válida administrada al menos 21 días antes del viaje. Pueden aplicarse requisitos adicionales para viajar a Irlanda, Finlandia, Malta y Noruega (tratamiento contra la tenia para perros entre 24 y 120 horas antes de la llegada). Los clientes son responsables de garantizar que su animal cumple los requisitos de entrada del país de destino. Aeralis Airways puede denegar el transporte si la documentación está incompleta.

[Fragmento 4 – Perros de asistencia]
Los perros de asistencia reconocidos viajan gratis en cabina en todas las rutas, además de la franquicia de equipaje del pasajero. El perro debe llevar arnés y permanecer a los pies del pasajero. Los clientes deben avisarnos al menos 48 horas antes de la salida y presentar en el mostrador de facturación la documentación de una organización reconocida de perros de asistencia. Los animales de apoyo emocional no se consideran perros de asistencia y están sujetos a las normas generales para mascotas.

[Fragmento 5 – Franquicia de equipaje de las tarifas Light]
Las tarifas Light incluyen un artículo personal pequeño (40 x 30 x 15 cm) que debe caber debajo del asiento. Se puede añadir equipaje de cabina de hasta 10 kg y equipaje facturado pagando un suplemento. El transportín cuenta como artículo personal del pasajero; los pasajeros que viajen con una mascota en cabina con tarifa Light pueden comprar un equipaje de cabina para el compartimento superior.""", "¡hola! el mes que viene vuelo de Lyon a Dublín con mi gata, pesa 5 kg y unos 7 kg con el transportín. ¿puede venir conmigo en cabina? ¿y cuánto cuesta?"),
    ("tri-bde099e669c7", "es", "", """Cronología de INC-2291 (UTC)
02:14 alerta: tasa de 5xx de checkout-api > 20%
02:16 la guardia (Bea) reconoce la alerta, empieza a revisar dashboards
02:23 sospecha del proveedor de pagos, abre ticket con ellos
02:41 el proveedor dice que de su lado todo está en verde
02:58 entra Lior, se da cuenta de que el cert del gateway interno venció a las 02:13
03:05 falla el intento de rotar el cert con la automatización: la automatización usaba el mismo cert vencido para autenticarse
03:30 la rotación manual necesita credenciales break-glass, el aprobador del vault está dormido
03:52 aparece una segunda aprobadora (Ngozi, en Lagos, en su hora de comida)
04:07 cert rotado, los 5xx bajan a la línea base
04:20 incidente cerrado. ~£61k en pedidos fallidos, recuperados en parte con reintentos
Causa raíz: los correos de aviso de vencimiento del cert iban a una lista de distribución que se borró en la reorganización de marzo.

Esto va a la retro del viernes. El ánimo está por los suelos. Conviértelo en una canción marinera (tipo sea shanty) que el equipo pueda cantar (mal): estrofas que sigan la cronología y un coro sobre el cert vencido. Sin culpables, que nadie quede en ridículo."""),
    ("tri-3fc1e5df7b55", "es", "", """sácame todos los números de teléfono y de fax de esta derivación, nada más:
Derivación a: Dra. Priya Natarajan, Cardiología - Harborview Heart Clinic, tel. (617) 555-0198, fax (617) 555-0199. Remite: Dr. Lee, Maple Family Medicine tel. 617-555-0310 / fax 617-555-0311. Tel. del paciente para devolver la llamada: 857 555 0127"""),
    ("tri-903f4c02b1a4", "es", "", """Oferta de empleo (extracto):
Community Pharmacist, Thornbury Health Collective. We're looking for someone who'll get to know our patients by name, run our minor-ailments clinic, and help us launch a home-delivery service for housebound patients. Part-time options considered. Welsh speakers welcome.

Mis notas:
- 9 años en farmacia comunitaria, los últimos 4 como responsable de una sucursal con mucho movimiento de una cadena en pleno centro de Cardiff
- monté un servicio de SPD (blísteres) para 120 pacientes
- llevé campañas de vacunación de la gripe, ~1.500 pinchazos por temporada
- galés conversacional (todavía aprendiendo, clases nocturnas de nivel 3)
- quiero dejar la cadena porque ahí los objetivos > los pacientes, pero no quiero poner a parir a mi empresa
- cuido de mi padre 2 días a la semana, necesito media jornada (3 días)
- me crié en un pueblo sin farmacia, mi abuela dependía de una furgoneta de reparto

Escribe una carta de presentación con mi voz: cercana, concreta, sin hacer la pelota, de menos de 350 palabras."""),
    ("tri-5dd47c525fe9", "es", "", "Escribe un anuncio de empleo para un abogado laboralista junior (1-3 años de PQE) en nuestro despacho que no suene como cualquier otro anuncio de despacho de abogados. Datos: Ridley Okafor, 22 abogados, Manchester, defendemos a trabajadores demandantes y a sindicatos, salario de £42-48k, híbrido (2 días en la oficina), contacto real con clientes desde la primera semana, litigio supervisado ante el tribunal laboral, sin meta de horas facturables aunque sí registramos el tiempo. Queremos gente a la que de verdad le importen los derechos de los trabajadores."),
    ("tri-734ed587d291", "es", "", """Asigna cada ticket a exactamente una cola: Accesos, Hardware, Red, Software, Compras. Devuelve una línea por ticket con el formato "ID: cola". Sin explicaciones.

HD-9001 No puedo entrar en Salesforce, dice que mi cuenta está bloqueada después del cambio de contraseña de ayer.
HD-9002 El monitor de la sala de reuniones Fjord parpadea cada pocos segundos cuando se conecta un portátil por USB-C.
HD-9003 Necesitamos una segunda licencia de Adobe Acrobat Pro para el becario nuevo que empieza el lunes, centro de coste 4410.
HD-9004 El Wi-Fi de la 2.ª planta se cae cada 10 minutos más o menos, sobre todo cerca de la cocina.
HD-9005 Outlook se cierra cada vez que abro una convocatoria de un remitente externo.
HD-9006 Por favor, añadid a Jonas Weber a la unidad compartida finance-reports con permisos de solo lectura.
HD-9007 La batería de mi portátil pasa del 100 al 20 por ciento en una hora, y solo tiene 8 meses.
HD-9008 La VPN conecta pero no llego a ningún sitio interno, el ping a la intranet da timeout.
HD-9009 Teams me pide volver a iniciar sesión todas las mañanas aunque marco 'mantener la sesión iniciada'.
HD-9010 Necesitamos 6 cascos nuevos para el equipo de soporte, los Jabra que pedimos la última vez estaban bien.
HD-9011 He perdido mi YubiKey en el tren, necesito que la revoquéis y una nueva.
HD-9012 La macro de Excel del cierre mensual dejó de funcionar tras la actualización de Office, error 1004.
HD-9013 La impresora de la planta 3 (HP-3F-02) marca atasco de papel pero no hay ningún papel atascado.
HD-9014 El portal del Wi-Fi de invitados no carga a las visitas, les sale un aviso de certificado.
HD-9015 Solicito acceso a la carpeta 'Revenue' de Looker para la presentación trimestral al consejo.
HD-9016 La base de conexión ya no carga mi portátil, la luz se queda apagada.
HD-9017 ¿Podéis pedir presupuesto de 10 MacBook Air más para el equipo de diseño? Presupuesto aprobado por Karin.
HD-9018 Al compartir pantalla en Zoom se ve en negro, solo en mi segundo monitor.
HD-9019 El exempleado Tom Reyes sigue apareciendo en el grupo de administradores de Slack, por favor quitadlo.
HD-9020 La oficina de Gdańsk no tiene nada de internet desde las 9, las luces del router parpadean en naranja.
HD-9021 La app de gastos dice 'navegador no compatible' en Chrome 126.
HD-9022 Al teclado le falta la tecla 'Ö', necesito uno de repuesto con distribución sueca.
HD-9023 Hay que renovar nuestra suscripción enterprise de Miro antes de que caduque el día 30.
HD-9024 El portal de RR. HH. rechaza siempre los códigos de doble factor del autenticador.
HD-9025 El puerto Ethernet del puesto 4-17 no funciona, he probado con tres cables.
HD-9026 El tablero de Jira se queda cargando eternamente, las demás webs van bien.
HD-9027 La nueva incorporación Priya Nair necesita cuentas de Google Workspace, GitHub y Jira, empieza el 1 de julio.
HD-9028 El ventilador del portátil hace muchísimo ruido incluso en reposo, suena como si rozara algo.
HD-9029 No puedo conectarme a la impresora de la oficina por Wi-Fi desde mi Mac, no la detecta.
HD-9030 Por favor, pedid un elevador de escritorio para trabajar de pie para Ahmed, aprobado por servicios generales.
HD-9031 El buzón compartido support@ dejó de recibir correo externo sobre mediodía.
HD-9032 Necesito permisos de administrador en mi portátil para instalar la versión de Python que usa el equipo de datos.
HD-9033 El teléfono de conferencias de la sala Delta no da tono.
HD-9034 Por favor, cancelad las licencias de Figma sin usar de los tres contratistas que se fueron en mayo.
HD-9035 El túnel site-to-site con el almacén de Róterdam se cae y vuelve todas las noches sobre las 02:00."""),
    ("tri-282a051b4acd", "es", "", """Necesito las partes, las fechas del bloqueo de habitaciones, la fecha límite (cut-off) y todos los plazos de pago de este contrato. Solo enlístalos, sin comentarios.

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
    ("tri-7852c61817c1", "es", "", """Especificación para la resina de entrada (PA66-GF30, grado Durellon 3310):
- Contenido de humedad: ≤ 0.20 %
- Índice de fluidez en volumen, MVR (275 °C / 5 kg): 25-45 cm³/10 min
- Contenido de fibra de vidrio: 28-32 %
- Color: natural, ΔE ≤ 1.5 frente al patrón
- Resistencia a la tracción (en seco): ≥ 170 MPa
Cualquier parámetro individual fuera de especificación = rechazo. Excepción: una humedad de hasta 0.30 % se puede aceptar por concesión si el material se vuelve a secar y se vuelve a ensayar antes de usarlo.

Resultados por lote:
Lote 1 (24-0881): humedad 0.12, MVR 38, FV 30.4, ΔE 0.8, RT 182
Lote 2 (24-0882): humedad 0.26, MVR 41, FV 29.1, ΔE 1.1, RT 176
Lote 3 (24-0883): humedad 0.18, MVR 47, FV 31.8, ΔE 1.6, RT 169
Lote 4 (24-0884): humedad 0.09, MVR 24.6, FV 32.0, ΔE 0.4, RT 190

Según la especificación, ¿qué lotes podemos liberar, cuáles van por concesión y cuáles se rechazan? Indica los parámetros que fallan en cada uno."""),
    ("tri-0093cb419915", "es", "Localiza los valores de este archivo de recursos JSON de es-MX a hi-IN para la app de nómina Paydeck. Mantén sin cambios las claves, los placeholders como {name} y {amount} y la sintaxis JSON. Usa devanagari; deja 'PF', 'TDS' y 'CTC' tal cual.", """{
  "payslip.title": "Recibo de nómina de {month}",
  "payslip.net_pay": "Pago neto",
  "payslip.deductions": "Total de deducciones",
  "payslip.tds": "TDS retenido",
  "payslip.pf": "Aportación del empleado al PF",
  "reimb.submit": "Enviar solicitud de reembolso",
  "reimb.success": "Tu solicitud por {amount} se envió a {name} para su aprobación.",
  "ctc.breakup": "Ver desglose del CTC"
}"""),
    ("tri-8f35cb17cefe", "es", "Eres especialista sénior en transcreación y trabajas con el equipo de marca de Solvelle, una empresa europea de cosmética.", """Vamos a lanzar nuestra campaña de primavera en Japón. Abajo va el copy de Reino Unido. No lo traduzcas literalmente: adáptalo para que conecte con mujeres japonesas de treinta y tantos (tono, referencias, nivel de cortesía, qué se considera persuasivo en cosmética allí). Dame el copy en japonés, una retrotraducción y notas sobre cada decisión que se aparte del original.

Headline: Skin that says "I slept 8 hours" (even when you didn't).
Body: Meet Dew Reset, the overnight gel-cream that works while you binge your shows. Hyaluronic acid floods your skin with moisture, niacinamide evens things out, and by morning you're basically glowing. No 10-step routine. No fuss. Just slap it on and go to bed.
CTA: Fake the lie-in. Shop Dew Reset."""),
    ("tri-377bd69d4f32", "es", "", """Revisión de seguridad por favor, esto sale a producción el viernes. Sé específico sobre lo que podría hacer un atacante.

<?php
// login.php
session_start();
require 'db.php';

$user = $_POST['username'];
$pass = $_POST['password'];
$remember = isset($_POST['remember']);

$q = "SELECT id, password_hash, role, failed_attempts FROM users WHERE username = '$user' LIMIT 1";
$res = mysqli_query($conn, $q);
$row = mysqli_fetch_assoc($res);

if ($row && md5($pass) == $row['password_hash']) {
    $_SESSION['uid'] = $row['id'];
    $_SESSION['role'] = $row['role'];
    if ($remember) {
        setcookie('remember_me', base64_encode($row['id'] . ':' . $row['role']), time() + 86400 * 365);
    }
    mysqli_query($conn, "UPDATE users SET failed_attempts = 0 WHERE id = " . $row['id']);
    header('Location: ' . ($_GET['next'] ?? '/dashboard.php'));
    exit;
} else {
    if ($row) {
        mysqli_query($conn, "UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = " . $row['id']);
    }
    echo "Login failed for user " . $user . ". <a href='/forgot.php'>Forgot password?</a>";
}

// auto-login from cookie (included on every page via header.php)
if (!isset($_SESSION['uid']) && isset($_COOKIE['remember_me'])) {
    list($id, $role) = explode(':', base64_decode($_COOKIE['remember_me']));
    $_SESSION['uid'] = $id;
    $_SESSION['role'] = $role;
}"""),
    ("tri-acfc739f2359", "es", "", """MINUTES - REGULAR MEETING OF THE BOARD OF EDUCATION
Quarry Hill Unified School District
Tuesday, 10 February 2026, 6:30 p.m., District Office Boardroom

Present: Board President Lorraine Okafor; Vice President Daniel Reyes-Whitlock; Trustees Min-jun Park, Beatrice Sandoval, Arthur Feld. Also present: Superintendent Dr. Celeste Marrin; Chief Business Officer Howard Lintz; student representative Aisha Qureshi (non-voting).

1. Call to order. President Okafor called the meeting to order at 6:32 p.m. The Pledge of Allegiance was led by students from Cedar Hollow Elementary.

2. Approval of agenda. Trustee Park moved to approve the agenda as presented; seconded by Trustee Feld. Approved 5-0.

3. Public comment (non-agenda items). Eleven speakers addressed the Board. Four parents from Lakeview Middle raised concerns about the condition of the boys' locker room; two teachers spoke about substitute shortages; a representative of the Quarry Hill Teachers Association thanked the district for the timely release of the salary schedule; and four community members spoke in support of expanding the after-school robotics program.

4. Consent agenda. Items 4.1 through 4.7 (minutes of 27 January, warrants, field trip approvals, donations, personnel actions) were approved on a motion by Trustee Sandoval, seconded by Vice President Reyes-Whitlock. Approved 5-0.

5. Later high school start time (action item). Superintendent Marrin presented the staff recommendation to move the first bell at Quarry Hill High and Ridgeline High from 7:45 a.m. to 8:30 a.m. starting in the 2026-27 school year, in line with state requirements. Mr. Lintz reported that bus route changes would cost an estimated $212,000 per year, mainly because elementary and high school routes could no longer share buses in the morning. Trustee Feld proposed an amendment to delay implementation to the 2027-28 school year to allow time to renegotiate the transportation contract; the amendment was seconded by Trustee Park. Student representative Qureshi stated that a survey of 1,140 students showed 71% in favour of the later start. The amendment failed 2-3 (Feld and Park in favour; Okafor, Reyes-Whitlock and Sandoval opposed). The original motion, moved by Vice President Reyes-Whitlock and seconded by Trustee Sandoval, was then approved 4-1, with Trustee Feld voting no.

6. Lakeview Middle School locker room (discussion). Staff reported that the facilities assessment rated the locker room plumbing as "poor". Mr. Lintz stated that repairs estimated at $480,000 could be funded from the Measure K bond, subject to Board approval at the March meeting. No action was taken.

7. Robotics program expansion (information item). Director of Curriculum Paulina Voss reported that robotics clubs currently run at two of the five middle schools and that a grant application to the Tri-County STEM Foundation for $60,000 had been submitted on 3 February, with a decision expected in April.

8. Second interim budget report. Mr. Lintz presented the second interim report. The district projects a positive certification, with an ending fund balance of 4.1% against a required reserve of 3%. He cautioned that declining enrolment (down 212 students year on year) would reduce revenue by about $2.3 million in 2027-28 if the trend continues. The report was received; no vote was required.

9. Board member reports. Trustee Sandoval reported on her visit to the Cedar Hollow family reading night. Trustee Park announced a community town hall on school safety on 24 February at Ridgeline High.

10. Adjournment. The meeting was adjourned at 9:07 p.m. The next regular meeting will be held on 10 March 2026.

Respectfully submitted,
Janine Coors, Board Secretary

----
para el boletín para las familias: ¿se aprobó el retraso de la hora de entrada, a partir de qué curso escolar, y quién votó en contra?"""),
    ("tri-85f919c659ce", "es", "", """Según estas alarmas, ¿qué sitio celular estuvo caído más tiempo?

2026-02-11 03:12:08 SITE BRX-114 CRITICAL power failure
2026-02-11 03:12:44 SITE BRX-118 CRITICAL power failure
2026-02-11 03:55:02 SITE BRX-118 CLEARED
2026-02-11 04:20:17 SITE BRX-121 CRITICAL link down
2026-02-11 05:41:30 SITE BRX-114 CLEARED
2026-02-11 05:47:09 SITE BRX-121 CLEARED"""),
    ("tri-e882c9a98f87", "es", "", """Saca de esta transcripción todas las cifras numéricas de previsiones (guidance) que dio la dirección para el ejercicio fiscal 2025: métrica, valor o rango, y quién lo dijo. Ignora las cifras históricas y las estimaciones de los analistas. Va la transcripción.

NORTHWIND MARITIME HOLDINGS - Q4 FY2024 EARNINGS CALL (edited transcript)

Operator: Good morning and welcome to the Northwind Maritime Holdings fourth quarter and full year 2024 results call. Today's speakers are Chief Executive Officer Annika Rasmussen and Chief Financial Officer Daniel Oyelaran. Please note that this call contains forward-looking statements.

Annika Rasmussen, CEO: Thank you, and good morning everyone. 2024 was a year of two halves. In the first half, container spot rates on our core Asia-North Europe lanes were roughly double where they had been a year earlier because of the Red Sea diversions, and we captured a good part of that. In the second half rates normalised faster than we expected and we also absorbed the costs of bringing six new dual-fuel vessels into service. For the full year, revenue came in at 4.82 billion dollars, up 9 percent, and EBITDA was 1.31 billion.

Looking at 2025, we expect the market to remain oversupplied. The orderbook for the industry is still around 20 percent of the fleet. So our plan is built on the assumption that average freight rates will be 10 to 15 percent lower than 2024. Against that background, we are guiding to revenue of 4.3 to 4.6 billion dollars for fiscal 2025. We will continue to take out cost: our target is 180 million dollars of annualised cost savings by the end of the year, of which we expect about two thirds to be visible in the 2025 P&L.

On the fleet, we will take delivery of the remaining four dual-fuel ships between April and September, which will bring our owned fleet to 64 vessels. We are also redelivering eight chartered ships as their charters expire. Daniel will take you through the numbers.

Daniel Oyelaran, CFO: Thanks, Annika. A few points on the fourth quarter first. Q4 revenue was 1.07 billion, down 14 percent year on year, and EBITDA margin was 21 percent. Bunker costs per TEU fell 6 percent in the quarter.

For 2025, in addition to the revenue range Annika mentioned, we expect EBITDA of 0.95 to 1.15 billion dollars. Capital expenditure will be around 720 million, mostly the final instalments on the new vessels, and then we expect capex to drop sharply to below 300 million in 2026. Depreciation should be roughly 540 million. We expect an effective tax rate of 12 to 14 percent, reflecting the tonnage tax regime in most of our operating entities.

On the balance sheet, net debt was 2.1 billion at year end. We are comfortable with leverage, and we intend to keep net debt to EBITDA below 2.5 times throughout 2025. The board is proposing a dividend of 0.85 dollars per share for 2024, and our policy remains to pay out 30 to 50 percent of net income.

Analyst (Priya Chandrasekhar, Halden Securities): Thanks. Can you say what you assume for bunker prices in the guidance, and how sensitive EBITDA is?

Daniel Oyelaran: We assume an average of 610 dollars per tonne for very low sulphur fuel oil. A 50-dollar move per tonne changes our EBITDA by around 75 million, before any bunker adjustment factor recovery, and we typically recover about 60 percent of that through surcharges within two quarters.

Analyst (Marc Delaunay, Rive Gauche Capital): Consensus has you at 1.2 billion EBITDA for 2025. Is your range conservative?

Annika Rasmussen: I would not call it conservative, I would call it realistic. The consensus figure you mention assumes rates only 5 percent down. If the Red Sea reopens fully and capacity is released, the low end of our range is the more likely outcome, and we prefer to be clear about that.

Analyst (Priya Chandrasekhar): On the cost programme, what is the cash cost to achieve it?

Daniel Oyelaran: We expect one-off restructuring costs of around 60 million dollars, mostly in 2025, mainly related to consolidating our regional offices from eleven to seven and to IT systems.

Annika Rasmussen: And just to add on volumes, we expect our liftings to grow 3 to 4 percent in 2025, a bit ahead of the market, as the new ships come in and we win back some volumes on transpacific.

Operator: That concludes today's call. Thank you for participating."""),
    ("tri-8a359df0de34", "es", "", """Estas son notas de cinco entrevistas de onboarding con gerentes de clínicas que dejaron nuestro software de agendamiento el último trimestre. No te limites a enlistar sus quejas. Extrae los problemas de fondo detrás de lo que dicen (lo que no dicen directamente), agrúpalos y dime cuál crees que fue el que realmente provocó que se fueran.

Entrevista 1 - consultorio de fisioterapia, 6 terapeutas
«La verdad el software estaba bien. Las reservas funcionaban. El problema era que cada lunes me pasaba dos horas arreglando la semana porque los terapeutas cambiaban su disponibilidad en papel y se lo decían a recepción, no al sistema. Y luego a los pacientes les llegaban recordatorios de citas que ya habíamos movido. Al final me rendí y regresamos al sistema viejo que usa nuestra clínica hermana; por lo menos ahí todos lo conocen.»

Entrevista 2 - clínica dental, 3 dentistas, 2 higienistas
«Demasiado caro para lo que usábamos. Pagábamos el paquete completo pero nunca activamos las reservas en línea porque nuestros dentistas no quieren que los pacientes elijan sus propios horarios: una limpieza y una endodoncia no duran lo mismo y los pacientes no saben qué necesitan. Así que pagábamos por la función principal y no la usábamos. Eso sí, el módulo de facturas estaba bueno.»

Entrevista 3 - cadena de fisioterapia, 4 sedes
«El problema eran los reportes. Los dueños quieren la utilización por terapeuta, por sede y por semana, y yo tenía que exportar CSV y hacerlo en Excel cada viernes. Su soporte dijo que está en el roadmap. Además, cuando un terapeuta trabaja en dos sedes el mismo día, el sistema lo mostraba con citas empalmadas, y soporte me dijo que creara dos cuentas de usuario para la misma persona, lo que después rompió la exportación de nómina.»

Entrevista 4 - consultorio de psicología, 8 psicólogos
«Al principio nos gustaba. Pero nuestros psicólogos se quejaron de que los mensajes de recordatorio incluían el nombre del profesional y la palabra "terapia", y algunos pacientes no querían que eso apareciera en su celular. Preguntamos si podíamos cambiar la plantilla y solo se podía cambiar para todo el consultorio, no por paciente. Un paciente puso una queja formal. Después de eso los socios decidieron cambiarse.»

Entrevista 5 - clínica de osteopatía, 2 profesionales + 1 recepcionista
«A la recepcionista le costó mucho aprenderlo. Lleva 20 años con nosotros y le gustaba la agenda de papel. Los videos de capacitación estaban solo en inglés y eran bastante rápidos. Siendo justos, cuando se acostumbró, era más rápido. Pero luego la actualización de febrero movió todos los botones y se volvió a perder, y esa semana le dimos doble cita a cuatro pacientes. Esa fue la gota que derramó el vaso para ella, y sinceramente ella es más importante para nosotros que el software.»"""),
    ("tri-4fa1f3405388", "es", "", """¿Puedes repasar esta transcripción de la revisión del incidente del martes y enumerar todas las acciones pendientes, con quién es responsable y para cuándo? Algunas personas se comprometieron a cosas sin decirlo abiertamente, así que inclúyelas también y márcalas como implícitas.

[Transcripción - Reunión breve de seguridad del paciente, 4 Oeste, sobre administración de insulina al paciente equivocado, evento #PS-2291]
Asistentes: Marisol Vega (supervisora de enfermería), Dr. Anton Brekke (hospitalista), Femi Adeyemi (Farmacia), Hannah Liu (Informática), Greg Tolliver (Gestión de Riesgos), Caro Dunphy (enfermera responsable de turno)

Marisol: Vale, gracias a todos. Recapitulo: el día 14, al paciente de la 12A se le pusieron 6 unidades de lispro que estaban pautadas para el de la 12B. Los dos pacientes tenían el mismo apellido, Méndez, y el escáner de ese carro de medicación no funcionaba. La enfermera se saltó el paso del código de barras y usó la hoja de administración (MAR) en papel. El paciente de la 12A bajó a 54 aproximadamente una hora después, se le trató con D50 y se recuperó bien. Se ha informado a la familia.
Greg: ¿Y la comunicación del error a la familia quedó documentada? La necesito en el expediente para el viernes, eso para nosotros no es negociable.
Marisol: La comunicación la hizo el Dr. Brekke.
Anton: Sí, el domingo por la tarde. Todavía no he escrito la nota, la verdad. La meto hoy.
Greg: Genial.
Caro: Para mí lo más importante es la alerta de nombres. Teníamos dos pacientes Méndez uno al lado del otro y nada lo señaló. En el sistema antiguo había ese banner naranja pequeñito.
Hannah: Ese banner sigue existiendo en la historia clínica electrónica, solo que no está activado en vuestra unidad. Es un cambio de configuración. Puedo mirar de activarlo para toda la 4 Oeste y la 4 Este, pero necesitaría el visto bueno del comité de informática de enfermería. Se reúnen el día 28.
Marisol: Lo meto en su orden del día.
Hannah: Entonces tendré la configuración lista para hacer una demo en esa reunión.
Femi: Desde farmacia: la tasa de anulaciones en la 4 Oeste el último mes fue del 11 por ciento. En todo el hospital ronda el 3. Así que está pasando algo más allá de este carro.
Marisol: ¿Once? Madre mía. ¿Me lo puedes mandar desglosado por turno?
Femi: Claro, lo saco.
Marisol: Para finales de la semana que viene estaría bien.
Femi: Vale.
Greg: ¿Por qué no funcionaba el escáner?
Caro: La batería. Las baterías de repuesto de los carros se guardan en el almacén y la mitad de las veces no están cargadas. No es responsabilidad de nadie.
Marisol: Eso es cosa nuestra. Caro, ¿las enfermeras responsables del turno de noche pueden añadir una comprobación de baterías a la ronda de las 04:00?
Caro: Sí, actualizo la checklist y se lo digo al equipo de noche en la reunión del jueves.
Anton: ¿Deberíamos plantearnos también separar a los pacientes con el mismo nombre? De habitación, quiero decir.
Marisol: Los de asignación de camas nos van a odiar, pero merece la pena preguntarlo. No sé a quién le corresponde.
Greg: Eso es de Gestión de Flujo de Pacientes, Dana Kirsch. Tengo una reunión con ella el lunes de todas formas, lo saco.
Femi: Una cosa más: la MAR en papel que usó la enfermera era del día anterior. No se había retirado. Ese es un segundo fallo.
Marisol: Cierto. Tenemos que volver a formar sobre los procedimientos en caso de caída del sistema. Me gustaría algo corto, no otro módulo de 40 minutos.
Hannah: Hay una hoja de consejos de una página para caídas del sistema, del año pasado. Seguramente está desactualizada.
Marisol: ¿Alguien puede actualizarla?
Caro: Bueno, la primera la escribí yo.
Marisol: Perfecto, gracias, Caro.
Greg: Necesito el borrador del ACR para el 30, para el comité. Marisol, ¿te encargas tú?
Marisol: Sí, lo redacto yo, pero antes necesitaré las partes de todos.
Greg: ¿Y a la enfermera implicada se le ha ofrecido apoyo? ¿El programa de segundas víctimas?
Marisol: Todavía no. Hoy me pongo en contacto con ella.
Anton: ¿Puedo ver el ACR antes de que vaya al comité? Solo para revisar la cronología clínica.
Marisol: Claro. Bueno, creo que eso es todo. Gracias a todos."""),
    ("tri-dd2e74559bd6", "es", "Apoyas al Comité de Farmacia y Terapéutica de St. Aldric Regional Health. Los miembros son médicos y farmacéuticos; sé preciso y cita cifras del documento.", """¿Podrías resumir el ensayo de abajo para el comité del jueves y luego decirnos, con honestidad, si la evidencia es lo bastante sólida para incluir Velnorax en el formulario como preventivo de primera línea? Tenemos dudas sobre todo con el comparador y los abandonos.

---
VELNORAX (zeltaprant) FOR THE PREVENTION OF CHRONIC MIGRAINE: RESULTS OF THE PHASE III HORIZON-2 TRIAL (sponsor summary)

Background. Chronic migraine affects roughly 1-2% of adults and is associated with substantial disability, lost productivity and overuse of acute medication. Existing oral preventive therapies are limited by tolerability, and injectable biologics are costly and require specialist initiation in most health systems. Zeltaprant is an oral, once-daily small-molecule receptor antagonist developed to offer an alternative that can be started in primary care.

Methods. HORIZON-2 was a 12-week, randomized, double-blind, placebo-controlled trial conducted at 84 sites in 9 countries. Adults aged 18 to 65 with chronic migraine (15 or more headache days per month, of which at least 8 met migraine criteria) were randomized 1:1:1 to zeltaprant 40 mg once daily, zeltaprant 20 mg once daily, or placebo. Patients who had failed more than two prior preventive treatments were excluded, as were patients with significant hepatic disease. The primary endpoint was change from baseline in monthly migraine days (MMD) over weeks 9 to 12. Key secondary endpoints were the proportion of patients with at least a 50% reduction in MMD (responder rate) and change in acute medication days. Missing data were handled by last observation carried forward (LOCF); a sensitivity analysis using multiple imputation is reported in the supplementary appendix but not in this summary.

Results. 1,212 patients were randomized (40 mg: 405; 20 mg: 404; placebo: 403). Mean age was 41 years and 86% were female. Mean baseline MMD was 17.9. Completion rates were 71% in the 40 mg arm, 78% in the 20 mg arm and 84% in the placebo arm. The most common reasons for discontinuation in the 40 mg arm were adverse events (14%) and lack of efficacy (6%). At weeks 9 to 12, the mean change in MMD was -6.1 for 40 mg, -5.2 for 20 mg and -4.0 for placebo (difference versus placebo for 40 mg: -2.1 days, 95% CI -2.9 to -1.3, p<0.001; for 20 mg: -1.2 days, 95% CI -2.0 to -0.4, p=0.004). Responder rates were 41%, 35% and 27%, respectively. Acute medication days fell by 4.4, 3.9 and 3.1 days.

Safety. Treatment-emergent adverse events occurred in 62% (40 mg), 55% (20 mg) and 47% (placebo) of patients. The most frequent were nausea (40 mg: 13%; placebo: 5%), constipation (9% vs 3%), dizziness (8% vs 4%) and fatigue (7% vs 4%). Elevations of ALT above three times the upper limit of normal were seen in 7 patients on 40 mg (1.7%), 3 on 20 mg and 1 on placebo; all resolved after discontinuation. No deaths occurred. Serious adverse events were reported in 2.2%, 1.7% and 1.5% of patients.

Discussion. The sponsor concludes that zeltaprant 40 mg provides a clinically meaningful reduction in migraine frequency and represents a new first-line preventive option. Limitations include the short duration, the exclusion of treatment-refractory patients, the absence of an active comparator and the use of LOCF. An open-label extension (HORIZON-EXT) is ongoing; 52-week data are expected next year.

Cost. The proposed list price is 612 per 30-day pack. Generic topiramate, our current first-line agent, costs approximately 9 per month.
---"""),
    ("tri-2966ecffc268", "es", "", """Esta consulta del panel de pedidos tarda 14 segundos, la tabla orders tiene 38 millones de filas (PostgreSQL 14). ¿Cómo la acelero? ¿Añado un índice, cambio la consulta o las dos cosas?

SELECT o.id, o.created_at, o.total, c.full_name, s.carrier, s.tracking_no
FROM orders o
JOIN customers c ON c.id = o.customer_id
LEFT JOIN shipments s ON s.order_id = o.id
WHERE o.store_id = 112
  AND o.status IN ('paid','packed','shipped')
  AND date(o.created_at) >= current_date - 30
ORDER BY o.created_at DESC
LIMIT 50 OFFSET 4000;

Resumen del EXPLAIN ANALYZE:
Limit (actual time=14102..14106 rows=50)
  -> Sort (Sort Method: external merge  Disk: 412MB)
    -> Hash Right Join (rows=1204551)
      -> Seq Scan on shipments s (rows=35880210)
      -> Hash -> Hash Join
        -> Seq Scan on orders o (Filter: store_id = 112 AND status = ANY(...) AND date(created_at) >= ...) (Rows Removed by Filter: 36912004)
        -> Seq Scan on customers c

Índices actuales: orders(id) pkey, orders(customer_id), shipments(id) pkey, customers(id) pkey."""),
    ("tri-d37ac906341a", "es", "", """La app en RN 0.74 crashea al abrir SOLO en Android 14 y solo en builds de release (en debug va bien, en Android 13 también). En Play Console sale en ~6% de las sesiones. logcat de un Pixel 7:

E AndroidRuntime: FATAL EXCEPTION: main
E AndroidRuntime: Process: com.trailmint.app, PID: 21877
E AndroidRuntime: java.lang.SecurityException: com.trailmint.app: One of RECEIVER_EXPORTED or RECEIVER_NOT_EXPORTED should be specified when a receiver isn't being registered exclusively for system broadcasts
E AndroidRuntime:     at android.os.Parcel.createExceptionOrNull(Parcel.java:3057)
E AndroidRuntime:     at android.app.ContextImpl.registerReceiverInternal(ContextImpl.java:1866)
E AndroidRuntime:     at com.trailmint.gpsbridge.LocationModule.initialize(LocationModule.java:58)
E AndroidRuntime:     at com.facebook.react.bridge.ModuleHolder.doInitialize(ModuleHolder.java:222)
W ReactNativeJS: Require cycle: src/store/index.ts -> src/store/trips.ts -> src/store/index.ts

gpsbridge es un módulo nativo nuestro de 2021 (quien lo escribió ya se fue). El targetSdk se subió de 33 a 34 el sprint pasado porque Play lo exigía. ¿Por qué solo en release, cómo lo arreglo bien en el módulo, y el warning del require cycle tiene algo que ver?"""),
    ("tri-b87e2d9bc316", "es", "Conviertes listas de audiencias judiciales a JSON para el sistema de agenda procesal de Brightwater Legal. Devuelve un array JSON; cada objeto tiene: date (YYYY-MM-DD), time (24h HH:MM), court, courtroom, case_number, parties, judge, hearing_type. Usa null para lo que falte. Devuelve solo JSON.", """LISTA DIARIA DE CAUSAS – Central County Court – martes 8 de octubre de 2024

Ante HHJ Pemberton, Sala 3
10.00am  K00CL412  Marsh Ltd c. Daventry Holdings – Conferencia de gestión del caso
11.30am  J51YX903  Okoye c. Gateway Lettings – Solicitud (sin notificación a la contraparte)
2.00pm   K01BR227  En el asunto de la sucesión de P. Lindqvist – Instrucciones procesales

Ante DJ Harcourt, Sala 7
10.00am  H20MC554  Rahman c. Rahman – Audiencia de resolución de disputa financiera
No antes de las 12 del mediodía  G15ZZ018  Northern Rail Supplies c. Aston – Audiencia de reclamos menores

Sala 9 (juez por confirmar)
2.30pm  K02DE771  Bell c. Metro Borough Council – Audiencia sobre costas"""),
    ("tri-153e69aafd5d", "es", "", "Reescríbelo como un párrafo sin viñetas: - login arreglado - exportación más rápida - nuevo modo oscuro"),
    ("tri-0b60f96b8e35", "es", "", """¿me lo pasas a un esquema con un H2 por tema + viñetas debajo de cada uno? NO lo reformules, solo reestructúralo

presupuesto - anticipo del lugar pagado 2k. hotel: 40 habitaciones apartadas hasta el 15 de mayo. presupuesto - cotización de AV 3.4k, ¿muy cara? ponentes: la Dra. Ashworth confirmó la keynote. hotel - hace falta shuttle. ponentes: el panel necesita moderador"""),
    ("tri-f4c86d922a70", "es", "", "bote: 3 rojas, 5 azules. saco 2 sin devolver la primera. ¿prob. de que sean de colores distintos?"),
    ("tri-eca33a8b5bab", "es", "", """vale, el sábado soy el padrino (best man) en la boda y he estado recopilando historias de los colegas en nuestro grupo. Te pego todo abajo. ¿Me lo conviertes en un brindis? De 4 a 5 minutos hablado, gracioso pero que termine emotivo de verdad, sobre él e Ife. Habrá unas 120 personas, incluidas las dos abuelas, así que nada muy guarro. Usa 3 o 4 de las mejores historias, no todas, y que no gire todo en torno a beber.

[chat export - "Callum's Stag Intel 🕵️"]

[12/04, 21:03] Rory: right lads, I need material for the speech. best Callum stories. go
[12/04, 21:05] Dev: the sat nav. obviously the sat nav
[12/04, 21:05] Rory: remind me of the details
[12/04, 21:08] Dev: first year of uni he drove us to the coast for a weekend, followed the sat nav so faithfully he drove onto a ferry ramp. the ferry wasn't there. the guy in the hi vis just stood there slowly shaking his head. Callum's only comment was "it said continue straight"
[12/04, 21:09] Marcus: 😂😂 he still says "it said continue straight" whenever anything goes wrong
[12/04, 21:12] Jonah: the allotment. he got an allotment at 24 because he'd "become a man who grows things". grew one (1) courgette that summer. named it. it was called Gerald
[12/04, 21:12] Dev: Gerald!!!
[12/04, 21:13] Jonah: he took a photo of Gerald every day. there's an album. I have access to the album
[12/04, 21:15] Marcus: the job interview at the council where he called the interviewer "mum"
[12/04, 21:15] Marcus: got the job tho
[12/04, 21:16] Rory: keep them coming. something about Ife?
[12/04, 21:20] Dev: how they met. the pub quiz at the Anchor. his team was called "Quizteama Aguilera" and hers was "Let's Get Quizzical". they tied, tiebreaker was "how many bones in the adult human body" and she said 206 and he said "depends how many you've broken". she won. he asked for her number as the "runner up's prize"
[12/04, 21:21] Jonah: and she said no
[12/04, 21:21] Dev: and she said no!! he had to go back the next week and lose again
[12/04, 21:24] Marcus: three weeks in a row actually. she told me at their engagement do. she said she already wanted to say yes the first time, she just wanted to see if he'd come back
[12/04, 21:25] Rory: that's lovely actually
[12/04, 21:27] Jonah: serious one: when my dad was ill in 2021 Callum drove up every other Sunday for 4 months to sit with him so I could get a break. never told anyone. my dad still asks about him
[12/04, 21:28] Dev: didn't know that mate ❤️
[12/04, 21:30] Marcus: also the time he tried to learn the bagpipes for Ife's dad's 60th (Ife's dad is Scottish-Nigerian, it was a whole plan). the neighbours complained to the housing association
[12/04, 21:31] Marcus: he did play it at the party. it was bad. Ife's dad cried. not sure from which emotion
[12/04, 21:33] Rory: this is gold. anything from work?
[12/04, 21:35] Marcus: he's the only person in planning who reads every single consultation response. every one. he says people took the time to write them
[12/04, 21:36] Jonah: that's so callum
[12/04, 21:38] Dev: also he cried at the end of that bear film. in the cinema. loudly. grown man
[12/04, 21:38] Marcus: we all cried at the bear film dev
[12/04, 21:39] Dev: fair
[12/04, 21:41] Rory: what about Ife, what's she like with him, I want the ending to be about them
[12/04, 21:44] Jonah: she's the only person who can make him stop reorganising the dishwasher. and she's made him braver. he'd never have gone for the planning job without her
[12/04, 21:45] Marcus: she calls him "Sat Nav" when he's being stubborn lol
[12/04, 21:46] Dev: they're a good team tbh. he's the plan, she's the adventure
[12/04, 21:47] Rory: ok I'm nicking that line
[12/04, 21:48] Rory: cheers all. if this goes badly I'm blaming Gerald"""),
    ("tri-d93e3d2a690a", "es", "Escribe una respuesta automática de fuera de la oficina. Máximo dos oraciones.", "contador de planta, fuera del 2 al 6 de enero en oficinas de clientes por el cierre anual, lo urgente con Mira Das"),
    ("tri-c10f50b3b766", "es", "", """Necesito pasar a JSON esta transcripción medio a mano de la hoja de administración de medicación (MAR) para la importación de conciliación de farmacia. Un objeto por administración: patient_id, drug, dose_value, dose_unit (usa solo mg, mcg, units o mL; convierte si hace falta), route (PO/IV/SC/IM/inhaled), datetime (ISO 8601, año 2025, hora local), given_by (iniciales), status (given/held/refused). Donde algo sea ambiguo, quédate con tu mejor interpretación y añade un campo "note" explicando por qué.

Pt MRN 00448102 - ward 5C
10/3
0800 levothyroxine 0.1 mg po - JK
0800 metoprolol tart 25mg PO HELD (HR 52) - JK
0900 enoxaparin 40 sub-q - JK
1200 insulin aspart 4u SC per scale (BG 212) - TM
1300 salbutamol neb 2.5 - TM
1700 insulin aspart 6 U sc (BG 248) - TM
2000 metoprolol tart 25 mg po - RB
2100 atorvastatin forty mg PO - pt refused, states nauseous - RB
2200 paracetamol 1 g IV over 15 min - RB
10/4
0200 paracetamol 1000mg iv - RB
0800 levothyroxine 100 mcg PO - JK
0800 metoprolol 25 mg PO - JK
0900 enoxaparin 40mg SC - JK
0900 Vit B12 1mg IM (1st dose of series) - JK"""),
    ("tri-72de5e5623ea", "es", "Etiquetas los manuscritos que llegan a la oficina editorial de una revista interdisciplinaria. Para cada resumen, devuelve el ID y exactamente una sección de: ECOLOGY, MATERIALS, NEUROSCIENCE, ECONOMICS, PUBLIC_HEALTH, COMPUTING.", """MS-2025-0331
Las islas de calor urbanas intensifican el estrés térmico que sufren los árboles urbanos, pero las especies difieren en su capacidad de aclimatación. Medimos la temperatura foliar, la conductancia estomática y el crecimiento de 1,240 árboles urbanos de ocho especies a lo largo de un gradiente de cobertura de superficie impermeable en tres ciudades europeas durante dos veranos, incluida la ola de calor de 2022. Las especies con mayor masa foliar por área y un uso del agua más conservador mantuvieron su crecimiento en las condiciones más calurosas, mientras que dos arces de plantación habitual mostraron una muerte regresiva de la copa de hasta el 35%. El volumen de suelo disponible para las raíces moderó estos efectos con más fuerza que el riego. Ofrecemos recomendaciones específicas por especie para la plantación en escenarios climáticos futuros.

MS-2025-0332
Presentamos una ruta escalable para cátodos de baterías de ion sodio basada en un óxido laminar de manganeso-hierro dopado con 3% de titanio. El material dopado alcanzó una capacidad reversible de 168 mAh/g a 0.1C y retuvo el 91% de su capacidad tras 1,000 ciclos a 1C, frente al 64% del material sin dopar. La difracción de rayos X in situ mostró que el titanio suprime la transición de fase P2-O2 responsable de la pérdida de capacidad a altos voltajes. La síntesis usa solo elementos abundantes en la corteza terrestre y un único paso de calcinación, lo que según nuestras estimaciones reduce el costo del cátodo en aproximadamente un 40% en comparación con el fosfato de hierro y litio.

MS-2025-0333
¿Cómo representa el hipocampo el orden de eventos que ocurren en cuestión de segundos? Mediante imagen de calcio de dos fotones en ratones con la cabeza fija que realizaban una tarea de memoria de secuencias, registramos 9,800 neuronas de CA1. Un subconjunto de células disparaba en posiciones específicas dentro de las secuencias aprendidas independientemente de la identidad de los elementos, mientras que otras codificaban la identidad del elemento. El silenciamiento optogenético de la entrada entorrinal durante el periodo de demora abolió el código posicional y empeoró el desempeño. Estos resultados sugieren que el hipocampo mantiene un andamiaje temporal abstracto sobre el que se mapean experiencias específicas.

MS-2025-0334
Estudiamos cómo los aumentos del salario mínimo afectan las horas y los ingresos de los trabajadores de medio tiempo en el comercio minorista, usando registros de nómina de 2.1 millones de empleados de 340 empresas entre 2015 y 2023 y un diseño de diferencias en diferencias que aprovecha aumentos regionales escalonados. Un aumento del 10% en el salario mínimo elevó los ingresos por hora de los trabajadores afectados en un 6.8%, pero redujo las horas semanales en un 2.1%, principalmente por una disminución de los turnos cortos. Los ingresos semanales totales subieron un 4.5%. Las empresas con mayor concentración en el mercado laboral redujeron menos las horas, lo cual es consistente con los modelos de monopsonio.

MS-2025-0335
La cobertura de vacunación contra el sarampión en niños de dos años bajó del 94% al 87% en un área metropolitana entre 2019 y 2023. Vinculamos datos del registro de vacunación de 186,000 niños con índices de marginación por colonia y registros de citas. Las citas perdidas durante la pandemia explicaron aproximadamente la mitad de la caída, mientras que la otra mitad se concentró en colonias con baja confianza en las instituciones de salud. Un piloto de recordatorios por mensaje de texto con un enlace directo para agendar aumentó la vacunación de rezago en 11 puntos porcentuales en tres meses en las clínicas de intervención.

MS-2025-0336
Los modelos de lenguaje grandes se despliegan cada vez más en dispositivos edge con memoria limitada. Proponemos un método de cuantización de precisión mixta que asigna anchos de bits por cabeza de atención según la sensibilidad de la salida del modelo a perturbaciones en esa cabeza. En tres modelos abiertos de 1 a 7 mil millones de parámetros, nuestro método reduce la memoria en un 71% con una caída promedio de exactitud de 0.8 puntos en benchmarks estándar, superando a la cuantización uniforme de 4 bits por 2.3 puntos. Publicamos un runtime que ejecuta los modelos cuantizados en smartphones a 18 tokens por segundo."""),
    ("tri-a5f50c7a3503", "es", "", """Abajo va el borrador del postmortem, escrito por nuestro ingeniero de guardia. Resume el incidente para el canal de dirección, pero sobre todo: lee el extracto de logs y dime si la causa raíz del borrador es realmente la correcta. Me da la sensación de que la cronología no cuadra.

=== POSTMORTEM (DRAFT) - INC-3317 - Payments API elevated errors ===
Author: L. Fontaine (on-call)
Impact: Between 14:02 and 14:51 UTC, roughly 18% of card payment requests returned HTTP 502 or timed out. Approximately 9,400 checkout attempts failed; some customers were charged but saw an error (estimated 210 double-charge tickets so far).
Detection: PagerDuty alert "payments-api 5xx > 5%" fired at 14:09.
Root cause (draft): A deploy of payments-api v4.18.0 at 13:58 introduced a regression in the connection pool configuration (max pool size reduced from 50 to 20), causing pool exhaustion under normal Friday afternoon load.
Resolution: Rolled back to v4.17.2 at 14:44. Errors returned to baseline by 14:51.
Action items: add pool size to config review checklist; add load test to CI.

=== LOG EXCERPT (payments-api, pod pa-7f9c, times UTC) ===
13:58:04 INFO deploy: starting payments-api v4.18.0 (commit 3e1a9b0)
13:58:31 INFO db.pool: initialized pool max_size=50 min_idle=5
13:58:32 INFO http: listening on :8080
14:01:47 INFO upstream.acquirer: latency p99=410ms
14:02:10 WARN upstream.acquirer: latency p99=2380ms
14:02:11 WARN upstream.acquirer: request timeout after 3000ms (acq=northbridge-gw, attempt=1)
14:02:11 INFO retry: scheduling retry attempt=2 backoff=0ms
14:02:12 WARN upstream.acquirer: request timeout after 3000ms (acq=northbridge-gw, attempt=2)
14:02:12 INFO retry: scheduling retry attempt=3 backoff=0ms
14:02:15 ERROR db.pool: timeout acquiring connection after 5000ms (active=50 idle=0 waiting=187)
14:02:15 ERROR http: 502 POST /v2/charges (request_id=c81e...)
14:05:40 WARN upstream.acquirer: circuit breaker DISABLED by config (feature flag acq_cb_enabled=false since 2024-deploy-4.16)
14:12:03 ERROR db.pool: timeout acquiring connection after 5000ms (active=50 idle=0 waiting=412)
14:20:55 INFO status.northbridge: provider status page reports "degraded performance, EU region" since 14:00
14:31:10 WARN idempotency: duplicate charge attempt detected key=ik_9f2... but store write failed (db.pool timeout) - proceeding
14:44:02 INFO deploy: rollback to payments-api v4.17.2 (commit a77c2d1)
14:44:30 INFO db.pool: initialized pool max_size=50 min_idle=5
14:46:12 INFO status.northbridge: provider reports recovery
14:47:30 INFO upstream.acquirer: latency p99=520ms
14:51:00 INFO http: 5xx rate back below 0.5%

=== ON-CALL TIMELINE (from the draft) ===
14:09 alert fired, I acked at 14:11. Dashboards showed db pool exhaustion on all payments-api pods.
14:15 Checked recent deploys, v4.18.0 went out at 13:58, so that was the obvious suspect.
14:22 Asked in #payments-eng whether anyone changed pool settings. Nobody remembered doing it but the config diff is big because of the logging bump.
14:30 Tried scaling payments-api from 6 to 12 pods. Errors got slightly worse, not better.
14:38 Decided to roll back. Rollback took longer than usual because the deploy pipeline was queued behind a frontend release.
14:51 Errors back to normal after rollback, so root cause confirmed as the deploy.
Note: support says the double charges are mostly from customers who clicked Pay again after the error page. Finance wants a list of affected card transactions by Monday.

=== CHANGELOG v4.18.0 ===
- Bump logging library to 3.2
- Add merchant_category field to charge response
- Refactor retry helper (shared between acquirer and fraud-check clients); default backoff now read from RETRY_BACKOFF_MS
- Update Dockerfile base image"""),
    ("tri-470ea0df8258", "es", "", """enlista cada vez que alguien reinició, redesplegó o hizo rollback de algo en este export del canal: timestamp, quién y qué. nada más, sin comentarios

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
    ("tri-ee387ed7556a", "es", "", """Abajo está la transcripción (generada automáticamente, ligeramente editada) de la reunión abierta con el personal del miércoles pasado en el Ferncliffe General Hospital, solo la parte del aparcamiento. Desde Infraestructuras me han pedido que reúna opciones antes de que se reúna la junta el día 21.

---
PRESIDENTA (Deborah Quayle, directora de Infraestructuras): Bien, el aparcamiento. Sé que es el tema que todos estabais esperando. Primero, unos datos rápidos. Tenemos 1.140 plazas para el personal y unas 2.300 personas trabajando en el recinto un día laborable normal, más cuando se solapan los turnos de día y de noche entre las 07:00 y las 08:00. La ampliación del aparcamiento de varias plantas se canceló en primavera cuando la financiación de inversiones se destinó a la nueva unidad de endoscopias. Eso no va a volver en al menos tres años. Así que no estoy aquí para prometer un aparcamiento. Estoy aquí para escuchar.

INTERVINIENTE 1 (enfermera, planta 9): Yo entro a las 07:30. Si llego después de las 07:05 no queda nada, así que doy vueltas por todo el recinto y acabo aparcando en Holloway Road, y los vecinos me dejan notas en el parabrisas. Uno me desinfló las ruedas en marzo. No exagero.

INTERVINIENTE 2 (médico adjunto, radiología): Seré sincero: tengo una plaza reservada y me siento un poco culpable. Pero también hago guardias localizadas y necesito llegar aquí en veinte minutos a las 3 de la mañana. Hagamos lo que hagamos, el personal de guardia necesita una garantía.

INTERVINIENTE 3 (celador): La mitad de nosotros vivimos en Eastmoor. Hay un autobús, el 47, pero el primero llega a las 07:10 y nosotros empezamos a las 07:00. Y cuesta £4,60 al día ida y vuelta, que es mucho con nuestro sueldo.

PRESIDENTA: Tomo nota. No sabía que el horario no cuadraba por diez minutos. Es útil.

INTERVINIENTE 4 (fisioterapeuta, consultas externas): Nuestros pacientes de consulta tampoco pueden aparcar. Hemos tenido pacientes que han perdido la cita porque se han pasado media hora buscando sitio. Y luego se les cuenta como incomparecencia. Eso no es justo para ellos.

INTERVINIENTE 5 (médico residente): Muchos vendríamos en bici, pero hay una sola ducha para todo el edificio principal y el aparcabicis no está cubierto. Me robaron la bici ahí en enero. Seguridad dijo que en ese lado no hay cámara.

INTERVINIENTE 6 (administrativa, archivo de historias clínicas): Trabajo a tiempo parcial, tres días a la semana, pero pago el permiso mensual completo porque no hay opción a tiempo parcial. Son £38 al mes por doce días de aparcamiento.

INTERVINIENTE 7 (matrona): El turno de noche es otro problema. Cuando entro a las 19:30 no pasa nada, pero volver andando hasta el fondo del aparcamiento auxiliar a las 08:00 después de doce horas es horrible en invierno. La iluminación ahí es malísima y una vez me siguieron.

PRESIDENTA: Lo siento mucho. ¿Lo denunciaste?

INTERVINIENTE 7: Sí. No pasó nada.

INTERVINIENTE 8 (técnico de farmacia): ¿No podríamos usar el parque comercial? El centro de jardinería de Millford Lane tiene un aparcamiento enorme que está vacío casi todos los días laborables.

INTERVINIENTE 9 (servicios generales): La gente también aparca en las plazas de ambulancias del lado norte cuando está desesperada, y eso es peligroso. El mes pasado tuvimos dos casi accidentes.

INTERVINIENTE 10 (responsable de RR. HH.): Solo quiero señalar que tenemos 60 vacantes y que al menos tres candidatos este trimestre han rechazado ofertas mencionando el aparcamiento o el transporte. Ya es un problema de contratación, no solo de comodidad.

INTERVINIENTE 11 (auxiliar de enfermería): Compartir coche suena genial, pero nadie sabe quién vive cerca. No hay forma de encontrarse. Y los turnos cambian de una semana a otra.

PRESIDENTA: Vale, voy a cortar aquí porque nos hemos pasado de tiempo. Gracias, de verdad. Todo está sobre la mesa, menos construir un aparcamiento nuevo.
---

Lo que necesito de ti: una lista larga y variada de ideas para abordar esto, que cubra la demanda (que vengan menos coches), la oferta (aprovechar mejor el espacio existente), la equidad (quién tiene prioridad) y la seguridad. Indica a qué intervención responde cada idea. Incluye algunas poco convencionales. Luego les pondremos precio, así que no las filtres por presupuesto."""),
    ("tri-33a4d0897340", "es", "Convierte el export de inventario que pegue el usuario a CSV con el encabezado sku,description,location,qty,uom. Una fila por artículo, en el orden original. Usa EA cuando no se indique unidad. Sin comentarios.", """export del WMS viejo, perdón que esté hecho un desastre:

SKU 10-4471 | Bamboo cutting board L | A-03-2 | 140 pcs
10-4472 bamboo cutting board M, loc A-03-3, qty: 212 ea
#10-4473 Bamboo board S -- A03/4 -- 96
10-4480 olive wood serving board 40cm | A-04-1 | 52 ea
10-4481 Olive wood salad servers pair, A-04-2, 118 pairs
10-5010 | Cast iron skillet 26cm | B-11-1 | 58 EA
10-5011 Cast iron skillet 30cm @ B-11-2 x 33
item 10-5020: enamel dutch oven 5L (red) / B-12-1 / 21 units
10-5021 enamel dutch oven 5L (navy) B-12-2 qty 17
10-5022;enamel dutch oven 5L (sage);B-12-3;9
20-0101 | Linen napkins set of 4, natural | C-01-1 | 310 sets
20-0102 linen napkins 4pk charcoal - C-01-2 - 288 sets
20-0103 Linen napkins (4) terracotta  C01-3  154 SET
20-0210 | Cotton tablecloth 150x250 white | C-02-1 | 75 pcs
20-0211 tablecloth 150x250 cotton, stripe blue, C-02-2, 61
20-0310 waffle bath towel grey 70x140 | C-05-1 | 402 ea
20-0311 waffle bath towel sand 70x140 | C-05-2 | 398 ea
20-0312 | Waffle hand towel grey 50x90 | C-05-3 | 0 (backorder)
30-1100 Ceramic mug 350ml speckled white :: D-01-1 :: 1,240
30-1101 ceramic mug 350ml speckled black, D-01-2, 1.105 pcs
30-1102 | Ceramic mug 350ml sage | D-01-3 | 860 ea
30-1200 stoneware dinner plate 27cm x 6 = box, loc D-04-1, 130 boxes
30-1201 stoneware side plate 21cm (box of 6) D-04-2 144 box
30-1202 | Stoneware bowl 16cm, box/6 | D-04-3 | 97 boxes
30-1300 glass tumbler 300ml 4-pack D-07-1 -> 520 packs
30-1301 Glass tumbler 450ml 4pk / D-07-2 / 505 packs
30-1400 | Carafe 1L borosilicate glass | D-09-1 | 211 pcs
40-0001 | Scented candle 'Fig & Cedar' 200g | E-02-1 | 760 ea
40-0002 scented candle 'Sea Salt' 200g  E-02-2  688
40-0003 Scented candle Amber Oud 200g — E-02-3 — 912 pcs
40-0010 reed diffuser fig & cedar 100ml | E-03-1 | 233
40-0011 Reed diffuser sea salt 100ml, E-03-2, qty 198 ea
40-0100 | Wool throw blanket 130x170 oatmeal | F-01-1 | 84 pcs
40-0101 wool throw 130x170 forest green / F-01-2 / 47
40-0102 Wool throw 130x170 rust @ F-01-3 qty=0
40-0200 velvet cushion cover 45x45 blush | F-03-1 | 260 ea
40-0201 velvet cushion cover 45x45 teal, F-03-2, 233 ea
40-0202 | Cushion insert 45x45 feather | F-03-4 | 410 pcs
40-0300 linen curtain panel 140x260 natural, F-06-1, 38 pcs
50-0010 rattan storage basket M  G-01-1  118
50-0011 Rattan storage basket L | G-01-2 | 92 pcs
50-0020 | Jute doormat 60x90 | G-04-1 | 175 ea
50-0021 jute doormat 'HELLO' 60x90 - G-04-2 - 140 pcs
50-0100 Bamboo laundry hamper w/ lid, loc G-06-1, 66 units
60-0001 | Gift card printed 50 EUR | CAGE-1 | 500 ea
60-0002 gift card printed 100 EUR CAGE-1 300
60-0010 Kraft gift box small (pack of 10) | H-01-1 | 75 packs
60-0011 kraft gift box large pk10 / H-01-2 / 40 packs
60-0020 tissue paper sheets 50x70, ream of 480 | H-02-1 | 12 reams
ZZ-TEST-01 | DO NOT SHIP test item | QA | 3"""),
    ("tri-5adb6b2aeaad", "es", "", "recordatorio rápido para slack al equipo: inventario el viernes a las 7am en punto, traigan los escáneres cargados, nada de picking hasta que terminemos"),
    ("tri-32b62de9d205", "es", "Servicio de extracción solo JSON para el repositorio de contratos de Brightwater Procurement. Lee el contrato del mensaje del usuario y devuelve exactamente un objeto JSON con las claves: buyer, supplier, effective_date (YYYY-MM-DD), initial_term_months, renewal (string), governing_law, termination_notice_days, liability_cap (string, tal como está redactado), payment_terms_days. Usa null para todo lo que no se indique. Sin prosa, sin markdown.", """CONTRATO MARCO DE SUMINISTRO

El presente Contrato Marco de Suministro (el «Contrato») se celebra el 14 de febrero de 2025 y entra en vigor el 1 de marzo de 2025 (la «Fecha de Entrada en Vigor») entre Brightwater Procurement Ltd, sociedad inscrita en Inglaterra y Gales con el número 10448213 y domicilio social en 3 Quayside Row, Bristol BS1 4QA (el «Comprador»), y Kelvara Components GmbH, sociedad inscrita en el registro mercantil del Amtsgericht de Stuttgart con el número HRB 771204 y domicilio en Industriestraße 41, 70565 Stuttgart (el «Proveedor»). El Comprador y el Proveedor se denominarán individualmente una «Parte» y conjuntamente las «Partes».

1. DEFINICIONES
1.1 «Productos»: las carcasas, soportes y subconjuntos mecanizados de precisión descritos en el Anexo 1, con las modificaciones que las Partes acuerden por escrito en cada momento.
1.2 «Orden de Compra»: pedido por escrito de Productos emitido por el Comprador en virtud del presente Contrato a través del portal de compras del Comprador o por correo electrónico de un comprador autorizado que figure en el Anexo 4.
1.3 «Día Hábil»: cualquier día que no sea sábado, domingo ni festivo en Inglaterra.

2. DURACIÓN
2.1 El presente Contrato comienza en la Fecha de Entrada en Vigor y tendrá una duración inicial de treinta y seis (36) meses (el «Periodo Inicial»).
2.2 A partir de entonces, se renovará automáticamente por periodos sucesivos de doce (12) meses cada uno (cada uno, un «Periodo de Renovación») salvo que cualquiera de las Partes notifique por escrito su voluntad de no renovarlo a más tardar ciento veinte (120) días antes del final del periodo en curso.

3. PEDIDOS Y PREVISIONES
3.1 El Comprador facilitará al Proveedor una previsión no vinculante a doce meses, actualizada de forma continua, a más tardar el quinto Día Hábil de cada mes natural. Los tres primeros meses de cada previsión son meramente informativos y no constituyen un compromiso de compra.
3.2 El Proveedor acusará recibo de cada Orden de Compra en un plazo de dos (2) Días Hábiles. Toda Orden de Compra que no sea rechazada en dicho plazo se considerará aceptada.

4. PRECIO Y PAGO
4.1 Los precios figuran en el Anexo 2 y son fijos durante los primeros doce meses del Periodo Inicial. Transcurrido ese plazo, el Proveedor podrá ajustar los precios una vez por año contractual mediante notificación por escrito con noventa (90) días de antelación, siempre que ningún incremento supere la variación del índice alemán de precios industriales de productos metálicos en los doce meses anteriores.
4.2 El Proveedor facturará en el momento de la expedición. El Comprador pagará cada factura no controvertida en un plazo de sesenta (60) días desde el final del mes en que reciba la factura.
4.3 Si el Comprador impugna de buena fe una factura, lo notificará al Proveedor en un plazo de quince (15) días, y las Partes intentarán resolver la controversia conforme a la cláusula 14 antes de que cualquiera de ellas pueda ejercer otras acciones.

5. ENTREGA
5.1 Los Productos se entregarán FCA en las instalaciones del Proveedor en Stuttgart (Incoterms 2020), salvo que la Orden de Compra indique otra cosa.
5.2 Si el Proveedor no realiza la entrega en la fecha confirmada, el Comprador podrá reclamar una penalización del 0,5 % del valor de los Productos entregados con retraso por cada semana completa de retraso, hasta un máximo del 5 % de dicho valor. Dicha penalización constituirá el único remedio económico del Comprador por entrega tardía, salvo que el retraso supere las seis semanas.

6. GARANTÍA
6.1 El Proveedor garantiza que los Productos se ajustarán a las especificaciones del Anexo 1 y estarán libres de defectos de material y fabricación durante veinticuatro (24) meses desde la entrega.
6.2 La obligación del Proveedor en virtud de esta garantía se limita, a elección del Proveedor, a la reparación, sustitución o reembolso del precio de compra de los Productos no conformes.

7. LIMITACIÓN DE RESPONSABILIDAD
7.1 Ninguna de las Partes excluye ni limita su responsabilidad por fallecimiento o daños personales causados por negligencia, por fraude, ni por cualquier responsabilidad que no pueda limitarse conforme a la ley.
7.2 Sin perjuicio de la cláusula 7.1, la responsabilidad total agregada de cada Parte derivada del presente Contrato o relacionada con él en cualquier año contractual no excederá de la mayor de las siguientes cantidades: (a) 2.500.000 EUR y (b) el ciento cincuenta por ciento (150 %) de los importes pagados y pagaderos por el Comprador en ese año contractual.
7.3 Ninguna de las Partes será responsable del lucro cesante, la pérdida de negocio ni de ningún daño indirecto o consecuencial.

8. CONFIDENCIALIDAD
Cada Parte mantendrá la confidencialidad de toda la información técnica y comercial recibida de la otra Parte y la utilizará únicamente a los efectos del presente Contrato. Esta obligación subsistirá durante cinco (5) años tras la terminación.

9. TERMINACIÓN
9.1 Cualquiera de las Partes podrá terminar el presente Contrato por conveniencia mediante notificación por escrito a la otra Parte con una antelación mínima de ciento ochenta (180) días, siempre que dicho preaviso no venza antes del final del primer año contractual.
9.2 Cualquiera de las Partes podrá terminar el Contrato con efecto inmediato mediante notificación por escrito si la otra Parte comete un incumplimiento grave que no subsane en un plazo de treinta (30) días desde la notificación que le requiera subsanarlo, o si incurre en insolvencia.

10. FUERZA MAYOR
Ninguna de las Partes incurrirá en incumplimiento del presente Contrato por retrasos causados por hechos fuera de su control razonable. Si dicho hecho se prolonga más de noventa (90) días, la Parte no afectada podrá terminar el Contrato mediante notificación por escrito.

11. LEY APLICABLE Y JURISDICCIÓN
El presente Contrato y las obligaciones extracontractuales derivadas de él se rigen por las leyes de Inglaterra y Gales. Los tribunales de Londres tendrán jurisdicción exclusiva, si bien cualquiera de las Partes podrá solicitar medidas cautelares ante cualquier tribunal competente.

Firmado en nombre y representación de Brightwater Procurement Ltd: Helena Marsh, directora de Compras
Firmado en nombre y representación de Kelvara Components GmbH: Dr. Tobias Wendt, Geschäftsführer"""),
    ("tri-b8f82a80d61d", "es", "", """Necesitamos un plan de personal para el área de procesamiento de devoluciones la próxima semana (lun–sáb). Arma el horario como tabla (persona x día), muestra la capacidad diaria vs. el volumen incluyendo lo que se vaya arrastrando, y dime claramente si no se pueden cumplir todas las reglas y cuál tendríamos que flexibilizar.

Volúmenes previstos (paquetes devueltos por procesar). El lunes ya incluye el rezago de 600 paquetes que tenemos hoy:
Lun 2,400 | Mar 1,900 | Mié 1,600 | Jue 1,500 | Vie 1,700 | Sáb 2,100

Productividad:
- Un procesador capacitado maneja 55 paquetes por hora.
- Un trainee maneja 30 paquetes por hora.
- Los turnos son de 8 horas con 30 minutos de descanso no pagado, o sea 7.5 horas productivas. Nadie hace horas extra esta semana (acuerdo con el comité de empresa).

Personal:
- De planta, capacitados: Agnieszka, Bram, Chiara, Dev, Elif, Farid, Greta (7 personas).
- Trainees: Hugo e Ines (2 personas, también con contrato de planta).
- Personal de agencia: productividad de nivel capacitado, hasta 4 personas por día, hay que reservarlos a más tardar este viernes, la reserva mínima es de 2 días consecutivos por persona. Cuestan €23/hora; el personal de planta cuesta €19/hora.

Reglas:
1. Cada empleado de planta (incluidos los trainees) trabaja exactamente 5 de los 6 días.
2. Nadie puede trabajar más de 4 días seguidos.
3. Chiara y Dev son los únicos autorizados para aprobar devoluciones de electrónica de alto valor, así que al menos uno de los dos tiene que estar en turno todos los días.
4. Los trainees solo pueden trabajar los días en que haya al menos 3 empleados de planta capacitados en turno, y nunca los dos trainees el mismo día si hay menos de 4 empleados de planta capacitados.
5. Elif tiene un acuerdo vigente con RR. HH. para no trabajar los sábados.
6. Greta ya pidió el miércoles libre.
7. Cualquier paquete que no se procese en un día pasa al día siguiente. El rezago al final del sábado debe ser cero, y ningún paquete debe esperar más de un día.
8. Mantener las horas de agencia lo más bajas posible; el presupuesto de agencia de esta semana es de €1,500.

Contexto adicional, por si importa: el área tiene 10 estaciones de trabajo, así que como máximo pueden trabajar 10 personas al mismo tiempo, y todos los turnos son de 07:00 a 15:30, o sea que todos los que trabajan un día están ahí al mismo tiempo. Farid pidió de manera informal tener libre el lunes por un evento familiar, pero dijo que puede cambiarlo si de verdad hace falta. Bram es el encargado designado de primeros auxilios, y la regla del sitio es que debe haber alguien de primeros auxilios en cada turno; Agnieszka es la única otra persona capacitada en primeros auxilios en el área.

Como referencia, la semana pasada procesamos 9,850 paquetes con los 7 empleados de planta capacitados más 2 de agencia el lunes y el martes, y aun así el rezago creció unos 600 porque dos personas faltaron por enfermedad el jueves. Esta semana prefiero dejar un pequeño margen por enfermedades, así que si el plan llega al 100% de capacidad algún día, márcalo.

Formato de salida: primero la tabla, luego una breve revisión de capacidad día por día, luego el costo de agencia y después cualquier regla que hayas tenido que romper y por qué. Si hay más de un plan válido, dame el más barato y menciona el segundo mejor."""),
    ("tri-ee9aaebb0528", "es", "", """Reescribe nuestra actualización para inversores del T2. Tiene que ser directa y honesta con que no cumplimos el trimestre, pero aun así hacer que los inversores actuales quieran ejercer su pro-rata en la ronda puente. La versión actual está abajo; es demasiado defensiva y se enrolla muchísimo. Cambia la estructura como veas.

Hola a todos, espero que estéis pasando un buen verano. El T2 ha sido un trimestre complicado para Fernway. Como sabéis, el mercado ha estado difícil y varias operaciones de nuestro pipeline se han ido al T3 por congelaciones de presupuesto en los clientes. El ARR cerró el trimestre en 2,31M, frente a los 2,7M de nuestro plan. Sin embargo, también hubo muchas cosas positivas. La retención neta de ingresos fue del 118 %, la más alta de nuestra historia. Firmamos nuestro primer logo en el vertical sanitario (un grupo de 42 hospitales), que creemos que puede ser un gran mercado para nosotros. Redujimos el burn de 410k a 330k al mes pausando dos contrataciones y renegociando nuestro contrato de cloud. El runway es ahora de 11 meses. El churn fue de 1 cliente pequeño. Estamos levantando una ronda puente de 3M en las mismas condiciones que la extensión del seed, con 1,2M ya comprometidos por nuestro lead. Nos encantaría que participarais todos. Decidme si tenéis cualquier pregunta. Un abrazo, Tomasz"""),
    ("tri-b5974fd3babf", "es", "", """¿cuánto cuesta la noche en la doble superior en julio? ¿y el desayuno está incluido? checa la tabla

| Habitación | Abr-Jun | Jul-Ago | Sep-Oct |
|---|---|---|---|
| Doble estándar | 110 € | 145 € | 120 € |
| Doble superior | 135 € | 175 € | 140 € |
| Junior suite | 190 € | 240 € | 200 € |

Precios por noche, solo alojamiento. Desayuno: 15 € por persona al día. Impuesto de estancia 3 € por persona por noche, no incluido."""),
    ("tri-a064ced47849", "es", "", "estado de slack de 1 línea para modo concentración, que sea un poco gracioso porfa"),
    ("tri-7ec8ba749003", "es", "", "jaja por fin se murió el compresor. bueno, buenas noches bot"),
    ("tri-680a95f27a00", "es", "", """Soy el proveedor en este acuerdo (fabricamos los componentes). Revisa el borrador de abajo y extrae todas las obligaciones que recaen sobre el Proveedor, una por línea con el número de cláusula. Después señala cuáles son inusualmente onerosas comparadas con lo normal en un contrato de suministro industrial de tamaño medio, y explica por qué, para saber qué rebatir en la llamada del jueves.

SUPPLY AGREEMENT (Buyer's draft v3, 02/06)

2.3 Supplier shall maintain, at its own cost, a safety stock of finished Products equal to not less than twelve (12) weeks of Buyer's forecast demand, to be held at a warehouse within 50 km of Buyer's plant in Győr.
2.4 Forecasts are non-binding. Buyer shall have no liability for any Products, materials or components procured or manufactured by Supplier on the basis of a forecast, including safety stock.
3.1 Supplier shall deliver Products DDP Buyer's plant within five (5) Business Days of a Purchase Order, irrespective of order quantity.
3.4 Buyer may reschedule or cancel any Purchase Order without charge up to 24 hours before the scheduled delivery date.
4.1 Prices are fixed for the duration of the Agreement. Supplier shall bear all increases in the cost of raw materials, energy, labour and logistics.
4.2 Supplier shall offer Buyer annual price reductions of not less than 3% per year from the second contract year.
4.5 Payment terms are one hundred and twenty (120) days from receipt of a correct invoice. Buyer may set off any amount owed to it by Supplier or by any of Supplier's affiliates against any amount payable to Supplier.
5.2 Supplier warrants that the Products shall be free from defects for sixty (60) months from delivery to Buyer's end customer.
5.6 Supplier shall reimburse Buyer for all costs arising from any recall, field action or customer campaign in which Products are involved, whether or not the Products were defective, including line-stop costs charged to Buyer by its customers at the rates those customers apply.
6.1 Supplier's liability under this Agreement is unlimited. Buyer's total liability shall not exceed the amounts paid for Products in the preceding three (3) months.
7.2 Supplier shall obtain Buyer's prior written approval for any change to materials, processes, sub-suppliers or production location, which Buyer may withhold at its sole discretion.
8.1 All intellectual property developed by Supplier in connection with the Products, including improvements to Supplier's pre-existing tooling and processes, shall vest in Buyer upon creation.
8.3 Supplier shall deposit its production drawings and process documentation with an escrow agent designated by Buyer, and Buyer may access them if Supplier is late on two or more deliveries in any calendar quarter.
9.1 Supplier shall not supply products identical or similar to the Products to any competitor of Buyer during the term and for three (3) years thereafter.
10.1 Buyer may terminate this Agreement for convenience on thirty (30) days' notice. Supplier may terminate only for Buyer's uncured material breach of its payment obligations exceeding 180 days.
10.4 Upon expiry or termination for any reason, Supplier shall continue to supply spare parts at the then-current prices for fifteen (15) years.
11.2 Supplier shall maintain product liability insurance of not less than EUR 20,000,000 per occurrence and name Buyer as an additional insured.
12.1 Supplier shall comply with Buyer's Supplier Code of Conduct as amended by Buyer from time to time, and shall permit Buyer and its customers to audit Supplier's facilities on 24 hours' notice.

Nuestra facturación anual con este comprador sería de unos 6M EUR, con un margen de alrededor del 11 %."""),
    ("tri-c1650ea09ce8", "es", "Eres RouteDesk, el asistente de planificación para los planificadores de flota de Veldt Logistics. Usa solo las cifras del mensaje del usuario. Muestra tus cálculos.", """El trabajo de mañana: 18 t de mercancía refrigerada de nuestro depósito de Róterdam a un cliente en Lyon. Dos opciones:

Opción 1 - directo por carretera: 1,010 km. Un camión (máx. 24 t). Consumo de combustible 31 L/100 km cargado, diésel a €1.68/L. Peajes €142. Costo del chofer €34/hora; velocidad promedio 72 km/h incluyendo paradas; máximo 9 h de manejo por día, así que hay que pasar la noche (€95 de viáticos + €60 de estacionamiento vigilado).
Opción 2 - por carretera a Duisburgo (230 km), tren a la terminal de Lyon Vénissieux (€1,150 fijo por unidad, sale a las 22:00, llega a las 16:00 del día siguiente), última milla de 18 km con un camión de un socio (€180). Mismas tarifas de combustible y chofer para el primer tramo, pero luego el chofer regresa vacío a Róterdam (230 km a 24 L/100 km).

El cliente quiere la entrega antes de las 18:00 de pasado mañana; podemos cargar a las 06:00 de mañana.

¿Qué opción sale más barata, cumple cada una con el plazo, y a qué precio del diésel costarían lo mismo las dos?"""),
    ("tri-c2921fe3ef18", "es", "", """¿Qué tarifa me cojo? Mi consumo de los últimos 6 meses:
Ene 14 GB, 220 min, 2 días de roaming (España)
Feb 9 GB, 180 min
Mar 11 GB, 310 min
Abr 22 GB, 150 min, 5 días de roaming (Marruecos)
May 12 GB, 200 min
Jun 16 GB, 240 min, 7 días de roaming (Italia)

Tarifas (Ostra Telecom):
- Lite: 12 €/mes, 10 GB, 200 min, datos extra 2 €/GB, minutos extra 0,05 €/min, roaming UE incluido, fuera de la UE 6 €/día
- Plus: 19 €/mes, 20 GB, minutos ilimitados, datos extra 3 €/GB, roaming UE incluido, fuera de la UE 4 €/día
- Max: 27 €/mes, datos y minutos ilimitados, roaming incluido en 40 países, Marruecos incluido
- cualquier tarifa: permanencia de 24 meses, 25 € por cambiar de tarifa a mitad de contrato

haz las cuentas suponiendo que los próximos 2 años son como estos 6 meses repetidos, y dime si alguna vez compensaría ir cambiando de tarifa según la temporada"""),
    ("tri-da05aef0d496", "es", "", """Según este informe de alta, ¿es razonable que mi madre vuelva a tomar la warfarina ya, antes de la revisión con digestivo? La enfermera de su médico de cabecera dice que el INR está en 1,3 y mi madre tiene miedo de sufrir un ictus. Quiero entender qué riesgos estaba sopesando el equipo y qué dice realmente el informe sobre quién decide.

DISCHARGE LETTER - Elmbridge Royal Infirmary, Gastroenterology
Patient: Mrs. D. Whitlock, 82 y. Admitted 02/05, discharged 09/05.

Presenting complaint: Two episodes of melaena and one of coffee-ground vomiting, with dizziness on standing. Hb on admission 71 g/L (baseline 118 in February). INR 3.4 on warfarin.

Background: Atrial fibrillation (CHA2DS2-VASc 5: age, female, hypertension, previous TIA 2021). Hypertension. Osteoarthritis, for which she had been taking over-the-counter ibuprofen 400 mg up to three times daily for the last month (not known to her GP). Mild CKD (eGFR 48).

Management: Warfarin withheld on admission; vitamin K 5 mg IV and prothrombin complex concentrate given. Transfused 3 units red cells. Upper GI endoscopy on 03/05: two gastric ulcers, the larger 15 mm on the lesser curve with a visible vessel, treated with adrenaline injection and clips. Biopsies taken (H. pylori and histology - pending). No rebleeding during admission. Hb stable at 96 g/L for 72 hours before discharge. Started on high-dose PPI (omeprazole 40 mg twice daily for 8 weeks). Ibuprofen stopped - she has been advised to avoid all NSAIDs.

Anticoagulation plan: Discussed at the joint GI/cardiology huddle on 08/05. The consensus was that anticoagulation should be resumed, because her stroke risk is high, but not before day 7-14 after the bleed, and only after repeat endoscopy has been reviewed if the biopsies show anything concerning. We recommended switching from warfarin to apixaban 2.5 mg twice daily (dose-reduced: age over 80 and weight 57 kg) when restarting, given her labile INR (time in therapeutic range around 45% over the last year). Warfarin should NOT be restarted. The decision on the restart date will be made by the gastroenterology team at the follow-up clinic on 19/05, once biopsy results are available. If she has new melaena, vomiting of blood, or feels faint, she must attend ED immediately.

Follow-up: GI clinic 19/05 (restart decision and biopsy results). Repeat endoscopy in 6-8 weeks to check ulcer healing. GP to check Hb in one week.

Medications on discharge: omeprazole 40 mg twice daily; amlodipine 5 mg once daily; paracetamol 1 g up to four times daily as needed. Warfarin: STOPPED. Ibuprofen: STOPPED."""),
    ("tri-48cd415fed7d", "es", "", """Seguimos sobrevendiendo en las ventas flash. El stock de un SKU quedó en negativo (-14 anoche en un lanzamiento de 200 unidades). Este es nuestro endpoint de reservas; corre en 6 pods detrás de un balanceador de carga, Postgres 15 con el aislamiento por defecto. ¿Qué está pasando y cómo lo arreglamos bien? Si se puede, nos gustaría evitar un lock global.

```js
const express = require('express');
const { Pool } = require('pg');
const redis = require('./redis');

const pool = new Pool({ max: 20 });
const router = express.Router();

router.post('/reserve', async (req, res) => {
  const { sku, qty, cartId } = req.body;
  if (!sku || !qty || qty <= 0) return res.status(400).json({ error: 'bad request' });

  // fast path: cached stock
  let available = await redis.get(`stock:${sku}`);
  if (available === null) {
    const r = await pool.query('SELECT available FROM inventory WHERE sku = $1', [sku]);
    available = r.rows[0]?.available ?? 0;
    await redis.set(`stock:${sku}`, available, 'EX', 30);
  }
  if (Number(available) < qty) {
    return res.status(409).json({ error: 'out of stock' });
  }

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(
      'SELECT available FROM inventory WHERE sku = $1', [sku]
    );
    const current = rows[0].available;
    if (current < qty) {
      await client.query('ROLLBACK');
      return res.status(409).json({ error: 'out of stock' });
    }
    await client.query(
      'UPDATE inventory SET available = $1, updated_at = now() WHERE sku = $2',
      [current - qty, sku]
    );
    await client.query(
      "INSERT INTO reservations (cart_id, sku, qty, expires_at) VALUES ($1, $2, $3, now() + interval '15 minutes')",
      [cartId, sku, qty]
    );
    await client.query('COMMIT');
    await redis.decrby(`stock:${sku}`, qty);
    res.json({ ok: true });
  } catch (e) {
    await client.query('ROLLBACK');
    res.status(500).json({ error: 'internal' });
  } finally {
    client.release();
  }
});

// cron, every minute: release expired reservations
async function releaseExpired() {
  const { rows } = await pool.query(
    'SELECT id, sku, qty FROM reservations WHERE expires_at < now() AND released = false'
  );
  for (const r of rows) {
    await pool.query('UPDATE inventory SET available = available + $1 WHERE sku = $2', [r.qty, r.sku]);
    await pool.query('UPDATE reservations SET released = true WHERE id = $1', [r.id]);
  }
}

router.delete('/reserve/:cartId', async (req, res) => {
  const { rows } = await pool.query(
    'SELECT sku, qty FROM reservations WHERE cart_id = $1', [req.params.cartId]
  );
  for (const r of rows) {
    await pool.query('UPDATE inventory SET available = available + $1 WHERE sku = $2', [r.qty, r.sku]);
    await redis.incrby(`stock:${r.sku}`, r.qty);
  }
  res.json({ ok: true });
});

module.exports = { router, releaseExpired };
```

Un poco más de contexto: el cron está registrado dentro del mismo deployment, así que corre en todos los pods. El servicio de checkout llama a DELETE /reserve/:cartId cuando falla un pago, y ese handler solo hace `available = available + qty` por cada reserva del carrito, sin checar si el cron ya había liberado la reserva. En las ventas flash normalmente llegan unas 3,000 solicitudes por segundo a este endpoint durante los primeros dos minutos. Uno de nuestros devs sugirió mover toda la lógica de reservas a Redis con un script Lua y sincronizar con Postgres de forma asíncrona. ¿Es mejor idea que arreglarlo en SQL, y qué perderíamos?"""),
    ("tri-6ddac5c1852a", "es", "", """código de asignatura, nombre y créditos -> tabla (sin notas)

SEMESTRE DE OTOÑO
BIO 201 Biología Celular 4.0 A-
CHM 215 Química Orgánica I 4.0 B+
STA 180 Bioestadística 3.0 A
ENG 110 Redacción Académica 3.0 A
SEMESTRE DE PRIMAVERA
BIO 245 Genética 4.0 B
PHY 151 Física para Ciencias de la Vida 4.0 B+"""),
    ("tri-6c51ae2e6271", "es", "", """ayer me perdí la junta de oficiales 😭 ¿me la resumes? qué se decidió, qué quedó pendiente y, la neta, qué idea de loot te parece más justa y por qué

[20:01] Kestrel: ok officers meeting, thanks for showing up. three things: raid night change, loot system for Veilspire, and the trial members
[20:02] Mossbeard: here
[20:02] Juniper: here, might have to afk at 20:30 for kid bedtime
[20:03] Kestrel: first, raid nights. Right now Wed + Sun 8-11. Lots of the EU folks said Wed is bad because of work next day and the NA people can't make Sunday before 9
[20:04] Tavi: I did a poll in #general, 31 replies. Thu got 22 yes, Wed 14, Sun 19, Sat 11
[20:05] Mossbeard: so Thu + Sun?
[20:05] Juniper: Thu is my late shift every other week tho
[20:06] Kestrel: we can't fit everyone. Thu + Sun gets the most people. Juniper you'd be on bench rotation every other Thu, is that ok?
[20:06] Juniper: yeah fine, better than Wed for most people
[20:07] Tavi: and Sunday start at 8:30 instead of 8 so NA folks can make it?
[20:08] Kestrel: agreed. Thu 8-11, Sun 8:30-11:30 starting next week. Tavi can you post the announcement
[20:08] Tavi: 👍
[20:09] Kestrel: ok loot. This is the spicy one
[20:10] Mossbeard: I still think loot council is the way. We know who shows up, who does their mechanics. DKP just rewards people who show up and stand in fire
[20:11] Rook: loot council is how we lost 4 people last tier. everyone thought it was favoritism and honestly some of it was
[20:11] Mossbeard: that's not fair
[20:12] Rook: Brannoc got 3 trinkets in two weeks while Sei was 100% attendance and got nothing
[20:12] Juniper: to be fair the trinket was a huge upgrade for Brannoc. But the optics were bad
[20:13] Tavi: what about a hybrid? Soft reserve for 1 item per person per raid, then council for the rest
[20:14] Rook: soft res is easy to understand at least. People can see it on the sheet
[20:15] Mossbeard: soft res means the same 3 people all reserve the BIS trinket and it's a dice roll. Dice don't care who did the work
[20:15] Kestrel: what if attendance adds a bonus to the roll? like +5 per week attended, capped at +25
[20:16] Rook: I like that. transparent and rewards showing up
[20:16] Mossbeard: and what about performance? someone can attend every week and still be bad
[20:17] Juniper: performance is a separate issue imo. if someone is bad we talk to them, we don't punish them through loot
[20:17] Juniper: ok gotta go in 10 min
[20:18] Kestrel: can we at least agree to trial the soft res + attendance bonus for the first 4 weeks of Veilspire and review?
[20:18] Tavi: yes
[20:18] Rook: yes
[20:19] Juniper: yes
[20:19] Mossbeard: fine but I want it noted I think it'll fall apart on the last boss
[20:19] Kestrel: noted 😅 I'll make the sheet. Mossbeard can you write the rules post since you'll find all the loopholes
[20:20] Mossbeard: lol ok
[20:21] Kestrel: last thing, trials. We have Pell, Oksana and Drift on trial. Thoughts?
[20:22] Rook: Oksana is great, knows every fight, always on time. promote
[20:22] Tavi: agree on Oksana
[20:23] Mossbeard: Drift has missed 3 of 6 raids without saying anything in the absence channel
[20:23] Juniper: Pell is nice but keeps dying to the same frontal. I can do a session with him, I play the same class
[20:24] Kestrel: ok Oksana promoted. Pell stays on trial 2 more weeks, Juniper coaches. Drift?
[20:25] Rook: I'd message him first before kicking, maybe something happened
[20:26] Mossbeard: we said the rule was 2 unexplained absences
[20:26] Kestrel: let's message him and decide Thursday. Who?
[20:27] Tavi: I'll do it, I recruited him
[20:28] Juniper: brb kid is screaming 😂 ok ttyl all
[20:29] Kestrel: ok thanks all. I'll summarize in officer chat later. oh wait, we never decided who runs the addon check before raids
[20:30] Rook: i can do it but not on sundays
[20:30] Kestrel: ok lets figure that out thursday"""),
]
