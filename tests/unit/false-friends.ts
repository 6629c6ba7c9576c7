/**
 * False friends: a reader's word, and a word of another meaning that a stemmer reading off
 * letters it takes for a prefix or a suffix turns it into, or turns into it. An article that has
 * only the second must never answer a search for the first. Most are a root letter that looks
 * like a particle (و ف ب ك ل), a verb prefix (ي ت ن ا س) or an ending (ان ين ي ة).
 *
 * Not listed: a word that begins with the reader's word (لبن / لبنان). Search matches words
 * by their beginnings, as Pagefind does, and a reader who types the start of a word gets it.
 */
export const FALSE_FRIENDS: readonly (readonly [query: string, text: string, why: string])[] = [
  // A root letter read as a conjunction or preposition.
  ['بطريق', 'طريق', 'penguin, not road'],
  ['زير', 'وزير', 'jar, not minister'],
  ['كاله', 'وكالة', 'nothing, not agency'],
  ['طن', 'وطن', 'ton, not homeland'],
  ['رد', 'ورد', 'reply, not roses'],
  ['حدة', 'وحدة', 'sharpness, not unit'],
  ['جود', 'وجود', 'generosity, not existence'],
  ['رق', 'ورق', 'slavery, not paper'],
  ['كرة', 'فكرة', 'ball, not idea'],
  ['ريق', 'فريق', 'saliva, not team'],
  ['حر', 'بحر', 'heat, not sea'],
  ['حث', 'بحث', 'urging, not research'],
  ['رد', 'برد', 'reply, not cold'],
  ['لاد', 'بلاد', 'nothing, not country'],
  ['تاب', 'كتاب', 'repented, not book'],
  ['مال', 'كمال', 'money, not perfection'],
  ['لام', 'كلام', 'blamed, not speech'],
  ['اتب', 'كاتب', 'nothing, not writer'],
  ['جنة', 'لجنة', 'paradise, not committee'],
  ['بنان', 'لبنان', 'fingertips, not Lebanon'],
  ['وز', 'فوز', 'geese, not victory'],
  // A root letter read as a verb prefix.
  ['مثال', 'تمثال', 'example, not statue'],
  ['جارة', 'تجارة', 'neighbour, not trade'],
  ['حرير', 'تحرير', 'silk, not liberation'],
  ['عليم', 'تعليم', 'all-knowing, not education'],
  ['مر', 'تمر', 'passed, not dates'],
  ['سار', 'يسار', 'walked, not left'],
  ['مين', 'يمين', 'who, not right'],
  ['ابان', 'اليابان', 'during, not Japan'],
  ['بات', 'نبات', 'spent the night, not plant'],
  ['قل', 'نقل', 'say, not transport'],
  ['سر', 'نسر', 'secret, not eagle'],
  ['هار', 'نهار', 'crumbling, not daytime'],
  ['سد', 'أسد', 'dam, not lion'],
  ['سرة', 'أسرة', 'navel, not family'],
  ['حمد', 'أحمد', 'Hamad, not Ahmad'],
  ['كرم', 'أكرم', 'generosity, not Akram'],
  ['زيد', 'يزيد', 'Zaid, not Yazid'],
  ['جن', 'سجن', 'jinn, not prison'],
  ['لام', 'سلام', 'blamed, not peace'],
  ['ونس', 'تونس', 'nothing, not Tunisia'],
  // Two words that one prefix too many would make one.
  ['تونس', 'يونس', 'Tunisia, not Yunus'],
  ['يونس', 'تونس', 'Yunus, not Tunisia'],
  ['أحمد', 'حمد', 'Ahmad, not Hamad'],
  ['أكرم', 'كرم', 'Akram, not generosity'],
  ['يزيد', 'زيد', 'Yazid, not Zaid'],
  ['ناصر', 'إصرار', 'Nasser, not insistence'],
  ['نهار', 'هارب', 'daytime, not fugitive'],
  ['ستار', 'تاريخ', 'curtain, not history'],
  ['كاتب', 'اتباع', 'writer, not following'],
  ['بلاد', 'لادن', 'country, not (bin) Laden'],
  // An ending read off a root letter, leaving the start of another word.
  ['لبنان', 'لبن', 'Lebanon, not yoghurt'],
  ['سودان', 'سوداء', 'Sudan, not black'],
  ['إنسان', 'انسحاب', 'human, not withdrawal'],
  ['بركان', 'بركة', 'volcano, not pond'],
  ['سلطان', 'سلطة', 'sultan, not authority'],
  ['عمان', 'عمل', 'Oman, not work'],
  ['حسين', 'حسن', 'Hussein, not Hassan'],
  ['كرسي', 'كرسه', 'chair, not devoted it'],
  ['ثورة', 'ثور', 'revolution, not bull'],
  ['حرية', 'حريق', 'freedom, not fire'],
  ['قرية', 'قرار', 'village, not decision'],
];
