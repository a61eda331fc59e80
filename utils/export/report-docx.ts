/**
 * The same report as a Word document (npm `docx`), for staff who draft letters in Word: the
 * summary with its figures and list of exhibits, then every concern with its quote, the rule's
 * explanation, the suggested wording, the memberships and its captioned screenshots.
 */
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { t } from '../i18n';
import { colon, reportModel, type Concern, type ReportInput, type ReportShot } from './report-model';

const MAX_WIDTH = 600;

/** Pixel size of a PNG or JPEG from its header; null for anything else. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const be16 = (i: number) => (bytes[i]! << 8) | bytes[i + 1]!;
  const be32 = (i: number) => ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return { width: be32(16), height: be32(20) };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let i = 2; i + 9 < bytes.length; ) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: be16(i + 5), width: be16(i + 7) };
      i += 2 + be16(i + 2);
    }
  }
  return null;
}

function image(shot: ReportShot): ImageRun | null {
  const size = imageSize(shot.bytes);
  const type = shot.mimeType === 'image/png' ? 'png' : shot.mimeType === 'image/jpeg' ? 'jpg' : null;
  if (!size || !type || size.width === 0) return null;
  const scale = Math.min(1, MAX_WIDTH / size.width);
  return new ImageRun({ type, data: shot.bytes, transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) } });
}

const para = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) => new Paragraph({ children: [new TextRun({ text, ...opts })] });


function concernParagraphs(c: Concern, lang: ReportInput['lang']): (Paragraph | Table)[] {
  const labelled = (label: string, value: string) => (value ? [new Paragraph({ children: [new TextRun({ text: `${label}${colon(lang)}`, bold: true }), new TextRun(value)] })] : []);
  const out: (Paragraph | Table)[] = [para(c.meta, { italics: true, size: 18 })];
  if (c.quote) {
    out.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${t(lang, 'reportQuote')}${colon(lang)}`, bold: true }),
          new TextRun(c.quote.before ? `…${c.quote.before}` : ''),
          new TextRun({ text: c.quote.exact, bold: true, highlight: 'yellow' }),
          new TextRun(c.quote.after ? `${c.quote.after}…` : ''),
        ],
      }),
    );
  }
  out.push(...labelled(t(lang, 'detailRule'), c.rule), ...labelled(t(lang, 'reportWhy'), c.explanation), ...labelled(t(lang, 'cardSuggestion'), c.suggestion));
  out.push(...labelled(t(lang, 'reportNote'), c.body), ...labelled(t(lang, 'colTags'), c.tags));
  if (c.memberships.length) {
    out.push(para(`${t(lang, 'reportMembership')}${colon(lang).trim()}`, { bold: true }));
    for (const m of c.memberships) {
      const sources = m.sources.map((s) => s.label).join('; ');
      out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${m.text}${m.corrected ? ` (${t(lang, 'reportCorrected')})` : ''}${sources ? ` — ${t(lang, 'sources')}: ${sources}` : ''}`)] }));
    }
  }
  for (const e of c.exhibits) {
    const img = image(e.shot);
    if (img) out.push(new Paragraph({ children: [img] }));
    out.push(new Paragraph({ children: [new TextRun({ text: e.caption, italics: true, size: 18 })] }));
  }
  if (c.noScreenshot) out.push(para(t(lang, 'noteNoScreenshot'), { italics: true }));
  return out;
}

export function reportDocument(input: ReportInput): Document {
  const m = reportModel(input);
  const lang = m.lang;
  const cell = (text: string, bold = false) => new TableCell({ children: [para(text, { bold })] });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(m.title)] }),
    para(m.generated, { italics: true }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t(lang, 'reportSummaryHeading'))] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: m.figures.map((f) => new TableRow({ children: [cell(f.label, true), cell(f.value)] })) }),
  ];
  for (const tb of m.tables) {
    children.push(para(tb.caption, { bold: true }));
    children.push(new Table({ width: { size: 60, type: WidthType.PERCENTAGE }, rows: tb.rows.map(([k, v]) => new TableRow({ children: [cell(k), cell(String(v))] })) }));
  }
  if (m.exhibits.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t(lang, 'reportExhibitsHeading'))] }));
    for (const e of m.exhibits) children.push(new Paragraph({ children: [new TextRun({ text: `${t(lang, 'reportExhibit', e.number)}${colon(lang)}`, bold: true }), new TextRun(e.about)] }));
  }
  for (const s of m.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(s.org)] }));
    for (const p of s.pages) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [p.href ? new ExternalHyperlink({ link: p.href, children: [new TextRun({ text: p.title, style: 'Hyperlink' })] }) : new TextRun(p.title)] }));
      children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: p.url, size: 18 })] }));
      for (const c of p.concerns) children.push(...concernParagraphs(c, lang));
    }
  }
  return new Document({
    creator: 'Taiwan City Lens',
    title: m.title,
    styles: { default: { document: { run: { font: { ascii: 'Calibri', eastAsia: 'Microsoft JhengHei', hAnsi: 'Calibri' } } } } },
    sections: [{ children }],
  });
}

export function reportDocx(input: ReportInput): Promise<Blob> {
  return Packer.toBlob(reportDocument(input));
}
