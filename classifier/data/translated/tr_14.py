"""Training-only translations of hand-written English training prompts (chunk 14: de, tr)."""
T = [
    ("tri-92b6fbc81eb6", "de", "", "Karton ist 60x40x40 cm, wie hoch ist das Volumengewicht, wenn der Versanddienstleister mit Divisor 5000 rechnet?"),
    ("tri-15f3e2c9058f", "tr", "Brightwave Telecom'un destek asistanısın. Bir temsilci sana bir talep yazışmasını yapıştıracak. Bir sonraki vardiya için devir notu yaz: en fazla 3 madde, selamlama yok, özür yok ve talebin güncel durumunu mutlaka belirt.", """Talep #BW-448120 - Fiber kesintisi, 14 Larchmont Close

[Pzt 08:12] Müşteri (P. Ostrowski): Dün gece 23:00 civarından beri internet yok. Modemin ışığı kırmızı. İki kere yeniden başlattım zaten. Evden çalışıyorum, lütfen bugün çözülmesi lazım.
[Pzt 08:40] Temsilci Tomasz: Hat testinde ONT'de sinyal kaybı görünüyor. Müşteriden yeşil fiber kablonun yerine oturduğunu kontrol etmesini istedim. Müşteri oturduğunu teyit etti.
[Pzt 09:05] Temsilci Tomasz: Saha ziyareti açıldı, randevu Salı 08:00-12:00. 4G dongle teklif edildi, müşteri kabul etti, aynı gün teslimat için kurye ayarlandı.
[Pzt 16:30] Müşteri: Dongle geldi ama dairemde sadece tek çubuk çekiyor. Neredeyse kullanılamaz halde. Teknisyen bugün gelebilir mi?
[Pzt 16:52] Temsilci Rhiannon: Bölgede daha erken randevu yok. Saha ekibine önceden aramaları için not düştüm. Jest olarak 2 günlük hizmet bedeli (GBP 3.80) iade edildi.
[Sal 11:47] Saha teknisyeni notu: Fiber, sokaktaki dağıtım kabininde üçüncü taraf yol çalışması nedeniyle hasar görmüş. Ek yapma (splicing) ekibi gerekiyor, bu ziyarette onarılamıyor. Tahmini onarım Perşembe.
[Sal 12:10] Müşteri: Bu saçmalık, iki günlük işim gitti. Düzgün bir tazminat istiyorum ve onarım tarihini yazılı olarak istiyorum."""),
    ("tri-19a11b4b3bbb", "de", "", """kein regex, liste einfach die hex-farben auf die in diesem css vorkommen (jede nur einmal)

.btn-primary{background:#1f6feb;border:1px solid #1a5fd0;color:#fff}
.btn-primary:hover{background:#1a5fd0}
.alert-warn{background:#fff8e1;color:#8a6d00;border-left:4px solid #f5b400}
.muted{color:rgba(0,0,0,.55)}
footer{background:#0d1117;color:#c9d1d9}"""),
    ("tri-a4a0e2b47910", "tr", "", "alüminyum ekstrüzyon hattımızdan çıkan kırpıntıları €1.10/kg'dan hurdaya satmak yerine nasıl değerlendirebiliriz? yaratıcı seçenekleri listele, yerel okullar/makerspace'lerle yapılabilecek şeyler dahil"),
    ("tri-5981b1193156", "tr", "", "sen chatgpt misin yoksa başka bir şey mi?"),
    ("tri-d075bc44db76", "de", "", "Übersetze unseren Markenslogan 'Fuel your curiosity' für den chinesischen und den arabischen Markt so, dass er dort wirklich natürlich klingt, und sag mir, welche Konnotationen wir vermeiden sollten."),
    ("tri-0c25679feedb", "tr", "", "Ekteki franchise sözleşmesinden bizi gerçekten bağlayan tüm yükümlülükleri listele ve hangilerinin dava konusu olabilecek kadar muğlak olduğunu işaretle."),
    ("tri-73075da0ccef", "de", "", "Ein Kunde hat gerade per Mail gefragt, ob wir auch Firmengeschenke machen. Wir sind ein Teeladen mit losem Tee, nur zu zweit. Was könnten wir realistisch anbieten? Produkte, Verpackung, Services, Preismodelle, hau alles raus"),
    ("tri-21f7495bf740", "tr", "", "Alüminyum MIG kaynaklarımızda sürekli gözenek oluşuyor, ama sadece nemli yaz aylarında. Muhtemel kök nedenler neler ve arıza tespitinde önceliği nasıl sıralardın?"),
    ("tri-8b37c839db81", "de", "", "Welche dieser E-Mails sind dringend? (a) Mittagsmenü für Freitag (b) Produktionsdatenbank ist down (c) Erinnerung: Stundenzettel"),
    ("tri-7e96552f5411", "tr", "", """go servisimizin image'ı 1.2GB lol. bunu multi-stage yapabilir misin, final image minicik olsun?

FROM golang:1.22
WORKDIR /app
COPY . .
RUN go build -o server ./cmd/server
EXPOSE 8080
CMD ["./server"]"""),
    ("tri-f90326af9847", "de", "", "Säumnisgebühr ist 2% auf einen offenen Betrag von $850, wie viel muss ich insgesamt zahlen?"),
    ("tri-6ce1f2e45bcd", "tr", "", "ofis dışı mesajı yazar mısın pls: Perşembeye kadar Riyad deposundayım, acil sevkiyatlar için Samir'e ulaşın: ops@qitaf-logistics.com"),
    ("tri-3b099a8696ac", "de", "", "erzähl mir nen witz über kuriere, brauch was fürs morgen-meeting mit dem team"),
    ("tri-1db38ef436f9", "tr", "", """IIS üzerinde .NET Framework 4.8. Yaklaşık 30 eşzamanlı broker isteğinde bütün app pool yanıt vermeyi kesiyor ve her istek 100 sn sonra timeout oluyor. Düşük trafikte gayet sorunsuz, CPU da baştan sona düşük kalıyor. Neden böyle oluyor ve bu sprintte tüm kod tabanını async'e çeviremeyeceğimizi düşünürsek en az riskli çözüm ne?

public class QuoteController : ApiController
{
    private readonly IRatingClient _rating;
    private readonly IQuoteRepository _repo;

    [HttpPost]
    public IHttpActionResult Create(QuoteRequest req)
    {
        var premium = _rating.GetPremiumAsync(req.Vehicle, req.Driver).Result;
        var quote = new Quote { Premium = premium, CreatedUtc = DateTime.UtcNow, BrokerId = req.BrokerId };
        _repo.SaveAsync(quote).Wait();
        return Ok(quote);
    }
}

public class RatingClient : IRatingClient
{
    private static readonly HttpClient Http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };

    public async Task<decimal> GetPremiumAsync(Vehicle v, Driver d)
    {
        var resp = await Http.PostAsJsonAsync("https://rating.tarnwell.internal/api/v2/price", new { v, d });
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadAsAsync<RatingResponse>();
        return body.Premium;
    }
}"""),
    ("tri-2fb9d7c0f435", "de", "", "wie viele kartons 30x20x15 cm passen auf eine europalette (120x80), wenn die max. gesamthöhe 1,6 m inkl. der 15 cm palette ist? kein überstand"),
    ("tri-bfae6736286b", "tr", "Tollcross Halk Kütüphanesi kataloğu ve üye hesabı için asistan. Kısa ve öz ol.", "burada bana tam olarak ne konularda yardımcı olabiliyorsun?"),
    ("tri-eb1bc0137e6e", "de", "", """SKU HX-220 (Hydraulikschlauch-Armatur), Nachfrage der letzten 12 Wochen, Stück/Woche:
262, 281, 240, 305, 270, 248, 299, 318, 255, 276, 290, 244

Lieferzeiten des Lieferanten für die letzten 10 Bestellungen (Tage): 6, 6, 7, 6, 9, 6, 6, 10, 6, 9

Aktueller Bestand: 410 Stück, dazu 600 bereits bestellt (Eingang in 4 Tagen). Wir haben 7 Tage die Woche geöffnet. Ziel-Servicegrad (Alpha, pro Zyklus) ist 97%. Die Lagerhaltungskosten sind eher hoch, deshalb will ich beim Sicherheitsbestand nicht übertreiben, aber ein Fehlbestand legt die Produktionslinie eines Kunden still und im Vertrag steht eine Vertragsstrafe.

Kannst du einen Meldebestand und Sicherheitsbestand berechnen und erklären, welche Formel du genommen hast, wo doch auch die Lieferzeit schwankt? Sag Bescheid, wenn du die Datenbasis für zu dünn hältst, um dem Ergebnis zu trauen."""),
    ("tri-415dfa8393b2", "tr", "", "Goodhart yasasının velocity ve story point gibi mühendislik metriklerini neden bu kadar sert vurduğunu açıkla, ekiplerin bunları nasıl manipüle etmeye başladığına dair birkaç örnekle"),
    ("tri-5f563c95aeec", "de", "", """Call transcript, renewal check-in, Oakridge Dental Group (14 clinics), 18 Feb:

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

Nur auf Basis dieses Calls: Wie wahrscheinlich ist es, dass Oakridge verlängert, was sind die eigentlichen Einwände hinter dem, was Mark gesagt hat, und was ist das größte einzelne Risiko? Sei ehrlich und direkt, ich brauche das für den Forecast-Call."""),
    ("tri-dba1bafec4dd", "tr", "ABD'deki küçük işletmelere yönelik bir İK danışmanlık asistanısın. Pratik ol ve avukata ihtiyaç duydukları durumları belirt.", "40 kişilik bir startup'ız. Bir mühendis operasyon sorumlumuza, iki kurucu ortaktan birinin birebir görüşmelerde dış görünüşü hakkında yorumlar yaptığını ve ona gece geç saatlerde mesaj attığını söyledi. Diğer kurucu ortak CEO ve onunla çok yakın arkadaş. İK sorumlumuz yok. Bunu hem adil olacak hem de hukuki açıdan işleri daha da kötüleştirmeyecek şekilde nasıl ele almalıyız?"),
    ("tri-1beb3d304207", "de", "", "soll und haben bei der doppelten buchführung, was ist da eigentlich der unterschied"),
    ("tri-ca1826a7903c", "tr", "", """Onları aramadan önce: bu yazışmada tedarikçinin gecikmenin kendi hatası olduğunu kabul ettiği şeklinde okunabilecek her şeyi çıkar ve her birinin ne kadar güçlü olduğunu söyle.

---
Kimden: Callum Reid (Corran Packaging)
Tarih: 4 Şubat
Merhaba Anneke, uzun süre ses çıkarmadığımız için kusura bakma. Senin SKU serin için baskı kalıplarında bizim tarafta ufak bir karışıklık oldu, bu da işleri geciktirdi. Bu hafta içinde çözülmüş olur.

Kimden: Anneke de Wit (Kittiwake Drinks)
Tarih: 6 Şubat
Callum, lansmanımız 20 Şubat'ta. Sevk tarihini yazılı olarak teyit edebilir misin?

Kimden: Callum Reid
Tarih: 7 Şubat
Anlaşıldı. Gerçekçi konuşursak 17'sini öngörüyoruz. Şunu da belirtmek lazım, sizin taraftaki tasarım onayı da planlanandan uzun sürdü, yani birkaç şeyin bir araya gelmesi oldu. Ekspres nakliye masrafını biz üstleneceğiz.

Kimden: Callum Reid
Tarih: 14 Şubat
Maalesef kötü haber – ikinci baskı makinesi arızalı ve bakım yüklenicimiz pazartesiden önce gelemiyor. Açıkçası yedek bir planımızın olması gerekirdi. Yeni tahmini teslim tarihi 24 Şubat.

Kimden: Anneke de Wit
Tarih: 14 Şubat
Bu tarihle lansmanımızı kaçırıyoruz. Maliyetlerimizi geri almanın yollarına bakacağız."""),
    ("tri-be2df92532c9", "de", "Tavernly, ein Helfer für Spielleiter. Schreib ausschließlich Text aus der Spielwelt; erwähne niemals Regeln, Werte oder Würfel.", "steckbrief für einen halbling, der die preisgekrönte gans des barons geklaut hat. mach ihn lustig, ~100 wörter"),
    ("tri-3dc42f2deca4", "tr", "", """Şu maddenin sade bir dille özetini verir misin lütfen, 2-3 cümle, hukuki tavsiye gerekmiyor:

"7.3 Non-Solicitation. During the Term and for a period of twelve (12) months following its expiry or termination for any reason, neither Party shall, directly or indirectly, solicit for employment or engage, whether as an employee, contractor or consultant, any individual who is or was, within the preceding six (6) months, employed by the other Party and materially involved in the performance of the Services, without the prior written consent of the other Party. The foregoing shall not restrict either Party from hiring any individual who responds to a general advertisement not specifically targeted at such individuals."""),
    ("tri-23442d4ee487", "de", "Du hilfst dem Betriebsteam von Kelvane Waste Services, juristische und behördliche Dokumente zu verstehen. Du bist kein Anwalt; weise darauf hin, wo Rechtsberatung nötig ist.", """BESCHLUSS (Auszug) – Verwaltungsgericht, Az. 4 K 1187/25
1. Die Antragsgegnerin (Kelvane Waste Services GmbH) hat innerhalb von 8 Wochen nach Zustellung dieses Beschlusses der Genehmigungsbehörde einen überarbeiteten Lärmschutzplan für ihren Standort Industriestraße 40 vorzulegen, einschließlich einer kontinuierlichen Lärmmessung an der östlichen Grundstücksgrenze.
2. Bis zur Genehmigung des überarbeiteten Plans ist der Betrieb des Glasbrechers auf werktags 07:00-18:00 Uhr beschränkt.
3. Wird Ziffer 1 nicht fristgerecht erfüllt, kann ein Zwangsgeld von bis zu EUR 10.000 für jede Woche der Verzögerung festgesetzt werden.
4. Die Kosten des Verfahrens trägt die Antragsgegnerin.
Zugestellt am 3. Februar 2026.

Unser Plan: Wir reichen den Lärmschutzplan am 20. April ein, sobald das Schallgutachten fertig ist, und bis dahin lassen wir den Brecher von 06:00 bis 20:00 laufen, aber nur mit halber Leistung, damit er leiser ist. Passt das so? Welches Risiko gehen wir damit ein?"""),
    ("tri-af209a22316e", "tr", "", "yönetim kurulu sunumu için 'hurda' (reddedilen parçalar anlamında) yerine 3 daha yumuşak kelime lazım, kulağa çok negatif geliyor"),
    ("tri-72467e7997e7", "tr", "", "'fatura vadesi geçti' lehçe nasıl denir"),
    ("tri-56066ed298d4", "de", "", "erklär mir die asienkrise von 1997 als wär ich 12, aber vereinfach es nicht zu sehr"),
    ("tri-bd6b7a622d00", "tr", "", """Yeni cluster'a geçtiğimizden beri Celery worker'ları tuhaf bir şey yapıyor ve örüntüyü bir türlü çözemiyorum. Bazı task'lar Postgres'ten gelen SSL hatalarıyla fail oluyor, bazı faturalar da iki kez e-postayla gönderiliyor. Config ve loglar aşağıda. Neler oluyor ve neyi değiştirmeliyiz?

celery_app.py (ilgili kısımlar):
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

Worker başlatma: celery -A celery_app worker --concurrency=12 --pool=prefork

Loglar (worker-3, kısaltılmış):
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

Diğer notlar: eski cluster'da concurrency 4 ve prefetch 1 ile 2 worker çalışıyordu. DB artık transaction modunda PgBouncer'ın arkasında (önceden değildi). 40211 numaralı hesap en büyük müşterilerimizden biri ve birbirinin aynısı iki fatura geldiği için şikayet etti."""),
    ("tri-fa4a6ccafc55", "de", "Du übersetzt die Elternbriefe der Maple Grove Elementary für die Familien aus dem Deutschen ins Spanische. Verwende einen warmen, einfachen Ton (usted), übernimm Datums- und Uhrzeitangaben im selben Format und füge nichts hinzu und lass nichts weg.", """Liebe Familien,
der Fototag ist nächsten Donnerstag, den 10. Oktober. Die Bestellformulare wurden heute in den Schulranzen mit nach Hause gegeben und müssen bis Dienstag zurück sein. Die Kinder dürfen einen Kamm mitbringen, aber bitte keine Mützen oder Kappen.
Zur Erinnerung: Diesen Freitag ist wegen einer Lehrerfortbildung schon um 12:30 Schulschluss. Die Nachmittagsbetreuung ist wie gewohnt geöffnet.
Vielen Dank für Ihre Unterstützung!
Frau Patterson, Schulleiterin"""),
    ("tri-b2221b249ca8", "tr", "", """bir saattir borrow checker'la boğuşuyorum. tek istediğim entry'yi güncellemek ve aynı struct'taki log vec'ine de push etmek. bu neden hata veriyor ve idiomatic yolu ne?

struct Ledger {
    balances: HashMap<String, i64>,
    log: Vec<String>,
}

impl Ledger {
    fn credit(&mut self, acct: &str, amt: i64) {
        let bal = self.balances.entry(acct.to_string()).or_insert(0);
        self.record(format!("credit {acct} {amt}"));
        *bal += amt;
    }
    fn record(&mut self, line: String) { self.log.push(line); }
}

error[E0499]: cannot borrow `*self` as mutable more than once at a time
  --> src/ledger.rs:9:9
   |
8  |         let bal = self.balances.entry(acct.to_string()).or_insert(0);
   |                   ------------- first mutable borrow occurs here
9  |         self.record(format!("credit {acct} {amt}"));
   |         ^^^^ second mutable borrow occurs here
10 |         *bal += amt;
   |         ----------- first borrow later used here

asıl kodda bunun gibi 6 tane metot var, hepsi record() çağırıyor, bazıları da birbirini çağırıyor"""),
    ("tri-43b4f69445f4", "de", "", "Fünf Praktikanten (Abi, Ben, Cato, Dee, Eli) haben jeweils einen anderen Spind bekommen, nummeriert von 1-5 in einer Reihe. Abis Spind ist neben dem von Eli. Ben hat einen mit gerader Nummer. Cato ist an einem der beiden Enden. Dee ist irgendwo links von Ben, aber nicht direkt neben ihm. Eli hat eine höhere Nummer als Abi. Finde alle Anordnungen, die passen."),
    ("tri-89e090fbb65e", "de", "", """Wir exportieren Gästedaten aus drei Systemen (PMS, Spa-Buchungstool, Restaurantreservierungen) in ein einziges Sheet und das ist totales Chaos. Schlag ein sauberes, einheitliches Schema dafür vor – Feldnamen, Datentypen, welches Feld der Schlüssel ist, wie man mit Feldern umgeht, die dasselbe bedeuten, aber unterschiedlich heißen, und was mit den Freitextspalten passieren soll. Hier ein Auszug der rohen Header und ein paar Zeilen:

PMS: GuestID | Nom/Name | FirstName | Email | Tel | Nationality | ArrDate | DepDate | RoomType | Rate | VIP(Y/N) | Notes
SPA: client_name | client_email | phone_number | treatment | therapist | slot (dd/mm hh:mm) | price_eur | allergies
REST: Guest | Room# | Covers | Time | Table | Dietary | Comments

PMS row: 48213 | Rossi | Giulia | g.rossi@mail.it | +39 333 1234567 | IT | 12/06/2025 | 15/06/2025 | DLX-SEA | 240 | Y | anniversary, likes feather pillows
SPA row: Giulia Rossi | G.Rossi@mail.it | 3331234567 | hot stone 60 | Anja | 13/06 16:00 | 95 | nuts
REST row: Rossi G. | 214 | 2 | 20:30 | T7 | nut allergy | anniversary cake??"""),
    ("tri-88d78ee5937c", "tr", "", "ortağımın bana haber vermeden şirket hesabından kendine prim ödediğini öğrendim. önce onunla mı yüzleşeyim yoksa üçüncü ortağımıza mı gideyim?"),
    ("tri-e4332cb79218", "de", "", "laut dem hier, wann krieg ich mein Form 16? 'Das Form 16 für das GJ 2023-24 wird bis zum 15. Juni 2024 über das HR-Portal ausgestellt.'"),
    ("tri-b5b135e75d69", "de", "", """Hilf mir, den Break-even für meine Bäckerei auszurechnen. Monatliche Fixkosten: Miete $4,200, Versicherung $310, Kreditrate $1,150, Software/Kassensystem $180, mein Gehalt $4,000, Teilzeitkräfte $6,800 (fester Dienstplan). Pro Artikel: durchschnittlicher Verkaufspreis $4.75 für Feingebäck und $11.50 für Brote. Zutaten + Verpackung machen bei Feingebäck 28% des Preises aus, bei Broten 22%. Kartengebühren 2,9% + $0.10 pro Transaktion, im Schnitt 2,3 Artikel pro Transaktion. Der Verkaufsmix liegt grob bei 70% Feingebäck und 30% Broten nach Stückzahl. Wir haben 26 Tage im Monat geöffnet.

Wie viele Artikel müssen wir pro Tag verkaufen, um die Gewinnschwelle zu erreichen? Und wenn der Vermieter die Miete um 15% erhöht, wie stark verschiebt sich das?"""),
    ("tri-77f3e31c354a", "tr", "", "'hızlı' için 5 eş anlamlı kelime"),
    ("tri-4ea577e0dcf4", "tr", "", "'Feierabend' türkçede ne demek? iş arkadaşım saat 5 olunca sürekli bunu söylüyor lol"),
    ("tri-5676ca454d56", "mix", "", "sag mal, are you a real person oder ein bot? 😅"),
    ("tri-0c61bf16ce40", "de", "Tallowlight Studio Narrative-Tool. Rolle: Narrative Writer für Gloamreach, ein Dark-Fantasy-Survival-Spiel. Triff den etablierten Ton: knapp, verwittert, gelegentlich trockener Humor. Erwähne niemals Spielmechaniken oder UI.", "Brauche den Tagebucheintrag, den man bei der Leiche des Leuchtturmwärters in der Salzmarsch-Zone findet. Er ist seit 3 Wintern allein, das Licht ist vor 9 Tagen ausgegangen, er glaubt, dass der Nebel lebt. ~250 Wörter, der letzte Eintrag bricht mittendrin ab."),
    ("tri-74a7ee3b2ab1", "tr", "Calloway & Reyes LLP'nin dosya kabul asistanısın. Kullanıcının yapıştırdığı belgeden şunları çıkar: talep edenin adı, karşı tarafın adı, talep edilen her tutar (neye ilişkin olduğuyla birlikte), yanıt için son tarih ve varsa talep edenin avukatı. Çıktıyı tam olarak bu başlıklarla madde işaretli bir liste olarak ver.", """KONU: Ödeme Talebi – Ödenmemiş Ücretler ve Cezalar

Sayın Bay Whitford,

Büromuz, Haziran 2021'den Ocak 2024'e kadar Whitford Landscaping & Design, Inc. bünyesinde operasyon koordinatörü olarak çalışmış olan Bayan Dolores Kaminski'yi temsil etmektedir. Müvekkilimize Ağustos-Aralık 2023 döneminde yaptığı 118 saatlik fazla mesainin karşılığı olan $4,425.00 ödenmemiştir. Buna ek olarak, 19 Ocak 2024'te ödenmesi gereken son maaşı ancak 2 Mart 2024'te ödenmiş olup bu durum, Labor Code section 203 uyarınca $7,200.00 tutarında gecikme cezası (waiting-time penalties) hakkı doğurmaktadır.

Bu nedenle toplam $11,625.00 tutarın ödenmesini talep ediyoruz. Lütfen en geç 30 Nisan 2024 tarihine kadar yazılı olarak yanıt veriniz. Yanıt alınamaması halinde Labor Commissioner'a başvuru yapmaya hazırız.

Saygılarımızla,
Tomás Beltrán, Esq.
Beltrán Employment Law Group"""),
    ("tri-4065b746098d", "de", "", "danke, das hat's gelöst 🙏"),
    ("tri-6a7547f252ab", "tr", "Fairbank müşteri hizmetleri temsilcileri için yanıt taslakları hazırlıyorsun. Aşağıdaki müşteri mesajına temsilcinin doğrudan gönderebileceği eksiksiz bir yanıt yaz. Kurallar: empatik ol ama kusuru kabul etme; uyum (compliance) blokajının nedenini asla açıklama, dolandırıcılıktan veya AML'den bahsetme; hesabın genellikle 5-10 iş günü süren rutin bir incelemede olduğunu açıkla; müşteriye, Hesap İnceleme ekibini 1-888-555-0167 numarasından (Pzt-Cum 08:00-20:00 ET) arayarak zorunlu harcamaları için paraya erişebileceğini söyle; blokaj nedeniyle oluşan her türlü ek hesap (overdraft) veya karşılıksız işlem ücretini silmeyi teklif et; \"Fairbank Müşteri Hizmetleri\" imzasıyla bitir.", """12 yıldır müşterinizim ve bu sabah eczanede banka kartım reddedildi. Giriş yaptım, vadesiz hesabımda "kısıtlı" yazıyor. Kiram ($1,650) cuma günü ödenecek ve maaşım dün yattı, yani para ORADA. Kimse e-posta atmadı, kimse aramadı. Chatbot sadece "lütfen bizimle iletişime geçin" deyip duruyor. Neler oluyor ve paramı ne zaman alacağım? Bu bugün çözülmezse her şeyi kapatıyorum, konut kredim dahil."""),
    ("tri-b68b4024009e", "de", "Du bist der Hilfe-Assistent von Nordvik Mobil. Beantworte die Frage des Kunden NUR anhand der abgerufenen Hilfe-Center-Artikel, die auf die Frage folgen. Wenn sie die Antwort nicht enthalten, sag, dass du es nicht weißt, und biete an, den Kunden mit einem Mitarbeiter zu verbinden. Antworten bleiben unter 80 Wörtern.", """Frage: Ich habe Basic 10GB und fahre im März für eine Woche nach Zermatt. Kann ich dort meine Daten nutzen oder kostet das extra?

Abgerufene Artikel:
[1] "Roaming in der EU/im EWR" - Alle Tarife von Nordvik Mobil beinhalten Roam-like-at-home in den Ländern der EU und des EWR (die 27 EU-Mitgliedstaaten plus Island, Liechtenstein und Norwegen). Du nutzt dein Inlandsvolumen ohne Zusatzkosten, vorbehaltlich einer Fair-Use-Grenze von 8 GB pro Monat bei Basic-Tarifen.
[2] "Roaming außerhalb der EU" - Die Schweiz, das Vereinigte Königreich, Andorra und Monaco sind bei Basic-Tarifen nicht durch Roam-like-at-home abgedeckt. Daten kosten in diesen Ländern 2.50 pro MB, sofern du keinen Travel Pass kaufst. Plus- und Unlimited-Tarife beinhalten 5 GB pro Monat in der Schweiz und im Vereinigten Königreich.
[3] "Travel Pass" - Der Travel Pass gibt dir 1 GB für 7 Tage in Ländern der Zone 2 (darunter die Schweiz und das Vereinigte Königreich) für 9.99. Aktiviere ihn vor der Reise in der App unter Extras oder per SMS mit PASS an 2020. Er startet, sobald du im Ausland zum ersten Mal Daten nutzt."""),
    ("tri-7987a5c23f25", "tr", "", "Rotterdam'daki bir lojistik konferansında yapacağım keynote için 2 dakikalık bir açılış lazım, tema 'the invisible miles' (görünmeyen kilometreler). istatistikle değil bir hikayeyle başlasın. Orta ölçekli bir freight forwarder olan Baltora Freight'in COO'suyum ve konuşmanın kimsenin görmediği insanlara bağlanmasını istiyorum: gece şoförleri, gümrük müşavirleri, yük bağlama işçileri."),
    ("tri-c8a3fab59bd1", "tr", "", "buzdolabında çözdürülmüş çiğ karidesi tekrar dondurabilir miyim?"),
    ("tri-84c7e4dbe229", "de", "Du unterstützt die Fallbearbeiter der Pharmakovigilanz bei Ostrava BioPharm. Arbeite ausschließlich mit dem bereitgestellten Narrativ und zitiere zu jedem Befund den relevanten Satz.", """Case 2025-CZ-00418. A 67-year-old male with type 2 diabetes and chronic kidney disease stage 3a started Velcoxin 200 mg once daily on 02 Jan for osteoarthritis of the knee. Concomitant medications: metformin 1 g bid, ramipril 5 mg od, atorvastatin 20 mg od. On 09 Jan he reported dyspepsia, which resolved without treatment. On 21 Jan routine bloods showed creatinine 188 µmol/L (baseline 121 µmol/L in November) and potassium 5.9 mmol/L. Velcoxin was withdrawn on 22 Jan and ramipril was held. By 05 Feb creatinine was 134 µmol/L. On 12 Feb he was admitted after a fall at home; no fracture; the admitting team attributed it to postural hypotension. Velcoxin was not restarted.

Extrahiere jedes unerwünschte Ereignis mit Beginndatum und Ausgang und gib dann für jedes eine WHO-UMC-Kausalitätskategorie in Bezug auf Velcoxin mit einer einzeiligen Begründung an."""),
    ("tri-32cb8281085c", "tr", "Pinehollow ürün ekibinin analitik asistanısın. Soruları yalnızca getirilen belgeleri kullanarak yanıtla. Her iddia için belge id'sini belirt.", """[doc: exp-2291-readout] Experiment 2291 'Guided onboarding' ran 3–24 May. Variant B (guided checklist) vs control. Primary metric: activation (created a first project within 7 days). Control 31.2% (n=4,812), B 33.9% (n=4,790). p = 0.004. Guardrail: 7-day retention unchanged.
[doc: exp-2291-notes] On 10 May, a bug in the signup form for control users on Safari blocked the 'skip tour' button for roughly 36 hours. Fixed on the evening of 11 May.
[doc: metrics-defs] Activation is counted on the user's local date. Users who sign up via SSO invites are excluded from all onboarding experiments.

Soru: guided onboarding aktivasyonu gerçekten artırdı mı, yoksa sonuç başka bir şeyden kaynaklanan bir artefakt olabilir mi? Yayına alalım mı?"""),
    ("tri-0cec4d941c3e", "de", "", "wir haben am freitag das aufnahmegespräch beim hospiz für meinen opa. er hat COPD im endstadium, wohnt bei meiner tante. welche fragen sollten wir denen stellen? ich weiß nicht mal, was ich alles nicht weiß"),
    ("tri-f39e8a960ab5", "tr", "", "dört mevsim'i kim besteledi"),
    ("tri-4e4c25d5dd09", "de", "", "Gib mir aus 'Meeting auf 14:30 am 12. Nov verschoben, Raum B2, bitte das Q3-Deck mitbringen' Uhrzeit, Datum und Raum."),
    ("tri-b7f664677623", "tr", "", """Gus'ın veda töreni için notlar (konuşma yapmakta berbatımdır, lütfen bunu ~3 dakikada okuyabileceğim bir şeye çevir, sıcak ve biraz komik olsun ama bayık olmasın):

- Gus Halvorsen, Kettering dağıtım merkezinin depo müdürü, 27 yılın ardından emekli oluyor
- 1998'de forklift şoförü olarak başladı, radyoda iş ararken "geçici olarak"
- her paletin yerini ezbere biliyor, insanlar yanlış toplanan bir siparişi ofisten duyabildiğine yemin ediyor
- salı günleri getirdiği bacon'lı sandviçlerle meşhur, 20 küsur yıl boyunca her hafta, parasını kendi cebinden ödedi
- 2013 selinde bizi ayakta tuttu (pompalar, kum torbaları, iki gece yemekhanede uyudu)
- şu anki vardiya amirlerinin en az yarısını o yetiştirdi, ben de dahil
- müzik zevki berbat, saha ofisinde aynı baba-rock CD'sini tekrar tekrar çalıyor
- eşi Lorna ile birlikte bir kanal teknesini restore etmek için Norfolk'a taşınıyor
- ekip ona üzerinde "Last call, Gus" yazan pirinç bir gemi çanı hediye ediyor
- dinleyiciler: ~80 kişi, depo sahasında, reflektörlü yeleklerle, ortam gürültülü olacak"""),
    ("tri-a62f19e56093", "de", "Du sortierst eingehende Datenschutz-E-Mails für Meridian Health Partners. Versieh jede Nachricht mit genau einem dieser Labels: ACCESS, ERASURE, RECTIFICATION, PORTABILITY, OBJECTION, NOT_A_DSAR. Gib nur das Label aus, sonst nichts.", """Betreff: meine Daten

Hallo, ich bin im Januar umgezogen und habe gemerkt, dass Ihre Briefe immer noch an meine alte Adresse in Croydon gehen, außerdem ist mein Nachname in meinem Konto als Okonkow statt Okonkwo geschrieben. Könnten Sie bitte beides korrigieren? Neue Adresse: 14 Falcon Road, Bromley BR1 3TN. Danke, Chidi Okonkwo"""),
    ("tri-8e3dc2ba0509", "tr", "", "Köpeğim dün öldü ve işte hiç odaklanamıyorum. Bunun için bir gün izin almak garip mi? Bunu sorarken bile kendimi aptal gibi hissediyorum."),
    ("tri-c4c74f84eeb5", "de", "Du bist Mintwise, ein Budget-Assistent in der Mintwise-App.", "moment, welches modell bist du eigentlich? und speicherst du meine bankdaten?"),
    ("tri-f22cdc7d3e3f", "tr", "", "klinik kapısındaki tabela için svahiliceye çevir: Klinik pazar günleri kapalıdır. Acil durumlarda ilçe hastanesine gidiniz."),
    ("tri-e547159cb355", "de", "", "git: letzten commit rückgängig machen, aber die änderungen gestaged lassen?"),
    ("tri-2a247d0a43fb", "tr", "Mossbank ödev uygulamasında 13-17 yaş arası öğrencilere eşlik eden samimi bir çalışma arkadaşı olan Kip'i canlandır. Sıcak ve cesaretlendirici ol, asla yargılama. Bir öğrenci kendine zarar vermekten veya istismardan bahsederse, yardım hattı numarası 0800 555 017'yi nazikçe paylaş ve güvendiği bir yetişkinle konuşması için onu cesaretlendir.", "kimya sınavından YİNE kaldım. %38. ailem çıldıracak, bu sefer çalıştım yemin ederim"),
    ("tri-03f7c6bd8406", "de", "", """Regional grocer FreshWay's proposed takeover of Corner Basket drew criticism on Tuesday. Consumer group ShopFair said the deal would leave three towns with a single supermarket. Corner Basket's founder, Elena Marsh, backed the offer, calling it "the best outcome for our staff". Councillor Devi Anand urged the competition authority to open an in-depth review, while FreshWay chief executive Tom Birch said the company would sell stores where needed.

Wer in diesem Artikel ist gegen den Deal oder stellt ihn zumindest infrage?"""),
    ("tri-e10f39f2d857", "tr", "", """Bu, Nordhaven Climate Adaptation Fund'a yaptığımız başvurunun giriş bölümü. Değerlendiriciler 'ihtiyacın netliği' ve 'yenilikçilik' puanlarına çok ağırlık veriyor. Metin doğru ama yavan. Gerçekten ikna edici olacak şekilde yeniden yaz - argümanı en iyi işleyeceğini düşündüğün şekilde yeniden kurgulayabilirsin, ama veri uydurma.

Projemiz Aşağı Brenn vadisindeki sellerle ilgili. Vadide 2016, 2019, 2021 ve 2023'te sel yaşandı. 2023'te yaklaşık 600 konut etkilendi. Mevcut sel uyarı sistemi, yaklaşık 3 saat önceden uyarı veren nehir seviye ölçerlerini kullanıyor. Biz yukarı havzada toprak nemi sensörleri kullanmak istiyoruz; bunların 8-12 saat önceden uyarı sağlayabileceğini düşünüyoruz. Daha önce bölgesel su idaresiyle ve üniversiteyle birlikte çalıştık. Yukarı vadideki çiftçiler sensörlerin kendi arazilerine kurulmasına razı olduklarını söylediler. Ayrıca köylerde gönüllüleri de eğiteceğiz. Toplam bütçe üç yıl için 1,4 milyon."""),
    ("tri-2266dd86b590", "de", "", """welche env vars liest das hier? name + default-wert, tabelle passt

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
    ("tri-df5014ec3120", "tr", "", "Üç nöbetçi mühendis var: Ada, Bo ve Cy. Hatalı config'i bunlardan tam olarak biri pushladı. Her biri ya her zaman doğruyu söylüyor ya da her zaman yalan söylüyor. Ada: 'Bo yaptı.' Bo: 'Ada yalan söylüyor.' Cy: 'Ben yapmadım ve Bo bir yalancı.' Kim pushladı? Birden fazla tutarlı cevap var mı?"),
    ("tri-0a9b49d7a900", "de", "", """meine 11-jährige spielt Roblox und ich hab diese DMs von jemandem aus ihrer freundesliste gefunden. wie besorgt sollte ich sein, niedriges / mittleres / hohes risiko, und warum?
'du bist echt reif für dein alter'
'checken deine eltern dein handy?'
'ich kann dir 2000 robux geben wenn du mich auf snapchat addest'
'sag deiner mama nix von den robux die versteht das eh nicht'
'auf welche schule gehst du lol'
Sie sagt, er ist 13, aber ich hab keine ahnung."""),
    ("tri-7dbfb5f4586e", "tr", "", """resepsiyonun gelen kutusuna bu düştü, gerçek mi yoksa phishing mi?

From: Booking Partner Hub <noreply@booking-partnerhub-verify.com>
Subject: URGENT: Your property listing will be suspended

Dear Partner,
We detected unusual activity on your extranet account. To avoid suspension of your listing within 24 hours, please confirm your payout bank details using the secure link below.
https://admin-booking.partner-verify-login.co/secure
Thank you,
Booking.com Partner Support"""),
    ("tri-201de7e6b6e2", "de", "", """Wir sind eine kleine Bäckereikette und verhandeln gerade einen Kredit für neue Geräte. Kennzeichne jede Klausel in diesem Term Sheet als kreditnehmerfreundlich, kreditgeberfreundlich oder marktüblich und begründe es jeweils in einer Zeile.

1. Interest: SOFR + 3.75%, floor of 4.50% on SOFR.
2. Prepayment: permitted at any time; fee of 3% in year 1, 2% in year 2, 1% in year 3, none thereafter.
3. Security: first-priority lien on financed equipment plus a blanket lien on all business assets.
4. Personal guarantee: unlimited, joint and several, from both owners and their spouses.
5. Financial covenant: Debt Service Coverage Ratio of at least 1.25x, tested annually.
6. Reporting: annual CPA-reviewed financial statements within 120 days of year end.
7. Cross-default: default on any other obligation over $25,000 is a default under this loan.
8. Material adverse change: lender may accelerate if, in its sole discretion, a material adverse change has occurred."""),
    ("tri-62885b7db669", "tr", "Sen FieldMate'sin, bir ziraat danışmanı.", "arka tarlanın toprak analizi: pH 5.3, killi tın, CEC 18. gelecek bahar oraya yonca (alfalfa) ekmek istiyorum, bu sonbahar ne yapmam lazım?"),
    ("tri-7a70c47a7816", "de", "", """was heißt das? unser tägliches report-skript ist mit KeyError: 'CZK' abgestürzt, in der zeile `total = row["net_amount"] * fx_rates[row["currency"]]`"""),
    ("tri-8f2ddbdfedc3", "de", "", "ideen, wie wir den ausschuss an unserer spritzgusslinie runterkriegen? hauptsächlich einfallstellen an den dicken rippen, PP, 2-fach-werkzeug"),
    ("tri-85cf963bde63", "tr", "", """Verity Labs ile yaptığım NDA'nın ilgili kısmı (2023'te işe girerken imzaladım):

"4.1 Confidential Information means all non-public information relating to the Company's products, roadmap, customers, pricing, personnel and business plans, in whatever form, disclosed to or obtained by the Employee during employment.
4.2 The Employee shall not, during employment or for 24 months thereafter, disclose Confidential Information to any third party except as required in the proper performance of duties or by law.
4.3 Information that is or becomes public other than through breach by the Employee is not Confidential Information.
4.4 Nothing in this Agreement prevents the Employee from using or disclosing general skills, knowledge and experience acquired during employment."

Geçen hafta da rakip bir şirketteki bir işe alım uzmanına şunu yazdım: "At Verity I led the team that built the fraud-scoring service. We cut false positives by about 30% last year. We're rolling it out to the two largest banks in Q3, which is why they're hiring like crazy. Salary band for senior ICs there tops out around 165k."

Sözleşmeyi ihlal etmiş miyim? Mesajımdaki her cümleyi tek tek maddelerle karşılaştırarak değerlendir."""),
    ("tri-de62069f1fe6", "de", "", """Wir haben drei Agenturen gebeten, für den Relaunch unserer Website zu pitchen. Hier sind meine Notizen aus der Diskussion mit dem Auswahlgremium. Gib mir eine Zusammenfassung der Diskussion und dann deine Einschätzung, welches Angebot das größte Umsetzungsrisiko birgt und warum – ich muss die Entscheidung gegenüber unserem CFO verteidigen.

Notizen des Gremiums (Einkauf, Marketing, IT):
- Northlight Digital: am günstigsten mit 148k. Festpreis. Vorgeschlagenes Team aus 3 Leuten, der Lead-Entwickler betreut außerdem zwei andere Kunden. Zeitplan 16 Wochen. Referenzen waren gut, aber alles Broschüren-Websites, keine mit E-Commerce. Dem Marketing haben ihre Designkonzepte am besten gefallen. Die IT hat Bedenken wegen ihres Plans, ein eigenes CMS zu bauen.
- Parabola Studio: 215k, nach Aufwand mit Deckelung bei 240k. Team aus 6 inkl. dedizierter QA. 22 Wochen. Starke E-Commerce-Referenzen (zwei Händler ähnlicher Größe). Wollen unser bestehendes Headless-CMS nutzen. Der Einkauf hat angemerkt, dass sie 40% Vorauszahlung verlangen.
- Keswick & Moore: 189k Festpreis. Team aus 5, aber zwei davon sind Subunternehmer in einer anderen Zeitzone. 14 Wochen, der ambitionierteste Zeitplan. Der Lead war im Pitch sehr souverän. Ihr Angebot setzt voraus, dass unsere Produktdaten sauber und migrationsbereit sind – laut IT sind sie das nicht (bei ca. 30% der SKUs fehlen Attribute)."""),
    ("tri-1afd41a76a69", "tr", "", "ABD'deki 2023 bölgesel bankacılık krizine ne sebep oldu ve tekrar yaşanabilir mi?"),
    ("tri-df1d267e539c", "de", "", "240€ fürs abendessen durch 16 leute, wie viel pro kopf?"),
    ("tri-b4b69a2df6a9", "tr", "", "Bu bir hata bildirimi mi yoksa nasıl yapılır sorusu mu? 'PDF'e dışa aktarınca sayfa numaraları yanlış köşeye çıkıyor, bunun için bir ayar var mı?'"),
    ("tri-4b69d7b7c5bc", "tr", "", "rust: hızlı mermiler için continuous collision detection içeren 2d rigid body fizik adımı. wasm'a derlenmesi ve tarayıcılar arasında deterministik olması lazım (lockstep multiplayer)"),
    ("tri-b088374655e4", "de", "", "Ich bin vor vier Monaten für den Job nach Rotterdam gezogen und kenne außerhalb vom Büro immer noch niemanden so richtig. Die Wochenenden sind hart. Habt ihr Tipps, die nicht einfach nur 'geh ins Fitnessstudio' sind?"),
    ("tri-629b11e4288e", "tr", "", "son birkaç yılda neden bu kadar çok live-service oyun kapandı? bu modelin yapısal sorunu ne"),
    ("tri-3594d0a4234f", "de", "", """das kommt aus einem pdf und die spalten sind total durcheinander, kannst du das in eine ordentliche markdown-tabelle bringen? spalten: zone, bis 5kg, 5-10kg, 10-20kg, 20-30kg, laufzeit in tagen. die fußnote unter der tabelle behalten

Zone Up to 5 kg 5–10 kg 10–20 kg 20–30 kg Transit
A – Local 4.90 6.40 9.80 13.50 1
B – Regional
6.20 8.10 12.40 16.90 1–2
C – National 7.80 10.30 15.60 21.20
2–3
D – Islands & Highlands 12.40 16.80 24.90 33.10 3–5
E – EU Zone 1 14.90 19.70 28.40 39.60 3–4
F – EU Zone 2
18.20 24.10 34.70 48.30 4–6
G – Rest of World 26.50 35.80 52.10 71.40
5–10
All prices in GBP excl. VAT. Fuel surcharge of 7.5% applies from 1 April. Oversize parcels (any side over 120 cm) incur an additional £9.00 per parcel. Transit times are working days from collection and are not guaranteed."""),
    ("tri-ffb982d7efce", "tr", "", "Müşterilerimiz için iki satırlık bir bayram tebrik mesajı yaz."),
    ("tri-cca52ac415cf", "de", "", """Schreib diese Klausel aus unseren SaaS-Nutzungsbedingungen in einfache Sprache um, die ein Kleinunternehmen als Kunde auch wirklich versteht, ABER sie muss rechtlich gleichwertig bleiben – gleicher Umfang, gleiche Ausschlüsse, weiterhin durchsetzbar. Wenn du meinst, dass einfache Sprache die Rechtswirkung irgendwo verändern würde, sag mir wo, statt zu raten.

"12.2 Soweit in diesem Vertrag nicht ausdrücklich etwas anderes bestimmt ist, übernimmt der Anbieter keinerlei Gewährleistung, weder ausdrücklich noch stillschweigend, gesetzlich oder anderweitig, und schließt insbesondere alle stillschweigenden Gewährleistungen aus, einschließlich jeglicher Gewährleistung der Marktgängigkeit, der Eignung für einen bestimmten Zweck, der Rechtsmängelfreiheit oder der Nichtverletzung von Rechten Dritter, und zwar im größtmöglichen nach geltendem Recht zulässigen Umfang. Der Anbieter gewährleistet nicht, dass der Dienst unterbrechungs- oder fehlerfrei ist. Keine der Parteien haftet in irgendeinem Fall für indirekte, beiläufige, besondere oder Folgeschäden oder Strafschadensersatz oder für entgangenen Gewinn, Umsatz-, Daten- oder Goodwill-Verluste, selbst wenn sie auf die Möglichkeit solcher Schäden hingewiesen wurde; dies gilt mit der Maßgabe, dass das Vorstehende weder die Zahlungspflichten des Kunden noch die Haftung einer Partei für Verstöße gegen Abschnitt 9 (Vertraulichkeit) beschränkt." """),
    ("tri-30fd6502d0cb", "tr", "", "HTTPS varsayılan olarak hangi portu kullanır?"),
    ("tri-7df9e58eccd6", "de", "", "ist 2100 ein schaltjahr"),
    ("tri-aecfd134a7bd", "tr", "", "İngiltere'de leasehold bir daire alırken ilk kez ev alanların genelde gözden kaçırdığı gizli maliyetler neler?"),
    ("tri-0b13ec882d34", "de", "", """tldr bitte, mein squad fragt ob sich was wichtiges geändert hat

Stonegate Survival Server – Season 6 update notes
Hey crafters! Season 6 goes live this Saturday at 18:00 UTC. Here's what's changing:
WORLD: The map is being reset. Your inventories will NOT carry over, but your cosmetic titles and pets will. The new world seed has three large ocean biomes and a custom end-game island called Gloamreach.
ECONOMY: We're removing the player auction house because of the duping exploit last season. Trading is now only possible face-to-face or through the new Merchant Guild NPCs, who take a 5% fee. Diamond prices at the server shop are capped at 40 coins.
CLAIMS: Land claims start at 64x64 blocks and grow with playtime (1 extra chunk per 10 hours played). Abandoned claims (no login for 21 days) will be unlocked automatically.
PVP: PvP stays opt-in, but the Gloamreach island is a forced PvP zone.
RULES: X-ray texture packs and auto-clickers are now permanent ban offences, no warnings.
EVENTS: First boss event is on the 2nd Sunday of the season. Top 3 teams get exclusive capes.
See you on Saturday, and please report bugs in #bug-reports, not in general chat!"""),
    ("tri-8c82b4fa189c", "tr", "", "Cuma için bir kadeh kaldırma konuşması lazım: Loomwise v1'i çıkaralı 5 yıl oldu. O zamanlar bir fırının üstünde ödünç aldığımız bir ofiste 3 kişiydik, ilk müşterimiz bir yoga stüdyosuydu ve lansman günü sunucu iki kez çöktü. Şimdi 60 kişiyiz. 2 dakikayı geçmesin, komik olsun ama ilk ekibe içten bir teşekkür de içersin."),
    ("tri-862e2aea2aad", "de", "", """was bedeutet dieser fehler und warum tritt er erst auf, seit wir den gradebook-export async gemacht haben? zwei jahre lang lief das problemlos, als es synchron im controller lief.

org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.fernhollow.lms.course.Course.enrollments: could not initialize proxy - no Session
\tat org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException(AbstractPersistentCollection.java:635)
\tat org.hibernate.collection.spi.AbstractPersistentCollection.withTemporarySessionIfNeeded(AbstractPersistentCollection.java:218)
\tat org.hibernate.collection.spi.AbstractPersistentCollection.initialize(AbstractPersistentCollection.java:615)
\tat org.hibernate.collection.spi.PersistentBag.size(PersistentBag.java:257)
\tat com.fernhollow.lms.report.GradebookExporter.lambda$export$2(GradebookExporter.java:74)
\tat java.base/java.util.concurrent.CompletableFuture$AsyncSupply.run(CompletableFuture.java:1768)
\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)
\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)
\tat java.base/java.lang.Thread.run(Thread.java:840)

@Transactional(readOnly = true)
public CompletableFuture<byte[]> export(long courseId) {
    Course course = courseRepository.findById(courseId).orElseThrow();
    return CompletableFuture.supplyAsync(() -> {
        int n = course.getEnrollments().size();
        return writer.write(course, n);
    }, exportPool);
}

exportPool ist ein fester pool mit 4 threads, definiert in ExportConfig, und der controller macht einfach export(id).thenAccept(bytes -> mailer.send(teacher, bytes)). Course.enrollments ist @OneToMany(mappedBy = "course") mit dem default fetch type. manchmal kriegen wir auch einen export, in dem die hälfte der schüler fehlt, ganz ohne exception, meistens bei großen kursen mit 300+ schülern im stress zum semesterende. keine ahnung, ob das zusammenhängt oder ein anderes problem ist."""),
    ("tri-c3e2dbb93ed4", "tr", "", "resepsiyondaki küçük tabela için fransızcaya çevir: 'Late checkout is available until 2pm for a €30 fee.'"),
    ("tri-e0422af3ed12", "de", "", """laut diesem Abschnitt aus dem SDB, dürfen wir das im selben Schrank lagern wie das Natriumhypochlorit und die Salpetersäure?

7.2 Bedingungen zur sicheren Lagerung: Behälter dicht verschlossen an einem trockenen, gut belüfteten Ort aufbewahren. Bei 2-8 °C lagern. Von Hitze und Zündquellen fernhalten. Unverträgliche Materialien: starke Oxidationsmittel, starke Säuren, Säurechloride. Lagerklasse (TRGS 510): 10."""),
    ("tri-e810be3672c3", "tr", "", """ajansımızın (Brightwell Digital) bu Q3 raporunu birkaç satırda özetle, sonra dürüst ol: buna bakarak retainer sözleşmelerini yenilemeli miyiz?

- Ücretli sosyal medya harcaması: €48,000 (bütçe €45,000)
- Gösterim: 6.1M (Q2'ye göre +%40)
- CTR: %0.62 (Q2: %0.91)
- Atfedilen rezervasyon: 312 (Q2: 298), CPA €154 (Q2: €139)
- Organik Instagram takipçisi: +2,100
- Ajansın notu: "Bilinirlik açısından güçlü bir çeyrek. Dönüşümdeki düşüş mevsimsellikten ve iOS takip kısıtlamalarından kaynaklanıyor. Bu ivmeden yararlanmak için Q4 bütçesinin %20 artırılmasını öneriyoruz."
- İki kampanya lansmanı ~2 hafta gecikti (kreatif onayları yüzünden)"""),
    ("tri-b0e24372a1d2", "de", "Übersetze den Text des Nutzers ins Spanische (lateinamerikanisches Spanisch). Gib nur die Übersetzung aus.", "Das Parkhaus B ist wegen Belagsarbeiten von Montag, 6. Oktober, bis Freitag, 10. Oktober, geschlossen. Patienten und Besucher nutzen bitte das Parkhaus A in der Lindenstraße oder den Parkplatz hinter dem Krebszentrum. Zwischen dem Parkplatz und dem Haupteingang fahren von 6 bis 21 Uhr alle 10 Minuten kostenlose Shuttlebusse. An beiden Ausweichstandorten gibt es barrierefreie Parkplätze. Wir bitten um Ihr Verständnis."),
    ("tri-09911019f60f", "tr", "Kinmoor Family Practice hasta portalı, hemşire triyaj adımı. Gelen her mesajı EMERGENCY (hemen acil servisi aramasını öner), SAME_DAY (hemşire bugün geri arar) veya ROUTINE (3 iş günü içinde yanıt) olarak sınıflandır. Etiketi ve bir hemşirenin kontrol edebileceği kısa bir klinik gerekçe ver. İki seviye arasında kararsız kalırsan daha acil olanı seç.", "Merhaba, 58 yaşındayım ve bu sabah biraz garip bir şey yaşadım. Kahvaltı hazırlarken sağ elim beceriksizleşti ve elimden bir fincan düştü, eşim de birkaç dakika boyunca konuşmamın peltekleştiğini, kelimeleri yuvarladığımı söyledi. Belki 15-20 dakika sonra her şey normale döndü ve şu an kendimi tamamen iyi hissediyorum, o yüzden kimseyi rahatsız etmek istemedim. Yüksek tansiyonum var (amlodipin kullanıyorum) ve sigara içiyorum. Önümüzdeki hafta bir ara kontrol için randevu alabilir miyim?"),
    ("tri-6544ffbb7ac6", "de", "", "Laut dem Abschnitt unten, wie viele Mitarbeitende hat das Unternehmen? 'Bluefin Analytics wurde 2011 gegründet und beschäftigt 340 Mitarbeitende an vier Standorten.'"),
    ("tri-0e52676ff13b", "tr", "Sen Ideaboard'sun, Tessaly ürün çalışma alanındaki fikir üretme yardımcısı. Düz bir madde işaretli listeyle yanıt ver, giriş cümlesi yok, kapanış cümlesi yok.", "diş klinikleri için hazırladığımız onboarding checklist'i ev ödevi gibi geliyor. ön büro çalışanları için kurulumu daha az angarya hale getirmenin yolları neler?"),
    ("tri-fb1f657fa995", "de", "", "45 min bei 80 km/h, wie weit ist das"),
    ("tri-5ba5bc68dcdf", "tr", "", """Pazar günkü görüş sayfası için yazdığım köşe yazısı taslağı bu. Daha ikna edici ve daha derli toplu olsun (~%20 kısalt), argümanımı ve örneklerimi koru, üslubumu koru. Sana vermediğim bilgileri ekleme.

"Her yaz kasabamız ziyaretçilerle doluyor ve her yaz bundan şikayet ediyoruz. Ama turizmin aslında neyin parasını ödediğinden pek bahsetmiyoruz. Geçen yıl turist vergisinden yaklaşık 1,2 milyon € gelir elde edildi; bu, halk kütüphanemizin ve gençlik spor programının toplam bütçesinden fazla. Limandaki restoranlar temmuz ve ağustosta 300'den fazla kişiye iş veriyor ve bunların çoğu, aksi halde şehre gidecek olan öğrenciler. Hiç sorun olmadığını söylemiyorum. Sahil yolundaki trafik berbat ve kısa süreli kiralamalar burada yıl boyu yaşayan ailelerin kiralarını açıkça yükseltti. Ama çözüm, geçen ay eski köprüde beliren bazı tabelaların yaptığı gibi ziyaretçilere istenmediklerini hissettirmek değil. Çözüm, turizmin getirdiği parayı turizmin bozduğu şeyleri düzeltmek için kullanmak. Bölgedeki diğer kasabaların yaptığı gibi eski şehirde kısa süreli kiralamalara sınır getirebiliriz. Turist vergisini konut ve toplu taşıma için ayrılmış bir fona aktarabiliriz. Büyük otel gruplarından bir servis otobüsüne katkıda bulunmalarını isteyebiliriz. Bunlar uygulanabilir fikirler. Uygulanabilir olmayan şey ise ziyaretçisiz bir kasabaya geri dönebileceğimizi sanmak. Dönemeyiz, ve çoğumuz aslında bunu gerçekten istemezdik." """),
    ("tri-2a23da0c4f0a", "de", "", "Kann mir jemand erklären, warum Cross-Docking eigentlich die Lagerkosten senken soll und in welchen Situationen es tatsächlich nach hinten losgeht? Der Leiter unseres regionalen Distributionszentrums will 30% unseres Lebensmittelvolumens auf Cross-Docking umstellen und ich will die Argumentation vor dem Meeting verstehen."),
    ("tri-a86bf416b2a5", "tr", "", "Bu hasta mesajını doktor için tek satırda özetle: 'Merhaba doktor bey, pazartesiden beri boğazım ağrıyor, geceleri hafif ateşim oluyor (37.8) ve yutkunurken kulaklarım ağrıyor. Parasetamol alıyorum. Gelmem gerekir mi?'"),
    ("tri-4571e2fe79fb", "de", "", "20 Blogpost-Ideen/Aufhänger für einen Cyberversicherungsmakler, Zielgruppe KMU"),
    ("tri-775206c95611", "tr", "Küçük dükkan sahipleri için bir uygulama olan ShopPulse'ın haftalık yorum özetini yazıyorsun. Kullanıcının yapıştırdığı müşteri yorumlarına bakarak genel tabloyu anlatan, en fazla 30 kelimelik TEK bir cümleyle yanıt ver. Madde işareti kullanma.", """★★★★★ "Ravi vitesimi 20 dakikada ayarladı, zincir yağlamasına da para almadı. Efsane."
★★★★☆ "E-bisikletimin frenlerinde iyi iş çıkardılar, biraz pahalı ama makul."
★★☆☆☆ "3 günde denilen bir jant için 9 gün bekledim. Kimse arayıp bilgi vermedi."
★★★★★ "Northside'daki en iyi bisiklet dükkanı, gerçekten neyin değişmesi gerektiği konusunda dürüstler."
★★★☆☆ "Tamir fena değildi ama dükkan minicik, yağmurda dışarıda beklemek zorunda kaldım." """),
    ("tri-3e4993e662e3", "de", "", "Ideen für eine kurze Erklärvideo-Serie (Handyformat, hochkant) zum Thema Inflation für 15-Jährige? Wir sind eine Genossenschaftsbank. Hätte gern ein Dutzend oder mehr Konzepte, jeweils mit einer Hook-Zeile."),
    ("tri-922bc8203d88", "tr", "Sen StoryNest'sin, Lullo çocuk uygulamasındaki uyku öncesi hikaye oluşturucusu. 300-400 kelime yaz; yumuşak ve sakin olsun, kötü karakter ya da tehlike olmasın, geniş zaman kullan ve hikaye çocuğun uykuya dalmasıyla bitsin. Profildeki çocuğun adını ve ilgi alanlarını kullan.", """isim: Inès
yaş: 5
sevdikleri: salyangozlar, sarı renk, dedesinin küçük balıkçı teknesi
dil: İngilizce"""),
    ("tri-0bc013dc8e44", "de", "", "was heißt das?? IndexError: list index out of range, zeile 14 print(scores[i]). meine hausaufgabe hat gestern noch funktioniert"),
    ("tri-cc4827846a2d", "tr", "", """bu sevk mektubunu İngilizceye çevirebilir misin? annem Seattle'a taşınıyor ve yeni doktorunun buna ihtiyacı var

紹介状
〇〇クリニック 御侍史
患者：高橋 幸子 様（74歳 女性）
傷病名：2型糖尿病、高血圧症、骨粗鬆症
いつも大変お世話になっております。上記患者様は当院にて約10年間外来加療を行ってまいりました。HbA1cは7.0%前後で推移しております。このたびご家族の転居に伴い、貴院での継続加療をお願い申し上げます。現在の処方内容と最近の検査結果を同封いたします。ご高診のほど、よろしくお願い申し上げます。"""),
    ("tri-5ab629381d20", "de", "", "weniger roboterhaft bitte: „Ihre Anfrage ist bei uns eingegangen und wird zu gegebener Zeit bearbeitet.“"),
    ("tri-10ac28e0d208", "tr", "", "Beş mikroservisimizin her biri için birer haiku yaz: auth, billing, search, notifier, gateway. mühendislik all-hands sunumundaki slayt için, nerdce olabilir"),
    ("tri-10c1aaf27e3d", "de", "Du bist ein hilfreicher Assistent für das E-Commerce-Engineering-Team von Marigold Market.", """unser orders/create-webhook wirft seit heute morgen 500er, aber nur bei manchen bestellungen. was heißt das?

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
payload von einer der fehlgeschlagenen (gekürzt):
{"id": 5550012, "email": "j.ortiz@example.com", "line_items": [{"title": "Gift card 50 EUR", "requires_shipping": false}], "billing_address": {"country_code": "ES"}}

wir haben gestern geschenkkarten gelauncht, falls das was zur sache tut"""),
    ("tri-3c9934d8c59f", "de", "", "grobe schätzung: wie viele geldautomaten gibt es in indien? erklär mir die logik schritt für schritt, nicht einfach nachschlagen"),
    ("tri-9084dd3d4fa7", "tr", "", "dostça bir fatura hatırlatma maili için 3 konu satırı ver, korkutucu bir şey olmasın"),
    ("tri-f03d1a4add33", "de", "Übersetze die Werte des JSON-Objekts ins Türkische. Lass die Keys, Platzhalter wie {count} und {date} sowie HTML-Tags unverändert. Gib ausschließlich gültiges JSON zurück.", """{
  "cart.empty": "Dein Warenkorb ist leer",
  "cart.items": "{count} Artikel in deinem Warenkorb",
  "checkout.delivery_eta": "Voraussichtliche Lieferung: <b>{date}</b>",
  "checkout.free_shipping": "Kostenloser Versand ab einem Bestellwert von {amount}",
  "orders.return_cta": "Rücksendung starten",
  "orders.status.out_for_delivery": "In Zustellung"
}"""),
    ("tri-bae60e2147e2", "de", "", "Kann man ein 8x8-Schachbrett, bei dem zwei gegenüberliegende Ecken entfernt wurden, lückenlos mit 2x1-Dominosteinen belegen? Beweise deine Antwort."),
    ("tri-8129afc8c315", "de", "", """Meine Band will diesen Song auf unserer UK-Tour auf Englisch spielen. Kannst du den Text so übersetzen, dass er singbar ist – ungefähr gleiche Silbenzahl pro Zeile und ein Reim da, wo sich das Spanische reimt –, auch wenn sich die Bedeutung dabei etwas verschiebt? Der Song ist im 4/4-Takt, langsam.

Me fui del pueblo con lo puesto,
con tu foto y un boleto,
y el mar me dijo "no te apures,
que lo que es tuyo vuelve al puerto".
Ay, Marisol, de sal y viento,
yo te canto desde lejos,
cada ola que me lleva
me devuelve a tus recuerdos."""),
    ("tri-4687d9a08e05", "tr", "", """CODEOWNERS dosyamızdan sadece e-posta adreslerini çıkarır mısın pls
/billing/  lena.ortiz@finlo.io @payments-team
/infra/    k.mensah@finlo.io
/docs/     @docs-bot"""),
    ("tri-db1b6c7c9958", "tr", "", "ACH neyin kısaltması"),
    ("tri-681c634159c8", "de", "", "In welcher Sprache schreibt dieser Kunde? 'Bom dia, a minha encomenda chegou danificada e quero devolver'"),
    ("tri-7b28924a53e4", "tr", "", """Ön yazımı gerçekten benim ağzımdan çıkmış gibi, bir bot yazmış gibi değil de benim gibi duyulacak şekilde yeniden yaz ve kariyer boşluğumla ilgili kısmı özür diler gibi değil, daha güçlü hale getir. Pozisyon: bir lojistik startup'ında operasyon koordinatörü.

Dear Hiring Manager,
I am writing to express my interest in the Operations Coordinator position at Fleetwise. I am a highly motivated and detail-oriented professional with over five years of experience in operations. In my previous role at a regional courier company I was responsible for scheduling drivers, handling customer escalations and improving processes. I reduced missed deliveries by 18% by introducing a new route check. I took two years off work from 2021 to 2023 to care for a family member, during which I also completed a certificate in supply chain management. I apologise for this gap in my employment history, but I am now ready to return to work. I believe I would be a great fit for your team and I look forward to hearing from you.
Yours faithfully,
Noor Haddad"""),
    ("tri-e8657f2897f9", "tr", "", "bash script'lerinin en başındaki set -euo pipefail ne işe yarıyor? yeni işimdeki her script'te gördüm"),
    ("tri-39aec3ce2b91", "de", "Kürze den Satz des Nutzers auf unter 15 Wörter, ohne seine Bedeutung zu verändern. Gib nur den gekürzten Satz aus.", "Für den Fall, dass der Bediener während des Betriebs ungewöhnliche Vibrationen oder auffällige Geräusche aus dem Getriebe wahrnehmen sollte, hat er bzw. sie das Förderband unverzüglich anzuhalten und den Schichtleiter zu informieren."),
    ("tri-78820acb6e71", "tr", "", "uçuş no ve kapı ne?? 'LX1847 to Zurich now boarding at gate B32. Final call 10:05. Passengers with priority tags please proceed'"),
    ("tri-5e0d28c56509", "de", "", """Welches Gleis für den Zug um 07:42 nach Haarlem?

Vertrek  Bestemming   Spoor  Opm.
07:38    Leiden C.    5b
07:42    Haarlem      8a     +3 min
07:45    Amersfoort   11
07:51    Haarlem      8a"""),
    ("tri-adbcb4ac4661", "de", "", "Liste die ISBNs in dieser Bibliografie auf: Smith (2019) ISBN 978-3-16-148410-0; Lee (2021) ISBN 978-0-306-40615-7."),
]
