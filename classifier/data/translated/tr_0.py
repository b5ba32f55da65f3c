"""Training-only translations of hand-written English training prompts (chunk 0: Spanish (es-ES, es-419), Portuguese (pt-BR, pt-PT))."""
T = [
    ("tri-d548166fd45b", "es", "", "necesito esto en alemán: Tu pedido ya ha salido y debería llegar en 3-5 días laborables."),
    ("tri-f5e07cb7549f", "es", "", """pásalo a django orm porfa

SELECT d.name, COUNT(p.id) AS n
FROM doctors d
LEFT JOIN prescriptions p ON p.doctor_id = d.id AND p.issued_on >= '2024-01-01'
GROUP BY d.name
ORDER BY n DESC;

modelos: Doctor(name), Prescription(doctor = FK a Doctor con related_name='prescriptions', issued_on = DateField)"""),
    ("tri-0ca9b5dc834f", "pt", "", "posso cancelar a academia se eu me mudar pra outra cidade? o contrato diz: 'Cancellation permitted with 30 days written notice upon relocation of more than 25 miles from any club location; proof of new address required.'"),
    ("tri-33ea94397118", "pt", "", "Com base no contrato de arrendamento em anexo e no email do meu senhorio, sou mesmo obrigado a pagar a reparação da caldeira? Analisa cláusula a cláusula."),
    ("tri-f0790a8f9d87", "es", "", "Convierte a JSON: nombre=Ana Silva; edad=34; ciudad=Oporto; socia=sí"),
    ("tri-d76db4da289a", "es", "Eres Pathfinder, el asistente de beneficios para los empleados de Corrigan Steelworks. Recibes fragmentos recuperados de la base de conocimiento de Recursos Humanos. Resúmelos para el empleado en un máximo de 4 viñetas. Usa únicamente lo que dicen los fragmentos.", """Pregunta del empleado: licencia parental, ¿qué me corresponde?

[KB-301 Licencia parental, personal por hora] Los empleados con al menos 12 meses de antigüedad tienen derecho a 16 semanas de licencia parental pagada al 100 % del salario base en el caso del progenitor gestante y a 6 semanas en el caso del progenitor no gestante. La licencia debe comenzar dentro de los 12 meses posteriores al nacimiento o la adopción.
[KB-302 Programación] La licencia puede tomarse en un máximo de dos bloques. Cada bloque debe durar al menos 2 semanas. Hay que avisar a los supervisores de turno con al menos 30 días de anticipación al primer bloque, salvo en caso de emergencia.
[KB-309 Beneficios durante la licencia] La cobertura médica y dental continúa durante la licencia en las mismas condiciones. Los aportes a la pensión se calculan sobre el salario base completo. Las horas extra y las primas por turno no se pagan durante la licencia.
[KB-311 Regreso al trabajo] Los empleados regresan al mismo puesto y al mismo esquema de turnos. Se puede solicitar un regreso gradual de hasta 4 semanas con el 60 % de la jornada."""),
    ("tri-36ec5ac39e9b", "pt", "Você ajuda pequenos proprietários de imóveis a montar um controle simples de registros. Proponha um layout de tabela (as colunas e o que cada linha representa) para os dados que o usuário descrever e depois preencha todas as linhas que conseguir a partir das anotações dele.", """Tenho um duplex e um estúdio pequeno nos fundos da minha casa. Minhas anotações estão uma bagunça:
- Jana (duplex A) paga $1,300 no dia 1º, geralmente por zelle, pagou jan e fev, em março pagou $650 no dia 2/3 e o resto no dia 16/3
- duplex B vazio desde fev, pintor $420 em 20/2
- estúdio - Chris, $875, em dinheiro, sempre em dia, pagou jan-mar
- conta de água do duplex $96/mês, quem paga sou eu, a Jana às vezes me reembolsa metade (jan sim, fev não)
- geladeira nova pro estúdio $649 em 8/1"""),
    ("tri-f46ccf27294b", "pt", "", "como se diz 'sou alérgico à penicilina' em japonês e em mandarim? vou a osaka e depois a xangai no próximo mês"),
    ("tri-4ea577e0dcf4", "es", "", "¿qué significa 'Feierabend'? un compañero del curro lo suelta todos los días a las 5 jajaja"),
    ("tri-eb474c4757e4", "es", "", "¿Cuántos minutos hay en 3.5 horas?"),
    ("tri-5cb152e667c0", "pt", "", "Minha mãe (71) foi diagnosticada com Parkinson em estágio inicial semana passada. Por enquanto é principalmente um tremor na mão direita e ela está um pouco mais lenta pra andar, mas ainda dirige, mora sozinha e é muito independente. O neurologista começou com levodopa + carbidopa e temos retorno daqui a 6 semanas. Eu moro a 2 horas dela. O que a gente deve esperar, de forma realista, para os próximos anos, o que devemos ficar de olho em casa e que perguntas eu devo levar pra essa consulta de retorno? E tem alguma coisa que a gente já deveria deixar organizada agora (parte jurídica, financeira, casa) enquanto ela ainda está bem, ou é exagero nessa fase? Não quero assustar ela, mas também não quero ser pego de surpresa."),
    ("tri-de62069f1fe6", "pt", "", """Pedimos a três agências que apresentassem propostas para a reconstrução do nosso site. Seguem as minhas notas da discussão com o painel de seleção. Faz-me um resumo da discussão e depois a tua avaliação de qual das propostas tem o maior risco de execução e porquê - tenho de defender a escolha perante o nosso CFO.

Panel notes (procurement, marketing, IT):
- Northlight Digital: cheapest at 148k. Fixed price. Proposed team of 3, lead developer also works on two other accounts. Timeline 16 weeks. References were good but all for brochure sites, none with e-commerce. Marketing liked the design concepts best. IT worried about their plan to build a custom CMS.
- Parabola Studio: 215k, time & materials with a cap of 240k. Team of 6 incl. dedicated QA. 22 weeks. Strong e-commerce references (two similar-size retailers). Proposed using our existing headless CMS. Procurement noted they asked for 40% upfront.
- Keswick & Moore: 189k fixed. Team of 5 but two are subcontractors in another time zone. 14 weeks, the most aggressive timeline. Lead was very polished in the pitch. Their proposal assumes our product data is clean and migration-ready - IT says it is not (about 30% of SKUs missing attributes)."""),
    ("tri-4f60cec89134", "pt", "És o Dispatch Desk, o assistente interno da equipa de apoio ao cliente da Aldera Freight.", "o que quer dizer DDP em transporte de mercadorias e quem é que paga o IVA na importação?"),
    ("tri-775206c95611", "es", "Escribes el resumen semanal de reseñas de ShopPulse, una app para dueños de pequeños negocios. A partir de las reseñas de clientes que pegue el usuario, responde con UNA sola oración de 30 palabras como máximo que describa el panorama general. Nada de viñetas.", """★★★★★ "Ravi me arregló los cambios en 20 minutos y ni me cobró la lubricada de la cadena. Un crack."
★★★★☆ "Buen trabajo con los frenos de mi bici eléctrica, un poco caro pero justo."
★★☆☆☆ "Esperé 9 días por una rueda que me prometieron en 3. Nadie me llamó para avisarme nada."
★★★★★ "El mejor taller de bicis de Northside, te dicen con honestidad qué hay que cambiar de verdad."
★★★☆☆ "La reparación estuvo bien, pero el local es chiquito y me tocó esperar afuera bajo la lluvia." """),
    ("tri-3eb83c5d17d9", "pt", "", "391 é primo?"),
    ("tri-84e29290aa92", "es", "", "Haz una transcreación de nuestro eslogan 'Bank on yourself' para Brasil — mantén el juego de palabras si se puede, dame 3 opciones con notas."),
    ("tri-49ad5dccc58b", "es", "", "¿velocidad del sonido en el aire a 20 °C?"),
    ("tri-3e7bf110536d", "es", "", "A mi papá le diagnosticaron demencia en etapa temprana la semana pasada. Mi hermano vive en el extranjero y mi hermana da por hecho que yo me voy a encargar de todo porque soy el que vive más cerca. ¿Cómo les saco el tema sin que termine en pelea?"),
    ("tri-b7e575e59efe", "pt", "", "Temos 2 semanas e zero orçamento para melhorar a experiência dos desenvolvedores aqui na empresa. Ideias?"),
    ("tri-6f1b99b1e132", "pt", "", "história de lançamento para as nossas cápsulas de café compostáveis, contada por uma das cápsulas. 200 palavras, atrevida, acaba com ela a transformar-se em terra para um tomateiro. a marca é a Grounded Co."),
    ("tri-1dfdb6613f48", "es", "", """Hemos tenido un pico de errores de picking en nuestro centro de distribución de Venlo: el 0,9 % de las líneas el mes pasado frente al 0,3 % habitual. Lo que sabemos:
- empezó más o menos en la semana 14
- se concentra en la zona C (artículos pequeños de salud y belleza); los preparadores usan pistolas RF con escaneo de confirmación
- cerca de la mitad de los errores son "producto correcto, variante equivocada" (p. ej., tono 02 en vez de tono 03)
- en la semana 13 reubicamos la zona C para poner los artículos de alta rotación en la parte delantera
- en la semana 15 se incorporó un grupo nuevo de 12 preparadores de ETT
- la tasa de errores del turno de noche es más o menos el doble que la del turno de día
- el escaneo de confirmación se puede saltar tecleando los 4 últimos dígitos del código de barras cuando la etiqueta está dañada

Antes de ponernos a auditar, haz una lluvia de ideas con todas las causas plausibles que se te ocurran y, para cada una, la forma más rápida de confirmarla o descartarla."""),
    ("tri-a4020e6916af", "es", "", """Estamos haciendo la due diligence de Castellan Robotics. A partir de estas notas a sus estados financieros, extrae todas las obligaciones o exposiciones que no estén reconocidas como pasivo en el balance, estima más o menos qué tan grandes podrían llegar a ser y dime cuáles deberían cambiar nuestra valuación.

Note 14 — Commitments. The company has entered into a non-cancellable agreement with a contract manufacturer in Penang under which it must purchase a minimum of 4,000 actuator units per year for three years at a fixed unit price of USD 310. Purchases in the current year were 2,650 units.
Note 17 — Contingencies. A former distributor has filed a claim of EUR 2.4m alleging wrongful termination. Management, on the basis of legal advice, considers an outflow possible but not probable.
Note 18 — Guarantees. The company has guaranteed the bank overdraft of its 40%-owned associate, Castellan Asia Pte Ltd, up to SGD 3m. At year end the associate had drawn SGD 2.2m.
Note 21 — Warranties. Products carry a 24-month warranty. The warranty provision of USD 180k is based on historical claim rates of 0.8%; claim rates on the new R7 arm launched in Q4 are not yet known.
Note 23 — Subsequent events. After year end, the company agreed to an earn-out with the founders of the acquired vision start-up: up to USD 5m payable if revenue targets are met over the next two years."""),
    ("tri-84c7e4dbe229", "pt", "Você dá suporte aos processadores de casos de farmacovigilância da Ostrava BioPharm. Trabalhe somente com a narrativa fornecida e cite a frase relevante para cada achado.", """Case 2025-CZ-00418. A 67-year-old male with type 2 diabetes and chronic kidney disease stage 3a started Velcoxin 200 mg once daily on 02 Jan for osteoarthritis of the knee. Concomitant medications: metformin 1 g bid, ramipril 5 mg od, atorvastatin 20 mg od. On 09 Jan he reported dyspepsia, which resolved without treatment. On 21 Jan routine bloods showed creatinine 188 µmol/L (baseline 121 µmol/L in November) and potassium 5.9 mmol/L. Velcoxin was withdrawn on 22 Jan and ramipril was held. By 05 Feb creatinine was 134 µmol/L. On 12 Feb he was admitted after a fall at home; no fracture; the admitting team attributed it to postural hypotension. Velcoxin was not restarted.

Extraia cada evento adverso com a data de início e o desfecho e, em seguida, dê uma categoria de causalidade WHO-UMC para cada um em relação ao Velcoxin, com uma justificativa de uma linha."""),
    ("tri-178e1382c9c1", "pt", "", "nomes para um aluguer de bicicletas de carga em Gante? tem de funcionar em neerlandês e em inglês, nada muito fofinho"),
    ("tri-885eb732c9ef", "es", "", "Lee este correo del denunciante y extrae todas las acusaciones, pero evalúa también cuáles están respaldadas por pruebas en la lista de adjuntos y cuáles son pura especulación."),
    ("tri-201de7e6b6e2", "es", "", """Somos una pequeña cadena de panaderías y estamos negociando un préstamo para equipo. Para cada cláusula de este term sheet, etiquétala como favorable al prestatario, favorable al prestamista o estándar de mercado, y explica en una línea por qué.

1. Interés: SOFR + 3.75%, con un piso de 4.50% sobre la SOFR.
2. Prepago: permitido en cualquier momento; comisión del 3% en el año 1, 2% en el año 2, 1% en el año 3 y ninguna a partir de entonces.
3. Garantía: gravamen en primer grado sobre el equipo financiado, más un gravamen general sobre todos los activos del negocio.
4. Aval personal: ilimitado y solidario, de ambos dueños y de sus cónyuges.
5. Covenant financiero: índice de cobertura del servicio de la deuda (DSCR) de al menos 1.25x, medido anualmente.
6. Reportes: estados financieros anuales revisados por un contador público, dentro de los 120 días posteriores al cierre del ejercicio.
7. Incumplimiento cruzado: el incumplimiento de cualquier otra obligación superior a $25,000 constituye un incumplimiento de este préstamo.
8. Cambio material adverso: el prestamista puede exigir el vencimiento anticipado si, a su exclusivo criterio, se ha producido un cambio material adverso."""),
    ("tri-057b781fba2b", "pt", "", """jq: ids dos itens com status active. a entrada é tipo {"items":[{"id":17,"status":"active"},{"id":18,"status":"paused"}]}"""),
    ("tri-937b490c245d", "pt", "", "ISBN significa o quê?"),
    ("tri-7497363fe187", "es", "", "Política: 'Devoluciones en un plazo de 30 días con ticket de compra; los artículos rebajados no admiten devolución.' ¿Puedo devolver una chaqueta de rebajas que compré la semana pasada?"),
    ("tri-e368172a168c", "es", "", """En la sentencia de abajo, ¿cuánto se le otorgó en total a la demandante?

[...] 41. Having found that the defendant's failure to grit the car park at its Northfield depot on the morning of 9 January 2024 was a breach of the common duty of care owed under the Occupiers' Liability Act 1957, I turn to quantum.
42. For pain, suffering and loss of amenity arising from the fractured left wrist, which has left the claimant with some residual stiffness, I award 14,500 GBP.
43. The claimant's past loss of earnings for the eleven weeks she was unable to work is agreed at 6,120 GBP.
44. I accept the evidence of the claimant's physiotherapist and award 1,350 GBP for the cost of private physiotherapy.
45. I reject the claim for future loss of earnings; the claimant returned to her previous role on the same terms and there is no evidence that her prospects have been affected.
46. There will be judgment for the claimant in the sum of 21,970 GBP, together with interest to be assessed."""),
    ("tri-c5ce1872c1a5", "pt", "Você é o editor de redação médica do Brookline Diabetes Center. Melhore os rascunhos de materiais de educação ao paciente: reestruture o texto para deixá-lo mais claro, corte o jargão, use passos numerados quando houver uma sequência e mantenha todas as instruções clínicas intactas. Se alguma instrução do rascunho parecer clinicamente insegura ou ambígua, mantenha-a, mas sinalize-a em uma nota no final em vez de alterá-la silenciosamente.", """Como usar a sua caneta de insulina

As canetas de insulina são uma forma prática de tomar insulina. Antes de cada aplicação você deve fazer um teste de segurança (também chamado de purga), que consiste em selecionar 2 unidades e apertar o botão com a agulha virada para cima até a insulina aparecer, se não aparecer insulina repita até 3 vezes e se mesmo assim não sair nada troque a agulha. Depois selecione a sua dose. Limpe a pele com álcool se quiser. Insira a agulha a 90 graus no tecido gorduroso da barriga, da coxa ou da parte de cima do braço e aperte o botão até o fim. Mantenha a agulha na pele por alguns segundos. As agulhas da caneta podem ser reutilizadas até ficarem sem corte. As canetas fechadas ficam na geladeira, as canetas em uso podem ficar em temperatura ambiente por até 28 dias (confira a bula, porque algumas são diferentes). Faça rodízio dos locais de aplicação para não formar caroços. Nunca compartilhe a sua caneta com ninguém, mesmo trocando a agulha."""),
    ("tri-b84ad82cb141", "pt", "", """Atribui uma banda a este ensaio de IELTS Task 2 (5, 6, 7 ou 8) e justifica com base em Task Response, Coherence & Cohesion, Lexical Resource e Grammatical Range & Accuracy.

Question: Some people think that governments should spend money on public transport rather than building new roads. To what extent do you agree?

Essay:
Nowadays, traffic is a big problem in many cities around the world. Some people believe that goverment should invest in public transport instead of new roads. I completely agree with this opinion for several reasons.

Firstly, public transport can carry much more people than cars. For example, one bus can take fifty passengers while a car usually take one or two. If more people use buses and trains, there will be less traffic jams and the air will be more cleaner. In my city, after the metro line opened, the main road became less crowded in the morning.

Secondly, building new roads is only a short solution. When a new road is built, more people buy cars and soon the road is full again. This is called induced demand. So the money is wasted.

However, some people live in countryside where there is no train or bus. For them roads are necessary. But I think the government can build small roads for them and still spend most money on public transport.

In conclusion, I strongly believe that spending on public transport is better than building roads because it is more efficient and good for environment."""),
    ("tri-3db6c7a323e7", "es", "", "¿una regex que pille claves de jira tipo ABC-123 o DATA-4410 pero no abc-123?"),
    ("tri-f4e134aed884", "es", "", "Mi mamá tiene que tomar tres medicamentos al día: el A en ayunas, una hora antes de comer; el B tiene que ir separado del A por al menos 4 horas; el C se toma después de comer y no puede tomarse antes de dormir. Ella desayuna a las 7, almuerza a las 12, cena a las 6 y se acuesta a las 10. Ayúdame a armar un horario diario para sus medicamentos y explícame por qué lo organizas así."),
    ("tri-9e15cec0dc11", "pt", "", "Como se diz 'esgotado' em alemão?"),
    ("tri-40a0870d68e0", "pt", "", """Converte esta exportação numa transcrição limpa, uma mensagem por linha no formato [HH:MM] Nome: texto (horas em UTC), e tira as mensagens dos bots e as reações:

[
 {"ts": "2025-03-11T09:05:12Z", "user_name": "Anke Vos", "text": "deploy do billing-svc 7.2 a começar agora", "reactions": ["eyes"]},
 {"ts": "2025-03-11T09:05:40Z", "user_name": "deploybot", "bot": true, "text": "billing-svc 7.2 rollout 10%"},
 {"ts": "2025-03-11T09:09:03Z", "user_name": "Samir Haddou", "text": "estou a ver um aumento de 409 em /invoices, pode não ter nada a ver"},
 {"ts": "2025-03-11T09:09:51Z", "user_name": "Anke Vos", "text": "a pausar o rollout, vou verificar", "reactions": ["pray", "+1"]},
 {"ts": "2025-03-11T09:10:02Z", "user_name": "deploybot", "bot": true, "text": "billing-svc 7.2 rollout paused at 10%"},
 {"ts": "2025-03-11T09:16:27Z", "user_name": "Lotte Brink", "text": "os 409 vêm da alteração da idempotency key, é esperado nos retries de clientes antigos"},
 {"ts": "2025-03-11T09:18:44Z", "user_name": "Samir Haddou", "text": "ok, concordo, a taxa já estabilizou"},
 {"ts": "2025-03-11T09:19:10Z", "user_name": "Anke Vos", "text": "a retomar", "reactions": ["rocket"]},
 {"ts": "2025-03-11T09:31:55Z", "user_name": "deploybot", "bot": true, "text": "billing-svc 7.2 rollout 100%"},
 {"ts": "2025-03-11T09:33:20Z", "user_name": "Anke Vos", "text": "feito, obrigada aos dois"}
]"""),
    ("tri-f82d88717600", "es", "", """Abajo están las dos cartas que Crestline Health me mandó sobre la terapia ABA de mi hijo. Siguen diciendo "not medically necessary", pero siento que hay otras razones escondidas ahí. ¿Me puedes hacer una lista de todas las razones por las que de verdad lo están negando, incluidas las que solo insinúan? Cita la línea de cada una.

Letter 1 (dated Jan 9):
Dear Ms. Okafor, We have reviewed the request for Applied Behavior Analysis services (CPT 97153, 97155) for Tobi Okafor submitted by Brightpath Behavioral. Based on the information provided, the requested services do not meet medical necessity criteria under Crestline Clinical Policy BH-214. The treatment plan submitted does not include standardized assessment scores from the past 6 months. Additionally, the requested intensity of 30 hours per week exceeds what is typically authorized for a member of this age without documentation of prior lower-intensity intervention. Please note that Brightpath Behavioral is not currently contracted with your plan's behavioral health network administrator.

Letter 2 (dated Feb 2, after our appeal):
Dear Ms. Okafor, Your first-level appeal has been reviewed by a board-certified psychiatrist. The denial is upheld. While updated VB-MAPP scores were received, the reviewer noted that goals in the treatment plan are not measurable as written and that parent training hours are not specified. The reviewer also noted that the member attends a full-day school program, and services during school hours are the responsibility of the educational system. You may request an external review within 120 days of this notice."""),
    ("tri-c8ed5e6fbc89", "es", "", "un brindis de boda de 2 minutos para mi hermana Sanne y su marido Bram — se conocieron en un rocódromo"),
    ("tri-e60de7970cc7", "pt", "", "Encurta esse tweet pra menos de 280 caracteres sem perder o link: 'Estamos incrivelmente animados e orgulhosos de anunciar que depois de meses e meses de trabalho duro da nossa equipe incrível o nosso novíssimo app finalmente está disponível para download em aparelhos iOS e Android, deem uma olhada em https://example.com/app e contem pra gente o que acharam!!'"),
    ("tri-70b591c5871e", "pt", "Microsserviço de conversão de unidades. Responde apenas com o número, arredondado a 1 casa decimal.", "68 pol -> cm"),
    ("tri-effd8a54ab3c", "es", "", "necesito ideas de nombre para un neobanco pensado para trabajadores de plataformas y repartidores. 15 opciones, cortas, y a ser posible que tengan el .com libre"),
    ("tri-99e1766e59c7", "es", "Ayudas a una organización sin fines de lucro de defensa de pacientes a planificar contenido. Sugiere enfoques, no artículos terminados.", "Queremos una serie de 10 entradas de blog para personas que enfrentan rechazos de reclamaciones de seguro médico en EE. UU. Danos enfoques/títulos que vayan más allá de lo típico de 'cómo escribir una carta de apelación': situaciones reales en las que la gente se queda atorada."),
    ("tri-d4bb40bf1da3", "pt", "", "um colega vive apresentando meu trabalho como se fosse dele nas demos da sprint e meu gestor não percebe. como eu lido com isso sem virar um drama?"),
    ("tri-b560a7f55114", "pt", "", """a minha sogra indonésia faz 70 anos na próxima semana. escrevi este poemazinho, consegues passá-lo para indonésio mas mantendo as rimas e a doçura, sem ficar rígido como o google tradutor?

Ensinaste os filhos a cozinhar e a rezar,
a rir quando o céu começava a acinzentar;
setenta anos de porta escancarada,
é graças a ti que a nossa casa é tão aconchegada."""),
    ("tri-c0ef36c522cd", "es", "", "Mi hija está en octavo grado y tiene que presentar un proyecto para la feria de ciencias en marzo, y prácticamente no tenemos presupuesto. Le encantan los animales y cocinar, y odia todo lo que tenga que ver con electricidad. ¿Me puedes tirar un montón de ideas que solo necesiten cosas de la cocina o de una tienda de todo a un dólar y que de verdad pongan algo a prueba (no solo hacer un póster)?"),
    ("tri-90544d001447", "es", "", "¿qué significa NPS y cómo se calcula?"),
    ("tri-734b0ffd29a8", "pt", "", "pela programação '9h keynote, 10h30 intervalo, 11h painéis' que horas é o intervalo"),
    ("tri-219040d00dc8", "pt", "", """consegues transformar esta entrada do meu caderno de laboratório num resumo de 3-4 frases em estilo abstract para os slides da reunião de grupo?

2024-05-14. Repeated Suzuki coupling of 4-bromoanisole + phenylboronic acid with the new Pd-NHC precatalyst (0.5 mol%), K2CO3, EtOH/H2O 3:1, 60 °C. Run 1: 94% isolated after 2 h. Run 2 with 0.1 mol% cat: 88%, 4 h. Run 3 in air (no degassing): 91%, so air tolerant. Tried 4-chloroanisole: only 23% after 24 h, aryl chlorides still a problem. Catalyst recovered by filtration? No, homogeneous, forget it. Next: try higher T for chlorides, maybe 80 °C."""),
    ("tri-a7341dcf559c", "es", "", """¿alguien me hace un resumen de esto? el jueves no estuve

#build-infra
mika: las builds nocturnas de consola ya tardan 3h40, en enero eran 2h10
arjun: la caché de shaders no se reutiliza entre agentes, cada agente la reconstruye desde cero
lea: ¿y si ponemos una caché local por agente y la precalentamos con la última build en verde?
arjun: eso funciona, en mi prueba ahorra unos 25 min por build
mika: vale, hagamos eso. arjun se encarga, objetivo final del próximo sprint
lea: yo subo los discos de los agentes a 2TB para que quepa la caché, ticket INFRA-882
mika: 👍"""),
    ("tri-c431141a456f", "es", "", "Practiquemos una negociación. Tú eres el director de compras de una automotriz alemana; yo soy el gerente de cuenta de un proveedor de arneses de cableado que intenta sacar adelante un aumento de precio del 7% porque subió el cobre. Sé duro y no te salgas del personaje. Abro yo: 'Gracias por hacerse un tiempo, Herr Vogel. Voy a ser directo sobre por qué pedí esta reunión.'"),
    ("tri-1a2df6e4c49e", "pt", "", "isso aqui é de graça ou eu pago por mensagem"),
    ("tri-5e255a65e551", "pt", "", "obrigado, a legenda ficou perfeita 🙌"),
    ("tri-9aaf78f37c29", "es", "", "¿quién puede ver lo que escribo aquí? ¿al admin de sistemas de mi empresa le llega una copia?"),
    ("tri-be2df92532c9", "es", "Tavernly, un asistente para directores de juego. Escribe solo texto dentro del mundo; nunca menciones reglas, estadísticas ni dados.", "cartel de se busca para un mediano que se robó el ganso premiado del barón. que sea gracioso, ~100 palabras"),
    ("tri-f36c5c3fe48a", "pt", "Responda somente com base no trecho. Se a informação não estiver no trecho, responda 'não informado'.", "Trecho: A clínica funciona das 8:00 às 19:00 nos dias úteis. P: abre domingo?"),
    ("tri-17857953f912", "pt", "Contexto: apoias a equipa de Envolvimento Comunitário da Câmara Municipal de Brightwater (fictícia). Usa os excertos recuperados quando forem relevantes e cita-os como [n]; também podes propor ideias que vão além deles.", """[1] Parque Harlan Fields (4,2 ha), inquérito de afluência 2024: as visitas em dias úteis tiveram uma média de 310, menos 22% do que em 2019. 61% dos visitantes andavam a passear cães; os menores de 18 anos eram 6%.
[2] Painel de moradores, março: 'Não há nada para fazer lá depois das 16h no inverno', 'as casas de banho estão fechadas desde a pandemia', 'sente-se insegurança perto do antigo campo de bowls'.
[3] O clube de bowls foi dissolvido em 2022; o pavilhão (80 m2, cozinha, sem aquecimento) é propriedade da câmara e está sem uso.
[4] Orçamento de investimento para parques 2025/26: £140k disponíveis para todos os espaços; o teto da candidatura de Harlan Fields é de £35k. O orçamento corrente está congelado.
[5] Grupos locais que já pediram espaço: Brightwater Chess Club, um coro da comunidade ucraniana, duas equipas de futebol juvenil, o banco alimentar Open Hands.

Pergunta do técnico de parques: consegues propor uma lista alargada de formas de trazer mais gente ao Harlan Fields, sobretudo adolescentes e quem lá vai ao fim do dia? Mistura ganhos rápidos com apostas maiores e indica mais ou menos o que cada uma precisaria dos £35k."""),
    ("tri-8bafd59ea090", "es", "", 'acórtame esto para que quepa en un banner de la app: "No se ha podido realizar tu transferencia programada porque el saldo disponible en la cuenta de origen no era suficiente."'),
    ("tri-2d4ceff58c12", "es", "Eres un coach de mejora de la calidad para clínicas ambulatorias. Genera ideas de cambio concretas y comprobables (listas para un ciclo PDSA), agrupadas por tema. Para cada idea, indica qué datos mostrarían si funcionó.", """Contexto: Southgate Community Health Center, atención primaria de adultos, 6 proveedores. Nuestra tasa de inasistencia ha sido del 23% en los últimos dos trimestres (la meta es 12%). Alrededor del 60% de los pacientes tienen Medicaid, muchos trabajan por hora y muchos dependen del autobús. Mandamos recordatorios por mensaje de texto 24 h antes (por ahora solo en inglés; ~30% de nuestros pacientes prefieren español y cada vez tenemos más pacientes que hablan dari). Las citas para pacientes nuevos tienen 5 semanas de espera. Las inasistencias son peores los lunes por la mañana y en los seguimientos de salud conductual. En recepción cuentan que mucha gente dice que se le "olvidó" o que "no pudo salir del trabajo". No podemos sobreagendar mucho más: los proveedores ya están quemados. ¿Qué podríamos probar?"""),
    ("tri-10c1aaf27e3d", "pt", "Você é um assistente prestativo para a equipe de engenharia de e-commerce da Marigold Market.", """nosso webhook orders/create começou a dar 500 hoje de manhã, só pra alguns pedidos. o que isso quer dizer?

```
[2025-06-11 09:42:17,201] ERROR in app: Exception on /webhooks/orders-create [POST]
Traceback (most recent call last):
  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line 1463, in wsgi_app
    response = self.full_dispatch_request()
  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line 872, in full_dispatch_request
    rv = self.handle_user_exception(e)
  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line 870, in full_dispatch_request
    rv = self.dispatch_request()
  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line 855, in dispatch_request
    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)
  File "/srv/app/webhooks.py", line 58, in orders_create
    label = build_label(payload)
  File "/srv/app/shipping.py", line 23, in build_label
    country = order["shipping_address"]["country_code"]
KeyError: 'shipping_address'
```
payload de um dos que falharam (resumido):
{"id": 5550012, "email": "j.ortiz@example.com", "line_items": [{"title": "Gift card 50 EUR", "requires_shipping": false}], "billing_address": {"country_code": "ES"}}

a gente lançou vale-presente ontem, se isso fizer diferença"""),
    ("tri-c42872a298c6", "pt", "Responde com exatamente uma etiqueta.", "O meu cartão foi recusado no pagamento, mas mesmo assim cobraram-me."),
    ("tri-b312f77947dd", "es", "Redactas comunicaciones de seguridad para los clientes de Pipsqueak Toys.", """Vamos a retirar del mercado nuestro juguete de aros apilables porque un aro se puede agrietar y dejar un borde afilado. Reescribe el aviso de retirada de abajo en una versión para el folleto que va dentro de la caja y que leerán niños de 6 a 8 años junto a su padre o su madre. Tiene que conseguir que los niños dejen de verdad de jugar con él y se lo den a un adulto, sin asustarlos. Aviso: "Pipsqueak Toys retira del mercado Rainbow Stack (modelo RS-2) porque los aros pueden agrietarse y formar bordes afilados que suponen un riesgo de cortes. Deje de usar el producto de inmediato y póngase en contacto con nosotros para obtener el reembolso íntegro." """),
    ("tri-cce7c4ca8692", "es", "", "que es un contracargo y cuanto tiempo tiene normalmente un cliente para pedirlo"),
    ("tri-062fc630d64e", "pt", "", "Não sei com quem falar, então vou falar com você. Tô no 3º ano do ensino médio, faltam 2 meses pro ENEM e pro vestibular. Meus pais querem que eu preste Medicina porque meu primo é médico, mas eu sou muito ruim em Química, tirei só 5 no simulado. Eu gosto de desenhar e queria fazer design gráfico, mas toda vez que eu toco no assunto meu pai diz \"desenhinho não sustenta ninguém\". Toda noite eu estudo até 1, 2 da manhã, acordo com dor de cabeça e durmo em cima da carteira na aula. Sinto que tô decepcionando todo mundo. Teve dia que eu fiquei chorando no banheiro da escola sem coragem de contar pra ninguém. O que eu faço?"),
    ("tri-4beb562610b8", "pt", "", """isto é phishing?? recebi hoje de manhã, até parece legítimo

From: Microsoft 365 <no-reply@m365-secure-notice.example>
Subject: Action required: mailbox storage full
Your mailbox has exceeded 99% of its quota. Incoming messages will be rejected after 24 hours. Verify your account to receive 50GB free: http://m365-quota-upgrade.example/verify?u=ops
Microsoft Corporation"""),
    ("tri-c64cf9333c69", "es", "", "Me pidieron que diera el discurso de despedida en el funeral del Dr. Walter Ismay, que fue el médico de familia de nuestro pueblo durante 42 años. Él me trajo al mundo a mí y después a mis dos hijos. Algunas cosas que me ha contado la gente: siguió haciendo visitas a domicilio hasta bien entrados los años 90, llevaba caramelos de mantequilla en el saco para los niños después de las vacunas, una vez llevó a un paciente al hospital en su propia camioneta durante la tormenta de hielo del 96, nunca mandó a nadie a cobranza y se iba a pescar todos los domingos que no estaba de guardia. Por fuera era gruñón y odiaba que le hicieran alboroto. Su esposa June falleció en 2019; tiene un hijo, Paul, y tres nietos. Tenía 88 años. Tengo unos 5 minutos en la ceremonia en la iglesia First Methodist. ¿Me lo puedes escribir? No soy bueno para hablar en público, así que frases sencillas por favor."),
    ("tri-2359278695e2", "es", "", "¿cuántas veces se superponen la aguja de las horas y la de los minutos de un reloj en 24 h? ¿y por qué no son 24?"),
    ("tri-d101496031f3", "pt", "", "lembrete rápido para os professores: as notas finais precisam estar lançadas no Banner até sexta às 17h, sem prorrogação neste semestre"),
    ("tri-566a547f8d8d", "pt", "", """Podes traduzir para turco a cláusula do contrato de despachante aduaneiro abaixo? Os termos jurídicos têm de estar corretos; dá preferência aos equivalentes usados na legislação aduaneira turca.

"12.1 The Customs Broker shall act as the indirect representative of the Importer for the purposes of lodging customs declarations and shall be jointly and severally liable with the Importer for any customs debt arising therefrom. 12.2 The Importer shall indemnify the Customs Broker against any duties, taxes, penalties and interest assessed as a result of inaccurate or incomplete information supplied by the Importer, including but not limited to tariff classification, customs valuation and preferential origin. 12.3 Nothing in this clause shall relieve the Customs Broker of liability for its own negligence or wilful misconduct." """),
    ("tri-d7a4206dde0d", "es", "", "750 g por 4,20 o 1 kg por 5,40: ¿qué sale más barato por kilo?"),
    ("tri-78276aea4c0b", "es", "", "¿puedes ver imágenes si te mando una?"),
    ("tri-15eb828d230b", "pt", "", "Quais são os principais riscos jurídicos para uma startup que treina o próprio modelo com dados raspados da web na UE? Direitos autorais, GDPR, tem mais alguma coisa que eu esteja esquecendo?"),
    ("tri-cbbe8c0d5b4e", "pt", "", """Revisão de segurança, por favor: este é o nosso endpoint Flask que recebe os webhooks de estado dos payouts do nosso fornecedor de pagamentos. Sê implacável.

```python
@app.route("/webhooks/payouts", methods=["POST"])
def payout_webhook():
    payload = request.get_json()
    sig = request.headers.get("X-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET.encode(), request.data, hashlib.sha256).hexdigest()
    if sig and sig != expected:
        return "bad signature", 401

    payout = Payout.query.get(payload["payout_id"])
    if payload["status"] == "paid":
        payout.status = "paid"
        payout.user.balance -= payout.amount
    elif payload["status"] == "failed":
        payout.status = "failed"
        payout.user.balance += Decimal(payload.get("refund_amount", payout.amount))
    db.session.commit()
    log.info("payout webhook %s", payload)
    return "ok", 200
```"""),
    ("tri-ae25cfcf0719", "pt", """És o Wayfarer, o assistente virtual da Brisa Travel, uma agência de viagens com escritórios no Porto e em Lisboa. Diretrizes:
- Sê simpático mas conciso. Responde na língua do cliente.
- Podes responder a perguntas gerais sobre viagens (destinos, fusos horários, clima típico, documentos em termos gerais) com base no teu próprio conhecimento.
- Para reservas, alterações e reembolsos, pede a referência da reserva e passa o cliente a um agente humano; nunca confirmes preços nem disponibilidade por tua conta.
- Nunca apresentes requisitos de visto ou requisitos sanitários de entrada como definitivos; acrescenta sempre que as regras mudam e indica a fonte oficial do governo.
- Não recomendes concorrentes. Não fales de comissões nem de contratos com fornecedores.
- Se o cliente estiver aborrecido, reconhece-o antes de responder.
- Despede-te com "Boa viagem!" apenas no fim de uma conversa.
Horário de atendimento: seg-sex 09:00-19:00, sáb 10:00-14:00 (hora de Lisboa).""", "olá! qual é a diferença horária entre lisboa e tóquio? preciso de ligar para um hotel de lá"),
    ("tri-21328817b538", "es", "", "Reescribe mi carta de motivación para entrar en Medicina de forma que cuente una historia convincente sobre por qué dejé la ingeniería; ahora mismo parece un currículum. Aquí la tienes: Estudié Ingeniería Mecánica en la universidad y trabajé cuatro años en un proveedor de automoción. Durante ese tiempo hice voluntariado en una unidad de cuidados paliativos los fines de semana. Hice cursos preparatorios de Medicina por las noches. Quiero ser médico porque quiero ayudar a la gente."),
    ("tri-dfd778a3b438", "es", "Eres un asistente de soporte a la decisión clínica para los farmacéuticos de piso del St. Aldric's Children's Hospital (ficticio). Muestra siempre los cálculos para que un farmacéutico pueda verificarlos y señala cualquier cosa que esté fuera de los rangos habituales.", "Niño de 14.6 kg, con indicación de amoxicilina 40 mg/kg/día dividida en 3 dosis. Tenemos suspensión oral de 250 mg/5 mL. ¿Volumen por dosis? Y si el médico en realidad se refería al esquema de dosis alta de 90 mg/kg/día, ¿cuál sería el volumen y superaría un tope de 1 g por dosis?"),
    ("tri-e10f39f2d857", "pt", "", """Esta é a seção de abertura da nossa candidatura ao Nordhaven Climate Adaptation Fund. Os avaliadores dão muito peso a 'clareza da necessidade' e 'inovação'. O texto está correto, mas sem graça. Reescreva de um jeito realmente convincente - pode reestruturar o argumento como achar melhor, mas não invente dados.

Our project is about flooding in the Lower Brenn valley. The valley has had floods in 2016, 2019, 2021 and 2023. In 2023 about 600 homes were affected. The current flood warning system uses river gauges that give around 3 hours of warning. We want to use soil moisture sensors in the upper catchment, which we think could give 8-12 hours of warning. We have worked with the regional water authority before and with the university. The farmers in the upper valley have said they are willing to host sensors. We will also train volunteers in the villages. The total budget is 1.4 million over three years."""),
    ("tri-92b6fbc81eb6", "es", "", "la caja mide 60x40x40 cm, ¿cuál es el peso volumétrico si el transportista usa 5000 como divisor?"),
    ("tri-f14b94337314", "es", "", "¿nombres para mi panadería de masa madre? está en una antigua estación de tren"),
    ("tri-124177f1da15", "pt", "", """Isso aqui leva ~40 minutos em 10M de linhas (o df está ordenado por account_id, booked_at). Vetoriza com pandas/numpy. Os resultados têm que ser IDÊNTICOS aos do loop, inclusive o que acontece nas linhas RESET e na troca de uma conta para outra, porque o financeiro concilia com a saída antiga. kind é um entre "TXN", "FEE", "INTEREST", "RESET". amount é NaN nas linhas RESET e pode ser 0.0 nas linhas FEE que foram isentadas. Estamos no pandas 2.2 e a máquina tem 64 GB de RAM, então memória não é a principal preocupação, tempo de execução é.

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
    ("tri-6d18c59f23dd", "pt", "", """API em Node 20, a memória cresce ~40MB/hora até o container ser morto ao fim de mais ou menos um dia. Tirei dois heap snapshots com 2h de intervalo e comparei-os. Topo da vista de comparação:

Constructor            # New   # Deleted  # Delta   Alloc. Size   Freed Size   Size Delta
(closure)              182k    3.1k       +179k     14.2 MB       0.2 MB       +14.0 MB
Object                 96k     1.2k       +94.8k    9.8 MB        0.1 MB       +9.7 MB
Timeout                61k     0.4k       +60.6k    7.3 MB        0.05 MB      +7.2 MB
(string)               40k     38k        +2k       4.1 MB        3.9 MB       +0.2 MB
Socket                 0.3k    0.3k       0         ...

Retainers de um dos objetos Timeout: Timeout -> _idlePrev in TimersList -> ... -> (closure) retryWithBackoff in src/lib/upstream.js:41 -> context in (closure) -> req in Object -> ...

upstream.js nessa zona:

async function retryWithBackoff(fn, req, attempt = 0) {
  try { return await fn(); }
  catch (e) {
    if (attempt >= 5) throw e;
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(retryWithBackoff(fn, req, attempt + 1)), 2 ** attempt * 100);
      req.on("close", () => clearTimeout(t));
    });
  }
}

