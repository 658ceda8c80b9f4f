/**
 * Print layout for the pages that include it (the inspection report and the gap list): A4 with
 * the margins of Vietnamese administrative documents, and none of the site's chrome (header,
 * navigation, footer, skip link, toolbars marked print:hidden) on paper.
 */
const css = (margin: string) => `
@page { size: A4; margin: ${margin}; }
@media print {
  html, body { background: #fff !important; }
  body > header, body > footer, body > a[href="#main-content"], nav { display: none !important; }
  main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  a { color: inherit !important; text-decoration: none !important; }
  table { page-break-inside: auto; }
  tr, li { page-break-inside: avoid; }
  h1, h2, h3, h4, h5 { page-break-after: avoid; }
}
`;

export function PrintStyles({ id, margin = "20mm 15mm 20mm 30mm" }: { id: string; margin?: string }) {
  return (
    <style href={`print-${id}`} precedence="default">
      {css(margin)}
    </style>
  );
}
