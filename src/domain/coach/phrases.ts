/**
 * How people name each element of a shot, beyond the vocabulary's exact words: phrase patterns
 * in English and Arabic (data, read by the rules). English patterns are matched on whole words;
 * Arabic ones inside words too, since Arabic attaches "و", "ب", "ال" and pronouns to the word.
 * Patterns run on prepared text (see normalize.ts): lower case, Arabic letter variants folded.
 */
import { vocabularies, type Category } from '../vocabulary/index';
import { prepare } from './normalize';

export type Element = 'framing' | 'movement' | 'lighting' | 'action' | 'palette';

interface PhraseList {
  en: readonly string[];
  ar: readonly string[];
  /** Vocabulary categories whose words, aliases and Arabic labels also name this element. */
  vocabulary: readonly Category[];
}

const framing: PhraseList = {
  vocabulary: ['shotSize'],
  en: [
    "(?:extreme |very |super )?(?:wide|long|medium|mid|full|close|tight|establishing|aerial|master|cowboy|two|three|group|insert|cutaway|detail|macro|portrait|overhead|top-down|bird'?s[- ]eye|pov|point[- ]of[- ]view|over[- ]the[- ]shoulder|reaction|hero|wide[- ]angle|medium[- ]wide|medium[- ]close|full[- ]body|full[- ]length|panoramic)[- ]?(?:shot|shots|angle|view|frame|framing|vista|composition)",
    'close[- ]?ups?',
    'extreme close',
    '(?:ecu|mcu|mws|ews|ots)',
    "(?:shot|seen|filmed|viewed|captured|framed|photographed|observed|watched) (?:from )?(?:far away|a distance|afar|up close|close up|close|wide|tight|nearby|far off|very close|from far)",
    'from (?:far away|a distance|afar|far off|a long way off|way back)',
    '(?:tight|close|closer|in close|up close|right up) on',
    '(?:waist|chest|shoulders|knees?|thighs?|mid[- ]thigh|neck|hips?)[- ]up',
    'head[- ](?:and|&)[- ]shoulders',
    'head[- ]to[- ](?:toe|foot)',
    'full[- ](?:body|figure|length)',
    '(?:fills?|filling|fill) (?:the|our|most of the|half the) (?:frame|screen)',
    '(?:wide|tight|close|portrait|centered|centred|symmetrical|loose|snug) fram(?:e|ed|ing)',
    'fram(?:e|ed|ing) (?:wide|tight|close|loosely|tightly|from|at|so)',
    '(?:wide|establishing|aerial|overhead|panoramic|bird.s.eye) (?:view|vista|frame|angle)',
    'view from (?:high )?above',
    'wide enough',
    'macro',
    'first[- ]person',
    'over (?:his|her|their|the|my|its) shoulders?',
    'two[- ]shot',
    'in the foreground',
    'the whole (?:scene|room|street|city|stadium|building|valley) (?:is )?(?:visible|in frame)',
    'tiny (?:figure|figures|dot|dots) (?:in|against)',
  ],
  ar: [
    'لقطه (?:قريبه|مقربه|مقرّبه|واسعه|عامه|متوسطه|كامله|بعيده|جويه|تاسيسيه|ضيقه|شامله|عريضه|مكبره|تفصيليه|ثنائيه|كبيره|صغيره|مكبّره)',
    'لقطات (?:قريبه|مقربه|واسعه|عامه)',
    'من بعيد',
    'عن قرب',
    'عن كثب',
    'من مسافه',
    'من علي بعد',
    'منظر (?:واسع|عام|جوي|بانورامي|شامل|قريب)',
    'مشهد (?:واسع|عام|جوي|بانورامي)',
    'كادر (?:واسع|ضيق|قريب|متوسط)',
    'اطار (?:واسع|ضيق|قريب|متوسط)',
    'يملا (?:الاطار|الكادر|الشاشه)',
    'تملا (?:الاطار|الكادر|الشاشه)',
    'من الخصر',
    'الراس والكتفين',
    'من الراس (?:حتي|الي) القدمين',
    'بكامل (?:جسده|جسدها|الجسم|الطول)',
    'من فوق (?:كتف|الكتف)',
    'من منظور',
    'تقريب شديد',
  ],
};

