import type { Vocabulary } from './types';

/** How time runs inside the shot. */
export const pacing: Vocabulary = {
  category: 'pacing',
  terms: [
    {
      id: 'real-time',
      label: 'Real time',
      words: 'real-time pacing',
      explanation: 'Action plays at normal speed, exactly as it would happen.',
      ar: { label: 'زمن حقيقي', explanation: 'تجري الحركة بسرعتها العادية تمامًا كما تحدث.' },
      conflicts: ['slow-motion', 'time-lapse', 'hyperlapse', 'speed-ramp', 'fast-motion'],
    },
    {
      id: 'slow-motion',
      label: 'Slow motion',
      words: 'slow motion',
      explanation: 'Action is slowed down so every detail of a movement can be seen.',
      ar: { label: 'حركة بطيئة', explanation: 'تُبطَّأ الحركة فتظهر كل تفاصيلها.' },
      conflicts: ['time-lapse', 'fast-motion', 'hyperlapse'],
    },
    {
      id: 'time-lapse',
      label: 'Time-lapse',
      words: 'time-lapse',
      explanation: 'Hours pass in seconds: clouds race and shadows sweep across the ground.',
      ar: { label: 'تسريع زمني', explanation: 'تمر الساعات في ثوانٍ: تتسابق الغيوم وتجتاح الظلال الأرض.' },
    },
    {
      id: 'hyperlapse',
      label: 'Hyperlapse',
      words: 'hyperlapse moving through the city',
      explanation: 'A time-lapse where the camera also travels a long way.',
      ar: { label: 'هايبرلابس', explanation: 'تسريع زمني تقطع فيه الكاميرا مسافة طويلة أيضًا.' },
    },
    {
      id: 'speed-ramp',
      label: 'Speed ramp',
      words: 'speed ramp from normal speed into slow motion',
      explanation: 'Speed changes within the shot, slowing down at the key moment.',
      ar: { label: 'تدرّج السرعة', explanation: 'تتغير السرعة داخل اللقطة فتتباطأ عند اللحظة المهمة.' },
    },
    {
      id: 'fast-motion',
      label: 'Fast motion',
      words: 'sped-up fast motion',
      explanation: 'Action runs faster than life, often for comedy or busy crowds.',
      ar: { label: 'حركة سريعة', explanation: 'تجري الحركة أسرع من الواقع، غالبًا للكوميديا أو الزحام.' },
    },
    {
      id: 'freeze-frame',
      label: 'Freeze frame',
      words: 'ends on a freeze frame',
      explanation: 'The image stops dead on one moment, like a photograph.',
      ar: { label: 'تجميد الإطار', explanation: 'تتوقف الصورة عند لحظة واحدة كأنها صورة فوتوغرافية.' },
    },
    {
      id: 'long-take',
      label: 'One continuous take',
      words: 'one continuous take, no cuts',
      explanation: 'The whole clip is a single unbroken shot.',
      ar: { label: 'لقطة واحدة متصلة', explanation: 'المقطع كله لقطة واحدة بلا قطع.' },
      conflicts: ['quick-cuts'],
    },
    {
      id: 'quick-cuts',
      label: 'Quick cuts',
      words: 'quick rhythmic cuts',
      explanation: 'Short shots follow each other fast, energetic like a trailer.',
      ar: { label: 'قطع سريع', explanation: 'لقطات قصيرة تتتابع بسرعة بطاقة كإعلان فيلم.' },
    },
    {
      id: 'stop-motion-steps',
      label: 'Stepped stop-motion',
      words: 'choppy stop-motion frame rate',
      explanation: 'Movement advances in small jerky steps, like hand-animated puppets.',
      ar: { label: 'حركة متقطعة', explanation: 'تتقدم الحركة بخطوات صغيرة متقطعة كالدمى المحرّكة يدويًا.' },
    },
    {
      id: 'reverse',
      label: 'Reverse motion',
      words: 'played in reverse',
      explanation: 'Time runs backwards: splashes un-splash and smoke flows back in.',
      ar: { label: 'حركة معكوسة', explanation: 'يجري الزمن إلى الخلف: يعود الرذاذ ويرجع الدخان إلى مصدره.' },
    },
  ],
};