Tráfego ~300 rps, o serviço de inventário a montante é instável (5-10% de erros). Encontra a(s) fuga(s) de memória e corrige-a(s); também desconfio que a própria lógica de retry esteja errada noutros aspetos."""),
    ("tri-c1dc0453eea9", "es", "", "¿Cuál es la diferencia entre un virus y una bacteria, en una frase?"),
    ("tri-b5f5cca40c86", "es", "Eres un asistente de redacción médica de la Unidad de Investigación Clínica del Ashgrove University Hospital. Requisito del comité de ética: los materiales de consentimiento deben tener un nivel de lectura de 8.º grado o inferior, sin minimizar los riesgos.", """Simplifica esta sección de nuestro formulario de consentimiento del ensayo para participantes con baja alfabetización. Tiene que seguir siendo médicamente precisa y no debe hacer que los riesgos parezcan menores de lo que son: el comité de ética rechazó la versión anterior justamente por eso. Donde simplificar haría perder algo importante, mantenlo y explícalo en lugar de quitarlo.

RIESGOS Y MOLESTIAS: La administración del producto en investigación (ATX-201) se realiza mediante inyección subcutánea una vez cada dos semanas. Las reacciones en el sitio de inyección, incluidos eritema, prurito e induración, se presentaron en aproximadamente el 30% de los participantes de estudios previos y fueron predominantemente leves y autolimitadas. Con menor frecuencia (1-5% de los participantes), se observaron elevaciones transitorias de las transaminasas hepáticas; por este motivo, la función hepática se controlará mediante venopunción en cada visita. Las reacciones de hipersensibilidad, incluida la anafilaxia, son posibles con cualquier agente biológico; se produjo un caso de anafilaxia entre 412 participantes de estudios previos. ATX-201 puede causar daño fetal; los participantes con capacidad de gestar deben usar dos métodos anticonceptivos durante todo el estudio y durante los 90 días posteriores a la última dosis. Puede haber riesgos que actualmente no se pueden prever."""),
    ("tri-bd8fdcacd05c", "pt", "", "Me dá os três pontos mais importantes destas notas de versão: a v2.4 adiciona SSO via SAML, corrige um crash ao exportar relatórios grandes, deprecia a API v1 (removida na v3.0) e melhora em 40% o tempo de carregamento do dashboard."),
    ("tri-23442d4ee487", "pt", "Ajudas a equipa de operações da Kelvane Waste Services a compreender documentos jurídicos e regulamentares. Não és advogado; assinala quando for preciso aconselhamento jurídico.", """ORDER (extract) - Regional Administrative Court, Case 4 K 1187/25
