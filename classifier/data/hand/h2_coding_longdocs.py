"""Hand-written prompts, batch 2: coding, and long pasted documents with narrow or hard asks."""

H = [
    # ------------------------------------------------------------ coding, easy (escalate 0)
    ("coding", 0, "", "find cmd to delete every node_modules folder under ~/projects that hasn't been touched in 30+ days? macos"),
    ("coding", 0, "", "PythonでCSVを読み込んで「金額」列の合計を出すだけのコードください。pandasは使えない環境です（標準ライブラリのみ）。"),
    ("coding", 0, "You are CodeHelper, the assistant embedded in the Kestrel IDE plugin. Answer with the code first, then at most two sentences of explanation. Never include a greeting.",
     """turn this into a dict comprehension and drop entries where the value is None

out = {}
for row in rows:
    if row.get("sku") is not None:
        out[row["sku"]] = row.get("price")"""),
    ("coding", 0, "", "git fetch vs git pull, what's actually the difference? i always just pull and sometimes it makes a merge commit i didn't want"),
    ("coding", 0, "", "¿Cómo hago un LEFT JOIN entre la tabla clientes y la tabla pedidos para que también salgan los clientes que nunca han pedido nada? Uso MySQL 8."),
    ("coding", 0, "", r"What does this regex accept, in plain words? It's in our signup form and nobody remembers. ^(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{10,64}$"),
    ("coding", 0, "", "Schreib mir bitte eine kleine JavaScript-Funktion, die ein Date-Objekt als TT.MM.JJJJ zurückgibt, also mit führenden Nullen. Ohne externe Library."),
    ("coding", 0, "",
     r'''Add Google-style docstrings to every function in this module. Do not change any logic, names or formatting otherwise, I just need it to pass our docstring linter.

```python
import csv
import logging
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

log = logging.getLogger("recon")

TOLERANCE = Decimal("0.01")
WAREHOUSE_CODES = {"NRT": "Northgate", "SBY": "Southbay", "ELM": "Elmhurst"}


@dataclass
class StockLine:
    sku: str
    warehouse: str
    qty_system: int
    qty_counted: int
    unit_cost: Decimal

    @property
    def variance_units(self) -> int:
        return self.qty_counted - self.qty_system

    @property
    def variance_value(self) -> Decimal:
        return Decimal(self.variance_units) * self.unit_cost


def parse_cost(raw: str) -> Decimal:
    cleaned = raw.replace("$", "").replace(",", "").strip()
    if not cleaned:
        return Decimal("0")
    return Decimal(cleaned)


def load_system_export(path: Path) -> dict:
    result = {}
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            key = (row["SKU"].strip().upper(), row["WH"].strip().upper())
            result[key] = (int(row["OnHand"]), parse_cost(row["UnitCost"]))
    log.info("loaded %d system rows from %s", len(result), path.name)
    return result


def load_count_sheet(path: Path) -> dict:
    counts = {}
    with path.open(newline="", encoding="utf-8-sig") as fh:
        for row in csv.reader(fh, delimiter=";"):
            if not row or row[0].startswith("#"):
                continue
            sku, wh, qty = row[0].strip().upper(), row[1].strip().upper(), row[2]
            counts[(sku, wh)] = counts.get((sku, wh), 0) + int(qty or 0)
    return counts


def reconcile(system: dict, counted: dict) -> list:
    lines = []
    for key in sorted(set(system) | set(counted)):
        qty_sys, cost = system.get(key, (0, Decimal("0")))
        qty_cnt = counted.get(key, 0)
        if key not in system:
            log.warning("counted SKU %s in %s not present in system export", *key)
        lines.append(StockLine(key[0], key[1], qty_sys, qty_cnt, cost))
    return lines


def material_variances(lines: list, threshold: Decimal) -> list:
    flagged = [l for l in lines if abs(l.variance_value) >= threshold]
    flagged.sort(key=lambda l: abs(l.variance_value), reverse=True)
    return flagged


def write_report(lines: list, out_dir: Path, as_of: date) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"variance_{as_of:%Y%m%d}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["sku", "warehouse", "system", "counted", "diff_units", "diff_value"])
        for l in lines:
            w.writerow([l.sku, WAREHOUSE_CODES.get(l.warehouse, l.warehouse),
                        l.qty_system, l.qty_counted, l.variance_units,
                        f"{l.variance_value:.2f}"])
    return target


def main(system_csv: str, count_csv: str, out_dir: str = "reports") -> int:
    as_of = datetime.now().date()
    system = load_system_export(Path(system_csv))
    counted = load_count_sheet(Path(count_csv))
    lines = reconcile(system, counted)
    flagged = material_variances(lines, Decimal("250"))
    path = write_report(flagged, Path(out_dir), as_of)
    total = sum((l.variance_value for l in lines), Decimal("0"))
    log.info("net variance %.2f across %d lines, %d flagged", total, len(lines), len(flagged))
    print(path)
    return 0 if abs(total) < TOLERANCE * 1000 else 2
```'''),
    ("coding", 0, "", "kubectl: how do i see the logs of the previous (crashed) container in pod payments-api-7f9c6d-x2lq, namespace prod-eu"),
    ("coding", 0, "",
     r'''My manager needs to know what this nightly job does to customer data before the audit. Can you walk through it step by step in plain English, no jargon? I didn't write it.

#!/usr/bin/env bash
set -euo pipefail

EXPORT_DIR=/srv/exports/crm
ARCHIVE_DIR=/srv/archive/crm
TODAY=$(date +%F)
DB_URL="${CRM_DB_URL:?CRM_DB_URL not set}"
RETENTION_DAYS=400

mkdir -p "$EXPORT_DIR/$TODAY" "$ARCHIVE_DIR"

echo "[$(date -Is)] exporting contacts"
psql "$DB_URL" -v ON_ERROR_STOP=1 -c "\copy (
    SELECT id, account_id, lower(email) AS email, country, created_at, last_seen_at, marketing_opt_in
    FROM contacts
    WHERE deleted_at IS NULL
) TO '$EXPORT_DIR/$TODAY/contacts.csv' WITH CSV HEADER"

echo "[$(date -Is)] exporting orders"
psql "$DB_URL" -v ON_ERROR_STOP=1 -c "\copy (
    SELECT o.id, o.contact_id, o.total_cents, o.currency, o.status, o.created_at
    FROM orders o
    WHERE o.created_at >= now() - interval '2 days'
) TO '$EXPORT_DIR/$TODAY/orders_delta.csv' WITH CSV HEADER"

echo "[$(date -Is)] pseudonymising emails for the analytics copy"
python3 - "$EXPORT_DIR/$TODAY/contacts.csv" "$EXPORT_DIR/$TODAY/contacts_analytics.csv" <<'PY'
import csv, hashlib, os, sys
salt = os.environ["ANALYTICS_SALT"].encode()
src, dst = sys.argv[1], sys.argv[2]
with open(src, newline="") as fi, open(dst, "w", newline="") as fo:
    r = csv.DictReader(fi)
    w = csv.DictWriter(fo, fieldnames=[f for f in r.fieldnames if f != "email"] + ["email_hash"])
    w.writeheader()
    for row in r:
        row["email_hash"] = hashlib.sha256(salt + row.pop("email").encode()).hexdigest()
        w.writerow(row)
PY

echo "[$(date -Is)] uploading analytics copy"
aws s3 cp "$EXPORT_DIR/$TODAY/contacts_analytics.csv" "s3://lumenfield-analytics-raw/crm/$TODAY/" --sse aws:kms
aws s3 cp "$EXPORT_DIR/$TODAY/orders_delta.csv" "s3://lumenfield-analytics-raw/crm/$TODAY/" --sse aws:kms

echo "[$(date -Is)] sending marketing list to mailer"
awk -F, 'NR==1 || $7=="t"' "$EXPORT_DIR/$TODAY/contacts.csv" > "$EXPORT_DIR/$TODAY/optin.csv"
curl -sf -X PUT -H "Authorization: Bearer ${MAILER_TOKEN}" \
     --data-binary @"$EXPORT_DIR/$TODAY/optin.csv" \
     "https://api.mailer.example/v2/lists/weekly-digest/members:replace"

echo "[$(date -Is)] archiving and cleaning up"
tar -czf "$ARCHIVE_DIR/crm_$TODAY.tar.gz" -C "$EXPORT_DIR" "$TODAY"
rm -rf "$EXPORT_DIR/$TODAY"
find "$ARCHIVE_DIR" -name 'crm_*.tar.gz' -mtime +"$RETENTION_DAYS" -delete

echo "[$(date -Is)] done"'''),
    ("coding", 0, "", "comment je fais un rebase interactif pour fusionner mes 3 derniers commits en un seul avant d'ouvrir la PR ? la branche est déjà poussée sur origin"),
    ("coding", 0, "",
     """Write me a TypeScript interface (or a couple of them) for this API response, optional fields where it makes sense:

{"orderId":"ORD-55120","placedAt":"2025-03-02T10:14:00Z","customer":{"id":8812,"name":"Tova Lindqvist","loyaltyTier":"gold"},"lines":[{"sku":"TEA-EARL-250","qty":2,"unitPrice":7.9},{"sku":"MUG-STONE-BL","qty":1,"unitPrice":14.5,"giftWrap":true}],"shipping":{"method":"express","trackingNo":null},"notes":null}"""),
    ("coding", 0, "", "Como faço para ler variáveis de ambiente num app Node.js com dotenv? Só um exemplo curtinho, por favor, é meu primeiro projeto."),
    ("coding", 0, "", "cron expr: every weekday 06:45, server is UTC but i want it Lisbon time... or is that not possible in plain cron"),
    ("coding", 0, "",
     """python keeps saying SyntaxError: expected ':' on line 4 and i've been staring at it for 10 min

def shipping_cost(weight_kg, zone):
    rates = {"A": 4.5, "B": 6.0, "C": 9.25}
    base = rates.get(zone, 12.0)
    if weight_kg > 20
        base += (weight_kg - 20) * 0.4
    return round(base, 2)"""),
    ("coding", 0, "", "파이썬에서 두 날짜 사이의 영업일(주말 제외) 수를 계산하는 간단한 코드 알려줘. 공휴일은 리스트로 넘길 수 있으면 좋겠어."),
    ("coding", 0, "Halvorsen Freight internal data-platform assistant. Warehouse: Snowflake. Return only a SQL query in a code block, no commentary.",
     "monthly count of shipments delivered more than 2 days late, by origin depot, for calendar year 2024. table shipments(id, origin_depot, promised_date, delivered_date). ignore rows where delivered_date is null"),
    ("coding", 0, "",
     """Can you convert this to async/await? Same behaviour, just easier to read.

function loadProfile(userId, cb) {
  db.getUser(userId, function (err, user) {
    if (err) return cb(err);
    db.getPreferences(user.id, function (err2, prefs) {
      if (err2) return cb(err2);
      cb(null, { ...user, prefs });
    });
  });
}

db methods return promises too if you don't pass a callback."""),
    ("coding", 0, "",
     """give me ~5 pytest cases for this, incl. a couple of edge cases (unicode, repeated dashes)

import re, unicodedata

def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    return text"""),
    ("coding", 0, "", "Mi scrivi una regex per validare il formato di un codice fiscale italiano? Solo la struttura (lettere/numeri nelle posizioni giuste), il carattere di controllo lo verifichiamo dopo."),
    ("coding", 0, "", "what does set -euo pipefail do at the top of a bash script? saw it in every script at my new job"),
    ("coding", 0, "", "=LOOKUP or INDEX? need a google sheets formula that returns the last non-empty value in column B (there are gaps)"),
    ("coding", 0, "", "Hoe maak ik in Excel VBA een macro die alle volledig lege rijen in het actieve werkblad verwijdert? Het blad heeft ongeveer 5000 rijen."),
    ("coding", 0, "",
     """our go service image is 1.2GB lol. can you make this multi-stage so the final image is tiny?

FROM golang:1.22
WORKDIR /app
COPY . .
RUN go build -o server ./cmd/server
EXPOSE 8080
CMD ["./server"]"""),
    ("coding", 0, "", "Napisz w Pandas: pogrupuj DataFrame po kolumnie 'region' i policz średnią z kolumny 'sprzedaz' oraz liczbę wierszy, wynik posortuj malejąco po średniej."),
    ("coding", 0, "",
     """convert to python requests pls

curl -X POST https://api.parcelhub.test/v1/labels -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' -d '{"carrier":"dpd","weight_g":1200,"to":{"zip":"10115","country":"DE"}}'"""),
    ("coding", 0, "", "bhai java mein string reverse karne ka sabse simple tarika kya hai? StringBuilder wala ya koi aur? interview ke liye chahiye"),
    # ------------------------------------------------------------ coding, hard (escalate 1)
    ("coding", 1, "",
     r'''We get "fatal error: concurrent map read and map write" roughly once a day in prod, and separately some customers see stale prices for hours after a price change. Both seem to come from this file. Find all the concurrency problems you can see, explain each one, and give me a corrected version. We're on Go 1.22.

```go
package pricing

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"sync"
	"time"
)

type Price struct {
	SKU       string    `json:"sku"`
	Cents     int64     `json:"cents"`
	Currency  string    `json:"currency"`
	UpdatedAt time.Time `json:"updated_at"`
}

type Cache struct {
	mu       sync.RWMutex
	prices   map[string]Price
	lastSync time.Time
	client   *http.Client
	source   string
	subs     []chan Price
}

func NewCache(source string) *Cache {
	return &Cache{
		prices: make(map[string]Price),
		client: &http.Client{Timeout: 5 * time.Second},
		source: source,
	}
}

func (c *Cache) Get(sku string) (Price, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	p, ok := c.prices[sku]
	return p, ok
}

func (c *Cache) Snapshot() map[string]Price {
	c.mu.RLock()
	snap := c.prices
	c.mu.RUnlock()
	return snap
}

func (c *Cache) Subscribe() <-chan Price {
	ch := make(chan Price)
	c.subs = append(c.subs, ch)
	return ch
}

func (c *Cache) refresh(ctx context.Context) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.source+"/prices?since="+c.lastSync.Format(time.RFC3339), nil)
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	var batch []Price
	if err := json.NewDecoder(resp.Body).Decode(&batch); err != nil {
		return err
	}
	resp.Body.Close()

	var wg sync.WaitGroup
	for _, p := range batch {
		go func() {
			wg.Add(1)
			defer wg.Done()
			c.mu.Lock()
			c.prices[p.SKU] = p
			c.mu.Unlock()
			for _, s := range c.subs {
				s <- p
			}
		}()
	}
	wg.Wait()
	c.lastSync = time.Now()
	return nil
}

func (c *Cache) Run(ctx context.Context, every time.Duration) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
			if err := c.refresh(ctx); err != nil {
				log.Printf("pricing refresh failed: %v", err)
			}
		}
	}
}

// Handler used by the storefront BFF.
func (c *Cache) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	snap := c.Snapshot()
	w.Header().Set("Content-Type", "application/json")
	out := make([]Price, 0, len(snap))
	for _, p := range snap {
		out = append(out, p)
	}
	json.NewEncoder(w).Encode(out)
}
```

Subscribers are the websocket fan-out (one channel per connected browser tab) and the search indexer. Refresh interval is 30s. The source service sometimes returns 500s during its deploys.'''),
    ("coding", 1, "",
     r'''Celery workers are doing something weird since we moved to the new cluster and I can't figure out the pattern. Some tasks fail with SSL errors from Postgres, and some invoices are getting emailed twice. Config and logs below. What's going on and what should we change?

celery_app.py (relevant bits):
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

Worker start: celery -A celery_app worker --concurrency=12 --pool=prefork

Logs (worker-3, trimmed):
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

Other notes: the old cluster ran 2 workers with concurrency 4 and prefetch 1. The DB is behind PgBouncer in transaction mode now (it wasn't before). Account 40211 is one of our biggest customers and complained about two identical invoices.'''),
    ("coding", 1, "",
     r"""Security review please, this is going live Friday. Be specific about what an attacker could do.

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
    ("coding", 1, "", "We're building the core ledger for a small neobank in Kotlin (Spring Boot, Postgres). Needs double-entry, idempotent posting from card processor webhooks that can arrive out of order or twice, holds/authorisations that later settle for a different amount, and balances that are queryable at any point in time for regulators. Propose the data model, the posting API and how you guarantee balances never go inconsistent under concurrent postings to the same account. Code for the critical parts."),
    ("coding", 1, "", "Wir haben einen 9 Jahre alten Java-Monolithen (Spring, eine Oracle-DB mit ~600 Tabellen) für Auftragsabwicklung, Lager und Rechnungsstellung. Das Management will \"Microservices\". Wie würdest du realistisch vorgehen? Ich brauche einen Migrationsplan mit Strangler-Pattern, wie wir die Datenbank aufteilen, ohne dass Rechnungen inkonsistent werden, und woran wir nach 6 Monaten merken, ob es sich lohnt. Gerne auch, wo du davon abraten würdest."),
    ("coding", 1, "",
     r'''Refactor this into a React function component with hooks. It has to keep exactly the same behaviour (debounced search, filters remembered in localStorage, "load more" pagination, the weird rule that changing the category resets the page but changing the sort doesn't). We're on React 18, no Redux. Please also point out anything in the old code that looks like a bug rather than intended behaviour, so I can ask product before copying it.

```js
var state = { q: "", category: "all", sort: "relevance", page: 1, items: [], loading: false, done: false };
var timer = null;

function saveFilters() {
  localStorage.setItem("catalogFilters", JSON.stringify({ category: state.category, sort: state.sort }));
}

function restoreFilters() {
  try {
    var f = JSON.parse(localStorage.getItem("catalogFilters"));
    if (f) { state.category = f.category || "all"; state.sort = f.sort || "relevance"; }
  } catch (e) {}
  $("#category").val(state.category);
  $("#sort").val(state.sort);
}

function render(append) {
  var html = state.items.map(function (it) {
    return '<li class="card" data-id="' + it.id + '"><img src="' + it.thumb + '"><h3>' + it.name +
      '</h3><span class="price">' + (it.price / 100).toFixed(2) + ' EUR</span>' +
      (it.stock < 5 ? '<em class="low">Only ' + it.stock + ' left</em>' : '') + '</li>';
  }).join("");
  if (append) { $("#results").append(html); } else { $("#results").html(html); }
  $("#more").toggle(!state.done);
  $("#spinner").toggle(state.loading);
}

function fetchPage(append) {
  state.loading = true; render(append);
  $.getJSON("/api/catalog", { q: state.q, cat: state.category, sort: state.sort, page: state.page }, function (res) {
    state.loading = false;
    state.done = res.items.length < 24;
    if (append) { state.items = state.items.concat(res.items); } else { state.items = res.items; }
    render(append);
  }).fail(function () {
    state.loading = false;
    $("#error").text("Something went wrong, please retry").show();
  });
}

$(function () {
  restoreFilters();
  fetchPage(false);

  $("#search").on("input", function () {
    state.q = $(this).val().trim();
    clearTimeout(timer);
    timer = setTimeout(function () { state.page = 1; fetchPage(false); }, 300);
  });

  $("#category").on("change", function () {
    state.category = $(this).val(); state.page = 1; saveFilters(); fetchPage(false);
  });

  $("#sort").on("change", function () {
    state.sort = $(this).val(); saveFilters(); fetchPage(false);
  });

  $("#more").on("click", function () {
    state.page += 1; fetchPage(true);
  });

  $("#results").on("click", ".card", function () {
    window.location = "/product/" + $(this).data("id");
  });
});
```'''),
    ("coding", 1, "Role: ReviewBot, automated pull-request reviewer for Quillstone Health's patient-portal repository. Review the diff for correctness, security (we handle PHI, HIPAA applies), performance and maintainability. Group findings by severity: blocker, major, minor, nit. Quote the exact lines you refer to.",
     r'''PR #2291 "Add CSV export of appointment history" by dev-renata

diff --git a/src/routes/exports.js b/src/routes/exports.js
new file mode 100644
--- /dev/null
+++ b/src/routes/exports.js
@@ -0,0 +1,58 @@
+const express = require("express");
+const fs = require("fs");
+const path = require("path");
+const { db } = require("../db");
+const { requireLogin } = require("../middleware/auth");
+
+const router = express.Router();
+const EXPORT_DIR = path.join(__dirname, "../../tmp/exports");
+
+router.get("/patients/:patientId/appointments.csv", requireLogin, async (req, res) => {
+  const { patientId } = req.params;
+  const from = req.query.from || "1970-01-01";
+  const rows = await db.query(
+    `SELECT id, starts_at, clinician_id, location_id, reason, notes
+       FROM appointments WHERE patient_id = ${patientId} AND starts_at >= '${from}'
+      ORDER BY starts_at DESC`
+  );
+
+  let csv = "date,clinician,location,reason,notes\n";
+  for (const r of rows) {
+    const clinician = await db.query(`SELECT full_name FROM clinicians WHERE id = ${r.clinician_id}`);
+    const location = await db.query(`SELECT name FROM locations WHERE id = ${r.location_id}`);
+    csv += `${r.starts_at.toISOString()},${clinician[0].full_name},${location[0].name},${r.reason},${r.notes}\n`;
+  }
+
+  const fileName = req.query.name || `appointments-${patientId}.csv`;
+  const filePath = path.join(EXPORT_DIR, fileName);
+  fs.writeFileSync(filePath, csv);
+  console.log(`export written for patient ${patientId}: ${csv.length} bytes`, csv.slice(0, 200));
+  res.download(filePath);
+});
+
+router.delete("/exports/:file", requireLogin, (req, res) => {
+  fs.unlinkSync(path.join(EXPORT_DIR, req.params.file));
+  res.sendStatus(204);
+});
+
+module.exports = router;

diff --git a/src/app.js b/src/app.js
--- a/src/app.js
+++ b/src/app.js
@@ -14,6 +14,7 @@ app.use(helmet());
 app.use(express.json({ limit: "1mb" }));
 app.use("/api", require("./routes/patients"));
 app.use("/api", require("./routes/appointments"));
+app.use("/api", require("./routes/exports"));
 app.use(errorHandler);

diff --git a/src/middleware/auth.js b/src/middleware/auth.js
--- a/src/middleware/auth.js
+++ b/src/middleware/auth.js
@@ -3,9 +3,12 @@ function requireLogin(req, res, next) {
   if (!req.session || !req.session.userId) {
     return res.status(401).json({ error: "not logged in" });
   }
+  // TODO: role checks live in the individual routes for now
   next();
 }

PR description: "Patients asked for a way to download their appointment history. Tested locally with my own account, works. Export files are cleaned up by the DELETE endpoint which the frontend calls after download."'''),
    ("coding", 1, "",
     r"""This query went from 200ms to 14s after last week's data load and I don't get why, the index is there. Postgres 15. What's happening and how do I fix it properly (not just "add an index")?

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

The data load added ~35k EMEA customers (we acquired a distributor) and about 3.4M invoices. autovacuum is on with default settings."""),
    ("coding", 1, "", "AWSでマルチリージョン（東京・大阪）のアクティブ/スタンバイ構成をTerraformで組みたいです。対象はECS Fargate上のAPI、Aurora PostgreSQL、S3の画像。RTO 15分、RPO 1分が要件です。モジュール構成案と、フェイルオーバー時に何を自動化して何を手動に残すべきか、判断理由も含めて教えてください。"),
    ("coding", 1, "",
     r"""been fighting the borrow checker for an hour. i just want to update the entry and also push to the log vec in the same struct. why is this an error and what's the idiomatic way?

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

the real code has like 6 methods like this and they all call record() and some call each other too"""),
    ("coding", 1, "",
     r'''Payments service froze again at 11:42, no CPU, no errors, requests just hang until the LB times out. Restart fixed it. I grabbed a thread dump before restarting (trimmed to the interesting threads). Can you tell me what's deadlocking and how to restructure so it can't happen again?

"http-nio-8080-exec-17" #91 daemon prio=5 os_prio=0 tid=0x00007f3a2c01e800 nid=0x6c1 waiting for monitor entry [0x00007f39d53fd000]
   java.lang.Thread.State: BLOCKED (on object monitor)
	at com.corvane.pay.ledger.AccountService.debit(AccountService.java:88)
	- waiting to lock <0x00000006c2a41b58> (a com.corvane.pay.ledger.Account)
	at com.corvane.pay.ledger.AccountService.transfer(AccountService.java:61)
	- locked <0x00000006c2a3f7e0> (a com.corvane.pay.ledger.Account)
	at com.corvane.pay.api.TransferController.create(TransferController.java:44)
	at jdk.internal.reflect.GeneratedMethodAccessor212.invoke(Unknown Source)

"http-nio-8080-exec-23" #97 daemon prio=5 os_prio=0 tid=0x00007f3a2c024000 nid=0x6c7 waiting for monitor entry [0x00007f39d4df7000]
   java.lang.Thread.State: BLOCKED (on object monitor)
	at com.corvane.pay.ledger.AccountService.debit(AccountService.java:88)
	- waiting to lock <0x00000006c2a3f7e0> (a com.corvane.pay.ledger.Account)
	at com.corvane.pay.ledger.AccountService.transfer(AccountService.java:61)
	- locked <0x00000006c2a41b58> (a com.corvane.pay.ledger.Account)
	at com.corvane.pay.api.TransferController.create(TransferController.java:44)

"scheduling-1" #34 prio=5 os_prio=0 tid=0x00007f3a3c1b2000 nid=0x5f2 waiting for monitor entry [0x00007f39f07fe000]
   java.lang.Thread.State: BLOCKED (on object monitor)
	at com.corvane.pay.ledger.InterestJob.accrue(InterestJob.java:37)
	- waiting to lock <0x00000006c2a41b58> (a com.corvane.pay.ledger.Account)
	at com.corvane.pay.ledger.InterestJob.run(InterestJob.java:22)
	- locked <0x00000006c1100a20> (a java.lang.Object)

"http-nio-8080-exec-31" #105 daemon prio=5 os_prio=0 tid=0x00007f3a2c02f800 nid=0x6cf waiting on condition [0x00007f39d45ef000]
   java.lang.Thread.State: TIMED_WAITING (parking)
	at jdk.internal.misc.Unsafe.park(Native Method)
	- parking to wait for  <0x00000006c0e8d0b8> (a java.util.concurrent.SynchronousQueue$TransferStack)
	at com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)
	at com.corvane.pay.ledger.AccountRepository.save(AccountRepository.java:29)

Found one Java-level deadlock:
=============================
"http-nio-8080-exec-23":
  waiting to lock monitor 0x00007f3a18006a08 (object 0x00000006c2a3f7e0, a com.corvane.pay.ledger.Account),
  which is held by "http-nio-8080-exec-17"
"http-nio-8080-exec-17":
  waiting to lock monitor 0x00007f3a18004e58 (object 0x00000006c2a41b58, a com.corvane.pay.ledger.Account),
  which is held by "http-nio-8080-exec-23"

The relevant code:

public Transfer transfer(Account from, Account to, BigDecimal amount) {
    synchronized (from) {                       // line 61
        if (from.getBalance().compareTo(amount) < 0) throw new InsufficientFunds();
        debit(from, amount);
        credit(to, amount);
        repo.save(from); repo.save(to);          // each save opens its own JDBC tx
        return new Transfer(from, to, amount);
    }
}

void debit(Account a, BigDecimal amt) { synchronized (a) { a.setBalance(a.getBalance().subtract(amt)); } }
void credit(Account a, BigDecimal amt) { synchronized (a) { a.setBalance(a.getBalance().add(amt)); } }

We run 3 instances behind the load balancer, Hikari pool size 10, 200 Tomcat threads. Account objects come from a Caffeine cache shared within the instance.'''),
    ("coding", 1, "",
     """Nos pods Spring Boot se font OOMKilled de temps en temps en prod mais jamais en recette, même image. Limite mémoire du conteneur 1Gi, JAVA_OPTS="-Xms768m -Xmx768m -XX:+UseG1GC", on utilise Netty (WebClient) et un cache Caffeine d'environ 50k entrées. kubectl describe donne juste "Reason: OOMKilled, Exit Code: 137", pas d'OutOfMemoryError dans les logs. Le heap dans Grafana ne dépasse jamais 600 Mo. Qu'est-ce qui peut se passer hors du heap, comment le prouver, et quels réglages tu proposerais ?"""),
    ("coding", 1, "", "Diseña un rate limiter distribuido para nuestro API gateway: 40 nodos, Redis Cluster disponible, límites por cliente de 1000 req/min con ventana deslizante y ráfagas de hasta 50. Explica las condiciones de carrera posibles, si usarías scripts Lua, qué pasa si Redis no responde (fail-open o fail-closed) y da el código del núcleo en Go."),
    ("coding", 1, "", "Implement a bounded lock-free MPMC queue in C++20 for our market-data feed handler (8 producers, 4 consumers, ~3M msgs/s). I need the memory orderings justified line by line and an explanation of how you avoid ABA. No Boost."),
    ("coding", 1, "",
     """We need a parser for our pricing-rules DSL (currently parsed with a 900-line regex mess). Grammar roughly:

rule      := "when" condition ("and" condition)* "then" action ("," action)*
condition := field op value | field "in" "[" value ("," value)* "]"
field     := "cart.total" | "cart.items" | "customer.tier" | "sku" | "date"
op        := "==" | "!=" | ">" | ">=" | "<" | "<="
action    := "discount" percent "%" | "free_shipping" | "gift" sku
value     := number | string | date

Examples:
when customer.tier == "gold" and cart.total >= 120 then discount 10%, free_shipping
when sku in ["TEA-01","TEA-02"] and date < 2025-12-24 then gift "MUG-XMAS"

Write it in TypeScript as a hand-written recursive descent parser producing a typed AST, with decent error messages (line/col, what was expected), plus tests. Also tell me how you'd extend it for "or" and parentheses later without rewriting everything."""),
    ("coding", 1, "",
     """Node 20 API, memory grows ~40MB/hour until the container gets killed after a day or so. I took two heap snapshots 2h apart and compared them. Top of the comparison view:

Constructor            # New   # Deleted  # Delta   Alloc. Size   Freed Size   Size Delta
(closure)              182k    3.1k       +179k     14.2 MB       0.2 MB       +14.0 MB
Object                 96k     1.2k       +94.8k    9.8 MB        0.1 MB       +9.7 MB
Timeout                61k     0.4k       +60.6k    7.3 MB        0.05 MB      +7.2 MB
(string)               40k     38k        +2k       4.1 MB        3.9 MB       +0.2 MB
Socket                 0.3k    0.3k       0         ...

Retainers for one of the Timeout objects: Timeout -> _idlePrev in TimersList -> ... -> (closure) retryWithBackoff in src/lib/upstream.js:41 -> context in (closure) -> req in Object -> ...

upstream.js around there:

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

Traffic ~300 rps, upstream inventory service is flaky (5-10% errors). Find the leak(s) and fix them; I also suspect the retry logic itself is wrong in other ways."""),
    ("coding", 1, "",
     r"""帮我审查一下这段 Flask 代码的安全问题，按严重程度排序，并给出修改后的代码。这是我们内部报表系统的接口，但会暴露在公网上。

@app.route("/report/preview")
def preview():
    url = request.args.get("src")
    r = requests.get(url, timeout=10)
    return render_template_string("<h2>预览</h2>" + r.text)

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
    ("coding", 1, "",
     """test_checkout_applies_voucher fails maybe 1 in 15 CI runs, never locally. Here are two failing runs and the test. I've already tried adding sleep(1) which made it rarer but not gone. What's the actual cause?

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

The voucher endpoint writes the voucher code on the cart row; the recalculate job reads the cart, computes totals and writes subtotal/discount/total back in one UPDATE of the whole row. CI runs the worker in the same container with 4 threads; locally I run it with 1."""),
    ("coding", 1, "",
     """RN 0.74 app crashes on launch ONLY on Android 14 and only in release builds (debug is fine, Android 13 fine). Play Console shows ~6% of sessions. logcat from a Pixel 7:

E AndroidRuntime: FATAL EXCEPTION: main
E AndroidRuntime: Process: com.trailmint.app, PID: 21877
E AndroidRuntime: java.lang.SecurityException: com.trailmint.app: One of RECEIVER_EXPORTED or RECEIVER_NOT_EXPORTED should be specified when a receiver isn't being registered exclusively for system broadcasts
E AndroidRuntime:     at android.os.Parcel.createExceptionOrNull(Parcel.java:3057)
E AndroidRuntime:     at android.app.ContextImpl.registerReceiverInternal(ContextImpl.java:1866)
E AndroidRuntime:     at com.trailmint.gpsbridge.LocationModule.initialize(LocationModule.java:58)
E AndroidRuntime:     at com.facebook.react.bridge.ModuleHolder.doInitialize(ModuleHolder.java:222)
W ReactNativeJS: Require cycle: src/store/index.ts -> src/store/trips.ts -> src/store/index.ts

gpsbridge is our own native module from 2021 (the person who wrote it left). targetSdk was bumped from 33 to 34 last sprint because Play required it. Why only release, how do I fix it properly in the module, and is the require cycle warning related?"""),
    ("coding", 1, "", "We need to rename column `cust_ref` to `customer_reference` on a 2-billion-row MySQL 8 table (orders) that takes ~4k writes/s, with zero downtime, and three services plus a nightly Spark job read it. Give me the step-by-step plan (expand/contract, gh-ost or not, dual writes, backfill, verification, rollback points) and what can go wrong at each step."),
    ("coding", 1, "",
     r'''Essa view do Django cresceu demais e ninguém tem coragem de mexer. Quero refatorar para uma camada de serviços testável sem mudar o comportamento da API. Pode propor a nova estrutura, mostrar o código refatorado e dizer como garantir que nada quebrou?

@api_view(["POST"])
def fechar_pedido(request, pedido_id):
    pedido = Pedido.objects.get(id=pedido_id)
    if pedido.status != "aberto":
        return Response({"erro": "pedido não está aberto"}, status=400)
    itens = pedido.itens.all()
    total = 0
    for item in itens:
        produto = Produto.objects.get(id=item.produto_id)
        if produto.estoque < item.quantidade:
            return Response({"erro": f"sem estoque para {produto.nome}"}, status=409)
        preco = produto.preco
        if request.user.perfil.tipo == "atacado" and item.quantidade >= 10:
            preco = preco * Decimal("0.88")
        total += preco * item.quantidade
        produto.estoque -= item.quantidade
        produto.save()
    cupom = request.data.get("cupom")
    if cupom:
        c = Cupom.objects.filter(codigo=cupom, ativo=True).first()
        if c and c.validade >= date.today():
            total = total - (total * c.percentual / 100)
            c.usos += 1
            c.save()
    frete = calcular_frete(pedido.cep, sum(i.peso for i in itens))
    total += frete
    pedido.total = total
    pedido.status = "fechado"
    pedido.save()
    enviar_email_confirmacao.delay(pedido.id)
    requests.post(settings.ERP_URL + "/pedidos", json={"id": pedido.id, "total": str(total)})
    return Response({"id": pedido.id, "total": str(total), "frete": str(frete)})'''),
    ("coding", 1, "",
     """is this password reset flow ok security-wise? our pentest is next month and i'd rather find stuff now

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

no rate limiting on the endpoint yet. tokens aren't cleared after use."""),
    ("coding", 1, "", "Sipariş, ödeme ve stok için üç ayrı mikroservisimiz var (Java + Kafka). Bir sipariş akışında ödeme başarılı olup stok düşülemezse ne yapmalıyız? Saga desenini orkestrasyon mu koreografi mi ile kurmalıyız, telafi (compensation) adımları nasıl olmalı, mesajlar iki kez gelirse ne olur? Örnek kodla anlatır mısın?"),
    # ------------------------------------------------------------ extraction
    ("extraction", 0, "JSON-only extraction service for Brightwater Procurement's contract repository. Read the agreement in the user message and return exactly one JSON object with the keys: buyer, supplier, effective_date (YYYY-MM-DD), initial_term_months, renewal (string), governing_law, termination_notice_days, liability_cap (string, as written), payment_terms_days. Use null for anything not stated. No prose, no markdown.",
     """MASTER SUPPLY AGREEMENT

This Master Supply Agreement (the "Agreement") is entered into on 14 February 2025 and takes effect on 1 March 2025 (the "Effective Date") by and between Brightwater Procurement Ltd, a company registered in England and Wales under number 10448213 with its registered office at 3 Quayside Row, Bristol BS1 4QA ("Buyer"), and Kelvara Components GmbH, a company registered in the commercial register of the Amtsgericht Stuttgart under HRB 771204, with its seat at Industriestraße 41, 70565 Stuttgart ("Supplier"). Buyer and Supplier are each a "Party" and together the "Parties".

1. DEFINITIONS
1.1 "Products" means the precision-machined housings, brackets and sub-assemblies described in Schedule 1, as amended from time to time by written agreement of the Parties.
1.2 "Purchase Order" means a written order for Products issued by Buyer under this Agreement through Buyer's procurement portal or by e-mail from an authorised buyer listed in Schedule 4.
1.3 "Business Day" means a day other than a Saturday, Sunday or public holiday in England.

2. TERM
2.1 This Agreement commences on the Effective Date and shall continue for an initial term of thirty-six (36) months (the "Initial Term").
2.2 Thereafter it shall renew automatically for successive periods of twelve (12) months each (each a "Renewal Term") unless either Party gives written notice of non-renewal no later than one hundred and twenty (120) days before the end of the then-current term.

3. ORDERS AND FORECASTS
3.1 Buyer shall provide Supplier with a non-binding rolling twelve-month forecast on or before the fifth Business Day of each calendar month. The first three months of each forecast are for information only and do not constitute a commitment to purchase.
3.2 Supplier shall acknowledge each Purchase Order within two (2) Business Days. A Purchase Order not rejected within that period is deemed accepted.

4. PRICE AND PAYMENT
4.1 Prices are set out in Schedule 2 and are fixed for the first twelve months of the Initial Term. Thereafter Supplier may adjust prices once per contract year by giving ninety (90) days' written notice, provided that any increase shall not exceed the change in the German producer price index for metal products over the preceding twelve months.
4.2 Supplier shall invoice upon dispatch. Buyer shall pay each undisputed invoice within sixty (60) days of the end of the month in which the invoice is received.
4.3 If Buyer disputes an invoice in good faith it shall notify Supplier within fifteen (15) days, and the Parties shall attempt to resolve the dispute under clause 14 before either Party may pursue other remedies.

5. DELIVERY
5.1 Products shall be delivered FCA Supplier's facility in Stuttgart (Incoterms 2020) unless a Purchase Order specifies otherwise.
5.2 If Supplier fails to deliver by the confirmed date, Buyer may claim liquidated damages of 0.5% of the value of the late Products for each full week of delay, up to a maximum of 5% of that value. Such liquidated damages are Buyer's sole financial remedy for late delivery unless the delay exceeds six weeks.

6. WARRANTY
6.1 Supplier warrants that the Products will conform to the specifications in Schedule 1 and be free from defects in material and workmanship for twenty-four (24) months from delivery.
6.2 Supplier's obligation under this warranty is limited, at Supplier's option, to repair, replacement or refund of the purchase price of the non-conforming Products.

7. LIMITATION OF LIABILITY
7.1 Neither Party excludes or limits liability for death or personal injury caused by negligence, for fraud, or for any liability that cannot be limited by law.
7.2 Subject to clause 7.1, each Party's total aggregate liability arising under or in connection with this Agreement in any contract year shall not exceed the greater of (a) EUR 2,500,000 and (b) one hundred and fifty percent (150%) of the amounts paid and payable by Buyer in that contract year.
7.3 Neither Party shall be liable for loss of profit, loss of business or any indirect or consequential loss.

8. CONFIDENTIALITY
Each Party shall keep confidential all technical and commercial information received from the other Party and shall use it only for the purpose of this Agreement. This obligation survives termination for five (5) years.

9. TERMINATION
9.1 Either Party may terminate this Agreement for convenience by giving not less than one hundred and eighty (180) days' written notice to the other Party, provided that no such notice may expire before the end of the first contract year.
9.2 Either Party may terminate immediately by written notice if the other Party commits a material breach which is not remedied within thirty (30) days of notice requiring it to be remedied, or becomes insolvent.

10. FORCE MAJEURE
Neither Party shall be in breach of this Agreement for delay caused by events beyond its reasonable control. If such an event continues for more than ninety (90) days, the unaffected Party may terminate on written notice.

11. GOVERNING LAW AND JURISDICTION
This Agreement and any non-contractual obligations arising from it are governed by the laws of England and Wales. The courts of London have exclusive jurisdiction, save that either Party may seek interim relief in any competent court.

Signed for and on behalf of Brightwater Procurement Ltd: Helena Marsh, Chief Procurement Officer
Signed for and on behalf of Kelvara Components GmbH: Dr. Tobias Wendt, Geschäftsführer"""),
    ("extraction", 0, "",
     """DISCHARGE SUMMARY - Aldermoor General Hospital, Department of Internal Medicine

Patient: Mrs. R. Okonkwo-Hale, 78 y, MRN 00-4471-296
Admitted: 03/11 via ED. Discharged: 03/18. Attending: Dr. P. Varga. Discharging resident: Dr. L. Ameri.

Admission diagnosis: Acute decompensated heart failure (HFrEF), with community-acquired pneumonia right lower lobe.
Secondary diagnoses: Atrial fibrillation (permanent), type 2 diabetes mellitus, CKD stage 3a, osteoarthritis both knees, mild cognitive impairment.

History of present illness: Mrs. Okonkwo-Hale presented with 5 days of worsening dyspnoea, orthopnoea (3 pillows), bilateral ankle swelling and a productive cough with green sputum. Her daughter reported she had missed several doses of her diuretic over the previous two weeks because "it made her go to the toilet too often" during a family visit. On arrival SpO2 was 86% on room air, RR 28, HR 112 irregular, BP 148/86, temp 38.1 C.

Hospital course: She was treated with IV furosemide 80 mg twice daily for 72 hours with good response (net negative 6.2 L over the admission, weight 81.4 kg on admission, 75.9 kg at discharge). Chest X-ray confirmed right lower lobe consolidation and bilateral pleural effusions. She received IV co-amoxiclav for 3 days then switched to oral. Oxygen weaned to room air by day 5. Echo on day 4: LVEF 30-35%, moderate functional MR, no pericardial effusion (previous echo 2 years ago: LVEF 40%). Her rate control was suboptimal initially; bisoprolol was up-titrated. Metformin was held during admission due to AKI (creatinine peak 168 umol/L, baseline 112, 121 at discharge) and insulin sliding scale used; metformin restarted on day 6 at a reduced dose. Potassium dropped to 3.2 on day 3 and was replaced orally. Apixaban was continued throughout. Physiotherapy assessed her as safe to mobilise with a frame. Occupational therapy recommended a perching stool and rails in the bathroom, which the daughter is arranging.

Medications on discharge:
- Furosemide 40 mg orally, once daily in the morning (was 40 mg; unchanged dose, adherence counselled)
- Bisoprolol 5 mg orally once daily (increased from 2.5 mg)
- Ramipril 2.5 mg orally once daily (unchanged; do not up-titrate until renal function rechecked)
- Dapagliflozin 10 mg orally once daily (NEW - for heart failure)
- Apixaban 2.5 mg orally twice daily (unchanged; dose-reduced for age and weight criteria previously)
- Metformin 500 mg orally twice daily with meals (reduced from 1 g twice daily)
- Amoxicillin-clavulanate 625 mg orally three times daily for 2 more days to complete 7 days total
- Paracetamol 1 g orally up to four times daily as needed for knee pain (max 4 g/24 h)
- Potassium chloride modified release 600 mg orally twice daily for 5 days, then stop
STOPPED: Naproxen 250 mg (avoid NSAIDs - heart failure and kidney function). Amlodipine 5 mg (stopped to allow room for heart failure therapy; BP controlled).

Allergies: Penicillin recorded as "rash as a child" - tolerated co-amoxiclav this admission without reaction; allergy label updated to "low-risk, tolerated amoxicillin-clavulanate 03/2025".

Follow-up:
- GP review within 7 days: U&E (creatinine, potassium), weight, fluid status.
- Heart failure nurse clinic telephone call within 72 hours; referral sent.
- Cardiology outpatients in 6 weeks to consider sacubitril/valsartan and further bisoprolol titration.
- Repeat chest X-ray in 6 weeks to confirm resolution of consolidation.

Advice given to patient and daughter: daily weights each morning after toilet, before breakfast; contact GP or HF nurse if weight increases by more than 2 kg in 3 days or breathlessness worsens. Fluid restriction 1.5 L/day. Low-salt diet leaflet provided. Sick-day rules explained for dapagliflozin, metformin and ramipril (pause if vomiting, diarrhoea or unable to eat and drink).

Can you give me a table of the discharge medications only (drug, dose, route, frequency, and whether it's new/changed/unchanged)? Leave out the stopped ones. It's for the community pharmacist's reconciliation."""),
    ("extraction", 0, "",
     """Extrais toutes les dates et heures mentionnées dans cet échange, avec pour chacune ce qu'elle concerne, sous forme de liste. Si une date a été modifiée au cours de la discussion, garde seulement la version finale et signale-le.

---------- Message transféré ----------
De : Camille Ferrand <c.ferrand@atelier-sorel.fr>
Date : lun. 3 mars 2025, 09:12
Objet : Séminaire annuel – logistique

Bonjour Malik,

Comme convenu, je te résume ce qu'on a calé avec l'hôtel Les Tilleuls pour le séminaire. L'arrivée des participants est prévue le jeudi 10 avril à partir de 14 h, avec un café d'accueil à 15 h 30 dans le salon Marronnier. La plénière d'ouverture commence à 16 h 30 et se termine vers 18 h 30. Dîner à 20 h.

Le vendredi 11 avril, les ateliers tournent de 9 h à 12 h 30, déjeuner sur place, puis activité extérieure l'après-midi (randonnée ou atelier cuisine, au choix). Départ le samedi 12 avril après le petit-déjeuner, les chambres doivent être libérées avant 11 h.

Il nous faut la liste définitive des participants avant le 21 mars, et l'hôtel demande un acompte de 30 % au plus tard le 25 mars.

Bonne journée,
Camille

---------- Réponse ----------
De : Malik Benhaddou <m.benhaddou@atelier-sorel.fr>
Date : lun. 3 mars 2025, 11:47

Merci Camille, c'est parfait. Petite question : la direction voudrait que la plénière commence plus tôt, est-ce qu'on peut avancer le café d'accueil ? Par ailleurs, Jérôme ne pourra arriver que le vendredi matin, il faudra prévoir un transfert depuis la gare de Valence, son train arrive à 8 h 52.

Malik

---------- Réponse ----------
De : Camille Ferrand
Date : mar. 4 mars 2025, 16:05

J'ai eu l'hôtel. On peut faire le café à 14 h 45 et la plénière à 15 h 30, fin à 17 h 30. Le dîner reste à 20 h mais ils proposent un apéritif en terrasse à 19 h si la météo le permet. Pour Jérôme, le taxi est réservé pour 9 h devant la gare (le chauffeur attendra jusqu'à 9 h 30 en cas de retard).

En revanche, l'hôtel ne peut pas attendre le 25 pour l'acompte : il le faut d'ici le 20 mars, sinon ils libèrent le bloc de chambres. Et du coup, la liste des participants, on la leur envoie en même temps, donc le 20 aussi.

Dernier point : la compta veut la facture définitive au plus tard le 30 avril pour la clôture du mois.

Camille

---------- Réponse ----------
De : Malik Benhaddou
Date : mer. 5 mars 2025, 08:30

Top. Je fais valider l'acompte par Sandrine cette semaine. Je bloque aussi le 14 mars à 10 h pour un point rapide avec l'équipe sur le programme des ateliers.

Malik

---------- Réponse ----------
De : Camille Ferrand
Date : ven. 7 mars 2025, 17:22

Malik, mauvaise nouvelle pour le point du 14 : je suis en formation toute la journée. On peut le décaler au lundi 17 mars à 10 h ? Même salle.

Autre chose : le traiteur pour l'apéritif en terrasse doit avoir le nombre exact de personnes 10 jours avant, donc au plus tard le 31 mars. Et l'animateur de l'atelier cuisine demande qu'on lui confirme la formule (groupe de 12 ou de 20) d'ici le 28 mars.

Enfin, la direction souhaite envoyer le programme aux participants le 24 mars, une fois la liste validée.

Bon week-end,
Camille

---------- Réponse ----------
De : Malik Benhaddou
Date : ven. 7 mars 2025, 18:03

Va pour le lundi 17 à 10 h. Je préviens l'équipe.

Malik"""),
    ("extraction", 0, "",
     """Pull every numeric guidance figure management gave for fiscal 2025 out of this call transcript: metric, value or range, and who said it. Ignore historical numbers and analyst estimates. Transcript follows.

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
    ("extraction", 0, "",
     """CITY OF MARLOWE FALLS - REQUEST FOR PROPOSALS RFP-2025-IT-014
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

^ for our bid/no-bid meeting I only need the mandatory (shall) requirements from section 4, numbered as in the doc, one line each. Don't include the "should" ones or anything from sections 5-8."""),
    ("extraction", 0, "",
     """Bitte zieh mir aus dem Mietvertrag unten folgende Angaben raus, als kurze Liste: Vermieter, Mieter, Adresse der Wohnung, Mietbeginn, Nettokaltmiete, Nebenkostenvorauszahlung, Kaution, Kündigungsfrist für den Mieter, und ob ein Kündigungsverzicht vereinbart ist. Nichts interpretieren, nur was drinsteht.

WOHNRAUMMIETVERTRAG

§ 1 Vertragsparteien
Zwischen Frau Ingrid Pfannenstiel, Lindenallee 12, 04109 Leipzig (nachfolgend „Vermieterin") und Herrn Jonas Albrecht sowie Frau Mira Celik, zuletzt wohnhaft Gohliser Straße 8, 04105 Leipzig (nachfolgend „Mieter") wird folgender Mietvertrag geschlossen. Mehrere Mieter haften als Gesamtschuldner.

§ 2 Mietgegenstand
Vermietet wird die Wohnung im 3. Obergeschoss links des Hauses Kochstraße 27, 04275 Leipzig, bestehend aus drei Zimmern, Küche, Bad mit Wanne, Flur und Balkon. Die Wohnfläche beträgt ca. 78 m². Mitvermietet sind der Kellerraum Nr. 9 sowie die Mitbenutzung des Fahrradraums und des Trockenbodens. Den Mietern werden zwei Haustür-, zwei Wohnungs- und ein Briefkastenschlüssel übergeben.

§ 3 Mietzeit
Das Mietverhältnis beginnt am 1. Juni 2025 und läuft auf unbestimmte Zeit. Die Parteien verzichten wechselseitig für die Dauer von zwei Jahren ab Vertragsbeginn auf ihr Recht zur ordentlichen Kündigung. Eine Kündigung ist erstmals zum Ablauf dieses Zeitraums zulässig.

§ 4 Kündigung
Nach Ablauf des Kündigungsverzichts richtet sich die Kündigung nach den gesetzlichen Bestimmungen. Die Kündigungsfrist für die Mieter beträgt drei Monate. Die Kündigung muss schriftlich erfolgen und spätestens am dritten Werktag eines Kalendermonats zugehen. Das Recht zur außerordentlichen fristlosen Kündigung bleibt unberührt.

§ 5 Miete und Nebenkosten
(1) Die monatliche Nettokaltmiete beträgt 845,00 EUR.
(2) Neben der Miete tragen die Mieter die Betriebskosten im Sinne der Betriebskostenverordnung. Hierauf ist eine monatliche Vorauszahlung von 190,00 EUR zu leisten. Die Heiz- und Warmwasserkosten sind darin enthalten und werden nach Verbrauch (70 %) und Wohnfläche (30 %) abgerechnet.
(3) Für den Stellplatz Nr. 4 im Hof ist eine gesonderte Miete von 40,00 EUR monatlich zu zahlen.
(4) Die Gesamtmiete ist monatlich im Voraus, spätestens bis zum dritten Werktag eines jeden Monats, auf das Konto der Vermieterin zu überweisen.
(5) Über die Vorauszahlungen wird jährlich abgerechnet. Abrechnungszeitraum ist das Kalenderjahr.

§ 6 Mieterhöhung
Die Miete ist als Staffelmiete vereinbart. Sie erhöht sich zum 1. Juni 2026 auf 870,00 EUR und zum 1. Juni 2027 auf 895,00 EUR (jeweils nettokalt). Während der Laufzeit der Staffelmiete ist eine Erhöhung nach §§ 558 bis 559b BGB ausgeschlossen.

§ 7 Mietsicherheit
Die Mieter leisten eine Kaution in Höhe von 2.535,00 EUR. Sie sind berechtigt, die Kaution in drei gleichen monatlichen Teilzahlungen zu erbringen; die erste Teilzahlung ist zu Beginn des Mietverhältnisses fällig. Die Vermieterin legt die Kaution getrennt von ihrem Vermögen bei einem Kreditinstitut zu dem für Spareinlagen mit dreimonatiger Kündigungsfrist üblichen Zinssatz an.

§ 8 Schönheitsreparaturen
Die Wohnung wird renoviert übergeben. Die Schönheitsreparaturen während der Mietzeit übernehmen die Mieter. Bei Auszug ist die Wohnung besenrein zu übergeben.

§ 9 Tierhaltung
Das Halten von Kleintieren (z. B. Zierfische, Hamster) ist ohne Zustimmung erlaubt. Für Hunde und Katzen ist die vorherige schriftliche Zustimmung der Vermieterin erforderlich, die nur aus wichtigem Grund verweigert werden darf.

§ 10 Hausordnung
Die beigefügte Hausordnung ist Bestandteil dieses Vertrages. Ruhezeiten gelten werktags von 22 bis 6 Uhr sowie sonntags und an Feiertagen ganztägig.

§ 11 Sonstiges
Änderungen und Ergänzungen dieses Vertrages bedürfen der Schriftform. Sollte eine Bestimmung unwirksam sein, bleibt der Vertrag im Übrigen wirksam.

Leipzig, den 28. April 2025
Unterschriften: I. Pfannenstiel (Vermieterin), J. Albrecht, M. Celik (Mieter)"""),
    ("extraction", 0, "", "pull out all the email addresses from this and dedupe pls: \"cc'ing ana.ruiz@fernway.example and tom@pollux-labs.example, also loop in ANA.RUIZ@fernway.example's manager (g.berg@fernway.example). replies to support+cases@pollux-labs.example go to the shared inbox\""),
    ("extraction", 1, "",
     """I'm the supplier in this deal (we make the components). Go through the draft below and extract every obligation that falls on the Supplier, one per line with the clause number. Then flag which of those are unusually onerous compared with what's normal for a mid-size industrial supply contract, and say why, so I know what to push back on in Thursday's call.

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

Our annual revenue with this buyer would be about EUR 6M, margin around 11%."""),
    ("extraction", 0, "",
     """Transcripción de la reunión semanal de operaciones – Almacén Zaragoza – martes 8 de abril

Asistentes: Lucía Garrido (jefa de almacén), Andrés Pomar (turno de mañana), Nerea Ibarz (turno de tarde), Óscar Villalba (transporte), Carmen Soler (calidad), Iván Roca (IT, por videollamada)

Lucía: Buenos días. Empezamos por las incidencias de la semana. Nerea, ¿cómo fue lo del viernes?
Nerea: El viernes por la tarde se cayó el escáner de la zona de expediciones durante casi dos horas. Tuvimos que hacer los albaranes a mano y se quedaron 14 pedidos sin salir. Se enviaron el sábado por la mañana.
Iván: Ya lo he revisado. Es el punto de acceso wifi de la nave 2, que se reinicia cuando se calienta. Voy a pedir uno nuevo y mientras tanto lo cambio de sitio. Para el viernes 11 debería estar instalado el nuevo.
Lucía: Vale, Iván, eso te lo apunto: sustituir el punto de acceso de la nave 2 antes del viernes 11.
Óscar: Por mi parte, la agencia de Valencia nos ha avisado de que a partir del 1 de mayo cambian la hora de recogida de las 18:00 a las 16:30. Eso nos deja muy justo el turno de tarde.
Nerea: Muy justo no, imposible. Si la recogida es a las 16:30 hay que tener todo preparado a las 16:00 y ahora mismo preparamos la mitad de lo de Levante entre las 15:00 y las 17:00.
Lucía: Óscar, ¿puedes negociar con ellos una segunda recogida o mantener las 18:00 al menos para los martes y jueves, que es cuando más volumen hay?
Óscar: Lo intento. Les llamo esta semana y os digo algo el lunes 14.
Lucía: Perfecto. Y si no se puede, Nerea, habría que plantear adelantar la preparación de Levante al turno de mañana. Andrés, ¿tendrías gente?
Andrés: Con las dos personas que entran de refuerzo en mayo, sí. Pero necesito que me confirméis el número de pedidos medio por día para organizar las zonas.
Nerea: Te lo saco del sistema y te lo paso antes del jueves.
Lucía: Bien. Carmen, calidad.
Carmen: Ha habido tres reclamaciones de clientes por cajas aplastadas, las tres de la misma referencia, los botes de pintura de 15 litros. Creo que el problema es que se apilan más de cuatro alturas en el palé. Propongo poner una etiqueta de "máximo 3 alturas" en la ubicación y formar a la gente de la mañana.
Andrés: De acuerdo, lo hago yo en la reunión de turno del miércoles.
Carmen: Y yo preparo las etiquetas para el miércoles también.
Lucía: Último tema: inventario cíclico. Nos toca el pasillo C la semana que viene. Andrés, lo haces el sábado 19 con dos personas, como siempre, ¿vale?
Andrés: Sí, pero el 19 es Sábado Santo, mucha gente está de vacaciones. ¿Lo podemos pasar al sábado 26?
Lucía: Vale, al 26. Iván, ¿el sistema estará bloqueado ese día para movimientos en el pasillo C?
Iván: Lo bloqueo el viernes 25 a las 22:00 y lo libero cuando Andrés me diga.
Lucía: Genial. Pues nada más. Gracias a todos.

Hazme una tabla con las acciones acordadas: qué, responsable y fecha límite (si no hay fecha, pon "sin fecha")."""),
    ("extraction", 0, "LogLens (log analysis helper, Parcelo SRE team). Terse answers only.",
     """list the distinct error codes in this excerpt with how many times each appears, most frequent first. just the codes + counts.

2025-05-02T03:14:01.221Z api-gw-2 WARN  upstream=rates-svc code=RATE_TIMEOUT latency_ms=3002 route=/v2/quote
2025-05-02T03:14:01.884Z api-gw-1 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3001 route=/v2/quote
2025-05-02T03:14:02.010Z labels-3 ERROR carrier=dpd code=CARRIER_4XX status=422 msg="invalid postcode" shipment=SH-88120
2025-05-02T03:14:02.377Z api-gw-2 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3000 route=/v2/quote
2025-05-02T03:14:03.105Z tracking-1 WARN  code=WEBHOOK_RETRY attempt=2 target=https://hooks.merchant-a.example/track
2025-05-02T03:14:03.660Z labels-1 ERROR carrier=gls code=CARRIER_5XX status=503 msg="service unavailable" shipment=SH-88124
2025-05-02T03:14:04.002Z api-gw-3 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3003 route=/v2/quote
2025-05-02T03:14:04.519Z rates-svc-2 ERROR code=DB_POOL_EXHAUSTED pool=rates_ro waiting=48
2025-05-02T03:14:04.520Z rates-svc-1 ERROR code=DB_POOL_EXHAUSTED pool=rates_ro waiting=51
2025-05-02T03:14:05.031Z labels-3 ERROR carrier=dpd code=CARRIER_4XX status=422 msg="invalid postcode" shipment=SH-88131
2025-05-02T03:14:05.447Z api-gw-1 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3001 route=/v2/quote
2025-05-02T03:14:05.912Z tracking-2 WARN  code=WEBHOOK_RETRY attempt=3 target=https://hooks.merchant-a.example/track
2025-05-02T03:14:06.200Z rates-svc-3 ERROR code=DB_POOL_EXHAUSTED pool=rates_ro waiting=47
2025-05-02T03:14:06.701Z auth-1 WARN  code=TOKEN_EXPIRED client=merchant-k7 path=/v2/shipments
2025-05-02T03:14:07.090Z api-gw-2 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3002 route=/v2/quote
2025-05-02T03:14:07.655Z labels-2 ERROR carrier=gls code=CARRIER_5XX status=503 msg="service unavailable" shipment=SH-88140
2025-05-02T03:14:08.013Z tracking-1 ERROR code=WEBHOOK_GIVEUP attempts=5 target=https://hooks.merchant-a.example/track
2025-05-02T03:14:08.446Z rates-svc-2 ERROR code=DB_POOL_EXHAUSTED pool=rates_ro waiting=55
2025-05-02T03:14:08.901Z api-gw-3 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3000 route=/v2/quote
2025-05-02T03:14:09.338Z labels-1 ERROR carrier=dpd code=CARRIER_4XX status=400 msg="weight exceeds service limit" shipment=SH-88143
2025-05-02T03:14:09.774Z auth-2 WARN  code=TOKEN_EXPIRED client=merchant-k7 path=/v2/shipments
2025-05-02T03:14:10.120Z rates-svc-1 ERROR code=DB_POOL_EXHAUSTED pool=rates_ro waiting=60
2025-05-02T03:14:10.562Z api-gw-1 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3004 route=/v2/quote
2025-05-02T03:14:11.003Z billing-1 ERROR code=LEDGER_CONFLICT invoice=INV-20931 expected_version=4 actual_version=5
2025-05-02T03:14:11.440Z labels-2 ERROR carrier=gls code=CARRIER_5XX status=502 msg="bad gateway" shipment=SH-88150
2025-05-02T03:14:11.980Z api-gw-2 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3001 route=/v2/quote
2025-05-02T03:14:12.415Z rates-svc-3 ERROR code=DB_POOL_EXHAUSTED pool=rates_ro waiting=58
2025-05-02T03:14:12.850Z tracking-2 WARN  code=WEBHOOK_RETRY attempt=1 target=https://hooks.shoply-b.example/events
2025-05-02T03:14:13.297Z api-gw-3 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3002 route=/v2/quote
2025-05-02T03:14:13.730Z labels-3 ERROR carrier=dpd code=CARRIER_4XX status=422 msg="invalid postcode" shipment=SH-88157
2025-05-02T03:14:14.166Z rates-svc-2 ERROR code=DB_POOL_EXHAUSTED pool=rates_ro waiting=62
2025-05-02T03:14:14.601Z api-gw-1 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3000 route=/v2/quote
2025-05-02T03:14:15.044Z auth-1 WARN  code=TOKEN_EXPIRED client=merchant-k7 path=/v2/shipments
2025-05-02T03:14:15.480Z billing-2 ERROR code=LEDGER_CONFLICT invoice=INV-20935 expected_version=2 actual_version=3
2025-05-02T03:14:15.917Z rates-svc-1 ERROR code=DB_POOL_EXHAUSTED pool=rates_ro waiting=64
2025-05-02T03:14:16.353Z api-gw-2 ERROR upstream=rates-svc code=RATE_TIMEOUT latency_ms=3003 route=/v2/quote"""),
    ("extraction", 0, "", "この請求書から「請求番号」「支払期限」「振込先口座」「税込合計金額」だけ抜き出して箇条書きにしてください。\n\n株式会社ミナトデザイン 御中\n請求書 No. INV-2025-0412\n発行日：2025年4月30日\n件名：4月分 Webサイト保守業務\n\n保守基本料　1式　120,000円\n追加改修（お問い合わせフォーム改修）　8時間 × 9,000円　72,000円\n小計　192,000円\n消費税（10%）　19,200円\n合計　211,200円\n\nお支払期限：2025年5月31日\nお振込先：さくら台信用金庫　本店営業部　普通 1234567　カ）ハルカゼシステムズ\n※振込手数料は貴社にてご負担願います。\n\n株式会社ハルカゼシステムズ　経理部"),
    ("extraction", 0, "",
     """INCIDENT REPORT IR-2025-031 - Partial outage of card payments at checkout
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

Could you extract just the timeline as a two-column list (time, event), and add the detection-to-mitigation duration in minutes at the bottom (first alert to success rate back above 98%)?"""),
    ("extraction", 0, "You extract study characteristics for a systematic review. Output a single JSON object with keys: design, n_randomised, n_analysed, population, intervention, comparator, primary_outcome, primary_result (effect size with 95% CI and p as reported), follow_up, funding. Use exactly the wording and numbers in the text; null if absent.",
     """Methods
We conducted a pragmatic, multicentre, open-label randomised controlled trial in 14 primary care practices in the Netherlands and Belgium between September 2021 and June 2023. Adults aged 40 to 75 years with type 2 diabetes, an HbA1c between 58 and 86 mmol/mol despite metformin monotherapy, and a body-mass index of 27 kg/m2 or more were eligible. Exclusion criteria were insulin use, eGFR below 45 mL/min/1.73 m2, pregnancy, and active cancer treatment.

Participants were randomly assigned (1:1) using a web-based system with permuted blocks of variable size, stratified by practice, to a 12-week app-supported low-carbohydrate dietary programme with weekly nurse telephone coaching (intervention) or to usual care consisting of standard dietary advice according to national guidelines (control). The app provided meal plans, a food diary and automated feedback; nurses were trained in motivational interviewing. Medication changes were at the discretion of the general practitioner in both groups.

The primary outcome was change in HbA1c from baseline to 6 months. Secondary outcomes were change in body weight, proportion of participants reducing glucose-lowering medication, quality of life (EQ-5D-5L), and adverse events including hypoglycaemia. Assuming a standard deviation of 10 mmol/mol, 90% power and a two-sided alpha of 0.05, 172 participants were needed to detect a difference of 5 mmol/mol; allowing for 15% attrition we aimed to randomise 204.

Analyses followed the intention-to-treat principle using linear mixed models with practice as a random effect and baseline HbA1c as covariate. Missing data were handled with multiple imputation (20 datasets). The trial was registered (NTR-2021-0417) and approved by the medical ethics committee of the coordinating centre.

Results
Of 311 patients screened, 208 were randomised (104 intervention, 104 control). At 6 months, outcome data were available for 93 and 97 participants, respectively; all 208 were included in the primary analysis. Mean age was 61.2 years (SD 8.4), 44% were women, and mean baseline HbA1c was 66.1 mmol/mol (SD 6.9).

HbA1c decreased by 7.9 mmol/mol in the intervention group and by 2.6 mmol/mol in the control group; adjusted mean difference -5.1 mmol/mol (95% CI -7.6 to -2.6; p<0.001). Mean weight change was -5.4 kg versus -1.1 kg (difference -4.2 kg, 95% CI -5.6 to -2.8). Glucose-lowering medication was reduced in 21% of intervention participants and 4% of controls. EQ-5D-5L index scores did not differ between groups. Two mild hypoglycaemic events occurred in the intervention group, none severe. At 12 months (secondary follow-up), the between-group difference in HbA1c was attenuated to -2.9 mmol/mol (95% CI -5.6 to -0.2).

Discussion (excerpt)
The effect on HbA1c at 6 months exceeded the prespecified minimal clinically important difference of 5 mmol/mol, but the attenuation at 12 months suggests that dietary changes are difficult to maintain once coaching ends. Limitations include the open-label design, the reliance on self-reported dietary intake, and a higher loss to follow-up in the intervention arm (11 versus 7 participants), mostly due to participants finding the app too time-consuming. Generalisability may be limited because participating practices had above-average nurse staffing.

Funding: This study was funded by the Dutch Foundation for Chronic Care Innovation (grant 2020-118) and by an unrestricted grant from Voedselwijs BV, which developed the app; the funders had no role in data analysis."""),
    ("extraction", 1, "",
     """Below is the conditions-precedent section of the share purchase agreement for our acquisition of Solvang Thermal AS. Signing was 10 March, long-stop date is 30 June. Extract each condition precedent, who is responsible for satisfying it, and then tell me which ones are realistically at risk of not being met by the long-stop date, given the status notes I've added in brackets, and what we could do about each.

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
    ("extraction", 1, "",
     """These are notes from five onboarding interviews with clinic managers who churned from our scheduling software in the last quarter. Don't just list their complaints. Extract the underlying problems behind what they say (the stuff they don't state directly), group them, and tell me which one you think actually drove the churn.

Interview 1 - physiotherapy practice, 6 therapists
"Honestly the software was fine. Booking worked. The problem was every Monday I spent two hours fixing the week because therapists had changed their availability on paper and told reception, not the system. And then patients got reminders for appointments we'd already moved. Eventually I just gave up and went back to the old system our sister clinic uses, at least everyone there knows it."

Interview 2 - dental clinic, 3 dentists, 2 hygienists
"Too expensive for what we used. We paid for the whole package but we never turned on online booking because our dentists don't want patients picking their own slots, a cleaning and a root canal are not the same length and patients don't know what they need. So we were paying for the main feature and not using it. The invoices module was good though."

Interview 3 - multi-site physio chain, 4 sites
"The reporting was the issue. My owners want utilisation per therapist per site per week, and I had to export CSVs and do it in Excel every Friday. Your support said it's on the roadmap. Also when a therapist works in two sites on the same day, the system showed them as double-booked, and support told me to create two user accounts for the same person, which then broke the payroll export."

Interview 4 - psychology practice, 8 psychologists
"We liked it at first. But our psychologists complained the reminder texts included the practitioner's name and the word 'therapy', and some clients didn't want that showing up on their phone. We asked if we could change the template and we could only change it for the whole practice, not per client. One client complained formally. After that the partners decided to switch."

Interview 5 - osteopathy clinic, 2 practitioners + 1 receptionist
"It took the receptionist a long time to learn. She's been with us 20 years and liked the paper diary. The training videos were in English only and quite fast. To be fair, when she got used to it, it was faster. But then the update in February moved all the buttons and she was lost again, and that week we double-booked four patients. That was the last straw for her, and honestly she's more important to us than the software." """),
    ("extraction", 0, "", "استخرج من النص التالي أسماء الطرفين وتاريخ التوقيع ومدة العقد فقط:\n\n\"تم الاتفاق في يوم الأحد الموافق 12 يناير 2025 بين شركة الواحة للتوريدات الغذائية (الطرف الأول) ومؤسسة نجمة الصحراء للتجارة (الطرف الثاني) على أن يقوم الطرف الأول بتوريد التمور المعبأة إلى فروع الطرف الثاني في الرياض وجدة، وذلك لمدة سنتين تبدأ من تاريخ التوقيع، مع إمكانية التجديد باتفاق الطرفين كتابيًا.\""),
    # ------------------------------------------------------------ summarization
    ("summarization", 0, "",
     """Turn this into formal minutes (attendance, decisions, action items with owners). Keep it neutral, no commentary.

Transcript - Ashcombe Valley School District, Board of Education regular meeting, Tuesday 11 February, 7:00 pm, district office boardroom

Chair (Rosalind Tate): Good evening, I'm calling the meeting to order at 7:02. For the record, present are trustees Tate, Dominguez, Fairweather, Oduya and Lindqvist. Trustee Kapoor sent apologies, she's travelling. Superintendent Dr. Elias Monroe and Business Manager Jenna Koh are also here. We have a quorum. First item is approval of the January minutes. Any corrections?
Trustee Fairweather: Just one, on page three it says the heating contract was awarded to Brightline. It was Brightway.
Chair: Noted. With that correction, is there a motion?
Trustee Oduya: So moved.
Trustee Lindqvist: Second.
Chair: All in favour? Any opposed? Carried five to zero.
Chair: Next, public comment. We have two speakers signed up, three minutes each. Mr. Harlan Beck.
Mr. Beck: Thank you. I'm a parent at Millbrook Elementary. The drop-off line on Cedar Road backs up onto the county road every morning, and last week a child nearly got hit. We've raised this since September. We're asking the board to do something before someone gets hurt.
Chair: Thank you, Mr. Beck. Ms. Aurelia Santos.
Ms. Santos: I teach eighth grade science at Ridgeview Middle. I want to support the proposal on tonight's agenda for the new science lab equipment. Our microscopes are from 2004 and half of them don't focus anymore.
Chair: Thank you. Board members don't respond to public comment during the meeting, but Dr. Monroe, can staff look into the Millbrook traffic issue?
Dr. Monroe: Yes. I'll ask our facilities director to meet with the county traffic office and the principal and report back at the March meeting.
Chair: Thank you. Item four, the superintendent's report.
Dr. Monroe: Briefly. Enrollment as of February 1 is 6,412, which is 38 students below our budget projection. Chronic absenteeism is down from 17 percent to 14 percent compared with this time last year, which we attribute partly to the attendance text messages we started in October. Also, the state has released the draft assessment calendar; testing windows will be April 21 to May 16. Finally, I want to recognise the Ashcombe High robotics team, who qualified for the state finals.
Chair: Congratulations to them. Item five, action item: the purchase of science lab equipment for Ridgeview Middle and Ashcombe High. Jenna?
Ms. Koh: The request is for 96,400 dollars from the capital reserve fund for microscopes, lab benches and fume hoods. Three quotes were obtained; staff recommend Corliss Scientific, which was the lowest compliant bid. Delivery would be in July so installation happens over the summer.
Trustee Dominguez: Is the fume hood installation included in that figure, or is there electrical work on top?
Ms. Koh: Installation is included. There may be up to 8,000 dollars of electrical upgrades at Ridgeview, which would come from the regular maintenance budget.
Trustee Dominguez: Okay. I move that we approve the purchase from Corliss Scientific in the amount of 96,400 dollars from the capital reserve.
Trustee Fairweather: Second.
Chair: Discussion? None. All in favour? Opposed? Carried five to zero.
Chair: Item six, first reading of the revised cell phone policy. This is first reading only, no vote tonight.
Dr. Monroe: The draft would require phones to be off and stored in lockers during instructional time at the middle schools, with exceptions for students with medical plans. High schools would keep the current rule, phones allowed between classes and at lunch. We held two parent forums; feedback was mostly supportive, with concerns about emergencies.
Trustee Lindqvist: I'd like staff to come back with how other districts handle emergencies, and what it costs if we need more lockers.
Trustee Oduya: And I'd want the student council's view before second reading.
Dr. Monroe: We can bring both to the second reading in March.
Chair: Item seven, the budget calendar. Jenna?
Ms. Koh: Proposed dates: budget workshop March 18, public hearing May 6, adoption June 10. The preliminary budget assumes a 2.5 percent state aid increase, which is the governor's proposal, but the legislature may change that.
Chair: Motion to adopt the budget calendar?
Trustee Oduya: So moved.
Trustee Dominguez: Second.
Chair: Carried five to zero. Any other business? Hearing none, the next regular meeting is March 11. Meeting adjourned at 8:14."""),
    ("summarization", 0, "Harbor: HR assistant for Quenby Mutual Insurance employees. Answer in plain, friendly English. When asked to summarise a policy, never add rules that are not in it.",
     """Can you give me a TL;DR of the new hybrid work policy in 5 bullets max? I have to send it to my team of adjusters and nobody will read 3 pages.

QUENBY MUTUAL INSURANCE - HYBRID WORKING POLICY (effective 1 July)

1. Purpose
This policy sets out how employees may combine office-based and remote work. It aims to keep the benefits of flexibility that many colleagues value while protecting collaboration, onboarding and the service we give our members. It replaces the Temporary Remote Working Guidelines issued during 2020 and all local arrangements agreed since then, except those agreed as a reasonable adjustment.

2. Who this policy applies to
It applies to all permanent and fixed-term employees whose roles have been designated "hybrid eligible" by their director. Roles that require a physical presence, such as facilities, mailroom, print services and field loss adjusters who visit properties, are not hybrid eligible for their field activities, though field adjusters may complete reports remotely on non-visit days. Contractors and agency workers follow the arrangements in their contract.

3. Office attendance
3.1 Hybrid eligible employees are expected to work from their assigned office a minimum of two days per week, averaged over a four-week period. Teams will agree at least one common "anchor day" per week on which all team members are in the office.
3.2 Employees in their first three months of employment, and employees who move to a new team, will work from the office at least three days per week during that period, to support learning and relationships.
3.3 Managers may require additional office attendance for specific events such as training, quarterly planning, audits or major incidents, with at least five working days' notice where possible.

4. Working remotely
4.1 Remote work must be carried out from the employee's home address registered with HR, or from another location within the United Kingdom approved in advance by the manager. Working from abroad is not permitted under this policy; requests must go through the International Working procedure, which allows a maximum of 10 working days per calendar year, subject to tax and legal review.
4.2 Employees must have a suitable workspace, complete the online home workstation assessment within their first month of hybrid working, and repeat it every two years or when they move home.
4.3 Confidential member information must not be printed at home. Calls that discuss member claims must not be held in public places or where others can overhear.

5. Equipment and expenses
5.1 The company provides a laptop, headset, and, on request, one monitor, keyboard and mouse for home use. An ergonomic chair may be provided where the workstation assessment identifies a need.
5.2 A home working allowance of 26 pounds per month is paid through payroll to hybrid eligible employees, to contribute to heating, electricity and internet costs. It is not paid to employees who have chosen to be fully office-based.
5.3 Travel between home and the assigned office is commuting and is not reimbursed, including on anchor days.

6. Hours and availability
Core hours are 10:00 to 15:00, Monday to Friday, during which employees should be available whether in the office or remote. Outside core hours, flexible working arrangements under the Flexible Working Policy continue to apply. Employees are not expected to answer messages outside their working hours, except when on an approved on-call rota.

7. Requests and reviews
7.1 Employees who wish to work more remotely than this policy allows, for example for caring responsibilities, may make a statutory flexible working request. These will be considered case by case.
7.2 Managers will review team arrangements every six months. Where service levels or performance fall below expectations, a manager may, after discussion with HR, increase the required office days for a team or an individual for a defined period, normally not exceeding three months.

8. Health, safety and wellbeing
Employees should take regular breaks, report any work-related injury sustained at home in the same way as in the office, and may use the Employee Assistance Programme at any time.

9. Breaches
Repeated failure to meet the attendance expectation without agreement will be addressed first informally by the manager and then, if it continues, under the Disciplinary Policy."""),
    ("summarization", 0, "",
     """Fass den folgenden englischen Text bitte in 4 Sätzen auf Deutsch für unsere Geschäftsführung zusammen – kein Fachjargon, die haben keinen Chemie-Hintergrund.

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
    ("summarization", 0, "Tidewell Telecom support console, case-handover mode. When an agent asks for a handover summary, produce: Issue (1-2 lines), What has been tried, Customer's expectation, Open risks. Use the ticket content only.",
     """handover summary for ticket #TW-558120 pls, I'm passing it to tier 2

[Mon 09:14] Customer (Mr. Idris Fenwick, business account BA-40917, 12 mobile lines + fibre 500): Our office internet has been dropping several times a day since last Wednesday. Each time it comes back after 2-5 minutes. We run card payments and a VoIP phone system over it, so every drop means lost calls and failed payments. Please fix urgently.
[Mon 09:40] Agent Lena (tier 1): Apologised. Ran remote line test: line sync OK, no errors at the time of testing. Router model TW-Hub X6, firmware 3.2.1 (latest is 3.2.4). Asked customer to restart router and note the times of drops.
[Mon 15:02] Customer: Restarted. It dropped again at 11:20, 13:05 and 14:47. This is not acceptable. Our payment terminal provider says it's your line.
[Mon 15:30] Agent Lena: Pushed firmware 3.2.4 remotely. Router rebooted successfully. Told customer we'd monitor for 24h.
[Tue 10:12] Customer: Dropped 4 times yesterday evening and twice this morning. I have a shop full of customers and cannot take cards. I want an engineer today.
[Tue 10:35] Agent Marco (tier 1): Checked monitoring: 7 disconnects in the last 24h, each with loss of signal on the ONT side, not the router. Suggests fibre or ONT issue. Engineer visit booked for Thursday 08:00-12:00 (earliest available). Offered 4G backup dongle; customer accepted, dispatched by courier for Wednesday.
[Tue 10:50] Customer: Thursday is too late. Also you told me last year when we renewed that we have a 4-hour fix SLA. Check my contract.
[Tue 11:20] Agent Marco: Checked account. Customer is on Business Fibre Essentials, which has next-business-day response, not 4-hour fix. The 4-hour SLA is on Business Fibre Pro. Renewal notes from last March mention "discussed upgrade to Pro, customer to confirm" but no upgrade was processed. Explained this to customer.
[Tue 11:48] Customer: That's not what I was told. Your salesperson, a woman called Priya, said it was included. I want compensation for lost sales, the last 6 days of service refunded, and if this isn't fixed by Thursday I'm cancelling all 12 mobile lines and the fibre and going elsewhere. I also want this call recording from the renewal.
[Tue 12:05] Agent Marco: Logged complaint CMP-20931. Requested renewal call recording from sales QA (up to 5 working days). Explained we can't commit to compensation for lost sales at tier 1; offered service credit for outage days as per terms (to be calculated after fix).
[Wed 09:30] Courier confirms 4G dongle delivered 09:12.
[Wed 13:40] Customer: Dongle works but our payment terminals are wired and can't use it, only the laptops. Still dropping. I expect a call back from a manager today.
[Wed 13:55] Agent Lena: Escalated to tier 2 for manager callback. Engineer visit still Thursday 08:00-12:00. Noted customer threatened to cancel: retention flag added."""),
    ("summarization", 1, "",
     """Below is this quarter's call from Cobaltline (we hold the stock). Summarise it in a paragraph, then tell me honestly whether management sounded more cautious than on last quarter's call (last quarter they called net revenue retention "best-in-class at 124%" and said the pipeline was "the strongest in company history"), what that shift likely means, and whether the guidance looks credible.

COBALTLINE, INC. - Q2 FY2025 EARNINGS CALL (prepared remarks and Q&A, abridged)

CEO, Margot Ellery: Thanks everyone for joining. Q2 was a solid quarter in what remains a complex environment. Total revenue grew 19% year over year to 212 million dollars, and subscription revenue grew 21%. We added 410 net new customers, bringing our total to 11,850. Customers with more than 100 thousand dollars in annual recurring revenue grew to 1,204. Our AI-assisted workflow module, launched in March, is now used by more than 900 customers in preview, and we will begin monetising it in Q4.

We did see longer sales cycles in the quarter, particularly for deals above 500 thousand dollars, where more approval layers have been added on the customer side. Some of those deals moved into the second half. We continue to see healthy demand, and our teams are adapting, but we think it is prudent to reflect these dynamics in our outlook.

CFO, Hiroshi Tanabe: Thank you, Margot. Remaining performance obligations were 1.02 billion dollars, up 16% year over year. Dollar-based net revenue retention was 117%, compared with 121% last quarter, reflecting lower seat expansion at some of our larger customers, especially in technology and financial services, where headcounts have been reduced. Gross retention remained stable at 93%. Non-GAAP operating margin was 14%, up two points year over year, driven by hiring discipline. Free cash flow was 31 million.

For the full year, we now expect revenue of 850 to 858 million dollars, compared with our prior range of 862 to 870 million. We are raising our non-GAAP operating margin guidance to 15% from 14%. For Q3 we expect revenue of 216 to 218 million.

Q&A
Analyst (Ravi Menon, Stellwagen Partners): You say demand is healthy, but you took down the revenue guide and NRR dropped four points. What changed since May?
CEO: What changed is primarily deal timing and seat dynamics at a subset of customers. Our win rates are stable and our pipeline remains robust. I'd also point out that we're expanding margins at the same time.
Analyst (Ravi Menon): Last quarter you called the pipeline the strongest in company history. Is that still true?
CEO: The pipeline is large. We're being more careful about how we convert it into a forecast.
Analyst (Leonie Harte, Bramwell Research): How much of the guide-down is the large deals that slipped, and how much is lower expansion?
CFO: Roughly two thirds is expansion, one third the timing of large deals. We haven't assumed the slipped deals close in Q3; if they do, that's upside.
Analyst (Leonie Harte): Are you seeing any pricing pressure or competitive losses to the platform vendors bundling workflow tools?
CEO: We're seeing more bundling conversations, yes, mostly at renewal in the mid-market. Our win rates against bundled offerings remain above 60%. We are also adjusting packaging in Q3 to make it easier to land with smaller initial commitments.
Analyst (Tomas Brandt, Kestrel Equity Research): Does "smaller initial commitments" mean lower average deal sizes going forward?
CFO: In the near term, potentially modestly lower initial ACV, offset over time by expansion. We'll give more colour at our investor day in November.
CEO: Thank you all. We remain confident in the long-term opportunity."""),
    ("summarization", 0, "",
     """Riassunto in tre righe, per la newsletter interna:

VERONA – Dal primo settembre il servizio di bike sharing cittadino cambierà gestore e modalità di utilizzo. Lo ha annunciato ieri l'assessore alla mobilità, Franca Zaninelli, durante una conferenza stampa a Palazzo Barbieri. Il nuovo contratto, della durata di sei anni, è stato aggiudicato alla società Ciclovia Srl dopo una gara europea a cui hanno partecipato quattro operatori.

La novità principale riguarda le biciclette: alle attuali 420 bici tradizionali si affiancheranno 380 bici a pedalata assistita, per un totale di 800 mezzi, quasi il doppio di oggi. Le stazioni passeranno da 48 a 75, con nuove postazioni nei quartieri di Borgo Roma, San Michele e Chievo, finora scoperti. Sarà inoltre possibile lasciare la bicicletta anche fuori dalle stazioni, in apposite aree delimitate da segnaletica a terra, una formula ibrida che l'amministrazione definisce "station-based flessibile".

Cambiano anche le tariffe. L'abbonamento annuale passerà da 30 a 45 euro, ma includerà i primi 45 minuti di ogni corsa sulle bici tradizionali, contro i 30 attuali. Per le bici elettriche si pagheranno 10 centesimi al minuto oltre all'abbonamento. Gli studenti universitari e gli over 65 avranno uno sconto del 50% sull'abbonamento. Chi ha già un abbonamento in corso potrà utilizzarlo fino alla scadenza senza costi aggiuntivi.

"Vogliamo che la bicicletta diventi una vera alternativa all'auto per gli spostamenti quotidiani, non solo per il tempo libero", ha detto Zaninelli, ricordando che oggi il 61% degli spostamenti in città avviene in auto. L'obiettivo dichiarato è arrivare a un milione di corse l'anno entro il 2027, contro le circa 350 mila del 2024.

Non sono mancate le critiche. Il consigliere di opposizione Lorenzo Baietta ha parlato di "aumento ingiustificato" delle tariffe e ha chiesto che il Comune pubblichi il piano economico del contratto. Le associazioni ciclistiche hanno accolto positivamente l'ampliamento, ma sottolineano che senza nuove piste ciclabili protette, in particolare sull'asse di viale del Lavoro, molti utenti continueranno a non sentirsi sicuri.

Sul fronte tecnologico, il nuovo servizio sarà gestito interamente tramite app: sarà possibile sbloccare la bicicletta con un codice QR, prenotarla fino a dieci minuti prima e consultare in tempo reale la disponibilità di mezzi e stalli liberi. Per chi non usa lo smartphone resterà disponibile una tessera ricaricabile, acquistabile nelle edicole convenzionate e presso l'ufficio mobilità del Comune. Il gestore si è impegnato a garantire che almeno il 95% delle bici elettriche sia sempre carico oltre il 30%, con penali in caso contrario.

Nel periodo di transizione, tra il 20 e il 31 agosto, il servizio resterà sospeso per consentire la sostituzione delle stazioni. Il Comune ha annunciato che nei prossimi giorni sarà pubblicata una mappa delle nuove postazioni e che sarà attivato un numero verde per le informazioni."""),
    ("summarization", 0, "",
     """tl;dr?? i was out for 2 days

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
    ("summarization", 1, "",
     """My client lost at first instance. Summarise the court's holding and its main reasoning below in a few paragraphs, and then critically evaluate whether that reasoning is likely to survive on appeal: where is it weakest, and what would you argue?

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
    ("summarization", 0, "", "请把下面这段需求文档总结成5条要点，给开发同事看的，越短越好。\n\n【需求背景】目前会员积分只能在App内查看，门店收银员无法查询，导致顾客在门店结账时经常询问积分余额，收银员只能让顾客自己打开App，平均每单增加约40秒。另外积分只能在线上商城使用，门店不能抵扣，客服每月收到约1200条相关投诉。\n【需求目标】1）门店收银系统（POS）支持通过手机号或会员码查询积分余额；2）支持在门店结账时使用积分抵扣，100积分抵1元，单笔最多抵扣订单金额的20%；3）抵扣后积分实时扣减，App内同步显示明细，来源标记为“门店”；4）退货时积分按原路退回，若积分已过期则不退回；5）首期只在华东区58家直营门店上线，加盟店第二期再考虑。\n【非功能要求】查询接口响应时间小于500毫秒；POS断网时不允许使用积分抵扣，但可以正常收款；所有积分变动需保留审计日志至少3年。\n【上线时间】9月15日前完成联调，9月底灰度10家门店，10月中旬全量。"),
    ("summarization", 1, "",
     """I ran six discovery calls with warehouse supervisors for our shift-scheduling product. Synthesize these into a findings memo: key themes, where the supervisors disagree with each other, and a prioritised list of what we should build first and what we should NOT build, with your reasoning.

Call A - supervisor, cold-storage warehouse, 140 staff, 3 shifts
Spends Sunday evenings building the next week's rota in Excel. Biggest pain is last-minute sick calls: "I get a text at 5:40 for a 6:00 shift and then I'm phoning people who are asleep." Would love a way to broadcast an open shift and let people claim it. Worried about fairness: "the same three guys always grab the overtime."
Call B - supervisor, e-commerce fulfilment centre, 400 staff mostly agency
Agency workers are booked through the agency's portal, permanent staff through HR system. Two systems, nothing talks. "I don't need another app, I need one screen." Peak season (Nov-Dec) is when everything breaks. Said shift swaps between workers are a nightmare because they do it on WhatsApp and tell him afterwards, sometimes not at all.
Call C - supervisor, automotive parts warehouse, 60 staff, unionised
Union agreement says overtime must be offered by seniority. Any tool that lets people self-claim shifts "would get me a grievance within a week." Needs an audit trail showing who was offered what, and when. Fine with Excel otherwise, the rota barely changes.
Call D - supervisor, grocery distribution centre, 220 staff
Biggest issue is forklift certification: can only schedule certified drivers on certain zones, and certifications expire. Had an incident last year where an uncertified temp drove a reach truck. Would pay for something that blocks scheduling people without valid certs. Also mentioned shift swaps on WhatsApp.
Call E - supervisor, 3PL warehouse, 90 staff, multiple clients
Staff are assigned to client accounts, and clients pay per hour, so mis-scheduling someone on the wrong client is a billing problem. Wants the schedule to feed timesheets and client invoices. Less interested in mobile features: "half my people don't have smartphones they want to use for work."
Call F - supervisor, pharmaceutical warehouse, 75 staff, GDP-regulated
Needs records of who was on shift in which temperature zone for audits. Sick calls are a big issue too, similar to A. Interested in open-shift broadcast but only to people with the right training for that zone. Asked whether the data would be hosted in the EU."""),
    ("summarization", 0, "",
     """Line 3 shift log below. Give me a one-line headline plus 3 bullets for the 14:00 handover board, nothing else.

LINE 3 (blow moulding + filling, 1.5 L PET) - EARLY SHIFT 06:00-14:00 - Shift lead: G. Pellegrino

06:00 Handover from nights: line running, 92% OEE overnight, preform hopper topped up, no open safety issues. Nights reported intermittent label misalignment on labeller L3-LB2 around 04:30, self-cleared.
06:20 Start-up checks done. Fill weight checks OK (sample 10, all within +/- 3 g). Cap torque OK.
06:55 Label misalignment again on L3-LB2, approx 1 in 40 bottles skewed. Vision system rejecting correctly. Called maintenance (ticket M-88412).
07:30 Maintenance (R. Sokolova) found glue roller temperature fluctuating, thermocouple connector loose. Re-seated connector. Rejects dropped to normal (<0.2%).
08:10 Changeover to SKU 40117 (sparkling lemon) planned for 09:00 brought forward at planning's request due to urgent customer order.
08:15-09:05 Changeover. CIP of filler completed, new labels and caps loaded. First-off samples approved by QA (D. Mensah) at 09:05.
09:40 Blow moulder station 7 stopped on "preform not detected". Cleared a jammed preform in the transfer star wheel. 6 minutes downtime.
10:25 Same fault station 7. Jam again. Operator noticed preforms from lot PF-2231 slightly oval. Quarantined remaining lot PF-2231 (approx 18,000 preforms), switched to lot PF-2240. Informed QA and purchasing. No further jams after switch.
11:00 Fill weight check: 2 of 10 samples at -4 g (lower limit -3 g). Adjusted filler valve 14 and 15. Rechecked 11:10, all in spec. Bottles from 10:50-11:10 placed on hold (approx 2,600 units, pallet H-0731) for QA decision.
11:45 QA decision on pallet H-0731: 100% check-weigh tomorrow morning, keep on hold until then.
12:30 Compressor 2 high temperature alarm, auto-switched to compressor 3. Facilities notified (ticket F-1209). Line unaffected.
13:20 Production count: 61,400 bottles vs target 68,000. Main losses: changeover ran 20 min over, two jams, filler adjustment.
13:45 Labeller L3-LB2 running fine since 07:30 fix. Preform stock OK for late shift (lot PF-2240, 2 pallets).
13:50 Safety: no incidents. Near miss reported 12:05 - pallet jack left in walkway near filler, moved, toolbox talk to be done by late shift lead.
Open items for late shift: watch filler valves 14/15 weights; compressor 2 still down; do toolbox talk on walkway; pallet H-0731 stays on hold."""),
    ("summarization", 0, "",
     """Kun je dit verslag samenvatten in maximaal 150 woorden voor onze bewonersnieuwsbrief? Neutraal, zonder eigen mening.

Verslag van de openbare vergadering van de gemeenteraad van Westerlaar, donderdag 6 maart, raadzaal gemeentehuis

Aanwezig: burgemeester J. Terpstra (voorzitter), wethouders A. de Wilde (ruimtelijke ordening), M. Yilmaz (financiën) en H. Bosman (sociaal domein), en 23 van de 25 raadsleden. Afwezig met kennisgeving: mevrouw Kooistra (GroenLinks-PvdA) en de heer Visser (VVD).

1. Opening en mededelingen
De voorzitter opent om 19.30 uur. Hij meldt dat de gemeente een subsidie van 1,2 miljoen euro van de provincie heeft ontvangen voor de verduurzaming van drie basisscholen.

2. Vaststelling van de agenda
De fractie van Lokaal Westerlaar verzoekt agendapunt 6 (parkeerbeleid centrum) uit te stellen omdat de inspraakreacties pas twee dagen eerder zijn gepubliceerd. Na een korte discussie wordt het verzoek met 14 tegen 9 stemmen afgewezen.

3. Woningbouwplan De Hoge Weide
Wethouder De Wilde licht het bestemmingsplan toe voor 340 woningen aan de oostkant van het dorp, waarvan 35 procent sociale huur en 20 procent middenhuur. Omwonenden hebben bezwaar gemaakt tegen de hoogte van twee appartementengebouwen (zes bouwlagen) en tegen de extra verkeersdruk op de Dorpsstraat. Het CDA dient een amendement in om de maximale hoogte te verlagen naar vier bouwlagen. De wethouder ontraadt het amendement omdat daardoor ongeveer 40 woningen zouden vervallen. Het amendement wordt verworpen met 10 stemmen voor en 13 tegen. Het bestemmingsplan wordt vervolgens aangenomen met 17 stemmen voor en 6 tegen. De wethouder zegt toe dat er vóór de start van de bouw een verkeersonderzoek komt naar de Dorpsstraat, waarvan de resultaten in het najaar met de raad worden gedeeld.

4. Voorjaarsnota en begrotingswijziging
Wethouder Yilmaz meldt een verwacht tekort van 2,8 miljoen euro voor dit jaar, vooral door hogere kosten voor jeugdzorg en de Wmo. Het college stelt voor het tekort te dekken uit de algemene reserve en de onroerendezaakbelasting volgend jaar met 4 procent boven inflatie te verhogen. De VVD en Lokaal Westerlaar stellen dat eerst bezuinigingsmogelijkheden moeten worden onderzocht. Een motie van de VVD die het college vraagt vóór de zomer een lijst met mogelijke bezuinigingen voor te leggen, wordt unaniem aangenomen. Het besluit over de belastingverhoging wordt doorgeschoven naar de begrotingsbehandeling in november.

5. Vragenuur
Raadslid Akkerman (D66) vraagt naar de sluiting van het zwembad De Golfslag voor groot onderhoud. Wethouder Bosman antwoordt dat het bad van 1 mei tot 1 september dicht is en dat schoolzwemmen in die periode in het zwembad van de buurgemeente plaatsvindt, met busvervoer dat de gemeente betaalt.

6. Parkeerbeleid centrum
Het voorstel om betaald parkeren in te voeren op het Marktplein en in de Kerkstraat wordt besproken. Ondernemers vrezen minder klanten. De raad besluit, op voorstel van de wethouder, eerst een proef van zes maanden te houden met een blauwe zone (maximaal twee uur gratis parkeren met parkeerschijf) en de effecten te evalueren. Dit voorstel wordt aangenomen met 19 stemmen voor en 4 tegen.

7. Sluiting
De voorzitter sluit de vergadering om 23.05 uur. De volgende raadsvergadering is op donderdag 10 april."""),
    ("summarization", 0, "Meridian Telecom help-centre assistant, codename Atlas. You receive passages retrieved from the help centre. Summarise only what the passages say, in under 80 words, for a customer reading on a phone. If the passages don't cover something, don't mention it.",
     """Retrieved passages:

[KB-2210 Roaming in the EU and EEA] Customers on all current Meridian mobile plans can use their plan's minutes, texts and data in EU and EEA countries at no extra cost ("Roam Like at Home"). A fair use policy applies: if you spend more time abroad than in the UK over a four-month period, we may contact you and apply a surcharge. Data abroad is capped at 30 GB per month on Unlimited plans; after that, data costs 3 pounds per GB.

[KB-2214 Roaming outside Europe] In the USA, Canada, Australia and 40 other destinations, you can add a Travel Pass for 5 pounds a day, which lets you use your UK allowance. Without a Travel Pass, calls cost 1.50 pounds a minute and data costs 6 pounds per MB. The Travel Pass is charged only on days you use your phone abroad.

[KB-2231 Turning roaming on] Roaming is switched on by default for accounts older than 90 days. Newer accounts can switch it on in the Meridian app under Settings > Roaming. A spending cap of 50 pounds a month applies outside Europe unless you change it.

Customer message: can u sum up how roaming works on my plan? off to spain and then new york this summer"""),
    ("summarization", 0, "",
     """Streść proszę najważniejsze zmiany w regulaminie w 5 punktach, dla klientów sklepu. Krótko.

Zmiany w Regulaminie sklepu internetowego Drewnik.pl obowiązujące od 1 czerwca

§ 4 ust. 2 – Minimalna wartość zamówienia z darmową dostawą zostaje podniesiona z 199 zł do 249 zł. Zamówienia poniżej tej kwoty będą dostarczane za opłatą zgodną z cennikiem dostaw.
§ 5 ust. 1 – Dodajemy nową formę płatności: płatność odroczona „Kup teraz, zapłać za 30 dni", realizowana przez zewnętrznego operatora. Z tej formy płatności mogą korzystać wyłącznie pełnoletni klienci zarejestrowani w sklepie.
§ 6 ust. 3 – Czas realizacji zamówień na meble wykonywane na wymiar wydłuża się z 14 do 21 dni roboczych. Termin realizacji pozostałych produktów nie ulega zmianie.
§ 8 ust. 1 – Termin na odstąpienie od umowy zawartej na odległość zostaje wydłużony dla wszystkich produktów z wyjątkiem mebli na wymiar z 14 do 30 dni od dnia otrzymania towaru. Meble wykonywane na wymiar, zgodnie z przepisami, nie podlegają zwrotowi.
§ 8 ust. 4 – Koszt odesłania zwracanego towaru ponosi klient, z wyjątkiem zwrotów realizowanych przez automaty paczkowe, które są bezpłatne.
§ 10 – Reklamacje rozpatrywane będą w ciągu 10 dni roboczych (dotychczas 14 dni kalendarzowych). Klient może złożyć reklamację przez formularz na stronie, e-mailem lub pisemnie.
§ 12 – Aktualizujemy zapisy dotyczące ochrony danych osobowych w związku z nowym operatorem płatności odroczonych."""),
    ("summarization", 0, "",
     """Write release notes from these commits for the customer changelog, grouped as New / Improved / Fixed. Skip internal stuff (CI, refactors, deps).

a41c2e9 feat(export): allow exporting invoices as XLSX in addition to CSV
9b0d771 chore(ci): bump node to 20.12 in pipeline
f13aa02 fix(auth): magic link emails were sent twice when user double-clicked "send"
2d8e6c4 feat(dashboard): new "overdue by customer" widget
77e0b15 refactor(api): move pagination helpers to shared module
c5f9a30 perf(search): invoice search now uses trigram index, ~5x faster on large accounts
e8a1d4f fix(pdf): VAT line missing on credit notes in Swiss franc
0c2b9e7 chore(deps): bump axios from 1.6.7 to 1.7.2
b96f5d1 fix(reminders): reminder schedule ignored customer timezone for the 3rd reminder
3fe0c88 feat(integrations): Xero sync now includes tracking categories
1aa7c42 test: add e2e coverage for credit note flow
d02e5b3 fix(ui): date picker unusable on Safari 17 when locale is de-CH"""),
    ("summarization", 1, "",
     """I've just joined the board of Calder Point Insurance as an independent non-executive. Here's the summary section of the board pack for my first meeting next week. Summarise the key points for me, then tell me which 5 questions I should ask in the meeting and why, given what looks weak or inconsistent here. I come from retail banking, not insurance.

CALDER POINT INSURANCE GROUP - BOARD PACK, SECTION 1: CEO AND CFO SUMMARY (Q1)

Trading. Gross written premium for the quarter was 148.2 million pounds, up 11% on the prior year, driven by the home and small-commercial property lines. Motor premium was broadly flat as we held rates in a softening market rather than chase volume. The combined operating ratio was 97.4% (Q1 last year: 94.1%). The deterioration reflects the February storm events (estimated net cost 6.8 million after reinsurance) and continued claims inflation in home escape-of-water, where average claim cost has risen 19% year on year. Excluding weather, the current-year combined ratio was 93.9%, in line with plan.

Reserving. The reserving committee met on 12 April. Prior-year reserves developed adversely by 2.1 million, mainly in motor bodily injury for the 2021 and 2022 accident years, as more large claims settled above case reserves following the change in the personal injury discount rate. The actuarial function's best estimate sits 3.5% above booked reserves for motor bodily injury; management has not closed this gap this quarter and proposes to review it again at half year, once the external actuarial review is complete.

Capital. The Solvency II coverage ratio was 158% at the end of the quarter (year end: 171%). The reduction reflects the adverse development, the storm losses, growth in property premium and a 4-million-pound investment in the new claims platform. Our risk appetite range is 140% to 180%, with a management action trigger at 145%. The capital plan assumes 165% at year end, supported by the planned 30-million-pound quota share reinsurance on the small-commercial book, which is still under negotiation with two reinsurers.

Operations. The new claims platform went live for home claims on 3 March, six weeks later than planned and 1.2 million over budget. Claims handling times rose from 9 to 14 days during the first four weeks as staff adapted; they are now 11 days. Customer complaints about claims rose 34% in March. Two senior claims managers resigned in the quarter. We have engaged a contractor firm to provide 20 additional handlers until June.

Conduct and regulation. The regulator's multi-firm review of fair value in home insurance add-ons requested data from us in January; we submitted in February. Our internal review found that uptake of the legal expenses add-on is high (41%) but claims frequency is very low, and we are considering changes to the product. The regulator has not yet provided feedback.

People. Employee engagement survey participation was 72%, with engagement score 64 (prior: 71). Comments mostly concerned workload in claims and the platform change.

Outlook. We remain confident of delivering the full-year plan of a 95% combined ratio and profit before tax of 24 million pounds, supported by rate increases of 8-10% in home from May, the quota share transaction and the benefits of the new platform from Q3."""),
    # ------------------------------------------------------------ closed_qa
    ("closed_qa", 0, "You are the policy assistant for Wayfarer Shield Travel Insurance. Answer the customer's question using ONLY the policy passages provided below. Quote the section number you rely on. If the passages do not answer the question, say that you cannot confirm and suggest contacting the claims team. Do not speculate about how a claim will be decided.\n\nPASSAGES:\n[3.1 Cancellation] We will pay up to the amount shown in your schedule for your share of unused travel and accommodation costs which you have paid or are contracted to pay, and which you cannot recover from any other source, if it is necessary and unavoidable to cancel your trip as a result of one of the following: (a) the death, serious injury or serious illness of you, a travelling companion, a close relative or a person you were going to stay with; (b) you or a travelling companion being called for jury service or as a witness in a court of law; (c) your home being made uninhabitable by fire, flood or storm in the 7 days before departure; (d) you or a travelling companion being made redundant, provided you were employed continuously for 2 years.\n[3.4 What is not covered under Cancellation] Any claim arising from: your disinclination to travel; the failure of any provider of transport or accommodation; any government regulation or act, including travel advice against all travel, unless you have the Travel Disruption Extension; strikes or industrial action that were announced before you bought this policy or booked your trip, whichever is later.\n[7.1 Travel Disruption Extension - optional, only applies if shown in your schedule] We will pay up to 2,500 pounds per person for unused pre-paid travel and accommodation costs, or reasonable additional costs to reach your destination, if your outbound or return journey is cancelled or delayed by more than 12 hours because of: (a) adverse weather; (b) a natural catastrophe, including volcanic eruption and volcanic ash; (c) strikes or industrial action (subject to the exclusion in 3.4); (d) the Foreign, Commonwealth and Development Office advising against all but essential travel to your destination.\n[7.3 What is not covered under the Travel Disruption Extension] Any costs where the transport provider has offered alternative transport departing within 12 hours of the original time, or a full refund; accommodation costs if you are able to use it at a later date at no extra cost.\n[7.5 How much we pay] For each claim under the Travel Disruption Extension, an excess of 100 pounds per person applies. We will deduct any refund, compensation or alternative arrangement offered by the transport provider, hotel or tour operator, whether or not you accept it.\n[8.1 General exclusions] We will not pay for any claim arising directly or indirectly from: any circumstances you were aware of at the time you bought this policy or booked your trip, whichever is later, that could reasonably have been expected to lead to a claim; any loss that is covered by another insurance policy or by compensation you are entitled to under applicable passenger rights regulations.\n[9.2 Claims conditions] You must obtain written confirmation from the transport provider of the cancellation and the reason for it. Claims must be notified within 31 days of your return or of the date your trip was due to start.",
     "hi, our flight to Catania on Friday got cancelled because of ash from Etna. airline is offering a refund or a flight next Wednesday. we can't use the villa we'd paid for (1,480 pounds, non-refundable). my policy schedule says Single Trip Standard, no add-ons. can we claim the villa?"),
    ("closed_qa", 0, "",
     """From the handbook sections below, how much parental leave do I get as the non-birthing parent, and how much of it is paid at full salary? I'm in the Montreal studio, not Dublin, if that matters.

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

I started at Lanternfall 14 months ago and the baby is due in August, if that changes anything."""),
    ("closed_qa", 0, "",
     """Based on these logs only: which service logged the first ERROR, at what time, and what's its trace id?

2025-06-03T14:21:57.004Z INFO  checkout-api     trace=7a1c0e  POST /checkout started cart=CRT-99120 user=u_55102
2025-06-03T14:21:57.019Z INFO  cart-svc         trace=7a1c0e  loaded cart CRT-99120 items=3
2025-06-03T14:21:57.042Z INFO  pricing-svc      trace=7a1c0e  computed totals subtotal=84.97 tax=16.14
2025-06-03T14:21:57.051Z WARN  promo-svc        trace=7a1c0e  promo code SUMMER10 expired at 2025-06-01, ignoring
2025-06-03T14:21:57.060Z INFO  inventory-svc    trace=7a1c0e  reserve request sku=LMP-330 qty=1
2025-06-03T14:21:57.071Z INFO  inventory-svc    trace=7a1c0e  reserve request sku=CSH-12 qty=2
2025-06-03T14:21:57.088Z INFO  inventory-svc    trace=7a1c0e  reserved 2/2 lines
2025-06-03T14:21:57.102Z INFO  checkout-api     trace=b30f44  POST /checkout started cart=CRT-99121 user=u_40877
2025-06-03T14:21:57.115Z INFO  payment-svc      trace=7a1c0e  authorising 101.11 EUR method=card
2025-06-03T14:21:57.131Z INFO  cart-svc         trace=b30f44  loaded cart CRT-99121 items=1
2025-06-03T14:21:57.149Z INFO  pricing-svc      trace=b30f44  computed totals subtotal=249.00 tax=47.31
2025-06-03T14:21:57.160Z INFO  inventory-svc    trace=b30f44  reserve request sku=DSK-OAK-160 qty=1
2025-06-03T14:21:57.177Z WARN  inventory-svc    trace=b30f44  low stock sku=DSK-OAK-160 remaining=1
2025-06-03T14:21:57.180Z INFO  inventory-svc    trace=b30f44  reserved 1/1 lines
2025-06-03T14:21:57.191Z INFO  payment-svc      trace=b30f44  authorising 296.31 EUR method=paypal
2025-06-03T14:21:57.412Z WARN  payment-svc      trace=7a1c0e  PSP latency high 297ms provider=adyenish
2025-06-03T14:21:57.455Z INFO  payment-svc      trace=7a1c0e  authorised ref=PSP-7781201
2025-06-03T14:21:57.470Z INFO  order-svc        trace=7a1c0e  creating order for cart CRT-99120
2025-06-03T14:21:57.493Z ERROR order-svc        trace=7a1c0e  insert failed: duplicate key value violates unique constraint "orders_cart_id_key"
2025-06-03T14:21:57.494Z WARN  order-svc        trace=7a1c0e  retrying create (attempt 2)
2025-06-03T14:21:57.502Z INFO  payment-svc      trace=b30f44  authorised ref=PP-55AB2190
2025-06-03T14:21:57.515Z ERROR order-svc        trace=7a1c0e  insert failed: duplicate key value violates unique constraint "orders_cart_id_key"
2025-06-03T14:21:57.516Z INFO  order-svc        trace=b30f44  creating order for cart CRT-99121
2025-06-03T14:21:57.540Z INFO  order-svc        trace=b30f44  order ORD-310552 created
2025-06-03T14:21:57.548Z ERROR checkout-api     trace=7a1c0e  checkout failed: order creation failed after 2 attempts
2025-06-03T14:21:57.551Z WARN  payment-svc      trace=7a1c0e  voiding authorisation ref=PSP-7781201 reason=order_failed
2025-06-03T14:21:57.560Z INFO  notification-svc trace=b30f44  queued email template=order_confirmation order=ORD-310552
2025-06-03T14:21:57.602Z ERROR payment-svc      trace=7a1c0e  void failed: PSP returned 409 already_captured
2025-06-03T14:21:57.610Z INFO  checkout-api     trace=b30f44  POST /checkout 201 in 508ms
2025-06-03T14:21:57.615Z INFO  checkout-api     trace=7a1c0e  POST /checkout 500 in 611ms"""),
    ("closed_qa", 0, "",
     """Hola, firmé este contrato de fibra + móvil hace 5 meses y me mudo a otra ciudad donde no tienen cobertura. ¿Puedo darme de baja ya y cuánto tendría que pagar? Contéstame solo con lo que dice el contrato, te pego las condiciones:

CONDICIONES PARTICULARES – TARIFA "CONECTA 600 + 2 LÍNEAS" – VELONET TELECOMUNICACIONES, S.L.

1. Objeto. El presente contrato regula la prestación por parte de Velonet Telecomunicaciones, S.L. (en adelante, "Velonet") del servicio de acceso a Internet por fibra óptica con una velocidad simétrica de hasta 600 Mb, y de dos líneas móviles con llamadas ilimitadas y 50 GB de datos cada una, en el domicilio indicado por el cliente.

2. Precio. La cuota mensual es de 49,90 euros (IVA incluido) durante los primeros 12 meses y de 59,90 euros a partir del mes 13. El precio incluye el alquiler del router, que sigue siendo propiedad de Velonet.

3. Alta e instalación. La instalación es gratuita. En caso de que el cliente cause baja antes de cumplir el compromiso de permanencia, Velonet podrá reclamar el coste de instalación conforme a la cláusula 6.

4. Facturación. Las facturas se emiten mensualmente por adelantado y se cargan mediante domiciliación bancaria. La primera factura incluye la parte proporcional desde la fecha de activación.

5. Compromiso de permanencia. El cliente se compromete a mantener el servicio de fibra durante un período de 12 meses desde la fecha de instalación, en contraprestación por la instalación gratuita y el precio promocional. Las líneas móviles no tienen permanencia y pueden darse de baja o portarse en cualquier momento sin coste.

6. Penalización por baja anticipada. Si el cliente solicita la baja del servicio de fibra antes de finalizar el período de permanencia, deberá abonar una penalización de 150 euros, que se reducirá de forma proporcional a los meses en que el cliente haya cumplido el compromiso, es decir, 12,50 euros menos por cada mes completo transcurrido desde la instalación.

7. Excepciones a la penalización. No se aplicará penalización cuando: (a) la baja se deba a un cambio de domicilio del cliente a una dirección en la que Velonet no disponga de cobertura de fibra, siempre que el cliente lo acredite mediante certificado de empadronamiento o contrato de alquiler en el nuevo domicilio, presentado en un plazo máximo de 30 días desde la solicitud de baja; (b) la baja se deba a un incumplimiento grave por parte de Velonet de las condiciones de calidad del servicio, acreditado conforme a la normativa vigente; (c) fallecimiento del titular.

8. Devolución de equipos. El cliente deberá devolver el router en un plazo de 30 días naturales desde la baja, en cualquier oficina de Correos mediante la etiqueta prepagada que Velonet le remitirá. Si el router no se devuelve en dicho plazo, Velonet podrá facturar 60 euros en concepto de equipo no devuelto.

9. Procedimiento de baja. La baja puede solicitarse llamando al 1600, a través del área de cliente o por correo postal. Se hará efectiva en un plazo máximo de 2 días hábiles desde la solicitud. Velonet facilitará un número de referencia de la solicitud.

10. Modificaciones. Velonet podrá modificar las condiciones comunicándolo con un mes de antelación. El cliente podrá resolver el contrato sin penalización si no acepta las modificaciones.

11. Protección de datos. Los datos personales del cliente serán tratados conforme a la Política de Privacidad disponible en la web de Velonet.

12. Legislación. El presente contrato se rige por la legislación española. Para cualquier controversia, serán competentes los juzgados del domicilio del cliente."""),
    ("closed_qa", 1, "",
     """My landlord wants to keep £1,150 of my £1,400 deposit. I've pasted the relevant bits of the tenancy agreement, the check-in/check-out notes and his email. Based on these documents, which of his deductions can he actually justify and which not? Go through them one by one and tell me how strong my position is on each.

TENANCY AGREEMENT (extract)
4.2 The Tenant shall keep the interior of the Property in good and clean condition, fair wear and tear excepted.
4.5 The Tenant shall not make any alteration to the Property, including painting or fixing items to walls, without the Landlord's prior written consent, such consent not to be unreasonably withheld.
4.9 The Tenant shall have the carpets professionally cleaned at the end of the tenancy if they were professionally cleaned at the start, as recorded in the inventory.
4.11 The Tenant shall replace any light bulbs, batteries in smoke alarms and fuses that fail during the tenancy.
7.1 The Deposit may be applied towards any rent arrears and the reasonable cost of remedying any breach of the Tenant's obligations, taking account of the age and condition of items at the start of the tenancy.
Term: 3 years, ending 30 April 2025.

CHECK-IN INVENTORY (1 May 2022, agent: Holborn Lettings)
Living room: walls magnolia, freshly painted April 2022, good condition. Carpet: beige, approx. 6 years old, light wear at doorway, "professionally cleaned - receipt on file". Sofa bed: good.
Bedroom: walls magnolia, good, two small picture hooks on east wall. Carpet: as living room, good.
Kitchen: oven clean, hob clean. Extractor filter: not inspected.
Bathroom: sealant around bath slightly discoloured.

CHECK-OUT REPORT (30 April 2025, agent: Holborn Lettings)
Living room: walls - light scuffing behind sofa, 4 small holes (picture hooks) on north wall, one patch approx 30x30 cm painted in a slightly different shade. Carpet: general wear, some flattening in walkways, one wine stain approx 10 cm near window, "no evidence of professional cleaning".
Bedroom: walls good, hooks as at check-in. Carpet: good.
Kitchen: oven - moderate grease build-up. Extractor filter greasy.
Bathroom: sealant discoloured and partly mouldy.
Smoke alarm: battery missing.

LANDLORD'S EMAIL (5 May 2025)
"Hi Sam, following the checkout I'll be deducting the following: full repaint of the living room £520 (holes in the wall without permission, the patch in a different colour, scuffs); replacement of living room carpet £380 (the stain and the wear, it's not usable for the next tenant); professional carpet cleaning for bedroom £60; oven and extractor cleaning £90; resealing the bath £70; smoke alarm battery £30. Total £1,150. The rest (£250) will be returned. Regards, Graham"

DEPOSIT PROTECTION (extract from the scheme leaflet attached to the agreement)
"Deductions must be justified by evidence and must not leave the landlord in a better position than at the start of the tenancy (betterment). Adjudicators will take account of the length of the tenancy, the age and quality of items, and normal wear and tear. Decorations typically have a useful life of 3 to 5 years and mid-range carpets 5 to 10 years."

For the record: I did ask by text in June 2022 if I could hang pictures and he replied "sure, no problem". I have that message."""),
    ("closed_qa", 1, "",
     """Using this discharge letter, is it reasonable for my mother to restart her warfarin now, before her GI follow-up? Her GP's nurse says the INR is 1.3 and Mum is anxious about having a stroke. I want to understand the trade-off the team was weighing and what the letter actually says about who decides.

DISCHARGE LETTER - Elmbridge Royal Infirmary, Gastroenterology
Patient: Mrs. D. Whitlock, 82 y. Admitted 02/05, discharged 09/05.

Presenting complaint: Two episodes of melaena and one of coffee-ground vomiting, with dizziness on standing. Hb on admission 71 g/L (baseline 118 in February). INR 3.4 on warfarin.

Background: Atrial fibrillation (CHA2DS2-VASc 5: age, female, hypertension, previous TIA 2021). Hypertension. Osteoarthritis, for which she had been taking over-the-counter ibuprofen 400 mg up to three times daily for the last month (not known to her GP). Mild CKD (eGFR 48).

Management: Warfarin withheld on admission; vitamin K 5 mg IV and prothrombin complex concentrate given. Transfused 3 units red cells. Upper GI endoscopy on 03/05: two gastric ulcers, the larger 15 mm on the lesser curve with a visible vessel, treated with adrenaline injection and clips. Biopsies taken (H. pylori and histology - pending). No rebleeding during admission. Hb stable at 96 g/L for 72 hours before discharge. Started on high-dose PPI (omeprazole 40 mg twice daily for 8 weeks). Ibuprofen stopped - she has been advised to avoid all NSAIDs.

Anticoagulation plan: Discussed at the joint GI/cardiology huddle on 08/05. The consensus was that anticoagulation should be resumed, because her stroke risk is high, but not before day 7-14 after the bleed, and only after repeat endoscopy has been reviewed if the biopsies show anything concerning. We recommended switching from warfarin to apixaban 2.5 mg twice daily (dose-reduced: age over 80 and weight 57 kg) when restarting, given her labile INR (time in therapeutic range around 45% over the last year). Warfarin should NOT be restarted. The decision on the restart date will be made by the gastroenterology team at the follow-up clinic on 19/05, once biopsy results are available. If she has new melaena, vomiting of blood, or feels faint, she must attend ED immediately.

Follow-up: GI clinic 19/05 (restart decision and biopsy results). Repeat endoscopy in 6-8 weeks to check ulcer healing. GP to check Hb in one week.

Medications on discharge: omeprazole 40 mg twice daily; amlodipine 5 mg once daily; paracetamol 1 g up to four times daily as needed. Warfarin: STOPPED. Ibuprofen: STOPPED."""),
    ("closed_qa", 0, "",
     "the display on our office espresso machine says E07 and won't brew. manual excerpt below, what does E07 mean and what are we supposed to do?\n\nBARISTELLA PRO 2 - TROUBLESHOOTING\nE01 Water tank empty or incorrectly seated. Fill the tank and press it firmly into place until it clicks.\nE02 Bean hopper empty. Refill beans. If the error persists with a full hopper, the beans may be too oily; clean the hopper with a dry cloth.\nE03 Drip tray full or missing. Empty and reinsert the drip tray.\nE04 Brew unit not detected. Open the side door, remove the brew unit and reinsert it until it locks. Do not force it.\nE05 Grinder blocked. Switch off, unplug, and remove foreign objects from the grinder using the supplied brush. Never insert fingers.\nE06 Temperature sensor fault. Switch off for 30 minutes. If the error returns, contact service.\nE07 Descaling required. The machine has counted enough water throughput to require descaling. Brewing is blocked after 50 further cups once the warning appears. Run the descaling programme (Menu > Maintenance > Descale) using Baristella descaling liquid only; the programme takes about 25 minutes. The error clears automatically when the programme completes.\nE08 Milk system blocked. Rinse the milk circuit (Menu > Maintenance > Milk rinse). If blocked again, dismantle and clean the milk nozzle.\nE09 Communication error between control board and display. Contact service.\nNote: using descalers other than Baristella descaling liquid may damage seals and void the warranty."),
    ("closed_qa", 0, "",
     """Welche maximale Umgebungstemperatur ist im Dauerbetrieb zulässig, und ab wann muss der Ausgangsstrom reduziert werden? Bitte nur anhand des Datenblatts.

DATENBLATT – Frequenzumrichter VARIODRIVE VD-400 (Baugröße B, 7,5 kW)

Allgemeine Beschreibung
Der VD-400 ist ein kompakter Frequenzumrichter zur Drehzahlregelung von Drehstrom-Asynchronmotoren und Permanentmagnet-Synchronmotoren im Leistungsbereich von 0,75 bis 22 kW. Das Gerät verfügt über einen integrierten EMV-Filter der Kategorie C2, eine STO-Sicherheitsfunktion (Safe Torque Off, SIL 3 / PL e) sowie Schnittstellen für Modbus RTU und optional PROFINET.

Elektrische Daten (Baugröße B, 7,5 kW)
Netzspannung: 3 AC 380 – 480 V, ±10 %, 50/60 Hz
Bemessungsausgangsstrom: 16,5 A
Überlastfähigkeit: 150 % für 60 s alle 10 min
Taktfrequenz: 4 kHz (Werkseinstellung), einstellbar 2 – 16 kHz
Wirkungsgrad: > 97 % bei Nennlast

Umgebungsbedingungen
Betriebstemperatur: –10 °C bis +40 °C ohne Leistungsreduzierung. Im Bereich von +40 °C bis +55 °C ist ein Betrieb mit reduziertem Ausgangsstrom möglich; die Reduzierung beträgt 2,5 % je Kelvin oberhalb von +40 °C. Oberhalb von +55 °C ist der Betrieb nicht zulässig.
Lagertemperatur: –25 °C bis +70 °C
Relative Luftfeuchte: 5 – 95 %, nicht kondensierend
Aufstellhöhe: bis 1000 m ohne Leistungsreduzierung; von 1000 m bis 3000 m Reduzierung des Ausgangsstroms um 1 % je 100 m
Schutzart: IP20 (Schaltschrankeinbau); IP55 mit optionalem Gehäuse VD-ENC-B
Verschmutzungsgrad: 2

Einfluss der Taktfrequenz
Bei Taktfrequenzen über 4 kHz ist zusätzlich eine Reduzierung des Ausgangsstroms erforderlich: 8 kHz – 90 % des Bemessungsstroms, 12 kHz – 80 %, 16 kHz – 70 %. Diese Reduzierungen gelten zusätzlich zur temperatur- und höhenabhängigen Reduzierung.

Montagehinweise
Das Gerät ist senkrecht zu montieren. Oberhalb und unterhalb sind mindestens 100 mm Freiraum für die Luftzirkulation vorzusehen; seitlich ist eine Montage Seite an Seite zulässig. Die Kühlluft darf nicht durch andere Geräte vorgewärmt werden.

Normen
EN 61800-2, EN 61800-3 (Kategorie C2), EN 61800-5-1, EN 61800-5-2, UL 61800-5-1"""),
    ("reasoning", 1, "",
     """From the figures in this annual report extract, could Harrowgate Living breach its net debt/EBITDA covenant (max 8.0x, tested on 31 December each year) next year if the plans described go ahead and rents grow only 2%? Show the calculation and state your assumptions clearly; use only what's in the text.

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
    ("closed_qa", 0, "",
     """did they nerf the Vantage sniper or not?? my whole squad is arguing. patch notes:

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
    ("closed_qa", 0, "", "以下の出張旅費規程によると、課長職が大阪から東京へ1泊2日で出張する場合、宿泊費の上限と日当はそれぞれいくらですか？\n\n第5条（宿泊費）宿泊費は実費精算とし、1泊あたりの上限は次のとおりとする。役員：20,000円、部長職：15,000円、課長職：12,000円、一般職：10,000円。ただし、東京23区内および大阪市内に宿泊する場合は、上記上限に2,000円を加算する。\n第6条（日当）出張1日につき、役員5,000円、部長職3,000円、課長職2,500円、一般職2,000円を支給する。日帰り出張の場合は半額とする。\n第7条（交通費）新幹線は普通車指定席を原則とし、役員のみグリーン車の利用を認める。"),
    ("closed_qa", 0, "",
     """Quick q on this transcript from yesterday's budget review: did Priya actually agree to the revised marketing budget, or did she only say she'd look at it? Just answer from what's said.

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
    ("closed_qa", 0, "",
     """Per the Brookhaven Commons HOA rules below, can I put solar panels on the roof slope that faces the street? And do I need approval first?

Section 9 - Exterior Modifications
9.1 No exterior modification, addition or alteration to any Lot or Residence, including but not limited to changes in exterior colour, fences, patios, decks, antennas, satellite dishes and solar energy systems, shall be made until plans have been submitted to and approved in writing by the Architectural Review Committee (ARC).
9.2 The ARC shall respond to a complete application within 45 days. An application not responded to within 45 days shall be deemed approved.
9.4 Solar energy systems. In accordance with state law, the ARC shall not prohibit the installation of solar energy systems. The ARC may impose reasonable restrictions on location and appearance, provided they do not increase the cost of the system by more than 10% or reduce its efficiency by more than 10%. Roof-mounted panels shall be installed parallel to the roof surface and shall not extend above the ridgeline. Panels on a street-facing roof slope are permitted only where the homeowner demonstrates that a non-street-facing location would reduce efficiency by more than 10%.
9.5 Satellite dishes larger than one metre in diameter are not permitted."""),
    ("reasoning", 1, "",
     """The CFO said this on the call. Using only what she says, do her free cash flow components actually add up to the FCF figure she gives? Walk through it and tell me if anything looks inconsistent or conveniently left out.

"...Turning to cash. Operating cash flow for the year was 412 million euros. Within that, working capital was an inflow of 38 million, mainly from lower inventories as we cleared the excess stock built up during the supply-chain disruptions, partly offset by lower payables. Capital expenditure was 165 million, of which 40 million was the new Brno plant. We also capitalised 22 million of development costs, which you'll find in intangibles. Lease payments, which under IFRS 16 sit in financing cash flows, were 31 million. We define free cash flow as operating cash flow less capex, capitalised development and lease payments, so free cash flow came in at 226 million, a conversion of 89% of adjusted net income of 254 million. Excluding the working capital release, which we don't expect to repeat, underlying conversion would still have been above 80%. We also paid 18 million in restructuring cash costs, which are excluded from adjusted net income but are in operating cash flow..." """),
    ("closed_qa", 0, "", "아래 공지 기준으로, 이번 주 토요일에 택배를 맡기려면 몇 시까지 가야 해?\n\n[관리사무소 공지] 아파트 단지 내 무인택배함 교체 공사로 인해 6월 10일(월)부터 6월 21일(금)까지 택배함 이용이 중단됩니다. 공사 기간 중 택배는 관리사무소에서 보관하며, 수령 및 발송 접수 가능 시간은 평일 오전 9시~오후 7시, 토요일 오전 9시~오후 1시입니다. 일요일 및 공휴일은 운영하지 않습니다. 보관 기간은 최대 5일이며, 이후에는 반송될 수 있습니다."),
    # ------------------------------------------------------------ classification
    ("classification", 0, "You route inbound e-mails for Tidewell Telecom customer care. Read the customer's e-mail and output exactly one queue name from this list, nothing else: BILLING, FAULT_BROADBAND, FAULT_MOBILE, MOVING_HOME, CANCELLATION, DEVICE_RETURNS, COMPLAINT_ESCALATION, OTHER. If the customer explicitly asks to leave or end their contract, choose CANCELLATION even if other issues are mentioned.",
     """Subject: RE: RE: your bill (AGAIN)

To whoever reads these,

This is the third time I'm writing. In March you charged me £86.40 instead of my usual £42 because of "roaming" even though I have not left the country since 2019. I was promised on the phone by someone called Dean that it would be refunded on my April bill. The April bill arrived today and not only is there no refund, there's now a £7.50 late payment fee because I only paid the £42 I actually owe.

I've been a customer for eleven years. My broadband is fine, my phone is fine, I have no complaints about those. But I am sick of spending my evenings on hold. I have the reference from the call with Dean (TW-CALL-228817) if that helps.

I'm not threatening to leave, I just want my £44.40 back and the late fee removed, and someone to confirm it in writing so I don't have to do this again in May.

Regards,
Mrs. Beryl Adeyemi
Account 3391-0045-12"""),
    ("classification", 0, "",
     """Label each review as positive, negative or mixed. Output as id,label lines only.

{"id":"r-0912","app":"FitTrail","stars":4,"text":"Love the route planner, finally works offline on hikes. Battery drain is rough though, lost 40% on a 3h walk."}
{"id":"r-0913","app":"FitTrail","stars":1,"text":"Charged me for the yearly plan after I cancelled the trial. Support hasn't replied in 9 days."}
{"id":"r-0914","app":"FitTrail","stars":5,"text":"best hiking app ive used, the elevation profiles are spot on 👌"}
{"id":"r-0915","app":"FitTrail","stars":3,"text":"It's fine. Does what it says. Nothing special compared to the free ones."}
{"id":"r-0916","app":"FitTrail","stars":2,"text":"New update moved everything around and the map is slower now. Used to be great."}
{"id":"r-0917","app":"FitTrail","stars":5,"text":"Saved my life honestly, got lost in fog on Ben Cluain and the offline GPS got me back to the car."}
{"id":"r-0918","app":"FitTrail","stars":4,"text":"Great maps, community routes are a nice touch. Wish the Apple Watch app could show the map and not just stats."}
{"id":"r-0919","app":"FitTrail","stars":1,"text":"crashes every time I open the community tab. pixel 8, android 14. uninstalled"}
{"id":"r-0920","app":"FitTrail","stars":3,"text":"Routes are good but why do I need an account just to download a GPX? annoying"}
{"id":"r-0921","app":"FitTrail","stars":5,"text":"Worth the subscription for the weather overlays alone."}"""),
    ("classification", 0, "",
     """Using our severity rubric (pasted first), what severity should this incident be? Answer with the level and the one rubric criterion that decides it.

RUBRIC
SEV1 - Complete outage of a customer-facing product, OR confirmed data loss or data exposure affecting customers, OR safety impact. Page incident commander and exec on-call immediately.
SEV2 - Major degradation of a customer-facing product (core function unavailable or >25% of requests failing) for any customers, OR complete outage of an internal system that blocks a customer-facing process (e.g. order fulfilment). Page incident commander.
SEV3 - Minor degradation: non-core feature unavailable, or core feature degraded for <25% of requests, or workaround available; OR internal tool outage with no customer-facing impact within 4 hours.
SEV4 - Cosmetic issues, single-customer issues with workaround, or internal issues with no time pressure.

INCIDENT NOTES (from #inc-2207, Hollowbrook Pharmacy Online)
09:12 Pharmacist team lead reports that the prescription verification queue in the internal dispensing tool "Verity" shows a spinner and never loads. Pharmacists cannot open prescriptions to verify them.
09:15 On-call (Kwame) confirms Verity backend returns 504 on /queue and /rx/:id. Other internal tools fine. Customer website and app are up; customers can still upload prescriptions and pay.
09:20 Customer impact: prescription orders cannot be verified, so they cannot be dispensed or shipped. Orders placed today are queuing up. The daily courier pickup for next-day delivery is at 15:00; anything not verified and packed by 14:30 misses it and is delivered a day late. On a normal weekday ~1,800 prescription orders are dispatched.
09:24 Non-prescription orders (vitamins, cosmetics) are unaffected and are being picked normally.
09:31 Root cause suspected: database migration for Verity ran at 08:55 and added an index on the rx_events table (~90M rows) without CONCURRENTLY, locking the table.
09:40 Decision: wait for index build vs cancel. DBA estimates 60-90 min remaining if left to finish.
09:42 Customer support reports 14 contacts so far asking why their order status hasn't changed; no complaints about the website.
09:44 No indication of data loss. Patient data not exposed.
09:50 Team decides to cancel the index build; rollback of the migration starts.
10:06 Verity queue loads again. Backlog of 640 prescriptions waiting for verification. Pharmacy lead says they can clear it before 14:30 with overtime.
10:15 Pharmacy lead confirms two extra pharmacists from the afternoon shift will start early. Controlled-drug prescriptions (about 60 in the backlog) are prioritised because they need a second check.
10:40 Backlog at 410. Verification rate about 9 per minute across the team.
11:30 Backlog at 0 for orders received before 10:00. Normal flow resumed.
11:45 Support confirms no further contacts; status page was not updated because the customer-facing product was up.
12:10 Follow-up ticket raised to add a migration linter that blocks non-concurrent index creation on large tables.

Context: Verity is used only by our pharmacists; customers never see it. Prescription orders are roughly 70% of our daily revenue, and patients on repeat medication are told to order at least three days before they run out. Last month a similar 30-minute Verity outage at 16:00 was logged as SEV3 because it happened after the courier cut-off."""),
    ("classification", 1, "",
     """We're the customer (a 300-person logistics company) signing this SaaS agreement for a route-optimisation platform. For each clause below, classify it as STANDARD, NEGOTIATE or DEAL-BREAKER from our side, and give a one- or two-sentence reason. Consider that the platform will hold our customers' delivery addresses and our drivers' location data, and that it will become operationally critical for dispatch.

CLAUSE 3.2 - Service Levels. Provider will use commercially reasonable efforts to make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance (notified at least 48 hours in advance, not to exceed 8 hours per month) and emergency maintenance. Customer's sole remedy for failure to meet this level is a service credit of 5% of the monthly fee for each full percentage point below 99.5%, capped at 20% of the monthly fee.

CLAUSE 4.4 - Fee Increases. Provider may increase the fees on each anniversary of the Effective Date by giving 30 days' notice. Increases shall not exceed the greater of 7% or CPI plus 3%.

CLAUSE 5.1 - Customer Data. As between the parties, Customer owns all Customer Data. Provider may use Customer Data, including in aggregated and de-identified form, to provide, maintain and improve the Service and to develop new products and services, and may retain such aggregated data indefinitely.

CLAUSE 5.6 - Sub-processors. Provider may engage sub-processors to process Customer Data, including outside the European Economic Area, and will publish a list of current sub-processors on its website. Customer is deemed to accept any new sub-processor 10 days after publication.

CLAUSE 7.3 - Security Incidents. Provider will notify Customer without undue delay, and in any case within 72 hours, after becoming aware of a Security Incident affecting Customer Data.

CLAUSE 9.1 - Term and Renewal. The initial term is 36 months. Thereafter, this Agreement renews automatically for successive 36-month terms unless either party gives notice of non-renewal at least 180 days before the end of the then-current term.

CLAUSE 9.4 - Effect of Termination. Upon termination, Provider will make Customer Data available for export in Provider's standard format for 14 days, after which Provider may delete it. Provider has no obligation to provide transition assistance.

CLAUSE 10.2 - Limitation of Liability. Each party's total liability under this Agreement shall not exceed the fees paid by Customer in the 3 months preceding the event giving rise to the claim. This limitation does not apply to Customer's payment obligations or to either party's indemnification obligations.

CLAUSE 11.1 - IP Indemnity. Provider will defend Customer against third-party claims that the Service infringes intellectual property rights and pay resulting damages awarded, provided Customer notifies Provider promptly and gives Provider sole control of the defence.

CLAUSE 12.3 - Governing Law. This Agreement is governed by the laws of the State of Delaware, and the parties submit to the exclusive jurisdiction of the courts of Wilmington, Delaware. (We are based in Rotterdam.)

CLAUSE 13.5 - Publicity. Provider may use Customer's name and logo in customer lists and marketing materials.

CLAUSE 14.2 - Assignment. Provider may assign this Agreement without consent in connection with a merger, acquisition or sale of all or substantially all of its assets. Customer may not assign without Provider's prior written consent."""),
    ("classification", 0, "Tu es un outil de tri de tickets pour le service client de Maison Lavande (cosmétiques en ligne). Pour chaque ticket, réponds par l'identifiant suivi d'une seule catégorie parmi : LIVRAISON, RETOUR_REMBOURSEMENT, PRODUIT_REACTION, COMPTE_CONNEXION, PAIEMENT, AUTRE.",
     """T-4410 : Bonjour, ma commande devait arriver mardi et le suivi indique "en attente de dépôt" depuis 5 jours.
T-4411 : J'ai utilisé le sérum à la vitamine C et j'ai des rougeurs et des démangeaisons depuis hier soir, est-ce normal ?
T-4412 : impossible de me connecter, le code de vérification n'arrive jamais par sms
T-4413 : Je souhaite renvoyer la crème de nuit, elle ne me convient pas, le flacon n'a été ouvert qu'une fois.
T-4414 : Ma carte a été débitée deux fois pour la même commande n°ML-88201.
T-4415 : Vous faites des coffrets cadeaux pour la fête des mères ?"""),
    ("classification", 0, "", "Aşağıdaki her cümlenin hangi dilde yazıldığını belirle, sadece dil adını yaz (Türkçe olarak):\n1. Ik heb de factuur gisteren al betaald.\n2. Czy mogę zmienić adres dostawy?\n3. Obrigado pela ajuda, resolveu o problema.\n4. Můžete mi poslat potvrzení objednávky?\n5. Kan jag betala med faktura?\n6. Bu ürün stokta var mı?"),
    ("classification", 0, "",
     """got this at work, is it phishing or legit? just tell me which + the main red flag

From: IT Service Desk <it-servicedesk@orbitaltrustbank-support.com>
To: me
Subject: [ACTION REQUIRED] Mailbox storage 98% - messages will be deleted

Dear Employee,

Your Outlook mailbox has reached 98% of its allocated storage quota. In accordance with the Orbital Trust Bank IT Acceptable Use Policy, messages older than 30 days will be permanently removed within 24 hours unless you validate your account and request an upgrade.

To avoid loss of important emails, please validate your credentials using the secure portal below:

https://orbitaltrust-mailbox-upgrade.web-portal-secure.net/owa/validate

You will be asked to sign in with your network username and password and approve the MFA prompt on your phone. The upgrade is free of charge for all staff.

This is an automated message. Please do not reply.

Regards,
IT Service Desk
Orbital Trust Bank

(our real domain is orbitaltrust.com and IT always sends from servicenow)"""),
    ("classification", 0, "You tag incoming manuscripts for the editorial office of an interdisciplinary journal. For each abstract, output the ID and exactly one section from: ECOLOGY, MATERIALS, NEUROSCIENCE, ECONOMICS, PUBLIC_HEALTH, COMPUTING.",
     """MS-2025-0331
Urban heat islands intensify the thermal stress experienced by street trees, but species differ in their capacity to acclimate. We measured leaf temperature, stomatal conductance and growth in 1,240 street trees of eight species across a gradient of impervious surface cover in three European cities over two summers, including the 2022 heatwave. Species with higher leaf mass per area and more conservative water use maintained growth under the hottest conditions, whereas two commonly planted maples showed canopy dieback of up to 35%. Soil volume available to roots moderated these effects more strongly than irrigation. We provide species-specific recommendations for planting under future climate scenarios.

MS-2025-0332
We report a scalable route to sodium-ion battery cathodes based on a layered manganese-iron oxide doped with 3% titanium. The doped material delivered a reversible capacity of 168 mAh/g at 0.1C and retained 91% of capacity after 1,000 cycles at 1C, compared with 64% for the undoped material. In situ X-ray diffraction showed that titanium suppresses the P2-O2 phase transition responsible for capacity fade at high voltages. The synthesis uses only earth-abundant elements and a single calcination step, which we estimate reduces cathode cost by roughly 40% compared with lithium iron phosphate.

MS-2025-0333
How does the hippocampus represent the order of events that occur within seconds? Using two-photon calcium imaging in head-fixed mice performing a sequence-memory task, we recorded 9,800 CA1 neurons. A subset of cells fired at specific positions within learned sequences regardless of the identity of the items, while others encoded item identity. Optogenetic silencing of entorhinal input during the delay period abolished the positional code and impaired performance. These results suggest that the hippocampus maintains an abstract temporal scaffold onto which specific experiences are mapped.

MS-2025-0334
We study how minimum wage increases affect the hours and earnings of part-time workers in retail, using payroll records from 2.1 million employees of 340 firms between 2015 and 2023 and a difference-in-differences design exploiting staggered regional increases. A 10% increase in the minimum wage raised hourly earnings of affected workers by 6.8% but reduced weekly hours by 2.1%, mainly through fewer short shifts. Total weekly earnings rose by 4.5%. Firms with greater labour market concentration reduced hours less, consistent with monopsony models.

MS-2025-0335
Vaccination coverage for measles among children aged two years fell from 94% to 87% in a metropolitan area between 2019 and 2023. We linked immunisation registry data for 186,000 children with neighbourhood deprivation indices and appointment records. Missed appointments during the pandemic accounted for about half of the decline, while the remaining half was concentrated in neighbourhoods with low trust in health institutions. A pilot of text-message reminders with a direct booking link increased catch-up vaccination by 11 percentage points within three months in intervention clinics.

MS-2025-0336
Large language models are increasingly deployed on edge devices where memory is limited. We propose a mixed-precision quantisation method that assigns bit-widths per attention head based on the sensitivity of the model's output to perturbations in that head. On three open models with 1 to 7 billion parameters, our method reduces memory by 71% with an average accuracy drop of 0.8 points on standard benchmarks, outperforming uniform 4-bit quantisation by 2.3 points. We release a runtime that executes the quantised models on smartphones at 18 tokens per second."""),
    ("classification", 0, "", "Ordne jedem Feedback genau eine Stimmung zu: positiv, negativ oder neutral. Format: Nummer – Stimmung.\n\n1. Lieferung kam einen Tag früher als angekündigt, super!\n2. Der Tisch ist okay, aber die Anleitung war nur auf Englisch.\n3. Habe die Bestellung storniert, weil sich die Lieferzeit dreimal verschoben hat.\n4. Paket ist angekommen.\n5. Die Kundenbetreuerin am Telefon war unglaublich geduldig, vielen Dank an Frau Yıldız.\n6. Farbe weicht deutlich vom Foto ab, ziemlich enttäuscht."),
    ("classification", 1, "Kinmoor Family Practice patient portal, nurse triage step. Classify each incoming message as EMERGENCY (advise calling emergency services now), SAME_DAY (nurse calls back today), or ROUTINE (reply within 3 working days). Give the label and a short clinical justification that a nurse can check. When in doubt between two levels, choose the more urgent.",
     "Hi, I'm 58 and had a bit of a strange episode this morning. While I was making breakfast my right hand went clumsy and I dropped a cup, and my wife said my speech sounded slurred for a few minutes. It all went back to normal after maybe 15-20 minutes and I feel completely fine now, so I didn't want to bother anyone. I do have high blood pressure (on amlodipine) and I smoke. Could I get an appointment sometime next week to get checked?"),
    ("classification", 0, "",
     """Topic label for this article? Choose one: politics, business, technology, health, sport, culture, science, environment.

ARCTIC RESEARCH STATION DETECTS RECORD LOW SEA ICE EXTENT FOR MAY

Satellite measurements processed at the Nordhavn Polar Observatory show that Arctic sea ice covered 12.1 million square kilometres at the end of May, the lowest extent for that month since continuous records began in 1979. The figure is about 890,000 square kilometres below the 1991-2020 average, an area roughly the size of Venezuela.

Scientists at the observatory said the decline was driven by unusually warm air temperatures over the Barents and Kara Seas, which were up to 6 degrees Celsius above normal for much of the month, combined with persistent southerly winds that pushed ice away from the Siberian coast. Open water absorbs more sunlight than ice, which can accelerate melting later in the summer.

"May records on their own don't tell us what September will look like," said Dr. Ingeborg Fjell, who leads the sea ice group. "Weather in June and July matters enormously. But starting the melt season with this much open water in the Atlantic sector makes a very low minimum more likely."

The September minimum, which marks the end of the summer melt, has declined by about 13 percent per decade since 1979. The lowest minimum on record was in 2012. Researchers also track ice thickness, which has declined even faster than extent, as older, thicker multi-year ice has been replaced by thinner ice that forms and melts within a single year.

The observatory's findings come a week before an international meeting in Tromsø on Arctic shipping routes, where several countries are expected to discuss the growing use of the Northern Sea Route by cargo vessels during summer months. Conservation groups have called for stricter rules on heavy fuel oil use in Arctic waters, arguing that a spill in ice-covered seas would be almost impossible to clean up.

The observatory will publish its next monthly update in early July."""),
    ("classification", 0, "",
     """Classifique a mensagem abaixo como: reclamação, elogio, sugestão ou dúvida. Responda só com a categoria.

"Olá, boa tarde. Sou cliente da Farmácia Vitalis há mais de dez anos, sempre na loja da Rua Augusta, e queria deixar registrado o que aconteceu na última sexta-feira. Fui buscar o remédio de pressão da minha mãe, que é de uso contínuo, e o atendente disse que a receita estava vencida. Expliquei que a receita tem validade de seis meses e que foi emitida em março, mas ele insistiu e chamou a farmacêutica, que confirmou que estava tudo certo. Só que, nesse meio-tempo, fiquei mais de 40 minutos esperando em pé, com fila enorme e apenas um caixa funcionando. Quando finalmente fui pagar, o desconto do programa de fidelidade não foi aplicado porque 'o sistema estava fora do ar', e me disseram para voltar outro dia para pedir o reembolso da diferença. Voltei ontem e ninguém soube me explicar como fazer. Não é a primeira vez que isso acontece e, sinceramente, estou pensando em mudar de farmácia. Gostaria de receber o valor da diferença (R$ 38,70) e uma explicação." """),
    ("classification", 1, "",
     """We're onboarding a new payroll provider. Rate each answer from their security questionnaire as HIGH, MEDIUM or LOW risk for us (we're a 2,000-employee retailer, they'd hold bank details, salaries and national ID numbers), with a one-line justification, and then tell me overall whether we should proceed, proceed with conditions, or stop.

Q1 Do you hold a current ISO 27001 certification or SOC 2 Type II report?
A: "ISO 27001 certification in progress, audit scheduled for Q4. We follow ISO 27001 controls."
Q2 Is customer data encrypted at rest?
A: "Yes, AES-256 at the database level. Backups are stored on encrypted tapes offsite."
Q3 Do you enforce MFA for all staff access to production systems?
A: "MFA is enforced for remote access via VPN. On-site staff access production from the office network without MFA."
Q4 Describe your vulnerability management.
A: "Annual external penetration test by a third party. Critical patches applied within 30 days."
Q5 Where is customer data stored and processed?
A: "Primary data centre in Frankfurt. Support team in Manila has read access to customer records for ticket handling."
Q6 Have you had a security incident involving customer data in the last 3 years?
A: "One incident in 2023 where a misconfigured export sent a payslip file to the wrong client. Affected 112 employees of one client. Notified within 5 days."
Q7 Do you perform background checks on staff with access to customer data?
A: "Yes, for all permanent staff. Contractors are checked by their agency."
Q8 What is your RTO/RPO for the payroll service?
A: "RTO 24 hours, RPO 24 hours. DR test performed in 2022."
Q9 Do you log and monitor access to customer data?
A: "Access logs are retained for 90 days and reviewed when an incident is reported." """),
]
