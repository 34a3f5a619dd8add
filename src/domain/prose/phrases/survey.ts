import type { SurveyPhrase } from "./types";

type Pair = [th: string, en: string];
type Row = [topic: string, weak: Pair, why: Pair, fix: Pair, strong: Pair];

/**
 * Survey questions (IIT, EIT), by topic: what each question asks, whatever its number in a
 * year. README.md beside this file says where each part goes and how to add a topic's words.
 */
const ROWS: Row[] = [
  [
    "staffProcedure",
    [
      "การปฏิบัติงานหรือการให้บริการของเจ้าหน้าที่ยังไม่เป็นไปตามขั้นตอนและระยะเวลาที่กำหนดทุกครั้ง",
      "work and service do not always follow the set procedure and time frame",
    ],
    [
      "คู่มือหรือขั้นตอนการปฏิบัติงานยังไม่ชัดเจน หรือเจ้าหน้าที่ยังเข้าใจไม่ตรงกัน",
      "the work manual or steps are unclear, or staff read them differently",
    ],
    [
      "ทบทวนขั้นตอนและระยะเวลาการปฏิบัติงานของทุกงาน กำหนดผู้รับผิดชอบให้ชัดเจน และอบรมเจ้าหน้าที่ให้ถือปฏิบัติ",
      "review the steps and time frame of every task, name who is responsible, and train staff to follow them",
    ],
    [
      "เจ้าหน้าที่ปฏิบัติงานและให้บริการตามขั้นตอนและระยะเวลาที่กำหนด",
      "staff work and serve by the set procedure and time frame",
    ],
  ],
  [
    "staffFairness",
    [
      "ยังมีการเลือกปฏิบัติต่อผู้มาติดต่อหรือผู้รับบริการอย่างไม่เป็นธรรมในบางกรณี",
      "visitors or service users are sometimes treated unfairly",
    ],
    ["ยังไม่มีการกำหนดลำดับการให้บริการที่ชัดเจน", "there is no clear order of service"],
    [
      "ให้บริการตามลำดับก่อนหลัง และกำชับเจ้าหน้าที่ให้บริการทุกคนอย่างเท่าเทียม",
      "serve people strictly in order and require staff to treat everyone alike",
    ],
    [
      "เจ้าหน้าที่ไม่เลือกปฏิบัติต่อผู้มาติดต่อหรือผู้รับบริการ",
      "staff treat visitors and service users without favour",
    ],
  ],
  [
    "staffBribes",
    [
      "ยังมีการเรียกรับสินบนหรือผลประโยชน์เพื่อแลกกับการปฏิบัติงานหรือการให้บริการ",
      "bribes or favours are asked in exchange for work or service",
    ],
    [
      "มาตรการป้องกันและบทลงโทษยังไม่เป็นที่รับรู้ของบุคลากร",
      "the preventive rules and sanctions are not known to staff",
    ],
    [
      "ประกาศนโยบายไม่รับสินบนและของขวัญ เปิดช่องทางแจ้งเบาะแสที่คุ้มครองผู้แจ้ง และลงโทษผู้กระทำผิดอย่างจริงจัง",
      "announce a no-bribe, no-gift policy, open a reporting channel that protects informants, and punish offenders firmly",
    ],
    [
      "เจ้าหน้าที่ไม่เรียกรับสินบนเพื่อแลกกับการปฏิบัติงานหรือการให้บริการ",
      "staff do not ask for bribes in exchange for their work or service",
    ],
  ],
  [
    "budgetPurpose",
    [
      "การใช้จ่ายงบประมาณยังไม่เป็นไปตามวัตถุประสงค์ทั้งหมด",
      "the budget is not always spent for its intended purpose",
    ],
    [
      "บุคลากรยังไม่ทราบแผนการใช้จ่ายงบประมาณและผลการเบิกจ่ายอย่างทั่วถึง",
      "staff do not all know the spending plan and how the budget was spent",
    ],
    [
      "กำกับการใช้จ่ายงบประมาณให้เป็นไปตามแผนการใช้จ่ายและวัตถุประสงค์ของโครงการ และรายงานผลการเบิกจ่ายเทียบกับแผนทุกไตรมาส",
      "keep spending to the spending plan and each project's purpose, and report spending against the plan every quarter",
    ],
    ["หน่วยงานใช้จ่ายงบประมาณตามวัตถุประสงค์", "the agency spends its budget for its intended purpose"],
  ],
  [
    "falseClaims",
    [
      "ยังมีการเบิกจ่ายเงินที่ไม่ตรงกับความเป็นจริง เช่น ค่าทำงานล่วงเวลา ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง",
      "some payments are claimed falsely, such as overtime, materials or travel",
    ],
    [
      "การตรวจสอบหลักฐานก่อนอนุมัติการเบิกจ่ายยังไม่เข้มงวด",
      "claims are not checked strictly enough before approval",
    ],
    [
      "ตรวจสอบหลักฐานการเบิกค่าทำงานล่วงเวลา ค่าวัสดุ และค่าเดินทางทุกครั้งก่อนอนุมัติ",
      "check the evidence for every overtime, materials and travel claim before approval",
    ],
    [
      "เจ้าหน้าที่เบิกจ่ายเงินตามความเป็นจริง ไม่มีการเบิกจ่ายเป็นเท็จ",
      "staff claim payments truthfully, with no false claims",
    ],
  ],
  [
    "procurementFavour",
    [
      "ยังมีการใช้งบประมาณหรือการจัดซื้อจัดจ้างที่เอื้อประโยชน์แก่บุคคลใดบุคคลหนึ่ง",
      "budget or procurement sometimes favours a particular person",
    ],
    [
      "ขั้นตอนและผลการจัดซื้อจัดจ้างยังไม่เปิดเผยให้บุคลากรทราบ",
      "procurement steps and results are not open to staff",
    ],
    [
      "เปิดเผยขั้นตอนและผลการจัดซื้อจัดจ้างทุกโครงการ และให้ผู้ที่ไม่มีส่วนได้เสียร่วมตรวจสอบ",
      "publish every procurement's steps and results, and have them checked by someone without an interest",
    ],
    ["การใช้งบประมาณและการจัดซื้อจัดจ้างไม่เอื้อประโยชน์แก่บุคคลใด", "budget and procurement favour no one"],
  ],
  [
    "privateErrands",
    [
      "ผู้บังคับบัญชาบางรายยังสั่งให้ทำธุระส่วนตัวของผู้บังคับบัญชาหรือพวกพ้อง",
      "superiors sometimes order private errands for themselves or their associates",
    ],
    [
      "ยังไม่มีแนวปฏิบัติการมอบหมายงานที่แยกงานราชการออกจากธุระส่วนตัวอย่างชัดเจน",
      "no clear rule keeps official work apart from private errands",
    ],
    [
      "กำหนดแนวปฏิบัติการมอบหมายงานที่แยกงานราชการออกจากธุระส่วนตัว และเปิดช่องทางร้องเรียนที่คุ้มครองผู้ร้อง",
      "set rules that keep official work apart from private errands, and open a complaint channel that protects complainants",
    ],
    ["ผู้บังคับบัญชาไม่สั่งให้เจ้าหน้าที่ทำธุระส่วนตัว", "superiors do not order staff to run private errands"],
  ],
  [
    "improperOrders",
    [
      "ผู้บังคับบัญชาบางรายยังสั่งให้ทำในสิ่งที่เป็นการทุจริตหรือประพฤติมิชอบ",
      "superiors sometimes order staff to do something corrupt or improper",
    ],
    [
      "เจ้าหน้าที่ยังไม่ทราบวิธีปฏิเสธหรือร้องเรียนคำสั่งที่มิชอบ",
      "staff do not know how to refuse or report an improper order",
    ],
    [
      "ชี้แจงสิทธิของเจ้าหน้าที่ในการปฏิเสธคำสั่งที่มิชอบ และรับเรื่องร้องเรียนโดยคุ้มครองผู้ร้อง",
      "tell staff they may refuse an improper order, and take complaints while protecting complainants",
    ],
    [
      "ผู้บังคับบัญชาไม่สั่งให้ทำในสิ่งที่เป็นการทุจริตหรือประพฤติมิชอบ",
      "superiors do not order anything corrupt or improper",
    ],
  ],
  [
    "personnelBribes",
    [
      "ยังมีการให้หรือรับสินบนเพื่อแลกกับการบรรจุ แต่งตั้ง โยกย้าย หรือเลื่อนตำแหน่ง",
      "bribes are given or taken for appointments, transfers or promotions",
    ],
    [
      "หลักเกณฑ์และผลการบริหารงานบุคคลยังไม่เปิดเผยให้บุคลากรทราบ",
      "the criteria and results of personnel decisions are not open to staff",
    ],
    [
      "เปิดเผยหลักเกณฑ์และผลการบรรจุ แต่งตั้ง โยกย้าย และเลื่อนตำแหน่งให้บุคลากรทราบทุกครั้ง",
      "publish the criteria and results of every appointment, transfer and promotion to staff",
    ],
    [
      "การบรรจุ แต่งตั้ง โยกย้าย และเลื่อนตำแหน่งไม่มีการให้หรือรับสินบน",
      "appointments, transfers and promotions involve no bribes",
    ],
  ],
  [
    "assetBorrowing",
    [
      "การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานยังไม่เป็นไปตามขั้นตอนหรือแนวปฏิบัติ",
      "the agency's assets are borrowed or used without following the procedure",
    ],
    [
      "ยังไม่มีขั้นตอนการขออนุญาตยืมทรัพย์สินที่ชัดเจนและแจ้งให้บุคลากรทราบอย่างทั่วถึง",
      "there is no clear borrowing procedure made known to all staff",
    ],
    [
      "กำหนดขั้นตอนการขออนุญาตยืมและใช้ทรัพย์สินของหน่วยงาน พร้อมแบบฟอร์มและทะเบียนคุมการยืม-คืน และแจ้งให้บุคลากรทุกคนถือปฏิบัติ",
      "set a permission procedure for borrowing and using the agency's assets, with a form and a loan-and-return register, and have all staff follow it",
    ],
    [
      "เจ้าหน้าที่ขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานตามขั้นตอน",
      "staff borrow or use the agency's assets by the procedure",
    ],
  ],
  [
    "assetPrivateUse",
    [
      "ยังมีการนำทรัพย์สินของหน่วยงานไปใช้เพื่อประโยชน์ส่วนตัว",
      "the agency's assets are used for private benefit",
    ],
    [
      "บุคลากรยังแยกการใช้ทรัพย์สินของราชการออกจากประโยชน์ส่วนตัวได้ไม่ชัดเจน",
      "staff do not clearly tell official from private use of assets",
    ],
    [
      "ชี้แจงข้อห้ามการนำทรัพย์สินของราชการไปใช้ส่วนตัวและโทษทางวินัย และติดประกาศแนวปฏิบัติ ณ จุดเก็บครุภัณฑ์",
      "explain the ban on private use of public assets and its penalty, and post the rules where equipment is kept",
    ],
    [
      "เจ้าหน้าที่ไม่นำทรัพย์สินของหน่วยงานไปใช้เพื่อประโยชน์ส่วนตัว",
      "staff do not use the agency's assets for private benefit",
    ],
  ],
  [
    "assetOversight",
    [
      "การกำกับดูแลและตรวจสอบทรัพย์สินยังป้องกันการนำทรัพย์สินไปใช้เพื่อประโยชน์ส่วนตัวได้ไม่เต็มที่",
      "supervision and checks of assets do not fully prevent their private use",
    ],
    [
      "การตรวจสอบทรัพย์สินยังไม่ทำเป็นระยะและไม่มีการรายงานผล",
      "assets are not checked at intervals and the checks are not reported",
    ],
    [
      "ตรวจสอบทะเบียนทรัพย์สินเทียบกับของจริงเป็นระยะ และรายงานผลการตรวจสอบต่อผู้บริหาร",
      "check the asset register against the assets at intervals and report the results to the executives",
    ],
    [
      "การกำกับดูแลและตรวจสอบทรัพย์สินป้องกันการนำไปใช้เพื่อประโยชน์ส่วนตัวได้",
      "supervision and checks of assets prevent their private use",
    ],
  ],
  [
    "headCommitment",
    [
      "ผู้บริหารสูงสุดยังให้ความสำคัญกับการแก้ไขปัญหาการทุจริตไม่เพียงพอ",
      "the head of the agency gives too little weight to solving corruption",
    ],
    [
      "บุคลากรยังไม่เห็นบทบาทของผู้บริหารในการต่อต้านการทุจริตอย่างชัดเจน",
      "staff do not clearly see the head's part in fighting corruption",
    ],
    [
      "ให้ผู้บริหารสูงสุดประกาศเจตจำนงสุจริตและนโยบายต่อต้านการทุจริต และเข้าร่วมกิจกรรมต่อต้านการทุจริตอย่างเปิดเผย",
      "have the head of the agency declare integrity and an anti-corruption policy, and take part openly in anti-corruption activities",
    ],
    [
      "ผู้บริหารสูงสุดให้ความสำคัญกับการแก้ไขปัญหาการทุจริต",
      "the head of the agency gives weight to solving corruption",
    ],
  ],
  [
    "preventionEffect",
    [
      "การดำเนินการเพื่อป้องกันการทุจริตของหน่วยงานยังป้องกันการทุจริตได้ไม่เต็มที่",
      "the agency's anti-corruption work does not fully prevent corruption",
    ],
    [
      "บุคลากรยังไม่ทราบมาตรการป้องกันการทุจริตและผลการดำเนินการอย่างทั่วถึง",
      "staff do not all know the prevention measures and their results",
    ],
    [
      "จัดทำแผนป้องกันการทุจริตที่ครอบคลุมทุกภารกิจ ติดตามผลทุกครึ่งปี และแจ้งผลให้บุคลากรทราบ",
      "draw up a corruption prevention plan covering every function, follow it up every six months and tell staff the results",
    ],
    [
      "การดำเนินการเพื่อป้องกันการทุจริตของหน่วยงานป้องกันการทุจริตได้จริง",
      "the agency's anti-corruption work prevents corruption",
    ],
  ],
  [
    "complaintTrust",
    [
      "กระบวนการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบภายในหน่วยงานยังไม่น่าเชื่อถือเท่าที่ควร",
      "complaints of corruption and misconduct are not handled in a way they can trust",
    ],
    [
      "แนวปฏิบัติ ช่องทาง และผลการจัดการเรื่องร้องเรียนยังไม่เป็นที่รับรู้ของบุคลากรอย่างทั่วถึง",
      "the complaint procedure, channels and outcomes are not widely known to staff",
    ],
    [
      "ทบทวนแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต คุ้มครองผู้ร้อง และรายงานผลการจัดการเรื่องร้องเรียนให้บุคลากรทราบ",
      "review the complaint procedure, protect complainants and report to staff how complaints were handled",
    ],
    [
      "บุคลากรเชื่อมั่นในกระบวนการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      "staff trust how complaints of corruption and misconduct are handled",
    ],
  ],
  [
    "serviceProcedure",
    [
      "เจ้าหน้าที่ยังให้บริการไม่เป็นไปตามขั้นตอนและระยะเวลาที่ประกาศไว้ทุกครั้ง",
      "staff do not always serve within the published steps and time frames",
    ],
    [
      "ผู้รับบริการยังไม่ทราบขั้นตอนและระยะเวลาการให้บริการที่ชัดเจน",
      "service users do not know the steps and time frames",
    ],
    [
      "ทบทวนคู่มือการให้บริการให้เป็นปัจจุบัน และเผยแพร่ขั้นตอนและระยะเวลาทั้ง ณ จุดบริการและช่องทางออนไลน์",
      "bring the service guides up to date and publish the steps and time frames at service points and online",
    ],
    [
      "เจ้าหน้าที่ให้บริการตามขั้นตอนและระยะเวลาที่ประกาศไว้",
      "staff serve within the published steps and time frames",
    ],
  ],
  [
    "serviceEquality",
    ["เจ้าหน้าที่ยังให้บริการแก่ผู้รับบริการแต่ละรายไม่เท่าเทียมกัน", "staff do not serve everyone equally"],
    ["ยังไม่มีระบบลำดับการให้บริการที่ผู้รับบริการมองเห็นได้", "there is no visible queue order"],
    [
      "จัดระบบบัตรคิวหรือลำดับการให้บริการ และประกาศให้ผู้รับบริการทราบ",
      "set up a queue system and make it known to service users",
    ],
    ["เจ้าหน้าที่ให้บริการแก่ทุกคนอย่างเท่าเทียมกัน", "staff serve everyone equally"],
  ],
  [
    "serviceBribes",
    ["เจ้าหน้าที่ยังเรียกรับสินบนเพื่อแลกกับการให้บริการ", "staff ask for bribes in exchange for service"],
    [
      "ผู้รับบริการยังไม่ทราบนโยบายและช่องทางแจ้งเบาะแส",
      "service users do not know the policy or where to report",
    ],
    [
      "ประกาศนโยบายไม่รับสินบนและของขวัญ ณ จุดบริการ และเปิดช่องทางแจ้งเบาะแสสำหรับผู้รับบริการ",
      "post the no-bribe, no-gift policy at service points and open a reporting channel for service users",
    ],
    [
      "ผู้รับบริการไม่ถูกเรียกรับสินบนเพื่อแลกกับการให้บริการ",
      "service users are not asked for bribes in exchange for service",
    ],
  ],
  [
    "infoChannels",
    [
      "ช่องทางเผยแพร่ข้อมูลข่าวสารของหน่วยงานยังเข้าถึงได้ยาก",
      "the agency's information channels are hard to reach",
    ],
    ["ข้อมูลเผยแพร่ไว้บนเว็บไซต์เพียงช่องทางเดียว", "information is published on the website alone"],
    [
      "เพิ่มช่องทางเผยแพร่ข้อมูลที่{people}ใช้จริง เช่น สื่อสังคมออนไลน์ เสียงตามสาย และป้ายประกาศ",
      "add channels {people} actually use, such as social media, the village PA and notice boards",
    ],
    [
      "ช่องทางเผยแพร่ข้อมูลข่าวสารของหน่วยงานเข้าถึงได้ง่าย",
      "the agency's information channels are easy to reach",
    ],
  ],
  [
    "publicity",
    [
      "หน่วยงานยังประชาสัมพันธ์ข้อมูลที่{people}ควรทราบได้ไม่ชัดเจน",
      "the agency does not clearly publicise what {people} should know",
    ],
    [
      "ข้อมูลที่เผยแพร่ยังไม่สม่ำเสมอและเข้าใจยาก",
      "information is published irregularly and is hard to follow",
    ],
    [
      "จัดทำปฏิทินการประชาสัมพันธ์รายเดือน และสรุปข้อมูลสำคัญเป็นภาษาที่เข้าใจง่าย",
      "keep a monthly publicity calendar and summarise key information in plain language",
    ],
    [
      "หน่วยงานประชาสัมพันธ์ข้อมูลที่{people}ควรทราบอย่างชัดเจน",
      "the agency clearly publicises what {people} should know",
    ],
  ],
  [
    "answering",
    [
      "เจ้าหน้าที่ยังสื่อสาร ตอบข้อซักถาม หรือให้คำอธิบายได้ไม่ชัดเจน",
      "staff do not communicate, answer questions or explain clearly",
    ],
    [
      "เจ้าหน้าที่ยังไม่มีแนวทางตอบคำถามที่เป็นแนวเดียวกัน",
      "staff have no common guide for answering questions",
    ],
    [
      "จัดทำแนวคำตอบคำถามที่พบบ่อย และอบรมเจ้าหน้าที่ด้านการสื่อสารกับผู้รับบริการ",
      "write standard answers to frequent questions and train staff in talking with service users",
    ],
    ["เจ้าหน้าที่สื่อสารและตอบข้อซักถามได้อย่างชัดเจน", "staff communicate and answer questions clearly"],
  ],
  [
    "outsideParticipation",
    [
      "หน่วยงานยังเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วมในการปรับปรุงการดำเนินงานไม่มากพอ",
      "the agency gives outsiders too little part in improving its work",
    ],
    [
      "การมีส่วนร่วมที่จัดขึ้นยังไม่เป็นที่รับรู้ของ{people}อย่างทั่วถึง",
      "the participation the agency offers is not widely known",
    ],
    [
      "จัดเวทีหรือช่องทางรับฟังความคิดเห็นของ{people}ในการปรับปรุงการดำเนินงาน และเผยแพร่ผลการมีส่วนร่วม",
      "hold hearings or open channels for the views of {people} on improving the work, and publish what came of them",
    ],
    [
      "หน่วยงานเปิดโอกาสให้บุคคลภายนอกมีส่วนร่วมในการปรับปรุงการดำเนินงาน",
      "the agency lets outsiders take part in improving its work",
    ],
  ],
  [
    "responsiveness",
    [
      "หน่วยงานยังปรับปรุงการดำเนินงานให้ตอบสนองต่อ{people}ไม่เพียงพอ",
      "the agency does not improve its work enough in answer to {people}",
    ],
    [
      "{people}ยังไม่ทราบว่าข้อเสนอแนะของตนนำไปสู่การปรับปรุงอย่างไร",
      "{people} do not learn what their suggestions led to",
    ],
    [
      "นำข้อเสนอแนะของ{people}มาปรับปรุงงาน และแจ้งผลการปรับปรุงกลับให้{people}ทราบ",
      "act on the suggestions of {people} and report back what changed",
    ],
    [
      "หน่วยงานปรับปรุงการดำเนินงานให้ตอบสนองต่อความต้องการของ{people}",
      "the agency improves its work in answer to {people}",
    ],
  ],
  [
    "onlineService",
    [
      "การให้บริการผ่านช่องทางออนไลน์ยังไม่สะดวก รวดเร็ว หรือมีประสิทธิภาพเท่าที่ควร",
      "online services are not as convenient, fast or effective as they should be",
    ],
    [
      "งานบริการหลักยังให้บริการออนไลน์ได้ไม่ครบ หรือ{people}ยังไม่ทราบว่ามีบริการออนไลน์",
      "not all main services are online, or {people} do not know they are",
    ],
    [
      "พัฒนาระบบ E-Service สำหรับงานบริการหลัก จัดทำคู่มือการใช้งาน และประชาสัมพันธ์ให้ทั่วถึง",
      "develop E-Service for the main services, write a user guide and make it widely known",
    ],
    [
      "หน่วยงานให้บริการผ่านช่องทางออนไลน์ได้สะดวกและรวดเร็ว",
      "the agency's online services are convenient and fast",
    ],
  ],
];

const b = ([th, en]: Pair) => ({ th, en });

/** Phrases of the survey questions, by topic. */
export const SURVEY_PHRASES: Record<string, SurveyPhrase> = Object.fromEntries(
  ROWS.map(([topic, weak, why, fix, strong]) => [
    topic,
    { weak: b(weak), why: b(why), fix: b(fix), strong: b(strong) },
  ]),
);