1. The Respondent (Kelvane Waste Services GmbH) shall, within 8 weeks of service of this order, submit to the Licensing Authority a revised noise management plan for its site at Industriestraße 40, including continuous noise monitoring at the eastern boundary.
2. Until the revised plan has been approved, operations involving the glass crusher shall be limited to 07:00-18:00 on working days.
3. Failure to comply with paragraph 1 within the time limit may result in a penalty payment of up to EUR 10,000 for each week of delay.
4. The costs of the proceedings are borne by the Respondent.
Order served on 3 February 2026.

O nosso plano: entregamos o plano de ruído a 20 de abril, quando o estudo acústico estiver concluído, e entretanto pomos o triturador de vidro a trabalhar das 06:00 às 20:00, mas a meia capacidade para fazer menos barulho. Assim estamos safos? Qual é a nossa exposição?"""),
    ("tri-ea95222118e6", "es", "", "Spam o no: '¡Enhorabuena! Has sido seleccionado para recibir una tarjeta regalo de Walmart de $1000. Haz clic ahora.'"),
    ("tri-ac2e6acb5b87", "es", "", "hazlo menos grosero porfa: 'ya te dijimos dos veces que el reembolso tarda 14 días, deja de mandarnos correos por eso'"),
    ("tri-d02cbc0c3777", "pt", "", "escreve uma mensagem curta de agradecimento para um cliente que indicou o cunhado para o nosso escritório de contabilidade tributária"),
    ("tri-91f8c9514191", "pt", "", """Documento de lore do cenário da nossa campanha de RPG de mesa (partilhado com os jogadores):