const movement: PhraseList = {
  vocabulary: ['movement'],
  en: [
    'static',
    'locked[- ](?:off|down)',
    'still camera',
    'stationary',
    'tripod',
    'fixed (?:camera|frame|shot|angle|position)',
    'camera (?:holds|stays|remains|is|sits|stands|keeps) (?:perfectly |completely |totally |dead )?(?:still|static|fixed|steady|motionless|locked|put|stationary)',
    'holds? (?:perfectly |completely )?still',
    'no camera (?:movement|motion|moves?)',
    '(?:camera|frame|shot|view) (?:does not|doesn.t|never|won.t|will not) (?:move|budge|pan|cut)',
    'motionless camera',
    'pan(?:s|ning|ned)?',
    'tilt(?:s|ing|ed)?',
    'dolly(?:ing)?',
    'dollies',
    'trucking',
    'zoom(?:s|ing|ed)?',
    'push(?:es|ing|ed)?[- ](?:in|forward|closer)',
    'pull(?:s|ing|ed)?[- ](?:back|out|away)',
    'tracking',
    'crane',
    'jib',
    'boom(?:s|ing)? (?:up|down)',
    'orbit(?:s|ing)?',
    'arc(?:s|ing)? (?:around|round|left|right|in)',
    'hand[- ]?held',
    'shaky[- ]?cam',
    'steadicam',
    'gimbal',
    'drone',
    'fpv',
    'fly[- ]?(?:over|through)',
    'flyover',
    'whip[- ]?pan',
    'we (?:slowly |gently |quickly |then |now )?(?:glide|move|drift|push|pull|follow|track|creep|rise|descend|circle|orbit|fly|float|sweep|start on|tilt|pan|zoom|race|rush|approach|dolly|crane|travel|close in|back away|pull back|edge|inch|swoop|dive|soar|hover|spin|rotate|slide|trail|chase|weave|walk alongside|ride alongside|move in|come closer|creep closer|go closer|pass)',
    "(?:camera|lens|pov|point of view|our view|the shot|the frame)[^.;:!?\\n]{0,30}?(?:moves?|moving|drifts?|drifting|creeps?|creeping|glides?|gliding|rises?|rising|descends?|descending|sinks?|pushes|pushing|pulls|pulling|sweeps?|sweeping|circles?|circling|orbits?|orbiting|swoops?|floats?|floating|travels?|traveling|travelling|slides?|sliding|inches|edges|closes in|approaches|rushes|rushing|races|racing|flies|flying|skims?|skimming|bobs?|bobbing|rotates?|rotating|spins?|spinning|turns?|turning|swings?|swinging|cranes?|tracks?|zooms?|zooming|tilts?|tilting|pans?|panning|follows?|following|hovers?|hovering|retreats?|retreating|backs away|shakes?|shaking|sways?|swaying|climbs?|climbing|dives?|diving|weaves?|weaving|trails?|trailing|soars?|soaring|lifts?|lowers?|lurches|roams?|wanders?|pivots?|snaps?|whips?|dips?|leans?|cranes up|booms)",
    'following (?:shot|cam|close behind|behind|alongside|just behind)',
    'keep(?:s|ing)? pace',
    '(?:track|tracks) (?:him|her|them|it|alongside|beside)',
    '(?:sweeping|swooping|gliding|soaring|drifting) (?:over|across|past|through|above|around)',
    '(?:slow|slowly|gentle|gently|quick|fast|smooth|smoothly)[- ](?:push|pull|drift|glide|arc|push-in|reveal|move)',
    'rack focus',
    'vertigo effect',
    'parallax',
    'reveal(?:s|ing)? (?:the|a)',
  ],
  ar: [
    'كاميرا ثابته',
    'الكاميرا ثابته',
    'الكاميرا لا تتحرك',
    'كاميرا لا تتحرك',
    'دون تحريك الكاميرا',
    'بدون حركه (?:للكاميرا|الكاميرا|كاميرا)',
    'كاميرا (?:مثبته|ساكنه)',
    'الكاميرا (?:مثبته|ساكنه)',
    'حامل ثلاثي',
    'كاميرا محموله',
    'محموله باليد',
    'حركه (?:بطيئه |سريعه |ناعمه )?(?:الكاميرا|للكاميرا|كاميرا)',
    'كاميرا?[^.،؛\\n]{0,25}?(?:تقترب|تبتعد|تتحرك|تدور|تتبع|تلاحق|تحلق|ترتفع|تهبط|تنزلق|تطير|تنسحب|تتراجع|تميل|تلتف|تمسح|تنخفض|تصعد|تنزل|تتقدم|تسير|تعبر|تندفع|تنساب|تطوف|تستدير|تهتز)',
    '(?:تقترب|تبتعد|تتحرك|تدور|تتبع|تلاحق|تحلق|ترتفع|تهبط|تنزلق|تطير|تنسحب|تتراجع|تلتف|تتقدم|تنساب|تستدير) (?:ال)?كاميرا',
    '(?:^|[^\\p{L}])(?:ن|و ?ن)(?:تبع|لاحق|قترب|بتعد|دور|حلق|طير|نزلق|تقدم|تراجع|رافق|سير مع)',
    'زووم',
    'تكبير (?:تدريجي|بطيء|سريع)',
    'دولي',
    'درون',
    'طائره (?:مسيره|بدون طيار)',
    'بان (?:افقي|بطيء|سريع)',
    'لقطه (?:تتبع|متابعه|متحركه)',
  ],
};

