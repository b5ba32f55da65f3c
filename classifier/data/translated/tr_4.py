"""Training-only translations of hand-written English training prompts (chunk 4: Korean, Hindi, Hinglish)."""
T = [
    ("tri-b90969f9ec78", "ko", "", """고객 브리프 (메일에서 그대로 복붙):

"안녕하세요 팀! 저희는 와일드루트 트래블(Wildroute Travel)이라는 작은 여행사인데요, 조지아, 아르메니아, 우즈베키스탄으로 소규모 그룹 여행(최대 12명)을 운영하고 있어요. 고객층은 30~50대로, 호기심 많고 약간 모험심도 있지만 편안함은 포기 못 하는 분들이에요. 틱톡을 시작하고 싶은데 존재감은 제로고 예산도 넉넉하지 않아요. 가이드들이 찍어둔 영상은 정말 많아요(시장, 산, 수프라 잔치, 옛 소련 버스 등등). 제일 걱정되는 건 여느 여행 계정이랑 똑같아 보이는 거예요. 숏폼 영상용 훅 / 첫 3초 아이디어 좀 주실 수 있을까요? 많을수록 좋아요, 저희가 고를게요. 감사합니다! – 니노"

이 고객용으로 훅을 테마별로 묶어서 길게 리스트 뽑아줘."""),
    ("tri-5cc11bdda11e", "hi", "", "कुछ लोगों को long covid क्यों हो जाता है और बाकी लोग एक हफ्ते में ठीक हो जाते हैं? असल में अभी की साइंस इस बारे में क्या कहती है"),
    ("tri-e10493f61969", "hi", """भूमिका: Fernhill Fitness क्लब्स के मेंबर्स के लिए हेल्प बॉट (नाम: Pip)। सिर्फ़ <kb> में दिए गए हेल्प आर्टिकल्स के आधार पर जवाब दो। अगर आर्टिकल्स में यह बात कवर नहीं होती, तो साफ़ बता दो और मेंबर को फ्रंट डेस्क से बात करने को कहो। ज़्यादा से ज़्यादा 3 वाक्य।
<kb>
[Membership freeze] Members on a 12-month contract may freeze their membership for 1 to 3 months once per contract year. A freeze costs 5 GBP per month. A medical freeze (doctor's note required) is free and can last up to 6 months.
[Guest passes] Premium members get 4 guest passes per year; guests must be 18+ and bring photo ID.
[Cancellation] Rolling monthly memberships can be cancelled with 30 days' notice in the app.
</kb>""", "स्कीइंग करते हुए घुटने में चोट लग गई, लगभग 4 महीने नहीं आ पाऊँगा। क्या बिना पैसे दिए मेंबरशिप रोक सकता हूँ?"),
    ("tri-a11c424bfabc", "ko", "", """회의록 발췌: Fenwick Home & Garden, 지역 운영 회의, 10월 14일

Dana (Area Mgr): Footfall across the six stores is down 9% year on year, and Saturday mornings are the only slot that's holding up.
Raj (Store 4): We tried the loyalty double-points week. Bumped basket size a bit, didn't bring new people in.
Mei (Marketing): Our Facebook reach is fine, but people click and don't come. The sense I get is they browse online, buy online.
Dana: Online is up 14%, so it's not that people stopped gardening.
Tom (Store 2): Honestly the garden centre bit is dead from November to February. It's just pallets of compost and a Christmas aisle.
Raj: The café in Store 4 is the one thing people mention. Pensioners sit there for hours.
Mei: Can we do workshops? The Store 1 team ran a wreath-making evening last year, sold out in two days, but nobody owned it after that.
Tom: Staffing is the problem. We're at minimum rota already.
Dana: OK. Let's not solve it on this call. I'll ask for ideas.

---
이 회의 내용을 바탕으로, 11월부터 2월 사이에 사람들이 실제로 매장에 발걸음하게 만들 실험 아이디어를 최대한 많이 뽑아줘. 회의에서 아무도 얘기 안 한 것도 포함해서. 아이디어마다 뭘 측정할지 한 줄씩 붙여줘."""),
    ("tri-a04fbf1e6db8", "mix", "", "saturday ke maintenance window wale announcement email ke liye 3 subject lines do"),
    ("tri-41a51e09408a", "ko", "", "앞으로는 답변 좀 짧게 해줄 수 있어? 한 최대 2줄 정도로"),
    ("tri-144e21b80775", "hi", "", """CFO ने जो मेमो सर्कुलेट किया था, उसमें से:

"हमारे सभी मुनाफ़े वाले स्टोर्स में फ़ार्मेसी काउंटर है। Ashgrove स्टोर में फ़ार्मेसी काउंटर है। इसलिए फ़ुटफ़ॉल वापस आते ही Ashgrove मुनाफ़े में आ जाएगा। इसके अलावा, चूँकि पिछले तीन सालों में बिना फ़ार्मेसी काउंटर वाला कोई भी स्टोर मुनाफ़े में नहीं रहा, इसलिए बाकी 11 स्टोर्स में फ़ार्मेसी काउंटर लगाने से वे मुनाफ़े में आ जाएँगे। 20,000 से कम आबादी वाले कस्बों के स्टोर्स कभी मुनाफ़े में नहीं रहे, लेकिन इसकी वजह यह है कि उनमें से किसी में भी फ़ार्मेसी काउंटर नहीं था। इसलिए बोर्ड को इसी तिमाही में सभी 11 फ़िट-आउट्स के लिए कैपिटल रिक्वेस्ट मंज़ूर कर देनी चाहिए।"

क्या यह तर्क लॉजिकली वैध है? हर निष्कर्ष (inference) को एक-एक करके जाँचिए, अगर कोई तार्किक भ्रांतियाँ (fallacies) हैं तो उनके नाम बताइए, और बताइए कि हर निष्कर्ष को सही ठहराने के लिए असल में किस तरह के सबूत चाहिए होंगे।"""),
    ("tri-b2221b249ca8", "ko", "", """borrow checker랑 한 시간째 씨름 중임. 그냥 같은 struct 안에서 entry 업데이트하면서 log vec에 push도 하고 싶은 건데. 이게 왜 에러고 idiomatic한 방법은 뭐임?

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

실제 코드엔 이런 메서드가 6개쯤 있고 전부 record() 호출하고 몇 개는 서로 호출하기도 함"""),
    ("tri-6c16b645cce2", "hi", "", """हमारे README का इंट्रो इस तरह दोबारा लिखो कि कोई डेटा एनालिस्ट, जो डेवलपर नहीं है, उसे भी समझ आ जाए। जार्गन कम, फ़ैक्ट्स वही।

> **tabsync** is a lightweight, idempotent CLI for bidirectional synchronisation between Postgres tables and Google Sheets. It uses logical replication slots for CDC on the DB side and the Sheets API batchUpdate endpoint with optimistic concurrency on the sheet side, resolving conflicts via last-writer-wins with vector-clock tie-breaking. Deployable as a cron job or a long-running daemon."""),
    ("tri-c78b90f354ce", "ko", "", "회계 완전 초보한테 설명하는 느낌으로 '발생주의(accrual basis)' 한 줄 정의 좀"),
    ("tri-8c5025ac3fa8", "hi", "", r"""ऑडिट से पहले मेरे मैनेजर को जानना है कि यह nightly job कस्टमर डेटा के साथ क्या करता है। क्या आप इसे स्टेप बाय स्टेप आसान भाषा में समझा सकते हैं, बिना किसी जार्गन के? यह मैंने नहीं लिखा है।

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

echo "[$(date -Is)] done"
"""),
    ("tri-7e11b4ea89aa", "ko", "", "은행은 애초에 왜 자본을 쌓아둬야 하는 거고, 바젤 III는 2008년 이전이랑 비교해서 실제로 뭐가 바뀐 거야?"),
    ("tri-b182f21da6ec", "hi", "आप Whitlow & Serrano LLP की सहायता करते हैं, जो ब्राज़ील डेस्क वाली एक अमेरिकी लिटिगेशन फ़र्म है।", """US फ़ेडरल केस में एक एग्ज़िबिट के लिए: इस पावर ऑफ़ अटॉर्नी का ब्राज़ीलियन पुर्तगाली से अंग्रेज़ी में अनुवाद करना है। इसके बाद हर उस शब्द की सूची बनाइए जिसका अमेरिका में कोई साफ़ समकक्ष नहीं है (जैसे "ad judicia et extra", "substabelecer"), और बताइए कि आपने उसे कैसे अनुवादित किया और क्यों, क्योंकि विरोधी पक्ष के वकील इस पर ज़रूर सवाल उठाएँगे।

PROCURAÇÃO
Pelo presente instrumento particular de procuração, a OUTORGANTE, TERRAMAR COMÉRCIO DE GRÃOS LTDA., pessoa jurídica de direito privado, inscrita no CNPJ sob o nº 00.000.000/0001-00, com sede na cidade de Santos/SP, neste ato representada por seu sócio-administrador, nomeia e constitui sua bastante procuradora a Dra. HELENA DUARTE VASCONCELOS, advogada inscrita na OAB/SP, a quem confere amplos poderes para o foro em geral, com a cláusula ad judicia et extra, em qualquer juízo, instância ou tribunal, podendo propor ações, contestar, receber citação, confessar, desistir, transigir, firmar acordos, dar e receber quitação, e substabelecer esta a outrem, com ou sem reserva de iguais poderes, especialmente para representar a OUTORGANTE na ação de cobrança movida em face de GRANITE RIDGE TRADING INC."""),
    ("tri-a85ee204db49", "ko", "", """중간고사 언제고 성적에서 몇 % 차지해? 강의계획서 일부 붙여넣음:

ECON 214 - 중급 미시경제학, 2026년 봄학기
평가: 문제풀이 과제(5회, 최저점 1회 제외) 20%; 중간고사(수업 시간 중, 3월 5일 목요일, 7주차) 30%; 조별 정책 브리프 15%; 기말고사(누적 범위, 날짜는 학사처에서 지정) 35%.
과제 지각 제출 시 하루당 10% 감점. 시험 중 계산기 사용 가능, 휴대폰 불가.
오피스아워: 화 14:00-15:30, H-210호."""),
    ("tri-1c112874a8e1", "mix", "", """isko yaml me convert kar do pls, key order same rakhna

{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"invoice-renderer","namespace":"billing","labels":{"app":"invoice-renderer","tier":"backend"}},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"invoice-renderer"}},"template":{"metadata":{"labels":{"app":"invoice-renderer"}},"spec":{"containers":[{"name":"renderer","image":"ghcr.io/tallis/invoice-renderer:2.8.1","ports":[{"containerPort":8080}],"env":[{"name":"PDF_ENGINE","value":"weasyprint"},{"name":"MAX_PAGES","value":"200"}],"resources":{"requests":{"cpu":"200m","memory":"256Mi"},"limits":{"memory":"512Mi"}}}]}}}}"""),
    ("tri-0587ee54d639", "ko", "", "이거 좀 덜 절박하게 들리게 바꿔줘: '저 이 일자리 진짜 진짜 필요하고 말 그대로 뭐든지 다 할게요, 제발 제발 저 좀 고려해주세요'"),
    ("tri-0d68d40674b9", "hi", "", "ये रहे हमारे Q1-Q4 के कोहॉर्ट-वार churn के आंकड़े और प्राइसिंग बदलने की तारीखें। सिर्फ़ इसी डेटा के आधार पर बताइए: churn में आया उछाल कीमत बढ़ाने की वजह से था या किसी और वजह से? सावधानी से तर्क देकर समझाइए।"),
    ("tri-4a2fad502531", "ko", "", "이거 오븐에 얼마나 구워야 돼? '180°C로 예열. 재료 전부 섞어서 유산지 깐 20cm 틀에 붓고 꼬치로 찔러봐서 깨끗하게 나올 때까지 35–40분 굽기. 10분 식히기.'"),
    ("tri-629b11e4288e", "hi", "", "पिछले एक-दो सालों में इतने सारे live-service गेम्स बंद क्यों हो गए? इस मॉडल में असली ढांचागत (structural) दिक्कत क्या है"),
    ("tri-1c3ed03a47cb", "ko", "당신은 보험금 청구(claims) 분석팀을 위해 PostgreSQL 쿼리를 작성합니다. 한 줄 주석을 단 SQL만 반환하세요.", "테이블 claims(claim_id, member_id, received_at timestamptz, status text, billed_amount numeric). 지난달(달력 기준 한 달) 접수된 건 전체 대상으로 status별 청구 건수랑 청구 금액 합계 뽑아줘. 건수 많은 순으로."),
    ("tri-eb1bc0137e6e", "hi", "", """SKU HX-220 (हाइड्रॉलिक होज़ फ़िटिंग), पिछले 12 हफ़्तों की डिमांड, यूनिट/हफ़्ता:
262, 281, 240, 305, 270, 248, 299, 318, 255, 276, 290, 244

पिछले 10 POs के सप्लायर लीड टाइम (दिन): 6, 6, 7, 6, 9, 6, 6, 10, 6, 9

अभी हाथ में स्टॉक: 410 यूनिट, और 600 पहले से ऑर्डर पर हैं (4 दिन में आने वाले)। हम हफ़्ते के सातों दिन खुले रहते हैं। टारगेट साइकिल सर्विस लेवल 97% है। होल्डिंग कॉस्ट थोड़ी ज़्यादा है, इसलिए मैं सेफ़्टी स्टॉक ज़रूरत से ज़्यादा नहीं रखना चाहता, लेकिन स्टॉकआउट होने पर एक कस्टमर की प्रोडक्शन लाइन रुक जाती है और उनके कॉन्ट्रैक्ट में पेनल्टी क्लॉज़ है।

क्या आप रीऑर्डर पॉइंट और सेफ़्टी स्टॉक निकाल सकते हैं, और समझा सकते हैं कि लीड टाइम भी ऊपर-नीचे होता है तो आपने कौन-सा फ़ॉर्मूला इस्तेमाल किया? अगर आपको लगे कि डेटा इतना कम है कि उस पर भरोसा नहीं किया जा सकता, तो वह भी बता दीजिए।"""),
    ("tri-0cec4d941c3e", "ko", "", "금요일에 할아버지 호스피스 입소 상담 있어. 말기 COPD시고 이모랑 같이 사셔. 우리가 거기 사람들한테 뭘 물어봐야 돼? 내가 뭘 모르는지도 모르겠음"),
    ("tri-7706e0389918", "hi", "आप Tallyho नाम के एक बजटिंग ऐप की ग्रोथ टीम के लिए प्रोडक्ट डिस्कवरी असिस्टेंट हैं। जब hypotheses माँगी जाएँ, तो एक लंबी और व्यापक सूची दें, उन्हें समूहों में बाँटें, और हर एक के लिए बताएँ कि कौन-सा डेटा उसे पक्का करेगा या खारिज कर देगा।", "इस महीने की 2 तारीख से, नए साइनअप्स में से 24 घंटे के अंदर बैंक अकाउंट कनेक्ट करने वालों का हिस्सा 48% से गिरकर 37% हो गया है। जहाँ तक हमें पता है, हमारी तरफ़ से ऑनबोर्डिंग फ़्लो में कुछ नहीं बदला। उसी समय के आसपास ये चीज़ें हुईं: हमारे iOS ऐप का 6.2 रिलीज़ (ज़्यादातर बग फ़िक्स), TikTok पर एक नया पेड एक्विज़िशन कैंपेन शुरू हुआ, हम जिन बैंक एग्रीगेटर्स को इस्तेमाल करते हैं उनमें से एक (Finlink) ने अपनी कंसेंट स्क्रीन में अपडेट किया, और मार्केटिंग साइट पर नया प्राइसिंग पेज आया। Android और iOS दोनों पर असर है, iOS पर थोड़ा ज़्यादा। इसकी क्या वजहें हो सकती हैं?"),
    ("tri-c590c9ec9d92", "ko", "", """요약좀?

Reminder that the P2 garage will be closed Sat 6am to Sun 8pm for resurfacing. Cars left inside after 6am Saturday will be towed at the owner's expense. Staff working the weekend can use the Orchard St lot; show your badge at the gate. Shuttle runs every 20 min."""),
    ("tri-8a6344dcb22e", "mix", "", "UK me solicitor aur barrister me actual difference kya hai"),
    ("tri-d670605935d5", "ko", "", "우리 식당 25주년 기념 짧은 연설문 좀 써줘. 직원들이랑 단골손님들한테 고맙다는 내용으로, 웃기면서도 사람들 살짝 눈물 찔끔하게"),
    ("tri-e5ca59f4989c", "hi", "एनालिटिक्स असिस्टेंट, Corvane Insurance की क्लेम्स टीम। सटीक रहें, और जो लोग स्टैटिस्टिक्स नहीं जानते उनके लिए आसान भाषा में समझाएँ।", "हमारा फ़्रॉड मॉडल 4% क्लेम्स को फ़्लैग करता है। हमारा अनुमान है कि लगभग 1.5% क्लेम्स असल में फ़्रॉड होते हैं। मॉडल असली फ़्रॉड्स में से 80% पकड़ लेता है। अगर कोई क्लेम फ़्लैग हुआ है, तो उसके सच में फ़्रॉड होने की संभावना कितनी है? क्लेम्स डायरेक्टर को लगता है कि यह 80% है और वे फ़्लैग हुए क्लेम्स को अपने-आप रिजेक्ट करना चाहते हैं।"),
    ("tri-169a5e815a08", "ko", "", "영국 비자 서류에 들어갈 거라 영어로 번역해줘: \"Se atribuye la guarda y custodia compartida, fijándose una pensión compensatoria de 400 € mensuales a favor de la esposa durante dos años.\""),
    ("tri-13abdfb4ddf6", "hi", "", "प्लीज़ इसे छोटा करो, यह हमारी फ़ोन लाइन के होल्ड मैसेज के लिए है: 'Cedar Point Family Pharmacy में कॉल करने के लिए धन्यवाद। स्टाफ़ से जुड़ी अप्रत्याशित परिस्थितियों के कारण, हमारी फ़ार्मेसी आज अपने सामान्य समय रात 9 बजे के बजाय शाम 6 बजे ही बंद हो जाएगी, और इससे आपको और आपके परिवार को होने वाली किसी भी असुविधा के लिए हम तहे दिल से क्षमा चाहते हैं।'"),
    ("tri-14280ae1cbc3", "ko", "", """이거 커버레터 좀 써줄 수 있어? 한 번도 안 써봐서.

공고: "Barista (part-time, 20–25 hrs) – Copper Kettle Coffee, Portland. We're an independent café roasting our own beans. Looking for someone friendly, reliable and keen to learn latte art. Experience preferred but not essential. Weekend availability a must. Send a CV and a few lines about why you want to work with us to jobs@copperkettle.coffee."

내 소개: 19살, PCC 1학년 마무리 중(전공 미정, 요리 쪽 생각 중). Burrito Barn(패스트푸드)에서 크루로 1년 반 일했고, 일주일에 3번 마감 맡았고 신입 4명 교육시킴. 매일 아침 집에서 푸어오버 내려 마시고 라떼아트 영상 보면서 연습 중인데 삐뚤빼뚤한 하트 정도는 됨ㅋㅋ 주말은 매주 다 비어 있음. 고등학교 때부터 Copper Kettle 단골이고 원두 봉투마다 농장 이름 찍어주는 거 진짜 좋아함. 짧게, 너무 딱딱하지 않게 써줘."""),
    ("tri-f92957c90176", "hi", "", "हमारा Bordeaux में एक रेस्टोरेंट है और हम अक्सर Instagram पर भरे हुए डाइनिंग हॉल की फ़ोटो पोस्ट करते हैं। क्या हम ग्राहकों की मंज़ूरी के बिना ऐसी फ़ोटो डाल सकते हैं जिनमें वे पहचान में आते हों? इसमें हम क्या रिस्क ले रहे हैं, और इसे सही तरीके से कैसे करें (नोटिस लगाना, चेहरे ब्लर करना, या कुछ और)?"),
    ("tri-2b096e2c8fa7", "ko", "", """각 줄을 ts, level, service, msg 키를 가진 JSON 객체로 바꿔서 JSON 배열로 줘. ts는 그대로 두고.

2024-07-19T08:14:02.113Z ERROR [auth-svc] token validation failed: signature mismatch
2024-07-19T08:14:02.560Z WARN  [auth-svc] falling back to cached JWKS
2024-07-19T08:14:05.001Z INFO  [gateway] route /v2/orders -> orders-svc (canary 10%)
2024-07-19T08:14:09.874Z ERROR [orders-svc] db timeout after 5000ms on query get_order_lines"""),
    ("tri-07fae7775a56", "hi", "", """इसे कॉन्फ़्रेंस प्रोग्राम के लिए थर्ड-पर्सन में एक न्यूट्रल बायो बना दो:

मैं Bellcourt Grocers में सप्लाई चेन एनालिस्ट हूँ, और पिछले छह सालों से ताज़ा फल-सब्ज़ियों के लिए डिमांड फ़ोरकास्ट बना रही हूँ। उससे पहले मैंने एक डिस्ट्रीब्यूशन सेंटर में काम किया। मैं Leeds में दो बिल्लियों और एक sourdough starter के साथ रहती हूँ।"""),
    ("tri-9dd3b6eebf9a", "ko", "", """각 리뷰를 positive, negative, mixed 중 하나로 라벨링해줘. 출력은 id,label 형식 줄만.

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
    ("tri-b0e78b645649", "hi", "", """इस लेटर में जितनी भी तारीखें और डेडलाइन हैं, सबकी लिस्ट बना दीजिए, साथ में यह भी कि किस तारीख तक क्या करना है। बस लिस्ट।

---
Dear Ms. Okafor,

Re: Notice of Proposed Adjustment, Tax Year 2022, Account ending 3390

Our records indicate a discrepancy between the wages reported on your Form W-2 from Tessel Logistics LLC and the amount reported on line 1a of your return filed on April 11, 2023. We propose an adjustment resulting in additional tax of $1,846 and interest computed through November 30, 2024.

If you agree with the proposed changes, sign the enclosed response form and return it by December 27, 2024. Payment may be made online; if full payment is received by January 10, 2025, no further interest will accrue after that date.

If you do not agree, you must send a signed statement explaining why, along with supporting documents, by December 27, 2024. You may also request a conference with our Appeals office; requests must be postmarked no later than January 24, 2025.

If we do not hear from you by December 27, 2024, we will send you a statutory notice of deficiency, after which you will have 90 days to petition the Tax Court.

Please note our offices will be closed December 24 through December 26, 2024. Calls received during that period will be returned starting December 30.

Sincerely,
Examination Unit 7"""),
    ("tri-5a6352e102e6", "ko", "", """아빠 약 목록 마크다운 표로 만들어줘 (약 | 용량 | 언제 | 무슨 용도) 심장내과 진료 때 출력해 가려고

eliquis 5mg 하루 두 번 혈액 묽게 하는 약
metoprolol succ 50 mg 매일 아침 - 심박수
atorvastatin 40 자기 전 콜레스테롤
furosemide 20mg 아침마다, 부기 때문에
비타민D 2000단위 매일"""),
    ("tri-45da78928613", "hi", "आप स्ट्रक्चर्ड डेटा निकालते हैं। सिर्फ़ JSON आउटपुट करें।", "Larkspur Foods का इनवॉइस 4471, तारीख 3 मार्च, ऑलिव ऑयल के 40 केस, हर केस 23.50 का, कुल 940.00, भुगतान 30 दिनों में।"),
    ("tri-1ec7728102b6", "ko", "", "마지막 셔틀 몇 시야? '공항 셔틀 5:30부터 매시 정각 출발, 막차 23:30, 호텔 투숙객 무료.'"),
    ("tri-d0ea3092f2a0", "hi", "", "कैफ़ीन की हाफ़-लाइफ़"),
    ("tri-f12524a012c6", "mix", "", "thanks yaar!! padrón wale kaam me tumne aaj ka din bacha liya 🙏"),
    ("tri-af209a22316e", "ko", "", "이사회 발표에서 '폐기'(불량 판정 난 부품 말하는 거) 대신 쓸 좀 더 부드러운 단어 3개만. 너무 부정적으로 들려서"),
    ("tri-034fbd22bdb6", "mix", "", """tl;dr?? main 2 din chhutti pe tha

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
    ("tri-7987a5c23f25", "ko", "", "로테르담 물류 컨퍼런스 기조연설 2분짜리 오프닝 써줘. 주제는 '보이지 않는 마일(the invisible miles)'. 통계 말고 이야기로 시작해줘. 나는 중견 포워딩 회사 Baltora Freight의 COO고, 마무리는 아무도 눈여겨보지 않는 사람들, 그러니까 야간 운전기사, 관세사, 래싱 작업자들에게 초점이 가게 해줘."),
    ("tri-2657fc1022bf", "hi", "", "ऑस्ट्रेलिया की राजधानी? मुझे हमेशा सिडनी लगता है पर शायद वो नहीं है"),
    ("tri-10ac28e0d208", "ko", "", "우리 마이크로서비스 5개 auth, billing, search, notifier, gateway 각각 하이쿠 하나씩 지어줘. 엔지니어링 all-hands 슬라이드용이라 너드 감성이어도 괜찮음"),
    ("tri-8b5de0086bd4", "ko", "", """이 초록에서 필요한 건 표본 크기, 1차 평가변수, 그리고 위험비(hazard ratio)와 신뢰구간, 이게 전부예요.

배경: 급성 심부전으로 입원한 후 나트륨-포도당 공동수송체 2 억제제를 조기에 시작하는 것이 당뇨병이 없는 환자의 예후를 개선하는지는 불확실하다.
방법: 61개 기관에서 시행된 이 다기관 이중맹검 시험에서, 박출률과 관계없이 급성 심부전으로 입원한 환자 1,486명을 입원 72시간 이내부터 다파글리플로진 10 mg 1일 1회 또는 위약을 투여받도록 무작위 배정하였다. 1차 평가변수는 180일 시점의 심혈관 사망 또는 심부전 악화의 복합 평가변수였다. 2차 평가변수에는 총 심부전 사건 수와 캔자스시티 심근병증 설문 점수의 변화가 포함되었다.
결과: 추적 관찰 기간 중앙값 176일 동안, 1차 평가변수는 다파글리플로진군 744명 중 98명(13.2%), 위약군 742명 중 131명(17.7%)에서 발생하였다(위험비 0.73; 95% 신뢰구간, 0.56~0.95; P=0.02). 중대한 이상반응 발생률은 두 군에서 비슷하였다.
결론: 입원 중 다파글리플로진의 조기 투여는 심혈관 사망 또는 심부전 악화 위험을 감소시켰다."""),
    ("tri-ab33c8999ec8", "hi", "", """हम वह टेक कंपनी हैं जिसे एक संभावित अधिग्रहणकर्ता (acquirer) से यह NDA मिला है। इस स्टेज पर एक mutual NDA के हिसाब से हर क्लॉज़ को STANDARD या OFF-MARKET में वर्गीकृत कीजिए और हर एक का कारण एक लाइन में बताइए।

1. गोपनीय जानकारी (Confidential Information) में वह जानकारी शामिल नहीं है जो दूसरे पक्ष की जानकारी का इस्तेमाल किए बिना स्वतंत्र रूप से विकसित की गई हो।
2. दायित्व समाप्ति (termination) के बाद सात (7) साल तक लागू रहेंगे, सिवाय ट्रेड सीक्रेट्स के, जो तब तक सुरक्षित रहेंगे जब तक वे ट्रेड सीक्रेट बने रहते हैं।
3. प्राप्तकर्ता (Recipient) 24 महीनों तक प्रकटकर्ता (Discloser) के किसी भी ऐसे कर्मचारी को, जिसके साथ प्राप्तकर्ता का संपर्क रहा हो, न तो अपने यहाँ आने के लिए लुभाएगा और न ही नौकरी पर रखेगा।
4. प्रकटकर्ता बिना बॉन्ड जमा किए निषेधाज्ञा (injunctive relief) की माँग कर सकता है।
5. प्राप्तकर्ता सहमत है कि प्रकटकर्ता के प्रोडक्ट्स के बारे में कोई भी फ़ीडबैक या सुझाव प्रकटकर्ता की संपत्ति बन जाएँगे।
6. इस समझौते की कोई भी बात किसी भी पक्ष को कोई ट्रांज़ैक्शन आगे बढ़ाने के लिए बाध्य नहीं करती।
7. प्राप्तकर्ता किसी भी उल्लंघन से होने वाले सभी नुकसानों के लिए प्रकटकर्ता की क्षतिपूर्ति (indemnify) करेगा, जिसमें परिणामी (consequential) और दंडात्मक (punitive) हर्जाने भी शामिल हैं।"""),
    ("tri-cb695e8db0c5", "ko", "", "컨퍼런스 명찰 페이지에 넣을 두 문장짜리 소개글: Pellworth Logistics 데이터 엔지니어, 6년 차, 그래블 자전거랑 아재개그 좋아함."),
    ("tri-91d931414ef8", "mix", "", """isko 3 bullets me summarize kar do na, school ka email kitna lamba hai 😩

Dear Parents, Please be informed that the Grade 5 Science Fair will be held on February 7 at the covered court from 8:00 AM to 12:00 NN. Each pupil must submit a project proposal to their adviser on or before January 20. Projects may be done individually or in pairs. Materials should be recycled or low-cost; we discourage buying expensive kits. Parents are welcome to attend the exhibit from 10:00 AM onwards. Winners will represent the school at the Division Science Fair in March. For questions, please contact Mrs. Delos Reyes through the school Messenger page. Thank you for your continued support."""),
    ("tri-d12eb7798bf5", "ko", "", "저희는 12명 규모의 비영리 단체입니다. 예산이 30% 삭감된 상황과 저희 미션 우선순위를 고려해서, 이 15개 업체 계약을 각각 유지 / 재협상 / 해지로 분류하고 각 판단의 근거를 설명해 주세요."),
    ("tri-1b3e23d9a10b", "hi", "आप Tidewater Bio Ventures के लिए रिसर्च एनालिस्ट हैं, जो एक अर्ली-स्टेज लाइफ़-साइंसेज़ इन्वेस्टर है। हर सारांश के अंत में वैज्ञानिक विश्वसनीयता पर आपका अपना आकलन होना चाहिए, और यह भी कि इसे निवेश-योग्य बनाने के लिए क्या-क्या सच होना ज़रूरी होगा।", """फ़ाउंडर्स के डेक से, टेक्निकल सेक्शन:

Our platform, NeuroLume, uses a proprietary engineered AAV capsid (NL-9) that crosses the blood-brain barrier after intravenous administration. In non-human primates (n=3), NL-9 achieved 40-fold higher transduction in the cortex compared with AAV9 at the same dose, with no observed liver toxicity at 2 weeks. Our lead program targets a rare monogenic epilepsy (approx. 4,000 patients in US/EU). We have an exclusive licence from the university for the capsid and expect to file an IND within 18 months. Manufacturing will be outsourced to a CDMO; we have a signed letter of intent. We are raising 22M to fund IND-enabling studies."""),
    ("tri-ff5d7a072e7c", "ko", "", "pandas ['email','signup_date'] 기준 중복 행 제거 마지막 거 남기고"),
    ("tri-70d4da9d991e", "hi", "", "हमारे लगभग 2% पार्सल डैमेज होकर पहुँचते हैं (मान लो हर पार्सल एक-दूसरे से स्वतंत्र है)। एक कस्टमर 12 आइटम ऑर्डर करता है जिन्हें हम 12 अलग-अलग पार्सल में भेजते हैं। कम से कम एक पार्सल के डैमेज पहुँचने की प्रोबेबिलिटी क्या है? और ऐसे 5,000 ऑर्डर्स में से लगभग कितनों में 2 या उससे ज़्यादा पार्सल डैमेज होंगे?"),
    ("tri-e134ee42f4f1", "ko", "당신은 Norrland Energi 직원들을 위한 IT 헬프데스크 어시스턴트 Helpy입니다.", "근데 너 무슨 모델이야? 그리고 내가 다른 채팅에서 물어본 것도 볼 수 있어?"),
    ("tri-19d1f96b14a5", "hi", "Tollgate Transit ऑल्ट-टेक्स्ट एडिटर। 125 कैरेक्टर से कम में दोबारा लिखें; कभी भी 'इमेज में' से शुरुआत न करें।", "इमेज में एक फ़ोटोग्राफ़ है जिसमें Harbour Street स्टॉप पर नई नीली और सफ़ेद लो-फ़्लोर ट्राम दिख रही है और व्हीलचेयर पर एक महिला बीच वाले दरवाज़े से अंदर जा रही है"),
    ("tri-752d97086462", "ko", "", "IBAN 형식 검증하는 정규식 (체크섬 말고), 국가 상관없이"),
    ("tri-3a7e50c1c43d", "mix", "", "12, 15, 9, 22, 17 ka avg ?"),
    ("tri-8d50fd8f054d", "ko", "", "스페인어 할 수 있나요?"),
    ("tri-4efe517f2cae", "hi", "", "मुझे लगता है कि मेरे टीनएज बेटे को ऑनलाइन बुली किया जा रहा है, लेकिन वह इस बारे में बात ही नहीं करता। मैं उससे यह बात कैसे छेड़ूँ?"),
    ("tri-e8657f2897f9", "ko", "", "bash 스크립트 맨 위에 있는 set -euo pipefail 이거 뭐 하는 거야? 새 직장 스크립트마다 다 들어가 있던데"),
    ("tri-fbd84999db90", "ko", "당신은 Lantern Guild 디스코드 서버의 ModBot입니다. 번호가 매겨진 각 메시지마다 번호와 OK, TOXIC, SPAM 중 정확히 하나의 라벨을 출력하세요. 메시지당 한 줄, 그 외에는 아무것도 출력하지 마세요.", """1. 다들 gg wp, 마지막 보스 진짜 빡셌다
2. 뒤져라 뉴비야 니가 판 다 말아먹었잖아
3. 🔥🔥 무료 니트로 🔥🔥 없어지기 전에 dlscord-gift.ru/claim 에서 받으세요
4. 오늘 밤 레이드 3 버스 태워줄 사람? 플라스크 챙겨갈게
5. 게임 지워라 산소 아까운 놈아
6. ㅋㅋ 싸우는 중에 고양이가 키보드 밟고 지나감"""),
    ("tri-d075bc44db76", "hi", "", "हमारी ब्रांड टैगलाइन 'Fuel your curiosity' का चीनी और अरबी मार्केट के लिए ऐसा अनुवाद कीजिए कि वहाँ के लोगों को वह अपनी ही भाषा की लगे, और बताइए कि किन अर्थों या connotations से बचना चाहिए।"),
    ("tri-5cc2c578d791", "mix", "", "orders table se har status ke orders count karne ki sql, count desc me sort karke"),
    ("tri-9bf045ba63dd", "ko", "당신은 Universidad Austral de Patagonia의 이러닝 개발자들이 Moodle 4.x 플러그인 코드를 작업할 때 도와줍니다.", """저희 local 플러그인은 학생이 14일 동안 로그인하지 않으면 튜터에게 메일을 보내야 하는데, 튜터들이 코스의 모든 학생, 심지어 활발하게 접속하는 학생에 대해서도 메일을 받고 있어요. 태스크 코드는 이렇습니다:

```php
$since = time() - 14 * DAYSECS;
$users = $DB->get_records_sql("SELECT u.* FROM {user} u
    JOIN {user_enrolments} ue ON ue.userid = u.id
    JOIN {enrol} e ON e.id = ue.enrolid
    WHERE e.courseid = ? AND u.lastaccess < ?", [$courseid, $since]);
```
lastaccess가 잘못된 것 같긴 한데 대신 뭘 써야 할지 모르겠어요."""),
    ("tri-d8eb0a2838dc", "hi", "", """इस जॉब पोस्टिंग में से must-have और nice-to-have चीज़ें अलग-अलग लिस्ट कर दोगे? ताकि मैं अपने रिज़्यूमे से मिलान कर सकूँ

Junior Operations Coordinator – Fernhill Garden Centres (Hybrid, Bristol)

About us: Fernhill is a family-owned group of four garden centres across the South West. We're growing our central operations team and need someone organised who doesn't panic when a lorry of 400 bedding plants turns up a day early.

What you'll do:
- Coordinate supplier deliveries across our four sites
- Keep stock levels up to date in our inventory system
- Handle delivery queries from customers by phone and email
- Support the seasonal team during our busy spring period

What we're looking for (essential):
- At least 1 year's experience in an admin, retail or logistics role
- Confident with Excel (VLOOKUP, pivot tables) and Google Workspace
- Full UK driving licence
- Able to work one Saturday per month

Nice to have:
- Experience with an inventory system such as Lightspeed or Vend
- Basic knowledge of plants or horticulture
- Forklift certificate
- Welsh language skills

What we offer: £24,500–£26,000, 25 days holiday plus bank holidays, 20% staff discount, free parking at all sites.

To apply: send your CV and a short cover note to careers@fernhillgc.co.uk by 14 March."""),
    ("tri-fc23ea8b8194", "ko", "상담원의 답변을 12살 아이도 이해할 수 있는 쉬운 말로 다시 써 주세요. 모든 사실, 날짜, 시간은 그대로 유지하세요. 다시 쓴 답변만 출력하세요.", "당사 기록에 따르면, 해당 화물은 3/4에 간선 운송사에 인계되었으며 현재 도착지 허브로 운송 중에 있습니다. 도착 시 라스트마일 배송 경로에 배정될 예정이며, 그 후 예상 도착 시간(ETA)이 SMS를 통해 안내될 것입니다. 재배송 요청은 전일 18:00까지 접수하셔야 함을 양지하여 주시기 바랍니다."),
    ("tri-7e96552f5411", "mix", "", """hamari go service ki image 1.2GB hai lol. isko multi-stage bana doge taaki final image ekdum chhoti ho?

FROM golang:1.22
WORKDIR /app
COPY . .
RUN go build -o server ./cmd/server
EXPOSE 8080
CMD ["./server"]"""),
    ("tri-03f7c6bd8406", "hi", "", """क्षेत्रीय ग्रॉसर FreshWay द्वारा Corner Basket के प्रस्तावित अधिग्रहण की मंगलवार को आलोचना हुई। उपभोक्ता समूह ShopFair ने कहा कि इस सौदे से तीन कस्बों में सिर्फ़ एक ही सुपरमार्केट रह जाएगा। Corner Basket की संस्थापक एलेना मार्श ने इस ऑफ़र का समर्थन किया और इसे "हमारे स्टाफ़ के लिए सबसे अच्छा नतीजा" बताया। पार्षद देवी आनंद ने प्रतिस्पर्धा प्राधिकरण से गहन समीक्षा शुरू करने का आग्रह किया, जबकि FreshWay के मुख्य कार्यकारी टॉम बर्च ने कहा कि कंपनी ज़रूरत पड़ने पर स्टोर्स बेच देगी।

इस खबर में कौन इस सौदे के ख़िलाफ़ है या कम से कम उस पर सवाल उठा रहा है?"""),
    ("tri-89d46e343409", "ko", "", "이 SKU들 정렬하고 중복 빼줘: KT-220, AB-019, KT-220, ZX-551, AB-004, MM-310, AB-019, ZX-551"),
    ("tri-2e90e60a65e2", "hi", "", "एक कलीग टीम मीटिंग्स में बार-बार मेरी कैंडिडेट सोर्सिंग को अपना काम बताकर पेश करती है। मैं ये बात मैनेजर के सामने उठाऊँ या पहले उससे खुद बात करूँ?"),
    ("tri-94462af8501c", "ko", "당신은 Palisade Health 수익주기(revenue cycle)팀의 내부 어시스턴트입니다. 직원들의 청구, 코딩, 보험사 관련 질문을 도와주세요.", "시작하기 전에, 너 실제로 무슨 모델로 돌아가는 거야? 그리고 내가 여기 붙여넣는 거 저장해둬?"),
    ("tri-6d3b92435b8b", "hi", "", "पता नहीं मैं यह यहाँ क्यों टाइप कर रही हूँ। मैं 3 साल से एक ऑनलाइन इलेक्ट्रॉनिक्स शॉप में सपोर्ट एजेंट हूँ। आज मेरे 64 चैट्स थे, एक आदमी ने मुझे एक लैपटॉप को लेकर निकम्मा कहा जो सच में कस्टम्स में अटका हुआ है, और दूसरे ने कहा कि वो पता लगा लेगा कि मैं कहाँ रहती हूँ, क्योंकि उसका रिफ़ंड आने में 5 दिन लग रहे हैं (वो बैंक की वजह से है, मेरी वजह से नहीं)। मेरे टीम लीड को बस CSAT और हैंडलिंग टाइम की पड़ी रहती है। मुझे ये काम पहले अच्छा लगता था, लोगों को शांत करने में मैं सच में अच्छी हूँ, लेकिन आजकल हर शिफ़्ट से डर लगता है और अंदर जाने से पहले मैं कार में बैठकर रोती हूँ। मैं ऐसे ही नौकरी नहीं छोड़ सकती, किराया देना है और मेरी सेविंग्स मुश्किल से 2 महीने चलेंगी। मुझे नहीं पता मैं क्या माँग रही हूँ। शायद बस ये कि बिना टूटे इस सब से कैसे निकलूँ।"),
    ("tri-28b8fc468d49", "ko", "", """여기 참조(cc)에 누구누구 있어? 이름만

From: Gideon Farrow <g.farrow@penhallow-mfg.example>
To: Leila Navarro <leila.n@penhallow-mfg.example>
Cc: Tomasz Wrobel <t.wrobel@penhallow-mfg.example>, Priya Raghunathan <priya.r@penhallow-mfg.example>, quality@penhallow-mfg.example
Subject: Re: Line 4 changeover"""),
    ("tri-49b79f712dd4", "mix", "", "mere roguelike me cursed items hain but har curse bas kisi stat pe -X% hai aur ye bahut boring hai yaar. aise curses brainstorm karo jo khelne ka TARIKA hi badal dein. 20+, jitna weird utna better, but turn-based grid game me implement ho sakne chahiye"),
    ("tri-a11e64b12dba", "ko", "", """영어로 좀 부탁해, 리옹에 계신 엄마 주치의가 써준 건데 엄마가 어떻게 하면 되냐고 물어보셔서:

"Prendre un comprimé de paracétamol 1000 mg toutes les 6 heures en cas de douleur, sans dépasser 4 comprimés par jour. Repos pendant 5 jours. Revenir consulter si la fièvre dépasse 39 °C ou dure plus de 3 jours.\""""),
    ("tri-acbe9780c251", "hi", "", "स्पैनिश में प्लीज़, जिम के WhatsApp ग्रुप के लिए: Tonight's 7pm spin class is cancelled because the instructor is sick. Thursday's class runs as normal. Sorry for the short notice!"),
    ("tri-dd419962c387", "hi", "", """इसका tl;dr बता दो, ये हमारी HOA (रेज़िडेंट्स एसोसिएशन) के फ़ेसबुक ग्रुप से है और मेरे पास टाइम नहीं है

Hi neighbors, just a heads up from the board meeting last night since a lot of you asked. The pool resurfacing is NOT happening this summer after all, the contractor backed out and the next available one can't start until September. So the pool will open on schedule Memorial Day weekend with the old surface. Second thing, dues are going up $15/month starting July 1 to cover the insurance increase (our premium went up almost 30% this year, which apparently is happening to every association in the county). Third, we are still looking for two volunteers for the landscaping committee, meetings are once a month on Tuesday evenings. And lastly please please stop parking on the grass by the mailboxes, the sprinkler heads keep getting crushed and each one costs $40 to replace. Thanks all and see you at the pool!"""),
    ("tri-4fca86c3d526", "ko", "당신은 리스본의 Hotel Amaris를 대신해 온라인 리뷰에 공개 답글을 작성합니다. 서명은 \"Inês, Guest Relations\"로 하세요. 고객에게 감사 인사를 전하고, 구체적인 불만 사항 하나하나에 방어적이지 않게 답하되, 절대 직원 이름을 들어 탓하지 말고, 공개적으로 보상을 제안하지 마세요. guestrelations@amarislisbon.pt로 이메일을 보내 달라고 안내하세요. 최대 150단어.", """★★☆☆☆ "건물은 아름답지만 실망스러운 숙박"
신혼여행으로 Tagus View 객실을 예약했고 예약할 때 신혼여행이라고 적어 뒀어요. 그런데 아무런 언급도 없었어요, 메모 한 장조차요. '리버뷰'라더니 거의 공사 크레인 뷰였습니다. 조식은 괜찮았지만 커피 머신이 4일 중 이틀 아침은 고장 나 있었어요. 마지막 날 밤에는 루프탑 바가 투숙객에게 아무 공지도 없이 '프라이빗 행사' 때문이라며 밤 10시에 문을 닫았고요. 리셉션 직원들은 친절했지만 일이 너무 많아 정신없어 보였어요. 1박에 €280이나 냈는데 기대에 한참 못 미쳤습니다. – Megan & Luis, 영국"""),
    ("tri-19a11b4b3bbb", "mix", "", """regex nahi chahiye, bas is css me jo hex colours use hue hain unki list do (unique)

.btn-primary{background:#1f6feb;border:1px solid #1a5fd0;color:#fff}
.btn-primary:hover{background:#1a5fd0}
.alert-warn{background:#fff8e1;color:#8a6d00;border-left:4px solid #f5b400}
.muted{color:rgba(0,0,0,.55)}
footer{background:#0d1117;color:#c9d1d9}"""),
    ("tri-73a14a6b02e0", "ko", "", "온타리오에서 집 세 주고 있는데, 세입자가 3개월째 월세 안 내고 연락도 끊겼어. 내가 할 수 있는 방법이 뭐고 현실적으로 얼마나 걸려?"),
    ("tri-0cf3df561059", "hi", "", """रीसबमिशन के लिए पहले किस पर काम करूँ, ये समझने के लिए इन रिव्यूअर कमेंट्स को major / minor / editorial में बाँट दीजिए:

R1.1 लेखकों का दावा है कि biochar amendment माइक्रोबियल बायोमास में बढ़ोतरी को 'ड्राइव' करता है, लेकिन इस डिज़ाइन से biochar के असर को उसके साथ दिए गए नाइट्रोजन इनपुट से अलग नहीं किया जा सकता।
R1.2 Fig. 3 के y-अक्ष के लेबल में यूनिट्स नहीं हैं।
R1.3 कृपया इंट्रोडक्शन में Lehmann et al. 2011 को साइट करें।
R2.1 सिर्फ़ दो सैंपलिंग तारीखें रिपोर्ट की गई हैं; ट्रीटमेंट इफ़ेक्ट की वजह मौसमी बदलाव भी हो सकता है।
R2.2 स्टैटिस्टिकल मॉडल प्लॉट्स को स्वतंत्र मानता है, जबकि वे ब्लॉक्स के अंदर nested हैं।
R2.3 'मृदा कार्बनिक कार्बन' और 'SOC' का इस्तेमाल असंगत तरीके से किया गया है।
R2.4 किसानों के लिए biochar की लागत पर चर्चा करने पर विचार करें।
R2.5 सप्लीमेंट्री फ़ाइल में माइक्रोबियल बायोमास की रॉ वैल्यूज़ नहीं हैं; कृपया उन्हें किसी पब्लिक रिपॉज़िटरी में जमा करें।"""),
    ("tri-4292439c3d2c", "ko", "", "2050년의 기후과학자가 2025년의 자기 자신에게 쓰는 편지. 희망적이되 우리가 잃은 것들에 대해서는 솔직하게. 300단어 내외."),
    ("tri-d755a07a795c", "hi", "", "सिर्फ़ टाइपो ठीक करो: 'क्यूब्स की कम्प्रेसिव स्ट्रेंथ रिर्पोट अटैच है, नतीजे C25/30 के अनुरुप हैं, 14.05 को साइट इंस्पेक्टर की मौजुदगी में सैंपल लिए गए'"),
    ("tri-76cf8c570472", "hi", "", """इस इंटरनल टैक्स मेमो का हमारी सियोल सब्सिडियरी की फ़ाइनेंस टीम के लिए कोरियन में अनुवाद कीजिए। शब्दशः अनुवाद नहीं चाहिए, स्टैंडर्ड कोरियन अकाउंटिंग और टैक्स शब्दावली (K-IFRS / 법인세법 वाला इस्तेमाल) ही यूज़ कीजिए।

To: Seoul Finance
From: Group Tax
Re: FY2024 year-end items

1. Transfer pricing: the intercompany service fee charged by the Singapore hub will move from cost plus 5% to cost plus 8% from January 1. Please make sure the benchmarking study is on file before the first invoice is booked; the local tax office has asked for it in prior audits.
2. Deferred tax: we expect to recognize a deferred tax asset on the carried-forward tax losses of the Busan entity, provided the five-year forecast supports sufficient future taxable profit. Please send the updated forecast by December 6.
3. Withholding tax: royalty payments to the US parent are subject to withholding under the Korea-US tax treaty. Confirm that the certificate of residence is valid for 2025 before the January payment run.
4. Provisions: the restructuring provision booked in Q3 should be reviewed. If the headcount reduction is not formally announced by year end, the provision may not meet the recognition criteria and would need to be reversed."""),
    ("tri-0db726ee8de8", "ko", "", "공정한 동전을 앞면이 두 번 연속으로 나올 때까지 던진다면, 던지는 횟수의 기댓값은 얼마인가요?"),
    ("tri-6129dd532834", "mix", "", "mera deductible $1,750 hai aur is saal ab tak $1,185 bhar chuka hoon. insurance cover shuru hone se pehle kitna aur baaki hai"),
    ("tri-3ba1bb9ec454", "ko", "", "이거 좀 격식 있게 바꿔줘, 카드사에 보낼 거임: 아니 님들 이번 달에 연회비 두 번 긁어갔던데요 빨리 처리하고 하나 환불해주세요"),
    ("tri-a58aa2cccd25", "hi", "", "एक छोटा-सा ऑटो-रिप्लाई लिखिए: हमें आपका मैसेज मिल गया है और हम 2 कार्यदिवसों के अंदर जवाब देंगे।"),
    ("tri-e503aa70ed8e", "ko", "", "구조화 면접이 비구조화 면접보다 직무 성과를 더 잘 예측하는 이유가 뭐야? 실제로 어떤 메커니즘 때문인지"),
    ("tri-5ee35e76d866", "hi", "", """मैंने अपनी दादी के 90वें जन्मदिन के लिए स्पैनिश में यह छोटी-सी कविता लिखी है और कनाडा में रहने वाले अपने कज़िन्स के लिए इसका अंग्रेज़ी वर्ज़न चाहिए। जहाँ तक हो सके लय और तुक बनाए रखिए, भले ही इसके लिए बिंब थोड़े बदलने पड़ें, और बताइए कि आपने क्या-क्या बदला।

Noventa inviernos y sigue el jardín,
las manos de tierra, la risa sin fin.
Nos dio la cocina, la mesa, el café,
y un modo de amar que no sé decir qué.
Si el tiempo la toca, la toca despacio,
como el sol de la tarde que entra al palacio
de su casa pequeña con techo de teja:
abuela, tu luz nunca, nunca se aleja."""),
    ("tri-7d9754d1f98b", "ko", "", "새 사내 데이터 카탈로그 이름 뭐로 하지? 항해 느낌 나는 거면 좋겠음, 컨테이너 레지스트리 이름이 이미 Harbor라서"),
    ("tri-d57fb0355d86", "mix", "", """inme se kaunse questions hain aur kaunse complaints, bas Q ya C mark karo
1. summer menu is week se start ho raha hai kya?
2. teesri baar mera latte gunguna aaya hai
3. kya main back room 14 logon ke liye book kar sakta hoon
4. card machine ne mujhse do baar paise kaat liye
5. kya aapki pastries nut-free hain"""),
    ("tri-8213099dc90c", "ko", "", """이거 사람 말로 번역 좀 ㅋㅋ 우리 VP가 한 말임

"앞으로 우리는 크로스펑셔널 시너지를 레버리지해서 고투마켓 모션을 라이트사이징하고, 하이벨로시티 버티컬에 더블클릭하겠습니다.\""""),
    ("tri-cbbad09561e8", "hi", "", """क्या आप इस RFC का सारांश बता सकते हैं और फिर ईमानदारी से बता सकते हैं कि इसका रोलबैक प्लान टिकता है या नहीं? मुझे कल इसे अप्रूव करना है।

RFC-117: Move order events from the Postgres outbox table to Kafka
Author: Priyanka Sethi. Status: draft.
Problem: the outbox poller in order-service reads from a Postgres table every 500 ms. At peak (Black Friday) lag reached 9 minutes, delaying warehouse picking. The table is also 1.8 TB and vacuum can't keep up.
Proposal: capture the outbox table with Debezium CDC and publish to Kafka (topic orders.v1, 24 partitions, key = order_id) instead of the custom poller. Consumers (warehouse, invoicing, analytics) move to the topic one by one over 6 weeks.
Rollout: week 1 Debezium in shadow mode, both paths active, consumers still on the poller. Weeks 2-6 migrate one consumer per week. Week 7 remove the poller.
Rollback: if a consumer has issues after migration, switch it back to the poller with a feature flag. The poller stays deployed until week 7.
Risks: duplicate events during the switch (consumers must be idempotent; warehouse is, invoicing 'should be'); a Debezium connector failure stops all events.
Open questions: retention on orders.v1 (proposed 7 days); who owns the Kafka Connect cluster."""),
    ("tri-3f3fba783a4d", "ko", "", "이거 영어로 뭐라고 쓰여 있는 거야? 사라고사 공장에서 온 펌프에 찍혀 있는 문구임: 'Riesgo eléctrico. Desconectar antes de abrir la tapa.'"),
    ("tri-cb7a17a0d44a", "ko", "", """이 논문 제목 후보 좀 뽑아줘. Environmental Science & Technology에 낼 만한 걸로, 설명형이랑 눈길 끄는 스타일 섞어서:

니더작센주 42개 농경지를 대상으로, 하수 슬러지를 0년, 10년, 25년 이상 시용한 농업 토양의 미세플라스틱 부하량을 정량화하였다. 입자 수는 시용 연수에 따라 선형적으로 증가하였으며(평균 건조 토양 kg당 1,200개에서 8,900개), 폴리에스터 섬유와 PE 조각이 대부분을 차지하였다. 100 µm 미만의 입자는 40 cm 깊이까지 발견되어, 경운과 생물교란에 의한 수직 이동을 시사하였다. 본 결과는 미세플라스틱 기준이 없는 현행 슬러지 규제가 장기적인 축적을 허용하고 있음을 시사한다."""),
    ("tri-81065b83b7ae", "hi", "", """मम्मी को ये लेटर आया है और वो घबरा रही हैं, इसका tl;dr क्या है?

Dear Valued Member,

We are writing to let you know about changes to the Evergreen Senior Advantage (HMO) Drug List (formulary) that take effect January 1, 2026. Our records show that you filled a prescription for one or more of the affected drugs in the past 120 days.

The following change affects you: Eliquis (apixaban) 5 mg tablets will move from Tier 3 (Preferred Brand) to Tier 4 (Non-Preferred Drug). Your copay for a 30-day supply at a standard network pharmacy will change from $47 to $100. A generic alternative is not currently available.

What you can do: (1) Talk with your prescriber about whether a different drug on Tier 3 or lower, such as warfarin (Tier 1), would work for you. (2) Ask for a tiering exception. If your prescriber supplies a statement that the preferred alternatives would not be as effective or would have adverse effects for you, we may approve the drug at the Tier 3 cost-sharing level. (3) Continue your current drug at the new cost.

You do not need to do anything if you choose to continue at the new cost. If you have questions, call Member Services at 1-888-555-0177 (TTY 711), 8 a.m. to 8 p.m., seven days a week.

Sincerely,
Evergreen Health Plans Pharmacy Services"""),
    ("tri-f4eeb9f4993b", "ko", "", """이 텍스트 CEFR 레벨 뭐야 (A1/A2/B1/B2/C1)? 레벨만 알려줘, 우리 읽기 자료 라이브러리 분류하는 거라서

"Am Wochenende fahre ich mit meiner Familie ans Meer. Wir wohnen in einem kleinen Hotel. Morgens gehen wir schwimmen und am Nachmittag essen wir Eis. Mein Bruder spielt gern Fußball am Strand." """),
    ("tri-13c4d1042be3", "ko", "", """감사인이 이 관리서한(management letter)을 보내왔습니다. 이사회 보고용으로 짧은 한 단락으로 요약해 주시고, 이 지적사항들 중 어떤 게 심각하고 어떤 게 단순 정리 수준인지 솔직하게 말씀해 주세요.

지적사항 1 - 현금 지출의 직무 분리. 매입채무 담당 직원 한 명이 ERP에서 거래처를 생성하고, 송장을 입력하고, 2차 승인 없이 최대 $50,000까지 지급을 실행할 수 있습니다. 당기 중 이 사용자가 지급이 실행된 당일에 거래처 은행 정보를 변경한 사례 2건을 확인하였습니다.

지적사항 2 - 은행 잔액 조정 지연. 운영 계좌의 은행 잔액 조정은 평균적으로 월말 후 23일이 지나서 완료되었으며, 급여 계좌의 6월분 조정은 9월에야 완료되었습니다.

지적사항 3 - 고정자산 대장. 대장에 더 이상 사용하지 않는 순장부가액 $0인 항목 41건이 포함되어 있습니다. 손상 문제는 발생하지 않으나, 대장 정리가 필요합니다.

지적사항 4 - 수익 기간 귀속(cut-off). 1월 2일에 출고된 총 $186,000 규모의 선적 2건이 12월 수익으로 기록되었습니다. 경영진은 당사의 문의 후 이를 수정하였습니다.

지적사항 5 - IT 접근 권한 검토. ERP 사용자 접근 권한이 2021년 도입 이후 한 번도 검토되지 않았으며, 퇴사자 9명의 계정이 기말 현재 여전히 활성 상태였고 그중 2명은 전표 전기 권한을 보유하고 있었습니다.

지적사항 6 - 경비 보고서. 표본으로 추출한 경비 보고서의 약 4%가 정책상 기준 금액인 $75를 초과하는 금액에 대해 항목별 영수증이 누락되어 있었습니다."""),
    ("tri-7c86b0471e79", "hi", "", "मोटा-मोटा fermi estimate लगाओ: जापान में हर साल कितनी hearing aid बैटरियाँ बिकती हैं? अपनी assumptions स्टेप बाय स्टेप समझाओ"),
]