As Saltbound Reaches são uma cadeia de ilhas construídas sobre o dorso de leviatãs adormecidos. A cada 70 anos, um deles acorda e uma ilha afunda-se. A Guilda dos Cartógrafos prevê qual será lendo as marés; as previsões são vendidas, e os ricos mudam-se cedo. Os pobres ficam, porque a Guilda cobra pelas cartas náuticas e os capitães dos barcos de travessia cobram o que lhes apetece.

O próximo despertar está previsto para a primavera. A Guilda anunciou que será Lanternfall, a ilha dos pescadores, e já há pânico no porto. Mas uma aprendiz de cartógrafa, Ysolde Marr, encontrou um erro nas antigas tabelas de marés. Ela acredita que, afinal, será Greyhaven, onde a própria Guilda tem a sua sede.

Fações: a Guilda (secreta, rica), o Sindicato dos Barqueiros (gananciosos mas orgulhosos), os Pescadores de Lanternfall (teimosos, supersticiosos), os Guardiões das Marés (uma pequena ordem de monges que afirmam falar com os leviatãs).

Escreve um conto curto (800-1000 palavras) do ponto de vista da Ysolde, na noite em que ela se apercebe do erro. Atmosférico, a terminar numa decisão, não numa resolução."""),
    ("tri-922bc8203d88", "es", "Eres StoryNest, el generador de cuentos para dormir de la app infantil Lullo. Escribe entre 300 y 400 palabras, con un tono tierno y tranquilo, sin villanos ni peligros, en presente, y termina con el niño o la niña quedándose dormido. Usa el nombre y los intereses del perfil.", """nombre: Inès