const lighting: PhraseList = {
  vocabulary: ['lighting'],
  en: [
    "light(?:s|ing)?(?! (?:rain|breeze|wind|snow|blue|green|pink|grey|gray|yellow|brown|touch|jacket|dress|fabric|step|steps|weight|drizzle|traffic|snack|meal|sleeper|reading|blush|jog|jogging|novel|footsteps|sweater|coat))",
    '\\p{L}+light(?:s|ing)?',
    '(?:lit|unlit|backlit|sunlit|moonlit|candlelit|lamplit|firelit|underlit|frontlit|side[- ]lit|top[- ]lit|half[- ]lit|dimly|brightly)',
    'sun(?:set|sets|rise|rises|shine|beam|beams|burst|bursts|light|lit)?',
    'sunny',
    '(?:golden|magic|blue) hour',
    'dusk',
    'dawn',
    'twilight',
    'glow(?:s|ing|ed)?',
    'neon',
    'fluorescent',
    'tungsten',
    'halogen',
    'sodium[- ]vapou?r',
    'lanterns?',
    'lamps?',
    'candles?',
    'bulbs?',
    'strobe',
    'shadows?',
    'shadowy',
    'silhouett(?:e|es|ed)',
    'chiaroscuro',
    '(?:high|low)[- ]key',
    'rim',
    'volumetric',
    'god ?rays',
    '(?:sun|light|moon)?beams?',
    'rays',
    'overcast',
    'illuminat\\p{L}*',
    'bathed in',
    'pools? of',
    'glare',
    'glint(?:s|ing)?',
    'sparkl(?:e|es|ing)',
    'flicker(?:s|ing)?',
    'darkness',
    'in the dark',
    'pitch[- ](?:black|dark)',
    'dim',
    'gloom(?:y)?',
    'contrast',
    'exposure',
    'spotlit',
    'lens flare',
    'floodlights?',
    'headlights?',
    'torch(?:es)?',
    'fire ?light',
    'embers',
    'harsh (?:noon|midday|afternoon|white|light)',
  ],
  ar: [
    'ضوء',
    'اضاءه',
    'اضواء',
    'انوار',
    'نور',
    'اضاء',
    'يضيء',
    'تضيء',
    'يضي ',
    'تضي ',
    'مضاء',
    'مضيء',
    'مضيئ',
    'شمس',
    'غروب',
    'شروق',
    'الفجر',
    'الغسق',
    'ضوء القمر',
    'القمر',
    'نيون',
    'شموع',
    'شمعه',
    'مصباح',
    'مصابيح',
    'فانوس',
    'فوانيس',
    'قنديل',
    'ظلال',
    'الظل',
    'ظلام',
    'عتمه',
    'معتم',
    'خافت',
    'ساطع',
    'وهج',
    'توهج',
    'يتوهج',
    'بريق',
    'لمعان',
    'ظليه',
    'سيلويت',
    'فلورسنت',
    'كشاف',
    'كشافات',
    'اشعه',
    'شعاع',
  ],
};

