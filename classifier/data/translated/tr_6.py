"""Training-only translations of hand-written English training prompts (chunk 6: Russian, Ukrainian, Swedish)."""
T = [
    ("tri-6eb27bad8628", "ru", "", "что на самом деле говорят исследования про домашку в начальной школе — от неё вообще есть толк?"),
    ("tri-1d0383d87585", "uk", "Ти — LegalEase, юридичний словничок простою мовою для орендарів житла.", "що таке строк позовної давності"),
    ("tri-2451731847d4", "sv", "", "LTV när det gäller bolån betyder...?"),
    ("tri-d99229e8b3a1", "ru", "Ты — Wanderly, дружелюбный помощник для путешественников.", "сколько положено компенсации по EU261 за задержку на 4 часа на рейсе 2000 км внутри ЕС?"),
    ("tri-0f2a77389c55", "uk", "", """Після завантаження даних минулого тижня цей запит замість 200 мс виконується 14 с, і я не розумію чому — індекс же є. Postgres 15. Що відбувається і як це виправити нормально (а не просто «додайте індекс»)?

SELECT c.id, c.name, sum(i.amount_cents) AS overdue
FROM customers c
JOIN invoices i ON i.customer_id = c.id
WHERE i.status = 'open' AND i.due_date < now() - interval '30 days' AND c.region = 'EMEA'
GROUP BY c.id, c.name
ORDER BY overdue DESC
LIMIT 50;

 Limit  (cost=412.33..412.45 rows=50 width=48) (actual time=14021.772..14021.790 rows=50 loops=1)
   ->  Sort  (cost=412.33..412.40 rows=28 width=48) (actual time=14021.770..14021.781 rows=50 loops=1)
         Sort Key: (sum(i.amount_cents)) DESC
         ->  GroupAggregate  (cost=411.20..411.66 rows=28 width=48) (actual time=13890.102..14018.455 rows=9312 loops=1)
               ->  Nested Loop  (cost=0.86..411.10 rows=28 width=24) (actual time=0.071..13801.330 rows=412877 loops=1)
                     ->  Index Scan using customers_region_idx on customers c  (cost=0.43..52.10 rows=41 width=20) (actual time=0.031..61.207 rows=38911 loops=1)
                           Index Cond: (region = 'EMEA'::text)
                     ->  Index Scan using invoices_customer_id_idx on invoices i  (cost=0.43..8.75 rows=1 width=12) (actual time=0.110..0.351 rows=11 loops=38911)
                           Index Cond: (customer_id = c.id)
                           Filter: ((status = 'open'::text) AND (due_date < (now() - '30 days'::interval)))
                           Rows Removed by Filter: 86
 Planning Time: 0.412 ms
 Execution Time: 14022.105 ms

Під час завантаження додалося ~35 тис. клієнтів з EMEA (ми купили дистриб'ютора) і приблизно 3,4 млн рахунків. autovacuum увімкнений з налаштуваннями за замовчуванням."""),
    ("tri-82d0cfc2c7bc", "sv", "Mappa kortköpets transaktionstext till exakt en budgetkategori av: Livsmedel, Restaurang & café, Transport, Shopping, Räkningar & boende, Nöje, Hälsa, Överföringar, Kontanter, Övrigt. Svara endast med kategorin.", "WILLYS HEMMA*ONLINE STHLM SE 386,00"),
    ("tri-624b64ab2c32", "ru", "Ты — руководитель французской локализации в Gobbleworth Games. Реплики показываются в облачках, не длиннее 90 символов.", '''Локализуй эти реплики для французского релиза. Персонаж — Мистер Огурчик (Mister Pickle), ворчливый говорящий маринованный огурец, который сыплет каламбурами про еду. Не переводи каламбуры дословно — подбери французские аналоги, которые реально смешные и в характере персонажа, каждая реплика не длиннее 90 символов. Покажи французский вариант и коротко объясни каждый каламбур.

1. "Well, this is a big dill."
2. "I relish the opportunity to disappoint you."
3. "Lettuce not fight. Actually, lettuce fight."
4. "You're in a bit of a pickle. Trust me, I'd know."
5. "Don't go bacon my heart."'''),

    ("tri-f4f5981f209e", "uk", "", "Ви зберігаєте мої чати? типу це десь зберігається чи використовується для навчання"),
    ("tri-12317dc17192", "sv", "", "vilka antaganden är inbakade här som jag borde stresstesta? plocka ut dem och säg vilka som ser aggressiva ut: FY26-plan, intäkter 18,4m -> 26,1m (+42%) från 3 nya enterprise-kunder med snitt-ACV 1,2m, NRR 128%, AEs 9 -> 16 med 3 månaders ramp-up, bruttomarginal 64% -> 71% tack vare omförhandlat hostingavtal, churn oförändrad på 6%"),
    ("tri-2963296bf7bd", "ru", "", "напиши bash-скрипт деплоя для наших 3 VM с приложением за haproxy: blue/green на каждой VM, переключение бэкенда haproxy через сокет runtime API, опрос /ready до 60 с, и автоматический откат ВСЕХ VM, если упала хотя бы одна. ubuntu 22.04, приложение крутится как systemd-юнит ledgerly-api@blue / ledgerly-api@green"),
    ("tri-d15bd552c514", "uk", "", "Порожнє торгове приміщення на першому поверсі в будинку змішаного призначення, 140 м2, зверху квартири, і мешканці вже скаржилися на шум від попереднього орендаря (спортзалу). Які орендарі чи формати могли б тут спрацювати? Давай якомога ширше, наступного тижня презентую варіанти власнику."),
    ("tri-44a2bf77828a", "sv", "", "vilket språk är det här? grannen satte upp en lapp på min dörr: 'Salamat po sa pag-abot ng package namin kahapon'"),
    ("tri-d29055a8ab1b", "ru", "", "регулярка для артикулов вида AB-1234-X или AB-12345 (две заглавные буквы, дефис, 4 или 5 цифр, опционально дефис + одна буква)"),
    ("tri-2dee233affa1", "uk", "", "чому авіакомпанії продають більше квитків, ніж є місць, і як вони вирішують, скільки зайвих місць продати?"),
    ("tri-a49a10b4e795", "sv", "", "hur säger man 'återbetalning' på koreanska"),
    ("tri-7d8c63807eda", "ru", "", """слушай, можешь сакратить это письмо от hr до типа 3 пунктов для моей команды, а то они его не прочитают

Тема: Изменения в политике по командировкам и расходам — вступают в силу с 1 февраля

Уважаемые коллеги! По итогам ежегодного пересмотра политик мы вносим следующие изменения в Политику по командировкам и расходам. Лимиты на проживание в гостиницах обновлены для 12 городов, полный список — в интранете; для большинства европейских столиц лимит вырастет на 10–15%. Эконом-класс остаётся стандартом для всех перелётов продолжительностью до 6 часов; на рейсы дольше 6 часов теперь можно бронировать премиум-эконом с согласия непосредственного руководителя. Суточные на питание не меняются. Чеки теперь нужно загружать в систему учёта расходов в течение 30 дней с даты расхода (раньше — 60 дней); для заявок, поданных позже 30 дней, потребуется одобрение директора. Поездки на личном автомобиле будут компенсироваться по новой ставке 0,32 за км. С вопросами обращайтесь в службу поддержки финансового отдела. С уважением, People Operations"""),
    ("tri-2a8240ab4862", "uk", "", """Я веду бухгалтерію для чотирьох невеликих клієнтів, і мені вже набридло вручну передруковувати банківські виписки. Нижче — приклади рядків від трьох банків. Спроєктуй одну уніфіковану схему таблиці (назви колонок, типи, конвенція знаків, як обробляти pending vs posted і поточний залишок), у яку можна змапити всі три, і покажи, як кожен приклад рядка в неї лягає.

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
    ("tri-4630706f2f97", "sv", "", """Någon minifierade det här för hand för flera år sedan och nu är det jag som ska underhålla det. Kan du ge varje variabel och parameter ett läsbart namn och formatera det snyggt? Ändra INTE vad koden gör, den räknar ut varukorgens totalsumma i vår webbshop.

function c(a, b, d) {
  let e = 0, f = [];
  for (const g of a) {
    const h = b[g.s];
    if (!h) { f.push(g.s); continue; }
    let i = h.p * g.q;
    if (h.d && g.q >= h.d.m) i -= i * h.d.r;
    e += i;
  }
  if (d && e >= d.t) e -= d.v;
  return { t: Math.round(e * 100) / 100, m: f };
}

som kontext: a är varukorgsraderna ({s: sku, q: antal}), b är katalogen med sku som nyckel ({p: pris, d: valfri mängdrabatt {m: minsta antal, r: rabattsats}}), d är en valfri rabattkod ({t: tröskelvärde, v: värde}). Returvärdet är totalsumman och listan med sku:er som inte hittades i katalogen."""),
    ("tri-296c504c8c68", "ru", "", """Сделай обратный перевод китайского текста от агентства на английский и скажи, где смысл уехал от нашего исходника и не создаёт ли что-то из этого регуляторную проблему для заявления об экономии энергии.

Исходник: "Our smart thermostat learns your schedule and lowers the heating when you're away, cutting energy bills by up to 20%."
Агентство: "我们的智能恒温器会学习您的日程，在您外出时关闭暖气，让您的能源账单减少20%。\""""),
    ("tri-d356fc2b9ffb", "uk", "", """нижче нотатки з exit-інтерв'ю (Прія, senior recruiter, 4 роки в компанії). вона була дуже дипломатична, тож прямо нічого не сказано. можеш витягнути реальні проблеми, на які вона натякає? процитуй рядок, з якого береться кожна.

- «За останні два роки я багато чого навчилася про те, як робити більше меншими силами».
- Сказала, що перехід на нову ATS був «справжнім випробуванням терпіння для всіх», особливо враховуючи, що «ті, хто її обирав, ніколи не мусили нею користуватися».
- Згадала, що «дуже хотіла б працювати там, де фідбек від hiring manager приходить раніше, ніж кандидат приймає іншу пропозицію».
- Про свого менеджера: «Ден чудово представляє нас перед керівництвом. А в щоденній роботі ми здебільшого розбираємося самі між собою».
- Про підвищення: «Я розумію, що з таймінгом просто не склалося, три цикли поспіль».
- Іде на позицію, де є «чіткіше розуміння того, як виглядає успіх».
- Сказала, що порекомендувала б компанію друзям «на відповідну роль»."""),
    ("tri-46fc29e7c48d", "sv", "", """Ur vårt lager- och transportavtal med Brenner Logistik:

7.2 The Contractor is liable for loss of or damage to goods from the moment they are accepted at the Contractor's premises or collected by the Contractor's vehicle until delivery to the consignee.
7.3 Goods held at a port terminal awaiting customs clearance remain in the custody of the terminal operator; the Contractor's liability is suspended during such period unless the delay in clearance is attributable to the Contractor.
7.4 The Contractor shall notify the Client within 24 hours of becoming aware of any event likely to cause delay, including missing or incorrect documents.
9.1 The Client is responsible for providing complete and correct customs documentation at least 48 hours before vessel arrival.
11.3 Demurrage and detention charges incurred due to the Client's failure to provide documents are for the Client's account.

Situationen: containern MSKU 448120-3 stod på Hamburg CTA i 9 dagar eftersom handelsfakturan vi skickade hade fel HS-nummer. Brenner märkte det dag 2 men sa till oss först dag 6. Under väntan gick ett reeferuttag sönder på terminalen och en del av lasten (kyld ost) skadades.

Enligt det här avtalet, vem står för skadan på lasten och vem betalar demurrage? Gå igenom det klausul för klausul."""),
    ("tri-8e7344a3056e", "ru", "Ты — CodeHelper, ассистент, встроенный в плагин Kestrel IDE. Сначала код, потом не больше двух предложений пояснения. Никогда не здоровайся.", """перепиши это в dict comprehension и выкинь записи, где значение None

out = {}
for row in rows:
    if row.get("sku") is not None:
        out[row["sku"]] = row.get("price")"""),
    ("tri-23c2eabdba58", "uk", "Асистент грантового відділу Halloway Institute for Coastal Research. До анотації, яку надсилає користувач, запропонуй 10 питань для подальших досліджень, різних за методом (польові, лабораторні, моделювання, соціальні науки) і за масштабом. По одному рядку на кожне.", """Анотація: Ми спостерігали за луками морської трави (Zostera marina) на 14 ділянках уздовж естуарію Карроу у 2019–2024 роках за допомогою зйомки з дронів і водолазних трансект. Загальна площа лук скоротилася на 23%, причому втрати зосереджені поблизу двох марин і випуску стічних вод. На ділянках із вищою щільністю стоянок човнів виявлено кругові плями розмиву, характерні для ланцюгових швартовок. Дві ділянки частково відновилися після встановлення сучасних систем швартування у 2022 році. Навантаження епіфітів корелювало з літніми піками азоту, а щільність пагонів на ділянках біля випуску впала майже вдвічі після аварійних переливів зливової каналізації у 2021 році. Ми обговорюємо наслідки для регулювання швартування та управління біогенними речовинами."""),
    ("tri-6b4dcafd58e7", "sv", "", """Vi avslutar ett 9-årigt samarbete med en av våra förpackningsleverantörer (Thornbury Packaging) eftersom en konkurrent offererade 20 % lägre. Jag har skrivit mejlet nedan och det låter kallt och lite anklagande. Skriv om det så att relationen bevaras – vi kan behöva dem igen – men så att det är helt otvetydigt att avtalet upphör, och utan att det står något som de kan använda mot oss i tvisten om de två senaste fakturorna (vi bestrider dem på grund av försenade leveranser i augusti).

Dear Frank,
We have decided not to renew our agreement with Thornbury when it expires on 31 December. Frankly the price difference with other suppliers has become too big and the late deliveries in August were unacceptable and caused us problems with our biggest retail customer. We will not pay invoices 8841 and 8842 until this is resolved. Please make sure all open orders are delivered before the end of the contract.
Regards,
Helen Cartwright, Head of Procurement"""),
    ("tri-e802b8d86d89", "ru", "", """Вот письмо, которое мы получили сегодня утром:

«Здравствуйте. 3 октября я оставила у вас часы мужа, чтобы поменять батарейку. Это золотые Rotary 1970-х годов с гравировкой на задней крышке: "R & J 1974". Он умер в августе, и это единственная его вещь, которую я ношу каждый день. Ваша коллега сказала, что они будут готовы через неделю. С тех пор я приходила трижды, и каждый раз мне говорят, что их "ищут". Сегодня молодой человек сказал, что их, возможно, "положили не в тот пакет". Я очень стараюсь быть терпеливой, но, мне кажется, вы не понимаете, что значат для меня эти часы. Я хотела бы честно знать: вы их потеряли? Джин Морроу»

Мы их потеряли. Дважды обыскали всю мастерскую. Я владелец. Хочу ответить ей сам, сегодня же. Честно сказать, что часы потеряны, искренне извиниться, никаких шаблонов, и я хочу предложить встретиться лично. Мы продолжим искать и заплатим столько, сколько она сочтёт справедливым, но я понимаю, что дело не в деньгах."""),
    ("tri-0a18fac129f0", "uk", "", "вичитай будь ласка цю табличку для нашої зали очікування: 'Пацієнти з записом повині зареєструватися хочаб за 15 хвилин до призначиного часу, інакше вам можливо доведеться перезаписуватися. Дякуємо за ваше терпіня.'"),
    ("tri-6e57ed6b5021", "sv", "", "Skriv om den här statusuppdateringen i dåtid, den ska in i projektarkivet: Vi migrerar faktureringsdatabasen till det nya klustret. Teamet testar failover-skripten och ekonomiavdelningen går igenom avstämningsrapporterna. Vi räknar inte med något avbrott för kunderna."),
    ("tri-da7367cb0101", "ru", "", """В субботу веду свою первую сессию D&D для 4 друзей, которые ни разу не играли. Можешь написать вступительный текст, который я зачитаю вслух, минуты на 2?

Сеттинг: туманный речной городок Лоумарш, построенный на сваях. Три ночи назад пропал городской фонарщик, и все фонари разом погасли. С тех пор что-то ворует рыболовные сети, а прошлой ночью одна девочка клялась, что видела высокую фигуру, идущую по воде.

Партия — незнакомцы, которые приплыли на одном пароме, каждый по своей причине: дварф-жрец, тифлинг-бард, полуэльф-следопыт и гном-волшебник. Закончи на том, что паром стукается о причал, а к ним, запыхавшись, бежит мэр. Жутковато, но не слишком страшно — одному из игроков 12."""),
    ("tri-642be047535c", "uk", "", "як турецькою буде «передано кур'єру для доставки» і «була спроба доставки»? це для наших шаблонів смс"),
    ("tri-2e3b7b8d1d92", "sv", "", """checkar ut från Harbourview-hotellet 8:15 imorgon, flyget går 10:40 från T2, bara handbagage. hinner jag? info från hotellets + flygplatsens sajter:

Hotel shuttle to airport: departs :00 and :30 past each hour, 6:00-22:00; journey to T1 approx 35 min, T2 a further 10 min via the inter-terminal loop.
Airport guidance: check-in/bag drop closes 45 min before departure; boarding gate closes 20 min before departure; allow 30-40 min for security at T2 in the morning peak (06:00-10:00).
Taxi rank at hotel: approx 30 min to any terminal, fixed fare 48; at weekday rush hour (07:30-09:30) allow up to 50 min.
T2 notice: fast-track security is available for 7 per person, typically under 10 min, bookable up to 2 hours in advance online."""),
    ("tri-54b3a2508083", "ru", "", "названия для фургона-груминга для собак? каламбуры приветствуются 🐶"),
    ("tri-d4a856280399", "uk", "", "99,95% аптайму на місяць, місяць 30 днів: скільки хвилин простою це дозволяє?"),
    ("tri-1c977ea8ae24", "sv", "", """plocka ut skadenummer, behandlingsdatum, fakturerat belopp och vad jag ska betala från den här EOB:n

EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: Dana Whitcombe   ID: QHX448201907
Claim #: 2024-11-0873314   Provider: Lakeshore Orthopedic Assoc.
Date(s) of service: 10/14/2024
Billed: $1,284.00   Plan discount: -$702.16   Plan paid: $465.47
Your responsibility: $116.37 (coinsurance 20%)
Questions? Call 1-800-555-0142"""),
    ("tri-37b0012d8f4f", "ru", "", """сделайте, пожалуйста, least-privilege ревью IAM-настроек транскодера. он читает сырые загрузки, пишет рендишены, забирает задания из SQS. есть ощущение, что тут всё открыто слишком широко, но не могу точно сказать, что сможет сделать атакующий, который захватит контейнер транскодера.

resource "aws_iam_role_policy" "transcoder" {
  role = aws_iam_role.transcoder.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:*"], Resource = "*" },
      { Effect = "Allow", Action = ["sqs:*"], Resource = aws_sqs_queue.jobs.arn },
      { Effect = "Allow", Action = ["iam:PassRole"], Resource = "*" },
      { Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = "*" }
    ]
  })
}

resource "aws_s3_bucket_policy" "masters" {
  bucket = aws_s3_bucket.masters.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject"]
      Resource  = "${aws_s3_bucket.masters.arn}/*"
      Condition = { StringLike = { "aws:Referer" = ["https://*.lanternfish.tv/*"] } }
    }]
  })
}"""),
    ("tri-7954428a26e5", "uk", "Ти допомагаєш мешканцям округу Марлоу розібратися в офіційних повідомленнях округу. Відповідай коротко і використовуй марковані списки.", """PUBLIC NOTICE - The Marlow County Department of Planning invites comments on the draft Eastside Neighborhood Plan. The plan proposes rezoning 14 parcels along Route 9 from light industrial to mixed use, a new 1.2-mile protected bike lane on Cedar Avenue, and a requirement that new residential developments of 20 or more units include at least 15% affordable housing. The draft plan is available at the county library and online. Written comments will be accepted until 5:00 p.m. on June 30. A public hearing will be held on July 8 at 6:30 p.m. in the County Administration Building, Room 201. Spanish interpretation will be available on request.

що це означає для мене, коротко по пунктах плз"""),
    ("tri-99d7acad2419", "sv", "", "vad betyder idempotent, förklara på vanlig svenska tack"),
    ("tri-0f0af086ef06", "ru", "", "вопрос по гаче: шанс легендарки 0.6% за крутку, хард-пити гарантирует её на 90-й крутке. у меня сейчас 50 пити. какой шанс, что она выпадет в следующие 30 круток?"),
    ("tri-82696a89e42c", "uk", "", "яка насправді різниця між Cpk і Ppk? наш QE постійно вживає їх як синоніми"),
    ("tri-4065b746098d", "sv", "", "tack, det löste problemet 🙏"),
    ("tri-ad56c239a618", "ru", "", """вкратце, что в этих отзывах? думаю перевести детей к этому педиатру

★★★★★ Доктор Амади прекрасно ладит с моей тревожной шестилеткой. Никуда не спешила, ни разу не поторопила.
★★☆☆☆ В регистратуре ДВАЖДЫ потеряли данные нашей страховки. Врач нормальный, но со счетами бардак.
★★★★☆ Если ребёнок заболел, легко попасть на приём в тот же день, это супер. В зале ожидания бывает хаос.
★☆☆☆☆ Пришёл неожиданный счёт за «скрининг развития», о котором нам никто не сказал.
★★★★★ Медсёстры добрые, помнят, как зовут моего сына. На сообщения в портале отвечают в течение дня."""),
    ("tri-59556c1c6ab3", "uk", "", """Нижче три колонки про запропонований платний в'їзд (congestion charge) у нашому місті. Коротко перекажи аргументи кожної у кількох рядках, потім скажи, яка позиція найкраще підкріплена доказами і де в кожної найслабше місце. Це для брифінгу міській раді, тож будь неупередженим, але таки дійди висновку.

(A) "Charge the cars, free the streets" - Dr. Anneliese Borg, transport economist: Cities that introduced congestion charges saw traffic fall 15-30% in the charged zone within a year. Revenue ring-fenced for buses improves service for the lower-income residents who drive least. Retail fears are overstated: footfall in comparable cities recovered within 18 months.
(B) "A tax on the people who can least avoid it" - Gary Thornbury, chair of the Small Traders Association: Tradespeople and carers can't switch to the bus. The charge is flat, so it hits a plumber's van the same as a luxury SUV. Our survey of 300 members found 61% would consider relocating outside the zone.
(C) "Fix the buses first" - Councillor Mina Qureshi: I support the aim but the sequencing is wrong. Our bus network lost 20% of routes since 2019; charging drivers before alternatives exist will punish outer estates. Introduce the charge only after the new bus lanes open in 2027."""),
    ("tri-3377c07fd0f8", "sv", "", "skriv en novell (~800 ord) om en farmaceut som jobbar nattpass på ett dygnet runt-öppet apotek i en småstad, och den enda kunden som kommer in kl. 3 varje torsdagsnatt. stillsam, lite melankolisk, ingen stor twist"),
    ("tri-304eb4440368", "ru", "Ты переводишь push-уведомления банковского приложения с русского на корейский. Выводи только перевод.", "Ваш перевод на $250 для Мин-джи Пак запланирован на пятницу."),
    ("tri-d529810f3555", "uk", "", """Іноді кандидатів записують двічі на один і той самий слот співбесіди. Рідко, але цього місяця сталося 3 рази, і завжди тоді, коли два рекрутери бронюють майже в один момент. Node + Postgres (pg). Що відбувається і як це виправити як слід?

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
    ("tri-9f94e54ba281", "sv", "", "rätta grammatiken: 'varorna har skickat igår och kommer nådde dig på måndag, ursäkta för besvärligt'"),
    ("tri-cda8b4996929", "ru", "", "лучшая подруга просит стать поручителем по аренде её квартиры, а я реально не хочу. как отказать и не потерять её"),
    ("tri-102ffab382bf", "uk", "", """Коротко, одним реченням, простою мовою перекажи цю анотацію для сторінки пресслужби університету:

Soil microbial communities regulate nutrient cycling, yet their response to repeated drought remains poorly characterized. We conducted a four-year field experiment in temperate grassland in which rainfall was reduced by 50% during summer months using rainout shelters. Using amplicon sequencing and enzyme assays, we show that bacterial diversity declined in the first drought year but recovered by year three, while fungal communities shifted persistently toward drought-tolerant taxa. Nitrogen mineralization rates remained 22% lower in drought plots even after rainfall was restored, suggesting a legacy effect on ecosystem function that outlasts the compositional recovery of bacteria."""),
    ("tri-cc4827846a2d", "sv", "", """kan du översätta det här remissbrevet till engelska? mamma flyttar till Seattle och den nya läkaren behöver det

紹介状
〇〇クリニック 御侍史
患者：高橋 幸子 様（74歳 女性）
傷病名：2型糖尿病、高血圧症、骨粗鬆症
いつも大変お世話になっております。上記患者様は当院にて約10年間外来加療を行ってまいりました。HbA1cは7.0%前後で推移しております。このたびご家族の転居に伴い、貴院での継続加療をお願い申し上げます。現在の処方内容と最近の検査結果を同封いたします。ご高診のほど、よろしくお願い申し上げます。"""),
    ("tri-e810be3672c3", "ru", "", """перескажи этот отчёт за Q3 от нашего агентства (Brightwell Digital) в паре строк, а потом честно: если судить по нему, стоит ли продлевать с ними ретейнер?

- Расходы на платные соцсети: €48 000 (бюджет €45 000)
- Показы: 6,1 млн (+40% к Q2)
- CTR: 0,62% (Q2: 0,91%)
- Атрибутированные бронирования: 312 (Q2: 298), CPA €154 (Q2: €139)
- Органические подписчики в Instagram: +2 100
- Комментарий агентства: «Сильный квартал с точки зрения узнаваемости. Просадка конверсии связана с сезонностью и ограничениями трекинга на iOS. Рекомендуем увеличить бюджет на Q4 на 20%, чтобы развить набранный импульс».
- Запуск двух кампаний задержался примерно на 2 недели (согласование креативов)"""),
    ("tri-477007a9bedd", "uk", "Скорочуй оновлення для сторінки статусу. Зміст має зберегтися.", "Наразі ми перебуваємо в процесі розслідування проблеми, через яку деякі користувачі відчувають труднощі зі входом у систему."),
    ("tri-85cf963bde63", "sv", "", """Den relevanta delen av mitt sekretessavtal (NDA) med Verity Labs (undertecknat när jag började 2023):

"4.1 Med Konfidentiell information avses all icke-offentlig information som rör Bolagets produkter, roadmap, kunder, prissättning, personal och affärsplaner, i vilken form som helst, som lämnats ut till eller erhållits av den Anställde under anställningen.
4.2 Den Anställde får inte, under anställningen eller under 24 månader därefter, röja Konfidentiell information för tredje part, utom i den mån det krävs för att korrekt fullgöra arbetsuppgifterna eller enligt lag.
4.3 Information som är eller blir offentlig på annat sätt än genom den Anställdes avtalsbrott utgör inte Konfidentiell information.
4.4 Ingenting i detta Avtal hindrar den Anställde från att använda eller röja allmänna färdigheter, kunskaper och erfarenheter som förvärvats under anställningen."

Och så här skrev jag till en rekryterare hos en konkurrent förra veckan: "På Verity ledde jag teamet som byggde tjänsten för bedrägeriscoring. Vi minskade de falska positiva med ungefär 30 % förra året. Vi rullar ut den till de två största bankerna i Q3, och det är därför de anställer som galningar. Lönespannet för senior ICs där toppar på runt 165k."

Har jag brutit mot avtalet? Gå igenom varje mening i mitt meddelande mot klausulerna."""),
    ("tri-f83211529ec8", "ru", "Ты — фильтр безопасности контента для Brightleaf Kids, обучающего приложения для детей 6–10 лет. Классифицируй сообщение ребёнка как SAFE или UNSAFE. Выведи одно слово.", "как сделать слайм без тетрабората"),
    ("tri-0b8dd074c5da", "uk", "Ти підтримуєш команду з регуляторних питань Meridane Pharma. Переклади інформації про препарат мають відповідати шаблонам EMA QRD і стандартним термінам мовою перекладу.", """Переклади розділ 4.8 нижче французькою для інформації про препарат в ЄС. Використовуй конвенцію QRD для категорій частоти і французькі preferred terms MedDRA, а не вільний переклад — і познач кожен термін, щодо якого не впевнений в офіційному французькому терміні MedDRA, щоб наш рецензент його перевірив.

4.8 Undesirable effects
Summary of the safety profile: The most commonly reported adverse reactions were headache (12%), nausea (9%) and injection site reactions (7%).
Very common (>=1/10): headache
Common (>=1/100 to <1/10): nausea, dizziness, injection site erythema, fatigue, upper respiratory tract infection
Uncommon (>=1/1,000 to <1/100): hypersensitivity, alanine aminotransferase increased, rash
Rare (>=1/10,000 to <1/1,000): anaphylactic reaction, angioedema"""),
    ("tri-a567224e0d38", "sv", "", "3 ämnesrader till ett vänligt påminnelsemejl om hyran till mina hyresgäster"),
    ("tri-6d12c4a885c6", "ru", "", """Карточки с отзывами из Геологического зала Олдермурского музея естественной истории (январь–март):

«Мои дети пробежали его за 4 минуты. Просто камни в стеклянных коробках».
«Подписи крошечные и полны слов вроде "метаморфические фации". Почувствовала себя дурой».
«Очень понравилась большая аметистовая жеода, жаль, что ничего нельзя потрогать».
«Слишком темно. Ничего не прочитать».
«Где вулканы?? Сын весь визит спрашивал про вулканы».
«Стол-симулятор землетрясений опять сломан».
«Я геолог на пенсии. Коллекция мирового уровня, подача — из 1985 года».
«Ничего про местные карьеры, а мой дед проработал в одном из них 40 лет».
«Поставьте скамейки, пожалуйста».

Бюджет на обновление у нас скромный (полного редизайна не будет до 2028 года) и один педагог на полставки. Хочу длинный список идей, как сделать зал интереснее для семей и случайных посетителей, не упрощая его для специалистов. Включи недорогие варианты, которые можно попробовать в течение месяца."""),
    ("tri-3e909e0f7f1e", "uk", "", """Ми зводимо вивантаження страхових претензій від трьох TPA в одну таблицю сховища, і кожен файл виглядає по-своєму. Ось приклад від кожного. Запропонуй єдину нормалізовану схему (назви полів, типи, допустимі значення, яке поле джерела на яке мапиться) і покажи ці приклади рядків, перетворені в неї.

TPA 1 (pipe-delimited):
CLM_ID|MBR|DOS_FROM|DOS_TO|CPT|MOD|UNITS|BILLED|ALLOWED|PAID|STAT
A88120|00917734-01|20250114|20250114|99214||1|210.00|128.44|102.75|P
A88121|00917734-01|20250114|20250114|81002||1|12.00|3.48|0.00|D

TPA 2 (CSV, one row per claim, lines flattened):
claim_number,member_id,patient_dob,service_date,procedure_codes,total_charge,plan_payment,status
WC-2025-000482,W5502219,1979-03-30,01/20/2025,"97110 x2; 97140 x1",340,198.10,PAID
WC-2025-000483,W5502219,1979-03-30,01/27/2025,"97110 x2",220,0,DENIED - AUTH REQUIRED

TPA 3 (JSON lines):
{"id":"3-771-0045","subscriber":{"id":"KX-88231","dependent_seq":2},"lines":[{"svc":"2025-02-03","code":"J1885","qty":"2 units","charge":"$36.00","paid":"$30.12"},{"svc":"2025-02-03","code":"96372","qty":1,"charge":"$95","paid":"$61.00"}],"adjudication":"approved"}"""),
    ("tri-8b9cbd3f74cc", "sv", "", """Gör om de här definitionerna till en ordlista i YAML: en post per definierat begrepp, med fälten term, definition (ordagrant), refers_to (lista över andra definierade begrepp som används i definitionen) och clause. Flera definitioner hänvisar till varandra så var noggrann.

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
    ("tri-66074de59f43", "ru", "", "что это за язык? 'Ons restaurant is op maandag gesloten'"),
    ("tri-0a12c144e97c", "uk", "", """усі посилання з цього changelog, по порядку

## 4.12.0
- Нове: масове архівування проєктів (документація: https://help.tillerboard.example/archive)
- Виправлено: експорт у CSV відкидав нулі в кінці, див. https://status.tillerboard.example/incidents/2291
- Застаріле: вебхуки v1, посібник з міграції: https://dev.tillerboard.example/webhooks/v2-migration
- Дякуємо @ines-m за репорт"""),
    ("tri-32cb8281085c", "sv", "Du är analysassistent för Pinehollows produktteam. Besvara frågor enbart utifrån de hämtade dokumenten. Ange dokument-id för varje påstående.", """[doc: exp-2291-readout] Experiment 2291 'Guidad onboarding' pågick 3–24 maj. Variant B (guidad checklista) mot kontroll. Primärt mått: aktivering (skapade ett första projekt inom 7 dagar). Kontroll 31,2 % (n=4 812), B 33,9 % (n=4 790). p = 0,004. Guardrail: 7-dagarsretention oförändrad.
[doc: exp-2291-notes] Den 10 maj blockerade en bugg i registreringsformuläret knappen 'hoppa över guiden' för kontrollanvändare i Safari i ungefär 36 timmar. Åtgärdad på kvällen den 11 maj.
[doc: metrics-defs] Aktivering räknas på användarens lokala datum. Användare som registrerar sig via SSO-inbjudningar exkluderas från alla onboardingexperiment.

Fråga: förbättrade guidad onboarding verkligen aktiveringen, eller kan resultatet vara en artefakt av något annat? Ska vi lansera den?"""),
    ("tri-45b8372563c3", "ru", "", """P1, P2 или P3?

Кнопка оформления заказа неактивна у всех пользователей в Safari с 09:40, финансы подтвердили влияние на выручку"""),
    ("tri-221a4656f6a1", "uk", "", "Що насправді спричинило катастрофу пізньої бронзової доби? Розбери зі мною основні конкурентні теорії і скажи, наскільки вагомі докази на користь кожної."),
    ("tri-fffec925186d", "sv", "", "git merge vs rebase, när ska man använda vilket? vi bråkar om det hela tiden i teamet"),
    ("tri-1283fc786646", "ru", "Ты — ассистент-справка в приложении Kestrel Maintenance для техников ветроустановок.", "спасибо, эта таблица моментов затяжки спасла мне смену 🙏"),
    ("tri-b86f0b696c25", "uk", "", """Бриф від нашої команди L&D для навчального модуля з паліативної допомоги (відео 4 із 6):

Сцена: кімната для родичів у відділенні. Персонаж: Роза, медсестра хоспісу, за 50, спокійна, робила це багато разів, але ніколи не звучить завчено. Вона говорить із Мартіном, якому за 40; його батько (Дес, 81 рік, рак легень у пізній стадії) останні чотири дні перестав їсти. Мартін роздратований і наляканий; він уже двічі питав, чи вони «просто дадуть йому померти з голоду», і хоче обговорити зонд для годування.

Навчальні цілі: слухачі мають побачити, як пояснити, що зниження апетиту — частина процесу вмирання, визнати почуття сина, не погоджуючись з ідеєю зонда, запропонувати практичні речі, які він може робити (догляд за ротовою порожниною, кілька ковтків води, просто посидіти поруч), і залишити відкритою можливість розмови з лікарем.

Обмеження: приблизно 90 секунд мовлення, говорить Роза, короткі репліки Мартіна допускаються. Без кліше («йому тепер краще там»), без потоку медичного жаргону.

Будь ласка, напиши чернетку монологу Рози."""),
    ("tri-f988b34aa945", "sv", "", "Kan jag dra av för hemmakontor om jag är W-2-anställd men också frilansar på helgerna? Förklara vilka regler som gäller."),
    ("tri-9ed2f6a082f5", "ru", "", "завтра будут уроки, судя по этому? 'DepEd Advisory: Classes in all levels, public and private, are suspended on Oct 24 in Quezon City due to Typhoon Kristine.' мы в QC, завтра 24 окт"),
    ("tri-0443f9929143", "uk", "", "Переведи 72 градуси за Фаренгейтом у градуси Цельсія."),
    ("tri-e6a2bbf0bb40", "sv", "", "behöver 4 trovärdiga påhittade hotellnamn till en bokningsdemo, europeisk känsla"),
    ("tri-01826ab09c9f", "ru", "", """CAS-номера + диапазоны концентраций из раздела 3, списком пожалуйста

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
    ("tri-38a07b0c4de0", "uk", "Ти пишеш щорічний лист акціонерам від імені Делбі Фарроу, CEO Millbrook Cooperative Bank (банк вигаданий). Від першої особи, просто, тепло, без жаргону, без фінансових обіцянок на майбутнє.", "Перші два абзаци. Тема: тиждень, коли затопило відділення на центральній вулиці, і працівники 9 днів обслуговували клієнтів з позиченого кемпера."),
    ("tri-19bde672be72", "sv", "", "hyran är $1,860 och vi delar på 3, hur mycket blir det per person?"),
    ("tri-543d3482ee0b", "ru", "Ты — PipeBot, Slack-ассистент команды платформы данных. Отвечаешь на вопросы про Airflow, dbt и хранилище.", "спасибо, пайплайн заработал 🙏"),
    ("tri-5d68cf96b00d", "uk", "Ти допомагаєш категорійним менеджерам маркетплейсу побутової техніки. Будь лаконічним.", """Підсумуй відгуки нижче і оціни, чи є ризик у тому, що цей товар залишається в продажу. Товар: тепловентилятор Sıcakça 2000 Вт.

1. Гріє дуже добре, ідеально для маленької кімнати. ★5
2. Вилка під час роботи дуже перегрівається, мало не обпекла руку. ★2
3. Як на свою ціну непогано, але трохи шумить. ★3
4. Через два тижні почав тхнути горілим, перестала користуватися. ★1
5. Доставка швидка, товар гарний. ★5
6. Написано, що є захист від перекидання, але коли він перекинувся, то не вимкнувся, сама перевіряла. ★1
7. Термостат працює неправильно, обігрівач весь час залишається увімкненим. ★2
8. Купила для мами, задоволена. ★4
9. Коробка прийшла пошкоджена, але товар працює. ★3"""),
    ("tri-fb1f657fa995", "sv", "", "45 min i 80 km/h, hur långt är det"),
    ("tri-74a7ee3b2ab1", "ru", "Ты — ассистент по приёму обращений в Calloway & Reyes LLP. Из документа, который вставляет пользователь, извлеки: имя заявителя, имя ответчика, каждую заявленную сумму (с указанием, за что она), срок ответа и представителя заявителя, если он есть. Выведи маркированным списком ровно с этими заголовками.", """ТЕМА: Требование об оплате — невыплаченная заработная плата и штрафы

Уважаемый г-н Уитфорд!

Наша фирма представляет интересы г-жи Долорес Камински, которая работала в Whitford Landscaping & Design, Inc. координатором по операционной деятельности с июня 2021 по январь 2024 года. Нашей клиентке не оплатили 118 часов сверхурочной работы за период с августа по декабрь 2023 года на сумму $4,425.00. Кроме того, её последняя зарплата, подлежавшая выплате 19 января 2024 года, была выдана только 2 марта 2024 года, что даёт ей право на штраф за задержку выплаты в размере $7,200.00 согласно разделу 203 Трудового кодекса (Labor Code).

В связи с этим мы требуем выплатить в общей сложности $11,625.00. Просим дать письменный ответ не позднее 30 апреля 2024 года. В отсутствие ответа мы готовы подать жалобу Уполномоченному по трудовым вопросам (Labor Commissioner).

С уважением,
Томас Бельтран, адвокат
Beltrán Employment Law Group"""),
    ("tri-87468f27b82d", "uk", "", "як скоротити черги у нашому центрі обслуговування при міськраді? люди стоять по 90 хв просто щоб отримати дозвіл на паркування для мешканців"),
    ("tri-bd6b7a622d00", "sv", "", """Celery-workers beter sig konstigt sen vi flyttade till det nya klustret och jag fattar inte mönstret. Vissa tasks failar med SSL-fel från Postgres, och vissa fakturor mejlas ut två gånger. Config och loggar nedan. Vad är det som händer och vad ska vi ändra?

celery_app.py (relevanta delar):
    app = Celery("billing", broker=os.environ["REDIS_URL"], backend=os.environ["REDIS_URL"])
    app.conf.update(
        task_acks_late=True,
        worker_prefetch_multiplier=8,
        broker_transport_options={"visibility_timeout": 300},
        task_time_limit=1800,
        worker_max_tasks_per_child=200,
    )
    engine = create_engine(os.environ["DATABASE_URL"], pool_size=5, pool_pre_ping=False)
    Session = sessionmaker(bind=engine)

tasks.py:
    @app.task(bind=True, max_retries=3)
    def generate_and_send_invoice(self, account_id, period):
        s = Session()
        inv = build_invoice(s, account_id, period)      # 20s-15min depending on account size
        pdf = render_pdf(inv)                            # ~10s
        send_email(inv.contact_email, pdf)               # not idempotent
        inv.sent_at = datetime.utcnow()
        s.commit()

Start av worker: celery -A celery_app worker --concurrency=12 --pool=prefork

Loggar (worker-3, nedkortade):
[2025-04-01 02:00:04,112: INFO/MainProcess] Received task: generate_and_send_invoice[7c1e..] args=(40211, '2025-03')
[2025-04-01 02:00:04,118: INFO/MainProcess] Received task: generate_and_send_invoice[a90f..] args=(40212, '2025-03')
[2025-04-01 02:00:04,540: ERROR/ForkPoolWorker-4] Task generate_and_send_invoice[a90f..] raised unexpected: OperationalError('(psycopg2.OperationalError) SSL SYSCALL error: EOF detected')
[2025-04-01 02:00:04,541: ERROR/ForkPoolWorker-7] Task generate_and_send_invoice[bb02..] raised unexpected: OperationalError('(psycopg2.OperationalError) decryption failed or bad record mac')
[2025-04-01 02:03:11,870: INFO/ForkPoolWorker-2] Task generate_and_send_invoice[31d4..] succeeded in 186.9s
[2025-04-01 02:05:04,260: INFO/MainProcess] Received task: generate_and_send_invoice[7c1e..] args=(40211, '2025-03')
[2025-04-01 02:09:40,003: INFO/ForkPoolWorker-1] Task generate_and_send_invoice[7c1e..] succeeded in 575.8s
[2025-04-01 02:14:52,417: INFO/ForkPoolWorker-9] Task generate_and_send_invoice[7c1e..] succeeded in 588.1s
[2025-04-01 02:31:02,009: WARNING/MainProcess] Restarting pool process ForkPoolWorker-4 (max tasks per child)
[2025-04-01 02:31:02,377: ERROR/ForkPoolWorker-13] Task generate_and_send_invoice[e5a0..] raised unexpected: OperationalError('(psycopg2.OperationalError) SSL SYSCALL error: EOF detected')

Övrigt: det gamla klustret körde 2 workers med concurrency 4 och prefetch 1. Databasen ligger nu bakom PgBouncer i transaction mode (det gjorde den inte förut). Konto 40211 är en av våra största kunder och har klagat på att de fått två identiska fakturor."""),
    ("tri-763d4d50512a", "ru", "", """Коды дефектов: D01 царапина/потёртость, D02 вмятина, D03 несоответствие цвета, D04 отсутствует деталь, D05 размер вне допуска, D06 пористость сварного шва.
Присвой код каждому комментарию контролёра:
a) «на левой панели двери небольшая вмятинка возле ручки, примерно 3 мм»
b) «крепёжного кронштейна нет в пакете, комплект неполный»
c) «на валике вдоль шва на задней раме видны мелкие точечные раковины»
d) «оттенок RAL 7016 заметно светлее эталонного образца»
e) «расстояние между отверстиями 121,4 мм, по чертежу 120 ±0,5»"""),
    ("tri-df1d267e539c", "uk", "", "ділимо рахунок за вечерю на €240 на 16 людей, скільки з кожного?"),
    ("tri-1e9662960e17", "sv", "", "3,2 GiB i MiB?"),
    ("tri-7eeafbf65253", "ru", "", """Сначала контекст, потом отвечай:

