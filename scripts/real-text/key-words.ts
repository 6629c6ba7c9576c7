/**
 * A reader's query from a question: the words that carry its meaning, as the question spells
 * them. The question words, prepositions, pronouns and the frames of a question ("كم عدد",
 * "ما اسم") go; what is left is what a reader types into a search box.
 */

/** Compared in a folded spelling, so that "متي", "متى" and "إلى"/"الى" are one word. */
function folded(word: string): string {
  return word
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة$/, 'ه')
    .replace(/ى$/, 'ي');
}

// prettier-ignore
const SMALL_WORD_LIST = [
  // question words and their fused spellings
  'من', 'ما', 'ماذا', 'ماهو', 'ماهي', 'مالذي', 'ماالذي', 'متى', 'اين', 'كيف', 'كم', 'هل', 'لماذا',
  'لما', 'لم', 'اي', 'بماذا', 'لمن', 'بمن', 'عما', 'مما', 'فيما', 'بما', 'كما', 'اذا', 'مامعني',
  // prepositions, conjunctions, particles
  'في', 'الى', 'على', 'عن', 'مع', 'بين', 'بعد', 'قبل', 'عند', 'حتى', 'منذ', 'او', 'ام', 'ثم', 'قد',
  'لقد', 'ان', 'انه', 'انها', 'لا', 'ليس', 'غير', 'كل', 'بعض', 'ضد', 'خلال', 'حول', 'تجاه', 'لدى',
  'و', 'ف', 'ب', 'ل', 'ال', 'الا', 'اما', 'سوى', 'مثل', 'عبر', 'اثناء', 'دون', 'اخرى', 'اخر',
  // pronouns, demonstratives, relatives
  'هو', 'هي', 'هم', 'هما', 'هن', 'انت', 'نحن', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتي', 'اللذي',
  'اللاتي', 'ذلك', 'تلك', 'هذا', 'هذه', 'هؤلاء', 'اولئك', 'هناك', 'هنا',
  'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'فيه', 'فيها', 'فيهم', 'منه', 'منها', 'منهم', 'عنه', 'عنها',
  'عليه', 'عليها', 'اليه', 'اليها',
  // verbs that only carry a question
  'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'يوجد', 'توجد', 'تم', 'يتم', 'يمكن', 'يعد', 'تعد', 'يعتبر',
  'تعتبر', 'اصبح', 'اصبحت', 'يقع', 'تقع',
  // the frames of a question: "كم عدد", "ما اسم", "ما سبب", "ما معنى", "ما نوع"
  'عدد', 'اسم', 'سبب', 'معني', 'نوع', 'مدي', 'اهم', 'ابرز',
];
const SMALL_WORDS = new Set(SMALL_WORD_LIST.map(folded));

/** Punctuation of either script, and the dashes and quotation marks crowd workers typed. */
const BREAKS = /[\s؟?،,؛;:.!()[\]{}"'«»“”‘’\-–—_/\\]+/u;

function isSmall(word: string): boolean {
  const f = folded(word);
  if (SMALL_WORDS.has(f)) return true;
  // "ومتى", "وما", "فمن": a conjunction on a small word is still a small word.
  return /^[وف]/.test(f) && SMALL_WORDS.has(f.slice(1));
}

/** The key words of a question, in its order and spelling. */
export function keyWords(question: string): string[] {
  const words = question.split(BREAKS).filter((word) => word.length > 1 && /[\p{L}\p{N}]/u.test(word) && !isSmall(word));
  // "عدد الولايات في الولايات المتحدة": a word typed twice is searched once.
  return words.filter((word, i) => words.findIndex((w) => folded(w) === folded(word)) === i);
}

/** A query typed in a hurry: no hamza, ه for a final ة, ي for a final ى. */
export function hurried(query: string): string {
  return query
    .split(' ')
    .map((word) => word.replace(/[أإآ]/g, 'ا').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(/ة$/, 'ه').replace(/ى$/, 'ي'))
    .join(' ');
}
