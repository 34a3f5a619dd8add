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

/** The measure that answers weak items of a topic (every topic has one), by topic id. */
export const MEASURE_OF_TOPIC: ReadonlyMap<string, Measure> = new Map(
  MEASURES.flatMap((m) => m.topics.map((t) => [t, m] as const)),
);

/**
 * The topics a measure answers (the measure → topic link): a `topic` measure's own, an
 * `improve` measure's those of its indicator that no `topic` measure takes.
 *
 * @example topicsOfMeasure("9D") //=> ["procurement"]
 */
export function topicsOfMeasure(id: string): string[] {
  return MEASURES.find((m) => m.id === id || m.aliases?.includes(id))?.topics ?? [];
}