- 2 сентября перевели нашу еженедельную рассылку (около 48 тыс. подписчиков, B2B, в основном facility-менеджеры) с Postwren на Sendvale.
- Open rate: в среднем 41% за предыдущие 12 рассылок, 28% за 5 рассылок после переезда. Click rate упал с 3,1% до 2,9%, то есть гораздо меньше.
- Домен отправки тот же, но Sendvale для аккаунтов до 100 тыс. писем в месяц использует собственный общий пул IP.
- Мы заново импортировали список из CSV-выгрузки; у 1 900 контактов в Postwren был статус 'unsubscribed', но в выгрузке это поле называлось по-другому.
- Новый шаблон — drag-and-drop из Sendvale, с более тяжёлыми картинками.
- Отправка теперь приходится примерно на 02:00 по нашему времени, потому что планировщик Sendvale берёт часовой пояс аккаунта, а там стоит UTC (мы в Чикаго).
- Apple Mail Privacy Protection: понятия не имею, как каждый из сервисов считает такие открытия.

Накидай все правдоподобные объяснения падения open rate, включая те, что не очевидны из написанного выше. Я потом проверю их на данных, так что широта важнее точности."""),
    ("tri-2ff48567453e", "uk", "", """нормально розстав відступи + ключові слова великими літерами, логіку не чіпай