edad: 5
le encantan: los caracoles, el color amarillo, la barquita de pesca del abuelo
idioma: español"""),
    ("tri-bf368dd098d3", "es", "", "git fetch vs git pull, ¿cuál es la diferencia en realidad? yo siempre hago pull nomás y a veces me crea un merge commit que no quería"),
    ("tri-77f925500917", "pt", "", "triagem da linha de enfermagem - classifique como EMERGENTE, URGENTE (no mesmo dia) ou ROTINA e dê uma linha de justificativa: \"oi, meu pai (81) colocou marcapasso na terça. desde hoje de manhã o braço esquerdo dele perto do corte tá bem inchado e quente e ele diz que fica sem ar andando até o banheiro. sem febre. ele pode só esperar a consulta de quinta?\""),
    ("tri-ac05b5884f3a", "pt", "", "python: como remover duplicados de uma lista mantendo a ordem"),
    ("tri-21bcf7a23b01", "es", "", "Tenemos 6 años de hojas de cálculo de ventas con nombres de columnas, monedas y formatos de fecha distintos. Propón un formato unificado, explica cómo resolver los conflictos y escribe las reglas de mapeo."),
    ("tri-7b1f7b23ab4a", "es", "Eres el generador de notas de CRM para el servicio al cliente de Lumio Mobile. Entrada: la transcripción de una llamada. Salida: JSON con las claves summary (máx. 2 oraciones) y next_step (una oración). Ninguna otra clave.", """AGENTE: Lumio Mobile, le atiende Keisha, ¿en qué le puedo ayudar?
