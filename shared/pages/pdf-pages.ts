// Decisions about PDFs that need no PDF library: whether bytes are a PDF, and whether a page is nothing
// but one scanned image (whose pixels can then be taken as they are instead of rendering the page), or
// shows nothing at all.

/** Pages that are not one scanned image are rendered at this resolution, the one register scans use. */
export const pdfRenderDpi = 300;

/** A PDF starts with "%PDF-", which the standard lets come anywhere in the first 1024 bytes. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** One drawing operation of a page, named as pdf.js names it (`OPS`), with its arguments. */
export interface PdfOperation {
  op: string;
  args: unknown[] | null;
}

type Matrix = [number, number, number, number, number, number];

/** Operations that change no pixel by themselves. */
const neutralOps = new Set([
  'dependency', 'setRenderingIntent', 'setFlatness', 'beginMarkedContent', 'beginMarkedContentProps', 'endMarkedContent',
  'beginText', 'endText', 'setFont', 'setTextMatrix', 'moveText', 'setLeading', 'setLeadingMoveText', 'nextLine',
  'setCharSpacing', 'setWordSpacing', 'setHScale', 'setTextRise',
  'setFillGray', 'setFillRGBColor', 'setFillCMYKColor', 'setFillColorSpace', 'setFillColor', 'setFillColorN',
  'setStrokeGray', 'setStrokeRGBColor', 'setStrokeCMYKColor', 'setStrokeColorSpace', 'setStrokeColor', 'setStrokeColorN',
]);

const textOps = new Set(['showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText']);

/** Text render mode 3 draws nothing: the hidden text layer a scanner's OCR lays over the image. */
const invisibleText = 3;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) && value.length === 6 && value.every((n) => typeof n === 'number');
}

export type PdfPageContent =
  /** exactly one image, upright and unskewed, and nothing else that shows (a scanner's hidden OCR text is allowed) */
  | {
    kind: 'image';
    /** pdf.js's name for the decoded image */
    id: string;
    /** pixels per inch of the image as placed on the page */
    dpi: number;
  }
  /** anything else that shows: the page is rendered */
  | { kind: 'render' }
  /** nothing that shows: an empty page, or one whose image pdf.js left out as over the pixel limit */
  | { kind: 'blank' };

/** What a page draws, from its operations: one scanned image to take as it is, something to render, or nothing. */
export function pdfPageContent(operations: readonly PdfOperation[]): PdfPageContent {
  const render = { kind: 'render' } as const;
  type State = { ctm: Matrix; textMode: number };
  let state: State = { ctm: [1, 0, 0, 1, 0, 0], textMode: 0 };
  const stack: State[] = [];
  let image: Extract<PdfPageContent, { kind: 'image' }> | null = null;
  for (const { op, args } of operations) {
    if (op === 'save' || op === 'paintFormXObjectBegin') {
      stack.push(state);
      state = { ...state };
      const matrix = op === 'paintFormXObjectBegin' ? args?.[0] : null;
      if (isMatrix(matrix)) state.ctm = multiply(state.ctm, matrix);
    } else if (op === 'restore' || op === 'paintFormXObjectEnd') {
      state = stack.pop() ?? state;
    } else if (op === 'transform') {
      if (!isMatrix(args)) return render;
      state.ctm = multiply(state.ctm, args);
    } else if (op === 'setTextRenderingMode') {
      state.textMode = typeof args?.[0] === 'number' ? args[0] : 0;
    } else if (textOps.has(op)) {
      if (state.textMode !== invisibleText) return render;
    } else if (op === 'paintImageXObject') {
      const [id, width] = args ?? [];
      const [a, b, c, d] = state.ctm;
      // A second image, or one turned, mirrored or skewed by the page: what the page shows is not its pixels.
      if (image || typeof id !== 'string' || typeof width !== 'number' || b !== 0 || c !== 0 || a <= 0 || d <= 0) return render;
      image = { kind: 'image', id, dpi: (width * 72) / a };
    } else if (!neutralOps.has(op)) {
      return render;
    }
  }
  return image ?? { kind: 'blank' };
}
