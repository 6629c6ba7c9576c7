import type { Problem } from './problem.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A content file's text: UTF-8, with a byte order mark dropped and Windows line ends (CRLF)
 * read as plain ones, so line numbers stay those the editor sees. Anything that is not UTF-8
 * (an editor's Windows-1256 file, say) is a problem, not mojibake on the site.
 */
export function decodeContent(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    const text = utf8
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    return { text };
  } catch {
    return {
      problem: {
        file,
        line: 1,
        field: 'file',
        en: 'is not UTF-8 text (perhaps saved as Windows-1256 or another Arabic code page) — save it again as UTF-8',
        ar: 'الملف ليس بترميز UTF-8 (ربما حُفظ بترميز Windows-1256) — احفظه من جديد بترميز UTF-8',
      },
    };
  }
}
