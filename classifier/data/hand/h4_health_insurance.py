"""Hand-written prompts, batch 4: hospitals, clinics, pharmacies, health insurance claims, patients and carers, medical devices; Japanese, Chinese (Simplified and Traditional), English/Japanese code-switching."""
H = [
    # ---------------------------------------------------------------- extraction
    ("extraction", 0, "", """pull the claim number, date of service, billed amt and what i owe from this EOB

EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: Dana Whitcombe   ID: QHX448201907
Claim #: 2024-11-0873314   Provider: Lakeshore Orthopedic Assoc.
Date(s) of service: 10/14/2024
Billed: $1,284.00   Plan discount: -$702.16   Plan paid: $465.47
Your responsibility: $116.37 (coinsurance 20%)
Questions? Call 1-800-555-0142"""),
    ("extraction", 0, "あなたは薬局の調剤ラベル読み取りワーカーです。入力テキストから 薬品名・規格・用法・日数・処方日 を抽出し、JSON一行で返してください。該当がない項目は null にしてください。", """【お薬の説明】 山口 恵美子 様
アムロジピン錠5mg「トワダ」 1回1錠 1日1回 朝食後 28日分
処方日 2025年3月4日　調剤 さくら通り薬局 本町店
※グレープフルーツジュースと一緒に飲まないでください"""),
    ("extraction", 0, "", """帮我把这份出院小结里出院带药的药名、剂量、用法都列出来，别的不用管：

出院诊断：1. 2型糖尿病 2. 高血压病2级
住院经过：患者入院后予胰岛素泵控制血糖，血糖逐渐平稳，血压控制可。
出院带药：
1. 二甲双胍缓释片 0.5g 口服 每日两次
2. 阿卡波糖片 50mg 口服 每日三次 随餐嚼服
3. 缬沙坦胶囊 80mg 口服 每日一次
4. 阿托伐他汀钙片 20mg 口服 每晚一次
出院医嘱：低盐低脂糖尿病饮食，两周后内分泌科门诊复诊。"""),
    # implied reasons -> needs judgement
    ("extraction", 1, "", """Below are the two letters Crestline Health sent about my son's ABA therapy. They keep saying "not medically necessary" but I feel like there are other reasons buried in here. Can you list every reason they're actually denying for, including ones they only hint at? Quote the line for each.

Letter 1 (dated Jan 9):
Dear Ms. Okafor, We have reviewed the request for Applied Behavior Analysis services (CPT 97153, 97155) for Tobi Okafor submitted by Brightpath Behavioral. Based on the information provided, the requested services do not meet medical necessity criteria under Crestline Clinical Policy BH-214. The treatment plan submitted does not include standardized assessment scores from the past 6 months. Additionally, the requested intensity of 30 hours per week exceeds what is typically authorized for a member of this age without documentation of prior lower-intensity intervention. Please note that Brightpath Behavioral is not currently contracted with your plan's behavioral health network administrator.

Letter 2 (dated Feb 2, after our appeal):
Dear Ms. Okafor, Your first-level appeal has been reviewed by a board-certified psychiatrist. The denial is upheld. While updated VB-MAPP scores were received, the reviewer noted that goals in the treatment plan are not measurable as written and that parent training hours are not specified. The reviewer also noted that the member attends a full-day school program, and services during school hours are the responsibility of the educational system. You may request an external review within 120 days of this notice."""),
    ("extraction", 0, "", """get me every phone and fax number in this referral, nothing else:
Referral to: Dr. Priya Natarajan, Cardiology - Harborview Heart Clinic, ph (617) 555-0198, fax (617) 555-0199. Referring: Dr. Lee, Maple Family Medicine ph 617-555-0310 / fax 617-555-0311. Pt callback: 857 555 0127"""),
    ("extraction", 1, "You support the medication safety team at St. Brigid's Hospital. From the nursing notes provided, extract every possible adverse drug event, including ones that are only suggested by the timeline (for example a new symptom shortly after a new drug). For each give: drug, event, time, evidence quote, and whether it is explicit or inferred.", """Pt: R. Halvorsen, 78M, bed 4B-12
03/11 08:00 Started vancomycin 1.25 g IV q12h per ID. Baseline Cr 1.1.
03/11 14:30 Pt c/o itching on neck and upper chest, flushed. Infusion rate slowed per protocol, resolved ~30 min.
03/12 09:10 Ondansetron 4 mg IV given for nausea.
03/12 20:00 Oxycodone 5 mg PO given for hip pain (first dose).
03/12 22:40 Pt more confused than yesterday, pulled at IV line, reoriented x3. Daughter says this is new for him.
03/13 06:00 UO 180 mL over 8 h. Cr 1.9 on AM labs. MD notified.
03/13 11:00 Vanc trough 24.8. Dose held per pharmacy.
03/13 15:20 BP 92/54 after furosemide 40 mg IV, pt dizzy when sitting up. Fall precautions reinforced.
03/14 07:45 Pt alert, oriented x3, eating breakfast. Oxycodone not given overnight."""),
    # code-switched: English form, Japanese ask
    ("extraction", 0, "", """この英語の事前承認フォームから、患者名・生年月日・保険ID・申請薬剤・処方医のNPIだけ抜き出して箇条書きにして。

PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY
Plan: Northgate Commercial PPO
Member name: Kenji Arakawa    DOB: 07/22/1981    Member ID: NGC-5530918-02
Group #: 77410
Prescriber: Elaine Fortescue, MD    NPI: 1487620395    Specialty: Rheumatology
Phone: (503) 555-0164    Fax: (503) 555-0165
Medication requested: adalimumab-aaty 40 mg/0.4 mL pen, inject SC every 14 days
Quantity: 2 pens / 28 days    Duration: 12 months
Diagnosis: M05.79 Rheumatoid arthritis with rheumatoid factor of multiple sites
Previous therapies tried: methotrexate 20 mg weekly (8 months, inadequate response); sulfasalazine (GI intolerance)
Urgency: Standard
Signature: E. Fortescue   Date: 05/02/2025"""),
    ("extraction", 0, "", """幫我把這張收據上的就醫日期、科別、部分負擔跟自費金額抓出來，我要報保險：
【安和綜合醫院 門診收據】
姓名：林佩君　病歷號：0082731
就醫日期：113/09/18　科別：皮膚科　醫師：陳建宏
掛號費 150　部分負擔 420　藥品部分負擔 100
自費項目：雷射治療 3,500
合計應收 4,170 元"""),
    ("extraction", 1, "", """Can you go through this transcript from Tuesday's incident review and list every action item - who owns it and by when. Some people agreed to stuff without saying it outright, so include those too and flag them as implied.

[Transcript - Patient Safety Huddle, 4 West, re: wrong-patient insulin administration, event #PS-2291]
Attendees: Marisol Vega (Nurse Manager), Dr. Anton Brekke (Hospitalist), Femi Adeyemi (Pharmacy), Hannah Liu (Informatics), Greg Tolliver (Risk Management), Caro Dunphy (Charge RN)

Marisol: Okay, thanks everyone. So just to recap, on the 14th, the patient in 12A got 6 units of lispro that were ordered for 12B. Both patients had the same last name, Mendez, and the scanner was down on that med cart. The nurse overrode the barcode step and used the paper MAR. Patient in 12A went to 54 about an hour later, treated with D50, recovered fine. Family has been informed.
Greg: And disclosure was documented? I need that in the file by Friday, that's non-negotiable for us.
Marisol: Dr. Brekke did the disclosure.
Anton: I did, Sunday afternoon. I haven't written the note yet, honestly. I'll get it in today.
Greg: Great.
Caro: The bigger thing for me is the name alert. We had two Mendez patients next to each other and nothing flagged it. In the old system there was that little orange banner.
Hannah: That banner still exists in the EHR, it's just not turned on for your unit. It's a build change. I can look at turning it on for all of 4 West and 4 East, but I'd need sign-off from the nursing informatics council. They meet on the 28th.
Marisol: I'll put it on their agenda.
Hannah: Then I'll have the build ready to demo at that meeting.
Femi: From pharmacy's side, the override rate on 4 West for the last month was 11 percent. House-wide it's about 3. So something's going on beyond this one cart.
Marisol: Eleven? Wow. Can you send me that broken out by shift?
Femi: Sure, I can pull that.
Marisol: By end of next week would be good.
Femi: Fine.
Greg: Why was the scanner down?
Caro: Battery. The spare batteries for the carts are kept in the supply room and half the time they're not charged. Nobody owns it.
Marisol: That's on us. Caro, can the night charge nurses add a battery check to the 0400 round?
Caro: Yeah, I'll update the checklist and tell the nights team at Thursday's huddle.
Anton: Should we also be thinking about separating same-name patients? Rooms, I mean.
Marisol: Bed placement would hate us, but it's worth asking. I don't know who that goes to.
Greg: That's Patient Flow, Dana Kirsch. I've got a meeting with her on Monday anyway, I'll bring it up.
Femi: One more thing, the paper MAR the nurse used was from the previous day. It hadn't been pulled. That's a second failure.
Marisol: Right. We need to re-educate on downtime procedures. I'd like something short, not another 40-minute module.
Hannah: There's a one-page downtime tip sheet from last year. It's probably out of date.
Marisol: Can someone refresh it?
Caro: I mean, I wrote the first one.
Marisol: Perfect, thank you Caro.
Greg: I'll need the RCA draft by the 30th for the committee. Marisol, is that you?
Marisol: Yes, I'll draft it, but I'll need everyone's pieces before then.
Greg: And the nurse involved - has she been offered support? The second-victim program?
Marisol: Not yet. I'll reach out to her today.
Anton: Can I see the RCA before it goes to committee? Just to check the clinical timeline.
Marisol: Of course. Okay, I think that's everything. Thanks all."""),
    ("extraction", 0, "", """lot # and serial range from this pls
URGENT MEDICAL DEVICE CORRECTION - Vireo ProFlow 3 volumetric infusion pump. Affected units: serial numbers VF3-220118 through VF3-220940, lot 22K-07, firmware 4.2.1. Customers should not discard affected units."""),
    # ---------------------------------------------------------------- classification
    ("classification", 0, "Route each patient portal message to exactly one queue: BILLING, APPOINTMENTS, CLINICAL_QUESTION, RX_REFILL, RECORDS_REQUEST, OTHER. Reply with the queue name only.", "先月の健診の結果を紙でもらいたいのですが、郵送してもらえますか？会社に提出する必要があります。"),
    # "is this phishing" -> classification
    ("classification", 0, "", """got this text, is it phishing or legit?? "MediSure Alert: Your claim #88213 was put on HOLD due to an unverified address. Confirm within 24h to avoid cancellation: medisure-claims-verify.co/u/88213\""""),
    # urgency label, but the label needs clinical judgement
    ("classification", 1, "", """nurse line triage - tag this as EMERGENT, URGENT (same day) or ROUTINE and give one line why: "hi, my dad (81) had his pacemaker put in tuesday. since this morning his left arm by the incision is really swollen and warm and he says hes short of breath walking to the bathroom. no fever. should he just wait for his thursday appt?\""""),
    ("classification", 0, "", "判断一下这条药店评价是正面、负面还是中性：“药师挺耐心的，给我讲了半天怎么用吸入器，就是排队排了四十分钟，停车也不方便。”"),
    ("classification", 0, "Tag the device complaint with one category: MALFUNCTION, SERIOUS_INJURY, DEATH, USE_ERROR, NO_EVENT. Output the tag only.", "Caller says her GlucoTrack G2 sensor kept reading 'Sensor Error - Replace' on day 3 of a 10 day wear, swapped it for a new one from the same box and that one works fine. No injury, she just wants a replacement sent."),
    # "classify each clause and explain why" -> classification
    ("classification", 1, "", """For each numbered clause below from our supplemental hospital indemnity policy, tell me whether it's a Benefit, an Exclusion, a Limitation, or a Condition, and explain in a sentence why. Some are mixed - pick the dominant one and say what else is in there.

SUNRIDGE MUTUAL - HOSPITAL INDEMNITY PLAN HI-300, CERTIFICATE OF COVERAGE (excerpt)

4.1 Hospital Admission Benefit. We will pay $1,500 when a Covered Person is admitted to a Hospital as an inpatient for a Covered Sickness or Covered Injury. This benefit is payable once per Covered Person per Calendar Year.

4.2 Daily Hospital Confinement Benefit. We will pay $200 per day for each day a Covered Person is confined to a Hospital as an inpatient, beginning on the first day of confinement, for up to 30 days per confinement.

4.3 Intensive Care Unit Benefit. If the Covered Person is confined in an Intensive Care Unit, we will pay $400 per day in place of the Daily Hospital Confinement Benefit, for up to 15 days per confinement.

4.4 Observation Stays. A stay classified by the Hospital as observation status, regardless of its length, is not an inpatient admission for purposes of this Certificate.

5.1 Pre-Existing Conditions. We will not pay benefits for a confinement that is caused by, or results from, a Pre-Existing Condition during the first 12 months after the Covered Person's Effective Date. A Pre-Existing Condition is a condition for which medical advice, diagnosis, care or treatment was recommended or received within the 6 months before the Effective Date.

5.2 General Exclusions. We will not pay benefits for any loss caused by or resulting from: (a) intentionally self-inflicted injury; (b) participation in a riot or commission of a felony; (c) cosmetic surgery, except reconstructive surgery following a covered injury; (d) treatment in a government facility unless the Covered Person is legally required to pay; (e) injury sustained while operating a motor vehicle with a blood alcohol level above the legal limit.

5.3 Pregnancy. Confinement due to normal pregnancy is covered as any other Sickness, provided that conception occurred after the Covered Person's Effective Date.

6.1 Notice of Claim. Written notice of claim must be given to us within 30 days after a covered loss occurs, or as soon as reasonably possible. Failure to give notice within this time will not invalidate a claim if it was not reasonably possible to give notice.

6.2 Proof of Loss. Written proof of loss, including an itemized hospital bill and the discharge summary, must be furnished within 90 days after the date of the loss. Proof furnished later than one year will not be accepted, except in the absence of legal capacity.

6.3 Successive Confinements. Two or more confinements due to the same or related causes and separated by fewer than 60 days will be considered one confinement.

7.1 Other Insurance. Benefits under this Certificate are paid regardless of any other insurance the Covered Person may have.

7.2 Misstatement of Age. If the age of a Covered Person has been misstated, premiums will be adjusted to reflect the correct age; if the Covered Person would not have been eligible at the correct age, our liability is limited to a refund of premiums paid."""),
    ("classification", 0, "", """次の問い合わせはどの部署に回すべき？ 医事課・薬剤部・看護部・地域医療連携室 から一つ選んで。
「父が来週退院予定ですが、自宅の近くで訪問診療をしてくれる先生を紹介してもらえますか」"""),
    ("classification", 0, "", "facilities ticket, low/med/high? 'blood gas analyzer in the ED keeps throwing a calibration fault, we're walking samples up to the lab'"),
    ("classification", 1, "You are a pre-payment claim screening assistant for a regional payer. For each claim, output one label - PASS, REVIEW, or LIKELY_UPCODING - followed by a short justification that references specific lines. Consider code combinations, units, place of service, and what the notes suggest about complexity.", """Claim 77-40218-A | Provider: Pinecrest Urgent Care LLC (POS 20) | Pt: F, 34
DOS 04/06/2025
Dx: J02.9 Acute pharyngitis, unspecified
Line 1: 99215 Office/outpatient visit, established, high MDM - $412.00
Line 2: 87880 Rapid strep antigen - $48.00
Line 3: 87880 Rapid strep antigen - $48.00
Line 4: 96372 Therapeutic injection IM - $95.00
Line 5: J0696 Ceftriaxone 250mg x4 units - $88.00
Line 6: 94640 Nebulizer treatment - $76.00
Notes field: "Pt seen for sore throat x2d, strep neg, given Rocephin, home w/ instructions"
Total billed: $767.00"""),
    ("classification", 0, "", "這封簡訊是不是詐騙？「【健保署】您有一筆健保溢繳退費 2,316 元尚未領取，請於今日內點擊 https://nhi-refund.tw-gov.cc 登入辦理，逾期作廢。」"),
    # ---------------------------------------------------------------- summarization
    ("summarization", 0, "", """my mom got this letter and is panicking, what's the tl;dr?

Dear Valued Member,

We are writing to let you know about changes to the Evergreen Senior Advantage (HMO) Drug List (formulary) that take effect January 1, 2026. Our records show that you filled a prescription for one or more of the affected drugs in the past 120 days.

The following change affects you: Eliquis (apixaban) 5 mg tablets will move from Tier 3 (Preferred Brand) to Tier 4 (Non-Preferred Drug). Your copay for a 30-day supply at a standard network pharmacy will change from $47 to $100. A generic alternative is not currently available.

What you can do: (1) Talk with your prescriber about whether a different drug on Tier 3 or lower, such as warfarin (Tier 1), would work for you. (2) Ask for a tiering exception. If your prescriber supplies a statement that the preferred alternatives would not be as effective or would have adverse effects for you, we may approve the drug at the Tier 3 cost-sharing level. (3) Continue your current drug at the new cost.

You do not need to do anything if you choose to continue at the new cost. If you have questions, call Member Services at 1-888-555-0177 (TTY 711), 8 a.m. to 8 p.m., seven days a week.

Sincerely,
Evergreen Health Plans Pharmacy Services"""),
    ("summarization", 0, "", """家族に説明するので、この退院サマリーを3行くらいにまとめてください。

【退院サマリー】 患者：佐藤 和夫（82歳・男性）
入院日：2025年1月10日　退院日：2025年1月24日
診断名：誤嚥性肺炎、アルツハイマー型認知症
経過：発熱と呼吸苦にて救急搬送。胸部CTで右下葉に浸潤影を認め、誤嚥性肺炎と診断。スルバクタム・アンピシリンを7日間投与し解熱、炎症反応も改善した。嚥下評価では水分でむせがみられたため、とろみ剤を使用した食事（嚥下調整食2）へ変更。入院中にせん妄が出現したが、環境調整で改善した。
退院時ADL：歩行は見守りで可能。食事は一部介助。
退院後の方針：かかりつけ医にて経過観察。施設職員へ食事形態ととろみの濃度について申し送り済み。2週間後に外来受診予定。"""),
    # summarize AND critically evaluate -> summarization, escalate
    ("summarization", 1, "", """Our device committee has to vote on this next week. Summarize the study below and then critically evaluate it - what does it actually show, what are the weak points, and would you trust it to justify switching our ICU to this monitor?

---
Title: Continuous Interstitial Glucose Monitoring With the Sentara NovaSense ICU System Versus Point-of-Care Fingerstick Testing in Critically Ill Adults: A Prospective Single-Center Study

Background: Glycemic control in critically ill patients requires frequent point-of-care (POC) glucose testing, which is labor-intensive and may miss glycemic excursions between measurements. Continuous glucose monitoring (CGM) has been proposed as an alternative, but data on accuracy in the ICU remain limited.

Methods: We conducted a prospective observational study in the 24-bed mixed medical-surgical ICU of a tertiary teaching hospital between March and September 2023. Adults expected to require insulin infusion for at least 48 hours were eligible. Patients receiving vasopressors at a norepinephrine-equivalent dose above 0.2 mcg/kg/min, those with anasarca, and those with hematocrit below 25% were excluded. The NovaSense sensor was placed on the upper arm at enrollment and left in place for up to 7 days. POC glucose was measured hourly by fingerstick according to unit protocol and paired with the CGM value recorded within 5 minutes. Arterial blood gas glucose values were used as the reference standard when available. Nurses were aware of CGM values but were instructed to titrate insulin according to POC values only. The primary outcome was mean absolute relative difference (MARD) between CGM and reference values. Secondary outcomes included the proportion of values within Clarke Error Grid zones A and B, nursing time spent on glucose monitoring (self-reported by survey), and hypoglycemia detection.

Results: Of 212 patients screened, 61 were enrolled and 54 completed at least 24 hours of monitoring. Seven sensors were removed early (4 dislodged during proning or transfer, 2 due to MRI, 1 due to site bleeding). A total of 3,918 paired values were analyzed, of which 612 used arterial blood gas glucose as reference. Overall MARD was 9.8% (95% CI 9.1-10.5). In the subgroup with arterial reference, MARD was 11.6%. 98.7% of paired values fell in Clarke zones A and B. Twelve hypoglycemic episodes (<70 mg/dL) were identified by reference testing; CGM detected 10 of these, with a median lag of 14 minutes. Two episodes occurred during the first 6 hours after sensor insertion. Nurses reported a median reduction of 38 minutes per 12-hour shift in time spent on glucose monitoring in a post-study survey (response rate 41%).

Conclusions: The NovaSense ICU system demonstrated accuracy comparable to that reported for outpatient CGM and may reduce nursing workload. These findings support broader adoption of CGM to guide insulin therapy in the ICU.

Funding: This study was supported by an unrestricted research grant from Sentara Medical Devices. Two authors have received consulting fees from Sentara.
---"""),
    ("summarization", 0, "You turn raw nursing notes into a shift handover summary in SBAR format (Situation, Background, Assessment, Recommendation). Keep it under 120 words. Do not add information that is not in the notes.", """Bed 7 - Mrs. Oyelaran, 67F, POD1 lap chole. 
0700 VS stable, T 37.4, pain 6/10 RUQ & R shoulder, PCA morphine, using it ~3x/hr. 
0930 ambulated to chair w/ 1 assist, c/o dizziness, BP 104/62 sitting (baseline 128/80). back to bed, dizziness resolved. 
1100 tolerating clear liquids, nausea x1, ondansetron 4 mg IV given w/ effect. 
1300 JP drain 40 mL serosanguinous since 0700. 
1430 surgeon (Dr. Kowalczyk) rounded - ok to advance to soft diet if no further nausea, d/c PCA tomorrow AM & switch to oral, wants CBC in AM. 
1600 UO 350 mL since 0700, voiding spontaneously. Daughter visiting, asking about discharge - told likely tomorrow or day after, pending surgeon. 
1830 pain 4/10, still using PCA. last ondansetron 1100. IV site L forearm clean, 20G, due for change tomorrow."""),
    ("summarization", 0, "", """把下面这段药事会会议记录整理成会议纪要，分议题写，每个议题写结论就行：

张主任：今天三个事。第一个，头孢曲松钠集采中标品种换了，从下个月起用新厂家的，各科室注意一下皮试的规定不变。
李药师：新厂家的规格是1g/支，以前有0.5g的，儿科那边要注意一下剂量换算。
儿科王医生：那我们科里面会培训一下。
张主任：好。第二个，门诊抗菌药物使用率上个季度是21.5%，超过了20%的目标，主要是急诊和呼吸科。
呼吸科刘主任：我们最近流感病人很多，有些合并细菌感染的，但确实也有不规范的，我回去组织点评。
张主任：那下个季度目标还是20%，医务科每个月公示一次。
第三个，有科室反映住院药房夜间发药慢。
李药师：夜班只有一个药师，人手确实不够，我们申请增加一个夜班岗位。
张主任：这个我报给院办，下次会议反馈结果。散会。"""),
    ("summarization", 1, "", """This is the whole email chain with our insurer about my wife's proton therapy. I'm exhausted and can't keep it straight anymore. Summarize where we actually stand, and tell me honestly what the weakest point in our case is and what I should focus on before the external review deadline.

---
From: Appeals Unit, Bayfront Health Plan
Date: March 3
Re: Level 1 Appeal - Member: Ruth Castellano, ID BHP-20917734
Dear Mr. Castellano, We have completed our review of the Level 1 appeal submitted on behalf of Ruth Castellano for proton beam radiation therapy (CPT 77525) for the treatment of a left-sided breast cancer. After review by a board-certified radiation oncologist, the denial is upheld. Per Bayfront Medical Policy RAD-031, proton beam therapy for breast cancer is considered investigational except where a dosimetric comparison demonstrates that intensity-modulated radiation therapy (IMRT) cannot meet established normal tissue dose constraints. The submitted records did not include a comparative treatment plan. You may request a Level 2 appeal within 60 days or an independent external review within 4 months.

From: Michael Castellano
Date: March 5
To: Appeals Unit
I don't understand. Dr. Achterberg's letter clearly explains that Ruth had chemotherapy with doxorubicin and already has reduced heart function (ejection fraction 48%), and the tumor is left-sided, so the heart dose matters. How is that not enough? Ruth's first treatment is scheduled for April 1.

From: Appeals Unit
Date: March 11
Mr. Castellano, Thank you for your message. The reviewer considered the letter from Dr. Achterberg. The policy requires a comparative dosimetric plan showing that IMRT cannot achieve a mean heart dose below the threshold specified in the policy (4 Gy) for this indication. A letter of medical necessity alone does not satisfy this criterion. If such a plan is available it may be submitted with a Level 2 appeal. Note that an expedited appeal may be requested if the treating physician certifies that the standard timeframe could seriously jeopardize the member's health.

From: Michael Castellano
Date: March 12
To: Dr. Achterberg's office (cc: Jenna, nurse navigator)
Hi Jenna, the insurance says they need some comparative plan showing IMRT can't get the heart dose under 4 Gy. Do you have that? Can you send it to them?

From: Jenna Pruitt, RN, Nurse Navigator, Lakeside Proton Center
Date: March 14
Hi Michael, I checked with our physics team. They ran a comparison plan in February. The IMRT plan with deep-inspiration breath hold came out at a mean heart dose of 3.6 Gy, and the proton plan at 0.9 Gy. Dr. Achterberg still feels protons are the right call given Ruth's cardiac history and the doxorubicin exposure, and she's happy to do a peer-to-peer with their reviewer. I'd hold off sending the comparison plan until you talk to Dr. A, honestly. Also - if the appeal isn't resolved by April 1 we can push the start by a week or two but not much longer than that.

From: Michael Castellano
Date: March 15
To: Jenna
Why would we hold it off? Isn't that what they asked for?

From: Jenna Pruitt
Date: March 18
Michael, sorry for the slow reply. Dr. A will call you tomorrow. The short version is that the plan shows IMRT technically meets their 4 Gy number, so sending it by itself might not help. She wants to argue that the 4 Gy threshold is not appropriate for someone with existing cardiotoxicity and present the newer data on that. She's also asking our financial counselor whether there's a self-pay rate for the first few fractions in case this drags out.
---"""),
    ("summarization", 0, "", """give me a one-line headline for this newsletter piece

After fourteen months of construction, the new pediatric emergency wing at Ridgemont Valley Hospital opens to patients on June 2. The 18-bed unit, funded in part by a $6.2 million community campaign, includes two resuscitation bays sized for children, a sensory-friendly room for patients with autism, and a separate entrance so that children no longer pass through the adult waiting area. Nurse manager Tasha Greenleaf says the team spent months rehearsing workflows in the empty space. "We ran mock codes at 3 a.m. so that the first real one wouldn't be the first time we found out where the suction was," she said. An open house for families is planned for May 31."""),
    # English recall notice, summary asked for in Japanese
    ("summarization", 0, "", """このリコール通知、英語で長いので日本語で要点だけ3つくらいにまとめて。

FIELD SAFETY NOTICE - Lumen Respira C200 Home CPAP Devices
Dear Customer, Lumen Medical is voluntarily recalling certain Respira C200 CPAP devices manufactured between February and July 2024 because the sound-abatement foam may degrade over time and small particles may enter the air pathway. To date, no serious injuries have been reported. Patients should not stop therapy without talking to their physician, as stopping may pose a greater risk. Users can check whether their device is affected by entering the serial number at the Lumen recall website or by calling the support line. Affected devices will be replaced free of charge with a remediated unit; a prepaid return box will be sent. In the meantime, Lumen recommends installing the inline bacterial filter included in the replacement kit."""),
    # summary plus "which is most urgent" judgement
    ("summarization", 1, "", """這是我們兄弟姊妹照顧爸爸的LINE群組這兩週的對話，我剛出差回來完全跟不上。幫我整理一下現在狀況，還有哪幾件事最急、需要我先處理？

阿德：爸昨天又跌倒一次，在浴室，還好只有瘀青
小芳：居服員說她下個月起週三週五不能來了，要換人
阿德：長照中心說要重新評估才能申請浴室扶手補助，要我們預約
大姊：爸的血壓藥上週就吃完了，我以為小芳有去拿
小芳：我沒有啊，慢箋在阿德那邊
阿德：慢箋在我車上，我這週很忙
大姊：那外籍看護的事呢？仲介說文件要在月底前補齊，不然要重新排隊
小芳：我週末可以去看爸，但平日真的沒辦法
阿德：還有，醫院說下次回診要家屬陪同，因為要討論要不要做那個心臟的檢查
大姊：回診是幾號？
阿德：好像是下週二，我再確認"""),
    ("summarization", 0, "", """gist of these reviews? thinking of switching my kids to this pediatrician

★★★★★ Dr. Amadi is amazing with my anxious 6yo. Took her time, never rushed.
★★☆☆☆ Front desk lost our insurance info TWICE. Doctor is fine but billing is a mess.
★★★★☆ Same-day sick visits are easy to get, love that. Waiting room can be chaotic.
★☆☆☆☆ Got a surprise bill for a "developmental screening" nobody told us about.
★★★★★ Nurses are kind, they remember my son's name. Portal messages answered within a day."""),
    # ---------------------------------------------------------------- rewrite
    ("rewrite", 0, "", """can you make this sound less angry before i send it to the insurance company. keep all the facts

"This is the THIRD time I am writing about claim 5520-887. Your rep told me on the phone on Aug 2 that it was approved and now I get a bill for $2,340 from the hospital. Nobody at your company seems to know what anyone else is doing. Fix this or I am filing a complaint with the state insurance department.\""""),
    ("rewrite", 0, "", "患者さん向けのメッセージなので、敬語に直してください：「明日の検査は朝ごはん食べないで来て。薬は飲んでいいけど、糖尿病の薬だけはやめといて。9時までに2階の受付ね。」"),
    ("rewrite", 0, "", "把这段用药说明改得通俗一点，我奶奶80多岁看不懂：“本品应于餐前30分钟空腹服用，服药后半小时内避免平卧，漏服时若距下次服药时间不足4小时则无需补服。”"),
    # plain-language rewrite that must keep the legal meaning -> judgement
    ("rewrite", 1, "", """Our patient advisory council says this consent section is unreadable. Rewrite it at about a 6th-grade reading level, but don't change what the patient is actually agreeing to - legal will check it line by line.

"AUTHORIZATION FOR TREATMENT AND RELEASE OF INFORMATION. I hereby voluntarily consent to such diagnostic procedures, laboratory tests, and medical or surgical treatment as may be deemed necessary or advisable in the professional judgment of my attending physician and the medical staff of Greystone Regional Medical Center. I acknowledge that the practice of medicine is not an exact science and that no guarantees have been made to me as to the results of any examination or treatment. I understand that residents, fellows, and students in approved training programs may participate in my care under appropriate supervision. I authorize Greystone Regional Medical Center to release to my health insurer(s), or to any other party financially responsible for my care, such portions of my medical record as are necessary to obtain payment for services rendered. This authorization does not extend to records of substance use disorder treatment or psychotherapy notes, which require separate written authorization. I may revoke this authorization in writing at any time, except to the extent that action has already been taken in reliance upon it.\""""),
    ("rewrite", 0, "", "proofread this sign for our waiting room pls: 'Patients with appointments must check in atleast 15 minute's before there scheduled time, otherwise you may have to reschedual. Thank you for you're patience.'"),
    ("rewrite", 1, "You are the medical writing editor for Brookline Diabetes Center. Improve patient education drafts: restructure them for clarity, cut jargon, use numbered steps where there is a sequence, and keep every clinical instruction intact. If an instruction in the draft looks clinically unsafe or ambiguous, keep it but flag it in a note at the end instead of silently changing it.", """Using your insulin pen

Insulin pens are a convenient way to take insulin. Before each injection you should perform a safety test (also called priming) which involves dialing 2 units and pressing the button with the needle pointing upward until insulin appears, if no insulin appears repeat up to 3 times and if there is still nothing change the needle. Then dial your dose. Clean the skin with alcohol if you want to. Insert the needle at 90 degrees into the fatty tissue of your stomach, thigh or upper arm and press the button all the way down. Keep the needle in for a few seconds. Pen needles can be reused until they get blunt. Unopened pens are kept in the fridge, pens in use can be kept at room temperature for up to 28 days (check your leaflet as some differ). Rotate sites so you don't get lumps. Never share your pen with anyone even if you change the needle."""),
    # English text, Japanese ask
    ("rewrite", 0, "", """この英文、意味はそのままでもっと短く、でも丁寧な感じにしてもらえますか？海外の保険会社に送るメールです。

"I am writing to you today in order to kindly request that you would be so kind as to send me, at your earliest possible convenience, a copy of the itemized statement for the hospital stay of my father, Hiroshi Tanabe, at your affiliated facility from March 2 to March 9, as this document is required for the purpose of submitting a claim to his Japanese national health insurance.\""""),
    ("rewrite", 0, "", "幫我把這段改成比較正式的公告，要貼在藥局門口：「過年我們初一到初三休息喔，初四照常開，慢箋要領的記得提早來拿～」"),
    ("rewrite", 1, "", """I wrote this appeal letter myself and it sounds whiny. Can you rework it so it's firm and persuasive, organized around the plan's own criteria, without making up anything that isn't here?

To whom it may concern,

I am appealing the denial of my continuous glucose monitor (claim ref. WQ-448120). I have type 1 diabetes since I was 11, I am 34 now. Your letter says I do not qualify because I do not "use insulin 3 or more times daily" but I use an insulin pump which gives insulin all day long so obviously that is more than 3 times. I also had 2 severe lows last year where my husband had to call an ambulance, one was in February and one was in September, I have the ambulance bills if you want them. My endocrinologist Dr. Farrukh Saleem wrote a letter which I attached. Your own policy (I found it online, policy DME-112) says CGMs are covered for people with "problematic hypoglycemia", which is exactly what I have. I have been using a CGM for 6 years with my old insurance and my A1c went from 9.1 to 6.8. Without it I am scared to sleep at night. I really don't understand how this was denied and I feel like nobody actually read my file. Please reconsider.

Thank you,
Alina Berkowitz"""),
    ("rewrite", 0, "", "shorter pls, it's for the hold message on our phone line: 'Thank you for calling Cedar Point Family Pharmacy. Due to unforeseen circumstances relating to staffing, our pharmacy will be closing early at 6pm today instead of our usual time of 9pm, and we do sincerely apologize for any inconvenience this may cause to you and your family.'"),
    # ---------------------------------------------------------------- closed_qa
    ("closed_qa", 0, """You are Hollis, the member help assistant for Hollis Health Plan. Answer the member's question using only the retrieved plan passages below. If the passages do not answer it, say so and give the Member Services number. Keep answers short.

[Passage 1 - Benefit Summary, Silver 2500, p.4]
Outpatient rehabilitation (physical, occupational and speech therapy): $40 copay per visit after deductible. Limited to 30 visits per calendar year combined for all three therapy types. Visits beyond 30 may be approved with prior authorization when documented functional improvement is expected.

[Passage 2 - Referrals and Authorizations, p.11]
Silver 2500 is an open-access plan. Members do not need a referral from their primary care provider to see an in-network specialist or therapist. Prior authorization is required for MRI, CT and PET scans, inpatient admissions, and therapy visits beyond the annual limit.

[Passage 3 - Telehealth, p.13]
Virtual visits with HollisNow clinicians are covered at $0. Virtual visits with your own in-network providers are covered at the same cost share as an office visit.

Member Services: 1-877-555-0123""", "do i need a referral for PT? and how many visits do i get a year? my ortho wants me to go 2x a week for 3 months"),
    ("closed_qa", 0, """あなたは緑が丘中央病院の案内チャットボットです。以下の院内案内の抜粋にもとづいて回答してください。抜粋にない内容は「病院代表電話へお問い合わせください」と答えてください。

【面会について】面会時間は平日15:00～19:00、土日祝13:00～19:00です。面会は1回につき2名まで、30分以内でお願いします。中学生以下のお子様の面会は、感染対策のため当面の間ご遠慮いただいております（小児病棟を除く）。面会時は1階総合受付で面会証をお受け取りください。
【駐車場】外来駐車場は入院患者の面会者も利用できます。面会証の提示で2時間無料です。""", "土曜日に母のお見舞いに行きたいです。小学生の娘も一緒に連れて行っても大丈夫ですか？"),
    ("closed_qa", 0, "", """这是我买的那个百万医疗险的条款，帮我看下：我现在投保，要等多久才能报销？牙齿的治疗赔不赔？

第五条 等待期：自本合同生效之日起30日为等待期（续保或因意外伤害发生的保险事故无等待期）。被保险人在等待期内发生的疾病，本公司不承担给付保险金的责任。
第六条 责任免除：因下列情形之一导致被保险人发生医疗费用的，本公司不承担给付保险金责任：……（五）牙齿治疗、牙齿修复、牙齿矫正、镶牙等牙科治疗，但因意外伤害所致的除外；（六）视力矫正手术、美容整形……"""),
    # multi-clause reading with a cost calculation and conditions -> escalate
    ("closed_qa", 1, "", """ok I need help reading my plan document. Last month on vacation in Cancún I got really bad abdominal pain, went to the ER at a private hospital there, turned out to be appendicitis, they kept me overnight and did a laparoscopic appendectomy. I paid the whole bill myself by credit card: $9,400 USD. I got home 3 days later. I called the plan's nurse line from the hospital the morning after surgery (so maybe 30 hours after I was admitted?). My deductible so far this year: I had met $400 of it before the trip. Based on the sections below, will they reimburse me, roughly how much will I get back, and is there anything I still need to do?

--- Summary Plan Description, Castlerock Manufacturing Employee Health Plan (PPO), effective Jan 1 ---

Section 3. Cost Sharing
3.1 Annual deductible: $1,000 individual / $2,000 family (in-network); $2,500 individual / $5,000 family (out-of-network). In-network and out-of-network deductibles do not cross-accumulate.
3.2 Coinsurance: after the deductible, the Plan pays 80% of the Allowed Amount for in-network services and 60% of the Allowed Amount for out-of-network services.
3.3 Out-of-pocket maximum: $4,000 individual in-network; $8,000 individual out-of-network.
3.4 Emergency room copay: $250 per visit, waived if admitted as an inpatient within 24 hours.

Section 7. Emergency Services
7.1 Emergency services for an Emergency Medical Condition are covered at the in-network level of benefits regardless of whether the provider is in the network, including for services received outside the United States. An Emergency Medical Condition means a condition with acute symptoms of sufficient severity, including severe pain, that a prudent layperson with an average knowledge of health and medicine could reasonably expect the absence of immediate medical attention to result in serious jeopardy to health.
7.2 If an emergency results in an inpatient admission, the member or someone acting on the member's behalf must notify the Plan within 48 hours of admission, or as soon as reasonably possible. If notification is not made, a $300 penalty will be applied to the inpatient claim unless the Plan determines that notification was not reasonably possible.
7.3 Post-stabilization services, once the member's condition is stabilized, are covered at the out-of-network level unless the Plan has authorized them.

Section 9. Services Outside the United States
9.1 Only emergency and urgent care services are covered outside the United States. Routine, elective and planned care received outside the United States is not covered.
9.2 For services outside the United States, the member generally pays the provider directly and submits a claim for reimbursement. The Allowed Amount for foreign claims is the billed amount, converted to U.S. dollars at the exchange rate on the date of service, unless the Plan determines the charge exceeds the reasonable and customary amount for comparable services in the country where they were received.
9.3 Foreign claims must include an itemized bill, proof of payment, and medical records translated into English. Translation costs are the member's responsibility.
9.4 Foreign claims must be submitted within 180 days of the date of service. Claims submitted after 180 days will be denied.

Section 12. Exclusions
12.1 The Plan does not cover medical evacuation or repatriation, or travel costs of any kind, including return transportation for the member or any companion.
12.2 The Plan does not cover services received on a cruise ship, except emergency services as defined in Section 7.
---"""),
    ("closed_qa", 0, "", """does this EOB say anything about a refund or overpayment? if so how much and who gets it

Claim 3309-228-71 | Patient: Gabriel Rinaldi | DOS 02/18/2025 | Provider: Summit Imaging Partners
Service: MRI lumbar spine w/o contrast (72148)  Billed $1,950.00  Allowed $612.40  Plan paid $489.92  Patient resp. $122.48
Remark code N58: Patient paid $350.00 at time of service. Overpayment of $227.52 to be refunded to patient by provider.
Remark code MA01: If you disagree with this determination you may appeal within 180 days."""),
    ("closed_qa", 0, "", """この添付文書の抜粋を読んで教えてください。授乳中でもこの薬を飲んでいいと書いてありますか？

9.6 授乳婦
治療上の有益性及び母乳栄養の有益性を考慮し、授乳の継続又は中止を検討すること。ヒト母乳中へ移行することが報告されている。
9.7 小児等
小児等を対象とした臨床試験は実施していない。
9.8 高齢者
減量するなど注意すること。一般に生理機能が低下している。"""),
    ("closed_qa", 1, """You are PolicyPal, the internal policy assistant for staff at Marrowfield Health System. Answer staff questions strictly from the policy text supplied below. Cite section numbers. If the policy is silent or ambiguous, say so explicitly and recommend who to contact. Do not give legal advice beyond the policy.

POLICY PC-118: LANGUAGE ACCESS AND USE OF INTERPRETERS
Effective: 07/01/2024   Owner: Patient Experience & Language Services   Review cycle: 3 years

1. Purpose. To ensure that patients with limited English proficiency (LEP) and patients who are deaf or hard of hearing receive effective communication at no cost to them, in compliance with applicable federal and state requirements.

2. Definitions.
2.1 Qualified Interpreter: an interpreter who has demonstrated proficiency in English and the target language, has been trained in medical terminology and interpreter ethics, and is employed by or contracted with Marrowfield Language Services, including video remote interpreting (VRI) and telephone interpreters provided through the approved vendor.
2.2 Qualified Bilingual Staff: an employee who has passed the Marrowfield language proficiency assessment and is designated in the staff directory with a "QBS" badge. QBS may communicate directly with patients in the assessed language within their own role but may not act as interpreters for other clinicians unless also certified under 2.1.
2.3 Ad hoc interpreter: any family member, friend, or untested staff member.
2.4 Minor: any person under 18 years of age.

3. Policy.
3.1 Staff must offer a Qualified Interpreter, free of charge, to every patient identified as LEP or deaf/hard of hearing at each encounter where clinical information is exchanged. The offer and the patient's response must be documented in the Language Access flowsheet.
3.2 A patient may decline a Qualified Interpreter and request that an adult family member or friend interpret. Staff must honor this request after explaining the risks of using an ad hoc interpreter and documenting the patient's decision. Staff may still use a Qualified Interpreter, in parallel, to ensure accuracy (for example, by having VRI listen in), and are encouraged to do so for complex discussions.
3.3 Minors must not be used as interpreters, except in an emergency involving an imminent threat to the safety or welfare of an individual or the public where no Qualified Interpreter is immediately available. Any such use must be documented and a Qualified Interpreter engaged as soon as one becomes available.
3.4 For the following encounters, a Qualified Interpreter must be used even if the patient has requested an ad hoc interpreter under 3.2: (a) informed consent for procedures, surgery, anesthesia, blood transfusion, or research; (b) discharge instructions involving new high-alert medications; (c) disclosure of an adverse event; (d) end-of-life and goals-of-care discussions. In these encounters, the patient's chosen family member may remain present and participate.
3.5 Written consent forms must be provided in the patient's preferred language when a translated version is available in the forms library. When no translation is available, the Qualified Interpreter must sight-translate the English form and document this on the form.

4. Procedure.
4.1 Identify language needs at registration; update the preferred language field in the EHR.
4.2 Request in-person interpreters through the Language Services scheduling line at least 24 hours in advance for scheduled procedures. For same-day needs, use VRI carts (available on every inpatient unit) or the telephone line (ext. 4-8800).
4.3 Document in the Language Access flowsheet: interpreter name or ID number, modality (in person, VRI, phone), and start/end time.

5. Escalation. Concerns about interpreter availability after hours should be escalated to the House Supervisor. Questions about this policy may be directed to Language Services (ext. 4-8810).""", """Pt in 6 South is Vietnamese-speaking, scheduled for a lap cholecystectomy tomorrow at 0730. Surgeon is coming up at 2000 tonight to do consent. Pt's son is 17, totally fluent, and the pt is insisting he's the one who interprets because she doesn't trust "strangers on a screen". Her adult daughter is coming tomorrow morning but won't be here tonight. Can the son interpret the consent? If not, what are my options tonight and what exactly do I need to document?"""),
    ("closed_qa", 0, "", """依照下面這張表，我去區域醫院看門診，沒有轉診單，掛號以外要付多少部分負擔？

| 醫院層級 | 經轉診 | 未經轉診 |
|---|---|---|
| 醫學中心 | 170元 | 420元 |
| 區域醫院 | 100元 | 240元 |
| 地區醫院 | 50元 | 80元 |
| 診所 | 50元 | 50元 |
註：持重大傷病卡、分娩、山地離島地區就醫者免部分負擔。"""),
    # answer is in the table but needs cross-referencing and reading the footnotes
    ("closed_qa", 1, "", """Here's the 2026 formulary change table my plan mailed me. I take metformin ER 500, Jardiance 10mg, atorvastatin 40, lisinopril 20 and Ozempic 1mg. Which of MY meds change, and is there anything I have to do before January 1 so I'm not stuck at the pharmacy counter?

| Drug | 2025 tier | 2026 tier | 2026 notes |
|---|---|---|---|
| metformin ER 500 mg | 1 | 1 | QL 120/30 days |
| metformin ER 750 mg | 1 | 2 | - |
| Jardiance (empagliflozin) 10/25 mg | 3 | 3 | ST (1) |
| Farxiga (dapagliflozin) 5/10 mg | 3 | 4 | - |
| atorvastatin 10-80 mg | 1 | 1 | - |
| rosuvastatin 5-40 mg | 1 | 1 | - |
| lisinopril 2.5-40 mg | 1 | 1 | - |
| Ozempic (semaglutide) 0.25-2 mg | 3 | 3 | PA (2) |
| Trulicity (dulaglutide) | 3 | 4 | PA (2) |

ST = step therapy, PA = prior authorization, QL = quantity limit
(1) Step therapy: member must have a paid claim for metformin in the previous 120 days. Claims history is checked automatically at the pharmacy.
(2) Prior authorization required for all members starting January 1, 2026, including members currently taking the drug. Approval requires a diagnosis of type 2 diabetes; not covered for weight management. Prescribers can submit requests starting November 15, 2025."""),
    # device manual question -> closed_qa, not coding
    ("closed_qa", 0, "", """my dad's feeding pump is beeping and showing E-04, this is the troubleshooting page from the manual. what does it mean and what do we do?

E-01 Low battery - Connect to AC power. Pump will run for approx. 30 min after alarm.
E-02 Set not loaded - Open door, seat the cassette in the guide until it clicks, close door.
E-03 Flow error / bag empty - Check that the bag contains formula. Check tubing for kinks.
E-04 Occlusion downstream - Check that the extension set clamp is open and the tubing is not kinked or pinched. Flush the feeding tube with 30 mL water as instructed by your care team. Press RUN to restart. If alarm repeats 3 times, call the 24h support line.
E-05 Rotor error - Turn pump off and on. If it persists, do not use; call support."""),
    # ---------------------------------------------------------------- translation
    ("translation", 0, "You translate outgoing SMS reminders for Oakridge Family Clinic into natural, polite Japanese. Keep times, dates and phone numbers exactly as given. Output only the translation.", "Reminder: you have an appointment with Dr. Feldman on Thu 6/12 at 10:40. Please bring your insurance card and arrive 10 min early. To cancel, call 555-0148."),
    ("translation", 0, "", """can you translate this referral letter into English? my mother is moving to Seattle and the new doctor needs it

紹介状
〇〇クリニック 御侍史
患者：高橋 幸子 様（74歳 女性）
傷病名：2型糖尿病、高血圧症、骨粗鬆症
いつも大変お世話になっております。上記患者様は当院にて約10年間外来加療を行ってまいりました。HbA1cは7.0%前後で推移しております。このたびご家族の転居に伴い、貴院での継続加療をお願い申し上げます。現在の処方内容と最近の検査結果を同封いたします。ご高診のほど、よろしくお願い申し上げます。"""),
    ("translation", 0, "", """帮我把这个诊断证明翻成英文，要交给美国那边的保险公司报销：

诊断证明书
姓名：陈晓东　性别：男　年龄：45岁
就诊日期：2025年7月8日
临床诊断：右踝关节外侧副韧带损伤（部分撕裂）
处理意见：石膏外固定4周，建议休息三周，避免负重，两周后骨科门诊复查。
医师签名：赵立新　　　（医院盖章）"""),
    # localisation for a Taiwanese audience, with adapted terms -> escalate
    ("translation", 1, "", """請把下面這份英文的保險簡介在地化成台灣的繁體中文，給台灣的外派員工家屬看。不要逐字翻，用台灣人習慣的保險用語（像是自負額、部分負擔那種說法），美國特有的概念如果台灣沒有對應的，用一句話解釋一下。

Welcome to your Meridian Global Health plan!
Your plan works a little differently from what you may be used to at home. Each year you pay the first $500 of covered care yourself (your deductible). After that, you share costs with us: you pay 10% and we pay 90%, until you've paid $3,000 in a year. After that, covered care is free for the rest of the year.
See a doctor in our network to pay less. Out-of-network care is still covered, but you'll pay 30% instead of 10%, and the provider may bill you for the difference between their price and what we pay (this is called balance billing).
Some services need our OK before you get them (prior authorization), like MRIs, surgery and hospital stays. Your doctor usually takes care of this, but it's a good idea to check.
Preventive care, like your yearly check-up, vaccines and cancer screenings, is covered at 100% with no deductible when you use a network provider.
Questions? Our multilingual team is available 24/7 in the Meridian app."""),
    ("translation", 0, "Translate the pharmacy label directions in the user message into Simplified Chinese for the bilingual label printer. Output only the translation, no notes.", "Take 1 tablet by mouth twice daily with food. May cause drowsiness. Do not drink alcohol while taking this medicine. Finish all of this medication unless otherwise directed by your prescriber."),
    # specialised surgical note -> escalate
    ("translation", 1, "", """Please translate this operative note into English for the US surgeon taking over follow-up. Medical terminology needs to be exact.

手術記録
術式：腹腔鏡下幽門側胃切除術（D2郭清）、Roux-en-Y再建
所見：腫瘍は胃角部小弯に位置し、大きさ約3cm、0-IIc型。漿膜面への露出なし。No.6、No.7リンパ節に軽度腫大を認めた。
経過：臍部より12mmポートを挿入し気腹。5ポートにて手術施行。大網を切離し、右胃大網動静脈を根部で処理。十二指腸を自動縫合器にて離断。左胃動脈をクリップ後に切離。口側切離線は腫瘍から5cm以上のマージンを確保。再建はRoux-en-Y法で、Y脚は体腔内吻合。出血量20mL、手術時間285分。術中合併症なし。"""),
    ("translation", 0, "Translate the user's text into Spanish (Latin American). Output only the translation.", """Parking Garage B will be closed for resurfacing from Monday, October 6 through Friday, October 10. Patients and visitors should use Garage A on Linden Street or the surface lot behind the Cancer Center. Free shuttles will run every 10 minutes between the surface lot and the main entrance from 6 a.m. to 9 p.m. Accessible parking is available in both alternate locations. We apologize for the inconvenience."""),
    ("translation", 0, "", "how do u say 'I'm allergic to penicillin' in japanese and in mandarin? going to osaka then shanghai next month"),
    # herbal formula names need domain knowledge -> escalate
    ("translation", 1, "", """中国で処方された漢方の処方箋です。日本の漢方薬局に見せたいので日本語に訳してください。生薬名は日本で使われている名称にしてほしいです。

处方：
柴胡 12g　黄芩 9g　法半夏 9g　党参 15g
炙甘草 6g　生姜 3片　大枣 4枚
白芍 12g　茯苓 15g　炒白术 12g
用法：水煎服，每日一剂，早晚分服，共7剂。
医嘱：忌生冷油腻，服药期间如出现腹泻请停药复诊。"""),
    ("translation", 0, "", """our new home care aide left this note in vietnamese for my mom's evening nurse, can you put it in english?

"Hôm nay bà ăn được nửa bát cháo và uống thuốc huyết áp lúc 8 giờ sáng. Buổi chiều bà hơi mệt, ngủ khoảng hai tiếng. Chân trái vẫn còn sưng một chút. Tôi đã thay băng ở gót chân. Ngày mai nhớ mua thêm tã người lớn, chỉ còn hai cái.\""""),
    # ---------------------------------------------------------------- formatting
    ("formatting", 0, "", """turn my dad's med list into a markdown table (drug | dose | when | what for) so i can print it for his cardiology appt

eliquis 5mg twice a day blood thinner
metoprolol succ 50 mg every morning - heart rate
atorvastatin 40 at bedtime for cholesterol
furosemide 20mg mornings, for swelling
vit D 2000 units daily"""),
    ("formatting", 0, "", """この薬の一覧をJSON配列にしてください。キーは name, dose, timing で。
・ロキソプロフェン60mg　痛い時　1日3回まで
・レバミピド100mg　毎食後
・ツムラ葛根湯エキス顆粒 2.5g　毎食前"""),
    ("formatting", 0, "", """把下面这些就诊记录按时间先后排序，日期统一成YYYY-MM-DD格式：
3月15日2024 社区医院 复查血压
2023/11/02 市一院 胃镜
2024.1.9 牙科 补牙
24年6月30日 体检中心 年度体检
2023-12-20 市一院 胃镜病理复诊"""),
    # "design a schema for this messy data" -> formatting, judgement
    ("formatting", 1, "", """We're consolidating claim exports from three TPAs into one warehouse table and every file looks different. Here's a sample from each. Propose a single normalized schema (field names, types, allowed values, which source field maps to which) and show these sample rows converted into it.

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
    ("formatting", 0, "Convert the lab results the user pastes into CSV with the header test,value,unit,ref_range,flag. Use H or L in flag when the result is marked high or low, otherwise leave it empty. Output only the CSV.", """CBC w/ diff - collected 09/22 07:14
WBC 11.8 x10^3/uL (4.0-11.0) H
Hgb 12.9 g/dL (13.5-17.5) L
Plt 244 x10^3/uL (150-400)
BMP
Na 138 mmol/L (135-145)
K 5.4 mmol/L (3.5-5.1) H
Creat 1.02 mg/dL (0.70-1.30)
Glucose 141 mg/dL (70-99) H"""),
    ("formatting", 0, "", """dedupe these NPIs and sort them ascending, one per line. some have spaces or dashes in them, strip those

1487620395, 1902 334 118, 1093827411, 1487-620-395, 1326541089, 1093827411, 1902334118, 1740290813, 1326 541 089"""),
    # messy MAR to structured JSON with unit normalisation and ambiguity calls
    ("formatting", 1, "", """I need this handwritten-ish MAR transcription turned into JSON for the pharmacy reconciliation import. One object per administration: patient_id, drug, dose_value, dose_unit (use mg, mcg, units or mL only - convert if needed), route (PO/IV/SC/IM/inhaled), datetime (ISO 8601, year 2025, local time), given_by (initials), status (given/held/refused). Where something is ambiguous, keep your best reading and add a "note" field saying why.

Pt MRN 00448102 - ward 5C
10/3
0800 levothyroxine 0.1 mg po - JK
0800 metoprolol tart 25mg PO HELD (HR 52) - JK
0900 enoxaparin 40 sub-q - JK
1200 insulin aspart 4u SC per scale (BG 212) - TM
1300 salbutamol neb 2.5 - TM
1700 insulin aspart 6 U sc (BG 248) - TM
2000 metoprolol tart 25 mg po - RB
2100 atorvastatin forty mg PO - pt refused, states nauseous - RB
2200 paracetamol 1 g IV over 15 min - RB
10/4
0200 paracetamol 1000mg iv - RB
0800 levothyroxine 100 mcg PO - JK
0800 metoprolol 25 mg PO - JK
0900 enoxaparin 40mg SC - JK
0900 Vit B12 1mg IM (1st dose of series) - JK"""),
    ("formatting", 0, "", """幫我把這個月的護理站輪班排成markdown表格，欄位：日期、白班、小夜、大夜
11/3 白班 怡君、家豪 小夜 佩珊 大夜 志明
11/4 白班 家豪、雅婷 小夜 怡君 大夜 志明
11/5 白班 雅婷、佩珊 小夜 志明 大夜 怡君"""),
    ("formatting", 0, "", """convert these to kg and °C, round to 1 decimal, keep the same list format

- Mon: wt 187 lb, temp 99.1 F
- Tue: wt 186.4 lb, temp 100.3 F
- Wed: wt 185 lb, temp 98.6 F
- Thu: wt 184.2 lb, temp 98.9 F"""),
    # inventory memo with mixed units and abbreviations -> needs interpretation
    ("formatting", 1, "", """病棟の物品在庫メモがぐちゃぐちゃなので、表に整理してください。列は「品名・規格・現在数（個数に換算）・定数・不足数」。箱とバラが混ざっているので、1箱の入数はメモから判断して換算してください。判断がつかないものは備考に書いて。

・サフィード 22G 2箱と3本（1箱50本）定数150
・シリンジ10mL 1箱半くらい？（100本入り）定数200
・アルコール綿 単包 残り少ない、たぶん80個 定数300
・生食20mL PL 3箱（1箱20本）+ 7本 定数80
・ニトリル手袋M 4箱 定数10箱
・尿カップ 2袋 定数100個"""),
    # ---------------------------------------------------------------- open_qa
    ("open_qa", 0, "", "whats the difference between a copay and coinsurance? my new plan has both"),
    ("open_qa", 0, "", "ジェネリック医薬品って何ですか？先発品と効き目は同じなんですか？"),
    # "my mom" framing but it is domain advice -> open_qa
    ("open_qa", 1, "", """My mom (71) was diagnosed with early Parkinson's last week. Right now it's mostly a tremor in her right hand and she's a bit slower walking, still drives, lives alone, very independent. The neurologist started her on carbidopa-levodopa and we have a follow-up in 6 weeks. I live 2 hours away. What should we realistically expect over the next few years, what should we be watching for at home, and what questions should I bring to that follow-up appointment? Also is there anything we should be setting up now (legal, financial, house) while she's still doing well, or is that overkill at this stage? I don't want to scare her but I also don't want to be caught flat-footed."""),
    ("open_qa", 1, "你是一名熟悉中国大陆医保政策的助手，用通俗的语言回答参保人的问题。", "我是上海职工医保，现在长期住在成都带孙子，在成都看病住院怎么报销？需要先备案吗？报销比例会不会变低？"),
    ("open_qa", 0, "", "what does HSA stand for and can i use it for prescription glasses"),
    ("open_qa", 1, "You are an advisor for independent medical practices in the US. Give practical, experienced guidance.", "We're opening a 3-provider family medicine clinic in Ohio in about 6 months. How should we approach getting credentialed and contracted with insurers - which payers first, what's the realistic timeline, what usually goes wrong, and can we see patients while it's pending?"),
    ("open_qa", 0, "", "慢性病連續處方箋是什麼？一張可以領幾次藥？"),
    ("open_qa", 1, "", "自営業（国保）です。今年入院と手術で医療費がかなりかかりました。高額療養費制度と医療費控除は両方使えますか？確定申告で気をつけることも教えてください。"),
    ("open_qa", 0, "You are the virtual assistant for Cedar Point Family Pharmacy. Answer general medication questions briefly and in plain language. For anything about a specific person's treatment, suggest speaking with the pharmacist.", "is ibuprofen an NSAID? and is naproxen the same thing"),
    ("open_qa", 1, "", "why are pulse oximeters less accurate on people with darker skin? is it a calibration problem or the physics of how they work, and has anything changed with newer devices or FDA guidance?"),
    # ---------------------------------------------------------------- brainstorming
    ("brainstorming", 1, "", "need name ideas for a home health nursing startup. we do post-surgery wound care and IV therapy at home, mostly older patients, based in Tucson. want something warm but not cheesy, and the .com should plausibly be available. give me like 15-20"),
    ("brainstorming", 1, "", "外来の待ち時間がどうしても長いので、待合室で待ち時間を短く感じてもらえる工夫のアイデアをできるだけたくさん出してください。予算はあまりありません。"),
    ("brainstorming", 1, "", "我们是社区连锁药店，会员里60岁以上的占一半多。想搞一些针对老年人的会员活动，不要只是打折，帮我想10个点子"),
    ("brainstorming", 0, "", "3 subject lines for our flu shot reminder email pls, walk-ins welcome at all 4 locations, no appt needed"),
    ("brainstorming", 1, "You are a quality-improvement coach for outpatient clinics. Generate concrete, testable change ideas (PDSA-ready), grouped by theme. Note for each idea what data would show whether it worked.", """Context: Southgate Community Health Center, adult primary care, 6 providers. Our no-show rate has been 23% for the last two quarters (target is 12%). About 60% of patients are on Medicaid, many work hourly jobs, a lot rely on buses. We use text reminders 24h before (English only right now - ~30% of our patients prefer Spanish, and we have a growing number of Dari-speaking patients). New-patient appointments are booked out 5 weeks. No-shows are worst on Monday mornings and for behavioral health follow-ups. Front desk says a lot of people say they "forgot" or "couldn't get off work". We can't overbook much more - providers are already burnt out. What could we try?"""),
    ("brainstorming", 0, "", "a few alternatives to the word 'patients' for our wellness spa-ish clinic website? 'clients' feels off"),
    ("brainstorming", 1, "", "we have the hospice intake meeting for my grandfather on friday. he has end stage COPD, lives with my aunt. what questions should we be asking them? i dont even know what i dont know"),
    ("brainstorming", 1, "", "我們想成立一個失智症家屬的支持團體，在台中。幫我想幾個團體名稱，還有每個月聚會可以討論的主題，大概一年份"),
    ("brainstorming", 0, "あなたは調剤薬局チェーンの販促アシスタントです。", "お薬手帳アプリの利用を勧める店内ポスターのキャッチコピーを3案ください。"),
    ("brainstorming", 1, "You help a patient-advocacy nonprofit plan content. Suggest angles, not finished articles.", "We want a 10-part blog series for people dealing with health insurance claim denials in the US. Give us angles/titles that go beyond the usual 'how to write an appeal letter' stuff - real situations people get stuck in."),
    # ---------------------------------------------------------------- creative_writing
    ("creative_writing", 1, "", "Write a short poem for Deb's retirement card. She's been a night-shift ICU nurse at St. Anselm's for 31 years, famous for her terrible coffee, her cardigan with the pockets full of alcohol swabs, and never once losing her cool during a code. Funny but it should make people a little teary too."),
    ("creative_writing", 1, "", "当院の開院10周年記念式典で院長として述べる挨拶文を書いてください。地域の皆さま、職員、来賓の市長に向けて、3分程度で。"),
    ("creative_writing", 1, "", "我爸住院三个月，全靠护工刘阿姨照顾，明天出院了。帮我写一封感谢信给她，要真诚一点，不要太官方"),
    ("creative_writing", 0, "", "out of office msg for me, billing manager at Alder Creek Clinic, back Monday the 14th, urgent billing stuff to Jolene at ext 214"),
    ("creative_writing", 1, "", "write me a short story (~800 words) about a pharmacist working the overnight shift at a 24-hour pharmacy in a small town, and the one customer who comes in at 3am every Thursday. quiet, a little melancholy, no big twist"),
    ("creative_writing", 1, "You write launch copy for Aerolink Medical. Voice: confident, warm, plain English, no fear-based messaging, no unverifiable clinical claims. Regulatory: only claims listed under 'approved claims' may be stated as facts.", """Product brief - BreatheSync smart inhaler cap

What it is: a clip-on cap that fits most metered-dose inhalers. Bluetooth, pairs with the BreatheSync app (iOS/Android).
Audience for this page: adults with asthma and parents of kids with asthma; secondary: respiratory therapists who may recommend it.
Approved claims:
- Automatically records the date and time of each puff
- Reminds you when a scheduled dose is missed
- Shares a usage report with your care team (with your permission)
- Battery lasts up to 12 months, no charging
- FDA 510(k) cleared
- Compatible with 40+ inhaler models (list in app)
Not approved: anything about reducing asthma attacks, ER visits, or improving control.
Price: $49 one-time, app free. Covered by some insurance plans (don't promise coverage).
Deliverable: landing page copy - hero headline + subhead, three benefit blocks with short headings, a 'how it works' section in 3 steps, a short paragraph for clinicians, and a CTA."""),
    ("creative_writing", 0, "你是診所的LINE官方帳號小編，訊息要簡短親切。", "幫我寫一則公告：醫師明天（週四）下午出國開會，下午診停診一次，早上跟晚上照常看診。"),
    # code-switched ask
    ("creative_writing", 1, "", "母のcare managerの田中さんに、今年一年のお礼のメールを書きたいです。介護保険の申請から施設探しまで本当にお世話になったので、formalすぎないけど感謝がちゃんと伝わる感じでお願いします。"),
    ("creative_writing", 1, "", """I've been asked to give the eulogy for Dr. Walter Ismay, who was our small town's family doctor for 42 years. He delivered me and later my two kids. Some things people have told me: he made house calls well into the 1990s, kept butterscotch candies in his coat for kids after shots, once drove a patient to the hospital in his own truck during the '96 ice storm, never sent anyone to collections, and fished every Sunday he wasn't on call. He was gruff on the surface and hated fuss. His wife June died in 2019; he has a son, Paul, and three grandkids. He was 88. I have about 5 minutes at the service at First Methodist. Can you write it? I'm not a good public speaker so simple sentences please."""),
    # a reply to a customer written from scratch -> creative_writing
    ("creative_writing", 1, "You draft responses for the Patient Relations office at Kestrel Bay Hospital. Responses must be empathetic, specific, must not admit legal liability, and must not disclose information about staff discipline. Offer a concrete next step. Sign as Lorna Pike, Patient Relations Manager.", """Complaint received via web form, 11/02:
"My husband was in the emergency department on October 28 for chest pain. We waited 5 hours in the waiting room. Nobody checked on him after triage even when I went to the desk twice to say the pain was getting worse. When he was finally seen, the doctor was great and it turned out he was having a heart attack - he had a stent placed that night and is recovering. But I am furious. If I hadn't made a scene he could have died in that chair. Also the bathroom in the waiting room was filthy and there was nowhere to charge a phone. I want to know what you are going to do so this doesn't happen to someone else. - Patricia Okonjo\""""),
    # ---------------------------------------------------------------- reasoning
    ("reasoning", 0, "", "my deductible is $1,750 and i've paid $1,185 toward it so far this year. how much is left before insurance kicks in"),
    ("reasoning", 1, "You help members estimate their costs. Show your working step by step and state any assumptions.", "My plan: $2,000 deductible, then 20% coinsurance, $5,500 out-of-pocket max. I've spent $600 toward the deductible this year. I'm having a knee arthroscopy; the allowed amount is $14,200. Then 12 PT visits at $150 allowed each, also subject to deductible/coinsurance. How much will I pay in total for all of it?"),
    ("reasoning", 1, "", "高額療養費の計算をお願いします。69歳、年収約500万円（区分ウ）、3割負担。今月の総医療費が120万円で、窓口で36万円払いました。自己負担限度額はいくらで、あといくら戻ってきますか？"),
    ("reasoning", 0, "", "孩子体重18公斤，医生说布洛芬按每公斤10毫克吃，混悬液是100毫克/5毫升，一次应该喝几毫升？"),
    ("reasoning", 1, "", """Help me build next week's night-shift schedule for our step-down unit. Nights are 1900-0700, Mon through Sun (7 nights). Every night needs exactly 3 RNs, and at least one of them must be charge-qualified.

Staff:
- Amara (charge) - wants max 3 nights, can't do Wed
- Beto (charge) - 3 nights, prefers them consecutive
- Chloe - 4 nights, no Fri or Sat (wedding)
- Dmitri - 3 nights
- Esi (charge) - 3 nights, only Thu-Sun available
- Farah - 3 nights, new grad, must never be on a night where the only charge nurse is Esi (Esi is also orienting someone)
- Gus - 2 nights, must be off Mon

Rules: nobody works more than 3 nights in a row; nobody works a night and then the following day (not an issue here, all nights). Total required = 21 shifts. Is it even possible? If yes give me a grid, if not tell me what's the smallest change that makes it work."""),
    ("reasoning", 1, "", "我媽每天要吃三種藥：A藥要空腹、飯前一小時；B藥要跟A藥隔至少4小時；C藥要飯後吃，而且不能睡前吃。她7點早餐、12點午餐、6點晚餐、10點睡覺。幫我排一個每天吃藥的時間表，並說明為什麼這樣排。"),
    ("reasoning", 0, "", "点滴500mLを4時間で落としたいです。輸液セットは20滴で1mLです。1分間に何滴に合わせればいいですか？"),
    ("reasoning", 1, "", "rough fermi estimate: how many hearing aid batteries get sold in Japan per year? walk me through the assumptions"),
    ("reasoning", 1, "", "My doctor says the screening test for this condition has 95% sensitivity and 90% specificity, and about 2 in 1,000 people my age have it. My test came back positive. What's the actual chance I have it? Please explain it so I can follow the steps, I'm freaking out a bit."),
    ("reasoning", 0, "", "kid's temp is 38.6 C, what's that in F"),
    # ---------------------------------------------------------------- coding
    ("coding", 0, "You write PostgreSQL queries for the claims analytics team. Return only the SQL with a one-line comment.", "table claims(claim_id, member_id, received_at timestamptz, status text, billed_amount numeric). I need count of claims and total billed per status for everything received last calendar month, biggest count first."),
    ("coding", 0, "", "Pythonで和暦の文字列（例：「令和6年4月1日」「平成31年4月30日」）を datetime.date に変換する関数を書いてください。"),
    # stack trace + "why" -> coding
    ("coding", 1, "", r"""Our ADT interface started crashing overnight on some messages from the new registration system. Here's the trace and the parser method. Why is it blowing up and what's the right fix (not just a null check that silently drops patients)?

Exception in thread "hl7-listener-3" java.lang.NullPointerException: Cannot invoke "String.length()" because "raw" is null
    at org.kestrel.adt.PidParser.parseDob(PidParser.java:88)
    at org.kestrel.adt.PidParser.parse(PidParser.java:41)
    at org.kestrel.adt.AdtHandler.onMessage(AdtHandler.java:112)
    at org.kestrel.hl7.MllpServer$Worker.run(MllpServer.java:203)

Sample segment that fails:
PID|1||00448102^^^KBH^MR||NGUYEN^LAN^T||||F|||22 HARBOR RD^^SALEM^OR^97301||5035550112

PidParser.java (excerpt):
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

The old system always sent a DOB. The new one apparently doesn't for some walk-in/unidentified patients. Downstream, the MPI match uses DOB."""),
    ("coding", 0, "", "写一个正则表达式校验中国大陆18位身份证号，最后一位可以是数字或X（大小写都行），不用校验日期和校验码"),
    ("coding", 1, "You are a senior application security reviewer for a healthcare SaaS company. Review code for vulnerabilities, HIPAA-relevant data exposure, and correctness. Rank findings by severity and give concrete fixes.", r"""@app.route("/api/patients/<patient_id>/records")
@login_required
def get_records(patient_id):
    log.info(f"user {current_user.email} fetching records for {patient_id}: {request.args}")
    clinic = request.args.get("clinic", "")
    q = f"SELECT * FROM records WHERE patient_id = '{patient_id}' AND clinic_code LIKE '%{clinic}%'"
    rows = db.engine.execute(q).fetchall()
    if not rows:
        return jsonify({"error": f"no records for {patient_id}"}), 404
    out = []
    for r in rows:
        d = dict(r)
        if current_user.role != "admin":
            d.pop("ssn", None)
        out.append(d)
    resp = jsonify(out)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp"""),
    ("coding", 0, "", "getting this when inserting into our pharmacy inventory db, what does it mean? ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails (`rx`.`stock_moves`, CONSTRAINT `fk_item` FOREIGN KEY (`item_id`) REFERENCES `items` (`id`))"),
    ("coding", 1, "", r"""We keep getting double-booked appointment slots in our clinic scheduling service and I need a proper fix, not a band-aid. Stack: Python 3.11, FastAPI, SQLAlchemy 2.0, PostgreSQL 15, running 4 replicas behind a load balancer. Patients book through the web portal and front-desk staff book through an internal app that hits the same API. It happens maybe 3-5 times a week, usually Monday mornings when the portal opens the next week's slots at 7:00.

Current schema (simplified):

    CREATE TABLE providers (id serial primary key, name text);
    CREATE TABLE slots (
        id serial primary key,
        provider_id int references providers(id),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        is_booked boolean not null default false
    );
    CREATE TABLE appointments (
        id serial primary key,
        slot_id int references slots(id),
        patient_id int not null,
        status text not null default 'booked',   -- booked | cancelled | no_show | completed
        created_at timestamptz default now()
    );

Booking endpoint:

    @router.post("/slots/{slot_id}/book")
    async def book(slot_id: int, body: BookIn, session: AsyncSession = Depends(get_session)):
        slot = await session.get(Slot, slot_id)
        if slot is None:
            raise HTTPException(404)
        if slot.is_booked:
            raise HTTPException(409, "Slot already taken")
        appt = Appointment(slot_id=slot_id, patient_id=body.patient_id)
        session.add(appt)
        slot.is_booked = True
        await session.commit()
        await notify_patient(appt)          # sends SMS via external API, can take 1-3 s
        return {"appointment_id": appt.id}

Cancellation endpoint sets appointment.status = 'cancelled' and slot.is_booked = False in one transaction.

Other wrinkles:
- Providers can have "double slots" for procedures (one appointment spanning two adjacent slots). Right now the front-desk app books both slot ids with two separate POSTs.
- There's a nightly job that regenerates slots from provider templates for 8 weeks ahead. It deletes unbooked future slots and recreates them. We've seen at least one case where it deleted a slot that got booked while the job was running. The job looks roughly like this:

    async def regenerate(session, provider_id, horizon_days=56):
        await session.execute(
            delete(Slot).where(Slot.provider_id == provider_id,
                               Slot.starts_at > func.now(),
                               Slot.is_booked.is_(False)))
        for start, end in expand_template(provider_id, horizon_days):
            exists = await session.scalar(select(Slot.id).where(
                Slot.provider_id == provider_id, Slot.starts_at == start))
            if not exists:
                session.add(Slot(provider_id=provider_id, starts_at=start, ends_at=end))
        await session.commit()

  It runs at 02:00 for all 31 providers in one loop, one session, one commit at the end, and takes about 6 minutes.
- We want to add a waitlist later: when someone cancels, the first waitlisted patient gets auto-offered the slot and has 15 minutes to accept.
- Isolation level is the Postgres default (READ COMMITTED).

Questions:
1. Explain exactly how the double booking happens with the current code.
2. What's the right fix at the database level? I've seen suggestions for SELECT ... FOR UPDATE, a unique partial index, advisory locks, and SERIALIZABLE. Which would you pick here and why, and what does the endpoint look like after?
3. How should the double-slot booking and the nightly regeneration job be made safe?
4. How would you design the waitlist hold so it doesn't reintroduce the same race?
5. The SMS call inside the request - should it stay there?
6. Anything else in this setup you'd change before we build the waitlist on top of it?

Please include the migration SQL and the rewritten booking endpoint."""),
    ("coding", 1, "", r"""我們診所的掛號程式要讀健保卡，用 C# WinForms 寫的。按下「讀卡」按鈕之後整個視窗就卡死，沒有錯誤訊息，但同樣的程式碼寫在 console 測試程式裡是正常的。讀卡機廠商給的 SDK 是非同步的。請問為什麼會卡住？要怎麼改比較正確？

private void btnReadCard_Click(object sender, EventArgs e)
{
    lblStatus.Text = "讀取中...";
    var info = ReadCardAsync().Result;
    txtName.Text = info.Name;
    txtId.Text = info.IdNo;
    txtBirth.Text = info.BirthDate;
    lblStatus.Text = "完成";
}

private async Task<CardInfo> ReadCardAsync()
{
    await _reader.OpenAsync("COM3");
    var raw = await _reader.GetBasicDataAsync();
    await _reader.CloseAsync();
    return CardInfo.Parse(raw);
}"""),
    ("coding", 0, "", "jq one-liner to get just the patient ids out of this export? it's like {\"bundle\":{\"entry\":[{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p-001\"}}, ...]}}"),
    ("coding", 1, "あなたは医療事務システムの開発を支援するシニアPythonエンジニアです。コードレビューとリファクタリング提案を日本語で行ってください。", r"""レセプトの月次集計スクリプトなのですが、1か月分（約80万行）で2時間以上かかります。処理結果は変えずに速くしたいです。どこがボトルネックか、どう書き直すべきか教えてください。あと、バグっぽいところがあれば指摘してください。

import pandas as pd
import datetime

def load(path):
    df = pd.read_csv(path, encoding="cp932", dtype=str)
    return df

def calc_age(birth, service_date):
    b = datetime.datetime.strptime(birth, "%Y%m%d")
    s = datetime.datetime.strptime(service_date, "%Y%m%d")
    return s.year - b.year

def age_band(age):
    if age < 6:
        return "未就学"
    elif age < 70:
        return "一般"
    elif age < 75:
        return "高齢受給者"
    else:
        return "後期高齢"

def main(path, out_path):
    df = load(path)
    result = pd.DataFrame(columns=["保険者番号", "診療科", "年齢区分", "件数", "点数合計"])
    for i in range(len(df)):
        row = df.iloc[i]
        age = calc_age(row["生年月日"], row["診療年月日"])
        band = age_band(age)
        points = int(row["点数"])
        mask = (result["保険者番号"] == row["保険者番号"]) & (result["診療科"] == row["診療科"]) & (result["年齢区分"] == band)
        if mask.any():
            idx = result[mask].index[0]
            result.loc[idx, "件数"] = result.loc[idx, "件数"] + 1
            result.loc[idx, "点数合計"] = result.loc[idx, "点数合計"] + points
        else:
            result = pd.concat([result, pd.DataFrame([{
                "保険者番号": row["保険者番号"],
                "診療科": row["診療科"],
                "年齢区分": band,
                "件数": 1,
                "点数合計": points,
            }])], ignore_index=True)
        if i % 10000 == 0:
            print(i, "件処理済み", datetime.datetime.now())
    result = result.sort_values(["保険者番号", "診療科", "年齢区分"])
    result.to_csv(out_path, index=False, encoding="cp932")

if __name__ == "__main__":
    import sys
    main(sys.argv[1], sys.argv[2])

入力CSVの列は 保険者番号, 被保険者記号番号, 生年月日, 診療年月日, 診療科, 点数, 傷病名コード で、生年月日と診療年月日は YYYYMMDD 形式の文字列です。点数が空欄の行がたまにあります（返戻分らしいです）。サーバーはメモリ16GBで、Python 3.10、pandas 2.1 です。

ついでに、年齢の計算が誕生日前後でずれているのではないかと言われたのですが、それも確認してほしいです。出力は経理側のExcelマクロが読み込むので、列名と列の順番とcp932は変えられません。"""),
    # ---------------------------------------------------------------- other
    ("other", 0, "", "thank you!! the appeal went through, they're paying the MRI 🙌"),
    ("other", 0, "あなたは北浜記念病院の患者向けチャットアシスタントです。", "テスト。聞こえてますか？"),
    # venting, emotional support -> other
    ("other", 1, "", """I don't even know why I'm typing this to a chatbot at 1am but here goes. I'm not really looking for a list of resources, I've seen all the lists. I think I just need to say it somewhere.

My dad has Alzheimer's, diagnosed about four years ago, and for the last eighteen months he's lived with us. My husband was on board at first. We converted the den into a bedroom, put in grab bars, the whole thing. I work three days a week at a dental office and my sister-in-law watches him those days, and we have an aide from the county program for six hours on Saturdays. On paper it works.

In reality I haven't slept through the night since March. He gets up around 2 or 3, gets dressed, and tries to leave for "the plant" - he retired from the paper mill in 2004. Sometimes I can redirect him, sometimes he gets angry and shoves me, which he would NEVER have done before. Last week he called me by my mom's name the whole evening and cried when I told him she died. I've learned not to correct him but I slipped, I was so tired.

My kids are 12 and 15. My daughter has basically stopped bringing friends over because Grandpa wanders into the living room in his underwear or asks them the same question six times. She's embarrassed and then she feels guilty for being embarrassed, she told me that, and it broke my heart. My son just puts his headphones on and disappears. My husband and I haven't had a real conversation that wasn't about Dad's meds or who's covering Thursday in I don't know how long. He hasn't said it but I know he's reaching his limit.

My brother lives in Denver. He calls every Sunday and says "you're a saint, I don't know how you do it" and then talks about his kitchen remodel. He sends $200 a month. He hasn't visited since Christmas before last. Every time I bring up memory care he says Dad would hate it and that "we promised Mom." We did promise Mom. She made us promise in the hospital.

I toured a memory care place two weeks ago without telling anyone. It was nice. Clean, the staff seemed kind, there was a woman playing piano. It's $7,800 a month and Dad's savings would cover maybe two and a half years. I sat in my car in their parking lot for forty minutes afterward and couldn't start the engine.

Today at work I put the wrong patient's X-rays up in front of the dentist and he made a joke about it and I went to the bathroom and cried. Over X-rays. I'm 46 and I feel like I'm 80. I love my dad so much. He taught me to drive, he walked me down the aisle, he used to make pancakes shaped like the first letter of my name. And some nights I lie there listening for the door alarm and I catch myself wishing this would just be over, and then I hate myself for thinking it.

I don't know what I'm asking. I guess, is it normal to feel like this? Am I a terrible daughter?"""),
    # personal dilemma about family -> other
    ("other", 1, "", "我妈查出来胃癌晚期，医生先告诉了我和我哥。我哥坚持不告诉她，说她胆小会垮掉。可是我觉得她有权知道，她自己也一直问为什么要化疗。我该怎么办？"),
    ("other", 0, """You are "Ask Juniper", the website assistant for Juniper Lane Medical Group, a primary care practice with four locations. You can help visitors with: office locations and hours, which insurance plans the practice accepts, how to request an appointment or prescription refill through the patient portal, how to get medical records, and general navigation of the website. You cannot see patient records, book appointments directly, or give medical advice. If someone describes an emergency, tell them to call 911. Be friendly and brief. Never pretend to be a human or a clinician. Accepted plans: Aetna PPO, Blue Cross Blue Shield (PPO and HMO), Cigna, UnitedHealthcare Choice Plus, Medicare, and state Medicaid through Sunrise Health. Hours: Mon-Fri 8-5, Sat 9-12 at the Elm Street location only. Portal: mychart.juniperlane.example.""", "wait are you a real doctor?? can you see my chart"),
    # role-play practice -> other
    ("other", 1, "", """Can we do a role-play? I have to call my insurance company tomorrow to ask why they denied my daughter's allergy shots and I get flustered on the phone and end up just saying "okay, thanks" and hanging up. I want to practice.

You play the customer service rep at "Brightwater Health". Be realistic - a little scripted, a bit rushed, and give me the typical runarounds (it's a provider billing issue, you need to call the provider, I can't see that, did you get prior auth, etc.). Don't be cartoonishly mean though. Here's what I know: claim was for 12 immunotherapy injections (CPT 95117) from Dr. Okwu's allergy clinic, Jan-March, denied with code CO-197 which I think means no precertification. The clinic says they did get an authorization in December and gave me the auth number BWH-AU-556120. I want to leave the call with a reference number and either reprocessing or a clear next step.

Start as the rep picking up the call. After we finish, step out of character and tell me what I did well and where I let you off the hook."""),
    ("other", 0, "", "講一個跟醫院或看醫生有關的笑話，要冷一點的"),
    ("other", 1, "", "看護師8年目です。最近、夜勤がつらくて体調を崩しがちで、辞めてクリニックか企業の保健室に移ろうか迷っています。でも今の病棟の仲間が好きだし、師長にも期待されていて申し訳ない気持ちもあります。どうしたらいいと思いますか？"),
    ("other", 0, "", "good morning!! ready for another glorious day of prior auths 😩☕"),
    ("other", 0, "You are the internal assistant for the revenue cycle team at Palisade Health. Help staff with billing, coding and payer questions.", "before we start - what model are you actually running on? and do you keep what i paste in here?"),
]
