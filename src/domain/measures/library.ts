import { topicById } from "../framework/topics";
import type { Measure, MeasureDomain } from "./types";

type Row = [
  id: string,
  indicator: number,
  flag: Measure["for"],
  th: string,
  en: string,
  steps: [string, string][],
  topics?: string[],
];

/**
 * The measure library, in our own words. Each indicator has a corrective measure (improve), a
 * developing one (develop) and a keep-the-level one (maintain); weak items bring in the measure
 * of their topic. README.md beside this file says how to add one.
 */
const ROWS: Row[] = [
  [
    "1A",
    1,
    "improve",
    "ทบทวนขั้นตอนและระยะเวลาการให้บริการทุกงาน และติดประกาศให้ผู้รับบริการเห็น",
    "Review every service's steps and time frames, and post them where service users see them",
    [
      [
        "{everyDivision}ทบทวนคู่มือการให้บริการ ระบุผู้รับผิดชอบและระยะเวลา",
        "{everyDivision} reviews its service manual, naming who is responsible and how long each step takes",
      ],
      [
        "ติดประกาศขั้นตอนและระยะเวลา ณ จุดให้บริการ และบนเว็บไซต์หลัก",
        "Post the steps and time frames at service points and on the main website",
      ],
      [
        "สุ่มตรวจการให้บริการตามคู่มือทุกไตรมาส และรายงานผู้บริหาร",
        "Spot-check service against the manual every quarter and report to the executives",
      ],
    ],
    ["staffProcedure", "staffFairness"],
  ],
  [
    "1B",
    1,
    "develop",
    "อบรมเจ้าหน้าที่เรื่องระเบียบ ขั้นตอน และการสื่อสารกับผู้รับบริการ",
    "Train staff in the rules, the procedures and how to explain them to service users",
    [
      [
        "จัดอบรมเจ้าหน้าที่ผู้ให้บริการอย่างน้อยปีละ 1 ครั้ง",
        "Hold training for front-line staff at least once a year",
      ],
      [
        "ทบทวนขั้นตอนและระยะเวลาการปฏิบัติงานของแต่ละงาน และประกาศให้ถือปฏิบัติ",
        "Review each task's steps and time frames, and announce them to be followed",
      ],
    ],
  ],
  [
    "1C",
    1,
    "maintain",
    "รักษามาตรฐานการให้บริการตามขั้นตอนและระยะเวลา โดยไม่เลือกปฏิบัติ",
    "Keep service within its steps and time frames, without favour",
    [
      ["เผยแพร่คู่มือการให้บริการฉบับปัจจุบันบนเว็บไซต์", "Publish the current service manual on the website"],
      ["ประชุมติดตามผลการให้บริการทุกครึ่งปี", "Review service results every six months"],
    ],
  ],
  [
    "1D",
    1,
    "topic",
    "ป้องกันการเรียกรับสินบนในการปฏิบัติงานและการให้บริการ",
    "Prevent bribes being asked for in work and service",
    [
      [
        "ประกาศนโยบายไม่รับสินบนและของขวัญให้บุคลากรทุกคนทราบ",
        "Announce the no-bribe, no-gift policy to all staff",
      ],
      [
        "เปิดช่องทางแจ้งเบาะแสที่คุ้มครองผู้แจ้ง และลงโทษผู้กระทำผิด",
        "Open a reporting channel that protects informants, and punish offenders",
      ],
    ],
    ["staffBribes"],
  ],
  [
    "2A",
    2,
    "improve",
    "ควบคุมการใช้จ่ายงบประมาณให้ตรงตามแผนและวัตถุประสงค์ และเปิดเผยผลการใช้จ่าย",
    "Keep spending to the plan and its purpose, and publish how the budget was spent",
    [
      [
        "ประชุมหัวหน้าส่วนราชการ กำชับให้ใช้จ่ายตามแผนการใช้จ่ายงบประมาณ",
        "Meet the heads of divisions and require spending to follow the spending plan",
      ],
      ["รายงานผลการเบิกจ่ายเทียบแผนทุกไตรมาส", "Report spending against the plan every quarter"],
      [
        "เผยแพร่แผนและผลการใช้จ่ายงบประมาณบนเว็บไซต์หลัก",
        "Publish the budget plan and its results on the main website",
      ],
    ],
    ["budgetPurpose", "falseClaims"],
  ],
  [
    "2B",
    2,
    "develop",
    "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี และเปิดช่องทางให้บุคลากรตรวจสอบ",
    "Publish the annual spending plan and give staff a way to question it",
    [
      [
        "ประชาสัมพันธ์แผนการใช้จ่ายงบประมาณให้บุคลากรทุกคนทราบ",
        "Make the spending plan known to all staff",
      ],
      [
        "เปิดช่องทางให้บุคลากรแจ้งข้อสงสัยเรื่องการเบิกจ่ายโดยไม่ต้องระบุชื่อ",
        "Open a channel where staff can question payments without giving their name",
      ],
      [
        "รายงานผลการเบิกจ่ายเทียบกับแผนให้บุคลากรทราบทุกไตรมาส",
        "Report spending against the plan to staff every quarter",
      ],
    ],
  ],
  [
    "2C",
    2,
    "maintain",
    "รักษาความโปร่งใสในการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้าง",
    "Keep budget spending and procurement transparent",
    [
      ["เผยแพร่รายงานการใช้จ่ายงบประมาณประจำปี", "Publish the annual spending report"],
      ["ทบทวนการเบิกจ่ายที่มีความเสี่ยงปีละ 1 ครั้ง", "Review risky payments once a year"],
    ],
  ],
  [
    "2D",
    2,
    "topic",
    "เปิดเผยขั้นตอนและผลการจัดซื้อจัดจ้างทุกโครงการ",
    "Publish every procurement's steps and results",
    [
      [
        "เผยแพร่ขั้นตอนและผลการจัดซื้อจัดจ้างบนเว็บไซต์หลัก",
        "Publish procurement steps and results on the main website",
      ],
      [
        "ให้ผู้ที่ไม่มีส่วนได้เสียร่วมตรวจรับและตรวจสอบ",
        "Have someone without an interest take part in acceptance and checks",
      ],
    ],
    ["procurementFavour"],
  ],
  [
    "3A",
    3,
    "improve",
    "จัดทำมาตรการป้องกันการใช้อำนาจโดยมิชอบของผู้บังคับบัญชา",
    "Set rules that prevent superiors from abusing their authority",
    [
      [
        "ประกาศแนวปฏิบัติการมอบหมายงานและบริหารบุคคลที่เป็นธรรม",
        "Announce fair rules for assigning work and for personnel decisions",
      ],
      [
        "เปิดช่องทางร้องเรียนการใช้อำนาจโดยมิชอบที่ปกป้องผู้ร้อง",
        "Open a complaint channel for abuse of authority that protects complainants",
      ],
      [
        "รายงานผลการจัดการเรื่องร้องเรียนต่อผู้บริหารทุกไตรมาส",
        "Report complaint handling to the executives every quarter",
      ],
    ],
    ["privateErrands", "improperOrders"],
  ],
  [
    "3B",
    3,
    "develop",
    "เสริมสร้างจิตสำนึกการใช้อำนาจอย่างเป็นธรรมตามประมวลจริยธรรม",
    "Build a culture of fair use of authority under the code of ethics",
    [
      ["ประชุมชี้แจง{ethicsCode}แก่ผู้บริหารและบุคลากร", "Brief executives and staff on {ethicsCode}"],
      [
        "เผยแพร่ผลการบรรจุ แต่งตั้ง โยกย้าย ให้บุคลากรทราบ",
        "Make appointments and transfers known to staff",
      ],
    ],
  ],
  [
    "3C",
    3,
    "maintain",
    "ส่งเสริมให้ผู้บังคับบัญชาใช้อำนาจอย่างเป็นธรรม ไม่เลือกปฏิบัติ และไม่เอื้อประโยชน์แก่ผู้ใด",
    "Keep superiors using their authority fairly, without favour to anyone",
    [
      ["ทบทวน{ethicsCode}ปีละ 1 ครั้ง", "Review {ethicsCode} once a year"],
      [
        "เผยแพร่ประมวลจริยธรรมทางเว็บไซต์และบอร์ดประชาสัมพันธ์",
        "Publish the codes of ethics on the website and notice boards",
      ],
    ],
  ],
  [
    "3D",
    3,
    "topic",
    "เปิดเผยหลักเกณฑ์และผลการบริหารงานบุคคลให้บุคลากรทราบ",
    "Make the criteria and results of personnel decisions known to staff",
    [
      [
        "ประกาศหลักเกณฑ์การบรรจุ แต่งตั้ง โยกย้าย และเลื่อนตำแหน่ง",
        "Announce the criteria for appointments, transfers and promotions",
      ],
      [
        "เผยแพร่ผลการบริหารงานบุคคลให้บุคลากรทราบทุกครั้ง",
        "Make every personnel decision's result known to staff",
      ],
    ],
    ["personnelBribes"],
  ],
  [
    "4A",
    4,
    "improve",
    "จัดทำคู่มือการยืมและใช้ทรัพย์สินของราชการ และกำกับการตรวจสอบ",
    "Write a manual for borrowing and using the agency's property, and supervise its checks",
    [
      [
        "มอบหมายผู้รับผิดชอบทบทวนขั้นตอนการยืมและดูแลทรัพย์สิน",
        "Assign someone to review how property is borrowed, used and looked after",
      ],
      [
        "แจ้งเวียนคู่มือให้บุคลากรทุกคน และเผยแพร่บนเว็บไซต์หลัก",
        "Circulate the manual to all staff and publish it on the main website",
      ],
      ["ตรวจสอบทะเบียนการยืมทรัพย์สินทุกไตรมาส", "Check the property loan register every quarter"],
    ],
  ],
  [
    "4B",
    4,
    "develop",
    "สร้างความรู้ความเข้าใจเรื่องการใช้ทรัพย์สินของราชการให้ถูกต้อง",
    "Build understanding of the correct use of the agency's property",
    [
      [
        "จัดกิจกรรมชี้แจงแนวปฏิบัติการใช้ทรัพย์สินของราชการ",
        "Hold a session on the rules for using the agency's property",
      ],
      ["ติดประกาศแนวปฏิบัติ ณ จุดเก็บครุภัณฑ์", "Post the rules where equipment is kept"],
    ],
  ],
  [
    "4C",
    4,
    "maintain",
    "กำกับดูแลการใช้ทรัพย์สินของราชการให้ถูกต้องอย่างต่อเนื่อง",
    "Keep the supervision of the agency's property",
    [
      ["ตรวจนับทรัพย์สินประจำปีและรายงานผล", "Count the property every year and report the result"],
      ["ทบทวนแนวปฏิบัติการยืมทรัพย์สินปีละ 1 ครั้ง", "Review the borrowing rules once a year"],
    ],
  ],
  [
    "4D",
    4,
    "topic",
    "กำหนดขั้นตอนการขออนุญาตยืมทรัพย์สินของหน่วยงาน พร้อมแบบฟอร์มและทะเบียนคุมการยืม",
    "Set a permission procedure for borrowing the agency's assets, with a form and a loan register",
    [
      [
        "จัดทำแบบฟอร์มขออนุญาตยืมและทะเบียนคุมการยืม-คืน",
        "Make a borrowing request form and a loan-and-return register",
      ],
      [
        "กำชับให้บุคลากรขออนุญาตก่อนยืมทุกครั้ง และคืนตามกำหนด",
        "Require staff to ask permission before every loan and to return on time",
      ],
      [
        "สุ่มตรวจทะเบียนการยืมเทียบกับทรัพย์สินจริงทุกไตรมาส",
        "Spot-check the register against the assets every quarter",
      ],
    ],
    ["assetBorrowing", "assetPrivateUse", "assetOversight"],
  ],
  [
    "5A",
    5,
    "improve",
    "แสดงเจตจำนงต่อต้านการทุจริตของผู้บริหาร และปรับปรุงการจัดการเรื่องร้องเรียน",
    "Have the executives declare against corruption, and improve complaint handling",
    [
      [
        "ผู้บริหารสูงสุดประกาศเจตจำนงสุจริตและนโยบาย No Gift Policy",
        "The chief executive declares integrity and the No Gift Policy",
      ],
      [
        "ทบทวนและเผยแพร่แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
        "Review the corruption complaint procedure and make it widely known",
      ],
      ["รายงานสรุปผลเรื่องร้องเรียนแยกตามประเภทให้บุคลากรทราบ", "Report complaints by type to all staff"],
    ],
    ["headCommitment", "preventionEffect"],
  ],
  [
    "5B",
    5,
    "develop",
    "สร้างความเชื่อมั่นในกระบวนการป้องกันและจัดการเรื่องร้องเรียนการทุจริต",
    "Build trust in corruption prevention and complaint handling",
    [
      [
        "ผู้บริหารสูงสุดประกาศเจตจำนงสุจริตและเข้าร่วมกิจกรรมต่อต้านการทุจริต",
        "The chief executive declares integrity and joins anti-corruption activities",
      ],
      [
        "จัดทำแผนปฏิบัติการป้องกันการทุจริตที่ครอบคลุมทุกภารกิจ",
        "Draw up a corruption prevention plan that covers every function",
      ],
      [
        "ชี้แจงช่องทางร้องเรียนและการคุ้มครองผู้ร้องแก่บุคลากร",
        "Explain the complaint channels and the protection of complainants to staff",
      ],
    ],
  ],
  [
    "5C",
    5,
    "maintain",
    "ผู้บริหารแสดงบทบาทในการแก้ไขปัญหาการทุจริตอย่างต่อเนื่อง",
    "Keep the executives' commitment against corruption",
    [
      [
        "ผู้บริหารเข้าร่วมกิจกรรมต่อต้านการทุจริตอย่างน้อยปีละ 1 ครั้ง",
        "Executives take part in an anti-corruption activity at least once a year",
      ],
      [
        "ติดตามแผนปฏิบัติการป้องกันการทุจริตทุกครึ่งปี",
        "Follow the corruption prevention plan every six months",
      ],
    ],
  ],
  [
    "5D",
    5,
    "topic",
    "ปรับปรุงการจัดการเรื่องร้องเรียนการทุจริตให้น่าเชื่อถือ",
    "Make corruption complaint handling trustworthy",
    [
      [
        "ทบทวนและเผยแพร่แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
        "Review the corruption complaint procedure and make it widely known",
      ],
      [
        "คุ้มครองผู้ร้อง และรายงานผลการจัดการเรื่องร้องเรียนให้บุคลากรทราบ",
        "Protect complainants, and report how complaints were handled to staff",
      ],
    ],
    ["complaintTrust"],
  ],
  [
    "6A",
    6,
    "improve",
    "ปรับปรุงคู่มือการให้บริการ และสร้างความเข้าใจแก่ผู้รับบริการ",
    "Improve the service guides and help service users understand them",
    [
      [
        "{everyDivision}ทบทวนขั้นตอนและระยะเวลาในคู่มือการให้บริการให้เป็นปัจจุบัน",
        "{everyDivision} brings the steps and time frames in its service guide up to date",
      ],
      [
        "เผยแพร่คู่มือในรูปแบบแผ่นพับ ป้าย และช่องทางออนไลน์",
        "Publish the guides as leaflets, posters and online",
      ],
      ["สำรวจความพึงพอใจของผู้รับบริการทุกไตรมาส", "Survey service users every quarter"],
    ],
    ["serviceProcedure", "serviceEquality"],
  ],
  [
    "6B",
    6,
    "develop",
    "พัฒนาการให้บริการอย่างเท่าเทียมตามขั้นตอนและระยะเวลา",
    "Develop equal service within the steps and time frames",
    [
      ["ติดตั้งระบบบัตรคิวหรือลำดับการให้บริการ", "Set up a queue system for service"],
      [
        "เผยแพร่ระยะเวลาการให้บริการแต่ละงาน ณ จุดบริการ",
        "Post each service's time frame at the service point",
      ],
    ],
  ],
  [
    "6C",
    6,
    "maintain",
    "รักษาคุณภาพการให้บริการตามคู่มือ อย่างเท่าเทียมและโปร่งใส",
    "Keep service quality to the guides, equal and transparent",
    [
      ["ทบทวนคู่มือการให้บริการปีละ 1 ครั้ง", "Review the service guides once a year"],
      ["รับฟังความเห็นผู้รับบริการและนำมาปรับปรุง", "Listen to service users and act on what they say"],
    ],
  ],
  [
    "6D",
    6,
    "topic",
    "ป้องกันการเรียกรับสินบนจากผู้รับบริการ",
    "Stop service users being asked for bribes",
    [
      [
        "ประกาศนโยบายไม่รับสินบนและของขวัญ ณ จุดบริการ",
        "Post the no-bribe, no-gift policy at service points",
      ],
      [
        "เปิดช่องทางแจ้งเบาะแสสำหรับผู้รับบริการ และติดตามผลทุกเรื่อง",
        "Open a reporting channel for service users and follow up every report",
      ],
    ],
    ["serviceBribes"],
  ],
  [
    "7A",
    7,
    "improve",
    "เพิ่มช่องทางเผยแพร่ข้อมูลข่าวสาร และให้เจ้าหน้าที่ตอบข้อซักถามได้ชัดเจน",
    "Add channels for public information, and help staff answer questions clearly",
    [
      [
        "เผยแพร่ข้อมูลภารกิจผ่านสื่อสังคมออนไลน์ เว็บไซต์ และเสียงตามสาย",
        "Publish the agency's work on social media, the website and the village PA",
      ],
      [
        "จัดทำแนวคำตอบคำถามที่พบบ่อยให้เจ้าหน้าที่ใช้",
        "Write standard answers to frequent questions for staff",
      ],
      ["ตรวจสอบความเป็นปัจจุบันของข้อมูลบนเว็บไซต์ทุกเดือน", "Check the website is up to date every month"],
    ],
    ["infoChannels", "publicity"],
  ],
  [
    "7B",
    7,
    "develop",
    "พัฒนาการประชาสัมพันธ์ข้อมูลที่{people}ควรทราบ",
    "Develop how {people} are told what they should know",
    [
      ["จัดทำปฏิทินการเผยแพร่ข่าวสารรายเดือน", "Keep a monthly publishing calendar"],
      [
        "เพิ่มช่องทางสื่อสารสองทาง เช่น LINE Official Account",
        "Add a two-way channel such as a LINE Official Account",
      ],
    ],
  ],
  [
    "7C",
    7,
    "maintain",
    "รักษาประสิทธิภาพการสื่อสารกับ{people}ผ่านช่องทางที่หลากหลาย",
    "Keep communicating with {people} through many channels",
    [
      [
        "ปรับปรุงข้อมูลพื้นฐานบนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบัน",
        "Keep the website's basic information complete and current",
      ],
      ["ตอบข้อซักถามทางออนไลน์ภายในเวลาที่กำหนด", "Answer online questions within a set time"],
    ],
  ],
  [
    "7D",
    7,
    "topic",
    "พัฒนาการสื่อสารและการตอบข้อซักถามของเจ้าหน้าที่",
    "Help staff communicate and answer questions clearly",
    [
      [
        "อบรมเจ้าหน้าที่ด้านการสื่อสารและการตอบข้อซักถาม",
        "Train staff in communicating and answering questions",
      ],
      [
        "จัดทำแนวคำตอบคำถามที่พบบ่อยให้เจ้าหน้าที่ใช้",
        "Write standard answers to frequent questions for staff",
      ],
    ],
    ["answering"],
  ],
  [
    "8A",
    8,
    "improve",
    "เปิดโอกาสให้{people}มีส่วนร่วม และพัฒนาการให้บริการออนไลน์ (E-Service)",
    "Open the work to the participation of {people}, and develop online services (E-Service)",
    [
      [
        "{everyDivision}พิจารณางานบริการที่นำมาให้บริการผ่าน E-Service ได้",
        "{everyDivision} finds the services that can move to E-Service",
      ],
      [
        "จัดทำคู่มือการใช้ E-Service และประชาสัมพันธ์ให้ทั่วถึง",
        "Write an E-Service user guide and make it widely known",
      ],
      [
        "จัดเวทีรับฟังความเห็น{people}ในการปรับปรุงการดำเนินงาน",
        "Hear {people} on how to improve the agency's work",
      ],
    ],
    ["outsideParticipation", "responsiveness", "onlineService"],
  ],
  [
    "8B",
    8,
    "develop",
    "พัฒนาการปรับปรุงการดำเนินงานให้ตอบสนองต่อ{people}",
    "Develop the agency's work in answer to {people}",
    [
      [
        "นำข้อเสนอแนะของ{people}มาปรับปรุงงานและแจ้งผลกลับ",
        "Act on the suggestions of {people} and report back",
      ],
      ["เพิ่มบริการออนไลน์อย่างน้อย 1 งานต่อปี", "Add at least one online service a year"],
    ],
  ],
  [
    "8C",
    8,
    "maintain",
    "เปิดโอกาสให้บุคคลภายนอกมีส่วนร่วม และให้บริการออนไลน์อย่างต่อเนื่อง",
    "Keep public participation and online services",
    [
      [
        "เผยแพร่ผลการมีส่วนร่วมของ{people}บนเว็บไซต์",
        "Publish the results of the participation of {people} on the website",
      ],
      ["ดูแลระบบ E-Service ให้ใช้งานได้ตลอดเวลา", "Keep the E-Service system available at all times"],
    ],
  ],
  [
    "9A",
    9,
    "improve",
    "ทบทวนการเปิดเผยข้อมูลบนเว็บไซต์หลักให้ครบทุกข้อและองค์ประกอบตามเกณฑ์ OIT",
    "Review the main website's open data so that every OIT item and its parts are there",
    [
      [
        "ตรวจรายการข้อมูล OIT ทุกข้อเทียบกับคู่มือการประเมินปีปัจจุบัน",
        "Check every OIT item against this year's assessment manual",
      ],
      [
        "มอบหมายผู้รับผิดชอบแต่ละข้อ และกำหนดวันเผยแพร่",
        "Name who is responsible for each item and when it is published",
      ],
      [
        "ตรวจสอบว่า URL ที่ส่งเป็นเว็บไซต์หลักและเข้าถึงได้ตลอดเวลา",
        "Check that submitted URLs are on the main website and always reachable",
      ],
    ],
    ["basic", "planning", "services", "eService"],
  ],
  [
    "9B",
    9,
    "develop",
    "พัฒนาความครบถ้วนและความเป็นปัจจุบันของข้อมูลสาธารณะ",
    "Develop the completeness and currency of open data",
    [
      ["ทบทวนข้อมูลบนเว็บไซต์ทุกไตรมาส", "Review the website's data every quarter"],
      ["อบรมผู้ดูแลเว็บไซต์เรื่องเกณฑ์ OIT", "Train the website's editors in the OIT criteria"],
    ],
  ],
  [
    "9C",
    9,
    "maintain",
    "เปิดเผยข้อมูลสาธารณะให้ครบถ้วนและเป็นปัจจุบันอย่างต่อเนื่อง",
    "Keep open data complete and current",
    [
      [
        "ทบทวนหลักเกณฑ์ OIT ของปีถัดไปเมื่อประกาศ",
        "Read the next year's OIT criteria as soon as they are announced",
      ],
      ["ดูแลเว็บไซต์หลักให้เข้าถึงได้ตลอดเวลา", "Keep the main website reachable at all times"],
    ],
  ],
  [
    "9D",
    9,
    "topic",
    "จัดทำและเผยแพร่แผน รายการ ความก้าวหน้า และรายงานผลการจัดซื้อจัดจ้างให้ครบตามองค์ประกอบ",
    "Publish the procurement plan, list, progress and report with all their required parts",
    [
      [
        "เผยแพร่รายการจัดซื้อจัดจ้างและความก้าวหน้ารายเดือน",
        "Publish the procurement list and its progress every month",
      ],
      [
        "จัดทำรายงานผลการจัดซื้อจัดจ้างประจำปี พร้อมแนวทางปรับปรุง",
        "Write the annual procurement report with its remedies",
      ],
    ],
    ["procurement"],
  ],
  [
    "9E",
    9,
    "topic",
    "จัดทำและเผยแพร่แผนและรายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
    "Publish the human-resources management and development plan and its report",
    [
      [
        "จัดทำแผนบริหารและพัฒนาทรัพยากรบุคคลให้ครบองค์ประกอบ",
        "Draw up the HR plan with every required part",
      ],
      [
        "รายงานผลการดำเนินงานตามแผนประจำปี และเผยแพร่บนเว็บไซต์หลัก",
        "Report on the plan each year and publish it on the main website",
      ],
    ],
    ["personnel"],
  ],
  [
    "9F",
    9,
    "topic",
    "ขับเคลื่อนจริยธรรมของหน่วยงาน และเผยแพร่ประมวลจริยธรรมและผลการขับเคลื่อน",
    "Promote the agency's ethics and publish its code of ethics and what was done",
    [
      [
        "ทบทวนประมวลจริยธรรมและจัดทำแผนขับเคลื่อนจริยธรรมประจำปี {planYear}",
        "Review the code of ethics and plan its promotion for {planYear}",
      ],
      [
        "จัดกิจกรรมขับเคลื่อนจริยธรรม และเผยแพร่ผลการดำเนินการบนเว็บไซต์หลัก",
        "Hold activities that promote ethics and publish what was done on the main website",
      ],
    ],
    ["ethics"],
  ],
  [
    "9G",
    9,
    "topic",
    "เปิดเผยแนวปฏิบัติ ช่องทาง และผลการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    "Publish the procedure, channels and outcomes of complaints of corruption and misconduct",
    [
      [
        "ทบทวนแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและช่องทางแจ้งเรื่อง",
        "Review the corruption complaint procedure and its channels",
      ],
      [
        "เผยแพร่สถิติเรื่องร้องเรียนและผลการดำเนินการบนเว็บไซต์หลัก",
        "Publish complaint statistics and their outcomes on the main website",
      ],
    ],
    ["complaints"],
  ],
  [
    "9H",
    9,
    "topic",
    "เปิดโอกาสให้{people}มีส่วนร่วมในการดำเนินงาน และเผยแพร่ผลการมีส่วนร่วม",
    "Let {people} take part in the agency's work, and publish the results",
    [
      [
        "จัดกิจกรรมหรือช่องทางให้{people}มีส่วนร่วมในการดำเนินงานตามภารกิจ",
        "Hold activities or open channels for {people} to take part in the agency's work",
      ],
      [
        "เผยแพร่ผลการเปิดโอกาสให้มีส่วนร่วมบนเว็บไซต์หลัก",
        "Publish the results of public participation on the main website",
      ],
    ],
    ["participation"],
  ],
  [
    "10A",
    10,
    "improve",
    "เปิดเผยข้อมูลการป้องกันการทุจริตให้ครบตามเกณฑ์ OIT",
    "Publish the corruption-prevention data every OIT item asks for",
    [
      [
        "จัดทำการประเมินความเสี่ยงการทุจริตและแผนป้องกันการทุจริต",
        "Assess corruption risks and draw up the prevention plan",
      ],
      [
        "รายงานผลการดำเนินการตามแผนและเผยแพร่บนเว็บไซต์หลัก",
        "Report on the plan and publish it on the main website",
      ],
    ],
    ["noGift", "risk", "prevention", "integrity"],
  ],
  [
    "10B",
    10,
    "develop",
    "พัฒนามาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "Develop the agency's integrity and transparency measures",
    [
      ["ทบทวนมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "Review the integrity and transparency measures"],
      ["ติดตามผลการดำเนินการตามมาตรการทุกครึ่งปี", "Follow their results every six months"],
    ],
  ],
  [
    "10C",
    10,
    "maintain",
    "รักษามาตรการป้องกันการทุจริตและการเปิดเผยข้อมูลที่เกี่ยวข้อง",
    "Keep the corruption-prevention measures and their published data",
    [
      [
        "ประกาศเจตนารมณ์ No Gift Policy และรายงานการรับของขวัญประจำปี",
        "Declare the No Gift Policy and report gifts received each year",
      ],
      [
        "จัดกิจกรรมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต",
        "Hold activities that build a culture against corruption",
      ],
    ],
  ],
  [
    "10D",
    10,
    "topic",
    "เผยแพร่รายงานการวิเคราะห์ผลการประเมิน ITA และแผนการนำผลไปสู่การพัฒนาองค์กรฉบับนี้ภายในกำหนด",
    "Publish this analysis of the ITA results and its plan for the agency's development by the deadline",
    [
      [
        "เสนอรายงานการวิเคราะห์ผลการประเมิน ITA ปี {year} และแผนฉบับนี้ต่อผู้บริหารเพื่อพิจารณาอนุมัติ",
        "Submit this analysis of the {year} ITA results and its plan to the executives for approval",
      ],
      [
        "เผยแพร่บนเว็บไซต์หลักของหน่วยงานก่อนการตรวจข้อมูล OIT ปี {planYear}",
        "Publish them on the agency's main website before the {planYear} OIT check",
      ],
      [
        "ติดตามผลการดำเนินการตามแผนทุกไตรมาส และรายงานผลต่อผู้บริหาร",
        "Follow the plan's measures every quarter and report to the executives",
      ],
    ],
    ["itaResults"],
  ],
];

type SecondRow = [id: string, insteadOf: string, th: string, en: string, steps: [string, string][]];

/**
 * The second measure of each measure that answers topics, in our own words: a different way to
 * the same end, which the next plan takes when the first was done and its items did not move
 * (followup/). Its steps are its own (an OIT row's too: the fixes of the first did not work);
 * its indicator, topics, area and date are the first's. Ids end in 2 with no hyphen (a
 * `-<digits>` suffix is an indicator's, readPlanEdits.ts).
 */
const SECOND_ROWS: SecondRow[] = [
  [
    "1A2",
    "1A",
    "กำหนดมาตรฐานการให้บริการของแต่ละงานเป็นลายลักษณ์อักษร พร้อมการตรวจติดตามรายเดือนโดยหัวหน้างาน",
    "Write each section's service standard down, with a monthly check by its head",
    [
      [
        "หัวหน้างานจัดทำแบบตรวจการให้บริการตามมาตรฐาน (checklist) ของงานตน",
        "Each head of section makes a checklist of the section's service standard",
      ],
      [
        "ตรวจการให้บริการตามแบบตรวจเดือนละ 1 ครั้ง และบันทึกผล",
        "Check service against the checklist once a month and record the result",
      ],
      [
        "นำเรื่องที่ไม่เป็นไปตามมาตรฐานเข้าที่ประชุมประจำเดือน พร้อมแนวทางแก้ไข",
        "Bring what fell short to the monthly meeting, with a remedy",
      ],
    ],
  ],
  [
    "1D2",
    "1D",
    "ประเมินความเสี่ยงการเรียกรับสินบนของแต่ละงาน และกำหนดจุดควบคุมในขั้นตอนที่เสี่ยง",
    "Assess each section's bribery risks and set controls at the risky steps",
    [
      ["แต่ละงานระบุขั้นตอนที่เสี่ยงต่อการเรียกรับสินบน", "Each section names its steps at risk of bribes"],
      [
        "กำหนดจุดควบคุม เช่น ให้ผู้ตรวจคนที่สองลงนาม หรือรับชำระเงินผ่านระบบเท่านั้น",
        "Set controls at those steps, such as a second signature or payment through the system only",
      ],
      [
        "รายงานผลการควบคุมต่อผู้บริหารทุกครึ่งปี",
        "Report on the controls to the executives every six months",
      ],
    ],
  ],
  [
    "2A2",
    "2A",
    "สุ่มตรวจฎีกาเบิกจ่ายโดยผู้ที่ไม่เกี่ยวข้องกับการเบิกจ่ายนั้น และแจ้งผลให้บุคลากรทราบ",
    "Have payment claims spot-checked by someone not involved, and tell staff the results",
    [
      [
        "แต่งตั้งคณะทำงานสุ่มตรวจฎีกาเบิกจ่ายจากผู้ที่ไม่มีส่วนเกี่ยวข้องกับการเบิกจ่ายนั้น",
        "Appoint a team with no part in the payments to spot-check payment claims",
      ],
      [
        "สุ่มตรวจฎีกาอย่างน้อยไตรมาสละ 10 รายการ เทียบกับหลักฐานและวัตถุประสงค์ของงบประมาณ",
        "Check at least 10 claims a quarter against their evidence and the budget's purpose",
      ],
      [
        "แจ้งผลการสุ่มตรวจและข้อบกพร่องที่พบในที่ประชุมบุคลากรประจำเดือน",
        "Report the findings and faults at the monthly staff meeting",
      ],
    ],
  ],
  [
    "2D2",
    "2D",
    "หมุนเวียนคณะกรรมการจัดซื้อจัดจ้างและตรวจรับ โดยให้กรรมการทุกคนลงนามว่าไม่มีส่วนได้เสีย",
    "Rotate procurement and acceptance committees, each member signing that they have no interest",
    [
      [
        "จัดทำบัญชีรายชื่อผู้ที่แต่งตั้งเป็นกรรมการได้ และหมุนเวียนไม่ให้เป็นคนเดิมติดต่อกัน",
        "Keep a list of eligible committee members and rotate them so the same people do not serve in a row",
      ],
      [
        "ให้กรรมการทุกคนลงนามในแบบแสดงว่าไม่มีส่วนได้เสียกับผู้เสนอราคาก่อนเริ่มงาน",
        "Have every member sign a no-interest declaration about the bidders before starting",
      ],
      [
        "ทบทวนการจัดซื้อจัดจ้างที่มีผู้เสนอราคารายเดียวทุกไตรมาส",
        "Review every single-bidder procurement each quarter",
      ],
    ],
  ],
  [
    "3A2",
    "3A",
    "สั่งงานที่อยู่นอกหน้าที่เป็นลายลักษณ์อักษร และสำรวจความเห็นบุคลากรเรื่องการสั่งงานโดยไม่ระบุชื่อ",
    "Give tasks outside normal duties in writing, and survey staff anonymously on how orders are given",
    [
      [
        "กำหนดให้งานที่ไม่อยู่ในหน้าที่ปกติต้องสั่งเป็นลายลักษณ์อักษร",
        "Require any task outside normal duties to be ordered in writing",
      ],
      [
        "สำรวจความเห็นบุคลากรโดยไม่ระบุชื่อปีละ 2 ครั้ง เรื่องการถูกสั่งให้ทำธุระส่วนตัวหรือสิ่งที่ไม่ถูกต้อง",
        "Survey staff anonymously twice a year on being told to run private errands or do wrong",
      ],
      [
        "เสนอผลสำรวจต่อผู้บริหารสูงสุด พร้อมแนวทางแก้ไข",
        "Put the survey's results to the chief executive with remedies",
      ],
    ],
  ],
  [
    "3D2",
    "3D",
    "ให้คณะกรรมการที่มีผู้แทนจากภายนอกร่วมพิจารณาการบรรจุ แต่งตั้ง และเลื่อนตำแหน่ง",
    "Have a committee with an outside member decide appointments and promotions",
    [
      [
        "แต่งตั้งคณะกรรมการพิจารณาการบริหารงานบุคคล โดยมีผู้แทนจากภายนอกหรือจากส่วนราชการอื่นร่วม",
        "Appoint a personnel committee with a member from outside or from another division",
      ],
      [
        "บันทึกเหตุผลการพิจารณาทุกราย และให้ผู้มีส่วนได้เสียขอดูได้",
        "Record the reasons for every decision and let those concerned see them",
      ],
      [
        "เปิดช่องทางแจ้งการเรียกรับประโยชน์ในการบริหารงานบุคคลที่ไม่ต้องระบุชื่อ",
        "Open an anonymous channel to report favours asked for in personnel decisions",
      ],
    ],
  ],
  [
    "4D2",
    "4D",
    "ติดหมายเลขและป้ายทรัพย์สินทุกชิ้น มอบผู้ดูแลประจำกอง และตรวจทะเบียนยืม-คืนทุกเดือน",
    "Number and label every asset, name a custodian in each division, and check loans every month",
    [
      [
        "ติดหมายเลขครุภัณฑ์และป้าย ทรัพย์สินของราชการ ห้ามนำไปใช้ส่วนตัว ทุกชิ้น",
        "Put an asset number and a 'government property, no private use' label on every item",
      ],
      [
        "แต่งตั้งผู้ดูแลทรัพย์สินประจำแต่ละกอง ลงนามรับผิดชอบทรัพย์สินของกอง",
        "Name a custodian in each division who signs for its assets",
      ],
      [
        "ผู้ดูแลตรวจทะเบียนยืม-คืนเทียบกับทรัพย์สินจริงทุกเดือน และรายงานรายการที่ค้างคืน",
        "The custodian checks the loan register against the assets every month and reports items not returned",
      ],
    ],
  ],
  [
    "5A2",
    "5A",
    "ผู้บริหารสูงสุดประชุมกับบุคลากรเรื่องการป้องกันการทุจริตทุกไตรมาส และรายงานสิ่งที่ได้ทำ",
    "Have the chief executive meet staff on corruption prevention every quarter and report what was done",
    [
      [
        "จัดประชุมผู้บริหารกับบุคลากรทุกไตรมาส โดยมีการป้องกันการทุจริตเป็นวาระประจำ",
        "Hold a quarterly meeting of executives and staff with corruption prevention as a standing item",
      ],
      [
        "ผู้บริหารรายงานเรื่องที่ได้รับแจ้งและการดำเนินการที่ได้ทำในที่ประชุม",
        "The executives report the cases raised and the action taken",
      ],
      [
        "เผยแพร่สรุปผลการประชุมให้บุคลากรทุกคนทราบภายใน 7 วัน",
        "Circulate a summary of the meeting to all staff within 7 days",
      ],
    ],
  ],
  [
    "5D2",
    "5D",
    "ให้ผู้ที่ไม่เกี่ยวข้องกับเรื่องที่ร้องเรียนเป็นผู้ตรวจสอบ และแจ้งผลแก่ผู้ร้องภายในเวลาที่กำหนด",
    "Have complaints examined by someone not involved, and answer the complainant within a set time",
    [
      [
        "กำหนดให้เรื่องร้องเรียนการทุจริตตรวจสอบโดยผู้ที่ไม่มีส่วนเกี่ยวข้องกับเรื่องนั้น",
        "Have each corruption complaint examined by someone with no part in the matter",
      ],
      [
        "แจ้งความคืบหน้าแก่ผู้ร้องภายใน 15 วัน และแจ้งผลเมื่อแล้วเสร็จ",
        "Tell the complainant of progress within 15 days and of the outcome when done",
      ],
      [
        "ติดตามระยะเวลาการจัดการเรื่องร้องเรียนทุกเรื่องในทะเบียนคุม",
        "Track how long every complaint takes in a register",
      ],
    ],
  ],
  [
    "6A2",
    "6A",
    "สอบถามผู้รับบริการทันทีหลังรับบริการ และแก้ไขเรื่องที่ล่าช้าหรือไม่เท่าเทียมทุกเดือน",
    "Ask service users right after service, and fix delays and unequal treatment every month",
    [
      [
        "จัดแบบสอบถามสั้นหรือ QR Code ณ จุดบริการ ให้ผู้รับบริการตอบทันที",
        "Put a short form or a QR code at each service point for users to answer right away",
      ],
      [
        "สรุปเรื่องที่ล่าช้ากว่าที่ประกาศหรือไม่เท่าเทียมทุกเดือน",
        "Sum up each month the cases slower than announced or not treated equally",
      ],
      [
        "หัวหน้างานแก้ไขตามผลสรุป และแจ้งสิ่งที่แก้ไขแล้ว ณ จุดบริการ",
        "Heads of section fix what the summary shows and post what was fixed at the service point",
      ],
    ],
  ],
  [
    "6D2",
    "6D",
    "รับคำขอและรับชำระเงินผ่านจุดเดียวหรือระบบออนไลน์ เพื่อลดการพบกันโดยตรงในขั้นตอนที่เสี่ยง",
    "Take requests and payments at one counter or online, to cut face-to-face contact at risky steps",
    [
      ["ระบุงานบริการที่เสี่ยงต่อการเรียกรับสินบน", "Name the services at risk of bribes"],
      [
        "ให้รับคำขอ ออกใบเสร็จ และรับชำระเงินผ่านจุดเดียวหรือระบบออนไลน์",
        "Take requests, issue receipts and take payments at one counter or online",
      ],
      [
        "ติดป้ายแจ้งค่าธรรมเนียมที่ถูกต้องและช่องทางแจ้งเหตุ ณ จุดบริการ",
        "Post the correct fees and where to report at each service point",
      ],
    ],
  ],
  [
    "7A2",
    "7A",
    "สำรวจว่า{people}รับข่าวสารจากช่องทางใด และเผยแพร่ผ่านช่องทางที่ใช้มากที่สุด",
    "Survey which channels {people} get news from, and publish through those most used",
    [
      [
        "สำรวจช่องทางที่{people}ใช้รับข่าวสารอย่างน้อยปีละ 1 ครั้ง",
        "Survey the channels {people} use for news at least once a year",
      ],
      [
        "ปรับแผนการเผยแพร่ให้ใช้ช่องทางที่ใช้มากที่สุด 3 อันดับแรก",
        "Adjust the publishing plan to the three most used channels",
      ],
      [
        "ติดตามจำนวนผู้เข้าถึงข่าวสารของแต่ละช่องทางทุกไตรมาส",
        "Track how many each channel reaches every quarter",
      ],
    ],
  ],
  [
    "7D2",
    "7D",
    "กำหนดผู้ตอบข้อซักถามประจำแต่ละเรื่อง และระยะเวลาการตอบ",
    "Name who answers questions on each subject, and how fast",
    [
      [
        "จัดทำรายชื่อผู้ตอบข้อซักถามแต่ละเรื่อง พร้อมหมายเลขติดต่อ และประกาศบนเว็บไซต์",
        "List who answers questions on each subject with a contact number, and post it on the website",
      ],
      [
        "กำหนดให้ตอบข้อซักถามภายใน 3 วันทำการ และบันทึกในทะเบียน",
        "Require questions to be answered within 3 working days and logged",
      ],
      [
        "ตรวจทะเบียนทุกเดือนว่ามีข้อซักถามที่ค้างตอบหรือไม่",
        "Check the log every month for unanswered questions",
      ],
    ],
  ],
  [
    "8A2",
    "8A",
    "เชิญผู้แทน{people}ร่วมเป็นคณะทำงานปรับปรุงงานบริการ และแจ้งผลการปรับปรุงกลับ",
    "Invite representatives of {people} onto a working group that improves services, and report back",
    [
      [
        "แต่งตั้งคณะทำงานที่มีผู้แทน{people}ร่วม",
        "Appoint a working group with representatives of {people}",
      ],
      [
        "ประชุมคณะทำงานอย่างน้อยไตรมาสละ 1 ครั้ง เพื่อเลือกงานที่จะปรับปรุงหรือให้บริการออนไลน์",
        "Meet at least once a quarter to choose what to improve or to offer online",
      ],
      [
        "แจ้งผลการปรับปรุงให้{people}ทราบบนเว็บไซต์และช่องทางของหน่วยงาน",
        "Report what was improved to {people} on the website and the agency's channels",
      ],
    ],
  ],
  [
    "9A2",
    "9A",
    "ให้ผู้ตรวจคนที่สองตรวจข้อมูล OIT ทุกข้อก่อนส่ง ตามแบบตรวจจากคู่มือการประเมิน",
    "Have a second person check every OIT item before submission, against a checklist from the manual",
    [
      [
        "จัดทำแบบตรวจองค์ประกอบของข้อมูลแต่ละข้อจากคู่มือการประเมิน",
        "Make a checklist of each item's required parts from the assessment manual",
      ],
      [
        "ให้ผู้ที่ไม่ได้จัดทำข้อมูลนั้นตรวจตามแบบตรวจ และส่งกลับแก้ไขก่อนวันส่ง",
        "Have someone who did not prepare the item check it and send it back for fixes before the deadline",
      ],
      [
        "ทดสอบเปิด URL ที่จะส่งทุกรายการจากเครือข่ายภายนอกหน่วยงาน",
        "Test every URL to be submitted from outside the agency's network",
      ],
    ],
  ],
  [
    "9D2",
    "9D",
    "มอบหมายเจ้าหน้าที่พัสดุเผยแพร่ข้อมูลการจัดซื้อจัดจ้างตามปฏิทินรายเดือน โดยหัวหน้ากองตรวจก่อนเผยแพร่",
    "Have a procurement officer publish procurement data to a monthly calendar, checked first by the division head",
    [
      [
        "จัดทำปฏิทินการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนและรายงานประจำปี",
        "Set a calendar for publishing monthly procurement data and the annual report",
      ],
      [
        "เจ้าหน้าที่พัสดุเผยแพร่ตามปฏิทิน ด้วยแบบฟอร์มที่มีองค์ประกอบครบตามคู่มือการประเมิน",
        "The procurement officer publishes to the calendar on a form with every part the manual asks for",
      ],
      [
        "หัวหน้ากองตรวจความครบถ้วนก่อนเผยแพร่ และบันทึกวันที่เผยแพร่",
        "The division head checks completeness before publishing and records the date",
      ],
    ],
  ],
  [
    "9E2",
    "9E",
    "จัดทำแผนบริหารและพัฒนาทรัพยากรบุคคลร่วมกับทุกกอง พร้อมเป้าหมายที่วัดผลได้",
    "Draw up the HR plan with every division, with targets that can be measured",
    [
      [
        "ประชุมหัวหน้าทุกกองเพื่อกำหนดความต้องการพัฒนาบุคลากร",
        "Meet every division head to set staff development needs",
      ],
      [
        "กำหนดเป้าหมายของแผนที่วัดผลได้ เช่น จำนวนบุคลากรที่ผ่านการอบรม",
        "Set measurable targets, such as the number of staff trained",
      ],
      [
        "รายงานผลตามเป้าหมายทุกไตรมาส และเผยแพร่รายงานประจำปีบนเว็บไซต์หลัก",
        "Report against the targets every quarter and publish the annual report on the main website",
      ],
    ],
  ],
  [
    "9F2",
    "9F",
    "จัดกิจกรรมจริยธรรมที่บุคลากรร่วมเลือกเรื่อง และวัดผลก่อนและหลังกิจกรรม",
    "Hold ethics activities on a subject staff choose, measured before and after",
    [
      [
        "ให้บุคลากรร่วมเลือกเรื่องจริยธรรมที่ต้องปรับปรุงในปี {planYear}",
        "Have staff choose together the ethics subject to work on in {planYear}",
      ],
      [
        "จัดกิจกรรมตามเรื่องที่เลือก และประเมินความเข้าใจก่อนและหลังกิจกรรม",
        "Hold activities on it and test understanding before and after",
      ],
      [
        "เผยแพร่กิจกรรมและผลการประเมินบนเว็บไซต์หลัก",
        "Publish the activities and their results on the main website",
      ],
    ],
  ],
  [
    "9G2",
    "9G",
    "ทดสอบช่องทางร้องเรียนทุกช่องทางทุกไตรมาส และเผยแพร่สถิติเรื่องร้องเรียนรายไตรมาส",
    "Test every complaint channel each quarter, and publish complaint statistics every quarter",
    [
      [
        "ทดลองส่งเรื่องผ่านทุกช่องทางร้องเรียนทุกไตรมาส และแก้ไขช่องทางที่ใช้ไม่ได้",
        "Send a test through every complaint channel each quarter and fix any that fails",
      ],
      [
        "สรุปสถิติเรื่องร้องเรียนแยกตามประเภทและผลการดำเนินการทุกไตรมาส",
        "Sum up complaints by type and outcome every quarter",
      ],
      [
        "เผยแพร่สถิติรายไตรมาสบนเว็บไซต์หลักภายใน 15 วันหลังสิ้นไตรมาส",
        "Publish the quarterly statistics on the main website within 15 days of the quarter's end",
      ],
    ],
  ],
  [
    "9H2",
    "9H",
    "ให้{people}ร่วมวางแผน ดำเนินการ และติดตามโครงการอย่างน้อย 1 โครงการ และบันทึกการมีส่วนร่วมทุกขั้นตอน",
    "Have {people} plan, run and follow at least one project, recording their part at every stage",
    [
      [
        "เลือกโครงการตามภารกิจอย่างน้อย 1 โครงการที่เปิดให้{people}ร่วมวางแผน ดำเนินการ และติดตาม",
        "Choose at least one project in which {people} take part in planning, running and following it",
      ],
      [
        "บันทึกภาพ รายชื่อ และความเห็นของผู้เข้าร่วมในแต่ละขั้นตอน",
        "Record photos, names and views of participants at each stage",
      ],
      [
        "เผยแพร่ผลการมีส่วนร่วมบนเว็บไซต์หลักเมื่อจบโครงการ",
        "Publish the results of participation on the main website when the project ends",
      ],
    ],
  ],
  [
    "10A2",
    "10A",
    "มอบหมายผู้รับผิดชอบข้อมูลการป้องกันการทุจริตแต่ละข้อเป็นคำสั่ง และติดตามตามปฏิทินรายไตรมาส",
    "Assign by order an owner for each corruption-prevention item, and follow them on a quarterly calendar",
    [
      [
        "ออกคำสั่งมอบหมายผู้จัดทำและเผยแพร่ข้อมูลแต่ละข้อ",
        "Issue an order naming who prepares and publishes each item",
      ],
      [
        "กำหนดปฏิทินวันเผยแพร่ของแผนและรายงานแต่ละฉบับ",
        "Set the publishing date of each plan and report in a calendar",
      ],
      [
        "ประชุมติดตามทุกไตรมาส และตรวจข้อมูลที่เผยแพร่กับคู่มือการประเมิน",
        "Meet every quarter and check what was published against the assessment manual",
      ],
    ],
  ],
  [
    "10D2",
    "10D",
    "ชี้แจงผลการประเมิน ITA และแผนฉบับนี้แก่บุคลากรทุกกอง และเผยแพร่บนเว็บไซต์หลักภายในกำหนด",
    "Explain the ITA results and this plan to every division, and publish them on the main website by the deadline",
    [
      [
        "จัดประชุมชี้แจงผลการประเมิน ITA ปี {year} และมาตรการตามแผนแก่บุคลากรทุกกอง",
        "Hold a meeting explaining the {year} ITA results and the plan's measures to every division",
      ],
      [
        "เผยแพร่รายงานและแผนที่ผู้บริหารอนุมัติบนเว็บไซต์หลักภายในวันที่ .................... ก่อนการตรวจข้อมูล OIT ปี {planYear}",
        "Publish the approved report and plan on the main website by ...................., before the {planYear} OIT check",
      ],
      [
        "กำหนดผู้รับผิดชอบแต่ละมาตรการ และรายงานความคืบหน้าในที่ประชุมประจำเดือน",
        "Name who is responsible for each measure and report progress at the monthly meeting",
      ],
    ],
  ],
];

/**
 * The area of work of each indicator's general measures [our choice]. A `topic` measure's area
 * is its topics' own (framework/topics.ts); a general measure's topics must be of its area
 * (library.test.ts).
 */
export const DOMAIN_OF_INDICATOR: Record<number, MeasureDomain> = {
  1: "service",
  2: "finance",
  3: "personnel",
  4: "assets",
  5: "integrity",
  6: "service",
  7: "communication",
  8: "participation",
  9: "disclosure",
  10: "integrity",
};
/** Measures whose steps are their own whatever items they answer, and those done by a date. */
const OWN_STEPS = new Set(["10D"]);
const DATED = new Set(["10D"]);

function domainOf(id: string, indicator: number, flag: Measure["for"], topics: string[]) {
  const own = topicById(topics[0])?.domain;
  if (flag === "topic" && own) return own;
  const general = DOMAIN_OF_INDICATOR[indicator];
  if (!general) throw new Error(`measure ${id}: no area for indicator ${indicator}`);
  return general;
}

export const MEASURES: Measure[] = ROWS.map(([id, indicator, flag, th, en, steps, topics]) => ({
  id,
  indicator,
  for: flag,
  topics: topics ?? [],
  domain: domainOf(id, indicator, flag, topics ?? []),
  title: { th, en },
  steps: steps.map(([sth, sen]) => ({ th: sth, en: sen })),
  ...(OWN_STEPS.has(id) ? { ownSteps: true } : {}),
  ...(DATED.has(id) ? { dated: true } : {}),
}));

/**
 * The second measures (`SECOND_ROWS`): each with the indicator, flag, area and date of the
 * measure it replaces, and its own steps. They answer no topic of their own (`topics` is empty:
 * the first measure's topics are the link), so the plan takes one only in place of its first.
 */
export const SECOND_MEASURES: Measure[] = SECOND_ROWS.map(([id, insteadOf, th, en, steps]) => {
  const first = MEASURES.find((m) => m.id === insteadOf);
  if (!first) throw new Error(`second measure ${id}: no measure ${insteadOf}`);
  return {
    id,
    indicator: first.indicator,
    for: first.for,
    topics: [],
    domain: first.domain,
    title: { th, en },
    steps: steps.map(([sth, sen]) => ({ th: sth, en: sen })),
    ownSteps: true,
    ...(first.dated ? { dated: true } : {}),
    insteadOf,
  };
});

/**
 * The other measure of a pair: a first measure's second, a second's first; null for a measure
 * with no second (one that answers no topic).
 *
 * @example alternativeOf("9D")?.id //=> "9D2"
 */
export function alternativeOf(id: string): Measure | null {
  const second = SECOND_MEASURES.find((m) => m.id === id);
  if (second) return MEASURES.find((m) => m.id === second.insteadOf) ?? null;
  return SECOND_MEASURES.find((m) => m.insteadOf === id) ?? null;
}

/** The measure that answers weak items of a topic (every topic has one), by topic id. */
export const MEASURE_OF_TOPIC: ReadonlyMap<string, Measure> = new Map(
  MEASURES.flatMap((m) => m.topics.map((t) => [t, m] as const)),
);

/**
 * The topics a measure answers (the measure → topic link): a `topic` measure's own, an
 * `improve` measure's those of its indicator that no `topic` measure takes, a second measure's
 * its first's.
 *
 * @example topicsOfMeasure("9D") //=> ["procurement"]
 */
export function topicsOfMeasure(id: string): string[] {
  const second = SECOND_MEASURES.find((m) => m.id === id);
  if (second?.insteadOf) return topicsOfMeasure(second.insteadOf);
  return MEASURES.find((m) => m.id === id || m.aliases?.includes(id))?.topics ?? [];
}