CLIENTE: Hola, me cobraron 45 euros de roaming el mes pasado, pero solo estuve dos días en Suiza, pensé que el roaming estaba incluido.
AGENTE: Déjeme revisar. Bien, veo que su plan incluye roaming en la UE, pero Suiza no forma parte de la zona UE de su plan, así que esas sesiones de datos se cobraron con la tarifa internacional.
CLIENTE: Nadie me dijo eso. Ni siquiera me llegó un mensaje.
AGENTE: Lo siento mucho. Veo que el mensaje de bienvenida no se envió porque tiene desactivadas las notificaciones por SMS. De manera excepcional le puedo reembolsar la mitad, 22.50, y le agrego el Travel Pass para que la próxima vez le salga más barato.
CLIENTE: ¿La mitad? Bueno, está bien, y sí, agrégueme el pase.
AGENTE: Listo. El crédito va a aparecer en su próxima factura. ¿Algo más?
CLIENTE: No, gracias."""),
    ("tri-fa4a6ccafc55", "pt", "Você traduz os comunicados da Maple Grove Elementary do português para o espanhol, para as famílias. Use um registro acolhedor e simples (usted), mantenha datas e horários no mesmo formato e não acrescente nem tire nada.", """Queridas famílias,
O dia da foto será na próxima quinta-feira, 10 de outubro. Os formulários de pedido foram enviados hoje nas mochilas e devem ser devolvidos até terça-feira. Os alunos podem trazer um pente, mas, por favor, nada de bonés.
Lembrete: nesta sexta-feira a saída será antecipada, às 12:30, por causa da formação de professores. O programa de contraturno funcionará normalmente.
Obrigada pelo apoio!
Sra. Patterson, Diretora"""),
    ("tri-18ed5450da58", "pt", "", "um aluno teve 68/90 no teste intermédio. quanto é isso em percentagem e em nota de 0 a 10?"),
    ("tri-51f66b4c2f7a", "es", "", "resume en 10 palabras: «A partir del lunes el restaurante abre también a mediodía, menú del día a 15 euros, cerrado el domingo por la noche.»"),
    ("tri-a077008afcc9", "es", "", "ticket de mantenimiento, ¿baja/media/alta? 'el analizador de gases en sangre de urgencias sigue tirando falla de calibración, estamos subiendo las muestras a pie al laboratorio'"),
    ("tri-43fe6486cb3c", "pt", "Você é um assistente de insights para o time de pesquisa de UX da Quillfare (um serviço de assinatura de kits de refeição). Os stakeholders colam transcrições brutas.", """Focus group 3 (lapsed subscribers), partial transcript:

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

Extraia as objeções a continuar com a assinatura, incluindo as que os participantes só insinuam, e ordene-as pela probabilidade de se aplicarem à nossa base de ex-assinantes como um todo. Deixe explícito quais são inferidas e quais foram ditas com todas as letras."""),
    ("tri-6cbdab65f9d6", "pt", "", """quebra as linhas deste corpo de commit aos 72 caracteres, sem mudar nenhuma palavra:

Move invoice PDF rendering off the request thread into the export worker queue so large invoices no longer time out the API gateway; the endpoint now returns 202 with a job id and the client polls /exports/{id} until the file is ready."""),
]