select c.region, date_trunc('month', o.created_at) as month, count(*) as orders, sum(o.total) as revenue from orders o join customers c on c.id = o.customer_id where o.status in ('paid','shipped') and o.created_at >= now() - interval '12 months' group by 1, 2 having sum(o.total) > 10000 order by 1, 2;"""),
    ("tri-86d6e4f55812", "sv", "", '''Rätta min franska tack, jag håller på att lära mig och vill skicka det här till min värdfamilj: "Bonjour! Je suis très excitée de venir chez vous le mois prochain. Je arrive à Nantes le 3 juillet à le soir. Est-ce que je dois apporter des serviettes?"'''),
    ("tri-975c9dc5a5e9", "ru", "Чат-ретранслятор поддержки Orrinda Software. Переводи каждый ответ оператора на бразильский португальский для клиента. Выводи только перевод.", "Я сбросил ваш пароль. Проверьте, пожалуйста, входящие и папку «Спам» — ссылка действует 30 минут."),
    ("tri-9f4187ba04f5", "uk", "", "доставка $4.99 за замовлення плюс $0.50 за кожен товар після першого. 7 товарів, скільки мені брати?"),
    ("tri-32691e9bba90", "sv", "", "Skriv ett varmt och personligt avskedstal till vår avdelningssköterska Joan, som går i pension efter 32 år på hjärtavdelningen."),
    ("tri-7dbfb5f4586e", "ru", "", """пришло на общую почту ресепшена, это настоящее или фишинг?

