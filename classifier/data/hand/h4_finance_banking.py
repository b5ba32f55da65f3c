"""Hand-written prompts, batch 4: retail/business banking, accounting, payroll, tax, fintech, personal finance; Korean and Hindi (Devanagari + Hinglish)."""
H = [
    # ---------------------------------------------------------------- extraction
    ("extraction", 0, "", "isme se IFSC, account no aur beneficiary ka naam nikal do bas: Pay to Ramesh Hardware & Sanitary, A/c 50200031457781, HDFC Bank Lajpat Nagar, IFSC HDFC0001234"),
    ("extraction", 0, """You are an accounts-payable intake worker. From the invoice text the user sends, return JSON with exactly these keys: vendor_name, invoice_number, invoice_date, due_date, currency, total_amount, vat_amount, iban. Use null for anything not present. Do not guess.""",
     """BRIGHTWELL OFFICE SUPPLY LTD
Unit 4, Carrow Works, Norwich NR1 2DD
VAT Reg: GB 284 1193 57

INVOICE  No. BW-2024-08817
Date: 03/09/2024
Customer: Halden & Moyo Chartered Accountants

Qty  Description                          Unit     Line
12   A4 copier paper 80gsm (box of 5)     £21.40   £256.80
 4   Lever arch files, navy (10 pk)       £14.95    £59.80
 1   Desk shredder P-4 cross-cut          £119.00  £119.00

Subtotal £435.60
VAT @ 20% £87.12
TOTAL DUE £522.72

Payment terms: 30 days from invoice date.
Bank: Lyonsbridge Bank plc  IBAN GB71 LYON 4021 7700 1834 62"""),
    ("extraction", 0, "", """이번 달 급여명세서인데 실수령액이랑 국민연금, 건강보험 공제액만 뽑아줘

[2024년 10월 급여명세서] 주식회사 한결테크 / 성명: 윤서진 / 부서: 재무팀
기본급 3,450,000
식대(비과세) 200,000
연장근로수당 184,500
지급합계 3,834,500
소득세 142,380
지방소득세 14,230
국민연금 155,250
건강보험 122,300
장기요양보험 15,840
고용보험 32,670
공제합계 482,670
차인지급액 3,351,830"""),
    # implied obligations -> needs judgement
    ("extraction", 1, "", """I'm the controller at a mid-size distributor and we just signed this facility. Go through the excerpt below and list every obligation the Borrower has to comply with on an ongoing basis: not just the ones under "Covenants", but also the ones that are only implied by the definitions, the conditions and the events of default. For each, quote the clause number it comes from.

CREDIT AGREEMENT (EXCERPT) between Norrholm Distribution Inc. ("Borrower") and Castellan Commercial Bank, N.A. ("Lender")

1. DEFINITIONS
1.1 "Consolidated EBITDA" means, for any period, Consolidated Net Income for such period plus, without duplication and to the extent deducted in determining Consolidated Net Income, (a) interest expense, (b) income tax expense, (c) depreciation and amortization, and (d) non-cash charges approved in writing by the Lender, minus any non-cash gains.
1.2 "Fixed Charge Coverage Ratio" means the ratio of (a) Consolidated EBITDA less unfinanced Capital Expenditures and cash taxes paid to (b) Fixed Charges, in each case for the four fiscal quarters most recently ended for which financial statements have been delivered under Section 6.1.
1.3 "Borrowing Base" means, at any time, the sum of (a) 85% of Eligible Accounts plus (b) the lesser of 50% of Eligible Inventory and $6,000,000, in each case as shown on the most recent Borrowing Base Certificate.
1.4 "Eligible Accounts" excludes any account (i) unpaid more than 90 days after the original invoice date, (ii) owing by an Affiliate, or (iii) owing by an account debtor located outside the United States or Canada unless backed by a letter of credit acceptable to the Lender.
1.5 "Permitted Liens" means liens in favor of the Lender, liens for taxes not yet due, and purchase-money liens securing Indebtedness not exceeding $750,000 in the aggregate.

2. THE FACILITY
2.1 The Lender agrees to make revolving loans to the Borrower up to the lesser of (a) $18,000,000 and (b) the Borrowing Base.
2.2 If at any time the outstanding revolving loans exceed the Borrowing Base, the Borrower shall repay the excess within two Business Days.
2.3 All collections on accounts receivable shall be deposited into the blocked account maintained with the Lender.

4. CONDITIONS TO EACH BORROWING
4.1 Each request for a revolving loan shall be deemed a representation that (a) no Default has occurred and is continuing, and (b) the representations in Article 5 remain true in all material respects.
4.2 The Lender shall have received a Borrowing Base Certificate dated no earlier than the 20th day of the preceding month.

6. COVENANTS
6.1 Financial statements. Within 45 days after each fiscal quarter, unaudited consolidated statements; within 120 days after each fiscal year, audited consolidated statements with an unqualified opinion from an independent accounting firm reasonably acceptable to the Lender.
6.2 Fixed Charge Coverage Ratio. The Borrower shall not permit the Fixed Charge Coverage Ratio, tested at the end of each fiscal quarter, to be less than 1.15 to 1.00.
6.3 Capital expenditures. Unfinanced Capital Expenditures shall not exceed $2,500,000 in any fiscal year.
6.4 Distributions. No dividends or other distributions except tax distributions to the shareholders, provided no Default exists.
6.5 Insurance. Maintain property and casualty insurance naming the Lender as lender loss payee.

8. EVENTS OF DEFAULT
8.1 Failure to pay any principal when due, or any interest or fee within three Business Days after due.
8.2 Failure to deliver any Borrowing Base Certificate within five Business Days after the 20th day of each month.
8.3 Any change of control, including any person or group other than the Existing Shareholders acquiring more than 35% of the voting equity of the Borrower.
8.4 Any judgment in excess of $500,000 that remains unsatisfied or unstayed for 30 days.
8.5 The Borrower's auditors resign or are replaced without 15 days' prior written notice to the Lender.

Output a table: obligation | type (explicit/implied) | clause | frequency or trigger."""),
    ("extraction", 0, "", """इन बैंक SMS में से हर डेबिट की तारीख और रकम निकालो, क्रेडिट वाले छोड़ दो:

1) A/c XX4471 debited by Rs.2,350.00 on 04-Oct-24 to VPA zomato@hdfcbank. Avl Bal Rs.18,902.15 -PNB
2) Rs.45,000.00 credited to A/c XX4471 on 05-Oct-24 by NEFT SALARY JYOTI FABRICS. -PNB
3) A/c XX4471 debited Rs.12,000.00 on 07-Oct-24 ATM WDL SECTOR 18 NOIDA. -PNB
4) आपके खाते XX4471 से 09-10-24 को Rs.799.00 का ऑटो डेबिट (JIOHOTSTAR) हुआ।
5) A/c XX4471 debited Rs.8,400.00 on 10-Oct-24 EMI LOAN 7781. -PNB"""),
    ("extraction", 0, "", """Can you list every date and deadline in this letter with what's due on each? Just the list.

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
    # what the customer actually wants, much of it only implied
    ("extraction", 1, "", """This customer thread is a mess. Pull out what she actually wants from us, including anything she's implying but not saying outright, as a short bullet list.

> hi, 3rd time writing. The $35 overdraft fee on the 12th happened because your app showed my paycheck as "available" but then it wasn't?? I moved money based on that. Also the second $35 on the 13th is for the SAME shortfall. I've been with Fairbank since 2011 and never had this. Honestly thinking about moving my mortgage when it renews in March. And I still haven't gotten the letter you promised for my landlord saying my account is in good standing, which, funny enough, it isn't anymore. Also the guy on the phone Tuesday said someone would call me back and nobody did."""),
    ("extraction", 0, "", "인증번호랑 결제금액, 가맹점 이름만 알려줘\n[Web발신] [신한카드] 인증번호 [482913] 타인에게 절대 알려주지 마세요. 승인 예정: 마켓온누리(주) 128,400원 일시불"),
    ("extraction", 0, "", """from these notes from yesterday's close meeting, give me the action items w/ owner + due date

- Priya: AR aging still shows the Delacroix credit memo twice, she'll fix by Wed
- accrual for the Q3 bonus not booked yet -> Tom to book before Friday's flash
- bank rec for the EUR account off by 312.40, nobody owns it yet, Mei said she'd look if she has time
- audit PBC list due to Grant Harlow LLP on the 18th, Sam coordinating
- reminder: new expense policy goes live Nov 1"""),
    # agreed payments, some only implied in the chat
    ("extraction", 1, "", """ye meri dukaan ke CA ke saath whatsapp chat hai. isme se saare payments nikaal ke do jo humne agree kiye the, including jo seedhe nahi likhe par samajh aa rahe hain. amount + kab tak + kisko.

[12/08 10:14] Sharma ji CA: GST return ka fees is baar 3500 hoga, pichli baar wala 1500 bhi baaki hai
[12/08 10:20] Me: theek hai sir, dono ek saath 20 tak bhej dunga
[12/08 10:21] Sharma ji CA: aur ITR audit ka 12000 alag, wo September end tak chalega
[12/08 10:25] Me: audit wala aadha abhi aadha baad me chalega?
[12/08 10:26] Sharma ji CA: 👍
[14/08 18:02] Sharma ji CA: Gupta traders ka TDS aapne kaata nahi tha, 2% penalty wala interest lagega approx 900, wo aapko hi bharna padega challan se
[14/08 18:10] Me: ok sir is hafte kar deta hu
[15/08 09:00] Sharma ji CA: Happy Independence Day 🇮🇳"""),
    # ---------------------------------------------------------------- classification
    ("classification", 0, """Map the card transaction descriptor to exactly one budget category from: Groceries, Dining, Transport, Shopping, Bills & Utilities, Entertainment, Health, Transfers, Cash, Other. Reply with the category only.""",
     "SWIGGY*INSTAMART BLR IN 386.00"),
    ("classification", 0, """당신은 OO은행 고객센터 문의 분류기입니다. 고객 메시지를 다음 중 하나로만 분류하세요: 카드분실/도난, 대출, 예금/적금, 인터넷·모바일뱅킹 오류, 민원, 기타. 분류명만 출력합니다.""",
     "체크카드를 지하철에서 잃어버린 것 같아요 ㅠㅠ 정지부터 해야 하나요"),
    ("classification", 0, "", """is this phishing or legit? got it this morning

From: Northgate Bank Security <alerts@northgate-secure-verify.com>
Subject: Action required: unusual sign-in blocked

We blocked a sign-in attempt to your Online Banking from a new device in Minsk, BY. If this wasn't you, your account will be restricted within 24 hours. Confirm your identity now to keep access:
https://northgate-secure-verify.com/confirm?id=88213
You will need your card number, expiry date and the 6-digit code we text you.
Northgate Bank Fraud Team"""),
    # label per clause + explain; needs lending judgement
    ("classification", 1, "", """We're a small bakery chain negotiating an equipment loan. For each clause in this term sheet, label it borrower-friendly, lender-friendly or market-standard, and say in one line why.

1. Interest: SOFR + 3.75%, floor of 4.50% on SOFR.
2. Prepayment: permitted at any time; fee of 3% in year 1, 2% in year 2, 1% in year 3, none thereafter.
3. Security: first-priority lien on financed equipment plus a blanket lien on all business assets.
4. Personal guarantee: unlimited, joint and several, from both owners and their spouses.
5. Financial covenant: Debt Service Coverage Ratio of at least 1.25x, tested annually.
6. Reporting: annual CPA-reviewed financial statements within 120 days of year end.
7. Cross-default: default on any other obligation over $25,000 is a default under this loan.
8. Material adverse change: lender may accelerate if, in its sole discretion, a material adverse change has occurred."""),
    ("classification", 0, "", """इन ऐप रिव्यू को positive, negative या neutral में बाँटो, हर एक के आगे लेबल लिख दो:

1. UPI पेमेंट एक सेकंड में हो जाता है, बहुत बढ़िया ऐप 👍
2. केवाईसी तीन बार रिजेक्ट हुआ, कोई वजह नहीं बताई। बेकार।
3. ठीक है, पर नया अपडेट थोड़ा स्लो है
4. कैशबैक का वादा किया था, आज तक नहीं मिला
5. ऐप खोलते ही लॉगिन माँगता है, बाकी सब ठीक है"""),
    ("classification", 0, """You are a bookkeeping assistant for a small design studio. Assign each expense line to one account from this chart: 6100 Software & Subscriptions, 6200 Travel, 6250 Meals & Entertainment, 6300 Office Supplies, 6400 Utilities & Telecom, 6500 Professional Fees, 6900 Uncategorized. Output one line per expense: original text -> account number.""",
     """ADOBE *CREATIVE CLD 59.99
DELTA AIR 0062145587 412.30
STAPLES #1182 38.17
VERIZON WRLS 84.20
THE GOOD BURGER 06 56.40
UPWORK ESCROW INC 300.00
LYFT *RIDE TUE 7PM 23.85
FIGMA MONTHLY 15.00"""),
    # AML risk level: judgement call
    ("classification", 1, """You assist transaction-monitoring analysts at a regional bank. Given an alert narrative, assign a risk rating of LOW, MEDIUM or HIGH and give a three-sentence rationale. Do not recommend filing decisions.""",
     """Alert #TM-2024-55817. Customer: Velmora Import Export LLC, business checking opened 7 months ago. Stated business: wholesale of household textiles, expected monthly turnover $40-60k per KYC. Activity in the last 30 days: 23 cash deposits across 6 branches in three counties, each between $8,200 and $9,800, total $207,400. Same-day or next-day outgoing wires to two beneficiaries: Hexa Trading FZE (UAE) $118,000 in 4 wires and an individual account in Hong Kong $71,500 in 3 wires. No incoming wires or card receipts from customers. Two deposits were made by the same individual who is not a signer on the account. Prior alert in month 3 (rapid movement of funds) closed as explained by seasonal stock purchase; no documentation on file."""),
    ("classification", 0, "", "ye msg fraud hai kya?? 'Dear customer ur SBI YONO a/c will be BLOCKED today, update PAN immediately: bit.ly/yono-pan-kyc2'"),
    ("classification", 0, "", "이 리뷰 긍정이야 부정이야? \"송금은 진짜 빠른데 갑자기 수수료 생긴 거 실화냐... 그래도 아직은 쓸 듯\""),
    # employee vs contractor is a legal judgement
    ("classification", 1, "", """For payroll purposes, would you classify this person as an employee or an independent contractor under US federal rules? Pick one and explain the deciding factors.

Dana does bookkeeping for our 3 dental clinics. She works Mon-Thu 9-3 at our main office on a laptop we provide, uses our QuickBooks login, and we set her task list every Monday. She's paid a flat $2,800/month, invoices us through her LLC, has no other clients right now but says she's "building up". She's been doing this for 2 years and we never asked for a W-9 until last week."""),
    # ---------------------------------------------------------------- summarization
    ("summarization", 0, "", "tldr pls: our card processor is raising the interchange pass-through markup by 0.15% from Jan 1 and dropping the $25 monthly minimum for accounts under $10k volume"),
    ("summarization", 0, """너는 재무팀 회의록 작성 도우미야. 사용자가 회의 녹취록을 붙여넣으면 '논의 요약 / 결정 사항 / 액션 아이템(담당자, 기한)' 세 부분으로 된 회의록을 작성해. 녹취록에 없는 내용은 추가하지 마.""",
     """[2024.11.18 월요일 오전 10시 / 재무팀 주간회의 / 참석: 박현우 팀장, 이수민 과장, 정다은 대리, 김태호 사원, 외부 참석 최민재 회계사(삼정세무법인)]

박현우: 자, 시작하겠습니다. 오늘 안건은 세 가지예요. 10월 결산 마감 지연 건, 연말정산 일정, 그리고 법인카드 관리 규정 개정. 최 회계사님은 연말정산 부분 때문에 모셨고요. 먼저 결산부터 이 과장이 얘기해 줄래요?

이수민: 네. 10월 결산이 원래 영업일 기준 5일 안에 끝나야 하는데 이번에 8일 걸렸습니다. 가장 큰 원인은 매입 세금계산서가 늦게 들어온 거예요. 특히 물류 협력사 두 곳, 한빛로지스랑 대성운수에서 계산서를 월말이 아니라 다음 달 5일 넘어서 발행했어요. 그래서 미지급비용을 추정으로 잡았다가 다시 수정하느라 시간이 걸렸습니다.

박현우: 그 두 곳은 매달 그런 거 아니에요?

이수민: 9월에도 한빛은 늦었고요, 대성은 이번이 처음입니다. 구매팀 통해서 계약서에 발행 기한 조항을 넣는 방법을 검토해 보면 좋겠습니다.

박현우: 좋아요. 그건 내가 구매팀장한테 직접 얘기할게요. 이번 주 금요일까지 회신 받아 볼게요. 다른 원인은요?

정다은: 은행 잔액 대사에서도 차이가 좀 있었습니다. 외화 계좌, 달러 계좌에서 1,240달러 차이가 났는데 원인이 해외 송금 수수료가 중간 은행에서 차감된 거였어요. 수수료가 건별로 다르게 빠져서 자동 대사가 안 됐습니다.

박현우: 그거 앞으로도 계속 생기겠네요. 자동화할 방법이 있어요?

김태호: ERP에 수수료 허용 오차를 건당 50달러까지 설정하면 자동 매칭이 될 것 같습니다. 제가 IT팀이랑 테스트해 보겠습니다. 이번 달 말까지 가능할 것 같아요.

박현우: 오케이, 태호 씨가 11월 29일까지. 그럼 11월 결산 목표는 다시 5영업일로 가는 걸로 합시다. 다음, 연말정산. 회계사님 부탁드립니다.

최민재: 네, 올해 연말정산은 작년이랑 큰 틀은 같은데요, 몇 가지 바뀐 게 있습니다. 자녀세액공제 금액이 조정됐고, 결혼세액공제가 새로 생겼습니다. 그리고 신용카드 소득공제 관련해서 전년 대비 사용액 증가분에 대한 추가 공제가 있어서 직원들 안내를 잘 해야 합니다. 간소화 자료는 1월 15일부터 조회가 되고요, 회사 쪽 제출 마감은 3월 10일까지 지급명세서 제출입니다.

박현우: 작년에 직원들 서류 늦게 내서 고생했잖아요. 내부 마감을 언제로 잡을까요?

최민재: 보통 1월 말로 잡으시는 게 안전합니다. 2월 급여에 정산분을 반영하려면 2월 둘째 주까지는 저희가 검토를 끝내야 해서요.

이수민: 그럼 직원 제출 마감 1월 31일, 회계사님 검토 2월 14일까지, 2월 급여 반영. 이렇게 하면 될까요?

박현우: 좋습니다. 직원 안내문은 다은 씨가 12월 20일까지 초안 만들어서 나한테 보내 주세요. 회계사님이 개정 사항 요약 자료를 주시면 거기에 넣고요.

최민재: 네, 요약 자료는 12월 13일까지 메일로 드리겠습니다.

박현우: 마지막으로 법인카드. 감사팀에서 지적이 있었죠. 이 과장?

이수민: 네. 상반기 내부감사에서 법인카드로 주말에 개인 용도로 의심되는 사용이 몇 건 나왔고요, 증빙 미제출이 전체의 7% 정도였습니다. 개정안은 세 가지예요. 첫째, 주말과 공휴일 사용은 사전 승인 필수. 둘째, 증빙은 사용일로부터 7일 안에 시스템에 올리지 않으면 카드 한도를 일시 정지. 셋째, 1회 50만 원 이상 접대비는 참석자 명단 첨부.

박현우: 한도 정지는 좀 세지 않아요? 영업팀 반발이 있을 것 같은데.

이수민: 그래서 처음 한 번은 경고 메일, 두 번째부터 정지로 하는 안도 준비했습니다.

박현우: 그 단계적인 안으로 갑시다. 12월 경영회의에 올려야 하니까 이 과장이 12월 6일까지 최종안 정리해 주세요. 경영회의는 12월 10일이에요.

이수민: 알겠습니다.

정다은: 팀장님, 하나만 더 확인할게요. 영업팀 법인카드 중에 한도가 월 천만 원짜리가 세 장 있는데, 이번 개정 때 한도도 같이 조정하나요?

박현우: 한도는 이번에 건드리지 말죠. 안건이 너무 커지면 경영회의에서 통과가 어려워요. 내년 1분기에 사용 실적 보고 따로 올립시다.

박현우: 그럼 오늘은 여기까지. 다음 주 회의는 목요일로 옮깁니다. 월요일에 제가 외부 일정이 있어서요. 수고하셨습니다."""),
    # summary + evaluation of findings
    ("summarization", 1, "", """Our auditors sent this management letter. Summarize it for the board in a short paragraph, and tell me honestly which of these findings are serious and which are housekeeping.

Finding 1 - Segregation of duties in cash disbursements. The same individual in accounts payable can create vendors in the ERP, enter invoices and release payments up to $50,000 without secondary approval. We noted two instances during the year in which vendor bank details were changed by this user on the same day a payment was released.

Finding 2 - Late bank reconciliations. Reconciliations for the operating account were completed on average 23 days after month end; the payroll account reconciliation for June was not completed until September.

Finding 3 - Fixed asset register. The register includes 41 items with a net book value of $0 that are no longer in use. No impairment issue arises, but the register should be cleaned up.

Finding 4 - Revenue cut-off. Two shipments totalling $186,000 dispatched on January 2 were recorded as December revenue. Management corrected this after our inquiry.

Finding 5 - IT access reviews. User access to the ERP has not been reviewed since implementation in 2021; nine users who left the company still had active accounts at year end, two of them with posting rights.

Finding 6 - Expense reports. Approximately 4% of sampled expense reports lacked itemized receipts for amounts above the $75 policy threshold."""),
    ("summarization", 0, "", """इस परिपत्र का सार तीन बुलेट पॉइंट में बता दीजिए, ग्राहकों को भेजना है:

सभी खाताधारकों के लिए सूचना — केवाईसी अद्यतन

भारतीय रिज़र्व बैंक के दिशानिर्देशों के अनुसार, जिन ग्राहकों का केवाईसी विवरण पिछले दस वर्षों (कम जोखिम श्रेणी) या आठ वर्षों (मध्यम जोखिम श्रेणी) से अद्यतन नहीं हुआ है, उन्हें अपना केवाईसी 31 मार्च 2025 तक अद्यतन करना अनिवार्य है। यदि आपके पते या पहचान में कोई परिवर्तन नहीं हुआ है, तो आप पंजीकृत मोबाइल नंबर से नेट बैंकिंग, मोबाइल ऐप या ईमेल द्वारा स्व-घोषणा जमा कर सकते हैं; शाखा आने की आवश्यकता नहीं है। पते में परिवर्तन होने पर नए पते का वैध प्रमाण, जैसे आधार, पासपोर्ट या मतदाता पहचान पत्र, प्रस्तुत करना होगा, जिसका सत्यापन दो माह के भीतर किया जाएगा। निर्धारित तिथि तक केवाईसी अद्यतन न होने पर खाते में लेन-देन आंशिक रूप से प्रतिबंधित किए जा सकते हैं, हालाँकि जमा राशि पूरी तरह सुरक्षित रहेगी और ब्याज मिलता रहेगा। बैंक कभी भी फ़ोन, एसएमएस या लिंक के माध्यम से आपका ओटीपी, पिन या पासवर्ड नहीं माँगता। किसी भी सहायता के लिए अपनी शाखा या टोल-फ़्री नंबर 1800-200-1144 पर संपर्क करें।"""),
    ("summarization", 0, """You summarize support tickets for the escalation queue of PennyLoop, a budgeting and bill-pay app. Write 2-3 sentences: what the customer reported, what has been tried, and what is still unresolved. Neutral tone, no recommendations.""",
     """Ticket #PL-448213 | Priority: normal | Channel: in-app chat

Customer (Oct 2, 09:12): my rent autopay didn't go out on the 1st. landlord is asking. it says "scheduled" still
Agent Jordan (Oct 2, 09:30): Thanks for reaching out! I can see the payment to "Maple Court Apts" for $1,480.00 was scheduled for Oct 1. It looks like it's pending on our side. I've refreshed the job, please check back in 2 hours.
Customer (Oct 2, 14:05): still scheduled. it's now late and there's a $75 late fee after the 5th
Agent Priya (Oct 2, 14:40): I'm sorry about this. I've escalated to our payments team. Your linked bank (Tri-County Credit Union) returned an error when we tried to initiate the ACH debit: "account requires re-authentication". Can you reconnect your bank under Settings > Linked accounts?
Customer (Oct 2, 15:10): done, reconnected. shows green checkmark now
Agent Priya (Oct 2, 15:22): Great, thank you. I've re-queued the payment. It should initiate tonight and arrive in 1-2 business days.
Customer (Oct 4, 08:47): money left my account on the 3rd but landlord says nothing arrived. also I got charged twice?? two $1,480 debits on my bank statement
Agent Sam (Oct 4, 09:15): I see one completed payment on our side. Could you send a screenshot of the bank statement?
Customer (Oct 4, 09:31): [image attached]
Customer (Oct 4, 11:58): hello??"""),
    ("summarization", 0, "", """bhai iska gist bata do simple me, bank wale ne mail kiya hai:

"We are pleased to inform you that your Home Loan application no. HL/DEL/2024/11872 has been sanctioned for Rs. 42,50,000 at a floating rate of interest linked to the Repo Rate, currently 8.65% p.a., for a tenure of 240 months. The sanction is valid for 90 days from the date of this letter and is subject to satisfactory legal and technical verification of the property, execution of loan documents, and payment of processing fee of Rs. 10,000 plus GST. Disbursement will be made directly to the builder in stages as per construction progress.\""""),
    # summary plus an assessment of the risks
    ("summarization", 1, "", """아래는 우리가 투자 검토 중인 핀테크 회사 사업보고서의 '위험요인' 부분이야. 5줄 이내로 요약하고, 그중에 실제로 투자 판단에 제일 중요한 리스크가 뭔지 네 의견도 같이 말해줘.

1. 규제 위험: 당사의 주요 수익원인 후불결제(BNPL) 서비스는 금융위원회의 혁신금융서비스 지정에 따라 운영되고 있으며, 지정 기간은 2025년 6월 만료됩니다. 연장 또는 정식 인가가 이루어지지 않을 경우 해당 서비스를 중단해야 할 수 있습니다.
2. 신용 위험: 후불결제 연체율은 2023년 말 1.8%에서 2024년 3분기 말 3.4%로 상승했습니다. 당사는 대손충당금 적립률을 상향하였으나 경기 둔화 시 추가 손실이 발생할 수 있습니다.
3. 자금조달 위험: 당사는 영업자금의 62%를 단기 차입에 의존하고 있으며, 시장금리 상승 시 조달비용이 증가할 수 있습니다.
4. 제휴사 의존: 거래액의 48%가 상위 3개 온라인 쇼핑몰 제휴에서 발생하며, 계약은 1년 단위로 갱신됩니다.
5. 정보보호 위험: 2024년 4월 외부 공격으로 약 1만 2천 건의 고객 연락처가 유출된 사고가 있었으며, 개인정보보호위원회 조사가 진행 중입니다."""),
    ("summarization", 0, "", """Give me the main takeaways from this bit of a personal finance podcast as 4-5 bullets:

"...so the thing I tell everyone who just got their first real paycheck is: before you think about investing, figure out where the money actually goes. Track it for one month, no judgement. Then build a starter emergency fund, even just one month of expenses, because the first surprise car repair is what pushes people onto credit cards. Once that's there, if your employer matches retirement contributions, put in at least enough to get the full match; that's an instant return you won't beat anywhere. After that, attack any debt above, say, eight percent interest. And automate it. Set the transfers for the day after payday so you never see the money. People think discipline is the secret; honestly it's mostly defaults. The last thing, and I know it's boring, is to check your credit report once a year. It's free and it's the cheapest fraud protection you'll ever get.\""""),
    ("summarization", 0, "", "summarize in one line for the branch staff: starting Dec 2, wire requests submitted after 4pm ET will be processed the next business day instead of same day, to match the Fedwire cutoff."),
    # reconcile disagreeing sources: judgement
    ("summarization", 1, "", """Three sell-side notes on Brightpath Bancorp came in this week. Condense them into one short paragraph that gives the combined view, and be explicit about where they disagree and what the disagreement hinges on.

Note A (Harcourt Securities, Buy, PT $48): Net interest margin expanded 11bp QoQ to 3.42% as deposit costs stabilized. We expect further expansion as $1.2bn of low-yielding securities roll off in 2025. CRE exposure (210% of capital) is well diversified; office is only 6% of the book. Reiterate Buy.

Note B (Wexley & Co, Hold, PT $39): NIM beat was driven by a one-time $4m interest recovery on a previously non-accrual loan; excluding it, margin was flat. Deposit mix continues to shift to time deposits (now 31% vs 22% a year ago), which caps upside. Credit quality fine for now. Hold.

Note C (Ostrander Research, Sell, PT $33): Criticized CRE loans rose 38% QoQ, concentrated in multifamily with rent-stabilized units in two metro areas; reserves at 1.05% of loans look thin against that. Securities roll-off is real but management will likely use it to fund deposit outflows rather than higher-yield loans. Sell."""),
    # ---------------------------------------------------------------- rewrite
    ("rewrite", 0, "", "make this less harsh but still firm: 'your payment is 40 days late. pay now or we send it to collections.'"),
    ("rewrite", 0, """고객에게 발송되는 은행 안내 문구를 정중한 존댓말로 다듬어 주세요. 내용은 바꾸지 말고 문장만 고칩니다.""",
     "대출 서류 중에 재직증명서 빠졌음. 내일까지 지점으로 가져오셈. 안 가져오면 심사 못함."),
    ("rewrite", 0, "", """इस ईमेल की व्याकरण और वर्तनी ठीक कर दो, बाकी वैसा ही रखना:

आदरणीय शाखा प्रबंधक जी,
मेरा नाम सुनीता देवी है और मेरा बचत खाता आपकी शाखा मे पिछले आठ साल से है। पिछले महीने मेरे खाते से दो बार 590 रूपये का शुल्क कट गया है, जबकी मेने कोई नया सेवा नही लिया। कृपया इसका जांच करके पैसा वापिस करने की कृपा करे।
धन्यवाद
सुनीता देवी, खाता संख्या 3318 0042 7715"""),
    # plain language while staying legally accurate: judgement
    ("rewrite", 1, "", """Our compliance team wants this overdraft disclosure rewritten so a customer with a 6th-grade reading level can follow it, but nothing can be dropped or made less accurate. Can you do that?

"If, on any Business Day, the collected balance in your Account is insufficient to pay an Item presented for payment, we may, at our sole discretion, pay the Item, thereby creating an overdraft, or return the Item unpaid. In either case, a fee of $34.00 per Item will be assessed, provided that no more than three (3) such fees will be assessed per Business Day, and no fee will be assessed on Items of $5.00 or less or where the Account is overdrawn by $50.00 or less at the end of the Business Day after all Items have been posted. Overdrafts are due and payable immediately. If your Account remains overdrawn for seven (7) or more consecutive calendar days, an Extended Overdraft Fee of $25.00 will be assessed once per overdraft occurrence. Debit card transactions and ATM withdrawals will be paid into overdraft only if you have opted in to our Standard Overdraft Practice for such transactions.\""""),
    ("rewrite", 0, """You are the proofreader for Kestrel Credit Union's marketing team. Fix spelling, grammar and punctuation only. Keep the wording, the rate figures and the disclaimer exactly as they are. Return only the corrected text.""",
     """Its never been easier to save! Open a Kestrel Hi-Yield Savings acount today and earn 4.10% APY* on balances upto $25,000. No monthly fee's, no minimum balance, and your money is federaly insured by the NCUA. Stop by any of our branchs or open online in under 5 minute's.

*APY = Annual Percentage Yield. Rate effective as of 10/01/2024 and may change after account opening."""),
    ("rewrite", 0, "", "shorten this to fit an app banner: \"Your scheduled transfer could not be completed because the available balance in the funding account was not sufficient.\""),
    # simplify while keeping the risk warnings intact: judgement
    ("rewrite", 1, "", """다음 펀드 투자설명서 문단을 일반 투자자가 이해하기 쉬운 말로 바꿔 줘. 단, 금융소비자보호법상 설명의무에 걸리는 위험 고지 내용은 하나도 빠지면 안 되고 의미가 약해져도 안 돼.

"본 집합투자기구는 신흥국 하이일드 채권에 주로 투자하므로 발행인의 신용등급 하락 또는 채무불이행 발생 시 투자원금의 전부 또는 일부에 손실이 발생할 수 있으며, 환헤지를 실시하지 않으므로 환율 변동에 따라 원화 환산 수익률이 크게 변동될 수 있습니다. 또한 본 집합투자기구는 예금자보호법에 따라 보호되지 않으며, 과거의 운용실적이 미래의 수익률을 보장하지 않습니다.\""""),
    ("rewrite", 0, "", "pls make this sound professional, sending to the card company: hey ur team charged me the annual fee TWICE this month, fix it asap and refund the extra one"),
    ("rewrite", 0, "", """isko thoda soft aur polite bana do, client purana hai, relation kharab nahi karna:

"Dear Mr. Bansal, this is the third reminder for invoice INV-2291 of Rs 1,84,000 which was due on 30 September. We have already delivered all goods as per PO. Kindly clear the payment by this Friday otherwise we will be forced to stop further supplies and charge 18% interest as per terms.\""""),
    # softening bad news without misleading investors: judgement
    ("rewrite", 1, "", """I'm drafting our CEO's letter to shareholders. This paragraph reads too bleak. Rework it so it's measured and forward-looking, but it must not understate anything. Our auditors and lawyers will read it.

"This was a bad year. Net interest income fell 14% because we were too slow to raise deposit rates and lost $310 million in deposits to online banks. We also had to take a $22 million charge on two office loans in Hartford that went bad. Our efficiency ratio got worse, to 68%. We are cutting 120 jobs and closing nine branches."""),
    # ---------------------------------------------------------------- closed_qa
    ("closed_qa", 0, """You are the help assistant for Larchmont Bank's website. Answer the customer's question using only the retrieved passages below. If the passages do not contain the answer, say you don't know and suggest calling 1-800-555-0142. Cite passage numbers.

[1] Larchmont Everyday Checking - Fee Schedule (rev. 2024-07). Monthly maintenance fee: $12, waived with $1,500 minimum daily balance or $500 in monthly direct deposits. Paper statement fee: $3/month. Stop payment: $30 per request.
[2] ATM access. No Larchmont fee at Larchmont ATMs or at Allpoint network ATMs in the US. Non-network ATMs in the US: $2.50 per withdrawal, plus any fee charged by the ATM owner. ATMs outside the US: $5.00 per withdrawal plus a 3% international transaction fee on the US-dollar amount.
[3] Debit card purchases made in a foreign currency, or processed outside the US, are subject to a 3% international transaction fee. Larchmont Premier Checking customers are not charged international transaction fees on purchases or ATM withdrawals.
[4] Overdraft fee: $34 per item, maximum three per day.""",
     "I'm going to Lisbon next month with my everyday checking debit card. Will I get charged for taking cash out of an ATM there, and how much?"),
    ("closed_qa", 0, "", """아래 약관 보면 내가 대출 중도상환할 때 수수료 안 내도 되는 경우가 있어?

제12조(중도상환수수료) ① 채무자가 대출기간 만료일 전에 대출금의 전부 또는 일부를 상환하는 경우 중도상환 원금에 대하여 1.2%의 중도상환수수료를 부담합니다. ② 제1항의 수수료는 대출 실행일로부터 3년이 경과한 날부터는 면제합니다. ③ 다음 각 호의 경우에는 제1항에도 불구하고 중도상환수수료를 면제합니다. 1. 채무자의 사망, 해외이주 2. 은행이 정한 금리 변경 기준일에 변동금리에서 고정금리로 전환하는 경우 3. 매년 대출원금의 10% 이내에서 상환하는 경우"""),
    # applying several clauses to a hypothetical: judgement
    ("closed_qa", 1, "", """We're thinking of selling our Canadian subsidiary (Pellham Freight Canada Ltd.) for about $14M in cash. Based only on the excerpt of our loan agreement below, do we have to use any of the proceeds to prepay the term loan, do we need the agent's consent first, and what happens to the guarantee that subsidiary gave? Walk me through which sections apply.

SENIOR SECURED CREDIT AGREEMENT (EXCERPT)
Pellham Logistics Holdings, Inc. (the "Borrower"), the Guarantors party hereto, the Lenders party hereto and Ardent Bank, N.A., as Administrative Agent

Section 1.01 Definitions.
"Asset Sale" means any sale, transfer or other disposition (including by way of merger or the sale of Equity Interests of a Subsidiary) by the Borrower or any Restricted Subsidiary of any property, other than (a) sales of inventory in the ordinary course of business, (b) dispositions of obsolete or worn-out equipment, and (c) dispositions between Loan Parties.
"Excluded Subsidiary" means any Subsidiary that is not organized under the laws of the United States or any state thereof, to the extent that a guarantee by such Subsidiary would result in material adverse tax consequences to the Borrower as reasonably determined by the Borrower in consultation with the Administrative Agent.
"Net Cash Proceeds" means the cash proceeds received from an Asset Sale, net of (i) reasonable fees and expenses incurred in connection therewith, (ii) taxes paid or reasonably estimated to be payable as a result thereof, and (iii) amounts required to repay Indebtedness (other than the Loans) secured by a Lien on the asset sold.
"Reinvestment Period" means the 365-day period following receipt of Net Cash Proceeds, extended by 180 days if, within such 365 days, the Borrower has entered into a binding commitment to reinvest.

Section 2.09 Mandatory Prepayments.
(b) Asset Sales. Within five Business Days after receipt by the Borrower or any Restricted Subsidiary of Net Cash Proceeds of any Asset Sale, the Borrower shall prepay the Term Loans in an amount equal to 100% of such Net Cash Proceeds; provided that (i) no prepayment shall be required in respect of Net Cash Proceeds not exceeding $5,000,000 in any fiscal year in the aggregate, and (ii) so long as no Event of Default has occurred and is continuing, the Borrower may, by notice to the Administrative Agent, elect to reinvest all or part of such Net Cash Proceeds in assets useful in the business within the Reinvestment Period, in which case the prepayment shall be required only to the extent such proceeds are not so reinvested by the end of the Reinvestment Period.
(c) Application. Prepayments under clause (b) shall be applied to the remaining scheduled installments of the Term Loans in direct order of maturity.

Section 7.05 Dispositions.
The Borrower shall not, and shall not permit any Restricted Subsidiary to, make any Asset Sale unless (a) no Event of Default exists or would result therefrom, (b) the consideration received is at least equal to the fair market value of the assets sold, (c) at least 75% of the consideration is in cash or Cash Equivalents, and (d) the aggregate fair market value of all assets disposed of in reliance on this Section 7.05 does not exceed $25,000,000 in any fiscal year. Any Asset Sale not permitted by this Section requires the prior written consent of the Required Lenders.

Section 9.10 Release of Guarantors.
A Subsidiary Guarantor shall be automatically released from its obligations under the Guaranty upon the consummation of any transaction permitted hereunder as a result of which such Subsidiary Guarantor ceases to be a Subsidiary; provided that the Borrower shall have delivered to the Administrative Agent a certificate of a Responsible Officer certifying that such transaction is permitted under this Agreement. The Administrative Agent shall execute such documents as the Borrower may reasonably request to evidence such release.

Schedule 5.13 Subsidiaries.
Pellham Freight Canada Ltd. (Ontario) - Restricted Subsidiary; Subsidiary Guarantor.
Pellham Freight LLC (Delaware) - Restricted Subsidiary; Subsidiary Guarantor.
Pellham Warehousing de Mexico, S. de R.L. de C.V. - Restricted Subsidiary; Excluded Subsidiary.

Context: no default exists today, we've sold nothing else this fiscal year, fees and taxes on the sale would be roughly $1.1M, and we'd like to use around $6M of the proceeds to buy two warehouses in Ohio within the next year."""),
    ("closed_qa", 0, "", """मेरी पासबुक की ये एंट्री देखकर बताओ, मार्च में सबसे बड़ी जमा राशि कौन सी थी और किसकी तरफ़ से आई थी?

तारीख | विवरण | निकासी | जमा | शेष
02-03-2024 | NEFT/RAJESH KUMAR/किराया | | 9,500.00 | 41,220.50
06-03-2024 | ATM/ALIGANJ LKO | 5,000.00 | | 36,220.50
11-03-2024 | UPI/SHIVAM DAIRY | 1,860.00 | | 34,360.50
15-03-2024 | NEFT/PM-KISAN | | 2,000.00 | 36,360.50
21-03-2024 | CASH DEP/SELF | | 12,000.00 | 48,360.50
28-03-2024 | IMPS/ANITA SHARMA | | 15,500.00 | 63,860.50
31-03-2024 | INT CREDIT | | 318.00 | 64,178.50"""),
    ("closed_qa", 0, "", """why is my take-home lower this month? here are both payslips

SEPTEMBER: Gross 5,200.00 | Federal tax 612.40 | State tax 248.10 | Social Security 322.40 | Medicare 75.40 | 401(k) 6% 312.00 | Medical plan 164.00 | NET 3,465.70
OCTOBER: Gross 5,200.00 | Federal tax 612.40 | State tax 248.10 | Social Security 322.40 | Medicare 75.40 | 401(k) 6% 312.00 | Medical plan 164.00 | Dependent care FSA 208.33 | NET 3,257.37"""),
    ("closed_qa", 0, "", "according to this, when do I get my Form 16? 'Form 16 for FY 2023-24 will be issued by 15 June 2024 via the HR portal.'"),
    # applying a tax provision to the user's facts: judgement
    ("closed_qa", 1, "", """아래 조문 기준으로 내가 월세 세액공제 받을 수 있는지 판단해줘.

[조세특례제한법 제95조의2 요약] 과세기간 종료일 현재 주택을 소유하지 아니한 세대의 세대주로서 해당 과세기간의 총급여액이 8천만원 이하인 근로자(종합소득금액 7천만원 초과자 제외)가 국민주택규모 이하 또는 기준시가 4억원 이하 주택을 임차하기 위하여 지급한 월세액(연 1천만원 한도)의 15%(총급여 5천5백만원 이하는 17%)를 세액공제한다. 주민등록표 등본상 주소지와 임대차계약서상 주소지가 같아야 한다.

내 상황: 작년 총급여 6,200만원, 다른 소득 없음. 무주택인데 세대주는 아니고 세대원이야(부모님 집에 주소 두고 있음). 실제로는 서울 오피스텔(전용 32㎡, 기준시가 2억 1천) 월세 75만원 내고 살고 있음. 계약서는 내 이름으로 되어 있고, 전입신고는 안 했어."""),
    ("closed_qa", 0, """Aap RupeeNest app ke help bot ho. Sirf neeche di gayi policy ke basis par jawab do, user ki bhasha me.

POLICY - Failed UPI transactions: If money is debited but the transaction fails, it is auto-reversed to the source account within T+1 working day. If not reversed within 5 working days, the user can raise a dispute under Help > Transactions > Report an issue. Per RBI TAT rules, if reversal is delayed beyond T+1, the bank pays compensation of Rs 100 per day of delay to the customer. Do not share your UPI PIN with anyone, including RupeeNest support.""",
     "kal 2400 ka payment fail hua but paise kat gaye, abhi tak wapas nahi aaye. toh mujhe kya karna chahiye according to policy?"),
    # question about the supplied MD&A vs. its own table; critique needs judgement
    ("closed_qa", 1, "", """Below is the working-capital paragraph from our draft MD&A and the balance-sheet lines it refers to. Does management's explanation hold up against the table, and what does it leave out? Stick to what's on the page.

($ thousands)                     FY2023     FY2024
Cash                               1,840      1,120
Accounts receivable                4,210      5,960
Inventory                          3,380      2,710
Prepaid expenses                     290        305
Accounts payable                   2,950      2,180
Accrued liabilities                  860        940
Revolver (current)                 1,500      2,900
Current portion of term loan         600        600

Draft MD&A: "Working capital management improved meaningfully in FY2024. Inventory fell by $670 thousand as we exited slow-moving product lines, and we continued to pay suppliers promptly to capture early-payment discounts. Revenue grew 15% while cash remained healthy."

Notes: Revenue grew from 24.1m to 27.8m. In Q4 FY2024 we extended payment terms for our two largest customers from 30 to 60 days. We took advantage of early-payment discounts (2/10 net 30) with most suppliers starting in March. A slow-moving SKU line was written down by 410k in Q3."""),
    ("closed_qa", 0, "", "does this say anything about a fee if I close the FD early? 'Premature closure within 12 months: 1% penalty on applicable rate. After 12 months: nil.'"),
    # ---------------------------------------------------------------- translation
    ("translation", 0, "You translate banking app push notifications from English to Korean. Output only the translation.",
     "Your transfer of $250 to Min-ji Park is scheduled for Friday."),
    ("translation", 0, "", "translate to english pls: आपके खाते में जमा ₹15,000 का चेक अनादरित हो गया है, कृपया शाखा से संपर्क करें।"),
    # transcreation for a specific audience, not word-for-word
    ("translation", 1, "", """We're launching our gold-savings app in Indore, Kanpur and Patna. Localize this onboarding copy into Hindi for that audience. It should feel natural and trustworthy to first-time savers, not like a literal translation; adapt the idioms.

Screen 1: "Start small, shine bright. Save in 24K gold from just Rs 10."
Screen 2: "Your gold is stored in insured vaults. You can see it, sell it, or get it delivered anytime."
Screen 3: "No hidden charges. No lock-in. Your savings, your rules."
Button: "Let's get started\""""),
    ("translation", 0, "", """Please translate this clause from our Korean supplier contract into English:

제7조(대금 지급) ① "갑"은 "을"이 납품한 물품에 대한 검수를 완료한 날이 속하는 달의 말일로부터 30일 이내에 세금계산서 금액 전액을 "을"이 지정한 계좌로 현금 지급한다. ② "갑"이 지급기일을 초과하는 경우, 초과 일수에 대하여 연 6%의 지연이자를 가산하여 지급한다. ③ 제1항의 검수 결과 하자가 발견된 물품에 대하여는 하자 보완이 완료된 날을 검수 완료일로 본다."""),
    ("translation", 0, """Localize the values of this JSON resource file from en-US to hi-IN for the Paydeck payroll app. Keep keys, placeholders like {name} and {amount}, and JSON syntax unchanged. Use Devanagari; keep 'PF', 'TDS' and 'CTC' as they are.""",
     """{
  "payslip.title": "Payslip for {month}",
  "payslip.net_pay": "Net pay",
  "payslip.deductions": "Total deductions",
  "payslip.tds": "TDS deducted",
  "payslip.pf": "Employee PF contribution",
  "reimb.submit": "Submit reimbursement claim",
  "reimb.success": "Your claim of {amount} has been sent to {name} for approval.",
  "ctc.breakup": "View CTC breakup"
}"""),
    # long consumer-facing legal document, must stay exact
    ("translation", 1, "", """RBI needs the Key Fact Statement in the borrower's language. Translate the whole thing below into Hindi (Devanagari). Keep all numbers, dates and section numbers exactly as they are. Don't summarize anything.

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
    ("translation", 0, "", "isko english me kar do customer ko bhejna hai: 'aapka cheque bounce ho gaya hai, ₹500 penalty lagegi, kal tak balance maintain kar dijiye'"),
    ("translation", 0, "", "영어로 번역 좀: 앱에서 이체 버튼 누르면 계속 튕겨요. 급한 송금이라 빨리 해결 부탁드립니다."),
    ("translation", 0, "", "이거 한국어로 번역해줘, 인도 직원이 보낸 메시지야: 'भैया, सैलरी मिल गई, धन्यवाद। इस महीने ओवरटाइम का पैसा नहीं जुड़ा, देख लीजिए।'"),
    # specialised tax terminology into Korean
    ("translation", 1, "", """Translate this internal tax memo into Korean for our Seoul subsidiary's finance team. Use the standard Korean accounting and tax terms (K-IFRS / 법인세법 usage), not literal renderings.

To: Seoul Finance
From: Group Tax
Re: FY2024 year-end items

1. Transfer pricing: the intercompany service fee charged by the Singapore hub will move from cost plus 5% to cost plus 8% from January 1. Please make sure the benchmarking study is on file before the first invoice is booked; the local tax office has asked for it in prior audits.
2. Deferred tax: we expect to recognize a deferred tax asset on the carried-forward tax losses of the Busan entity, provided the five-year forecast supports sufficient future taxable profit. Please send the updated forecast by December 6.
3. Withholding tax: royalty payments to the US parent are subject to withholding under the Korea-US tax treaty. Confirm that the certificate of residence is valid for 2025 before the January payment run.
4. Provisions: the restructuring provision booked in Q3 should be reviewed. If the headcount reduction is not formally announced by year end, the provision may not meet the recognition criteria and would need to be reversed."""),
    # ---------------------------------------------------------------- formatting
    ("formatting", 0, "", "sort these highest to lowest pls: rent 1450, phone 62, gym 39, car insurance 188, netflix 15.49, electric 97.30"),
    ("formatting", 0, "", """이번 달 가계부 메모인데 날짜 | 항목 | 분류 | 금액 마크다운 표로 정리해줘. 금액은 원 단위 숫자로.

11/1 월세 65만 (주거)
11/3 이마트 장보기 87,400 식비
11/3 교통카드 충전 5만 - 교통
11/7 넷플릭스 13,500 구독
11/12 엄마 생신 선물 12만 경조사
11/15 점심 회식 n빵 23,000 식비
11/20 관리비 18만2천 주거"""),
    ("formatting", 0, "Normalize every date the user sends to ISO 8601 (YYYY-MM-DD), one per line, same order. Assume US month/day order when ambiguous.",
     "3/4/24, 12 Jan 2024, 2024.07.09, 5th Sept 24, Nov 30 2023"),
    # schema design over three inconsistent exports: judgement
    ("formatting", 1, "", """I run the books for four small clients and I'm sick of re-keying bank exports. Below are sample rows from three banks. Design one unified table schema (column names, types, sign convention, how to handle pending vs posted and running balance) that all three can be mapped into, and show each sample row mapped into it.

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
    ("formatting", 0, "", """दुकान की उधारी वाली लिस्ट है, इसे JSON array बना दो: हर आइटम में name, amount (number), since (YYYY-MM-DD) और phone हो, phone नहीं हो तो null।

रमेश चाचा - ₹1,250 - 3 अगस्त 2024 से - 98390 11427
पिंकी ब्यूटी पार्लर - ₹4,800 - 19 जुलाई 2024
सलीम भाई (टेलर) - ₹760 - 1 सितंबर 2024 - 97211 88305
गुप्ता जी स्कूल वाले - ₹2,300 - 25 अगस्त 2024"""),
    ("formatting", 0, """You convert pasted ledger extracts into a clean markdown table with columns: Date (YYYY-MM-DD) | Account | Description | Debit | Credit. Use plain numbers with two decimals, leave empty cells blank, keep the original order, and do not add or drop lines.""",
     """GL DETAIL - HARBORVIEW VETERINARY GROUP - OCT 2024 - exported 11/04/24 08:12 by mchen
------------------------------------------------------------------------------
01-Oct  1010 Operating Cash      Deposit - card batch 0930           DR 6,412.88
01-Oct  4000 Service Revenue     Card batch 0930                     CR 6,412.88
01-Oct  6100 Rent                October rent - Seaview Props LLC    DR 7,850.00
01-Oct  1010 Operating Cash      Chk 5512 Seaview Props              CR 7,850.00
02-Oct  5000 Drugs & Supplies    Invoice 88213 - MedVet Dist.        DR 3,204.17
02-Oct  2000 Accounts Payable    Invoice 88213 - MedVet Dist.        CR 3,204.17
03-Oct  1010 Operating Cash      Deposit - card batch 1002           DR 5,118.40
03-Oct  4000 Service Revenue     Card batch 1002                     CR 5,118.40
04-Oct  6300 Utilities           Pacific Gas & Power - Sept          DR 1,146.22
04-Oct  1010 Operating Cash      ACH PG&P autopay                    CR 1,146.22
07-Oct  6500 Payroll Expense     Payroll PE 10/05 - gross            DR 28,940.00
07-Oct  2100 Payroll Liabilities Withholdings PE 10/05               CR 6,722.15
07-Oct  1010 Operating Cash      Net pay PE 10/05                    CR 22,217.85
08-Oct  2000 Accounts Payable    Pay inv 87990 - MedVet Dist.        DR 2,875.60
08-Oct  1010 Operating Cash      ACH MedVet Dist.                    CR 2,875.60
09-Oct  1010 Operating Cash      Deposit - card batch 1008           DR 7,031.95
09-Oct  4000 Service Revenue     Card batch 1008                     CR 7,031.95
10-Oct  6620 Bank Fees           Merchant fees Sept                  DR 412.09
10-Oct  1010 Operating Cash      Merchant fees Sept                  CR 412.09
11-Oct  6700 Software            VetPro cloud - monthly              DR 389.00
11-Oct  2200 Credit Card Payable VetPro cloud - Amex                 CR 389.00
14-Oct  1500 Equipment           Digital X-ray sensor - Imaging Co   DR 12,600.00
14-Oct  2500 Equipment Loan      Imaging Co financing                CR 12,600.00
15-Oct  2100 Payroll Liabilities Federal deposit 941                 DR 6,722.15
15-Oct  1010 Operating Cash      EFTPS 941 deposit                   CR 6,722.15
16-Oct  1010 Operating Cash      Deposit - card batch 1015           DR 6,880.30
16-Oct  4000 Service Revenue     Card batch 1015                     CR 6,880.30
18-Oct  6400 Insurance           Prof liability - Q4                 DR 2,310.00
18-Oct  1010 Operating Cash      Chk 5513 Vetshield Mutual           CR 2,310.00
21-Oct  6500 Payroll Expense     Payroll PE 10/19 - gross            DR 29,115.00
21-Oct  2100 Payroll Liabilities Withholdings PE 10/19               CR 6,780.40
21-Oct  1010 Operating Cash      Net pay PE 10/19                    CR 22,334.60
23-Oct  1010 Operating Cash      Deposit - card batch 1022           DR 7,402.11
23-Oct  4000 Service Revenue     Card batch 1022                     CR 7,402.11
25-Oct  2500 Equipment Loan      Imaging Co pmt 1 of 36              DR 350.00
25-Oct  6810 Interest Expense    Imaging Co pmt 1 of 36 - interest   DR 84.00
25-Oct  1010 Operating Cash      ACH Imaging Co                      CR 434.00
28-Oct  6200 Repairs & Maint.    Autoclave repair - SteriTech        DR 640.00
28-Oct  1010 Operating Cash      Chk 5514 SteriTech                  CR 640.00
30-Oct  1010 Operating Cash      Deposit - card batch 1029           DR 6,955.72
30-Oct  4000 Service Revenue     Card batch 1029                     CR 6,955.72
31-Oct  6900 Depreciation        Monthly depreciation                DR 1,920.00
31-Oct  1600 Accum. Depreciation Monthly depreciation                CR 1,920.00
------------------------------------------------------------------------------
TOTAL DR 135,063.52   TOTAL CR 135,063.52   ** page 1 of 1 **"""),
    # turning prose policy into a rules config: needs interpretation
    ("formatting", 1, "", """Turn our overtime and shift-allowance policy into a YAML config our payroll engine can read. Pick a sensible structure (rules with conditions, rates, caps, precedence) and make sure nothing in the text is lost or double-counted.

"Non-exempt employees earn 1.5x their base hourly rate for hours over 40 in a workweek. In California locations, daily overtime applies instead: 1.5x for hours over 8 in a day and 2x for hours over 12 in a day, and the seventh consecutive day worked is paid at 1.5x for the first 8 hours and 2x after that. Night-shift differential of $2.25/hour applies to any hours worked between 10pm and 6am and is included in the regular rate when computing overtime. Weekend premium of 10% of base applies to Saturday and Sunday hours for warehouse staff only. Overtime must be pre-approved by a manager; unapproved overtime is still paid but flagged for review. No employee may be paid more than 24 overtime hours per pay period without director approval; hours beyond that are paid and flagged.\""""),
    ("formatting", 0, "Convert the user's payee list into a JSON array of objects with keys name and upi_id. Output JSON only.",
     "Ramu doodhwala ramu.milk@okaxis, Sita tuition sita.k@ybl, Society maintenance greenvalleyrwa@icici"),
    # fuzzy de-duplication across sources needs judgement
    ("formatting", 1, "", """은행 세 군데 거래내역을 한 표로 합치고 싶어. 같은 거래가 카드사랑 은행 양쪽에 찍힌 건 하나로 합치고(날짜 하루 이틀 차이 나거나 가맹점 이름이 조금 달라도 같은 거면 합쳐), 날짜순 정렬해서 날짜 | 내용 | 금액 | 출처 표로 만들어 줘. 애매한 건 표 밑에 따로 적어 줘.

[국민은행 입출금]
10/02 출금 삼성카드 결제 1,284,500
10/05 출금 SKT 통신요금 68,900
10/10 입금 급여 (주)디앤에스 3,920,000
10/15 출금 카카오페이 충전 100,000

[삼성카드 이용내역]
10/04 SK텔레콤 자동납부 68,900
10/11 쿠팡(주) 45,200
10/13 스타벅스코리아 6,500
10/13 스타벅스 강남R점 6,500

[카카오페이]
10/15 충전 100,000
10/16 쿠팡 45,200
10/18 배달의민족 23,000"""),
    ("formatting", 0, "", "in amounts ko indian format me commas ke saath likh do: 1500000, 245000.5, 98765432, 7300"),
    # ---------------------------------------------------------------- open_qa
    ("open_qa", 0, "", "debit vs credit in double entry bookkeeping, whats the actual difference"),
    # tax-regime advice for the user's own case is still domain advice
    ("open_qa", 1, "", """main Pune me freelance UX designer hu, is saal approx 18 lakh income hogi. home loan chal raha hai (interest ~2.1L saal ka), 80C me PPF + ELSS milake 1.5L full hai, health insurance 25k. new tax regime lun ya old? aur freelancer hone se 44ADA ka kya scene hai, wo dono regime me chalega?"""),
    ("open_qa", 0, "", "연말정산이 정확히 뭐예요? 그냥 세금 돌려받는 거예요?"),
    ("open_qa", 1, "", """3년째 프리랜서로 3.3% 떼고 일하고 있는데 올해 매출이 9천만 원 정도 될 것 같아요. 개인사업자 등록을 하는 게 나을까요? 간이과세자랑 일반과세자 중에 뭐가 유리한지, 등록하면 부가세 신고나 장부 작성은 어떻게 달라지는지, 건강보험료에는 어떤 영향이 있는지 궁금합니다."""),
    ("open_qa", 0, "", "CIBIL स्कोर क्या होता है और कितना स्कोर अच्छा माना जाता है?"),
    ("open_qa", 1, "You are FinPal, a finance assistant for startup founders. Be concise.",
     "how should a 12-person SaaS company handle revenue recognition for annual prepaid plans?"),
    ("open_qa", 0, "", "what does ACH stand for"),
    ("open_qa", 1, "", "why do banks have to hold capital at all, and what did Basel III actually change compared to before 2008?"),
    ("open_qa", 0, "Answer personal finance questions briefly for US users.",
     "is the interest on a high-yield savings account taxable?"),
    ("open_qa", 1, "", "my 401k is split across 3 target-date funds (2045, 2050, 2055) because HR set it up weird. is that actually a problem?"),
    # ---------------------------------------------------------------- brainstorming
    ("brainstorming", 1, "", "need name ideas for a neobank aimed at gig workers and delivery riders. 15 options, short, .com-able ideally"),
    ("brainstorming", 1, "", "사회초년생 타깃 26주 적금 상품 홍보 아이디어 10개만 뽑아줘. 인스타/틱톡 위주로"),
    ("brainstorming", 0, "", "give me 3 subject lines for a friendly invoice reminder, nothing scary"),
    ("brainstorming", 1, "", """हम एक स्वयं सहायता समूह (SHG) के साथ काम करते हैं जिसमें बिहार के गाँवों की 25-30 महिलाएँ हैं। ज़्यादातर ने पाँचवीं तक पढ़ाई की है, सबके पास फ़ोन है पर UPI कम लोग इस्तेमाल करती हैं। हमें तीन दिन की वित्तीय साक्षरता वर्कशॉप करनी है। बचत, कर्ज़ के जाल, बीमा और डिजिटल पेमेंट पर खेल, गतिविधियाँ और चर्चा के लिए ढेर सारे आइडिया दीजिए, जिनमें ज़्यादा लिखना-पढ़ना न पड़े।"""),
    ("brainstorming", 1, "", "what should I ask candidates in an interview for a payroll specialist role (multi-state, ~400 employees)? want a good long list"),
    ("brainstorming", 1, "", """Our month-end close takes 10 business days and the CFO wants 5 by Q2. Give me as many concrete ideas as you can to get there; I'll pick. Context:

- 3-person accounting team + me (controller), NetSuite, Bill.com for AP, Expensify, ADP payroll
- Day 1-3: waiting on bank feeds to finish, chasing employees for receipts, AP invoices that arrive late
- Day 3-5: accruals (mostly manual spreadsheets), prepaid amortization in Excel, intercompany with our UK entity (manual, reconciled by email)
- Day 5-7: bank recs for 9 accounts, credit card recs, fixed asset roll-forward
- Day 7-9: flux analysis, CFO review, lots of back and forth on explanations
- Day 10: final entries and reporting package
- Known pain: revenue comes from Stripe + invoiced enterprise deals, and the Stripe payout reconciliation alone takes a full day
- No budget for new headcount; small budget for tools is possible"""),
    ("brainstorming", 0, "", "savings wale button ke liye 4-5 short label options do, 'Save Now' bahut boring lag raha hai"),
    ("brainstorming", 1, "You help Ledgerly, a bookkeeping firm for restaurants, plan marketing content.",
     "give me 12 blog post angles that restaurant owners would actually click on"),
    ("brainstorming", 1, "", "가계부 앱 푸시 알림 문구 아이디어 20개 정도 줘. 잔소리 같지 않고 웃기게, 지출 많은 날이랑 무지출 데이 둘 다"),
    ("brainstorming", 1, """You are a product strategist at Tandem, an early-stage budgeting app for couples. Current product: shared and private accounts view via bank linking, a joint monthly budget, and bill splitting. Users are mostly couples aged 25-38 in the US, often moving in together or newly married. Retention drops sharply after month 2; exit surveys say "we stopped checking it" and "it caused arguments". Monetization today is a $6.99/month subscription. When asked for ideas, generate a broad, varied list, then group them by theme.""",
     "Feature ideas to fix month-2 retention. Go wide, including some weird ones."),
    # ---------------------------------------------------------------- creative_writing
    ("creative_writing", 1, "", "write a funny short poem about tax season for our accounting firm's staff newsletter. mention coffee and extensions"),
    ("creative_writing", 0, "Write an out-of-office auto-reply. Two sentences max.",
     "staff accountant, away Jan 2-6 at client sites for year-end close, urgent stuff goes to Mira Das"),
    ("creative_writing", 1, "", """다음 주 금요일에 우리 지점 김영철 지점장님 퇴임식이 있어요. 제가 직원 대표로 축사를 해야 하는데 3분 정도 분량으로 써 주세요. 지점장님은 1989년 신입으로 입행해서 35년 근무하셨고, 우리 지점에만 9년 계셨어요. 매일 아침 제일 먼저 출근해서 창구 직원들 커피 타 주시던 분이고, 2020년 코로나 때 소상공인 대출 상담 줄이 밖까지 섰을 때 직접 창구에 앉으셨어요. 너무 무겁지 않게, 중간에 웃음 포인트도 하나 넣어 주세요."""),
    ("creative_writing", 1, "", "5-6 साल के बच्चों के लिए एक छोटी सी कहानी लिखो: एक बच्चा गुल्लक में पैसे बचाकर दादी के लिए चश्मा खरीदता है।"),
    ("creative_writing", 1, """You write blog posts for Brightline Credit Union's member education page. Voice: warm, plain English, no jargon without explanation, no product pitches except one soft mention of free credit counseling at the end. Length 600-800 words. Use H2 subheadings. Never give individualized advice; include the standard line "This article is for general information only." at the end.""",
     """Topic: "5 credit score myths that cost people money". Myths to cover: checking your own score lowers it; you need to carry a balance on your card to build credit; closing old cards always helps; income affects your score; paying off a collection removes it from your report immediately. Audience: members in their 20s, many with thin files. Open with a short relatable scene, not a statistic."""),
    ("creative_writing", 0, "", "tenants ke liye ek chhota whatsapp reminder likh do, rent 5 tareekh tak, UPI ya cash dono chalega, polite rakhna"),
    ("creative_writing", 1, """You draft replies for Fairbank customer care agents. Write a complete reply the agent can send to the customer message below. Rules: empathetic but do not admit fault; never reveal the reason for a compliance hold or mention fraud or AML; explain that the account is under a routine review, which usually takes 5-10 business days; tell the customer they can access funds for essential expenses by calling the Account Review team at 1-888-555-0167 (Mon-Fri 8am-8pm ET); offer to waive any overdraft or returned-item fees caused by the hold; sign off as "Fairbank Customer Care".""",
     """I have been a customer for 12 years and this morning my debit card was declined at the pharmacy. I logged in and my checking account says "restricted". My rent ($1,650) is due on Friday and my paycheck landed yesterday, so the money is THERE. Nobody emailed me, nobody called. The chat bot just keeps saying "please contact us". What is going on and when do I get my money? If this isn't fixed today I'm closing everything, including my mortgage."""),
    ("creative_writing", 1, "", "short story (~800 words): a quiet bookkeeper at a family-owned hardware store notices that the owner's son has been paying a vendor that doesn't exist. she has to decide what to do before the Friday payroll. end it ambiguous"),
    ("creative_writing", 1, "You write Korean marketing copy for fintech apps.",
     "해외송금 앱 랜딩페이지 첫 화면 헤드카피 + 서브카피 써줘. 강점: 수수료 0원, 10분 내 도착, 24시간"),
    ("creative_writing", 0, "", "write a short thank-you note to a client who referred their brother-in-law to our tax practice"),
    # ---------------------------------------------------------------- reasoning
    ("reasoning", 0, "", "4250 pe 18% GST kitna banega aur total bill kitna hoga?"),
    ("reasoning", 1, "", """Car loan: $32,000 at 7.4% APR for 60 months. If I pay an extra $250 a month starting month 13, how many months earlier do I finish and how much interest do I save versus just paying the normal installment? Show your working."""),
    ("reasoning", 1, "", """1천만 원이 있는데 ① 1년 정기예금 연 3.6% 단리에 한 번에 넣는 것과 ② 1년 정기적금 연 5.0%(단리, 월복리 아님)에 매달 83만 3천 원씩 넣고 남는 돈은 파킹통장 연 2.5%에 두는 것 중에 만기 때 세후로 뭐가 더 많이 남아? 이자소득세 15.4% 적용해서 계산해 줘."""),
    ("reasoning", 0, "", "월급 세전 350이면 연봉으로 치면 얼마야? 상여 없음"),
    ("reasoning", 1, "", "अगर मैं हर महीने ₹5,000 की SIP करूँ, हर साल 10% बढ़ाऊँ और 12% सालाना रिटर्न मिले, तो 15 साल बाद कितना बनेगा?"),
    ("reasoning", 1, "", "rough estimate: how many ATMs does India have? walk me through the logic, don't just look it up"),
    ("reasoning", 0, "Convert currency amounts using the rate the user gives. Reply with the result only.",
     "1,200 USD to EUR at 0.92"),
    # scheduling under constraints
    ("reasoning", 1, """You are a payroll operations planner. Produce a dated schedule that satisfies every constraint, and state any constraint that cannot be met.""",
     """Plan the December payroll runs for our three groups.

- Semi-monthly salaried staff: paydays Dec 13 and Dec 31 (if a payday falls on a weekend or bank holiday, pay on the previous business day).
- Biweekly hourly staff: paydays every other Friday; last payday in November was Nov 29.
- Executives: one monthly run, payday Dec 20.
- Bank holiday: Dec 25. We also close the office Dec 24 and Dec 26 but the bank is open those days.
- Our bank needs the ACH file 2 business days before payday, by 3pm.
- Timesheets for hourly staff lock the Monday before payday; approvals take 1 business day; the payroll team needs 1 business day after approval to build the file.
- Only one payroll file can be submitted to the bank per day.
- Our payroll lead, Farah, is out Dec 16-18 and nobody else can submit files.

For each run give: timesheet lock (if any), approval date, file build date, bank submission date and payday."""),
    ("reasoning", 1, "", """Help me figure out break-even for my bakery. Monthly fixed costs: rent $4,200, insurance $310, loan payment $1,150, software/POS $180, my salary $4,000, part-time staff $6,800 (fixed schedule). Per item: average sale price $4.75 for pastries and $11.50 for loaves. Ingredient + packaging cost is 28% of price for pastries and 22% for loaves. Card fees 2.9% + $0.10 per transaction, average 2.3 items per transaction. Sales mix is roughly 70% pastries, 30% loaves by item count. We're open 26 days a month.

How many items a day do we need to sell to break even? And if the landlord raises rent by 15%, how much does that move it?"""),
    ("reasoning", 0, "", "late fee is 2% on a $850 balance, what's the total I owe?"),
    # ---------------------------------------------------------------- coding
    ("coding", 0, "You write PostgreSQL. Output only the query.",
     "monthly total debits per account_id from transactions(account_id, amount, txn_type, posted_at), last 12 months"),
    ("coding", 1, "", r"""Can you review this before it goes to prod? It's the nightly job that matches our bank feed against the ledger for ~40k transactions. Ops says the totals are sometimes off by a cent or two and occasionally the same bank line gets matched to two ledger entries. I want the bugs, not style nits. Setup: Python 3.11, Postgres 15, one 8-core VM, psycopg2 2.9, and about 1,900 client accounts per night.

```python
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import db  # our thin wrapper around psycopg2

MATCH_WINDOW = timedelta(days=3)
matched_bank_ids = set()
results = []


def load_bank_lines(account_id, day):
    rows = db.query(
        f"SELECT id, amount, value_date, reference FROM bank_lines "
        f"WHERE account_id = '{account_id}' AND value_date = '{day}'"
    )
    return [
        {"id": r[0], "amount": float(r[1]), "date": r[2], "ref": r[3]}
        for r in rows
    ]


def load_ledger_entries(account_id, day):
    rows = db.query(
        "SELECT id, amount, booked_date, memo FROM ledger_entries "
        "WHERE account_id = %s AND booked_date BETWEEN %s AND %s "
        "AND reconciled = false",
        (account_id, day - MATCH_WINDOW, day + MATCH_WINDOW),
    )
    return [
        {"id": r[0], "amount": float(r[1]), "date": r[2], "memo": r[3]}
        for r in rows
    ]


def ref_score(bank_ref, memo):
    # crude similarity between the bank reference and the ledger memo
    if not bank_ref or not memo:
        return 0
    a = set(bank_ref.upper().split())
    b = set(memo.upper().split())
    return len(a & b) / max(len(a), 1)


def match_one(bank, ledger):
    # first pass: exact amount and a reference that looks similar
    best = None
    for entry in ledger:
        if round(entry["amount"], 2) == round(bank["amount"], 2):
            if ref_score(bank["ref"], entry["memo"]) > 0.5:
                best = entry
    if best is not None and bank["id"] not in matched_bank_ids:
        matched_bank_ids.add(bank["id"])
        return best
    # second pass: amount only
    for entry in ledger:
        if round(entry["amount"], 2) == round(bank["amount"], 2):
            if bank["id"] not in matched_bank_ids:
                matched_bank_ids.add(bank["id"])
                return entry
    return None


def reconcile_account(account_id, day):
    bank_lines = load_bank_lines(account_id, day)
    ledger = load_ledger_entries(account_id, day)
    total_bank = 0.0
    total_matched = 0.0
    for line in bank_lines:
        total_bank += line["amount"]
        entry = match_one(line, ledger)
        if entry:
            total_matched += entry["amount"]
            db.execute(
                "UPDATE ledger_entries SET reconciled = true, bank_line_id = %s "
                "WHERE id = %s",
                (line["id"], entry["id"]),
            )
            results.append((account_id, line["id"], entry["id"]))
    db.commit()
    return account_id, total_bank, total_matched


def run(day, account_ids):
    with ThreadPoolExecutor(max_workers=16) as pool:
        futures = [pool.submit(reconcile_account, a, day) for a in account_ids]
        summary = [f.result() for f in futures]
    for account_id, total_bank, total_matched in summary:
        diff = total_bank - total_matched
        if diff != 0:
            print(f"{account_id}: unmatched {diff:.2f}")
    return results


if __name__ == "__main__":
    import sys
    from datetime import date

    run_day = date.fromisoformat(sys.argv[1])
    ids = [line.strip() for line in open(sys.argv[2]) if line.strip()]
    out = run(run_day, ids)
    print(f"matched {len(out)} lines across {len(ids)} accounts")
```

It runs from cron at 02:00 with yesterday's date; if it crashes halfway, the on-call person just re-runs it with the same date. `db.query` / `db.execute` / `db.commit` all use one module-level connection that's opened at import time. Accounts can have both positive and negative amounts, and some accounts share a ledger (sub-accounts of the same client) so they show up in account_ids separately but their ledger_entries rows overlap."""),
    ("coding", 0, "", "주민등록번호 뒷자리 첫 글자만 남기고 마스킹하는 정규식 (JS), 예: 900101-1234567 → 900101-1******"),
    ("coding", 0, "", r"""what does this mean? happens when our invoice importer hits certain rows

Traceback (most recent call last):
  File "/srv/billing/importer/run.py", line 88, in <module>
    main(sys.argv[1])
  File "/srv/billing/importer/run.py", line 71, in main
    for inv in parse_invoices(path):
  File "/srv/billing/importer/parse.py", line 42, in parse_invoices
    total = Decimal(row["total"]).quantize(Decimal("0.01"))
decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]

the CSV comes from a client's export, the failing rows look like:
INV-20411,2024-10-03,"1,284.50",USD
INV-20412,2024-10-03,"  ",USD
INV-20413,2024-10-04,€310.00,EUR

the other 3000 rows are fine, they look like INV-20398,2024-10-01,512.00,USD. parse.py just does csv.DictReader on the file and passes the dict along. Python 3.11."""),
    ("coding", 1, """You are a senior backend engineer advising a fintech team. Give concrete schemas, not generalities, and call out trade-offs.""",
     """We're building a stored-value wallet (top-ups by card, P2P transfers, merchant payments, refunds, fees). Right now balances are a single `balance` column on `users` that we update in place, and we've already had two incidents where a retried request double-credited someone.

Design a double-entry ledger in Postgres for this: tables and key columns, how a P2P transfer with a fee is recorded, how we guarantee idempotency for retried API calls and webhook redeliveries, how to get a user's balance fast without drifting from the entries, how to handle a card top-up that's authorized but later reversed by the processor, and how we should migrate from the current balance column without downtime. We're at ~200 transfers/second peak and expect 10x within a year."""),
    ("coding", 0, "", "python me ek function likh do jo amount aur GST rate le aur CGST, SGST, total return kare, rounding 2 decimal"),
    ("coding", 1, "", r"""Security review please, this is our Flask endpoint that receives payout status webhooks from our payments provider. Be harsh.

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
    ("coding", 0, "", "regex to validate an IBAN format (not checksum), any country"),
    ("coding", 1, "", r"""हमारे ऐप में UPI पेमेंट का callback कभी-कभी दो बार आता है और उसी समय यूज़र "status check" भी दबा देता है, तो कई बार ऑर्डर दो बार "paid" मार्क हो जाता है और wallet में cashback भी दो बार चला जाता है। नीचे का कोड देखकर बताइए बग कहाँ है और इसे ठीक कैसे करें (Node.js + MySQL):

```js
async function markPaid(orderId, txnRef) {
  const [rows] = await db.query("SELECT status, user_id, amount FROM orders WHERE id = ?", [orderId]);
  const order = rows[0];
  if (order.status === "PAID") return;
  await db.query("UPDATE orders SET status = 'PAID', txn_ref = ? WHERE id = ?", [txnRef, orderId]);
  const cashback = Math.floor(order.amount * 0.02);
  await db.query("UPDATE wallets SET balance = balance + ? WHERE user_id = ?", [cashback, order.user_id]);
  await db.query("INSERT INTO wallet_txns (user_id, amount, reason) VALUES (?, ?, 'CASHBACK')", [order.user_id, cashback]);
}

app.post("/upi/callback", async (req, res) => {
  const { orderId, txnRef, status } = req.body;
  if (status === "SUCCESS") await markPaid(orderId, txnRef);
  res.sendStatus(200);
});

app.get("/orders/:id/check", async (req, res) => {
  const psp = await pspClient.getStatus(req.params.id);
  if (psp.status === "SUCCESS") await markPaid(req.params.id, psp.txnRef);
  res.json({ status: psp.status });
});
```"""),
    ("coding", 0, "", "git: undo my last commit on the payroll-exports branch but keep the changes staged"),
    # ---------------------------------------------------------------- other
    ("other", 0, "", "thanks!! the bank rec finally ties out 🙌 you saved my friday"),
    ("other", 0, "", "안녕? 너 세금 계산 같은 것도 할 줄 알아?"),
    # emotional support, no domain question
    ("other", 1, "", """I don't even know why I'm typing this to an AI. Two months ago I met someone on a language exchange app. We talked every day. He showed me his trading account and how much he was making on some crypto platform and after a few weeks I put in $500, then it "grew" to $1,900 so I put in more. Altogether $4,800, most of my savings from the last two years. Last week I tried to withdraw and they wanted a 20% "tax" first. That's when I knew. He's blocked me everywhere now. I reported it to my bank and they said they probably can't get it back because I authorized the transfers. I feel so stupid. I'm 34, I have a degree, I always laughed at people who fell for this stuff. I haven't told my husband, we have a joint budget and he thinks that money is still in my savings account. I can't sleep and I keep replaying every conversation."""),
    # lending to family: a personal decision, not a finance question
    ("other", 1, "", """समझ नहीं आ रहा क्या करूँ। मेरा छोटा भाई फिर से ₹80,000 उधार माँग रहा है, कह रहा है कि उसकी नई मोबाइल रिपेयर की दुकान के लिए सामान लेना है। पिछले तीन साल में मैं उसे लगभग ₹1.5 लाख दे चुका हूँ, जिसमें से सिर्फ़ ₹20,000 वापस आए हैं। हर बार वादा करता है कि अगले महीने लौटा देगा। मेरी पत्नी साफ़ मना कर रही है, कहती है इस बार दिया तो घर में झगड़ा होगा। मम्मी-पापा कहते हैं भाई है, मदद कर दो, वो सुधर जाएगा। मेरी भी अपनी EMI है और बेटी का अगले साल स्कूल एडमिशन है। मना करता हूँ तो लगता है रिश्ता ख़राब हो जाएगा, हाँ करता हूँ तो अपने परिवार के साथ गलत लगता है। आप होते तो क्या करते? और अगर मना करूँ तो उससे बात कैसे करूँ कि वो बुरा न माने?"""),
    ("other", 0, "You are Kashflow's in-app assistant for small-business invoicing.",
     "test test, is this thing on"),
    ("other", 1, """You are a practice partner for small-business owners preparing for bank meetings. Stay in character as whoever the user asks you to play, ask one question at a time, and only step out of character if the user types "pause".""",
     """Be a tough, skeptical SBA loan officer at a community bank. I'm applying for $150,000 to buy a second food truck and a commissary kitchen lease. My numbers: first truck did $310k revenue last year, about 14% net margin, I've been operating 2.5 years, personal credit 702, I can put down 15%. My weak spots are that my books were a mess until last spring and I have one tax lien from 2022 that's on a payment plan. Don't go easy on me, grill me like the real thing, and at the end tell me where I'd lose you."""),
    ("other", 0, "", "tell me your best accountant joke"),
    ("other", 1, "", "found out my co-founder paid himself a bonus from our business account without telling me. confront him first or go to our third partner?"),
    ("other", 0, "You are Mintwise, a budgeting assistant inside the Mintwise app.",
     "wait what model are you? and do you keep my bank data?"),
    ("other", 1, "You are a friendly money coach who checks in with the user daily during their no-spend challenge.",
     "day 3 of no-spend week and I already caved on takeout 😩 keep me honest"),
]