/** Verbs of visible action; any of them (or a word in -ing outside the list below) counts as an action. */
const action: PhraseList = {
  vocabulary: [],
  en: [
    "(?:walk|run|jump|turn|look|smile|laugh|cry|dance|spin|pour|read|write|eat|drink|cook|cut|chop|pick|lift|drop|throw|catch|kick|push|pull|open|close|shut|slam|climb|fall|rise|sit|stand|kneel|lean|wave|point|nod|shake|reach|grab|hold|hug|kiss|fight|swing|paint|play|type|ride|drive|swim|dive|fly|float|chase|crash|explode|burst|melt|pause|stop|stare|glance|blink|breathe|sing|shout|whisper|speak|talk|step|stride|sprint|stumble|tie|untie|light|strike|flip|toss|stir|fold|sew|knit|mend|feed|water|plant|dig|build|carry|drag|slide|roll|bounce|crawl|hop|skip|leap|stretch|bow|shrug|frown|wink|clap|knock|ring|tap|press|flick|wipe|wash|brush|comb|dress|wear|peel|slice|taste|sniff|blow|lick|bite|sip|swallow|cough|sneeze|yawn|sigh|scream|yell|cheer|weep|sob|tremble|shiver|sway|rock|drift|crumble|shatter|spill|splash|drip|pour|flow|ripple|flutter|flap|soar|glide|land|launch|race|wander|stroll|march|sneak|creep|tiptoe|hurry|rush|dash|bolt|flee|escape|enter|exit|arrive|leave|approach|cross|pass|follow|lead|hand|give|take|show|hide|reveal|search|check|inspect|adjust|fix|repair|assemble|stack|knock|arrange|sort|count|tie|loop|weave|cycle|pedal|brake|skate|surf|ski|row|paddle|sail|fish|hunt|gather|collect|deliver|serve|greet|hand|lower|raise|tilt|stroke|pet|tug|yank|shove|toss|hurl|juggle|fetch|dart|scurry|prowl|pounce|graze|gallop|trot|circle|orbit|hover|descend|emerge|vanish|appear|disappear|transform|grow|shrink|bloom|wilt|rain|snow|blaze|burn|smoke|steam|boil|bubble|sizzle|freeze|thaw|drift|tumble|topple|collapse|erupt|surge|crash|wave|roll|sweep|curl|unfurl|flicker|pulse|beat|tick)(?:s|es|ed|ing)?",
    '(?:takes|makes|gives|does) (?:a|an|one|two|three|four) \\p{L}+',
    '(?:he|she|they|it|who|we) (?:slowly |quickly |gently |suddenly |then |finally )?\\p{L}{3,}(?:s|es|ed)',
  ],
  ar: [
    '(?:^|[^\\p{L}])و?ي(?!وم|مين|سار|ديو|ناير|ونيو|وليو)\\p{L}{2,}',
    '(?:^|[^\\p{L}])و?ت(?!حت|صوير|فاصيل|اثير|كوين|باين|وهج|درج|ركيز|صميم|كبير|قريب)\\p{L}{3,}',
  ],
};