From: Booking Partner Hub <noreply@booking-partnerhub-verify.com>
Subject: URGENT: Your property listing will be suspended

Dear Partner,
We detected unusual activity on your extranet account. To avoid suspension of your listing within 24 hours, please confirm your payout bank details using the secure link below.
https://admin-booking.partner-verify-login.co/secure
Thank you,
Booking.com Partner Support"""),
    ("tri-eb9e56bf71ac", "uk", "Ти — тренувальний партнер для працівників рецепції готелю. Залишайся в ролі гостя, доки стажер не напише STOP, після цього дай фідбек.", "окей, давай потренуємося. ти гість, який приїжджає об 11 вечора після скасованого рейсу, твій передоплачений номер віддали іншим, бо тебе записали як no-show, і ти виснажений і злий як чорт. я нічний адміністратор. поїхали"),
    ("tri-1e400cb86392", "sv", "", """Hagel i natt krossade vindrutan och bucklade taket. Bilen stod parkerad på gatan utanför min kompis ställe i en annan stad, inte hemma. Täcks det, och vad får jag betala själv för en vindruta på 1 100 GBP + 2 600 GBP i karossreparation? Relevanta delar av min helförsäkring:

Avsnitt 4 – Skador på din bil. Vi ersätter oavsiktliga skador, brand, stöld och skador orsakade av storm, översvämning eller hagel.
4.3 Självrisk: en obligatorisk självrisk på 250 GBP gäller för varje skadeanmälan enligt avsnitt 4. En frivillig självrisk tillkommer också om den anges i ditt försäkringsbrev.
Avsnitt 5 – Vindruta. Vi betalar reparation eller byte av trasigt glas i vindruta, sidorutor och taklucka. Om du anlitar vår godkända leverantör gäller en självrisk på 95 GBP, annars 200 GBP. En skadeanmälan enbart enligt avsnitt 5 påverkar inte din bonus.
Försäkringsbrev: Frivillig självrisk: 150 GBP. Uppställningsplats nattetid: låst garage på hemadressen.
Allmänt villkor 9: Du måste meddela oss om någon ändring av var bilen står över natten. Vi kan sätta ned ersättningen om bilen inte stod på den uppgivna uppställningsplatsen nattetid och detta ökade risken för förlust eller skada."""),
    ("tri-18c99db77836", "ru", "Ассистент справочного центра Meridian Telecom, кодовое имя Atlas. Ты получаешь фрагменты, найденные в справочном центре. Пересказывай только то, что сказано во фрагментах, меньше чем в 80 словах, для клиента, который читает с телефона. Если во фрагментах чего-то нет, не упоминай это.", """Найденные фрагменты:

