import type { Block, ReportDocument, Run } from "@/lib/report/inspection-report-text";

// The report on screen and on paper, laid out like a Vietnamese administrative document: issuer
// and national motto side by side, number and place/date lines, the title, the body, then the
// recipients beside the signature. Same words as the DOCX (lib/report/inspection-report-text.ts).

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const content = r.bold && r.italic ? <strong><em>{r.text}</em></strong> : r.bold ? <strong>{r.text}</strong> : r.italic ? <em>{r.text}</em> : r.text;
        return <span key={i}>{content}</span>;
      })}
    </>
  );
}

/** Consecutive bullets become one list (level 1 nested under the level 0 before it). */
type Item = { runs: Run[]; children: Run[][] };
type Piece = { kind: "block"; block: Exclude<Block, { type: "bullet" }> } | { kind: "list"; items: Item[] };

function pieces(blocks: Block[]): Piece[] {
  const out: Piece[] = [];
  for (const b of blocks) {
    if (b.type !== "bullet") {
      out.push({ kind: "block", block: b });
      continue;
    }
    let last = out.at(-1);
    if (!last || last.kind !== "list") {
      last = { kind: "list", items: [] };
      out.push(last);
    }
    const items = last.items;
    if (b.level === 1 && items.length) items[items.length - 1]?.children.push(b.runs);
    else items.push({ runs: b.runs, children: [] });
  }
  return out;
}

const HEADING_CLASS = { 1: "mt-4 font-bold", 2: "mt-3 font-bold", 3: "mt-2 font-bold italic" } as const;

export function ReportDocumentView({ doc, label }: { doc: ReportDocument; label: string }) {
  return (
    <article
      aria-label={label}
      data-testid="report-document"
      className="mx-auto max-w-[210mm] bg-white px-[15mm] py-[20mm] text-[13.5pt] leading-normal text-black shadow-md ring-1 ring-line sm:pl-[30mm] print:max-w-none print:p-0 print:shadow-none print:ring-0"
      style={{ fontFamily: '"Times New Roman", Times, "Liberation Serif", serif' }}
    >
      <header className="grid grid-cols-[2fr_3fr] gap-4 text-center text-[13pt]">
        <div>
          {doc.header.parent ? <p>{doc.header.parent}</p> : null}
          {doc.header.issuer ? <p className="font-bold">{doc.header.issuer}</p> : null}
          <hr className="mx-auto my-1 w-1/3 border-black" />
          <p className="whitespace-pre">{doc.header.number}</p>
        </div>
        <div>
          <p className="font-bold">{doc.header.motto1}</p>
          <p className="text-[14pt] font-bold">{doc.header.motto2}</p>
          <hr className="mx-auto my-1 w-1/2 border-black" />
          <p className="text-[14pt] italic">{doc.header.placeDate}</p>
        </div>
      </header>

      <h2 className="mt-8 text-center text-[14pt] font-bold">
        <span className="block">{doc.kind}</span>
        <span className="block">{doc.subtitle}</span>
      </h2>

      <div className="mt-6 space-y-2 text-justify">
        {pieces(doc.body).map((p, i) => {
          if (p.kind === "list")
            return (
              <ul key={i} className="ml-[10mm] list-['-_'] space-y-1">
                {p.items.map((item, j) => (
                  <li key={j}>
                    <Runs runs={item.runs} />
                    {item.children.length ? (
                      <ul className="ml-[8mm] mt-1 list-['+_'] space-y-1">
                        {item.children.map((runs, k) => (
                          <li key={k}>
                            <Runs runs={runs} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            );
          const b = p.block;
          if (b.type === "heading") {
            const Tag = b.level === 1 ? "h3" : b.level === 2 ? "h4" : "h5";
            return (
              <Tag key={i} className={`indent-[10mm] ${HEADING_CLASS[b.level]}`}>
                {b.text}
              </Tag>
            );
          }
          return (
            <p key={i} className="indent-[10mm]">
              <Runs runs={b.runs} />
            </p>
          );
        })}
      </div>

      <footer className="mt-8 grid grid-cols-2 gap-4 break-inside-avoid">
        <div className="text-[11pt]" data-testid="report-recipients">
          <p className="text-[12pt] font-bold italic">{doc.recipientsTitle}</p>
          <ul>
            {doc.recipients.map((r) => (
              <li key={r}>- {r}</li>
            ))}
          </ul>
        </div>
        <div className="text-center text-[14pt]">
          {doc.signer.title ? <p className="font-bold">{doc.signer.title}</p> : null}
          <p className="mt-20 font-bold">{doc.signer.name}</p>
        </div>
      </footer>
    </article>
  );
}
