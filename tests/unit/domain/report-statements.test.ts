import { describe, expect, it } from "vitest";
import { extractStatements, type Statement, type StatementKind } from "@/lib/domain/report-statements";

function ofKind<K extends StatementKind>(statements: Statement[], kind: K): Extract<Statement, { kind: K }>[] {
  return statements.filter((s): s is Extract<Statement, { kind: K }> => s.kind === kind);
}

// Verbatim excerpts of the Văn Quan 2020 inspection report (../shared/source/, not in the repo),
// including its markdown markers and the blank line that splits one sentence mid-phrase.
const REPORT = `Thực hiện Quyết định số 447/QĐ-UBND ngày 12/3/2020 của UBND tỉnh về việc phân công lãnh đạo UBND tỉnh, thành viên Ban Chỉ đạo các Chương trình MTQG tỉnh phụ trách, chỉ đạo các huyện, thành phố thực hiện Chương trình MTQG xây dựng nông thôn mới (NTM) năm 2020; Thực hiện Kế hoạch số 686/KH-STTTT ngày 23/4/2020 của Sở thông tin và Truyền thông về việc Kiểm tra, giám sát và hướng dẫn UBND huyện Văn Quan thực hiện Chương trình MTQG xây dựng NTM năm 2020.

liệt toàn diện nhưng có trọng tâm, trọng điểm, do đó đến nay kết quả thực hiện nhiệm vụ xây dựng NTM của huyện đã đạt ở mức trung bình khá so toàn tỉnh. Huyện đang tiếp tục triển khai xây dựng NTM nâng cao, khu dân cư kiểu mẫu... đặc biệt phấn đấu năm 2020 đưa 02 xã Tú Xuyên, Hữu Lễ phấn đấu đạt chuẩn. Tại thời điểm kiểm tra riêng xã Hữu Lễ tự đánh giá đã có đạt 19/19 tiêu chí đạt chuẩn; xã Tú Xuyên có 10/19 tiêu chí đạt chuẩn; các tiêu chí còn lại cơ bản đã có kế hoạch và biện pháp thực hiện với tính khả thi cao.

### ***a. Kết quả thực hiện các tiêu chí của huyện Văn Quan:***

Kết quả bình quân toàn huyện Văn Quan đạt 10,9 tiêu chí/xã, không còn xã dưới 05 tiêu chí. Cụ thể:

- Số xã đạt 19 tiêu chí 03 xã: Tràng Phái, Tân Đoàn, Yên Phúc;
- Số xã đạt 16 tiêu chí 01 xã: Hữu Lễ; có 03 tiêu chí gần đạt, phấn đấu hoàn thành trong tháng 06/2020;
- Số xã đạt 10 tiêu chí 04 xã: Diềm He, Liên Hội, Trấn Ninh, Tú Xuyên;
- Số xã đạt 09 tiêu chí 03 xã: Bình Phúc, Đồng Giáp, Hòa Bình;
- Số xã đạt 08 tiêu chí 02 xã: Tràng Các, Khánh Khê;
- Số xã đạt 07 tiêu chí 02 xã: Lương Năng, Tri Lễ;
- Số xã đạt 06 tiêu chí 01 xã: An Sơn;

- Xã Hữu Lễ: Là xã đặc biệt khó khăn, hiện nay 16/19 tiêu chí đã đạt theo quy định. Tuy nhiên, còn 3 tiêu chí gần đạt (Tiêu chí 10 Thu nhập; Tiêu chí 11 Hộ nghèo; Tiêu chí 17 Môi trường và an toàn thực phẩm), huyện đã có văn bản chỉ đạo các cơ quan phụ trách tiêu chí của huyện phối hợp với xã rà soát, có giải pháp thực hiện để đạt chuẩn trong tháng 6/2020.

- Xã Tú Xuyên: đến nay 10/19 tiêu chí đã đạt chuẩn và 09/19 tiêu chí chưa đạt, gồm: Tiêu chí (2) Giao thông; Tiêu chí (4) Điện; Tiêu chí (5) Trường học.

- Tiếp tục quan tâm chỉ đạo sát sao công tác xây dựng NTM trên địa bàn huyện nói chung, tập trung chỉ đạo để 03 tiêu chí xã Hữu Lễ hoàn thiện 19/19 tiêu chí, trình hồ sơ thẩm định trong tháng 6/2020, xã Tú Xuyên trình vào cuối năm 2020.

- Đối với 16/19 tiêu chí xã tự đã đánh giá đạt: Đề nghị BCD Chương trình xây dựng NTM huyện và xã chủ động rà soát lại, đảm bảo hoàn thiện tiêu chí, giữ vững ổn định nâng cao chất lượng tiêu chí đã đạt. Đối với 03/19 tiêu chí gần đạt, UBND huyện chỉ đạo quyết liệt, có biện pháp thực hiện cụ thể để đạt chuẩn và hoàn thiện hồ sơ trình trong tháng 06/2020.

- Đối với 10/19 tiêu chí đã được xã tự đánh giá đạt: Đề nghị Ban chỉ đạo Chương trình xây dựng NTM huyện và UBND xã Tú Xuyên tiếp tục rà soát, đánh giá chính xác và hoàn thiện đảm bảo đạt đúng theo quy định.

- *Tiêu chí số 16 (Văn hóa)*: Tỷ lệ số thôn đạt khu dân cư văn hóa (năm 2019 chỉ có 2/7 thôn đạt khu dân cư văn hóa, chưa đạt tỷ lệ); phấn đấu thực hiện 5/7 thôn đạt khu dân cư văn hóa năm 2020 đạt chuẩn tiêu chí số 16.

Sở Thông tin và Truyền thông trân trọng đề nghị các sở, ngành được phân công phụ trách các tiêu chí tiếp tục quan tâm chỉ đạo, hướng dẫn, hỗ trợ huyện Văn Lãng và đặc biệt xã đặc biệt khó khăn Hữu Lễ hoàn thành xây dựng NTM năm trong tháng 6/2020, xã Tú Xuyên hoàn thành NTM cuối năm 2020.

- UBND xã Tú Xuyên, Hữu Lễ huyện VQ;
`;

