import { describe, expect, it } from "vitest";
import { parseVietnameseDueDate } from "@/lib/domain/due-date";

const day = (d: number, m: number, y: number) => ({ date: { year: y, month: m, day: d }, warning: null });
const warn = (warning: string) => ({ date: null, warning });

describe("parseVietnameseDueDate", () => {
  it.each([
    // months → last day of the month
    ["trong tháng 6/2020", day(30, 6, 2020)],
    ["trong tháng 06/2020", day(30, 6, 2020)],
    ["tháng 6/2020", day(30, 6, 2020)],
    ["tháng 6 năm 2020", day(30, 6, 2020)],
    ["Tháng 2/2020", day(29, 2, 2020)],
    ["tháng 2/2021", day(28, 2, 2021)],
    ["tháng 12-2020", day(31, 12, 2020)],
    ["cuối tháng 6/2020", day(30, 6, 2020)],
    ["đến hết tháng 6/2020", day(30, 6, 2020)],
    ["trong thang 6/2020", day(30, 6, 2020)], // without diacritics
    ["hoàn thiện hồ sơ trình trong tháng 06/2020", day(30, 6, 2020)], // the report's wording
    // years → 31 December
    ["cuối năm 2020", day(31, 12, 2020)],
    ["trong năm 2020", day(31, 12, 2020)],
    ["năm 2020", day(31, 12, 2020)],
    ["vào cuối năm 2020", day(31, 12, 2020)],
    ["hết năm 2020", day(31, 12, 2020)],
    ["CUOI NAM 2020", day(31, 12, 2020)],
    ["xã Tú Xuyên hoàn thành NTM cuối năm 2020", day(31, 12, 2020)],
    // quarters → last day of the quarter
    ["quý II/2020", day(30, 6, 2020)],
    ["quý 2 năm 2020", day(30, 6, 2020)],
    ["Quý I/2021", day(31, 3, 2021)],
    ["quý III năm 2020", day(30, 9, 2020)],
    ["trong quý IV/2020", day(31, 12, 2020)],
    ["quy 4/2020", day(31, 12, 2020)],
    // half years
    ["6 tháng đầu năm 2020", day(30, 6, 2020)],
    ["06 tháng đầu năm 2020", day(30, 6, 2020)],
    ["sáu tháng đầu năm 2020", day(30, 6, 2020)],
    ["nửa đầu năm 2020", day(30, 6, 2020)],
    ["6 tháng cuối năm 2020", day(31, 12, 2020)],
    // explicit dates
    ["30/6/2020", day(30, 6, 2020)],
    ["ngày 15/7/2020", day(15, 7, 2020)],
    ["Ngày 15/07/2020", day(15, 7, 2020)],
    ["15-7-2020", day(15, 7, 2020)],
    ["15.7.2020", day(15, 7, 2020)],
    ["ngày 15 tháng 7 năm 2020", day(15, 7, 2020)],
    ["29/2/2020", day(29, 2, 2020)],
    ["đến ngày 30/6/2020", day(30, 6, 2020)],
    ["trong tháng 6/2020 (chậm nhất 30/6/2020)", day(30, 6, 2020)], // two wordings, same day
    // ambiguous → no date
    ["đầu năm 2021", warn("ambiguous")],
    ["giữa năm 2020", warn("ambiguous")],
    ["đầu tháng 7/2020", warn("ambiguous")],
    ["trước tháng 6/2020", warn("ambiguous")],
    ["sau tháng 6/2020", warn("ambiguous")],
    ["trước ngày 30/6/2020", warn("ambiguous")],
    ["từ 1/6/2020", warn("ambiguous")],
    ["đến tháng 6/2020", warn("ambiguous")],
    ["đầu quý III/2020", warn("ambiguous")],
    // invalid dates
    ["31/2/2020", warn("invalid_date")],
    ["29/2/2021", warn("invalid_date")],
    ["31/6/2020", warn("invalid_date")],
    ["0/6/2020", warn("invalid_date")],
    ["15/13/2020", warn("invalid_date")],
    ["tháng 13/2020", warn("invalid_date")],
    ["tháng 0/2020", warn("invalid_date")],
    ["năm 0202", warn("invalid_date")],
    // several different dates → no date
    ["trình hồ sơ thẩm định trong tháng 6/2020, xã Tú Xuyên trình vào cuối năm 2020", warn("conflicting_dates")],
    ["từ 1/6/2020 đến 30/6/2020", warn("ambiguous")],
    // anything else
    ["sớm", warn("unparseable")],
    ["khẩn trương", warn("unparseable")],
    ["6/2020", warn("unparseable")],
    ["2020", warn("unparseable")],
    ["T6/2020", warn("unparseable")],
    ["quý V/2020", warn("unparseable")],
    ["130/6/2020", warn("unparseable")],
    ["", warn("empty")],
    ["   ", warn("empty")],
  ])("%j", (text, expected) => {
    expect(parseVietnameseDueDate(text)).toEqual(expected);
  });

  it("returns a plain calendar date, not a Date", () => {
    const r = parseVietnameseDueDate("trong tháng 6/2020");
    expect(r.date).not.toBeInstanceOf(Date);
    expect(Object.keys(r.date ?? {}).sort()).toEqual(["day", "month", "year"]);
  });
});
