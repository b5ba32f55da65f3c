"""Hand-written prompts, batch 3: coding, plus one-line asks across all categories."""
H = [
    # ================================================================== coding, escalate 0 (short / medium)
    ("coding", 0, "", "one liner to count total lines across all the .csv files in the current dir, not counting the header line of each"),
    ("coding", 0, "", "uk postcode regex"),
    ("coding", 0,
     "You are DevDesk, the internal developer assistant at Brackenridge Mutual. Default to Python 3.11 and the standard library. Keep answers short.",
     "how do i get yesterday's date as YYYY-MM-DD"),
    ("coding", 0, "", """¿qué significa esto? me sale al ejecutar el script de facturas que me pasó mi compañero

Traceback (most recent call last):
  File "facturas.py", line 3, in <module>
    import openpyxl
ModuleNotFoundError: No module named 'openpyxl'"""),
    ("coding", 0, "", "Écris une requête SQL qui renvoie les 10 produits les plus vendus en 2023 (en quantité), avec leur libellé. Tables : ventes(produit_id, quantite, date_vente) et produits(id, libelle)."),
    ("coding", 0, "", """pls explain what this does, in normal english not code speak, it's in our order dashboard

const byDay = orders.reduce((acc, o) => { const d = o.createdAt.slice(0, 10); (acc[d] ||= []).push(o); return acc; }, {});"""),
    ("coding", 0, "", "Could you write a GitHub Actions workflow that runs `npm ci && npm test` on every pull request targeting main? Node 20, ubuntu runner is fine."),
    ("coding", 0, "", "DockerfileでタイムゾーンをAsia/Tokyoにしたいです。ベースイメージはalpineです。"),
    ("coding", 0, "", "pandas drop dup rows on ['email','signup_date'] keep last"),
    ("coding", 0, "", "Wie mache ich den letzten Commit rückgängig, wenn er schon gepusht ist? Ich arbeite allein auf dem Branch, History umschreiben wäre also okay."),
    ("coding", 0, "", "como listo todos os arquivos maiores que 1GB numa pasta no linux, incluindo as subpastas? servidor ubuntu"),
    ("coding", 0, "", "nginx: send all http traffic to https for shop.ferncastle-outdoor.test and the www. version too"),
    ("coding", 0, "", "자바스크립트 배열에서 중복 제거하는 제일 간단한 방법 뭐야?"),
    ("coding", 0, "", "Sheets formula — if A2 is blank show \"missing\", otherwise A2 times 1.2"),
    ("coding", 0, "你是公司内部的编程助手，回答尽量简短，只给代码和一句说明。",
     "用Python写个函数，把秒数转成 时:分:秒 的格式，比如 3725 -> 01:02:05"),
    ("coding", 0, "", "Come creo un timer systemd che lancia /opt/scripts/backup.sh ogni domenica alle 3 di notte? Debian 12."),
    ("coding", 0, "", """jq: ids of the items whose status is active. input looks like {"items":[{"id":17,"status":"active"},{"id":18,"status":"paused"}]}"""),
    ("coding", 0, "", "C#'ta bir string'in sayı olup olmadığını nasıl kontrol ederim? int.Parse hata fırlatıyor, programı çökertmek istemiyorum."),
    ("coding", 0, "Convert the shell command the user sends into one equivalent Ansible task. Output YAML only, no prose.",
     "useradd -m -s /bin/bash -G docker,adm deploy"),
    ("coding", 0, "", """is this safe from sql injection?

cur.execute(f"SELECT * FROM tenants WHERE unit_no = '{unit}' AND building_id = {bid}")"""),
    ("coding", 0, "", """why does this keep re-rendering forever?? 😩

useEffect(() => {
  fetch(`/api/courses?level=${level}`).then(r => r.json()).then(setCourses)
}, [level, courses])"""),
    ("coding", 0, "", """convert to django orm pls

SELECT d.name, COUNT(p.id) AS n
FROM doctors d
LEFT JOIN prescriptions p ON p.doctor_id = d.id AND p.issued_on >= '2024-01-01'
GROUP BY d.name
ORDER BY n DESC;

models: Doctor(name), Prescription(doctor = FK to Doctor with related_name='prescriptions', issued_on = DateField)"""),
    ("coding", 0,
     "You are the SQL assistant inside Tallyframe, a BI tool. The connected warehouse is Snowflake. Available tables: "
     "ORDERS(ORDER_ID, CUSTOMER_ID, ORDER_TS, STATUS, TOTAL_EUR), CUSTOMERS(CUSTOMER_ID, COUNTRY, SEGMENT, CREATED_AT), "
     "REFUNDS(REFUND_ID, ORDER_ID, AMOUNT_EUR, REFUNDED_AT). STATUS is one of PLACED, SHIPPED, DELIVERED, CANCELLED. "
     "Return a single SQL query in a code block and nothing else.",
     "net revenue per month for the last 12 months, no cancelled orders, minus refunds"),
    ("coding", 0, "", """Our county library runs this at the checkout desk. Write pytest tests for it, including the edge cases you can think of.

def late_fee(days_late: int, item_type: str, is_member: bool) -> float:
    if days_late <= 0:
        return 0.0
    rate = {"book": 0.25, "dvd": 1.0, "laptop": 5.0}[item_type]
    fee = days_late * rate
    if is_member:
        fee *= 0.5
    return min(fee, 20.0 if item_type != "laptop" else 150.0)"""),
    ("coding", 0, "", r'''same thing in powershell for the windows kiosks pls, the NAS share there is \\nas01\kiosk-archive

#!/bin/bash
LOGDIR=/var/log/kiosk
ARCHIVE=/mnt/nas/kiosk-archive/$(hostname)
mkdir -p "$ARCHIVE"
find "$LOGDIR" -name '*.log' -mtime +7 -print0 | while IFS= read -r -d '' f; do
  gzip -c "$f" > "$ARCHIVE/$(basename "$f").gz" && rm "$f"
done
echo "archived $(ls "$ARCHIVE" | wc -l) files"'''),

    # ================================================================== coding, escalate 0 (long pastes)
    ("coding", 0, "", """hey what does this mean?? trying to run the booking-sync service locally for the first time. I followed the README step by step, created the venv, installed requirements.txt, and then this happens as soon as I start it:

(venv) tomas@lt-0412:~/dev/booking-sync$ python run.py
Traceback (most recent call last):
  File "/home/tomas/dev/booking-sync/run.py", line 4, in <module>
    from app import create_app
  File "/home/tomas/dev/booking-sync/app/__init__.py", line 9, in <module>
    from .config import settings
  File "/home/tomas/dev/booking-sync/app/config.py", line 22, in <module>
    settings = Settings.from_env()
               ^^^^^^^^^^^^^^^^^^^
  File "/home/tomas/dev/booking-sync/app/config.py", line 15, in from_env
    db_url=os.environ["SYNC_DB_URL"],
           ~~~~~~~~~~^^^^^^^^^^^^^^^
  File "<frozen os>", line 679, in __getitem__
KeyError: 'SYNC_DB_URL'

my .env file is right there in the repo root and it definitely has SYNC_DB_URL=postgres://sync:sync@localhost:5433/bookings in it, plus the GDS_API_KEY and the SUPPLIER_TIMEOUT ones. the other devs say it works for them. am I missing a step?"""),
    ("coding", 0, "", """add type hints to everything in this (py3.10+ syntax, TypedDict for the dicts if it makes sense). no behaviour changes, it's used by the lettings team's rent calculator.

from datetime import date


def monthly_rent_after_increase(rent, pct, cap=None):
    new = rent * (1 + pct / 100)
    if cap is not None and new - rent > cap:
        new = rent + cap
    return round(new, 2)


def prorate(rent, move_in, days_in_month=None):
    if days_in_month is None:
        nxt = date(move_in.year + (move_in.month == 12), move_in.month % 12 + 1, 1)
        days_in_month = (nxt - move_in.replace(day=1)).days
    remaining = days_in_month - move_in.day + 1
    return round(rent * remaining / days_in_month, 2)


def deposit_due(rent, weeks=5, furnished=False):
    weekly = rent * 12 / 52
    extra = weekly if furnished else 0
    return round(weekly * weeks + extra, 2)


def arrears(payments, rent, months):
    paid = sum(p["amount"] for p in payments)
    return max(0, rent * months - paid)


def summarize_tenancy(t):
    return {
        "tenant": t["name"],
        "rent": t["rent"],
        "deposit": deposit_due(t["rent"], furnished=t.get("furnished", False)),
        "arrears": arrears(t.get("payments", []), t["rent"], t["months"]),
    }"""),
    ("coding", 0, "", """Somebody minified this by hand years ago and now I have to maintain it. Can you give every variable and parameter a readable name and format it nicely? Do NOT change what it does, it computes the basket total on our webshop.

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

for context: a is the cart lines ({s: sku, q: quantity}), b is the catalogue keyed by sku ({p: price, d: optional bulk discount {m: min qty, r: rate}}), d is an optional voucher ({t: threshold, v: value}). The return value is the total and the list of skus that weren't found in the catalogue."""),
    ("coding", 0, "", """Add a readiness probe that hits /healthz on port 8080 (start after 10s, every 5s) and set resources to requests 250m/256Mi, limits 500m/512Mi. Leave everything else as it is.

apiVersion: apps/v1
kind: Deployment
metadata:
  name: permit-portal
  namespace: marrowfield-services
  labels:
    app: permit-portal
    team: citizen-digital
spec:
  replicas: 3
  selector:
    matchLabels:
      app: permit-portal
  template:
    metadata:
      labels:
        app: permit-portal
    spec:
      serviceAccountName: permit-portal
      containers:
        - name: web
          image: registry.marrowfield.test/citizen/permit-portal:2.14.3
          ports:
            - containerPort: 8080
              name: http
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
            - name: DB_HOST
              valueFrom:
                secretKeyRef:
                  name: permit-db
                  key: host
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: permit-db
                  key: password
            - name: MAX_UPLOAD_MB
              value: "25"
            - name: PAYMENT_GATEWAY_URL
              value: https://pay.marrowfield.test/api
            - name: JAVA_OPTS
              value: "-XX:MaxRAMPercentage=75"
          volumeMounts:
            - name: uploads
              mountPath: /data/uploads
      volumes:
        - name: uploads
          persistentVolumeClaim:
            claimName: permit-uploads"""),
    ("coding", 0, "", """I'm the product manager for the carrier-performance report and one of our devs left. Could you walk me through what this program does, step by step, in plain language? I don't need it changed, I just need to know what "late" means in our numbers.

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
		fmt.Printf("%s,%d,%d,%.1f%%\\n", c, n, late[c], 100*float64(late[c])/float64(n))
	}
}"""),
    ("coding", 0,
     "You write git commit messages in Conventional Commits format. Subject line max 72 characters, imperative mood, then a blank line and a short body only if the change needs explaining. Output the message only.",
     """diff --git a/cms/articles/slug.py b/cms/articles/slug.py
index 3e1a9c2..b7f04d1 100644
--- a/cms/articles/slug.py
+++ b/cms/articles/slug.py
@@ -1,14 +1,22 @@
 import re
+import unicodedata

 MAX_LEN = 80

 def make_slug(title: str, existing: set[str]) -> str:
-    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
+    normalized = unicodedata.normalize("NFKD", title)
+    ascii_title = normalized.encode("ascii", "ignore").decode("ascii")
+    base = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
+    if not base:
+        base = "article"
     base = base[:MAX_LEN].rstrip("-")
     slug = base
     n = 2
     while slug in existing:
-        slug = f"{base}-{n}"
+        suffix = f"-{n}"
+        slug = base[: MAX_LEN - len(suffix)].rstrip("-") + suffix
         n += 1
     return slug
diff --git a/cms/articles/tests/test_slug.py b/cms/articles/tests/test_slug.py
@@ -20,3 +28,12 @@ def test_duplicate_gets_suffix():
+
+def test_accents_are_transliterated():
+    assert make_slug("Élection à Brême : résultats", set()) == "election-a-breme-resultats"
+
+def test_suffix_respects_max_len():
+    title = "x" * 100
+    assert len(make_slug(title, {"x" * 80})) <= 80"""),

    # ================================================================== coding, escalate 1 (short / medium)
    ("coding", 1, "", "exactly-once from kafka into postgres — how, concretely? consumer is java, we can't lose or double-count ledger entries when a consumer dies mid-batch"),
    ("coding", 1, "", "implement a consistent-hashing ring with virtual nodes in Go for our cache fleet, plus a test proving only ~1/N of keys move when a node joins"),
    ("coding", 1, "", "event sourcing for inventory across 30 warehouses: how do I do snapshots and rebuild projections without downtime? events live in postgres right now, ~2B rows"),
    ("coding", 1, "", "Comment concevoir un système de feature flags avec déploiement progressif (1 %, 10 %, 50 %) pour notre appli mobile et le backend ? 2 M d'utilisateurs, et un même utilisateur doit voir la même variante partout."),
    ("coding", 1, "", "java: bounded blocking priority queue, FIFO among equal priorities, only ReentrantLock/Condition allowed. explain how you avoid lost wakeups"),
    ("coding", 1, "", "帮我设计一个电商秒杀系统：峰值10万QPS，库存绝对不能超卖，要考虑Redis、消息队列和限流，给出架构说明和关键代码。"),
    ("coding", 1, "", "rust: 2d rigid body physics step with continuous collision detection for fast projectiles. has to compile to wasm and be deterministic across browsers (lockstep multiplayer)"),
    ("coding", 1, "", "Schema per klant of row-level security in Postgres? We hebben 3000 gemeenten als klant, sommige met miljoenen rijen, en de auditors willen harde scheiding. Wat raad je aan en waarom?"),
    ("coding", 1, "", "threat model for the SMS-based password reset in our telecom self-care app (web + iOS). what attacks, what mitigations, prioritised pls"),
    ("coding", 1, "", """Need a data model and REST API design for a multi-tenant booking SaaS for vet clinics. Each clinic has vets, rooms and appointment types of different lengths; some procedures need a vet AND a specific room at the same time. Clinics are in different time zones, and double-booking must be impossible even when two receptionists click at the same moment. Postgres. Give me the tables, the key constraints and the endpoints, and explain exactly how you prevent double booking."""),
    ("coding", 1, "", """Wir betreiben ca. 40 Cronjobs auf zwei alten VMs (Rechnungsläufe, Datenexporte an Krankenkassen, Aufräumjobs). Die sollen nach Kubernetes. Manche dürfen auf keinen Fall doppelt laufen, manche dauern drei Stunden, und wir brauchen einen Alarm, wenn einer NICHT gelaufen ist. Wie würdest du das aufziehen – native CronJobs, Argo Workflows oder etwas anderes? Bitte mit Begründung und den typischen Stolperfallen."""),
    ("coding", 1, "", """We're moving our property listings platform from Mongo 5 (~300 GB, 14 collections, listings have deeply nested "features" and per-country fields) to Postgres 16. The site can't be down for more than a few minutes and estate agents edit listings all day. Outline the migration: schema approach (jsonb vs normalised), dual writes vs CDC, backfill, verification, cutover and rollback."""),
    ("coding", 1, "", """write a bash deploy script for our 3 app VMs behind haproxy: blue/green per VM, switch the haproxy backend through the runtime API socket, poll /ready for up to 60s, and automatically roll back ALL VMs if any single one fails. ubuntu 22.04, the app runs as systemd unit ledgerly-api@blue / ledgerly-api@green"""),

    # ================================================================== coding, escalate 1 (long pastes)
    ("coding", 1, "", """we run ticket sales for small venues and twice this month we sold more seats than exist (212 sold for a 200-cap room). It only happens in the first minute of an on-sale. Here's the reservation path, FastAPI + asyncpg. What's wrong and how do I fix it properly? We run 6 pods so a process-level lock won't do.

async def reserve(pool, event_id: int, user_id: int, qty: int) -> int:
    async with pool.acquire() as conn:
        row = await conn.fetchrow(
            "SELECT capacity, sold FROM events WHERE id = $1", event_id)
        if row is None:
            raise NotFound()
        remaining = row["capacity"] - row["sold"]
        if qty > remaining:
            raise SoldOut(remaining)
        hold_id = await conn.fetchval(
            "INSERT INTO holds (event_id, user_id, qty, expires_at) "
            "VALUES ($1, $2, $3, now() + interval '8 minutes') RETURNING id",
            event_id, user_id, qty)
        await conn.execute(
            "UPDATE events SET sold = $1 WHERE id = $2",
            row["sold"] + qty, event_id)
        await redis.incrby(f"ev:{event_id}:sold", qty)
        return hold_id

and the sweeper that releases expired holds, runs every 30s on every pod:

async def sweep(pool):
    async with pool.acquire() as conn:
        expired = await conn.fetch(
            "DELETE FROM holds WHERE expires_at < now() RETURNING event_id, qty")
        for r in expired:
            await conn.execute(
                "UPDATE events SET sold = sold - $1 WHERE id = $2",
                r["qty"], r["event_id"])"""),
    ("coding", 1, "", """const express = require('express');
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

^ recruiters upload candidate CVs through this. next month we open it up to external recruitment agencies. what are the holes, worst first, and what should the fixed version look like?"""),
    ("coding", 1, "", """We have to move this to PHP 8.2 (mysql_* is gone) and I want to break it into testable pieces — rating, discounts, tax, persistence — without changing a single cent on anyone's invoice. Propose the structure, rewrite it, and point out anything that looks like a bug but that customers' invoices might already depend on.

<?php
// billing_run.php -- run nightly by cron, DO NOT TOUCH (2014)
include 'db.php';
$month = $_GET['m'] ?? date('Y-m', strtotime('-1 month'));
$res = mysql_query("SELECT * FROM subscribers WHERE status='A'");
while ($s = mysql_fetch_assoc($res)) {
    $total = 0;
    $plan = mysql_fetch_assoc(mysql_query("SELECT * FROM plans WHERE id=".$s['plan_id']));
    $total += $plan['monthly_fee'];
    $cdrs = mysql_query("SELECT * FROM cdr WHERE msisdn='".$s['msisdn']."' AND DATE_FORMAT(started,'%Y-%m')='$month'");
    $mins = 0; $sms = 0; $mb = 0;
    while ($c = mysql_fetch_assoc($cdrs)) {
        if ($c['type'] == 'VOICE') { $mins += ceil($c['duration'] / 60); }
        elseif ($c['type'] == 'SMS') { $sms++; }
        elseif ($c['type'] == 'DATA') { $mb += $c['bytes'] / 1048576; }
        if ($c['roaming'] == 1) {
            $total += $c['type'] == 'VOICE' ? ceil($c['duration'] / 60) * 0.35 : 0.10;
        }
    }
    if ($mins > $plan['incl_minutes']) $total += ($mins - $plan['incl_minutes']) * $plan['min_rate'];
    if ($sms > $plan['incl_sms']) $total += ($sms - $plan['incl_sms']) * 0.05;
    if ($mb > $plan['incl_mb']) $total += ceil(($mb - $plan['incl_mb']) / 100) * 2.5;
    if ($s['is_employee']) $total = $total * 0.5;
    $total = round($total * 1.21, 2);
    mysql_query("INSERT INTO invoices (sub_id, month, amount) VALUES (".$s['id'].", '$month', $total)");
    if ($total > 500) mail('billing-alerts@corvina-mobile.test', 'High invoice', $s['msisdn'].' '.$total);
}
echo "done";"""),
    ("coding", 1, "", """.NET Framework 4.8 on IIS. Under ~30 concurrent broker requests the whole app pool stops responding and every request times out after 100 s. At low traffic it's perfectly fine, CPU stays low the whole time. Why, and what's the least risky fix given we can't rewrite the entire codebase to async this sprint?

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
    ("coding", 1, "", """Revisa esta consulta, por favor. Es la que usa la agenda online de Clínica Almendral (PostgreSQL 15) para ofrecer huecos libres. Tarda unos 9 segundos y, peor aún, a veces ofrece horas que ya están ocupadas o en las que el médico está de vacaciones. Quiero entender qué está mal en la lógica y cómo dejarla rápida. Las citas duran 30 minutos.

SELECT m.id AS medico_id, m.nombre, s.inicio
FROM medicos m
CROSS JOIN generate_series(
    date_trunc('day', now()) + interval '8 hours',
    date_trunc('day', now()) + interval '7 days 20 hours',
    interval '20 minutes') AS s(inicio)
WHERE m.especialidad = 'dermatologia'
  AND extract(hour FROM s.inicio) BETWEEN 8 AND 20
  AND NOT EXISTS (
      SELECT 1 FROM citas c
      WHERE c.medico_id = m.id
        AND c.inicio = s.inicio
        AND c.estado <> 'cancelada')
  AND s.inicio NOT IN (
      SELECT a.fecha + a.hora_inicio FROM ausencias a WHERE a.medico_id = m.id)
ORDER BY s.inicio
LIMIT 50;

La tabla citas tiene 4 millones de filas y un índice solo en (medico_id)."""),
    ("coding", 1, "", """このRustのコード、負荷が高いときにたまに固まります（CPU使用率は0%、ログも止まる）。在庫サービスの一部で、reserve と release は別々のtokioタスクから spawn_blocking 経由で呼ばれています。原因と直し方を教えてください。できればロックを減らす設計も提案してほしいです。

use std::collections::HashMap;
use std::sync::Mutex;

pub struct Warehouse {
    stock: Mutex<HashMap<String, i64>>,
    reserved: Mutex<HashMap<String, i64>>,
}

impl Warehouse {
    pub fn reserve(&self, sku: &str, qty: i64) -> bool {
        let mut stock = self.stock.lock().unwrap();
        let mut reserved = self.reserved.lock().unwrap();
        let available = stock.get(sku).copied().unwrap_or(0);
        if available < qty {
            return false;
        }
        *stock.entry(sku.to_string()).or_insert(0) -= qty;
        *reserved.entry(sku.to_string()).or_insert(0) += qty;
        true
    }

    pub fn release(&self, sku: &str, qty: i64) {
        let mut reserved = self.reserved.lock().unwrap();
        let mut stock = self.stock.lock().unwrap();
        *reserved.entry(sku.to_string()).or_insert(0) -= qty;
        *stock.entry(sku.to_string()).or_insert(0) += qty;
    }
}"""),
    ("coding", 1, "", """what does this error mean and why does it only happen since we made the gradebook export async? it worked fine for two years when it ran synchronously in the controller.

org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.fernhollow.lms.course.Course.enrollments: could not initialize proxy - no Session
	at org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException(AbstractPersistentCollection.java:635)
	at org.hibernate.collection.spi.AbstractPersistentCollection.withTemporarySessionIfNeeded(AbstractPersistentCollection.java:218)
	at org.hibernate.collection.spi.AbstractPersistentCollection.initialize(AbstractPersistentCollection.java:615)
	at org.hibernate.collection.spi.PersistentBag.size(PersistentBag.java:257)
	at com.fernhollow.lms.report.GradebookExporter.lambda$export$2(GradebookExporter.java:74)
	at java.base/java.util.concurrent.CompletableFuture$AsyncSupply.run(CompletableFuture.java:1768)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)
	at java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)
	at java.base/java.lang.Thread.run(Thread.java:840)