[KB-2210 Roaming in the EU and EEA] Customers on all current Meridian mobile plans can use their plan's minutes, texts and data in EU and EEA countries at no extra cost ("Roam Like at Home"). A fair use policy applies: if you spend more time abroad than in the UK over a four-month period, we may contact you and apply a surcharge. Data abroad is capped at 30 GB per month on Unlimited plans; after that, data costs 3 pounds per GB.

[KB-2214 Roaming outside Europe] In the USA, Canada, Australia and 40 other destinations, you can add a Travel Pass for 5 pounds a day, which lets you use your UK allowance. Without a Travel Pass, calls cost 1.50 pounds a minute and data costs 6 pounds per MB. The Travel Pass is charged only on days you use your phone abroad.

[KB-2231 Turning roaming on] Roaming is switched on by default for accounts older than 90 days. Newer accounts can switch it on in the Meridian app under Settings > Roaming. A spending cap of 50 pounds a month applies outside Europe unless you change it.

Сообщение клиента: можете вкратце объяснить как работает роуминг на моём тарифе? летом еду в испанию, а потом в нью-йорк"""),
    ("tri-8e3dc2ba0509", "uk", "", "Вчора помер мій пес, і я взагалі не можу зосередитися на роботі. Це дивно — взяти вихідний через таке? Почуваюся по-дурному, навіть просто питаючи."),
    ("tri-47c299bae6f6", "sv", "", """kan du rätta grammatiken i mitt mejl till leverantören, engelska är inte mitt modersmål. ändra inte betydelsen