describe("extractStatements on the Văn Quan report", () => {
  const statements = extractStatements(REPORT);
  const fractions = ofKind(statements, "criteria_met_of").map(({ subject, met, total, selfAssessed }) => ({
    subject,
    met,
    total,
    selfAssessed,
  }));

  it("finds the criteria-met fractions, with subject and self-assessment", () => {
    expect(fractions).toEqual([
      { subject: "Hữu Lễ", met: 19, total: 19, selfAssessed: true }, // I.1: "tự đánh giá đã có đạt 19/19"
      { subject: "Tú Xuyên", met: 10, total: 19, selfAssessed: false }, // after ";", not self-assessed
      { subject: "Hữu Lễ", met: 16, total: 19, selfAssessed: false },
      { subject: "Tú Xuyên", met: 10, total: 19, selfAssessed: false },
      // "09/19 … chưa đạt", "hoàn thiện 19/19" (a target) and "03/19 … gần đạt" are not claims of met criteria
      { subject: null, met: 16, total: 19, selfAssessed: true }, // "tự đã đánh giá"
      { subject: null, met: 10, total: 19, selfAssessed: true },
    ]);
  });

  it("finds the district average with its decimal comma", () => {
    expect(ofKind(statements, "average_criteria")).toEqual([
      expect.objectContaining({ subject: "Văn Quan", value: 10.9, quote: "bình quân toàn huyện Văn Quan đạt 10,9 tiêu chí/xã" }),
    ]);
  });

  it("finds the seven 'Số xã đạt N tiêu chí' lines", () => {
    expect(ofKind(statements, "communes_with_criteria").map(({ criteria, communes, names }) => [criteria, communes, names])).toEqual([
      [19, 3, ["Tràng Phái", "Tân Đoàn", "Yên Phúc"]],
      [16, 1, ["Hữu Lễ"]],
      [10, 4, ["Diềm He", "Liên Hội", "Trấn Ninh", "Tú Xuyên"]],
      [9, 3, ["Bình Phúc", "Đồng Giáp", "Hòa Bình"]],
      [8, 2, ["Tràng Các", "Khánh Khê"]],
      [7, 2, ["Lương Năng", "Tri Lễ"]],
      [6, 1, ["An Sơn"]],
    ]);
  });

  it("finds 'không còn xã dưới 05 tiêu chí'", () => {
    expect(ofKind(statements, "communes_below")).toEqual([
      expect.objectContaining({ floor: 5, communes: 0, quote: "không còn xã dưới 05 tiêu chí" }),
    ]);
  });

  it("mentions huyện Văn Lãng, so a caller can flag it", () => {
    const units = ofKind(statements, "unit_mention").map((s) => `${s.unitKind} ${s.name}`);
    expect(units).toContain("huyện Văn Lãng");
    expect(units).toContain("huyện Văn Quan");
    expect(units).toContain("xã Hữu Lễ");
    expect(units).not.toContain("huyện VQ"); // all-caps abbreviations are not names
  });

  it("points offsets at the quote in the input and orders statements by offset", () => {
    for (const s of statements) expect(REPORT.slice(s.offset, s.offset + s.quote.length)).toBe(s.quote);
    const offsets = statements.map((s) => s.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it("gives the same statements for NFD input, with offsets into that input", () => {
    const nfd = REPORT.normalize("NFD");
    const fromNfd = extractStatements(nfd);
    expect(fromNfd.map(({ offset: _o, ...rest }) => rest)).toEqual(statements.map(({ offset: _o, ...rest }) => rest));
    for (const s of fromNfd) expect(nfd.slice(s.offset).normalize("NFC").startsWith(s.quote.slice(0, 5))).toBe(true);
  });
});

describe("extractStatements: criteria_met_of", () => {
  it.each<[string, { subject: string | null; met: number; total: number; selfAssessed: boolean }]>([
    ["16/19 tiêu chí", { subject: null, met: 16, total: 19, selfAssessed: false }],
    ["xã Hữu Lễ đạt 19/19 tiêu chí.", { subject: "Hữu Lễ", met: 19, total: 19, selfAssessed: false }],
    ["Xã Tú Xuyên: 10/19 tiêu chí đã đạt chuẩn", { subject: "Tú Xuyên", met: 10, total: 19, selfAssessed: false }],
    ["xã **Hữu Lễ** tự đánh giá đạt **19/19** tiêu chí", { subject: "Hữu Lễ", met: 19, total: 19, selfAssessed: true }],
    ["xã *Tú Xuyên* có 10 / 19\ntiêu chí", { subject: "Tú Xuyên", met: 10, total: 19, selfAssessed: false }],
    ["xã Hữu Lễ báo cáo. Nay đạt 12/19 tiêu chí", { subject: null, met: 12, total: 19, selfAssessed: false }],
    ["xã Hữu Lễ, xã Tú Xuyên có\n\n8/19 tiêu chí", { subject: "Tú Xuyên", met: 8, total: 19, selfAssessed: false }],
  ])("%j", (text, expected) => {
    expect(ofKind(extractStatements(text), "criteria_met_of")).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    "ngày 12/3/2020 đã kiểm tra 19 tiêu chí",
    "Kế hoạch số 686/KH-STTTT ngày 23/4/2020",
    "xã đạt 19/19, hoàn thành tiêu chí",
    "19/19",
    "năm 2019 chỉ có 2/7 thôn đạt khu dân cư văn hóa",
    "09/19 tiêu chí chưa đạt",
    "03/19 tiêu chí gần đạt",
    "phấn đấu đạt 19/19 tiêu chí",
    "20/19 tiêu chí",
  ])("no fraction in %j", (text) => {
    expect(ofKind(extractStatements(text), "criteria_met_of")).toEqual([]);
  });
});

describe("extractStatements: other kinds", () => {
  it.each<[string, Partial<Statement>[]]>([
    ["Bình quân toàn huyện Bình Gia đạt 12 tiêu chí/xã", [{ kind: "average_criteria", subject: "Bình Gia", value: 12 }]],
    ["bình quân đạt 9,25 tiêu chí / xã", [{ kind: "average_criteria", subject: null, value: 9.25 }]],
    ["huyện Văn Quan đạt 10,9 tiêu chí/xã", []], // no "bình quân"
    [
      "- Số xã đạt 10 tiêu chí: 04 xã: Diềm He, Liên Hội,\nTrấn Ninh và Tú Xuyên.",
      [{ kind: "communes_with_criteria", criteria: 10, communes: 4, names: ["Diềm He", "Liên Hội", "Trấn Ninh", "Tú Xuyên"] }],
    ],
    ["còn 02 xã dưới 05 tiêu chí", [{ kind: "communes_below", floor: 5, communes: 2 }]],
  ])("%j", (text, expected) => {
    const got = extractStatements(text).filter((s) => s.kind !== "unit_mention");
    expect(got).toEqual(expected.map((e) => expect.objectContaining(e)));
  });

  it.each<[string, string[]]>([
    ["huyện Văn Quan", ["huyện Văn Quan"]],
    ["tỉnh Lạng Sơn, huyện Văn Quan và thị trấn Văn Quan.", ["tỉnh Lạng Sơn", "huyện Văn Quan", "thị trấn Văn Quan"]],
    ["Xã Hữu Lễ: là xã đặc biệt khó khăn", ["xã Hữu Lễ"]],
    ["các xã Hữu Lễ, Tú Xuyên", ["xã Hữu Lễ"]],
    ["huyện **Văn Lãng** và xã *Tú Xuyên*", ["huyện Văn Lãng", "xã Tú Xuyên"]],
    ["huyện Văn Quan".normalize("NFD"), ["huyện Văn Quan"]],
    ["xã Trấn\nNinh", ["xã Trấn"]], // a name stops at the line end
    ["Huyện ủy, xã NTM, Sở Lao động, Thương binh và Xã hội, huyện VQ", []],
  ])("%j", (text, expected) => {
    expect(ofKind(extractStatements(text), "unit_mention").map((s) => `${s.unitKind} ${s.name}`)).toEqual(expected);
  });

  it("returns nothing for empty text", () => {
    expect(extractStatements("")).toEqual([]);
  });
});

describe("extractStatements: criteria_status_of and the surrounding commune", () => {
  const statusOf = (text: string) =>
    ofKind(extractStatements(text), "criteria_status_of").map(({ subject, context, status, count, total, selfAssessed }) => ({ subject, context, status, count, total, selfAssessed }));

  it.each<[string, { subject: string | null; context: string | null; status: "not_met" | "nearly_met"; count: number; total: number | null; selfAssessed: boolean }[]]>([
    ["Xã Tú Xuyên: đến nay 10/19 tiêu chí đã đạt chuẩn và 09/19 tiêu chí chưa đạt", [{ subject: "Tú Xuyên", context: null, status: "not_met", count: 9, total: 19, selfAssessed: false }]],
    ["- Xã Hữu Lễ: hiện nay 16/19 tiêu chí đã đạt. Tuy nhiên, còn 3 tiêu chí gần đạt (Tiêu chí 10)", [{ subject: null, context: "Hữu Lễ", status: "nearly_met", count: 3, total: null, selfAssessed: false }]],
    ["xã Tú Xuyên tự đánh giá còn 2 tiêu chí không đạt", [{ subject: "Tú Xuyên", context: null, status: "not_met", count: 2, total: null, selfAssessed: true }]],
    ["### 2. Đối với UBND xã Hữu Lễ\n\n- Đối với 03/19 tiêu chí gần đạt, UBND huyện chỉ đạo", [{ subject: null, context: "Hữu Lễ", status: "nearly_met", count: 3, total: 19, selfAssessed: false }]],
    ["- Số xã đạt 16 tiêu chí 01 xã: Hữu Lễ; có 03 tiêu chí gần đạt", [{ subject: null, context: "Hữu Lễ", status: "nearly_met", count: 3, total: null, selfAssessed: false }]],
    ["- Số xã đạt 10 tiêu chí 02 xã: Tú Xuyên, Hữu Lễ; có 03 tiêu chí gần đạt", [{ subject: null, context: null, status: "nearly_met", count: 3, total: null, selfAssessed: false }]],
    ["Tiêu chí 10 chưa đạt", []],
    ["20/19 tiêu chí chưa đạt", []],
    ["ngày 12/3/2020 có 5 tiêu chí chưa đạt", [{ subject: null, context: null, status: "not_met", count: 5, total: null, selfAssessed: false }]],
  ])("%j", (text, expected) => {
    expect(statusOf(text)).toEqual(expected);
  });

  it("takes the commune of the section heading for a fraction without one in its clause", () => {
    const text = "### **3. Đối với UBND xã Tú Xuyên**\n\n- Đối với 10/19 tiêu chí đã được xã tự đánh giá đạt: Đề nghị rà soát.\n\n### **4. Đối với các Sở, ngành**\n\n- Đối với 12/19 tiêu chí đã đạt.";
    expect(ofKind(extractStatements(text), "criteria_met_of").map(({ subject, context, met, selfAssessed }) => ({ subject, context, met, selfAssessed }))).toEqual([
      { subject: null, context: "Tú Xuyên", met: 10, selfAssessed: true },
      { subject: null, context: null, met: 12, selfAssessed: false },
    ]);
  });

  it("keeps the clause's subject and no context when the clause names the commune", () => {
    expect(ofKind(extractStatements("### 2. Đối với UBND xã Hữu Lễ\n\nxã Tú Xuyên đạt 10/19 tiêu chí"), "criteria_met_of")).toEqual([
      expect.objectContaining({ subject: "Tú Xuyên", context: null }),
    ]);
  });

  it("records the decimals of an average as written", () => {
    expect(ofKind(extractStatements("bình quân đạt 10,90 tiêu chí/xã; bình quân đạt 11 tiêu chí/xã"), "average_criteria").map((s) => [s.value, s.decimals])).toEqual([
      [10.9, 2],
      [11, 0],
    ]);
  });
});
