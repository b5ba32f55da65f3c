"""Training-only translations of hand-written English training prompts (chunk 15: Russian, Ukrainian, Hindi, Vietnamese)."""
T = [
    ("tri-21328817b538", "ru", "", """Перепиши моё мотивационное письмо для поступления в медицинскую школу так, чтобы получилась убедительная история о том, почему я ушёл из инженерии в медицину, — сейчас оно читается как резюме. Вот текст: Я изучал машиностроение в университете и четыре года работал у поставщика автокомпонентов. Всё это время по выходным я волонтёрил в хосписе. По вечерам ходил на подготовительные курсы для поступления в медицинский (pre-med). Я хочу стать врачом, потому что хочу помогать людям."""),
    ("tri-d2f655278fc4", "uk", "", "ти можеш шукати щось в інтернеті чи ні"),
    ("tri-3a7e50c1c43d", "hi", "", "12, 15, 9, 22, 17 का औसत ?"),
    ("tri-c431141a456f", "vi", "", """Mình tập đàm phán nhé. Bạn là trưởng phòng mua hàng của một hãng xe hơi Đức; mình là account manager của một nhà cung cấp bó dây điện (wiring harness), đang cố thuyết phục để được tăng giá 7% vì giá đồng tăng. Hãy thật cứng rắn và đừng thoát vai. Mình mở lời trước: 'Cảm ơn ông đã dành thời gian, Herr Vogel. Tôi xin nói thẳng lý do tôi đề nghị buổi gặp hôm nay.'"""),
    ("tri-b1d346e218ed", "uk", "", "впорядкуй за абеткою і прибери дублікати: Шевченко, коваленко, Бондаренко, Шевченко, Ткаченко, Коваленко, Мельник"),
    ("tri-377fa0a6b78f", "hi", "", """इस फ़ाइल के comments को अंग्रेज़ी में translate कर दो, code को हाथ मत लगाना

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
    ("tri-9a5d6e121e49", "vi", "", "đổ sàn 10 x 12 m, dày 25 cm thì cần bao nhiêu m³ bê tông?"),
    ("tri-dfd778a3b438", "ru", "Ты — ассистент поддержки клинических решений для палатных фармацевтов Детской больницы Святого Альдрика (вымышленной). Всегда показывай расчёты, чтобы фармацевт мог их проверить, и отмечай всё, что выходит за обычные диапазоны.", "Ребёнок 14,6 кг, назначен амоксициллин 40 мг/кг/сут, разделить на 3 приёма. Есть суспензия для приёма внутрь 250 мг/5 мл. Какой объём на один приём? А если врач на самом деле имел в виду высокодозную схему 90 мг/кг/сут — какой тогда будет объём и не превысит ли он ограничение 1 г на приём?"),
    ("tri-c5e35779a8dc", "uk", "Переклади відповідь оператора арабською для клієнта з країн Перської затоки. Виведи лише переклад.", "Дякуємо за очікування. Я уточнив на складі: ваш блендер на заміну відправили сьогодні вранці. Протягом найближчих двох годин ви отримаєте SMS із посиланням для відстеження. Кур'єр забере старий пристрій, коли доставить новий, тож, будь ласка, тримайте його напоготові в коробці."),
    ("tri-d5bf71c342fd", "hi", "आप Quillon Logistics के managers के लिए एक writing assistant हैं। HR दिशानिर्देश: reviews तथ्यों पर आधारित और विशिष्ट होने चाहिए, और किसी की निजी परिस्थितियों या स्वास्थ्य के बारे में अटकलें नहीं लगानी चाहिए।", """मुझे यह performance review दोबारा लिखना है। इसमें साफ़-साफ़ और ईमानदारी से यह आना चाहिए कि वह उम्मीद से कम perform कर रहा है (सच में कर रहा है, और अगले quarter में हम शायद formal improvement plan पर जाएँ), लेकिन मेरे HR partner का कहना है कि मेरे draft से हम कानूनी मुसीबत में पड़ सकते हैं और इससे वह शायद बस हतोत्साहित ही होगा। क्या आप इसे फिर से लिख सकते हैं?

Draft:
Marek has had a bad year. He seems distracted a lot, maybe because of stuff going on at home, and his attitude in team meetings has been negative. He missed the deadline for the Hull depot route optimisation twice and the second time it cost us a client escalation. His reports are often sloppy. To be fair he is still very good with the drivers and they like him, and he did a good job during the snow disruption in January. He needs to step up or we'll have to think about whether this role is right for him. I don't think he's motivated anymore."""),
    ("tri-543d3482ee0b", "vi", "Bạn là PipeBot, trợ lý Slack của team data platform. Trả lời các câu hỏi về Airflow, dbt và data warehouse.", "cảm ơn nha, pipeline chạy lại ngon rồi 🙏"),
    ("tri-b5cdd35b2c31", "ru", "", """Телефон упал в бассейн секунд на 5, и теперь мерцает экран. На коробке прямо написано IP68. Купил 7 месяцев назад здесь, в Австралии. Гарантия это покрывает или нет?

"Limited Warranty — Orvix Nova 12
Orvix warrants this device against defects in materials and workmanship under normal use for 12 months from the date of original retail purchase.
This warranty does not cover: (a) damage caused by accident, abuse, misuse, fire, liquid contact, earthquake or other external cause; (b) damage caused by operating the product outside Orvix's published guidelines; (c) cosmetic damage, including scratches and dents; (d) batteries, unless capacity has fallen below 80% of rated capacity.
Water and dust resistance: The Nova 12 is rated IP68 under IEC standard 60529 (maximum depth of 1.5 metres for up to 30 minutes in fresh water). Splash, water and dust resistance are not permanent conditions and resistance might decrease as a result of normal wear. Do not expose the device to chlorinated, salt or soapy water. Liquid damage is not covered under warranty.
Consumer law: For consumers in Australia, our goods come with guarantees that cannot be excluded under the Australian Consumer Law. This warranty is in addition to those rights."
"""),
    ("tri-92bec2d7f535", "uk", "", "що означає HSA і чи можна з неї платити за окуляри за рецептом"),
    ("tri-64ecb8deb14d", "hi", "", "Drip Drop Plumbing (Tacoma) के लिए jingle चाहिए, 30 सेकंड का radio spot, नंबर 555-0142 दो बार बोलना है और तुकबंदी होनी चाहिए"),
    ("tri-6018abbf58e4", "vi", "Huấn luyện viên luyện phỏng vấn của Lattice Careers.", "giả vờ bạn là một partner khó tính đang phỏng vấn mình cho suất training contract đi. hỏi dồn mình, mỗi lần một câu thôi"),
    ("tri-1364a4e51876", "ru", "", "Переведи подписи кнопок на французский: Сохранить, Отмена, Удалить аккаунт, Выйти, Настройки"),
    ("tri-d0358d8848bc", "uk", "", "стисни прикріплені показання свідка під присягою в хронологію і познач кожне місце, де вона суперечить своїм попереднім свідченням"),
    ("tri-167760b66a41", "hi", "", "Checkout क्रम से 4 services को call करता है: auth (99.95%), cart (99.9%), payments (99.9%) और inventory. Inventory के 2 स्वतंत्र replicas चलते हैं, हर एक 99.8% available है, और दोनों में से कोई भी एक up हो तो यह काम करता है। मान लो failures एक-दूसरे से स्वतंत्र हैं, तो checkout की expected availability कितनी होगी, और 30 दिन के महीने में यह कितने मिनट का downtime बनता है?"),
    ("tri-1c977ea8ae24", "vi", "", """lấy giúp mình số claim, ngày khám, số tiền bị tính (billed) với số mình phải trả từ cái EOB này

EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: Dana Whitcombe   ID: QHX448201907
Claim #: 2024-11-0873314   Provider: Lakeshore Orthopedic Assoc.
Date(s) of service: 10/14/2024
Billed: $1,284.00   Plan discount: -$702.16   Plan paid: $465.47
Your responsibility: $116.37 (coinsurance 20%)
Questions? Call 1-800-555-0142"""),
    ("tri-2e31fe0c59bb", "ru", "Ты помогаешь руководству сестринской службы больницы Westmere General. Читатели — члены совета директоров без медицинского образования.", """Сделай краткое изложение этого абстракта для совета, а потом прямо скажи, достаточно ли убедительны эти результаты, чтобы мы поменяли подход к укомплектованию ночных смен в терапевтических отделениях.

Аннотация. Цель: изучить связь между укомплектованностью ночных смен дипломированными медсёстрами (RN) и внутрибольничной летальностью. Дизайн: ретроспективное обсервационное исследование на основе электронных графиков смен и медицинских карт пациентов. Условия: 14 многопрофильных стационаров одного региона, 3 года. Участники: 212 400 госпитализаций взрослых пациентов в терапевтические отделения. Воздействие: соотношение «пациенты на одну RN» в ночную смену, усреднённое за время пребывания каждого пациента. Результаты: каждый дополнительный пациент на одну RN ночью был связан с ростом шансов внутрибольничной смерти на 6% (ОШ 1,06, 95% ДИ 1,02–1,10) после поправки на возраст, индекс коморбидности, тип госпитализации и больницу. Для дневных смен связь была незначимой. В отделениях, где ночью соотношение было выше 1:10, летальность была самой высокой. Ограничения: обсервационный дизайн; укомплектованность может коррелировать с неизмеренными факторами на уровне больницы; младший медперсонал (healthcare assistants) не учитывался; сотрудники кадровых агентств в 4 больницах регистрировались непоследовательно. Выводы: более низкая укомплектованность RN в ночное время связана с более высокой летальностью в терапевтических отделениях."""),
    ("tri-eafc4581583c", "uk", "", """Мені треба це іспанською для моєї орендарки, вона погано читає англійською. Це юридичне повідомлення, тож переклад має бути точним, усі дати й суми залиш рівно як є:

THREE-DAY NOTICE TO PAY RENT OR QUIT
To: Rosa Elena Jiménez, and all other tenants in possession of the premises at 1187 W. Alder Street, Unit B, Fresno, California 93705.
PLEASE TAKE NOTICE that the rent on the above premises is now past due. The amount due for the period from September 1 through September 30 is $1,450.00.
You are hereby required to pay the above amount in full within three (3) days, excluding Saturdays, Sundays and judicial holidays, after service of this notice, or to deliver up possession of the premises. If you fail to do so, legal proceedings will be started against you to recover possession of the premises, declare a forfeiture of the rental agreement, and recover rent and damages.
Payment may be made in person to Daniel Whitcomb at 1190 W. Alder Street between 9:00 a.m. and 5:00 p.m., Monday through Friday, or by money order mailed to the same address.
Dated: October 4
Landlord: Daniel Whitcomb"""),
    ("tri-e894224f0456", "hi", "आप Mirelight Games के Brazilian Portuguese localization lead हैं। यह गेम एक dark fantasy RPG है।", """ये lines Old Mother Brackwater की हैं — दलदल में रहने वाली एक चुड़ैल, जो जानबूझकर पुरानी, किताबी और ताने मारने वाली भाषा में बोलती है। इन्हें PT-BR में ऐसे localize करो कि वह वहाँ भी उतनी ही बूढ़ी और उतनी ही बदतमीज़ लगे, लेकिन teenagers के लिए पढ़ना मुश्किल न हो जाए।

1. "Hark, wanderer. The mire hath swallowed better souls than thine."
2. "Bring me the lantern of the drowned abbot, and mayhap I shall speak of the road north."
3. "Thou smellest of river-weed and poor decisions."
"""),
    ("tri-102ffab382bf", "vi", "", """Viết giúp mình một câu tóm tắt dễ hiểu cho người ngoài ngành về abstract này, để đăng trên trang tin báo chí của trường đại học:

Các quần xã vi sinh vật đất điều hòa chu trình dinh dưỡng, nhưng phản ứng của chúng trước các đợt hạn hán lặp lại vẫn chưa được mô tả đầy đủ. Chúng tôi đã tiến hành một thí nghiệm thực địa kéo dài bốn năm trên đồng cỏ ôn đới, trong đó lượng mưa được giảm 50% vào các tháng mùa hè bằng mái che chắn mưa. Thông qua giải trình tự amplicon và các xét nghiệm enzyme, chúng tôi cho thấy đa dạng vi khuẩn suy giảm trong năm hạn đầu tiên nhưng phục hồi vào năm thứ ba, trong khi quần xã nấm dịch chuyển lâu dài về phía các nhóm phân loại chịu hạn. Tốc độ khoáng hóa nitơ vẫn thấp hơn 22% ở các ô thí nghiệm hạn ngay cả sau khi lượng mưa được khôi phục, cho thấy một hiệu ứng kéo dài (legacy effect) lên chức năng hệ sinh thái, tồn tại lâu hơn cả sự phục hồi về thành phần của vi khuẩn."""),
    ("tri-bcd6288fb8de", "ru", "Clausewise: ты пишешь краткое изложение каждого пункта договора одним абзацем для сотрудников Tarnwick Freight, не являющихся юристами. Не больше 50 слов.", "14. Форс-мажор. Ни одна из сторон не несёт ответственности за неисполнение или просрочку исполнения обязательств, вызванные обстоятельствами, находящимися вне её разумного контроля, включая стихийные бедствия, войну, терроризм, забастовки (за исключением забастовок собственных работников пострадавшей стороны), эпидемии, действия государственных органов или сбои в работе коммунальных служб, при условии что пострадавшая сторона письменно уведомит другую сторону в течение пяти (5) рабочих дней и приложит коммерчески разумные усилия для возобновления исполнения. Если такое обстоятельство длится более шестидесяти (60) дней, любая из сторон вправе расторгнуть настоящий Договор, направив письменное уведомление."),
    ("tri-d529810f3555", "hi", "", """Candidates कभी-कभी एक ही interview slot में double-book हो जाते हैं। ऐसा कम होता है लेकिन इस महीने 3 बार हुआ, और हमेशा तब जब दो recruiters लगभग एक ही पल में book करते हैं। Node + Postgres (pg)। असल में हो क्या रहा है और इसे ढंग से fix कैसे करूँ?

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
    ("tri-d548166fd45b", "vi", "", "dịch sang tiếng Đức giúp mình: Đơn hàng của bạn đã được gửi đi và sẽ đến trong vòng 3-5 ngày làm việc."),
    ("tri-e7ad6f5673fa", "ru", "Виртуальный ассистент электронной приёмной Провинциального совета Касереса.", "вы живой человек или бот?"),
    ("tri-67108b007d59", "uk", "", "дякую!! звірка з банком нарешті зійшлася 🙌 ти врятував мені п'ятницю"),
    ("tri-ff62b7c21a0d", "hi", "", "`chmod 755` क्या करता है?"),
    ("tri-a85ee204db49", "vi", "", """bao giờ thi giữa kỳ và nó chiếm bao nhiêu % điểm vậy? mình dán đoạn đề cương đây:

ECON 214 - Kinh tế vi mô trung cấp, học kỳ Xuân 2026
Đánh giá: Bài tập (5 bài, bỏ bài điểm thấp nhất) 20%; Thi giữa kỳ (trên lớp, thứ Năm 5/3, tuần 7) 30%; Bản khuyến nghị chính sách theo nhóm 15%; Thi cuối kỳ (tổng hợp toàn bộ, ngày thi do phòng đào tạo sắp xếp) 35%.
Nộp bài tập muộn bị trừ 10% mỗi ngày. Được dùng máy tính cầm tay khi thi; không được dùng điện thoại.
Giờ tiếp sinh viên: thứ Ba 14:00-15:30, phòng H-210."""),
    ("tri-73a14a6b02e0", "ru", "", "сдаю квартиру в Онтарио, жилец не платит уже 3 месяца и перестал выходить на связь. какие у меня варианты и сколько это реально займёт по времени"),
    ("tri-ffeaea111070", "uk", "", "мій 401k розкиданий по 3 target-date фондах (2045, 2050, 2055), бо HR якось дивно все налаштували. це реально проблема?"),
    ("tri-d755a07a795c", "vi", "", "chỉ sửa lỗi chính tả thôi: 'Báo cáo cuờng độ nén của các mẫu lập phương được đín kèm, kết quả đạt C25/30, lấy mẫu ngày 14.05 với sụ có mặt của giám sát hiện trường'"),
    ("tri-342185107191", "hi", "", "pix और TED में क्या फ़र्क है? जल्दी से बताओ"),
    ("tri-3d250ec938cc", "uk", "", r"""Наш ADT-інтерфейс уночі почав падати на деяких повідомленнях з нової системи реєстрації. Нижче трейс і метод парсера. Чому воно падає і як це правильно виправити (а не просто перевіркою на null, яка мовчки відкидає пацієнтів)?

Exception in thread "hl7-listener-3" java.lang.NullPointerException: Cannot invoke "String.length()" because "raw" is null
    at org.kestrel.adt.PidParser.parseDob(PidParser.java:88)
    at org.kestrel.adt.PidParser.parse(PidParser.java:41)
    at org.kestrel.adt.AdtHandler.onMessage(AdtHandler.java:112)
    at org.kestrel.hl7.MllpServer$Worker.run(MllpServer.java:203)

Сегмент, на якому падає:
PID|1||00448102^^^KBH^MR||NGUYEN^LAN^T||||F|||22 HARBOR RD^^SALEM^OR^97301||5035550112

PidParser.java (фрагмент):
    public Patient parse(String segment) {
        String[] f = segment.split("\\|");
        Patient p = new Patient();
        p.setMrn(f[3].split("\\^")[0]);
        String[] name = f[5].split("\\^");
        p.setFamily(name[0]);
        p.setGiven(name.length > 1 ? name[1] : null);
        p.setDob(parseDob(f.length > 7 ? f[7] : null));   // line 41
        p.setSex(f[8]);
        return p;
    }

    private LocalDate parseDob(String raw) {
        if (raw.length() >= 8) {                          // line 88
            return LocalDate.parse(raw.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        }
        return LocalDate.parse(raw, DateTimeFormatter.ofPattern("yyyyMM"));
    }

Стара система завжди надсилала дату народження. Нова, схоже, не надсилає її для деяких пацієнтів, які прийшли без запису або не ідентифіковані. А далі по ланцюжку зіставлення в MPI спирається на дату народження."""),
    ("tri-04da4e7796cf", "ru", "", "валидно или нет: 'если сервер перегружен, задержка резко растёт. задержка выросла, значит, сервер был перегружен.' одно слово + название ошибки"),
    ("tri-4615c0b04d9d", "hi", "आप एक senior backend engineer हैं जो एक legal-tech startup को सलाह दे रहे हैं। tables, keys और मुख्य queries के साथ एक ठोस design दीजिए।", "हम छोटी law firms (5-50 वकील) के लिए एक case management system बना रहे हैं। मुख्य ज़रूरतें: clients, matters, हर matter पर parties (client, विरोधी पक्ष, सह-प्रतिवादी, गवाह...), एक ही व्यक्ति या कंपनी कई matters में अलग-अलग भूमिकाओं में आ सकती है, और कोई नया matter खोलने से पहले हमें conflict check चलाना ज़रूरी है जो जुड़ी हुई कंपनियों (parent/subsidiary) और नामों के अलग-अलग रूपों को भी पकड़ ले। Postgres. आप इसे कैसे model करेंगे और conflict check वाली query कैसे काम करेगी?"),
    ("tri-d1c7ca9dd4fe", "vi", "", """Dựa vào đoạn trích này, vì sao tòa lao động (tribunal) bác yêu cầu khởi kiện về phân biệt đối xử do khuyết tật? Và nếu bên sử dụng lao động đã nhận được báo cáo OH (sức khỏe nghề nghiệp) trước khi sa thải thì nhiều khả năng phán quyết có ngược lại không?

"42. The Claimant's case is that the Respondent failed to make reasonable adjustments for her anxiety disorder by refusing her request to work from home two days a week. We accept that the Claimant was disabled within the meaning of s.6 Equality Act 2010 at the material time. However, the duty to make adjustments arises only where the employer knew, or could reasonably be expected to know, of the disability. The Claimant's request of 4 April made no reference to any health condition and was framed as a childcare matter. The occupational health report identifying the condition was dated 19 May, two weeks after the dismissal, and was not seen by the decision-maker. 43. We therefore find that the Respondent did not have actual or constructive knowledge, and the claim fails."
"""),
    ("tri-5aa0d4ab26d1", "ru", "", """Ниже три свидетельских показания об инциденте с погрузчиком на нашем складе в Донкастере. Выпиши все моменты, в которых они расходятся (время, кто был за рулём, скорость, была ли размечена пешеходная дорожка), а затем по каждому пункту оцени, чья версия наиболее достоверна и почему. Это пойдёт в материалы расследования для HSE.

СВИДЕТЕЛЬ A (комплектовщик, проход 14): «Это было сразу после перерыва в 10, где-то в 10:20. Кев был за рулём Linde, он вывернул из-за конца прохода 14 довольно быстро, быстрее обычного, а Джас как раз вышел из-за стеллажей. Жёлтые линии там стёрлись, их почти не было видно».
СВИДЕТЕЛЬ B (начальник смены): «Инцидент произошёл приблизительно в 10:45 согласно моему журналу радиосвязи. Погрузчиком управлял стажёр Дэниел под присмотром. Скорость казалась нормальной. Разметку пешеходной дорожки на этом участке обновили в марте».
СВИДЕТЕЛЬ C (работник от агентства, зона погрузки): «Я услышал сигнал, а потом крик. Потом видел, как Кев слезал с погрузчика. Не знаю, с какой скоростью он ехал. Кто-то говорил, что Дэниел водил его раньше тем утром»."""),
    ("tri-ff40e74cc3fe", "uk", "", """Фінансова директорка сказала це під час дзвінка. Спираючись лише на її слова: чи справді складові вільного грошового потоку, які вона називає, дають ту цифру FCF, яку вона наводить? Розбери покроково і скажи, чи щось виглядає неузгодженим або «зручно» опущеним.

"...Turning to cash. Operating cash flow for the year was 412 million euros. Within that, working capital was an inflow of 38 million, mainly from lower inventories as we cleared the excess stock built up during the supply-chain disruptions, partly offset by lower payables. Capital expenditure was 165 million, of which 40 million was the new Brno plant. We also capitalised 22 million of development costs, which you'll find in intangibles. Lease payments, which under IFRS 16 sit in financing cash flows, were 31 million. We define free cash flow as operating cash flow less capex, capitalised development and lease payments, so free cash flow came in at 226 million, a conversion of 89% of adjusted net income of 254 million. Excluding the working capital release, which we don't expect to repeat, underlying conversion would still have been above 80%. We also paid 18 million in restructuring cash costs, which are excluded from adjusted net income but are in operating cash flow..."
"""),
    ("tri-2d6fa0a8b6c1", "ru", "", "сделай помягче, но чтобы всё равно звучало твёрдо: 'ваш платёж просрочен на 40 дней. оплатите сейчас, иначе передадим долг коллекторам.'"),
    ("tri-fffec925186d", "uk", "", "git merge чи rebase — коли що використовувати? у нас у команді постійно через це сперечаються"),
    ("tri-0574616205cb", "hi", "", "हम हर महीने बंद होने वाली 12 recruitment files में से 3 का random sample audit करते हैं। इस महीने की 12 files में से दो एक ही recruiter ने handle की थीं, जिस पर हमें शक है कि वह reference checks छोड़ देती है। इसकी probability क्या है कि उसकी दो files में से कम से कम एक चुनी जाए? और दोनों? 6 महीनों में (हर महीने यही setup), क्या chance है कि उसकी कोई भी file कभी audit ही न हो?"),
    ("tri-d9dadb1f1ba1", "vi", "", "sao đơn đặt hàng bọn mình gửi nhà cung cấp lại dao động mạnh hơn nhiều so với nhu cầu thực tế của khách vậy? doanh số sữa công thức cho bé hàng tuần khá ổn định (±5%) mà PO gửi nhà phân phối thì tuần này qua tuần khác dao động tới ±40%. đây có phải hiệu ứng bullwhip (hiệu ứng roi da) không, và ngoài thực tế thì thường do đâu mà ra?"),
    ("tri-a12b70932ff4", "ru", "", "моя сооснователица хочет взять своего мужа на роль CTO, а я считаю, что это ужасная идея. мы существуем 18 месяцев, денег осталось на 5 месяцев. как сказать нет и не угробить партнёрство?"),
    ("tri-b9f482eecc66", "uk", "", """Вплив HIGH / MEDIUM / LOW на наш завод у Брно? (контролер беремо тільки в Ledvice, єдине джерело) для HIGH поясни чому
- Ledvice оголошує 3-тижневу зупинку свого заводу в Пенангу на переоснащення
- страйк у порту Копер, очікується 5 днів
- постачальник корпусів A піднімає ціни на 4%
- мідь подорожчала на 11% за цей квартал
- материнську компанію Ledvice перевіряють на предмет санкцій"""),
    ("tri-7eeafbf65253", "hi", "", """जवाब देने से पहले पूरा context पढ़ लो:

- 2 Sept को हमने अपना weekly newsletter (लगभग 48k subscribers, B2B, ज़्यादातर facilities managers) Postwren से Sendvale पर shift किया।
- Open rate: पिछले 12 sends में औसत 41%, shift के बाद के 5 sends में 28%। Click rate 3.1% से 2.9% हुआ, यानी उसमें गिरावट काफ़ी कम है।
- Sending domain वही है, लेकिन Sendvale 100k emails/month से कम वाले accounts के लिए अपना shared IP pool इस्तेमाल करता है।
- हमने list को CSV export से दोबारा import किया; 1,900 contacts का status Postwren में 'unsubscribed' था, लेकिन export में उस field का नाम अलग था।
- नया template Sendvale का drag-and-drop वाला है, images ज़्यादा भारी हैं।
- Send time अब हमारे यहाँ के समय से करीब 02:00 बजे पड़ता है, क्योंकि Sendvale का scheduler account का time zone इस्तेमाल करता है, जो UTC पर set है (हम Chicago में हैं)।
- Apple Mail Privacy Protection: पता नहीं कि दोनों tools इन opens को कैसे गिनते हैं।

Open rate गिरने की हर मुमकिन वजह पर brainstorm करो, उन वजहों समेत जो ऊपर की बातों से साफ़ नहीं दिखतीं। मैं बाद में इन्हें data से test करूँगा, इसलिए सही होने से ज़्यादा ज़रूरी है कि list जितनी हो सके उतनी चौड़ी हो।"""),
    ("tri-9aaf78f37c29", "vi", "", "ai xem được những gì mình gõ ở đây? admin IT bên mình có nhận được bản sao không?"),
    ("tri-400a5ecf9113", "ru", "", 'формула для Sheets — если A2 пустая, показывать "нет данных", иначе A2 умножить на 1,2'),
    ("tri-e7fd8d6f865b", "uk", "", "скороти до 100 символів: 'Наша літня тераса нарешті відкрита, тож приєднуйтеся до нас на спритц і невеликі закуски щовечора з 17:00!'"),
    ("tri-1ffb1137a380", "hi", "", """RoB 2 के हिसाब से हर trial का risk of bias rate करो (low / some concerns / high) और बताओ कौन सा domain इसकी वजह बन रहा है:
A) Open-label RCT, n=240, outcome मरीज़ों द्वारा बताया गया दर्द (patient-reported pain), sealed-envelope randomisation, intervention arm में 22% dropout बनाम control में 6%, सिर्फ़ per-protocol analysis.
B) Double-blind RCT, n=610, central computer randomisation, primary outcome all-cause mortality, ITT, 2% lost to follow-up.
C) RCT, n=88, allocation हफ़्ते के दिन के हिसाब से, blinded assessors, outcome HbA1c."""),
    ("tri-bd3377aa141e", "vi", "", """Bên mình là nhãn hàng. Gắn nhãn từng điều khoản trong hợp đồng với creator này là TIÊU CHUẨN, BẤT THƯỜNG hoặc RỦI RO CHO BÊN MÌNH, kèm lý do một dòng cho mỗi điều khoản.

A. Creator retains ownership of all content; Brand receives a non-exclusive licence as set out in Schedule 2.
B. Brand shall pay 100% of the fee within 7 days of signature, regardless of whether content is published.
C. Creator may disclose the partnership using #ad in accordance with applicable advertising rules.
D. Creator shall not be required to make any revisions to content once submitted.
E. Either party may terminate with 30 days' written notice.
F. Creator may feature competing hotel brands during the campaign period."""),
    ("tri-d356fc2b9ffb", "ru", "", """ниже заметки с exit-интервью (Прия, старший рекрутер, 4 года в компании). она была очень дипломатична, так что прямо ничего не сказано. можешь вытащить реальные проблемы, на которые она намекает? к каждой приведи строчку, из которой это следует.

- «За последние два года я многому научилась в плане того, как делать больше меньшими силами».
- Сказала, что переход на новую ATS стал «настоящим испытанием для терпения всех», особенно учитывая, что «те, кто её выбирал, никогда не должны были ею пользоваться».
- Упомянула, что «с радостью поработала бы там, где фидбек от нанимающего менеджера приходит раньше, чем кандидат примет другой оффер».
- О своём руководителе: «Дэн отлично представляет нас перед начальством. А в повседневной работе мы в основном разбираемся между собой».
- О повышении: «Я понимаю, что по срокам просто не складывалось — три цикла подряд».
- Уходит на позицию, где «есть более чёткое понимание того, что считается успехом».
- Сказала, что порекомендовала бы компанию друзьям «на подходящую роль»."""),
    ("tri-034fbd22bdb6", "uk", "", """tl;dr?? мене не було 2 дні

#release-train
dmitri: heads up, 5.8 cut is moved from tue to thu, qa found a blocker in the offline sync
shreya: which one
dmitri: conflict resolution overwrites local edits when the device was offline >24h. repro'd on android only
kofi: that's from my PR, the timestamp comparison uses server time for one side and device time for the other. fix is small, PR up by EOD
shreya: ok. do we still ship the new onboarding in 5.8 or hold it
dmitri: ship it, it's behind the flag anyway, 10% rollout
marta: marketing wants the blog post on thursday morning, if the release is thu afternoon that's fine?
dmitri: yes as long as it says "rolling out" not "available now"
kofi: fix merged, build 5.8.0-rc3 is on testflight + internal track
qa-bot: rc3 regression suite: 412 passed, 0 failed, 3 skipped
shreya: 🎉 thu it is then. i'll do the store notes"""),
    ("tri-03bc445c0b61", "hi", "", """सिर्फ़ ISINs, हर line में एक

Quarterly note to clients: during the period we trimmed Aldwych Water Holdings (GB00BQ7Z4X18) after a strong run, initiated a position in Selby Cold Chain (IE00BK5R8T27) and added to Tavistock Rail Leasing (GB00BM9F0C53). The only exit was Halloran Mining (AU000HMX5521), sold on governance concerns."""),
    ("tri-5bea224518ad", "vi", "", """Chuyển định nghĩa Swagger 2.0 này sang OpenAPI 3.1 dạng YAML. Chú ý phần formData/upload file, x-nullable, discriminator và các parameter dùng chung, rồi liệt kê những chỗ không chuyển được một-một và bạn đã chọn xử lý thế nào.

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
    ("tri-2e8e10072a24", "ru", "", """можешь переписать, чтобы звучало не так зло, прежде чем я отправлю это в страховую? все факты оставь

«Я пишу по поводу заявления 5520-887 уже В ТРЕТИЙ раз. Ваш сотрудник сказал мне по телефону 2 августа, что его одобрили, а теперь мне приходит счёт из больницы на $2,340. Похоже, у вас в компании никто не знает, чем заняты остальные. Решите вопрос, или я подаю жалобу в страховой департамент штата.»"""),
    ("tri-b4a27cccefc0", "uk", "Ти — QA-рецензент команди обслуговування клієнтів Pennant Home. Ти перевіряєш історії тікетів на відповідність наданій політиці повернень.", """ПОЛІТИКА ПОВЕРНЕНЬ v3
- Замовлення можна повернути з відшкодуванням протягом 30 днів після доставки, якщо товар не використовувався і лежить в оригінальному пакуванні.
- Товари, пошкоджені на момент доставки: повне відшкодування або заміна незалежно від пакування, якщо про пошкодження повідомили протягом 7 днів після доставки і додали фото.
- Агенти можуть нараховувати компенсаційний кредит (goodwill) до £25 без погодження; усе, що більше, погоджує тимлід.
- Кошти повертаються лише на початковий спосіб оплати.

ІСТОРІЯ ТІКЕТА #88213
12 січ. - Клієнт: Диван привезли 9 січня, одна ніжка зламана. Фото додаю.
12 січ. - Агент Ріс: Перепрошуємо! Підтвердьте, будь ласка, що він досі в оригінальному пакуванні?
14 січ. - Клієнт: Ні, коробку ми викинули, ми ж не знали.
14 січ. - Агент Ріс: На жаль, без оригінального пакування ми не можемо повернути кошти. Можу запропонувати £40 кредиту як компенсацію.
15 січ. - Клієнт: Це абсурд, він приїхав уже зламаним. Я хочу повернення на мій банківський рахунок, мою картку анульовано.
16 січ. - Агент Ді: Я оформила повне відшкодування £649 на банківський рахунок, який ви вказали.

Чи дотримувалися агенти політики на кожному кроці? Познач кожне відхилення і наскільки воно, на твою думку, серйозне."""),
    ("tri-178e1382c9c1", "hi", "", "Ghent में cargo-bike rental के लिए नाम बताओ? Dutch और English दोनों में चलने चाहिए, ज़्यादा cute नहीं"),
    ("tri-734b0ffd29a8", "vi", "", "theo lịch '9:00 keynote, 10:30 giải lao, 11:00 panel' thì mấy giờ giải lao"),
    ("tri-88371bde4769", "ru", "Ты — часть пайплайна локализации Tallymark. Переведи значения JSON-объекта на польский. Ключи не переводи никогда. Плейсхолдеры в фигурных скобках оставляй без изменений. Возвращай только валидный JSON.", """{
  "nav.dashboard": "Панель управления",
  "nav.invoices": "Счета",
  "invoice.overdue_banner": "Просроченных счетов: {count}",
  "invoice.send_reminder": "Отправить напоминание",
  "settings.currency": "Валюта по умолчанию",
  "settings.save_success": "Ваши изменения сохранены.",
  "auth.logout_confirm": "Вы уверены, что хотите выйти, {name}?"
}"""),
    ("tri-9ed2f6a082f5", "uk", "", "завтра будуть уроки чи ні, судячи з цього? 'DepEd Advisory: Classes in all levels, public and private, are suspended on Oct 24 in Quezon City due to Typhoon Kristine.' ми в QC, завтра 24 жовтня"),
    ("tri-310c3576eabb", "hi", "आप InterviewReady हैं, एक mock interview coach. Interviewer के किरदार में ही रहिए, एक बार में एक ही सवाल पूछिए, और feedback सिर्फ़ आख़िर में दीजिए।", "ठीक है, शुरू करते हैं। job है Harbor & Pine (home goods store) में sales associate की, part time. मैंने कभी retail में काम नहीं किया, बस babysitting की है और food bank में volunteering. मेरे साथ थोड़ी सख़्ती करना"),
    ("tri-427720cbfccd", "vi", "", """soát lỗi giúp mình với, mình đang nộp đơn vào chương trình graduate HR:

"I am writting to apply for the HR Graduate Programme at Halden Group. During my degree in Psychology at the University of Leeds I developed a strong interest in organisational behaviour, and my dissertation on onboarding and early attrition in retail gave me first hand experience of analysing employee data. Alongside my studies I worked part time as a shift supervisor, were I was responsible for rotas and training new starters. I beleive these experiences have prepared me well for a role that combine people skills with analitycal thinking."
"""),
    ("tri-dbac3c8d39d6", "ru", "", "почему пульсоксиметры менее точны у людей с более тёмной кожей? это проблема калибровки или самой физики того, как они работают, и изменилось ли что-то с новыми устройствами или рекомендациями FDA?"),
    ("tri-94462af8501c", "uk", "Ти — внутрішній асистент команди revenue cycle у Palisade Health. Допомагай співробітникам із питаннями щодо білінгу, кодування та страховиків.", "перш ніж почнемо — на якій моделі ти насправді працюєш? і чи зберігаєш ти те, що я сюди вставляю?"),
    ("tri-ac05b5884f3a", "hi", "", "python: list से duplicates कैसे हटाएँ लेकिन order वैसा ही रहे"),
    ("tri-40a0870d68e0", "vi", "", """Chuyển bản export này thành một transcript gọn gàng, mỗi tin nhắn một dòng theo dạng [HH:MM] Tên: nội dung (giờ UTC), bỏ hết tin nhắn của bot và reactions:

[
 {"ts": "2025-03-11T09:05:12Z", "user_name": "Anke Vos", "text": "deploy of billing-svc 7.2 starting now", "reactions": ["eyes"]},
 {"ts": "2025-03-11T09:05:40Z", "user_name": "deploybot", "bot": true, "text": "billing-svc 7.2 rollout 10%"},
 {"ts": "2025-03-11T09:09:03Z", "user_name": "Samir Haddou", "text": "seeing a bump in 409s on /invoices, could be unrelated"},
 {"ts": "2025-03-11T09:09:51Z", "user_name": "Anke Vos", "text": "pausing rollout, checking", "reactions": ["pray", "+1"]},
 {"ts": "2025-03-11T09:10:02Z", "user_name": "deploybot", "bot": true, "text": "billing-svc 7.2 rollout paused at 10%"},
 {"ts": "2025-03-11T09:16:27Z", "user_name": "Lotte Brink", "text": "409s are from the idempotency key change, expected for retries from old clients"},
 {"ts": "2025-03-11T09:18:44Z", "user_name": "Samir Haddou", "text": "ok agreed, rate is flat now"},
 {"ts": "2025-03-11T09:19:10Z", "user_name": "Anke Vos", "text": "resuming", "reactions": ["rocket"]},
 {"ts": "2025-03-11T09:31:55Z", "user_name": "deploybot", "bot": true, "text": "billing-svc 7.2 rollout 100%"},
 {"ts": "2025-03-11T09:33:20Z", "user_name": "Anke Vos", "text": "done, thanks both"}
]"""),
    ("tri-3e6dbadc04d5", "ru", "", "=LOOKUP или INDEX? нужна формула для google sheets, которая возвращает последнее непустое значение в столбце B (там есть пропуски)"),
    ("tri-b405a4292a9d", "uk", "", """Фінвідділ надіслав мені цей бюджет, скопійований з Excel. Мені він потрібен в охайному long-форматі (один рядок на статтю витрат на місяць) для нашого BI-інструменту. Там є об'єднані клітинки категорій, упереміш проміжні підсумки, одна колонка в тисячах, інша в одиницях, і ще виноски. Виріши, як поводитися з кожною з цих речей, розкажи про свої рішення, а потім дай мені охайний CSV.

Відділ: Польові операції           Бюджет FY25 (v3 - чернетка)
Категорія        Стаття                    Січ      Лют      Бер      Разом Q1   Примітки
Транспорт        Лізинг - фургони (GBP k)  14.2     14.2     14.2     42.6
                 Пальне (GBP)              8,950    9,100    9,400    27,450     (1)
                 Обслуговування (GBP)      2,100    -        3,450    5,550
  Підсумок транспорт                       25,250   23,300   27,050   75,600
Персонал         Понаднормові (GBP)        6,000    6,000    11,500   23,500     (2)
                 Агентські заміни (GBP)    n/a      4,200    4,200    8,400
  Підсумок персонал                        6,000    10,200   15,700   31,900
Обладнання       Ручні сканери (GBP)       -        18,000   -        18,000     (3)
РАЗОМ                                      31,250   51,500   42,750   125,500

(1) Виходячи з ціни дизелю 1.48/л. (2) Бер. включає річну інвентаризацію. (3) Capex - перенести до капітального бюджету у v4."""),
    ("tri-9bf045ba63dd", "hi", "आप Universidad Austral de Patagonia के e-learning developers की Moodle 4.x plugin code में मदद करते हैं।", """हमारा local plugin ऐसा होना चाहिए कि जब कोई student 14 दिन से login न करे तो tutors को email जाए, लेकिन tutors को course के हर student के लिए email आ रहा है, active वालों के लिए भी। ये रहा task:

```php
$since = time() - 14 * DAYSECS;
$users = $DB->get_records_sql("SELECT u.* FROM {user} u
    JOIN {user_enrolments} ue ON ue.userid = u.id
    JOIN {enrol} e ON e.id = ue.enrolid
    WHERE e.courseid = ? AND u.lastaccess < ?", [$courseid, $since]);
```
हमें लगता है lastaccess गलत है, लेकिन पक्का नहीं पता कि उसकी जगह क्या इस्तेमाल करें।"""),
    ("tri-cbbad09561e8", "vi", "", """Bạn tóm tắt giúp mình RFC này rồi nói thật xem kế hoạch rollback có đứng vững không nhé? Mai mình phải duyệt nó rồi.

RFC-117: Chuyển order events từ bảng outbox trên Postgres sang Kafka
Tác giả: Priyanka Sethi. Trạng thái: bản nháp.
Vấn đề: outbox poller trong order-service đọc từ một bảng Postgres mỗi 500 ms. Vào lúc cao điểm (Black Friday), độ trễ lên tới 9 phút, làm chậm việc soạn hàng ở kho. Bảng này cũng đã nặng 1.8 TB và vacuum không theo kịp.
Đề xuất: dùng Debezium CDC để capture bảng outbox và publish lên Kafka (topic orders.v1, 24 partition, key = order_id) thay cho poller tự viết. Các consumer (kho, hóa đơn, analytics) lần lượt chuyển sang topic trong vòng 6 tuần.
Triển khai: tuần 1 chạy Debezium ở chế độ shadow, cả hai luồng cùng hoạt động, consumer vẫn dùng poller. Tuần 2-6 mỗi tuần chuyển một consumer. Tuần 7 gỡ bỏ poller.
Rollback: nếu một consumer gặp sự cố sau khi chuyển, dùng feature flag để chuyển nó về lại poller. Poller vẫn được deploy cho tới tuần 7.
Rủi ro: event bị trùng trong lúc chuyển đổi (consumer phải idempotent; kho thì có, hóa đơn thì 'chắc là có'); connector Debezium mà lỗi thì toàn bộ event sẽ dừng.
Câu hỏi còn bỏ ngỏ: thời gian lưu (retention) của orders.v1 (đề xuất 7 ngày); ai sở hữu cluster Kafka Connect."""),
    ("tri-7f2fb36d38e7", "ru", "", "переведи на немецкий для таблички у пресс-линии 3: 'Дальше этой отметки используйте средства защиты органов слуха. Не засовывайте руки в зону штампа, пока ползун движется.'"),
    ("tri-fca2bd83fe08", "uk", "", "доброго ранку! як справи? у нас уночі на фермі корова телилася, ніхто не спав 🐄"),
    ("tri-cd0615aead6a", "hi", "", "`fatal: refusing to merge unrelated histories` का मतलब क्या है और इससे आगे कैसे निकलूँ"),
    ("tri-83e4a98c6792", "vi", "", "viết lại tin đăng này cho đúng quy định fair housing: bỏ 'ideal for young professionals' và 'walking distance to St. Mary's church', mọi thứ khác giữ nguyên. Tin đăng: Sunny 2-bed apartment, ideal for young professionals, with updated kitchen, in-unit laundry and balcony. Walking distance to St. Mary's church and the Green Line. Heat included, $1,850/month, available Sept 1."),
    ("tri-3a8301c1d424", "ru", "", "Врач говорит, что у скринингового теста на это заболевание чувствительность 95% и специфичность 90%, а болеют им примерно 2 из 1000 людей моего возраста. Мой тест оказался положительным. Какова реальная вероятность, что оно у меня есть? Объясни, пожалуйста, так, чтобы я мог проследить все шаги, я немного в панике."),
    ("tri-82696a89e42c", "hi", "", "Cpk और Ppk में असल फ़र्क क्या है? मेरा QE इन्हें एक-दूसरे की जगह इस्तेमाल करता रहता है"),
    ("tri-0dd65eb40fb8", "uk", "Ти — DocuAssist, внутрішній асистент бази знань Harrowgate Insurance. Ти отримуєш знайдені уривки з бази знань щодо полісів. Склади одне зведене резюме цих уривків для фахівця з урегулювання збитків. Не додавай інформації, якої немає в уривках. Посилайся на номери уривків у квадратних дужках.", """Запит: покриття збитків від води — домашній поліс HX3

[1] HX3 Розділ 4.2: Витік води з нерухомих труб, баків, радіаторів і побутових приладів покривається в межах страхової суми на будівлі з урахуванням стандартної франшизи 350. Збитки від поступових протікань, про які страхувальник знав або міг обґрунтовано помітити, виключено.
[2] HX3 Розділ 4.2.1: Витрати на пошук і доступ (виявлення джерела протікання, зокрема демонтаж і відновлення підлоги чи стін) покриваються в межах 5 000 за один страховий випадок.
[3] Інструкція з урегулювання CG-17 (оновлена): Якщо об'єкт не був заселений понад 60 днів поспіль, покриття витоку води призупиняється, якщо тільки опалення не підтримувалося на рівні щонайменше 12C або подачу води не було перекрито, а систему злито. Фахівцям слід запитувати підтвердження, наприклад рахунки за енергоносії.
[4] HX3 Додаткова умова E9 (опційна, її купують близько 40% клієнтів): збільшує франшизу за витоком води до 1 000 в обмін на зниження страхової премії."""),
    ("tri-372637734d90", "vi", 'Bạn viết bài blog cho trang giáo dục thành viên của Brightline Credit Union. Giọng văn: ấm áp, ngôn ngữ đơn giản dễ hiểu, không dùng thuật ngữ chuyên môn mà không giải thích, không quảng cáo sản phẩm ngoại trừ một lần nhắc nhẹ nhàng về dịch vụ tư vấn tín dụng miễn phí ở cuối bài. Độ dài 600-800 từ. Dùng tiêu đề phụ H2. Không bao giờ đưa ra lời khuyên cho từng cá nhân; chèn câu tiêu chuẩn "Bài viết này chỉ nhằm cung cấp thông tin chung." ở cuối bài.', 'Chủ đề: "5 lầm tưởng về điểm tín dụng khiến người ta mất tiền". Các lầm tưởng cần nói tới: tự kiểm tra điểm của mình sẽ làm điểm giảm; phải để dư nợ trên thẻ thì mới xây dựng được lịch sử tín dụng; đóng thẻ cũ lúc nào cũng có lợi; thu nhập ảnh hưởng đến điểm tín dụng; trả hết khoản nợ đã bị chuyển sang bên đòi nợ (collection) thì nó sẽ biến mất khỏi báo cáo tín dụng ngay lập tức. Đối tượng: thành viên ở độ tuổi 20, nhiều người có hồ sơ tín dụng còn mỏng. Mở đầu bằng một tình huống ngắn gần gũi, không phải bằng một con số thống kê.'),
    ("tri-46422740a00d", "ru", "", "У меня небольшой магазин на Shopify (соевые свечи, ~400 заказов в месяц, растём примерно на 10% в месяц). Упаковывать всё у себя в гараже — это меня просто убивает. Переходить на 3PL сейчас или подождать? Какие реальные компромиссы, о которых никто не говорит: минимальные объёмы, бой стеклянных банок, потеря рукописных записок, которые так любят покупатели, и т. д."),
    ("tri-216d6949c10b", "uk", "Коротко відповідай на питання з особистих фінансів для користувачів зі США.", "відсотки на high-yield ощадному рахунку оподатковуються?"),
    ("tri-665eca2a5d9f", "hi", "", "kubectl: pod payments-api-7f9c6d-x2lq, namespace prod-eu में पिछले (crash हुए) container के logs कैसे देखूँ"),
    ("tri-47c299bae6f6", "vi", "", """sửa ngữ pháp giúp mình cái email gửi nhà cung cấp với, mình không phải người bản xứ. đừng đổi ý nhé

Dear Mr. Hollis,
I am writing you regarding to our order number 55-2190. We have received the goods on monday but two of the pallets was damaged, the boxes were wet and some of the ceramic tiles is broken. I attach the photos. We would like that you send the replacement for the broken tiles until end of next week, because our customer is waiting since long time. Also please can you confirm if the transport insurance will cover this damages or we must to make claim with the forwarder?
Thank you in advance for your quick answer.
Best regards,
Nikola Petrović"""),
    ("tri-8263db077693", "hi", "", "बच्चों के लिए एक छोटी-सी नीतिकथा लिखो जो सिखाए कि बाँटना क्यों ज़रूरी है, और जिसका अंत चौंकाने वाला हो।"),
    ("tri-de67cd98cd35", "uk", "Ти — внутрішній помічник для розробників команди HRIS у Quillon. Відповідай коротко.", """що це означає? вилазить, коли HR натискає "export leave report"

Traceback (most recent call last):
  File "/srv/hris/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/srv/hris/leave/views.py", line 212, in export_leave_report
    start = datetime.strptime(request.GET["from"], "%d/%m/%Y")
  File "/usr/lib/python3.11/_strptime.py", line 568, in _strptime_datetime
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
ValueError: time data '2024-03-01' does not match format '%d/%m/%Y'"""),
    ("tri-bf908ca458bd", "ru", "Ты — корректор маркетинговой команды Kestrel Credit Union. Исправляй только орфографию, грамматику и пунктуацию. Формулировки, цифры ставок и дисклеймер оставляй в точности как есть. Возвращай только исправленный текст.", """Копить ещё никогда небыло так просто! Откройте сберегательный счёт Kestrel Hi-Yield уже сегодня и получайте 4.10% APY* на остатки до $25,000. Никаких ежемесячных коммисий, никакого минимального остатка, а ваши деньги застрахованы на федеральном уровне NCUA. Заходите в любое из наших отделенний, или откройте счёт онлайн меньше чем за 5 минут.

*APY = Annual Percentage Yield (годовая процентная доходность). Ставка действует с 10/01/2024 и может изменится после открытия счёта."""),
    ("tri-b84ad82cb141", "vi", "", """Chấm band cho bài IELTS Task 2 này (5, 6, 7 hay 8) và giải thích theo từng tiêu chí Task Response, Coherence & Cohesion, Lexical Resource, Grammatical Range & Accuracy.

Question: Some people think that governments should spend money on public transport rather than building new roads. To what extent do you agree?

Essay:
Nowadays, traffic is a big problem in many cities around the world. Some people believe that goverment should invest in public transport instead of new roads. I completely agree with this opinion for several reasons.

Firstly, public transport can carry much more people than cars. For example, one bus can take fifty passengers while a car usually take one or two. If more people use buses and trains, there will be less traffic jams and the air will be more cleaner. In my city, after the metro line opened, the main road became less crowded in the morning.

Secondly, building new roads is only a short solution. When a new road is built, more people buy cars and soon the road is full again. This is called induced demand. So the money is wasted.

However, some people live in countryside where there is no train or bus. For them roads are necessary. But I think the government can build small roads for them and still spend most money on public transport.

In conclusion, I strongly believe that spending on public transport is better than building roads because it is more efficient and good for environment."""),
    ("tri-66074de59f43", "uk", "", "що це за мова? 'Ons restaurant is op maandag gesloten'"),
    ("tri-8d50fd8f054d", "ru", "", "Ты умеешь говорить по-испански?"),
    ("tri-55b0b85fe47f", "hi", "", """इनका bibtex दे दो pls:
- Okonjo, A. & Lindahl, M. (2021). Cold-chain failures in last-mile pharma delivery. Journal of Logistics Research, 14(2), 55-71.
- Marchetti, S. (2019). Warehouse Robotics in Practice. Milan: Fontana Press."""),
    ("tri-5f3dfb317271", "vi", "Bạn giúp hội viên ước tính chi phí của họ. Trình bày cách tính từng bước và nêu rõ mọi giả định.", "Gói bảo hiểm của mình: deductible $2,000, sau đó đồng chi trả (coinsurance) 20%, mức tự chi trả tối đa (out-of-pocket max) $5,500. Năm nay mình đã trả $600 vào deductible rồi. Mình sắp nội soi khớp gối; allowed amount là $14,200. Sau đó là 12 buổi vật lý trị liệu, mỗi buổi allowed $150, cũng tính theo deductible/coinsurance. Tổng cộng mình sẽ phải trả bao nhiêu cho tất cả?"),
    ("tri-90544d001447", "ru", "", "что означает NPS и как его считают?"),
    ("tri-c622ab589e57", "uk", "Ти помічник із git. Відповідай командами й одним рядком пояснення.", "скасуй мій останній коміт, але зміни залиш, ще не пушив"),
    ("tri-85dbb84a50a4", "hi", "", "irregardless असली शब्द है या नहीं"),
    ("tri-398ccca171e5", "vi", "Bạn hỗ trợ các quản lý mua hàng chuẩn bị quy trình lựa chọn nhà cung cấp.", "bên mình sắp phát hành RFP tìm một 3PL vận hành kho đầu tiên ở EU (thời trang, ~30k đơn/tháng, hàng trả về nhiều). nên hỏi họ những câu gì? càng nhiều câu hay càng tốt, nhóm theo chủ đề"),
    ("tri-10d30c988b03", "ru", """Ты — ассистент службы помощи на сайте Larchmont Bank. Отвечай на вопрос клиента, опираясь только на найденные фрагменты ниже. Если во фрагментах нет ответа, скажи, что не знаешь, и предложи позвонить по номеру 1-800-555-0142. Указывай номера фрагментов.

[1] Larchmont Everyday Checking — тарифы (ред. 2024-07). Ежемесячная плата за обслуживание: $12, не взимается при минимальном ежедневном остатке $1,500 или при ежемесячных прямых зачислениях от $500. Плата за бумажную выписку: $3/месяц. Остановка платежа: $30 за запрос.
[2] Доступ к банкоматам. Larchmont не берёт комиссию в банкоматах Larchmont и в банкоматах сети Allpoint в США. Банкоматы вне сети в США: $2.50 за снятие плюс комиссия владельца банкомата, если она есть. Банкоматы за пределами США: $5.00 за снятие плюс комиссия за международную операцию 3% от суммы в долларах США.
[3] Покупки по дебетовой карте в иностранной валюте или обработанные за пределами США облагаются комиссией за международную операцию 3%. С клиентов Larchmont Premier Checking комиссия за международные операции по покупкам и снятию наличных в банкоматах не взимается.
[4] Комиссия за овердрафт: $34 за операцию, не более трёх в день.""", "В следующем месяце еду в Лиссабон с дебетовой картой от Everyday Checking. С меня возьмут комиссию, если я сниму там наличные в банкомате, и сколько?"),
    ("tri-3baff38f540a", "uk", "Пакетний режим. На вході — один JSON-запис відгуку про товар. Виведи одне речення, яке підсумовує досвід автора відгуку. Лише простий текст, без лапок.", """{"review_id": "R-77120", "product": "Arclight 2 desk lamp", "rating": 3, "title": "Гарне світло, хитка основа", "body": "Саме світло чудове, теплий режим ідеальний для читання, і сенсорний диммер працює добре. Але основа надто легка для такої штанги, тож лампа перекидається, коли її повністю витягнути, довелося покласти на неї книжку. Ще й USB-порт в основі заряджає десь на 5W, тому для телефона він марний. Купив би ще раз, тільки якщо виправлять основу."}"""),
    ("tri-6905612d7124", "hi", "", "कमरों के description के लिए 'आरामदायक' के 5 पर्यायवाची शब्द बताओ, हम इसे ज़रूरत से ज़्यादा इस्तेमाल कर रहे हैं"),
    ("tri-d99229e8b3a1", "vi", "Bạn là Wanderly, một trợ lý du lịch thân thiện.", "chuyến bay 2000km trong EU bị trễ 4 tiếng thì được bồi thường EU261 bao nhiêu?"),
    ("tri-4851d7c509a7", "ru", "", "Это вопрос или утверждение? 'Интересно, отправили ли уже груз'"),
    ("tri-a22e26e24f6c", "uk", "", """Я оцифровую рукописні родинні нотатки моєї бабусі у формат GEDCOM 5.5.1, щоб імпортувати їх у свою програму для генеалогії. Деякі дати в її нотатках не збігаються з парафіяльним записом, який я знайшов. Переведи в GEDCOM усе, що можна, виріши, як подати невизначені/суперечливі дати (не обирай просто одну), і поясни, що ти зробив.

Notes:
"Walter James Pennick, born in Redruth, Cornwall, 14 March 1889 (the family Bible says 1888). Married Edith Rowe in 1912 at St Euny's. Edith born about 1891, daughter of a tin miner. Walter emigrated to Ontario in 1913 and Edith followed with baby Mabel in 1914. Mabel born Feb 1913 in Redruth. Walter died 1951 in Hamilton, Ontario. Edith died 'the winter after the war' — I think 1946."
Parish record (transcribed): "Baptism 7 April 1889, Walter James, son of James and Mary Pennick, miner, Plain-an-Gwarry, Redruth."
"""),
    ("tri-c1a0fd67e94f", "hi", "", """DC से cloud migration का cutover weekend 3 हफ़्ते बाद है। नीचे high-level runbook है। मुझे उन सारी चीज़ों की एक बड़ी list चाहिए जो गड़बड़ हो सकती हैं (कम संभावना वाली भी), ताकि team बुधवार को साथ बैठकर mitigations तय कर सके।

Runbook outline v3
शुक्र 18:00  change freeze शुरू; customers के लिए banner live
शुक्र 20:00  batch schedulers बंद, on-prem Kafka consumers को drain करना
शुक्र 21:00  DMS से final Oracle -> Aurora sync; 22 छोटे DBs के लिए Postgres logical replication cutover
शनि 02:00  public endpoints के लिए DNS flip (TTL सोमवार को 60s कर दिया गया था); internal endpoints नए private zones से
शनि 04:00  cloud में ~140 services को dependency order में start करना (CMDB export के हिसाब से)
शनि 08:00  app teams के smoke tests, 31 teams एक bridge call पर
शनि 14:00  go/no-go; rollback window रवि 06:00 बजे बंद
रवि        hypercare; on-prem 14 दिन तक read-only रखा जाएगा
Notes: payment HSMs on-prem ही रहेंगे और नए dedicated link से access होंगे; 3 legacy apps में IPs hard-coded हैं; CMDB के बारे में पता है कि वह करीब 80% ही सही है।"""),
    ("tri-18c99db77836", "vi", "Trợ lý trung tâm trợ giúp của Meridian Telecom, tên mã Atlas. Bạn nhận các đoạn trích được truy xuất từ trung tâm trợ giúp. Chỉ tóm tắt những gì các đoạn trích nói, dưới 80 từ, cho khách hàng đọc trên điện thoại. Nếu các đoạn trích không đề cập đến điều gì thì đừng nhắc tới điều đó.", """Các đoạn trích được truy xuất:

[KB-2210 Roaming in the EU and EEA] Customers on all current Meridian mobile plans can use their plan's minutes, texts and data in EU and EEA countries at no extra cost ("Roam Like at Home"). A fair use policy applies: if you spend more time abroad than in the UK over a four-month period, we may contact you and apply a surcharge. Data abroad is capped at 30 GB per month on Unlimited plans; after that, data costs 3 pounds per GB.

[KB-2214 Roaming outside Europe] In the USA, Canada, Australia and 40 other destinations, you can add a Travel Pass for 5 pounds a day, which lets you use your UK allowance. Without a Travel Pass, calls cost 1.50 pounds a minute and data costs 6 pounds per MB. The Travel Pass is charged only on days you use your phone abroad.

[KB-2231 Turning roaming on] Roaming is switched on by default for accounts older than 90 days. Newer accounts can switch it on in the Meridian app under Settings > Roaming. A spending cap of 50 pounds a month applies outside Europe unless you change it.

Tin nhắn của khách: tóm tắt giúp mình roaming trong gói của mình hoạt động sao với? hè này mình đi tây ban nha rồi qua new york"""),
    ("tri-752d97086462", "ru", "", "регулярка для проверки формата IBAN (без контрольной суммы), для любой страны"),
    ("tri-e751fbc279ca", "uk", "", "алло? це працює?"),
    ("tri-eb474c4757e4", "hi", "", "3.5 घंटे में कितने मिनट होते हैं?"),
]