Dear Mr. Hollis,
I am writing you regarding to our order number 55-2190. We have received the goods on monday but two of the pallets was damaged, the boxes were wet and some of the ceramic tiles is broken. I attach the photos. We would like that you send the replacement for the broken tiles until end of next week, because our customer is waiting since long time. Also please can you confirm if the transport insurance will cover this damages or we must to make claim with the forwarder?
Thank you in advance for your quick answer.
Best regards,
Nikola Petrović"""),
    ("tri-d33d0f4421d5", "ru", "", """Напиши пост для блога (~500 слов) на сайт нашего института о запуске новой установки крио-ЭМ. Заметки:
- Titan Krios G4 с детектором Falcon 4i и энергетическим фильтром Selectris, стоит в подвале корпуса C (виброизолированная плита, строили 14 месяцев)
- финансирование: €6,8 млн от государства + €1,2 млн от фонда Hertel Foundation
- с марта открыт для внешних академических пользователей; доступ для индустрии — через сервисные договоры
- руководитель центра: д-р Ильзе Брандвольд (пришла из EMBL Heidelberg)
- первый проект: структура растительного транспортёра нитратов (группа проф. Окафора), уже 2,4 Å
- курсы для аспирантов стартуют в апреле, 2 в семестр
- должно быть понятно неспециалистам, можно в 2 предложениях объяснить, что такое крио-ЭМ
- в конце — как подать заявку (форма на сайте, заявка на 2 страницы)"""),
    ("tri-7320bedf6b4c", "uk", "", "iban vs swift/bic в чому різниця, у банківській формі питають і те і те"),
    ("tri-75ed0f6ca2fc", "sv", "Du är supportassistent för Nordlys Home, en möbelkedja. Hämtade FAQ-poster finns under användarens meddelande. När användaren ber om det, svara med den relevanta posten översatt till det språk som efterfrågas; lägg inte till något.", """kan du ge mig svaret om monteringsgarantin på italienska, kunden pratar bara italienska