@Transactional(readOnly = true)
public CompletableFuture<byte[]> export(long courseId) {
    Course course = courseRepository.findById(courseId).orElseThrow();
    return CompletableFuture.supplyAsync(() -> {
        int n = course.getEnrollments().size();
        return writer.write(course, n);
    }, exportPool);
}

exportPool is a fixed pool of 4 threads defined in ExportConfig, and the controller just does export(id).thenAccept(bytes -> mailer.send(teacher, bytes)). Course.enrollments is @OneToMany(mappedBy = "course") with the default fetch type. we also sometimes get an export where half the students are missing, no exception at all, mostly for big courses with 300+ students during the end-of-term rush. no idea if that's related or a different problem."""),
    ("coding", 1, "", """our partner portal for freight forwarders uses this middleware. someone on the team says it's fine "because we verify the token". is it?

const fs = require('fs');
const jwt = require('jsonwebtoken');
const PUBLIC_KEY = fs.readFileSync('./keys/auth.pub');

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) return res.status(401).end();

  if (decoded.header.alg === 'HS256') {
    jwt.verify(token, PUBLIC_KEY.toString());
  } else {
    jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  }

  if (decoded.payload.exp && decoded.payload.exp < Date.now()) {
    return res.status(401).json({ error: 'expired' });
  }
  req.user = decoded.payload;
  next();
}

module.exports = { authenticate };

tokens are issued by our own auth service (RS256, 15 min lifetime) and the forwarders' TMS systems call our booking API with them. the public key file is also served at /.well-known/auth.pub so partners can verify tokens on their side. we added the HS256 branch last year because one old partner integration couldn't do RS256."""),
    ("coding", 1, "", """least-privilege review of the transcoder's IAM setup please. it reads raw uploads, writes renditions, pulls jobs off SQS. I have a feeling this is way too open but I can't say exactly what an attacker who pops the transcoder container could do with it.

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
    ("coding", 1, "", """This takes ~40 minutes on 10M rows (df is sorted by account_id, booked_at). Vectorize it with pandas/numpy. Results must be IDENTICAL to the loop, including what happens on RESET rows and at account boundaries, because finance reconciles against the old output. kind is one of "TXN", "FEE", "INTEREST", "RESET". amount is NaN on RESET rows and can be 0.0 on FEE rows that were waived. We're on pandas 2.2 and the box has 64 GB RAM, so memory is not the main concern, runtime is.

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
    ("coding", 1,
     "You are the automated code reviewer for Hollowpine Games' Unity repository. Review the C# the user sends. Flag correctness bugs, performance problems in per-frame code paths and avoidable GC allocations. Be specific: line, problem, fix.",
     """PR #418 from jonas-k: "spawner v2, works on my machine"

public class EnemySpawner : MonoBehaviour
{
    public GameObject enemyPrefab;
    public Transform player;
    public float spawnRadius = 30f;
    private List<GameObject> enemies = new List<GameObject>();

    void Update()
    {
        enemies.RemoveAll(e => e == null);
        if (enemies.Count < 50 && Random.value < 0.02f)
        {
            var pos = player.position + Random.insideUnitSphere * spawnRadius;
            pos.y = 0;
            enemies.Add(Instantiate(enemyPrefab, pos, Quaternion.identity));
        }
        foreach (var e in enemies)
        {
            var target = GameObject.Find("Player");
            var dist = Vector3.Distance(e.transform.position, target.transform.position);
            e.GetComponent<Renderer>().material.color = dist < 5f ? Color.red : Color.white;
            if (dist > 80f) Destroy(e);
        }
        Debug.Log($"Enemies alive: {enemies.Count}");
    }
}"""),
    ("coding", 1, "", """Revisão de segurança, por favor: esse Lambda recebe os webhooks de pagamento PIX do nosso PSP e libera o pedido na loja. Tá em produção desde ontem 😬 quero saber o que pode dar errado e o que corrigir primeiro. O endpoint é público (API Gateway sem autenticação), o PSP manda o header x-signature com HMAC do corpo, e o valor do pedido fica na mesma tabela no campo valor_total. Em prod a variável STAGE é "prod".

import json, hmac, hashlib, os
import boto3

SECRET = os.environ.get("WEBHOOK_SECRET", "dev-secret")
pedidos = boto3.resource("dynamodb").Table("pedidos")

def handler(event, context):
    body = event["body"]
    sig = event["headers"].get("x-signature", "")
    expected = hmac.new(SECRET.encode(), body.encode(), hashlib.sha1).hexdigest()
    if sig != expected and os.environ.get("STAGE") != "prod":
        print("assinatura inválida", sig)
    data = json.loads(body)
    if data["status"] == "CONCLUIDA":
        pedidos.update_item(
            Key={"id": data["txid"]},
            UpdateExpression="SET pago = :p, valor_pago = :v",
            ExpressionAttributeValues={":p": True, ":v": data["valor"]},
        )
    print(json.dumps(event))
    return {"statusCode": 200}"""),
    ("coding", 1, "", """Przejrzyj proszę ten kod z naszej aplikacji dla kurierów (Android, Kotlin). Po obrocie ekranu czasem jest crash, a czasem lokalizacja dalej się wysyła, chociaż kurier zamknął aplikację. Co tu jest nie tak i jak to porządnie przepisać? Wymaganie biznesowe: pozycja ma być wysyłana co 5 sekund tylko wtedy, gdy kurier ma aktywną trasę, także przy wygaszonym ekranie, ale na pewno nie po zakończeniu zmiany. minSdk 26, targetSdk 34. LocationHelper to nasza klasa, która opakowuje FusedLocationProviderClient, a CourierApi to zwykły interfejs Retrofit z funkcjami suspend.

class TrackingActivity : AppCompatActivity() {
    private val api = CourierApi.create()
    private lateinit var binding: ActivityTrackingBinding

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        binding = ActivityTrackingBinding.inflate(layoutInflater)
        setContentView(binding.root)

        GlobalScope.launch {
            while (true) {
                val loc = LocationHelper(this@TrackingActivity).lastKnown()
                api.sendPosition(courierId(), loc.latitude, loc.longitude)
                withContext(Dispatchers.Main) {
                    binding.status.text = "Wysłano: ${loc.latitude}, ${loc.longitude}"
                }
                delay(5000)
            }
        }
    }
}"""),
    ("coding", 1, "", """claims dashboard query, postgres 14, claims has ~38M rows. product wants it under 1s. plan is below. rewrite it and tell me exactly which indexes to add (and whether the lower() is hurting us)

SELECT c.id, c.policy_no, c.opened_at, c.status,
       (SELECT count(*) FROM claim_notes n WHERE n.claim_id = c.id) AS notes,
       (SELECT max(p.paid_at) FROM claim_payments p WHERE p.claim_id = c.id) AS last_paid
FROM claims c
WHERE c.adjuster_id = 4412
  AND c.status IN ('OPEN', 'REOPENED', 'PENDING_DOCS')
  AND lower(c.region) = 'north-west'
ORDER BY c.opened_at DESC
LIMIT 100;

Limit  (cost=0.56..18423.11 rows=100 width=72) (actual time=5120.331..7811.902 rows=100 loops=1)
  ->  Index Scan Backward using claims_opened_at_idx on claims c  (cost=0.56..9120344.70 rows=49512 width=72) (actual time=5120.329..7811.811 rows=100 loops=1)
        Filter: ((adjuster_id = 4412) AND (lower(region) = 'north-west'::text) AND (status = ANY ('{OPEN,REOPENED,PENDING_DOCS}'::text[])))
        Rows Removed by Filter: 21877410
        SubPlan 1
          ->  Aggregate  (actual time=0.021..0.021 rows=1 loops=100)
                ->  Index Only Scan using claim_notes_claim_id_idx on claim_notes n  (actual time=0.004..0.017 rows=14 loops=100)
        SubPlan 2
          ->  Aggregate  (actual time=0.019..0.019 rows=1 loops=100)
                ->  Index Scan using claim_payments_claim_id_idx on claim_payments p  (actual time=0.006..0.016 rows=3 loops=100)
Planning Time: 0.412 ms
Execution Time: 7812.208 ms"""),
    ("coding", 1, "", """Dispatch says every route for the Rotterdam-Waalhaven depot came out empty this morning between roughly 05:00 and 05:40, drivers were standing around, and then it recovered on its own before anyone on call did anything. Here's what I could pull from the route-planner pods and the relevant config. What actually happened, in order, and what should we change so it can't happen again? Be concrete, I need to write the postmortem today.

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

The matrix for 1904 points usually takes 1.4-1.8 s, so the 2 s timeout was "fine" according to whoever set it. I suspect PR 2210 but I'd like the whole chain, not just one culprit, and a list of fixes ranked by how much they would have helped this morning."""),
    ("coding", 1, "", """Please review this module for correctness before we connect the new chemistry analysers to it. It takes result files from the two analysers, converts units, flags out-of-range values and pushes them to our lab information system. The lab manager thinks there are subtle unit-conversion and timezone problems because some glucose values on the ward looked wrong last week, and a rerun sample once vanished from the LIS entirely. List every bug you find with the line and the clinical consequence, then give me a corrected version. Don't restructure it beyond what the fixes need, the validation team has to re-test every changed line, and our accreditation auditor will read the diff next month. The hospital runs on Europe/Amsterdam time; the LIS stores everything in UTC.

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
]

H += [
    # ================================================================== very short asks, other categories
    # ------------------------------------------------------------------ extraction
    ("extraction", 0, "", "whats the PO number in this: 'Re: PO 55-10382 delivery slot moved to Wed 7am, dock 4'"),
    ("extraction", 0, "Return only the email addresses found, one per line.", "ping marta.oyelaran@vellinor.test or the helpdesk (it-help@vellinor.test) if the badge reader fails again"),
    ("extraction", 0, "", "次の文から日付だけ抜き出して：「納品は3月14日、請求書は3月31日締めです」"),
    ("extraction", 0, "", "Nur die Rechnungsnummer bitte: „Ihre Zahlung zu RE-2024-0917 ist am Montag eingegangen.“"),
    ("extraction", 1, "", "From the attached franchise agreement, list every obligation that actually binds us, and flag which ones are vague enough to be litigated."),
    # ------------------------------------------------------------------ classification
    ("classification", 0, "", "is this email phishing? 'Your mailbox is 98% full. Verify your account at outlook-secure-login.co within 24h'"),
    ("classification", 0, "Route the message to one of: billing, tech, sales, other. Output the label only.", "do u guys do discounts for schools"),
    ("classification", 0, "", "¿Positivo, negativo o mixto? 'Llegó tarde, pero el producto es una maravilla'"),
    ("classification", 0, "", "Bu yorum hangi konuda: kargo, ürün kalitesi, fiyat? 'Kutu ezik geldi, içindeki bardak kırık.'"),
    ("classification", 1, "", "Would a regulator likely see 'clinically proven to boost immunity' on our gummy ad as misleading? Rate high/medium/low and justify."),
    # ------------------------------------------------------------------ summarization
    ("summarization", 0, "", "tl;dr: 'From 1 July, expense claims over €500 need director sign-off, and receipts must be uploaded within 10 days.'"),
    ("summarization", 0, "", "Un titre pour cet article : « La mairie de Vaudrelle ferme la piscine municipale jusqu'en septembre pour travaux. »"),
    ("summarization", 0, "", "Vat samen in één zin: 'De trein van 8.12 uur rijdt vandaag niet door een seinstoring bij Amersfoort.'"),
    ("summarization", 0, "", "one-line recap pls — server patched, reboot 2am sat, ~10 min downtime, nothing to do on your side"),
    ("summarization", 1, "", "condense the attached deposition into a timeline and note every place the witness contradicts her earlier statements"),
    # ------------------------------------------------------------------ rewrite
    ("rewrite", 0, "", "more formal pls: 'hey can u push the call to thu, smth came up'"),
    ("rewrite", 0, "", "Corrige a gramática: 'Nós vai enviar os documento amanhã de manhã.'"),
    ("rewrite", 0, "", "simplify for a 10 year old: 'Photosynthesis converts light energy into chemical energy stored in glucose.'"),
    ("rewrite", 0, "", "Rendila più breve: 'Vi informiamo che, a causa di lavori di manutenzione, il servizio non sarà disponibile.'"),
    ("rewrite", 1, "", "Rework this so it's humane but legally careful: 'Due to restructuring, your role is eliminated effective Friday.'"),
    # ------------------------------------------------------------------ closed_qa
    ("closed_qa", 0, "", "Policy: 'Returns within 30 days with receipt; sale items are final.' Can I return a sale jacket bought last week?"),
    ("closed_qa", 0, "Answer from the passage only. If it isn't stated, reply 'not stated'.", "Passage: The clinic opens 8:00-19:00 on weekdays. Q: open sundays?"),
    ("closed_qa", 0, "", "根据这句话回答：“会议改到周四下午三点，在二楼会议室。” 会议在几楼？"),
    ("closed_qa", 0, "", "per the schedule '9:00 keynote, 10:30 break, 11:00 panels' when's the break"),
    ("reasoning", 1, "", "Using only the trial results table I pasted earlier, is drug B non-inferior to A at the 5% margin? Show your reasoning."),
    # ------------------------------------------------------------------ translation
    ("translation", 0, "", "how do you say 'the invoice is overdue' in polish"),
    ("translation", 0, "Translate the user's text into German. Output only the translation.", "Your order has shipped and should arrive in 2-3 business days."),
    ("translation", 0, "", "이거 영어로: '배송이 지연되어 죄송합니다'"),
    ("translation", 0, "", "ترجم إلى الإنجليزية: 'تم تأجيل الاجتماع إلى الأسبوع القادم'"),
    ("translation", 1, "", "Transcreate our slogan 'Bank on yourself' for Brazil — keep the pun if possible, give 3 options with notes."),
    # ------------------------------------------------------------------ formatting
    ("formatting", 0, "", "to csv: name Ana age 31 city Porto; name Luis age 27 city Braga"),
    ("formatting", 0, "", "sort alphabetically: kiwi, banana, apple, mango, fig"),
    ("formatting", 0, "Normalise every date the user sends to ISO 8601. Output a JSON array.", "3/4/24, April 9 2024, 2024.12.01"),
    ("formatting", 0, "", "Pon esto en una tabla markdown: lunes 8h, martes 6h, miércoles 7,5h"),
    ("formatting", 1, "", "design a normalized attribute schema for these messy product specs: 'red XL cotton', 'Size: M / colour blue', 'wool-blend, L'"),
    # ------------------------------------------------------------------ open_qa
    ("open_qa", 0, "", "C'est quoi un ETF ?"),
    ("open_qa", 0, "", "RAM aur ROM mein kya farak hai? short mein batao"),
    ("open_qa", 0, "", "roughly what temp does water boil at 2000m up"),
    ("open_qa", 1, "", "why did the euro crisis hit greece so much harder than ireland"),
    ("open_qa", 1, "", "Why do antibiotics stop working over time, and how can resistance jump between different bacterial species?"),
    # ------------------------------------------------------------------ brainstorming
    ("brainstorming", 1, "", "names for a dog grooming van? puns welcome 🐶"),
    ("brainstorming", 1, "", "Ideas para un team building de 15 personas en Valencia, presupuesto bajo"),
    ("brainstorming", 1, "", "20 blog post angles for a cyber insurance broker, SMB audience"),
    ("brainstorming", 0, "", "5 synonyms for 'quick'"),
    ("brainstorming", 0, "", "3 alternative subject lines for 'Your invoice is ready'"),
    # ------------------------------------------------------------------ creative_writing
    ("creative_writing", 1, "", "haiku about a failed friday deploy"),
    ("creative_writing", 1, "", "退職する同僚への寄せ書きメッセージ、ちょっとユーモアを入れて書いて"),
    ("creative_writing", 1, "", "a 2-minute wedding toast for my sister Sanne and her husband Bram — they met at a climbing gym"),
    ("creative_writing", 0, "", "one-line birthday wish for a coworker, nothing cheesy"),
    ("creative_writing", 0, "", "caption for a linkedin post announcing our new office in Ghent"),
    # ------------------------------------------------------------------ reasoning
    ("reasoning", 0, "", "what's 18% of 240"),
    ("reasoning", 0, "", "Ile to 75 mil na godzinę w km/h?"),
    ("reasoning", 1, "", "3 devs, tasks A-E each 2 days, C needs A, D needs B, E needs C and D. min calendar days?"),
    ("reasoning", 1, "", "Two dice: given the sum is 8, what's the chance at least one shows a 6?"),
    ("reasoning", 1, "", "Wie viele Klavierstimmer gibt es ungefähr in München? Schätz mal mit Rechenweg."),
    # ------------------------------------------------------------------ other
    ("other", 0, "", "thanks, that fixed it 🙏"),
    ("other", 0, "", "are you chatgpt or something else?"),
    ("other", 0, "", "buongiorno! come va oggi?"),
    ("other", 1, "", "best friend wants me as guarantor on her flat and i really dont want to. how do i say no without losing her"),
    ("other", 1, "", "Pretend you're a grumpy medieval innkeeper and I'm a traveller asking for a room. Stay in character."),
]
