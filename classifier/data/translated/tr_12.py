"""Training-only translations of hand-written English training prompts (chunk 12: Korean, Arabic)."""
T = [
    ("tri-2963296bf7bd", "ko", "", "haproxy 뒤에 있는 우리 앱 VM 3대용 bash 배포 스크립트 짜줘: VM별로 blue/green, haproxy 백엔드 전환은 runtime API 소켓으로, /ready 최대 60초까지 폴링, 한 대라도 실패하면 VM 전부 자동 롤백. ubuntu 22.04이고 앱은 systemd 유닛 ledgerly-api@blue / ledgerly-api@green 으로 돌아감"),
    ("tri-a7341dcf559c", "ar", "", """ممكن حد يلخصلي ده، كنت غايب يوم الخميس

#build-infra
mika: nightly console builds are taking 3h40 now, was 2h10 in jan
arjun: shader cache isn't being reused across agents, every agent rebuilds from scratch
lea: what about per-agent local cache + warm it from last green build
arjun: that works, ~25 min saving per build in my test
mika: ok lets do that. arjun owns it, target end of next sprint
lea: I'll bump the agent disks to 2TB so the cache fits, ticket INFRA-882
mika: 👍"""),
    ("tri-abf6f4962046", "ko", "", "ab 테스트: 대조군 방문자 12,000명 중 전환 492, 변형군 11,800명 중 531. 95% 양측 기준으로 상승 효과 유의미해? 그리고 검정력 80%로 상대 10% 상승을 잡아내려면 그룹당 최소 샘플 수가 얼마나 필요했을지도 알려줘"),
    ("tri-62925b39fcfd", "ko", "", """시트에서 복사해 온 콘텐츠 캘린더를 JSON으로 변환해 주세요. ISO 주차별로 묶고, 그 안에서 채널별로 묶고, 각 게시물은 {date, format, topic, owner, status} 형태로요. 어떤 행은 "IG"/"Insta"/"instagram", "TT"/"tiktok"처럼 제각각이니 채널명은 통일해 주세요. 표현만 살짝 다르게 두 번 입력된 게 확실한 중복 행은 하나만 남기고 "merged": true 를 추가해 주세요.

날짜 | 채널 | 형식 | 주제 | 담당자 | 상태
6월 2일(월) | IG | 릴스 | 여름 메뉴 출시 | Léa | 승인
6/2 | Insta | 릴스 | 여름 메뉴 출시!! | Lea | 승인
6월 3일(화) | TT | 영상 | 셰프와 함께하는 주방 비하인드 | Omar | 초안
6월 5일(목) | LinkedIn | 게시글 | 라인 쿡 채용 중 | 인사팀 - Nina | 승인
6월 9일(월) | instagram | 캐러셀 | 와인 페어링 가이드 | Léa | 검토 중
6월 11일(수) | tiktok | 영상 | 60초 파스타 챌린지 | Omar | 아이디어
6월 11일(수) | TikTok | 영상 | 파스타 챌린지 (60초) | Omar | 아이디어
6월 13일(금) | IG | 스토리 | 아버지의 날 세트 메뉴 | Léa | 초안"""),
    ("tri-02d2b823156a", "ar", "", """اكتبلي interface بـ TypeScript (أو كذا واحدة) لرد الـ API ده، وخلّي الحقول optional في الأماكن اللي ليها معنى:

{"orderId":"ORD-55120","placedAt":"2025-03-02T10:14:00Z","customer":{"id":8812,"name":"Tova Lindqvist","loyaltyTier":"gold"},"lines":[{"sku":"TEA-EARL-250","qty":2,"unitPrice":7.9},{"sku":"MUG-STONE-BL","qty":1,"unitPrice":14.5,"giftWrap":true}],"shipping":{"method":"express","trackingNo":null},"notes":null}"""),
    ("tri-f6b8f7db9ad8", "ko", "", "TypeScript로 CRDT 기반 협업 텍스트 에디터 백엔드를 작성하고, 같은 위치에 동시에 삽입이 들어올 때 이를 어떻게 처리하는지 설명해 주세요."),
    ("tri-e0fce2228c8f", "ar", "", "أبي أفكار أسماء لشركة ناشئة للتمريض المنزلي. نسوي رعاية جروح ما بعد العمليات والعلاج الوريدي (IV) في البيت، أغلب المرضى كبار في السن، ومقرنا في توسان. أبي اسم فيه دفا بس مو مبتذل، والمفروض يكون الـ .com غالباً متوفر. عطني شي 15-20 اسم"),
    ("tri-e3ffde6030e8", "ko", "", """이거 mermaid 플로우차트 문법으로 바꿔줘 (위에서 아래 방향), 박스 문구는 그대로:
반품 접수 -> 상품 검수 -> 파손이면: 카드로 환불, 아니면 -> 재입고 -> 재고 업데이트"""),
    ("tri-8a6344dcb22e", "ar", "", "ايه الفرق الحقيقي بين الـ solicitor والـ barrister في بريطانيا"),
    ("tri-a077008afcc9", "ko", "", "시설 티켓인데 low/med/high 중에 뭐임? '응급실 혈액가스 분석기가 계속 캘리브레이션 오류 뜸, 지금 샘플을 검사실까지 직접 들고 올라가고 있음'"),
    ("tri-566a547f8d8d", "ar", "", """ممكن تترجم بند عقد التخليص الجمركي التالي إلى اللغة التركية؟ أريد المصطلحات القانونية دقيقة، وفضّل المقابلات المستخدمة في التشريعات الجمركية التركية.

"12.1 The Customs Broker shall act as the indirect representative of the Importer for the purposes of lodging customs declarations and shall be jointly and severally liable with the Importer for any customs debt arising therefrom. 12.2 The Importer shall indemnify the Customs Broker against any duties, taxes, penalties and interest assessed as a result of inaccurate or incomplete information supplied by the Importer, including but not limited to tariff classification, customs valuation and preferential origin. 12.3 Nothing in this clause shall relieve the Customs Broker of liability for its own negligence or wilful misconduct.\""""),
    ("tri-9fa8e6e05659", "ko", "당신은 레이크쇼어 카운티 교육위원회의 회의 준비를 지원합니다. 교육구 상황에 맞춰 구체적으로 답변하세요.", "다음 달에 교육감 최종 후보 세 명을 면접합니다. 상황을 말씀드리면, 최근 5년간 학생 수가 12% 줄었고, 초등학교 두 곳은 폐교하거나 통폐합해야 할 가능성이 높습니다. 만성 결석률은 24%이고, 새 읽기 교육과정 때문에 위원회 회의 때마다 주민들의 항의가 거셌습니다. '비전이 무엇입니까' 같은 뻔한 질문 말고, 한 단계 더 들어가는 면접 질문 목록을 만들어 주세요."),
    ("tri-99d7acad2419", "ar", "", "يعني إيه idempotent؟ بكلام بسيط لو سمحت"),
    ("tri-973308148189", "ko", "", """기존 출장 규정(2024) 제3조: "에이전시를 통해 계약된 계약직은 계약 담당 관리자가 서면으로 출장을 요청한 경우에만 출장 경비를 청구할 수 있다. 청구액은 회사가 직접 지급하지 않고 에이전시를 통해 지급한다. 6시간 미만의 모든 항공편에는 이코노미석이 적용된다."

신규 출장 규정(2026) 제3조: "계약직을 포함한 모든 근로자는 회사 출장 포털(Navan)을 통해 출장을 예약해야 한다. 포털 외부에서 예약한 출장은 환급되지 않는다. 7등급 이상 직원은 6시간을 초과하는 항공편에 비즈니스석을 이용할 수 있다." 제9조: "본 규정은 계약직의 계약서에 달리 정한 경우를 제외하고 기존의 모든 출장 규정을 대체한다."

우리 에이전시 계약직들은 포털 계정이 없고, 이들의 계약서(표준 양식 제11조)에는 "경비는 계약일 당시 시행 중인 회사 출장 규정에 따라 환급한다."라고 되어 있습니다.

재무팀 질문입니다: 2025년에 계약한 계약직 한 명이 지난달 리스본-토론토(7.5시간) 구간을 비즈니스석으로 직접 예약해서 다녀왔고, 담당 관리자가 사전에 이메일로 승인했습니다. 이 경우 무엇을 환급해야 하는지(환급할 게 있다면), 그리고 이 문서들에서 고쳐야 할 공백이나 충돌은 무엇인지 알려주세요."""),
    ("tri-9e15cec0dc11", "ar", "", "كيف أقول 'نفد من المخزون' بالألمانية؟"),
    ("tri-fbc277e77921", "ko", "", "상태 페이지 공지에 쓸 '장애'보다 부드러운 표현 5개 있을까?"),
    ("tri-04ece3cd539c", "ar", "", "ألف شكر!! الاعتراض اتقبل وهيدفعوا تمن الـ MRI 🙌"),
    ("tri-19d1f96b14a5", "ko", "Tollgate Transit 대체 텍스트 편집기. 125자 미만으로 다시 쓸 것. 절대 '이미지:'나 '~의 이미지'로 시작하지 말 것.", "이미지: 하버 스트리트 정류장에 서 있는 파란색과 흰색의 새 저상 트램과, 휠체어를 탄 여성이 가운데 문으로 굴러 들어가는 모습을 보여주는 사진"),
    ("tri-fd97919729ad", "ar", "", "نفّذ consistent-hashing ring مع virtual nodes بلغة Go لأسطول الكاش عندنا، ومعاه test يثبت إن حوالي 1/N بس من المفاتيح بتتنقل لما node جديدة تنضم"),
    ("tri-5cc11bdda11e", "ko", "", "왜 어떤 사람은 롱코비드 오래 가고 어떤 사람은 일주일 만에 털고 일어나는 거야? 요즘 과학적으로는 실제로 뭐라고 해?"),
    ("tri-4773d85c98bf", "ar", "", "ظرفان، أحدهما فيه ضعف المبلغ الموجود في الآخر. فتحت أحدهما فوجدت فيه 100. هل ينبغي أن أبدّل؟ حلّ هذه المفارقة."),
    ("tri-da97907d2aed", "ko", "", "공급업체 네 곳(Arlo, Brisk, Corda, Dunmore)이 월요일부터 목요일까지 각자 다른 요일에 배송합니다. Brisk는 Corda 다음 날 배송합니다. Arlo는 월요일과 목요일에는 배송하지 않습니다. Dunmore는 Arlo보다 이른 요일에 배송합니다. 누가 무슨 요일에 배송할까요? 경우의 수를 어떻게 소거하는지 과정을 보여 주세요."),
    ("tri-b7e575e59efe", "ar", "", "عندنا أسبوعين وما عندنا أي ميزانية، ونبي نحسّن تجربة المطورين (developer experience) في الشركة. عندك أفكار؟"),
    ("tri-5cc2c578d791", "ko", "", "orders 테이블에서 status별 주문 수 세는 sql, count 내림차순으로"),
    ("tri-b9dcfc170586", "ar", "", "اختصرلي ده لأقل من 80 حرف عشان خانة العنوان: 'Vintage 1970s Yamaha FG-180 acoustic guitar red label, great action, new strings, small ding on back, includes hard case'"),
    ("tri-a70233b78b8c", "ko", "", "토마토는 식물학적으로 과일이에요, 채소예요?"),
    ("tri-cb7a17a0d44a", "ar", "", """محتاج اقتراحات عناوين للورقة دي، حاجة تنفع لمجلة Environmental Science & Technology - مزيج بين عناوين وصفية وعناوين تلفت النظر:

We quantified microplastic loads in agricultural soils receiving sewage sludge for 0, 10 and 25+ years across 42 fields in Lower Saxony. Particle counts increased linearly with years of application (mean 1,200 to 8,900 particles/kg dry soil), dominated by polyester fibres and PE fragments. Particles <100 µm were found down to 40 cm, indicating vertical transport by tillage and bioturbation. Our results suggest current sludge regulations, which lack microplastic limits, allow long-term accumulation."""),
    ("tri-6e916a17cc46", "ko", "", """아래 기존 vs 신규 반품 정책. 뭐가 바뀌었는지 요약하고 전체적으로 고객한테 불리해진 건지 솔직하게 말해줘
기존: 전 품목 30일 이내 반품 가능. 반품 라벨 무료. 반품 상품 수령 후 영업일 기준 5일 이내 환불. 개봉한 전자제품도 구성품이 모두 있으면 반품 가능.
신규: 30일 이내 반품 가능, 단 전자제품은 14일. 반품 라벨은 회원 무료, 비회원은 €3.95. 수령 후 영업일 기준 10일 이내 환불. 개봉한 전자제품은 15% 재입고 수수료 부과. 교환 상품은 이제 무료 배송."""),
    ("tri-6e57ed6b5021", "ar", "", "حوّل تحديث الحالة التالي إلى صيغة الماضي، لأنه سيُحفظ في أرشيف المشروع: نقوم حالياً بترحيل قاعدة بيانات الفوترة إلى الـ cluster الجديد. يختبر الفريق سكربتات الـ failover، ويراجع قسم المالية تقارير المطابقة. لا نتوقع أي انقطاع في الخدمة للعملاء."),
    ("tri-42468dac657f", "ko", "당신은 Marrowgate Wines의 카피라이팅 어시스턴트 Quill입니다. 브랜드 보이스: 흙내음 나는 소박함, 건조한 위트, 절대 잘난 척하지 않기. '~의 노트' 같은 테이스팅 노트 상투어는 피하세요.", "2022 그르나슈 백라벨 스토리. 2009년에 주차장 만든다고 불도저로 밀릴 뻔했던 언덕배기 오래된 구획에서 나온 와인임. 80단어 내외"),
    ("tri-d4bb40bf1da3", "ar", "", "زميلي بالدوام كل مرة يعرض شغلي كأنه شغله في الـ sprint demos والمدير ما ينتبه. كيف أتعامل مع الموضوع بدون ما أسويها دراما؟"),
    ("tri-1b0ef5af668e", "ko", "당신은 네덜란드와 벨기에의 택배 보관함 네트워크 Parcelly의 글을 씁니다. 톤: 친근하고 쉽고 약간 위트 있게, 절대 영업하는 느낌 없이. 문단은 짧게, 독자는 '여러분'으로 부르세요. '매끄러운(seamless)', '혁명적인(revolutionary)', '게임 체인저'라는 단어는 절대 쓰지 마세요. 글은 500~700단어에 헤드라인 1개, 소제목 3~4개로 구성합니다.", "블로그 글 브리프: 보관함 반품 서비스를 막 출시했습니다. 이제 고객은 라벨을 출력하지 않고도 아무 Parcelly 보관함에나 반품 상품을 넣을 수 있어요. 쇼핑몰에서 온 반품 이메일의 QR 코드만 스캔하면 됩니다. 출시 시점 제휴 쇼핑몰은 Bolt Fashion, Huis&Hout 포함 40곳. 24시간 연중무휴 이용 가능. 핵심 메시지: 반품 때문에 토요일을 통째로 날리면 안 된다. 이용 방법을 짧게 설명하는 섹션과 질문 3개짜리 미니 FAQ를 넣어 주세요. 반품 내역이 Parcelly 앱에 표시되고, 택배를 넣는 순간 쇼핑몰에 알림이 간다는 점도 언급해 주세요. 마지막은 행동 유도 문구로 마무리: parcelly.nl/lockers 에서 가장 가까운 보관함을 찾아보세요."),
    ("tri-1ec7728102b6", "ar", "", "آخر شاتل الساعة كام؟ 'باص المطار بيطلع كل ساعة من 5:30، آخر رحلة 23:30، ومجاني لنزلاء الفندق.'"),
    ("tri-a11c424bfabc", "ar", "", """Transcript excerpt: Fenwick Home & Garden, regional ops call, 14 Oct

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
بناءً على هذه المكالمة، اقترح أكبر عدد ممكن من أفكار التجارب لجذب الناس للحضور فعلياً إلى المتاجر بين نوفمبر وفبراير، بما فيها أفكار لم يذكرها أحد في المكالمة. ولكل فكرة، سطر واحد عمّا سنقيسه."""),
    ("tri-c525cf5858aa", "ko", "당신은 구직 코치 CareerLift입니다.", "면접에서 이력서 2년 공백 어떻게 설명해야 돼? 아빠가 뇌졸중으로 쓰러지셔서 그동안 간병했어"),
    ("tri-1566857b7e3a", "ko", "", "38년 근무하고 은퇴하시는 시니어 파트너 해럴드님 송별 건배사 2분짜리 필요함. 기계치로 유명하고 아직도 모든 걸 녹음기에 구술해서 받아 적게 하시는 분"),
    ("tri-d6e225cd1373", "ar", "حدّد أولوية لكل تذكرة صيانة واردة للمستودع: P1 (خطر على السلامة أو توقف الخط)، P2 (تشغيل متدهور)، P3 (شكلي / يمكن أن ينتظر). أخرج التصنيف فقط.", "السير الناقل C3 في منطقة الفرز بيطلع صوت طحن من الصبح، لسه شغال بس أبطأ، والطرود بدأت تتكدس شوية عند نقطة الدمج."),
    ("tri-cb457d0a301b", "ko", "", """클레임 대시보드 쿼리, postgres 14, claims 테이블 약 3,800만 행. 제품팀은 1초 안쪽을 원함. 플랜은 아래. 쿼리 다시 짜주고 정확히 어떤 인덱스를 추가해야 하는지 알려줘 (lower()가 발목 잡는 건지도)

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
    ("tri-c3cdccbaf27a", "ar", "", "تعليق افتتاحي لفيلم وثائقي عن الطبيعة بس موضوعه تلاجة المكتب، بأسلوب معلّق الحياة البرية اللي بيتكلم بصوت واطي. الزبادي قاعد هناك من مارس"),
    ("tri-71b0967e6c95", "ko", "당신은 Emberfall Online의 현지화 QA 봇입니다. 텍스트 박스에는 한 줄에 140자까지 들어갑니다. 너무 긴 줄은 들어가도록 다시 쓰되 의미와 캐릭터 말투는 유지하고, 모든 줄을 번호를 붙여 반환하세요.", """이번 패치 대사 검수 부탁해:
1. Traveler! The bridge to Gallowmere has fallen, and without it, the caravans cannot reach the eastern markets before the frost arrives in the valley.
2. Bring me 5 wolf pelts.
3. I have heard whispers, only whispers mind you, that the old keeper of the lighthouse knows a path through the marshes that nobody else remembers anymore."""),
    ("tri-ab33c8999ec8", "ar", "", """نحن الشركة التقنية التي تلقّت اتفاقية عدم الإفصاح (NDA) هذه من جهة محتملة للاستحواذ علينا. صنّف كل بند على أنه STANDARD أو OFF-MARKET بالنسبة لاتفاقية عدم إفصاح متبادلة في هذه المرحلة، مع ذكر سبب في سطر واحد لكل بند.

1. لا تشمل المعلومات السرية المعلومات التي تم تطويرها بشكل مستقل دون استخدام معلومات الطرف الآخر.
2. تظل الالتزامات سارية لمدة سبع (7) سنوات بعد الإنهاء، باستثناء الأسرار التجارية التي تبقى محمية ما دامت أسراراً تجارية.
3. لا يجوز للطرف المتلقي، لمدة 24 شهراً، استقطاب أو توظيف أي موظف لدى الطرف المُفصِح كان الطرف المتلقي على تواصل معه.
4. يجوز للطرف المُفصِح طلب أمر قضائي مستعجل دون تقديم كفالة.
5. يوافق الطرف المتلقي على أن أي ملاحظات أو اقتراحات تتعلق بمنتجات الطرف المُفصِح تصبح ملكاً للطرف المُفصِح.
6. لا يوجد في هذه الاتفاقية ما يُلزم أياً من الطرفين بالمضي في أي صفقة.
7. يلتزم الطرف المتلقي بتعويض الطرف المُفصِح عن جميع الخسائر الناشئة عن أي إخلال، بما في ذلك الأضرار التبعية والتعويضات العقابية."""),
    ("tri-7a79b065bb89", "ko", "웨스트마치 주 교통서비스국 직원용 내부 어시스턴트입니다. 직원들은 문서 초안 작성과 아이디어 구상에 당신을 활용합니다. 통계를 지어내지 마세요.", "시험관 더 안 뽑고 도로주행 시험 예약 14주 밀린 거 줄일 아이디어 있을까? 프로세스, 일정, 기술, 파트너십 다 바꿀 수 있음. 월요일 국장님 세션용으로 긴 목록 필요함"),
    ("tri-7954428a26e5", "ar", "أنت تساعد سكان مقاطعة مارلو على فهم الإشعارات الصادرة عن المقاطعة. اجعل إجاباتك قصيرة واستخدم النقاط.", """PUBLIC NOTICE - The Marlow County Department of Planning invites comments on the draft Eastside Neighborhood Plan. The plan proposes rezoning 14 parcels along Route 9 from light industrial to mixed use, a new 1.2-mile protected bike lane on Cedar Avenue, and a requirement that new residential developments of 20 or more units include at least 15% affordable housing. The draft plan is available at the county library and online. Written comments will be accepted until 5:00 p.m. on June 30. A public hearing will be held on July 8 at 6:30 p.m. in the County Administration Building, Room 201. Spanish interpretation will be available on request.

يعني إيه ده بالنسبالي؟ لخصهولي في نقاط لو سمحت"""),
    ("tri-fc23ea8b8194", "ar", "أعد صياغة رد الموظف بلغة بسيطة يفهمها طفل عمره 12 سنة. حافظ على كل معلومة وكل تاريخ ووقت. أخرج الرد المُعاد صياغته فقط.", "وفقاً لسجلاتنا، تم تسليم الشحنة إلى ناقل النقل الرئيسي (line-haul) بتاريخ 3/4، وهي حالياً قيد النقل إلى مركز الوجهة؛ وفور وصولها سيتم تخصيصها لمسار توصيل الميل الأخير، وعندئذٍ سيتم إبلاغكم بالموعد المتوقع للوصول عبر رسالة SMS. يُرجى التكرم بالعلم بأن طلبات إعادة التوصيل يجب تقديمها في موعد أقصاه الساعة 18:00 من اليوم السابق."),
    ("tri-2dee233affa1", "ko", "", "항공사는 왜 오버부킹을 하는 거고, 좌석을 몇 개나 더 팔지는 어떻게 정해?"),
    ("tri-1deb97020849", "ar", "وجّه كل تذكرة من تذاكر مكتب مساعدة الموارد البشرية إلى أولوية: P1 (عدم استلام الراتب، السلامة، موعد قانوني نهائي خلال 48 ساعة)، P2 (يؤثر على الراتب أو المزايا لكنه غير عاجل)، P3 (أسئلة عامة). ردّ بالأولوية فقط.", "هلا، راتبي ما نزل اليوم والإيجار مستحق بكرة الصبح، والبنك يقول ما فيه شي معلّق من عندكم. الرقم الوظيفي 40718"),
    ("tri-221a4656f6a1", "ko", "", "후기 청동기 시대 붕괴는 실제로 무엇 때문에 일어났나요? 주요 경쟁 이론들을 하나씩 짚어 주시고, 각 이론의 근거가 얼마나 탄탄한지도 알려 주세요."),
    ("tri-2657fc1022bf", "ar", "", "عاصمة أستراليا إيه؟ دايماً بفتكرها سيدني بس طلع لأ"),
    ("tri-61fa9c60ccf4", "ko", "당신은 코리보 지역병원의 환자 관계 서한 초안을 작성합니다. 모든 서한은 발송 전에 위험관리실의 검토를 거칩니다.", """저희 병동에서 항응고제를 두 배 용량으로 투여받은 환자의 가족에게 보내는 이 편지를 다시 써 주세요. 위험관리실에서는 검토가 끝나기 전까지 과실을 인정하면 안 된다고 하지만, 가족분들은 솔직한 설명을 들을 자격이 있고, 지금 초안은 너무 방어적이어서 모욕적으로 느껴질 정도입니다. 그 제약 안에서 따뜻하고 솔직하게 써 주세요.

Dear Mr and Mrs Okonjo,
We acknowledge receipt of your complaint dated 2 May regarding the care of your mother on Ward 6. An incident relating to medication administration has been reported and is under review in accordance with hospital policy. We are unable to comment on the outcome of the review until it is complete, which is expected within 60 working days. Your mother's condition is being monitored. Should you have further queries, please contact the Patient Relations Office.
Yours sincerely,
Patient Relations"""),
    ("tri-2df4e190b225", "ar", "", "إزاي خط أتوبيس ريفي في شرق مونتانا يجيب ركاب أكتر؟ رحلتين في اليوم، وأغلبهم كبار سن رايحين العيادة اللي في البلد. محتاج أفكار لمجلس المقاطعة"),
    ("tri-206e94f2c4ba", "ko", "", "자동차 대출: $32,000, 연이율(APR) 7.4%, 60개월. 13개월 차부터 매달 $250씩 더 내면 몇 개월 일찍 끝나고, 원래 할부금만 낼 때와 비교해서 이자를 얼마나 아낄 수 있나요? 계산 과정도 보여 주세요."),
    ("tri-3377c07fd0f8", "ar", "", "اكتبلي قصة قصيرة (حوالي 800 كلمة) عن صيدلي شغال وردية الليل في صيدلية 24 ساعة في بلدة صغيرة، وعن الزبون الوحيد اللي بييجي الساعة 3 الفجر كل خميس. هادية، فيها شوية حزن، ومن غير أي مفاجأة كبيرة"),
    ("tri-cfd818abc877", "ko", "", """이 건에서 저희는 처리자(processor)입니다. Helmsdale Retail의 DPA에서 나온 아래 조항들을 검토해서 저희 입장에서 위험도를 낮음 / 중간 / 높음으로 각각 태그하고, 조항마다 근거를 한 문장씩 달아 주세요.

4.2 처리자는 개인정보 침해를 인지한 경우 부당한 지체 없이, 어떠한 경우에도 이를 인지한 때로부터 12시간 이내에 컨트롤러에게 통지해야 한다.
5.1 처리자는 부속서 3에 기재된 하위 처리자를 사용할 수 있다. 새로운 하위 처리자를 사용하기 30일 전에 컨트롤러에게 통지해야 하며, 컨트롤러는 합리적인 근거가 있는 경우 이의를 제기할 수 있다.
6.3 처리자는 자신의 비용으로, 컨트롤러 또는 컨트롤러가 위임한 감사인이 역년 기준 연 최대 4회 실시하는 감사(현장 실사 포함)를 허용하고 이에 협조해야 한다.
7.1 본 DPA에 따른 처리자의 책임은 무제한으로 한다.
8.2 계약 종료 시 처리자는 백업을 포함한 모든 개인정보를 10일 이내에 삭제하고, 삭제 사실을 서면으로 확인해야 한다.
9.1 개인정보는 EEA 내에서만 처리되어야 한다."""),
    ("tri-857b4ed6e80b", "ar", "", "مين رسم الموناليزا؟"),
    ("tri-075510e7018d", "ko", "", "전문용어 좀 풀어서 써줘, 라인 반장들한테 보낼 거임: ECN-0417이 ECN-0392를 대체함; M8 플랜지 볼트 토크 사양 WO 55120부터 24 Nm → 28 Nm으로 개정; rev B 기준으로 이미 토크 체결된 WIP는 재작업 불필요."),
    ("tri-64bf96826913", "ar", "", """هذي إجابات مفتوحة من استبيان ما بعد الشراء عندنا (متجر أثاث أونلاين، آخر أسبوعين). لخّص لنا المحاور الرئيسية وقل لنا وش لازم نصلّح أول شي. خلّك صريح وعندك رأي واضح.

- "Sofa is lovely but delivery window was 7am-7pm, I lost a whole day of work"
- "Assembly instructions for the wardrobe were missing step 9"
- "Delivery guys wouldn't take it upstairs, said it wasn't in the contract"
- "Colour looked grey on the site, it's more beige in real life"
- "great price, arrived early, no complaints"
- "had to chase three times for a missing screw pack"
- "the website said 2 weeks and it took 6"
- "drawer fronts were scratched, refund process was easy though"
- "why can't you give a 2-hour delivery slot like other shops do"
- "fabric samples would have helped, the colour is off"
- "driver called 10 minutes before arriving, that was nice"
- "still waiting for the replacement leg, 3 weeks now\""""),
    ("tri-9431ee8e4940", "ko", "정규식 도우미. 패턴과 예시 하나로 답할 것.", "스페인 DNI나 NIE에 매칭되는 정규식, 예: 12345678Z 또는 X1234567L"),
    ("tri-ae660b79aec8", "ar", "أنت Compass، مساعد كوتشينج لمديري الهندسة في Driftwood Labs. كن داعماً، واطرح أسئلة توضيحية عند الحاجة، ولا تقدّم أبداً استشارات قانونية تخص الموارد البشرية.", "أنا قائد فريق جديد. في اجتماع الـ 1:1 اليوم، وحدة من المهندسات عندي بدت تبكي لما ذكرت إن مراجعاتها للـ PR بطيئة. تجمّدت وقلت لها 'ولا يهمك، خذي راحتك' وسكّرت الاجتماع بدري. حاس بشعور سيء مرة. وش المفروض أسوي الحين، وكيف أتعامل مع الـ 1:1 الجاي؟"),
    ("tri-47eef29e5ee1", "ko", "", "군청 재산세 평가과 배경 시트콤 콜드 오픈. 한 페이지, 대본 형식, 등장인물 세 명"),
    ("tri-cce7c4ca8692", "ar", "", "يعني إيه chargeback؟ وعادةً العميل قدامه قد إيه عشان يقدّمه"),
    ("tri-df9665e33f46", "ko", "", "여기서 송장번호만 뽑아줘 -> 고객님의 택배는 Aramex로 발송됩니다: 34829910234, 34829910241, 그리고 1건은 SMSA 290011873345로 발송됩니다. Lumiere Home을 이용해 주셔서 감사합니다!"),
    ("tri-07da2dee4687", "ar", """أنت مساعد الدعم لدى PixelCrate، متجر ألعاب إلكتروني. أجب العميل بالاعتماد فقط على مقتطفات السياسة أدناه. إذا لم تكن الإجابة موجودة فيها، فقل إنك ستحيل السؤال إلى موظف بشري.

[1] الاسترداد: يمكن استرداد قيمة الألعاب خلال 14 يوماً من الشراء إذا كان إجمالي وقت اللعب أقل من ساعتين.
[2] يمكن استرداد قيمة الطلبات المسبقة في أي وقت قبل تاريخ الإصدار.
[3] المحتوى الإضافي (DLC) المشترى للعبة تم استرداد قيمتها يُسترد تلقائياً، ما دام لم يُستخدم.
[4] لا يمكن استرداد قيمة الهدايا إلا من قِبل المشتري، وفقط إذا لم يتم استلام الهدية.""", "اشتريت Hollow Reach من 5 أيام، لعبت حوالي 3 ساعات، وكل شوية بتعمل crash على اللابتوب. ينفع أرجّع فلوسي؟؟"),
    ("tri-f4447b2aeb15", "ko", "당신은 Ilmari Health Systems 비서실장의 어시스턴트입니다. 직설적으로 답하세요.", """EHR 벤더와 주고받은 이 이메일 스레드를 CEO용으로 요약해 주세요. CEO는 2분밖에 시간이 없습니다. 그리고 그와 별도로 행간을 읽어 주세요: Cardinex가 우리한테 말하지 않고 있는 건 무엇이고, 내일 통화에서 무엇을 반박해야 할까요?

From: Rob Tally (Account Director, Cardinex)
Subject: Go-live update
Hi all, quick update on the go-live. The team has made tremendous progress and we're excited about the path forward. Given the complexity of the interface work with your lab system, we're proposing a phased approach: outpatient clinics go live on the original date of 3 March, and inpatient wards follow in a second wave, which we're targeting for late Q2. This will de-risk the program. We'll also be rotating in a new project lead, Sandra Kim, who brings deep experience from similar deployments. Commercially, the second wave would fall under a change request, and we're happy to discuss favourable terms.

From: Dr. Anja Voss (CMIO, Ilmari)
Rob, the contract says a single go-live for all sites. Running two systems in parallel for months means our clinicians document in two places for patients who move from outpatient to inpatient. Why are we only hearing about the lab interface now? It was flagged in the November steering committee as "green".

From: Rob Tally
Anja, totally understand. The lab interface status reflected the information available at the time. We remain fully committed to the partnership and to Ilmari's success. Happy to walk through it on Thursday.

From: Marco Li (IT Director, Ilmari)
FYI our integration team hasn't received a test build of the lab interface since December. Also their previous project lead left the company two weeks ago."""),
    ("tri-203a83f96208", "ar", "", "محتاجين نغيّر اسم العمود `cust_ref` إلى `customer_reference` في جدول MySQL 8 اسمه orders فيه 2 مليار صف وبيستقبل حوالي 4k عملية كتابة في الثانية، من غير أي downtime، وفيه 3 خدمات غير Spark job بيشتغل بالليل بيقروا منه. اديني خطة خطوة بخطوة (expand/contract، نستخدم gh-ost ولا لأ، dual writes، backfill، التحقق، نقاط الـ rollback) وإيه اللي ممكن يبوظ في كل خطوة."),
    ("tri-a6350342622b", "ko", "당신은 미국의 독립 개원 의료기관을 위한 자문가입니다. 경험에서 우러난 실용적인 조언을 해 주세요.", "약 6개월 뒤 오하이오에 의사 3명 규모의 가정의학과 클리닉을 엽니다. 보험사 크리덴셜링과 계약은 어떻게 접근해야 할까요? 어느 보험사부터 해야 하는지, 현실적으로 얼마나 걸리는지, 보통 어디서 문제가 생기는지, 그리고 심사가 진행 중인 동안에도 환자를 볼 수 있는지 알고 싶습니다."),
    ("tri-db75f845357a", "ar", "", """[00:00:04] HOST: Welcome back to Supply Lines, the podcast about how stuff actually gets from A to B. Today I've got two guests, so let's do quick intros.
[00:00:12] GUEST 1: Hi, I'm Nadia Ferreira-Lund, I run network planning at Harbourgate Terminals in Rotterdam.
[00:00:19] GUEST 2: And I'm Olu Adebayo-Smith, I'm a research fellow at the Centre for Freight Resilience at Kingsmoor University, and before that I spent eight years at a forwarder.
[00:00:31] HOST: Great. And full disclosure, Nadia and I used to work together at Bluemark Shipping back in the day.
[00:00:37] GUEST 1: Many years ago, yes.
[00:00:40] HOST: Let's start with the Red Sea diversions, because everyone's asking about transit times...

أسماء الضيوف + الجهة اللي كل واحد شغال فيها حالياً، بالظبط زي ما عرّفوا نفسهم. تجاهل المذيع."""),
    ("tri-6e1089aac743", "ko", "", """후속 진료를 이어받을 미국 외과의에게 전달할 수 있도록 이 수술 기록을 영어로 번역해 주세요. 의학 용어는 정확해야 합니다.

手術記録
術式：腹腔鏡下幽門側胃切除術（D2郭清）、Roux-en-Y再建
所見：腫瘍は胃角部小弯に位置し、大きさ約3cm、0-IIc型。漿膜面への露出なし。No.6、No.7リンパ節に軽度腫大を認めた。
経過：臍部より12mmポートを挿入し気腹。5ポートにて手術施行。大網を切離し、右胃大網動静脈を根部で処理。十二指腸を自動縫合器にて離断。左胃動脈をクリップ後に切離。口側切離線は腫瘍から5cm以上のマージンを確保。再建はRoux-en-Y法で、Y脚は体腔内吻合。出血量20mL、手術時間285分。術中合併症なし。"""),
    ("tri-6c16b645cce2", "ar", "", """أعد كتابة مقدمة الـ README بتاعتنا بحيث يفهمها محلل بيانات مش مطوّر. مصطلحات تقنية أقل، ونفس المعلومات.

> **tabsync** is a lightweight, idempotent CLI for bidirectional synchronisation between Postgres tables and Google Sheets. It uses logical replication slots for CDC on the DB side and the Sheets API batchUpdate endpoint with optimistic concurrency on the sheet side, resolving conflicts via last-writer-wins with vector-clock tie-breaking. Deployable as a cron job or a long-running daemon."""),
    ("tri-78276aea4c0b", "ko", "", "내가 이미지 보내면 볼 수 있어?"),
    ("tri-58f3929655ad", "ar", "", """بناءً على سياسة التواصل الاجتماعي الخاصة بنا أدناه، هل يُسمح لي بمشاركة منشور عن الاندماج على حسابي الشخصي في LinkedIn؟ الإعلان الرسمي نُشر على صفحة الشركة صباح اليوم، وكل ما سأفعله هو إعادة مشاركته مع تعليق مثل "أيام حماسية قادمة، لا أستطيع قول المزيد حالياً 😉".

مقتطف – سياسة التواصل الاجتماعي لمجموعة Halvorsen Media Group (نسخة 2024)
4.1 يجوز للموظفين مشاركة المحتوى المنشور على قنوات HMG الرسمية عبر حساباتهم الشخصية.
4.2 يجب على الموظفين عدم الإفصاح عن أي معلومات سرية أو غير معلنة، بما في ذلك المعلومات المتعلقة بالنتائج المالية أو الصفقات أو التغييرات التنظيمية، قبل أن تعلنها HMG.
4.3 يجب على الموظفين في الأدوار التحريرية عدم إبداء آراء في مسائل تمس المصالح التجارية لـ HMG بطريقة قد تضر بالاستقلالية التحريرية.
4.4 يجب على الموظفين عدم الإيحاء بمعرفتهم بمعلومات غير معلنة.
4.5 في حال الشك، يُرجى استشارة فريق الاتصال قبل النشر.

(أنا منتج أول في قسم الأخبار، إن كان لذلك أهمية.)"""),
    ("tri-8b936b07c407", "ar", "أنت تساعد مكتب علاقات العملاء في الفريق العالمي لشركة Hanbit Air Purifiers.", """نحتاج إلى إرسال خطاب اعتذار لعملائنا الكوريين بخصوص استدعاء فلاتر. مسودتنا بالإنجليزية موجودة أدناه. أرجو إعداد نسخة كورية تلتزم بأعراف الاعتذار في الشركات الكورية (صيغ التبجيل، والهيكل المتوقع ودرجة الرسمية، وطريقة التعبير عن تحمّل المسؤولية)، لأن الترجمة الحرفية ستبدو هناك غير صادقة. وأخبرني أيضاً بما غيّرته مقارنةً بالنسخة الإنجليزية ولماذا.

Dear valued customers,
We've discovered that some replacement filters (model HF-200, batches 2311 to 2402) may not meet our filtration standards. While there's no safety risk, we know this isn't what you expect from us. We're sorry. If you bought one of these filters, we'll send you a free replacement and a 20% voucher for your next purchase. Just visit our website or call our helpline. Thanks for sticking with us.
The Hanbit Team"""),
    ("tri-e10493f61969", "ko", """역할: Fernhill Fitness 클럽 회원 도움말 봇(이름: Pip). <kb> 안의 도움말 문서만 사용해 답하세요. 문서에 없는 내용이면 그렇다고 말하고 회원에게 프런트 데스크를 안내하세요. 최대 3문장.
<kb>
[회원권 정지] 12개월 약정 회원은 약정 연도마다 1회, 1~3개월간 회원권을 정지할 수 있습니다. 정지 비용은 월 5 GBP입니다. 의료 정지(의사 소견서 필요)는 무료이며 최대 6개월까지 가능합니다.
[게스트 패스] 프리미엄 회원은 연 4장의 게스트 패스를 받습니다. 게스트는 만 18세 이상이어야 하며 사진이 부착된 신분증을 지참해야 합니다.
[해지] 월 단위 자동 갱신 회원권은 앱에서 30일 전에 통보하면 해지할 수 있습니다.
</kb>""", "스키 타다가 무릎 다쳐서 한 4개월은 못 나감. 돈 안 내고 정지할 수 있어?"),
    ("tri-d9621ef9ca3b", "ar", "", "بيطلعلي ده لما بعمل insert في قاعدة بيانات مخزون الصيدلية، معناه إيه؟ ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails (`rx`.`stock_moves`, CONSTRAINT `fk_item` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`))"),
    ("tri-b06727166f7b", "ko", "당신은 Thimbleby Legal Aid 웹사이트 문의 양식의 접수 분류기입니다. HOUSING, EMPLOYMENT, FAMILY, IMMIGRATION, DEBT, OTHER 중 정확히 하나로만 답하세요. 설명은 하지 마세요.", "집주인이 나 출근한 사이에 자물쇠를 바꿔버렸는데 내 짐이 아직 안에 있어요 어떡하죠"),
    ("tri-a4895d995372", "ar", "", "ثواني وراجع، هجيب قهوة"),
    ("tri-fb9f8c50cbfc", "ko", "", "작은 마을에 있는 빈 창고를 색다르게 활용할 방법으로 어떤 게 있을까요?"),
    ("tri-9f4187ba04f5", "ar", "", "الشحن $4.99 على الطلب + $0.50 لكل قطعة بعد الأولى. 7 قطع، كم آخذ منه؟"),
    ("tri-e016e5855b68", "ko", "", "의뢰인이 고객 한 명이 전화 응대가 무례했다고 항의한 뒤 중대한 비위행위로 해고됐습니다. 사실관계: 근속 11년, 징계 이력 없음, 통화 녹음 없음, 항의는 3주 뒤에 이메일로 들어옴, 당일 바로 직무 정지, 징계 심의는 이틀 뒤에 열렸고 그 이메일을 볼 기회도 못 받음. 해고한 관리자가 조사도 직접 맡았음. 의뢰인을 위해 어떤 주장을 펼 수 있을까요? 생각나는 건 전부 던져 주세요, 거르는 건 나중에 하겠습니다."),
    ("tri-c91e356e2c80", "ko", "", "인스타 게시물 캡션 좀: 월요일부터 영업시간 변경, 평일 오전 7시~오후 7시 ☕ 짧게"),
    ("tri-c590c9ec9d92", "ar", "", """باختصار؟

تذكير: جراج P2 سيُغلق من السبت 6 صباحاً حتى الأحد 8 مساءً لإعادة الرصف. السيارات المتروكة بالداخل بعد الساعة 6 صباح السبت سيتم سحبها على نفقة أصحابها. يمكن للموظفين العاملين في عطلة نهاية الأسبوع استخدام موقف شارع Orchard، مع إبراز البطاقة عند البوابة. الشاتل يعمل كل 20 دقيقة."""),
    ("tri-b547cc7f6de9", "ar", "", "أفكار لـ escape room في مكتب تأمين من العشرينات (1920s)؟؟ عايز أفكار ألغاز بجد مش ديكور وبس هههه"),
    ("tri-2b096e2c8fa7", "ar", "", """حوّل كل سطر إلى JSON object بالمفاتيح ts وlevel وservice وmsg، وأعطني JSON array. قيمة ts تبقى كما هي.

2024-07-19T08:14:02.113Z ERROR [auth-svc] token validation failed: signature mismatch
2024-07-19T08:14:02.560Z WARN  [auth-svc] falling back to cached JWKS
2024-07-19T08:14:05.001Z INFO  [gateway] route /v2/orders -> orders-svc (canary 10%)
2024-07-19T08:14:09.874Z ERROR [orders-svc] db timeout after 5000ms on query get_order_lines"""),
    ("tri-8b9cbd3f74cc", "ko", "", """아래 정의 조항들을 YAML 용어집으로 바꿔 주세요. 정의된 용어마다 항목 하나씩, 필드는 term, definition(원문 그대로), refers_to(정의 안에서 쓰인 다른 정의 용어 목록), clause입니다. 서로를 참조하는 정의가 여러 개 있으니 주의해 주세요.

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
    ("tri-187b26a9eb04", "ar", "أنت LabAssist، المساعد الداخلي لمعهد Morrow لعلوم التربة.", "إنت أصلاً موديل إيه؟ وتقدر تقرا ملفات الـ PDF اللي برفعها ولا نصوص بس؟"),
    ("tri-6d18c59f23dd", "ko", "", """Node 20 API인데 메모리가 시간당 ~40MB씩 늘다가 하루쯤 지나면 컨테이너가 죽어. 2시간 간격으로 힙 스냅샷 두 개 떠서 비교해 봤음. 비교 뷰 상단:

Constructor            # New   # Deleted  # Delta   Alloc. Size   Freed Size   Size Delta
(closure)              182k    3.1k       +179k     14.2 MB       0.2 MB       +14.0 MB
Object                 96k     1.2k       +94.8k    9.8 MB        0.1 MB       +9.7 MB
Timeout                61k     0.4k       +60.6k    7.3 MB        0.05 MB      +7.2 MB
(string)               40k     38k        +2k       4.1 MB        3.9 MB       +0.2 MB
Socket                 0.3k    0.3k       0         ...

Timeout 객체 하나의 retainers: Timeout -> _idlePrev in TimersList -> ... -> (closure) retryWithBackoff in src/lib/upstream.js:41 -> context in (closure) -> req in Object -> ...

upstream.js 그 근처 코드:

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

트래픽은 ~300 rps, upstream 재고 서비스가 불안정함(에러 5-10%). 누수 찾아서 고쳐줘. 그리고 retry 로직 자체도 다른 면에서 잘못된 것 같아."""),
    ("tri-2f5e7f067958", "ar", "", "3 عناوين بديلة لإيميل 'فاتورتك جاهزة'"),
    ("tri-86a405a3e778", "ko", "", """Brackwater Renewables 2분기 실적 발표 컨퍼런스콜 발췌 (CFO가 애널리스트 질문에 답변):

"...파이프라인과 관련해서는, 물론 저희가 통제할 수 없는 계통 연계 일정에 달려 있긴 하지만, 이베리아 태양광 프로젝트 세 건 중 최소 두 건은 연말까지 금융 종결에 도달할 것이라고 여전히 확신합니다. 마진과 관련해서는, 신규 터빈 계약이 순차적으로 반영되면서 중기적으로 EBITDA 마진이 10%대 중반 수준으로 회복될 것으로 예상합니다. 구체적인 시점은 말씀드리지 않겠습니다. 배당과 관련해서는, 이사회가 이번 회계연도 배당을 42센트로 유지하기로 약속했습니다. 그 이후는 자본 배분 검토의 맥락에서 살펴볼 예정입니다. 스코틀랜드 해상 자산에 대해서는 일부 지분 매각을 포함한 여러 옵션을 검토하고 있고, 한 곳 이상과 상당히 진전된 논의를 하고 있다고 말씀드릴 수 있겠지만, 서명하기 전까지는 아무것도 확실하지 않습니다. 그리고 레버리지와 관련해서는, 내년 말까지 순부채/EBITDA 비율을 3.5배 미만으로 낮추겠습니다. 이상입니다. 이는 저희 경영진의 확고한 약속입니다..."

미래 전망 진술을 하나씩 뽑아서, 실제 약속과 단서를 너무 많이 달아서 사실상 의미 없는 진술로 분류해 주세요. 각각 어떤 단서(헤지)가 붙어 있는지 설명하고, 다음 분기에 애널리스트가 실제로 경영진에게 책임을 물을 수 있는 건 어떤 것인지도 알려 주세요."""),
    ("tri-eef211da42a7", "ar", "", "threat model لخاصية إعادة تعيين كلمة المرور عن طريق SMS في تطبيق الخدمة الذاتية بتاع شركة الاتصالات بتاعتنا (ويب + iOS). إيه الهجمات وإيه الـ mitigations، مرتبين حسب الأولوية لو سمحت"),
    ("tri-288aacf943ab", "ko", "", "겐트에 새 오피스 오픈 소식 알리는 링크드인 게시물 캡션"),
    ("tri-a0cbf73b3c7f", "ar", "", """ملخص المقترح الذي سيُعرض على الـ Digital Board (قسم الأشعة، Halden Vale Trust):

From March, patients referred for a routine (non-urgent) MRI will receive a text message with a link to choose their own appointment from available slots across our three scanners (two at the main site, one mobile unit that rotates between Corby Street and Wellsend community hospital). Patients can book, move or cancel up to 48 hours before. The portal will show only slots that match the scan's duration and protocol (e.g. contrast scans only when a radiographer with cannulation sign-off is rostered). Safety screening (pacemakers, implants, claustrophobia, pregnancy) moves to an online questionnaire at booking; the radiographer re-checks on the day. Urgent, inpatient and paediatric scans stay on the current phone-booking process.

قبل ما يروح للمجلس أبي قائمة red-team: كل شي ممكن يغلط في هذا المقترح، سريرياً وتشغيلياً وتقنياً (IT) ومن ناحية العدالة في الوصول وتجربة المريض. أكبر عدد تقدر تفكر فيه، مجمّعة بشكل تقريبي، وبدون ترتيب حسب الأهمية."""),
    ("tri-9d16438787b3", "ko", "", "10 mM 스톡이 있는데 250 µM로 2 mL 만들어야 해요. 스톡을 얼마나 피펫팅해야 하나요?"),
    ("tri-f83211529ec8", "ar", "أنت فلتر أمان المحتوى لتطبيق Brightleaf Kids، وهو تطبيق تعليمي للأعمار من 6 إلى 10 سنوات. صنّف رسالة الطفل إلى SAFE أو UNSAFE. أخرج كلمة واحدة فقط.", "ازاي اعمل سلايم من غير بوراكس"),
    ("tri-8175f3adc387", "ko", "", "이거 무슨 언어야? 'Kan du starta om servern innan lunch?'"),
    ("tri-cbfc0a8e9de7", "ar", "", "البروتوكول بيقول نعمل سنترفيوج قد إيه؟ 'يُطرد مركزياً عند 4,000 × g لمدة 10 دقائق عند 4 °C، ثم يُتخلص من الطافي، ويُعاد تعليق الراسب في 500 µL من PBS.'"),
    ("tri-3d57162e3c79", "ko", "", """이 계약서에 킬 피(kill fee) 얘기 있어? 얼마야?

"7. 원고료. 발행인은 최종 승인된 원고에 대해 최대 2,500단어까지 단어당 USD 1.20의 원고료를 작가에게 지급한다. 발행인이 초고 승인 후 의뢰한 기사를 게재하지 않기로 결정하는 경우, 작가는 합의된 원고료의 30%를 받을 권리가 있다. 서면으로 사전 승인된 경비는 청구서 수령 후 45일 이내에 상환한다.\""""),
    ("tri-118000cd5595", "ar", "أنت تكتب تقارير الحوادث العامة لمدونة الحالة الخاصة بـ Brightpath Payments. النبرة: صادقة ومحددة، بلا حشو مؤسسي، وبلا لوم لأي أفراد. الهيكل: ماذا حدث، التأثير، السبب الجذري، ما الذي سنغيّره.", """حقائق من الـ postmortem الداخلي:
- 14 مارس، 13:02–14:19 UTC: فشلت مدفوعات البطاقات عبر الـ API الخاص بنا لحوالي 41% من الطلبات في منطقة الاتحاد الأوروبي. الولايات المتحدة لم تتأثر.
- السبب: انتهت صلاحية شهادة TLS على proxy داخلي بين الخدمات. التجديد التلقائي كان يفشل بصمت منذ فبراير بسبب تغيير في آلية التحقق عبر DNS.
- انطلق التنبيه على معدل الأخطاء الساعة 13:06، لكن المناوب اشتبه أولاً في مشكلة لدى شبكة البطاقات لأن إحدى الشبكات كانت تُبلغ عن مشاكل في اليوم نفسه.
- الإصلاح: جُدّدت الشهادة يدوياً الساعة 14:12، وعادت الحركة لطبيعتها بحلول 14:19.
- فشلت حوالي 18,000 محاولة دفع؛ وكان بإمكان عملاء التجار إعادة المحاولة، ولم يحدث أي خصم مزدوج.
- التغييرات: مراقبة انتهاء الصلاحية لكل الشهادات الداخلية (وليس العامة فقط)، وفشل التجديد أصبح يستدعي المناوب (page)، وتحديث الـ runbook بحيث يُفحص انتهاء صلاحية الشهادات في أول 10 دقائق من أي ارتفاع مفاجئ في الأخطاء المتعلقة بـ TLS.
اكتب المنشور."""),
    ("tri-ba69c3b701d5", "ko", "급여 계산 도우미. 계산 과정은 한 줄로 보여줄 것.", "초과근무 6시간, 1.5배 수당, 기본 시급 $22.40이면 급여에 얼마 더 붙어?"),
    ("tri-2cd695fd438a", "ko", "", "우리 404 페이지 스웨덴어로 번역해줘, 근데 유머는 살려서. 직역하면 안 먹힘: 'Well, this is awkward. This page went to get coffee and never came back. Our engineers have been notified (they're also getting coffee).'"),
    ("tri-3e7bf110536d", "ar", "", "أبويا اتشخّص بخرف (ديمنشيا) في مرحلة مبكرة الأسبوع اللي فات. أخويا عايش برّه، وأختي مفترضة إني أنا اللي هشيل كل حاجة عشان أنا الأقرب في السكن. إزاي أفتح معاهم الموضوع من غير ما يتحول لخناقة؟"),
    ("tri-4d20ce3e1227", "ko", "", "이 실험 보고서 문장들을 능동태, 1인칭 복수(we)로 바꿔 줘: The samples were centrifuged at 4000 rpm for 10 minutes. The supernatant was discarded and the pellet was resuspended in 2 ml buffer. Absorbance was measured at 600 nm. It was observed that turbidity decreased after 30 minutes."),
    ("tri-0f2a77389c55", "ko", "", """이 쿼리가 지난주 데이터 적재 이후로 200ms에서 14s로 느려졌는데 이유를 모르겠어요. 인덱스는 있거든요. Postgres 15입니다. 무슨 일이 벌어지는 건지, 그리고 제대로 고치려면 어떻게 해야 하는지 알려주세요 ("인덱스 추가하세요" 말고요).

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

이번 적재로 EMEA 고객이 약 35k 명(유통업체를 인수했어요), 인보이스가 약 340만 건 추가됐습니다. autovacuum은 기본 설정으로 켜져 있어요."""),
    ("tri-0f0af086ef06", "ar", "", "سؤال gacha: نسبة الـ legendary 0.6% في كل سحبة، والـ hard pity بيضمن واحدة عند السحبة 90. أنا واصل 50 pity. إيه احتمال إني أطلّع واحدة في الـ 30 سحبة الجاية؟"),
    ("tri-c0e8498365a1", "ko", "", "SMS에 넣을 거 스페인어로 번역해줘: Your appointment at the Civil Registry is confirmed for 14 May at 9:40. Please bring your ID and arrive 10 minutes early."),
    ("tri-4798dd01fa20", "ar", "", """ممكن ترتبهم أبجدياً؟ وتجاهل 'The' اللي في الأول
The Lantern Room
Bramble & Finch
The Oakhouse
Copperpot Kitchen
Anchor Street Deli
The Bell at Wickham"""),
    ("tri-1e400cb86392", "ko", "", """어젯밤 우박 때문에 앞유리가 박살 나고 지붕이 찌그러졌어요. 차는 집이 아니라 다른 도시에 있는 친구 집 앞 길가에 세워 뒀었고요. 보상이 되는지, 그리고 앞유리 1,100 GBP + 차체 수리 2,600 GBP면 제가 최종적으로 얼마를 내게 되는지 알려주세요. 제 종합보험 약관 중 관련 부분입니다:

제4조 - 차량 손해. 당사는 우연한 사고로 인한 손해, 화재, 도난 및 폭풍, 홍수 또는 우박으로 인한 손해를 보상합니다.
4.3 자기부담금: 제4조에 따른 각 청구에는 250 GBP의 의무 자기부담금이 적용됩니다. 보험증권 명세표에 기재된 경우 임의 자기부담금도 추가로 적용됩니다.
제5조 - 앞유리. 당사는 앞유리, 창문 및 선루프의 깨진 유리를 수리 또는 교체하는 비용을 지급합니다. 당사 지정 업체를 이용하는 경우 95 GBP, 그 외에는 200 GBP의 자기부담금이 적용됩니다. 제5조에 따른 청구만 하는 경우에는 무사고 할인에 영향을 주지 않습니다.
명세표: 임의 자기부담금: 150 GBP. 야간 주차 장소: 자택 주소지의 잠금식 차고.
일반 조건 9: 차량의 야간 보관 장소가 변경되는 경우 당사에 알려야 합니다. 차량이 신고된 야간 보관 장소에 있지 않았고 그로 인해 손실 또는 손해의 위험이 증가한 경우, 당사는 보험금을 감액할 수 있습니다."""),
    ("tri-8147ee1f5cc8", "ar", "", "عنوان لملاحظة الإصدار دي؟ 'لوحات المعلومات (Dashboards) أصبحت تُحمَّل أسرع بما يصل إلى 3 أضعاف بفضل التخزين المؤقت لنتائج الاستعلامات؛ ويتم تحديث الـ cache كل 15 دقيقة أو عند الطلب.'"),
    ("tri-4f60cec89134", "ko", "당신은 Aldera Freight 고객서비스팀의 내부 어시스턴트 Dispatch Desk입니다.", "운송에서 DDP가 무슨 뜻이고 수입 부가세는 누가 내?"),
    ("tri-4a73deffc3bd", "ar", "", """junior ولا mid ولا senior؟ الكلمة بس

نبحث عن مهندس بيانات (Data Engineer) للانضمام إلى فريق منصة التحليلات لدينا. ستقوم ببناء وصيانة batch pipelines باستخدام Airflow وdbt تحت إشراف مهندسين كبار. المتطلبات: خبرة من 0 إلى 2 سنة في SQL وPython، وحب الاستطلاع، والاستعداد لتعلّم أدوات السحابة (نستخدم GCP). الحصول على شهادة في مجال كمّي أو إتمام bootcamp يُعد ميزة إضافية."""),
    ("tri-544766b50fbf", "ko", "", """이 채용 공고를 성별 중립적으로, 그리고 경력 단절 후 복귀하려는 분들이 거부감을 느끼지 않게 고쳐 주실 수 있나요? 실제 자격 요건은 전부 유지해 주세요.

"We're looking for a hungry young paralegal who can hit the ground running. He'll support our litigation partners, manage bundles and deal with clients. You'll be a digital native who thrives in a fast-paced, work-hard-play-hard culture. Must have 2+ years in a UK firm and be available for late nights when trials demand it.\""""),
    ("tri-e802b8d86d89", "ar", "", """هذا الإيميل اللي وصلنا الصبح:

"مرحباً. في 3 أكتوبر تركت عندكم ساعة زوجي لتغيير البطارية. هي ساعة Rotary ذهبية من السبعينيات، ومنقوش على ظهرها 'R & J 1974'. توفي زوجي في أغسطس، وهي الشيء الوحيد من أغراضه الذي أرتديه كل يوم. قال لي زميلكم إنها ستكون جاهزة خلال أسبوع. جئت إليكم حتى الآن ثلاث مرات، وفي كل مرة يُقال لي إنه 'يجري البحث عنها'. واليوم قال لي شاب إنها ربما 'وُضعت في الكيس الخطأ'. أحاول جاهدة أن أصبر، لكنني لا أظن أنكم تدركون ما تعنيه هذه الساعة. أريد أن أعرف، بصراحة، هل أضعتموها؟ جين مورو"

إحنا فعلاً ضيعناها. دورنا في الورشة كلها مرتين. أنا صاحب المحل، وأبي أرد عليها بنفسي، اليوم. أكون صريح إنها ضاعت، وآسف من قلبي، مو رد جاهز، وأبي أعرض عليها إني أقابلها شخصياً. بنكمل البحث وبندفع أي مبلغ تشوفه عادل، بس أدري إن الفلوس مو هي الموضوع."""),
    ("tri-d76db4da289a", "ko", "당신은 Corrigan Steelworks 직원을 위한 복리후생 어시스턴트 Pathfinder입니다. HR 지식 베이스에서 검색된 문단들이 주어집니다. 이를 직원에게 최대 4개의 글머리 기호로 요약해 주세요. 문단에 나온 내용만 사용하세요.", """직원 질문: 육아휴직 - 저는 뭘 받을 수 있나요?

[KB-301 Parental leave, hourly staff] Employees with at least 12 months of service are entitled to 16 weeks of paid parental leave at 100% of base pay for the birth parent and 6 weeks for the non-birth parent. Leave must start within 12 months of the birth or adoption.
[KB-302 Scheduling] Leave can be taken in up to two blocks. Each block must be at least 2 weeks. Shift supervisors must be notified at least 30 days before the first block, except in emergencies.
[KB-309 Benefits during leave] Health and dental coverage continue during leave on the same terms. Pension contributions are calculated on full base pay. Overtime and shift premiums are not paid during leave.
[KB-311 Returning to work] Employees return to the same role and shift pattern. A phased return of up to 4 weeks at 60% hours is available on request."""),
    ("tri-eb88927df63b", "ar", "", "لخّصلي لو سمحت: رحلة QK412 المتجهة إلى لشبونة متأخرة قرابة 3 ساعات بسبب متطلبات راحة الطاقم. تتوفر قسائم الوجبات عند البوابة B9 عند إبراز بطاقة صعود الطائرة. تتم إعادة حجز الركاب الذين لديهم رحلات مواصلة تلقائياً، يُرجى مراجعة التطبيق لمعرفة خط سيركم الجديد قبل التوجه إلى مكتب التحويل."),
    ("tri-99e1766e59c7", "ko", "당신은 환자 권익 옹호 비영리단체의 콘텐츠 기획을 돕습니다. 완성된 글이 아니라 기획 방향(앵글)을 제안하세요.", "미국에서 건강보험 청구 거절을 겪고 있는 사람들을 위한 10편짜리 블로그 시리즈를 만들고 싶어요. 흔한 '이의신청서 쓰는 법' 같은 거 말고, 사람들이 실제로 꽉 막히는 상황을 다루는 앵글/제목을 제안해 주세요."),
    ("tri-a567224e0d38", "ar", "", "3 عناوين لإيميل تذكير ودّي بالإيجار للمستأجرين عندي"),
    ("tri-289ee949d876", "ko", "", "딸아이 8살 생일 파티 테마랑 놀거리 같이 좀 생각해 주세요. 공룡이랑 과학을 엄청 좋아해요."),
    ("tri-9a8bd40e73cc", "ko", "", """에디터한테 보내는 이 커버레터 좀 다듬어 줘 - 더 간결하고 설득력 있게. Nature Energy에 낼 거라 자신감 있게 들리되 과장은 안 되게

Dear Editor,
We would like to submit our manuscript titled "Seasonal hydrogen storage in depleted gas fields: a techno-economic assessment for the North Sea" for consideration in Nature Energy. In this paper we did a model of how hydrogen could be stored in old gas fields and we looked at costs. We think it is important because there is a lot of talk about hydrogen but not so many studies that look at the whole system with real field data. We used data from 11 fields and we found that the levelised cost of storage can be between 0.4 and 1.1 EUR/kg which is lower than salt caverns in some cases, especially when the cushion gas is already there. We also show that the location of the field matters a lot for the cost. We believe our paper would be interesting for the readers of Nature Energy because it is relevant for policy and industry. The paper has not been submitted anywhere else. All authors agree. We suggest these reviewers: Dr. A. Moreau (IFP), Prof. L. Halvorsen (NTNU).
Best regards,
Dr. Katarzyna Wilk, on behalf of all authors"""),
    ("tri-530e1fc6daeb", "ar", "", "اكتبلي سونيتة عن الـ debugging الساعة 3 الفجر"),
    ("tri-72887a775fdc", "ko", "", """SKU만?

팀, 고객이 전화로 HX-4410-BLK를 HX-4410-GRY로 바꾸고 싶다는데 재고가 없어요. 괜찮으시면 HX-4415-GRY나 구형 HX-3990을 제안할 수 있을 것 같아요. 그리고 마운팅 키트 MK-22도 또 물어보셨어요"""),
    ("tri-9dd3b6eebf9a", "ar", "", """صنّف كل مراجعة إلى positive أو negative أو mixed. الإخراج يكون سطور id,label فقط.

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
    ("tri-fbd84999db90", "ar", "أنت ModBot لسيرفر Lantern Guild على Discord. لكل رسالة مرقّمة، أخرج الرقم وتصنيفاً واحداً بالضبط: OK أو TOXIC أو SPAM. سطر واحد لكل رسالة، ولا شيء غير ذلك.", """1. gg wp يا جماعة، آخر boss كان صعب موت
2. روح موّت نفسك يا نوب انت حرفياً فيّدت الجيم كله
3. 🔥🔥 نيترو مجاني 🔥🔥 استلمه من dlscord-gift.ru/claim قبل ما يخلص
4. حد يقدر يشيلني في raid 3 الليلة؟ هجيب flasks
5. امسح اللعبة يا أكبر هدر للأكسجين
6. هههههه قطتي مشيت على الكيبورد في نص الفايت"""),
]