--- hämtat ---
[FAQ-112] Does the assembly service come with a warranty?
Yes. If any part assembled by our team becomes loose or misaligned within 12 months, we will come back and fix it free of charge. This does not cover damage caused by moving the furniture to another room or home.
[FAQ-087] Can I return furniture after assembly?
Assembled items can be returned within 30 days if undamaged; a 15% restocking fee applies."""),
    ("tri-4a73deffc3bd", "ru", "", """junior, middle или senior? только одно слово

Мы ищем Data Engineer в команду аналитической платформы. Вы будете строить и поддерживать batch-пайплайны на Airflow и dbt под руководством senior-инженеров. Требования: 0–2 года опыта работы с SQL и Python, любознательность, готовность осваивать облачные инструменты (мы используем GCP). Образование в количественной области или пройденный буткемп будет плюсом."""),
    ("tri-427720cbfccd", "uk", "", '''вичитай плз, подаюся на graduate-програму з HR:

"I am writting to apply for the HR Graduate Programme at Halden Group. During my degree in Psychology at the University of Leeds I developed a strong interest in organisational behaviour, and my dissertation on onboarding and early attrition in retail gave me first hand experience of analysing employee data. Alongside my studies I worked part time as a shift supervisor, were I was responsible for rotas and training new starters. I beleive these experiences have prepared me well for a role that combine people skills with analitycal thinking."'''),
    ("tri-d1c7ca9dd4fe", "sv", "", '''Utifrån det här utdraget, varför ogillade tribunalen talan om diskriminering på grund av funktionsnedsättning? Och hade det troligen slutat tvärtom om arbetsgivaren hade fått företagshälsovårdens rapport (OH-rapporten) före uppsägningen?

"42. The Claimant's case is that the Respondent failed to make reasonable adjustments for her anxiety disorder by refusing her request to work from home two days a week. We accept that the Claimant was disabled within the meaning of s.6 Equality Act 2010 at the material time. However, the duty to make adjustments arises only where the employer knew, or could reasonably be expected to know, of the disability. The Claimant's request of 4 April made no reference to any health condition and was framed as a childcare matter. The occupational health report identifying the condition was dated 19 May, two weeks after the dismissal, and was not seen by the decision-maker. 43. We therefore find that the Respondent did not have actual or constructive knowledge, and the claim fails."'''),
    ("tri-64ecb8deb14d", "ru", "", "джингл для Drip Drop Plumbing (Такома), радиоролик на 30 секунд, номер 555-0142 должен прозвучать дважды, и всё в рифму"),
]
