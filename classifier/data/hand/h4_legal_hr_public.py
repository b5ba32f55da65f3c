"""Hand-written prompts, batch 4: law firms and in-house legal, HR and recruiting, public administration and
citizens' services, schools and universities; Spanish (Spain and Latin America) and Portuguese (Brazil and
Portugal)."""
H = [
    # ---------------------------------------------------------------- extraction
    ("extraction", 0, "", "emails only pls: maria.g@lexcorp.es, ping Juan at jperez@uni-salamanca.es or call 612 55 80 21, cc recruiting@brightpath-hr.com"),
    ("extraction", 0, "Eres un extractor de datos para el ATS de Talentia Consultores. Recibes el texto de un CV y devuelves SOLO un JSON con las claves: nombre, email, telefono, titulacion_mas_alta, anios_experiencia_total, idiomas (lista). Si un dato no aparece, usa null. No inventes nada.",
     """LUCÍA FERNÁNDEZ OTERO
Vigo · lucia.fotero@gmail.com · +34 654 118 902

Perfil: Técnica de nóminas con experiencia en empresas del sector conservero.

Experiencia
- Conservas Ría de Arousa S.A. — Técnica de Nóminas y Seguros Sociales (03/2019 – actualidad)
- Gestoría Pazos & Abal — Administrativa laboral (09/2016 – 02/2019)

Formación
- Grado en Relaciones Laborales y Recursos Humanos, Universidade de Vigo (2016)
- Máster en Asesoría Jurídico-Laboral, UNED (2021)

Idiomas: gallego y castellano nativos, inglés B2 (First Certificate), portugués nivel conversacional.
Herramientas: A3Nom, Sistema RED, SILTRA, Excel avanzado."""),
    ("extraction", 0, "",
     """Bom dia! Segue o contrato que o cliente mandou assinado. Antes de cadastrar no sistema preciso só de: as partes (com CNPJ/CPF), o valor dos honorários, a forma de pagamento, o prazo de vigência e o foro eleito. Pode listar em tópicos, não precisa comentar nada.

CONTRATO DE PRESTAÇÃO DE SERVIÇOS ADVOCATÍCIOS

Pelo presente instrumento particular, de um lado AGROPECUÁRIA SERRA DO CIPÓ LTDA., pessoa jurídica de direito privado, inscrita no CNPJ sob o nº 12.447.390/0001-58, com sede na Rodovia MG-010, km 97, Zona Rural, Santana do Riacho/MG, neste ato representada por seu sócio-administrador, Sr. Reinaldo Augusto Tavares, brasileiro, casado, empresário, portador do CPF nº 318.902.446-10, doravante denominada CONTRATANTE, e, de outro lado, MOURA, LACERDA & FREITAS SOCIEDADE DE ADVOGADOS, inscrita na OAB/MG sob o nº 4.112 e no CNPJ sob o nº 27.651.003/0001-92, com sede na Avenida Álvares Cabral, nº 1.345, 9º andar, Lourdes, Belo Horizonte/MG, neste ato representada por sua sócia Dra. Helena Moura Lacerda, OAB/MG 98.220, doravante denominada CONTRATADA, têm entre si justo e contratado o seguinte:

CLÁUSULA PRIMEIRA – DO OBJETO
1.1. O presente contrato tem por objeto a prestação, pela CONTRATADA, de serviços de assessoria e consultoria jurídica na área trabalhista, compreendendo: (a) acompanhamento das reclamações trabalhistas em curso perante as Varas do Trabalho de Sete Lagoas e de Belo Horizonte, relacionadas no Anexo I; (b) elaboração de pareceres sobre jornada de trabalho rural e regime de safra; (c) revisão dos modelos de contrato de trabalho por prazo determinado utilizados pela CONTRATANTE; e (d) participação em até 2 (duas) reuniões mensais com a diretoria.
1.2. Não estão incluídos no objeto deste contrato a atuação em processos administrativos perante o Ministério do Trabalho e Emprego, a defesa em ações civis públicas e a interposição de recursos aos Tribunais Superiores, que serão objeto de proposta específica.

CLÁUSULA SEGUNDA – DOS HONORÁRIOS
2.1. Pelos serviços descritos na Cláusula Primeira, a CONTRATANTE pagará à CONTRATADA honorários mensais fixos no valor de R$ 14.800,00 (quatorze mil e oitocentos reais).
2.2. Além dos honorários fixos, serão devidos honorários de êxito correspondentes a 12% (doze por cento) do proveito econômico obtido pela CONTRATANTE em cada reclamação trabalhista, assim entendido como a diferença entre o valor atualizado do pedido inicial e o valor efetivamente pago em condenação ou acordo.
2.3. Os honorários sucumbenciais eventualmente fixados pertencerão exclusivamente à CONTRATADA, nos termos do art. 23 da Lei nº 8.906/94.

CLÁUSULA TERCEIRA – DA FORMA DE PAGAMENTO
3.1. Os honorários mensais serão pagos até o dia 10 (dez) de cada mês subsequente ao da prestação dos serviços, mediante boleto bancário emitido pela CONTRATADA, acompanhado da respectiva nota fiscal de serviços.
3.2. Os honorários de êxito serão pagos em até 15 (quinze) dias contados do trânsito em julgado da decisão ou da homologação do acordo.
3.3. O atraso no pagamento sujeitará a CONTRATANTE a multa de 2% (dois por cento) e juros de mora de 1% (um por cento) ao mês, além de correção monetária pelo IPCA.

CLÁUSULA QUARTA – DAS DESPESAS
4.1. Custas processuais, depósitos recursais, honorários periciais, despesas com deslocamento para fora da região metropolitana de Belo Horizonte e demais despesas necessárias ao andamento dos processos correrão por conta da CONTRATANTE, mediante prévia aprovação por e-mail.

CLÁUSULA QUINTA – DA VIGÊNCIA E RESCISÃO
5.1. O presente contrato vigorará pelo prazo de 24 (vinte e quatro) meses, a contar de 1º de março de 2025, podendo ser renovado mediante termo aditivo.
5.2. Qualquer das partes poderá rescindir o presente contrato mediante aviso prévio por escrito com antecedência mínima de 60 (sessenta) dias, sem prejuízo dos honorários de êxito relativos aos processos em que a CONTRATADA tenha atuado até a data da rescisão.

CLÁUSULA SEXTA – DA CONFIDENCIALIDADE
6.1. A CONTRATADA obriga-se a manter sigilo sobre todas as informações a que tiver acesso em razão deste contrato, inclusive após o seu término.

CLÁUSULA SÉTIMA – DO FORO
7.1. Fica eleito o foro da Comarca de Belo Horizonte/MG para dirimir quaisquer dúvidas oriundas do presente contrato, com renúncia expressa a qualquer outro, por mais privilegiado que seja.

E, por estarem assim justas e contratadas, as partes assinam o presente instrumento em 2 (duas) vias de igual teor e forma, na presença das testemunhas abaixo.

Belo Horizonte, 24 de fevereiro de 2025.

_______________________________
AGROPECUÁRIA SERRA DO CIPÓ LTDA.

_______________________________
MOURA, LACERDA & FREITAS SOCIEDADE DE ADVOGADOS

Testemunhas:
1. Carla Nogueira Prates – CPF 071.554.236-80
2. Diego Vasconcelos Lima – CPF 112.309.876-45"""),
    # implied concerns, not explicit items -> needs judgement
    ("extraction", 1, "",
     """exit interview notes below (Priya, senior recruiter, 4 yrs). she was very diplomatic so nothing is said outright. can you pull out the actual problems she's hinting at? quote the line each one comes from.

- "I've learned a lot about doing more with less these last two years."
- Said the move to the new ATS was "a real test of everyone's patience", especially since "the people choosing it never had to use it".
- Mentioned she'd "love to work somewhere where the hiring manager's feedback arrives before the candidate accepts another offer."
- Re: her manager: "Dan is great at representing us upwards. Day to day we mostly sort things out among ourselves."
- Re: promotion: "I understand the timing just never lined up, three cycles in a row."
- Leaving for a role with "a clearer idea of what success looks like."
- Said she'd recommend the company to friends "for the right kind of role"."""),
    ("extraction", 0, "",
     """sácame nada más los acuerdos que se aprobaron y con cuántos votos, lo demás no me sirve

ACTA DE LA SESIÓN ORDINARIA DE CABILDO No. 47
H. Ayuntamiento de San Miguel de las Flores, Jalisco
En la Sala de Cabildo, siendo las 10:15 horas del día 12 de septiembre de 2024, se reunieron los integrantes del H. Ayuntamiento bajo la presidencia del C. Presidente Municipal, Lic. Arturo Godínez Ruelas, con la asistencia de 11 de los 13 regidores.

PUNTO 1. Lectura y aprobación del orden del día. Se aprueba por unanimidad de los presentes.
PUNTO 2. Propuesta de la Comisión de Hacienda para condonar el 50% de recargos del impuesto predial a contribuyentes que liquiden su adeudo antes del 30 de noviembre. Tras la discusión, la regidora Mtra. Sandra Ochoa propone ampliar la condonación al 70% para adultos mayores. Se somete a votación la propuesta original con la modificación: 9 votos a favor, 2 en contra. Se aprueba.
PUNTO 3. Solicitud de la empresa Transportes Altos de Jalisco para modificar la ruta 14. Se turna a la Comisión de Movilidad para su análisis; no se vota.
PUNTO 4. Autorización para la firma del convenio de colaboración con la Universidad de Guadalajara para el programa de servicio social en dependencias municipales. 11 votos a favor. Se aprueba por unanimidad.
PUNTO 5. Propuesta de incremento del 8% a la tarifa de agua potable. 4 votos a favor, 7 en contra. No se aprueba.
PUNTO 6. Nombramiento del C. Ing. Rafael Contreras Lupercio como Director de Obras Públicas. 10 votos a favor, 1 abstención. Se aprueba.
PUNTO 7. Asuntos generales. El regidor Lic. Tomás Rivera solicita informe sobre el alumbrado de la colonia El Mirador; se instruye a la Dirección de Servicios Públicos a presentarlo en la próxima sesión.
Se clausura la sesión a las 12:40 horas."""),
    ("extraction", 0, "",
     """List every deadline in this thread with what's due. I'm drowning in emails from the grad office.

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
    # obligations stated + those the court treats as implicit -> judgement
    ("extraction", 1, "",
     """Extraia todas as obrigações do senhorio que resultam deste acórdão, incluindo as que o tribunal considera implícitas no contrato mesmo sem estarem escritas. Indique para cada uma o parágrafo de onde a retira.

[§12] Resulta provado que o contrato de arrendamento para habitação celebrado em 2019 entre a Autora e o Réu nada estipula quanto à manutenção da caldeira e da canalização do imóvel sito na Rua do Bonjardim, no Porto.
[§13] Nos termos do artigo 1031.º do Código Civil, incumbe ao locador entregar a coisa locada e assegurar-lhe o gozo para os fins a que a coisa se destina. Entende este Tribunal que a existência de água quente é condição essencial do gozo de um locado destinado a habitação permanente.
[§14] O Réu alegou que a avaria da caldeira se deveu a uso indevido pela Autora, mas não fez qualquer prova desse facto, sendo certo que a caldeira tinha mais de quinze anos.
[§15] Acresce que o Réu, notificado por carta registada em 3 de novembro de 2022, apenas enviou um técnico em fevereiro de 2023, período durante o qual a Autora esteve privada de aquecimento e de água quente.
[§16] Pelo exposto, condena-se o Réu a proceder à substituição da caldeira no prazo de 30 dias e a restituir à Autora a quantia de 1.450,00 €, correspondente à redução proporcional da renda nos meses de novembro de 2022 a fevereiro de 2023.
[§17] Mais se declara que, na vigência do contrato, as reparações que não resultem de uso imprudente do arrendatário são da responsabilidade do senhorio, devendo este atuar em prazo razoável após a comunicação da avaria."""),
    ("extraction", 0, "", "grab the case citations: as held in Harlow v Brennan [2019] EWCA Civ 882, then Case C-311/18 (Schrems II); see also [2019] UKSC 41"),
    ("extraction", 0, "You are the intake assistant for Calloway & Reyes LLP. From the document the user pastes, extract: claimant name, respondent name, each amount claimed (with what it is for), the response deadline, and the claimant's counsel if any. Output as a bulleted list with exactly those headings.",
     """RE: Demand for Payment – Unpaid Wages and Penalties

Dear Mr. Whitford,

This office represents Ms. Dolores Kaminski, formerly employed by Whitford Landscaping & Design, Inc. as an operations coordinator from June 2021 to January 2024. Our client was not paid for 118 hours of overtime worked between August and December 2023, amounting to $4,425.00. In addition, her final paycheck, owed on January 19, 2024, was delivered on March 2, 2024, which entitles her to waiting-time penalties of $7,200.00 under Labor Code section 203.

We therefore demand payment of $11,625.00 in total. Please respond in writing no later than April 30, 2024. Absent a response, we are prepared to file a claim with the Labor Commissioner.

Sincerely,
Tomás Beltrán, Esq.
Beltrán Employment Law Group"""),
    # "could be triggered" without saying so -> judgement
    ("extraction", 1, "",
     """Te pego extractos del contrato de arrendamiento de la nave y del contrato de suministro de la target. El comprador pregunta qué cláusulas podrían saltar con la compraventa de acciones aunque no digan literalmente "cambio de control". Cópialas tal cual y marca por qué.

Arrendamiento (Logística Henares, S.L.):
8.2. La arrendataria no podrá ceder el presente contrato ni subarrendar total o parcialmente la nave sin el consentimiento previo y por escrito de la arrendadora.
8.4. A efectos de la presente cláusula, se considerará cesión cualquier operación societaria por la que la arrendataria deje de estar participada mayoritariamente por Grupo Ferrán.
11.1. El contrato tendrá una duración de diez años.

Suministro (Plásticos Almagro, S.A.):
5.3. El precio se revisará anualmente conforme al IPC.
14.1. Cualquiera de las partes podrá resolver el contrato si la otra incurre en una situación que, a juicio razonable de la parte cumplidora, afecte de forma significativa a su solvencia o a la composición de sus órganos de administración.
14.5. Las obligaciones de exclusividad quedan vinculadas a que el Proveedor siga siendo gestionado por el equipo directivo identificado en el Anexo 3."""),

    # ---------------------------------------------------------------- classification
    ("classification", 0, "", "is this phishing? \"HR Notice: your payroll account is suspended. Verify your details within 24h at hr-payroII-portal.co or your salary will be held.\""),
    ("classification", 0, "Clasificador de la sede electrónica del Ayuntamiento de Villanueva del Pardo. Asigna a cada solicitud UNA cola: PADRON, TRIBUTOS, LICENCIAS_OBRAS, SERVICIOS_SOCIALES, MOVILIDAD, OTROS. Responde solo con la etiqueta.",
     "buenas, me he mudado de piso dentro del mismo pueblo y tengo que cambiar la dirección, que me lo piden para lo del cole de los niños"),
    ("classification", 0, "",
     """Classifique cada comentário da avaliação da disciplina como positivo, negativo ou neutro. Só o número e o rótulo.

1. A professora explica muito bem, mas as provas são injustas demais.
2. Material no Moodle sempre atualizado, adorei.
3. Aulas às 7h30 da manhã, sem comentários.
4. O monitor nunca respondia as dúvidas no fórum.
5. Disciplina obrigatória do 3º período.
6. Foi a matéria que mais me fez gostar do curso!"""),
    ("classification", 1, "",
     """We're the tech company receiving this NDA from a potential acquirer. Classify each clause as STANDARD or OFF-MARKET for a mutual NDA at this stage and give a one-line reason for each.

1. Confidential Information excludes information independently developed without use of the other party's information.
2. The obligations survive for seven (7) years after termination, except trade secrets, which are protected for as long as they remain trade secrets.
3. Recipient shall not, for a period of 24 months, solicit or hire any employee of Discloser with whom Recipient had contact.
4. Discloser may seek injunctive relief without posting bond.
5. Recipient agrees that any feedback or suggestions regarding Discloser's products become Discloser's property.
6. Nothing in this agreement obliges either party to proceed with any transaction.
7. Recipient shall indemnify Discloser for all losses arising from any breach, including consequential and punitive damages."""),
    ("classification", 1, "",
     """Necesito que lo clasifiques en una de estas tres: ACOSO LABORAL / CONFLICTO INTERPERSONAL / EJERCICIO REGULAR DEL PODER DE DIRECCIÓN. Justifica brevemente.

Caso: una técnica de administración lleva 7 meses sin que su jefa le asigne tareas relevantes; las que tenía se han repartido entre dos compañeros. No la convocan a las reuniones de equipo desde marzo. La jefa le ha dicho delante de otros que "ya que no hace nada, al menos que no moleste". RRHH dice que es una reorganización por la implantación del nuevo ERP, pero no hay comunicación escrita sobre el cambio de funciones."""),
    ("classification", 0, "Route each HR helpdesk ticket to a priority: P1 (payroll not received, safety, legal deadline within 48h), P2 (affects pay or benefits but not urgent), P3 (general questions). Reply with the priority only.",
     "hi, my salary didn't come in today and my rent is due tomorrow morning, bank says nothing pending from you guys. employee ID 40718"),
    ("classification", 0, "",
     """Classifica estes perfis como júnior, intermédio ou sénior para a vaga de jurista na nossa autarquia. Critério: júnior até 3 anos de experiência, intermédio 3 a 8, sénior mais de 8.

A) Licenciada em Direito (Coimbra, 2021), estágio na Ordem concluído, 2 anos numa sociedade de advogados em Leiria.
B) Mestre em Direito Administrativo, 10 anos como jurista na Câmara Municipal de Viseu, formadora no CEFA.
C) Licenciado em Solicitadoria, 5 anos numa junta de freguesia em Lisboa, área de licenciamento."""),
    ("classification", 0, "", "toxic or fine? parent's msg to teacher: 'you clearly have no idea how to teach, my kid deserves better than a clown like you'"),
    ("classification", 0, "You triage inbound privacy emails for Meridian Health Partners. Label each message with exactly one of: ACCESS, ERASURE, RECTIFICATION, PORTABILITY, OBJECTION, NOT_A_DSAR. Output the label and nothing else.",
     """Subject: my details