const palette: PhraseList = {
  vocabulary: [],
  en: [
    'palette',
    'colou?r(?:s|ed|ful)?',
    'graded?',
    'grading',
    'tones?',
    'toned',
    'hues?',
    'tint(?:s|ed)?',
    'desaturated',
    'saturated',
    'muted',
    'pastels?',
    'monochrom\\p{L}*',
    'black[- ]and[- ]white',
    'sepia',
    'warm',
    'cool',
    'cold',
    'mood(?:y)?',
    'atmospher\\p{L}*',
    'feel(?:s|ing)?',
    '(?:melanchol\\p{L}*|tense|serene|joyful|eerie|nostalgic|dreamy|ominous|hopeful|calm|peaceful|somber|sombre|gloomy|cheerful|playful|romantic|lonely|mysterious|tender|gritty|whimsical|haunting|intimate|uneasy|triumphant|bittersweet|wistful|cozy|cosy)',
    '(?:amber|teal|crimson|scarlet|cobalt|ochre|ocher|rust|cream|walnut|sand|emerald|indigo|magenta|cyan|turquoise|gold|golden|silver|navy|olive|burgundy|mustard|ivory|charcoal|copper|bronze|jade|violet|lilac|peach|coral|maroon|beige|red|blue|green|yellow|orange|purple|pink|brown|grey|gray|black|white)',
  ],
  ar: [
    'الوان',
    'لون',
    'درجات',
    'دافي',
    'دافيء',
    'بارد',
    'حزين',
    'هادي',
    'مزاج',
    'اجواء',
    'جو ',
    'كييب',
    'حالم',
    'غامض',
    'مبهج',
    'حنين',
    'رومانسي',
    'احمر',
    'حمراء',
    'ازرق',
    'زرقاء',
    'اخضر',
    'خضراء',
    'اصفر',
    'صفراء',
    'برتقالي',
    'بنفسجي',
    'ذهبي',
    'فضي',
    'رمادي',
    'بني',
    'وردي',
    'اسود',
    'سوداء',
    'ابيض',
    'بيضاء',
    'كهرماني',
    'فيروزي',
  ],
};

export const phraseLists: Readonly<Record<Element, PhraseList>> = { framing, movement, lighting, action, palette };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(list: PhraseList): RegExp {
  const vocab: string[] = [];
  const vocabAr: string[] = [];
  for (const category of list.vocabulary) {
    for (const term of vocabularies[category].terms) {
      for (const words of [term.words, ...(term.aliases ?? [])]) vocab.push(escape(prepare(words)));
      vocabAr.push(escape(prepare(term.ar.label).replace(/[\u064B-\u0652\u0640]/g, '')));
    }
  }
  const english = [...vocab, ...list.en].join('|');
  const arabic = [...vocabAr, ...list.ar].join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${english})(?![\\p{L}\\p{N}])|${arabic}`, 'u');
}

const patterns: Partial<Record<Element, RegExp>> = {};

/**
 * One pattern per element, built the first time a prompt is read for it (not when the coach's code
 * loads: an empty prompt, the usual start, never needs them).
 */
export function elementPattern(element: Element): RegExp {
  return (patterns[element] ??= compile(phraseLists[element]));
}

/** English words in -ing that are not actions (a gerund elsewhere counts as one). */
const notActions = new Set([
  'lighting', 'building', 'buildings', 'ceiling', 'evening', 'morning', 'painting', 'clothing', 'framing', 'something', 'nothing',
  'everything', 'anything', 'king', 'ring', 'thing', 'things', 'string', 'spring', 'wing', 'during', 'ending', 'opening',
  'setting', 'wedding', 'pudding', 'stunning', 'amazing', 'interesting', 'living', 'dining', 'housing', 'earring', 'tracking',
  'grading', 'recording', 'ring', 'morning', 'landing', 'railing', 'awning', 'filling', 'sibling', 'duckling', 'darling',
  'bedding', 'stocking', 'bearing', 'herring', 'lasting', 'breathtaking', 'charming', 'glowing', 'lightning', 'following',
]);

/** True when the text names a visible action: a verb from the list, or an English word in -ing that is not a noun. */
export function hasGerund(prepared: string): boolean {
  for (const match of prepared.matchAll(/\b[a-z]{3,}ing\b/g)) if (!notActions.has(match[0])) return true;
  return false;
}