Hello, I moved house in January and I've noticed that your letters still go to my old address in Croydon, and my surname is spelled Okonkow instead of Okonkwo on my account. Could you please correct both? New address: 14 Falcon Road, Bromley BR1 3TN. Thanks, Chidi Okonkwo"""),
    ("classification", 1, "",
     """Para el triaje del área legal: asigna riesgo BAJO, MEDIO o ALTO a este contrato y di por qué en dos líneas.

Contrato de licencia SaaS con proveedor de firma electrónica (México, startup de 20 empleados).
- Responsabilidad del proveedor limitada a las cuotas pagadas en los últimos 3 meses.
- Datos alojados en servidores fuera de México, sin mención a transferencias internacionales.
- Renovación automática anual, preaviso de no renovación de 90 días.
- El proveedor puede modificar los términos publicando una nueva versión en su web.
- Ley aplicable: Delaware. Jurisdicción: tribunales de Wilmington."""),

    # ---------------------------------------------------------------- summarization
    ("summarization", 0, "",
     """oi, transcrevi o áudio do conselho de classe do 8º B pelo app e ficou enorme. faz uma ata curtinha pra eu mandar pra coordenação, com os encaminhamentos de cada aluno no final

[Transcrição automática – Conselho de Classe 2º bimestre – 8º ano B – E.E. Profª Maria Aparecida Nunes]

Coordenadora Sílvia: Bom, gente, vamos começar que a gente tem mais duas turmas hoje. Está todo mundo aqui? Falta o professor de educação física, né, ele avisou que está com a turma do sétimo no jogo interclasse. Então vamos lá. Panorama geral da turma: a média de frequência caiu um pouco em relação ao primeiro bimestre, estava em noventa e dois, agora está em oitenta e sete por cento. Alguém quer começar?

Professora Renata (Português): Posso começar. Olha, a turma no geral melhorou na produção de texto, eu fiz aquele projeto de crônicas e a maioria entregou. Mas tem uns casos que me preocupam. O Kauan, por exemplo, não entregou nenhuma das três atividades avaliativas, e quando eu pergunto ele diz que esqueceu. Eu acho que tem alguma coisa acontecendo em casa, ele anda muito calado.

Professor Marcos (Matemática): O Kauan comigo também. Tirou dois na prova, e ele era um aluno de sete, oito no ano passado. Eu concordo que tem alguma coisa. Acho que vale chamar a família.

Coordenadora Sílvia: Tá, anotado. Kauan: chamar a família e encaminhar para conversa com a orientadora, a Dona Célia. Quem mais?

Professora Renata: A Beatriz Lopes está ótima, mas ela está faltando muito às sextas. Já são seis faltas só às sextas-feiras.

Professora Joana (Ciências): Ah, isso eu sei, ela me contou, ela está acompanhando a avó no tratamento, que é às sextas. A mãe trabalha e não consegue levar.

Coordenadora Sílvia: Então nesse caso é justificar as faltas com declaração e ver a possibilidade de atividade compensatória. Joana, você pode pedir pra ela trazer a declaração da clínica?

Professora Joana: Posso sim.

Professor Marcos: Outra coisa, a turma inteira está com muita dificuldade em equações do primeiro grau. Eu queria propor uma monitoria no contraturno, às terças, com os alunos do nono ano que foram bem na olimpíada.

Coordenadora Sílvia: Acho ótimo, mas preciso ver se tem sala livre às terças. Eu te dou um retorno até sexta. Marcos, você já tem os nomes dos monitores?

Professor Marcos: Tenho três em mente: a Yasmin, o Pedro Henrique e o Davi do nono A.

Professora Joana: Sobre o comportamento, a turma anda muito agitada depois do intervalo. Teve aquela briga entre o Luan e o Gabriel Souza semana passada, que foi parar na direção.

Coordenadora Sílvia: Sim, essa já foi registrada, os pais dos dois já vieram. Ficou combinado que eles vão sentar separados e que qualquer nova ocorrência vai gerar advertência por escrito. Mais alguma coisa sobre eles?

Professora Renata: O Gabriel melhorou bastante depois disso, na verdade. O Luan ainda está bem resistente, não faz as tarefas de casa.

Coordenadora Sílvia: Então Luan: acompanhamento semanal da agenda, eu mesma vou olhar às segundas. E a Isadora? Alguém comentou comigo que ela estava com dificuldade pra enxergar o quadro.

Professora Joana: É verdade, ela senta na frente e ainda assim aperta os olhos. Eu acho que ela precisa de óculos.

Coordenadora Sílvia: Então encaminhar para o programa de saúde ocular da prefeitura, eu tenho o formulário. Mais algum aluno?

Professor Marcos: Só pra registrar que a Ana Clara e o Thiago foram os melhores da turma na prova bimestral, acho que vale indicar os dois para a olimpíada de matemática.

Coordenadora Sílvia: Perfeito, indica sim, o prazo da inscrição é dia vinte. Bom, resumindo a turma: queda de frequência, dificuldade em equações, agitação depois do intervalo. Eu vou conversar com a direção sobre ter um inspetor no corredor do segundo andar depois do intervalo. Mais alguma coisa? Não? Então vamos para o oitavo C. Obrigada, gente."""),
    ("summarization", 0, "",
     """tldr pls, boss forwarded this and I have 2 min before the call

"Effective 1 July, all requests for remote work exceeding 10 working days per calendar year must be submitted via the HR portal at least 15 working days in advance and approved by both the line manager and the HR Business Partner. Requests for work from a country other than the employee's contractual country of employment additionally require a tax and immigration check, which may take up to 10 working days. Existing arrangements approved before 1 July remain valid until their stated end date.\""""),
    ("summarization", 0, "",
     """Mi cliente no es jurista y me pide "en cristiano" qué dice la sentencia. Hazme un resumen de 5-6 líneas, sin tecnicismos, de este extracto:

FUNDAMENTOS DE DERECHO. TERCERO.- La cuestión controvertida se centra en determinar si la cláusula de gastos incluida en la escritura de préstamo hipotecario suscrita el 14 de mayo de 2007 entre D. Eusebio Carrasco Millán y la entidad Caja Rural del Duero supera el control de transparencia y de abusividad. Este Tribunal, en línea con la doctrina sentada por la Sala Primera del Tribunal Supremo, considera que la cláusula que atribuye indiscriminadamente al prestatario la totalidad de los gastos de formalización es abusiva, por causar un desequilibrio importante en perjuicio del consumidor, y debe declararse nula.
CUARTO.- En cuanto a las consecuencias de la nulidad, procede la restitución de los gastos de notaría en un 50%, de registro en su totalidad y de gestoría en un 50%, así como la totalidad de los gastos de tasación, ascendiendo la cantidad a restituir a 1.287,44 euros, más los intereses legales desde la fecha de cada pago.
QUINTO.- No procede la devolución del impuesto de actos jurídicos documentados, al ser el prestatario el sujeto pasivo según la normativa vigente en el momento de la firma.
SEXTO.- Costas. Estimada sustancialmente la demanda, se imponen las costas a la entidad demandada."""),
    # summarize AND assess -> judgement
    ("summarization", 1, "",
     """Below are the respondent's written submissions in our client's unfair dismissal claim. Give me a short summary of their main arguments and, for each, your honest view of how strong it is and where we can attack it. Hearing is in 3 weeks.

1. The Claimant was dismissed for gross misconduct following a fair investigation. The Claimant admitted at the disciplinary hearing that she had shared the draft restructuring plan with a former colleague now working for a competitor.
2. The Respondent's Code of Conduct, which the Claimant signed in 2018, expressly lists disclosure of confidential information as gross misconduct.
3. The investigation was carried out by an HR manager from a different business unit, who interviewed the Claimant and two witnesses. The Claimant was given the notes and a right of reply.
4. The Claimant's assertion that the plan had been discussed openly at a team meeting is denied. In any event, the document itself was marked "Strictly Confidential".
5. The Claimant's appeal was heard by the Regional Director, who had been copied on the original investigation report; the Respondent maintains that this did not affect his impartiality.
6. Dismissal fell within the band of reasonable responses. Alternatively, any award should be reduced by 100% under Polkey, as a fair procedure would have led to the same result, and by a further amount for contributory fault."""),
    ("summarization", 0, "You help hiring managers at Ostrava Foods digest interview panels. Summarize the panel feedback the user pastes into exactly three bullets: Strengths, Concerns, Panel decision (as stated by the panel, do not add your own).",
     """Candidate: Marek Havel – Regional HR Business Partner
Interviewer 1 (Eva, HR Director): Very strong on employee relations, gave a detailed example of handling a collective grievance at his previous plant. Weaker on data: couldn't really explain how he'd use attrition dashboards. Lean yes.
Interviewer 2 (Tomáš, Plant Manager): Clearly understands shop-floor realities, people will trust him. Bit vague on how he'd push back on managers. Yes.
Interviewer 3 (Lenka, Talent Lead): Good values fit. Concerned he has never worked in a matrix setup with a central CoE. Yes, with onboarding support.
Debrief outcome: offer, with a 90-day plan focused on HR analytics."""),
    ("summarization", 0, "",
     """che, resumime este hilo en 2 líneas que no tengo tiempo

De: Secretaría Académica FCE
Se informa que, por obras en el edificio Anexo, las mesas de examen de julio de las materias del Ciclo Básico se trasladan a la Sede Central, aulas 210 a 215. Los horarios no cambian.
---
De: Prof. Graciela Mendívil
Aclaro para mis alumnos de Contabilidad I: la mesa del 15/07 será en el aula 212. Traigan DNI y libreta.
---
De: Centro de Estudiantes
Recordamos que la inscripción a mesas cierra 48 horas antes por SIU Guaraní, sin excepción."""),
    # synthesise AND weigh which submissions are well-founded -> judgement
    ("summarization", 1, "",
     """No âmbito da consulta pública sobre o novo Regulamento de Estacionamento da Câmara Municipal de Setúbal recebemos os contributos abaixo (resumidos pelo serviço). Preciso de uma síntese para a reunião de executivo, agrupando por tema, e de uma avaliação de quais os contributos mais bem fundamentados e que merecem acolhimento.

1. Associação de Comerciantes da Baixa: a tarifa de 1,20 €/hora no centro histórico vai afastar clientes; pedem 30 minutos gratuitos. Juntam inquérito a 212 lojistas.
2. Munícipe (Rua Álvaro Castelões): moradores deviam ter direito a 2 dísticos por fogo e não 1, porque muitas famílias têm dois carros.
3. Associação de Pais da EB 2,3 Luísa Todi: pedem lugares de paragem rápida (kiss & ride) junto à escola entre as 8h e as 9h30.
4. Munícipe anónimo: estacionamento pago é "um roubo" e devia ser abolido.
5. Ordem dos Enfermeiros – secção regional: profissionais de saúde em visita domiciliária deviam estar isentos, como acontece em Lisboa e no Porto; anexam os regulamentos dessas cidades.
6. Empresa de bicicletas partilhadas: propõe converter 5% dos lugares em estações de bicicletas, com estudo de procura anexado."""),
    ("summarization", 0, "", "headline for the website pls, max 12 words: council approved £2.3m to fix 40 school roofs before winter, primaries with leaks go first"),
    ("summarization", 0, "",
     """Need a ~100 word abstract from this chapter intro for my thesis committee:

This chapter examines how recruitment algorithms used by mid-sized firms in Portugal and Spain shape the shortlisting of candidates over 50. Drawing on 34 semi-structured interviews with HR managers and an audit of 2,100 anonymised shortlisting decisions made between 2020 and 2023, I show that age-related disadvantage arises less from explicit age filters, which are rare, than from proxies such as "years since graduation" and gaps in employment history. Managers largely trusted the ranking produced by their applicant tracking systems and rarely reviewed candidates outside the top 20. The chapter argues that current non-discrimination law, which focuses on intent and explicit criteria, is poorly suited to these indirect effects, and proposes a duty to audit ranking tools as a complement to existing equality-body powers."""),
    # executive summary prioritising risks for the board -> judgement
    ("summarization", 1, "",
     """Prepara un resumen ejecutivo (máx. media página) de este informe de auditoría de cumplimiento para el Consejo de Administración, ordenando los hallazgos de más a menos crítico según su riesgo real para la empresa.

Hallazgos:
H1. El canal de denuncias no permite comunicaciones anónimas, en contra de lo exigido por la Ley 2/2023.
H2. 14 de 60 proveedores revisados no tienen firmada la cláusula anticorrupción actualizada.
H3. El registro de actividades de tratamiento (RGPD) no incluye el nuevo sistema de videovigilancia de los almacenes de Zaragoza.
H4. La formación en prevención de blanqueo se completó al 71% (objetivo: 95%).
H5. Dos directivos han recibido regalos de proveedores por valor superior a 150 € sin registrarlos.
H6. El plan de igualdad caducó en enero y no se ha constituido la comisión negociadora del nuevo."""),

    # ---------------------------------------------------------------- rewrite
    ("rewrite", 0, "", "make this less harsh: \"Your application was rejected because you do not meet the basic requirements for this role.\""),
    ("rewrite", 0, "Eres el asistente de Lectura Fácil de la Oficina de Atención Ciudadana de la Junta. Reescribe el texto que te pasen con frases cortas, palabras comunes y sin cambiar ningún dato (fechas, importes, plazos). No añadas información.",
     """Se le comunica que, habiéndose detectado la omisión en su solicitud de la documentación acreditativa de los ingresos de la unidad familiar correspondientes al ejercicio 2023, se le requiere para que, en el plazo de diez días hábiles a contar desde el día siguiente a la recepción de la presente notificación, subsane la falta o acompañe los documentos preceptivos, con indicación de que, si así no lo hiciera, se le tendrá por desistido de su petición, de conformidad con el artículo 68 de la Ley 39/2015."""),
    ("rewrite", 0, "",
     """corrige os erros desse email pra coordenadora pfv, não quero parecer desleixada

Oi Profª Mirian, boa tarde!
Venho por meio deste informar que não vou poder comparecer na reunião de quinta pois vou estar aplicando a prova de recuperação do 2º ano, que foi remarcada pra esse dia por causa do feriado. Se for possivel gostaria de receber a pauta por email e posso mandar minhas considerações antes. Desde ja agradeço a compreenção.
Att, Fernanda"""),
    ("rewrite", 0, "",
     """Can you rewrite this job ad so it's gender-neutral and doesn't put off career returners? Keep all the actual requirements.

"We're looking for a hungry young paralegal who can hit the ground running. He'll support our litigation partners, manage bundles and deal with clients. You'll be a digital native who thrives in a fast-paced, work-hard-play-hard culture. Must have 2+ years in a UK firm and be available for late nights when trials demand it.\""""),
    # persuasive tightening of legal argument -> judgement
    ("rewrite", 1, "",
     """Tighten this paragraph from our skeleton argument and make it land harder. Don't change any facts or authorities.

"It is respectfully submitted that it would appear that the Defendant has, in a manner that is arguably not entirely consistent with its obligations under clause 9.2, failed to provide the Claimant with the quarterly reports which it was, on a plain reading of the Agreement, required to provide, and that this failure, which persisted over a period of some 14 months despite repeated reminders from the Claimant on 3 March, 11 June and 2 October 2023, is in the Claimant's submission a matter which the Court may wish to consider as being relevant to the question of whether the Defendant's breach can properly be characterised as repudiatory.\""""),
    ("rewrite", 0, "", "pásame esto a formal para la directora del colegio: \"maestra buenas, mañana mi hija no va x cita al dentista, le pasan la tarea porfa? gracias!!\""),
    # plain language but must preserve legal effect -> judgement
    ("rewrite", 1, "",
     """Reescreva esta cláusula em linguagem clara para o contrato de trabalho dos novos técnicos, mas sem alterar os efeitos jurídicos (o nosso departamento jurídico vai comparar):

"O Trabalhador obriga-se, durante a vigência do presente contrato e pelo período de dois anos subsequente à sua cessação, independentemente da causa, a não exercer, por conta própria ou alheia, atividade concorrente com a da Empregadora no território de Portugal Continental, sendo-lhe devida, durante o referido período, uma compensação mensal correspondente a 50% da retribuição base auferida à data da cessação, a qual não será devida caso a cessação resulte de despedimento com justa causa promovido pela Empregadora.\""""),
    ("rewrite", 0, "",
     """proofread pls, applying for a grad HR scheme:

"I am writting to apply for the HR Graduate Programme at Halden Group. During my degree in Psychology at the University of Leeds I developed a strong interest in organisational behaviour, and my dissertation on onboarding and early attrition in retail gave me first hand experience of analysing employee data. Alongside my studies I worked part time as a shift supervisor, were I was responsible for rotas and training new starters. I beleive these experiences have prepared me well for a role that combine people skills with analitycal thinking.\""""),
    ("rewrite", 0, "You convert Ashford Borough Council bylaws into plain English for the residents' website. Keep every obligation, exception and penalty. Use 'you' for the resident. Output only the rewritten text.",
     "No person shall, within any public open space to which this byelaw applies, cause or permit any dog in their charge to enter any designated children's play area, save that this prohibition shall not apply to any assistance dog accompanying a person with a disability. Any person offending against this byelaw shall be liable on summary conviction to a fine not exceeding level 2 on the standard scale."),
    # honest but constructive, sensitive HR wording -> judgement
    ("rewrite", 1, "",
     """Esta es mi valoración del desempeño anual de un analista de mi equipo. Mi HRBP dice que suena muy dura y que puede acabar en conflicto. Reescríbela para que sea constructiva y motivadora, pero sin suavizar los hechos ni prometer nada:

"Carlos no ha cumplido tres de los cuatro objetivos del año. Los informes mensuales llegan tarde casi siempre y con errores que tiene que corregir otra persona. En las reuniones no participa y cuando se le pide algo urgente se queja. Lo único bueno ha sido el proyecto de migración a Power BI, que hizo bien. Si no cambia, no veo futuro en el equipo.\""""),

    # ---------------------------------------------------------------- closed_qa
    ("closed_qa", 0, "You are the Northfield University Student Help assistant. Answer ONLY from the handbook passages below. If the passages do not answer the question, say so and point the student to studenthelp@northfield.edu.\n\n[Handbook 4.2 Mitigating circumstances] Students who miss an assessment because of illness or other circumstances beyond their control may submit a Mitigating Circumstances claim through the Student Portal within 5 working days of the assessment. Claims must include independent evidence (e.g. a medical note).\n[Handbook 4.3 Outcomes] If a claim is accepted for a missed exam, the student is offered a deferred attempt at the next available sitting, normally in the August resit period, without penalty and uncapped.\n[Handbook 4.5 Late claims] Claims submitted after 5 working days are considered only if the student could not reasonably have submitted on time.",
     "hey so i was sick with covid for my econ exam on tuesday and didnt go. can i still sit it later or did i just fail? do i need a doctor note"),
    ("closed_qa", 0, "",
     """Trabajo en una tienda de Leroy... bueno, en grandes almacenes de Madrid y esto es lo que pone el convenio sobre permisos. Me mudo el mes que viene a otro piso en la misma ciudad: ¿cuántos días me corresponden y tengo que avisar con antelación?

Artículo 31. Permisos retribuidos.
El personal, previo aviso y justificación, podrá ausentarse del trabajo, con derecho a remuneración, por alguno de los motivos y por el tiempo siguiente:
a) Quince días naturales en caso de matrimonio o registro de pareja de hecho.
b) Cinco días hábiles por accidente o enfermedad graves, hospitalización o intervención quirúrgica sin hospitalización que precise reposo domiciliario del cónyuge, pareja de hecho o parientes hasta el segundo grado.
c) Dos días por el fallecimiento de parientes hasta el segundo grado. Cuando con tal motivo la persona trabajadora necesite hacer un desplazamiento al efecto, el plazo será de cuatro días.
d) Un día por traslado del domicilio habitual dentro de la misma localidad, y dos días si el traslado implica cambio de localidad.
e) Por el tiempo indispensable para el cumplimiento de un deber inexcusable de carácter público y personal.
El preaviso para los permisos de las letras a) y d) será de al menos siete días naturales, salvo causa justificada."""),
    ("closed_qa", 0, "",
     """to com uma dúvida no edital do concurso da prefeitura. eu termino a faculdade de administração em dezembro de 2025 e a posse seria em 2026. posso me inscrever pra vaga de analista? e quanto é a taxa pra quem é do CadÚnico?

PREFEITURA MUNICIPAL DE ITAPEVA DO SUL – ESTADO DE SÃO PAULO
EDITAL DE ABERTURA Nº 03/2025 – CONCURSO PÚBLICO

A Prefeitura Municipal de Itapeva do Sul torna pública a abertura de inscrições para o Concurso Público destinado ao provimento de cargos efetivos do quadro de pessoal, sob o regime estatutário, que se regerá pelas disposições deste Edital.

1. DOS CARGOS
1.1. Os cargos, o número de vagas, a escolaridade exigida, os vencimentos e a taxa de inscrição são os constantes da tabela abaixo:
– Agente Administrativo: 12 vagas + cadastro reserva; ensino médio completo; R$ 2.480,00; taxa R$ 60,00.
– Analista Administrativo: 4 vagas; ensino superior completo em Administração, Ciências Contábeis, Economia ou Direito; R$ 4.950,00; taxa R$ 95,00.
– Procurador Municipal: 1 vaga; bacharelado em Direito e inscrição na OAB; R$ 9.300,00; taxa R$ 120,00.
– Professor de Educação Básica I: 20 vagas + cadastro reserva; licenciatura em Pedagogia; R$ 3.870,00; taxa R$ 75,00.

2. DOS REQUISITOS PARA INVESTIDURA
2.1. O candidato aprovado deverá comprovar, por ocasião da posse, os seguintes requisitos:
a) ser brasileiro nato ou naturalizado, ou português com reconhecimento de igualdade de direitos;
b) ter idade mínima de 18 anos completos;
c) estar em dia com as obrigações eleitorais e, se do sexo masculino, com as militares;
d) possuir a escolaridade exigida para o cargo, comprovada por diploma ou certificado de conclusão de curso, acompanhado do histórico escolar;
e) não ter sido demitido a bem do serviço público nos últimos 5 anos;
f) apresentar aptidão física e mental comprovada em exame médico admissional.
2.2. A não comprovação de qualquer dos requisitos no ato da posse implicará a eliminação do candidato, sendo nulos todos os atos decorrentes da inscrição.

3. DAS INSCRIÇÕES
3.1. As inscrições serão realizadas exclusivamente pela internet, no endereço eletrônico www.concursositapevasul.sp.gov.br, no período de 2 a 30 de junho de 2025.
3.2. O pagamento da taxa de inscrição deverá ser efetuado por boleto bancário até o dia 1º de julho de 2025.
3.3. O candidato poderá se inscrever para mais de um cargo, desde que as provas ocorram em períodos distintos, conforme item 6.2.

4. DA ISENÇÃO E DA REDUÇÃO DA TAXA
4.1. Terão direito à isenção total do pagamento da taxa de inscrição os candidatos doadores de medula óssea cadastrados no REDOME e os doadores de sangue que comprovem no mínimo 3 doações nos últimos 12 meses.
4.2. Terão direito à redução de 50% (cinquenta por cento) do valor da taxa de inscrição os candidatos inscritos no Cadastro Único para Programas Sociais do Governo Federal – CadÚnico, com renda familiar per capita de até meio salário mínimo.
4.3. O pedido de isenção ou redução deverá ser feito entre os dias 2 e 6 de junho de 2025, mediante envio da documentação comprobatória pelo sistema de inscrição.
4.4. O candidato que tiver o pedido indeferido poderá efetuar o pagamento integral da taxa até o prazo previsto no item 3.2.

5. DAS PESSOAS COM DEFICIÊNCIA
5.1. Às pessoas com deficiência é assegurado o direito de se inscreverem no concurso, sendo-lhes reservado o percentual de 5% das vagas de cada cargo, desde que o número de vagas permita a aplicação do percentual.

6. DAS PROVAS
6.1. O concurso constará de prova objetiva, de caráter eliminatório e classificatório, para todos os cargos, e de prova de títulos, de caráter classificatório, apenas para Procurador Municipal e Professor de Educação Básica I.
6.2. As provas objetivas serão realizadas no dia 10 de agosto de 2025, no período da manhã para os cargos de nível superior e no período da tarde para os cargos de nível médio.

7. DA VALIDADE
7.1. O prazo de validade do concurso será de 2 (dois) anos, contados da data da homologação do resultado final, prorrogável uma vez por igual período, a critério da Administração."""),
    ("closed_qa", 0, "", "lease says \"either party may terminate on or after the 12th month by giving not less than two months' written notice\". can I get out at month 6?"),
    # interpreting force majeure + notice conditions against the facts -> judgement
    ("closed_qa", 1, "",
     """Our logistics supplier delivered the exam papers to our 14 regional test centres 9 days late because of a national truckers' strike, and we had to reschedule the professional certification exam for 3,200 candidates. Based only on the contract below, can we claim the rescheduling costs from them, or does the force majeure clause get them off the hook? Walk me through it.

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

Facts from our incident log: the strike was announced publicly on 2 May to begin 6 May. Harcastle emailed us on 8 May, after the delivery window had already closed for 11 of the 14 centres. Their contingency plan names two alternative carriers; they did not contact either. Our rescheduling costs (venue rebooking, invigilators, candidate communications) total £41,300."""),
    ("closed_qa", 1, "Eres Cati, la asistente virtual del Ayuntamiento de Alcalá de Guadaíra. Responde a la vecina basándote solo en las bases recuperadas. Si la respuesta depende de un dato que no tienes, dilo.\n\n[Bases Ayudas Alquiler Joven 2025, art. 3] Podrán ser beneficiarias las personas de entre 18 y 35 años empadronadas en el municipio con al menos 12 meses de antigüedad a la fecha de la solicitud, titulares de un contrato de alquiler de vivienda habitual, con ingresos anuales inferiores a 3 veces el IPREM.\n[art. 4] La renta mensual no podrá superar 750 €. En caso de vivienda compartida, se computará la parte proporcional que figure en el contrato.\n[art. 6] La ayuda será incompatible con el Bono Alquiler Joven estatal durante los mismos meses.",
     "Hola, tengo 34 años (cumplo 35 en septiembre), me empadroné aquí en marzo del año pasado y comparto piso con mi hermana, el alquiler total son 980 € y vamos las dos en el contrato. Además cobré el bono estatal hasta diciembre. ¿Puedo pedir la ayuda ahora en abril?"),
    ("closed_qa", 0, "", "As propinas pagam-se em 3 prestações: 1.ª na matrícula, 2.ª até 31 de janeiro, 3.ª até 30 de abril. Matriculei-me em outubro, até quando fico a pagar?"),
    ("closed_qa", 0, "",
     """from our handbook, I've been here 8 months and baby is due in June. how many weeks at full pay do I get?

| Length of service at due date | Full pay | Half pay | Statutory only |
|---|---|---|---|
| Under 6 months | 0 weeks | 0 weeks | up to 39 weeks |
| 6 months to 2 years | 8 weeks | 8 weeks | up to 23 weeks |
| 2 to 5 years | 16 weeks | 10 weeks | up to 13 weeks |
| Over 5 years | 26 weeks | 0 weeks | up to 13 weeks |"""),
    # why + counterfactual on a judgment -> judgement
    ("closed_qa", 1, "",
     """From this extract, why did the tribunal reject the disability discrimination claim? And would it likely have gone the other way if the employer had received the OH report before the dismissal?

"42. The Claimant's case is that the Respondent failed to make reasonable adjustments for her anxiety disorder by refusing her request to work from home two days a week. We accept that the Claimant was disabled within the meaning of s.6 Equality Act 2010 at the material time. However, the duty to make adjustments arises only where the employer knew, or could reasonably be expected to know, of the disability. The Claimant's request of 4 April made no reference to any health condition and was framed as a childcare matter. The occupational health report identifying the condition was dated 19 May, two weeks after the dismissal, and was not seen by the decision-maker. 43. We therefore find that the Respondent did not have actual or constructive knowledge, and the claim fails.\""""),
    ("closed_qa", 0, "", "El aviso dice: \"El Registro Civil atenderá exclusivamente con cita previa, salvo inscripciones de nacimiento y defunción\". Tengo que inscribir a mi bebé, ¿necesito pedir cita?"),

    # ---------------------------------------------------------------- translation
    ("translation", 0, "", "translate to spanish for the SMS: Your appointment at the Civil Registry is confirmed for 14 May at 9:40. Please bring your ID and arrive 10 minutes early."),
    # legal-register translation with jurisdiction-specific terms -> judgement
    ("translation", 1, "", "al inglés jurídico, va en un SPA: \"Las partes se someten, con renuncia expresa a cualquier otro fuero, a los Juzgados y Tribunales de Madrid capital.\""),
    ("translation", 0, "", "traduz pro inglês pra minha aplicação de mestrado: \"Bacharel em Direito, com láurea acadêmica, Universidade Federal de Pernambuco, 2022. Monitor de Direito Constitucional II.\""),
    ("translation", 0, "",
     """Please translate this job ad into European Portuguese (we're hiring in Lisbon, so no Brazilian terms like "vaga" or "time"):

HR Generalist – Lisbon office (hybrid)
Join our People team and support 180 colleagues across Portugal. You'll run onboarding, handle payroll queries with our external provider, keep employee records up to date and help managers with performance reviews. We're looking for someone with 2–4 years' HR experience, fluent Portuguese and good English. Meal allowance card, health insurance and 25 days' holiday."""),
    ("translation", 0, "You translate parent newsletters for Maple Grove Elementary from English into Spanish for families. Use a warm, simple register (usted), keep dates and times in the same format, and do not add or remove anything.",
     """Dear families,
Picture day is next Thursday, October 10. Order forms went home in backpacks today and are due back by Tuesday. Students can bring a comb, but please no hats.
Reminder: early dismissal this Friday at 12:30 for teacher training. The after-school program will be open as usual.
Thank you for your support!
Ms. Patterson, Principal"""),
    ("translation", 0, "", "al portugués de Brasil para los de intercambio: \"La biblioteca abrirá 24 horas del 2 al 20 de diciembre. Es obligatorio el carné universitario.\""),
    ("translation", 0, "",
     """Could you put this letter into Spanish? It's going to all families at our district's elementary schools, a lot of our parents are from Mexico and Central America, so please use neutral Latin American Spanish, not Spain Spanish. Keep the headings.

Riverside Unified School District
Office of Student Services

Dear Parents and Guardians,

As we begin the new school year, we want to share some important information about attendance, health requirements and the new student meal program. Please read this letter carefully and keep it for your records.

Attendance
Regular attendance is one of the strongest predictors of student success. California law requires all children between the ages of 6 and 18 to attend school every day unless they are ill or have another valid reason. If your child will be absent, please call the school attendance line before 9:00 a.m. on the day of the absence, or send a note with your child when they return. Absences that are not cleared within three school days will be recorded as unexcused. After three unexcused absences, the school is required to send a truancy notification letter, and the family may be asked to meet with the School Attendance Review Team.

Students who arrive more than 30 minutes late without a valid excuse will also be considered truant for that day. We understand that families face many challenges, including transportation, work schedules and caring for younger siblings. If your family is having difficulty getting your child to school on time, please talk to your school's family liaison. We can help connect you with resources such as bus passes and before-school care.

Health Requirements
All students entering kindergarten and seventh grade must provide proof of required immunizations before the first day of school. Students entering first grade must also provide proof of a health examination completed within the last 18 months. If your child does not have a doctor, or if you need help paying for immunizations, the district's Family Resource Center offers free clinics every Wednesday from 3:00 to 6:00 p.m. at 450 Oak Street. No appointment is needed, and no one will be asked about their immigration status.

If your child has a medical condition such as asthma, diabetes, severe allergies or seizures, please contact the school nurse before the first week of school so that we can prepare a health plan. Medication can only be given at school with a form signed by both a parent and a doctor.

Free Meals for All Students
Beginning this year, breakfast and lunch will be served free of charge to every student in the district, regardless of family income. You do not need to fill out an application to receive free meals. However, we still ask all families to complete the short Family Income Form, because it helps our schools receive additional state funding for tutoring, counselors and after-school programs. Your information is confidential and will not be shared with any other agency.

Communication
The district uses ParentSquare to send messages by text, email and phone. Please make sure the school office has your current phone number and email address. You can choose to receive messages in English, Spanish, Vietnamese or Tagalog by updating your language preference in the ParentSquare app or by asking the front office.

Important Dates
- First day of school: Wednesday, August 13
- Back-to-School Night: Thursday, August 28, 5:30–7:30 p.m.
- Labor Day (no school): Monday, September 1
- First parent-teacher conferences: October 20–24 (minimum days)

We look forward to partnering with you this year. If you have any questions, please contact your school office or call Student Services at (951) 555-0142, Monday through Friday, 8:00 a.m. to 4:30 p.m. Interpreters are available at no cost.

Sincerely,

Dr. Alicia Monroe
Director of Student Services
Riverside Unified School District"""),
    # slogan with wordplay -> transcreation, judgement
    ("translation", 1, "", "adapta pro espanhol latino-americano mantendo o trocadilho, é campanha de estágio: \"Estágio na Veritá: aqui você não é só mais um, você soma.\""),
    ("translation", 0, "", "how do I write \"subject to contract\" and \"without prejudice\" in Brazilian Portuguese for an email header to opposing counsel?"),
    # family-law terms that don't map 1:1 -> judgement
    ("translation", 1, "", "Translate for the UK visa file: \"Se atribuye la guarda y custodia compartida, fijándose una pensión compensatoria de 400 € mensuales a favor de la esposa durante dos años.\""),

    # ---------------------------------------------------------------- formatting
    ("formatting", 0, "", "sort by surname pls: Ana Beltrán, Tom Okafor, Li Wei Chen, Sarah Abbott, Jorge Zamora, Mei Ito, Rui Carvalho"),
    ("formatting", 0, "",
     """ponme esto en una tabla markdown con columnas Nombre | Puesto | Disponibilidad | Pretensión salarial, que lo quiero pegar en Notion

- Marta Gil, para administrativa contable, se incorpora en 15 días, pide 24k
- Iker Etxeberria (técnico de selección) disponibilidad inmediata, 28.000 brutos
- Nuria Sanz - abogada laboralista junior - 1 mes de preaviso - 30k
- Andrés Villalobos, técnico de selección, inmediata, no indica salario"""),
    ("formatting", 0, "",
     """transforma em CSV (nome;cpf;data_admissao) com CPF no formato 000.000.000-00 e datas em AAAA-MM-DD:

Juliana Prado cpf 38291047755 admitida 3/2/2021
RODRIGO M. TEIXEIRA - 052.118.937-40 - 15 de março de 2019
Thaís Albuquerque, CPF: 712 448 903 12, adm. 01.10.2022
Paulo Henrique Sá  cpf 00918273645  admissão 2023-07-17"""),
    ("formatting", 0, "You convert court hearing lists into JSON for the Brightwater Legal docketing system. Output a JSON array; each object has: date (YYYY-MM-DD), time (24h HH:MM), court, courtroom, case_number, parties, judge, hearing_type. Use null for anything missing. Output JSON only.",
     """DAILY CAUSE LIST – Central County Court – Tuesday 8th October 2024

Before HHJ Pemberton, Court 3
10.00am  K00CL412  Marsh Ltd v Daventry Holdings – Case Management Conference
11.30am  J51YX903  Okoye v Gateway Lettings – Application (without notice)
2.00pm   K01BR227  In the matter of the Estate of P. Lindqvist – Directions

Before DJ Harcourt, Court 7
10.00am  H20MC554  Rahman v Rahman – Financial Dispute Resolution
Not before 12 noon  G15ZZ018  Northern Rail Supplies v Aston – Small Claims Hearing

Court 9 (Judge TBC)
2.30pm  K02DE771  Bell v Metro Borough Council – Costs hearing"""),
    # designing a unified schema for inconsistent records -> judgement
    ("formatting", 1, "",
     """We're merging employee records from three systems after an acquisition and I need a single target schema (field names, types, allowed values, and how each source field maps into it). Here are sample rows from each:

System A (old payroll, CSV):
EMP_NO,SURNAME,FORENAME,DOB,START,GRADE,FTE,SALARY_GBP,DEPT
00417,Haddad,Leila,12/03/1988,01/09/2015,G6,0.8,38400,Finance

System B (acquired company's HRIS, JSON):
{"id": "B-2231", "name": {"first": "Owen", "last": "Pryce"}, "birthDate": "1992-11-30", "hireDate": "2019-04-01", "level": "Senior Associate", "hoursPerWeek": 37.5, "baseSalary": {"amount": 52000, "currency": "GBP"}, "costCentre": "CC-410 Legal", "manager": "B-1007"}

System C (spreadsheet kept by the Dublin office):
Name | Employee # | Joined | Role | Salary (EUR) | Part-time? | Line manager
Niamh O'Sullivan | D-88 | March 2021 | Recruiter | 46,000 | Yes (3 days) | Ciarán Walsh

Things that worry me: grades vs levels vs free-text roles, FTE vs hours vs "3 days", two currencies, managers referenced by ID in one system and by name in another."""),
    ("formatting", 0, "", "quita los duplicados y ordénalos: ana.rios@alumnos.uv.es, P.Mora@alumnos.uv.es, ana.rios@alumnos.uv.es, lucas.b@alumnos.uv.es, p.mora@alumnos.uv.es"),
    ("formatting", 0, "Converte o texto do utilizador numa tabela markdown com as colunas Dia | Hora | Disciplina | Sala. Ordena por dia da semana e hora. Não acrescentes nada.",
     """Horário do 9.º C: à segunda temos Matemática às 8h20 na sala 12 e Português às 10h15 na 14; à terça às 8h20 Inglês (sala 3) e a seguir, às 9h10, Educação Física no pavilhão; quarta só de manhã, Ciências Naturais às 10h15 no laboratório 2; na segunda à tarde também há História às 14h, sala 12; sexta Físico-Química às 8h20 no laboratório 1 e Português outra vez às 11h05 na 14."""),
    # messy FOI log: reconcile duplicates and conflicting statuses -> judgement
    ("formatting", 1, "You clean up data for the Information Governance team at Westmoor District Council. Turn the pasted request log into CSV with columns: ref, received (YYYY-MM-DD), requester_type (individual/journalist/business/campaign_group/other), subject, directorate, status (open/closed_full/closed_partial/refused/withdrawn), closed (YYYY-MM-DD or empty), days_to_close. Merge entries that are obviously the same request and flag any row where you had to make a judgement call in an extra 'notes' column.",
     """FOI/EIR log export – Q2 – copied from the shared mailbox tracker (sorry it's a mess, three of us update it)

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

Notes from Priya: 2296 is overdue (received 8 Apr, 20 working days would be 8 May, Early May bank holiday on the 6th). Year for all of these is 2024. Dates with no month written after them are day/month."""),
    ("formatting", 0, "Formateador de referencias bibliográficas. Devuelve la referencia en APA 7.ª edición y nada más.",
     "libro de Manuel Atienza, Curso de argumentación jurídica, editorial Trotta, Madrid 2013"),
    # nested, cross-referencing definitions -> judgement about structure
    ("formatting", 1, "",
     """Turn these definitions into a YAML glossary: one entry per defined term, with fields term, definition (verbatim), refers_to (list of other defined terms used inside the definition) and clause. Several definitions point at each other so be careful.

1.1 "Affiliate" means, in relation to a party, any entity that Controls, is Controlled by, or is under common Control with that party.
1.2 "Business Day" means a day other than a Saturday, Sunday or public holiday in England.
1.3 "Confidential Information" means all information disclosed by or on behalf of a Disclosing Party or its Affiliates to the Receiving Party, whether before or after the Effective Date.
1.4 "Control" means the power to direct the management and policies of an entity, whether through ownership of voting securities, by contract or otherwise, and "Controls" and "Controlled" shall be construed accordingly.
1.5 "Disclosing Party" means the party disclosing Confidential Information.
1.6 "Effective Date" means the date of the last signature of this Agreement.
1.7 "Permitted Purpose" means evaluating the Proposed Transaction.
1.8 "Proposed Transaction" means the possible acquisition by the Purchaser or any of its Affiliates of the entire issued share capital of the Target.
1.9 "Receiving Party" means the party receiving Confidential Information.
1.10 "Representatives" means, in relation to a party, its Affiliates and its and their directors, employees and professional advisers who need to know the Confidential Information for the Permitted Purpose."""),

    # ---------------------------------------------------------------- open_qa
    ("open_qa", 0, "", "whats the actual difference between a solicitor and a barrister in the UK"),
    ("open_qa", 0, "Asistente virtual de atención ciudadana del Ayuntamiento de Getafe.", "¿qué es el empadronamiento y para qué sirve?"),
    ("open_qa", 1, "", "minha empresa pode descontar do meu salário o valor do uniforme? sou CLT e trabalho em loja de shopping"),
    ("open_qa", 1, "You are an HR advisory assistant for small businesses in the US. Be practical and flag when they need a lawyer.",
     """We're a 40-person startup. An engineer just told our ops lead that one of the two co-founders has been making comments about her appearance in 1:1s and messaging her late at night. The other co-founder is the CEO and is close friends with him. We have no HR person. How should we handle this so it's fair and we don't make things worse legally?"""),
    ("open_qa", 0, "", "qué es el finiquito en Chile y qué tiene que venir incluido"),
    ("open_qa", 0, "", "how is GPA calculated at US universities? do pluses and minuses count"),
    ("open_qa", 1, "",
     """Qual é a diferença entre contrato a termo certo e a termo incerto em Portugal? Somos uma IPSS e temos de contratar auxiliares para substituir baixas de maternidade e também para um projeto financiado de 18 meses. Qual compensa em cada caso e que cuidados devemos ter para não ficarem sem termo?"""),
    ("open_qa", 1, "", "why do structured interviews predict job performance better than unstructured ones? what's the actual mechanism"),
    ("open_qa", 0, "You are LegalEase, a plain-English legal glossary for tenants.", "what is a statute of limitations"),
    ("open_qa", 0, "", "roughly how long does homologación of a foreign law degree take in Spain these days?"),

    # ---------------------------------------------------------------- brainstorming
    # only three narrow options -> escalate 0
    ("brainstorming", 0, "", "3 subject lines for an email inviting shortlisted candidates to a second-round interview"),
    ("brainstorming", 1, "", "ideas para la semana de bienvenida de primero en la Facultad de Derecho, que no sean las típicas charlas y con poco presupuesto"),
    ("brainstorming", 1, "", "nomes pro programa de estágio do escritório? somos boutique de direito tributário em SP, queremos algo moderno mas sério"),
    ("brainstorming", 1, "",
     """I'm interviewing for a litigation paralegal next week. The role is mostly bundle prep, disclosure review on Relativity, chasing experts and keeping partners to deadlines, and our last hire left after 3 months because she couldn't cope with the pace before trials. Can you give me a good set of behavioural questions (with what a strong answer would sound like) that would actually surface whether someone can handle that?"""),
    ("brainstorming", 1, "Marketing assistant for Hollis Grant LLP (employment law).", "LinkedIn post angles on the EU AI Act and AI hiring tools, a month's worth pls"),
    ("brainstorming", 1, "",
     """Client was dismissed for gross misconduct after a customer complained he was rude on the phone. Facts: 11 years' service, clean record, no recording of the call, the complaint came by email 3 weeks later, he was suspended the same day and the disciplinary hearing was held 2 days after with no chance to see the email. Manager who dismissed him also investigated. What arguments can we run for him? Throw everything at me, we'll filter later."""),
    ("brainstorming", 1, "", "ways to cut the queue at our council customer service desk? people wait 90 min just for resident parking permits"),
    ("brainstorming", 0, "", "other words for 'mandatory' in a policy doc? just 3-4 options"),
    ("brainstorming", 1, "", "how do we get more staff to fill in the engagement survey? last year only 31% did and most of the frontline didn't bother"),
    ("brainstorming", 1, "You support the Lakeshore County School Board with meeting preparation. Be concrete and tailored to the district.",
     """We're interviewing three finalists for superintendent next month. Context: enrolment is down 12% in five years, we'll probably have to close or merge two elementary schools, chronic absenteeism is 24%, and there's been a lot of public anger at board meetings over the new reading curriculum. Give us a list of interview questions that go beyond the generic "what's your vision" stuff."""),

    # ---------------------------------------------------------------- creative_writing
    # very short formulaic message -> escalate 0
    ("creative_writing", 0, "", "out of office for next week pls, I'm in trial, back Monday 17th, anything urgent to Dana Whitlock"),
    ("creative_writing", 1, "", "escríbeme un discurso de graduación de unos 3 minutos para la promoción 2020-2024 de Derecho de la Universidad de Sevilla, soy la delegada"),
    ("creative_writing", 1, "", "um poema curto pra homenagem da professora Lurdes, que se aposenta depois de 32 anos alfabetizando crianças na escola municipal"),
    ("creative_writing", 0, "You draft replies for the Highways team at Kelby County Council. Write a polite, plain-English reply from scratch, signed 'Highways Customer Team'. Do not promise a repair date unless one is given in the notes.",
     """Resident email: "Third time I'm reporting the pothole outside 22 Fenwick Road. My daughter came off her bike last week. Does anyone at the council actually read these?"
Internal notes: inspected 3 Oct, classed as Category 2 (repair within 28 days), on the programme for the week of 28 Oct. Claims for injury go via kelby.gov.uk/highway-claims."""),
    ("creative_writing", 1, "", "short story, ~800 words: a public defender on the night arraignment shift gets a client she first represented when he was 15"),
    ("creative_writing", 1, "",
     """Write a job ad for a junior employment lawyer (1-3 PQE) at our firm that doesn't sound like every other law firm ad. Facts: Ridley Okafor, 22 lawyers, Manchester, claimant-side and trade union work, salary £42-48k, hybrid (2 days in office), real client contact from week one, supervised advocacy at tribunal, no billable hour target but we do track time. We want people who actually care about workers' rights."""),
    ("creative_writing", 1, "",
     """Can you write the welcome letter that goes out to all new starters at Brackley County Council? It'll be signed by our Chief Executive, Joanne Mistry. Should mention our values (listen, act, be fair), that their first week includes a tour of a frontline service of their choice, that they'll be paired with a buddy, and that they should say hello if they see her in the canteen. Warm but not cheesy, one page max."""),
    ("creative_writing", 1, "", "need a 2 min toast for our senior partner Harold retiring after 38 yrs, he's famously terrible with tech and still dictates everything to tape"),
    ("creative_writing", 1, "You are the content writer for Peoplewise, a UK HR consultancy for businesses with 10-250 staff. House style: conversational, practical, British spelling, short paragraphs, subheadings, no jargon, end with a soft call to action to book a free 20-minute call.",
     """Blog brief for this month:

Title (working): "5 things new HR managers get wrong in their first 90 days"
Audience: someone recently promoted from HR officer/advisor to their first HR manager role in an SME, or an office manager who's been handed HR.
Length: 900-1,100 words.
Points we want covered (order up to you):
- trying to rewrite every policy in month one instead of learning how things actually work
- being the "policy police" and losing managers' trust
- not building a relationship with the finance director / whoever signs off on budget
- ignoring the data they already have (absence, turnover, exit interviews) because it's messy
- taking on every employee problem personally instead of coaching line managers to handle them
Include one short anonymised example from our client work for at least two of the points (you can make these up but keep them realistic: a 60-person logistics firm, a dental group, a software agency).
Please avoid: "in today's fast-paced world", "game-changer", "people are our greatest asset".
SEO keyword to use naturally 2-3 times: "new HR manager"."""),
    ("creative_writing", 0, "", "quick reminder to faculty: final grades must be in Banner by Friday 5pm, no extensions this term"),

    # ---------------------------------------------------------------- reasoning
    ("reasoning", 0, "", "she gets 25 days holiday a year and started 1 April, how many has she accrued by 31 Dec? round to the nearest half day"),
    ("reasoning", 1, "",
     """Necesito el último día para presentar el recurso de apelación. La sentencia se notificó por LexNET el jueves 10 de julio de 2025. Plazo: 20 días hábiles, contados desde el día siguiente a la notificación. Son inhábiles sábados, domingos, festivos y todo agosto. Festivos en el partido judicial: 25 de julio (Santiago Apóstol). Dime la fecha y cómo la has contado."""),
    ("reasoning", 1, "",
     """me ajuda a calcular a rescisão? demissão sem justa causa com aviso prévio indenizado. salário R$ 3.600,00, admitida em 10/03/2023, último dia trabalhado 20/08/2025. férias do 1º período aquisitivo já tiradas, as do 2º (10/03/2024 a 09/03/2025) não. quero saldo de salário, aviso prévio proporcional, férias vencidas e proporcionais + 1/3 e 13º proporcional, com a conta de cada um."""),
    ("reasoning", 1, "You are the scheduling assistant for the Talent Acquisition team at Corvane Energy. Always show the final schedule as a table and explain any trade-offs.",
     """Need to fit 5 final-round interviews (60 min each, panel of at least 2 of our 3 panellists) into Thursday and Friday. Rules: every candidate must see Raj (hiring manager); no panellist does more than 3 interviews a day; 15 min gap between consecutive interviews for the same panellist.

Panellists:
- Raj: Thu 9:00-13:00, Fri 13:00-17:00
- Elena: Thu 10:00-17:00, Fri 9:00-12:00
- Kwame: Thu 14:00-17:00, Fri 9:00-17:00

Candidates:
- A. Moreau: only Thursday
- B. Lindgren: any time, but not before 10:00 (flying in)
- C. Nakamura: Friday afternoon only
- D. Osei: Thursday morning or Friday morning
- E. Duarte: any time

Is it possible? If not, what is the smallest change that makes it work?"""),
    ("reasoning", 1, "", "fermi estimate: roughly how many paralegals work in Texas? walk through your assumptions"),
    ("reasoning", 0, "", "student got 68/90 on the midterm. what's that as a percentage and as a mark out of 10?"),
    ("reasoning", 1, "You help the Exams Office at Harlow Sixth Form College build timetables. Respect every constraint; if impossible, say which constraint to relax.",
     """Four exams to place in the Monday-Tuesday slots (AM and PM each day, so 4 slots): Law, Psychology, Sociology, Economics. Rooms: Main Hall (120 seats), Library (40 seats). Entries: Law 35, Psychology 90, Sociology 60, Economics 30. Overlapping students: 12 take both Law and Psychology, 8 take Psychology and Sociology, 5 take Sociology and Economics. No student may have two exams in the same slot. Only one exam per room per slot. Sociology must not be Monday AM (examiner arriving late)."""),
    ("reasoning", 1, "",
     """We audit a random sample of 3 out of the 12 recruitment files closed each month. Two of the 12 files this month were handled by the same recruiter, who we suspect is skipping reference checks. What's the probability that at least one of her two files gets picked? And both? Over 6 months (same setup each month), what's the chance none of her files is ever audited?"""),
    ("reasoning", 0, "Payroll helper. Show the working in one line.", "6 hrs overtime at time and a half, base rate $22.40/h, how much extra on the check?"),
    ("reasoning", 0, "", "tuition is €1,250, goes up 4% next year and I have a 30% bursary on the new fee. what do I actually pay?"),

    # ---------------------------------------------------------------- coding
    ("coding", 0, "Regex helper. Answer with the pattern and one example.", "regex that matches a Spanish DNI or NIE, e.g. 12345678Z or X1234567L"),
    ("coding", 0, "", "SQL pra listar alunos com mais de 25% de faltas? tabelas: frequencia(aluno_id, aula_id, presente bool), alunos(id, nome)"),
    # stack trace + "what does this mean" -> coding
    ("coding", 0, "You are the internal dev helper for the HRIS team at Quillon. Answer briefly.",
     r"""what does this mean? happens when HR clicks "export leave report"

Traceback (most recent call last):
  File "/srv/hris/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/srv/hris/leave/views.py", line 212, in export_leave_report
    start = datetime.strptime(request.GET["from"], "%d/%m/%Y")
  File "/usr/lib/python3.11/_strptime.py", line 568, in _strptime_datetime
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
ValueError: time data '2024-03-01' does not match format '%d/%m/%Y'"""),
    # security/privacy review of redaction code -> hard
    ("coding", 1, "",
     r"""We run this script before publishing tribunal judgments on our open-data portal. It's supposed to redact the names, emails, phone numbers and National Insurance numbers of parties and witnesses. A journalist just told us she found an unredacted witness name in one of last month's PDFs. Can you review the code properly: find every way it can leak personal data, explain each one, and suggest fixes? I'm not a developer (I'm the information governance lead) so please explain in plain terms too.

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

There's also a second script the clerk runs at the end of the week to do everything in the "to_publish" folder in one go:

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

The default_names.txt file is basically empty (it has one line with "Claimant"), because we only added it so the script wouldn't crash when the clerk forgot to make a names file. Nobody checks the log unless something goes wrong, and the originals are deleted after each run so we can't easily re-check what was published against what came in.

How we use it: the clerk types the parties' and witnesses' full names into names.txt exactly as they appear on the front sheet (e.g. "Ms Jennifer Ann Holloway"), one per line, then runs the script on the judgment PDF. The output goes straight to the portal upload folder. Judgments usually refer to people as "the Claimant", "Ms Holloway", "Jenny", or by initials after the first mention, and some of them have the witness statements attached as scanned images at the end. We also sometimes get Welsh-language judgments. The script runs on a shared Windows machine in the tribunal office.

What would a safe version of this process look like? Happy to change the process as well as the code."""),
    ("coding", 0, "",
     """necesito un script en Python que renombre los PDFs de una carpeta según el número de expediente que aparece en el nombre. Ahora se llaman tipo "escaneo_2024_03_11 EXP 2023-0456 recurso.pdf" o "EXP2022-1187_notif.pdf" y quiero que queden "2023-0456.pdf". Si hay dos con el mismo número, que añada _1, _2. Estoy en Windows."""),
    ("coding", 1, "You are a senior backend engineer advising a legal-tech startup. Give a concrete design with tables, keys and the key queries.",
     """We're building a case management system for small law firms (5-50 lawyers). Core needs: clients, matters, parties on each matter (client, opposing party, co-defendant, witness...), people and companies can appear on many matters in different roles, and before opening a new matter we must run a conflict check that catches related companies (parent/subsidiary) and name variants. Postgres. How would you model this and how would the conflict check query work?"""),
    ("coding", 0, "", "excel formula for years of service from the start date in B2 to today, whole years only"),
    # race condition -> hard debugging
    ("coding", 1, "",
     r"""Candidates sometimes get double-booked into the same interview slot. It's rare but happened 3 times this month, always when two recruiters book at nearly the same moment. Node + Postgres (pg). What's going on and how do I fix it properly?

```js
app.post("/slots/:slotId/book", async (req, res) => {
  const { slotId } = req.params;
  const { candidateId } = req.body;

  const { rows } = await pool.query(
    "SELECT id, booked_by FROM interview_slots WHERE id = $1",
    [slotId]
  );
  if (!rows.length) return res.status(404).send("no slot");
  if (rows[0].booked_by) return res.status(409).send("already booked");

  await pool.query(
    "UPDATE interview_slots SET booked_by = $1, booked_at = now() WHERE id = $2",
    [candidateId, slotId]
  );
  await sendCalendarInvite(slotId, candidateId);
  res.send("ok");
});
```"""),
    ("coding", 0, "", "git merge vs rebase, when should I use which? our team keeps arguing about it"),
    ("coding", 1, "You assist the e-learning developers at Universidad Austral de Patagonia with Moodle 4.x plugin code.",
     r"""Our local plugin is supposed to email tutors when a student hasn't logged in for 14 days, but tutors get the email for every student in the course, even active ones. Here's the task:

```php
$since = time() - 14 * DAYSECS;
$users = $DB->get_records_sql("SELECT u.* FROM {user} u
    JOIN {user_enrolments} ue ON ue.userid = u.id
    JOIN {enrol} e ON e.id = ue.enrolid
    WHERE e.courseid = ? AND u.lastaccess < ?", [$courseid, $since]);
```
We think lastaccess is wrong but not sure what to use instead."""),

    # ---------------------------------------------------------------- other
    ("other", 0, "", "hello? is this working"),
    ("other", 0, "", "gracias!! me salvaste el día con lo del padrón 🙏"),
    ("other", 1, "",
     """preciso desabafar. sou professora de português há 14 anos na rede estadual, tenho 6 turmas de 40 alunos, levo correção pra casa todo fim de semana e ontem chorei no carro antes de entrar na escola. não sei se isso é normal ou se estou ficando doente. não tenho com quem falar sobre isso sem parecer que estou reclamando"""),
    ("other", 1, "",
     """I'm a 6th-year associate at a mid-size firm. I've been told informally I'm "on track" for partner in 2 years, but nothing in writing. A client just offered me a senior in-house counsel role: 20% more money now, better hours, but I'd lose the partnership shot and probably the litigation work I love. My partner is pregnant with our first. What should I do?"""),
    ("other", 1, "Interview practice coach for Lattice Careers.", "pretend you're a tough partner interviewing me for a training contract. grill me, one question at a time"),
    ("other", 0, "Virtual assistant of the Cáceres Provincial Council e-office.", "are you a real person or a bot?"),
    ("other", 0, "", "tell me a lawyer joke, clean pls, it's for the team's friday chat"),
    ("other", 1, "", "a colleague keeps presenting my candidate sourcing as her own work in team meetings. do i raise it with our manager or talk to her first?"),
    ("other", 1, "", "mañana es mi examen de oposiciones a Justicia y no puedo dormir, llevo dos años preparándolo y estoy fatal"),
    ("other", 0, "You are Lexi, the assistant in the Harbor Legal client portal.", "can you read PDFs if I upload them?"),
]
